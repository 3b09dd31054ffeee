// Inline caches on [[Get]] (ECMA-262 §10.1.8.1 OrdinaryGet) must follow
// changes to the prototype chain after they filled: a property added to a
// prototype, a shadowing property added lower in the chain, a prototype's
// value changed, and the end of the chain reached (absent) then filled.
class A { m() { return "A.m"; } }
class B extends A {}
class C extends B {}

function callM(o) { return o.m(); }
function readX(o) { return o.x; }

const c = new C();
const seen = [];
for (let i = 0; i < 40; i++) {
  if (i === 10) B.prototype.m = function () { return "B.m"; };
  if (i === 20) c.m = function () { return "own m"; };
  if (i === 30) delete c.m;
  seen.push(callM(c));
}
console.log(seen.join(","));

const xs = [];
for (let i = 0; i < 30; i++) {
  if (i === 5) A.prototype.x = 1;
  if (i === 10) A.prototype.x = 2;
  if (i === 15) Object.prototype.x = "from Object.prototype";
  if (i === 20) delete A.prototype.x;
  if (i === 25) delete Object.prototype.x;
  xs.push(String(readX(c)));
}
console.log(xs.join(","));

// A method on Object.prototype (the end of every chain) shadowed later.
const plain = { a: 1 };
const ts = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) Object.prototype.describe = function () { return "described " + this.a; };
  ts.push(typeof plain.describe === "function" ? plain.describe() : "none");
}
delete Object.prototype.describe;
console.log(ts.join(","));
