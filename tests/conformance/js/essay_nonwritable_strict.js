// A non-writable property: assignments are ignored in sloppy code and
// throw a TypeError in strict code.
const config = {};
Object.defineProperty(config, "version", { value: 1, writable: false, enumerable: true });
config.version = 2;
console.log(config.version, config);
function strictWrite(obj) {
  "use strict";
  try {
    obj.version = 3;
    return "no error";
  } catch (e) {
    return e.constructor.name;
  }
}
console.log(strictWrite(config), config.version);
// The same through inheritance: a read-only property on the prototype
// blocks creating an own property by assignment.
const child = Object.create(config);
child.version = 9;
console.log(child.version, Object.keys(child));
Object.defineProperty(child, "version", { value: 9, enumerable: true });
console.log(child.version, Object.keys(child));
// Frozen objects.
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 100;
frozen.c = 3;
frozen.nested.b = 20;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const sealed = Object.seal({ s: 1 });
sealed.s = 2;
sealed.t = 3;
delete sealed.s;
console.log(sealed, Object.isSealed(sealed), Object.isExtensible(sealed));
