# __init_subclass__ hooks and __set_name__ ordering.
class Shape:
    registry = []

    def __init_subclass__(cls, sides=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sides = sides
        Shape.registry.append(cls.__name__)
        print("registered", cls.__name__, "sides", sides)


class Triangle(Shape, sides=3):
    pass


class Square(Shape, sides=4):
    pass


class Blob(Shape):
    pass


class Tilted(Square):
    pass


print(Shape.registry)
print(Triangle.sides, Square.sides, Blob.sides, Tilted.sides)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Model:
    fields = ()

    def __init_subclass__(cls):
        cls.fields = tuple(
            name for name, value in cls.__dict__.items() if isinstance(value, Field)
        )
        print("init_subclass", cls.__name__, cls.fields)


class User(Model):
    id = Field()
    email = Field()
    note = "not a field"


print(User.fields, Model.fields)
try:
    class Broken(Shape, color="red"):
        pass
except TypeError as exc:
    print("TypeError:", exc)
