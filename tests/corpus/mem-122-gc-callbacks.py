# checks: gc.callbacks are told about the start/stop of a collection and how much was collected
import gc

gc.disable()
gc.collect()
events = []

def on_gc(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(on_gc)
for i in range(3):
    loop = []
    loop.append(loop)
del loop
gc.collect()
gc.callbacks.remove(on_gc)
for e in events:
    print(e)
print("callbacks left:", len(gc.callbacks))
