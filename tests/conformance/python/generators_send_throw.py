# Generator protocol details: send() values, throw() into a suspended
# generator, close() running finally, return values in StopIteration and
# yield from passing send/throw through.


def averager():
    total = 0
    n = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("averager caught", e)
            continue
        if x is None:
            return (n, avg)
        total += x
        n += 1
        avg = total / n


g = averager()
print(next(g))
print(g.send(10), g.send(20))
print(g.throw(ValueError("bad")))
print(g.send(30))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)


def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "done"


d = delegator()
next(d)
print(d.send(4), d.send(8))
print(d.throw(ValueError("through")))
print(d.send(None))


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


h = guarded()
print(next(h))
h.close()
print(list(h))


def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1


k = counter()
print(next(k), next(k), next(k), k.send("reset"), next(k))
try:
    k.throw(KeyError("x"))
except KeyError as e:
    print("KeyError", e)
print(next(k, "exhausted"))
