# except* splits an ExceptionGroup by type.
try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])  # expect: values: ['v1', 'v2']
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])  # expect: types: ['t1']
print("done")  # expect: done
