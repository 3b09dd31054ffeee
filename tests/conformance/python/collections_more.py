# collections beyond the basics: Counter arithmetic and most_common,
# OrderedDict.move_to_end, deque rotation and maxlen, defaultdict
# factories, namedtuple helpers.
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4])
c.update("aaz")
print(c["a"], c["z"], sum(c.values()))
d = Counter(a=3, b=1)
e = Counter(a=1, b=2)
print(sorted((d + e).items()), sorted((d - e).items()))

od = OrderedDict()
for k in "abc":
    od[k] = ord(k)
od.move_to_end("a")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), list(od))

q = deque([1, 2, 3, 4], maxlen=4)
q.append(5)
print(list(q), q.maxlen)
q.appendleft(0)
print(list(q))
q.rotate(1)
print(list(q))
q.rotate(-2)
print(list(q), q.popleft(), q.pop(), len(q))

groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(sorted(groups.items()))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], "q" in counts)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._replace(y=5), p._asdict(), Point._fields)
x, y = p
print(x, y, p == Point(1, 2), p[0])
print(sorted((d | e).items()), sorted((d & e).items()), Counter("ab") + Counter("bc"))
