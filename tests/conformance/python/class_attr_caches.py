# Inline caches of attribute loads and method calls stay right when a
# class, a base along the MRO or the metaclass changes (omx: epochs by
# name; CPython: type version tags).


class Meta(type):
    tag = "meta1"


class A(metaclass=Meta):
    x = 1
    count = 0

    def m(self):
        return "A.m"

    def get(self):
        return self.v


class B(A):
    def __init__(self, v):
        self.v = v
        A.count += 1


b = B(0)


def read(n):
    out = None
    for _ in range(n):
        out = (b.x, b.m(), B.tag, B.x, b.get(), A.count)
    return out


print(read(3))
A.x = 2
print(read(3))
A.m = lambda self: "A.m2"
print(read(3))
B.m = lambda self: "B.m"
print(read(3))
del B.m
print(read(3))
Meta.tag = "meta2"
print(read(3))
B.tag = "own"
print(read(3))
del B.tag
print(read(3))
b.x = "inst"
print(read(3))
del b.x
print(read(3))

# A loop that writes one class attribute while reading others.
total = 0
for i in range(200):
    p = B(i)
    total += p.get() + p.x
    if i == 100:
        A.get = lambda self: -self.v
        A.x = 1000
print(total, A.count)


# A data descriptor defined later on the class wins over the instance.
class C:
    pass


c = C()
c.attr = "instance"
print([c.attr for _ in range(3)])
C.attr = property(lambda self: "property")
print([c.attr for _ in range(3)])
del C.attr
print([c.attr for _ in range(3)])

# __getattr__ defined later answers misses; __getattribute__ answers all.
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
C.__getattr__ = lambda self, name: "getattr " + name
print([c.missing for _ in range(2)], c.attr)
C.__getattribute__ = lambda self, name: "getattribute " + name
print([c.attr for _ in range(2)])
del C.__getattribute__
print([c.attr for _ in range(2)])

# A global defined over a builtin, then deleted.
def lengths():
    return [len("ab") for _ in range(2)]


print(lengths())


def len(s):
    return 42


print(lengths())
del len
print(lengths())
