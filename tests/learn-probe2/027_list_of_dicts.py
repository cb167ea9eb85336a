students = [
    {"name": "Ann", "grade": 88, "age": 20},
    {"name": "Bob", "grade": 72, "age": 22},
    {"name": "Cy", "grade": 95, "age": 19},
]
avg = sum(s["grade"] for s in students) / len(students)
print(f"average: {avg:.2f}")
best = max(students, key=lambda s: s["grade"])
print(best["name"])
for s in sorted(students, key=lambda s: s["age"]):
    print(s["name"], s["age"])
names = [s["name"] for s in students if s["grade"] > 80]
print(names)
students[0]["grade"] += 5
print(students[0])
