# Data descriptors beat the instance dict; non-data descriptors do not.
class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.storage, value)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        print("computed", self.func.__name__)
        return value


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, Point.x.name, Point.y.storage)
print(p.norm2, p.norm2)
try:
    p.x = "three"
except TypeError as exc:
    print("TypeError:", exc)
p.__dict__["x"] = 99
print(p.x, p.__dict__["x"])
print(sorted(p.__dict__))
print(isinstance(Point.__dict__["x"], Typed), type(Point.norm2).__name__)


class Verbose:
    def __get__(self, obj, objtype):
        return f"get via {objtype.__name__} ({'instance' if obj is not None else 'class'})"


class Holder:
    v = Verbose()


class SubHolder(Holder):
    pass


print(Holder.v)
print(Holder().v)
print(SubHolder().v)
