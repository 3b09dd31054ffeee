# Metaclass hooks: __prepare__ (the namespace the class body runs in),
# __instancecheck__ and __subclasscheck__ (isinstance/issubclass ask the
# metaclass of the second argument), and __call__ on the metaclass.


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = list(ns.order)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, dict(ns))


class Point(metaclass=Ordered):
    x = 0
    y = 0

    def norm(self):
        return abs(self.x) + abs(self.y)

    z = 1


print(Point.fields, type(Point).__name__)


class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Mallard(), Quacker), isinstance(Stone(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(Stone, Quacker))
print(isinstance(Mallard(), (int, Quacker)))
# An exact instance never asks the hook.
q = Quacker()
print(isinstance(q, Quacker))


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.made = getattr(cls, "made", 0) + 1
        print("making", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)


class Thing(metaclass=Counted):
    def __init__(self, a, b=2):
        self.a, self.b = a, b


t = Thing(1, b=3)
u = Thing(4)
print(t.a, t.b, u.a, u.b, Thing.made)
print(type.__call__(Thing, 7).a, Thing.made)
