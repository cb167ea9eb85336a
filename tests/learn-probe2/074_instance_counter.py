class Robot:
    population = 0
    def __init__(self, name):
        self.name = name
        Robot.population += 1
        print(f"{name} built, population {Robot.population}")
    def __del__(self):
        Robot.population -= 1
        print(f"{self.name} destroyed, population {Robot.population}")

r1 = Robot("R2")
r2 = Robot("C3")
del r1
print("population now", Robot.population)
r2 = None
print("end", Robot.population)
