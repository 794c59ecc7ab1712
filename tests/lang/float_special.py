# inf/nan propagation, signed zero, comparisons and containers with nan.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan), [inf, nan], {1: inf})
print(inf > 0, -inf < 0, inf == inf, nan == nan, nan is nan, nan in [nan])
print(inf - 1e308, inf * -1, 1 / inf, -1 / inf, 0 * inf, inf / 2)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]), abs(-inf))
z = -0.0
print(z, 0.0 == z, str(z), repr(-0.0 * 5), -0.0 + 0, 0.0 - 0.0, -(0.0), abs(z), round(-0.4))
print(1e308 * 10 == inf, -1e308 * 10 == -inf, 1e-323 / 10, 5e-324, 5e-324 / 2)
print(float("1e309"), float("-1e309"), float("1e-330"), int(1e300) > 10 ** 299)
print(inf % 2 if False else "skip", 5.0 % inf, -5.0 % inf, divmod(5.0, inf))
