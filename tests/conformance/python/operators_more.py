# More special methods: unary -, +, abs, ~, __matmul__, __pow__ with a
# reflected form, __truediv__/__floordiv__/__mod__, __bool__ and __len__
# truthiness, __contains__, __index__ in slicing and hex(), __round__.


class V:
    def __init__(self, *xs):
        self.xs = xs

    def __repr__(self):
        return "V" + repr(self.xs)

    def __neg__(self):
        return V(*[-x for x in self.xs])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5

    def __invert__(self):
        return V(*reversed(self.xs))

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __pow__(self, n):
        return V(*[x ** n for x in self.xs])

    def __rpow__(self, base):
        return V(*[base ** x for x in self.xs])

    def __truediv__(self, k):
        return V(*[x / k for x in self.xs])

    def __floordiv__(self, k):
        return V(*[x // k for x in self.xs])

    def __mod__(self, k):
        return V(*[x % k for x in self.xs])

    def __len__(self):
        return len(self.xs)

    def __contains__(self, x):
        return x in self.xs

    def __round__(self, n=0):
        return V(*[round(x, n) for x in self.xs])


v = V(3, 4)
print(-v, +v is v, abs(v), ~v, v @ V(1, 2), v ** 2, 2 ** v)
print(v / 2, v // 2, v % 3, len(v), 4 in v, 5 in v, bool(V()), bool(v))
print(round(V(1.26, 2.5), 1), round(V(0.5, 1.5)))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


print([10, 20, 30][Idx(2)], hex(Idx(255)), bin(Idx(5)))


class Truthy:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(Truthy()), "yes" if Truthy() else "no", not Truthy(), len(Truthy()))
try:
    -object()
except TypeError as e:
    print("TypeError", e)
try:
    V() @ 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
for bad in ("3", 2.5, None):
    try:
        range(bad)
    except TypeError as e:
        print("TypeError", e)
