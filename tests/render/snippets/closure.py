def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

add_item(1)
add_item(2)
c = make_counter()
c()
print(c(), add_item.__defaults__)
