# Polymorphic and megamorphic attribute and method call sites: one site
# seeing instances of many classes, different layouts of the same class,
# and the same name found at different places.


class Shape:
    def area(self):
        return 0

    def name(self):
        return type(self).__name__


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Dot(Shape):
    pass


class Tagged(Square):
    kind = "tagged"

    def __init__(self, s, tag):
        super().__init__(s)
        self.tag = tag


class Wide(Rect):
    def area(self):
        return 2 * super().area()


shapes = [Square(2), Rect(2, 3), Circle(1), Dot(), Tagged(3, "t"), Wide(1, 2)]
total = 0
names = []
for _ in range(5):
    for s in shapes:
        total += s.area()
        names.append(s.name())
print(total, names[:6])

# One class, different instance layouts (attributes added in other orders).


class P:
    pass


ps = []
for i in range(6):
    p = P()
    if i % 2:
        p.x = i
        p.y = -i
    else:
        p.y = -i
        p.x = i
    if i % 3 == 0:
        p.z = i * 10
    ps.append(p)
print([(p.x, p.y, getattr(p, "z", None)) for p in ps])
print([sorted(vars(p)) for p in ps[:3]])

# The same name as an own attribute, a method, a class attribute, a property.


class A:
    def v(self):
        return "method"


class B:
    v = "class attribute"


class C:
    @property
    def v(self):
        return "property"


class D:
    def __init__(self):
        self.v = "own"


out = []
for _ in range(3):
    for o in (A(), B(), C(), D()):
        x = o.v
        out.append(x() if callable(x) else x)
print(out)

# Bound methods kept and compared.
a = A()
m1 = a.v
m2 = a.v
print(m1 == m2, m1 is m2, m1(), type(m1).__name__)

# Functions stored as instance attributes are not bound.


class Holder:
    def __init__(self, f):
        self.f = f


h = Holder(lambda *args: len(args))
print([h.f() for _ in range(3)])
