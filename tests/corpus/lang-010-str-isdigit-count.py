# checks: str predicates isdigit/isalpha/isalnum/isspace/isupper/islower/isdecimal/isnumeric, count
samples = ["123", "12.5", "abc", "abc123", "   ", "", "ABC", "Abc", "²", "½", "٣"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.isdecimal(), s.isnumeric())
sentence = "mississippi"
print(sentence.count("s"), sentence.count("ss"), sentence.count("issi"), sentence.count(""))
vowels = sum(sentence.count(v) for v in "aeiou")
print("vowels:", vowels)
user_input = "  42 "
if user_input.strip().isdigit():
    print("number:", int(user_input) * 2)
print("hello_world".isidentifier(), "2fast".isidentifier(), "Title Case".istitle())
