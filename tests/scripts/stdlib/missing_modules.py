# loopscope-only: importing a module loopscope lacks names it and points to the docs; modules
# left out on purpose say why.
# loopscope: no-cpython
for name in ["numpy", "os", "threading", "collections.nothing"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(e.name, "|", e)
import socket
# expect: numpy | No module named 'numpy' (loopscope does not provide it; docs/python-support.md lists the modules it supports)
# expect: os | No module named 'os' (loopscope leaves out 'os' on purpose: programs have no operating system to talk to; see docs/python-support.md)
# expect: threading | No module named 'threading' (loopscope leaves out 'threading' on purpose: OS threads are not simulated yet; see docs/python-support.md)
# expect: collections.nothing | No module named 'collections.nothing' (loopscope does not provide it; docs/python-support.md lists the modules it supports)
# expect error: ModuleNotFoundError: No module named 'socket' (loopscope leaves out 'socket' on purpose: programs have no real network; see docs/python-support.md)
