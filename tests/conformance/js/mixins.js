// Mixins via Object.assign and class-expression factories.
const canWalk = { walk() { return `${this.name} walks`; } };
const canSwim = { swim() { return `${this.name} swims`; } };
function Duck(name) { this.name = name; }
Object.assign(Duck.prototype, canWalk, canSwim);
const d = new Duck("Donald");
console.log(d.walk(), d.swim());
const Serializable = (Base) => class extends Base {
  serialize() { return JSON.stringify(this); }
};
const Comparable = (Base) => class extends Base {
  compareTo(other) { return this.value - other.value; }
};
class Item { constructor(value) { this.value = value; } }
class SuperItem extends Serializable(Comparable(Item)) {
  describe() { return "item " + this.value; }
}
const i1 = new SuperItem(5), i2 = new SuperItem(3);
console.log(i1.serialize(), i1.compareTo(i2), i1.describe());
console.log(i1 instanceof Item, Object.getPrototypeOf(SuperItem.prototype).hasOwnProperty("serialize"));
const chain = [];
for (let p = Object.getPrototypeOf(i1); p; p = Object.getPrototypeOf(p)) {
  chain.push(Object.getOwnPropertyNames(p).filter((n) => n !== "constructor").join("+") || "(none)");
}
console.log(chain.join(" | "));
const target = { a: 1 };
const returned = Object.assign(target, { b: 2 }, null, { a: 3 });
console.log(returned === target, JSON.stringify(target));
const withAccessor = Object.assign({}, { get now() { return "snapshot"; } });
console.log(typeof Object.getOwnPropertyDescriptor(withAccessor, "now").value);
function extend(Child, Parent) {
  Child.prototype = Object.create(Parent.prototype, { constructor: { value: Child, writable: true, configurable: true } });
  Object.setPrototypeOf(Child, Parent);
}
function P() {}
P.stat = () => "static inherited";
P.prototype.hello = () => "hello from P";
function C() { P.call(this); }
extend(C, P);
console.log(new C().hello(), C.stat(), new C().constructor === C);
