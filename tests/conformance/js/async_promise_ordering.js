// Sync code, then microtasks (promise reactions, queueMicrotask, await
// continuations) in FIFO order, then timers by due time.
const out = [];
const log = (s) => out.push(s);

log("script start");
setTimeout(() => log("timeout 0"), 0);
setTimeout(() => log("timeout 20"), 20);
setTimeout(() => log("timeout 10"), 10);

Promise.resolve()
  .then(() => log("then 1"))
  .then(() => log("then 2"))
  .then(() => log("then 3"));

queueMicrotask(() => log("microtask 1"));

async function first() {
  log("first: before await");
  await null;
  log("first: after await 1");
  await second();
  log("first: after second");
}
async function second() {
  log("second: runs synchronously");
  await undefined;
  log("second: after await");
}
first();

new Promise((resolve) => {
  log("executor runs synchronously");
  resolve("resolved value");
}).then((v) => log("executor promise: " + v));

queueMicrotask(() => {
  log("microtask 2");
  queueMicrotask(() => log("microtask queued by microtask"));
  Promise.resolve().then(() => log("then queued by microtask"));
});

setTimeout(() => {
  log("timeout 5");
  Promise.resolve().then(() => log("microtask after timeout 5"));
  setTimeout(() => log("timeout set inside timeout"), 0);
}, 5);

log("script end");
setTimeout(() => console.log(out.join("\n")), 50);
