// Call sites and property reads that see objects of many layouts
// (polymorphic and megamorphic inline caches): each receiver gets its own
// answer (ECMA-262 §10.1.8.1), whatever the other receivers' layouts are.
class Shape { area() { return 0; } name() { return "shape"; } }
class Sq extends Shape { constructor(s) { super(); this.s = s; } area() { return this.s * this.s; } }
class Re extends Shape { constructor(w, h) { super(); this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Ci extends Shape { constructor(r) { super(); this.r = r; } area() { return 3 * this.r * this.r; } name() { return "circle"; } }
class Tr extends Shape { constructor(b, h) { super(); this.h = h; this.b = b; } area() { return this.b * this.h / 2; } }
class Nothing extends Shape {}

const shapes = [new Sq(2), new Re(2, 3), new Ci(1), new Tr(4, 5), new Nothing(), { area() { return -1; }, name() { return "literal"; } }];
let total = 0;
const names = [];
for (let i = 0; i < 60; i++) {
  const s = shapes[i % shapes.length];
  total += s.area();
  if (i < shapes.length) names.push(s.name());
}
console.log(total, names.join(","));

// One key at different slots in different layouts.
const layouts = [{ k: 1 }, { a: 0, k: 2 }, { a: 0, b: 0, k: 3 }, { b: 0, a: 0, c: 0, k: 4 }, Object.create({ k: 5 })];
function readK(o) { return o.k; }
function writeK(o, v) { o.k = v; }
let sum = 0;
for (let i = 0; i < 50; i++) {
  const o = layouts[i % layouts.length];
  sum += readK(o);
  writeK(o, readK(o) + 1);
}
console.log(sum, layouts.map((o) => o.k + ":" + Object.keys(o).join("")).join(" "));

// Objects built alike with properties added in another order.
function make(order) {
  const o = {};
  for (const k of order) o[k] = k.toUpperCase();
  return o;
}
const objs = [make(["x", "y"]), make(["y", "x"]), make(["x", "z", "y"])];
const got = [];
for (let i = 0; i < 9; i++) {
  const o = objs[i % 3];
  got.push(o.x + o.y);
  o.x = o.x + "!";
}
console.log(got.join(","));

// Arrays and functions have properties too; an array's length is its own.
const arr = [1, 2, 3];
arr.tag = "t";
function f() {}
f.count = 0;
const misc = [];
for (let i = 0; i < 4; i++) {
  arr.push(i);
  f.count += arr.length;
  misc.push(arr.length, arr.tag, f.count, f.length, f.name);
}
console.log(misc.join(","));
