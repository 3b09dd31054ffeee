class InsufficientFunds(Exception):
    pass


class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.interest_rate), 2)

    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"


class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("withdrawal limit reached")
        return super().withdraw(amount)


alice = Account("alice", 100)
bob = Savings("bob")
alice.deposit(50).withdraw(30)
bob.deposit(1000)
for amount in (10, 20, 30):
    try:
        bob.withdraw(amount)
    except InsufficientFunds as exc:
        print("refused:", exc)
try:
    alice.withdraw(10_000)
except InsufficientFunds as exc:
    print("refused:", exc)
try:
    alice.deposit(-5)
except ValueError as exc:
    print("ValueError:", exc)
for acct in (alice, bob):
    acct.add_interest()
    print(acct, acct.balance, acct.history)
print(sorted([alice, bob], key=lambda a: a.balance, reverse=True))
print(Account._next_id, Savings.interest_rate, alice.interest_rate)
