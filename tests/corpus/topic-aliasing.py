def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1))
print(add(2))
a = [[0] * 2] * 2
a[0][0] = 9
print(a)
