// Semicolon-free code: automatic semicolon insertion in action
const a = 1
let b = a + 1
var c = b
  + 1
console.log(a, b, c)
function f() {
  return
    "never returned"
}
console.log(f())
function g() {
  return (
    "returned"
  )
}
console.log(g())
let i = 0
i
++
i
console.log(i)
const obj = { x: 1, y: 2 }
const sum = obj.x
  + obj.y
console.log(sum)
const arr = [1, 2, 3]
;[4, 5].forEach((v) => arr.push(v))
console.log(arr.join(","))
const s = "str"
;(function () { console.log("iife after leading semicolon") })()
let n = 0
for (const v of arr) n += v
console.log(n)
if (n > 5) console.log("big")
else console.log("small")
do n--; while (n > 10) console.log("after do-while", n)
outer: for (;;) {
  break
  outer
}
let t = 5
while (t > 0) { t -= 2 }
console.log(t)
const fn = () => {
  throw new Error("thrown")
}
try { fn() } catch (e) { console.log(e.message) }
class K {
  a = 1
  b = 2
  static c = 3
  m() { return this.a + this.b }
}
console.log(new K().m(), K.c)
const tpl = `x`
console.log(tpl)
const x = 1, y = 2
const z = x
/y/1
console.log(z)
var yieldy = function* () {
  yield
  1
}
console.log(yieldy().next().value)
const last = "no semicolon at the end"
console.log(last)
