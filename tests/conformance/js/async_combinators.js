// Promise.all / allSettled / race / any, AggregateError, and what they do
// with non-promise values, thenables and empty inputs.
const delay = (ms, v, fail) =>
  new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));

async function main() {
  console.log(await Promise.all([delay(3, "c"), delay(1, "a"), "plain", delay(2, "b")]));
  console.log(await Promise.all([]));
  try {
    await Promise.all([delay(5, "slow"), delay(1, "boom", true), delay(2, "later", true)]);
  } catch (e) {
    console.log("all rejected with the first:", e.message);
  }
  const settled = await Promise.allSettled([delay(1, "ok"), delay(2, "no", true), 3]);
  for (const r of settled) console.log(r.status, r.status === "fulfilled" ? r.value : r.reason.message);
  console.log(await Promise.race([delay(4, "tortoise"), delay(1, "hare")]));
  console.log(await Promise.race(["immediate", delay(1, "hare")]));
  console.log(await Promise.any([delay(3, "x", true), delay(4, "y"), delay(2, "z")]));
  try {
    await Promise.any([delay(1, "e1", true), Promise.reject(new Error("e2"))]);
  } catch (e) {
    console.log(e instanceof AggregateError, e.name, e.message);
    console.log(e.errors.map((x) => x.message));
  }
  try {
    await Promise.any([]);
  } catch (e) {
    console.log("any([]):", e.constructor.name, e.errors.length);
  }
  const thenable = { then(resolve) { resolve("from thenable"); } };
  console.log(await Promise.all([thenable, Promise.resolve(thenable)]));
  try {
    await Promise.all(5);
  } catch (e) {
    console.log(e.constructor.name, e.message);
  }
  const set = new Set([delay(1, 1), delay(1, 2)]);
  console.log("from a Set:", await Promise.all(set));
  const ae = new AggregateError([1, 2], "custom");
  console.log(ae.message, ae.errors, ae instanceof Error);
}
main();
