# __class__ assignment, metaclass descriptors, class attribute reads and
# global/builtin names under the caches (Language Reference §3.3.2,
# §4.2.2).


class Cat:
    sound = "meow"

    def speak(self):
        return "Cat says " + self.sound


class Dog:
    sound = "woof"

    def speak(self):
        return "Dog says " + self.sound


pet = Cat()
said = []
for i in range(6):
    if i == 3:
        pet.__class__ = Dog
    said.append(pet.speak())
    said.append(pet.sound)
print(said, type(pet).__name__)
for bad in (1, int):
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)


# A metaclass with a data descriptor wins over the class's own attribute.
class Meta(type):
    pass


class K(metaclass=Meta):
    color = "class color"

    def method(self):
        return "K.method"


reads = []
for i in range(6):
    if i == 2:
        Meta.color = property(lambda cls: "metaclass property")
    if i == 4:
        del Meta.color
    reads.append(K.color)
print(reads)
# Class attribute reads and functions read through the class.
fs = []
for i in range(4):
    if i == 2:
        K.color = "changed"
    fs.append((K.color, K.method(K())))
print(fs)

# Globals: rebinding, a builtin shadowed later, a global deleted.
x = 1


def read_x():
    return x


print([read_x() for _ in range(3)])
x = 2
print([read_x() for _ in range(3)])


def use_len(s):
    return len(s)


print([use_len("abc") for _ in range(3)])


def len(s):
    return -1


print([use_len("abc") for _ in range(3)])
del len
print([use_len("abc") for _ in range(3)])
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = "back"
print(read_x())
