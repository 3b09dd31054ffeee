# functools: reduce with an initial value, partial with keywords and
# nesting, wraps copying metadata, total_ordering filling comparisons,
# lru_cache memoising, cmp_to_key sorting.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
print(functools.reduce(lambda acc, s: acc + s.upper(), "abc", ">"))


def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), functools.partial(square, 3)(), square.keywords, cube_mod.func is power)


def logged(f):
    @functools.wraps(f)
    def inner(*args, **kw):
        print("call", f.__name__, args)
        return f(*args, **kw)
    return inner


@logged
def add(a, b):
    "Add two things."
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), Version(1, 0) <= Version(1, 0), Version(2) >= Version(1, 9), Version(1) > Version(1))

calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls), fib(30), len(calls))


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
