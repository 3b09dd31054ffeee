# abc.ABC with abstract methods (instantiation refused until overridden),
# the operator module's functions and itemgetter/attrgetter, and the sys
# module basics.
import abc
import operator
import sys


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


try:
    Shape()
except TypeError as e:
    print("TypeError", "abstract" in str(e))
print(Square(3).describe(), isinstance(Square(1), Shape))

print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(4), operator.not_(0))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.getitem({"k": 1}, "k"))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), list(map(operator.itemgetter(0), rows)))


class P:
    def __init__(self, name):
        self.name = name


print([operator.attrgetter("name")(P(n)) for n in "xy"])
print(operator.itemgetter(0, 2)("abc"))
sys.stdout.write("written\n")
print(sys.getrecursionlimit() > 100, type(sys.argv).__name__, len(sys.argv) >= 1)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
