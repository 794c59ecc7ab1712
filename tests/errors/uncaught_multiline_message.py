# An exception message spanning several lines.
raise RuntimeError("first line\nsecond line\n  indented third")
