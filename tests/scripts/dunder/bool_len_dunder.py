# __bool__ wins over __len__; both drive truthiness.
class Both:
    def __bool__(self):
        print("bool called")
        return True
    def __len__(self):
        print("len called")
        return 0
print(bool(Both()))
# expect: bool called
# expect: True
class OnlyLen:
    def __len__(self):
        return 2
print(bool(OnlyLen()), not OnlyLen())  # expect: True False
