// Classes: constructors, methods, statics, accessors, computed names.
class Vec {
  constructor(x = 0, y = 0) {
    this.x = x;
    this.y = y;
  }
  add(other) { return new Vec(this.x + other.x, this.y + other.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  get length() { return Math.sqrt(this.x ** 2 + this.y ** 2); }
  set length(n) {
    const k = n / this.length;
    this.x *= k;
    this.y *= k;
  }
  toString() { return `Vec(${this.x}, ${this.y})`; }
  static zero() { return new Vec(); }
  ["computed" + "Name"]() { return "computed!"; }
  static get origin() { return Vec.zero(); }
}
const a = new Vec(3, 4);
console.log(String(a), a.length);
console.log(String(a.add(new Vec(1, 1)).scale(2)));
a.length = 10;
console.log(a.x, a.y);
console.log(String(Vec.zero()), String(Vec.origin));
console.log(a.computedName());
console.log(typeof Vec, Object.getOwnPropertyNames(Vec.prototype).join(","));
console.log(Object.keys(a).join(","));
try {
  Vec();
} catch (e) {
  console.log(e instanceof TypeError);
}
// Class expressions, named and anonymous.
const Anon = class {};
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who());
// Methods are not enumerable.
const keys = [];
for (const k in new Vec(1, 2)) keys.push(k);
console.log(keys.join(","));
// Generator method and Symbol.iterator.
class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi; }
  *[Symbol.iterator]() {
    for (let i = this.lo; i < this.hi; i++) yield i;
  }
}
console.log([...new Range(2, 6)].join(" "));
