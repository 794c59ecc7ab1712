# raise SystemExit(None) and SystemExit() both mean status 0.
print("raising SystemExit(None)")
raise SystemExit(None)
