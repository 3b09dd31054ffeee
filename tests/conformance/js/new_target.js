// new.target, abstract base classes, and calling constructors without new.
function Flexible(x) {
  if (!new.target) return new Flexible(x);
  this.x = x;
}
console.log(Flexible(1).x, new Flexible(2).x, Flexible(3) instanceof Flexible);
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError("Abstract is abstract");
    this.kind = new.target.name;
  }
}
class Concrete extends Abstract {}
try {
  new Abstract();
} catch (e) {
  console.log(e.message);
}
console.log(new Concrete().kind);
function Who() { return new.target === undefined ? "called" : "constructed"; }
console.log(Who(), new Who() instanceof Who);
class Registry {
  static created = [];
  constructor() { Registry.created.push(new.target.name); }
}
class Plugin extends Registry {}
new Registry(); new Plugin(); new Plugin();
console.log(Registry.created.join(","));
const arrowInside = function () { return (() => new.target)(); };
console.log(arrowInside() === undefined, new arrowInside() === undefined);
console.log(Reflect.construct(Concrete, [], Object).constructor === Object);
