// instanceof with prototype surgery and Symbol.hasInstance.
function A() {}
function B() {}
const a = new A();
console.log(a instanceof A, a instanceof B);
Object.setPrototypeOf(a, B.prototype);
console.log(a instanceof A, a instanceof B);
A.prototype = B.prototype;
console.log(new A() instanceof B);
class Duck { static [Symbol.hasInstance](x) { return typeof x?.quack === "function"; } }
console.log({ quack() {} } instanceof Duck, {} instanceof Duck);
const bare = Object.create(null);
console.log(bare instanceof Object, typeof bare);
try {
  ({}) instanceof {};
} catch (e) {
  console.log(e.constructor.name);
}
console.log(Object(1) instanceof Number, 1 instanceof Number, "s" instanceof String);
const bound = B.bind(null);
console.log(new B() instanceof bound);
function isA(x) { return Object.prototype.isPrototypeOf.call(B.prototype, x); }
console.log(isA(new B()), isA({}));
