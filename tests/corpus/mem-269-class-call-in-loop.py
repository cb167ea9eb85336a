# checks: a class called in a loop: 3.11 packs the arguments into a tuple every time; 3.14 specializes the call after its first run (CALL_ALLOC_AND_ENTER_INIT, no tuple) unless the class changes, which heapsnake does not model (refused after the first)
import sys
shared = ["config"]
class Worker:
    def __init__(self, cfg):
        print(sys.getrefcount(shared))
        self.cfg = cfg
workers = []
for i in range(3):
    workers.append(Worker(shared))
print(len(workers), sys.getrefcount(shared))
