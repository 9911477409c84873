# A warning's text on stderr is "file:line: Category: message" plus the source line.
import warnings

def fahrenheit(c):
    if c < -273.15:
        warnings.warn("below absolute zero", RuntimeWarning, stacklevel=2)
    return c * 9 / 5 + 32

value = fahrenheit(-300)
print(value, fahrenheit(100))  # expect: -508.0 212.0
warnings.warn("last one", UserWarning)
# expect stderr: stdlib/warnings/stderr_format.py:9: RuntimeWarning: below absolute zero
# expect stderr:   value = fahrenheit(-300)
