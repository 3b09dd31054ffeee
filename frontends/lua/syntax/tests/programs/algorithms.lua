#!/usr/bin/env lua
-- Sorting, searching and a few numeric algorithms.

local function quicksort(t, lo, hi, less)
  lo, hi = lo or 1, hi or #t
  less = less or function(a, b) return a < b end
  if lo >= hi then return t end
  local pivot, i = t[(lo + hi) // 2], lo
  local j = hi
  repeat
    while less(t[i], pivot) do i = i + 1 end
    while less(pivot, t[j]) do j = j - 1 end
    if i <= j then
      t[i], t[j] = t[j], t[i]
      i, j = i + 1, j - 1
    end
  until i > j
  quicksort(t, lo, j, less)
  return quicksort(t, i, hi, less)
end

local function binary_search(t, x)
  local lo, hi = 1, #t
  while lo <= hi do
    local mid = (lo + hi) >> 1
    if t[mid] == x then return mid
    elseif t[mid] < x then lo = mid + 1
    else hi = mid - 1 end
  end
  return nil
end

local function gcd(a, b)
  while b ~= 0 do a, b = b, a % b end
  return a
end

local function sieve(n)
  local is_prime, primes = {}, {}
  for i = 2, n do is_prime[i] = true end
  for i = 2, n do
    if is_prime[i] then
      primes[#primes + 1] = i
      for j = i * i, n, i do is_prime[j] = false end
    end
  end
  return primes
end

local function fib_memo()
  local memo = {[0] = 0, [1] = 1}
  local function fib(n)
    local v = memo[n]
    if v then return v end
    v = fib(n - 1) + fib(n - 2)
    memo[n] = v
    return v
  end
  return fib
end

local data = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0x0A, 1e1 // 1, -3}
quicksort(data)
print(table.concat(data, ","))
print(binary_search(data, 7), binary_search(data, 11))
print(gcd(48, 18), gcd(17, 5), 2^-3, -2^2, 7 // 2, -7 // 2, 7 % -3, 3 / 2)
print(#sieve(100), sieve(30)[10])
print(fib_memo()(80), 0xff ~ 0x0f, ~0, 1 << 62, 256 >> 4 & 0xf | 1)
print(math.maxinteger + 1 == math.mininteger, 9007199254740993, 0x7fffffffffffffff)
for i = 10, 1, -3 do io.write(i, " ") end
print()
goto done
print("skipped")
::done::
do
  local t <const> = {n = 0}
  local k = 1
  ::top::
  if k <= 3 then
    t.n = t.n + k
    k = k + 1
    goto top
  end
  print(t.n)
end
