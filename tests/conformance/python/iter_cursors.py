# The iterators the VM steps itself (range, ASCII str, list): every way a
# program can see them must stay Python's.
it = iter(range(3))
print(next(it), it.__next__(), list(it), list(it))
print(next(it, "done"))
r = range(10, 0, -3)
print(list(r), len(r), list(iter(r)), list(reversed(r)))
for i in range(2, 20, 5):
    print(i, end=" ")
print()
for i in range(5, 0):
    print("never")
for i in range(-3, 3, 2):
    print(i, end=" ")
print()
top = 2**63 - 1
print([top - x for x in range(top - 3, top)])
print([x for x in range(-2**63, -2**63 + 2)])
print(len(range(0, 10**6, 7)), sum(range(0, 10**6, 7)))

# A loop variable reassigned inside the body does not change the iteration.
for i in range(3):
    print(i, end=" ")
    i = 100
print()

# The range is evaluated once; rebinding its name inside the loop is harmless.
n = 3
for i in range(n):
    n = 0
    print(i, end=" ")
print()

s = "hello"
it = iter(s)
print(next(it), next(it), "".join(it), next(it, "end"))
print(iter(it) is it)
for ch in "":
    print("never")
for ch in "héllo wörld":
    print(ch, end="|")
print()
for ch in "ab\x00c":
    print(ord(ch), end=" ")
print()

li = [1, 2, 3]
lit = iter(li)
print(next(lit), lit.__next__(), list(lit))
grow = [1, 2]
for x in grow:
    if x < 5:
        grow.append(x + 2)
print(grow)
shrink = [1, 2, 3, 4]
seen = []
for x in shrink:
    seen.append(x)
    if shrink:
        shrink.pop()
print(seen, shrink)

try:
    it.x = 1
except AttributeError:
    print("AttributeError: no attributes on an iterator")
try:
    iter(range(2))[0]
except TypeError:
    print("TypeError: iterators are not subscriptable")

# Nested loops over the same range object.
r = range(3)
print([(a, b) for a in r for b in r if a != b])

# A user class named like the builtin, and a shadowed builtin.
class MyRange:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([("my", i) for i in builtin_range(self.n)])

builtin_range = range

def local_shadow():
    range = MyRange
    for x in range(2):
        print(x)

local_shadow()
range = MyRange
for x in range(2):
    print(x)
del range
for x in range(2):
    print(x)

# A user iterator and the legacy __getitem__ protocol still work.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

print(list(Countdown(3)))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i

print([x for x in Seq()])

def gen():
    for i in range(3):
        yield i
    for c in "xy":
        yield c

print(list(gen()))
print(list(zip(range(3), "abc", [True, False, None])))
print(list(enumerate("ab", 1)))
