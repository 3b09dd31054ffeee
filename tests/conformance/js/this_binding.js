// The rules that decide `this`.
"use strict";
var obj = {
  name: "obj",
  regular: function () { return this === undefined ? "undefined" : this.name; },
  arrow: () => typeof this,
  nested: function () {
    var inner = () => this.name;
    function plain() { return this === undefined ? "undefined" : this.name; }
    return inner() + "/" + plain();
  },
};
console.log(obj.regular());
var detached = obj.regular;
console.log(detached());
console.log(obj.arrow());
console.log(obj.nested());
var other = { name: "other" };
console.log(obj.regular.call(other), obj.regular.apply(other, []));
var bound = obj.regular.bind(other);
console.log(bound(), bound.call(obj));
console.log(bound.name);
// Method extraction through an expression.
console.log((obj.regular)());
console.log((0, obj.regular)());
// Callbacks lose `this` unless bound or arrowed.
function Timer() {
  this.ticks = 0;
  [1, 2, 3].forEach(function () { this.ticks++; }, this);
  [1, 2].forEach(() => { this.ticks += 10; });
}
console.log(new Timer().ticks);
// `this` in a constructor and in class methods.
class Greeter {
  constructor(name) { this.name = name; }
  hello() { return "hello " + this.name; }
  static create() { return new this("static"); }
}
var g = new Greeter("class");
var hello = g.hello;
try {
  hello();
} catch (e) {
  console.log(e instanceof TypeError);
}
console.log(Greeter.create().hello());
// Getters see the receiver.
var proto = { get who() { return this.tag; } };
var child = Object.create(proto);
child.tag = "child";
console.log(child.who);
// call with primitives in strict mode keeps them.
function kind() { return typeof this; }
console.log(kind.call(5), kind.call("s"), kind.call(null));
