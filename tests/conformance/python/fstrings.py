name = "Ada"
age = 36
pi = 3.14159265
items = ["a", "b"]
data = {"k": "v"}
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {age:05d} {age:x} {age:o} {age:b} {age:#x}")
print(f"{1234567:,} {1234567:_} {0.25:%} {0.256:.1%} {12:+d} {-12: d}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:*^{width}}]")
print(f"{age=} {pi = :.1f} {name=!s} {items[0]=}")
print(f"{items[1]} {data['k']} {len(items) * 2} {age if age > 30 else 0}")
print(f"{{literal}} {{{age}}}")
print(f"{'nested ' + f'{age + 1}'}")
print(f"{[x * 2 for x in range(3)]} {(lambda v: v + 1)(1)} {dict(a=1)}")
print(f"""triple {name}
second line {age}""")
print(rf"raw \n {name}", fr"{age}\t")
print(f"{3.0:g} {1e20:g} {1e-7:e} {123.456:E}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{age:{'>'}{10}}", f"{True!s:>6}", f"{None}")
value = 255
print(f"{value:#010b} {value:#o} {value:X} {value:c}")
print(f"{name}" f" and {age}" " plain", "x" f"{1}")


class P:
    def __format__(self, spec):
        return f"P<{spec}>"


print(f"{P():anything here}", f"{P()}", format(P(), "z"))
