#!/usr/bin/env python3
# scripts/sigint_storm.py: the Ctrl-C storm test (issue 6).
# SPDX-License-Identifier: MIT
"""Run a script with busy and blocked worker threads many times and hit it
with SIGINT at a random moment each time.  Every run must end the way
CPython ends: a KeyboardInterrupt traceback on stderr, every line the script
printed present on stdout (numbered, none lost), and death by SIGINT (status
130 in a shell, -2 here).  A crash (other signal), a hang (no exit within
the time limit) or a lost line fails the test.

    sigint_storm.py --interp build/gilpy [--runs 200] [--seed N]
"""
import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

TARGET = r'''
import threading, time, signal, sys

signal.signal(signal.SIGINT, signal.default_int_handler)
stop = threading.Event()
lock = threading.Lock()
cond = threading.Condition()
counter = [0]

def spinner():
    x = 0
    while not stop.is_set():
        x += 1
        if x % 5000 == 0:
            with lock:
                counter[0] += 1

def sleeper():
    while not stop.wait(0.003):
        time.sleep(0.001)

def notifier():
    while not stop.is_set():
        with cond:
            cond.notify_all()
        time.sleep(0.002)

workers = [threading.Thread(target=spinner), threading.Thread(target=sleeper),
           threading.Thread(target=notifier),
           threading.Thread(target=spinner, daemon=True),
           threading.Thread(target=stop.wait, daemon=True)]
for w in workers:
    w.start()
print("ready", flush=True)
n = 0
try:
    while True:
        print("line", n)
        n += 1
        k = n % 6
        if k == 0:
            time.sleep(0.002)
        elif k == 1:
            if lock.acquire(timeout=0.002):
                lock.release()
        elif k == 2:
            with cond:
                cond.wait(0.002)
        elif k == 3:
            workers[1].join(0.002)
        elif k == 4:
            stop.wait(0.001)
        else:
            for i in range(300):
                pass
finally:
    stop.set()
'''


def one_run(interp, path, delay, limit):
    # bufsize=0: readline() must not read past "ready" (communicate reads the fd).
    p = subprocess.Popen([interp, path], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, bufsize=0)
    first = p.stdout.readline()
    if first != b"ready\n":
        p.kill()
        out, err = p.communicate()
        return "no ready line: %r %r" % (first, err[-300:])
    time.sleep(delay)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return "hang: no exit %gs after SIGINT" % limit
    if p.returncode != -signal.SIGINT:
        return "status %s (expected -2), stderr tail %r" % (p.returncode, err[-400:])
    errlines = [ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
    if not errlines or errlines[-1] != "KeyboardInterrupt":
        return "stderr does not end with KeyboardInterrupt: %r" % err[-400:]
    if errlines[0] != "Traceback (most recent call last):":
        return "no traceback header: %r" % err[:200]
    lines = out.decode("utf-8", "replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, ln in enumerate(lines):
        want = "line %d" % i
        # The last line may be cut short: the interrupt can fall inside print().
        if ln != want and not (i == len(lines) - 1 and want.startswith(ln)):
            return "lost or garbled output at line %d: %r" % (i, ln)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", required=True)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--timeout", type=float, default=20.0)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    fd, path = tempfile.mkstemp(suffix=".py", prefix="storm_")
    with os.fdopen(fd, "w") as f:
        f.write(TARGET)
    failures = 0
    try:
        for i in range(a.runs):
            delay = rng.choice([0.0, 0.0005, 0.002]) if i % 4 == 0 else rng.uniform(0.0, 0.08)
            why = one_run(a.interp, path, delay, a.timeout)
            if why:
                failures += 1
                print("run %d (delay %.4f): FAIL %s" % (i, delay, why))
    finally:
        os.unlink(path)
    print("seed %d: %d runs, %d failed" % (seed, a.runs, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
