# str methods beyond the common ones: partition, rsplit with maxsplit,
# splitlines, zfill, center/ljust/rjust with fill, title/capitalize/
# swapcase, count/rfind/rindex, expandtabs-free formatting, isX tests,
# removeprefix/removesuffix, translate-free replace counts.
s = "  Hello, World! hello  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" Hd!")))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 1))
print("l1\nl2\r\nl3".splitlines(), "x\n".splitlines(True))
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("hello world".title(), "hELLO".capitalize(), "AbC".swapcase(), "ABC".lower(), "abc".upper())
print("banana".count("a"), "banana".count("an"), "banana".rfind("a"), "banana".find("z"), "banana".rindex("n"))
try:
    "banana".index("z")
except ValueError as e:
    print("ValueError", e)
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), " \t".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower())
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "-".join(["x", "y", "z"]), "".join([]))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abc".startswith("b", 1), "%s|%5s|%-5s|" % ("a", "b", "c"))
print("{:>6}|{:<6}|{:^6}|{:06.2f}|{:,}|{:x}".format("r", "l", "c", 3.14159, 1234567, 255))
print(ord("A"), chr(97), "abc"[::-1], "abc" * 2, "b" in "abc", max("abc"), sorted("cab"))
print("a\rb\r\nc\x0bd\x0ce".splitlines(), "a\r\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "123".istitle(), "A1b".istitle(), "Ab Cd-Ef".istitle())
