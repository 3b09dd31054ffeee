class DefaultDict(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), isinstance(d, dict))


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack" + super().__repr__()


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), s, len(s), s + [9])


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
print(n.shout(), n.title(), type(n + "x").__name__, n == "ada")


class Even(int):
    def __new__(cls, value):
        return super().__new__(cls, value - value % 2)


print(Even(7), Even(10) + 1, type(Even(3)).__name__)
