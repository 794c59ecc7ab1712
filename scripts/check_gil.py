#!/usr/bin/env python3
# scripts/check_gil.py: checks gilpy's GIL views (issue 9): traces, pictures, lessons.
# SPDX-License-Identifier: MIT
"""Run with CPython:

    check_gil.py --interp build/gilpy

1. Runs tests/gil/_three_threads.py with -X giltrace under each policy and
   checks the trace: valid JSON of the trace-event format, every thread
   named, hold slices of different threads never overlapping (the GIL's own
   invariant, proven from its trace), every forced drop preceded by a drop
   request aimed at its thread during that hold.
2. Renders the trace with `gilpy -m giltimeline` (SVG and --html) and checks
   the SVG parses, has one row per thread and one shape per hold slice.
3. The gil module's API, -X gilstats, -X gilnarrate, -X gilwarn, bad -X values,
   and that a sleeping thread does not come back for the GIL before its time.
4. The lessons of examples/gil/ print what docs/TEACHING.md says.
Ends with `N passed, N failed`; exit status 0 only if nothing failed.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = "{http://www.w3.org/2000/svg}"
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print("%s %s%s" % ("PASS" if ok else "FAIL", name, "" if ok else ": " + detail))


def run(interp, args, timeout=60):
    return subprocess.run([interp] + args, cwd=ROOT, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
                          universal_newlines=True)


def trace_errors(path, expect_names):
    """The list of problems with a trace file (empty when it is good)."""
    errs = []
    with open(path) as f:
        data = json.load(f)
    events = data.get("traceEvents") if isinstance(data, dict) else None
    if not isinstance(events, list) or not events:
        return ["no traceEvents list"], None
    names = {}
    for e in events:
        for k in ("ph", "pid", "tid", "name", "ts"):
            if k not in e:
                errs.append("event without %r: %r" % (k, e))
                return errs, None
        if not isinstance(e["ts"], (int, float)):
            errs.append("ts not a number: %r" % e)
        if e["ph"] == "X" and not (isinstance(e.get("dur"), (int, float)) and e["dur"] >= 0):
            errs.append("complete event without dur: %r" % e)
        if e["ph"] in ("s", "f") and "id" not in e:
            errs.append("flow event without id: %r" % e)
        if e["ph"] == "M" and e["name"] == "thread_name":
            names[e["tid"]] = e["args"]["name"]
    used = {e["tid"] for e in events if e["ph"] != "M"}
    for tid in used:
        if tid not in names:
            errs.append("thread %r has no name" % tid)
    for n in expect_names:
        if n not in names.values():
            errs.append("no thread named %r (names: %r)" % (n, sorted(names.values())))
    holds = sorted((e for e in events if e["ph"] == "X" and e["name"] == "hold"),
                   key=lambda e: e["ts"])
    for a, b in zip(holds, holds[1:]):
        if b["ts"] < a["ts"] + a["dur"] - 0.0015:
            errs.append("holds overlap: %r and %r" % (a, b))
    requests = [e for e in events if e["ph"] == "i" and e["name"] == "drop request"]
    starts = {e["id"]: e for e in events if e["ph"] == "s"}
    for h in holds:
        if h["args"].get("ended") != "forced by a request":
            continue
        me = names[h["tid"]]
        end = h["ts"] + h["dur"]
        asked = [r for r in requests if r["args"].get("holder") == me and r["tid"] != h["tid"]
                 and h["ts"] - 0.0015 <= r["ts"] <= end + 0.0015]
        if not asked:
            errs.append("forced drop without a request: %r" % h)
        fin = [e for e in events if e["ph"] == "f" and e["tid"] == h["tid"]
               and h["ts"] <= e["ts"] <= end]
        for e in fin:
            s = starts.get(e["id"])
            if not s or s["ts"] > e["ts"]:
                errs.append("flow %r ends before it starts" % e["id"])
    return errs, (names, holds)


def check_trace(interp, tmp, policy):
    path = os.path.join(tmp, "trace-%s.json" % policy.replace(":", "_"))
    p = run(interp, ["-X", "gilpolicy=" + policy, "-X", "giltrace=" + path,
                     "tests/gil/_three_threads.py"])
    check("trace/%s runs" % policy, p.returncode == 0 and p.stdout == "done\n",
          "status %d, out %r, err %r" % (p.returncode, p.stdout, p.stderr[-500:]))
    if p.returncode != 0:
        return None
    errs, info = trace_errors(path, ["MainThread", "cpu-1", "cpu-2", "sleeper"])
    check("trace/%s is a valid GIL trace" % policy, not errs, "; ".join(errs[:5]))
    if info is None:
        return None
    names, holds = info
    forced = [h for h in holds if h["args"].get("ended") == "forced by a request"]
    if policy == "cpython":
        check("trace/cpython has forced drops", len(forced) > 0, "no forced drop in 80 ms")
    return path, names, holds


def check_svg(interp, tmp, trace):
    path, names, holds = trace
    out = os.path.join(tmp, "out.svg")
    p = run(interp, ["-m", "giltimeline", path, "-o", out])
    check("giltimeline runs", p.returncode == 0, p.stderr[-500:])
    if p.returncode != 0:
        return
    try:
        root = ET.parse(out).getroot()
    except ET.ParseError as e:
        check("svg parses", False, str(e))
        return
    check("svg parses", root.tag == SVG + "svg", root.tag)
    rows = [g for g in root.iter(SVG + "g") if g.get("class") == "row"]
    threads = [n for tid, n in names.items() if tid != 0]
    check("svg has one row per thread", sorted(g.get("data-thread") for g in rows)
          == sorted(threads), "%d rows for %d threads" % (len(rows), len(threads)))
    shapes = [r for r in root.iter(SVG + "rect") if r.get("class") == "hold"]
    check("svg has one shape per hold slice", len(shapes) == len(holds),
          "%d shapes, %d holds" % (len(shapes), len(holds)))
    html = os.path.join(tmp, "out.html")
    p = run(interp, ["-m", "giltimeline", path, "-o", html, "--html"])
    text = open(html).read() if p.returncode == 0 else ""
    check("giltimeline --html", "<svg" in text and "<script>" in text, p.stderr[-300:])


def check_api(interp, tmp):
    path = os.path.join(tmp, "api.json")
    p = run(interp, ["tests/gil/_api.py", path])
    want = ("cpython\nio\nticks:50\ncpython\n"
            "ValueError: unknown GIL policy 'fast' (expected 'cpython', 'io' or 'ticks:N')\n"
            "TypeError: setpolicy() argument must be str, not int\n"
            "True ['acquisitions', 'blocking_drops', 'drop_requests', 'forced_drops', "
            "'hold_max', 'hold_total', 'wait_max', 'wait_total']\nFalse\nTrue\n")
    check("gil module API", p.stdout == want, "%r %r" % (p.stdout, p.stderr[-300:]))
    errs, _ = trace_errors(path, ["MainThread"]) if os.path.exists(path) else (["no file"], 0)
    check("gil.trace_start/stop writes a trace", not errs, "; ".join(errs[:3]))
    p = run(interp, ["-X", "gilstats", "-c", "print(1)"])
    check("-X gilstats table", p.stdout == "1\n" and "GIL statistics" in p.stderr
          and "MainThread" in p.stderr and "\ntotal " in p.stderr, p.stderr[-300:])
    p = run(interp, ["-X", "gilnarrate", "tests/gil/_three_threads.py"])
    check("-X gilnarrate", "asked T" in p.stderr and "took the GIL" in p.stderr
          and "dropped the GIL at a" in p.stderr, p.stderr[-300:])
    code = ("import threading, time\n"
            "def hog():\n    sum(range(30000000))\n"
            "t = threading.Thread(target=hog); t.start(); time.sleep(0.001); t.join()\n")
    p = run(interp, ["-X", "gilwarn=20", "-c", code])
    check("-X gilwarn", "gilwarn: T" in p.stderr and "without reaching a check" in p.stderr
          and "Stack of T" in p.stderr, p.stderr[-300:])
    p = run(interp, ["tests/gil/_sleep_quiet.py"])
    check("time.sleep takes the GIL back only when it ends",
          p.stdout == "sleeper took the GIL 2 times\nmain took it 1 time(s) around a 0.2 s sleep\n",
          p.stdout + p.stderr[-300:])
    for bad in ("gilpolicy=fast", "gilwarn=x", "giltrace=/nonexistent/dir/t.json"):
        p = run(interp, ["-X", bad, "-c", "print(1)"])
        check("-X %s is refused" % bad, p.returncode == 2 and p.stdout == "", p.stderr)


LESSONS = [
    ([], "examples/gil/cpu_bound.py", "two threads ran on more than one core at a time: no\n"),
    ([], "examples/gil/io_bound.py", "four threads gave a speed-up: yes\n"),
    ([], "examples/gil/convoy.py", "wake-ups waited for the hog's interval: yes\n"),
    (["-X", "gilpolicy=io"], "examples/gil/convoy.py",
     "wake-ups waited for the hog's interval: no\n"),
    ([], "examples/gil/switch_interval.py", "the delay grows with the interval: yes\n"),
    (["-X", "gilpolicy=ticks:100"], "examples/gil/race_ticks.py",
     "without a lock: 20049 of 40000, 19951 updates lost\n"
     "with a lock:    40000 of 40000, 0 updates lost\n"),
]


def check_lessons(interp):
    for opts, script, want in LESSONS:
        # timing lessons on a shared machine: accept the stable line in 1 of 3 runs
        for attempt in range(3):
            p = run(interp, opts + [script])
            if p.stdout == want:
                break
        check("lesson %s %s" % (" ".join(opts), script), p.stdout == want,
              "%r %r" % (p.stdout, p.stderr[-300:]))
    p = run(interp, ["examples/gil/lost_update.py"])
    check("lesson lost_update.py", "with a lock:    exact\n" in p.stdout, p.stdout + p.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--interp", default=os.path.join(ROOT, "build", "gilpy"))
    args = ap.parse_args()
    interp = os.path.abspath(args.interp)
    with tempfile.TemporaryDirectory() as tmp:
        first = None
        for policy in ("cpython", "io", "ticks:200"):
            t = check_trace(interp, tmp, policy)
            first = first or t
        if first:
            check_svg(interp, tmp, first)
        check_api(interp, tmp)
        check_lessons(interp)
    failed = results.count(False)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
