// Sorting algorithms on plain arrays.
function quickSort(a) {
  if (a.length < 2) return a;
  const [pivot, ...rest] = a;
  return [...quickSort(rest.filter((x) => x < pivot)), pivot, ...quickSort(rest.filter((x) => x >= pivot))];
}
function mergeSort(a) {
  if (a.length < 2) return a;
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid)), right = mergeSort(a.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < left.length && j < right.length) out.push(left[i] <= right[j] ? left[i++] : right[j++]);
  return out.concat(left.slice(i), right.slice(j));
}
function insertionSort(a) {
  a = a.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
const data = Array.from({ length: 20 }, rand);
console.log(data.join(","));
for (const sort of [quickSort, mergeSort, insertionSort]) console.log(sort.name, sort(data).join(","));
console.log([...data].sort((a, b) => a - b).join(",") === mergeSort(data).join(","));
const records = [{ n: "x", s: 2 }, { n: "y", s: 1 }, { n: "z", s: 2 }, { n: "w", s: 1 }];
console.log(records.sort((a, b) => a.s - b.s).map((r) => r.n).join(""));
function binarySearch(a, target) {
  let lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] === target) return mid;
    a[mid] < target ? (lo = mid + 1) : (hi = mid - 1);
  }
  return -1;
}
const sorted = mergeSort(data);
console.log(binarySearch(sorted, sorted[13]) >= 0, binarySearch(sorted, -1));
