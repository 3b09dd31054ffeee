print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1, divmod(17, 5), divmod(-17, 5))
print(0x1F, 0o17, 0b1011, 1_000_000, 0xFF_FF, 1e3, 1.5e-3, .5, 5., 1_0.0_1)
print(2 ** 100, -(2 ** 64), 10 ** 30 // 7, 99999999999999999999999 + 1)
print(123456789012345678901234567890 % 97, int("ff", 16), int("-42"), int(3.99), int(-3.99))
print(0.1 + 0.2, round(0.1 + 0.2, 2), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
print(abs(-5), abs(-2.5), pow(3, 4), pow(3, 4, 5), max(1, 2.5), min(-1, -1.5))
print(3j, 1 + 2j, (1 + 2j) * (3 - 1j), abs(3 + 4j), (2j) ** 2, complex(1, -1).conjugate())
print(float("inf") > 10 ** 300, float("-inf"), 1e308 * 10, -1e308 * 10)
print(1 / 3, 2 / 3, 10 / 4, 1e16, 1e-5, 123456789.123, 1.0, -0.0)
print(bin(10), oct(64), hex(255), hex(-255), bin(-5))
print(True + True, True * 10, False - 1, int(True), float(1), str(1.5))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, -16 >> 2)
print(isinstance(1, int), isinstance(1.0, float), isinstance(1j, complex))
print((255).bit_length(), (3.75).as_integer_ratio(), (10).to_bytes(2, "big"))
print(sum([0.1] * 10), sum(range(101)), 10 ** -2, 4 ** 0.5, (-8) ** (1 / 3) == 2)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
x <<= 3
x |= 1
x ^= 0b11
x &= 0xFF
x >>= 1
print(x)
print(1 < 2.5 < 3, 2 == 2.0, hash(2) == hash(2.0), 0.1 * 3 == 0.3)
print(int("1_000"), float("1e-3"), float(" 2.5 "), int("0b101", 0), int("0o17", 0))
