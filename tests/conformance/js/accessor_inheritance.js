// Assignment along the prototype chain: setters, read-only properties, shadowing.
"use strict";
const proto = {};
Object.defineProperty(proto, "ro", { value: "proto value", writable: false });
Object.defineProperty(proto, "acc", {
  get() { return "get:" + (this._acc ?? "unset"); },
  set(v) { this._acc = v; },
});
proto.plain = "inherited plain";
const child = Object.create(proto);
try {
  child.ro = "shadow";
} catch (e) {
  console.log("read-only inherited:", e.constructor.name);
}
console.log(child.ro, Object.hasOwn(child, "ro"));
Object.defineProperty(child, "ro", { value: "own via defineProperty", enumerable: true });
console.log(child.ro, proto.ro);
child.acc = 5;
console.log(child.acc, Object.hasOwn(child, "acc"), Object.hasOwn(child, "_acc"));
child.plain = "own plain";
console.log(child.plain, proto.plain);
delete child.plain;
console.log(child.plain);
class Base {
  get value() { return "base getter"; }
}
class Derived extends Base {
  constructor() {
    super();
    try {
      this.value = "assigned";
    } catch (e) {
      console.log("no setter:", e.constructor.name);
    }
  }
}
console.log(new Derived().value);
class WithField extends Base { value = "field shadows getter"; }
console.log(new WithField().value);
const sup = { greet() { return "sup"; } };
const sub = { __proto__: sup, greet() { return "sub>" + super.greet(); } };
console.log(sub.greet());
