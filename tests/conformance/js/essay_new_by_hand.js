// `new` spelled out by hand with Object.create, then compared with `new`.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm = function () { return Math.hypot(this.x, this.y); };
function construct(F, ...args) {
  const obj = Object.create(F.prototype);
  const result = F.apply(obj, args);
  return result !== null && typeof result === "object" ? result : obj;
}
const a = construct(Point, 6, 8);
const b = new Point(6, 8);
console.log(a, b, a.norm(), b.norm());
console.log(a instanceof Point, b instanceof Point, Object.getPrototypeOf(a) === Object.getPrototypeOf(b));
// A constructor that returns an object overrides `this`.
function Weird() { this.lost = true; return { replaced: true }; }
console.log(new Weird(), construct(Weird));
// A primitive return value is ignored.
function Plain() { this.kept = true; return 42; }
console.log(new Plain(), construct(Plain));
// Object.create(null): no prototype at all.
const bare = Object.create(null);
bare.k = 1;
console.log(bare, Object.getPrototypeOf(bare), "toString" in bare);
// Prototype chains of any length.
const base = { greet() { return "hello from " + this.name; } };
const mid = Object.create(base, { name: { value: "mid", enumerable: true } });
const leaf = Object.create(mid);
leaf.name = "leaf";
console.log(leaf.greet(), mid.greet(), base.isPrototypeOf(leaf), Object.getPrototypeOf(leaf) === mid);
