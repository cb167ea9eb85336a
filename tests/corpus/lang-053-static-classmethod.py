# checks: @staticmethod and @classmethod, alternative constructors, cls in subclasses
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m:02d}, {self.d:02d})"
class Birthday(Date):
    pass
d = Date.from_string("2024-02-29")
b = Birthday.from_string("1999-12-31")
print(d, b, type(b).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), Birthday.is_leap(2023))
print(Date.created)
print([y for y in range(1896, 1913) if Date.is_leap(y)])
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
