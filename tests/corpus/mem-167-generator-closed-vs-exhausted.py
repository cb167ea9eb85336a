# checks: a suspended generator keeps its locals alive; exhausting or closing it frees them, finally runs on close
import sys

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def producer(tag):
    res = Loud(tag)
    try:
        yield 1
        yield 2
    finally:
        print("  finally", tag)

g1 = producer("exhausted")
print("first:", next(g1))
print("list rest:", list(g1))
print("g1 still a name:", g1 is not None)

g2 = producer("closed")
next(g2)
print("closing g2")
g2.close()
print("closed; frame:", g2.gi_frame)

g3 = producer("dropped")
next(g3)
print("dropping g3")
del g3

g4 = producer("never started")
print("dropping unstarted g4")
del g4
print("end")
