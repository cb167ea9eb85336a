# checks: class-based iterator with __iter__/__next__ raising StopIteration, separate iterable vs iterator
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c))
class Span:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step
    def __iter__(self):
        return SpanIter(self)
class SpanIter:
    def __init__(self, span):
        self.span, self.pos = span, span.lo
    def __iter__(self):
        return self
    def __next__(self):
        if self.pos >= self.span.hi:
            raise StopIteration
        value, self.pos = self.pos, self.pos + self.span.step
        return value
s = Span(0, 10, 3)
print(list(s), list(s), sum(s), [x * y for x in Span(1, 3) for y in s])
