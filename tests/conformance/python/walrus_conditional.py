data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list has {n} elements")
while (item := data.pop()) > 16:
    print("popped", item)
print(data, item)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)
values = {"a": 1, "b": None}
for key in "abc":
    print(key, "present" if (v := values.get(key)) is not None else "absent", v)
x = 10
label = "big" if x > 5 else "small"
print(label, "even" if x % 2 == 0 else "odd")
print((lambda v: "pos" if v > 0 else "neg" if v < 0 else "zero")(-3))
result = 0 or "" or None or "fallback"
print(result, 1 and 2 and 3, 1 and 0 and 3, None or 0)
print(not None, not [], not [0], bool(""), bool(" "))
chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print("chunk", chunk)
print(print_result := sum(range(5)), print_result)
