print("_circ_b: start")
import _circ_a
print("_circ_b: _circ_a partially initialised, has A_VALUE:", hasattr(_circ_a, "A_VALUE"))
B_VALUE = "b"
print("_circ_b: end")
