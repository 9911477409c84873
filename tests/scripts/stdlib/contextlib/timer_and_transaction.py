# Student-style context managers: a virtual-time timer and a rollback-on-error transaction.
import time
from contextlib import contextmanager

@contextmanager
def timer(label):
    start = time.perf_counter()
    yield
    print(f"{label}: {time.perf_counter() - start:.1f}s")

with timer("sleeping"):
    time.sleep(1.25)
# expect: sleeping: 1.3s

class Account:
    def __init__(self, balance):
        self.balance = balance

@contextmanager
def transaction(account):
    saved = account.balance
    try:
        yield account
    except Exception as e:
        account.balance = saved
        print("rolled back:", e)

acct = Account(100)
with transaction(acct) as a:
    a.balance -= 30
print(acct.balance)  # expect: 70
with transaction(acct) as a:
    a.balance -= 500
    raise ValueError("insufficient funds")
# expect: rolled back: insufficient funds
print(acct.balance)  # expect: 70
