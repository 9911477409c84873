# return with a value inside an async generator is a SyntaxError.
async def agen():
    yield 1
    return 5
# expect error: SyntaxError: 'return' with value in async generator
