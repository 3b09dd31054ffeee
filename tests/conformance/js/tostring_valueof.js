// Type conversion through valueOf, toString and Symbol.toPrimitive.
const log = [];
const money = {
  valueOf() { log.push("valueOf"); return 42; },
  toString() { log.push("toString"); return "forty-two"; },
};
console.log(money + 1, `${money}`, money * 2, String(money), money > 41, money == 42);
console.log(log.join(","));
const onlyString = { toString() { return "7"; } };
console.log(onlyString * 2, onlyString + 1, +onlyString);
const dateLike = { [Symbol.toPrimitive](hint) { return hint === "number" ? 1 : "hint:" + hint; } };
console.log(+dateLike, `${dateLike}`, dateLike + "", dateLike - 0);
console.log([] + {}, [1, 2] + "", [] == "", [0] == false, null + 1, undefined + 1, true + true);
console.log("5" * "2", "5" + 2, "5" - 2, "abc" * 1, [3] * [4], { } * 2);
console.log(null >= 0, null > 0, null == 0, undefined == 0, NaN <= NaN, "a" < "b");
console.log(1 == true, 2 == true, "1" == true, "" == 0, "0" == false, [] == ![]);
const bad = { valueOf() { return {}; }, toString() { return {}; } };
try {
  bad + 1;
} catch (e) {
  console.log(e.constructor.name);
}
class Temp {
  constructor(c) { this.c = c; }
  valueOf() { return this.c; }
  toString() { return this.c + "C"; }
}
const temps = [new Temp(30), new Temp(10), new Temp(20)];
console.log(temps.sort((x, y) => x - y).join(" "), Math.max(...temps), temps[0] < temps[1]);
console.log(Boolean(""), Boolean("0"), Boolean([]), Boolean({}), Boolean(0n), !!NaN);
console.log(String(null), String([null]), String([undefined, 1]), String({}), String(Symbol("q")));
