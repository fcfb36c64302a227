"""Ranges looked up by position in logarithmic time.

An extractor that asks, for every sentence or every name, which spans of the whole
document lie there would cost the square of the document's length with a walk over all
spans; a :class:`RangeIndex` answers by bisection. Answers keep the items' own order.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class RangeIndex(Generic[T]):
    """Items with a half-open range ``[start, end)``, by position."""

    def __init__(
        self, items: Sequence[T], start: Callable[[T], int], end: Callable[[T], int]
    ) -> None:
        self._items = list(items)
        self._order = sorted(range(len(self._items)), key=lambda i: start(self._items[i]))
        self._starts = [start(self._items[i]) for i in self._order]
        self._ends = [end(self._items[i]) for i in self._order]
        self._reach = list(accumulate(self._ends, max))  # the furthest end so far

    def _pick(self, ranks: list[int]) -> list[T]:
        return [self._items[i] for i in sorted(self._order[k] for k in ranks)]

    def within(self, lo: int, hi: int) -> list[T]:
        """The items wholly inside ``[lo, hi)``."""
        first, last = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return self._pick([k for k in range(first, last) if self._ends[k] <= hi])

    def starting_in(self, lo: int, hi: int) -> list[T]:
        """The items that start inside ``[lo, hi)``."""
        return self._pick(list(range(bisect_left(self._starts, lo), bisect_left(self._starts, hi))))

    def covers(self, at: int) -> bool:
        """Whether some item holds position ``at``."""
        k = bisect_right(self._starts, at)
        return k > 0 and self._reach[k - 1] > at

    def meets(self, lo: int, hi: int) -> bool:
        """Whether some item overlaps ``[lo, hi)``."""
        k = bisect_left(self._starts, hi)
        return k > 0 and self._reach[k - 1] > lo

    def first_covering(self, at: int) -> T | None:
        """The item that holds position ``at`` and starts first (of equal starts, the
        earlier item), or None."""
        k = bisect_right(self._starts, at)
        rank = bisect_right(self._reach, at)  # the first whose end passes ``at``
        return self._items[self._order[rank]] if rank < k else None
