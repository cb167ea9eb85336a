# checks: input() prints its prompt then raises EOFError on empty stdin; caught once, then uncaught
print("Welcome to the quiz!")
try:
    answer = input("What is 2 + 2? ")
except EOFError as e:
    print()
    print("no input available:", repr(e))
    answer = "4"
print("answer was", answer, "->", "correct" if answer.strip() == "4" else "wrong")
name = input("Your name: ")
print("hello", name)
