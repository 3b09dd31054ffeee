# int and float: big integers, floor division and modulo signs, divmod,
# pow with a modulus, round half to even, float repr, int() parsing with
# bases, float specials, bit operations, comparisons across types.
print(2 ** 100, -(2 ** 70) // 3, (2 ** 64) % 1000, 10 ** 20 // 10 ** 18)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, 2))
print(pow(3, 20, 7), pow(2, -1), pow(-8, 1 / 3) if False else pow(2, 10))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(7.0))
print(0.1 + 0.2, 1e16, 1e-7, 1 / 3, 2.0, -0.0, 1e300 * 10, float("nan") != float("nan"))
print(int("ff", 16), int("0b101", 0), int("  42  "), int(-3.9), int("-17"), float("1.5e3"), float("-inf"))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -16 >> 2, (255).bit_length(), bin(10), hex(-255), oct(8))
print(1 == 1.0, 2 < 2.5, True + True, 3 * True, 10 / 4, 10 // 4.0, abs(-7), abs(-2.5))
print(isinstance(True, int), (1).real if False else 1, max(1, 2.5), sum([0.1] * 10), 3 ** -1)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    int("x1")
except ValueError as e:
    print("ValueError", e)
print(hash(1) == hash(1.0), 7.0.is_integer(), (2.5).as_integer_ratio(), float(10 ** 20), int(1e20))
print((0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length(), (-(2 ** 64)).bit_length(), True.bit_length())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio(), (0.0).is_integer(), float("inf").is_integer())
