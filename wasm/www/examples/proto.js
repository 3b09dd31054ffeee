// JavaScript: objects inherit from objects. A class is sugar over a
// constructor and its .prototype; a getter is a first-class property.
function Vector(x, y) {
  this.x = x;
  this.y = y;
}

Object.defineProperty(Vector.prototype, 'magnitude', {
  get() { return Math.sqrt(this.x * this.x + this.y * this.y); },
  configurable: true,
});

Vector.prototype.dot = function (other) {
  return this.x * other.x + this.y * other.y;
};

class Vec3 extends Vector {
  constructor(x, y, z) {
    super(x, y);
    this.z = z;
  }
}

var vec = new Vector(3, 4);
var v3 = new Vec3(1, 2, 3);
console.log(vec.magnitude);                                // 5
console.log(vec.dot(vec));                                 // 25
console.log(Object.getPrototypeOf(vec) === Vector.prototype);
console.log(Object.getPrototypeOf(Vec3.prototype) === Vector.prototype);
console.log(v3.magnitude, Object.keys(v3));
console.log(vec.constructor === Vector, 'magnitude' in vec, vec.hasOwnProperty('magnitude'));
