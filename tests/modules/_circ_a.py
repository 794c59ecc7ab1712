import _circ_b
value = 1
