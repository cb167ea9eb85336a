grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C"}
by_grade = {}
for student, g in grades.items():
    by_grade.setdefault(g, []).append(student)
print(by_grade)
inverted = {g: s for s, g in grades.items()}
print(inverted)
counts = {g: list(grades.values()).count(g) for g in set(grades.values())}
print(sorted(counts.items()))
print(dict(sorted(grades.items(), key=lambda kv: (kv[1], kv[0]))))
print({k: v for k, v in grades.items() if v != "A"}, len(grades))
