def describe(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"


print(describe(1, c=3))
print(describe(1, 5, 6, 7, c=3, e=9, d=0))
print(describe(*[1, 2, 3], **{"c": "C", "z": "Z"}))


def pos_only(x, y, /, z=0, *, w=1):
    return x + y + z + w


print(pos_only(1, 2), pos_only(1, 2, 3), pos_only(1, 2, z=3, w=4))
try:
    pos_only(x=1, y=2)
except TypeError as exc:
    print("TypeError:", exc)
try:
    describe(1)
except TypeError as exc:
    print("TypeError:", exc)


def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket


print(mutable_default(1), mutable_default(2), mutable_default(3, []))


def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]


print(annotated(1), annotated.__annotations__)


def kwonly(*, key):
    return key


print(kwonly(key="k"))
args = (1, 2)
kwargs = {"z": 10, "w": 20}
print(pos_only(*args, **kwargs))


def varargs(*numbers):
    return sum(numbers), len(numbers)


print(varargs(), varargs(1, 2, 3), varargs(*range(10)))
f = lambda *a, **k: (a, sorted(k))
print(f(1, 2, x=3, y=4), (lambda: "no args")(), (lambda x, y=1: x * y)(5))


def apply(fn, /, *args, **kwargs):
    return fn(*args, **kwargs)


print(apply(max, 3, 9, 4), apply(sorted, [3, 1, 2], reverse=True))
