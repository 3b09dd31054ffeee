# Exception chaining and the hierarchy: __cause__ from `raise ... from`,
# __context__ from raising inside a handler, `from None` suppressing it,
# args, str/repr of exceptions, except tuples and bare re-raise.


class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    def __init__(self, key):
        super().__init__("missing " + repr(key))
        self.key = key


def find(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise NotFound(k) from e


try:
    find({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, repr(e.__cause__), e.__suppress_context__)
    print(isinstance(e, LookupError), [c.__name__ for c in type(e).__mro__])

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

for exc in (KeyError("k"), ValueError(), OSError if False else TypeError(1, 2), StopIteration(5)):
    print(type(exc).__name__, repr(str(exc)), exc.args)


def classify(f):
    try:
        f()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
    else:
        return "ok"
    finally:
        print("classified", f.__name__)


def k():
    return {}["a"]


def z():
    return 1 // 0


def n():
    return None + 1


def fine():
    return 1


for f in (k, z, n, fine):
    print(classify(f))


def reraise():
    try:
        raise AppError("first")
    except AppError:
        raise


try:
    reraise()
except AppError as e:
    print("re-raised", e, e.args)

print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
