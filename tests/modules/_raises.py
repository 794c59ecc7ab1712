print("_raises: body runs")
COUNT = 1
raise ValueError("failing module body")
