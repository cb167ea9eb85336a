from dataclasses import dataclass, field

@dataclass
class Student:
    name: str
    grade: int = 0
    courses: list = field(default_factory=list)

s = Student("Ann", 90)
s.courses.append("math")
print(s)
print(s == Student("Ann", 90, ["math"]))
t = Student("Bob")
print(t.courses is s.courses, t)
