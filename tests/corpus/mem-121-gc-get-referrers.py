# checks: gc.get_referrers finds the containers that refer to an object
import gc

class Target:
    pass

t = Target()
holder_list = [t]
holder_dict = {"t": t}
referrers = gc.get_referrers(t)
print("list refers :", any(r is holder_list for r in referrers))
print("dict refers :", any(r is holder_dict for r in referrers))
holder_list.clear()
referrers = gc.get_referrers(t)
print("after clear, list refers:", any(r is holder_list for r in referrers))
print("dict still refers:", any(r is holder_dict for r in referrers))
