# contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout.
import io
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
# expect: <b>
# expect: inside B
# expect: </b>
try:
    with tag("i"):
        raise ValueError("boom")
    # expect: <i>
    # expect: </i>
except ValueError as e:
    print("caught", e)  # expect: caught boom

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)

with swallow():
    {}["k"]
# expect: swallowed 'k'
print("after")  # expect: after
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")  # expect: suppressed

class Resource:
    def close(self):
        print("closed")

with closing(Resource()):
    print("using")
    # expect: using
    # expect: closed
with nullcontext(5) as v:
    print(v)  # expect: 5
with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    # expect: <x>
    # expect: <y>
    stack.callback(print, "callback ran")
    print("body")
    # expect: body
    # expect: callback ran
    # expect: </y>
    # expect: </x>

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)  # expect: generator didn't yield

@contextmanager
def yields_twice():
    yield
    yield

try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(e)  # expect: generator didn't stop

@tag("deco")
def decorated():
    print("in function")

decorated()
# expect: <deco>
# expect: in function
# expect: </deco>
buffer = io.StringIO()
with redirect_stdout(buffer):
    print("hidden")
print("captured:", repr(buffer.getvalue()))  # expect: captured: 'hidden\n'
