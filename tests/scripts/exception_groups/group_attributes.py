# ExceptionGroup message, exceptions, str and repr.
eg = ExceptionGroup("problems", [ValueError("a"), KeyError("b")])
print(eg.message)  # expect: problems
print(len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
# expect: 2 ['ValueError', 'KeyError']
print(str(eg))  # expect: problems (2 sub-exceptions)
print(repr(eg))  # expect: ExceptionGroup('problems', [ValueError('a'), KeyError('b')])
print(isinstance(eg, Exception))  # expect: True
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)  # expect: BaseExceptionGroup
eg2 = BaseExceptionGroup("auto", [ValueError()])
print(type(eg2).__name__)  # expect: ExceptionGroup
