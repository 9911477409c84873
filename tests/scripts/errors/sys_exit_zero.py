# sys.exit(0) ends the program successfully.
import sys
print("clean exit")  # expect: clean exit
sys.exit(0)
print("never")
