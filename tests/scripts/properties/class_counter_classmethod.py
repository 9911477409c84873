# classmethods modifying class state per subclass.
class Tracked:
    created = 0
    @classmethod
    def create(cls):
        cls.created += 1
        return cls()
class Sub(Tracked):
    pass
Tracked.create(); Sub.create(); Sub.create()
print(Tracked.created, Sub.created)  # expect: 1 3
