# The class-level list shared by every instance, and the default-argument
# list evaluated once.
class Bag:
    values = []

    def add(self, v):
        self.values.append(v)


a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.values, b.values, Bag.values, vars(a), vars(b))
a.values = ["own"]
print(a.values, b.values, vars(a))
del a.values
print(a.values)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__ if hasattr(append_to, "__defaults__") else "n/a")
