# checks: @dataclass(order=True) comparison by field tuple, sorting, sort_index via field(compare=False)
from dataclasses import dataclass, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{self.label}"
versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9, 9, "-beta"), Version(1, 2, 3, "-rc")]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(Version(1, 2) < Version(1, 10), Version(2) > Version(1, 99, 99))
print(Version(1, 2, 3) == Version(1, 2, 3, "-rc"), max(versions))
print(min(versions, key=lambda v: v.patch))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
queue = [Task(3, "low"), Task(1, "urgent"), Task(2, "normal")]
queue.sort()
print([t.name for t in queue])
