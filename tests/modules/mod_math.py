# math: constants, float functions, integer functions, domain and range errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(10**400))
print(math.pow(2, 10), math.fabs(-3), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.fmod(7, 3), math.copysign(1, -0.0))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1))
print(math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.factorial(20), math.factorial(30), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, 2))
print(math.degrees(math.pi), math.radians(180), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.isqrt(10**20 + 5))
print(math.frexp(8.0), math.modf(2.5), math.ldexp(1, 10), math.dist((0, 0), (3, 4)), math.gamma(5))
for f, a in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.exp, (1000,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.isqrt, (-1,)), (math.pow, (0, -1)), (math.acos, (2,)), (math.sqrt, ("x",)), (math.fmod, (1, 0))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(math.floor(-0.5), math.ceil(-0.5), type(math.floor(3)), math.fsum([1e100, 1.0, -1e100, 1e-100]))
