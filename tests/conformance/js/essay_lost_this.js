// `this` is decided by the call, not by where the function lives.
"use strict";
const counter = {
  count: 0,
  increment() { this.count += 1; return this.count; },
};
console.log(counter.increment(), counter.increment());
const pulled = counter.increment;
try {
  pulled();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
const bound = counter.increment.bind(counter);
console.log(bound(), counter.count);
console.log(pulled.call({ count: 41 }), pulled.apply({ count: 99 }, []));
// Arrow functions take `this` from where they are written.
const timer = {
  ticks: 0,
  start() {
    const tick = () => { this.ticks += 1; return this.ticks; };
    return [tick(), tick(), tick()];
  },
};
console.log(timer.start(), timer.ticks);
// A method passed as a callback loses its receiver unless bound.
class Greeter {
  constructor(name) { this.name = name; }
  greet() { return "hi " + (this ? this.name : "nobody"); }
}
const g = new Greeter("Ada");
console.log(["x"].map(g.greet.bind(g)), ["y"].map((s) => g.greet()));
try {
  ["z"].map(g.greet);
} catch (e) {
  console.log(e.constructor.name);
}
