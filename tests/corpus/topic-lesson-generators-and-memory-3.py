lazy = (n * n for n in range(20))
print(sum(lazy))
print(sum(lazy))
