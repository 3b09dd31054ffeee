# __setattr__ and __delattr__ see every assignment and deletion.
class Frozen:
    def __init__(self, **fields):
        for key, value in fields.items():
            object.__setattr__(self, key, value)
        object.__setattr__(self, "_frozen", True)

    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"cannot set {name}: frozen")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}: frozen")


f = Frozen(a=1, b=2)
print(f.a, f.b)
try:
    f.a = 10
except AttributeError as exc:
    print(exc)
try:
    del f.b
except AttributeError as exc:
    print(exc)


class Recording:
    def __init__(self):
        self.__dict__["history"] = []

    def __setattr__(self, name, value):
        self.history.append(("set", name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        super().__delattr__(name)


r = Recording()
r.x = 1
r.y = [1, 2]
r.x += 5
del r.y
print(r.x, hasattr(r, "y"))
for entry in r.history:
    print(entry)
setattr(r, "z", None)
delattr(r, "z")
print(r.history[-2:])
