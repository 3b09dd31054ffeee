# "abc".startswith is a bound method; functions are descriptors.
m = "abc".startswith
print(m("a"), m("b"), m.__self__, m.__name__)


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello"):
        return f"{greeting}, {self.name}"


g = Greeter("ada")
bm = g.greet
print(bm(), bm("hi"), bm.__self__ is g, bm.__func__ is Greeter.greet)
print(Greeter.greet(g, "hey"), Greeter.__dict__["greet"](g))
f = Greeter.__dict__["greet"]
print(f.__get__(g, Greeter)("yo"))
print(type(bm).__name__, type(f).__name__)
print(list.__call__ if False else list("ab"), type.__call__(list, "xy"))
