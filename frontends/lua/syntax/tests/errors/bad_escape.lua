print("abc\q")
