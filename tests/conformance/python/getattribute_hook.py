# __getattribute__ intercepts every lookup, including methods.
class Traced:
    def __init__(self):
        self.value = 42

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("lookup", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.value * 2


t = Traced()
print(t.value)
print(t.method())
try:
    t.nothing
except AttributeError as exc:
    print("AttributeError:", exc)


class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"

    secret = "hidden"
    visible = "shown"


f = Fallback()
print(f.visible)
print(f.secret)
print(f.anything)


class Upper:
    def __init__(self, **kw):
        for key, value in kw.items():
            object.__setattr__(self, key, value)

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper(name="ada", age=36)
print(u.name, u.age)
