original = [1, 2, [3, 4]]
shallow = original[:]
shallow[2].append(5)
shallow[0] = 100
print("original:", original)
print("shallow:", shallow)
print("inner shared:", original[2] is shallow[2])
