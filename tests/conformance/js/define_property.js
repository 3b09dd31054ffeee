// Property attributes: writable, enumerable, configurable, accessors.
"use strict";
var o = {};
Object.defineProperty(o, "fixed", { value: 1 });
Object.defineProperty(o, "visible", { value: 2, enumerable: true, writable: true, configurable: true });
var hits = 0;
Object.defineProperty(o, "computed", {
  get: function () { hits++; return this.visible * 10; },
  set: function (v) { this.visible = v / 10; },
  enumerable: true,
  configurable: false,
});
console.log(o.fixed, o.visible, o.computed, hits);
o.computed = 50;
console.log(o.visible, o.computed, hits);
console.log(Object.keys(o).join(","));
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.name);
  }
}
attempt("write fixed", function () { o.fixed = 5; });
attempt("delete fixed", function () { delete o.fixed; });
attempt("redefine computed", function () { Object.defineProperty(o, "computed", { value: 1 }); });
attempt("delete visible", function () { delete o.visible; });
console.log("visible" in o);
var frozen = Object.freeze({ a: 1, nested: { b: 2 } });
attempt("write frozen", function () { frozen.a = 2; });
frozen.nested.b = 3;
console.log(frozen.a, frozen.nested.b, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
var sealed = Object.seal({ a: 1 });
sealed.a = 2;
attempt("add to sealed", function () { sealed.b = 1; });
console.log(sealed.a, Object.isSealed(sealed), Object.isExtensible(sealed));
var ne = Object.preventExtensions({ x: 1 });
attempt("extend", function () { ne.y = 2; });
delete ne.x;
console.log(JSON.stringify(ne));
var descs = Object.getOwnPropertyDescriptors({ get g() { return 1; }, v: 2 });
console.log(typeof descs.g.get, descs.g.set, descs.v.value, descs.v.writable);
Object.defineProperties(o, { p1: { value: "a", enumerable: true }, p2: { value: "b" } });
console.log(Object.keys(o).join(","), o.p2);
