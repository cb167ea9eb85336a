class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

class MyDate(Date):
    pass

print(Date.from_string("2024-03-15"))
print(MyDate.from_string("1999-12-31"))
print(type(MyDate.from_string("2000-01-01")) is MyDate)
