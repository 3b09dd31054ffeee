inventory = {"apples": 3, "pears": 0, "plums": 7}
inventory["kiwis"] = 4
print(inventory, len(inventory), inventory["plums"])
print(inventory.get("grapes"), inventory.get("grapes", 0), "pears" in inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items())[:2])
del inventory["pears"]
print(inventory.pop("kiwis"), inventory.pop("nope", "default"), inventory)
inventory.update({"apples": 10, "figs": 1}, dates=2)
print(inventory)
print(inventory.setdefault("apples", 0), inventory.setdefault("limes", 5))
print(sorted(inventory.items(), key=lambda kv: -kv[1]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged, dict.fromkeys("xyz", 0), dict(zip("ab", [1, 2])))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"])
for key, value in sorted(inventory.items()):
    print(f"{key:>8}: {value}")
print(inventory.popitem(), len(inventory))
copy = dict(inventory)
copy["new"] = 1
print("new" in inventory, "new" in copy, inventory == copy)
try:
    inventory["missing"]
except KeyError as exc:
    print("KeyError:", exc)
print({(1, 2): "tuple key", 3: "int", None: "none"}[(1, 2)])
