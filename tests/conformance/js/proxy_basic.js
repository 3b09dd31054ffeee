// Proxy traps: get, set, has, deleteProperty.
const target = { a: 1, b: 2 };
const log = [];
const p = new Proxy(target, {
  get(t, key, receiver) {
    log.push("get " + String(key));
    if (key in t) return Reflect.get(t, key, receiver);
    return `missing:${String(key)}`;
  },
  set(t, key, value) {
    log.push("set " + key);
    if (typeof value !== "number") return false;
    t[key] = value * 2;
    return true;
  },
  has(t, key) {
    log.push("has " + key);
    return key.startsWith("a") || key in t;
  },
  deleteProperty(t, key) {
    log.push("delete " + key);
    if (key === "a") return false;
    delete t[key];
    return true;
  },
});
console.log(p.a, p.zzz);
p.c = 5;
console.log(target.c);
p.d = "no";
console.log("d" in target);
console.log("apple" in p, "b" in p, "q" in p);
console.log(delete p.b, delete p.a);
console.log(JSON.stringify(target));
console.log(log.join("; "));
// Strict mode turns a false set trap into a TypeError.
(function () {
  "use strict";
  try {
    p.e = "bad";
  } catch (e) {
    console.log("strict:", e.constructor.name);
  }
})();
// A validation proxy and a default-value proxy.
function withDefault(obj, dflt) {
  return new Proxy(obj, { get: (t, k) => (k in t ? t[k] : dflt) });
}
const counts = withDefault({}, 0);
for (const w of "the cat and the hat and the bat".split(" ")) counts[w] = counts[w] + 1;
console.log(counts.the, counts.and, counts.cat, counts.dog);
// Revocable proxies.
const { proxy, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(proxy.x);
revoke();
try {
  proxy.x;
} catch (e) {
  console.log("revoked:", e instanceof TypeError);
}
