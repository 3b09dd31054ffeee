a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, {1, 2} < a, a.isdisjoint({9}), 3 in a)
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a), len(a))
try:
    a.remove(42)
except KeyError as exc:
    print("KeyError:", exc)
c = set(range(5))
c.update([7, 8])
c -= {0}
c |= {100}
print(sorted(c), sorted(c.union([1000])), sorted(c.intersection(range(3))))
frozen = frozenset([3, 1, 2])
print(sorted(frozen), frozen == {1, 2, 3}, len({frozen, frozenset([1, 2, 3])}))
print(sorted({x % 3 for x in range(10)}), set() == set(), type({}).__name__)
seen = set()
dupes = []
for n in [1, 5, 2, 5, 1, 9]:
    if n in seen:
        dupes.append(n)
    seen.add(n)
print(dupes, sorted(seen))
words = ["b", "a", "c", "a"]
print(sorted(set(words)), len(set(words)))
