local n = 3x + 1
