// Inline caches of property loads stay right when a prototype changes:
// writing one name must not leave a stale plan for that name, and
// writing other names keeps every answer right.
class Base {
  m() { return "Base.m"; }
}
Base.prototype.x = 1;
class Derived extends Base {
  constructor(v) { super(); this.v = v; }
}
const d = new Derived(5);
function read() {
  let out;
  for (let i = 0; i < 3; i++) out = [d.x, d.m(), d.v, d.y, "ab".length, "ab".at(0)].join(",");
  return out;
}
console.log(read());
Base.prototype.x = 2;
console.log(read());
Base.prototype.m = function () { return "Base.m2"; };
console.log(read());
Derived.prototype.m = function () { return "Derived.m"; };
console.log(read());
delete Derived.prototype.m;
console.log(read());
Base.prototype.y = "y";
console.log(read());
Object.defineProperty(Base.prototype, "x", { get() { return "getter"; }, configurable: true });
console.log(read());
Object.defineProperty(Derived.prototype, "v", { set(_) {}, get() { return "v?"; }, configurable: true });
console.log(read());
String.prototype.at = function () { return "patched"; };
console.log(read());
Object.setPrototypeOf(Derived.prototype, { x: "other", m() { return "other.m"; } });
console.log(read());
let total = 0;
const counter = { n: 0 };
for (let i = 0; i < 200; i++) {
  const o = new Derived(i);
  counter.n = i;
  Base.prototype.count = i;
  total += o.m().length + (o.count === undefined ? 0 : 1);
  if (i === 100) Object.getPrototypeOf(Derived.prototype).m = function () { return "x"; };
}
console.log(total, counter.n);
