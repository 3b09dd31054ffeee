// The iteration protocol: Symbol.iterator, next(), return().
const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from;
    return {
      next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }),
      [Symbol.iterator]() { return this; },
    };
  },
};
console.log([...countdown].join(","));
for (const n of countdown) console.log("tick", n);
const [first, ...others] = countdown;
console.log(first, others.join("/"));
console.log(Array.from(countdown, (x) => x * x).join(" "));
console.log(Math.max(...countdown));
// Early exit calls return().
let closed = 0;
const closable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return { value: i, done: i > 10 }; },
      return() { closed++; return { done: true }; },
    };
  },
};
for (const v of closable) {
  if (v === 3) break;
}
const [x1, x2] = closable;
console.log(closed, x1, x2);
// Built-in iterators.
const it = ["a", "b"][Symbol.iterator]();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
const m = new Map([["k1", 1], ["k2", 2]]);
for (const [k, v] of m) console.log(k, v);
console.log([...m.keys()].join(","), [...m.values()].join(","));
for (const [i, ch] of [..."héllo"].entries()) if (i < 2) console.log(i, ch);
console.log([..."abc"].reverse().join(""));
const s = new Set([3, 1, 3, 2, 1]);
console.log([...s].join(","), s.size);
// An iterator class with a linked structure.
class Node {
  constructor(v, next = null) { this.v = v; this.next = next; }
  *[Symbol.iterator]() {
    for (let n = this; n; n = n.next) yield n.v;
  }
}
const list = new Node(1, new Node(2, new Node(3)));
console.log([...list].map(String).join("->"));
