# checks: a bare `raise` adds no traceback entry, so a saved exception keeps the frames it passed through but not the helper that re-raised it (its locals are freed on return)
class Big:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def helper():
    tmp = Big("helper local")
    raise
def work():
    data = Big("work local")
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
try:
    work()
except ZeroDivisionError as e:
    saved = e
print("caught")
tb = saved.__traceback__
while tb:
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    tb = tb.tb_next
del saved
print("end")
