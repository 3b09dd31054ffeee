repeat
  x = x + 1
