# stdin: builtin_input.txt
# input() reads lines from stdin without the newline; EOFError at end.
name = input()
print("hello", name)
n = int(input())
total = 0
for i in range(n):
    total += int(input())
print("total", total)
line = input()
print(repr(line))
print(input().split())
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
