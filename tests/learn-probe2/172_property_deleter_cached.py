from functools import cached_property

class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print("computing...")
        return sum(self.rows)

r = Report([1, 2, 3])
print(r.total, r.total, r.__dict__)
del r.total
print(r.total)
r.rows.append(10)
print(r.total)
