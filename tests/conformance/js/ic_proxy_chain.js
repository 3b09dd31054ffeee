// A Proxy (ECMA-262 §10.5) on the prototype chain of a receiver whose
// reads and writes are at cached sites: the traps run every time, with the
// original receiver, also when the Proxy is put there mid-loop.
const log = [];
const target = { base: "target base" };
const handler = {
  get(t, k, r) { log.push("get " + String(k)); return k === "dyn" ? "dyn " + log.length : Reflect.get(t, k, r); },
  set(t, k, v) { log.push("set " + String(k)); t[k] = v; return true; },
};
const proxy = new Proxy(target, handler);
const o = Object.create(proxy);
o.own = 1;
function readDyn(x) { return x.dyn; }
function readOwn(x) { return x.own; }
function writeNew(x, v) { x.fresh = v; }

const out = [];
for (let i = 0; i < 4; i++) out.push(readDyn(o), readOwn(o));
writeNew(o, 5);
out.push(String(o.fresh), Object.keys(o).join("+"), Object.keys(target).join("+"));
console.log(out.join(" | "));
console.log(log.join(","));

// The chain gets a Proxy after the caches filled.
log.length = 0;
const parent = { m() { return "parent m"; } };
const child = Object.create(parent);
const res = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) Object.setPrototypeOf(parent, new Proxy({}, {
    get(t, k, r) { log.push("trap " + String(k)); return () => "proxied " + String(k); },
  }));
  res.push(child.m(), typeof child.missing === "function" ? child.missing() : "absent");
}
console.log(res.join(" | "));
console.log(log.join(","));

// A Proxy as the receiver itself.
const direct = new Proxy({ v: 1 }, { get(t, k) { return k === "v" ? t.v * 10 : undefined; } });
const ds = [];
for (let i = 0; i < 3; i++) ds.push(readOwn(direct), direct.v);
console.log(ds.join(","));
