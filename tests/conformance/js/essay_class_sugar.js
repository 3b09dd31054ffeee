// Class syntax against the same model written without it.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  speak() { return super.speak() + " (woof)"; }
}
function OldAnimal(name) { this.name = name; }
OldAnimal.prototype.speak = function () { return this.name + " makes a sound"; };
OldAnimal.create = function (name) { return new this(name); };
function OldDog(name) { OldAnimal.call(this, name); }
OldDog.prototype = Object.create(OldAnimal.prototype);
OldDog.prototype.constructor = OldDog;
Object.setPrototypeOf(OldDog, OldAnimal);
OldDog.prototype.speak = function () { return OldAnimal.prototype.speak.call(this) + " (woof)"; };
const d1 = Dog.create("Rex");
const d2 = OldDog.create("Rex");
console.log(d1.speak(), "|", d2.speak());
console.log(d1 instanceof Animal, d2 instanceof OldAnimal, d1.constructor.name, d2.constructor.name);
console.log(Object.getPrototypeOf(Dog) === Animal, Object.getPrototypeOf(OldDog) === OldAnimal);
console.log(d1, d2);
console.log(typeof Dog, typeof OldDog, Object.keys(Dog.prototype), Object.keys(OldDog.prototype));
try {
  Dog("no new");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(OldAnimal.call({}, "called") === undefined);
// Fields, private state and static blocks have no pre-class spelling.
class Counter {
  #count = 0;
  static instances = 0;
  static { Counter.label = "counter"; }
  constructor() { Counter.instances++; }
  inc() { return ++this.#count; }
  get value() { return this.#count; }
}
const c = new Counter();
c.inc(); c.inc();
console.log(c.value, Counter.instances, Counter.label, c, Object.keys(c));
