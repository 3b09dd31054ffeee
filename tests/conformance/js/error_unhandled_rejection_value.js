// A rejection with a non-Error value: node wraps it in an
// UnhandledPromiseRejection error that quotes the value.
const handled = Promise.reject(new Error("this one is handled"));
handled.catch((e) => console.log("handled:", e.message));
console.log("start");
Promise.reject(42);
