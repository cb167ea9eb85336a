class Team:
    members = []
    count = 0
    def join(self, name):
        self.members.append(name)
        self.count += 1

a, b = Team(), Team()
a.join("x"); b.join("y")
print(a.members, b.members, Team.members)
print(a.count, b.count, Team.count)
print(a.__dict__, Team.__dict__["count"])
class Fixed:
    def __init__(self):
        self.members = []
f1, f2 = Fixed(), Fixed()
f1.members.append(1)
print(f1.members, f2.members)
