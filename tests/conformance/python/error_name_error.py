# An uncaught NameError ends the program: stdout so far, then the
# traceback and "NameError: name 'undefined_name' is not defined".
def lookup():
    return undefined_name


print("before")
lookup()
print("never")
