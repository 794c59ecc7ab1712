# args: -c --help -u - "" "with space" é
# Arguments after the script name are the script's, even if they look like options.
import sys
print(sys.argv)
print(len(sys.argv))
