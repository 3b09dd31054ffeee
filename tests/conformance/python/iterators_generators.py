class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


gen = fib()
print([next(gen) for _ in range(10)])


def chained(*iterables):
    for it in iterables:
        yield from it
    return "finished"


print(list(chained([1, 2], "ab", range(3))))


def delegator():
    result = yield from chained([1])
    yield result


print(list(delegator()))


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(list(zip("abc", Countdown(3))), list(enumerate("xy", start=1)))
