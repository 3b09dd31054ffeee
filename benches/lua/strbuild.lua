-- strbuild: string.format, table.concat, gsub, gmatch, rep, upper, find:
-- writing a CSV report and reading it back, as scripts do.
local rows = {}
for i = 1, 120000 do
  rows[#rows + 1] = string.format("%d,%s,%.2f,%s", i, "name" .. (i % 97),
    i * 1.25, (i % 3 == 0) and "yes" or "no")
end
local text = table.concat(rows, "\n")
local total, yes, names = 0.0, 0, 0
for line in text:gmatch("[^\n]+") do
  local id, name, amount, flag = line:match("^(%d+),([^,]*),([%d.]+),(%a+)$")
  total = total + tonumber(amount)
  if flag == "yes" then yes = yes + 1 end
  if name:find("name1", 1, true) then names = names + 1 end
end
local upper = text:sub(1, 2000):upper()
local replaced, count = text:gsub("name(%d)", "N%1")
local padded = {}
for i = 1, 100000 do
  padded[i] = string.rep("-", i % 10) .. tostring(i):reverse()
end
local joined = table.concat(padded, "|")
print(string.format("strbuild %.2f %d %d %d %d %d %d", total, yes, names, #upper, count,
  #replaced, #joined))
