-- string.gsub with string, table and function replacements, %0..%9, max n.
print(("hello world"):gsub("o", "0"))
print(("hello world"):gsub("o", "0", 1))
print(("hello world"):gsub("o", "0", 0))
print(("hello world"):gsub("l+", "L"))
print(("hello"):gsub("", "-"))
print(("abc"):gsub(".", "%0%0"))
print(("hello world"):gsub("(%w+)", "<%1>"))
print(("hello world"):gsub("(%w+) (%w+)", "%2 %1"))
print(("abc"):gsub("(a)(b)(c)", "%3%2%1%0"))
print(("50"):gsub("%d+", "%%%0"))
print(("x"):gsub("x", "a%%b"))
print(pcall(function() return ("x"):gsub("x", "%2") end))
print(pcall(function() return ("x"):gsub("x", "%z") end))
print(("abc"):gsub("%w", "%1"))

-- table replacement: lookup by first capture (or whole match)
local vars = { name = "Lua", version = 5.4, flag = false }
print(("$name $version $missing $flag"):gsub("%$(%w+)", vars))
print(("a b c"):gsub("%a", { a = 1, b = "B" }))
print(pcall(function() return ("a b"):gsub("%a", { b = true }) end))
print(pcall(function() return ("a"):gsub("a", { a = {} }) end))

-- function replacement: called with captures; nil/false keeps the match
print(("1 2 3"):gsub("%d", function(d) return d * 2 end))
print(("hello world"):gsub("%w+", function(w) return w:upper() end))
print(("a1b2"):gsub("%a(%d)", function(d) if d == "1" then return "X" end end))
print(("abc"):gsub("()(%a)", function(p, c) return c .. p end))
print(("keep"):gsub("%a", function() return false end))
print(pcall(function() return ("a"):gsub("a", function() return {} end) end))
local count = 0
print(("aaaa"):gsub("a", function() count = count + 1; return count end, 3))
print("called", count)

-- number replacement is converted to string
print(("abc"):gsub("b", 42), ("abc"):gsub("b", 1.5))

-- anchored gsub replaces at most once
print(("aaa"):gsub("^a", "b"))
print(("hello"):gsub("^", ">"), ("hello"):gsub("$", "<"))

-- patterns with special classes
print(("Hello, World! 123"):gsub("%p", ""))
print(("  lots   of   space  "):gsub("%s+", " "))
print(("camelCaseString"):gsub("(%u)", function(c) return "_" .. c:lower() end))
print(("snake_case_here"):gsub("_(%a)", string.upper))
print(("tab\tsep\tvalues"):gsub("\t", "|"))

-- escaping magic characters in a literal search
local function escape(str) return (str:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
print(escape("1+1=2? (yes) [100%] a.b^c$"))
print(("cost: $5.00 (approx)"):gsub(escape("$5.00"), "five dollars"))

-- trim / capitalise / collapse helpers
local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end
print("[" .. trim("  \t padded \n ") .. "]")
local function title(s) return (s:gsub("(%a)([%w_']*)", function(a, b) return a:upper() .. b:lower() end)) end
print(title("the QUICK brown fox's tale"))

-- gsub returns two values; parentheses keep one
local r = ("aaa"):gsub("a", "b")
print(r, (("aaa"):gsub("a", "b")), select("#", ("aaa"):gsub("a", "b")))

-- bad arguments
print(pcall(function() return ("x"):gsub("x", true) end))
print(pcall(function() return ("x"):gsub("x") end))
print(pcall(function() return ("x"):gsub("x", "y", "z") end))
print(("x"):gsub("x", "y", 1.0))

-- max n larger than matches, negative n
print(("ab"):gsub("%a", "*", 10), ("ab"):gsub("%a", "*", -1))
