# Container protocol: len, getitem (with slices), setitem, delitem, contains, iter, reversed.
class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = {}

    def __len__(self):
        return self.width * self.height

    def __getitem__(self, key):
        row, col = key
        if not (0 <= row < self.height and 0 <= col < self.width):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __iter__(self):
        for row in range(self.height):
            yield "".join(self[row, col] for col in range(self.width))


g = Grid(4, 3)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 3] = "#"
print(len(g), g[1, 2], g[0, 1])
print("@" in g, "x" in g)
for line in g:
    print(line)
del g[1, 2]
print(list(g))
try:
    g[5, 5]
except IndexError as exc:
    print("IndexError:", exc)


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n

    def __reversed__(self):
        return iter([self[i] for i in range(self.n - 1, -1, -1)])


s = Seq(6)
print(s[2], s[-1], s[1:5], s[::2], s[::-1])
print(list(s), list(reversed(s)), 16 in s, 17 in s)
x, y, *rest = s
print(x, y, rest)
print(sum(s), max(s), sorted(s, reverse=True)[:3])
