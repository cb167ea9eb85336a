nums = [1, 2, 3, 4, 5, 6]
labels = ["even" if n % 2 == 0 else "odd" for n in nums]
print(labels)
capped = [n if n < 4 else 4 for n in nums]
print(capped)
grades = [95, 82, 67, 45, 78]
letters = ["A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "F" for g in grades]
print(letters)
print(dict(zip(grades, letters)))
