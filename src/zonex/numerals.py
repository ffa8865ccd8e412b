"""Pure number parsing: Arabic, Chinese, mixed, magnitudes, fractions, percent forms.

:func:`parse_number` turns the surface of one number into an exact ``Decimal``::

    343.2 · 1,234.5 · 7995.04 · 一千八百四十五 · 两万 · 三千零五 · 〇 · 壹贰叁 · 二〇二〇
    1.5万 · 3千万 · 3万4000 · 1千零1 · 2180余 · 十余万 · 4.78万亿 · 负三十二 · 40k · 2e5
    三分之一 · 1/3 · 三又三分之一 · 百分之五 · 61.6% · 三成 · 九折 · 翻两番 · 一打

Percent forms give the plain number (``三成`` → 0.3, ``61.6%`` → 0.616); the quantity
recogniser scales them to the unit it reports. The parser is strict: ``十四五`` (a plan name),
``二三十`` (an approximate "twenty or thirty") and a bare ``万`` are not numbers and raise
``ValueError``; :func:`approximate_pair` reads the approximations (两三 → 2 to 3, 二三十 → 20 to
30, 七八成 → 0.7 to 0.8).

:data:`NUMERAL_PATTERN` is the regular expression of one numeral run as the recognisers scan
for it (Arabic and Chinese digits, magnitudes, 点-decimals, 余/多/几/来 inside); it is built by
:func:`numeral_pattern`, which lets a caller keep a magnitude character out of the run where a
unit begins with it (千瓦, 兆瓦, 百分点). :class:`NumberFinder` finds every number of a text,
with or without a unit; it is what the conformance script scores as a "number model".
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation, localcontext
from importlib import resources
from typing import NamedTuple

import regex

__all__ = [
    "MAX_EXPONENT",
    "MAX_LENGTH",
    "NUMERAL_PATTERN",
    "NumberFinder",
    "NumberSpan",
    "Numeral",
    "approximate_pair",
    "numeral_pattern",
    "parse_number",
    "parse_numeral",
    "tidy",
]

MAX_EXPONENT = 60
"""Numbers of 10^60 and beyond are refused: no amount is that large, and a 500-digit string is an id."""
MAX_LENGTH = 256
"""Longer strings are refused before they are read: no number is written that long."""

# --- character tables ------------------------------------------------------------------------
# Simplified, traditional and financial (大写) forms: parse_number takes raw text as well as
# zonex's normalised text.
DIGITS: Mapping[str, int] = {
    "零": 0, "〇": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_MAGNITUDES: Mapping[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_MAGNITUDES: Mapping[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}
# 廿 卅 卌: one character for twenty, thirty, forty.
TENS: Mapping[str, int] = {"廿": 20, "卅": 30, "卌": 40}
APPROX_MARKS = "余多几来幾"
DECIMAL_POINTS = "点點"
NEGATIVE_SIGNS = ("负", "負", "-", "−", "－")

# 参 is an ordinary word (参加, 参与); as the financial 3 it only ever stands next to another
# financial numeral (参拾参, 贰佰零参). 两 after 点 is never a decimal digit (一点两 = 一, 两).
_RUN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖俩兩貳陸倆"
_DECIMAL_DIGITS = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖陸貳"
_FINANCIAL = "壹贰叁肆伍陆柒捌玖拾佰仟貳陸"
_SMALL_CHARS = "十拾百佰千仟"
_BIG_CHARS = "万萬亿億兆"
_ALL_NUMERAL_CHARS = _RUN_DIGITS + _SMALL_CHARS + _BIG_CHARS + "廿卅卌参參"

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0x2212: ord("-")})


class Numeral(NamedTuple):
    """A parsed number: its value, the approximate mark inside it (余 多 几 来) and its form."""

    value: Decimal
    approx: str | None = None
    """余 / 多 / 几 / 来 when the numeral carries one (2180余, 一千多万, 二十几万)."""
    positional: bool = False
    """Written digit by digit without magnitudes (二〇二〇, 三八): a year, a code or a discount."""
    magnitude: int | None = None
    """The last big magnitude written (万 → 10^4), for ranges such as 3至5万."""


def numeral_pattern(
    blocked: Mapping[str, Iterable[str]] | None = None, *, signed: bool = False, spaced: bool = False
) -> str:
    """The regex of one numeral run (no boundary checks); ``blocked`` keeps a magnitude out of it.

    ``blocked={"千": ["瓦", "克"]}`` stops the run before 千 in 3千瓦, so that the unit 千瓦
    can follow it. With ``signed`` the run may start with 负 or a minus sign; with ``spaced`` an
    Arabic number may follow a magnitude after spaces (7万 5千 4百), which also joins two numbers
    of a list (1000万 2000万): the caller must split what does not parse.
    """
    blocked = blocked or {}

    def mag(chars: str) -> str:
        parts = []
        for ch in chars:
            tails = sorted(set(blocked.get(ch, ())), key=len, reverse=True)
            if tails:
                parts.append(f"{ch}(?!{'|'.join(regex.escape(t) for t in tails)})")
            else:
                parts.append(ch)
        return "(?:" + "|".join(parts) + ")"

    arabic = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)(?:[kK](?![A-Za-z]))?"
    digit = f"[{_RUN_DIGITS}]"
    financial_three = f"(?:(?<=[{_FINANCIAL}零])[参參]|[参參](?=[{_FINANCIAL}万萬亿億]))"
    small = mag(_SMALL_CHARS)
    big = mag(_BIG_CHARS)
    decimal = f"[{DECIMAL_POINTS}][ ]*(?:[{_DECIMAL_DIGITS}]|\\d)+"
    # An approximate mark follows a digit or magnitude; 来 and 几 only a magnitude (十来个, 二十几万).
    tens_and_up = "十百千万拾佰仟萬"
    approx = f"[ ]*[余多]|(?<=[{tens_and_up}零])[ ]*[几幾]|(?<=[{tens_and_up}])[ ]*来"
    after_magnitude = f"(?<=[{_SMALL_CHARS}{_BIG_CHARS}零〇廿卅卌])" + ("[ ]*" if spaced else "")
    start = f"(?:{arabic}|{digit}|{financial_three}|[十拾廿卅卌])"
    sign = "(?:(?:负|負|(?<![\\d%A-Za-z])-)[ ]?)?" if signed else ""
    # Spaces may stand before a magnitude (7 万5 千4 百) and between Chinese characters
    # (一百 五 十 二), never between an Arabic number and a Chinese digit (667.123 五点八).
    after_chinese = f"(?:(?<=[{_ALL_NUMERAL_CHARS}点點])[ ]+)?"
    # Every continuation starts with one of these characters: testing them first ends the run
    # in one step at its last character (the scan's hot path).
    continues = regex.escape(_ALL_NUMERAL_CHARS + DECIMAL_POINTS + "余多几幾来 0123456789.")
    return (
        f"(?>{sign}{start}"
        f"(?:(?=[{continues}])(?:[ ]*(?:{small}|{big})|{after_chinese}(?:{digit}|{financial_three}|[廿卅卌]|{decimal})"
        f"|{after_magnitude}{arabic}|{approx}))*)"
    )


NUMERAL_PATTERN = numeral_pattern()
"""One numeral run with no unit-specific exclusions (see :func:`numeral_pattern`)."""

_ARABIC_RE = regex.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+")
_SCIENTIFIC_RE = regex.compile(r"[+-]?(?:\d++(?:\.\d*+)?|\.\d++)[eE][+-]?\d++")  # possessive: linear time
_MIXED_FRACTION_RE = regex.compile(r"(?P<whole>-?\d+)[ ]+(?P<num>\d+)/(?P<den>\d+)")
_SLASH_FRACTION_RE = regex.compile(r"(?P<num>-?\d+(?:\.\d+)?)/(?P<den>-?\d+(?:\.\d+)?)")
_DOUBLING_RE = regex.compile(r"翻了?(?P<n>.+?)番")
_TOKEN_RE = regex.compile(
    rf"(?P<arabic>{_ARABIC_RE.pattern})"
    rf"|(?P<digit>[{''.join(DIGITS)}])"
    rf"|(?P<small>[{''.join(SMALL_MAGNITUDES)}])"
    rf"|(?P<big>[{''.join(BIG_MAGNITUDES)}]+)"
    rf"|(?P<tens>[{''.join(TENS)}])"
    rf"|(?P<point>[{DECIMAL_POINTS}])"
    rf"|(?P<approx>[{APPROX_MARKS}])"
)


def parse_number(s: str) -> Decimal:
    """The value of one number written in any of the forms of the module docstring.

    >>> parse_number("一千二百万") == 12_000_000
    True
    >>> parse_number("343.2亿")
    Decimal('34320000000')
    >>> parse_number("3万4000"), parse_number("1千零1"), parse_number("三成")
    (Decimal('34000'), Decimal('1001'), Decimal('0.3'))
    >>> parse_number("十四五")
    Traceback (most recent call last):
    ...
    ValueError: not a number: '十四五' (two digits in a row without a magnitude between them)
    """
    return parse_numeral(s).value


def parse_numeral(s: str) -> Numeral:
    """Like :func:`parse_number`, with the approximate mark and the written form kept."""
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a str, not {type(s).__name__}")
    return _parse_cached(s)


@functools.lru_cache(maxsize=8192)
def approximate_pair(s: str) -> tuple[Decimal, Decimal] | None:
    """The two ends of an approximation written as two neighbouring digits, or None.

    Chinese says "two or three" with both digits (两三个, 三四百万, 二三十家, 七八成); 三五
    (three to five) is the one usual pair of digits that are not neighbours. A magnitude after
    the pair applies to both ends; 成 makes tenths.

    >>> approximate_pair("两三"), approximate_pair("二三十"), approximate_pair("七八成")
    ((Decimal('2'), Decimal('3')), (Decimal('20'), Decimal('30')), (Decimal('0.7'), Decimal('0.8')))
    >>> approximate_pair("三四百万")
    (Decimal('3000000'), Decimal('4000000'))
    >>> approximate_pair("三八") is None, approximate_pair("四三") is None  # a date, a code
    (True, True)
    """
    text = "".join(s.split())
    if len(text) < 2 or text[0] not in _PAIR_DIGITS or text[1] not in _PAIR_DIGITS:
        return None
    low, high = DIGITS[text[0]], DIGITS[text[1]]
    if not (high == low + 1 and low >= 1 or (low, high) == (3, 5)):
        return None
    scale = Decimal(1)
    rest = text[2:]
    if rest.endswith("成"):
        scale, rest = Decimal("0.1"), rest[:-1]
    for ch in rest:
        factor = SMALL_MAGNITUDES.get(ch) or BIG_MAGNITUDES.get(ch)
        if factor is None:
            return None
        scale *= factor
    return tidy(low * scale), tidy(high * scale)


# The digits of an approximate pair: plain ones (not the financial forms of cheques and invoices).
_PAIR_DIGITS = "一二两兩三四五六七八九"


@functools.lru_cache(maxsize=8192)
def _parse_cached(s: str) -> Numeral:
    text = s.translate(_FULLWIDTH).strip()
    if not text:
        raise ValueError("not a number: empty string")
    if len(text) > MAX_LENGTH:
        raise ValueError(f"not a number: {len(text)} characters, beyond any amount ({s[:20]!r}…)")
    try:
        with localcontext() as ctx:
            ctx.prec = MAX_EXPONENT + 40
            numeral = _parse_any(text, s)
    except (InvalidOperation, OverflowError, ArithmeticError) as err:
        raise ValueError(f"not a number: {s!r} ({err.__class__.__name__})") from None
    value = numeral.value
    if value and value.adjusted() >= MAX_EXPONENT:
        raise ValueError(f"not a number: {s!r} is 10^{value.adjusted()} or more, beyond any amount")
    return numeral._replace(value=tidy(value))


def tidy(value: Decimal) -> Decimal:
    """Whole numbers as plain integers (34320000000, not 3.432E+10), others without trailing zeros.

    >>> tidy(Decimal("30.0")), tidy(Decimal("3.432E+10")), tidy(Decimal("0.2500"))
    (Decimal('30'), Decimal('34320000000'), Decimal('0.25'))
    """
    with localcontext() as ctx:
        ctx.prec = MAX_EXPONENT + 40
        if value == value.to_integral_value():
            return value.quantize(Decimal(1)) + 0  # + 0 turns -0 into 0
        return value.normalize()


def _fail(s: str, why: str) -> ValueError:
    return ValueError(f"not a number: {s!r} ({why})")


def _parse_any(text: str, original: str) -> Numeral:
    """Dispatch on the outer form: sign, percent, fraction, 成, 折, 番, dozen, scientific."""
    compact = "".join(text.split())
    if not compact:
        raise _fail(original, "no digits")
    # Percent and per-mille signs.
    if compact.endswith(("%", "‰")):
        inner = _parse_any(compact[:-1], original)
        scale = Decimal(100) if compact.endswith("%") else Decimal(1000)
        return inner._replace(value=inner.value / scale)
    # 翻一番 = twice, 翻两番 = four times.
    if m := _DOUBLING_RE.fullmatch(compact):
        times = _parse_plain(m["n"], original).value
        if times != times.to_integral_value() or not 0 < times <= 10:
            raise _fail(original, "翻N番 needs a whole N from 1 to 10")
        return Numeral(Decimal(2) ** int(times))
    # Scientific notation.
    if _SCIENTIFIC_RE.fullmatch(compact):
        value = Decimal(compact)
        if value and value.adjusted() >= MAX_EXPONENT:
            raise _fail(original, f"10^{value.adjusted()} or more, beyond any amount")
        return Numeral(value)
    # A sign in front of anything else.
    for sign in NEGATIVE_SIGNS:
        if compact.startswith(sign) and len(compact) > len(sign):
            inner = _parse_any(compact[len(sign):], original)
            return inner._replace(value=-inner.value)
    if compact.startswith("+") and len(compact) > 1:
        return _parse_any(compact[1:], original)
    # Mixed and plain Arabic fractions: 1 4/3, 3/5.
    if m := _MIXED_FRACTION_RE.fullmatch(text):
        whole, num, den = Decimal(m["whole"]), Decimal(m["num"]), Decimal(m["den"])
        if den == 0:
            raise _fail(original, "division by zero")
        frac = _divide(num, den)
        return Numeral(whole - frac if whole < 0 else whole + frac)
    if m := _SLASH_FRACTION_RE.fullmatch(compact):
        num, den = Decimal(m["num"]), Decimal(m["den"])
        if den == 0:
            raise _fail(original, "division by zero")
        return Numeral(_divide(num, den))
    # Chinese fractions: 三分之一, 百分之五, 一百万又五十万分之二十五, 负3分之负157.
    if "分之" in compact:
        return _parse_fraction(compact, original)
    # 成 (tenths), 折 (a discount, tenths or hundredths), 打 (dozen).
    if compact.endswith("成半") or (len(compact) > 1 and compact[-1] == "成"):
        half = compact.endswith("成半")
        base = compact[:-2] if half else compact[:-1]
        value = (Decimal("0.5") if base == "半" else _parse_plain(base, original).value) / 10
        return Numeral(value + Decimal("0.05") if half else value)
    if "成" in compact[1:-1] and compact.count("成") == 1:  # 七成六 = 76%
        tens, units = compact.split("成")
        return Numeral(_parse_plain(tens, original).value / 10 + _parse_plain(units, original).value / 100)
    if len(compact) > 1 and compact[-1] == "折":
        return Numeral(_discount(compact[:-1], original))
    if len(compact) > 1 and compact[-1] == "打":
        inner = _parse_plain(compact[:-1], original)
        return inner._replace(value=inner.value * 12)
    if compact in ("半", "一半"):
        return Numeral(Decimal("0.5"))
    # SI thousand: 40k.
    if compact[-1] in "kK" and len(compact) > 1:
        inner = _parse_plain(compact[:-1], original)
        return inner._replace(value=inner.value * 1000)
    return _parse_plain(compact, original)


def _divide(num: Decimal, den: Decimal) -> Decimal:
    if den == 0:
        raise ZeroDivisionError("division by zero")
    with localcontext() as ctx:
        ctx.prec = 28  # a repeating fraction needs no more digits than a float has
        return num / den


def _parse_fraction(compact: str, original: str) -> Numeral:
    whole = Decimal(0)
    if "又" in compact:
        head, compact = compact.split("又", 1)
        whole = _parse_any(head, original).value
    den_text, num_text = compact.split("分之", 1)
    if not num_text:
        raise _fail(original, "分之 without a numerator")
    num = _parse_any(num_text, original).value
    if den_text and all(ch in _SMALL_CHARS + _BIG_CHARS for ch in den_text):
        den = Decimal(1)  # 百分之, 千分之, 百万分之: a bare magnitude is the denominator
        for ch in den_text:
            den *= SMALL_MAGNITUDES.get(ch) or BIG_MAGNITUDES[ch]
    elif den_text:
        den = _parse_any(den_text, original).value
    else:
        raise _fail(original, "分之 without a denominator")
    if den == 0:
        raise _fail(original, "division by zero")
    frac = _divide(num, den)
    return Numeral(whole - frac if whole < 0 else whole + frac)


def _discount(body: str, original: str) -> Decimal:
    """九折 = 0.9, 75折 = 0.75, 三八折 = 0.38, 9.9折 = 0.99, 对折 = 0.5."""
    if body in ("对", "對", "半"):
        return Decimal("0.5")
    value = _parse_plain(body, original).value
    if 0 < value < 10:
        return value / 10
    if 10 < value < 100 and value == value.to_integral_value():
        return value / 100
    raise _fail(original, "a discount is between 1折 and 99折")


def _parse_plain(text: str, original: str) -> Numeral:
    """An Arabic, Chinese or mixed number without percent, fraction or sign."""
    if not text:
        raise _fail(original, "no digits")
    if _ARABIC_RE.fullmatch(text):
        return Numeral(Decimal(text.replace(",", "")))
    tokens = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        if m.start() != pos:
            break
        tokens.append((m.lastgroup, m.group()))
        pos = m.end()
    if pos != len(text):
        raise _fail(original, f"unexpected {text[pos]!r}")
    approx = next((tok for kind, tok in tokens if kind == "approx"), None)
    if approx == "幾":
        approx = "几"
    tokens = [t for t in tokens if t[0] != "approx"]
    if not tokens:
        raise _fail(original, "no digits")
    integer, fraction = tokens, []
    for i, (kind, _) in enumerate(tokens):
        if kind == "point":
            integer, fraction = tokens[:i], tokens[i + 1:]
            break
    # 一千一百二十三点五亿, 一点八六亿: spoken decimals put the magnitude after the fraction
    scale, magnitude_after = Decimal(1), None
    while fraction and fraction[-1][0] == "big":
        big = math.prod(BIG_MAGNITUDES[ch] for ch in fraction.pop()[1])  # (万亿 is one token)
        magnitude_after = big if magnitude_after is None else magnitude_after
        scale *= big
    if not integer or (fraction == [] and len(integer) < len(tokens)):
        raise _fail(original, "a decimal point needs digits on both sides")
    frac_value = _decimal_digits(fraction, original) if fraction else Decimal(0)
    if magnitude_after is not None:
        if any(kind == "big" for kind, _ in integer):
            raise _fail(original, "a magnitude on both sides of the decimal point")
        whole = (Decimal("".join(str(DIGITS[tok]) for _, tok in integer))
                 if all(kind == "digit" for kind, _ in integer) and len(integer) > 1
                 else _magnitudes(integer, original)[0])
        return Numeral((whole + frac_value) * scale, approx, magnitude=magnitude_after)
    if all(kind == "digit" for kind, _ in integer) and len(integer) > 1:
        if any(tok in "两兩俩倆" for _, tok in integer):
            raise _fail(original, "两 is never written digit by digit")
        value = Decimal("".join(str(DIGITS[tok]) for _, tok in integer))
        return Numeral(value + frac_value, approx, positional=True)
    value, magnitude = _magnitudes(integer, original)
    return Numeral(value + frac_value, approx, magnitude=magnitude)


def _decimal_digits(tokens: list[tuple[str, str]], original: str) -> Decimal:
    digits = []
    for kind, tok in tokens:
        if kind == "digit" and tok not in "两兩俩倆":
            digits.append(str(DIGITS[tok]))
        elif kind == "arabic" and tok.isdigit():
            digits.append(tok)
        else:
            raise _fail(original, f"{tok!r} after the decimal point")
    return Decimal("0." + "".join(digits))


def _magnitudes(tokens: list[tuple[str, str]], original: str) -> tuple[Decimal, int | None]:
    """Read 一千零五十万三千 style numerals (sections of 十百千 under 万 亿 兆)."""
    total = Decimal(0)  # completed sections above the current one
    section = Decimal(0)  # the section being read, below the next big magnitude
    current: Decimal | None = None  # a digit (or Arabic number) waiting for its magnitude
    current_single = False  # that digit is one character, so 一万三 may abbreviate 一万三千
    current_after = None  # kind of the token before that digit
    last_small: int | None = None
    last_big: int | None = None
    max_big = 0
    previous = None  # kind of the previous token
    zero_before = False
    for kind, tok in tokens:
        if kind in ("digit", "arabic"):
            if current is not None:
                raise _fail(original, "two digits in a row without a magnitude between them")
            if kind == "digit" and DIGITS[tok] == 0:
                zero_before = True
                previous = "zero"
                continue
            current = Decimal(DIGITS[tok]) if kind == "digit" else Decimal(tok.replace(",", ""))
            current_single = kind == "digit" or (tok.isdigit() and len(tok) == 1)
            current_after = previous
        elif kind == "tens":
            if current is not None:
                raise _fail(original, f"a digit before {tok}")
            if last_small is not None and last_small <= 10:
                raise _fail(original, f"{tok} after a smaller magnitude")
            section += TENS[tok]
            last_small = 10
            zero_before = False
        elif kind == "small":
            unit = SMALL_MAGNITUDES[tok]
            if last_small is not None and unit >= last_small:
                raise _fail(original, f"{tok} after a magnitude no larger than it")
            if current is None:
                # 十五, 零十 (= 10), 万十: a lone 十 means one ten; 百 and 千 need a digit.
                if unit != 10 or previous not in (None, "zero", "big"):
                    raise _fail(original, f"{tok} without a digit before it")
                current = Decimal(1)
            section += current * unit
            current = None
            last_small = unit
            zero_before = False
        elif kind == "big":
            unit = 1
            for ch in tok:
                unit *= BIG_MAGNITUDES[ch]
            if current is not None:
                section += current
                current = None
            if section == 0:
                raise _fail(original, f"{tok} without a number before it")
            if last_big is None or unit > last_big:
                if unit < max_big:
                    raise _fail(original, f"{tok} after a larger magnitude")
                total = (total + section) * unit
            elif unit == last_big:
                raise _fail(original, f"{tok} twice in a row (two numbers?)")
            else:
                total += section * unit
            max_big = max(max_big, unit)
            last_big = unit
            section = Decimal(0)
            last_small = None
            zero_before = False
        previous = kind
    if current is not None:
        # A trailing single digit right after a magnitude abbreviates the next lower one:
        # 两千四百五 = 2450, 一万三 = 13000; after 零 or 十 it is a plain unit digit.
        if current_single and not zero_before and current_after == "small" and last_small and last_small >= 100:
            section += current * (last_small // 10)
        elif current_single and not zero_before and current_after == "big" and last_big:
            section += current * (last_big // 10)
        else:
            section += current
    elif previous == "zero" and not section and not total:
        return Decimal(0), None  # 零
    return total + section, last_big


# --- finding numbers in running text ---------------------------------------------------------


class NumberSpan(NamedTuple):
    """A number found in a text: half-open span, surface, value, and whether it is an ordinal (第N)."""

    start: int
    end: int
    text: str
    value: Decimal
    ordinal: bool = False


def load_non_numbers(name: str = "non_numbers.txt") -> frozenset[str]:
    """Words that contain numeral characters but are not numbers (一切, 四川, 入伍), from ``zonex/data``."""
    words = set()
    for line in resources.files("zonex.data").joinpath(name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line)
    return frozenset(words)


class NumberFinder:
    """Every number of a text, with or without a unit: ``NumberFinder()(text) -> list[NumberSpan]``.

    It finds Arabic, Chinese and mixed numerals, signed numbers, fractions (三分之一, 1/2, 1 4/3,
    三又三分之一), dozens (一打), ordinals (第十四) and the number inside percent forms (百分之五 →
    五). A numeral inside a word of the non-number list (一切, 四川, 入伍, 收拾, 十足) is not a
    number; a trailing 多 or 余 is left out of the span (四百多 → 四百). Build once (it reads the
    list), call many times.

    >>> [(n.text, n.value) for n in NumberFinder()("这不是四川这是五台山,一万零十二人")]
    [('五', Decimal('5')), ('一万零十二', Decimal('10012'))]
    """

    def __init__(self, non_numbers: Iterable[str] | None = None):
        words = frozenset(non_numbers) if non_numbers is not None else load_non_numbers()
        self._non_numbers = words
        self._max_word = max((len(w) for w in words), default=1)
        run = numeral_pattern(signed=True, spaced=True)
        gap = "[ ]*"
        self._pattern = regex.compile(
            rf"""
            (?P<ordinal>第{gap})?
            (?<![0-9A-Za-z.{_ALL_NUMERAL_CHARS}])
            (?P<number>
                (?:{run}{gap}又{gap})?{run}{gap}分{gap}之{gap}{run}   # fractions: 三分之一, 3又一千分之23
              | [+-]?(?:\d++(?:\.\d*+)?|\.\d++)[eE][+-]?\d++      # scientific: 2e5, -12e-1
              | -?\d+[ ]+\d+/\d+ | -?\d+(?:\.\d+)?/\d+(?:\.\d+)?  # Arabic fractions: 1 4/3, 3/5
              | 一半 | 半(?=[个個])                                       # a half, half a
              | {run}(?:{gap}打(?![造开破通击算出入工球响牌扮拼压断]))?  # numerals and dozens (打造 is a verb)
            )
            """,
            regex.VERBOSE,
        )

    def __call__(self, text: str) -> list[NumberSpan]:
        found: list[NumberSpan] = []
        for m in self._pattern.finditer(text):
            start, end = m.span("number")
            ordinal = m.group("ordinal") is not None
            for a, b, value in _readable(text, start, end):
                if self._inside_word(text, a, b):
                    continue
                if ordinal and a == start:
                    a = m.start()
                found.append(NumberSpan(a, b, text[a:b], value, ordinal and a == m.start()))
        return found

    def _inside_word(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lies inside a longer word of the non-number list."""
        width = self._max_word
        for a in range(max(0, end - width), start + 1):
            for b in range(max(end, a + 2), min(len(text), a + width) + 1):
                if text[a:b] in self._non_numbers:
                    return True
        return False


_NON_SPACE = regex.compile(r"\S+")


def _readable(text: str, start: int, end: int) -> list[tuple[int, int, Decimal]]:
    """The numbers of a numeral run: the whole run if it parses, else its space-separated parts,
    else the run without the magnitudes it ends with (五十千 → 五十). A trailing 多 or 余 stays out."""
    surface = text[start:end].rstrip(" " + APPROX_MARKS)
    end = start + len(surface)
    if not surface:
        return []
    try:
        return [(start, end, parse_number(surface))]
    except ValueError:
        pass
    if " " in surface.strip():
        parts = []
        for m in _NON_SPACE.finditer(surface):
            parts += _readable(text, start + m.start(), start + m.end())
        return parts
    # 五十千: a magnitude out of order ends the number; 十四五 (a name) is not cut down to 十四.
    cut = end
    while cut - 1 > start and text[cut - 1] in _SMALL_CHARS + _BIG_CHARS:
        cut -= 1
        try:
            return [(start, cut, parse_number(text[start:cut]))]
        except ValueError:
            continue
    return []
