import math


class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
print(sum(s.area() for s in shapes) > 13, max(shapes).describe())
print(round(math.sqrt(2), 6), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18))
