// extends, super(), super.method(), overriding, static inheritance.
class Shape {
  constructor(name) { this.name = name; }
  area() { return 0; }
  describe() { return `${this.name} with area ${this.area().toFixed(2)}`; }
  static kind() { return "shape"; }
}
class Circle extends Shape {
  constructor(r) {
    super("circle");
    this.r = r;
  }
  area() { return Math.PI * this.r * this.r; }
  static kind() { return "round " + super.kind(); }
}
class Square extends Shape {
  constructor(s) { super("square"); this.s = s; }
  area() { return this.s * this.s; }
  describe() { return super.describe() + " (a square)"; }
}
const shapes = [new Circle(1), new Square(2), new Shape("blob")];
for (const s of shapes) console.log(s.describe());
console.log(Circle.kind(), Square.kind());
console.log(shapes[0] instanceof Circle, shapes[0] instanceof Shape, shapes[1] instanceof Circle);
console.log(Object.getPrototypeOf(Circle) === Shape);
console.log(Object.getPrototypeOf(Circle.prototype) === Shape.prototype);
// Forgetting super() is an error at construction time.
class Bad extends Shape {
  constructor() { this.x = 1; }
}
try {
  new Bad();
} catch (e) {
  console.log(e.constructor.name);
}
// Extending built-ins.
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const st = new Stack();
st.push(1, 2, 3);
console.log(st.peek(), st.length, Array.isArray(st), st instanceof Stack);
const mapped = st.map((x) => x * 2);
console.log(mapped instanceof Stack, mapped.join(","));
class MyError extends Error {
  constructor(msg, code) {
    super(msg);
    this.name = "MyError";
    this.code = code;
  }
}
try {
  throw new MyError("boom", 42);
} catch (e) {
  console.log(e.name, e.message, e.code, e instanceof Error, String(e));
}
// Extending a constructor function.
function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  get() { return "modern " + super.get(); }
}
console.log(new Modern(7).get());
// extends null-ish expressions are evaluated.
const pick = (flag) => (flag ? Circle : Square);
class Dynamic extends pick(false) {}
console.log(new Dynamic(3).area());
