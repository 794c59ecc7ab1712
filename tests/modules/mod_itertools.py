# itertools: every iterator gilpy ships.
from itertools import *
import itertools
print(list(islice(count(5), 3)), count(2.5, 0.5), repeat(1, 3), list(repeat('x', 2)))
print(list(chain([1, 2], (3,))), list(chain.from_iterable(['ab', 'cd'])), list(islice(cycle('ab'), 5)))
print(list(islice(range(10), 2, 8, 2)), list(islice(range(10), 3)), list(islice('abc', None)))
print(list(product('ab', repeat=2)), list(product([1, 2], [3])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(permutations('abc', 2)), list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 2)))
print([(k, list(g)) for k, g in groupby('aabbbc')], [k for k, g in groupby([1, 1, 2])])
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(filterfalse(None, [0, 1, 2])), list(compress('abc', [1, 0, 1])), list(pairwise('abcd')), [list(t) for t in tee([1, 2], 2)])
it = iter(range(10)); print(list(islice(it, 2, 4)), next(it))
try: islice([], -1)
except ValueError as e: print(e)
