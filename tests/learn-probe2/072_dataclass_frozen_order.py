from dataclasses import dataclass

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__)
print(hash(Version(1, 2)) == hash(Version(1, 2)))
print(len({Version(1), Version(1, 0)}))
