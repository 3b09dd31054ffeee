# The Lua Dog, in Python: a class attribute is the default until the
# instance assigns its own.
class Dog:
    barks = 0

    def bark(self):
        self.barks += 1
        print("woof!")


mydog = Dog()
mydog.bark()
mydog.bark()
mydog.bark()
print(mydog.barks)          # 3: now in mydog.__dict__
print(Dog.barks)            # 0
print(mydog.__dict__, type(mydog).__name__)
