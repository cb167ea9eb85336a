# checks: a class made inside a function works like any other; its instances keep it alive
def make_counter_class(start):
    class Counter:
        total = start
        def bump(self):
            Counter.total += 1
            return Counter.total
    return Counter

C = make_counter_class(10)
c1 = C()
c2 = C()
print(c1.bump(), c2.bump())
print(type(c1).__name__, type(c1).__qualname__)
D = make_counter_class(0)
print(C is D, D().bump())
