if x y
  print(x)
end
