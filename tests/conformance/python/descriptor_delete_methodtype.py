# Data descriptors with __delete__, __set_name__ naming the attribute, and
# types.MethodType binding a function to one instance.
import types


class Logged:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class Account:
    owner = Logged()
    balance = Logged()

    def __init__(self, owner):
        self.owner = owner


a = Account("ann")
a.balance = 10
print(a.owner, a.balance, vars(a))
del a.balance
print(a.balance, vars(a))
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)
print(type(Account.__dict__["owner"]).__name__, isinstance(Account.owner, Logged))


class Readonly:
    def __get__(self, obj, owner=None):
        return 42

    def __delete__(self, obj):
        raise AttributeError("cannot delete")


class Holder:
    answer = Readonly()


h = Holder()
print(h.answer)
try:
    del h.answer
except AttributeError as e:
    print("AttributeError:", e)


def greet(self, greeting="hi"):
    return greeting + " " + self.name


class Person:
    def __init__(self, name):
        self.name = name


p = Person("bo")
p.greet = types.MethodType(greet, p)
print(p.greet(), p.greet("hey"), p.greet.__self__ is p, p.greet.__func__ is greet)
other = Person("cy")
print(hasattr(other, "greet"))
m = types.MethodType(lambda self, n: self.name * n, other)
print(m(3))
