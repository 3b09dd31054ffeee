# A data descriptor on the class beats the instance dict; a non-data one
# does not.
class MagnitudeDescriptor:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return (obj.x ** 2 + obj.y ** 2) ** 0.5

    def __set__(self, obj, value):
        raise AttributeError(f"{self.name} is read-only")


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Vec:
    magnitude = MagnitudeDescriptor()
    label = NonData()

    def __init__(self, x, y):
        self.x, self.y = x, y


v = Vec(6, 8)
print(v.magnitude, Vec.magnitude.name, type(Vec.magnitude).__name__)
try:
    v.magnitude = 1
except AttributeError as exc:
    print("AttributeError:", exc)
v.__dict__["magnitude"] = "shadow"
print(v.magnitude, v.label)
v.__dict__["label"] = "instance wins"
print(v.label, Vec.label)
