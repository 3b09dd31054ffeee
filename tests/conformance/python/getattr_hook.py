# __getattr__ runs only when normal lookup fails.
class Config:
    defaults = {"host": "localhost", "port": 8080}

    def __init__(self, **overrides):
        self.overrides = overrides

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name in self.overrides:
            return self.overrides[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")


c = Config(port=9000, debug=True)
print(c.host)
print(c.port)
print(c.debug)
print(c.overrides)
try:
    c.timeout
except AttributeError as exc:
    print("AttributeError:", exc)
print(getattr(c, "timeout", 30))
print(hasattr(c, "missing"))
c.host = "example.org"
print(c.host)


class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)


items = Proxy([3, 1, 2])
items.append(0)
items.sort()
print(items._target, items.log, items.count(1))
