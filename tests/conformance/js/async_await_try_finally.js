// try/catch/finally across awaits: rejections become throws at the
// await, finally blocks run, return values of async functions.
const sleep = (ms, v) => new Promise((res) => setTimeout(res, ms, v));
const fail = (ms, msg) => new Promise((_, rej) => setTimeout(() => rej(new Error(msg)), ms));

async function guarded(label, job) {
  try {
    const v = await job;
    console.log(label, "ok", v);
    return v;
  } catch (e) {
    console.log(label, "caught", e.message);
    return "recovered";
  } finally {
    console.log(label, "finally");
  }
}

async function nested() {
  try {
    try {
      await fail(1, "inner");
    } finally {
      console.log("inner finally runs before the outer catch");
    }
  } catch (e) {
    console.log("outer caught", e.message);
    throw new TypeError("rethrown as " + e.message.toUpperCase());
  }
}

async function finallyOverrides() {
  try {
    return await sleep(1, "from try");
  } finally {
    console.log("finally sees the pending return");
  }
}

async function loop() {
  let total = 0;
  for (let i = 1; i <= 4; i++) {
    total += await sleep(1, i);
    if (i === 2) continue;
    console.log("loop step", i, total);
  }
  return total;
}

async function main() {
  console.log(await guarded("a", sleep(2, 42)));
  console.log(await guarded("b", fail(1, "bad input")));
  console.log(await guarded("c", 7));
  try {
    await nested();
  } catch (e) {
    console.log(e.name, e.message);
  }
  console.log(await finallyOverrides());
  console.log("loop total", await loop());
  const results = [];
  for (const ms of [3, 1, 2]) results.push(await sleep(ms, ms * 10));
  console.log("sequential", results);
  try {
    null.x;
  } catch (e) {
    console.log("sync TypeError in async fn:", e instanceof TypeError);
  }
  const value = await (async () => {
    throw new RangeError("from arrow");
  })().catch((e) => e.name);
  console.log("caught via .catch:", value);
}

main().then((v) => console.log("main resolved with", v));
console.log("main returned; awaits resume later");
