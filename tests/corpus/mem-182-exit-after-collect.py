# checks: gc.collect() during the program moves what exists then to the oldest generation, which changes 3.11's exit order
import gc

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

early = V("early")
early_list = [V("e1"), V("e2")]
early_dict = {}
early_dict["k"] = V("ek")
early_dict["j"] = V("ej")
gc.collect()
late = V("late")
late_list = [V("l1"), V("l2")]
late_dict = {}
late_dict["k"] = V("lk")
late_dict["j"] = V("lj")
print("end")
