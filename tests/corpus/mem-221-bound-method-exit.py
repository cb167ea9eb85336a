# checks: a bound method keeps its object alive; at exit the object is finalized when the walk reaches the method
class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        print("clicked", self.label)

    def __del__(self):
        print("deleted button", self.label)

ok = Button("ok")
handler = Button("cancel").click
handlers = [Button("help").click, Button("quit").click]
handler()
for h in handlers:
    h()
print("end of program")
