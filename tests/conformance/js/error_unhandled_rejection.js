// A rejected promise nobody handles ends the program once the microtask
// queue is empty (node 20: exit code 1, the error on stderr); the timer
// never runs.
console.log("before");
Promise.resolve().then(() => console.log("microtasks still run first"));
async function load(name) {
  await null;
  throw new RangeError("cannot load " + name);
}
load("config");
setTimeout(() => console.log("never printed"), 0);
