# sys.exit with an integer sets the exit status.
import sys
print("exiting")  # expect: exiting
sys.exit(3)
print("not printed")
# expect exit: 3
