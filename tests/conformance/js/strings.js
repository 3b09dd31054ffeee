// Everyday string handling.
const s = "The quick brown fox";
console.log(s.length, s.toUpperCase(), s.toLowerCase());
console.log(s.indexOf("quick"), s.lastIndexOf("o"), s.includes("fox"), s.startsWith("The"), s.endsWith("x"));
console.log(s.slice(4, 9), s.slice(-3), s.substring(10, 4), s.charAt(0), s.charCodeAt(1));
console.log(s.split(" ").join("_"), s.split("").length, "a,b,,c".split(",").length);
console.log("  pad  ".trim() + "|", "x".padStart(4, "-"), "x".padEnd(3, "*"), "ab".repeat(3));
console.log(s.replace("quick", "slow"), "aaa".replace(/a/g, "b"), "a-b-c".replaceAll("-", "+"));
console.log("ß".toUpperCase(), "İ".length, "😀".length, [..."😀"].length, "😀".codePointAt(0));
console.log(String.fromCharCode(72, 105), String.fromCodePoint(128512) === "😀");
console.log("abc" < "abd", "B" < "a", "10" < "9", 10 < 9);
console.log("a\tb\\c\"d'e", 'single \'quoted\'', "line\
continued");
console.log("%", "100%", "x".concat("y", 1, null));
console.log(["b", "a", "C"].sort().join(), ["b", "a", "C"].sort((x, y) => x.localeCompare(y, "en")).join());
console.log("Hello".at(-1), "Hello".at(0), "abc".split("").reverse().join(""));
let built = "";
for (let i = 0; i < 5; i++) built += i % 2 ? "o" : "e";
console.log(built);
console.log(`${1}${2}` + 3 + 4, 1 + 2 + "3", "3" * "4", "10" / 4, "5" - 2);
console.log(String(123), (255).toString(16), (255).toString(2), Number("0x1f"), parseInt("42px"), parseFloat("3.5e1x"));
const words = "one two three two one two".split(" ");
const freq = {};
for (const w of words) freq[w] = (freq[w] || 0) + 1;
console.log(Object.entries(freq).map(([w, c]) => w + "=" + c).join(" "));
console.log("a-b_c d".split(/[-_ ]/).join("|"));
console.log("Title Case Me".split(" ").map((w) => w[0].toLowerCase() + w.slice(1).toUpperCase()).join(" "));
console.log(encodeURIComponent("a b&c"), escape === undefined);
