# warnings: printed once per location (stderr redirected to stdout), filters, catch_warnings.
import sys
sys.stderr = sys.stdout
import warnings
def f():
    warnings.warn("careful", stacklevel=2)
for i in range(3):
    f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("rt", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x1")
    warnings.warn("x1")
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
