// Destructuring with defaults and renaming, rest and spread everywhere.
const { a, b: renamed = 5, c: { d = "deep" } = {}, ...others } = { a: 1, e: 4, f: 5 };
console.log(a, renamed, d, others);
const [x, , y = 10, ...tail] = [1, 2, undefined, 4, 5];
console.log(x, y, tail);
function params({ name, tags: [first, ...moreTags] = [] } = {}, ...rest) {
  return `${name}:${first}:${moreTags.length}:${rest.length}`;
}
console.log(params({ name: "n", tags: ["t1", "t2", "t3"] }, 1, 2), params());
let m = 1, n = 2;
[m, n] = [n, m];
console.log(m, n);
const nested = { list: [{ id: 7, meta: { ok: true } }] };
const { list: [{ id, meta: { ok } }] } = nested;
console.log(id, ok);
const merged = { ...{ a: 1, b: 2 }, ...null, b: 3, ...[9] };
console.log(merged, [..."hi", ...new Set([1, 1, 2]), ...new Map([["k", "v"]])]);
console.log(Math.max(...[3, 9, 2]), ((...args) => args.length)(...[1, 2], 3));
const defaults = (p = 1, q = p * 2, r = q + 1) => [p, q, r];
console.log(defaults(), defaults(5), defaults(5, undefined, 0));
for (const { k, v = "none" } of [{ k: 1 }, { k: 2, v: "two" }]) console.log(k, v);
const key = "dyn";
const computed = { [key + "amic"]: 1, [`t${1 + 1}`]: 2, [Symbol.for("s")]: 3 };
console.log(computed);
try {
  const { z } = null;
} catch (e) {
  console.log(e.constructor.name);
}
function swapKeys(o) { return Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k])); }
console.log(swapKeys({ one: 1, two: 2 }));
