// JSON.stringify and JSON.parse.
const data = { name: "omx", list: [1, "two", null, true], nested: { deep: { x: 1.5 } }, skip: undefined, fn() {} };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ["name", "list"]));
console.log(JSON.stringify(data, (k, v) => (typeof v === "number" ? v * 10 : v)));
console.log(JSON.stringify([undefined, function () {}, Symbol("s")]), JSON.stringify(undefined));
console.log(JSON.stringify("quote\" backslash\\ newline\n tab\t unicode\u2028"));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify(new Date(0)));
console.log(JSON.stringify([NaN, Infinity, -0]), JSON.stringify({ a: [] , b: {} }, null, "--"));
const parsed = JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041","d":1e2}');
console.log(parsed.a.length, parsed.a[2].b, parsed.c, parsed.d);
const revived = JSON.parse('{"x":1,"y":{"z":2}}', (k, v) => (typeof v === "number" ? v + 100 : v));
console.log(revived.x, revived.y.z);
for (const bad of ["{'a':1}", "[1,]", "", "{\"a\" 1}"]) {
  try {
    JSON.parse(bad);
  } catch (e) {
    console.log("bad json:", e.name);
  }
}
const circ = {};
circ.self = circ;
try {
  JSON.stringify(circ);
} catch (e) {
  console.log("circular:", e.name);
}
console.log(JSON.stringify({ b: 2, a: 1, 1: "one" }), JSON.stringify(Object.create({ inherited: 1 })));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set([1])]), JSON.stringify(Object("s")));
