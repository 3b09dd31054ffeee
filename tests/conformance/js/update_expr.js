// §13.4 update expressions: ToNumeric, one evaluation of the target, values.
let s = "5";
s++;
console.log(s, typeof s);
let t = "5";
console.log(t++, t, ++t, t);
let calls = 0;
const arr = [10, 20, 30];
function idx() { calls++; return 1; }
arr[idx()]++;
console.log(arr, calls);
console.log(arr[idx()]--, arr, calls);
console.log(++arr[idx()], arr, calls);
const o = { valueOf() { console.log("valueOf"); return 41; } };
let p = o;
console.log(p++, p);
let u;
u++;
console.log(u);
let n = null;
n++;
console.log(n);
let b = 10n;
b++;
console.log(b, typeof b);
let bb = 10n;
console.log(bb--, bb);
let f = 1.5;
f++;
console.log(f);
let z = -1;
z++;
console.log(Object.is(z, 0), Object.is(z, -0));
let nz = -0;
nz--;
console.log(nz);
let big = 2 ** 53 - 1;
big++;
big++;
console.log(big, Number.isSafeInteger(big));
const obj = {
  _v: 1,
  get v() { console.log("get"); return this._v; },
  set v(x) { console.log("set", x); this._v = x; },
};
obj.v++;
console.log(++obj.v, obj._v);
const k = 1;
try { k++; } catch (e) { console.log(e instanceof TypeError, e.message); }
try { undeclared_xyz++; } catch (e) { console.log(e.name); }
let strObj = { n: "a" };
strObj.n++;
console.log(strObj.n);
for (let i = 0, j = 10; i < 3; i++, j--) console.log(i, j);
let w = 0;
while (w++ < 3) console.log("w", w);
let sym = Symbol("s");
try { sym++; } catch (e) { console.log(e.constructor.name, e.message); }
let x = 7;
const y = x++ + ++x;
console.log(x, y);
// Left-to-right evaluation around side effects in later operands.
let q = 1;
console.log(q + q++, q);
console.log(q + ++q, q);
console.log(q + (q = 10), q);
function show(...xs) { return xs.join(","); }
let r = 1;
console.log(show(r, r++, r, ++r, r));
let log = [];
function g(tag) { log.push(tag); return tag; }
let m = 0;
console.log(g("a") + (m++, g("b")), log.join(""), m);
const list = [1, 2, 3];
let ix = 0;
console.log(list[ix] + list[++ix], ix);
// Assignments to const bindings throw after the value is evaluated.
const c1 = 5;
try { c1 = (console.log("rhs"), 6); } catch (e) { console.log(e.name, e.message); }
try { c1 += 1; } catch (e) { console.log(e.message); }
try { c1 ||= 2; console.log("no throw: c1 truthy"); } catch (e) { console.log(e.message); }
const c0 = 0;
try { c0 ||= 2; } catch (e) { console.log(e.message); }
try { [c1] = [9]; } catch (e) { console.log(e.message); }
try { ({ c1 } = { c1: 9 }); } catch (e) { console.log(e.message); }
function inner() { try { c1 = 1; } catch (e) { return e.message; } }
console.log(inner(), c1, c0);
for (const v of [1, 2]) { try { v++; } catch (e) { console.log(v, e.message); } }
try { for (const i = 0; i < 2; i++) console.log("i", i); } catch (e) { console.log(e.message); }
let shadow = 1;
{ const shadow = 2; try { shadow = 3; } catch (e) { console.log(e.message); } }
shadow = 4;
console.log(shadow);
const [da, db = 7] = [1];
const { dc, dd: { de } } = { dc: 3, dd: { de: 4 } };
console.log(da, db, dc, de);
