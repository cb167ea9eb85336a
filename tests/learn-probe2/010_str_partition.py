line = "key=value=more"
print(line.partition("="))
print(line.rpartition("="))
print(line.split("=", 1))
print(line.rsplit("=", 1))
filename = "report.final.pdf"
print(filename.endswith((".pdf", ".doc")))
name, _, ext = filename.rpartition(".")
print(name, ext)
print("a,b,,c".split(","))
print("  a  b  ".split(" "))
print("line1\nline2\r\nline3".splitlines())
