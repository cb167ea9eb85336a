# checks: the operator module's function forms of the operators and their argument errors (Modules/_operator.c, Argument Clinic messages)
import operator as op
tests = [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.neg(), lambda: op.neg(1, 2), lambda: op.add(a=1, b=2), lambda: op.neg(x=1),
 lambda: op.truth(), lambda: op.getitem([1]), lambda: op.setitem([1], 0), lambda: op.call(), lambda: op.contains([1]), lambda: op.is_(1),
 lambda: op.add("a", 1), lambda: op.truediv(1, 0), lambda: op.lt(1, "a"), lambda: op.index(1.5), lambda: op.not_(1, 2)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(op.add(1, 2), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-1), op.abs(-3), op.inv(5), op.invert(0))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge(1, 2), op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.contains(l, 9), op.index(7), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.sub(5, 7))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.imul([0], 2), op.call(len, "abc"), op.call(dict, a=1))
print(op.itemgetter(1)("abc"), op.itemgetter(0, -1)([5, 6, 7]), op.attrgetter("real", "imag")(3+4j), op.attrgetter("__class__.__name__")(1))
