# Functions on classes become bound methods when looked up on instances.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, who):
        return f"{self.greeting}, {who}!"


g = Greeter("Hello")
method = g.greet
print(method("world"))
print(method.__self__ is g, method.__func__ is Greeter.greet)
print(Greeter.greet(g, "explicit"))
h = Greeter("Hi")
print(Greeter.greet(h, "unbound call"))
methods = [Greeter(w).greet for w in ("Hey", "Yo", "Howdy")]
print([m("you") for m in methods])
print(g.greet == g.greet, g.greet is g.greet)


def standalone(self):
    return "standalone sees " + self.greeting


Greeter.extra = standalone
print(g.extra())
g.attached = standalone
try:
    g.attached()
except TypeError as exc:
    print("TypeError:", exc)
print(g.attached(g))


class Callback:
    def __init__(self):
        self.calls = []

    def record(self, value):
        self.calls.append(value)
        return len(self.calls)


cb = Callback()
handler = cb.record
for v in range(3):
    print(handler(v * 10))
print(cb.calls)
print(type(handler).__name__, type(Callback.record).__name__)
