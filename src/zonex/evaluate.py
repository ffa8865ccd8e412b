"""Scoring zonex output against gold annotations: the body of ``zonex eval``.

The rules are those of ``shared/spec/annotation.md`` ("Scoring"); ``docs/evaluation.md``
explains every figure. In short:

- **Quantities**: span exact (strict) and span overlap (lenient) P/R/F1, each a one-to-one
  matching; among matched spans, the share whose ``kind``, ``value`` (relative error ≤ 1e-6;
  ranges compare ``low`` and ``high``) and ``unit`` are all right.
- **Claims**: a predicted claim matches a gold claim when their anchors overlap: the value
  span, or the change span for a change-only claim. Matching is one-to-one (greedy, largest
  overlap first), then per-field accuracy on the matched pairs.
- **Entities**: exact span + label P/R/F1 per label and micro-averaged, on the documents whose
  gold has an ``entities`` key.

>>> gold = GoldDocument.from_json({"id": "a", "text": "营收12亿元。", "quantities": [
...     {"start": 2, "end": 6, "text": "12亿元", "kind": "money", "value": 1.2e9, "unit": "CNY"}],
...     "claims": []})
>>> score([gold], [gold.to_document()]).quantities.span_exact.f1
1.0
>>> score([gold], []).quantities.span_exact.recall
0.0
"""

from __future__ import annotations

import json
import math
import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError, computed_field

from .models import (
    Basis,
    Claim,
    Direction,
    Document,
    Entity,
    EntityLabel,
    Qualifier,
    Quantity,
    QuantityKind,
    Status,
)

__all__ = [
    "Accuracy",
    "ClaimScores",
    "DocumentScores",
    "EntityScores",
    "ErrorRecord",
    "EvalInputError",
    "FailedPrediction",
    "FieldDiff",
    "GoldDocument",
    "GoldFormatError",
    "PRF",
    "PredictionFormatError",
    "QuantityScores",
    "Scores",
    "errors",
    "evaluate",
    "load_gold",
    "load_predictions",
    "render_errors",
    "run",
    "score",
]

KINDS: tuple[str, ...] = get_args(QuantityKind)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
LABELS: tuple[str, ...] = get_args(EntityLabel)
STATUSES: tuple[str, ...] = get_args(Status)
DIRECTIONS: tuple[str, ...] = get_args(Direction)
BASES: tuple[str, ...] = get_args(Basis)

REL_TOL = Decimal("1e-6")
"""Two values are the same when their relative difference is at most this (spec: 1e-6)."""


# --------------------------------------------------------------------------------------------
# Errors


class EvalInputError(ValueError):
    """Input the evaluation cannot use; the message names the file, the line and the field."""

    def __init__(self, problems: Sequence[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        shown = self.problems[:_MAX_PROBLEMS_SHOWN]
        more = len(self.problems) - len(shown)
        super().__init__("\n".join(shown) + (f"\n(and {more} more problems)" if more > 0 else ""))


class GoldFormatError(EvalInputError):
    """A gold file that does not follow ``shared/spec/annotation.md``."""


class PredictionFormatError(EvalInputError):
    """A predictions file that is not a JSONL of zonex Documents (or cannot be paired with the gold)."""


_MAX_PROBLEMS_SHOWN = 25


# --------------------------------------------------------------------------------------------
# Gold documents: validation with messages that name the field


_DOC_FIELDS = {"id", "source", "text", "quantities", "claims", "entities"}
# What `zonex extract` writes besides the gold fields, so that a corrected prediction file can
# serve as gold; these are ignored.
_DOC_IGNORED = {"normalized", "meta", "times"}
_QUANTITY_FIELDS = {"start", "end", "text", "kind", "value", "low", "high", "unit", "qualifier"}
_CLAIM_FIELDS = set(Claim.model_fields)
_CHANGE_FIELDS = {"start", "end", "text", "value", "unit", "direction", "basis"}
_ENTITY_FIELDS = {"start", "end", "text", "label"}


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> bool:
    return (isinstance(x, int | float) and not isinstance(x, bool)) and math.isfinite(x)


def _one_of(values: Iterable[str]) -> str:
    return ", ".join(values)


class _GoldChecker:
    """Collects the problems of one gold document; ``where`` prefixes every message."""

    def __init__(self, where: str):
        self.where = where
        self.problems: list[str] = []

    def add(self, message: str) -> None:
        self.problems.append(f"{self.where}{message}")

    def unknown_fields(self, path: str, obj: Mapping, known: set[str]) -> None:
        for key in obj:
            if key not in known:
                self.add(f"{path}: unknown field {key!r} (expected some of {_one_of(sorted(known))})")

    def span(self, path: str, obj: Mapping, text: str, *, start_key="start", end_key="end",
             check_text=True) -> bool:
        """Check ``obj``'s offsets (and its ``text`` when given); True when they are usable."""
        ok = True
        for key in (start_key, end_key):
            if obj.get(key) is None:
                self.add(f"{path}.{key} is missing")
                ok = False
            elif not _is_int(obj[key]):
                self.add(f"{path}.{key} {obj[key]!r} is not an integer")
                ok = False
        if not ok:
            return False
        start, end = obj[start_key], obj[end_key]
        if start < 0:
            self.add(f"{path}.{start_key} {start} is negative")
            return False
        if end > len(text):
            self.add(f"{path}.{end_key} {end} is outside the text (length {len(text)})")
            return False
        if start >= end:
            self.add(f"{path}: span [{start}, {end}) is empty or reversed")
            return False
        if check_text or "text" in obj:
            surface = obj.get("text")
            if not isinstance(surface, str):
                self.add(f"{path}.text is missing or not a string")
                return False
            if text[start:end] != surface:
                self.add(f"{path}.text {surface!r} does not match text[{start}:{end}] = {text[start:end]!r}")
                return False
        return True

    def choice(self, path: str, value: Any, allowed: tuple[str, ...]) -> None:
        if value is None:
            self.add(f"{path} is missing (one of {_one_of(allowed)})")
        elif value not in allowed:
            self.add(f"{path} {value!r} is not one of {_one_of(allowed)}")

    def optional_str(self, path: str, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            self.add(f"{path} {value!r} is not a string or null")

    def amount(self, path: str, obj: Mapping) -> None:
        """A level: either ``value`` or ``low`` + ``high``, numbers; a unit; a valid qualifier."""
        for key in ("value", "low", "high"):
            if obj.get(key) is not None and not _is_number(obj[key]):
                self.add(f"{path}.{key} {obj[key]!r} is not a finite number")
        has_value = obj.get("value") is not None
        has_range = obj.get("low") is not None and obj.get("high") is not None
        if has_value == has_range or (not has_range and (obj.get("low") is not None or obj.get("high") is not None)):
            self.add(f"{path}: give either value or low and high")
        unit = obj.get("unit")
        if not isinstance(unit, str) or not unit:
            self.add(f"{path}.unit is missing or empty")
        if "qualifier" in obj:  # absent means exact; null is not a qualifier
            self.choice(f"{path}.qualifier", obj["qualifier"], QUALIFIERS)

    def items(self, doc: Mapping, key: str, *, required: bool) -> list:
        if key not in doc:
            if required:
                self.add(f"{key} is missing (an empty list means there are none)")
            return []
        items = doc[key]
        if not isinstance(items, list):
            self.add(f"{key} is not a list")
            return []
        ok = []
        for i, item in enumerate(items):
            if isinstance(item, dict):
                ok.append((i, item))
            else:
                self.add(f"{key}[{i}] is not an object")
        return ok

    def document(self, doc: Any) -> None:
        if not isinstance(doc, dict):
            self.add(f"expected a JSON object, not {type(doc).__name__}")
            return
        self.unknown_fields("document", doc, _DOC_FIELDS | _DOC_IGNORED)
        if not isinstance(doc.get("id"), str) or not doc["id"]:
            self.add(f"id {doc.get('id')!r} is missing or not a non-empty string")
        self.optional_str("source", doc.get("source"))
        text = doc.get("text")
        if not isinstance(text, str):
            self.add("text is missing or not a string")
            return

        quantity_spans = set()
        for i, q in self.items(doc, "quantities", required=True):
            path = f"quantities[{i}]"
            self.unknown_fields(path, q, _QUANTITY_FIELDS)
            if self.span(path, q, text):
                quantity_spans.add((q["start"], q["end"]))
            self.choice(f"{path}.kind", q.get("kind"), KINDS)
            self.amount(path, q)

        for i, c in self.items(doc, "claims", required=True):
            self.claim(f"claims[{i}]", c, text, quantity_spans)

        for i, e in self.items(doc, "entities", required=False):
            path = f"entities[{i}]"
            self.unknown_fields(path, e, _ENTITY_FIELDS)
            self.span(path, e, text)
            self.choice(f"{path}.label", e.get("label"), LABELS)

    def claim(self, path: str, c: Mapping, text: str, quantity_spans: set) -> None:
        self.unknown_fields(path, c, _CLAIM_FIELDS)
        if not isinstance(c.get("metric"), str) or not c["metric"]:
            self.add(f"{path}.metric is missing or empty")
        for key in ("subject", "subject_text", "period"):
            self.optional_str(f"{path}.{key}", c.get(key))
        self.choice(f"{path}.status", c.get("status"), STATUSES)
        change = c.get("change")
        if c.get("value_start") is not None or c.get("value_end") is not None:
            if self.span(path, c, text, start_key="value_start", end_key="value_end", check_text=False):
                if (c["value_start"], c["value_end"]) not in quantity_spans:
                    self.add(f"{path}: value span [{c['value_start']}, {c['value_end']}) is not the span of any quantity")
            self.amount(path, c)
        elif not change:
            self.add(f"{path}: neither a value span (value_start, value_end) nor a change")
        if change is None:
            return
        cpath = f"{path}.change"
        if not isinstance(change, dict):
            self.add(f"{cpath} is not an object or null")
            return
        self.unknown_fields(cpath, change, _CHANGE_FIELDS)
        self.span(cpath, change, text, check_text=False)
        if not _is_number(change.get("value")):
            self.add(f"{cpath}.value {change.get('value')!r} is missing or not a finite number")
        if not isinstance(change.get("unit"), str) or not change["unit"]:
            self.add(f"{cpath}.unit is missing or empty")
        self.choice(f"{cpath}.direction", change.get("direction"), DIRECTIONS)
        self.choice(f"{cpath}.basis", change.get("basis"), BASES)


@dataclass(frozen=True)
class GoldDocument:
    """One gold line: the text and its annotations as zonex models, in original offsets.

    ``entities`` is None when the line has no ``entities`` key (not annotated): such documents
    are left out of entity scoring.
    """

    id: str
    text: str
    quantities: tuple[Quantity, ...]
    claims: tuple[Claim, ...]
    entities: tuple[Entity, ...] | None
    source: str | None = None
    line: int | None = None

    @classmethod
    def from_json(cls, obj: Any, *, where: str = "", line: int | None = None) -> GoldDocument:
        """Validate a parsed gold line; raise :class:`GoldFormatError` naming each bad field."""
        checker = _GoldChecker(where)
        checker.document(obj)
        if checker.problems:
            raise GoldFormatError(checker.problems)
        text = obj["text"]
        try:
            quantities = tuple(Quantity.model_validate(q) for q in obj["quantities"])
            claims = tuple(_gold_claim(c, text) for c in obj["claims"])
            entities = tuple(Entity.model_validate(e) for e in obj["entities"]) if "entities" in obj else None
        except ValidationError as err:  # only what the checks above do not cover
            raise GoldFormatError(f"{where}{_pydantic_problem(err)}") from None
        return cls(obj["id"], text, quantities, claims, entities, obj.get("source"), line)

    def to_document(self) -> Document:
        """The gold as a zonex Document (what a perfect prediction would be)."""
        return Document(
            id=self.id,
            source=self.source,
            text=self.text,
            quantities=list(self.quantities),
            claims=list(self.claims),
            entities=list(self.entities or ()),
        )


def _gold_claim(obj: Mapping, text: str) -> Claim:
    # Gold changes carry no surface text; the model keeps one next to every span.
    change = obj.get("change")
    if change is not None and "text" not in change:
        obj = {**obj, "change": {**change, "text": text[change["start"] : change["end"]]}}
    return Claim.model_validate(obj)


def _pydantic_problem(err: ValidationError) -> str:
    first = err.errors()[0]
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]).lstrip(".")
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{path or 'document'}: {first['msg']}{more}"


def _read_jsonl(path: str | Path, error: type[EvalInputError]) -> Iterable[tuple[int, Any, str | None]]:
    """Yield (line number, parsed object, problem) for the non-blank lines of a JSONL file.

    ``problem`` is the message for a line that is not JSON (the object is then None); a file
    that is not UTF-8 raises ``error``.
    """
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as err:
        raise error(f"{name}: not UTF-8 ({err.reason} at byte {err.start})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line), None
        except json.JSONDecodeError as err:
            yield number, None, f"{name} line {number}: invalid JSON: {err.msg} (column {err.colno})"


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read and validate a gold JSONL file; every problem of the file is listed in the error.

    Raises :class:`GoldFormatError` ("gold.jsonl line 3: quantities[2].end 99999 is outside
    the text (length 15470)"), or ``OSError`` when the file cannot be read.
    """
    name = str(path)
    docs: list[GoldDocument] = []
    problems: list[str] = []
    first_line: dict[str, int] = {}
    for number, obj, problem in _read_jsonl(path, GoldFormatError):
        if problem is not None:
            problems.append(problem)
            continue
        where = f"{name} line {number}: "
        try:
            doc = GoldDocument.from_json(obj, where=where, line=number)
        except GoldFormatError as err:
            problems += err.problems
            continue
        if doc.id in first_line:
            problems.append(f"{where}id {doc.id!r} is already used on line {first_line[doc.id]}")
            continue
        first_line[doc.id] = number
        docs.append(doc)
    if problems:
        raise GoldFormatError(problems)
    return docs


# --------------------------------------------------------------------------------------------
# Predictions


@dataclass(frozen=True)
class FailedPrediction:
    """A document the pipeline could not process (``{"id": ..., "error": {...}}``): scored as empty."""

    id: str | None
    type: str
    message: str


Prediction = Document | FailedPrediction


def _as_prediction(obj: Any, where: str = "") -> Prediction:
    if isinstance(obj, Document | FailedPrediction):
        return obj
    if isinstance(obj, GoldDocument):
        return obj.to_document()
    if not isinstance(obj, Mapping):
        raise PredictionFormatError(f"{where}expected a Document or a JSON object, not {type(obj).__name__}")
    if "error" in obj and "text" not in obj:
        info = obj["error"] if isinstance(obj["error"], Mapping) else {"message": str(obj["error"])}
        ident = obj.get("id")
        return FailedPrediction(None if ident is None else str(ident), str(info.get("type", "Error")),
                                str(info.get("message", "")))
    try:
        return Document.model_validate(obj)
    except ValidationError as err:
        raise PredictionFormatError(f"{where}{_pydantic_problem(err)}") from None


def load_predictions(path: str | Path) -> list[Prediction]:
    """Read a JSONL of Documents as written by ``zonex extract`` (error records included)."""
    name = str(path)
    preds = []
    for number, obj, problem in _read_jsonl(path, PredictionFormatError):
        if problem is not None:
            raise PredictionFormatError(problem)
        preds.append(_as_prediction(obj, f"{name} line {number}: "))
    return preds


@dataclass(frozen=True)
class _Pair:
    gold: GoldDocument
    pred: Document | None
    status: Literal["ok", "missing", "error"]
    error: FailedPrediction | None = None


def _pair(gold_docs: Sequence[GoldDocument], preds: Sequence[Prediction]) -> tuple[list[_Pair], int]:
    """Pair predictions with gold by id, else by identical text; return the pairs and the unpaired count."""
    by_id: dict[str, Prediction] = {}
    for p in preds:
        if p.id is not None:
            if p.id in by_id:
                raise PredictionFormatError(f"two predictions for document {p.id!r}")
            by_id[p.id] = p
    gold_ids = {g.id for g in gold_docs}
    # Predictions whose id is not a gold id can still be paired by their text (an id taken from
    # a file name, say); each is used once.
    by_text: dict[str, Document] = {}
    for p in preds:
        if isinstance(p, Document) and p.id not in gold_ids:
            by_text.setdefault(p.text, p)
    pairs, used = [], set()
    for g in gold_docs:
        p = by_id.get(g.id)
        if p is None and g.text in by_text and id(by_text[g.text]) not in used:
            p = by_text[g.text]
        if p is None:
            pairs.append(_Pair(g, None, "missing"))
            continue
        used.add(id(p))
        if isinstance(p, FailedPrediction):
            pairs.append(_Pair(g, None, "error", p))
        elif p.text != g.text:
            raise PredictionFormatError(
                f"the prediction for document {g.id!r} has a different text than the gold "
                f"({len(p.text)} vs {len(g.text)} characters): offsets cannot be compared"
            )
        else:
            pairs.append(_Pair(g, p, "ok"))
    return pairs, sum(1 for p in preds if id(p) not in used)


# --------------------------------------------------------------------------------------------
# Score models


_FROZEN = ConfigDict(frozen=True)


def _ratio(num: int, den: int, *, both_empty: bool) -> float:
    # Nothing to find and nothing found is perfect; otherwise an empty denominator scores 0.
    if den:
        return num / den
    return 1.0 if both_empty else 0.0


class PRF(BaseModel):
    """Counts of a one-to-one matching and the precision, recall and F1 they give.

    >>> PRF(tp=3, fp=1, fn=2).precision, PRF(tp=3, fp=1, fn=2).recall
    (0.75, 0.6)
    >>> PRF().f1  # nothing in the gold, nothing predicted
    1.0
    """

    model_config = _FROZEN

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field
    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @computed_field
    @property
    def pred(self) -> int:
        return self.tp + self.fp

    @computed_field
    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.pred, both_empty=self.gold == self.pred == 0)

    @computed_field
    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold, both_empty=self.gold == self.pred == 0)

    @computed_field
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Accuracy(BaseModel):
    """How many of the matched items have a field right; ``accuracy`` is None when none matched."""

    model_config = _FROZEN

    correct: int = 0
    total: int = 0

    @computed_field
    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)


def _sum_fields(a: Mapping[str, Accuracy], b: Mapping[str, Accuracy]) -> dict[str, Accuracy]:
    return {k: a.get(k, Accuracy()) + b.get(k, Accuracy()) for k in (*a, *(k for k in b if k not in a))}


class QuantityScores(BaseModel):
    """Quantity spans (strict and lenient) and the parsed values of the matched ones."""

    model_config = _FROZEN

    span_exact: PRF = PRF()
    """Strict: same start and end."""
    span_overlap: PRF = PRF()
    """Lenient: the spans share at least one character (one-to-one, largest overlap first)."""
    value_on_exact: Accuracy = Accuracy()
    """kind, value and unit all right, among exact-span matches."""
    value_on_overlap: Accuracy = Accuracy()
    """kind, value and unit all right, among overlap matches."""
    fields: dict[str, Accuracy] = {}
    """Each of kind, value, unit, qualifier on its own, among overlap matches."""

    def __add__(self, other: QuantityScores) -> QuantityScores:
        return QuantityScores(
            span_exact=self.span_exact + other.span_exact,
            span_overlap=self.span_overlap + other.span_overlap,
            value_on_exact=self.value_on_exact + other.value_on_exact,
            value_on_overlap=self.value_on_overlap + other.value_on_overlap,
            fields=_sum_fields(self.fields, other.fields),
        )


class ClaimScores(BaseModel):
    """Claims matched by their anchor span, and the fields of the matched pairs."""

    model_config = _FROZEN

    matched: PRF = PRF()
    """A predicted claim whose anchor overlaps a gold claim's anchor (one-to-one)."""
    fully_right: PRF = PRF()
    """Strict: matched and every field of :data:`STRICT_CLAIM_FIELDS` right."""
    fields: dict[str, Accuracy] = {}

    def __add__(self, other: ClaimScores) -> ClaimScores:
        return ClaimScores(
            matched=self.matched + other.matched,
            fully_right=self.fully_right + other.fully_right,
            fields=_sum_fields(self.fields, other.fields),
        )


class EntityScores(BaseModel):
    """Entities: exact span + label per label and micro-averaged (strict), plus overlap + label."""

    model_config = _FROZEN

    documents: int = 0
    """Documents whose gold has an ``entities`` key (the others are not scored)."""
    per_label: dict[str, PRF] = {}
    micro: PRF = PRF()
    micro_overlap: PRF = PRF()
    """Lenient: same label and overlapping spans (one-to-one)."""

    def __add__(self, other: EntityScores) -> EntityScores:
        labels = {k: self.per_label.get(k, PRF()) + other.per_label.get(k, PRF()) for k in LABELS}
        return EntityScores(
            documents=self.documents + other.documents,
            per_label=labels,
            micro=self.micro + other.micro,
            micro_overlap=self.micro_overlap + other.micro_overlap,
        )


class DocumentScores(BaseModel):
    """The counts of one document."""

    model_config = _FROZEN

    id: str
    prediction: Literal["ok", "missing", "error"]
    quantities: QuantityScores
    claims: ClaimScores
    entities: EntityScores | None
    """None when the gold does not annotate entities for this document."""


class Scores(BaseModel):
    """Everything ``zonex eval`` reports: totals over the documents, and each document's counts."""

    model_config = _FROZEN

    documents: int
    missing_predictions: int = 0
    """Gold documents with no prediction (scored as empty predictions)."""
    prediction_errors: int = 0
    """Gold documents whose prediction is an error record (scored as empty predictions)."""
    unpaired_predictions: int = 0
    """Predictions for documents that are not in the gold (ignored)."""
    quantities: QuantityScores
    claims: ClaimScores
    entities: EntityScores
    per_document: list[DocumentScores]

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    def to_table(self) -> str:
        return _render_table(self)


# --------------------------------------------------------------------------------------------
# Comparing values


def same_number(a: Decimal | None, b: Decimal | None) -> bool:
    """Equal within a relative error of 1e-6 (both None counts as equal).

    >>> same_number(Decimal("34320000000"), Decimal("34320000001"))
    True
    >>> same_number(Decimal("33.333"), Decimal("33.334")), same_number(None, Decimal(0))
    (False, False)
    """
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def _same_amount(g, p) -> bool:
    # A range compares low and high; a single value compares value; a value never equals a range.
    return same_number(g.value, p.value) and same_number(g.low, p.low) and same_number(g.high, p.high)


def _claim_qualifier(c: Claim) -> str | None:
    # A level with no qualifier is an exact one (the gold always writes "exact").
    if c.qualifier is None and (c.value is not None or c.low is not None):
        return "exact"
    return c.qualifier


def _same_change(g: Claim, p: Claim) -> bool:
    if g.change is None or p.change is None:
        return g.change is None and p.change is None
    return (same_number(g.change.value, p.change.value) and g.change.unit == p.change.unit
            and g.change.direction == p.change.direction)


QUANTITY_FIELDS: dict[str, Callable[[Quantity, Quantity], bool]] = {
    "kind": lambda g, p: g.kind == p.kind,
    "value": _same_amount,
    "unit": lambda g, p: g.unit == p.unit,
    "qualifier": lambda g, p: g.qualifier == p.qualifier,
}
"""Fields of a quantity checked one by one on overlap matches; the first three make it "right"."""

_QUANTITY_RIGHT = ("kind", "value", "unit")

# Each claim field: a comparison returning True/False, or None where it does not apply.
CLAIM_FIELDS: dict[str, Callable[[Claim, Claim], bool | None]] = {
    "metric": lambda g, p: g.metric == p.metric,
    "metric_lenient": lambda g, p: g.metric in p.metric or p.metric in g.metric,
    "value_unit": lambda g, p: _same_amount(g, p) and g.unit == p.unit,
    "period": lambda g, p: g.period == p.period,
    "subject": lambda g, p: g.subject == p.subject,
    "change": _same_change,
    "change_basis": lambda g, p: None if g.change is None or p.change is None else g.change.basis == p.change.basis,
    "qualifier": lambda g, p: _claim_qualifier(g) == _claim_qualifier(p),
    "status": lambda g, p: g.status == p.status,
}
"""Fields of a claim scored on matched pairs (see docs/evaluation.md for each)."""

STRICT_CLAIM_FIELDS = ("metric", "value_unit", "period", "subject", "change", "status")
"""The fields a matched claim must all have right to count in ``claims.fully_right``."""


def _quantity_affinity(g: Quantity, p: Quantity) -> int:
    return sum(1 for f in QUANTITY_FIELDS.values() if f(g, p))


def _claim_affinity(g: Claim, p: Claim) -> int:
    return sum(1 for name in STRICT_CLAIM_FIELDS if CLAIM_FIELDS[name](g, p))


# --------------------------------------------------------------------------------------------
# Matching


Span = tuple[int, int]


def _claim_anchor(c: Claim) -> Span:
    """The span a claim is matched by: its value span, or its change span when it has no level."""
    if c.value_start is not None:
        return c.value_start, c.value_end
    return c.change.start, c.change.end


def match_spans(gold: Sequence[Span], pred: Sequence[Span], *, exact: bool = False,
                affinity: Callable[[int, int], int] | None = None) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of overlapping (or, with ``exact``, equal) spans.

    Greedy: the pair with the largest overlap first, then equal spans, then the higher
    ``affinity`` (how many fields agree), then text order; no item is used twice. An equal
    pair has the largest overlap either of its members can have, so exact pairs are never lost.

    >>> match_spans([(0, 4), (6, 9)], [(1, 4), (2, 8), (6, 9)])
    [(0, 0), (1, 2)]
    >>> match_spans([(0, 4)], [(0, 4), (0, 4)], exact=True)
    [(0, 0)]
    """
    order = sorted(range(len(pred)), key=lambda j: pred[j])
    starts = [pred[j][0] for j in order]
    candidates = []
    for i, (gs, ge) in enumerate(gold):
        for j in order[: bisect_left(starts, ge)]:
            ps, pe = pred[j]
            overlap = min(ge, pe) - max(gs, ps)
            if overlap <= 0:
                continue
            equal = gs == ps and ge == pe
            if exact and not equal:
                continue
            candidates.append((-overlap, not equal, -(affinity(i, j) if affinity else 0), i, j))
    candidates.sort()
    used_gold, used_pred, pairs = set(), set(), []
    for *_, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    pairs.sort()
    return pairs


def _prf(pairs: Sequence, n_gold: int, n_pred: int) -> PRF:
    return PRF(tp=len(pairs), fp=n_pred - len(pairs), fn=n_gold - len(pairs))


def _spans(items) -> list[Span]:
    return [(x.start, x.end) for x in items]


# --------------------------------------------------------------------------------------------
# Scoring one document (matches kept so that errors can be listed from the same decisions)


@dataclass
class _DocResult:
    scores: DocumentScores
    quantity_overlap: list[tuple[int, int]]
    claim_pairs: list[tuple[int, int]]
    entity_exact: list[tuple[int, int]] | None


def _score_quantities(gold: Sequence[Quantity], pred: Sequence[Quantity]):
    gs, ps = _spans(gold), _spans(pred)

    def affinity(i, j):
        return _quantity_affinity(gold[i], pred[j])

    exact = match_spans(gs, ps, exact=True, affinity=affinity)
    overlap = match_spans(gs, ps, affinity=affinity)

    def right(i, j):
        return all(QUANTITY_FIELDS[f](gold[i], pred[j]) for f in _QUANTITY_RIGHT)

    fields = {
        name: Accuracy(correct=sum(1 for i, j in overlap if same(gold[i], pred[j])), total=len(overlap))
        for name, same in QUANTITY_FIELDS.items()
    }
    scores = QuantityScores(
        span_exact=_prf(exact, len(gold), len(pred)),
        span_overlap=_prf(overlap, len(gold), len(pred)),
        value_on_exact=Accuracy(correct=sum(1 for i, j in exact if right(i, j)), total=len(exact)),
        value_on_overlap=Accuracy(correct=sum(1 for i, j in overlap if right(i, j)), total=len(overlap)),
        fields=fields,
    )
    return scores, exact, overlap


def _score_claims(gold: Sequence[Claim], pred: Sequence[Claim]):
    pairs = match_spans([_claim_anchor(c) for c in gold], [_claim_anchor(c) for c in pred],
                        affinity=lambda i, j: _claim_affinity(gold[i], pred[j]))
    fields = {}
    for name, same in CLAIM_FIELDS.items():
        verdicts = [same(gold[i], pred[j]) for i, j in pairs]
        verdicts = [v for v in verdicts if v is not None]
        fields[name] = Accuracy(correct=sum(verdicts), total=len(verdicts))
    fully = [(i, j) for i, j in pairs if all(CLAIM_FIELDS[f](gold[i], pred[j]) for f in STRICT_CLAIM_FIELDS)]
    scores = ClaimScores(matched=_prf(pairs, len(gold), len(pred)),
                         fully_right=_prf(fully, len(gold), len(pred)), fields=fields)
    return scores, pairs


def _score_entities(gold: Sequence[Entity], pred: Sequence[Entity]):
    per_label, micro_overlap, exact = {}, PRF(), []
    for label in LABELS:
        gi = [i for i, e in enumerate(gold) if e.label == label]
        pj = [j for j, e in enumerate(pred) if e.label == label]
        gs, ps = _spans([gold[i] for i in gi]), _spans([pred[j] for j in pj])
        pairs = match_spans(gs, ps, exact=True)
        per_label[label] = _prf(pairs, len(gi), len(pj))
        micro_overlap += _prf(match_spans(gs, ps), len(gi), len(pj))
        exact += [(gi[a], pj[b]) for a, b in pairs]
    micro = sum(per_label.values(), PRF())
    scores = EntityScores(documents=1, per_label=per_label, micro=micro, micro_overlap=micro_overlap)
    return scores, sorted(exact)


def _score_document(pair: _Pair) -> _DocResult:
    g, p = pair.gold, pair.pred
    pq, pc, pe = (p.quantities, p.claims, p.entities) if p is not None else ([], [], [])
    q_scores, _, q_overlap = _score_quantities(g.quantities, pq)
    c_scores, c_pairs = _score_claims(g.claims, pc)
    e_scores, e_exact = _score_entities(g.entities, pe) if g.entities is not None else (None, None)
    scores = DocumentScores(id=g.id, prediction=pair.status, quantities=q_scores, claims=c_scores, entities=e_scores)
    return _DocResult(scores, q_overlap, c_pairs, e_exact)


def _as_gold(obj: Any) -> GoldDocument:
    return obj if isinstance(obj, GoldDocument) else GoldDocument.from_json(obj)


def _prepare(gold_docs: Iterable, pred_docs: Iterable) -> tuple[list[_Pair], int]:
    gold = [_as_gold(g) for g in gold_docs]
    preds = [_as_prediction(p) for p in pred_docs]
    return _pair(gold, preds)


def score(gold_docs: Iterable[GoldDocument | Mapping], pred_docs: Iterable[Document | Mapping]) -> Scores:
    """Score predictions against gold (both in original offsets), paired by document id.

    ``gold_docs`` are :class:`GoldDocument` (from :func:`load_gold`) or gold dicts;
    ``pred_docs`` are zonex Documents, dicts of the same shape, or error records
    (``{"id": ..., "error": {...}}``). Gold documents with no prediction, or with an error
    record, are scored as empty predictions.
    """
    pairs, unpaired = _prepare(gold_docs, pred_docs)
    return _collect([_score_document(p) for p in pairs], pairs, unpaired)


evaluate = score
"""The public verb: ``zonex.evaluate(gold_docs, pred_docs)``."""


def _collect(results: Sequence[_DocResult], pairs: Sequence[_Pair], unpaired: int) -> Scores:
    quantities, claims, entities = QuantityScores(), ClaimScores(), EntityScores(per_label={k: PRF() for k in LABELS})
    for r in results:
        quantities += r.scores.quantities
        claims += r.scores.claims
        if r.scores.entities is not None:
            entities += r.scores.entities
    return Scores(
        documents=len(results),
        missing_predictions=sum(1 for p in pairs if p.status == "missing"),
        prediction_errors=sum(1 for p in pairs if p.status == "error"),
        unpaired_predictions=unpaired,
        quantities=quantities,
        claims=claims,
        entities=entities,
        per_document=[r.scores for r in results],
    )


# --------------------------------------------------------------------------------------------
# Error listing


_SENTENCE_END = re.compile(r"[。！？!?;；\n\r]")
_MAX_SENTENCE = 200


def sentence_around(text: str, start: int, end: int, ends: Sequence[int] | None = None) -> tuple[int, int]:
    """The sentence of ``text`` holding ``[start, end)``: split on 。！？!?; and line breaks.

    ``ends`` (positions of the sentence-ending characters, ascending) can be passed to avoid
    rescanning a text for each span. The sentence keeps its final punctuation, not line breaks.

    >>> t = "首先。2018年产值12亿元,增长5%!其次"
    >>> s, e = sentence_around(t, 10, 14); t[s:e]
    '2018年产值12亿元,增长5%!'
    """
    if ends is None:
        ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    k = bisect_left(ends, start)
    left = ends[k - 1] + 1 if k else 0
    k = bisect_left(ends, end)
    right = ends[k] if k < len(ends) else len(text)
    if right < len(text) and text[right] not in "\r\n":
        right += 1
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


class FieldDiff(BaseModel):
    """One field on which a matched pair disagrees."""

    model_config = _FROZEN

    field: str
    gold: Any
    pred: Any


class ErrorRecord(BaseModel):
    """A missed, spurious or mismatched item, with the sentence it is in."""

    model_config = _FROZEN

    doc_id: str
    kind: Literal["quantity", "claim", "entity", "document"]
    what: Literal["miss", "false_positive", "mismatch", "prediction_error"]
    start: int
    """Where the item is: the gold span (the predicted span for a false positive)."""
    end: int
    text: str
    sentence: str
    sentence_start: int
    fields: list[FieldDiff] = []
    gold: dict | None = None
    pred: dict | None = None
    detail: str | None = None

    def render(self) -> str:
        """Two or more lines: what went wrong, then the sentence with the span in ⟦ ⟧."""
        head = f"{self.doc_id} {self.kind} {self.what.replace('_', ' ')} [{self.start}:{self.end}] {self.text!r}"
        lines = [head]
        if self.detail:
            lines.append(f"    {self.detail}")
        if self.what == "miss" and self.gold:
            lines.append(f"    gold: {_describe(self.kind, self.gold)}")
        elif self.what == "false_positive" and self.pred:
            lines.append(f"    pred: {_describe(self.kind, self.pred)}")
        for diff in self.fields:
            lines.append(f"    {diff.field}: gold {_show(diff.gold)} | pred {_show(diff.pred)}")
        if self.sentence:
            a, b = self.start - self.sentence_start, self.end - self.sentence_start
            marked = self.sentence[:a] + "⟦" + self.sentence[a:b] + "⟧" + self.sentence[b:]
            lines.append(f"    | {_shorten(marked, a)}")
        return "\n".join(lines)


def _shorten(sentence: str, focus: int) -> str:
    if len(sentence) <= _MAX_SENTENCE:
        return sentence
    lo = max(0, min(focus - _MAX_SENTENCE // 2, len(sentence) - _MAX_SENTENCE))
    return ("…" if lo else "") + sentence[lo : lo + _MAX_SENTENCE] + ("…" if lo + _MAX_SENTENCE < len(sentence) else "")


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(f"{k}={v}" for k, v in value.items() if v is not None and k not in ("start", "end", "text"))
    return repr(value) if isinstance(value, str) else str(value)


def _amount_text(item: Mapping) -> str:
    if item.get("low") is not None:
        return f"{item['low']}~{item['high']}"
    return str(item.get("value"))


def _describe(kind: str, item: Mapping) -> str:
    if kind == "quantity":
        return f"{item['kind']} {_amount_text(item)} {item['unit']} {item.get('qualifier', 'exact')}"
    if kind == "entity":
        return item["label"]
    parts = [f"{item['metric']} = {_amount_text(item)} {item.get('unit') or ''}".rstrip()]
    if item.get("change"):
        c = item["change"]
        parts.append(f"change {c['direction']} {c['value']} {c['unit']} {c['basis']}")
    parts.append(f"period {item.get('period')}, subject {item.get('subject')}, {item.get('status')}")
    return "; ".join(parts)


def _claim_field_values(name: str, c: Claim) -> Any:
    if name in ("metric", "metric_lenient"):
        return c.metric
    if name == "value_unit":
        return f"{_amount_text(c.model_dump(mode='json'))} {c.unit}"
    if name == "change":
        return None if c.change is None else f"{c.change.direction} {_amount_text({'value': c.change.value})} {c.change.unit}"
    if name == "change_basis":
        return c.change.basis if c.change else None
    if name == "qualifier":
        return _claim_qualifier(c)
    return getattr(c, name)


def _document_errors(pair: _Pair, result: _DocResult) -> list[ErrorRecord]:
    g = pair.gold
    text = g.text
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    records: list[ErrorRecord] = []

    def record(kind, what, span: Span, gold=None, pred=None, fields=(), detail=None):
        s, e = sentence_around(text, span[0], span[1], ends)
        records.append(ErrorRecord(
            doc_id=g.id, kind=kind, what=what, start=span[0], end=span[1], text=text[span[0]:span[1]],
            sentence=text[s:e], sentence_start=s, fields=list(fields),
            gold=None if gold is None else gold.model_dump(mode="json"),
            pred=None if pred is None else pred.model_dump(mode="json"), detail=detail))

    if pair.status == "error":
        err = pair.error
        records.append(ErrorRecord(doc_id=g.id, kind="document", what="prediction_error", start=0, end=0, text="",
                                   sentence="", sentence_start=0, detail=f"{err.type}: {err.message}"))
    p = pair.pred
    pq, pc, pe = (p.quantities, p.claims, p.entities) if p is not None else ([], [], [])

    # Quantities: overlap pairs that differ in span or in a field are mismatches; the rest are
    # misses and false positives (a shifted span is one line, though it costs both in strict scoring).
    matched_g, matched_p = set(), set()
    for i, j in result.quantity_overlap:
        gq, pq_ = g.quantities[i], pq[j]
        matched_g.add(i)
        matched_p.add(j)
        diffs = []
        if (gq.start, gq.end) != (pq_.start, pq_.end):
            diffs.append(FieldDiff(field="span", gold=f"[{gq.start}:{gq.end}] {gq.text}",
                                   pred=f"[{pq_.start}:{pq_.end}] {pq_.text}"))
        for name, same in QUANTITY_FIELDS.items():
            if not same(gq, pq_):
                diffs.append(FieldDiff(field=name, gold=_quantity_field(name, gq), pred=_quantity_field(name, pq_)))
        if diffs:
            record("quantity", "mismatch", (gq.start, gq.end), gq, pq_, diffs)
    for i, q in enumerate(g.quantities):
        if i not in matched_g:
            record("quantity", "miss", (q.start, q.end), gold=q)
    for j, q in enumerate(pq):
        if j not in matched_p:
            record("quantity", "false_positive", (q.start, q.end), pred=q)

    matched_g, matched_p = set(), set()
    for i, j in result.claim_pairs:
        gc, pc_ = g.claims[i], pc[j]
        matched_g.add(i)
        matched_p.add(j)
        diffs = [FieldDiff(field=name, gold=_claim_field_values(name, gc), pred=_claim_field_values(name, pc_))
                 for name, same in CLAIM_FIELDS.items()
                 if name != "metric_lenient" and same(gc, pc_) is False]
        if diffs:
            record("claim", "mismatch", _claim_anchor(gc), gc, pc_, diffs)
    for i, c in enumerate(g.claims):
        if i not in matched_g:
            record("claim", "miss", _claim_anchor(c), gold=c)
    for j, c in enumerate(pc):
        if j not in matched_p:
            record("claim", "false_positive", _claim_anchor(c), pred=c)

    if result.entity_exact is not None:
        ge = g.entities
        left_g = [i for i in range(len(ge)) if i not in {i for i, _ in result.entity_exact}]
        left_p = [j for j in range(len(pe)) if j not in {j for _, j in result.entity_exact}]
        # Leftovers that overlap are one boundary or label error, not two unrelated ones.
        near = match_spans(_spans([ge[i] for i in left_g]), _spans([pe[j] for j in left_p]),
                           affinity=lambda a, b: int(ge[left_g[a]].label == pe[left_p[b]].label))
        for a, b in near:
            ge_, pe_ = ge[left_g[a]], pe[left_p[b]]
            diffs = []
            if (ge_.start, ge_.end) != (pe_.start, pe_.end):
                diffs.append(FieldDiff(field="span", gold=f"[{ge_.start}:{ge_.end}] {ge_.text}",
                                       pred=f"[{pe_.start}:{pe_.end}] {pe_.text}"))
            if ge_.label != pe_.label:
                diffs.append(FieldDiff(field="label", gold=ge_.label, pred=pe_.label))
            record("entity", "mismatch", (ge_.start, ge_.end), ge_, pe_, diffs)
        near_g = {left_g[a] for a, _ in near}
        near_p = {left_p[b] for _, b in near}
        for i in left_g:
            if i not in near_g:
                record("entity", "miss", (ge[i].start, ge[i].end), gold=ge[i])
        for j in left_p:
            if j not in near_p:
                record("entity", "false_positive", (pe[j].start, pe[j].end), pred=pe[j])

    records.sort(key=lambda r: (r.start, r.end, _KIND_ORDER[r.kind]))
    return records


_KIND_ORDER = {"document": 0, "quantity": 1, "claim": 2, "entity": 3}


def _quantity_field(name: str, q: Quantity) -> Any:
    if name == "value":
        return _amount_text(q.model_dump(mode="json"))
    return getattr(q, name)


def errors(gold_docs: Iterable[GoldDocument | Mapping], pred_docs: Iterable[Document | Mapping]) -> list[ErrorRecord]:
    """Every miss, false positive and mismatch, document by document in text order."""
    pairs, _ = _prepare(gold_docs, pred_docs)
    return [rec for pair in pairs for rec in _document_errors(pair, _score_document(pair))]


def render_errors(records: Iterable[ErrorRecord]) -> str:
    """The records as readable text, one block per record."""
    return "\n".join(r.render() for r in records)


# --------------------------------------------------------------------------------------------
# The table


def _prf_row(label: str, note: str, s: PRF) -> str:
    return f"  {label:<22}{note:<28}{s.gold:>6}{s.pred:>7}{s.tp:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"


def _acc_row(label: str, note: str, a: Accuracy) -> str:
    acc = "n/a" if a.accuracy is None else f"{a.accuracy:.3f}"
    return f"  {label:<22}{note:<28}{'':>6}{a.total:>7}{a.correct:>7}{acc:>8}"


_PRF_HEAD = f"  {'':<50}{'gold':>6}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"
_ACC_HEAD = f"  {'':<50}{'':>6}{'total':>7}{'right':>7}{'acc':>8}"

_CLAIM_FIELD_ROWS = {
    "metric": ("metric exact", "(strict)"),
    "metric_lenient": ("metric contains", "(lenient: one in the other)"),
    "value_unit": ("value+unit", "(rel. error <= 1e-6)"),
    "period": ("period", "(exact string)"),
    "subject": ("subject", "(exact string)"),
    "change": ("change", "(value, unit, direction)"),
    "change_basis": ("change basis", "(where both have a change)"),
    "qualifier": ("qualifier", "(not in 'fully right')"),
    "status": ("status", ""),
}


def _render_table(s: Scores) -> str:
    q, c, e = s.quantities, s.claims, s.entities
    out = [f"{s.documents} documents; {s.missing_predictions} without a prediction, "
           f"{s.prediction_errors} with a prediction error (both scored as empty); "
           f"{s.unpaired_predictions} predictions not in the gold (ignored)", ""]
    out += ["QUANTITIES (one-to-one matching)", _PRF_HEAD,
            _prf_row("span exact", "(strict)", q.span_exact),
            _prf_row("span overlap", "(lenient)", q.span_overlap),
            _ACC_HEAD,
            _acc_row("kind+value+unit", "(strict: on exact spans)", q.value_on_exact),
            _acc_row("kind+value+unit", "(lenient: on overlap spans)", q.value_on_overlap)]
    notes = {"value": "(rel. error <= 1e-6)", "qualifier": "(not in kind+value+unit)"}
    out += [_acc_row(f"  {name}", notes.get(name, "(on overlap spans)"), acc) for name, acc in q.fields.items()]
    out += ["", "CLAIMS (matched one-to-one by overlapping value span; change span for change-only claims)",
            _PRF_HEAD,
            _prf_row("claims matched", "(lenient: anchor overlap)", c.matched),
            _prf_row("claims fully right", "(strict: see below)", c.fully_right),
            "  fully right = matched with " + ", ".join(_CLAIM_FIELD_ROWS[f][0] for f in STRICT_CLAIM_FIELDS) + " right",
            _ACC_HEAD]
    out += [_acc_row(*_CLAIM_FIELD_ROWS.get(name, (name, "")), acc) for name, acc in c.fields.items()]
    out += ["", f"ENTITIES (exact span + label; {e.documents} of {s.documents} documents annotated)", _PRF_HEAD]
    out += [_prf_row(label, "(strict)", e.per_label.get(label, PRF())) for label in LABELS]
    out += [_prf_row("micro", "(strict)", e.micro),
            _prf_row("micro overlap+label", "(lenient)", e.micro_overlap)]
    w = max([5, *(len(d.id) + 1 for d in s.per_document)])
    out += ["", "PER DOCUMENT (F1: quantities span exact, claims matched, entities micro strict)",
            f"  {'id':<{w}}{'quantities':>26}{'claims':>26}{'entities':>26}  note",
            f"  {'':<{w}}" + f"{'gold':>7}{'pred':>6}{'match':>6}{'F1':>7}" * 3]

    def cells(x: PRF | None) -> str:
        if x is None:
            return f"{'-':>7}{'-':>6}{'-':>6}{'-':>7}"
        return f"{x.gold:>7}{x.pred:>6}{x.tp:>6}{x.f1:>7.3f}"

    for d in s.per_document:
        note = {"ok": "", "missing": "no prediction", "error": "prediction error"}[d.prediction]
        ent = d.entities.micro if d.entities is not None else None
        out.append(f"  {d.id:<{w}}{cells(d.quantities.span_exact)}{cells(d.claims.matched)}{cells(ent)}  {note}".rstrip())
    out.append(f"  {'total':<{w}}{cells(q.span_exact)}{cells(c.matched)}{cells(e.micro)}")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# zonex eval


def _predict(gold_docs: Sequence[GoldDocument], pipeline) -> list[Prediction]:
    if pipeline is None:
        from .pipeline import Pipeline

        pipeline = Pipeline()
    preds: list[Prediction] = []
    for g in gold_docs:
        try:
            preds.append(pipeline.extract(g.text, id=g.id, source=g.source))
        except Exception as err:  # one bad document must not stop the evaluation; it is reported
            preds.append(FailedPrediction(g.id, type(err).__name__, str(err)))
    return preds


def run(gold_path: str | Path, pred_path: str | Path | None = None, *, as_json: bool = False,
        errors: bool = False, out: IO[str] | None = None, pipeline=None) -> int:
    """The body of ``zonex eval GOLD.jsonl [--pred PRED.jsonl] [--json] [--errors]``.

    Without ``pred_path`` the pipeline (``pipeline`` or a new ``zonex.Pipeline()``) runs on each
    gold text. Prints the table (or one JSON object) to ``out``; returns 0, or 2 after printing
    the problem to stderr when an input cannot be used.
    """
    out = out or sys.stdout
    try:
        gold = load_gold(gold_path)
        preds = load_predictions(pred_path) if pred_path is not None else _predict(gold, pipeline)
        pairs, unpaired = _pair(gold, preds)
    except EvalInputError as err:
        print(f"zonex eval: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"zonex eval: cannot read {err.filename}: {err.strerror}", file=sys.stderr)
        return 2
    results = [_score_document(p) for p in pairs]
    scores = _collect(results, pairs, unpaired)
    records = [r for pair, res in zip(pairs, results, strict=True) for r in _document_errors(pair, res)] if errors else []
    source = str(pred_path) if pred_path is not None else "zonex pipeline"
    if as_json:
        payload: dict[str, Any] = {"gold": str(gold_path), "predictions": source,
                                   "scores": scores.model_dump(mode="json")}
        if errors:
            payload["errors"] = [r.model_dump(mode="json") for r in records]
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return 0
    out.write(f"zonex eval: gold {gold_path}; predictions: {source}\n{scores.to_table()}\n")
    if errors:
        out.write(f"\nERRORS ({len(records)})\n{render_errors(records)}\n" if records else "\nERRORS: none\n")
    return 0
