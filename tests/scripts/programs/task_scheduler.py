# A job scheduler: a priority queue (heapq) of dataclass tasks, simulated time, retries.
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    due: float
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: float = field(compare=False, default=1.0)
    attempts: int = field(compare=False, default=0)


class Scheduler:
    def __init__(self):
        self.queue = []
        self.clock = 0.0
        self.counter = itertools.count()
        self.log = []

    def submit(self, name, due, priority=5, duration=1.0):
        heapq.heappush(self.queue, Job(due, priority, next(self.counter), name, duration))

    def run(self, fails=()):
        while self.queue:
            job = heapq.heappop(self.queue)
            self.clock = max(self.clock, job.due)
            start = self.clock
            self.clock += job.duration
            if job.name in fails and job.attempts < 2:
                job.attempts += 1
                self.log.append(f"{start:5.1f} {job.name} failed (attempt {job.attempts})")
                job.due = self.clock + 0.5
                job.seq = next(self.counter)
                heapq.heappush(self.queue, job)
                continue
            self.log.append(f"{start:5.1f} {job.name} done at {self.clock:.1f}")


s = Scheduler()
s.submit("backup", due=0, priority=3, duration=2)
s.submit("email", due=0, priority=1, duration=0.5)
s.submit("report", due=1, priority=2, duration=1.5)
s.submit("cleanup", due=1, priority=2, duration=0.25)
s.submit("deploy", due=4, priority=0, duration=3)
print([job.name for job in sorted(s.queue)])
# expect: ['email', 'backup', 'report', 'cleanup', 'deploy']
s.run(fails={"report"})
print("\n".join(s.log))
# expect:   0.0 email done at 0.5
# expect:   0.5 backup done at 2.5
# expect:   2.5 report failed (attempt 1)
# expect:   4.0 cleanup done at 4.2
# expect:   4.2 deploy done at 7.2
# expect:   7.2 report failed (attempt 2)
# expect:   9.2 report done at 10.8
print(f"finished at t={s.clock}")  # expect: finished at t=10.75
