# Docstrings: the first statement of a function or class body when it is a
# string literal becomes __doc__; otherwise __doc__ is None.


def documented(x):
    """Return x twice.

    More lines."""
    return x * 2


def plain(x):
    return x


def not_first(x):
    y = x
    "not a docstring"
    return y


class Shape:
    "A shape."

    def area(self):
        'The area.'
        return 0

    @property
    def name(self):
        """The name."""
        return "shape"

    @staticmethod
    def unit():
        "The unit shape."
        return Shape()


class Bare:
    pass


def deco(f):
    def wrapper(*a):
        return f(*a)
    wrapper.__doc__ = "wrapped: " + (f.__doc__ or "")
    return wrapper


@deco
def decorated():
    "Inner doc."


print(repr(documented.__doc__))
print(plain.__doc__, not_first.__doc__, (lambda: 1).__doc__)
print(Shape.__doc__, Shape.area.__doc__, Shape().area.__doc__, Shape.unit.__doc__)
print(Shape.__dict__["name"].fget.__doc__, Bare.__doc__, Bare().__doc__)
print(decorated.__doc__, documented(4))
documented.__doc__ = "changed"
print(documented.__doc__)
