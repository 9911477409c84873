# An exception raised in a handler chains to the one being handled.
try:
    try:
        [][0]
    except IndexError as first:
        {}["k"]
except KeyError as second:
    print(repr(second), repr(second.__context__))
    # expect: KeyError('k') IndexError('list index out of range')
    print(second.__context__.__context__)  # expect: None
