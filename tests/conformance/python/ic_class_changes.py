# Inline caches of attribute loads and method calls must follow changes to
# the classes after they filled (Language Reference §3.3.2; CPython's type
# version tags drop its specialisations the same way).


class Base:
    def m(self):
        return "Base.m"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, x):
        self.x = x


def read_all(o):
    out = []
    for _ in range(3):
        out.append(o.m())
        out.append(getattr(o, "extra", "no extra"))
    return out


o = Leaf(1)
print(read_all(o))
# An attribute added to a base class after the cache filled.
Base.extra = "extra on Base"
print(read_all(o))
# A method replaced on an intermediate class mid-loop.
results = []
for i in range(6):
    if i == 3:
        Mid.m = lambda self: "Mid.m (new)"
    results.append(o.m())
print(results)
# Deleting it reveals the base's method again.
del Mid.m
print([o.m() for _ in range(3)])
# An instance __dict__ entry shadowing a method.
o.m = lambda: "instance m"
print([o.m() for _ in range(3)])
del o.m
print([o.m() for _ in range(3)])


# A class attribute shadowed by an instance attribute, then removed.
class Counter:
    step = 1

    def __init__(self):
        self.count = 0

    def add(self):
        self.count += self.step


c = Counter()
for i in range(6):
    if i == 2:
        c.step = 10
    if i == 4:
        del c.step
    c.add()
print(c.count)
Counter.step = 100
c.add()
print(c.count)


# A property turned into a plain attribute, and back.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h


r = Rect(2, 3)
areas = []
for i in range(6):
    if i == 2:
        Rect.area = 99
    if i == 4:
        Rect.area = property(lambda self: -self.w)
    areas.append(r.area)
print(areas)
# A plain class attribute becomes a data descriptor: the instance's own
# value no longer wins.
r.label = "own label"
labels = []
for i in range(4):
    if i == 2:
        Rect.label = property(lambda self: "property label")
    labels.append(r.label)
print(labels)
# Writes: a data descriptor with a setter added later takes the writes.
log = []
for i in range(4):
    if i == 2:
        Rect.w = property(lambda self: 7, lambda self, v: log.append(v))
    r.w = i
print(log, r.w)


# __getattr__ and __getattribute__ defined after the caches filled.
class Late:
    def __init__(self):
        self.a = 1

    def f(self):
        return "f"


obj = Late()


def probe(o):
    out = []
    for name in ("a", "missing"):
        try:
            out.append(getattr(o, name))
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    out.append(o.a)
    out.append(o.f())
    return out


print(probe(obj))
Late.__getattr__ = lambda self, name: "getattr(" + name + ")"
print(probe(obj))
Late.__getattribute__ = lambda self, name: "getattribute(" + name + ")"
print([obj.a, obj.f, obj.anything])
del Late.__getattribute__
print(probe(obj))
# __setattr__ defined later intercepts writes that a cache planned.
seen = []
for i in range(4):
    if i == 2:
        Late.__setattr__ = lambda self, name, v: seen.append((name, v))
    obj.a = i
print(obj.a, seen)
