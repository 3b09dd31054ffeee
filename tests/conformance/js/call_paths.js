// Calls of function objects through every path, and `for (let ...)` loops
// with and without closures capturing the binding.
function f(a, b) { return [this === undefined ? "undef" : typeof this, a, b, arguments.length]; }
console.log(f(1), f(1, 2, 3));
const o = { f, g() { return this === o; } };
console.log(o.f(1, 2)[0], o.g(), (0, o.g)());
class K { constructor(x) { this.x = x; } m(y) { return this.x + y; } static s() { return this === K; } }
try { K(1); } catch (e) { console.log(e.constructor.name, e.message); }
const k = new K(5);
console.log(k.m(2), K.s(), K.prototype.m.call({ x: 10 }, 1));
const bound = f.bind("t", 9);
console.log(bound(8)[1], bound(8)[2], bound(8)[3]);
f.extra = 42;
console.log(f.extra, f.name, f.length);
function counter() { let n = 0; return () => ++n; }
const c = counter();
c(); c();
console.log(c());
function rec(n) { return n <= 0 ? 0 : 1 + rec(n - 1); }
console.log(rec(1000));
try { (function deep() { deep(); })(); } catch (e) { console.log(e.constructor.name); }
const arrow = (...xs) => xs.length;
console.log(arrow(), arrow(1, 2, 3));
function* gen() { yield 1; yield 2; }
console.log([...gen()]);
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((g) => g()).join(","));
const fns2 = [];
for (let i = 0, get = () => i; i < 3; i++) fns2.push(get);
console.log(fns2.map((g) => g()).join(","));
const fns3 = [];
for (let i = 0; i < 3; fns3.push(() => i), i++);
console.log(fns3.map((g) => g()).join(","));
let total = 0;
for (let i = 0; i < 5; i++) { total += i; if (i === 3) continue; }
console.log(total);
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; console.log(i, j); } }
for (let i = 0; i < 2; i++) { let i = "shadow"; console.log(i); }
const fns4 = [];
for (let i = 0; i < 3; i++) { class C { v() { return i; } } fns4.push(new C()); }
console.log(fns4.map((x) => x.v()).join(","));
