// Deleting an own property (ECMA-262 §10.1.10 [[Delete]]) reveals the
// prototype's property of the same name to cached reads and writes.
const proto = { v: "proto", w: "proto w" };
function read(o) { return o.v; }
function write(o, x) { o.w = x; }

const objs = [];
for (let i = 0; i < 4; i++) {
  const o = Object.create(proto);
  o.v = "own " + i;
  objs.push(o);
}
const out = [];
for (let round = 0; round < 3; round++) {
  for (const o of objs) out.push(read(o));
  delete objs[round].v;
}
console.log(out.join(" | "));

// A write after delete creates the own property again.
const o = Object.create(proto);
for (let i = 0; i < 5; i++) {
  write(o, "w" + i);
  if (i === 2) delete o.w;
  console.log(i, o.w, Object.keys(o).join(","), proto.w);
}

// Deleting a property of the prototype while a cache holds its value.
const q = Object.create(proto);
const qs = [];
for (let i = 0; i < 6; i++) {
  if (i === 3) delete proto.v;
  qs.push(String(read(q)));
}
console.log(qs.join(","));
