// Public and private fields, private methods, static members and blocks.
class Counter {
  count = 0;
  #step = 1;
  static instances = 0;
  static #secret = "s3cr3t";
  label = `counter-${Counter.instances}`;
  constructor(step) {
    if (step !== undefined) this.#step = step;
    Counter.instances++;
  }
  #bump() { this.count += this.#step; }
  tick(n = 1) {
    for (let i = 0; i < n; i++) this.#bump();
    return this;
  }
  get step() { return this.#step; }
  static reveal() { return Counter.#secret.length; }
  static isCounter(o) { return #step in o; }
  static {
    Counter.ready = true;
  }
}
const a = new Counter();
const b = new Counter(5);
a.tick(3);
b.tick().tick(2);
console.log(a.count, b.count, a.step, b.step);
console.log(a.label, b.label, Counter.instances);
console.log(Counter.reveal(), Counter.ready);
console.log(Counter.isCounter(a), Counter.isCounter({}));
console.log(Object.keys(a).join(","));
console.log(JSON.stringify(b));
// Field initialisers run per instance, in order, and see `this`.
class Order {
  a = 1;
  b = this.a + 1;
  c = (() => this.b * 10)();
  ["dyn" + 1] = "computed field";
}
const o = new Order();
console.log(o.a, o.b, o.c, o.dyn1);
// Fields are defined on subclasses after super() returns.
class Base {
  constructor() { this.seen = this.field; }
}
class Derived extends Base {
  field = "derived field";
}
const d = new Derived();
console.log(d.seen, d.field);
// Arrow-function fields capture the instance.
class Button {
  name = "ok";
  onClick = () => "clicked " + this.name;
}
const handler = new Button().onClick;
console.log(handler());
