// Function objects: name, length, arguments, defaults, properties.
function named(a, b, c = 1, ...d) { return arguments.length; }
console.log(named.name, named.length, named(1), named(1, 2, 3, 4, 5));
const anon = function () {};
const arrow = (x, y) => x;
const obj = { method() {}, get prop() { return 1; }, ["comp" + 1]: () => {} };
console.log(anon.name, arrow.name, arrow.length, obj.method.name, obj.comp1.name);
console.log(Object.getOwnPropertyDescriptor(obj, "prop").get.name);
console.log((function () {}).bind(null).name, new Function("a", "b", "return a + b")(2, 3));
function sloppyArgs(a) { arguments[0] = "changed"; return a; }
function strictArgs(a) { "use strict"; arguments[0] = "changed"; return a; }
console.log(sloppyArgs("orig"), strictArgs("orig"));
function argsToArray() { return Array.prototype.slice.call(arguments).reverse().join(""); }
console.log(argsToArray(1, 2, 3));
let calls = 0;
function withDefault(x = (calls++, "default"), y = x + "!") { return x + y; }
console.log(withDefault(), withDefault("given"), withDefault(undefined, "?"), calls);
function counter() { counter.count = (counter.count || 0) + 1; return counter.count; }
counter(); counter();
console.log(counter.count, typeof counter.prototype, typeof arrow.prototype);
console.log(Math.max.apply(null, [3, 9, 2]), Array.prototype.join.call("abc", "-"));
const bound = function (greeting, punct) { return greeting + " " + this.n + punct; }.bind({ n: "bound" }, "hi");
console.log(bound("!"), bound.length);
function recursive(n) { return n <= 1 ? 1 : n * recursive(n - 1); }
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(recursive(10), fact(5));
console.log(typeof Function.prototype, Function.prototype.name === "", (() => {}).constructor === Function);
console.log(String(function sample(a) { return a; }));
