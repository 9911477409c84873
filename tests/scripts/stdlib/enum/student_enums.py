# Enums the way exercises use them: states, menus, ordering by value.
from enum import Enum, IntEnum, auto

class TrafficLight(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()

    def next(self):
        order = list(TrafficLight)
        return order[(order.index(self) + 1) % len(order)]

light = TrafficLight.RED
for _ in range(4):
    print(light, light.value, light.name)
    light = light.next()
# expect: TrafficLight.RED 1 RED
# expect: TrafficLight.YELLOW 2 YELLOW
# expect: TrafficLight.GREEN 3 GREEN
# expect: TrafficLight.RED 1 RED

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

tasks = [("wash car", Priority.LOW), ("pay bills", Priority.HIGH), ("call mum", Priority.MEDIUM)]
for name, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{prio.name:<6} {name}")
# expect: HIGH   pay bills
# expect: MEDIUM call mum
# expect: LOW    wash car
print(Priority.HIGH > Priority.LOW, Priority(2), Priority["LOW"], max(Priority))
# expect: True 2 1 3
counts = {p: 0 for p in Priority}
counts[Priority.HIGH] += 1
print(counts)  # expect: {<Priority.LOW: 1>: 0, <Priority.MEDIUM: 2>: 0, <Priority.HIGH: 3>: 1}
