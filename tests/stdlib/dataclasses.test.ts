// The dataclasses module against CPython: generated methods, errors, fields/asdict/replace, slots, frozen.
// Every expected output is produced at test time by the real CPython 3.11.7 and
// 3.14.10 (see oracle.ts); a version whose interpreter is missing is skipped.
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'dataclasses': `import sys
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING
@dataclass
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P(1, 2) == P(1, 2), P(1) != P(2), p == (1, 0), P.__eq__(p, 5))
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__repr__.__name__, P.__init__.__name__)
print(P.__match_args__, P.__hash__, [f.name for f in fields(P)], fields(p)[0].default is MISSING, fields(P)[1].default)
print(is_dataclass(P), is_dataclass(p), is_dataclass(5), P.__dataclass_params__)
for bad in ["P()", "P(1, 2, 3)", "P(1, z=2)", "P(1, x=2)"]:
    try:
        eval(bad) if False else None
    except Exception as e:
        print(e)
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
try: P(1, z=3)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "s"
f1 = F(1); f2 = F(2, "t")
print(f1 < f2, f1 >= f2, sorted([f2, f1]), {f1: 1}[F(1)])
try:
    f1.a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f1.a
except FrozenInstanceError as e:
    print(e)
try:
    f1.newattr = 1
except FrozenInstanceError as e:
    print(e)
try:
    F(1) < 5
except TypeError as e:
    print(e)
@dataclass
class Post:
    a: int
    b: list = field(default_factory=list)
    c: int = field(init=False, default=3)
    d: int = field(default=4, repr=False, compare=False)
    def __post_init__(self):
        self.total = self.a + self.c
q = Post(1); q2 = Post(1, [1])
print(q, q.total, q == Post(1, d=99), q.b is Post(1).b, q2.b)
print(asdict(q2), astuple(q2))
print(replace(q2, a=5), replace(q2, b=[9]).b)
try: replace(q2, c=5)
except Exception as e: print(type(e).__name__, e)
try: replace(5)
except TypeError as e: print(e)
try: fields(5)
except TypeError as e: print(e)
@dataclass
class Nest:
    p: P
    items: list
    m: dict
n = Nest(P(1, 2), [P(3)], {'k': (P(4), 5)})
d = asdict(n); print(d, d['items'][0] is n.items[0])
print(astuple(n))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: dict = {}
except ValueError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False)
print(H.__hash__.__qualname__)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    a: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass(slots=True)
class S:
    x: int
    y: int = 5
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), sys.getsizeof(s) > 0)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError")
@dataclass(frozen=True, slots=True)
class FS:
    x: int
fs = FS(1)
try:
    fs.x = 2
except FrozenInstanceError as e:
    print(e)
@dataclass
class R:
    other: object = None
r = R(); r.other = r
print(r)
class Obj: pass
o = Obj()
print(sys.getrefcount(o))
holder = P(o)
print(sys.getrefcount(o))
del holder
print(sys.getrefcount(o))
@dataclass
class WithSelf:
    self: int
print(WithSelf(5))
print(repr(fields(P)[0].name), fields(P)[0].init, fields(P)[0].kw_only, fields(P)[0].metadata)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print(e)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
@dataclass(repr=False)
class NoRepr:
    x: int
print(type(repr(NoRepr(1))))
@dataclass(init=False)
class NoInit:
    x: int = 3
print(NoInit())
from dataclasses import InitVar, KW_ONLY
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(IV(3), IV(3, 10), [f.name for f in fields(IV)], IV.__dataclass_fields__['scale']._field_type)
@dataclass
class KO:
    a: int
    _: KW_ONLY
    b: int = 1
    c: str = 'x'
print(KO(1, b=2), KO.__doc__, P.__doc__, Post.__doc__, F.__doc__)
try:
    KO(1, 2)
except TypeError as e:
    print(e)
print(fields(P)[0])
print(fields(P)[0].type, fields(Post)[1].type)
@dataclass
class Str:
    a: "int"
    b: "list[int]" = None
print(Str(1), Str.__doc__, fields(Str)[0].type)
`
};

describeAgainstCPython('dataclasses', SNIPPETS);
