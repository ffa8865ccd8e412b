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


def test_english_ranges_and_the_words_that_qualify_an_amount():
    # set 132: a range whose magnitude is written once, after its high end; about before a percent the
    # Chinese reader also reads; exceeded before an amount (as 突破 is)
    text = ("中文。In 2027, the Area aims for GDP growth of around 7% and operating revenue of RMB 420-450 billion. "
            "Xinchuang output exceeded RMB 110 billion, about 20% of the total.")
    got = [(q.text, q.value, q.low, q.high, q.qualifier) for q in zonex.extract(text).quantities]
    assert got == [("7%", D("7"), None, None, "approx"),
                   ("RMB 420-450 billion", None, D("420000000000"), D("450000000000"), "exact"),
                   ("RMB 110 billion", D("110000000000"), None, None, "lower_bound"),
                   ("20%", D("20"), None, None, "approx")], got
    # a date's year span is no range of amounts
    assert english_quantities("Plan 2026-2027 RMB") == []


def test_a_file_size_is_no_quantity():
    # set 132: the size of a download link's file is the link's furniture; a storage capacity is not
    assert zonex.extract("发布时间：2027-04-08　　下载PDF (12.6MB)").quantities == []
    assert zonex.extract("下載PDF（全書，8.6MB）").quantities == []
    assert [q.text for q in zonex.extract("数据中心存储容量达到12PB，较上年翻番。").quantities][:1] == ["12PB"]
