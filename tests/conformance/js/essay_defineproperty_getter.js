// A getter `magnitude` defined with Object.defineProperty on a prototype.
function Vector(x, y) { this.x = x; this.y = y; }
Object.defineProperty(Vector.prototype, "magnitude", {
  get() { return Math.sqrt(this.x * this.x + this.y * this.y); },
  enumerable: false,
  configurable: true,
});
const v = new Vector(3, 4);
console.log(v.magnitude, Object.keys(v), "magnitude" in v, v.hasOwnProperty("magnitude"));
v.x = 6; v.y = 8;
console.log(v.magnitude);
// Assigning to a getter-only accessor: ignored in sloppy code.
v.magnitude = 100;
console.log(v.magnitude, Object.getOwnPropertyNames(v));
const d = Object.getOwnPropertyDescriptor(Vector.prototype, "magnitude");
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
// The same with get/set syntax in a literal.
const temp = {
  celsius: 20,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
};
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit, temp);
// Getters on a class, inherited by a subclass, shown as [Getter] by console.log.
class Circle {
  constructor(r) { this.r = r; }
  get area() { return Math.round(Math.PI * this.r * this.r); }
  static get unit() { return new Circle(1); }
}
class Ring extends Circle {
  get area() { return super.area - 1; }
}
console.log(new Circle(2).area, new Ring(2).area, Circle.unit.area, new Ring(3));
console.log(Object.getOwnPropertyNames(Circle.prototype));
const shown = Object.defineProperty({}, "live", { get() { return 1; }, enumerable: true });
console.log(shown);
