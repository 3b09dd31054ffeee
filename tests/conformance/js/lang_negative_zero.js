// Unary minus of a variable holding 0 gives -0 (a float), as of a literal.
let x = 0;
const y = -x;
console.log(y, Object.is(y, -0), 1 / y, -(x + 0), [-x], -(-x), Object.is(-(-x), 0));
let n = 5;
console.log(-n, -(n - 5), String(-x), JSON.stringify(-x), (-x).toFixed(1));
const zeros = [0, -0, 0.0, -0.0, x, -x];
console.log(zeros.map((z) => (Object.is(z, -0) ? "-0" : "+0")).join(" "));
console.log(Math.sign(-x), Math.abs(-x), -x === 0, -x + 0);
