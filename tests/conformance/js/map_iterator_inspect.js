// console.log of Map and Set iterators shows what is left without moving them; their prototype chain.
const m = new Map([[1, "a"], [2, "b"]]);
console.log(m, new Set([1, 2]));
console.log(m.keys(), m.entries(), new Set([1]).values());
const it = m.values(); it.next();
console.log(it, [...it], it);
console.log(typeof it.next, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
