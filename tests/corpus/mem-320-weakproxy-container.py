# checks: a weakref.proxy forwards len/[]/in/iteration/bool/== to its referent and holds it while it does; unhashable; ReferenceError once dead
import sys
import weakref

class Playlist:
    def __init__(self):
        self.songs = ["intro", "verse", "outro"]
    def __len__(self):
        print("  refs while len() runs:", sys.getrefcount(self))
        return len(self.songs)
    def __getitem__(self, i):
        return self.songs[i]

pl = Playlist()
p = weakref.proxy(pl)
print("refs of pl:", sys.getrefcount(pl))
print("len:", len(p), "first:", p[0], "'verse' in p:", "verse" in p)
print("all:", list(p), "truthy:", bool(p))
print("p == pl:", p == pl, "same proxy again:", p is weakref.proxy(pl))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del pl
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
