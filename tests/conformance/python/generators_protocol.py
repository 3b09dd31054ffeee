# Generators: send, throw, close, StopIteration.value, yield from.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise


g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()


def counter(n):
    for i in range(n):
        yield i
    return "done"


def outer():
    result = yield from counter(3)
    yield result


print(list(outer()))
c = counter(1)
print(next(c))
try:
    next(c)
except StopIteration as stop:
    print("StopIteration.value =", stop.value)


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            yield f"caught {exc}"


k = catcher()
print(next(k), k.throw(ValueError("boom")), next(k))
squares = (x * x for x in range(5) if x % 2 == 0)
print(sum(squares), list(squares))
print(list(zip("abc", range(3))), list(enumerate("xy", 1)), list(map(str, [1, 2])))
