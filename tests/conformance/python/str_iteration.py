# Iterating over strings (Language Reference §3.3.7; CPython's
# str_ascii_iterator for ASCII text, the general iterator otherwise).
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(""), list("abc"), list("héllo"), tuple("xyz"))
print([c for c in "a1b2" if c.isdigit()])
for i, c in enumerate("hey"):
    print(i, c, ord(c))
print("".join(reversed("abc")), sorted("banana"), set("aab") == {"a", "b"})
word = "abc"
out = []
for c in word:
    word = "zzz"
    out.append(c)
print(out, word)
nested = [(a, b) for a in "ab" for b in "xy"]
print(nested)
total = 0
for w in ["quick", "brown", "fox"] * 3:
    for ch in w:
        d = ord(ch)
        if 97 <= d <= 122:
            total += d
print(total)
print(max("hello"), min("hello"), "l" in iter("hello"))
