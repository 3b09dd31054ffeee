local s = [==[
never closed
]]
