# LEGB, global, nonlocal, closures in loops; exceptions with causes,
# finally, else; with; star unpacking; keyword-only arguments.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        nonlocal x
        x = "changed"
        return x

    inner()
    return x


def set_global():
    global x
    x = "set"


print(outer(), x)
set_global()
print(x)
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])


class Scope:
    a = 1
    b = [a * 2 for _ in range(2)] if False else [1]

    def method(self):
        return a if "a" in globals() else "class names are not visible"


print(Scope().method(), Scope.b)


def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError as exc:
        raise RuntimeError("wrapped") from exc
    else:
        print("no error for", n)
    finally:
        print("finally", n)


print(risky(5))
try:
    risky(0)
except RuntimeError as exc:
    print(type(exc).__name__, exc, "cause:", repr(exc.__cause__))


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return True


with Ctx() as c:
    raise KeyError("swallowed")
print("after with")
first, *middle, last = range(6)
print(first, middle, last)


def kw(a, *, b, c=3, **rest):
    return a, b, c, rest


print(kw(1, b=2), kw(1, b=2, c=4, d=5))
try:
    kw(1)
except TypeError as exc:
    print("TypeError:", exc)
if (n := len("walrus")) > 3:
    print("walrus", n)
assert n == 6
try:
    assert n == 7, "n is not 7"
except AssertionError as exc:
    print("AssertionError:", exc)
