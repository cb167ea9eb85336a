# checks: objects held by class attributes (set in the class body or later) are garbage at exit like the globals, in the collector's order
class Conn:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name)

class Pool:
    connections = [Conn("pool-1"), Conn("pool-2")]

class Settings:
    pass

Settings.backup = Conn("backup")
main = Conn("main")
Pool.connections.append(Conn("pool-3"))
print("end of program")
