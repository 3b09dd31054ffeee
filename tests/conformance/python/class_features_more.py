# Class features: class attributes vs instance attributes, classmethod
# alternative constructors, staticmethod, properties with setter
# validation and deleter, __repr__/__str__ fallbacks, class-level
# counters, __eq__/__hash__ for set membership, __call__.


class Temperature:
    instances = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.instances += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(c):
        return c >= -273.15

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not Temperature.valid(value):
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def __repr__(self):
        return f"Temperature({self._c:.1f})"


t = Temperature.from_fahrenheit(212)
print(t, t.fahrenheit, Temperature.instances, Temperature.valid(-300))
try:
    t.celsius = -500
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(hasattr(t, "_c"), Temperature.instances)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)


wallet = {Money(150), Money(150), Money(99)}
print(len(wallet), any(m == Money(150) for m in wallet), str(Money(1234)), Money(5) == 5, Money(5) != Money(6))


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double = Multiplier(2)
print(double(21), list(map(double, [1, 2])), callable(double), callable(Money(1)))


class Plain:
    pass


p = Plain()
print(str(p).startswith("<__main__.Plain object at"), repr(Plain).startswith("<class '__main__.Plain'"))
p.dynamic = 1
print(vars(p), Plain.__name__, Plain.__qualname__, type(p) is Plain)
