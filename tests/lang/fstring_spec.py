# Format specs exercised via f-strings, on ints, floats and strs.
for v in [0, 7, -7, 255, 123456789, 2 ** 70]:
    print(f"{v:d}|{v:10d}|{v:<10d}|{v:^10d}|{v:010d}|{v:+d}|{v: d}|{v:x}|{v:#o}|{v:,}|{v:_x}")
for v in [0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e22, 0.1]:
    print(f"{v}|{v:f}|{v:.2f}|{v:10.3f}|{v:e}|{v:.2e}|{v:g}|{v:.3g}|{v:%}|{v:,.2f}|{v:+.1f}")
for s in ["", "a", "abc", "héllo"]:
    print(f"{s:5}|{s:>5}|{s:^5}|{s:_<5}|{s:.2}|{s:*>7.1}|")
print(f"{3:c}" if False else f"{65:c}", f"{True:d}", f"{True}", f"{False:>6}|")
print(f"{12:=+6}", f"{-12:=6}", f"{12:06}", f"{-1.5:08.2f}", f"{1.5:<08.2f}")
try:
    print(f"{'s':d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{1.5:d}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{5:s}")
except ValueError as e:
    print(type(e).__name__, e)
