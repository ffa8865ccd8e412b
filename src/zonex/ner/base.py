"""What every entity backend shares: candidate spans, the longest-span filter, the errors.

>>> select_longest([Candidate(0, 2, "GPE"), Candidate(0, 5, "ZONE"), Candidate(5, 8, "ORG")])
[Candidate(start=0, end=5, label='ZONE', rank=0, rule=''), Candidate(start=5, end=8, label='ORG', rank=0, rule='')]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from typing import TYPE_CHECKING, Any

from ..models import Entity, EntityLabel

if TYPE_CHECKING:
    EntityRecognizer = Callable[[str, Any], list[Entity]]

__all__ = ["Candidate", "EntityBackendError", "ModelNotFoundError", "entities_from_tuples", "select_longest", "to_entities"]

LABELS: tuple[EntityLabel, ...] = ("ZONE", "ORG", "GPE", "PERSON")

_consume = partial(deque, maxlen=0)  # run an iterator to its end, keeping nothing


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
    return entities_from_tuples(text, ((c.start, c.end, c.label) for c in candidates))


def entities_from_tuples(text: str, spans: Iterable[tuple[Any, ...]]) -> list[Entity]:
    """Entities from ``(start, end, label, ...)`` tuples, in the order given.

    Spans are slices of ``text`` by construction, so pydantic's validation is skipped; the
    objects are built as :meth:`~pydantic.BaseModel.model_construct` builds them, without its
    per-field loop (it cost a tenth of the rule recogniser's time).
    """
    if not _FAST_ENTITY:
        return [Entity.model_construct(start=s[0], end=s[1], text=text[s[0] : s[1]], label=s[2]) for s in spans]
    set_dict, set_fields, set_extra, set_private = _SLOT_SETTERS
    dicts = [{"start": s[0], "end": s[1], "text": text[s[0] : s[1]], "label": s[2]} for s in spans]
    n = len(dicts)
    out = list(map(object.__new__, repeat(Entity, n)))
    # Each slot is set for all the entities by one map over its setter, not by a Python loop
    # with four calls per entity (about a sixth less on the ~500 entities of a pass).
    _consume(map(set_dict, out, dicts))
    _consume(map(set_fields, out, [{"start", "end", "text", "label"} for _ in dicts]))
    _consume(map(set_extra, out, repeat(None, n)))
    _consume(map(set_private, out, repeat(None, n)))
    return out


def _slot_setters() -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the four slots pydantic keeps on every model instance."""
    names = ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__")
    setters = []
    for name in names:
        owner = next(c for c in Entity.__mro__ if name in c.__dict__)
        setters.append(owner.__dict__[name].__set__)
    return tuple(setters)


def _fast_entity_ok() -> bool:
    """Whether building an Entity by hand gives what ``model_construct`` gives (no private
    attributes, no post-init, the four fields): checked once, at import."""
    try:
        if Entity.__private_attributes__ or Entity.__pydantic_post_init__:
            return False
        if set(Entity.model_fields) != {"start", "end", "text", "label"}:
            return False
        reference = Entity.model_construct(start=0, end=1, text="x", label="GPE")
        entity = object.__new__(Entity)
        set_dict, set_fields, set_extra, set_private = _SLOT_SETTERS
        set_dict(entity, {"start": 0, "end": 1, "text": "x", "label": "GPE"})
        set_fields(entity, {"start", "end", "text", "label"})
        set_extra(entity, None)
        set_private(entity, None)
        return entity == reference and entity.model_dump() == reference.model_dump() and repr(entity) == repr(reference)
    except Exception:  # pragma: no cover - another pydantic: build them the documented way
        return False


try:
    _SLOT_SETTERS = _slot_setters()
except Exception:  # pragma: no cover - another pydantic
    _SLOT_SETTERS = ()
_FAST_ENTITY = bool(_SLOT_SETTERS) and _fast_entity_ok()
