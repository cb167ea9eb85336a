# checks: dir() of built-in objects and types: a value lists its type's names (dir(1) == dir(int)); the counts differ between versions
print(dir([]) == dir(list), dir(1) == dir(int), dir("s") == dir(str))
print(len(dir([])), len(dir(1)), len(dir("s")), len(dir(dict)))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir(dict) if not n.startswith('_')])
print(dir(object))
print(dir(None))
print('__len__' in dir("s"), 'append' in dir(()))
