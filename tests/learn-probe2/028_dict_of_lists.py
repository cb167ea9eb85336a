records = [("math", "Ann"), ("art", "Bob"), ("math", "Cy"), ("cs", "Ann"), ("art", "Dee")]
by_class = {}
for subject, name in records:
    by_class.setdefault(subject, []).append(name)
print(by_class)
for subject in sorted(by_class):
    print(subject, len(by_class[subject]), ", ".join(by_class[subject]))
by_class["math"].remove("Cy")
print(by_class["math"])
print("cs" in by_class, "bio" in by_class)
