class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __getitem__(self, i):
        return self.cards[i]
    def __len__(self):
        return len(self.cards)

d = Deck()
print(d[0], d[-1], d[1:3])
print(len(d))
for card in d:
    print(card, end=" ")
print()
print("2H" in d)
try:
    d[100]
except IndexError as e:
    print("IndexError:", e)
