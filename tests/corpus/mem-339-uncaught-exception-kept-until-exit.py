# checks: an uncaught exception stays in sys.last_exc (3.11: sys.last_value) with its traceback, frames and their locals until interpreter exit: the atexit callbacks run before those locals' __del__, which runs before the module's names go
import atexit
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)
def goodbye():
    print("atexit: goodbye")
atexit.register(goodbye)
def load(path):
    handle = Resource(path)
    return int(path)
kept = Resource("kept")
print(load("42"))
load("data.txt")
