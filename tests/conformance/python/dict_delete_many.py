# Deleting keys: many deletions stay cheap, a deleted key added again goes
# to the end, and every view of the dict agrees (len, iteration, `in`,
# equality, repr, popitem, an LRU built on delete-and-reinsert).
d = {i: i * i for i in range(50000)}
for i in range(0, 50000, 2):
    del d[i]
print(len(d), 0 in d, 1 in d, d.get(2), d.get(3), list(d)[:5])
for i in range(1, 50000, 2):
    del d[i]
print(len(d), d, bool(d))

d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 10
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d == {"b": 2, "c": 3, "a": 10}, d == {"b": 2, "c": 3})

# An LRU cache: move a key to the end by popping and re-inserting it.
cache = {}
hits = misses = 0
for step in range(40000):
    k = (step * 7) % 600
    if k in cache:
        hits += 1
        cache[k] = cache.pop(k)
    else:
        misses += 1
        cache[k] = step
        if len(cache) > 500:
            oldest = next(iter(cache))
            del cache[oldest]
print(hits, misses, len(cache), list(cache)[:3], list(cache)[-3:])

# String keys, attributes of an instance, sets.
words = {("w%d" % i): i for i in range(3000)}
for i in range(0, 3000, 3):
    del words["w%d" % i]
words["w0"] = "back"
print(len(words), list(words)[:4], list(words)[-2:])
s = set(range(10000))
for i in range(0, 10000, 2):
    s.discard(i)
s.add(0)
print(len(s), min(s), max(s), 0 in s, 2 in s, sorted(s)[:4])


class Bag:
    pass


b = Bag()
for i in range(100):
    setattr(b, "f%d" % i, i)
for i in range(0, 100, 2):
    delattr(b, "f%d" % i)
b.f0 = "again"
print(len(vars(b)), list(vars(b))[:3], list(vars(b))[-2:], hasattr(b, "f2"), b.f1)
while d:
    d.popitem()
print(d, len(d))
