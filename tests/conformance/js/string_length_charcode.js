// String length and charCodeAt (served before the general rules): integer,
// fractional, negative, out-of-range and non-number indexes; ASCII and not.
const s = "abcé", a = "hello";
for (const i of [0, 1, 4, 5, -1, 1.5, NaN, "2", null, undefined, true, 2 ** 53, -0, Infinity]) {
  console.log(String(i), a.charCodeAt(i), s.charCodeAt(i), "".charCodeAt(i));
}
console.log(a.charCodeAt(), s.charCodeAt(3), "x".length, "é😀".length, s.length, new String("ab").length);
const o = { length: 3 };
console.log(o.length, [1, 2].length, "abc"["length"], "abc"[1]);
