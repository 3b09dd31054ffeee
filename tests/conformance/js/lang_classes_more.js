// Classes: private methods and brand checks, static inheritance, accessors,
// extends null and expressions, Error subclasses with cause.
class Account {
  #balance = 0;
  static #count = 0;
  static count() { return Account.#count; }
  constructor(owner) { this.owner = owner; Account.#count++; }
  #log(msg) { return `[${this.owner}] ${msg}`; }
  deposit(n) { this.#balance += n; return this.#log(`+${n} -> ${this.#balance}`); }
  static isAccount(o) { return #balance in o; }
  get balance() { return this.#balance; }
  set balance(v) { throw new Error("read only"); }
}
const acc = new Account("ann");
console.log(acc.deposit(5), acc.deposit(7), acc.balance, Account.count());
console.log(Account.isAccount(acc), Account.isAccount({}), Object.keys(acc), acc);
try { acc.balance = 1; } catch (e) { console.log(e.message); }
class Base {
  static create() { return new this(); }
  static describe() { return "I am " + this.name; }
  whoami() { return "base"; }
}
class Derived extends Base {
  whoami() { return "derived<" + super.whoami() + ">"; }
  static describe() { return super.describe() + "!"; }
}
console.log(Derived.create().whoami(), Derived.describe(), Object.getPrototypeOf(Derived) === Base);
const Anon = class {};
const Named = class Inner { who() { return Inner.name; } };
console.log(Anon.name, Named.name, new Named().who());
function mixin(B) { return class extends B { mixed() { return "mixed into " + B.name; } }; }
class Final extends mixin(Base) {}
console.log(new Final().mixed(), new Final().whoami(), new Final() instanceof Base);
class NullProto extends null {
  constructor() { return Object.create(NullProto.prototype); }
}
const np = new NullProto();
console.log(Object.getPrototypeOf(NullProto.prototype), np instanceof NullProto);
class HttpError extends Error {
  constructor(status, message, options) {
    super(message, options);
    this.name = "HttpError";
    this.status = status;
  }
}
const low = new Error("socket closed");
const err = new HttpError(503, "unavailable", { cause: low });
console.log(err.name, err.message, err.status, err.cause.message, err instanceof HttpError, err instanceof Error);
console.log(String(err), Object.prototype.toString.call(err));
class Temperature {
  static #instances = new Set();
  constructor(c) { this.c = c; Temperature.#instances.add(this); }
  static get count() { return Temperature.#instances.size; }
  valueOf() { return this.c; }
  toString() { return `${this.c}°C`; }
  [Symbol.toPrimitive](hint) { return hint === "string" ? this.toString() : this.c; }
}
const t1 = new Temperature(20), t2 = new Temperature(25);
console.log(t1 < t2, t1 + t2, `${t1}`, Temperature.count);
class Point {
  constructor(x, y) { Object.assign(this, { x, y }); Object.freeze(this); }
  with(changes) { return new Point(changes.x ?? this.x, changes.y ?? this.y); }
}
const p = new Point(1, 2);
console.log(p, p.with({ y: 5 }), Object.isFrozen(p));
