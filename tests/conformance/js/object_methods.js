// Object.* helpers and own-property order.
const o = { z: 1, a: 2, 3: "three", 1: "one", [Symbol("s")]: "sym" };
console.log(Object.keys(o).join(","), Object.values(o).join(","));
console.log(JSON.stringify(Object.entries(o)));
console.log(JSON.stringify(Object.fromEntries([["x", 1], ["y", [2]]])));
console.log(Object.getOwnPropertyNames("ab").join(","), Object.keys([4, 5]).join(","));
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a"));
console.log(Object.entries({ a: 1, b: 2 }).map(([k, v]) => `${k}${v}`).join(""));
const inherited = Object.create({ up: 1 });
inherited.own = 2;
console.log(Object.keys(inherited).join(","), "up" in inherited, Object.hasOwn(inherited, "up"));
const counter = Object.entries({ apples: 3, pears: 0, kiwis: 7 })
  .filter(([, n]) => n > 0)
  .sort(([, a], [, b]) => b - a)
  .map(([k]) => k);
console.log(counter.join(" "));
console.log(typeof Object.prototype.toString, Object.prototype.toString.call([]), Object.prototype.toString.call(null));
console.log(String({}), `${{ toString: () => "custom" }}`, { valueOf: () => 42 } + 1);
const shorthand = "s", method = { shorthand, ["comp" + "uted"]: 1, 42: "n", "quoted key": true, f() { return this.shorthand; } };
console.log(JSON.stringify(method), method.f());
const protoSet = { __proto__: { fromProto: "yes" }, own: 1 };
console.log(protoSet.fromProto, Object.keys(protoSet).join(","));
const computedProto = { ["__proto__"]: 5 };
console.log(Object.keys(computedProto).join(","), Object.getPrototypeOf(computedProto) === Object.prototype);
const group = {};
for (const w of ["apple", "avocado", "banana", "blueberry", "cherry"]) (group[w[0]] ??= []).push(w);
console.log(JSON.stringify(group));
console.log(Object.keys(Object).length, Object.name, Object.length);
