class Student:
    def __init__(self, name, gpa):
        self.name = name
        self.gpa = gpa
    def __repr__(self):
        return f"{self.name}:{self.gpa}"

roster = [Student("zoe", 3.2), Student("amy", 3.9), Student("bob", 3.2)]
print(sorted(roster, key=lambda s: s.gpa))
print(sorted(roster, key=lambda s: (-s.gpa, s.name)))
print(max(roster, key=lambda s: s.gpa))
roster.sort(key=lambda s: s.name, reverse=True)
print(roster)
try:
    sorted(roster)
except TypeError as e:
    print(e)
