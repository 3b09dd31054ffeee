// toFixed, toExponential and toPrecision: argument conversion
// (ToIntegerOrInfinity) and their RangeErrors, in the spec's order.
const show = f => { try { return f(); } catch (e) { return e.constructor.name + ": " + e.message; } };
for (const d of [undefined, 0, 2, 2.9, -0.5, "3", null, NaN, 100, 100.5, 101, -1, 400000.000001234, Infinity, -Infinity, 1e21]) {
  console.log(String(d), show(() => (123.456).toFixed(d)), show(() => (123.456).toExponential(d)), show(() => (123.456).toPrecision(d)));
}
for (const x of [NaN, Infinity, -Infinity, 0, -0, 1e21, -1.5e-7]) {
  console.log(String(x), show(() => x.toFixed(2)), show(() => x.toFixed(101)), show(() => x.toExponential(101)), show(() => x.toPrecision(0)), show(() => x.toPrecision(3)));
}
console.log(show(() => (1.005).toFixed(100).length), show(() => (5e-324).toExponential(100).length), show(() => (1 / 3).toPrecision(100).length));
console.log((-0).toExponential(), (-0).toExponential(2), (-0).toPrecision(2), (-0).toFixed(1))
