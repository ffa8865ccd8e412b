"""Normalisation: t2s, half-width, pinyin glosses, invisible characters, and the offset map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zonex.normalize import Normalizer, OffsetMap, circle_zeros_to_numerals, normalize

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_002 = (SEEDS / "002_6ca6cb6ed127d059.txt").read_text(encoding="utf-8")


def assert_map_sound(original: str, n) -> None:
    """Every normalised span maps to an original span of the right shape."""
    assert n.original == original
    for start in range(len(n.text) + 1):
        a, b = n.to_original(start, start)
        assert 0 <= a == b <= len(original)
    for start in range(len(n.text)):
        a, b = n.to_original(start, start + 1)
        assert 0 <= a < b <= len(original)
    a, b = n.to_original(0, len(n.text))
    assert 0 <= a <= b <= len(original)


CASES = {
    # name: (original, normalised)
    "t2s": ("國家高新區規上工業總產值", "国家高新区规上工业总产值"),
    "fullwidth_digits": ("工業總產值３４３.２億元", "工业总产值343.2亿元"),
    "fullwidth_punct": ("增長１１％，居全省第６。", "增长11%,居全省第6。"),
    "ideographic_space": ("江門\u3000市", "江门 市"),
    "nbsp": ("2\u00a0个", "2 个"),
    "zero_width": ("高新\u200b区\ufeff", "高新区"),
    "pinyin_gloss": ("專(zhuān)題(tí)新聞發(fā)布會(huì)", "专题新闻发布会"),
    "real_parentheses_kept": ("管理暫行辦法(試行)與中微子實驗站(江門)", "管理暂行办法(试行)与中微子实验站(江门)"),
    "english_parentheses_kept": ("支持(IPv6)協議", "支持(IPv6)协议"),
    "fullwidth_gloss": ("發（fā）布", "发布"),
    "crlf_kept": ("第一行\r\n第二行", "第一行\r\n第二行"),
    "jionlp_pitfalls": ("覆蓋無限", "覆盖无限"),
}


@pytest.mark.parametrize("original,expected", CASES.values(), ids=CASES.keys())
def test_normalised_text(original, expected):
    n = normalize(original)
    assert n.text == expected
    assert_map_sound(original, n)


def test_gloss_span_maps_around_the_gloss():
    original = "專(zhuān)題(tí)新聞"
    n = normalize(original)
    assert n.text == "专题新闻"
    assert n.original_text(0, 2) == "專(zhuān)題"  # a span across a gloss keeps it inside
    assert n.original_text(1, 2) == "題"
    assert n.original_text(2, 4) == "新聞"


def test_toneless_gloss_only_in_densely_glossed_text():
    sparse = "他的(de)書"
    assert normalize(sparse).text == "他的(de)书"
    dense = "專(zhuān)題(tí)發(fā)布會(huì)的(de)"
    assert normalize(dense).text == "专题发布会的"


class _Widening:
    """A converter that changes length (as OpenCC's Taiwan phrase tables can)."""

    def __call__(self, text: str) -> str:
        return text.replace("台", "台湾省").replace("網絡", "网")


def test_length_changing_conversion_keeps_the_map_right():
    original = "台積電在網絡上發布１２億元\n第二行：台"
    n = Normalizer(converter=_Widening())(original)
    assert n.text == "台湾省積電在网上發布12億元\n第二行:台湾省"
    assert_map_sound(original, n)
    start = n.text.index("12億元")
    assert n.original_text(start, start + 4) == "１２億元"
    assert n.original_text(0, 3) == "台"  # the three new characters map to the one they came from
    assert n.original_text(1, 2) == "台"
    start = n.text.index("网")
    assert n.original_text(start, start + 1) == "網絡"
    assert n.original_text(len(n.text) - 3, len(n.text)) == "台"


def test_seed_002_is_simplified_without_glosses():
    n = normalize(SEED_002)
    assert not re.search(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", n.text)
    assert "专题新闻发布会" in n.text
    assert "江门市科技局" in n.text
    for traditional in "門開與創書長會發術業":
        assert traditional not in n.text


def test_seed_002_numbers_map_back_to_the_same_digits():
    n = normalize(SEED_002)
    numbers = list(re.finditer(r"\d+(?:\.\d+)?", n.text))
    assert len(numbers) >= 10
    step = max(1, len(numbers) // 10)
    picked = numbers[::step][:10]
    assert len(picked) == 10
    for m in picked:
        a, b = n.to_original(m.start(), m.end())
        assert SEED_002[a:b] == m.group(), (m.group(), SEED_002[a:b])
        # and the same number with its unit: the original span holds the same digits
        end = min(len(n.text), m.end() + 1)
        a, b = n.to_original(m.start(), end)
        assert re.sub(r"\D", "", SEED_002[a:b]).startswith(re.sub(r"\D", "", m.group()))


def test_offset_map_composition():
    outer = OffsetMap([(0, 0, 2, 2), (2, 3, 2, 2)], 4, 5)  # drops source index 2
    inner = OffsetMap([(0, 0, 1, 3), (1, 3, 4, 4)], 5, 7)  # index 0 came from three characters
    both = outer.then(inner)
    assert both.span(0, 1) == (0, 3)
    assert both.span(1, 2) == (3, 4)
    assert both.span(2, 4) == (5, 7)


def test_not_a_string():
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


_pieces = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["專(zhuān)", "題(tí)", "發(fā)", "１２３", "％", "，", "\r\n", "\u3000", "\u200b", "😀",
                     "億元", "(試行)", "(", ")", "\ud800", "\udfff", "\x00", "國家高新區"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_pieces, max_size=12).map("".join))
def test_property_normalisation_never_raises_and_maps_exactly(original):
    n = normalize(original)
    assert_map_sound(original, n)
    for start in range(0, len(n.text) + 1, 3):
        for end in range(start, min(len(n.text), start + 7) + 1, 2):
            a, b = n.to_original(start, end)
            assert original[a:b] == n.original[a:b]
            assert b - a >= 0


@settings(max_examples=60, deadline=None)
@given(st.lists(_pieces, max_size=10).map("".join))
def test_property_length_changing_converter_maps_exactly(original):
    n = Normalizer(converter=_Widening())(original)
    assert_map_sound(original, n)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_pieces, st.sampled_from(["，。：；！？（）", "ＡＢＣａｂｃ", "\u2028\u2029", "｟｠", "\xa0\u2003"])), max_size=12).map("".join))
def test_property_half_width_equals_the_translate_table(original):
    # to_half_width replaces str.translate for speed; it must give exactly the same text.
    from zonex.normalize import _TRANSLATE, to_half_width

    assert to_half_width(original) == original.translate(_TRANSLATE)


def test_a_circle_written_for_zero_reads_as_the_numeral():
    # set 105: Hong Kong's government writes its years 二○二五 (a white circle, U+25CB); inside a
    # run of Chinese numerals it is 〇, one character for one, so offsets stay the same
    assert circle_zeros_to_numerals("截至二○二五年十二月三十一日") == "截至二〇二五年十二月三十一日"
    assert circle_zeros_to_numerals("二◯二六年") == "二〇二六年"
    assert circle_zeros_to_numerals("评分:○○○, 选项○") == "评分:○○○, 选项○"  # masks and bullets stay
    n = normalize("於二○○一年成立")
    assert n.text == "于二〇〇一年成立" and n.original_text(1, 6) == "二○○一年"


@given(st.text(alphabet="二○◯〇一年月 ,", max_size=20))
def test_circle_zeros_keep_the_length(text):
    assert len(circle_zeros_to_numerals(text)) == len(text)
