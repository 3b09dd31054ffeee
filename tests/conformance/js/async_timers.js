// Timers: order by delay then creation, arguments, clearTimeout,
// setInterval with clearInterval, nested timers, setImmediate after the
// timers of the current turn.
const start = [];
setTimeout((a, b) => console.log("args:", a, b), 30, "x", 42);
setTimeout(() => console.log("100ms"), 100);
setTimeout(() => console.log("50ms"), 50);
const t1 = setTimeout(() => console.log("same delay 1"), 40);
setTimeout(() => console.log("same delay 2"), 40);
const gone = setTimeout(() => console.log("cleared, never printed"), 45);
clearTimeout(gone);
clearTimeout(undefined);
console.log(typeof t1, typeof t1.ref, t1.hasRef());

let count = 0;
const iv = setInterval(() => {
  count++;
  console.log("interval", count);
  if (count === 3) clearInterval(iv);
}, 200);

setTimeout(() => {
  console.log("outer timer");
  setImmediate(() => console.log("immediate from timer"));
  setTimeout(() => console.log("timeout 0 from timer"), 0);
  Promise.resolve().then(() => console.log("microtask from timer"));
}, 1000);

setTimeout(() => {
  const im = setImmediate(() => console.log("cleared immediate"));
  clearImmediate(im);
  setImmediate((x) => {
    console.log("immediate with arg", x);
    setImmediate(() => console.log("immediate from immediate"));
  }, "ok");
}, 2000);

const unref = setTimeout(() => console.log("unref'd but due early: runs"), 1500);
unref.unref();
setTimeout(() => console.log("never: unref'd and nothing else alive"), 5000).unref();

try {
  setTimeout("not a function");
} catch (e) {
  console.log(e.name, e.code);
}
console.log("sync done");
