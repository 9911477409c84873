# A module written in Python and shipped inside the engine imports and runs.
import __hello__
__hello__.main()  # expect: Hello world!
print(__hello__.initialized)  # expect: True
from __hello__ import main
print(main is __hello__.main)  # expect: True
