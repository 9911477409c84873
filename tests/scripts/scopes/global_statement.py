# global rebinds a module-level name from inside a function.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)  # expect: 2
def create():
    global created
    created = "made in function"
create()
print(created)  # expect: made in function
def read_only():
    return counter * 10
print(read_only())  # expect: 20
