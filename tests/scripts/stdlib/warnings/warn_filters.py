# warnings: default once-per-location, DeprecationWarning from __main__, filters, catch_warnings.
import warnings, traceback, sys
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("in a loop")
def lib():
    warnings.warn("careful", RuntimeWarning)
lib(); lib()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("again", FutureWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])
# expect: [('recorded', 'UserWarning', 15), ('again', 'FutureWarning', 16)]
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)  # expect: raised: now an error
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me")
warnings.warn("show me", SyntaxWarning)
def f(): raise KeyError("k")
try:
    f()
except KeyError:
    print(traceback.format_exc().splitlines()[-1])  # expect: KeyError: 'k'
    print(traceback.format_exception_only(sys.exception()))  # expect: ["KeyError: 'k'\n"]
    print(len(traceback.format_exception(sys.exception())), traceback.extract_tb(sys.exception().__traceback__)[-1].name)
    # expect: 4 f
    traceback.print_exc()
print(repr(traceback.format_exc()))  # expect: 'NoneType: None\n'
print(traceback.format_exception(ValueError("x")))  # expect: ['ValueError: x\n']
