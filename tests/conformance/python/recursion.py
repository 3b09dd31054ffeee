def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print([factorial(i) for i in range(10)], factorial(25))


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return moves
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)
    return moves


moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:5])


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


print(permutations([1, 2, 3]))


def flatten(value):
    if isinstance(value, list):
        out = []
        for v in value:
            out.extend(flatten(v))
        return out
    return [value]


print(flatten([1, [2, [3, [4, [5]]]], 6]))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def depth():
    return depth()


try:
    depth()
except RecursionError as exc:
    print("RecursionError:", exc)


def binary_search(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)


xs = list(range(0, 100, 3))
print(binary_search(xs, 27), binary_search(xs, 28), binary_search(xs, 99))
