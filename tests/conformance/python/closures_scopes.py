def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
total = 0


def add_to_total(n):
    global total
    total += n
    return total


print(add_to_total(3), add_to_total(4), total)
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x

        return inner()

    x = "rebound"
    return middle()


print(outer())


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))
x = "global"


def shadow():
    x = "local"
    return x


print(shadow(), x)
try:
    def broken():
        print(y)
        y = 1

    broken()
except UnboundLocalError as exc:
    print("UnboundLocalError:", exc)
