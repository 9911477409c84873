# sys.exit raises SystemExit, which can be caught.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)  # expect: SystemExit 3
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)  # expect: SystemExit message
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)  # expect: SystemExit None
print("still running")  # expect: still running
