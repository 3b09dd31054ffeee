// async methods, async arrows with lexical this, arguments, super calls
// from async methods, getters awaited, and how node prints promises and
// async functions.
class Repo {
  constructor(name) {
    this.name = name;
    this.items = new Map();
  }
  async save(id, value) {
    await null;
    this.items.set(id, value);
    return `${this.name}: saved ${id}`;
  }
  async load(id) {
    await null;
    if (!this.items.has(id)) throw new Error(`${this.name}: no item ${id}`);
    return this.items.get(id);
  }
  static async create(name) {
    const r = new Repo(name);
    await r.save("seed", 0);
    return r;
  }
}

class CachedRepo extends Repo {
  async load(id) {
    const v = await super.load(id);
    return { id, v, cached: true };
  }
}

const obj = {
  factor: 3,
  async scale(...nums) {
    const double = async (n) => n * this.factor;
    const out = [];
    for (const n of nums) out.push(await double(n));
    return out;
  },
  async count() {
    await 0;
    return arguments.length;
  },
};

async function main() {
  const repo = await Repo.create("main");
  console.log(await repo.save("a", 1));
  console.log(await repo.load("a"), await repo.load("seed"));
  await repo.load("zzz").catch((e) => console.log(e.message));
  const cached = new CachedRepo("cache");
  await cached.save("k", "value");
  console.log(await cached.load("k"));
  console.log(await obj.scale(1, 2, 3));
  console.log(await obj.count(1, 2, 3, 4));
  console.log(Repo.prototype.save, obj.scale, async () => 1, main);
  console.log(typeof main, main.length, main.name, Object.prototype.toString.call(main));
  const pending = new Promise(() => {});
  const fulfilled = Promise.resolve({ a: 1, b: [1, 2] });
  const rejected = Promise.reject("why");
  rejected.catch(() => {});
  console.log(pending, fulfilled, rejected);
  console.log([Promise.resolve("in array")], { p: Promise.resolve(undefined) });
  try {
    new main();
  } catch (e) {
    console.log(e.name);
  }
}
main();
