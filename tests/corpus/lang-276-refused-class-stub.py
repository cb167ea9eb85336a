# checks: a class heapsnake does not model (collections.UserDict) is refused when subclassed, not a TypeError 'bases must be types'
from collections import UserDict

class Settings(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

s = Settings()
s["Color"] = "red"
print(s)
