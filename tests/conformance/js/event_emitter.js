// Callbacks and an event emitter built from closures and Maps.
class Emitter {
  #handlers = new Map();
  on(event, fn) {
    if (!this.#handlers.has(event)) this.#handlers.set(event, []);
    this.#handlers.get(event).push(fn);
    return () => this.off(event, fn);
  }
  off(event, fn) {
    const list = this.#handlers.get(event) || [];
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
  }
  once(event, fn) {
    const off = this.on(event, (...args) => { off(); fn(...args); });
  }
  emit(event, ...args) {
    const list = [...(this.#handlers.get(event) || [])];
    for (const fn of list) fn.apply(this, args);
    return list.length;
  }
}
const em = new Emitter();
const seen = [];
const unsubscribe = em.on("data", (x) => seen.push("a" + x));
em.on("data", function (x) { seen.push("b" + x + (this === em ? "(this ok)" : "")); });
em.once("data", (x) => seen.push("once" + x));
console.log(em.emit("data", 1), em.emit("data", 2));
unsubscribe();
console.log(em.emit("data", 3), em.emit("nothing"));
console.log(seen.join(" "));
function debounceLike(fn) {
  let pending = [];
  return { call: (v) => pending.push(v), flush: () => { const r = fn(pending); pending = []; return r; } };
}
const d = debounceLike((vals) => vals.reduce((a, b) => a + b, 0));
d.call(1); d.call(2); d.call(3);
console.log(d.flush(), d.flush());
const pipeline = [(x) => x + 1, (x) => x * 3, String, (s) => s.padStart(4, "0")];
console.log(pipeline.reduce((acc, f) => f(acc), 4));
