# checks: class attributes shared vs instance attributes shadowing, mutable class attribute pitfall
class Player:
    team = "red"
    inventory = []          # shared by everyone (pitfall)
    count = 0
    def __init__(self, name):
        self.name = name
        self.items = []
        Player.count += 1
a = Player("ann")
b = Player("bob")
print(a.team, b.team, Player.count)
a.team = "blue"            # creates an instance attribute
print(a.team, b.team, Player.team)
Player.team = "green"
print(a.team, b.team)
del a.team
print(a.team)
a.inventory.append("sword")
print(b.inventory, Player.inventory is b.inventory)
a.items.append("shield")
print(a.items, b.items)
print("team" in vars(a), "name" in vars(a), sorted(k for k in vars(Player) if not k.startswith("__")))
