# checks: sys.getrefcount of None/True/False: a fixed immortal value on 3.12+, an ordinary count on 3.11
import sys

def show(name, obj):
    rc = sys.getrefcount(obj)
    print(name, rc if rc > 10**9 else "ordinary count (varies from run to run)")

show("None :", None)
show("True :", True)
show("False:", False)
print("all three equal:", sys.getrefcount(None) == sys.getrefcount(True) == sys.getrefcount(False))
x = None
before = sys.getrefcount(None)
y = None
print("binding one more name changes it by:", sys.getrefcount(None) - before)
