nums = [1, 2, 3]
start = id(nums)
nums.append(4)
nums += [5]
nums.extend([6])
print(id(nums) == start)
nums = nums + [7]
print(id(nums) == start)
t = (1, 2)
tid = id(t)
t += (3,)
print(id(t) == tid)
s = {1}
sid = id(s)
s |= {2}
print(id(s) == sid, s)
