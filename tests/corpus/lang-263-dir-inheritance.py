# checks: dir() of a subclass merges the names of every base (merge_class_dict), including a built-in base like list or Exception
class Animal:
    def speak(self):
        return "..."

class Cat(Animal):
    def purr(self):
        return "purr"

class Stack(list):
    def peek(self):
        return self[-1]

class AppError(Exception):
    pass

print([n for n in dir(Cat) if not n.startswith('__')])
print(sorted(set(dir(Stack)) - set(dir(list))))
print(len(dir(AppError)), len(dir(Exception)))
try:
    raise AppError("boom")
except AppError as e:
    print([n for n in dir(e) if not n.startswith('__')])
