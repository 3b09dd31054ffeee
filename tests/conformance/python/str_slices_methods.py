# String slices (Language Reference §6.3.3 slicings; CPython
# PySlice_AdjustIndices) and string methods called in loops (a call site
# that sees strings, then other receivers).
s = "hello, world"
cases = [(0, 5), (7, None), (None, 5), (-5, None), (-100, 100), (5, 2),
         (3, 3), (None, None), (12, 20), (-1, -3)]
print([s[a:b] for a, b in cases])
print(s[::2], s[::-1], s[1:8:3], s[8:1:-2], s[-2:-9:-1], repr(s[5:1]))
print("naïve café"[1:6], "naïve café"[::-1])
text = 'x "alpha" y "beta" z ""'
i = 0
words = []
while True:
    j = text.find('"', i)
    if j < 0:
        break
    k = text.find('"', j + 1)
    words.append(text[j + 1:k])
    i = k + 1
print(words)


class Finder:
    def find(self, sub, start=0):
        return 42


out = []
for recv in ["abc", "cab", Finder(), "bca", "xyz"]:
    out.append(recv.find("a"))
print(out)
print([w.upper().startswith("A") for w in ("ab", "ba", "Ax")])
try:
    "abc".nosuchmethod()
except AttributeError as e:
    print("AttributeError:", e)
