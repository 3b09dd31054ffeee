// A Proxy that logs every get, set, has and delete, forwarding to its target.
const log = [];
function logged(target, name) {
  return new Proxy(target, {
    get(t, key, receiver) {
      log.push(`get ${name}.${String(key)}`);
      return Reflect.get(t, key, receiver);
    },
    set(t, key, value, receiver) {
      log.push(`set ${name}.${String(key)}=${value}`);
      return Reflect.set(t, key, value, receiver);
    },
    has(t, key) {
      log.push(`has ${name}.${String(key)}`);
      return key in t;
    },
    deleteProperty(t, key) {
      log.push(`delete ${name}.${String(key)}`);
      return delete t[key];
    },
  });
}
const point = logged({ x: 1, y: 2 }, "point");
point.x;
point.z = point.x + point.y;
console.log("y" in point, "w" in point);
delete point.y;
console.log(log.join("\n"));
// Methods called through the proxy see the proxy as `this`.
log.length = 0;
const account = logged({ balance: 10, deposit(n) { this.balance += n; return this.balance; } }, "acct");
console.log(account.deposit(5));
console.log(log.join(" | "));
// A proxy with an empty handler is transparent.
const plain = new Proxy([1, 2, 3], {});
console.log(plain.length, plain[1], plain.map((n) => n * 2));
// Traps can invent properties.
const defaults = new Proxy({}, { get: (t, k) => (k in t ? t[k] : `<${String(k)}>`) });
defaults.real = "yes";
console.log(defaults.real, defaults.missing, defaults.other);
