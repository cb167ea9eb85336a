def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)

show(1, 2, 3)
show(a=1, b=2)
show(1, "x", flag=True)

def total(*nums):
    return sum(nums)

print(total(), total(1, 2, 3))

def describe(name, *hobbies, sep=", ", **info):
    print(name, "likes", sep.join(hobbies), info)

describe("Ann", "chess", "tennis", age=20)
