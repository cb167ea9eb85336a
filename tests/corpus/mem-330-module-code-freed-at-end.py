# checks: the module's code object is freed as soon as the script ends (Python/pythonrun.c: run_mod), so an atexit callback sees its constants without co_consts' reference; a function's code keeps its own
import sys
import atexit
point = (1.5, "x")
word = "hello world"
class Config:
    limits = (10.5, 20.5)
def get():
    return (2.5, "y")
kept = get()
print("while running:", sys.getrefcount(point), sys.getrefcount(word), sys.getrefcount(kept))
def report():
    print("at exit, point:", sys.getrefcount(point))
    print("at exit, word:", sys.getrefcount(word))
    print("at exit, class constant:", sys.getrefcount(Config.limits))
    print("at exit, function constant:", sys.getrefcount(kept))
atexit.register(report)
