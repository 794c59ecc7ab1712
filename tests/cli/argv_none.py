# With no extra arguments sys.argv is just the script name.
import sys
print(sys.argv, sys.argv[0] == "argv_none.py")
