-- leafo/etlua: compile templates and render them many times.
local etlua = require("etlua")
local page = etlua.compile([[
<h1><%= title %></h1>
<ul>
<% for i, item in ipairs(items) do %>
  <li class="<%= i % 2 == 0 and "even" or "odd" %>"><%= item.name %>: <%- item.html %></li>
<% end %>
</ul>
<%- footer -%>
]])
local items = {}
for i = 1, 50 do items[i] = { name = "Item <" .. i .. ">", html = "<b>" .. i .. "</b>" } end
local total = 0
local last
for i = 1, 4000 do
  last = page({ title = "Page & " .. i, items = items, footer = "<footer/>" })
  total = total + #last
end
print("rendered", total)
print(last:sub(1, 300))
local ok, err = etlua.compile("<%= x")
print(ok, err)
local r, e = etlua.render("<%= a + %>", { a = 1 })
print(r, e)
print(etlua.render("<%= (function() return 'fn' end)() %> <%= 1/2 %>"))
local parser = etlua.Parser()
local lua_code = parser:compile_to_lua("Hello <%= name %>!")
print(type(lua_code), #lua_code > 0)
