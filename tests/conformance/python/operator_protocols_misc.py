class Money:
    def __init__(self, amount):
        self.amount = amount

    def __repr__(self):
        return f"Money({self.amount})"

    def __bool__(self):
        return self.amount != 0

    def __len__(self):
        return 1

    def __int__(self):
        return int(self.amount)

    def __float__(self):
        return float(self.amount)

    def __index__(self):
        return int(self.amount)

    def __round__(self, n=0):
        return Money(round(self.amount, n))

    def __hash__(self):
        return hash(self.amount)

    def __eq__(self, other):
        return isinstance(other, Money) and self.amount == other.amount

    def __contains__(self, x):
        return x == self.amount


m = Money(3.75)
print(bool(m), bool(Money(0)), int(m), float(m), round(m, 1), round(m))
print(["a", "b", "c", "d"][Money(2)], bin(Money(5)), 3.75 in m)
print({Money(1): "one"}[Money(1)], Money(1) == Money(1), Money(1) != Money(2))
if Money(0):
    print("never")
else:
    print("zero money is falsy")


class Seq:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


s = Seq(3, 1, 2)
print(sorted(s), list(s), len(s), s[0], max(s), tuple(s), dict.fromkeys(s))
a, b, c = s
print(a, b, c, [*s, *s], {*s} == {1, 2, 3})
