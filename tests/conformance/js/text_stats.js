// Text processing: word frequencies, sorted deterministic output.
const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`;
const words = text.toLowerCase().match(/[a-z]+/g);
console.log("words:", words.length, "unique:", new Set(words).size);
const freq = words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map());
const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6);
for (const [w, c] of top) console.log(w.padEnd(8, "."), String(c).padStart(3));
const lines = text.split("\n");
lines.forEach((line, i) => console.log(`${i + 1}: ${line.length} chars, ${line.split(/\s+/).length} words`));
const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
console.log("longest:", longest);
const letters = {};
for (const ch of text.replace(/[^a-z]/gi, "").toLowerCase()) letters[ch] = (letters[ch] || 0) + 1;
const hist = Object.keys(letters).sort().map((k) => k + letters[k]).join(" ");
console.log(hist);
const caesar = (s, k) => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + k) % 26) + 97));
console.log(caesar("hello world", 3), caesar(caesar("hello world", 3), 23));
const isPalindrome = (s) => { const t = s.toLowerCase().replace(/[^a-z0-9]/g, ""); return t === [...t].reverse().join(""); };
console.log(["A man, a plan, a canal: Panama", "hello"].map(isPalindrome).join(","));
console.log("camelCaseString".replace(/[A-Z]/g, (m) => "_" + m.toLowerCase()), "snake_case_here".replace(/_(\w)/g, (_, c) => c.toUpperCase()));
