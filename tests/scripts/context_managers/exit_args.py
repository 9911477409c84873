# __exit__ receives type, value and traceback (or three Nones).
class Show:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t is None and v is None and tb is None, t.__name__ if t else "-", repr(v) if v else "-")
        return True
with Show():
    pass
# expect: True - -
with Show():
    raise IndexError(3)
# expect: False IndexError IndexError(3)
