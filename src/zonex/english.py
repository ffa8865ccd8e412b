"""Amounts written in English inside a Chinese page: a bilingual investment page follows each
Chinese paragraph with its English, whose amounts (RMB 127.86 billion, 111.6 square kilometers,
0.4 percentage points) are quantities too. The words are data (``english_units.tsv``); the one
pattern is compiled on first use.

:func:`english_quantities` is pure: normalised text in, quantities (offsets into it) out.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from importlib import resources

from .models import Quantity, unchecked_constructor

__all__ = ["english_quantities", "may_hold_english"]

_new_quantity = unchecked_constructor(Quantity)
# A page holds English amounts only if one of these words is in it: substring tests first (a
# regular expression over a whole Chinese page costs more than the rest of the quantity stage).
_HINT_WORDS = ("illion", "thousand", "ercent", "quare", "sq km", "ectare", "year", "Year", "RMB", "USD", "HKD", "yuan")


@functools.cache
def _lexicon() -> tuple[re.Pattern, dict[str, str], dict[str, Decimal], dict[str, tuple[str, str, Decimal]], dict[str, str]]:
    text = resources.files("zonex.data").joinpath("english_units.tsv").read_text(encoding="utf-8")
    currencies: dict[str, str] = {}
    magnitudes: dict[str, Decimal] = {}
    units: dict[str, tuple[str, str, Decimal]] = {}
    qualifiers: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise ValueError(f"english_units.tsv line {number}: expected word, role, value")
        word, role, value = cols
        key = word.lower()
        if role == "currency":
            currencies[key] = value
        elif role == "magnitude":
            magnitudes[key] = Decimal(value)
        elif role == "unit":
            kind, unit, factor = value.split(":")
            units[key] = (kind, unit, Decimal(factor))
        elif role == "qualifier":
            qualifiers[key] = value
        else:
            raise ValueError(f"english_units.tsv line {number}: unknown role {role!r}")

    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    pattern = re.compile(
        rf"(?i)(?:(?P<q>{alternation(qualifiers)})\s+)?"
        rf"(?:(?P<cur>{alternation(currencies)})\s?)?"
        r"(?<![\w.])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?:\s?[-–—]\s?(?P<hi>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?"
        rf"(?:\s?(?P<mag>{alternation(magnitudes)})\b)?"
        rf"(?:\s?(?P<unit>{alternation(units)})(?![A-Za-z]))?")
    return pattern, currencies, magnitudes, units, qualifiers


def may_hold_english(text: str) -> bool:
    """Whether ``text`` may hold an amount written in English (a cheap test)."""
    return any(word in text for word in _HINT_WORDS)


def english_quantities(text: str) -> list[Quantity]:
    """The amounts written in English in ``text``: a currency or a unit is needed (512
    enterprises is no quantity); the span runs from the currency (or the number) to the unit or
    the magnitude, the qualifier word outside it."""
    if not may_hold_english(text):
        return []
    pattern, currencies, magnitudes, units, qualifiers = _lexicon()
    out: list[Quantity] = []
    for m in pattern.finditer(text):
        cur, unit_word = m.group("cur"), m.group("unit")
        if cur is None and unit_word is None:
            continue
        value = Decimal(m.group("n").replace(",", ""))
        # RMB 420-450 billion: a range, its magnitude and unit written once, after the high end
        high = Decimal(m.group("hi").replace(",", "")) if m.group("hi") else None
        scale = Decimal(1)
        if m.group("mag"):
            scale *= magnitudes[m.group("mag").lower()]
        if unit_word is not None:
            kind, unit, factor = units[unit_word.lower()]
            scale *= factor
            if cur is not None:
                if kind != "money":
                    continue  # RMB 5 years: no amount of either
                unit = currencies[cur.lower()]
        else:
            kind, unit = "money", currencies[cur.lower()]  # type: ignore[union-attr]
        start = m.start("cur") if cur is not None else m.start("n")
        end = m.end("unit") if unit_word is not None else m.end("mag") if m.group("mag") else m.end("n")
        if not _among_latin(text, start, end):
            continue
        qualifier = qualifiers.get(m.group("q").lower(), "exact") if m.group("q") else "exact"
        if high is None:
            out.append(_new_quantity(start=start, end=end, text=text[start:end], value=_plain(value * scale), low=None,
                                     high=None, kind=kind, unit=unit, qualifier=qualifier))
        elif high > value:  # (not 10-3 years: a score or a code, no range of amounts)
            out.append(_new_quantity(start=start, end=end, text=text[start:end], value=None, low=_plain(value * scale),
                                     high=_plain(high * scale), kind=kind, unit=unit, qualifier=qualifier))
    return out


def _among_latin(text: str, start: int, end: int) -> bool:
    """An English amount sits in English words: not 8.3% between two Chinese words (the Chinese
    recogniser's) nor a number glued to a Chinese character."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (("\u4e00" <= before <= "\u9fff") or ("\u4e00" <= after <= "\u9fff"))


def _plain(value: Decimal) -> Decimal:
    """127.86 x 10^9 as 127860000000, not 1.2786E+11."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal
