# time: clocks, sleep, gmtime/localtime/strftime/mktime, struct_time.
import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, len(t), t[0:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.asctime(t))
a = time.monotonic(); time.sleep(0.02); b = time.monotonic(); print(0.015 < b - a < 0.5)
a = time.perf_counter_ns(); time.sleep(0); b = time.perf_counter_ns(); print(b >= a)
print(type(time.time_ns()), type(time.perf_counter()), time.process_time() >= 0, time.thread_time_ns() >= 0)
print(type(time.monotonic_ns()), type(time.process_time_ns()), type(time.thread_time()))
print(abs(time.time() - time.time_ns() / 1e9) < 1)
lt = time.localtime(1700000000)
print(time.mktime(lt), lt.tm_isdst in (0, 1, -1), isinstance(time.localtime(), tuple))
print(isinstance(t, tuple), time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strftime("%a %b %d %j %%", time.gmtime(0)))
for bad in (-1, "x"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
