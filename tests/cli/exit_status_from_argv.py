# args: 17
# The exit status comes from sys.exit(int); finally blocks and output come first.
import sys
code = int(sys.argv[1])
try:
    print("exiting with", code)
    sys.exit(code)
finally:
    print("finally ran")
