// Errors inside handlers travel down the chain; catch returns recover;
// the TypeErrors of the Promise machinery.
Promise.resolve(1)
  .then((v) => {
    throw new Error("handler threw on " + v);
  })
  .then(() => console.log("skipped"))
  .catch((e) => {
    console.log("caught:", e.message);
    return "recovered";
  })
  .then((v) => console.log("after catch:", v))
  .finally(() => console.log("finally without arguments"))
  .then((v) => console.log("finally passes the value through:", v));

Promise.reject(new Error("passes through then without handler"))
  .then((v) => v)
  .then(undefined, (e) => console.log("second arg of then:", e.message));

Promise.resolve("x")
  .finally(() => {
    throw new Error("finally threw");
  })
  .catch((e) => console.log("finally's throw wins:", e.message));

try {
  new Promise(42);
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  Promise();
} catch (e) {
  console.log(e.name);
}
try {
  Promise.prototype.then.call({}, () => {});
} catch (e) {
  console.log(e.name + ": " + e.message);
}

const p = Promise.resolve(1);
const chained = p.then(() => chained);
chained.catch((e) => console.log(e.name + ": " + e.message));

let resolveLater;
const manual = new Promise((res) => (resolveLater = res));
manual.then((v) => console.log("manual resolved:", v));
resolveLater("first");
resolveLater("second is ignored");

class MyPromise extends Promise {}
const mine = MyPromise.resolve(5).then((v) => v + 1);
console.log(mine instanceof MyPromise, mine instanceof Promise);
mine.then((v) => console.log("subclass value", v));

const rejectedLater = Promise.reject(new Error("handled in the same tick"));
Promise.resolve().then(() => rejectedLater.catch((e) => console.log("late catch:", e.message)));
