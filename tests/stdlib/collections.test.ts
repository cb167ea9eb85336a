// The collections module against CPython: deque, defaultdict, OrderedDict, Counter, namedtuple.
// Every expected output is produced at test time by the real CPython 3.11.7 and
// 3.14.10 (see oracle.ts); a version whose interpreter is missing is skipped.
import { describeAgainstCPython } from './oracle.js';

const SNIPPETS: Record<string, string> = {
  'deque search while __eq__ mutates it': `
from collections import deque
class E:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d.append(1)
        return False
d = deque([1, 2])
for op in ("index", "remove", "contains"):
    try:
        if op == "index": d.index(E(d))
        elif op == "remove": d.remove(E(d))
        else: E(d) in d
    except Exception as e:
        print(op, type(e).__name__, e)
print(d.index(2), 2 in d, 5 in d)
d.remove(2); print(d)
`,
  'deque defaultdict OrderedDict Counter': `from collections import deque, defaultdict, OrderedDict, Counter
import sys
try:
    d = deque([1, 2, 3], 2)
    print('d = deque([1, 2, 3], 2); d, d.maxlen', '->', repr((d, d.maxlen)))
except Exception as e:
    print('d = deque([1, 2, 3], 2); d, d.maxlen', '!!', type(e).__name__, e)
try:
    d = deque('abc')
    d.extendleft('xy')
    print("d = deque('abc'); d.extendleft('xy'); d", '->', repr((d)))
except Exception as e:
    print("d = deque('abc'); d.extendleft('xy'); d", '!!', type(e).__name__, e)
try:
    d = deque(range(5))
    d.rotate(2)
    d.rotate(-7)
    print('d = deque(range(5)); d.rotate(2); d.rotate(-7); d, d[1], d[-1]', '->', repr((d, d[1], d[-1])))
except Exception as e:
    print('d = deque(range(5)); d.rotate(2); d.rotate(-7); d, d[1], d[-1]', '!!', type(e).__name__, e)
try:
    print('deque(maxlen=-1)', '->', repr((deque(maxlen=-1))))
except Exception as e:
    print('deque(maxlen=-1)', '!!', type(e).__name__, e)
try:
    print("deque([1], maxlen='a')", '->', repr((deque([1], maxlen='a'))))
except Exception as e:
    print("deque([1], maxlen='a')", '!!', type(e).__name__, e)
try:
    print('deque([1], 2, 3)', '->', repr((deque([1], 2, 3))))
except Exception as e:
    print('deque([1], 2, 3)', '!!', type(e).__name__, e)
try:
    print('deque([1], foo=1)', '->', repr((deque([1], foo=1))))
except Exception as e:
    print('deque([1], foo=1)', '!!', type(e).__name__, e)
try:
    d = deque([1, 2])
    print('d = deque([1, 2]); d[5]', '->', repr((d[5])))
except Exception as e:
    print('d = deque([1, 2]); d[5]', '!!', type(e).__name__, e)
try:
    d = deque([1, 2])
    print("d = deque([1, 2]); d['a']", '->', repr((d['a'])))
except Exception as e:
    print("d = deque([1, 2]); d['a']", '!!', type(e).__name__, e)
try:
    d = deque([1, 2])
    print('d = deque([1, 2]); d[0:1]', '->', repr((d[0:1])))
except Exception as e:
    print('d = deque([1, 2]); d[0:1]', '!!', type(e).__name__, e)
try:
    d = deque([1, 2, 3])
    d[1] = 9
    del d[0]
    print('d = deque([1, 2, 3]); d[1] = 9; del d[0]; d', '->', repr((d)))
except Exception as e:
    print('d = deque([1, 2, 3]); d[1] = 9; del d[0]; d', '!!', type(e).__name__, e)
try:
    d = deque([1, 2, 3])
    d.insert(1, 'x')
    d.insert(-10, 'y')
    d.insert(100, 'z')
    print("d = deque([1, 2, 3]); d.insert(1, 'x'); d.insert(-10, 'y'); d.insert(100, 'z'); d", '->', repr((d)))
except Exception as e:
    print("d = deque([1, 2, 3]); d.insert(1, 'x'); d.insert(-10, 'y'); d.insert(100, 'z'); d", '!!', type(e).__name__, e)
try:
    d = deque([1], maxlen=1)
    print('d = deque([1], maxlen=1); d.insert(0, 2)', '->', repr((d.insert(0, 2))))
except Exception as e:
    print('d = deque([1], maxlen=1); d.insert(0, 2)', '!!', type(e).__name__, e)
try:
    d = deque([1, 2, 1])
    print('d = deque([1, 2, 1]); d.remove(1), d, d.count(1), d.index(1)', '->', repr((d.remove(1), d, d.count(1), d.index(1))))
except Exception as e:
    print('d = deque([1, 2, 1]); d.remove(1), d, d.count(1), d.index(1)', '!!', type(e).__name__, e)
try:
    print('deque([1]).remove(5)', '->', repr((deque([1]).remove(5))))
except Exception as e:
    print('deque([1]).remove(5)', '!!', type(e).__name__, e)
try:
    print('deque([1]).index(5)', '->', repr((deque([1]).index(5))))
except Exception as e:
    print('deque([1]).index(5)', '!!', type(e).__name__, e)
try:
    print('deque([1, 2]) == deque([1, 2]), deque([1]) < deque([1, 2]), deque([1]) == [1], deque([3]) > deque([1, 2])', '->', repr((deque([1, 2]) == deque([1, 2]), deque([1]) < deque([1, 2]), deque([1]) == [1], deque([3]) > deque([1, 2]))))
except Exception as e:
    print('deque([1, 2]) == deque([1, 2]), deque([1]) < deque([1, 2]), deque([1]) == [1], deque([3]) > deque([1, 2])', '!!', type(e).__name__, e)
try:
    print("deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque('ab')", '->', repr((deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque('ab'))))
except Exception as e:
    print("deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque('ab')", '!!', type(e).__name__, e)
try:
    print('deque([1]) + [2]', '->', repr((deque([1]) + [2])))
except Exception as e:
    print('deque([1]) + [2]', '!!', type(e).__name__, e)
try:
    d = deque([1, 2])
    d += [3]
    d *= 2
    print('d = deque([1, 2]); d += [3]; d *= 2; d', '->', repr((d)))
except Exception as e:
    print('d = deque([1, 2]); d += [3]; d *= 2; d', '!!', type(e).__name__, e)
try:
    d = deque([1, 2, 3])
    print('d = deque([1, 2, 3]); list(reversed(d)), 2 in d, 5 in d, len(d), bool(deque())', '->', repr((list(reversed(d)), 2 in d, 5 in d, len(d), bool(deque()))))
except Exception as e:
    print('d = deque([1, 2, 3]); list(reversed(d)), 2 in d, 5 in d, len(d), bool(deque())', '!!', type(e).__name__, e)
try:
    d = deque([1, 2])
    it = iter(d)
    next(it)
    d.append(3)
    print('d = deque([1, 2]); it = iter(d); next(it); d.append(3); next(it)', '->', repr((next(it))))
except Exception as e:
    print('d = deque([1, 2]); it = iter(d); next(it); d.append(3); next(it)', '!!', type(e).__name__, e)
try:
    d = deque()
    d.append(d)
    print('d = deque(); d.append(d); d', '->', repr((d)))
except Exception as e:
    print('d = deque(); d.append(d); d', '!!', type(e).__name__, e)
try:
    d = deque([1, 2], maxlen=3)
    print('d = deque([1, 2], maxlen=3); d.copy(), d.copy().maxlen, d.__copy__()', '->', repr((d.copy(), d.copy().maxlen, d.__copy__())))
except Exception as e:
    print('d = deque([1, 2], maxlen=3); d.copy(), d.copy().maxlen, d.__copy__()', '!!', type(e).__name__, e)
try:
    d = deque(range(3))
    d.reverse()
    d.clear()
    print("d = deque(range(3)); d.reverse(); d.clear(); d, d.pop() if d else 'empty'", '->', repr((d, d.pop() if d else 'empty')))
except Exception as e:
    print("d = deque(range(3)); d.reverse(); d.clear(); d, d.pop() if d else 'empty'", '!!', type(e).__name__, e)
try:
    print('deque().popleft()', '->', repr((deque().popleft())))
except Exception as e:
    print('deque().popleft()', '!!', type(e).__name__, e)
class D(deque): pass
try:
    print('D([1, 2]), D([1], 3), type(D([1]).copy()).__name__', '->', repr((D([1, 2]), D([1], 3), type(D([1]).copy()).__name__)))
except Exception as e:
    print('D([1, 2]), D([1], 3), type(D([1]).copy()).__name__', '!!', type(e).__name__, e)
try:
    d = deque()
    print('d = deque(); [d.append(i) or d.__sizeof__() for i in range(130)][::40]', '->', repr(([d.append(i) or d.__sizeof__() for i in range(130)][::40])))
except Exception as e:
    print('d = deque(); [d.append(i) or d.__sizeof__() for i in range(130)][::40]', '!!', type(e).__name__, e)
try:
    d = deque(range(100))
    print('d = deque(range(100)); d.__sizeof__(), deque(range(64)).__sizeof__()', '->', repr((d.__sizeof__(), deque(range(64)).__sizeof__())))
except Exception as e:
    print('d = deque(range(100)); d.__sizeof__(), deque(range(64)).__sizeof__()', '!!', type(e).__name__, e)
try:
    dd = defaultdict(list)
    dd['a'].append(1)
    print("dd = defaultdict(list); dd['a'].append(1); dd, dd['b'], len(dd), 'c' in dd, dd.get('c')", '->', repr((dd, dd['b'], len(dd), 'c' in dd, dd.get('c'))))
except Exception as e:
    print("dd = defaultdict(list); dd['a'].append(1); dd, dd['b'], len(dd), 'c' in dd, dd.get('c')", '!!', type(e).__name__, e)
try:
    dd = defaultdict()
    print("dd = defaultdict(); dd['x']", '->', repr((dd['x'])))
except Exception as e:
    print("dd = defaultdict(); dd['x']", '!!', type(e).__name__, e)
try:
    dd = defaultdict(None, {'a': 1})
    print("dd = defaultdict(None, {'a': 1}); dd, dd.default_factory", '->', repr((dd, dd.default_factory)))
except Exception as e:
    print("dd = defaultdict(None, {'a': 1}); dd, dd.default_factory", '!!', type(e).__name__, e)
try:
    print('defaultdict(1)', '->', repr((defaultdict(1))))
except Exception as e:
    print('defaultdict(1)', '!!', type(e).__name__, e)
try:
    dd = defaultdict(int, a=1)
    dd['b'] += 2
    print("dd = defaultdict(int, a=1); dd['b'] += 2; dd, dict(dd), dd.copy(), type(dd.copy())", '->', repr((dd, dict(dd), dd.copy(), type(dd.copy()))))
except Exception as e:
    print("dd = defaultdict(int, a=1); dd['b'] += 2; dd, dict(dd), dd.copy(), type(dd.copy())", '!!', type(e).__name__, e)
try:
    dd = defaultdict(lambda: 'v', [('k', 1)])
    print("dd = defaultdict(lambda: 'v', [('k', 1)]); dd['z'], sorted(dd.items())", '->', repr((dd['z'], sorted(dd.items()))))
except Exception as e:
    print("dd = defaultdict(lambda: 'v', [('k', 1)]); dd['z'], sorted(dd.items())", '!!', type(e).__name__, e)
try:
    dd = defaultdict(list)
    dd.default_factory = set
    print('dd = defaultdict(list); dd.default_factory = set; dd[1], dd.__missing__(2), dd', '->', repr((dd[1], dd.__missing__(2), dd)))
except Exception as e:
    print('dd = defaultdict(list); dd.default_factory = set; dd[1], dd.__missing__(2), dd', '!!', type(e).__name__, e)
try:
    dd = defaultdict(int)
    print("dd = defaultdict(int); dd | {'a': 1}, {'b': 2} | dd, isinstance(dd, dict)", '->', repr((dd | {'a': 1}, {'b': 2} | dd, isinstance(dd, dict))))
except Exception as e:
    print("dd = defaultdict(int); dd | {'a': 1}, {'b': 2} | dd, isinstance(dd, dict)", '!!', type(e).__name__, e)
class DD(defaultdict): pass
try:
    print('DD(int, a=1)', '->', repr((DD(int, a=1))))
except Exception as e:
    print('DD(int, a=1)', '!!', type(e).__name__, e)
try:
    dd = defaultdict(list)
    dd[1].append(dd)
    print('dd = defaultdict(list); dd[1].append(dd); dd', '->', repr((dd)))
except Exception as e:
    print('dd = defaultdict(list); dd[1].append(dd); dd', '!!', type(e).__name__, e)
try:
    od = OrderedDict(a=1, b=2)
    od.move_to_end('a')
    print("od = OrderedDict(a=1, b=2); od.move_to_end('a'); od, list(od), od.popitem(), od.popitem(last=False)", '->', repr((od, list(od), od.popitem(), od.popitem(last=False))))
except Exception as e:
    print("od = OrderedDict(a=1, b=2); od.move_to_end('a'); od, list(od), od.popitem(), od.popitem(last=False)", '!!', type(e).__name__, e)
try:
    od = OrderedDict()
    od['x'] = 1
    od['y'] = 2
    od.move_to_end('y', last=False)
    print("od = OrderedDict(); od['x'] = 1; od['y'] = 2; od.move_to_end('y', last=False); od, list(od.keys()), list(reversed(od)), od.keys(), od.items(), od.values()", '->', repr((od, list(od.keys()), list(reversed(od)), od.keys(), od.items(), od.values())))
except Exception as e:
    print("od = OrderedDict(); od['x'] = 1; od['y'] = 2; od.move_to_end('y', last=False); od, list(od.keys()), list(reversed(od)), od.keys(), od.items(), od.values()", '!!', type(e).__name__, e)
try:
    print('OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict() == OrderedDict()', '->', repr((OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict() == OrderedDict())))
except Exception as e:
    print('OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict() == OrderedDict()', '!!', type(e).__name__, e)
try:
    print('OrderedDict().popitem()', '->', repr((OrderedDict().popitem())))
except Exception as e:
    print('OrderedDict().popitem()', '!!', type(e).__name__, e)
try:
    print("OrderedDict(a=1).move_to_end('z')", '->', repr((OrderedDict(a=1).move_to_end('z'))))
except Exception as e:
    print("OrderedDict(a=1).move_to_end('z')", '!!', type(e).__name__, e)
try:
    od = OrderedDict.fromkeys('abc', 0)
    print("od = OrderedDict.fromkeys('abc', 0); od, type(od).__name__, od.copy()", '->', repr((od, type(od).__name__, od.copy())))
except Exception as e:
    print("od = OrderedDict.fromkeys('abc', 0); od, type(od).__name__, od.copy()", '!!', type(e).__name__, e)
try:
    od = OrderedDict(a=1)
    print("od = OrderedDict(a=1); od.setdefault('b', 2), od.pop('a'), od.pop('zz', 'dflt'), od", '->', repr((od.setdefault('b', 2), od.pop('a'), od.pop('zz', 'dflt'), od)))
except Exception as e:
    print("od = OrderedDict(a=1); od.setdefault('b', 2), od.pop('a'), od.pop('zz', 'dflt'), od", '!!', type(e).__name__, e)
try:
    c = Counter('abracadabra')
    print("c = Counter('abracadabra'); c, c.most_common(3), c['z'], sorted(c.elements()), c.total()", '->', repr((c, c.most_common(3), c['z'], sorted(c.elements()), c.total())))
except Exception as e:
    print("c = Counter('abracadabra'); c, c.most_common(3), c['z'], sorted(c.elements()), c.total()", '!!', type(e).__name__, e)
try:
    c = Counter(a=1, b=-2, c=0)
    print('c = Counter(a=1, b=-2, c=0); +c, -c, c', '->', repr((+c, -c, c)))
except Exception as e:
    print('c = Counter(a=1, b=-2, c=0); +c, -c, c', '!!', type(e).__name__, e)
try:
    print("Counter('aab') - Counter('abc'), Counter('aab') & Counter('abb'), Counter('ab') | Counter('bbc'), Counter('a') + Counter('ab')", '->', repr((Counter('aab') - Counter('abc'), Counter('aab') & Counter('abb'), Counter('ab') | Counter('bbc'), Counter('a') + Counter('ab'))))
except Exception as e:
    print("Counter('aab') - Counter('abc'), Counter('aab') & Counter('abb'), Counter('ab') | Counter('bbc'), Counter('a') + Counter('ab')", '!!', type(e).__name__, e)
try:
    c = Counter('abc')
    c.subtract('aab')
    print("c = Counter('abc'); c.subtract('aab'); c, c.copy(), type(c.copy())", '->', repr((c, c.copy(), type(c.copy()))))
except Exception as e:
    print("c = Counter('abc'); c.subtract('aab'); c, c.copy(), type(c.copy())", '!!', type(e).__name__, e)
try:
    c = Counter('abc')
    c.update({'a': 5})
    c.update(b=2)
    print("c = Counter('abc'); c.update({'a': 5}); c.update(b=2); c", '->', repr((c)))
except Exception as e:
    print("c = Counter('abc'); c.update({'a': 5}); c.update(b=2); c", '!!', type(e).__name__, e)
try:
    c = Counter()
    c.update({'x': 1})
    print("c = Counter(); c.update({'x': 1}); c", '->', repr((c)))
except Exception as e:
    print("c = Counter(); c.update({'x': 1}); c", '!!', type(e).__name__, e)
try:
    c = Counter('aaa')
    c += Counter('b')
    c -= Counter('aaaa')
    print("c = Counter('aaa'); c += Counter('b'); c -= Counter('aaaa'); c", '->', repr((c)))
except Exception as e:
    print("c = Counter('aaa'); c += Counter('b'); c -= Counter('aaaa'); c", '!!', type(e).__name__, e)
try:
    c = Counter('aab')
    c |= Counter('bbb')
    c &= Counter('ab')
    print("c = Counter('aab'); c |= Counter('bbb'); c &= Counter('ab'); c", '->', repr((c)))
except Exception as e:
    print("c = Counter('aab'); c |= Counter('bbb'); c &= Counter('ab'); c", '!!', type(e).__name__, e)
try:
    print("Counter('ab') == Counter('ba'), Counter('a') < Counter('ab'), Counter('ab') <= Counter('ab'), Counter(a=1) == {'a': 1}", '->', repr((Counter('ab') == Counter('ba'), Counter('a') < Counter('ab'), Counter('ab') <= Counter('ab'), Counter(a=1) == {'a': 1})))
except Exception as e:
    print("Counter('ab') == Counter('ba'), Counter('a') < Counter('ab'), Counter('ab') <= Counter('ab'), Counter(a=1) == {'a': 1}", '!!', type(e).__name__, e)
try:
    print("Counter.fromkeys('abc')", '->', repr((Counter.fromkeys('abc'))))
except Exception as e:
    print("Counter.fromkeys('abc')", '!!', type(e).__name__, e)
try:
    print("Counter(), repr(Counter({'a': 'x', 'b': 1}))", '->', repr((Counter(), repr(Counter({'a': 'x', 'b': 1})))))
except Exception as e:
    print("Counter(), repr(Counter({'a': 'x', 'b': 1}))", '!!', type(e).__name__, e)
try:
    c = Counter()
    del c['missing']
    print("c = Counter(); del c['missing']; c", '->', repr((c)))
except Exception as e:
    print("c = Counter(); del c['missing']; c", '!!', type(e).__name__, e)
try:
    print("Counter('abc').elements()", '->', repr((Counter('abc').elements())))
except Exception as e:
    print("Counter('abc').elements()", '!!', type(e).__name__, e)
class MyC(Counter): pass
try:
    print("MyC('aab'), MyC('ab').copy()", '->', repr((MyC('aab'), MyC('ab').copy())))
except Exception as e:
    print("MyC('aab'), MyC('ab').copy()", '!!', type(e).__name__, e)
try:
    c = Counter(a=3)
    print('c = Counter(a=3); c.most_common(0), c.most_common(1), c.most_common(-1)', '->', repr((c.most_common(0), c.most_common(1), c.most_common(-1))))
except Exception as e:
    print('c = Counter(a=3); c.most_common(0), c.most_common(1), c.most_common(-1)', '!!', type(e).__name__, e)
try:
    print('Counter([1, 2], [3])', '->', repr((Counter([1, 2], [3]))))
except Exception as e:
    print('Counter([1, 2], [3])', '!!', type(e).__name__, e)
try:
    print('Counter.__module__, Counter.__mro__, type(Counter).__name__', '->', repr((Counter.__module__, Counter.__mro__, type(Counter).__name__)))
except Exception as e:
    print('Counter.__module__, Counter.__mro__, type(Counter).__name__', '!!', type(e).__name__, e)
try:
    c = Counter('ab')
    c.attr = 5
    print("c = Counter('ab'); c.attr = 5; c.attr", '->', repr((c.attr)))
except Exception as e:
    print("c = Counter('ab'); c.attr = 5; c.attr", '!!', type(e).__name__, e)
`,
  'namedtuple': `from collections import namedtuple
import sys
P = namedtuple('P', 'x y')
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[1, 2])
try:
    print('P(1)', '->', repr((P(1))))
except Exception as e:
    print('P(1)', '!!', type(e).__name__, e)
try:
    print('P(1, 2, 3)', '->', repr((P(1, 2, 3))))
except Exception as e:
    print('P(1, 2, 3)', '!!', type(e).__name__, e)
try:
    print('P(1, 2, z=3)', '->', repr((P(1, 2, z=3))))
except Exception as e:
    print('P(1, 2, z=3)', '!!', type(e).__name__, e)
try:
    print('P(1, x=2)', '->', repr((P(1, x=2))))
except Exception as e:
    print('P(1, x=2)', '!!', type(e).__name__, e)
try:
    print('Q()', '->', repr((Q())))
except Exception as e:
    print('Q()', '!!', type(e).__name__, e)
try:
    print('Q(1, 2, 3, 4)', '->', repr((Q(1, 2, 3, 4))))
except Exception as e:
    print('Q(1, 2, 3, 4)', '!!', type(e).__name__, e)
try:
    print('Q(1, 2, 3, a=4)', '->', repr((Q(1, 2, 3, a=4))))
except Exception as e:
    print('Q(1, 2, 3, a=4)', '!!', type(e).__name__, e)
try:
    print('P._make([1])', '->', repr((P._make([1]))))
except Exception as e:
    print('P._make([1])', '!!', type(e).__name__, e)
try:
    print('P._make([1, 2, 3])', '->', repr((P._make([1, 2, 3]))))
except Exception as e:
    print('P._make([1, 2, 3])', '!!', type(e).__name__, e)
try:
    print('P(1, 2)._replace(z=1)', '->', repr((P(1, 2)._replace(z=1))))
except Exception as e:
    print('P(1, 2)._replace(z=1)', '!!', type(e).__name__, e)
try:
    print('P(1, 2)._replace(x=5, z=1, w=2)', '->', repr((P(1, 2)._replace(x=5, z=1, w=2))))
except Exception as e:
    print('P(1, 2)._replace(x=5, z=1, w=2)', '!!', type(e).__name__, e)
try:
    print('P.x, P.x.__doc__, type(P.x), type(P.x).__module__', '->', repr((P.x, P.x.__doc__, type(P.x), type(P.x).__module__)))
except Exception as e:
    print('P.x, P.x.__doc__, type(P.x), type(P.x).__module__', '!!', type(e).__name__, e)
try:
    print('P.__doc__, P.__module__, P.__qualname__, P.__slots__, P._fields, P._field_defaults, Q._field_defaults, P.__match_args__, P.__bases__, P.__mro__', '->', repr((P.__doc__, P.__module__, P.__qualname__, P.__slots__, P._fields, P._field_defaults, Q._field_defaults, P.__match_args__, P.__bases__, P.__mro__)))
except Exception as e:
    print('P.__doc__, P.__module__, P.__qualname__, P.__slots__, P._fields, P._field_defaults, Q._field_defaults, P.__match_args__, P.__bases__, P.__mro__', '!!', type(e).__name__, e)
try:
    p = P(1, 2)
    del p.x
    print('p = P(1, 2); del p.x', '-> ok')
except Exception as e:
    print('p = P(1, 2); del p.x', '!!', type(e).__name__, e)
try:
    p = P(1, 2)
    p.z = 3
    print('p = P(1, 2); p.z = 3', '-> ok')
except Exception as e:
    print('p = P(1, 2); p.z = 3', '!!', type(e).__name__, e)
try:
    print("namedtuple('1x', 'a')", '->', repr((namedtuple('1x', 'a'))))
except Exception as e:
    print("namedtuple('1x', 'a')", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a class')", '->', repr((namedtuple('X', 'a class'))))
except Exception as e:
    print("namedtuple('X', 'a class')", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a _b')", '->', repr((namedtuple('X', 'a _b'))))
except Exception as e:
    print("namedtuple('X', 'a _b')", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a a')", '->', repr((namedtuple('X', 'a a'))))
except Exception as e:
    print("namedtuple('X', 'a a')", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a b', defaults=[1, 2, 3])", '->', repr((namedtuple('X', 'a b', defaults=[1, 2, 3]))))
except Exception as e:
    print("namedtuple('X', 'a b', defaults=[1, 2, 3])", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a,b c', rename=False)._fields", '->', repr((namedtuple('X', 'a,b c', rename=False)._fields)))
except Exception as e:
    print("namedtuple('X', 'a,b c', rename=False)._fields", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a def _c a', rename=True)._fields", '->', repr((namedtuple('X', 'a def _c a', rename=True)._fields)))
except Exception as e:
    print("namedtuple('X', 'a def _c a', rename=True)._fields", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a b', module='foo')", '->', repr((namedtuple('X', 'a b', module='foo'))))
except Exception as e:
    print("namedtuple('X', 'a b', module='foo')", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', [1, 2])", '->', repr((namedtuple('X', [1, 2]))))
except Exception as e:
    print("namedtuple('X', [1, 2])", '!!', type(e).__name__, e)
try:
    print("namedtuple('X', 'a')(1), namedtuple('X', '')(), namedtuple('X', [])", '->', repr((namedtuple('X', 'a')(1), namedtuple('X', '')(), namedtuple('X', []))))
except Exception as e:
    print("namedtuple('X', 'a')(1), namedtuple('X', '')(), namedtuple('X', [])", '!!', type(e).__name__, e)
class P3(P): pass
try:
    print('P3(1, 2), P3(1, 2).__dict__, P3(1, y=2)._asdict()', '->', repr((P3(1, 2), P3(1, 2).__dict__, P3(1, y=2)._asdict())))
except Exception as e:
    print('P3(1, 2), P3(1, 2).__dict__, P3(1, y=2)._asdict()', '!!', type(e).__name__, e)
class P4(P): __slots__ = ()
try:
    print('repr(P4(5, 6)), P4(5, 6)._replace(x=1)', '->', repr((repr(P4(5, 6)), P4(5, 6)._replace(x=1))))
except Exception as e:
    print('repr(P4(5, 6)), P4(5, 6)._replace(x=1)', '!!', type(e).__name__, e)
try:
    print('sys.getsizeof(P(1, 2))', '->', repr((sys.getsizeof(P(1, 2)))))
except Exception as e:
    print('sys.getsizeof(P(1, 2))', '!!', type(e).__name__, e)
`
};

describeAgainstCPython('collections', SNIPPETS);
