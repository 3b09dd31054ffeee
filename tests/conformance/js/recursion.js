// Recursion, memoisation and higher-order functions.
function fib(n, memo = new Map()) {
  if (n < 2) return n;
  if (memo.has(n)) return memo.get(n);
  const v = fib(n - 1, memo) + fib(n - 2, memo);
  memo.set(n, v);
  return v;
}
console.log(fib(10), fib(50), fib(90));
const hanoi = (n, from, to, via, moves = []) => {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
};
console.log(hanoi(3, "A", "C", "B").join(" "), hanoi(10, "A", "C", "B").length);
function permutations(xs) {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
console.log(permutations([1, 2, 3]).map((p) => p.join("")).join(","));
function flatten(v) { return Array.isArray(v) ? v.reduce((acc, x) => acc.concat(flatten(x)), []) : [v]; }
console.log(flatten([1, [2, [3, [4, [5]]]], 6]).join(""));
const ackermann = (m, n) => (m === 0 ? n + 1 : n === 0 ? ackermann(m - 1, 1) : ackermann(m - 1, ackermann(m, n - 1)));
console.log(ackermann(2, 3));
function depth() { try { return 1 + depth(); } catch (e) { return e instanceof RangeError ? 0 : -1; } }
console.log(depth() > 1000);
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
console.log(isEven(10), isOdd(7));
function power(set) { return set.reduce((subs, x) => subs.concat(subs.map((s) => [...s, x])), [[]]); }
console.log(power(["a", "b", "c"]).map((s) => s.join("") || "-").join(" "));
