-- Recursion: permutations, towers of Hanoi, power set, Ackermann, mutual recursion.
local function permutations(list)
  local result = {}
  local function permute(arr, k)
    if k > #arr then
      result[#result + 1] = table.concat(arr)
      return
    end
    for i = k, #arr do
      arr[k], arr[i] = arr[i], arr[k]
      permute(arr, k + 1)
      arr[k], arr[i] = arr[i], arr[k]
    end
  end
  permute(list, 1)
  return result
end
local perms = permutations({ "a", "b", "c", "d" })
print(#perms)
print(table.concat(perms, " ", 1, 12))
print(table.concat(perms, " ", 13, 24))
table.sort(perms)
print(perms[1], perms[#perms])

-- towers of Hanoi
local moves = {}
local function hanoi(n, from, to, via)
  if n == 0 then return 0 end
  local c = hanoi(n - 1, from, via, to)
  moves[#moves + 1] = from .. to
  return c + 1 + hanoi(n - 1, via, to, from)
end
print(hanoi(3, "A", "C", "B"), table.concat(moves, " "))
moves = {}
print(hanoi(10, "A", "C", "B"), #moves, moves[1], moves[512], moves[1023])

-- power set
local function powerset(s, i)
  i = i or 1
  if i > #s then return { {} } end
  local rest = powerset(s, i + 1)
  local out = {}
  for _, sub in ipairs(rest) do out[#out + 1] = sub end
  for _, sub in ipairs(rest) do
    local with = { s[i] }
    for _, v in ipairs(sub) do with[#with + 1] = v end
    out[#out + 1] = with
  end
  return out
end
local ps = powerset({ 1, 2, 3 })
local strs = {}
for i, sub in ipairs(ps) do strs[i] = "{" .. table.concat(sub, ",") .. "}" end
print(#ps, table.concat(strs, " "))

-- Ackermann (small) and mutual recursion
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(10), is_odd(7), is_even(1001))

-- deep non-tail recursion that stays well within limits
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))

-- proper tail calls do not grow the stack
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + n) end
print(loop(1000000, 0))

-- gcd, binary search, merge sort
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ^ 40 // 1 | 0, 6 ^ 10 // 1 | 0))
local function bsearch(arr, x, lo, hi)
  lo, hi = lo or 1, hi or #arr
  if lo > hi then return nil end
  local mid = (lo + hi) // 2
  if arr[mid] == x then return mid
  elseif arr[mid] < x then return bsearch(arr, x, mid + 1, hi)
  else return bsearch(arr, x, lo, mid - 1) end
end
local sorted = {}
for i = 1, 100 do sorted[i] = i * 3 end
print(bsearch(sorted, 3), bsearch(sorted, 150), bsearch(sorted, 300), bsearch(sorted, 151))
local function merge_sort(a)
  if #a <= 1 then return a end
  local mid = #a // 2
  local l = merge_sort({ table.unpack(a, 1, mid) })
  local r = merge_sort({ table.unpack(a, mid + 1) })
  local out, i, j = {}, 1, 1
  while i <= #l and j <= #r do
    if l[i] <= r[j] then out[#out + 1] = l[i]; i = i + 1 else out[#out + 1] = r[j]; j = j + 1 end
  end
  for k = i, #l do out[#out + 1] = l[k] end
  for k = j, #r do out[#out + 1] = r[k] end
  return out
end
print(table.concat(merge_sort({ 38, 27, 43, 3, 9, 82, 10, 3 }), " "))
