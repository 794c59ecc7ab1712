#!/usr/bin/env python3
# scripts/make_exp.py: record CPython 3.11's results for the differential tests.
# SPDX-License-Identifier: MIT
"""Regenerate NAME.py.exp (stdout), NAME.py.exp.status (exit status, only when
non-zero) and, for scripts under tests/errors/ and tests/cli/, NAME.py.exp.err
(stderr), by running CPython exactly the way run_tests.py runs gilpy.

Each script is run several times with different PYTHONHASHSEED values; a
script whose results differ between runs is refused (nondeterministic tests
are useless: e.g. iterating a set of strs, printing ids or times).

    make_exp.py [--python /usr/bin/python3.11] [--changed] [-k SUBSTR] DIR|FILE...

The .exp files are never written by hand.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402

SEEDS = ("0", "1", "12345")


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as fh:
        fh.write(data)


def is_stale(script):
    exp = testlib.exp_paths(script)[0]
    return not os.path.exists(exp) or os.path.getmtime(exp) < os.path.getmtime(script)


def record(python, script, timeout):
    """Return an error string, or None after writing the expected files."""
    results = []
    for seed in SEEDS:
        r = testlib.run_script(python, script, timeout, {"PYTHONHASHSEED": seed})
        if r.timed_out:
            return "timed out under CPython"
        results.append(r)
    first = results[0]
    for r in results[1:]:
        if (r.stdout, r.stderr, r.status) != (first.stdout, first.stderr, first.status):
            return "nondeterministic: output differs between runs"
    exp_out, exp_status, exp_err = testlib.exp_paths(script)
    write_or_remove(exp_out, first.stdout)
    write_or_remove(exp_status, ("%d\n" % first.status).encode() if first.status else None)
    write_or_remove(exp_err, first.stderr if testlib.wants_stderr(script) else None)
    if first.stderr and not testlib.wants_stderr(script):
        return "ok, but CPython wrote to stderr (not recorded): " + \
            first.stderr.decode("utf-8", "replace").strip().splitlines()[-1]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", metavar="DIR|FILE")
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--changed", action="store_true",
                    help="only scripts newer than their .exp (or without one)")
    ap.add_argument("-k", metavar="SUBSTR", help="only paths containing SUBSTR")
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()

    tests = testlib.find_tests(args.paths, args.k)
    if args.changed:
        tests = [t for t in tests if is_stale(t)]
    bad = 0
    for t in tests:
        err = record(args.python, t, args.timeout)
        name = testlib.display_name(t)
        if err and err.startswith("ok, "):
            print("NOTE %s: %s" % (name, err[4:]), flush=True)
        elif err:
            bad += 1
            print("REFUSED %s: %s" % (name, err), flush=True)
        if not err or err.startswith("ok, "):
            st = testlib.exp_paths(t)[1]
            note = " (status %s)" % open(st).read().strip() if os.path.exists(st) else ""
            print("wrote %s.exp%s" % (name, note), flush=True)
    print("%d recorded, %d refused" % (len(tests) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
