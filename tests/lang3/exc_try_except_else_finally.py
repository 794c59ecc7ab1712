def run(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("v")
        if action == "key":
            raise KeyError("k")
        if action == "type":
            raise TypeError("t")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except KeyError:
        log.append("except KeyError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for a in ("none", "value", "key"):
    print(run(a))
try:
    run("type")
except TypeError as e:
    print("escaped", e)
def only_finally():
    try:
        return "from try"
    finally:
        print("finally runs")
print(only_finally())
def else_raises():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except RuntimeError as e:
    print(e)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("outer", e)
try:
    raise ValueError
except:
    print("bare except")
