# __future__ and typing: annotated programs run; aliases are subscriptable.
from __future__ import annotations
from typing import List, Dict, Optional, Tuple, Any, Callable, Iterable, TypeVar, Generic, Union
import typing

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def total(xs: Iterable[int], scale: Optional[float] = None) -> float:
    s = sum(xs)
    return s * scale if scale else s


def apply(f: Callable[[int], int], xs: List[int]) -> Dict[str, Any]:
    return {"r": [f(x) for x in xs]}


pairs: List[Tuple[str, int]] = [("a", 1)]
print(Box(3).get(), total([1, 2, 3]), total([1, 2], 0.5), apply(lambda x: x * 2, [1, 2]), pairs)
print(typing.TYPE_CHECKING, typing.cast(int, "x"), T, List[int], Dict[str, int])
print(Union[int, str] is not None, typing.Optional[int] is not None)
