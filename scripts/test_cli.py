#!/usr/bin/env python3
# scripts/test_cli.py: differential tests of the command line (options, argv, exit codes).
# SPDX-License-Identifier: MIT
"""Run gilpy and CPython 3.11 with the same argv and stdin for each case and
compare what must be identical: stdout, the exit status and (for most cases)
stderr, after replacing each interpreter's path by "INTERP". Options whose
output differs by design (-V, -h) are checked for shape only.

    test_cli.py --interp build/gilpy [--python /usr/bin/python3.11] [-k SUBSTR]

Ends with `N passed, N failed`; exit status 0 only if nothing failed.
Scripts used by the cases are written to a fresh temporary directory, which
is also the working directory of every run.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import testlib  # noqa: E402

FILES = {
    "show_argv.py": "import sys\nprint(sys.argv)\n",
    "fails.py": "print('out')\ndef f():\n    return 1 // 0\nf()\n",
    "exits.py": "import sys\nprint('bye')\nsys.exit(int(sys.argv[1]))\n",
    "reads.py": "import sys\nprint(input().upper())\nprint(sys.stdin.read().split())\n",
    "both.py": "import sys\nprint('to out')\nsys.stderr.write('to err\\n')\nprint('out again')\n",
    # -m and imports (issue #4)
    "modmain.py": "import sys\nprint(__name__, sys.argv[1:])\nprint(sys.argv[0] == __file__)\n",
    "modfail.py": "def f():\n    return 1 // 0\nf()\n",
    "mpkg/__init__.py": "print('mpkg init', __name__)\n",
    "mpkg/__main__.py": "print('mpkg main', __name__, __package__)\n",
    "mpkg/tool.py": "from . import helper\nprint('tool', __name__, __package__, helper.X)\n",
    "mpkg/helper.py": "X = 'helper-x'\n",
    "nomain/__init__.py": "",
    "sib/main_sib.py": "import _sib_helper\nprint(_sib_helper.NAME)\n",
    "sib/_sib_helper.py": "NAME = 'sibling module found'\n",
}

# (name, argv after the interpreter, stdin bytes, stderr check)
#   stderr check: "exact" (after path replacement), "ignore", or a list of
#   substrings that must all appear in gilpy's stderr.
CASES = [
    ("c_argv", ["-c", "import sys; print(sys.argv)", "a", "b"], b"", "exact"),
    ("c_multiline", ["-c", "x = 0\nfor i in range(4):\n    x += i\nprint(x)"], b"", "exact"),
    ("c_input", ["-c", "print(input()[::-1])"], b"hello\n", "exact"),
    ("c_exit_5", ["-c", "raise SystemExit(5)"], b"", "exact"),
    ("c_exit_msg", ["-c", "import sys; sys.exit('bad thing')"], b"", "exact"),
    ("c_traceback", ["-c", "print('x')\n1/0"], b"", "exact"),
    ("c_syntax_error", ["-c", "x = ("], b"", "exact"),
    ("c_keyboard_interrupt", ["-c", "raise KeyboardInterrupt"], b"", "exact"),
    ("c_missing_arg", ["-c"], b"", ["Argument expected for the -c option"]),
    ("c_stops_options", ["-c", "import sys; print(sys.argv)", "-u", "-c", "--x"], b"", "exact"),
    ("dash_stdin", ["-", "x", "y"], b"import sys\nprint(sys.argv)\nprint('from stdin')\n", "exact"),
    ("piped_stdin", [], b"print('piped', 6 * 7)\n", "exact"),
    ("stdin_traceback", ["-"], b"print('a')\ndef f():\n    raise ValueError('v')\nf()\n", "exact"),
    ("file_argv", ["show_argv.py", "1", "two", "-c", "--help"], b"", "exact"),
    ("file_argv_abs", ["{dir}/show_argv.py"], b"", "exact"),
    ("file_traceback", ["fails.py"], b"", "exact"),
    ("file_exit_status", ["exits.py", "42"], b"", "exact"),
    ("file_exit_status_wrap", ["exits.py", "258"], b"", "exact"),
    ("file_reads_stdin", ["reads.py"], b"first line\nthe rest of it\n", "exact"),
    ("stderr_and_stdout", ["both.py"], b"", "exact"),
    ("unbuffered", ["-u", "both.py"], b"", "exact"),
    ("unbuffered_c", ["-u", "-c", "print(1, flush=True)"], b"", "exact"),
    ("missing_file", ["no_such_file.py"], b"", "exact"),
    ("missing_file_abs", ["/nonexistent/dir/x.py", "arg"], b"", "exact"),
    ("unknown_option", ["-Q"], b"", ["Unknown option: -Q", "usage:"]),
    ("unknown_long_option", ["--frobnicate"], b"", ["usage:"]),
    # -m and imports (issue #4)
    ("m_module", ["-m", "modmain", "a", "-c"], b"", "exact"),
    ("m_missing", ["-m", "no_such_module_xyz", "arg"], b"", "exact"),
    ("m_missing_submodule", ["-m", "mpkg.nope"], b"", "exact"),
    ("m_package_main", ["-m", "mpkg", "x"], b"", "exact"),
    ("m_package_submodule", ["-m", "mpkg.tool"], b"", "exact"),
    ("m_package_without_main", ["-m", "nomain"], b"", "exact"),
    ("m_traceback", ["-m", "modfail"], b"", ["Traceback (most recent call last):",
                                              "modfail.py\", line 3, in <module>",
                                              "ZeroDivisionError: integer division or modulo by zero"]),
    ("sibling_import_other_cwd", ["sib/main_sib.py"], b"", "exact"),
    ("sibling_import_abs", ["{dir}/sib/main_sib.py"], b"", "exact"),
]


def run(exe, argv, stdin, cwd):
    p = subprocess.run([exe] + argv, cwd=cwd, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=testlib.child_env(), timeout=30)
    return p.stdout, p.stderr, p.returncode


def normalize(data, exe):
    for form in sorted({exe, os.path.realpath(exe)}, key=len, reverse=True):
        data = data.replace(form.encode(), b"INTERP")
    return data


def show(label, data):
    text = data.decode("utf-8", "replace")
    return "  %s:\n%s" % (label, "".join("    | " + ln + "\n" for ln in text.splitlines()) or "    (empty)\n")


def compare(case, interp, python, cwd):
    name, argv, stdin, err_check = case
    argv = [a.replace("{dir}", cwd) for a in argv]
    g_out, g_err, g_st = run(interp, argv, stdin, cwd)
    c_out, c_err, c_st = run(python, argv, stdin, cwd)
    g_err, c_err = normalize(g_err, interp), normalize(c_err, python)
    problems = []
    if g_st != c_st:
        problems.append("  exit status %s, expected %s\n" % (g_st, c_st))
    if g_out != c_out:
        problems.append(show("stdout (gilpy)", g_out) + show("stdout (expected)", c_out))
    if err_check == "exact" and g_err != c_err:
        problems.append(show("stderr (gilpy)", g_err) + show("stderr (expected)", c_err))
    elif isinstance(err_check, list):
        text = g_err.decode("utf-8", "replace")
        missing = [s for s in err_check if s not in text]
        if missing:
            problems.append("  stderr lacks %r\n" % missing + show("stderr (gilpy)", g_err))
    return problems


def shape_checks(interp, cwd):
    """Options whose text differs by design: check only the shape."""
    out = []
    for opt in ("-V", "--version"):
        o, e, st = run(interp, [opt], b"", cwd)
        ok = st == 0 and (o + e).strip() != b""
        out.append(("version " + opt, [] if ok else
                    ["  %s: status %s, output %r (want status 0 and some text)\n" % (opt, st, o + e)]))
    for opt in ("-h", "--help"):
        o, e, st = run(interp, [opt], b"", cwd)
        ok = st == 0 and o.lstrip().lower().startswith(b"usage:")
        out.append(("help " + opt, [] if ok else
                    ["  %s: status %s, stdout %r (want status 0, stdout starting 'usage:')\n"
                     % (opt, st, o[:200])]))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interp", required=True)
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("-k", metavar="SUBSTR", help="only cases whose name contains SUBSTR")
    args = ap.parse_args()
    interp = os.path.abspath(args.interp) if os.sep in args.interp else shutil.which(args.interp)
    if not interp or not os.path.exists(interp):
        print("no interpreter at %s" % args.interp)
        print("0 passed, 1 failed")
        return 1

    cwd = tempfile.mkdtemp(prefix="gilpy-cli-")
    try:
        for fname, text in FILES.items():
            os.makedirs(os.path.dirname(os.path.join(cwd, fname)), exist_ok=True)
            with open(os.path.join(cwd, fname), "w") as fh:
                fh.write(text)
        results = []
        for case in CASES:
            if args.k and args.k not in case[0]:
                continue
            try:
                results.append((case[0], compare(case, interp, args.python, cwd)))
            except subprocess.TimeoutExpired:
                results.append((case[0], ["  timed out\n"]))
        results += [r for r in shape_checks(interp, cwd) if not args.k or args.k in r[0]]
    finally:
        shutil.rmtree(cwd, ignore_errors=True)

    passed = failed = 0
    for name, problems in results:
        if problems:
            failed += 1
            print("FAIL", name)
            sys.stdout.write("".join(problems))
        else:
            passed += 1
            print("PASS", name)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
