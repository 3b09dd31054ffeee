class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *more):
        return self.n + x + sum(more)

    def __repr__(self):
        return f"Adder(n={self.n!r})"

    def __str__(self):
        return f"adds {self.n}"

    def __format__(self, spec):
        if spec == "verbose":
            return f"<Adder that adds {self.n}>"
        return format(self.n, spec)


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(5))
print(repr(add5), str(add5), [add5], f"{add5}", f"{add5!r}", f"{add5!s}")
print(f"{add5:verbose}", f"{add5:>6}", f"{add5:08.3f}", format(add5, "x"))
print("{0} and {0!r} and {1:^9}".format(add5, "mid"))
print(list(map(Adder(10), [1, 2, 3])))


class Plain:
    pass


print(str(Plain()).startswith("<__main__.Plain object"), repr(Plain) == str(Plain))
