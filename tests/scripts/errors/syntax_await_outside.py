# await outside an async function.
def f():
    await something()
# expect error: SyntaxError: 'await' outside async function
