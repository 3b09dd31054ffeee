// Generators: yield, yield*, two-way communication, return and throw.
function* numbers() {
  yield 1;
  yield 2;
  return 3;
}
const g = numbers();
console.log(JSON.stringify([g.next(), g.next(), g.next(), g.next()]));
console.log([...numbers()].join(","));
function* fib() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
const out = [];
for (const f of fib()) {
  if (f > 50) break;
  out.push(f);
}
console.log(out.join(" "));
function* inner() { const x = yield "inner-1"; yield "inner got " + x; return "inner-done"; }
function* outer() {
  const r = yield* inner();
  yield "outer saw " + r;
  yield* [10, 20];
}
const o = outer();
console.log(o.next().value, o.next("X").value, o.next().value, o.next().value, o.next().value, o.next().done);
function* accumulator() {
  let total = 0;
  while (true) {
    const v = yield total;
    if (v === undefined) break;
    total += v;
  }
  return total;
}
const acc = accumulator();
acc.next();
acc.next(5);
acc.next(10);
console.log(JSON.stringify(acc.next()));
function* guarded() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    yield "caught " + e;
  } finally {
    console.log("cleanup");
  }
}
const gd = guarded();
console.log(gd.next().value, gd.throw("oops").value, gd.next().done);
const gr = guarded();
gr.next();
console.log(JSON.stringify(gr.return(99)));
const obj = {
  *items() { yield* Object.keys(this).filter((k) => k !== "items"); },
  a: 1,
  b: 2,
};
console.log([...obj.items()].join(","));
const genFn = function* () { yield typeof this; };
console.log(genFn().next().value, Object.getPrototypeOf(genFn).constructor.name);
function* take(n, it) { for (const x of it) { if (n-- <= 0) return; yield x; } }
function* naturals() { let i = 0; while (true) yield i++; }
console.log([...take(5, naturals())].join(","));
