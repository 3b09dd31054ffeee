// String methods index UTF-16 code units (ECMA-262 §6.1.4): ASCII and
// non-ASCII text, a scan by charCodeAt, and a sticky-regex tokenizer.
const texts = ["plain ascii, with \"quotes\" and [1,2]", "h\u00e9llo \u2603 w\u{1F600}rld \"\u00fcber\"", ""];
for (const s of texts) {
  console.log(s.length, s.indexOf('"'), s.lastIndexOf('"'), s.indexOf("o", 5), s.lastIndexOf("l", 3));
  console.log(JSON.stringify(s.slice(2, 9)), JSON.stringify(s.substring(9, 2)), JSON.stringify(s.substr(-5, 3)));
  console.log(s.charCodeAt(0), s.charCodeAt(s.length - 1), s.codePointAt(11), s.charAt(7), s.at(-2), s[3]);
  console.log(s.includes("w"), s.startsWith("h"), s.endsWith('"'), s.split(" ").length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum = (sum * 31 + s.charCodeAt(i)) % 1000003;
  console.log("sum", sum);
}
console.log("a" < "b", "\u00e9" < "\u{1F600}", "\uff61" < "\u{1F600}", "\uff61" > "\u{1F600}", ["\u{1F600}", "\uff61", "z"].sort().map(c => c.codePointAt(0)));
const src = 'let x = 42 + "str" * y1;';
const tok = /\s*(?:(\d+)|([A-Za-z_]\w*)|("[^"]*")|(\S))/y;
const out = [];
let m;
tok.lastIndex = 0;
while (tok.lastIndex < src.length && (m = tok.exec(src))) out.push(m[1] || m[2] || m[3] || m[4]);
console.log(out.join(" | "), tok.lastIndex);
const g = /\u00e9|o/g;
const found = [];
const t = "h\u00e9llo w\u{1F600}rld \u00e9";
while ((m = g.exec(t))) found.push(m.index + ":" + g.lastIndex);
console.log(found.join(" "));
console.log("abc".charCodeAt({ valueOf() { return 2; } }), "abcabc".indexOf({ toString() { return "ca"; } }), new String("xyz").slice(1));
// A method looked up on strings is re-read after String.prototype changes.
const seen = [];
for (let i = 0; i < 4; i++) {
  seen.push("abc".charCodeAt(0), "abcd".size);
  if (i === 1) String.prototype.charCodeAt = function () { return -this.length; };
  if (i === 2) Object.defineProperty(String.prototype, "size", { get() { return this.length * 10; }, configurable: true });
}
console.log(seen.join(" "));
