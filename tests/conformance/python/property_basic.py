# property: computed attributes, setters with validation, deleters.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def _get_kelvin(self):
        return self._celsius + 273.15

    kelvin = property(_get_kelvin, doc="Kelvin, read-only")


t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.fahrenheit = 10
except AttributeError as exc:
    print("AttributeError:", exc)
print(Temperature.kelvin.__doc__)
print(type(Temperature.celsius).__name__)
del t.celsius
print(hasattr(t, "_celsius"))
t.__dict__["celsius"] = "shadow?"
t._celsius = 5
print(t.celsius, t.__dict__["celsius"])
