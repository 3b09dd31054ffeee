// Map and Set: SameValueZero keys, insertion order, and live iterators
// (entries added during iteration are visited, deleted ones are not, a
// finished iterator stays finished), through compactions.
const m = new Map([[1, "one"], ["1", "string one"], [NaN, "nan"], [-0, "zero"]]);
console.log(m.size, m.get(1), m.get("1"), m.get(NaN), m.get(0), m.get(+0), m.has(-0), [...m.keys()]);
console.log(Object.is([...m.keys()][3], 0), Object.is([...m.keys()][3], -0));
const ko = {}, kf = function () {}, ks = Symbol("s");
m.set(ko, "obj").set(kf, "fn").set(ks, "sym").set(10n, "big").set(undefined, "u").set(null, "n");
console.log(m.get(ko), m.get({}), m.get(kf), m.get(ks), m.get(10n), m.get(undefined), m.get(null), m.size);
console.log(m.delete(ko), m.delete(ko), m.has(ko), m.size);

// Adding during iteration: the new entries are visited.
const grow = new Map([["a", 1]]);
const seen = [];
for (const [k, v] of grow) {
  seen.push(k);
  if (v < 5) grow.set(k + v, v + 1);
}
console.log(seen.join(","), grow.size);

// Deleting ahead of the iterator: skipped; behind: no effect.
const del = new Map();
for (let i = 0; i < 10; i++) del.set(i, i);
const order = [];
for (const [k] of del) {
  order.push(k);
  if (k === 2) { del.delete(5); del.delete(0); }
  if (k === 6) { del.delete(7); del.set(7, "again"); }
}
console.log(order.join(","), [...del.keys()].join(","));

// Many deletions while an iterator is paused (the store compacts).
const big = new Map();
for (let i = 0; i < 100; i++) big.set(i, i * i);
const it = big.entries();
console.log(it.next().value, it.next().value);
for (let i = 0; i < 90; i++) big.delete(i);
for (let i = 100; i < 105; i++) big.set(i, -i);
const rest = [];
for (const [k] of it) rest.push(k);
console.log(rest.join(","), big.size);
console.log(it.next(), it.next().done);
big.set("late", 1);
console.log(it.next().done);

// clear() during iteration: the iterator continues with later entries.
const cl = new Map([[1, 1], [2, 2], [3, 3]]);
const it2 = cl.keys();
console.log(it2.next().value);
cl.clear();
cl.set("x", 1);
console.log(it2.next(), it2.next(), cl.size);

// forEach sees live changes too, with thisArg.
const fe = new Map([["a", 1], ["b", 2]]);
const log = [];
fe.forEach(function (v, k, map) { log.push(this.p + k + v + (map === fe)); if (k === "a") fe.set("c", 3); }, { p: ">" });
console.log(log.join(" "));

// Set
const s = new Set([3, 1, 3, NaN, NaN, -0, 0, "3"]);
console.log(s.size, [...s], s.has(-0), s.has(NaN), [...s.entries()][0], [...s.keys()].length);
const sseen = [];
for (const v of s) { sseen.push(v); if (v === 3) { s.delete(1); s.add(99); } }
console.log(sseen.join(","), s.size);
const many = new Set();
for (let i = 0; i < 5000; i++) many.add("k" + i);
for (let i = 0; i < 5000; i += 3) many.delete("k" + i);
many.add("k0");
console.log(many.size, [...many].slice(0, 3), [...many].slice(-2), many.has("k3"), many.has("k4"));

// The spec's shape: shared functions, tags, prototypes, subclassing.
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values,
  Set.prototype[Symbol.iterator] === Set.prototype.values);
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()),
  Object.prototype.toString.call(new Map().keys()), Object.prototype.toString.call(new Set().values()));
console.log(Object.keys(Map.prototype).length, Object.keys(Set.prototype).length, typeof Map.prototype.forEach);
class Counter extends Map {
  add(k) { this.set(k, (this.get(k) || 0) + 1); return this; }
}
const c = new Counter();
for (const w of "the cat and the hat and the bat".split(" ")) c.add(w);
console.log([...c].map(([k, v]) => k + "=" + v).join(" "), c instanceof Map, c.size);
for (const bad of [[1], 5]) {
  try { new Map(bad); } catch (e) { console.log(e.constructor.name); }
}
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name); }
const wm = new WeakMap();
try { wm.set(1, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const wk = {};
wm.set(wk, "w");
console.log(wm.get(wk), wm.has({}));
const ws = new WeakSet([wk]);
console.log(ws.has(wk));
// An LRU cache on a Map.
const lru = new Map();
let hits = 0;
for (let step = 0; step < 20000; step++) {
  const k = (step * 7) % 300 + (step % 3);
  if (lru.has(k)) { hits++; const v = lru.get(k); lru.delete(k); lru.set(k, v); }
  else { lru.set(k, step); if (lru.size > 200) lru.delete(lru.keys().next().value); }
}
console.log(hits, lru.size, [...lru.keys()].slice(0, 5));
