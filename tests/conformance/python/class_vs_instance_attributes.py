# Class attributes are shared; instance attributes shadow them.
class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def add_tag(self, tag):
        self.tags.append(tag)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.add_tag("shared")
print(b.tags, Counter.tags is a.tags)
b.tags = ["own"]
print(a.tags, b.tags, Counter.tags)
print(sorted(vars(a)), sorted(vars(b)))
print("count" in Counter.__dict__, "name" in Counter.__dict__)
Counter.kind = "late"
print(a.kind, b.kind)
print(getattr(a, "missing", "default"), hasattr(b, "name"))
setattr(a, "color", "red")
print(a.color, a.__dict__["color"])


class Base:
    x = "base"


class Child(Base):
    pass


c = Child()
print(c.x, Child.x)
Base.x = "changed"
print(c.x)
Child.x = "child"
print(c.x, Base.x)
c.x = "instance"
print(c.x, Child.x, Base.x)
