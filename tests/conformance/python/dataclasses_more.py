# dataclasses: defaults and default_factory, generated __init__/__repr__/
# __eq__, order=True comparisons, frozen instances, field(repr=False),
# inheritance of fields, and __post_init__.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

    def total(self, n):
        return self.price * n


a = Item("pen", 1.5)
b = Item("pen", 1.5)
a.tags.append("office")
print(a, a == b, a.total(4), b.tags, Item("x").tags is Item("y").tags)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1)]), Version(1, 2) > Version(1, 1))


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__)
print(p, p == Point(1, 2))


@dataclass
class Secret:
    user: str
    password: str = field(default="", repr=False)


print(Secret("ann", "hunter2"))


@dataclass
class Base:
    id: int


@dataclass
class Child(Base):
    label: str = "none"

    def __post_init__(self):
        self.label = self.label.upper()


c = Child(7, "kid")
print(c, c.id, Child(8))
