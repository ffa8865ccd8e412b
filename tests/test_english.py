"""Amounts written in English inside a Chinese page (zonex.english)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import zonex
from zonex.english import english_quantities

D = Decimal


def test_amounts_in_english_sentences():
    text = ("In 2025, industrial output reached RMB 127.86 billion, up 9.2%, and the zone used USD 236 million of "
            "foreign investment. It has a planned area of 111.6 square kilometers; R&D intensity rose by 0.4 "
            "percentage points. Targets: output above RMB 150 billion by 2027. Projects may enjoy up to 3 years "
            "of free rent. The zone has 512 high-tech enterprises.")
    got = [(q.text, q.value, q.kind, q.unit, q.qualifier) for q in english_quantities(text)]
    assert got == [
        ("RMB 127.86 billion", D("127860000000"), "money", "CNY", "exact"),
        ("9.2%", D("9.2"), "percent", "%", "exact"),
        ("USD 236 million", D("236000000"), "money", "USD", "exact"),
        ("111.6 square kilometers", D("111.6"), "area", "km2", "exact"),
        ("0.4 percentage points", D("0.4"), "percentage_point", "pp", "exact"),
        ("RMB 150 billion", D("150000000000"), "money", "CNY", "lower_bound"),
        ("3 years", D("3"), "duration", "year", "upper_bound"),
    ], got


def test_a_bilingual_page_gives_claims_of_its_chinese_only():
    text = ("2025年，威海高新区规上工业总产值1278.6亿元，同比增长9.2%。\n"
            "In 2025, industrial output of Weihai Hi-Tech Zone reached RMB 127.86 billion, up 9.2%.\n")
    doc = zonex.extract(text)
    assert [q.text for q in doc.quantities] == ["1278.6亿元", "9.2%", "RMB 127.86 billion", "9.2%"]
    assert [(c.metric, c.value) for c in doc.claims] == [("规上工业总产值", D("127860000000"))]


def test_no_english_amount_between_chinese_words():
    assert english_quantities("高新区2025年增长8.3%,营收50 billion元") == []


@given(st.lists(st.sampled_from(["RMB ", "USD ", "", "up to ", "about "]), min_size=1, max_size=1),
       st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from([" billion", " million", "", " square kilometers", " percent", " years"]),
       st.text(alphabet="abc ,.;发展", max_size=8))
def test_english_spans_are_the_text_they_cover(prefix, number, unit, tail):
    text = f"The zone {prefix[0]}{number}{unit}{tail}"
    for q in english_quantities(text):
        assert text[q.start:q.end] == q.text
        assert q.value is not None and q.value >= 0
