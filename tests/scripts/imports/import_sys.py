# import sys: argv holds the script path.
import sys
print(sys.argv)  # expect: ['imports/import_sys.py']
print(len(sys.argv), type(sys.argv).__name__)  # expect: 1 list
print(sys.argv[0].endswith("import_sys.py"))  # expect: True
