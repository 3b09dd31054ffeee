// Proxy traps for keys, descriptors, functions and construction; Reflect.
const hidden = new Proxy({ _secret: 1, visible: 2, other: 3 }, {
  ownKeys(t) { return Reflect.ownKeys(t).filter((k) => !k.startsWith("_")); },
  getOwnPropertyDescriptor(t, k) { return Reflect.getOwnPropertyDescriptor(t, k); },
});
console.log(Object.keys(hidden).join(","));
console.log(JSON.stringify(hidden));
const calls = [];
function add(a, b) { return a + b; }
const traced = new Proxy(add, {
  apply(fn, thisArg, args) {
    calls.push(args.join("+"));
    return Reflect.apply(fn, thisArg, args) * 10;
  },
});
console.log(traced(1, 2), traced.call(null, 3, 4), calls.join(" "));
class Widget { constructor(n) { this.n = n; } }
const Factory = new Proxy(Widget, {
  construct(C, args, newTarget) {
    const obj = Reflect.construct(C, [args[0] * 100], newTarget);
    obj.viaProxy = true;
    return obj;
  },
});
const w = new Factory(3);
console.log(w.n, w.viaProxy, w instanceof Widget);
const protoTrap = new Proxy({}, {
  getPrototypeOf() { return Array.prototype; },
});
console.log(protoTrap instanceof Array, Array.isArray(protoTrap));
const defined = [];
const recorder = new Proxy({}, {
  defineProperty(t, k, d) {
    defined.push(k + "=" + d.value);
    return Reflect.defineProperty(t, k, d);
  },
});
recorder.a = 1;
Object.defineProperty(recorder, "b", { value: 2 });
console.log(defined.join(","), recorder.a, recorder.b);
console.log(Reflect.has({ x: 1 }, "x"), Reflect.ownKeys({ b: 1, a: 2, 1: 0 }).join(","));
console.log(Reflect.getPrototypeOf([]) === Array.prototype);
const target = {};
console.log(Reflect.set(target, "k", 9), target.k, Reflect.deleteProperty(target, "k"), "k" in target);
const frozen = Object.freeze({ z: 1 });
console.log(Reflect.set(frozen, "z", 2), Reflect.defineProperty(frozen, "y", { value: 1 }));
// Receiver forwarding lets getters see the proxy.
const base = { get me() { return this === viaProxy ? "proxy" : "target"; } };
const viaProxy = new Proxy(base, { get: (t, k, r) => Reflect.get(t, k, r) });
console.log(viaProxy.me, base.me);
