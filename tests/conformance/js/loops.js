// Loop forms and property enumeration order.
let out = [];
for (let i = 0, j = 10; i < j; i += 3, j--) out.push(i + ":" + j);
console.log(out.join(" "));
let w = 0;
while (w < 5) w += 2;
console.log(w);
let d = 10;
do d--; while (d > 7);
console.log(d);
const obj = { b: 1, a: 2, 10: "ten", 2: "two", "-1": "neg", 1.5: "frac" };
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(","));
for (const ch of "hi!") console.log(ch);
const arr = [10, 20, 30];
arr.extra = "x";
const idx = [];
for (const i in arr) idx.push(i);
console.log(idx.join(","));
let sum = 0;
for (const v of arr) sum += v;
console.log(sum);
for (var v = 0; v < 2; v++);
console.log(v);
let n = 0;
for (;;) { if (++n > 3) break; }
console.log(n);
const nested = [];
for (let i = 0; i < 3; i++) for (let j = 0; j < i; j++) nested.push(`${i}${j}`);
console.log(nested.join(" "));
let x = 0, target = {};
for (target.k in { p: 1, q: 2 }) x++;
console.log(target.k, x);
for (const [i, c] of Array.from("abc").entries()) if (i === 1) console.log(c);
let it = 0;
while (true) { it++; if (it === 3) continue; if (it > 4) break; }
console.log(it);
