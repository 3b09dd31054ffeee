// Map, Set, WeakMap, WeakSet.
const m = new Map();
const keyObj = {}, keyFn = function () {};
m.set("a", 1).set(keyObj, "object key").set(keyFn, "function key").set(NaN, "nan");
console.log(m.size, m.get("a"), m.get(keyObj), m.get(keyFn), m.get(NaN), m.get({}));
console.log(m.has("a"), m.delete("a"), m.has("a"), m.size);
m.set(1, "one").set("1", "string one");
console.log(m.get(1), m.get("1"));
console.log([...m.keys()].map((k) => typeof k).join(","));
m.forEach((v, k) => { if (typeof k !== "object" && typeof k !== "function") console.log("entry", String(k), v); });
const counts = new Map();
for (const w of "a b a c b a".split(" ")) counts.set(w, (counts.get(w) || 0) + 1);
console.log(JSON.stringify([...counts]), JSON.stringify(Object.fromEntries(counts)));
const s = new Set([1, 2, 2, 3]);
s.add(4).add(1);
console.log(s.size, s.has(2), [...s].join(""), s.delete(2), [...s].join(""));
const union = new Set([...[1, 2], ...[2, 3]]);
const inter = [1, 2, 3].filter((x) => new Set([2, 3, 4]).has(x));
console.log([...union].join(","), inter.join(","));
const wm = new WeakMap();
const k1 = {};
wm.set(k1, "private data");
console.log(wm.get(k1), wm.has({}), wm.delete(k1), wm.has(k1));
try {
  wm.set("str", 1);
} catch (e) {
  console.log(e.constructor.name);
}
const ws = new WeakSet([k1]);
console.log(ws.has(k1));
const grid = new Map([[JSON.stringify([0, 0]), "origin"]]);
console.log(grid.get(JSON.stringify([0, 0])));
const sorted = new Map([...new Map([["z", 1], ["a", 2]])].sort());
console.log([...sorted.keys()].join(""));
console.log(Object.prototype.toString.call(m), String(s));
