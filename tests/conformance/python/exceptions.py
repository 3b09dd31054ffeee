class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code


class NotFound(AppError):
    pass


def find(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as exc:
        raise NotFound(f"missing {key}", code=404) from exc


for key in ["a", "b"]:
    try:
        value = find(key)
    except NotFound as err:
        print("NotFound", err, err.code, type(err.__cause__).__name__, err.args)
    except AppError:
        print("never")
    else:
        print("found", value)
    finally:
        print("finally", key)


def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as exc:
        print("error:", exc)
        return None
    else:
        return result
    finally:
        print("divide done")


print(divide(1, 4), divide(1, 0))
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("while handling")
except RuntimeError as exc:
    print(exc, "| context:", type(exc.__context__).__name__, exc.__context__)
try:
    raise TypeError("a", "b")
except (ValueError, TypeError) as exc:
    print(type(exc).__name__, exc.args, str(exc))
try:
    [][1]
except LookupError as exc:
    print(type(exc).__name__, exc)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as exc:
    print("AssertionError:", exc)
errors = []
for bad in ["1", "x", None, "2.5"]:
    try:
        errors.append(int(bad))
    except (TypeError, ValueError) as exc:
        errors.append(type(exc).__name__)
print(errors)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
try:
    raise NotFound("plain")
except Exception as exc:
    print(repr(exc))
