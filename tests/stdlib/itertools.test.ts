// The itertools module against CPython: results, reprs, argument errors and reference counts.
// Every expected output is produced at test time by the real CPython 3.11.7 and
// 3.14.10 (see oracle.ts); a version whose interpreter is missing is skipped.
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'iterators and errors': `import itertools as it, sys
from itertools import tee, count, cycle, repeat, islice, chain, product, combinations, combinations_with_replacement, permutations, groupby, accumulate, takewhile, dropwhile, filterfalse, starmap, compress, zip_longest, pairwise
try:
    from itertools import batched
except ImportError:
    pass
try:
    print('list(islice(count(), 3))', '->', repr((list(islice(count(), 3)))))
except Exception as e:
    print('list(islice(count(), 3))', '!!', type(e).__name__, e)
try:
    print('repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(2**70)), repr(count(0, 1.0)), repr(count(step=-1))', '->', repr((repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(2**70)), repr(count(0, 1.0)), repr(count(step=-1)))))
except Exception as e:
    print('repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(2**70)), repr(count(0, 1.0)), repr(count(step=-1))', '!!', type(e).__name__, e)
try:
    print("count('a')", '->', repr((count('a'))))
except Exception as e:
    print("count('a')", '!!', type(e).__name__, e)
try:
    print("count(1, 'x')", '->', repr((count(1, 'x'))))
except Exception as e:
    print("count(1, 'x')", '!!', type(e).__name__, e)
try:
    c = count(2**63 - 2)
    print('c = count(2**63 - 2); [next(c) for _ in range(3)], repr(c)', '->', repr(([next(c) for _ in range(3)], repr(c))))
except Exception as e:
    print('c = count(2**63 - 2); [next(c) for _ in range(3)], repr(c)', '!!', type(e).__name__, e)
try:
    print("repr(repeat('ha')), repr(repeat('ha', 2)), repr(repeat('x', -5)), list(repeat(1, 0))", '->', repr((repr(repeat('ha')), repr(repeat('ha', 2)), repr(repeat('x', -5)), list(repeat(1, 0)))))
except Exception as e:
    print("repr(repeat('ha')), repr(repeat('ha', 2)), repr(repeat('x', -5)), list(repeat(1, 0))", '!!', type(e).__name__, e)
try:
    r = repeat(1, 3)
    next(r)
    print('r = repeat(1, 3); next(r); repr(r), r.__length_hint__()', '->', repr((repr(r), r.__length_hint__())))
except Exception as e:
    print('r = repeat(1, 3); next(r); repr(r), r.__length_hint__()', '!!', type(e).__name__, e)
try:
    print('repeat(1).__length_hint__()', '->', repr((repeat(1).__length_hint__())))
except Exception as e:
    print('repeat(1).__length_hint__()', '!!', type(e).__name__, e)
try:
    print('repeat()', '->', repr((repeat())))
except Exception as e:
    print('repeat()', '!!', type(e).__name__, e)
try:
    print('repeat(1, 2, 3)', '->', repr((repeat(1, 2, 3))))
except Exception as e:
    print('repeat(1, 2, 3)', '!!', type(e).__name__, e)
try:
    print('repeat(1, times=2.5)', '->', repr((repeat(1, times=2.5))))
except Exception as e:
    print('repeat(1, times=2.5)', '!!', type(e).__name__, e)
try:
    print("list(repeat(object='z', times=2))", '->', repr((list(repeat(object='z', times=2)))))
except Exception as e:
    print("list(repeat(object='z', times=2))", '!!', type(e).__name__, e)
try:
    print('cycle()', '->', repr((cycle())))
except Exception as e:
    print('cycle()', '!!', type(e).__name__, e)
try:
    print('cycle([1], 2)', '->', repr((cycle([1], 2))))
except Exception as e:
    print('cycle([1], 2)', '!!', type(e).__name__, e)
try:
    print('cycle(x=1)', '->', repr((cycle(x=1))))
except Exception as e:
    print('cycle(x=1)', '!!', type(e).__name__, e)
try:
    print("list(islice(cycle(''), 5))", '->', repr((list(islice(cycle(''), 5)))))
except Exception as e:
    print("list(islice(cycle(''), 5))", '!!', type(e).__name__, e)
try:
    print("list(islice(cycle('ab'), 5))", '->', repr((list(islice(cycle('ab'), 5)))))
except Exception as e:
    print("list(islice(cycle('ab'), 5))", '!!', type(e).__name__, e)
try:
    print("islice('abc')", '->', repr((islice('abc'))))
except Exception as e:
    print("islice('abc')", '!!', type(e).__name__, e)
try:
    print("islice('abc', -1)", '->', repr((islice('abc', -1))))
except Exception as e:
    print("islice('abc', -1)", '!!', type(e).__name__, e)
try:
    print("islice('abc', 1, -2)", '->', repr((islice('abc', 1, -2))))
except Exception as e:
    print("islice('abc', 1, -2)", '!!', type(e).__name__, e)
try:
    print("islice('abc', 'a')", '->', repr((islice('abc', 'a'))))
except Exception as e:
    print("islice('abc', 'a')", '!!', type(e).__name__, e)
try:
    print("islice('abc', 0, 2, 0)", '->', repr((islice('abc', 0, 2, 0))))
except Exception as e:
    print("islice('abc', 0, 2, 0)", '!!', type(e).__name__, e)
try:
    print("islice('abc', None, None, None)", '->', repr((islice('abc', None, None, None))))
except Exception as e:
    print("islice('abc', None, None, None)", '!!', type(e).__name__, e)
try:
    print("list(islice('abcdef', None)), list(islice('abcdef', 1, None)), list(islice('abcdef', None, 4, 2))", '->', repr((list(islice('abcdef', None)), list(islice('abcdef', 1, None)), list(islice('abcdef', None, 4, 2)))))
except Exception as e:
    print("list(islice('abcdef', None)), list(islice('abcdef', 1, None)), list(islice('abcdef', None, 4, 2))", '!!', type(e).__name__, e)
try:
    print("islice('abc', 1, stop=2)", '->', repr((islice('abc', 1, stop=2))))
except Exception as e:
    print("islice('abc', 1, stop=2)", '!!', type(e).__name__, e)
try:
    print('list(islice(range(10), 2, 8, 3))', '->', repr((list(islice(range(10), 2, 8, 3)))))
except Exception as e:
    print('list(islice(range(10), 2, 8, 3))', '!!', type(e).__name__, e)
try:
    print("list(chain()), list(chain('ab', [1])), list(chain.from_iterable(['ab', 'cd']))", '->', repr((list(chain()), list(chain('ab', [1])), list(chain.from_iterable(['ab', 'cd'])))))
except Exception as e:
    print("list(chain()), list(chain('ab', [1])), list(chain.from_iterable(['ab', 'cd']))", '!!', type(e).__name__, e)
try:
    print('list(chain(1, 2))', '->', repr((list(chain(1, 2)))))
except Exception as e:
    print('list(chain(1, 2))', '!!', type(e).__name__, e)
try:
    c = chain([1], 5)
    next(c)
    print('c = chain([1], 5); next(c); next(c)', '->', repr((next(c))))
except Exception as e:
    print('c = chain([1], 5); next(c); next(c)', '!!', type(e).__name__, e)
try:
    print('chain(a=1)', '->', repr((chain(a=1))))
except Exception as e:
    print('chain(a=1)', '!!', type(e).__name__, e)
try:
    print("list(product()), list(product('ab', repeat=0)), list(product([], 'ab')), list(product('ab', repeat=2))", '->', repr((list(product()), list(product('ab', repeat=0)), list(product([], 'ab')), list(product('ab', repeat=2)))))
except Exception as e:
    print("list(product()), list(product('ab', repeat=0)), list(product([], 'ab')), list(product('ab', repeat=2))", '!!', type(e).__name__, e)
try:
    print("product('a', foo=1)", '->', repr((product('a', foo=1))))
except Exception as e:
    print("product('a', foo=1)", '!!', type(e).__name__, e)
try:
    print("product('a', repeat=-1)", '->', repr((product('a', repeat=-1))))
except Exception as e:
    print("product('a', repeat=-1)", '!!', type(e).__name__, e)
try:
    print('product(1)', '->', repr((product(1))))
except Exception as e:
    print('product(1)', '!!', type(e).__name__, e)
try:
    print("list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations(range(4), 3))", '->', repr((list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations(range(4), 3)))))
except Exception as e:
    print("list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations(range(4), 3))", '!!', type(e).__name__, e)
try:
    print("combinations('abc')", '->', repr((combinations('abc'))))
except Exception as e:
    print("combinations('abc')", '!!', type(e).__name__, e)
try:
    print("combinations('abc', -1)", '->', repr((combinations('abc', -1))))
except Exception as e:
    print("combinations('abc', -1)", '!!', type(e).__name__, e)
try:
    print("combinations('abc', 1.0)", '->', repr((combinations('abc', 1.0))))
except Exception as e:
    print("combinations('abc', 1.0)", '!!', type(e).__name__, e)
try:
    print("list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0))", '->', repr((list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))))
except Exception as e:
    print("list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0))", '!!', type(e).__name__, e)
try:
    print("list(permutations('abc', 2)), list(permutations([])), list(permutations('ab', 3)), list(permutations('abc', 0))", '->', repr((list(permutations('abc', 2)), list(permutations([])), list(permutations('ab', 3)), list(permutations('abc', 0)))))
except Exception as e:
    print("list(permutations('abc', 2)), list(permutations([])), list(permutations('ab', 3)), list(permutations('abc', 0))", '!!', type(e).__name__, e)
try:
    print("permutations('abc', 'x')", '->', repr((permutations('abc', 'x'))))
except Exception as e:
    print("permutations('abc', 'x')", '!!', type(e).__name__, e)
try:
    print("permutations('abc', -2)", '->', repr((permutations('abc', -2))))
except Exception as e:
    print("permutations('abc', -2)", '!!', type(e).__name__, e)
try:
    print('permutations()', '->', repr((permutations())))
except Exception as e:
    print('permutations()', '!!', type(e).__name__, e)
try:
    print("[(k, list(g)) for k, g in groupby('aabbbc')]", '->', repr(([(k, list(g)) for k, g in groupby('aabbbc')])))
except Exception as e:
    print("[(k, list(g)) for k, g in groupby('aabbbc')]", '!!', type(e).__name__, e)
try:
    print('[(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)]', '->', repr(([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])))
except Exception as e:
    print('[(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)]', '!!', type(e).__name__, e)
try:
    g = groupby('aabb')
    k1, g1 = next(g)
    k2, g2 = next(g)
    print("g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); list(g1), list(g2)", '->', repr((list(g1), list(g2))))
except Exception as e:
    print("g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); list(g1), list(g2)", '!!', type(e).__name__, e)
try:
    print('groupby()', '->', repr((groupby())))
except Exception as e:
    print('groupby()', '!!', type(e).__name__, e)
try:
    print("list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=5)), list(accumulate('abc'))", '->', repr((list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=5)), list(accumulate('abc')))))
except Exception as e:
    print("list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=5)), list(accumulate('abc'))", '!!', type(e).__name__, e)
try:
    print('accumulate([1,2], lambda a, b: a, 5)', '->', repr((accumulate([1,2], lambda a, b: a, 5))))
except Exception as e:
    print('accumulate([1,2], lambda a, b: a, 5)', '!!', type(e).__name__, e)
try:
    print('list(accumulate([1, 2, 3], func=None)), list(accumulate(iterable=[1, 2]))', '->', repr((list(accumulate([1, 2, 3], func=None)), list(accumulate(iterable=[1, 2])))))
except Exception as e:
    print('list(accumulate([1, 2, 3], func=None)), list(accumulate(iterable=[1, 2]))', '!!', type(e).__name__, e)
try:
    print('list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1]))', '->', repr((list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))))
except Exception as e:
    print('list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1]))', '!!', type(e).__name__, e)
try:
    print('takewhile(len)', '->', repr((takewhile(len))))
except Exception as e:
    print('takewhile(len)', '!!', type(e).__name__, e)
try:
    print("takewhile(len, 'a', x=1)", '->', repr((takewhile(len, 'a', x=1))))
except Exception as e:
    print("takewhile(len, 'a', x=1)", '!!', type(e).__name__, e)
try:
    print("list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(bool, [0, 2])), list(filterfalse(lambda x: x % 2, range(6)))", '->', repr((list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(bool, [0, 2])), list(filterfalse(lambda x: x % 2, range(6))))))
except Exception as e:
    print("list(filterfalse(None, [0, 1, '', 'a'])), list(filterfalse(bool, [0, 2])), list(filterfalse(lambda x: x % 2, range(6)))", '!!', type(e).__name__, e)
try:
    print("list(starmap(pow, [(2, 3), [3, 2]])), list(starmap(max, ['ab', 'cd']))", '->', repr((list(starmap(pow, [(2, 3), [3, 2]])), list(starmap(max, ['ab', 'cd'])))))
except Exception as e:
    print("list(starmap(pow, [(2, 3), [3, 2]])), list(starmap(max, ['ab', 'cd']))", '!!', type(e).__name__, e)
try:
    print('list(starmap(pow, [5]))', '->', repr((list(starmap(pow, [5])))))
except Exception as e:
    print('list(starmap(pow, [5]))', '!!', type(e).__name__, e)
try:
    print("list(compress('abcdef', [1, 0, 1])), list(compress(data='ab', selectors=[0, 1]))", '->', repr((list(compress('abcdef', [1, 0, 1])), list(compress(data='ab', selectors=[0, 1])))))
except Exception as e:
    print("list(compress('abcdef', [1, 0, 1])), list(compress(data='ab', selectors=[0, 1]))", '!!', type(e).__name__, e)
try:
    print("list(zip_longest('ab', [1, 2, 3])), list(zip_longest()), list(zip_longest('a', fillvalue=0))", '->', repr((list(zip_longest('ab', [1, 2, 3])), list(zip_longest()), list(zip_longest('a', fillvalue=0)))))
except Exception as e:
    print("list(zip_longest('ab', [1, 2, 3])), list(zip_longest()), list(zip_longest('a', fillvalue=0))", '!!', type(e).__name__, e)
try:
    print("zip_longest('a', fill=1)", '->', repr((zip_longest('a', fill=1))))
except Exception as e:
    print("zip_longest('a', fill=1)", '!!', type(e).__name__, e)
try:
    print("zip_longest('a', fillvalue=1, x=2)", '->', repr((zip_longest('a', fillvalue=1, x=2))))
except Exception as e:
    print("zip_longest('a', fillvalue=1, x=2)", '!!', type(e).__name__, e)
try:
    print("list(pairwise('abcd')), list(pairwise('a')), list(pairwise(''))", '->', repr((list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))))
except Exception as e:
    print("list(pairwise('abcd')), list(pairwise('a')), list(pairwise(''))", '!!', type(e).__name__, e)
try:
    print("list(batched('abcdefg', 3))", '->', repr((list(batched('abcdefg', 3)))))
except Exception as e:
    print("list(batched('abcdefg', 3))", '!!', type(e).__name__, e)
try:
    print("list(batched('abcd', 2, strict=True))", '->', repr((list(batched('abcd', 2, strict=True)))))
except Exception as e:
    print("list(batched('abcd', 2, strict=True))", '!!', type(e).__name__, e)
try:
    print("list(batched('abc', 2, strict=True))", '->', repr((list(batched('abc', 2, strict=True)))))
except Exception as e:
    print("list(batched('abc', 2, strict=True))", '!!', type(e).__name__, e)
try:
    print("batched('abc', 0)", '->', repr((batched('abc', 0))))
except Exception as e:
    print("batched('abc', 0)", '!!', type(e).__name__, e)
try:
    print('type(count()).__name__, type(chain()), chain.__module__, repr(chain)[:25]', '->', repr((type(count()).__name__, type(chain()), chain.__module__, repr(chain)[:25])))
except Exception as e:
    print('type(count()).__name__, type(chain()), chain.__module__, repr(chain)[:25]', '!!', type(e).__name__, e)
try:
    print('isinstance(count(), it.count), it.count.__name__', '->', repr((isinstance(count(), it.count), it.count.__name__)))
except Exception as e:
    print('isinstance(count(), it.count), it.count.__name__', '!!', type(e).__name__, e)
class C(count): pass
try:
    print('repr(C(3))', '->', repr((repr(C(3)))))
except Exception as e:
    print('repr(C(3))', '!!', type(e).__name__, e)
try:
    print('list(it.tee([1]))', '->', repr((list(it.tee([1])))))
except Exception as e:
    print('list(it.tee([1]))', '!!', type(e).__name__, e)
try:
    a, b = tee([1, 2, 3])
    print('a, b = tee([1, 2, 3]); next(a), list(b), list(a)', '->', repr((next(a), list(b), list(a))))
except Exception as e:
    print('a, b = tee([1, 2, 3]); next(a), list(b), list(a)', '!!', type(e).__name__, e)
try:
    a, b, c = tee(iter(range(100)), 3)
    print("a, b, c = tee(iter(range(100)), 3); list(a)[-3:], sum(b), next(c), type(a).__name__, next(a.__copy__(), 'end')", '->', repr((list(a)[-3:], sum(b), next(c), type(a).__name__, next(a.__copy__(), 'end'))))
except Exception as e:
    print("a, b, c = tee(iter(range(100)), 3); list(a)[-3:], sum(b), next(c), type(a).__name__, next(a.__copy__(), 'end')", '!!', type(e).__name__, e)
try:
    print('tee([1], -1), tee([1], 0)', '->', repr((tee([1], -1), tee([1], 0))))
except Exception as e:
    print('tee([1], -1), tee([1], 0)', '!!', type(e).__name__, e)
try:
    t = tee(range(3))[0]
    t2 = tee(t)[0]
    print('t = tee(range(3))[0]; t2 = tee(t)[0]; next(t2), next(t)', '->', repr((next(t2), next(t))))
except Exception as e:
    print('t = tee(range(3))[0]; t2 = tee(t)[0]; next(t2), next(t)', '!!', type(e).__name__, e)
`,
  'references held': `import sys, gc
import itertools as it
rc = sys.getrefcount
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O{self.n}"
a, b, c = O(1), O(2), O(3)
L = [a, b, c]
print("base", rc(a), rc(L))
r = it.repeat(a, 2); print("repeat", rc(a)); x = list(r); print(rc(a)); del x, r; print(rc(a))
cy = it.cycle(L); print("cycle", rc(L), rc(a)); next(cy); print(rc(a)); del cy; print(rc(a), rc(L))
ch = it.chain(L, [a]); print("chain", rc(L), rc(a)); next(ch); print(rc(L)); del ch; print(rc(L))
p = it.product(L, repeat=2); v = next(p); print("product", rc(a), rc(v)); v2 = next(p); print(rc(a), v is v2); del v; v3 = next(p); print(rc(a), rc(v2)); del p, v2, v3; print(rc(a))
cm = it.combinations(L, 2); first = next(cm); print("comb", rc(first), rc(a)); del first; s = next(cm); print(rc(s), rc(b)); del cm, s
pw = it.pairwise(L); q = next(pw); print("pairwise", rc(q), rc(a), rc(b)); del q; q = next(pw); print(rc(q), rc(b)); del pw, q
g = it.groupby([a, a, b]); k, grp = next(g); print("groupby", rc(a), rc(grp), rc(g)); del k, grp, g; print(rc(a))
acc = it.accumulate([1, 2], initial=a); print("acc", rc(a)); next(acc); print(rc(a)); del acc; print(rc(a))
cnt = it.count(a and 5); print(repr(cnt))
z = it.zip_longest(L, [1], fillvalue=c); t1 = next(z); print("zl", rc(t1), rc(c)); t2 = next(z); print(rc(c), t1 is t2); del t1, t2, z; print(rc(c))
isl = it.islice(L, 1); print("islice", rc(L)); print(list(isl), rc(L)); del isl
tw = it.takewhile(bool, L); print("tw", rc(L)); list(tw); print(rc(L))
print(gc.is_tracked(it.count()), gc.is_tracked(it.repeat(1)), gc.is_tracked(it.chain()))
t1, t2 = it.tee(L); print("tee", rc(L), rc(a)); next(t1); print(rc(a)); next(t2); print(rc(a)); del t1; print(rc(a)); del t2; print(rc(a))
`
};

describeAgainstCPython('itertools', SNIPPETS);
