# User-defined exceptions inherit from Exception.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
    # expect: NotFound missing user user ('missing user',)
print([k.__name__ for k in NotFound.__mro__])
# expect: ['NotFound', 'AppError', 'Exception', 'BaseException', 'object']
