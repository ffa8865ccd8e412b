"""The typed results of zonex: frozen pydantic models whose JSON matches the gold format.

Field names and meanings follow ``shared/spec/annotation.md``, so that
``Document.model_dump(mode="json")`` compares directly with a gold line. Every span is half-open
``[start, end)`` in code points of the *original* text and keeps its surface ``text`` next to
the parsed value; ``Document`` checks ``text[start:end] == span.text`` for every span it holds.

Amounts are ``Decimal`` inside (壹佰壹拾万零肆元陆角 must not drift through floats) and plain JSON
numbers outside: integers where the value is whole, floats otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, model_validator

__all__ = [
    "Amount",
    "Change",
    "Claim",
    "Document",
    "Entity",
    "ErrorInfo",
    "Quantity",
    "TimeExpression",
    "QuantityKind",
    "Qualifier",
    "EntityLabel",
    "Status",
    "unchecked_constructor",
]


def _json_number(value: Decimal) -> int | float:
    # Whole numbers stay exact integers in JSON (34320000000, not 3.432e10).
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Amount = Annotated[Decimal, PlainSerializer(_json_number, return_type=int | float, when_used="json")]
"""A Decimal that serialises to a JSON number."""

QuantityKind = Literal[
    "money", "percent", "percentage_point", "count", "multiple", "area", "length", "mass",
    "energy", "power", "duration", "rank", "other",
]
Qualifier = Literal["exact", "approx", "lower_bound", "upper_bound"]
EntityLabel = Literal["ZONE", "ORG", "GPE", "PERSON"]
Status = Literal["actual", "target", "forecast"]
Direction = Literal["up", "down"]
Basis = Literal["yoy", "mom", "since", "unspecified"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Span(BaseModel):
    """A half-open slice ``[start, end)`` of a text, with the slice itself."""

    model_config = _FROZEN

    start: int = Field(ge=0, description="first code point, inclusive")
    end: int = Field(ge=0, description="last code point, exclusive")
    text: str = Field(description="the surface text: original[start:end]")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text {self.text!r} does not fit [{self.start}, {self.end})")
        return self


class _Valued(BaseModel):
    """A level: either one ``value`` or a ``low``/``high`` range, in a canonical unit."""

    value: Amount | None = Field(None, description="the number in the canonical unit")
    low: Amount | None = Field(None, description="lower end of a range")
    high: Amount | None = Field(None, description="upper end of a range")

    @model_validator(mode="after")
    def _value_or_range(self):
        has_value = self.value is not None
        has_range = self.low is not None or self.high is not None
        if has_value and has_range:
            raise ValueError("give either value or low/high, not both")
        if has_range and (self.low is None or self.high is None):
            raise ValueError("a range needs both low and high")
        return self


class Quantity(Span, _Valued):
    """A measured amount: 343.2亿元, 61.6%, 2.3个百分点, 2180家, 第6, 80%~90%."""

    kind: QuantityKind
    unit: str = Field(description="ISO 4217 for money, %, pp, times, rank, the measure word, or a symbol")
    qualifier: Qualifier = "exact"

    @model_validator(mode="after")
    def _has_amount(self) -> Quantity:
        if self.value is None and self.low is None:
            raise ValueError("a quantity needs a value or a low/high range")
        return self


class TimeExpression(Span):
    """A time expression (2018年, 前4月, 十三五期间, 去年) and the period it denotes."""

    period: str | None = Field(None, description='"2018", "2018-01/2018-04", "2016/2020"; null if unresolved')
    kind: Literal["year", "month", "date", "range", "plan", "relative", "clock"] = "year"


class Change(Span):
    """A reported change: 同比增长11%, 下降2.3个百分点, 是…的9倍."""

    value: Amount
    unit: str = Field(description="%, pp, times, a count unit or a currency (比上年增加5.21亿元)")
    direction: Direction
    basis: Basis = "unspecified"


class Claim(_Valued):
    """A row of the user's table: a subject had (or is to have) some value of some indicator."""

    model_config = _FROZEN

    metric: str = Field(min_length=1, description="shortest phrase naming what is measured (simplified)")
    subject: str | None = Field(None, description="who or what it is about, resolved; null where unclear")
    subject_text: str | None = Field(None, description="the words of the sentence naming the subject")
    subject_start: int | None = Field(None, description="where subject_text starts, if it is in the text")
    subject_end: int | None = Field(None, description="where subject_text ends")
    period: str | None = None
    value_start: int | None = None
    value_end: int | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    change: Change | None = None
    status: Status = "actual"
    sentence_start: int | None = Field(None, description="start of the sentence the claim comes from")
    sentence_end: int | None = Field(None, description="end of the sentence the claim comes from")

    @model_validator(mode="after")
    def _level_or_change(self) -> Claim:
        if self.value_start is None and self.change is None:
            raise ValueError("a claim needs a value span or a change")
        if (self.value_start is None) != (self.value_end is None):
            raise ValueError("value_start and value_end go together")
        return self


class Entity(Span):
    """A named zone, organisation, place or person."""

    label: EntityLabel


class ErrorInfo(BaseModel):
    """Why a document could not be processed (the batch goes on)."""

    model_config = _FROZEN

    type: str
    message: str


class Document(BaseModel):
    """One input text and everything zonex found in it, in original offsets."""

    model_config = _FROZEN

    id: str | None = None
    source: str | None = None
    text: str = Field(description="the original text, exactly as given")
    normalized: str | None = Field(None, description="the normalised text every stage worked on")
    meta: dict[str, str] = Field(default_factory=dict, description="encoding, title, date, …")
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_match_text(self) -> Document:
        text = self.text
        spans: list[Span] = [*self.quantities, *self.times, *self.entities]
        spans += [c.change for c in self.claims if c.change is not None]
        for span in spans:
            if span.end > len(text) or text[span.start : span.end] != span.text:
                raise ValueError(
                    f"span [{span.start}, {span.end}) {span.text!r} does not match the text "
                    f"({text[span.start:span.end]!r})"
                )
        for claim in self.claims:
            if claim.value_end is not None and claim.value_end > len(text):
                raise ValueError(f"claim value span [{claim.value_start}, {claim.value_end}) is outside the text")
        return self


_Model = TypeVar("_Model", bound=BaseModel)


def unchecked_constructor(cls: type[_Model]) -> Callable[..., _Model]:
    """A constructor of ``cls`` that skips pydantic's validation, for the stages' hot paths.

    Given every field by keyword, it builds the instance directly; otherwise (or for a model
    with post-init hooks, extras or a root) it falls back to ``cls.model_construct``. The caller
    guarantees what validation would check: the stages compute every field, and the tests
    re-validate everything they produce on the seeds. This is what ``model_construct`` does,
    minus its per-field alias and default handling, which cost more than the stages' own work.
    Keywords keep the order they are given in, which is the order of the JSON's keys: give them
    in the model's field order.
    """
    fields = frozenset(cls.__pydantic_fields__)
    if cls.__pydantic_post_init__ or cls.__pydantic_root_model__ or cls.model_config.get("extra") == "allow":
        return cls.model_construct
    new = cls.__new__
    setattr_ = object.__setattr__

    def make(**values):
        if values.keys() != fields:
            return cls.model_construct(**values)
        instance = new(cls)
        setattr_(instance, "__dict__", values)
        setattr_(instance, "__pydantic_fields_set__", set(fields))
        setattr_(instance, "__pydantic_extra__", None)
        setattr_(instance, "__pydantic_private__", None)
        return instance

    make.__name__ = f"unchecked_{cls.__name__}"
    return make
