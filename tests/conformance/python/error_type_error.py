# An uncaught TypeError from an operator.
class Box:
    pass


print("start", 1 + 2)
total = 1 + "2"
