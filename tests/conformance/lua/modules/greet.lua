-- A module for require.lua: counts how often its chunk runs.
local name, file = ...
loads = (loads or 0) + 1
local M = {}
M.loaded_as = name
M.file = file
function M.hello(who) return "hello, " .. who end
return M
