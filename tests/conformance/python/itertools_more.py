# itertools.compress, filterfalse and tee, beside the common ones.
import itertools

print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), itertools.cycle([True, False]))))
print(list(itertools.filterfalse(lambda x: x % 3, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [2]])))
a, b = itertools.tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = itertools.tee((c for c in "xyz"), 3)
print(list(z), list(x), next(y), list(y))
e1, e2 = itertools.tee([])
print(list(e1), list(e2))
print(list(itertools.islice(itertools.count(5, 5), 4)), list(itertools.accumulate([1, 2, 3])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.chain("ab", [1])))
