def modify(lst):
    lst.append("new")
    lst = ["replaced"]
    lst.append("x")
    return lst

mine = ["a"]
result = modify(mine)
print("mine:", mine)
print("result:", result)
