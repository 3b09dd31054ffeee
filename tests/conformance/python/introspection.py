class Animal:
    kingdom = "animalia"

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


d = Dog()
print(type(d).__name__, d.__class__.__name__, Dog.__name__, Dog.__qualname__)
print(isinstance(d, Animal), isinstance(d, (int, Dog)), issubclass(Dog, object))
print(type(type(d)).__name__, type(Dog) is type, type(3) is int)
print(sorted(k for k in vars(Dog) if not k.startswith("__")))
print([c.__name__ for c in Dog.__mro__])
print(callable(d.speak), d.speak.__name__, Animal.speak.__qualname__)
print(getattr(d, "speak")(), getattr(Animal, "kingdom"))
print(hasattr(d, "kingdom"), "kingdom" in vars(d), "kingdom" in dir(d))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(int.__name__, [t.__name__ for t in (bool, float, str, list, dict, tuple, set)])
print(isinstance(True, int), bool.__mro__[1].__name__)


def f(a, b=2, *args, c, **kw):
    "docstring"
    return a


print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
