# Numeric dunders: forward, reflected, in-place, unary, NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __bool__(self):
        return bool(self.x or self.y)


a = Vec(3, 4)
b = Vec(1, 2)
print(a + b, a - b, a * 2, 3 * a)
print(a / 2, a // 2, a % 2, a ** 2)
print(-a, +a, abs(a))
print(bool(Vec(0, 0)), bool(a))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    "s" * a
except TypeError as exc:
    print("TypeError:", exc)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        other = other.cents if isinstance(other, Money) else other
        return Money(self.cents + other)

    def __radd__(self, other):
        print("radd with", other)
        return self + other

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


print(Money(150) + Money(275))
print(10 + Money(5))
print(sum([Money(100), Money(250), Money(1)], Money(0)))
print(sum([Money(100), Money(250)]))


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __invert__(self):
        return Bits(~self.v & 0xFF)

    def __repr__(self):
        return f"Bits({self.v:08b})"


x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 1, ~x)
