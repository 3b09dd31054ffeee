print("%d items cost $%.2f" % (3, 9.5))
print("%5s|%-5s|%05d|%x|%X|%o|%e|%g" % ("a", "b", 42, 255, 255, 8, 12345.678, 0.00001))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%r %s %%" % ("q", "s"), "%c%c" % (72, "i"))
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.real} {0.imag}".format(3 + 4j), "{[1]}".format([9, 8]), "{d[k]}".format(d={"k": "v"}))
print("{:>10}".format("right"), "{:*<10}".format("left"), "{:=^11}".format("mid"))
print("{:,.2f}".format(1234567.891), "{:+.1e}".format(-0.000123), "{:.3}".format("abcdef"))
print("{!r:>8}".format("r"), "{:08.3f}".format(-3.14159), "{:#b}".format(5))
table = [("apple", 1.5, 10), ("banana", 0.25, 120), ("cherry", 10.0, 3)]
for name, price, qty in table:
    print(f"{name:<10}{price:>8.2f}{qty:>6d}{price * qty:>10.2f}")
print("=" * 34)
print(str(123).rjust(6, "0"), format(0.5, ".0%"), format(1234, "_"), format(3, "03"))
template = "Hello, {name}! You have {n} new {what}."
print(template.format(name="Ada", n=3, what="messages"))
print(template.format_map({"name": "Bob", "n": 1, "what": "message"}))
