# Binary operators: __add__, then the reflected __radd__; NotImplemented;
# rich comparisons and their reflection; __hash__ set to None by __eq__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
try:
    Money(1) + "x"
except TypeError as exc:
    print("TypeError:", exc)
print(Money(1) == Money(1), Money(1) != Money(2), Money(3) > Money(2))
print(sorted([Money(3), Money(1), Money(2)]), max([Money(3), Money(9)]))
print(Money.__hash__ is None)
try:
    hash(Money(1))
except TypeError as exc:
    print("TypeError:", exc)
try:
    1 < "a"
except TypeError as exc:
    print("TypeError:", exc)
print(7 // 2, -7 // 2, 7 % -3, 2 ** -1, 10 / 4, 2 ** 64, divmod(-7, 2))
print(1 < 2 < 3, 1 < 3 < 2, (lambda: 5)() if 0 else "no")
