# checks: sys.stdout's pending buffer keeps printed strs while the script runs, and is flushed as soon as the script ends (Python/pythonrun.c: flush_io), before the atexit callbacks
import sys
import atexit
greeting = "".join(["hello", " ", "there"])
print(greeting)
print("after print:", sys.getrefcount(greeting))
names = ["ann", "bob"]
label = ", ".join(names)
print(label, label)
print("printed twice:", sys.getrefcount(label))
def at_exit():
    print("at exit:", sys.getrefcount(greeting), sys.getrefcount(label))
atexit.register(at_exit)
