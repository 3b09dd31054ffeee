// An everyday program: accounts, transactions and a report.
class InsufficientFunds extends Error {
  constructor(needed) {
    super(`insufficient funds: need ${needed.toFixed(2)} more`);
    this.name = "InsufficientFunds";
  }
}
class Account {
  static #nextId = 1;
  #balance = 0;
  #history = [];
  constructor(owner, opening = 0) {
    this.id = Account.#nextId++;
    this.owner = owner;
    if (opening) this.deposit(opening, "opening");
  }
  get balance() { return this.#balance; }
  deposit(amount, note = "deposit") {
    if (amount <= 0) throw new RangeError("amount must be positive");
    this.#balance += amount;
    this.#history.push({ type: "in", amount, note });
    return this;
  }
  withdraw(amount, note = "withdrawal") {
    if (amount > this.#balance) throw new InsufficientFunds(amount - this.#balance);
    this.#balance -= amount;
    this.#history.push({ type: "out", amount, note });
    return this;
  }
  transfer(to, amount) {
    this.withdraw(amount, `to #${to.id}`);
    to.deposit(amount, `from #${this.id}`);
  }
  *statement() { yield* this.#history; }
}
class Savings extends Account {
  constructor(owner, opening, rate) { super(owner, opening); this.rate = rate; }
  addInterest() { return this.deposit(Math.round(this.balance * this.rate * 100) / 100, "interest"); }
}
const alice = new Account("Alice", 100);
const bob = new Savings("Bob", 250, 0.05);
alice.deposit(50).withdraw(30, "groceries");
alice.transfer(bob, 70);
bob.addInterest();
for (const [label, fn] of [["overdraw", () => alice.withdraw(1000)], ["negative", () => bob.deposit(-5)]]) {
  try {
    fn();
  } catch (e) {
    console.log(label, "->", e.name + ": " + e.message);
  }
}
for (const acct of [alice, bob]) {
  console.log(`#${acct.id} ${acct.owner} (${acct.constructor.name}): ${acct.balance.toFixed(2)}`);
  for (const { type, amount, note } of acct.statement()) {
    console.log(`  ${type === "in" ? "+" : "-"}${amount.toFixed(2).padStart(8)}  ${note}`);
  }
}
const total = [alice, bob].reduce((s, a) => s + a.balance, 0);
console.log("total", total.toFixed(2));
