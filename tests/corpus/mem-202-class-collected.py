# checks: a class attribute lives as long as its class; the last reference to an object kept only by a class attribute goes when the program ends
class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

class Config:
    default = Resource("class attribute")

def use():
    local = Resource("local")
    return Config.default.name

print("using", use())
tmp = Resource("temporary")
tmp = None
print("end of program")
