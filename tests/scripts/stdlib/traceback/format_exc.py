# traceback: format_exc, print_exc, format_exception, extract_tb inside an except block.
import sys
import traceback

def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

try:
    load(["1", "x"])
except ValueError:
    report = traceback.format_exc()
    print(report.splitlines()[0])  # expect: Traceback (most recent call last):
    print(report.splitlines()[-1])
    # expect: ValueError: invalid literal for int() with base 10: 'x'
  
    print(traceback.format_exception_only(sys.exception()))
    # expect: ["ValueError: invalid literal for int() with base 10: 'x'\n"]
  
    entries = traceback.extract_tb(sys.exception().__traceback__)
    print([entry.name for entry in entries], entries[-1].line)
    # expect: ['<module>', 'load', 'parse'] return int(text)
    traceback.print_exc()
print(repr(traceback.format_exc()))  # expect: 'NoneType: None\n'
print(traceback.format_exception(KeyError("k")))  # expect: ["KeyError: 'k'\n"]
try:
    {}["missing"]
except KeyError as e:
    print("".join(traceback.format_exception(e)).strip().splitlines()[-1])
    # expect: KeyError: 'missing'
