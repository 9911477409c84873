# Method calls and attribute access on objects.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 1000:
            self.vel = self.vel.scale(-1)
        elif self.pos.x < -1000:
            self.vel = self.vel.scale(-1)


def main():
    particles = [Particle(i) for i in range(100)]
    checksum = 0
    for _ in range(40_000):
        for p in particles:
            p.step()
        checksum = (checksum + particles[7].pos.dot(particles[42].vel)) % 1_000_000_007
    print("objects", checksum)


main()
