# decimal: exact arithmetic, division and rounding, quantize, context precision, formatting, signals.
from decimal import *
D=Decimal
print(D('1.10')+D('2.205'), D(1)/D(3), D(2)/D(4), D('1.00')/D(3), D(10)/D(4), D('100')/D('10'), D('1e3'), D('1E+3')+0, D('0.000001'), D('0.0000001'), D(0.1), D('-0'), D('1.30')*D('2'))
# expect: 3.305 0.3333333333333333333333333333 0.5 0.3333333333333333333333333333 2.5 10 1E+3 1000 0.000001 1E-7 0.1000000000000000055511151231257827021181583404541015625 -0 2.60
print(D('7')//D('2'), D('-7')//D('2'), D('-7')%D('2'), D('7.5')%D('2'), divmod(D(7), D(-2)), D(2)**10, D('1.1')**2, D(2)**-2, -D('1.5'), abs(D('-2')), +D('1.00'))
# expect: 3 -3 -1 1.5 (Decimal('-3'), Decimal('1')) 1024 1.21 0.25 -1.5 2 1.00
print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('2.665').quantize(D('0.01')), round(D('2.5')), round(D('3.5')), round(D('2.567'), 2), int(D('-3.9')), float(D('0.1')))
# expect: 3.14 2.68 2.66 2 4 2.57 -3 0.1
print(repr(D('1.0')), str(D('1E-10')), D('123.4500').normalize(), D('1e2').normalize(), D('0.00').normalize(), D('5').sqrt(), D('1.21').sqrt(), D(2).sqrt())
# expect: Decimal('1.0') 1E-10 123.45 1E+2 0 2.236067977499789696409173669 1.1 1.414213562373095048801688724
print(D('1.1') == 1.1, D('0.5') == 0.5, D(1) == 1, hash(D('0.5')) == hash(0.5), hash(D(10)) == hash(10), D('1.5') < 2, sorted([D('3'), D('1.5'), 2]), sum([D('0.1')]*3), max(D(1), D('1.0')))
# expect: False True True True True True [Decimal('1.5'), 2, Decimal('3')] 0.3 1
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('0.125'):.2%}", f"{D('12345'):e}", f"{D('1.5'):>8}", format(D('2.675'), '.2f'), f"{D('1e-7'):f}", f"{D('123'):g}")
# expect: 1234.57 1,234.57 12.50% 1.2345e+4      1.5 2.68 0.0000001 123
for bad in [lambda: D('abc'), lambda: D(1)/D(0), lambda: D(0)/D(0), lambda: D('1e999999999') * 10]:
  try: print(bad())
  except Exception as e: print(type(e).__name__, e)
# expect: InvalidOperation [<class 'decimal.ConversionSyntax'>]
# expect: DivisionByZero [<class 'decimal.DivisionByZero'>]
# expect: InvalidOperation [<class 'decimal.DivisionUndefined'>]
# expect: Overflow [<class 'decimal.Overflow'>]
getcontext().prec = 6; print(D(1)/D(7), D('123456789'), D('123456789') + 0); getcontext().prec = 28
# expect: 0.142857 123456789 1.23457E+8
with localcontext() as ctx:
    ctx.prec = 3; print(D(2).sqrt(), D('1.2345') * 1)  # expect: 1.41 1.23
print(D('1.20').as_tuple(), D(5).is_zero(), D('-0').is_signed(), D('NaN'), D('-Infinity'), D('1.5').as_integer_ratio(), D('2.50').adjusted(), D.from_float(0.25), D(3).compare(D(4)))
# expect: DecimalTuple(sign=0, digits=(1, 2, 0), exponent=-2) False True NaN -Infinity (3, 2) 0 0.25 -1
print(D('19.99') * 3, (D('19.99') * 3).quantize(D('0.01')), D('100') * D('1.05') ** 10)
# expect: 59.97 59.97 162.88946267774414062500
balance = D('1000.00')
for month in range(1, 4):
    interest = (balance * D('0.035') / 12).quantize(D('0.01'), rounding=ROUND_HALF_UP)
    balance += interest
    print(month, interest, balance)
# expect: 1 2.92 1002.92
# expect: 2 2.93 1005.85
# expect: 3 2.93 1008.78
print(D('0.1') + D('0.2') == D('0.3'), D(' 42 '), D('1_000.5'), D('-1.50') * -1, D(5) / D('0.5'), D('9.99') - D('10'), D(3) * D('0.333'))
# expect: True 42 1000.5 1.50 1E+1 -0.01 0.999
print(D(10) ** D('0.5') if False else '', D('2') ** 0, D('-2') ** 3, D(0).sqrt(), D('1e-3') + D(1), f"{D('-0.5'):+.1f}", f"{D('42'):08.2f}", f"{D('3.14159'):.3}", f"{D('0.00001234'):.2e}")
# expect:  1 -8 0 1.001 -0.5 00042.00 3.14 1.23e-5
