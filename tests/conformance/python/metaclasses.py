# Metaclasses: __new__, __init__, __call__, registries, class attributes.
class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        cls.tag = kwargs.get("tag", name.lower())
        mcs.classes[name] = cls
        print("Registry.__new__", name, sorted(k for k in namespace if not k.startswith("__")))
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.initialized = True

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)


class Plugin(metaclass=Registry):
    def __init__(self, value):
        self.value = value

    def run(self):
        return self.value


class Upper(Plugin, tag="UP"):
    def run(self):
        return str(self.value).upper()


p = Upper("hello")
print(p.run(), Upper.tag, Plugin.tag, Upper.initialized)
print(sorted(Registry.classes))
print(type(Upper).__name__, type(p).__name__, isinstance(Upper, Registry))


class Singleton(type):
    def __call__(cls, *args):
        if "_instance" not in cls.__dict__:
            cls._instance = super().__call__(*args)
        return cls._instance


class Settings(metaclass=Singleton):
    def __init__(self, name):
        self.name = name


s1 = Settings("first")
s2 = Settings("second")
print(s1 is s2, s2.name)
Dynamic = type("Dynamic", (object,), {"x": 1, "double": lambda self: self.x * 2})
print(Dynamic.__name__, Dynamic().double(), Dynamic.x)
Sub = Registry("Sub", (Plugin,), {"extra": True})
print(Sub.tag, Sub.extra, Sub(7).run())
