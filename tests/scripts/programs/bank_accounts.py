# A bank: an account class hierarchy with properties, class attributes, custom exceptions.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, #{self.number}, {self._balance:.2f})"


class SavingsAccount(Account):
    kind = "savings"

    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        self.deposit(interest)


class CheckingAccount(Account):
    kind = "checking"
    fee = 1.5

    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        self._balance -= self.fee


accounts = [SavingsAccount("ann", 1200), CheckingAccount("bob", 50), Account("cy", 10)]
operations = [(0, "withdraw", 200), (1, "withdraw", 120), (2, "withdraw", 25), (1, "deposit", 80),
              (2, "deposit", -5), (0, "deposit", 99.99)]
for index, action, amount in operations:
    account = accounts[index]
    try:
        getattr(account, action)(amount)
        print(f"ok      {action:<9}{amount:>8.2f}  {account}")
    except InsufficientFunds as e:
        print(f"refused {e} (short by {e.shortfall:.2f})")
    except ValueError as e:
        print(f"error   {e}")
# expect: ok      withdraw   200.00  SavingsAccount('ann', #1000, 1000.00)
# expect: ok      withdraw   120.00  CheckingAccount('bob', #1001, -70.00)
# expect: refused cy cannot withdraw 25.00 (balance 10.00) (short by 15.00)
# expect: ok      deposit     80.00  CheckingAccount('bob', #1001, 10.00)
# expect: error   deposit must be positive
# expect: ok      deposit     99.99  SavingsAccount('ann', #1000, 1099.99)
for account in accounts:
    account.month_end()
for account in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(f"{account.kind:<9}{account.owner:<5}{account.balance:>10.2f}  moves={len(account.history)}")
# expect: savings  ann     1101.82  moves=3
# expect: basic    cy        10.00  moves=0
# expect: checking bob        8.50  moves=2
print(isinstance(accounts[0], Account), issubclass(CheckingAccount, SavingsAccount), Account.next_number)
# expect: True False 1003
print(sum(a.balance for a in accounts).__round__(2), [type(a).__mro__[1].__name__ for a in accounts])
# expect: 1120.32 ['Account', 'Account', 'object']
