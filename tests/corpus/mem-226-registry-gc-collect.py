# checks: gc.collect() during the program moves a class's registry list after the class's __dict__ in the collector's list; the exit order follows
import gc

class Session:
    open_sessions = []

    def __init__(self, user):
        self.user = user
        Session.open_sessions.append(self)

    def __del__(self):
        print("session closed for", self.user)

admin = Session("admin")
Session("guest")
print("collected:", gc.collect())
Session("bot")
recent = [Session("late")]
print(len(Session.open_sessions), "sessions")
print("end of program")
