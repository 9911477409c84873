# Some exceptions derive from BaseException but not Exception.
for cls in (GeneratorExit, KeyboardInterrupt, SystemExit, BaseExceptionGroup, Exception):
    print(cls.__name__, issubclass(cls, BaseException), issubclass(cls, Exception))
# expect: GeneratorExit True False
# expect: KeyboardInterrupt True False
# expect: SystemExit True False
# expect: BaseExceptionGroup True False
# expect: Exception True True
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("caught", type(e).__name__)  # expect: caught KeyboardInterrupt
