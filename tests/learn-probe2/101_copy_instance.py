import copy

class Team:
    def __init__(self, name, members):
        self.name = name
        self.members = members

t1 = Team("red", ["ann", "bob"])
t2 = copy.copy(t1)
t3 = copy.deepcopy(t1)
t1.members.append("cy")
t2.name = "blue"
print(t1.name, t1.members)
print(t2.name, t2.members)
print(t3.name, t3.members)
print(t2.members is t1.members, t3.members is t1.members)
