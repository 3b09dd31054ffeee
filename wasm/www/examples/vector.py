# A Python class with a property, and a descriptor written by hand:
# both live on the class and run when an instance is read.
import math

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    @property
    def magnitude(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)


class Doubled:
    """A data descriptor: __get__ and __set__ on the class win over
    the instance's own __dict__."""
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return getattr(instance, self.name) * 2

    def __set__(self, instance, value):
        setattr(instance, self.name, value)


class Scaled(Vector):
    factor = Doubled()


vec = Vector(3, 4)
print(vec.magnitude)        # 5.0
print(-vec)                 # Vector(-3, -4)
s = Scaled(1, 2)
s.factor = 10
print(s.factor)             # 20: Doubled.__get__ ran
print(s.__dict__)
print([c.__name__ for c in Scaled.__mro__])
