// Object.defineProperty (ECMA-262 §10.1.6 [[DefineOwnProperty]]) on a
// property that cached reads and writes already saw: data becomes an
// accessor (its getter and setter then run with the receiver), an accessor
// becomes data again, and a property becomes read-only.
const proto = { n: 1 };
const o = Object.create(proto);
o.own = 10;
function get(o) { return o.n; }
function getOwn(o) { return o.own; }
function setOwn(o, v) { o.own = v; }

const out = [];
for (let i = 0; i < 12; i++) {
  if (i === 4) {
    Object.defineProperty(proto, "n", {
      get() { return "getter sees " + (this === o ? "o" : "other"); },
      configurable: true,
    });
  }
  if (i === 8) Object.defineProperty(proto, "n", { value: "data again", configurable: true });
  out.push(get(o));
}
console.log(out.join(" / "));

const log = [];
for (let i = 0; i < 9; i++) {
  if (i === 3) {
    let hidden = 100;
    Object.defineProperty(o, "own", {
      get() { return hidden; },
      set(v) { log.push("set " + v); hidden = v * 2; },
      configurable: true,
    });
  }
  if (i === 6) Object.defineProperty(o, "own", { value: -1, writable: false, configurable: true });
  setOwn(o, i);
  log.push(getOwn(o));
}
console.log(log.join(","));

// Accessors on a class prototype: the receiver is the instance.
class Temp {
  constructor(c) { this.c = c; }
  get f() { return this.c * 9 / 5 + 32; }
  set f(v) { this.c = (v - 32) * 5 / 9; }
}
const ts = [new Temp(0), new Temp(100)];
const fs = [];
for (let i = 0; i < 6; i++) {
  const t = ts[i % 2];
  fs.push(t.f);
  t.f = t.f + 9;
}
console.log(fs.join(","), ts[0].c, ts[1].c);
