# scripts/testlib.py: how one differential test script is found and run.
# SPDX-License-Identifier: MIT
"""Shared by run_tests.py (runs gilpy) and make_exp.py (runs CPython 3.11).

Both must run a script in exactly the same way, otherwise the expected files
would not describe what gilpy is compared against:

    cd DIR_OF_SCRIPT && INTERP NAME.py [ARGS...] < STDIN

Optional headers in the first lines of a script (comment lines at the top):
    # args: a b c          extra argv after the script name (shlex syntax)
    # stdin: file.txt      file (relative to the script) fed as stdin
    # timeout: 60          per-test timeout in seconds (overrides the default)

Files whose name starts with "_" are helpers (e.g. imported modules), not tests.
"""
import os
import shlex
import subprocess

HEADER_KEYS = ("args", "stdin", "timeout")

# A deterministic, UTF-8 environment for both interpreters.
def child_env():
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUTF8"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    for k in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONINSPECT",
              "PYTHONUNBUFFERED", "PYTHONHOME"):
        env.pop(k, None)
    return env


def find_tests(dirs, substr=None):
    """Every DIR/**/NAME.py (not starting with '_'), sorted."""
    found = []
    for d in dirs:
        d = os.path.abspath(d)
        if os.path.isfile(d) and d.endswith(".py"):
            found.append(d)
            continue
        for root, subdirs, files in os.walk(d):
            subdirs[:] = sorted(s for s in subdirs
                                if not s.startswith((".", "_")) and s != "__pycache__")
            for f in sorted(files):
                if f.endswith(".py") and not f.startswith("_"):
                    found.append(os.path.join(root, f))
    if substr:
        found = [p for p in found if substr in p]
    return sorted(set(found))


def read_headers(path):
    """Parse the leading '# key: value' comment lines of a script."""
    hdr = {}
    with open(path, "rb") as fh:
        for raw in fh.read().split(b"\n")[:15]:
            line = raw.decode("utf-8", "replace").strip()
            if not line.startswith("#"):
                if line:
                    break
                continue
            body = line[1:].strip()
            key, sep, val = body.partition(":")
            if sep and key.strip() in HEADER_KEYS:
                hdr[key.strip()] = val.strip()
    return hdr


def display_name(path, base=None):
    base = base or os.getcwd()
    rel = os.path.relpath(path, base)
    return path if rel.startswith("..") else rel


class Result:
    def __init__(self, stdout, stderr, status, timed_out):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out


def normalize_err(data, script):
    """Make output independent of where the tree lives. CPython 3.11 prints
    the main script's absolute path in tracebacks (File "/abs/dir/NAME.py"),
    and scripts may print tracebacks or warnings on stdout too, so the
    script's directory is stripped from both: .exp files say "NAME.py"."""
    d = os.path.dirname(os.path.abspath(script)).encode() + b"/"
    return data.replace(d, b"")


def run_script(interp, script, default_timeout=20.0, extra_env=None):
    """Run one test script the canonical way; return a Result."""
    hdr = read_headers(script)
    sdir, name = os.path.split(os.path.abspath(script))
    argv = [interp, name] + shlex.split(hdr.get("args", ""))
    timeout = float(hdr.get("timeout", default_timeout))
    stdin_path = os.path.join(sdir, hdr["stdin"]) if "stdin" in hdr else os.devnull
    with open(stdin_path, "rb") as fin:
        p = subprocess.Popen(argv, cwd=sdir, stdin=fin, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=dict(child_env(), **(extra_env or {})),
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, 9)
            except OSError:
                p.kill()
            out, err = p.communicate()
            timed_out = True
    return Result(normalize_err(out, script), normalize_err(err, script), p.returncode, timed_out)


def exp_paths(script):
    return script + ".exp", script + ".exp.status", script + ".exp.err"


def wants_stderr(script):
    """Scripts under tests/errors/ or tests/cli/ also record stderr."""
    parts = os.path.abspath(script).split(os.sep)[:-1]
    return any(a == "tests" and b in ("errors", "cli")
               for a, b in zip(parts, parts[1:]))
