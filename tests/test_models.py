"""The typed model: JSON shape, exact amounts, span checks, and the exported JSON Schema."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from zonex.models import Change, Claim, Document, Entity, Quantity
from zonex.schema import document_schema

ROOT = Path(__file__).resolve().parents[1]
TEXT = "2018年全区实现工业总产值343.2亿元,同比增长11%"


def test_quantity_json_matches_the_gold_shape():
    q = Quantity(start=14, end=21, text="343.2亿元", kind="money", value=Decimal("34320000000"), unit="CNY")
    assert q.model_dump(mode="json") == {
        "start": 14, "end": 21, "text": "343.2亿元", "kind": "money", "value": 34320000000,
        "low": None, "high": None, "unit": "CNY", "qualifier": "exact",
    }


def test_exact_amounts_do_not_drift_through_floats():
    q = Quantity(start=0, end=10, text="壹佰壹拾万零肆元陆角", kind="money", value=Decimal("1100004.6"), unit="CNY")
    assert q.value == Decimal("1100004.6")
    assert q.model_dump(mode="json")["value"] == 1100004.6
    assert isinstance(Quantity(start=0, end=2, text="2家", kind="count", value=Decimal("2"), unit="家")
                      .model_dump(mode="json")["value"], int)


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"start": 5, "end": 2, "text": "", "kind": "count", "value": 1, "unit": "家"}, "before start"),
        ({"start": 0, "end": 3, "text": "2家", "kind": "count", "value": 2, "unit": "家"}, "does not fit"),
        ({"start": 0, "end": 2, "text": "2家", "kind": "count", "unit": "家"}, "value or a low/high"),
        ({"start": 0, "end": 2, "text": "2家", "kind": "count", "value": 2, "low": 1, "high": 3, "unit": "家"}, "not both"),
        ({"start": 0, "end": 2, "text": "2家", "kind": "monies", "value": 2, "unit": "家"}, "kind"),
    ],
    ids=["reversed", "length", "no_value", "value_and_range", "unknown_kind"],
)
def test_quantity_rejects_inconsistent_fields(fields, message):
    with pytest.raises(ValidationError, match=message):
        Quantity(**fields)


def test_models_are_frozen():
    e = Entity(start=0, end=2, text="江门", label="GPE")
    with pytest.raises(ValidationError):
        e.start = 1  # type: ignore[misc]


def test_document_checks_every_span_against_the_text():
    good = Quantity(start=14, end=21, text="343.2亿元", kind="money", value=34320000000, unit="CNY")
    Document(text=TEXT, quantities=[good])
    bad = Quantity(start=13, end=20, text="343.2亿元", kind="money", value=34320000000, unit="CNY")
    with pytest.raises(ValidationError, match="does not match"):
        Document(text=TEXT, quantities=[bad])


def test_claim_needs_a_level_or_a_change():
    with pytest.raises(ValidationError, match="value span or a change"):
        Claim(metric="工业总产值")
    change = Change(start=26, end=29, text="11%", value=11, unit="%", direction="up", basis="yoy")
    claim = Claim(metric="工业总产值", change=change)
    assert claim.model_dump(mode="json")["change"]["value"] == 11
    assert TEXT[change.start:change.end] == change.text
    Document(text=TEXT, claims=[claim])


def test_json_schema_in_docs_is_current():
    committed = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
    assert committed == document_schema(), "run: python -m zonex.schema > docs/schema.json"
