# A subclass of list with its own __getitem__/__setitem__: an integer index
# must reach the override (not the builtin list's storage).


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v * 10)


l = Logged([1, 2, 3])
print(l[0], l[-1])
l[1] = 5
print(l, len(l), type(l).__name__)
print(l[0:2])
i = 2
print(l[i])
l[i] += 1
print(l)


class Shifted(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i - 1)


s = Shifted("abc")
print(s[1], s[3])
for k in range(1, 4):
    print(k, s[k])


class Plain(list):
    pass


p = Plain([4, 5, 6])
p[0] = 40
print(p[0], p[-1], p[1:], p + [7], p * 2, p == [40, 5, 6], p < [41])
p += [8]
p.append(9)
print(p, type(p).__name__, isinstance(p, list))
print(sorted(Plain([3, 1, 2])), list(reversed(p)), 5 in p)

# Assigning __getitem__ to the class later is seen too.
Plain.__getitem__ = lambda self, i: "patched %r" % (i,)
print(p[0])
del Plain.__getitem__
print(p[0])

# An IndexError still comes from the builtin.
try:
    Logged([])[3]
except IndexError as e:
    print("IndexError:", e)

# list() of a subclass, and a subclass built by its own __init__.
print(list(Logged([7, 8])))


class Stack(list):
    def __init__(self, *items):
        super().__init__(items)

    def __getitem__(self, i):
        return "top" if i == -1 else list.__getitem__(self, i)


st = Stack(1, 2, 3)
print(st[-1], st[0], st)
