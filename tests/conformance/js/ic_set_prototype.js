// Object.setPrototypeOf (ECMA-262 §10.1.2 [[SetPrototypeOf]]) in the middle
// of a loop whose property reads and method calls are cached: on the
// receiver, and on an object further up its chain.
const cat = { speak() { return "meow"; }, legs: 4 };
const bird = { speak() { return "tweet"; }, legs: 2 };
const animal = { kind: "animal" };
const o = Object.create(cat);

function describe(x) { return x.speak() + "/" + x.legs + "/" + x.kind; }

const out = [];
for (let i = 0; i < 12; i++) {
  if (i === 3) Object.setPrototypeOf(o, bird);
  if (i === 6) Object.setPrototypeOf(bird, animal);
  if (i === 9) Object.setPrototypeOf(o, null);
  try {
    out.push(describe(o));
  } catch (e) {
    out.push(e instanceof TypeError ? "TypeError" : "other");
  }
}
console.log(out.join(" "));

// Two receivers of one layout with different prototypes at one site.
class P { who() { return "P"; } }
class Q { who() { return "Q"; } }
const a = new P(), b = new Q();
const whos = [];
for (let i = 0; i < 8; i++) {
  const r = i % 2 ? a : b;
  whos.push(r.who());
  if (i === 4) Object.setPrototypeOf(a, Q.prototype);
}
console.log(whos.join(""));

// Assigning __proto__ changes the chain too (it is an accessor, never cached).
const z = { __proto__: cat };
const zs = [];
for (let i = 0; i < 4; i++) {
  zs.push(z.speak());
  z.__proto__ = i % 2 ? cat : bird;
}
console.log(zs.join(","));
