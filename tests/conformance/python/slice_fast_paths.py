# obj[a:b] cuts str, list and tuple directly; everything else must still
# see a slice object, with Python's clamping and errors.
s = "hello world"
print(s[1:4], s[:3], s[6:], s[:], s[-3:], s[:-3], s[-100:100], repr(s[5:2]), repr(s[100:]))
print(s[True:3], s[None:None], s[2:None])
u = "héllo wörld"
print(u[1:4], u[-4:], u[:1], u[7:8])
li = [0, 1, 2, 3, 4, 5]
print(li[1:3], li[:2], li[4:], li[-2:], li[:], li[3:1], li[-100:2])
copy = li[:]
copy.append(6)
print(li, copy, copy is li)
t = (0, 1, 2, 3)
print(t[1:3], t[:], t[2:], t[:0], type(t[1:2]).__name__)
whole = t[:]
print(whole == t)
print(s[1:4:1], li[::2], t[::-1], s[::-1], li[1:5:2])

# A subclass of list keeps its own __getitem__, which sees a slice.
class L(list):
    def __getitem__(self, key):
        print("L.__getitem__", key)
        return list.__getitem__(self, key)

l = L([1, 2, 3, 4])
print(l[1:3], type(l[1:3]).__name__)

class Stored(list):
    def __setitem__(self, key, value):
        print("Stored.__setitem__", key, value)
        list.__setitem__(self, key, value)

st = Stored([1, 2, 3])
st[1:2] = [20, 21]
print(st)



class S(str):
    pass

ss = S("abcdef")
print(ss[1:3], type(ss[1:3]).__name__)

class Sliced:
    def __getitem__(self, key):
        return (type(key).__name__, key.start, key.stop, key.step)

o = Sliced()
print(o[1:2], o[:], o["a":"b"], o[1:], o[:-1], o[1:2:3])

# Bad bounds.
try:
    print(li["a":2])
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[1.5:2])
except TypeError as e:
    print("TypeError:", e)
five, nothing = 5, None
try:
    print(five[1:2])
except TypeError as e:
    print("TypeError:", e)
try:
    print(nothing[1:2])
except TypeError as e:
    print("TypeError:", e)

# Evaluation order: object, then lower, then upper.
def show(x, tag):
    print("eval", tag)
    return x

print(show(li, "obj")[show(1, "lower"):show(3, "upper")])

# Slices in stores and deletes are untouched.
m = [0, 1, 2, 3, 4]
m[1:3] = ["a", "b", "c"]
print(m)
del m[:2]
print(m)
m[1:2] += ["z"]
print(m)
print(repr(slice(1, None)), slice(-1, 2, 3))
