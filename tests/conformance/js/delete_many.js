// Deleting properties: many deletions stay cheap, a deleted key added
// again goes to the end, and every view agrees (keys, in, hasOwnProperty,
// JSON, entries, Map/Set as maps).
const o = {};
for (let i = 0; i < 50000; i++) o["k" + i] = i;
for (let i = 0; i < 50000; i += 2) delete o["k" + i];
let keys = Object.keys(o);
console.log(keys.length, keys.slice(0, 3), "k0" in o, "k1" in o, o.hasOwnProperty("k2"));
for (let i = 1; i < 50000; i += 2) delete o["k" + i];
console.log(Object.keys(o).length, JSON.stringify(o));

const p = { a: 1, b: 2, c: 3 };
delete p.a;
p.a = 10;
console.log(Object.keys(p), JSON.stringify(p), Object.entries(p));
for (const k in p) console.log("for-in", k, p[k]);

// Integer-like keys stay in ascending order whatever the deletions.
const q = {};
for (let i = 9; i >= 0; i--) q[i] = i;
q.x = "x";
delete q[3];
delete q.x;
q[3] = "three";
q.x = "x again";
console.log(Object.keys(q), Object.getOwnPropertyNames(q).length);

// Non-configurable properties are not deleted.
const frozen = Object.defineProperty({}, "fixed", { value: 1, configurable: false, enumerable: true });
console.log(delete frozen.fixed, frozen.fixed, (function () { "use strict"; try { delete frozen.fixed; } catch (e) { return e.constructor.name; } })());

// An LRU on a plain object and on a Map.
const cache = {};
const m = new Map();
let hits = 0, misses = 0;
for (let step = 0; step < 30000; step++) {
  const k = "n" + ((step * 7) % 600);
  if (k in cache) {
    hits++;
    const v = cache[k];
    delete cache[k];
    cache[k] = v;
    m.delete(k);
    m.set(k, v);
  } else {
    misses++;
    cache[k] = step;
    m.set(k, step);
    const ks = Object.keys(cache);
    if (m.size > 500) {
      m.delete(m.keys().next().value);
    }
    if (ks.length > 500) delete cache[ks[0]];
  }
}
const ck = Object.keys(cache);
console.log(hits, misses, ck.length, ck.slice(0, 3), ck.slice(-3), [...m.keys()].slice(0, 3), m.size);
const s = new Set();
for (let i = 0; i < 20000; i++) s.add(i);
for (let i = 0; i < 20000; i += 2) s.delete(i);
s.add(0);
console.log(s.size, [...s].slice(0, 3), [...s].slice(-2));
