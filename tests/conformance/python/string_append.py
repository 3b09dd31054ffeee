# Appending with += and + : every string made along the way keeps its
# value, whichever string is appended to next.
a = "x" * 70 + "y"
b = a + "1"
c = a + "2"
d = b + b
print(len(a), len(b), len(c), len(d))
print(a[-3:], b[-3:], c[-3:], d[69:74])
s = ""
parts = []
for i in range(1, 2001):
    s += str(i % 10)
    if i % 500 == 0:
        parts.append(s)
for p in parts:
    print(len(p), p[-12:])
copy = s
s += "tail"
print(len(copy), len(s), copy[-3:], s[-6:], copy is s)
print({copy: 1}.get(parts[3]), hash(copy) == hash(parts[3]))
u = "é" * 40
v = u + "ü"
w = u + "x"
print(len(v), len(w), v[-2:], w[-2:])
