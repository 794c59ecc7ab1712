raise SystemExit(12)
