// Accessors in object literals and classes.
const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get c() { return this._c; },
};
console.log(temp.f, temp.c);
temp.f = 212;
console.log(temp.c, temp.f);
temp.c = 0; // no setter: silently ignored in sloppy mode
console.log(temp.c);
const log = [];
const watched = {
  _v: 1,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
watched.v += 5;
watched.v++;
console.log(watched.v, log.join(" | "));
class Person {
  #first; #last;
  constructor(first, last) { this.#first = first; this.#last = last; }
  get full() { return `${this.#first} ${this.#last}`; }
  set full(s) { [this.#first, this.#last] = s.split(" "); }
  static get species() { return "human"; }
}
const p = new Person("Ada", "Lovelace");
console.log(p.full);
p.full = "Grace Hopper";
console.log(p.full, Person.species);
const desc = Object.getOwnPropertyDescriptor(Person.prototype, "full");
console.log(typeof desc.get, typeof desc.set, desc.enumerable);
// Accessors are inherited; assignment goes through the inherited setter.
const base = { set x(v) { this._x = v * 2; }, get x() { return this._x; } };
const derived = Object.create(base);
derived.x = 4;
console.log(derived.x, derived.hasOwnProperty("_x"), derived.hasOwnProperty("x"));
// Getter-only inherited property blocks assignment.
const ro = Object.create({ get k() { return "fixed"; } });
ro.k = "changed";
console.log(ro.k, Object.keys(ro).length);
// Names that are keywords or contextual words.
const weird = { get get() { return "get"; }, set: 1, static: 2, get of() { return "of"; } };
console.log(weird.get, weird.set, weird.static, weird.of);
