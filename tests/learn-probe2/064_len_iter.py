class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __iter__(self):
        return iter(self.songs)
    def __contains__(self, song):
        return song in self.songs

p = Playlist("a", "b", "c")
print(len(p))
for s in p:
    print(s, end=" ")
print()
print("b" in p, "z" in p)
print(list(p), sorted(p, reverse=True))
print(bool(Playlist()))
