import gc
log = []
class Request:
    def __init__(self, n):
        self.n = n
        log.append(self)
for n in range(3):
    Request(n)
print(len(log))
gc.collect()
print(len(gc.get_referents(log)))
