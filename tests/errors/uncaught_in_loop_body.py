# The failing iteration's line is reported; earlier output is kept.
data = ["1", "2", "three", "4"]
total = 0
for item in data:
    total += int(item)
    print("total", total)
