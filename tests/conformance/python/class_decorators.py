def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"

    cls.__repr__ = __repr__
    return cls


def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper


def tagged(*tags):
    def decorate(cls):
        cls.tags = tags
        return cls

    return decorate


@tagged("model", "db")
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

    @count_calls
    def greet(self):
        return "hi " + self.name


u = User("ada", admin=True)
print(u, User.tags)
print(u.greet(), u.greet(), User.greet.calls, User.greet.__name__)


@count_calls
def square(x):
    return x * x


print([square(i) for i in range(4)], square.calls)
registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn

    return deco


@register("double")
def double(x):
    return 2 * x


@register("neg")
def neg(x):
    return -x


print(sorted(registry), registry["double"](21), registry["neg"](5))
