# checks: __len__ and __getitem__ making a sequence: indexing, slicing, iteration via IndexError, in, reversed
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]
    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"
p = Playlist("intro", "verse", "chorus", "outro")
print(len(p), p[0], p[-1], bool(p), bool(Playlist()))
print(p[1:3], p[::-1])
for i, song in enumerate(p):
    print(i, song)
print("chorus" in p, "bridge" in p, list(reversed(p)))
print(list(p), sorted(p), max(p))
try:
    p[10]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, n):
        if n >= 5:
            raise IndexError(n)
        return n * n
print(list(Squares()), 16 in Squares())
