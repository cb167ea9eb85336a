class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

a = Card(10, "H")
b = Card(10, "H")
print(a == b, a is b)
try:
    {a}
except TypeError as e:
    print(e)
print(Card.__hash__)

class Card2(Card):
    def __hash__(self):
        return hash((self.rank, self.suit))

print(len({Card2(1, "S"), Card2(1, "S"), Card2(2, "S")}))
