# checks: global statement, reading vs assigning globals, UnboundLocalError when forgetting global
counter = 0
log = []
def increment():
    global counter
    counter += 1
    log.append(counter)  # mutating a global needs no 'global'
def broken():
    counter += 1
for _ in range(3):
    increment()
print(counter, log)
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, "-", e)
def make_global():
    global created_later
    created_later = "I exist now"
make_global()
print(created_later)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
