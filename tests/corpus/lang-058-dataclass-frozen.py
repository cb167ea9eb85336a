# checks: @dataclass(frozen=True) hashability, use as dict key/set member, assignment raises FrozenInstanceError (uncaught)
from dataclasses import dataclass, FrozenInstanceError, replace
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
home = Coord(59.9, 10.7)
work = Coord(59.9, 10.7)
print(home, home == work, hash(home) == hash(work))
visits = {home: 3}
visits[work] += 1
print(visits)
print(len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))
moved = replace(home, lon=11.0)
print(moved, home)
try:
    home.lat = 0
except FrozenInstanceError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, AttributeError))
@dataclass(frozen=True)
class Config:
    name: str
    debug: bool = False
cfg = Config("prod")
print(cfg)
cfg.debug = True
