// The essay's constructor function: methods live on Vector.prototype,
// instances find them through [[Prototype]].
function Vector(x, y) {
  this.x = x;
  this.y = y;
}
Vector.prototype.dot = function (other) {
  return this.x * other.x + this.y * other.y;
};
Vector.prototype.scale = function (k) {
  return new Vector(this.x * k, this.y * k);
};
const vec = new Vector(3, 4);
console.log(vec, vec.dot(vec), vec.scale(2));
console.log(Object.getPrototypeOf(vec) === Vector.prototype, vec.constructor === Vector);
console.log(Object.getPrototypeOf(Vector.prototype) === Object.prototype);
console.log(Object.keys(vec), "dot" in vec, vec.hasOwnProperty("dot"));
// Data tacked onto the constructor stays invisible to instances.
Vector.origin = new Vector(0, 0);
console.log(vec.origin, Vector.origin);
// A property added to the prototype later is seen by every instance.
Vector.prototype.toString = function () { return `(${this.x}, ${this.y})`; };
console.log(String(vec), `${vec.scale(0.5)}`);
// Own properties shadow the prototype's.
vec.dot = () => "shadowed";
console.log(vec.dot(), Vector.prototype.dot.call(vec, vec));
delete vec.dot;
console.log(vec.dot(new Vector(1, 1)));
