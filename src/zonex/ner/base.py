"""What every entity backend shares: candidate spans, the longest-span filter, the errors.

>>> select_longest([Candidate(0, 2, "GPE"), Candidate(0, 5, "ZONE"), Candidate(5, 8, "ORG")])
[Candidate(start=0, end=5, label='ZONE', rank=0, rule=''), Candidate(start=5, end=8, label='ORG', rank=0, rule='')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..models import Entity, EntityLabel

if TYPE_CHECKING:
    EntityRecognizer = Callable[[str, Any], list[Entity]]

__all__ = ["Candidate", "EntityBackendError", "ModelNotFoundError", "select_longest", "to_entities"]

LABELS: tuple[EntityLabel, ...] = ("ZONE", "ORG", "GPE", "PERSON")


class EntityBackendError(RuntimeError):
    """A statistical backend could not be loaded or used."""


class ModelNotFoundError(EntityBackendError, FileNotFoundError):
    """No model where one was asked for; the message names the model and every place looked at."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible entity ``[start, end)``; ``rank`` breaks ties between spans of equal length."""

    start: int
    end: int
    label: EntityLabel
    rank: int = 0
    rule: str = ""


def select_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first (then higher rank, then earlier), by start.

    Like spaCy's ``filter_spans``: nested names resolve to the outermost one (阳江高新区管委会
    over the 阳江高新区 inside it, 江门市 over 江门).
    """
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, -c.rank, c.start))
    if not ordered:
        return []
    taken: list[Candidate] = []
    occupied = bytearray(max(c.end for c in ordered))  # 1 where a chosen span lies
    for cand in ordered:
        if cand.end <= cand.start or occupied.find(1, cand.start, cand.end) != -1:
            continue
        taken.append(cand)
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(taken, key=lambda c: c.start)


def to_entities(text: str, candidates: Iterable[Candidate]) -> list[Entity]:
    """Entities in text order; ``text`` of each is the slice it covers."""
    # Spans are slices of ``text`` by construction: skip pydantic's validation (it is per entity).
    return [Entity.model_construct(start=c.start, end=c.end, text=text[c.start : c.end], label=c.label) for c in candidates]
