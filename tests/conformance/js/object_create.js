// Object.create with property descriptors.
var proto = { describe() { return this.kind + ":" + this.size; } };
var obj = Object.create(proto, {
  kind: { value: "box", enumerable: true },
  size: { value: 3, writable: true, enumerable: true },
  secret: { value: "hidden" },
});
console.log(obj.describe());
console.log(JSON.stringify(obj));
console.log(Object.keys(obj).join(","));
console.log(Object.getOwnPropertyNames(obj).join(","));
obj.size = 10;
obj.kind = "crate";
console.log(obj.describe());
var d = Object.getOwnPropertyDescriptor(obj, "secret");
console.log(d.value, d.writable, d.enumerable, d.configurable);
// Strict mode makes failed writes throw.
(function () {
  "use strict";
  try {
    obj.kind = "bag";
  } catch (e) {
    console.log(e instanceof TypeError, e.constructor.name);
  }
})();
// Classic inheritance helper.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () {
  return Animal.prototype.speak.call(this) + " (woof)";
};
var rex = new Dog("Rex");
console.log(rex.speak());
console.log(rex instanceof Dog, rex instanceof Animal, rex.constructor.name);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(rex)) === Animal.prototype);
// A null-prototype dictionary.
var dict = Object.create(null);
dict["__proto__"] = 5;
dict.hasOwnProperty = 6;
console.log(dict["__proto__"], dict.hasOwnProperty, Object.keys(dict).join(","));
