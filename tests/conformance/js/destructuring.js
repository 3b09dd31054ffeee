// Destructuring in declarations, parameters, assignments and loops.
const { a, b: renamed, c = "default", ...restObj } = { a: 1, b: 2, d: 4, e: 5 };
console.log(a, renamed, c, JSON.stringify(restObj));
const [x, , y = 9, ...restArr] = [10, 20, undefined, 40, 50];
console.log(x, y, restArr.join(","));
const { nested: { deep: [first, { value }] } } = { nested: { deep: ["f", { value: "v" }] } };
console.log(first, value);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
let m, n;
({ m, n = "n-default" } = { m: "m" });
console.log(m, n);
const target = {};
[target.one, target["two"]] = [1, 2];
({ three: target.three } = { three: 3 });
console.log(JSON.stringify(target));
function area({ width = 1, height = width * 2 } = {}) { return width * height; }
console.log(area(), area({ width: 3 }), area({ width: 2, height: 5 }));
function headTail([head, ...tail]) { return head + ":" + tail.length; }
console.log(headTail("hello"));
const pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }];
for (const { x: px, y: py } of pts) console.log(px + py);
for (const [key, val] of Object.entries({ k1: "v1", k2: "v2" })) console.log(key, val);
const key = "dyn";
const { [key]: dynamic, ["li" + "t"]: lit } = { dyn: "D", lit: "L" };
console.log(dynamic, lit);
const { length } = "abcdef";
console.log(length);
const [[aa, bb], [cc]] = [[1, 2], [3]];
console.log(aa + bb + cc);
const arrow = ({ name }, [v1, v2] = [7, 8], ...more) => `${name}-${v1}-${v2}-${more.length}`;
console.log(arrow({ name: "z" }), arrow({ name: "w" }, [1, 2], 3, 4));
try {
  const { boom } = null;
} catch (e) {
  console.log(e.constructor.name);
}
let sx, sy;
[sx = 5, sy = sx * 2] = [];
console.log(sx, sy);
const fnDefault = (a1, b1 = a1 + 1, { c1 } = { c1: b1 * 2 }) => [a1, b1, c1].join(",");
console.log(fnDefault(1));
