// Optional chaining and nullish coalescing.
const user = { profile: { name: "Ada", tags: ["x"], greet() { return "hi " + this.name; } }, list: null };
console.log(user.profile?.name, user.missing?.name, user.list?.[0], user.profile?.tags?.[0]);
console.log(user.profile?.greet?.(), user.profile?.nope?.(), user.missing?.deep.deeper.deepest);
console.log(user.profile.greet?.call({ name: "other" }));
const fnOrNull = null;
console.log(fnOrNull?.(1), typeof fnOrNull?.prop);
let calls = 0;
const side = () => { calls++; return "k"; };
const nothing = undefined;
nothing?.[side()];
console.log(calls);
console.log(user?.profile?.["na" + "me"], (user.missing ?? {}).x ?? "default");
const cond = true ?.5 : 1;
console.log(cond);
const arr = [{ v: 1 }, null];
console.log(arr.map((o) => o?.v ?? "none").join(","));
const deep = { a: { b: { c: { d: "found" } } } };
console.log(deep?.a?.b?.c?.d, deep.a?.x?.c?.d);
const counter = { n: 0, inc() { this.n++; return this; } };
counter?.inc().inc()?.inc();
console.log(counter.n);
class Box { #v = 5; static read(b) { return b?.#v; } }
console.log(Box.read(new Box()), Box.read(null));
console.log(0 ?? 1, "" ?? "x", false ?? true, null ?? undefined ?? "last");
const nested = { f: () => ({ g: () => "chained call" }) };
console.log(nested.f?.().g?.());
