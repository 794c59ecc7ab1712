import os
d = "/tmp/gilpy_lang3_file_errors"
try:
    os.mkdir(d)
except FileExistsError:
    pass
missing = os.path.join(d, "missing.txt")
try:
    open(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(missing, "rb")
except OSError as e:
    print(type(e).__name__)
try:
    open(d)
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
try:
    open(missing, "rw")
except ValueError as e:
    print(e)
try:
    open(missing, "q")
except ValueError as e:
    print(e)
try:
    open(5.5)
except TypeError as e:
    print(e)
try:
    open()
except TypeError as e:
    print(e)
p = os.path.join(d, "ok.txt")
with open(p, "w") as f:
    f.write("data")
with open(p) as f:
    try:
        f.write("no")
    except OSError as e:
        print(type(e).__name__, e)
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
os.remove(p)
os.rmdir(d)
