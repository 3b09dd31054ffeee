# with statements: __enter__ return values, __exit__ seeing the exception
# and suppressing it, nested managers in one with, exceptions in
# __enter__, and a generator-free manager class reused.


class Tag:
    depth = 0

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Tag.depth += 1
        print("  " * (Tag.depth - 1) + "<" + self.name + ">")
        return self

    def __exit__(self, kind, value, tb):
        Tag.depth -= 1
        what = kind.__name__ if kind else "ok"
        print("  " * Tag.depth + "</" + self.name + "> " + what)
        return self.swallow


with Tag("a") as a, Tag("b") as b:
    print(a.name, b.name)

with Tag("outer", swallow=True):
    with Tag("inner"):
        raise KeyError("boom")
    print("not reached")
print("after swallow")

try:
    with Tag("x"):
        1 / 0
except ZeroDivisionError as e:
    print("escaped", e)


class Broken:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *exc):
        print("exit never runs")


try:
    with Tag("guard"), Broken():
        print("body")
except RuntimeError as e:
    print("RuntimeError", e)


def early():
    with Tag("ret"):
        return "returned"


print(early())
for i in range(2):
    with Tag("loop" + str(i)):
        if i == 0:
            continue
        print("second pass")
