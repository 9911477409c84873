# ContextVar get/set/reset, copy_context and Context.run, outside asyncio.
import contextvars

request = contextvars.ContextVar("request")
level = contextvars.ContextVar("level", default=0)

print(level.get(), request.get("none"), request.name)
try:
    request.get()
except LookupError:
    print("LookupError without a default")

token = level.set(1)
print(level.get(), token.var is level, token.old_value is contextvars.Token.MISSING)
t2 = level.set(2)
print(level.get(), t2.old_value)
level.reset(t2)
print(level.get())
try:
    level.reset(t2)
except RuntimeError:
    print("a token works once")
level.reset(token)
print(level.get())

ctx = contextvars.copy_context()
request.set("outer")


def inside(x):
    request.set("inner")
    return request.get() + x


print(ctx.run(inside, "!"), request.get(), ctx[request], request in ctx, len(ctx))
print(ctx.get(level, "no level"), sorted(v.name for v in ctx))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError:
    print("a context cannot be entered twice")
try:
    contextvars.ContextVar(42)
except TypeError as e:
    print("TypeError:", e)
other = contextvars.ContextVar("other")
tok = other.set(1)
try:
    request.reset(tok)
except ValueError:
    print("token of another variable")
t3 = ctx.run(other.set, 5)
try:
    other.reset(t3)
except ValueError:
    print("token of another context")
print(contextvars.Context() == contextvars.Context(), type(ctx).__name__)
