def is_palindrome(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]

tests = ["racecar", "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]
for t in tests:
    print(f"{t!r}: {is_palindrome(t)}")
