// Numeric literals and number formatting.
console.log(0xff, 0o17, 0b1010, 1_000_000, 0.5e3, .25, 5., 1e-7, 017, 019);
console.log(123.456.toFixed(1), (0.000001234).toPrecision(2), (1234.5678).toExponential(2));
console.log(1e21, 1e-7, 123456789012345680000, 0.1 * 3, 100 / 3);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.isInteger(5.0), Number.isSafeInteger(2 ** 53));
console.log(Number("  12  "), Number(""), Number("abc"), Number(null), Number(undefined), Number([5]), Number(true));
console.log(parseInt("101", 2), parseInt("ff", 16), parseInt("0x1A"), parseInt("12.9"), parseFloat(".5"), parseInt(""));
console.log(isNaN("abc"), Number.isNaN("abc"), isFinite("12"), Number.isFinite("12"));
console.log(Math.round(2.5), Math.round(-2.5), Math.floor(-1.5), Math.ceil(1.2), Math.trunc(-4.7), Math.sign(-3));
console.log(Math.max(), Math.min(), Math.hypot(3, 4), Math.cbrt(27), Math.pow(2, 10), Math.sqrt(2));
console.log((25).toString(36), (-255).toString(16), (0.5).toString(2), (1e100).toString().length);
console.log(-0 === 0, Object.is(-0, 0), 1 / -0, String(-0), JSON.stringify(-0));
console.log(0.1 + 0.7, 1.005 * 1000, 9007199254740993, 5e-324, 1.7976931348623157e308 * 10);
console.log(123n, 0x10n, 1_000n * 3n, BigInt(42) + 1n, BigInt.asUintN(8, 257n), 10n > 9, 2n == 2);
console.log((1234567.891).toFixed(2), (0).toFixed(2), (-1.5).toFixed(0), (2.345).toFixed(2));
console.log(Number.parseFloat("1e3"), +"1_000", 0.1.toString(), 1.0.toString(), 100 .toString());
console.log(~~3.7, 3.7 | 0, -3.7 | 0, 2 ** 32 | 0, 2 ** 31 | 0);
