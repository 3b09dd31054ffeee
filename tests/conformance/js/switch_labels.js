// switch with fall-through, labels with break and continue.
function classify(x) {
  const out = [];
  switch (typeof x) {
    case "number":
      out.push("number");
      if (x === 0) { out.push("zero"); break; }
    case "bigint":
      out.push("numeric");
      break;
    case "string": {
      out.push("string");
      break;
    }
    default:
      out.push("other");
    case "symbol":
      out.push("end");
  }
  return out.join(">");
}
console.log(classify(0), classify(5), classify(5n), classify("s"), classify(null), classify(Symbol()));
function grade(score) {
  switch (true) {
    case score >= 90: return "A";
    case score >= 80: return "B";
    default: return "C";
  }
}
console.log([95, 85, 10].map(grade).join(""));
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    console.log("pair", i, j);
  }
}
let found = null;
search: {
  for (const row of [[1, 2], [3, 4]]) {
    for (const v of row) {
      if (v === 3) { found = v; break search; }
    }
  }
  found = "never";
}
console.log(found);
let k = 0;
loop: while (true) {
  do {
    k++;
    if (k > 5) break loop;
  } while (k % 2);
}
console.log(k);
const s = "b";
switch (s) {
  case "a":
  case "b":
  case "c":
    console.log("a, b or c");
}
