# A traceback through methods.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
acct = Account(10)
acct.withdraw(3)
print(acct.balance)  # expect: 7
acct.withdraw(50)
# expect error: ValueError: insufficient funds: 7 < 50
# expect stderr:   File "errors/uncaught_in_method.py", line 12, in <module>
# expect stderr:   File "errors/uncaught_in_method.py", line 7, in withdraw
