// Symbols as keys, well-known symbols, the registry.
const id = Symbol("id");
const other = Symbol("id");
console.log(typeof id, id === other, id.toString(), id.description);
const obj = { [id]: 123, name: "x" };
obj[other] = 456;
console.log(obj[id], obj[other], Object.keys(obj).join(","));
console.log(Object.getOwnPropertySymbols(obj).length, JSON.stringify(obj));
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")));
console.log(Symbol.keyFor(id));
class Money {
  constructor(amount) { this.amount = amount; }
  [Symbol.toPrimitive](hint) {
    if (hint === "number") return this.amount;
    if (hint === "string") return `$${this.amount.toFixed(2)}`;
    return `money:${this.amount}`;
  }
  get [Symbol.toStringTag]() { return "Money"; }
}
const m = new Money(5);
console.log(+m, `${m}`, m + "", m * 2);
console.log(Object.prototype.toString.call(m));
class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even);
const spreadable = { length: 2, 0: "a", 1: "b", [Symbol.isConcatSpreadable]: true };
console.log(["x"].concat(spreadable).join(","));
try {
  id + "";
} catch (e) {
  console.log(e.constructor.name);
}
console.log(String(id), Symbol.iterator.toString());
const tagged = {};
tagged[Symbol.toStringTag] = "Custom";
console.log(String(tagged));
for (const k in obj) console.log("for-in sees", k);
console.log(Reflect.ownKeys(obj).map(String).join(","));
