from _circ_a import value
