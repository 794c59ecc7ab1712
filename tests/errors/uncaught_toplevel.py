# A raise at module level.
print("start")
raise ValueError("top level problem")
