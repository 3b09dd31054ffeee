for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("no break")
count = 3
while count:
    count -= 1
else:
    print("while finished normally", count)
for x in []:
    print("never")
else:
    print("empty loop else")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
for value in [0, 1, -1, 10, 100]:
    if value < 0:
        kind = "negative"
    elif value == 0:
        kind = "zero"
    elif value < 10:
        kind = "small"
    elif value < 100:
        kind = "medium"
    else:
        kind = "large"
    print(value, kind)
x = 5
if x > 3 and x < 10 or x == 100: print("in range")
if not x: pass
else: print("truthy")
result = None
for attempt in range(1, 6):
    if attempt ** 2 > 10:
        result = attempt
        break
print("first square > 10:", result)
pairs = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        pairs.append((a, b))
print(pairs)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
