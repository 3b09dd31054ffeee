a = [5, 3, 8, 1]
a.append(9)
a.extend([2, 7])
a.insert(0, 6)
print(a, len(a), a.index(8), a.count(3))
a.sort()
print(a, a[::-1], a[1:-1], a[-3:])
a.reverse()
print(a, a.pop(), a.pop(0), a)
a.remove(3)
print(a, sorted(a, reverse=True), min(a), max(a), sum(a))
b = a
c = a[:]
b.append(100)
print(a is b, a is c, c)
a[1:3] = ["x", "y", "z"]
print(a)
del a[0], a[-1]
print(a)
print([0] * 3, [[0] * 2 for _ in range(2)], [1, 2] + [3])
t = (1, "two", 3.0)
print(t, t[1], len(t), t + (4,), t * 2, (5,), ())
x, y, z = t
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
p, q = q, p
print(p, q)
for i, (letter, number) in enumerate(zip("abc", [1, 2, 3])):
    print(i, letter, number)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), list(reversed(t)))
matrix = [[1, 2], [3, 4]]
matrix[0][1] = 20
print(matrix, [row[:] for row in matrix], 20 in matrix[0])
stack, queue = [], [1, 2, 3]
stack.append(queue.pop(0))
print(stack, queue, [1, 2, 3] < [1, 3], (1, 2) == (1, 2))
