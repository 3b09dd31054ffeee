# Iteration builtins: iter(callable, sentinel), next with a default,
# reversed() through __reversed__ and through __len__/__getitem__,
# enumerate with a start, zip of unequal lengths, map over several
# iterables, filter(None), any/all short-circuiting, sum with a start.
import functools

counter = iter([5, 4, 3, 0, 9])
print(list(iter(functools.partial(next, counter), 0)))
it = iter([1])
print(next(it), next(it, "default"), next(iter(()), None))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))

    def __iter__(self):
        return iter(range(self.n, 0, -1))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]


print(list(Countdown(3)), list(reversed(Countdown(3))), list(reversed(Seq())), list(Seq()))
print(list(enumerate("xyz", 1)), list(zip("ab", [1, 2, 3], (True, False))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x", [], [0]])))
seen = []


def probe(v):
    seen.append(v)
    return v


print(any(probe(v) for v in [0, 0, 3, 4]), all(probe(v) for v in [1, 0, 5]), seen)
print(sum([[1], [2, 3]], []), sum(range(5), 10), sum(x * x for x in range(4)))
print(list(zip()), list(zip([1, 2])), dict(enumerate("ab")), sorted(set("banana")))
squares = (x * x for x in range(4))
print(next(squares), list(squares), list(squares))
print(list(range(10, 0, -3)), len(range(0, 100, 7)), range(5)[-1], 3 in range(0, 10, 3))
