-- package.searchpath tries every template between ';', the empty ones
-- too (loadlib.c getnextfilename), and its message lists them all
-- (pusherrornotfound). package.loadlib loads nothing here: omx answers
-- as a Lua without dynamic libraries ("absent"), this lua5.4 as one whose
-- dlopen failed ("open"); both give nil and a message.
print(package.searchpath("xuxu", "?.nope;;a/?.nope;"))
print(package.searchpath("a.b.c", "?.x", ".", "_"))
print(package.searchpath("m", ""))
local f, err, when = package.loadlib("donotexist", "xuxu")
print(f, type(err))
