// for-of closes its iterator (calls return()) when left by break, return,
// throw or a labelled continue of an outer loop; not when it runs out.
function* g(tag) { try { yield 1; yield 2; yield 3; } finally { console.log("closed", tag); } }
for (const x of g("break")) { if (x === 2) break; }
function f() { for (const x of g("return")) { if (x === 1) return "r"; } }
console.log(f());
try { for (const x of g("throw")) { throw new Error("boom " + x); } } catch (e) { console.log(e.message); }
outer: for (const a of [1, 2]) { for (const x of g("continue outer " + a)) { continue outer; } }
for (const x of g("normal")) {}
const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { console.log("custom return"); return {}; } }; } };
for (const v of it) break;
const bad = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { throw new Error("return threw"); } }; } };
try { for (const v of bad) throw new Error("body threw"); } catch (e) { console.log(e.message); }
try { for (const v of bad) break; } catch (e) { console.log(e.message); }
const [first] = g("destructure");
console.log(first);
