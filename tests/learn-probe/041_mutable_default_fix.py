def add_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

a = add_item(1)
b = add_item(2)
print(a, b, a is b)
