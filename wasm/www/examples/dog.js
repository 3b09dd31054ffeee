// The Lua Dog, in JavaScript: a default on the prototype, shadowed by
// the object's own property once assigned.
var Dog = {
  barks: 0,
  bark() {
    this.barks += 1;
    console.log('woof!');
  },
};

var mydog = Object.create(Dog);
mydog.bark();
mydog.bark();
mydog.bark();
console.log(mydog.barks);          // 3
console.log(Dog.barks);            // 0
console.log(Object.getPrototypeOf(mydog) === Dog, Object.keys(mydog));
