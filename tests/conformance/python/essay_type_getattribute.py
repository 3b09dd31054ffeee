# type.__getattribute__ versus object.__getattribute__ on a class.
class Meta(type):
    bar = "from the metaclass"

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class Foo(metaclass=Meta):
    bar = "from the class"

    def __init__(self, x):
        self.x = x


print(type.__getattribute__(Foo, "bar"))
print(Meta.__dict__["bar"], Foo.bar)
try:
    object.__getattribute__(Foo, "bar")
except AttributeError as exc:
    print("AttributeError")
else:
    print("object.__getattribute__ found it too")
f = Foo(1)
print(f.x, type(f).__name__, type(Foo).__name__, type(type) is type)
g = type.__call__(Foo, 2)
print(g.x, isinstance(g, Foo))


class Plain:
    def __getattr__(self, name):
        return f"<missing {name}>"


p = Plain()
p.real = 1
print(p.real, p.anything, getattr(p, "other"))


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print([k.__name__ for k in D.__mro__])
try:
    class E(A, B):
        pass
except TypeError as exc:
    print("TypeError:", exc)
