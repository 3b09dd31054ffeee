// An essay-style example: a kitchen that cooks orders concurrently. Each
// dish takes time (virtual timers), the chef awaits them in parallel with
// Promise.all, a failing dish is retried, and a deadline races the whole
// service. Output order is decided entirely by the event loop.
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Dish {
  constructor(name, minutes, failures = 0) {
    this.name = name;
    this.minutes = minutes;
    this.failures = failures;
  }
  async cook() {
    console.log(`  start ${this.name}`);
    await wait(this.minutes * 10);
    if (this.failures > 0) {
      this.failures--;
      throw new Error(`${this.name} burned`);
    }
    console.log(`  done  ${this.name}`);
    return `${this.name} (${this.minutes} min)`;
  }
}

async function withRetry(dish, attempts) {
  for (let i = 1; ; i++) {
    try {
      return await dish.cook();
    } catch (e) {
      console.log(`  ${e.message}, attempt ${i} of ${attempts}`);
      if (i === attempts) throw e;
    }
  }
}

async function serve(table, dishes) {
  console.log(`table ${table}: order of ${dishes.length}`);
  const plates = await Promise.all(dishes.map((d) => withRetry(d, 2)));
  console.log(`table ${table}: served ${plates.join(", ")}`);
  return plates.length;
}

function deadline(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`kitchen closed after ${ms}`)), ms));
}

async function service() {
  const tables = [
    serve(1, [new Dish("soup", 2), new Dish("bread", 1)]),
    serve(2, [new Dish("steak", 4, 1), new Dish("salad", 1)]),
  ];
  const counts = await Promise.race([Promise.all(tables), deadline(1000)]);
  console.log("plates per table:", counts);
  try {
    await Promise.race([serve(3, [new Dish("roast", 50)]), deadline(100)]);
  } catch (e) {
    console.log("table 3:", e.message);
  }
  const report = await Promise.allSettled([withRetry(new Dish("souffle", 1, 5), 2), withRetry(new Dish("tea", 1), 1)]);
  console.log(report.map((r) => r.status));
}

service().finally(() => console.log("service over"));
console.log("doors open");
