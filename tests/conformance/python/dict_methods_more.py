# dict methods: setdefault, pop with default, popitem order, update from
# pairs and keywords, fromkeys, get, merging with | and |=, views, and
# comprehensions.
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 2), d)
print(d.pop("a"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update([("c", 3), ("d", 4)], e=5)
print(d, d.popitem(), d)
print(dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
print(d.get("c"), d.get("q"), d.get("q", "dflt"), "c" in d, len(d))
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5}
print(m, list(m.keys()), list(m.values()), list(m.items())[:2])
squares = {n: n * n for n in range(5) if n % 2 == 0}
print(squares, {v: k for k, v in squares.items()})
inv = {}
for word in ["apple", "avocado", "banana"]:
    inv.setdefault(word[0], []).append(word)
print(inv, sorted(inv, reverse=True))
nested = {"x": {"y": {"z": 1}}}
print(nested["x"]["y"]["z"], nested.get("x", {}).get("q"))
e = dict(a=1, b=2)
del e["a"]
print(e, dict(zip("ab", [1, 2])), dict([("k", "v")]), e == {"b": 2})
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c)
d.clear()
print(d, bool(d))
