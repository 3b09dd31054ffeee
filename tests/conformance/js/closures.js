// Closures: counters, loops, IIFEs, shared environments.
function makeCounter(start = 0) {
  let n = start;
  return { inc: () => ++n, dec: () => --n, get: () => n };
}
const c1 = makeCounter(), c2 = makeCounter(10);
c1.inc(); c1.inc(); c2.dec();
console.log(c1.get(), c2.get());
var fsVar = [];
for (var i = 0; i < 3; i++) fsVar.push(function () { return i; });
const fsLet = [];
for (let j = 0; j < 3; j++) fsLet.push(() => j);
console.log(fsVar.map((f) => f()).join(","), fsLet.map((f) => f()).join(","));
const fsIife = [];
for (var k = 0; k < 3; k++) (function (k) { fsIife.push(() => k); })(k);
console.log(fsIife.map((f) => f()).join(","));
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)).join(","));
function once(fn) {
  let done = false, value;
  return function (...args) {
    if (!done) { done = true; value = fn.apply(this, args); }
    return value;
  };
}
const init = once((x) => { console.log("init ran"); return x * 2; });
console.log(init(5), init(100));
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
console.log(compose((x) => x + 1, (x) => x * 2)(5));
const curry = (f) => (a) => (b) => (c) => f(a, b, c);
console.log(curry((a, b, c) => a * b + c)(2)(3)(4));
let shared = 0;
const incShared = () => shared++;
incShared(); incShared();
console.log(shared);
function outer() {
  const secret = "closure";
  return function middle() {
    return function inner() { return secret.toUpperCase(); };
  };
}
console.log(outer()()());
const memo = (() => {
  const cache = {};
  let misses = 0;
  const f = (n) => (n in cache ? cache[n] : (misses++, (cache[n] = n < 2 ? n : f(n - 1) + f(n - 2))));
  f.misses = () => misses;
  return f;
})();
console.log(memo(30), memo.misses());
// Hoisting and the temporal dead zone.
console.log(typeof hoisted, hoisted());
function hoisted() { return "hoisted"; }
try {
  tdz;
  let tdz = 1;
} catch (e) {
  console.log(e.name);
}
