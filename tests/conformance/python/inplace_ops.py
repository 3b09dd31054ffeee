# Augmented assignment: numbers in the VM, everything else by the in-place
# rule (__iop__, then __op__/__rop__), literal right-hand sides included.
class V:
    def __init__(self, x):
        self.x = x
    def __iadd__(self, o):
        print("iadd", o)
        self.x += o
        return self
    def __add__(self, o):
        print("add", o)
        return V(self.x + o)
    def __repr__(self):
        return "V(%r)" % self.x
v = V(1)
w = v
v += 1
print(v, w, v is w)
class NoI:
    def __init__(self, x): self.x = x
    def __add__(self, o): return NoI(self.x + o)
    def __radd__(self, o): return NoI(o + self.x)
    def __repr__(self): return "NoI(%r)" % self.x
n = NoI(1)
m = n
n += 5
print(n, m, n is m)
k = 3
k += NoI(2)
print(k)
class NotImpl:
    def __iadd__(self, o):
        print("iadd NotImplemented")
        return NotImplemented
    def __add__(self, o):
        return "added"
z = NotImpl()
z += 1
print(z)
class MyF(float):
    pass
mf = MyF(1.5)
mf += 1
print(mf, type(mf).__name__)
l = [1]
l2 = l
l += [2]
l += (3,)
l += "ab"
l += range(2)
l += {9: 0}
def g():
    yield 7
l += g()
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = "a"
s += "b"
s *= 2
print(s)
x = 10
x -= 3; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x &= 0xff; x |= 0x100; x ^= 1
print(x)
f = 1.5
f += 1; f /= 2; f -= 0.25; f *= 3
print(f)
big = 2**62
big += 2**62
big *= 4
print(big)
i = 7
i /= 2
print(i)
try:
    q = None
    q += 1
except TypeError:
    print("TypeError")
try:
    q = [1]
    q += 1
except TypeError as e:
    print("TypeError:", e)
try:
    q = 1
    q //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class Obj:
    pass
o = Obj()
o.count = 0
for j in range(5):
    o.count += j
print(o.count)
d = {"a": 1}
d["a"] += 10
d["b"] = [1]
d["b"] += [2]
print(d)
class Bag(list):
    def __iadd__(self, o):
        print("Bag.__iadd__", o)
        self.append(o)
        return self
b = Bag([1])
b2 = b
b += [2]
print(b, type(b).__name__, b is b2)
class Plain(list):
    pass
p = Plain([1])
p += [2]
print(p, type(p).__name__)
# The target is evaluated once.
calls = []
def target():
    calls.append(1)
    return o
target().count += 1
print(o.count, len(calls))
class Counter:
    def __init__(self):
        self.count = 0
    def add(self, x):
        self.count += x
c = Counter()
for i in range(1000):
    c.add(i)
print(c.count)
c.count = V(0)
c.add(5)
print(c.count)
