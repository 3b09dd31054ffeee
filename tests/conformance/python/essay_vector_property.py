# The essay's Vector: a property computed from the instance dict.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def magnitude(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, v.magnitude, vars(v))
print(type(Vector.__dict__["magnitude"]).__name__, "magnitude" in vars(v))
try:
    v.magnitude = 10
except AttributeError as exc:
    print("AttributeError:", exc)
w = v + Vector(1, 1)
print(w, round(w.magnitude, 3))
print(Vector.magnitude.fget(v))
