nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig)
lst = [5, 4]
alias = lst
lst.sort()
print(alias)
lst = sorted(lst, reverse=True)
print(alias, lst, alias is lst)
