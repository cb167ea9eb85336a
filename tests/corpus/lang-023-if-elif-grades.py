# checks: if/elif/else chains, nested ifs, truthiness in conditions, pass in an empty branch
scores = {"ana": 93, "ben": 78, "cy": 85, "dee": 59, "eli": 70}
for name, score in scores.items():
    if score >= 90:
        grade = "A"
    elif score >= 80:
        grade = "B"
    elif score >= 70:
        grade = "C"
    else:
        grade = "F"
    if grade == "F":
        note = "see me"
    elif score % 10 >= 8:
        note = "almost there"
    else:
        pass
        note = ""
    print(f"{name:<4} {score:3d} {grade} {note}".rstrip())
items = []
if items:
    print("has items")
elif items is not None:
    print("empty but not None")
if not "":
    print("empty string is falsy")
