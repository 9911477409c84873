# The built-in exception hierarchy.
checks = [
    (Exception, BaseException),
    (ArithmeticError, Exception),
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (LookupError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (NameError, Exception),
    (AttributeError, Exception),
    (TypeError, Exception),
    (ValueError, Exception),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (RuntimeError, Exception),
    (StopIteration, Exception),
    (StopAsyncIteration, Exception),
    (AssertionError, Exception),
    (TimeoutError, OSError),
    (FileNotFoundError, OSError),
    (OSError, Exception),
    (MemoryError, Exception),
    (ExceptionGroup, BaseExceptionGroup),
    (ExceptionGroup, Exception),
    (BaseExceptionGroup, BaseException),
]
for sub, base in checks:
    print(sub.__name__, base.__name__, issubclass(sub, base))
# expect: Exception BaseException True
# expect: ArithmeticError Exception True
# expect: ZeroDivisionError ArithmeticError True
# expect: OverflowError ArithmeticError True
# expect: LookupError Exception True
# expect: KeyError LookupError True
# expect: IndexError LookupError True
# expect: UnboundLocalError NameError True
# expect: NameError Exception True
# expect: AttributeError Exception True
# expect: TypeError Exception True
# expect: ValueError Exception True
# expect: RecursionError RuntimeError True
# expect: NotImplementedError RuntimeError True
# expect: RuntimeError Exception True
# expect: StopIteration Exception True
# expect: StopAsyncIteration Exception True
# expect: AssertionError Exception True
# expect: TimeoutError OSError True
# expect: FileNotFoundError OSError True
# expect: OSError Exception True
# expect: MemoryError Exception True
# expect: ExceptionGroup BaseExceptionGroup True
# expect: ExceptionGroup Exception True
# expect: BaseExceptionGroup BaseException True
