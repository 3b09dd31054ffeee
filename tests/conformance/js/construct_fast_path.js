// `new F(...)` of ordinary constructors (run by the VM itself) against
// everything that must still behave as §10.2.2 [[Construct]] says.

// Return override: objects win, primitives give `this`.
function RetObj() { this.a = 1; return { b: 2 }; }
function RetArr() { this.a = 1; return [1, 2]; }
function RetFn() { this.a = 1; return function inner() {}; }
function RetPrim(v) { this.a = 1; return v; }
function RetSym() { this.a = 1; return Symbol("s"); }
function RetNull() { this.a = 1; return null; }
function RetNothing() { this.a = 1; }
console.log(new RetObj(), new RetArr(), typeof new RetFn(), new RetFn().name);
for (const v of [0, 1.5, "s", true, undefined, null, 10n]) {
  console.log(typeof v, new RetPrim(v));
}
console.log(new RetSym(), new RetNull(), new RetNothing());
class K { constructor(r) { this.k = 1; if (r) return r; } }
console.log(new K(), new K({ z: 1 }), new K(5), new K("x"));

// The result of `new` used in every position: discarded, in arguments,
// spread into an array, returned, chained.
function Pt(x, y) { this.x = x; this.y = y; }
Pt.prototype.sum = function () { return this.x + this.y; };
new Pt(1, 2);
console.log([new Pt(1, 2), new Pt(3, 4)].map(p => p.sum()));
console.log(new Pt(5, 6).sum(), (new Pt(7, 8)).x, new Pt(9).y);
function build(n) { return n === 0 ? new Pt(0, 0) : new Pt(n, build(n - 1).x); }
console.log(build(50));
console.log(Math.max(new Pt(1, 2).sum(), new Pt(3, 4).sum()), ...[new Pt(1, 1)]);

// The prototype is read at each `new`: replaced after the first.
function P() { this.v = 1; }
const first = new P();
P.prototype = { tag: "second" };
const second = new P();
console.log(first.tag, second.tag, Object.getPrototypeOf(first) === Object.getPrototypeOf(second));
P.prototype = 42; // not an object: %Object.prototype%
const third = new P();
console.log(Object.getPrototypeOf(third) === Object.prototype, third);
P.prototype = null;
console.log(Object.getPrototypeOf(new P()) === Object.prototype);

// Getters and setters on the prototype see the new object.
function G() { this.seen = this.who; this.w = 3; }
Object.defineProperty(G.prototype, "who", { get() { return "getter:" + typeof this; } });
Object.defineProperty(G.prototype, "w", { set(v) { this._w = v * 2; } });
console.log(new G());

// new.target in functions, classes, arrows and parameter defaults.
function NT() { this.nt = new.target === NT; }
function NTArrow() { const f = () => new.target; this.nt = f() === NTArrow; }
function NTDefault(t = new.target) { this.nt = t === NTDefault; }
function NTAfterNew(x = new Pt(1, 2)) { this.nt = new.target === NTAfterNew; this.x = x.x; }
class CNT { constructor() { this.nt = new.target === CNT; } }
class CNTDefault { constructor(a = new Pt(3, 4), t = new.target) { this.nt = t === CNTDefault; } }
console.log(new NT(), new NTArrow(), new NTDefault(), new NTAfterNew(), new CNT(), new CNTDefault());
console.log(NT.call({}), NTDefault.call({}));
const plainCall = {};
NT.call(plainCall);
console.log(plainCall);
console.log(Reflect.construct(NT, []), Reflect.construct(CNT, []));
function Other() {}
console.log(Reflect.construct(NT, [], Other) instanceof Other, Reflect.construct(CNT, [], Other));

// A constructor called without `new`.
function Loose(v) { if (!(this instanceof Loose)) return new Loose(v); this.v = v; }
console.log(Loose(3), new Loose(4));
try { CNT(); } catch (e) { console.log(e.constructor.name, e.message); }

// Subclasses of fast constructors, classes extending functions.
class Sub extends Pt { constructor(x) { super(x, x * 2); this.sub = true; } }
class Sub2 extends K {}
console.log(new Sub(3), new Sub(3).sum(), new Sub2(), new Sub2({ r: 1 }));
class WithField { f = 10; constructor() { this.g = this.f + 1; } }
console.log(new WithField());
function FnBase() { this.base = new.target.name; }
class FromFn extends FnBase {}
console.log(new FromFn());

// Bound functions, Proxies, natives, non-constructors.
const Bound = Pt.bind(null, 100);
console.log(new Bound(200), new Bound(1) instanceof Pt);
const Prox = new Proxy(Pt, {});
console.log(new Prox(1, 2), new Prox(1, 2) instanceof Pt);
const Trap = new Proxy(Pt, { construct(t, args) { return { trapped: args }; } });
console.log(new Trap(1, 2));
console.log(new Array(3).length, new Map([[1, 2]]).size, new Date(0).getTime());
for (const bad of [() => 1, { m() {} }.m, 5, "s", Symbol.iterator, Math.max]) {
  try { new bad(); } catch (e) { console.log(e.constructor.name); }
}

// Exceptions inside a constructor, caught outside; the stack unwinds.
function Thrower(n) { this.n = n; if (n > 2) throw new Error("too big " + n); }
for (let i = 1; i < 5; i++) {
  try { console.log(new Thrower(i)); } catch (e) { console.log("caught", e.message); }
}
function Deep(n) { this.c = n === 0 ? null : new Deep(n - 1); }
let d = new Deep(300), depth = 0;
while (d.c) { d = d.c; depth++; }
console.log(depth);

// Arguments: missing, extra, rest, `arguments`, spread.
function Args(a, b) { this.a = a; this.b = b; this.n = arguments.length; }
function Rest(...r) { this.r = r; }
console.log(new Args(), new Args(1), new Args(1, 2, 3), new Rest(1, 2, 3), new Args(...[4, 5]));
console.log(new Pt, new Rest);

// Sloppy `this`: a constructor's `this` is its new object, never globalThis.
function Sloppy() { this.isGlobal = this === globalThis; }
console.log(new Sloppy());

// Generators and async functions are not constructors.
function* Gen() {}
async function Async() {}
for (const f of [Gen, Async]) {
  try { new f(); } catch (e) { console.log(e.constructor.name); }
}
