# A slice of a range is a range (CPython compute_slice), and str() with an
# encoding argument checks its arguments as CPython does.

r = range(10)
print(r[2:5], r[::2], r[::-1], r[-3:], r[5:2], r[:100], r[-100:3])
print(r[1:8:3], list(r[1:8:3]), r[8:1:-2], list(r[8:1:-2]))
q = range(5, 50, 5)
print(q[1:4], list(q[1:4]), q[::-3], list(q[::-3]), q[3:3])
d = range(20, 0, -3)
print(d[1:], list(d[1:]), d[::2], list(d[::2]), d[::-1], list(d[::-1]))
print(len(r[::3]), r[::3][1], type(r[1:2]).__name__)
print(list(r[2:5]) == [2, 3, 4], sum(r[::2]), 4 in r[::2], 5 in r[::2])
e = range(0)
print(e[1:], e[::-1])
try:
    r[::0]
except ValueError as err:
    print("ValueError:", err)
try:
    r["a":]
except TypeError as err:
    print("TypeError:", err)
print(r[True], r[-1], r[3])
s = slice(1, None, 2)
print(r[s])

for args in [(1, 2, 3), (1, 2), (1, "utf-8"), (1, "utf-8", 3), (1, 2, 3, 4)]:
    try:
        print(str(*args))
    except TypeError as err:
        print("TypeError:", err)
print(str(), str(5), str("x"), repr(str(b"ab", "ascii")))
