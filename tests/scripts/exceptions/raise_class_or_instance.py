# raise accepts a class (instantiated with no args) or an instance.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)  # expect: ValueError() ()
try:
    raise TypeError("instance")
except TypeError as e:
    print(repr(e))  # expect: TypeError('instance')
try:
    raise 5
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(e)  # expect: exceptions must derive from BaseException
