class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as exc:
    print("AttributeError:", exc)
del p.x
try:
    print(p.x)
except AttributeError as exc:
    print("AttributeError:", exc)
print(type(Point.__dict__["x"]).__name__)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, Point3.__slots__)


class Open(Point):
    pass


o = Open(5, 6)
o.anything = "fine"
print(o.anything, sorted(o.__dict__))
