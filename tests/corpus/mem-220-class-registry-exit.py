# checks: instances kept in a class-level registry list are finalized at exit after the globals, from the last one registered back
class Node:
    all = []

    def __init__(self, name):
        self.name = name
        Node.all.append(self)

    def __del__(self):
        print("bye", self.name)

first = Node("first")
Node("second")
Node("third")
last = Node("last")
print(len(Node.all), "nodes registered")
print("end of program")
