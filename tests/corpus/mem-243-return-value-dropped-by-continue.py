# checks: a value being returned is dropped when the finally block continues the loop: its object is freed at once, each time round
class Ticket:
    def __init__(self, n):
        self.n = n
        print("made", n)
    def __del__(self):
        print("freed", self.n)

def first_ticket(count):
    for i in range(count):
        try:
            return Ticket(i)
        finally:
            print("finally", i)
            if i < count - 1:
                continue
    return None

t = first_ticket(3)
print("got", t.n)
del t
print("done")
