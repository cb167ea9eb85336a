# checks: an AttributeError from a failed lookup carries name and obj (Objects/object.c: set_attribute_error_context); the first lookup to fail names it; AttributeError/NameError take name/obj keywords; the members are writable; 3.14 also names a failed __slots__ store
class C:
    @property
    def p1(self):
        raise AttributeError("inner")
    @property
    def p2(self):
        return self.missing
class G:
    def __getattr__(self, name):
        raise AttributeError(name)
class A:
    def __getattribute__(self, n):
        return object.__getattribute__(self, 'other_' + n)
class S:
    __slots__ = ("a",)
c, g, a, s = C(), G(), A(), S()
def show(label, f):
    try:
        f()
    except AttributeError as e:
        o = e.obj
        print(label, repr(e.name), type(o).__name__, o is c or o is g or o is s or o is a, str(e))
show("method", lambda: c.nope())
show("property raises", lambda: c.p1)
show("property fails inside", lambda: c.p2)
show("__getattr__", lambda: g.zz)
show("__getattribute__", lambda: a.x)
show("str method", lambda: "abc".foo())
show("unset slot", lambda: s.a)
show("store to a slot class", lambda: setattr(s, "b", 1))
show("getattr()", lambda: getattr(c, "q"))
show("raised by hand", lambda: (_ for _ in ()).throw(AttributeError("x")))
show("delattr", lambda: delattr(c, "zz"))
for mk in [lambda: AttributeError("m", foo=1), lambda: NameError("m", obj=1)]:
    try:
        mk()
    except TypeError as t:
        print("TypeError:", t)
e = AttributeError("a", "b", name="n")
print(repr(e), e.args, e.name, e.obj)
class MyErr(AttributeError):
    pass
e = MyErr("x", name="nn", obj=5)
print(e.name, e.obj, e.args)
e.name = "set"; e.obj = [1]
print(e.name, e.obj)
del e.obj
print(e.obj, NameError(name="q").name)
try:
    undefined_name
except NameError as ne:
    print(ne.name)
