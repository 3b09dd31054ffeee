# The modules omx provides: functools, itertools, collections, operator,
# types, abc, dataclasses, math, sys.
import functools
import itertools
import operator
import sys
from abc import ABC, abstractmethod
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
double = functools.partial(operator.mul, 2)
print(double(21), list(map(double, [1, 2])))


def traced(f):
    @functools.wraps(f)
    def wrapper(*args, **kw):
        return f(*args, **kw)
    return wrapper


@traced
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("ada"), greet.__name__)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) <= Version(2), Version(3) >= Version(2), Version(1) > Version(2))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60))
print(list(itertools.islice(itertools.count(5, 5), 4)), list(itertools.chain([1], (2, 3))))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abcd", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
counts = Counter("mississippi")
print(counts.most_common(2), counts["s"], counts["z"])
dd = defaultdict(list)
for word in ["apple", "avocado", "banana"]:
    dd[word[0]].append(word)
print(dict(dd), dd["c"])
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od.keys()))
q = deque([1, 2, 3], maxlen=3)
q.append(4)
q.appendleft(0)
print(q, q.popleft(), len(q))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, tuple(p), p._replace(x=5), p == Point(1, 2))
x, y = p
print(x, y, p._asdict())


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


a = Item("pen", 1.5)
b = Item("pen", 1.5)
a.tags.append("blue")
print(a, a == b, b.tags)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


print(sorted([Card(3, "h"), Card(1, "s")]), Card(1, "s") < Card(2, "a"))
try:
    Card(1, "s").rank = 5
except AttributeError as exc:
    print("AttributeError:", exc)


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


print(Square(3).area())
try:
    Shape()
except TypeError as exc:
    print("TypeError:", exc)
ns = SimpleNamespace(a=1, b="two")
ns.c = 3
print(ns, ns.a + ns.c)
print(sorted([("b", 2), ("a", 1)], key=operator.itemgetter(1)), operator.attrgetter("a")(ns))
sys.stdout.write("written\n")
print(sys.getrecursionlimit() > 0, isinstance(sys.argv, list))
try:
    import no_such_module_here
except ImportError as exc:
    print("ImportError")
