__all__ = ["public_a", "_semi_private"]
public_a = "a"
public_b = "b"
_semi_private = "s"
