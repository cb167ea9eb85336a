class G:
    def __del__(self):
        print("G freed")

g = G()

def drop():
    global g
    del g
    print("dropped global")

drop()
print("after drop")
