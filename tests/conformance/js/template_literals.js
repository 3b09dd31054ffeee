// Template literals: interpolation, nesting, multi-line, tagged, raw.
const name = "world", n = 3;
console.log(`hello ${name}!`);
console.log(`${n} + ${n} = ${n + n}; nested: ${`inner ${name.toUpperCase()}`}`);
console.log(`object in braces: ${{ a: 1 }.a} and ${JSON.stringify({ b: [1, 2] })}`);
console.log(`a string with a } brace ${"}"} and a ${'{'}`);
console.log(`multi
line`);
console.log(`escapes: \t|\u0041|\x42|\u{1F600}|\`|\${not}`);
function tag(strings, ...values) {
  return strings.map((s, i) => `[${s}]` + (i < values.length ? `<${values[i]}>` : "")).join("");
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${"only"}`);
function raw(strings) { return strings.raw.join("#") + " / " + strings.join("#"); }
console.log(raw`line\nbreak${0}\t`);
console.log(String.raw`C:\path\to\${name}`);
console.log(String.raw`x${1 + 1}y`);
function cooked(strings) { return strings[0] === undefined ? "undefined cooked" : "ok"; }
console.log(cooked`\unicode`);
const member = { fmt: (s, v) => s.join("?") + v };
console.log(member.fmt`pre${"V"}post`);
console.log(`${[1, 2, 3].map((x) => `<${x}>`).join("")}`);
const sameObj = (s) => s;
const first = sameObj`x`, again = (() => { const arr = []; for (let i = 0; i < 2; i++) arr.push(sameObj`x`); return arr; })();
console.log(first === again[0], again[0] === again[1], Object.isFrozen(first));
console.log(typeof `${1}`, `${null} ${undefined} ${true}`);
