class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def add(self, m):
        self.members.append(m)

a = Team("A")
b = Team("B")
a.add("ann")
b.add("bob")
print(a.members, b.members)
print(a.members is Team.members)
