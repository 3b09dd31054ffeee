// Appending with += and + : every string made along the way keeps its
// value, whichever string is appended to next.
const a = "x".repeat(70) + "y";
const b = a + "1";
const c = a + "2";
const d = b + b;
console.log(a.length, b.length, c.length, d.length);
console.log(a.slice(-3), b.slice(-3), c.slice(-3), d.slice(69, 74));
let s = "";
const parts = [];
for (let i = 1; i <= 2000; i++) {
  s += i % 10;
  if (i % 500 === 0) parts.push(s);
}
for (const p of parts) console.log(p.length, p.slice(-12));
const copy = s;
s += "tail";
console.log(copy.length, s.length, copy.slice(-3), s.slice(-6), copy === parts[3]);
const u = "é".repeat(40);
const v = u + "ü", w = u + 1.5;
console.log(v.length, w.length, v.slice(-2), w.slice(-4));
