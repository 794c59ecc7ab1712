# Circular imports: the partially initialised module is visible to the other one.
import _circ_a
import _circ_b
print(_circ_a.use_b(), _circ_b.B_VALUE, _circ_a.A_VALUE, _circ_b._circ_a is _circ_a)
