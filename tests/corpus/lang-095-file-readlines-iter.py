# checks: writelines, readlines, iterating a file line by line, print(file=f), strip newlines, enumerate lines
fname = "lang_095_scores.txt"
rows = ["ann,90\n", "bob,72\n", "cy,85\n"]
with open(fname, "w") as out:
    out.writelines(rows)
    print("dee,64", file=out)
    print("eve", 99, sep=",", file=out)
with open(fname) as f:
    lines = f.readlines()
print(lines)
total = 0
with open(fname) as f:
    for lineno, line in enumerate(f, 1):
        name, score = line.rstrip("\n").split(",")
        total += int(score)
        print(f"{lineno}: {name:<4}{score:>4}")
print("average:", total / len(lines))
with open(fname) as f:
    print([line.strip() for line in f if int(line.split(",")[1]) > 80])
with open(fname) as f:
    print(f.readline().strip(), "| rest:", len(f.readlines()))
