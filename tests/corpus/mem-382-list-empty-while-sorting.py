# checks: list.sort() empties the list while it sorts (Objects/listobject.c: list_sort_impl sets size 0 and allocated -1), so a __lt__ or key that looks at it sees len 0 and sys.getsizeof 8 bytes below an empty list; the items come back afterwards
import sys
class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        print("comparing", self.rank, other.rank, "list has", len(hand), sys.getsizeof(hand), hand)
        return self.rank < other.rank
hand = [Card(3), Card(1), Card(2)]
print(sys.getsizeof(hand), sys.getsizeof([]))
hand.sort()
print([c.rank for c in hand], sys.getsizeof(hand))
def by_rank(c):
    print("key sees", len(hand), sys.getsizeof(hand))
    return -c.rank
hand.sort(key=by_rank)
print([c.rank for c in hand])
