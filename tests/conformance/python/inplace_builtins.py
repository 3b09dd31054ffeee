# In-place operators of the builtin containers: list.__iadd__, the set's
# |= &= -= ^= (the same object afterwards), and the message of an
# augmented assignment that has no operator at all.

l = [1, 2]
alias = l
r = l.__iadd__((3, 4))
print(r is l, l, alias is l)
l += range(2)
l += "ab"
l += (x * x for x in range(3))
print(l, alias is l)
print(list.__iadd__ is not None, hasattr([], "__iadd__"))
try:
    l += 5
except TypeError as e:
    print("TypeError:", e)

s = {1, 2, 3}
t = s
s |= {4}
print(s is t, sorted(s))
s &= {1, 2, 4, 9}
print(s is t, sorted(s))
s -= {2}
print(s is t, sorted(s))
s ^= {1, 7}
print(s is t, sorted(s))
s |= frozenset({5})
print(s is t, sorted(s))
s ^= s
print(s is t, s)
u = {1, 2}
u -= u
print(u)
for op in ("|=", "&=", "-=", "^="):
    v = {1}
    try:
        if op == "|=":
            v |= [2]
        elif op == "&=":
            v &= [2]
        elif op == "-=":
            v -= [2]
        else:
            v ^= [2]
    except TypeError as e:
        print(op, "TypeError:", e)

f = frozenset({1})
g = f
f |= {2}
print(f is g, sorted(f), sorted(g), type(f).__name__)
print(hasattr(set, "__ior__"), hasattr(set, "__iand__"), hasattr(set, "__isub__"), hasattr(set, "__ixor__"))


class MySet(set):
    pass


m = MySet({1})
m2 = m
m |= {2}
print(m is m2, type(m).__name__, sorted(m))

# The fallback to the binary operator names the augmented operator.
def add_str():
    x = 1
    x += "a"


def sub_none():
    x = None
    x -= 1


def mul_seq():
    x = [1]
    x *= "a"


def floordiv_str():
    x = "a"
    x //= 2


def pow_str():
    x = 2
    x **= "a"


def tuple_list():
    x = (1,)
    x += [2]


def shift_float():
    x = 1.5
    x <<= 1


for f in (add_str, sub_none, mul_seq, floordiv_str, pow_str, tuple_list, shift_float):
    try:
        f()
    except TypeError as e:
        print(f.__name__, "->", e)


class Half:
    def __add__(self, other):
        return NotImplemented

    def __iadd__(self, other):
        return NotImplemented


h = Half()
try:
    h += 1
except TypeError as e:
    print("TypeError:", e)
try:
    h + 1
except TypeError as e:
    print("TypeError:", e)
n = 5
n += 2
n -= 1
n *= 3
print(n)
