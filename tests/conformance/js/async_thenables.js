// Thenable adoption (NewPromiseResolveThenableJob) costs extra ticks;
// counting ticks shows the exact order node follows.
const log = [];
let tick = 0;
function ticker(n) {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push("tick " + i));
}
ticker(6);

const p1 = Promise.resolve("native");
const p2 = new Promise((res) => res(p1));
p2.then((v) => log.push("resolved with a promise: " + v));

p1.then((v) => log.push("direct then: " + v));

const thenable = {
  then(onFul) {
    log.push("thenable.then called");
    onFul("thenable value");
  },
};
Promise.resolve(thenable).then((v) => log.push("Promise.resolve(thenable): " + v));
console.log("Promise.resolve(p) === p:", Promise.resolve(p1) === p1);

(async () => {
  const v = await p1;
  log.push("await native: " + v);
})();
(async () => {
  const v = await thenable;
  log.push("await thenable: " + v);
})();
(async () => p1)().then((v) => log.push("async returning a promise: " + v));

const throwingThen = {
  get then() {
    throw new Error("getter throws");
  },
};
Promise.resolve(throwingThen).catch((e) => log.push("then getter threw: " + e.message));

const lateThrow = {
  then(res) {
    res("first wins");
    throw new Error("ignored");
  },
};
Promise.resolve(lateThrow).then((v) => log.push(v));

const self = new Promise((res) => setTimeout(() => res(self)));
self.catch((e) => console.log(e.constructor.name + ": " + e.message));

setTimeout(() => console.log(log.join("\n")), 5);
