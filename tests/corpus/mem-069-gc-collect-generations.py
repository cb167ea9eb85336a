# checks: gc.collect(0), gc.collect(1), gc.collect(2) and an invalid generation
import gc

gc.disable()
gc.collect()

def make_cycle():
    c = []
    c.append(c)

for gen in (0, 1, 2):
    make_cycle()
    print(f"gc.collect({gen}) ->", gc.collect(gen))
print("nothing left:", gc.collect())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
