# Sorting: key functions, reverse, stability, sort in place vs sorted,
# min/max with key and default, sorting tuples and objects with __lt__.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
names = [p[0] for p in people]
names.sort(key=len)
print(names)
names.sort(reverse=True)
print(names)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min([], default="empty"), max([3, 1, 2]), min("zebra"), max(1, 5, 3), min((2, "b"), (2, "a")))
print(sorted("The quick Brown fox".split(), key=str.lower))
print(sorted([3.5, -1, 2, 0.5]), sorted([True, False, 2]), sorted(["b", "a", "C"]))


class Card:
    order = "23456789TJQKA"

    def __init__(self, face):
        self.face = face

    def __lt__(self, other):
        return self.order.index(self.face) < self.order.index(other.face)

    def __repr__(self):
        return self.face


hand = [Card(f) for f in "KA29T"]
print(sorted(hand), max(hand), min(hand))
hand.sort(reverse=True)
print(hand)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
data = [[3, "c"], [1, "a"], [2, "b"]]
data.sort()
print(data, list(reversed(data)), sorted({"b": 1, "a": 2}))
