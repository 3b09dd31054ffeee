// Walking and shadowing along the [[Prototype]] chain.
var base = { greet: function () { return "hi from " + this.name; }, name: "base", level: 0 };
var mid = Object.create(base);
mid.name = "mid";
mid.level = 1;
var leaf = Object.create(mid);
leaf.name = "leaf";
console.log(leaf.greet());
console.log(leaf.level, mid.level, base.level);
console.log("level" in leaf, leaf.hasOwnProperty("level"));
delete leaf.name;
console.log(leaf.greet());
delete mid.name;
console.log(leaf.greet());
var chain = [];
for (var o = leaf; o !== null; o = Object.getPrototypeOf(o)) {
  chain.push(o === base ? "base" : o === mid ? "mid" : o === leaf ? "leaf" : "Object.prototype");
}
console.log(chain.join(" -> "));
console.log(base.isPrototypeOf(leaf), leaf.isPrototypeOf(base));
console.log(Object.prototype.isPrototypeOf(leaf));
// Changing the prototype after the fact.
var other = { greet: function () { return "other " + this.name; }, name: "other" };
Object.setPrototypeOf(leaf, other);
console.log(leaf.greet(), leaf.level);
// Objects without a prototype.
var bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare) === null, "toString" in bare, "x" in bare);
// Arrays and functions have chains too.
var arr = [1, 2, 3];
console.log(Object.getPrototypeOf(arr) === Array.prototype);
console.log(Object.getPrototypeOf(Array.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
// Properties added to a prototype show up in every inheritor.
Array.prototype.sum = function () { return this.reduce(function (a, b) { return a + b; }, 0); };
console.log([1, 2, 3, 4].sum());
delete Array.prototype.sum;
console.log(typeof [].sum);
// for-in walks inherited enumerable properties.
var keys = [];
for (var key in Object.create({ inherited: 1, also: 2 })) keys.push(key);
console.log(keys.join(","));
