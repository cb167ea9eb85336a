def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list starting {first} (+{len(rest)})"
        case {"name": name}:
            return f"named {name}"
        case str() as s if s.isupper():
            return "shout"
        case _:
            return "something else"

for v in [0, -3, 2.5, [1, 2], [1, 2, 3], {"name": "Ann", "x": 1}, "HEY", "hey", None]:
    print(repr(v), "->", describe(v))
