from functools import total_ordering

@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
    def __repr__(self):
        return f"Grade({self.letter!r})"

gs = [Grade("B"), Grade("A"), Grade("F"), Grade("C")]
print(sorted(gs), max(gs), Grade("A") >= Grade("B"), Grade("C") <= Grade("C"), Grade("D") > Grade("A"))
print(Grade("A") != Grade("A"), Grade.__hash__)
