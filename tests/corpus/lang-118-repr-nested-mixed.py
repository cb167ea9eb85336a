# checks: repr of deeply nested mixed containers: tuples (incl. 1-tuples), sets of ints, frozensets, floats, None, bools, bytes
inventory = {
    "items": [("apple", 3, 0.5), ("pear", 0, 1.25)],
    "tags": {3, 1, 2},
    "locked": frozenset({10}),
    "owner": None,
    "active": True,
    "raw": b"\x00ab\n",
    "nested": {"deep": [[], [[]], ((),), (1,)]},
    "empty": [set(), {}, (), "", frozenset()],
}
print(inventory)
for key, value in inventory.items():
    print(f"{key:>7}: {value!r}")
matrix = [[1.0, -0.0, 1e100], [float("inf"), 2 ** 70, -3]]
print(matrix, str(matrix) == repr(matrix))
print([[1, [2, [3, [4, [5]]]]]], ((1, 2), (3,)), [None, [None]])
print({(1, 2): [3], 4.5: {6: {7}}, True: "t", None: ()})
