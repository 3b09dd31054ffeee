# Scopes: nonlocal counters, global rebinding, closures capturing loop
# variables late, default arguments capturing early, class scope not
# visible to methods, comprehension scope.
count = 0


def bump():
    global count
    count += 1
    return count


def make_counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = make_counter()
inc()
inc(5)
print(bump(), bump(), count, get())

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x


print(outer())


class K:
    attr = 10
    doubled = [attr * 2 for _ in range(2)] if False else None

    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError"


print(K().method(), K.attr)
x = "global x"


def shadow():
    x = "local x"
    return [x for _ in range(1)], (lambda: x)()


print(shadow(), x)
total = sum(v for v in range(5))
print([v * 2 for v in range(3)], total)


def accumulators():
    fs = []
    for k in range(3):
        def f(n, k=k):
            return n + k
        fs.append(f)
    return [f(10) for f in fs]


print(accumulators())
