# Properties are inherited and can be overridden.
class Base:
    @property
    def name(self):
        return "base"
    def show(self):
        return self.name
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Base().show(), Child().show())  # expect: base child of base
