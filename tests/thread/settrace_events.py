# sys.settrace / sys.setprofile: call, line, return events for functions and
# generators (yield = return, resume = call), in the main thread and in a
# thread started after threading.settrace().
import sys, threading
ev = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        ev.append((frame.f_code.co_name, event, frame.f_lineno, arg if event == 'return' else None))
    return tracer
def g(n):
    for i in range(n):
        yield i
def h(a):
    s = 0
    for x in g(a):
        s += x
    return s
sys.settrace(tracer)
h(3)
sys.settrace(None)
for e in ev: print(e)
pe = []
def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event in ('call', 'return'):
        pe.append((frame.f_code.co_name, event))
sys.setprofile(prof)
h(2)
sys.setprofile(None)
print(pe)
del ev[:]
threading.settrace(tracer)
t = threading.Thread(target=h, args=(2,))
t.start()
t.join()
threading.settrace(None)
print([e for e in ev if e[0] in ('h', 'g')])
print(sys.gettrace(), sys.getprofile())
