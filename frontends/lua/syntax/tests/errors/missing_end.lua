local t = {}

function t.f(x)
  if x then
    return 1
  end
