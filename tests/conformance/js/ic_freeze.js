// Writes through a cached site after Object.freeze, Object.seal and
// Object.preventExtensions (ECMA-262 §20.1.2 / §10.1.4 / §7.3.15): a
// frozen property is read-only, a non-extensible object gets no new key;
// sloppy code ignores the failed write, strict code throws a TypeError.
function setX(o, v) { o.x = v; }
function addY(o, v) { o.y = v; }
function strictSetX(o, v) { "use strict"; o.x = v; }
function strictAddY(o, v) { "use strict"; o.y = v; }

function attempt(f, o, v) {
  try {
    f(o, v);
    return "ok";
  } catch (e) {
    return e instanceof TypeError ? "TypeError" : "other";
  }
}

for (const how of ["freeze", "seal", "preventExtensions"]) {
  const objs = [];
  for (let i = 0; i < 3; i++) objs.push({ x: 0 });
  const res = [];
  for (let i = 0; i < 6; i++) {
    const o = objs[i % 3];
    if (i === 3) Object[how](objs[0]);
    res.push(attempt(setX, o, i), attempt(strictSetX, o, i), o.x);
  }
  for (let i = 0; i < 6; i++) {
    const o = { x: 1 };
    if (i >= 3) Object[how](o);
    res.push(attempt(addY, o, i), String(o.y), attempt(strictAddY, o, i), String(o.y));
  }
  console.log(how, res.join(","));
}

// An empty object made non-extensible keeps the layout of fresh objects.
const fresh = [];
for (let i = 0; i < 4; i++) {
  const o = {};
  if (i % 2) Object.preventExtensions(o);
  addY(o, i);
  fresh.push(String(o.y), Object.isExtensible(o));
}
console.log(fresh.join(","));

// A frozen prototype property blocks the add on the receiver.
const proto = Object.freeze({ x: "frozen" });
const kids = [Object.create(proto), Object.create(proto)];
for (let i = 0; i < 4; i++) {
  const k = kids[i % 2];
  console.log(attempt(setX, k, i), attempt(strictSetX, k, i), k.x, Object.keys(k).length);
}
