nums = list(range(10))
print([n * n for n in nums if n % 2 == 0])
print([(x, y) for x in range(3) for y in range(x) if x + y > 1])
print({n: n ** 3 for n in nums[:5]})
print(sorted({n % 4 for n in nums}))
print(sum(n for n in nums if n > 5), max((n % 7, n) for n in nums))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
words = ["apple", "banana", "cherry", "avocado"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w[0]: len(w) for w in words})
print([w.upper() if len(w) > 5 else w for w in words])
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print([y for x in [1, 2, 3] if (y := x * 10) > 10])
print(any(n > 8 for n in nums), all(n >= 0 for n in nums), any([]))
pairs = [(k, v) for k, v in {"a": 1, "b": 2}.items()]
print(pairs, dict(pairs), [*range(3), *"ab"], {**{"x": 1}, "y": 2})
flat = [c for word in ["hi", "yo"] for c in word]
print(flat, [i for i, c in enumerate("hello") if c == "l"])
