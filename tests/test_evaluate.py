"""Tests of zonex.evaluate: gold validation, scoring, error listing and the `zonex eval` body.

Case tables are named by where the case comes from: ``conformance`` (the examples and rules of
shared/spec/annotation.md), ``seeds`` (the real gold of fixtures/gold), ``new`` (constructed
here to pin a scoring rule), ``bugs_caught`` (a mistake this suite caught once).
"""

from __future__ import annotations

import copy
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zonex.evaluate import (
    BASES,
    KINDS,
    LABELS,
    STATUSES,
    GoldDocument,
    GoldFormatError,
    load_gold,
    load_predictions,
    match_spans,
    render_errors,
    run,
    score,
    sentence_around,
)
from zonex.evaluate import errors as list_errors
from zonex.models import Document

ROOT = Path(__file__).resolve().parents[1]

# The spec's own example sentence (shared/spec/annotation.md), plus a sentence with entities.
TEXT = "2018年全区实现工业总产值343.2亿元,同比增长11%。\n高新区管委会设在阳江市。"
# A change-only claim, as in the gold notes of seed 002 (年平均增长率 with no level).
CHANGE_TEXT = "“十三五”期间,全市高企存量年平均增长率超50%,居全省第一。"
RANGE_TEXT = "力争研发投入占比达到80%~90%。"


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def quantity(text, surface, kind, unit, value=None, *, nth=0, **extra):
    start, end = at(text, surface, nth)
    return {"start": start, "end": end, "text": surface, "kind": kind, "value": value, "unit": unit,
            "qualifier": "exact", **extra}


def entity(text, surface, label, nth=0):
    start, end = at(text, surface, nth)
    return {"start": start, "end": end, "text": surface, "label": label}


def gold_main() -> dict:
    value = at(TEXT, "343.2亿元")
    change = at(TEXT, "11%")
    return {
        "id": "000", "source": "seeds/x.txt", "text": TEXT,
        "quantities": [quantity(TEXT, "343.2亿元", "money", "CNY", 34320000000),
                       quantity(TEXT, "11%", "percent", "%", 11)],
        "claims": [{"metric": "工业总产值", "subject": "阳江高新区", "subject_text": "全区", "period": "2018",
                    "value_start": value[0], "value_end": value[1], "value": 34320000000, "low": None,
                    "high": None, "unit": "CNY", "qualifier": "exact",
                    "change": {"start": change[0], "end": change[1], "value": 11, "unit": "%",
                               "direction": "up", "basis": "yoy"},
                    "status": "actual"}],
        "entities": [entity(TEXT, "高新区管委会", "ORG"), entity(TEXT, "阳江市", "GPE")],
    }


def gold_change_only() -> dict:
    change = at(CHANGE_TEXT, "50%")
    return {
        "id": "002", "text": CHANGE_TEXT,
        "quantities": [quantity(CHANGE_TEXT, "50%", "percent", "%", 50, qualifier="lower_bound"),
                       quantity(CHANGE_TEXT, "第一", "rank", "rank", 1)],
        "claims": [{"metric": "高企存量", "subject": "江门市", "subject_text": "全市", "period": "2016/2020",
                    "value_start": None, "value_end": None, "value": None, "unit": None, "qualifier": None,
                    "change": {"start": change[0], "end": change[1], "value": 50, "unit": "%",
                               "direction": "up", "basis": "unspecified"},
                    "status": "actual"}],
    }


def gold_range() -> dict:
    return {"id": "r", "text": RANGE_TEXT,
            "quantities": [quantity(RANGE_TEXT, "80%~90%", "percent", "%", None, low=80, high=90)],
            "claims": [], "entities": []}


def as_pred(gold: dict) -> Document:
    return GoldDocument.from_json(gold).to_document()


# Edits of a perfect prediction --------------------------------------------------------------


def amounts(update: dict) -> dict:
    # Amount fields hold Decimals; model_copy does not convert.
    return {k: Decimal(str(v)) if k in ("value", "low", "high") and v is not None else v for k, v in update.items()}


def edit_quantity(i, **update):
    update = amounts(update)

    def apply(doc: Document, text=TEXT) -> Document:
        qs = list(doc.quantities)
        q = qs[i]
        if "start" in update or "end" in update:
            start, end = update.get("start", q.start), update.get("end", q.end)
            update["text"] = doc.text[start:end]
        qs[i] = q.model_copy(update=update)
        return doc.model_copy(update={"quantities": qs})
    return apply


def drop(field, i):
    return lambda doc: doc.model_copy(update={field: [x for k, x in enumerate(getattr(doc, field)) if k != i]})


def edit_claim(i, change=None, **update):
    update = amounts(update)
    change = amounts(change) if change is not None else None

    def apply(doc: Document) -> Document:
        cs = list(doc.claims)
        if change is not None:
            ch = cs[i].change.model_copy(update=change)
            if "start" in change:
                ch = ch.model_copy(update={"text": doc.text[ch.start:ch.end]})
            update["change"] = ch
        cs[i] = cs[i].model_copy(update=update)
        return doc.model_copy(update={"claims": cs})
    return apply


def add_claim(**fields):
    return lambda doc: doc.model_copy(update={"claims": [*doc.claims, _claim(doc, **fields)]})


def _claim(doc, **fields):
    from zonex.models import Claim
    return Claim.model_validate(fields)


def edit_entity(i, **update):
    def apply(doc: Document) -> Document:
        es = list(doc.entities)
        if "start" in update:
            update["text"] = doc.text[update["start"]:update.get("end", es[i].end)]
        es[i] = es[i].model_copy(update=update)
        return doc.model_copy(update={"entities": es})
    return apply


def edited(gold: dict, edits) -> Document:
    """A perfect prediction of ``gold`` with ``edits`` applied, validated again like a real one."""
    pred = as_pred(gold)
    for edit in edits:
        pred = edit(pred)
    return Document.model_validate(pred.model_dump())


def pick(obj, path: str):
    for part in path.split("."):
        obj = obj[part] if isinstance(obj, dict) else (obj[int(part)] if isinstance(obj, list) else getattr(obj, part))
    return obj


V343 = at(TEXT, "343.2亿元")
P11 = at(TEXT, "11%")

SCORE_CASES = [
    pytest.param(gold_main, [], {
        "quantities.span_exact.f1": 1.0, "quantities.span_overlap.f1": 1.0,
        "quantities.value_on_exact.accuracy": 1.0, "claims.matched.f1": 1.0, "claims.fully_right.f1": 1.0,
        "claims.fields.metric.accuracy": 1.0, "entities.micro.f1": 1.0, "entities.per_label.ORG.f1": 1.0,
    }, id="conformance-perfect-prediction"),
    pytest.param(gold_main, [drop("quantities", 1)], {
        "quantities.span_exact.precision": 1.0, "quantities.span_exact.recall": 0.5,
        "quantities.span_exact.fn": 1, "quantities.span_overlap.recall": 0.5, "claims.matched.f1": 1.0,
    }, id="new-one-missed-quantity"),
    pytest.param(gold_main, [edit_quantity(0, start=V343[0] - 1)], {
        "quantities.span_exact.tp": 1, "quantities.span_exact.fp": 1, "quantities.span_exact.fn": 1,
        "quantities.span_exact.f1": 0.5, "quantities.span_overlap.f1": 1.0,
        "quantities.value_on_exact.total": 1, "quantities.value_on_overlap.total": 2,
        "quantities.value_on_overlap.accuracy": 1.0,
    }, id="new-shifted-span-overlaps-but-is-not-exact"),
    pytest.param(gold_main, [edit_quantity(0, value=3432000000)], {
        "quantities.span_exact.f1": 1.0, "quantities.value_on_exact.accuracy": 0.5,
        "quantities.fields.value.accuracy": 0.5, "quantities.fields.kind.accuracy": 1.0,
    }, id="new-wrong-value-magnitude"),
    pytest.param(gold_main, [edit_quantity(0, value=34320000001)], {
        "quantities.value_on_exact.accuracy": 1.0,
    }, id="conformance-relative-error-within-1e-6"),
    pytest.param(gold_main, [edit_quantity(0, value=34320100000)], {
        "quantities.value_on_exact.accuracy": 0.5,
    }, id="conformance-relative-error-above-1e-6"),
    pytest.param(gold_main, [edit_quantity(1, kind="percentage_point", unit="pp")], {
        "quantities.value_on_exact.accuracy": 0.5, "quantities.fields.kind.accuracy": 0.5,
        "quantities.fields.unit.accuracy": 0.5, "quantities.fields.value.accuracy": 1.0,
    }, id="new-wrong-kind-and-unit"),
    pytest.param(gold_main, [edit_quantity(1, qualifier="approx")], {
        "quantities.value_on_exact.accuracy": 1.0, "quantities.fields.qualifier.accuracy": 0.5,
    }, id="new-qualifier-is-reported-apart"),
    pytest.param(gold_range, [], {"quantities.value_on_exact.accuracy": 1.0}, id="conformance-range-right"),
    pytest.param(gold_range, [edit_quantity(0, high=91)], {
        "quantities.value_on_exact.accuracy": 0.0, "quantities.span_exact.f1": 1.0,
    }, id="conformance-range-compares-low-and-high"),
    pytest.param(gold_range, [edit_quantity(0, value=80, low=None, high=None)], {
        "quantities.value_on_exact.accuracy": 0.0,
    }, id="new-value-never-equals-range"),
    pytest.param(gold_main, [edit_claim(0, period="2019")], {
        "claims.matched.f1": 1.0, "claims.fields.period.accuracy": 0.0, "claims.fields.metric.accuracy": 1.0,
        "claims.fields.value_unit.accuracy": 1.0, "claims.fully_right.f1": 0.0,
    }, id="new-claim-matched-by-overlap-with-wrong-period"),
    pytest.param(gold_main, [edit_claim(0, value_start=V343[0] - 1, value_end=V343[1] - 2)], {
        "claims.matched.f1": 1.0, "claims.fully_right.f1": 1.0,
    }, id="new-claim-matched-by-overlapping-value-span"),
    pytest.param(gold_main, [edit_claim(0, metric="全区工业总产值")], {
        "claims.fields.metric.accuracy": 0.0, "claims.fields.metric_lenient.accuracy": 1.0,
        "claims.fully_right.f1": 0.0,
    }, id="conformance-metric-strict-and-lenient"),
    pytest.param(gold_main, [edit_claim(0, metric="增加值")], {
        "claims.fields.metric.accuracy": 0.0, "claims.fields.metric_lenient.accuracy": 0.0,
    }, id="new-metric-unrelated"),
    pytest.param(gold_main, [edit_claim(0, change={"basis": "unspecified"})], {
        "claims.fields.change.accuracy": 1.0, "claims.fields.change_basis.accuracy": 0.0,
        "claims.fully_right.f1": 1.0,
    }, id="new-change-basis-reported-apart"),
    pytest.param(gold_main, [lambda d: d.model_copy(update={"claims": [d.claims[0].model_copy(update={"change": None})]})], {
        "claims.fields.change.accuracy": 0.0, "claims.fields.change_basis.total": 0,
        "claims.fields.value_unit.accuracy": 1.0, "claims.fully_right.f1": 0.0,
    }, id="new-change-missed-basis-not-applicable"),
    pytest.param(gold_main, [edit_claim(0, change={"direction": "down"})], {
        "claims.fields.change.accuracy": 0.0, "claims.fully_right.f1": 0.0,
    }, id="new-change-direction-wrong"),
    pytest.param(gold_main, [edit_claim(0, change=None, subject="阳江市", status="target")], {
        "claims.fields.subject.accuracy": 0.0, "claims.fields.status.accuracy": 0.0,
        "claims.fields.period.accuracy": 1.0,
    }, id="new-subject-and-status-wrong"),
    pytest.param(gold_main, [edit_claim(0, qualifier=None)], {
        "claims.fields.qualifier.accuracy": 1.0,
    }, id="new-missing-qualifier-of-a-level-is-exact"),
    pytest.param(gold_main, [add_claim(metric="工业总产值增速", value_start=P11[0], value_end=P11[1], value=11,
                                       unit="%", qualifier="exact", period="2018")], {
        "claims.matched.precision": 0.5, "claims.matched.recall": 1.0,
    }, id="new-spurious-claim-on-the-growth-rate"),
    pytest.param(gold_main, [add_claim(metric="工业总产值", value_start=V343[0], value_end=V343[1] - 1,
                                       value=34320000000, unit="CNY", period="2018")], {
        "claims.matched.tp": 1, "claims.matched.fp": 1, "claims.matched.fn": 0, "claims.fully_right.tp": 1,
    }, id="bugs_caught-one-gold-claim-cannot-be-matched-twice"),
    pytest.param(gold_change_only, [], {
        "claims.matched.f1": 1.0, "claims.fields.value_unit.accuracy": 1.0, "claims.fields.change.accuracy": 1.0,
        "entities.documents": 0,
    }, id="conformance-change-only-claim-perfect"),
    pytest.param(gold_change_only, [edit_claim(0, change={"start": at(CHANGE_TEXT, "超50%")[0]})], {
        "claims.matched.f1": 1.0, "claims.fully_right.f1": 1.0,
    }, id="new-change-only-claims-matched-by-change-span"),
    pytest.param(gold_change_only, [edit_claim(0, change={"start": at(CHANGE_TEXT, "第一")[0],
                                                          "end": at(CHANGE_TEXT, "第一")[1]})], {
        "claims.matched.tp": 0, "claims.matched.fp": 1, "claims.matched.fn": 1,
    }, id="new-change-only-claims-with-disjoint-change-spans"),
    pytest.param(gold_main, [edit_entity(0, label="ZONE")], {
        "entities.per_label.ORG.recall": 0.0, "entities.per_label.ZONE.precision": 0.0,
        "entities.per_label.GPE.f1": 1.0, "entities.micro.precision": 0.5, "entities.micro.recall": 0.5,
        "entities.micro_overlap.f1": 0.5,
    }, id="new-entities-per-label"),
    pytest.param(gold_main, [edit_entity(0, start=at(TEXT, "管委会")[0])], {
        "entities.micro.tp": 1, "entities.micro.fp": 1, "entities.micro_overlap.f1": 1.0,
        "entities.per_label.ORG.f1": 0.0,
    }, id="new-entity-boundary-strict-vs-lenient"),
    pytest.param(lambda: {k: v for k, v in gold_main().items() if k != "entities"},
                 [lambda d: d.model_copy(update={"entities": as_pred(gold_main()).entities})], {
        "entities.documents": 0, "entities.micro.gold": 0, "entities.micro.pred": 0,
        "per_document.0.entities": None, "quantities.span_exact.f1": 1.0,
    }, id="conformance-gold-without-entities-key-is-not-scored"),
]


@pytest.mark.parametrize(("make_gold", "edits", "expected"), SCORE_CASES)
def test_score(make_gold, edits, expected):
    gold = make_gold()
    pred = edited(gold, edits)
    scores = score([GoldDocument.from_json(gold)], [pred])
    for path, value in expected.items():
        assert pick(scores, path) == pytest.approx(value) if value is not None else pick(scores, path) is None, path


PAIRING_CASES = [
    pytest.param([], {"missing_predictions": 1, "quantities.span_exact.recall": 0.0,
                      "per_document.0.prediction": "missing"}, id="new-missing-prediction-is-empty"),
    pytest.param([{"id": "000", "error": {"type": "UnicodeDecodeError", "message": "bad byte"}}],
                 {"prediction_errors": 1, "claims.matched.recall": 0.0, "per_document.0.prediction": "error"},
                 id="new-error-record-is-empty"),
    pytest.param([as_pred(gold_main()).model_copy(update={"id": "000_e09121eae8e41b1f"})],
                 {"quantities.span_exact.f1": 1.0, "unpaired_predictions": 0}, id="new-paired-by-text"),
    pytest.param([as_pred(gold_main()).model_dump(mode="json")],
                 {"quantities.span_exact.f1": 1.0, "claims.fully_right.f1": 1.0}, id="new-prediction-as-dict"),
    pytest.param([as_pred(gold_main()), as_pred(gold_range())], {"unpaired_predictions": 1, "documents": 1},
                 id="new-prediction-not-in-gold-is-ignored"),
]


@pytest.mark.parametrize(("preds", "expected"), PAIRING_CASES)
def test_pairing(preds, expected):
    scores = score([gold_main()], preds)
    for path, value in expected.items():
        assert pick(scores, path) == value, path


# Bad gold: each message names the file, the line and the field -------------------------------


def line(**update) -> str:
    doc = gold_main()
    for path, value in update.items():
        target = doc
        *parents, last = path.split("__")
        for p in parents:
            target = target[int(p)] if isinstance(target, list) else target[p]
        if value is ...:
            del target[int(last) if isinstance(target, list) else last]
        elif isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return json.dumps(doc, ensure_ascii=False)


GOOD = line()
N = len(TEXT)

BAD_GOLD_CASES = [
    pytest.param([GOOD, '{"id": "x", "text": '], ["gold.jsonl line 2: invalid JSON"], id="invalid-json"),
    pytest.param([line(quantities__0__end=99999)],
                 [f"gold.jsonl line 1: quantities[0].end 99999 is outside the text (length {N})"], id="offset-outside"),
    pytest.param([line(quantities__1__text="12%")],
                 ["line 1: quantities[1].text '12%' does not match text["], id="text-mismatch"),
    pytest.param([line(quantities__0__kind="monies")],
                 ["line 1: quantities[0].kind 'monies' is not one of money, percent"], id="unknown-kind"),
    pytest.param([line(entities__1__label="LOC")],
                 ["line 1: entities[1].label 'LOC' is not one of ZONE, ORG, GPE, PERSON"], id="unknown-label"),
    pytest.param([GOOD.replace('"id": "000"', '"id": "001"'), line(quantities=...)],
                 ["line 2: quantities is missing"], id="missing-quantities"),
    pytest.param([line(claims__0__value_end=V343[1] - 1)],
                 ["line 1: claims[0]: value span", "is not the span of any quantity"], id="claim-value-not-a-quantity"),
    pytest.param([line(claims__0__change__direction="sideways")],
                 ["line 1: claims[0].change.direction 'sideways' is not one of up, down"], id="change-direction"),
    pytest.param([line(claims__0__status=...)], ["line 1: claims[0].status is missing"], id="missing-status"),
    pytest.param([line(claims__0__value_start=None, claims__0__value_end=None, claims__0__change=None)],
                 ["line 1: claims[0]: neither a value span"], id="claim-without-value-or-change"),
    pytest.param([GOOD, GOOD], ["line 2: id '000' is already used on line 1"], id="duplicate-id"),
    pytest.param([line(quantities__0__value=float("nan"))],
                 ["line 1: quantities[0].value nan is not a finite number"], id="nan-value"),
    pytest.param([line(quantities__0__qualifer="approx")],
                 ["line 1: quantities[0]: unknown field 'qualifer'"], id="typo-in-field-name"),
    pytest.param([line(quantities__0__low=1)], ["line 1: quantities[0]: give either value or low and high"],
                 id="value-and-low"),
    pytest.param([line(quantities__0__start=-1)], ["line 1: quantities[0].start -1 is negative"], id="negative"),
    pytest.param([line(entities__0__start="3")], ["line 1: entities[0].start '3' is not an integer"],
                 id="string-offset"),
    pytest.param([line(text=...)], ["line 1: text is missing"], id="missing-text"),
    pytest.param(["[1, 2]"], ["line 1: expected a JSON object, not list"], id="not-an-object"),
    pytest.param([GOOD, line(quantities__0__kind="monies", entities__0__label="LOC")],
                 ["line 2: quantities[0].kind", "line 2: entities[0].label"], id="every-problem-listed"),
]


@pytest.mark.parametrize(("lines", "messages"), BAD_GOLD_CASES)
def test_bad_gold(tmp_path, lines, messages):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as err:
        load_gold(path)
    for message in messages:
        assert message in str(err.value)


def test_good_gold_loads(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(GOOD + "\n\n" + json.dumps(gold_change_only(), ensure_ascii=False) + "\n", encoding="utf-8")
    docs = load_gold(path)
    assert [(d.id, d.line, d.entities is None) for d in docs] == [("000", 1, False), ("002", 3, True)]
    assert docs[0].claims[0].change.text == "11%"


# Error listing -------------------------------------------------------------------------------

SENTENCE = "2018年全区实现工业总产值343.2亿元,同比增长11%。"

ERROR_CASES = [
    pytest.param(gold_main, [], [], id="perfect-has-none"),
    pytest.param(gold_main, [drop("quantities", 1)], [("quantity", "miss", [], SENTENCE, "11%")],
                 id="missed-quantity"),
    pytest.param(gold_main, [edit_quantity(0, start=V343[0] - 1)],
                 [("quantity", "mismatch", ["span"], SENTENCE, "343.2亿元")], id="shifted-quantity"),
    pytest.param(gold_main, [edit_claim(0, period="2019")],
                 [("claim", "mismatch", ["period"], SENTENCE, "343.2亿元")], id="claim-period"),
    pytest.param(gold_main, [add_claim(metric="增速", value_start=P11[0], value_end=P11[1], value=11, unit="%")],
                 [("claim", "false_positive", [], SENTENCE, "11%")], id="spurious-claim"),
    pytest.param(gold_main, [edit_entity(0, label="ZONE")],
                 [("entity", "mismatch", ["label"], "高新区管委会设在阳江市。", "高新区管委会")], id="entity-label"),
    pytest.param(gold_main, [drop("entities", 1)],
                 [("entity", "miss", [], "高新区管委会设在阳江市。", "阳江市")], id="entity-miss"),
    pytest.param(gold_change_only, [edit_claim(0, change={"value": 5})],
                 [("claim", "mismatch", ["change"], CHANGE_TEXT, "50%")], id="change-value"),
]


@pytest.mark.parametrize(("make_gold", "edits", "expected"), ERROR_CASES)
def test_errors(make_gold, edits, expected):
    gold = make_gold()
    pred = edited(gold, edits)
    records = list_errors([gold], [pred])
    got = [(r.kind, r.what, [f.field for f in r.fields], r.sentence, r.text) for r in records]
    assert got == expected
    rendered = render_errors(records)
    for r in records:
        assert f"⟦{r.text}⟧" in rendered


SENTENCE_CASES = [
    pytest.param("甲。乙12亿元丙!丁", "12亿元", "乙12亿元丙!", id="full-stop-and-bang"),
    pytest.param("第一行\n第二行有5家企业\n第三行", "5家", "第二行有5家企业", id="newlines"),
    pytest.param("高企仅27家,2015年为197家;2020年达1845家", "1845家", "2020年达1845家", id="semicolon"),
    pytest.param("  产值12亿元", "12亿元", "产值12亿元", id="leading-space"),
    pytest.param("问?答:产值12亿元", "12亿元", "答:产值12亿元", id="question-mark"),
]


@pytest.mark.parametrize(("text", "surface", "sentence"), SENTENCE_CASES)
def test_sentence_around(text, surface, sentence):
    start, end = sentence_around(text, *at(text, surface))
    assert text[start:end] == sentence


MATCH_CASES = [
    pytest.param([(0, 4)], [(0, 4)], False, [(0, 0)], id="equal"),
    pytest.param([(0, 4)], [(4, 8)], False, [], id="touching-is-not-overlap"),
    pytest.param([(4, 8)], [(0, 4)], False, [], id="touching-from-before"),
    pytest.param([(0, 10)], [(0, 3), (2, 9)], False, [(0, 1)], id="largest-overlap-wins"),
    pytest.param([(0, 4), (3, 8)], [(3, 8)], False, [(1, 0)], id="exact-pair-kept"),
    pytest.param([(0, 4)], [(1, 4)], True, [], id="exact-only"),
]


@pytest.mark.parametrize(("gold", "pred", "exact", "pairs"), MATCH_CASES)
def test_match_spans(gold, pred, exact, pairs):
    assert match_spans(gold, pred, exact=exact) == pairs


# run(): the body of `zonex eval` -------------------------------------------------------------


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


class GoldEcho:
    """A stand-in pipeline that predicts the gold itself, and fails on request."""

    def __init__(self, golds, fail=()):
        self.docs = {g["id"]: as_pred(g) for g in golds}
        self.fail = set(fail)

    def extract(self, text, *, id=None, source=None):
        if id in self.fail:
            raise ValueError("cannot parse")
        return self.docs[id]


def test_run_table_with_predictions_file(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_main(), gold_change_only()])
    pred = write_jsonl(tmp_path / "pred.jsonl", [as_pred(gold_main()).model_dump(mode="json"),
                                                 {"id": "002", "error": {"type": "X", "message": "y"}}])
    out = io.StringIO()
    assert run(gold, pred, out=out) == 0
    table = out.getvalue()
    for words in ("span exact", "(strict)", "(lenient)", "metric contains", "1 with a prediction error",
                  "prediction error", "ENTITIES (exact span + label; 1 of 2 documents annotated)"):
        assert words in table


def test_run_json_and_errors(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_main()])
    pred = write_jsonl(tmp_path / "pred.jsonl", [edited(gold_main(), [drop("quantities", 1)]).model_dump(mode="json")])
    out = io.StringIO()
    assert run(gold, pred, as_json=True, errors=True, out=out) == 0
    payload = json.loads(out.getvalue())
    assert payload["scores"]["quantities"]["span_exact"]["recall"] == 0.5
    assert [(e["kind"], e["what"], e["text"]) for e in payload["errors"]] == [("quantity", "miss", "11%")]
    out = io.StringIO()
    run(gold, pred, errors=True, out=out)
    assert "ERRORS (1)" in out.getvalue() and "同比增长⟦11%⟧。" in out.getvalue()


def test_run_with_pipeline(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_main(), gold_change_only()])
    out = io.StringIO()
    assert run(gold, as_json=True, out=out, pipeline=GoldEcho([gold_main(), gold_change_only()], fail={"002"})) == 0
    scores = json.loads(out.getvalue())["scores"]
    assert scores["prediction_errors"] == 1
    assert scores["per_document"][0]["quantities"]["span_exact"]["f1"] == 1.0


def test_run_with_default_pipeline(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [gold_main()])
    out = io.StringIO()
    assert run(gold, as_json=True, out=out) == 0
    assert json.loads(out.getvalue())["predictions"] == "zonex pipeline"


RUN_BAD_CASES = [
    pytest.param(lambda p: write_jsonl(p / "gold.jsonl", [{"id": "000", "text": TEXT, "claims": []}]), None,
                 "gold.jsonl line 1: quantities is missing", id="bad-gold"),
    pytest.param(lambda p: p / "absent.jsonl", None, "cannot read", id="no-gold-file"),
    pytest.param(lambda p: write_jsonl(p / "gold.jsonl", [gold_main()]),
                 lambda p: write_jsonl(p / "pred.jsonl", [{**as_pred(gold_main()).model_dump(mode="json"),
                                                           "text": TEXT + "!"}]),
                 "different text", id="prediction-of-another-text"),
    pytest.param(lambda p: write_jsonl(p / "gold.jsonl", [gold_main()]),
                 lambda p: write_jsonl(p / "pred.jsonl", [{"id": "000", "text": TEXT, "quantities": [{"start": 0}]}]),
                 "pred.jsonl line 1: quantities[0]", id="malformed-prediction"),
]


@pytest.mark.parametrize(("make_gold", "make_pred", "message"), RUN_BAD_CASES)
def test_run_bad_input(tmp_path, capsys, make_gold, make_pred, message):
    pred = make_pred(tmp_path) if make_pred else None
    assert run(make_gold(tmp_path), pred, out=io.StringIO()) == 2
    assert message in capsys.readouterr().err


def test_predictions_file_round_trip(tmp_path):
    pred = write_jsonl(tmp_path / "pred.jsonl", [as_pred(gold_main()).model_dump(mode="json"),
                                                 {"id": "9", "error": {"type": "T", "message": "m"}}])
    docs = load_predictions(pred)
    assert isinstance(docs[0], Document) and docs[1].id == "9"


# Real gold (seeds) ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_gold(tmp_path_factory):
    if not list((ROOT / "fixtures" / "gold" / "src").glob("*.json")):
        pytest.skip("no gold sources yet")
    out = tmp_path_factory.mktemp("gold") / "seeds.jsonl"
    done = subprocess.run([sys.executable, "fixtures/gold/build.py", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"gold does not build yet: {done.stderr.strip()}")
    return out


def test_seeds_gold_against_itself_is_perfect(seed_gold, tmp_path):
    gold = load_gold(seed_gold)
    assert gold and all(g.quantities for g in gold)
    scores = score(gold, [g.to_document() for g in gold])
    assert_perfect(scores.model_dump(mode="json"))
    assert list_errors(gold, [g.to_document() for g in gold]) == []
    pred = write_jsonl(tmp_path / "pred.jsonl", [g.to_document().model_dump(mode="json") for g in gold])
    out = io.StringIO()
    assert run(seed_gold, pred, as_json=True, out=out) == 0
    assert_perfect(json.loads(out.getvalue())["scores"])


# Properties ----------------------------------------------------------------------------------


def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, f"{path}.{i}")
    else:
        yield path, obj


def assert_perfect(dumped: dict) -> None:
    for path, value in walk(dumped):
        name = path.rsplit(".", 1)[-1]
        if name in ("precision", "recall", "f1"):
            assert value == 1.0, path
        elif name == "accuracy":
            assert value in (None, 1.0), path
        elif name in ("fp", "fn", "missing_predictions", "prediction_errors"):
            assert value == 0, path


ALPHABET = "一二三四五亿万元家个%,。!?;\n高新区年"
numbers = st.one_of(st.integers(-10**12, 10**12), st.floats(-1e9, 1e9, allow_nan=False).map(lambda x: round(x, 4)))


@st.composite
def spans(draw, n):
    start = draw(st.integers(0, n - 1))
    return start, draw(st.integers(start + 1, min(n, start + 6)))


@st.composite
def gold_docs(draw, text=None, ident="d"):
    text = text if text is not None else draw(st.text(ALPHABET, min_size=1, max_size=40))
    n = len(text)
    quantities = []
    for s, e in draw(st.lists(spans(n), max_size=6)):
        q = {"start": s, "end": e, "text": text[s:e], "kind": draw(st.sampled_from(KINDS)),
             "unit": draw(st.sampled_from(["CNY", "%", "家", "pp"])), "qualifier": "exact"}
        if draw(st.booleans()):
            q["value"] = draw(numbers)
        else:
            q["low"], q["high"] = draw(numbers), draw(numbers)
        quantities.append(q)
    claims = []
    for q in draw(st.lists(st.sampled_from(quantities), max_size=4)) if quantities else []:
        claims.append({"metric": draw(st.sampled_from(["产值", "工业总产值", "企业"])), "value_start": q["start"],
                       "value_end": q["end"], "value": q.get("value"), "low": q.get("low"), "high": q.get("high"),
                       "unit": q["unit"], "period": draw(st.sampled_from([None, "2018", "2016/2020"])),
                       "status": draw(st.sampled_from(STATUSES)), "change": None})
    for s, e in draw(st.lists(spans(n), max_size=2)):
        claims.append({"metric": "增速", "status": "actual", "change": {
            "start": s, "end": e, "value": draw(numbers), "unit": "%", "direction": draw(st.sampled_from(["up", "down"])),
            "basis": draw(st.sampled_from(BASES))}})
    doc = {"id": ident, "text": text, "quantities": quantities, "claims": claims}
    if draw(st.booleans()):
        doc["entities"] = [{"start": s, "end": e, "text": text[s:e], "label": draw(st.sampled_from(LABELS))}
                           for s, e in draw(st.lists(spans(n), max_size=5))]
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(gold_docs(), min_size=1, max_size=3))
def test_property_gold_against_itself_is_perfect(docs):
    for i, d in enumerate(docs):
        d["id"] = str(i)
    gold = [GoldDocument.from_json(d) for d in docs]
    preds = [g.to_document() for g in gold]
    assert_perfect(score(gold, preds).model_dump(mode="json"))
    assert list_errors(gold, preds) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_property_scores_are_bounded(data):
    text = data.draw(st.text(ALPHABET, min_size=1, max_size=40))
    gold = GoldDocument.from_json(data.draw(gold_docs(text=text)))
    pred_dict = copy.deepcopy(data.draw(gold_docs(text=text)))
    pred = GoldDocument.from_json(pred_dict).to_document()
    scores = score([gold], [pred])
    for path, value in walk(scores.model_dump(mode="json")):
        name = path.rsplit(".", 1)[-1]
        if name in ("precision", "recall", "f1") or (name == "accuracy" and value is not None):
            assert 0.0 <= value <= 1.0, path
    q = scores.quantities
    assert q.span_exact.gold == len(gold.quantities) and q.span_exact.pred == len(pred.quantities)
    assert q.span_exact.tp <= q.span_overlap.tp
    assert scores.claims.fully_right.tp <= scores.claims.matched.tp
    assert scores.entities.micro.tp <= scores.entities.micro_overlap.tp
    records = list_errors([gold], [pred])
    for r in records:
        assert r.sentence_start <= r.start and r.end <= r.sentence_start + len(r.sentence) or r.kind == "document"
        assert gold.text[r.start:r.end] == r.text
