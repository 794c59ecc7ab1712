# stdin: stdin_lines.txt
# Reading stdin: input() line by line, then sys.stdin iteration and read().
import sys
print(repr(input()))
print(repr(input("prompt> ")))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()))
