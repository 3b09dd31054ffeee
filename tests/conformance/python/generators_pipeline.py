def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        name, _, score = line.partition(",")
        yield name.strip(), int(score)


def top(records, n):
    return sorted(records, key=lambda r: (-r[1], r[0]))[:n]


DATA = """# name,score
ada, 90
bob, 72

cy, 90
dee, 85
"""
print(top(parse(read_lines(DATA)), 3))


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def naturals():
    n = 0
    while True:
        yield n
        n += 1


evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)), list(take(3, evens)))


def windowed(seq, size):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


print(list(windowed(range(6), 3)))
gen = naturals()
print(next(gen), next(gen))
gen.close()
print(next(gen, "closed"))


def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")


for v in tracked():
    print("got", v)
    break
print("done")
