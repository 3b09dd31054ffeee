// Chains of `+` that build strings (joined in one step by omx) must keep
// the order of ToPrimitive calls, evaluations and errors of nested `+`.

const log = [];
const obj = (name, v) => ({
  valueOf() { log.push("valueOf " + name); return v; },
  toString() { log.push("toString " + name); return "T" + name; },
});
const read = (name, v) => { log.push("read " + name); return v; };

// ToPrimitive of each operand happens when its `+` runs, after the
// operands to its left, before the operands to its right are evaluated.
log.length = 0;
console.log("a" + obj("x", 1) + read("y", 2) + "b" + obj("z", 3) + read("w", 4), log.join(", "));
log.length = 0;
console.log(obj("x", 1) + obj("y", 2) + "s" + read("z", 3), log.join(", "));

// A local changed by a valueOf that runs during the chain.
let n = 1;
const bump = { valueOf() { n = 100; return 0; } };
console.log("n=" + bump + n + "," + n);
function local() {
  let m = 1;
  const bumpM = { valueOf() { m = 7; return "v"; } };
  return "m=" + bumpM + m + "," + m;
}
console.log(local());
function param(p) {
  const set = { toString() { p = "changed"; return "s"; } };
  return "" + set + p + "|" + p;
}
console.log(param("orig"));

// Numbers first, then a string; floats, -0, NaN, big integers, BigInt.
console.log(1 + 2 + "a" + 1 + 2, 0.1 + 0.2 + "x", -0 + "" + -0, NaN + "n" + Infinity);
console.log(2 ** 53 + 1 + "", "" + 2 ** 53 + 1, 9007199254740991 + 2 + "!", 1e21 + "e" + 1e-7);
console.log("big " + 10n + 20n, 10n + 20n + " big");
try { console.log(10n + 1 + "x"); } catch (e) { console.log(e.constructor.name); }
try { console.log("x" + 10n + 1); } catch (e) { console.log(e.constructor.name); }

// Every kind of primitive and object after a string.
const d = new Date(0);
console.log("v:" + undefined + null + true + false + 0 + -1.5 + [] + [1, [2, 3]] + {} + d.getTime());
console.log("f:" + function f() { return 1; } + (() => 2));
const withPrim = { [Symbol.toPrimitive](hint) { return "hint-" + hint; } };
console.log("p:" + withPrim + withPrim, withPrim + "" + withPrim);
const numeric = { [Symbol.toPrimitive](hint) { return 5; } };
console.log(numeric + 1 + "!" + numeric + 1);

// Symbols throw when their `+` runs: the operands to the right of it are
// not evaluated after the error.
log.length = 0;
try {
  console.log("s" + read("a", 1) + Symbol("q") + read("b", 2) + "t");
} catch (e) {
  console.log(e.constructor.name, log.join(", "));
}
const sym = Symbol("r");
let after = "untouched";
try { const t = "s" + sym + (after = "touched"); } catch (e) { console.log(e.constructor.name, after); }
try { const t = "s" + 1 + sym + "x" + 2; } catch (e) { console.log(e.constructor.name); }

// A valueOf that throws stops the chain; one that returns an object fails.
log.length = 0;
const boom = { valueOf() { throw new Error("boom"); } };
try { console.log("a" + boom + read("late", 1)); } catch (e) { console.log(e.message, log.join(", ")); }
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try { console.log("a" + bad + "b"); } catch (e) { console.log(e.constructor.name); }

// Long chains, in loops, with `+=`.
let s = "";
for (let i = 0; i < 5; i++) s += "<" + i + ":" + i * i + ">" + "";
console.log(s);
const parts = [];
for (let i = 0; i < 3; i++) parts.push('{"id":' + i + ',"n":"item' + i + '","v":[' + (i % 7) + "," + (i % 13) + "]}");
console.log(parts.join(","));
const long = "a" + 1 + "b" + 2 + "c" + 3 + "d" + 4 + "e" + 5 + "f" + 6 + "g" + 7 + "h" + 8 + "i" + 9 + "j" + 10 +
  "k" + 11 + "l" + 12 + "m" + 13 + "n" + 14 + "o" + 15;
console.log(long.length, long.slice(0, 20), long.slice(-20));

// Strings with non-ASCII text and lone surrogates.
console.log("é" + 1 + "😀" + "\u{1F600}".length + "\ud800".length + "ü");

// Getters read in a chain run when their operand is evaluated.
log.length = 0;
const g = { get a() { log.push("get a"); return "A"; }, get b() { log.push("get b"); return obj("B", "b"); } };
console.log("x" + g.a + g.b + "y" + g.a, log.join(", "));
