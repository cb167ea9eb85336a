people = [("Ann", 25), ("Bob", 30), ("Cy", 25), ("Dee", 30), ("Eve", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
scores = {"ann": 90, "bob": 85, "cy": 90}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (name, score) in enumerate(ranking, 1):
    print(rank, name, score)
