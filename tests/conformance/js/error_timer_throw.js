// An exception in a timer callback is uncaught: the program stops there.
setTimeout(() => console.log("first timer"), 1);
setTimeout(() => {
  throw new TypeError("timer failed");
}, 2);
setTimeout(() => console.log("never printed"), 3);
