// Spread in calls, arrays and objects; rest parameters.
function sum(...nums) { return nums.reduce((s, v) => s + v, 0); }
console.log(sum(), sum(1), sum(1, 2, 3, 4));
const arr = [1, 2, 3];
console.log(sum(...arr, 10, ...[20, 30]));
console.log(Math.min(...arr), Math.max(...[], 0));
const copy = [...arr];
copy.push(4);
console.log(arr.length, copy.length, [..."hey"].join("|"));
const merged = { ...{ a: 1, b: 2 }, b: 3, ...{ c: 4 } };
console.log(JSON.stringify(merged));
const withGetter = { get g() { return "evaluated"; } };
const spreadCopy = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(spreadCopy, "g").value);
console.log(JSON.stringify({ ...null, ...undefined, ...[7, 8], ..."ab" }));
function named(first, ...rest) { return `${first}:${rest.length}:${arguments.length}`; }
console.log(named(1, 2, 3), named.length);
const point = { x: 1, y: 2, z: 3 };
const { x, ...others } = point;
console.log(x, JSON.stringify(others));
const matrix = [[1, 2], [3, 4]];
console.log([].concat(...matrix).join(","), [...matrix[0], ...matrix[1]].length);
console.log(new Date(...[2020, 0, 15]).getMonth());
class V { constructor(...parts) { this.parts = parts; } }
console.log(new V(...arr, 9).parts.join(""));
const proto = { inherited: true };
const own = Object.create(proto);
own.mine = 1;
console.log(JSON.stringify({ ...own }));
