// Object.defineProperty validation (ValidateAndApplyPropertyDescriptor).
function attempt(label, f) {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, e.constructor.name + ":", e.message);
  }
}
const o = {};
Object.defineProperty(o, "fixed", { value: 1 });
attempt("redefine value", () => Object.defineProperty(o, "fixed", { value: 2 }));
attempt("same value", () => Object.defineProperty(o, "fixed", { value: 1 }));
attempt("make writable", () => Object.defineProperty(o, "fixed", { writable: true }));
attempt("make enumerable", () => Object.defineProperty(o, "fixed", { enumerable: true }));
attempt("to accessor", () => Object.defineProperty(o, "fixed", { get() { return 1; } }));
attempt("both kinds", () => Object.defineProperty({}, "x", { value: 1, get() { return 1; } }));
attempt("bad getter", () => Object.defineProperty({}, "x", { get: 42 }));
attempt("not an object", () => Object.defineProperty(1, "x", { value: 1 }));
attempt("descriptor not object", () => Object.defineProperty({}, "x", 5));
const closed = Object.preventExtensions({ here: 1 });
attempt("add to non-extensible", () => Object.defineProperty(closed, "new", { value: 1 }));
attempt("change existing", () => Object.defineProperty(closed, "here", { value: 2 }));
const w = {};
Object.defineProperty(w, "k", { value: 1, writable: true });
attempt("writable non-configurable value change", () => Object.defineProperty(w, "k", { value: 5 }));
attempt("then read-only", () => Object.defineProperty(w, "k", { writable: false }));
attempt("then back", () => Object.defineProperty(w, "k", { writable: true }));
console.log(w.k, Object.getOwnPropertyDescriptor(w, "k"));
// Defaults: absent fields of a new property are false.
const fresh = Object.defineProperty({}, "p", { value: "v" });
console.log(Object.getOwnPropertyDescriptor(fresh, "p"), Object.keys(fresh), JSON.stringify(fresh));
// Configurable properties may change anything.
const flexible = {};
Object.defineProperty(flexible, "f", { value: 1, configurable: true });
Object.defineProperty(flexible, "f", { get() { return "now a getter"; }, enumerable: true });
console.log(flexible.f, Object.getOwnPropertyDescriptor(flexible, "f").configurable);
