#!/usr/bin/env python3
# scripts/run_tests.py: differential test runner (gilpy vs recorded CPython output).
# SPDX-License-Identifier: MIT
"""Run every DIR/**/NAME.py with an interpreter and compare against the
recorded CPython 3.11 results (written by scripts/make_exp.py, never by hand):

    NAME.py.exp          stdout, byte for byte (required)
    NAME.py.exp.status   exit status (optional; 0 when absent)
    NAME.py.exp.err      stderr (optional; compared only when present)

Each script runs as `INTERP NAME.py [args]` from its own directory with stdin
from /dev/null (see testlib.py for the `# args:` / `# stdin:` headers).

    run_tests.py --interp build/gilpy tests/lang [-j 2] [--timeout 20] [-k SUBSTR]

Ends with the line `N passed, N failed`; exit status 0 only if nothing failed.
"""
import argparse
import difflib
import os
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402


def read_bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


def udiff(label, expected, actual):
    exp = expected.decode("utf-8", "replace").splitlines(keepends=True)
    act = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, "expected " + label, "actual " + label))
    # Make a missing final newline visible instead of gluing lines together.
    return "".join(ln if ln.endswith("\n") else ln + "\n\\ No newline at end of file\n"
                   for ln in lines)


def check(interp, script, timeout):
    """Return None on success, else a failure report (str)."""
    exp_out, exp_status, exp_err = testlib.exp_paths(script)
    if not os.path.exists(exp_out):
        return "missing %s (run scripts/make_exp.py)\n" % os.path.basename(exp_out)
    try:
        res = testlib.run_script(interp, script, timeout)
    except OSError as e:
        return "cannot run %s: %s\n" % (interp, e)
    report = []
    if res.timed_out:
        report.append("TIMEOUT after %gs\n" % float(
            testlib.read_headers(script).get("timeout", timeout)))
    want_status = 0
    if os.path.exists(exp_status):
        want_status = int(read_bytes(exp_status).decode().strip() or 0)
    if res.status != want_status and not res.timed_out:
        report.append("exit status %s, expected %s\n" % (res.status, want_status))
    want = read_bytes(exp_out)
    if res.stdout != want:
        report.append(udiff("stdout", want, res.stdout))
    if os.path.exists(exp_err):
        want_err = testlib.normalize_err(read_bytes(exp_err), script)
        if res.stderr != want_err:
            report.append(udiff("stderr", want_err, res.stderr))
    elif report and res.stderr:
        tail = res.stderr.decode("utf-8", "replace").splitlines()[-15:]
        report.append("stderr (last lines):\n" + "".join("  " + t + "\n" for t in tail))
    return "".join(report) or None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interp", required=True, help="interpreter to test")
    ap.add_argument("dirs", nargs="+", metavar="DIR", help="test directories or files")
    ap.add_argument("-j", type=int, default=2, help="parallel jobs (default 2)")
    ap.add_argument("--timeout", type=float, default=20.0, help="per test, seconds")
    ap.add_argument("-k", metavar="SUBSTR", help="only tests whose path contains SUBSTR")
    ap.add_argument("-q", action="store_true", help="do not list passing tests")
    args = ap.parse_args()

    interp = os.path.abspath(args.interp) if os.sep in args.interp else args.interp
    tests = testlib.find_tests(args.dirs, args.k)
    passed = failed = 0
    with ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futures = [(t, pool.submit(check, interp, t, args.timeout)) for t in tests]
        for t, fut in futures:
            name = testlib.display_name(t)
            try:
                rep = fut.result()
            except Exception as e:  # a runner bug must not hide the other results
                rep = "runner error: %r\n" % (e,)
            if rep is None:
                passed += 1
                if not args.q:
                    print("PASS", name, flush=True)
            else:
                failed += 1
                print("FAIL", name, flush=True)
                sys.stdout.write(rep)
                sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and (passed > 0 or not tests) else 1


if __name__ == "__main__":
    sys.exit(main())
