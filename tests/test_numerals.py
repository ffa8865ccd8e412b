"""zonex.numerals: parse_number and NumberFinder, as tables of cases plus round-trip properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zonex.numerals import MAX_EXPONENT, NumberFinder, approximate_pair, parse_number, parse_numeral

D = Decimal

# (surface, value): numbers as the seeds write them.
SEEDS = [
    ("343.2亿", D("34320000000")),  # 000: 工业总产值343.2亿元
    ("211.4亿", D("21140000000")),  # 000: 合金材料产业年产值211.4亿元
    ("61.6%", D("0.616")),  # 000: 比重的61.6%
    ("7995.04亿", D("799504000000")),  # 003: 完成工业总产值7995.04亿元
    ("10353.62亿", D("1035362000000")),  # 003: 营业总收入10353.62亿元
    ("125.19亿", D("12519000000")),  # 003: 出口总额125.19亿美元
    ("66971", D(66971)),  # 003: 企业数66971家
    ("9800余", D(9800)),  # 003: 代表9800余人
    ("3500多", D(3500)),  # 003: 参会企业3500多家
    ("14.55亿", D("1455000000")),  # 001: 总规模达14.55亿元
    ("8万", D(80000)),  # 001: 8万亩基地
    ("100万", D(1000000)),  # 001: 用户量突破100万
    ("两", D(2)),  # 000: 两年
    ("五", D(5)),  # 002: 五个行动
    ("三", D(3)),  # 003: 三方面
    ("2180", D(2180)),  # 002: 突破2180家
]

# (surface, value): cases of the peers' own test suites (see benchmarks/conformance.py).
CONFORMANCE = [
    ("3万4000", D(34000)),  # Recognizers fails these mixed forms
    ("1千零1", D(1001)),
    ("2千零30万", D(20300000)),
    ("25万6千", D(256000)),
    ("1,100万", D(11000000)),
    ("二十万亿", D(20000000000000)),
    ("350万亿", D(350000000000000)),
    ("负1.1", D("-1.1")),
    ("负三十二", D(-32)),
    ("千分之2.4", D("0.0024")),
    ("万分之三", D("0.0003")),
    ("百万分之五", D("0.000005")),
    ("四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", D(4569831148725382)),
    ("五兆六十二亿四万五千二", D(5006200045200)),
    ("肆佰陸拾", D(460)),
    ("倆千两百贰拾二", D(2222)),
    ("拾亿零六万零五百零六", D(1000060506)),
    ("一百零十万", D(1100000)),
    ("一万零十二", D(10012)),
    ("零十", D(10)),
    ("两千万点五五四四", D("20000000.5544")),
    ("四百亿点零五零", D("40000000000.05")),
    ("两千三点一", D("2300.1")),
    ("零點77", D("0.77")),
    ("二十五分之一百四十四", D("5.76")),
    ("负一又二分之一", D("-1.5")),
    ("负3分之负一百五十七", D("52.33333333333333333333333333")),
    ("1 4/3", D("2.333333333333333333333333333")),
    ("-3/2", D("-1.5")),
    ("一百万又五十万分之二十五", D("1000000.00005")),
    ("十 余 万", D(100000)),
    ("一百 二 十 几亿", D(12000000000)),
    ("7 万5 千4 百", D(75400)),
    ("四十九兆九千五百九十二億", D(49959200000000)),
    ("百分之15k", D(150)),
    ("40k", D(40000)),
    ("-1200K", D(-1200000)),
    ("2e5", D(200000)),
    ("-127.32e13", D("-1.2732E+15")),
    ("2.7890e-1", D("0.2789")),
    ("廿", D(20)),
    ("卅三", D(33)),
    ("一萬零卌", D(10040)),
    ("參萬肆仟伍佰陸拾柒", D(34567)),
    ("一打", D(12)),
    ("五十打", D(600)),
    ("七成六", D("0.76")),
    ("三成半", D("0.35")),
    ("半成", D("0.05")),
    ("九折", D("0.9")),
    ("三八折", D("0.38")),
    ("9.9折", D("0.99")),
    ("一半", D("0.5")),
]

# (surface, value): the forms the issue lists.
NEW = [
    ("一千二百万", D(12000000)),
    ("一千八百四十五", D(1845)),
    ("两万", D(20000)),
    ("三千零五", D(3005)),
    ("十二", D(12)),
    ("〇", D(0)),
    ("零", D(0)),
    ("壹贰叁", D(123)),
    ("二〇二〇", D(2020)),
    ("1,234.5", D("1234.5")),
    ("7995.04", D("7995.04")),
    ("1.5万", D(15000)),
    ("3千万", D(30000000)),
    ("2180余", D(2180)),
    ("三分之一", D("0.3333333333333333333333333333")),
    ("1/3", D("0.3333333333333333333333333333")),
    ("三成", D("0.3")),
    ("翻一番", D(2)),
    ("翻两番", D(4)),
    ("百分之五", D("0.05")),
    ("一亿亿亿亿", D(10) ** 32),
    ("+5", D(5)),
]

# (surface, value): bugs the tests caught, with the form that showed them.
BUGS_CAUGHT = [
    ("两千四百五", D(2450)),  # the trailing 五 was read as 5, not 50
    ("一万三", D(13000)),  # 一万三 abbreviates 一万三千
    ("九十二万四", D(924000)),
    ("三万四千五百零七", D(34507)),  # 零 before the last digit: no abbreviation
    ("五亿零六", D(500000006)),
    ("4.800", D("4.8")),  # trailing zeros are not significant
]


def _ids(cases):
    return [c[0] for c in cases]


@pytest.mark.parametrize(("surface", "value"), SEEDS, ids=_ids(SEEDS))
def test_seeds(surface, value):
    assert parse_number(surface) == value


@pytest.mark.parametrize(("surface", "value"), CONFORMANCE, ids=_ids(CONFORMANCE))
def test_conformance(surface, value):
    assert parse_number(surface) == value


@pytest.mark.parametrize(("surface", "value"), NEW, ids=_ids(NEW))
def test_new(surface, value):
    assert parse_number(surface) == value


@pytest.mark.parametrize(("surface", "value"), BUGS_CAUGHT, ids=_ids(BUGS_CAUGHT))
def test_bugs_caught(surface, value):
    assert parse_number(surface) == value


# Not numbers: the reason must show in the message.
INVALID = [
    ("十四五", "two digits"),  # a plan name
    ("十三五", "two digits"),
    ("二三十", "two digits"),  # "twenty or thirty"
    ("万", "without a number"),
    ("万万", "without a number"),
    ("", "empty"),
    ("   ", "empty"),
    ("abc", "unexpected"),
    ("两两", "digit by digit"),
    ("百十", "without a digit"),
    ("一点两", "after the decimal point"),
    ("十折", "discount"),
    ("1000万 2000万", "twice"),  # two numbers of a list
    ("3分之", "numerator"),
    ("分之一", "denominator"),
    ("五十千", "no larger"),
    ("1e400", "beyond any amount"),
    ("9" * 500, "beyond any amount"),  # a 500-digit string is an id, not an amount
    ("9" * 200, "beyond any amount"),
    ("一" + "亿" * 10, "beyond any amount"),
]


@pytest.mark.parametrize(("surface", "why"), INVALID, ids=[c[0][:12] or "empty" for c in INVALID])
def test_not_a_number(surface, why):
    with pytest.raises(ValueError, match=why):
        parse_number(surface)


def test_type_error():
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("surface", "approx", "positional"),
    [("2180余", "余", False), ("一千多万", "多", False), ("二十几万", "几", False), ("二〇二〇", None, True),
     ("343.2亿", None, False)],
)
def test_numeral_keeps_form(surface, approx, positional):
    numeral = parse_numeral(surface)
    assert (numeral.approx, numeral.positional) == (approx, positional)


@pytest.mark.parametrize("surface", ["一" * 20000, "1" * 20000, "一亿" * 5000, "1,000" * 4000, "1" * 20000 + "e"],
                         ids=["一 x20000", "1 x20000", "一亿 x5000", "1,000 x4000", "1 x20000 e"])
def test_absurd_input_is_refused(surface):
    # A regression to backtracking over long digit runs (2e5 read by a greedy pattern) would hang here.
    with pytest.raises(ValueError, match="beyond any amount"):
        parse_number(surface)


# --- round trips -------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"
_FINANCIAL = "零壹贰叁肆伍陆柒捌玖"


def to_chinese(n: int, digits: str = _DIGITS, tens: str = "十百千") -> str:
    """Render an integer in standard Chinese numerals (一万零五, 十二, 一百一十), independently of zonex."""
    if n == 0:
        return digits[0]
    big = ["", "万", "亿", "万亿"]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out = ""
    need_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            need_zero = bool(out)
            continue
        part = ""
        zero = need_zero or (bool(out) and g < 1000)
        for pos, unit in ((1000, tens[2]), (100, tens[1]), (10, tens[0]), (1, "")):
            d = g // pos % 10
            if d == 0:
                zero = zero or bool(part)
                continue
            if zero and (part or out):
                part += digits[0]
            zero = False
            part += digits[d] + unit
        if not out and part.startswith(digits[1] + tens[0]) and g < 20:
            part = part[1:]  # 十二, not 一十二, at the start
        out += part + big[i]
        need_zero = g % 10 == 0
    return out


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_financial_round_trip(n):
    assert parse_number(to_chinese(n, _FINANCIAL, "拾佰仟")) == n


_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
               "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(_MAGNITUDES)),
)
def test_magnitude_round_trip(x, magnitude):
    x = x.normalize()
    assert parse_number(f"{x:f}{magnitude}") == x * _MAGNITUDES[magnitude]


_CN_DIGITS = "零一二三四五六七八九"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=8), st.sampled_from(["", *sorted(_MAGNITUDES)]), st.booleans())
def test_approximate_pair_scales_both_ends(low, magnitude, liang):
    """两三个 / 三四百万 / 七八十亿: both digits take the magnitude written after the second."""
    first = "两" if liang and low == 2 else _CN_DIGITS[low]
    scale = _MAGNITUDES.get(magnitude, 1)
    assert approximate_pair(first + _CN_DIGITS[low + 1] + magnitude) == (low * scale, (low + 1) * scale)


@pytest.mark.parametrize("surface", ["三八", "四三", "二四", "十四五", "一〇", "九十", "三四亿元", "壹贰"])
def test_approximate_pair_refuses_what_is_no_approximation(surface):
    assert approximate_pair(surface) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_arabic_round_trip(n):
    assert parse_number(f"{n:,}") == n


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿点分之又负余多几.,%0123456789 kK半成折番翻打", max_size=24))
def test_any_string_gives_a_value_or_value_error(s):
    try:
        value = parse_number(s)
    except ValueError:
        return
    assert isinstance(value, Decimal)
    assert value == 0 or value.adjusted() < MAX_EXPONENT


# --- NumberFinder ------------------------------------------------------------------------------

FINDER = [
    # (text, [(surface, value)]): conformance cases of the Recognizers number model
    ("小明有十个手指头", [("十", D(10))]),
    ("一看", []),
    ("我家在四川", []),
    ("小明拾起石子", []),
    ("入伍時分總令人感傷", []),
    ("两两", []),
    ("万", []),
    ("1, 234, 567", [("1", D(1)), ("234", D(234)), ("567", D(567))]),
    ("1502222, 二百五, 还有二分之。", [("1502222", D(1502222)), ("二百五", D(250)), ("二", D(2))]),
    ("四百多", [("四百", D(400))]),
    ("五十千", [("五十", D(50))]),
    ("7万 5千 4百", [("7万 5千 4百", D(75400))]),
    ("1000万 2000万", [("1000万", D(10000000)), ("2000万", D(20000000))]),
    ("第一名第二名", [("第一", D(1)), ("第二", D(2))]),
    ("1 4/3的美梦,1/2的努力", [("1 4/3", D("2.333333333333333333333333333")), ("1/2", D("0.5"))]),
    ("十打苹果", [("十打", D(120))]),
    ("一百分之五十五点五七九", [("一百分之五十五点五七九", D("0.55579"))]),
    ("百分之五十五点五七九", [("五十五点五七九", D("55.579"))]),
    # seeds: plan names are no numbers, amounts are
    ("“十四五”期间,全区实现工业总产值343.2亿元", [("343.2亿", D("34320000000"))]),
]


@pytest.mark.parametrize(("text", "expected"), FINDER, ids=[c[0][:16] for c in FINDER])
def test_number_finder(text, expected):
    found = NumberFinder()(text)
    assert [(n.text, n.value) for n in found] == expected
    assert all(text[n.start:n.end] == n.text for n in found)


def test_spoken_decimals_put_the_magnitude_after_the_fraction():
    # a TV transcript reads 1123.5亿 as 一千一百二十三点五亿, 1.86亿 as 一点八六亿
    assert parse_number("一千一百二十三点五亿") == 112_350_000_000
    assert parse_number("一点八六亿") == 186_000_000
    assert parse_number("三点五万") == 35_000
    assert parse_number("一点五万亿") == 1_500_000_000_000
    with pytest.raises(ValueError):
        parse_number("三万点五亿")  # a magnitude on both sides of the point


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=9999),
    st.text(alphabet="0123456789", min_size=1, max_size=3),
    st.sampled_from(["万", "亿", "万亿"]),
)
def test_spoken_decimal_round_trip(whole, fraction, magnitude):
    spoken = to_chinese(whole) + "点" + "".join(_DIGITS[int(d)] for d in fraction) + magnitude
    expected = D(f"{whole}.{fraction}") * _MAGNITUDES[magnitude]
    assert parse_number(spoken) == expected, spoken
