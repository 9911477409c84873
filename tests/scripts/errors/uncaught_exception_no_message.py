# An exception without arguments prints only its name.
class Oops(Exception):
    pass
raise Oops
# expect error: Oops
