#!/usr/bin/env python3
"""Score zonex on the peers' own Chinese test cases (Recognizers-Text and Duckling).

Usage (from the repository root)::

    python benchmarks/conformance.py [FOLDER] [--failures out.jsonl] [--out-of-scope]

FOLDER is the conformance folder (default ``../shared/conformance``: ``recognizers_zh.jsonl``,
``duckling_zh.jsonl``, ``score_recognizers.py`` and their README). The data is read in place,
never copied into this repository.

For every model the script prints the number of cases, zonex's pass rate on all of them and on
the cases in scope, next to the peer's own rate. The Recognizers-Text peer (the Python package
``recognizers-text-suite``) is run live with the folder's ``score_recognizers.py`` when it is
installed (``pip install -e '.[bench]'``); Duckling passes its own corpus by construction.

How zonex is scored (docs/conformance.md says why):

- Recognizers cases: the set of (text, value) zonex returns must equal the expected set, text
  compared after NFKC and lower-casing (as ``score_recognizers.py`` does), values numerically
  with a relative tolerance of 1e-9 (the peer writes 1/3 as 0.333333333333333) and converted to
  the peer's unit where the unit carries a prefix (三千比特 = 3 kilobit = 3000 bit).
  ``number`` is zonex's :class:`~zonex.numerals.NumberFinder` (every number of the text);
  ``percent`` is zonex's percent and percentage-point quantities (the peer writes
  2.3个百分点 as 2.3%); ``currency``, ``dimension``, ``age`` and ``temperature`` are zonex
  quantities of the matching kinds and units; ``ordinal`` is NumberFinder's 第N numbers.
- Duckling cases: exactly one entity of the dimension must come out, with the value (in
  Duckling's unit) and the bound (under/above/between ↔ zonex's qualifier or range); since
  zonex keeps qualifier words outside its span, the input may hold qualifier words and
  whitespace besides the span (and, for numerals, a measure word: 零个 is the number 零 and
  the measure word 个).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import zonex
from zonex.numerals import NumberFinder
from zonex.quantities import QuantityRecognizer, load_qualifiers, load_units

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "conformance"
TOLERANCE = Decimal("1e-9")

# --- what is out of scope, and why ------------------------------------------------------------
# Keys: "recognizers/<model>:<input>" for a Recognizers case, "duckling:<input>" for a Duckling line.

_CANTONESE = "spoken colloquial forms, most of them Cantonese (個 for 元 or 1, 蚊, 毫, 仙, 鐘, 米九, 三米九, 個字); zonex reads written Mandarin"
_SUBUNIT = "money sub-units 角/毛/分 (cents): government texts state amounts in 元 and its magnitudes; 分 is also minutes and points"
_KUAI = "块 as 元: in government texts 块 counts plots and plaques (3块地, 两块牌子), so zonex reads it as a measure word"
_COMPOUND = "compound durations and weights (一小时零十五秒, 3斤5两): zonex reports one unit per amount"
_LIANG = "两 as the weight unit liang cannot be told from 两 'two' inside a numeral (三十两 = 32 for zonex)"
_SI = "M and G suffixes: in zonex's texts they are names and codes (3M, 5G), never magnitudes"
_MATH = "exponent notation with ^ is not written in government text"
_MAGNITUDE_FIRST = ("a numeral that starts with its magnitude (千三, 百三, 萬九, 半百, 百二萬): in zonex's texts such "
                    "strings are names and classes (千亿级, 百强, 万人计划, 百千万工程)")
_PAIRS = "pairs (一对 = 2 in Duckling, 三双 = 3 in Recognizers): the peers disagree; zonex keeps 对/双 out of its measure words"
_ODDITY = "corpus oddity with no reading in written Chinese (十份十一, 一半半, 1半, 二份一, 十分一)"
_FRACTION_NO_ZHI = "fraction without 之 (四分一, 三分一): Cantonese; 十分 is 'very' in Mandarin"
_BARE_UNIT = "a unit name without an amount (人民币, 美元, 摄氏度, °C) is not a quantity"
_RANGE_CONVENTION = "annotation.md gives a range one span with low and high (5-20% → 5 to 20), the peer two numbers"
_FRACTION_PERCENT = "annotation.md reads a fraction as a share in percent (三分之一 → 33.3%); the peer's percent model does not"
_AGE_BABY = "age in months, weeks and days (十个月大, 三周大, 90天大) is outside zonex's units"
_CRYPTO = "比特币 is not a currency of zonex's texts; 20个 is a count"
_FULLWIDTH_COMMA = ("normalisation (annotation.md) turns ， into ',', after which $20,300 is one grouped "
                    "number; a full-width comma is never a thousands separator in Chinese, but zonex reads the "
                    "normalised text")
_PUN = "a pun: 位 read as bit (一位是最小的存储单位); every peer platform fails it"
_SPOON = "kitchen measures (茶匙, 汤匙) are outside zonex's units"
_ENGLISH = "English unit words (feet, inches, miles) and ' \" for feet and inches: zonex reads Chinese units"
_BRAND = "brand names with numerals (陽光九九); every peer platform fails it"
_TEN_MONTH = "十 月 / 10 月 / 五 日 are dates (October, the 5th) in written Chinese, not durations"
_NUMBERRANGE = ("number ranges without a unit (20到35之间, 大于等于30): zonex's ranges are quantities with a unit; the "
                "peer's Python package has no number-range recogniser either")
_DECIMAL_DOTS = "malformed input (2222.2222.22222.222, ...9, －－9): repeated points and signs that no text writes"

OUT_OF_SCOPE: dict[str, str] = {}
_PEER_NUMBER = ("peer convention: its number model leaves a lone 一/两 before money or 折 (一美元, 一折) and the 二 of "
                "二％ to its currency and percent models; zonex's number finder reports every number, and its quantity "
                "recogniser reports these as money and percent")
_SPACED_DIGITS = "Arabic digits spaced one by one (7 2 折) or a multiplier after a space (52.5 k): not written in real text"
_SPACED_UNIT = "spaces inside the unit word (个 百 分 点): not written in real text"
_RECOGNIZERS_OUT = {
    "number": {
        "半百": _MAGNITUDE_FIRST, "百三": _MAGNITUDE_FIRST, "千三": _MAGNITUDE_FIRST,
        "2^5": _MATH, "2^-1": _MATH, "1.1^+23": _MATH, "2.5^-1": _MATH, "-1.1^+23": _MATH, "-2.5^-1": _MATH,
        "-1.1^--23": _MATH, "-2.5 M": _SI,
        "2222.2222.22222.222": _DECIMAL_DOTS, "...9": _DECIMAL_DOTS, "－－9": _DECIMAL_DOTS,
        "一美元": _PEER_NUMBER, "两美刀": _PEER_NUMBER, "苹果折扣一美元": _PEER_NUMBER, "苹果折扣一折": _PEER_NUMBER,
        "这台电脑两美刀": _PEER_NUMBER,
        "包括在金融市场中管理的基金管理业务在内的FILP总额也减少了二％，为四十九兆九千五百九十二億元，是有史以来最大的。": _PEER_NUMBER,
        "陽光九九是食物品牌": _BRAND,
    },
    "percent": {
        "7 2 折": _SPACED_DIGITS, "百 分 之  ５２.５ k": _SPACED_DIGITS,
        "五百分之2.2": _FRACTION_PERCENT, "找出酒精量在5-20%之间的产品": _RANGE_CONVENTION,
        "一 百 五 十 个 百 分 点": _SPACED_UNIT, "六   个 百 分点": _SPACED_UNIT, "２．４   个百分 点": _SPACED_UNIT,
        "一 百 五 十 個 百 分 點": _SPACED_UNIT, "六   個 百 分點": _SPACED_UNIT, "２．４   個百分 點": _SPACED_UNIT,
    },
    "currency": {
        "10日元5日本銭": _SUBUNIT, "这台电脑两美元又三美分": _SUBUNIT, "这个手机壳五元三毛": _SUBUNIT,
        "50元6角三分": _SUBUNIT, "这个手机壳花费你五美元和花费我三块": _KUAI,
        "人民币 美元": _BARE_UNIT, "人民币美元": _BARE_UNIT,
        "在下面的价格中选一个，$20，300美圆, ￥300, ok?": _FULLWIDTH_COMMA, "我有20个比特币": _CRYPTO,
    },
    "dimension": {
        "一位是最小的存储单位": _PUN, "两万两": _LIANG, "二两": _LIANG, "三十两": _LIANG, "三千两百两": _LIANG,
        "1234两": _LIANG,
    },
    "age": {
        "这件事发生在宝宝只有十个月大的时候.": _AGE_BABY, "十二月初出生的话已经三周大了": _AGE_BABY,
        "90天大的小孩应该去医院做检查": _AGE_BABY, "70 - 90天大的小孩应该去医院做检查": _AGE_BABY,
        "他已经有十二周大了": _AGE_BABY,
    },
    "temperature": {"你能把华氏温度51度转换为摄氏度吗": _BARE_UNIT, "温度的单位是°C吗": _BARE_UNIT},
}
for _model, _cases in _RECOGNIZERS_OUT.items():
    for _input, _reason in _cases.items():
        OUT_OF_SCOPE[f"recognizers/{_model}:{_input}"] = _reason
for _name in ("百二萬", "千一", "萬九"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _MAGNITUDE_FIRST
for _name in ("一對", "一雙", "五對", "五雙"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _PAIRS
for _name in ("3M", "1.04M", "1.2M", ".0012G", "-1.2M", "-.0012G"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _SI
for _name in ("十份十一", "一半半", "1半", "二份一"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _ODDITY
OUT_OF_SCOPE["duckling:一又十分一"] = _FRACTION_NO_ZHI
for _name in ("五分", "5分", "五仙", "20分", "二十分", "2角", "两毛", "两毫", "25分", "二十五分", "两角五分", "两毛五",
              "最多一块二角", "至少三块四分", "五元六角-五元七毛八分"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _SUBUNIT
for _name in ("7块", "最多一块二", "3.04块以上", "至少三块零四", "五块六到五块七毛八"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _KUAI
for _name in ("七蚊", "五個半", "個半", "一個半", "個九", "港幣三個一毫四", "起碼三蚊零四", "五蚊六毫至五蚊七毫八",
              "米九", "米九左右", "三米九", "米六到三米九", "半個鐘", "十二個鐘", "個半小時", "個半鐘", "一個半鐘",
              "一個鐘零十五秒", "個半月", "3個字", "三個字", "五分半鐘", "五分半", "一分半鐘", "一分半", "分半鐘", "分半"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _CANTONESE
for _name in ("8 foot", "8 feet", "8 foots", "8 feets", "8'", "4 inch", "4 inches", "1 mile", "1 miles", '至少5"'):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _ENGLISH
for _name in ("3斤5两", "9两半", "九兩半", "六斤八两", "六斤8兩", "一個小時三十分鐘", "一小時零三十分鐘", "兩小時十分",
              "一小時零十五秒", "兩年零三個月", "五分三十秒"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _COMPOUND
for _name in ("四分一升", "三分一湯匙", "二分一加侖"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _FRACTION_NO_ZHI
OUT_OF_SCOPE["duckling:一茶匙"] = _SPOON
for _name in ("10 月", "十 月", "五 日", "半日"):
    OUT_OF_SCOPE[f"duckling:{_name}"] = _TEN_MONTH

# Peer units → (zonex unit, how many zonex units one peer unit is).
_PEER_UNITS = {
    # Recognizers dimension, age, temperature
    "Mu": ("mu", 1), "Kilogram": ("kg", 1), "Gram": ("g", 1), "Microgram": ("ug", 1), "Ton": ("t", 1),
    "Jin": ("jin", 1), "Centimeter": ("cm", 1), "Meter": ("m", 1), "Kilometer": ("km", 1),
    "Bit": ("bit", 1), "Kilobit": ("bit", 1000), "Byte": ("B", 1), "Kilobyte": ("B", 1000),
    "Megabyte": ("B", 10**6), "Hertz": ("Hz", 1), "Megahertz": ("Hz", 10**6), "Kilowatt": ("kW", 1),
    "Kilocalorie": ("kcal", 1), "Year": ("age", 1), "C": ("°C", 1), "F": ("°F", 1), "Degree": ("°", 1),
    # Duckling
    "Centimetre": ("cm", 1), "Metre": ("m", 1), "Kilometre": ("km", 1), "Foot": ("ft", 1), "Inch": ("in", 1),
    "Mile": ("mi", 1), "Litre": ("L", 1), "Millilitre": ("mL", 1), "Gallon": ("gal", 1),
    "Celsius": ("°C", 1), "Fahrenheit": ("°F", 1),
}
# Duckling's grams and seconds: every zonex unit of that dimension in grams / seconds.
_GRAMS = {"g": 1, "kg": 1000, "t": 10**6, "mg": Decimal("0.001"), "ug": Decimal("0.000001"), "jin": 500}
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "month": 30 * 86400, "year": 365 * 86400}
_DUCKLING_TIME = {"Second": 1, "Minute": 60, "Hour": 3600, "Day": 86400, "Week": 7 * 86400, "Month": 30 * 86400,
                  "Year": 365 * 86400}
_DIMENSION_UNITS = {"mu", "m2", "km2", "ha", "m", "km", "cm", "mm", "um", "nm", "mi", "ft", "in", "nmi", "t", "kg",
                    "g", "mg", "ug", "jin", "m3", "L", "mL", "gal", "kWh", "MWh", "tce", "kcal", "J", "kJ", "kW",
                    "MW", "GW", "W", "bit", "B", "Hz"}


def _norm_text(t: str) -> str:
    return unicodedata.normalize("NFKC", t).lower()


def _close(a: Decimal | float | None, b: Decimal | float | None) -> bool:
    if a is None or b is None:
        return a is b
    a, b = Decimal(str(a)), Decimal(str(b))
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), Decimal(1))


class Zonex:
    """zonex's recognisers applied to raw input, with spans mapped back to it."""

    def __init__(self):
        self.quantities = QuantityRecognizer()
        self.numbers = NumberFinder()
        self.qualifier_words = {s for s, _ in load_qualifiers()} | {"或", "及"}
        self.measure_words = {u.surface for u in load_units() if u.kind == "count"}

    def quantities_of(self, text: str):
        return _found_in_original(self.quantities, text)

    def numbers_of(self, text: str):
        return _found_in_original(self.numbers, text)

    def leftover_ok(self, text: str, a: int, b: int, *, measure: bool = False) -> bool:
        """Whether the input outside [a, b) is only whitespace, qualifier words (and a measure word)."""
        rest = [zonex.normalize(part).text.strip() for part in (text[:a], text[b:])]
        allowed = self.qualifier_words | (self.measure_words if measure else set())
        return all(not part or part in allowed for part in rest)


# --- Recognizers-Text --------------------------------------------------------------------------

def _expected_value(e: dict, model: str):
    raw = e.get("value_raw")
    if raw is None:
        return None
    if isinstance(raw, str) and raw.endswith("%"):
        return Decimal(raw[:-1])
    value = Decimal(raw)
    unit = e.get("unit")
    if model in ("dimension", "age", "temperature") and unit in _PEER_UNITS:
        return value * _PEER_UNITS[unit][1]
    return value


def zonex_recognizers(z: Zonex, case: dict) -> set[tuple[str, Decimal | None]]:
    model, text = case["model"], case["input"]
    got: set = set()
    if model in ("number", "ordinal"):
        _, numbers = z.numbers_of(text)
        if model == "ordinal":
            return {(_norm_text(t), n.value) for _, _, t, n in numbers if n.ordinal}
        for a, b, t, n in numbers:
            if n.ordinal:  # the peer's number model reports the number of 第零十刃 without 第
                a += t.index(n.text.lstrip("第 ")[:1])
                t = text[a:b]
            got.add((_norm_text(t), n.value))
        return got
    _, quantities = z.quantities_of(text)
    for _, _, t, q in quantities:
        value = q.value if q.value is not None else None
        if model == "percent" and q.kind in ("percent", "percentage_point"):
            got.add((_norm_text(t), value))
        elif model == "currency" and q.kind == "money":
            got.add((_norm_text(t), value))
        elif model == "dimension" and q.unit in _DIMENSION_UNITS:
            got.add((_norm_text(t), value))
        elif model == "age" and q.unit == "age":
            got.add((_norm_text(t), value))
        elif model == "temperature" and q.unit in ("°C", "°F", "°"):
            got.add((_norm_text(t), value))
    return got


def _sets_match(expected: set, got: set) -> bool:
    if len(expected) != len(got):
        return False
    remaining = list(got)
    for text, value in expected:
        hit = next((g for g in remaining if g[0] == text and _close(g[1], value)), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


# --- Duckling ----------------------------------------------------------------------------------

def _duckling_value_ok(q, case: dict) -> bool:
    dim, unit = case["dim"], case["unit"]
    kind = case["kind"]
    if kind == "between":
        if q.low is None:
            return False
        values = (q.low, q.high)
        wanted = (case["from"], case["to"])
    else:
        if q.value is None:
            return False
        values = (q.value,)
        wanted = (case["value"],)
        want_qualifier = {"simple": ("exact", "approx"), "under": ("upper_bound",), "above": ("lower_bound",)}[kind]
        if q.qualifier not in want_qualifier:
            return False
    if dim == "quantity":  # grams
        if q.unit not in _GRAMS:
            return False
        values = tuple(v * _GRAMS[q.unit] for v in values)
    elif dim == "duration":
        if q.unit not in _SECONDS:
            return False
        values = tuple(v * _SECONDS[q.unit] for v in values)
        wanted = tuple(Decimal(str(w)) * _DUCKLING_TIME[unit] for w in wanted)
    elif dim == "money":
        code = {"Dollar": "CNY", "CNY": "CNY", "HKD": "HKD"}.get(unit)
        if q.unit != code:
            return False
    else:
        target, factor = _PEER_UNITS[unit]
        if q.unit != target:
            return False
        wanted = tuple(Decimal(str(w)) * factor for w in wanted)
    return all(_close(v, w) for v, w in zip(values, wanted, strict=True))


def zonex_duckling(z: Zonex, case: dict) -> bool:
    text, dim = case["input"], case["dim"]
    if dim in ("numeral", "ordinal"):
        _, numbers = z.numbers_of(text)
        numbers = [x for x in numbers if x[3].ordinal == (dim == "ordinal")]
        if len(numbers) != 1:
            return False
        a, b, _, n = numbers[0]
        return _close(n.value, case["value"]) and z.leftover_ok(text, a, b, measure=True)
    _, quantities = z.quantities_of(text)
    if len(quantities) != 1:
        return False
    a, b, _, q = quantities[0]
    return z.leftover_ok(text, a, b) and _duckling_value_ok(q, case)


# --- the peer, live ----------------------------------------------------------------------------

def _peer_scorer(folder: Path):
    """The folder's score_recognizers.py and the Recognizers-Text recognisers, or None if not installed."""
    spec = importlib.util.spec_from_file_location("score_recognizers", folder / "score_recognizers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        recognisers = module.recognisers()
    except Exception:  # noqa: BLE001 - the peer is an optional benchmark dependency
        return None
    return module, recognisers


def _peer_passes(peer, case: dict) -> bool | None:
    module, recognisers = peer
    if case["model"] not in recognisers:
        return None
    expected = {(module.norm_text(e["text"]), module.norm_value(e.get("value_raw", e["value"])))
                for e in case["expected"]}
    try:
        got = {(module.norm_text(r.text), module.norm_value((r.resolution or {}).get("value")))
               for r in recognisers[case["model"]](case["input"])}
    except Exception:  # noqa: BLE001 - a crash counts as a failure, as in score_recognizers.py
        return False
    return expected == got


# --- the run -----------------------------------------------------------------------------------

def run(folder: Path, failures_path: Path | None = None, list_scope: bool = False) -> int:
    z = Zonex()
    peer = _peer_scorer(folder)
    stats: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    failures = []
    scope_rows = []

    for line in (folder / "recognizers_zh.jsonl").open(encoding="utf-8"):
        case = json.loads(line)
        model = case["model"]
        if model.startswith("numberrange"):
            stats[f"recognizers/{model}"]["not_scored"] += 1
            continue
        key = f"recognizers/{model}:{case['input']}"
        reason = OUT_OF_SCOPE.get(key)
        expected = {(_norm_text(e["text"]), _expected_value(e, model)) for e in case["expected"]}
        got = zonex_recognizers(z, case)
        ok = _sets_match(expected, got)
        row = stats[f"recognizers/{model}"]
        row["cases"] += 1
        row["pass"] += ok
        if reason is None:
            row["in_scope"] += 1
            row["in_scope_pass"] += ok
        else:
            scope_rows.append((f"{model} ({case['id'].rsplit('#', 1)[1]})", case["input"], reason))
        if peer is not None:
            peer_ok = _peer_passes(peer, case)
            if peer_ok is not None:
                row["peer_cases"] += 1
                row["peer_pass"] += peer_ok
        if not ok:
            failures.append({"id": case["id"], "model": model, "input": case["input"], "in_scope": reason is None,
                             "expected": sorted(map(str, expected)), "got": sorted(map(str, got))})

    for line in (folder / "duckling_zh.jsonl").open(encoding="utf-8"):
        case = json.loads(line)
        key = f"duckling:{case['input']}"
        reason = OUT_OF_SCOPE.get(key)
        if case["test"] == "ambiguous":  # 3千米: either reading must be among the parses
            ok = zonex_duckling(z, case) or zonex_duckling(z, {**case, "unit": "Kilometre", "value": 3.0})
        else:
            ok = zonex_duckling(z, case)
        row = stats[f"duckling/{case['dim']}"]
        row["cases"] += 1
        row["pass"] += ok
        row["peer_cases"] += 1
        row["peer_pass"] += 1  # Duckling's own corpus: it passes by construction
        if reason is None:
            row["in_scope"] += 1
            row["in_scope_pass"] += ok
        else:
            scope_rows.append((f"duckling {case['dim']}", case["input"], reason))
        if not ok:
            _, found = z.quantities_of(case["input"])
            failures.append({"id": key, "dim": case["dim"], "input": case["input"], "in_scope": reason is None,
                             "expected": {k: case.get(k) for k in ("value", "unit", "kind", "from", "to")},
                             "got": [(t, q.kind, str(q.value), str(q.low), str(q.high), q.unit, q.qualifier)
                                     for _, _, t, q in found]})

    def rate(p: int, c: int) -> str:
        return f"{100.0 * p / c:.1f}%" if c else "-"

    print("| model | cases | zonex pass | zonex rate | in scope | zonex pass | zonex rate (in scope) | peer rate |")
    print("|---|---|---|---|---|---|---|---|")
    total = collections.Counter()
    for name in sorted(stats):
        s = stats[name]
        if s["not_scored"]:
            print(f"| {name} | {s['not_scored']} | not scored: {_NUMBERRANGE} | | | | | |")
            continue
        total.update(s)
        peer_rate = rate(s["peer_pass"], s["peer_cases"]) if s["peer_cases"] else "not installed"
        print(f"| {name} | {s['cases']} | {s['pass']} | {rate(s['pass'], s['cases'])} | {s['in_scope']} | "
              f"{s['in_scope_pass']} | {rate(s['in_scope_pass'], s['in_scope'])} | {peer_rate} |")
    for family in ("recognizers", "duckling"):
        sub = collections.Counter()
        for name, s in stats.items():
            if name.startswith(family + "/") and not s["not_scored"]:
                sub.update(s)
        print(f"| **{family} (all models)** | {sub['cases']} | {sub['pass']} | {rate(sub['pass'], sub['cases'])} | "
              f"{sub['in_scope']} | {sub['in_scope_pass']} | **{rate(sub['in_scope_pass'], sub['in_scope'])}** | "
              f"{rate(sub['peer_pass'], sub['peer_cases']) if sub['peer_cases'] else '-'} |")
    print(f"| **all** | {total['cases']} | {total['pass']} | {rate(total['pass'], total['cases'])} | "
          f"{total['in_scope']} | {total['in_scope_pass']} | **{rate(total['in_scope_pass'], total['in_scope'])}** | |")
    core = collections.Counter()
    for name in ("recognizers/number", "recognizers/percent", "recognizers/currency"):
        core.update(stats[name])
    print(f"\nnumber+percent+currency (Recognizers): zonex {rate(core['pass'], core['cases'])} of all cases, "
          f"{rate(core['in_scope_pass'], core['in_scope'])} in scope; peer "
          f"{rate(core['peer_pass'], core['peer_cases']) if core['peer_cases'] else 'not installed'}")
    if failures_path is not None:
        with failures_path.open("w", encoding="utf-8") as f:
            for x in failures:
                f.write(json.dumps(x, ensure_ascii=False, default=str) + "\n")
    if list_scope:
        print("\n| case | input | why out of scope |\n|---|---|---|")
        for key, text, reason in scope_rows:
            print(f"| {key} | {text[:40].replace('|', '/')} | {reason} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="the conformance folder (default: ../shared/conformance)")
    parser.add_argument("--failures", type=Path, help="write every failing case here (JSON lines)")
    parser.add_argument("--out-of-scope", action="store_true", help="list the cases judged out of scope")
    args = parser.parse_args(argv)
    if not (args.folder / "recognizers_zh.jsonl").exists():
        print(f"error: {args.folder} has no recognizers_zh.jsonl (give the conformance folder)", file=sys.stderr)
        return 2
    return run(args.folder, args.failures, args.out_of_scope)


def _found_in_original(finder, text: str):
    """Run ``finder`` on the normalised text; return each hit with its original span and text."""
    norm = zonex.normalize(text)
    out = []
    for hit in finder(norm.text):
        a, b = norm.to_original(hit.start, hit.end)
        out.append((a, b, text[a:b], hit))
    return norm, out


if __name__ == "__main__":
    sys.exit(main())

