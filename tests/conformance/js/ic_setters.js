// [[Set]] (ECMA-262 §10.1.9.2) through cached sites: an inherited setter
// runs with the receiver, an inherited getter-only accessor or read-only
// data property makes the write fail (sloppy: ignored, strict: TypeError),
// an inherited writable property is shadowed by a new own one.
const proto = {};
let stored = [];
Object.defineProperty(proto, "s", { set(v) { stored.push(this.id + "=" + v); }, configurable: true });
Object.defineProperty(proto, "g", { get() { return "getter " + this.id; }, configurable: true });
Object.defineProperty(proto, "ro", { value: "read-only", writable: false, configurable: true });
proto.w = "inherited";

const a = Object.create(proto); a.id = "a";
const b = Object.create(proto); b.id = "b";
function setS(o, v) { o.s = v; }
function setG(o, v) { o.g = v; }
function setRo(o, v) { o.ro = v; }
function setW(o, v) { o.w = v; }
function strictSetG(o, v) { "use strict"; o.g = v; }
function strictSetRo(o, v) { "use strict"; o.ro = v; }

function attempt(f, o, v) {
  try { f(o, v); return "ok"; } catch (e) { return e instanceof TypeError ? "TypeError" : "other"; }
}

const out = [];
for (let i = 0; i < 6; i++) {
  const o = i % 2 ? a : b;
  setS(o, i);
  out.push(attempt(setG, o, i), attempt(strictSetG, o, i), o.g);
  out.push(attempt(setRo, o, i), attempt(strictSetRo, o, i), o.ro);
  setW(o, "own " + i);
  out.push(o.w, Object.keys(o).join("+"));
}
console.log(stored.join(","));
console.log(out.join(" | "));
console.log(proto.w);

// Undefined written through a cached site is stored as undefined.
const u = { p: 1 };
function setP(o, v) { o.p = v; }
for (let i = 0; i < 3; i++) setP(u, i);
setP(u, undefined);
console.log("p" in u, u.p, Object.keys(u).join(","));
