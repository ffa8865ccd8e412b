"""Overlap tests over sorted spans, by bisection (one job: no stage should scan every span for
every word)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["SpanIndex", "overlaps_any"]


def overlaps_any(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the spans whose sorted starts are ``starts`` and
    whose running maximum of ends is ``reach``: one starts before ``end`` and ends after ``start``.

    >>> overlaps_any([0, 10], [5, 12], 4, 6), overlaps_any([0, 10], [5, 12], 5, 10)
    (True, False)
    """
    k = bisect_left(starts, end)
    return k > 0 and reach[k - 1] > start


class SpanIndex:
    """Spans ``(start, end)`` indexed for :func:`overlaps_any`: ``index.overlaps(start, end)``."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        return overlaps_any(self.starts, self.reach, start, end)
