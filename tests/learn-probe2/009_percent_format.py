name = "Sam"
age = 19
gpa = 3.456
print("%s is %d years old" % (name, age))
print("GPA: %.2f" % gpa)
print("[%5d] [%-5d]" % (age, age))
print("%05.1f" % gpa)
print("%r vs %s" % (name, name))
print("100%% done")
print("%x %o" % (255, 8))
