# Cooperative super(): keyword threading through a diamond, explicit super(C, self).
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__ leftover", sorted(kwargs))
        self.trace = ["Base"]


class Named(Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trace.append("Named")


class Aged(Base):
    def __init__(self, age, **kwargs):
        super().__init__(**kwargs)
        self.age = age
        self.trace.append("Aged")


class Person(Named, Aged):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("Person")


p = Person(name="Ada", age=36, extra=1)
print(p.name, p.age, p.trace)


class Shape:
    def describe(self):
        return "shape"

    @classmethod
    def create(cls):
        return f"created {cls.__name__}"


class Square(Shape):
    def describe(self):
        return "square < " + super().describe()

    @classmethod
    def create(cls):
        return super().create() + " via Square"


class Cube(Square):
    def describe(self):
        return "cube < " + super(Square, self).describe()


print(Square().describe(), Cube().describe())
print(Square.create(), Cube.create())
s = super(Cube, Cube())
print(s.describe())


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 2)


d = Logged()
d["a"] = 1
d["b"] = 5
print(d, d["b"])
