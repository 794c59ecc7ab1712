results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append("ok")
    finally:
        results.append("|")
print(results)
def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise ConnectionError("try %d" % n)
            return "succeeded after %d" % n
        except ConnectionError as e:
            print("retrying:", e)
print(retry(3))
errors = []
for exc in (KeyError, IndexError, ZeroDivisionError):
    try:
        raise exc("x")
    except (KeyError, IndexError) as e:
        errors.append("lookup " + type(e).__name__)
    except Exception as e:
        errors.append("other " + type(e).__name__)
print(errors)
count = 0
while count < 3:
    try:
        count += 1
        if count == 2:
            raise ValueError
    except ValueError:
        print("caught at", count)
print("count", count)
