# Rich comparisons, reflection, __eq__ and __hash__.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __hash__(self):
        return hash(self.parts)


versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("2.0") > Version("1.9"), Version("2.0") >= Version("2.0"))
print(Version("1.0") == "1.0")
print(len({Version("1.0"), Version("1.0"), Version("1.1")}))
try:
    Version("1.0") < 3
except AttributeError as exc:
    print("TypeError:", exc)


class Loud:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print(f"  Loud({self.n}).__eq__")
        return isinstance(other, Loud) and self.n == other.n

    __hash__ = None


print(Loud(1) == Loud(1))
print(Loud(1) != Loud(2))
print(Loud(1) in [Loud(0), Loud(1)])
try:
    hash(Loud(1))
except TypeError as exc:
    print("TypeError:", exc)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2)
a = [1, 2]
print(a is a, a is not [1, 2], a == [1, 2])
