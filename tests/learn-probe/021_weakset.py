import weakref

class Player:
    def __init__(self, n):
        self.n = n

players = weakref.WeakSet()
p1 = Player(1)
p2 = Player(2)
players.add(p1)
players.add(p2)
print("count:", len(players))
del p1
print("count after del:", len(players))
print(sorted(p.n for p in players))
