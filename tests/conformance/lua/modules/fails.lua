-- A module whose chunk raises an error.
error("module failed on purpose")
