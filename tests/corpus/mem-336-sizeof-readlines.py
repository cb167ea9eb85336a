# checks: f.readlines() extends a new list from the file, which has no length hint: list_extend presizes 8 slots, so a short file's list has room for 8
import sys
fname = "mem_336_lines.txt"
with open(fname, "w") as f:
    f.write("one\ntwo\nthree\n")
with open(fname) as f:
    lines = f.readlines()
print(lines, sys.getsizeof(lines))
print(sys.getsizeof(list(lines)), sys.getsizeof(lines[:]))
with open(fname, "w") as f:
    f.write("x\n" * 12)
with open(fname) as f:
    many = f.readlines()
print(len(many), sys.getsizeof(many))
