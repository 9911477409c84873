# pass does nothing, anywhere a statement is required.
def nothing():
    pass
class Nothing:
    pass
for _ in range(2):
    pass
if True:
    pass
print(nothing(), Nothing.__name__)  # expect: None Nothing
