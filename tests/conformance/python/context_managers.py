class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as a:
    print("inside", a)
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after quiet")
try:
    with Resource("loud"):
        raise KeyError("k")
except KeyError as exc:
    print("caught", repr(exc))
with (
    Resource("p1") as p1,
    Resource("p2") as p2,
):
    print("parenthesized", p1, p2)


def run():
    with Resource("in function"):
        return "returned"


print(run())
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)
