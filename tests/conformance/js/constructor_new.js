// Constructor functions, `new`, and methods on the prototype.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm2 = function () {
  return this.x * this.x + this.y * this.y;
};
Point.prototype.toString = function () {
  return "Point(" + this.x + ", " + this.y + ")";
};
var p = new Point(3, 4);
console.log(p.norm2());
console.log(String(p));
console.log(p instanceof Point, p.constructor === Point);
console.log(Object.getPrototypeOf(p) === Point.prototype);
console.log(typeof Point, typeof p);
// A constructor that returns an object overrides `this`.
function Weird() {
  this.a = 1;
  return { b: 2 };
}
var w = new Weird();
console.log(w.a, w.b, w instanceof Weird);
// Returning a primitive is ignored.
function Prim() {
  this.a = 1;
  return 42;
}
console.log(new Prim().a);
// `new` without parentheses.
var d = new Point;
console.log(d.x, d.y);
// Counting instances through the constructor.
function Counter() {
  Counter.count = (Counter.count || 0) + 1;
  this.id = Counter.count;
}
var c1 = new Counter(), c2 = new Counter(), c3 = new Counter();
console.log(c1.id, c2.id, c3.id, Counter.count);
// Shared prototype state vs own state.
Point.prototype.tags = [];
var q = new Point(1, 1);
q.tags.push("shared");
console.log(p.tags.length, Object.prototype.hasOwnProperty.call(q, "tags"));
console.log(JSON.stringify(Object.keys(q)));
for (var k in q) console.log("key", k);
