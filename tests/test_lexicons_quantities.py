"""Integrity of the quantity and time lexicons in zonex/data: every surface loads, parses and
means one thing."""

from __future__ import annotations

import collections
import functools

import pytest

from zonex.numerals import NumberFinder, load_non_numbers
from zonex.periods import TimeRecognizer, load_time_words
from zonex.quantities import KINDS, QuantityRecognizer, load_cues, load_qualifiers, load_units

UNITS = load_units()
QUALIFIERS = load_qualifiers()
CUES = load_cues()


@functools.cache
def recognizer() -> QuantityRecognizer:
    return QuantityRecognizer()


def test_no_surface_maps_to_two_units():
    by_surface = collections.defaultdict(set)
    for u in UNITS:
        by_surface[u.surface].add((u.kind, u.unit, u.factor))
    assert {s: v for s, v in by_surface.items() if len(v) > 1} == {}
    assert len(by_surface) == len(UNITS), "a surface is listed twice"


def test_kinds_and_units_are_canonical():
    for u in UNITS:
        assert u.kind in KINDS
        if u.kind == "money":
            assert len(u.unit) == 3 and u.unit.isupper(), u.surface  # ISO 4217
        if u.kind == "count":
            assert u.unit == u.surface, u.surface  # a count's unit is the measure word as written
        assert u.factor > 0, u.surface


def _sentence(u) -> str:
    if "degree" in u.flags:
        return f"气温{u.surface}5度。"
    if u.position == "prefix":
        return f"共计{u.surface}5。"
    tail = "说明" if "han_after" in u.flags else "。"
    return f"共有5{u.surface}{tail}"


@pytest.mark.parametrize("unit", UNITS, ids=[f"{u.surface}-{u.position}" for u in UNITS])
def test_every_surface_parses(unit):
    quantities = recognizer()(_sentence(unit))
    assert len(quantities) == 1, _sentence(unit)
    q = quantities[0]
    assert (q.kind, q.unit) == (unit.kind, unit.unit)
    if "whole" not in unit.flags:
        assert q.value == 5 * unit.factor


@pytest.mark.parametrize(("surface", "position", "qualifier"), [(s, p, q) for (s, p), q in QUALIFIERS.items()],
                         ids=[f"{s}-{p}" for s, p in QUALIFIERS])
def test_every_qualifier_applies(surface, position, qualifier):
    text = f"企业{surface}30家," if position == "before" else f"企业30家{surface},"
    (q,) = recognizer()(text)
    assert q.text == "30家" and q.qualifier == qualifier


def test_cue_roles_are_known():
    assert set(CUES) == {"rank", "determiner", "time_of_day", "weekday", "term", "index", "ratio", "counter", "furniture_line", "taiwan", "mainland",
                         "counted", "per_unit", "change_sign", "per_time", "pay", "top_n", "amount", "counter_after", "file"}
    assert all(len(set(words)) == len(words) for words in CUES.values())


@pytest.mark.parametrize("noun", CUES["counted"])
def test_every_counted_noun_counts(noun):
    (q,) = recognizer()(f"{noun}量突破100万,")
    assert (q.kind, q.unit, q.value) == ("count", noun, 1000000)


@pytest.mark.parametrize("noun", CUES["amount"])
def test_every_measure_of_money_makes_a_bare_number_of_yi_an_amount(noun):
    # 營業額逾1.2兆, 营业收入突破1200亿: a headline's amount without 元; 万 alone stays no amount
    (q,) = recognizer()(f"{noun}突破1200亿 同比增长,")
    assert (q.kind, q.unit, q.value, q.qualifier) == ("money", "CNY", 120_000_000_000, "lower_bound")
    assert recognizer()(f"{noun}1.2万,") == []


@pytest.mark.parametrize("cue", CUES["counter"])
def test_a_counter_of_views_or_likes_before_a_number_makes_no_quantity(cue):
    assert recognizer()(f"{cue} 36　点赞 58\n") == []


@pytest.mark.parametrize("cue", CUES["rank"])
def test_every_rank_cue_makes_a_rank(cue):
    (q,) = recognizer()(f"{cue}第3,")
    assert (q.kind, q.text, q.value) == ("rank", "第3", 3)


@pytest.mark.parametrize("word", sorted(load_non_numbers()))
def test_every_non_number_word_holds_no_number(word):
    assert NumberFinder()(word) == []


TIME_WORDS = load_time_words()


@pytest.mark.parametrize(("word", "meaning"), sorted(TIME_WORDS.items()))
def test_every_time_word_is_recognised(word, meaning):
    found = [(t.text, t.kind) for t in TimeRecognizer()(f"据悉,{word},", "2022-06-15")]
    if meaning == "none":
        assert found == []
    else:
        assert found == [(word, "relative")]


def test_a_rent_per_area_and_month_from_a_price_up():
    # set 128: 35元/平方米·月起: the month after a middle dot is the rate's, 起 after it a lower bound
    (q,) = recognizer()("研发办公用房租金35元/平方米·月起。")
    assert (q.text, q.value, q.qualifier) == ("35元/平方米·月", 35, "lower_bound")
    (q,) = recognizer()("起重能力2万吨起重设备")
    assert q.qualifier == "exact"
