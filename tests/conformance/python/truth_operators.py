# Truthiness through __bool__ and __len__ in every place a truth value is
# taken: if/while, not, and/or (which return an operand), conditional
# expressions, comprehension filters, assert, any/all, bool().


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v

    def __repr__(self):
        return "B(%r)" % self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __repr__(self):
        return "L(%d)" % self.n


f, t = B(False), B(True)
print(not f, not t, not L(0), not L(2))
print(f and 1, t and 1, f or 2, t or 2, L(0) or "empty", L(3) and "full")
print(1 if f else 2, 1 if t else 2, "yes" if L(0) else "no")
print([x for x in [f, t, L(0), L(1)] if x])
print(any([f, L(0)]), all([t, L(1)]), bool(f), bool(L(4)))
if not f and t:
    print("combined")
n = 0
while L(3 - n):
    n += 1
print("looped", n)
assert t and not f
x = f or t or "never"
print(x, (f and "never") is f, (L(0) or L(0)).n)
