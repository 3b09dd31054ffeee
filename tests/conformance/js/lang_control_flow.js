// Labels, switch fall-through, loops with closures, finally on every exit.
outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log("pair", i, j);
  }
}
block: {
  console.log("in block");
  if (true) break block;
  console.log("never");
}
function grade(n) {
  switch (true) {
    case n >= 90: return "A";
    case n >= 80: return "B";
    default: return "C";
  }
}
console.log([95, 85, 20].map(grade).join(""));
function fall(x) {
  const out = [];
  switch (x) {
    case 1: out.push(1);
    case 2: out.push(2); break;
    case 3: { let y = "three"; out.push(y); }
    default: out.push("d");
    case 4: out.push(4);
  }
  return out.join(",");
}
console.log(fall(1), fall(2), fall(3), fall(4), fall(9));
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
var vfns = [];
for (var k = 0; k < 3; k++) vfns.push(() => k);
console.log(fns.map((f) => f()).join(""), vfns.map((f) => f()).join(""));
function tracked() {
  const log = [];
  for (const x of [1, 2, 3]) {
    try {
      if (x === 2) continue;
      if (x === 3) return log.concat("ret");
      log.push("body" + x);
    } finally {
      log.push("fin" + x);
    }
  }
  return log;
}
console.log(tracked().join(" "));
let n = 0;
do { n++; } while (n < 5);
let w = 10;
while (w --> 7);
console.log(n, w);
const obj = { a: 1, b: 2 };
Object.defineProperty(obj, "hidden", { value: 3 });
const proto = { inherited: true };
Object.setPrototypeOf(obj, proto);
const seen = [];
for (const key in obj) seen.push(key);
console.log(seen.join(","));
for (const [i, ch] of Array.from("abc").entries()) if (i !== 1) console.log(i, ch);
console.log(typeof undeclared, (() => { try { undeclared; } catch (e) { return e.name + ": " + e.message; } })());
try {
  null.x;
} catch ({ name, message }) {
  console.log(name, message);
}
const result = (() => { try { throw new Error("e1"); } catch { return "caught without binding"; } finally { console.log("finally runs"); } })();
console.log(result);
var hoisted = typeof later;
function later() {}
console.log(hoisted, typeof notYet, (function () { return typeof inner; function inner() {} })());
var notYet = 1;
