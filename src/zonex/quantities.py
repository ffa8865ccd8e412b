"""Quantity recognition: every amount of a (normalised) text, typed and normalised.

``QuantityRecognizer()(text)`` returns :class:`~zonex.models.Quantity` objects for money
(343.2亿元, 125.19亿美元, ￥300), percentages (61.6%, 百分之五, 三成, 三分之一), percentage points
(2.3个百分点), multiples (9倍, 翻两番), counts with a measure word (2180家, 2.2万余人, 两篇),
areas, lengths, masses, volumes, energy and power, durations (两年, 3至5年), ranks (第6, 前75位,
20强) and ranges (80%~90%, 1000万至2000万元), with the qualifier the words around them give
(超 逾 突破 以上 多 余 → lower_bound; 约 近 左右 → approx; 不到 不足 以下 最高 → upper_bound).

How it works: one pattern, compiled once, scans the text for candidates: a numeral run next
to a unit or measure word of the lexicon (``data/units.tsv``, laid out as a trie) or one of a
few prefix forms (百分之…, 第…, ￥…). Only what matched is parsed (:mod:`zonex.numerals`) and
checked against the conventions of ``docs/annotation-guide.md``. The pattern keeps to what the
standard library's ``re`` supports (atomic groups, fixed-width lookbehinds), which runs it
about twice as fast as the ``regex`` module; scanning is the hot path of zonex. What is not a quantity:
years and dates (2018年: a time expression, see :mod:`zonex.periods`), clock times, list
markers (一是, 第二), ordinal names (第三场, 十四次党代会, 二期), plan names (十四五, "2+1"),
product codes (7Cr17Mo, 5G), the indefinite 一 (一个高新区, 一批企业), numbers without a measure
word (三大产业), size classes (千亿级), names in quotes that end in a count (“产业发展十条”), view
counters and page furniture (关键词 lines, link bars, URLs).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources

from .english import english_quantities, may_hold_english
from .furniture import MAX_FURNITURE_LINE, link_bars, link_list_lines
from .models import Quantity, unchecked_constructor
from .numerals import Numeral, approximate_pair, numeral_pattern, parse_number, parse_numeral, tidy
from .periods import is_roc_year, roc_dated
from .tables import INDEX, RANK, Table, find_tables, may_hold_tables

__all__ = [
    "QuantityRecognizer",
    "Unit",
    "load_cues",
    "load_qualifiers",
    "load_units",
]

KINDS = frozenset(
    {"money", "percent", "percentage_point", "count", "multiple", "area", "length", "mass", "energy", "power",
     "duration", "rank", "other"}
)
QUALIFIERS = frozenset({"exact", "approx", "lower_bound", "upper_bound"})
FLAGS = frozenset({"whole", "han_after", "phase", "yuan", "upper_bound", "year", "half", "degree", "digits"})
# Kinds that are not measures: a fraction before them (三分之一) is a share, not an amount.
_NOT_MEASURES = frozenset({"money", "percent", "percentage_point", "count", "multiple", "rank"})

_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟俩兩貳陸倆萬億兆廿卅卌参參"
_CLAUSE_BREAKS = ",。;;、:!?!?\n()()【】[]"
_LISTED_RANK = re.compile(rf"第[0-9{_NUMERAL_CHARS}]+[名位]?$")  # a rank ending the item before
_OPEN_QUOTES = "“\"《「『"
_CLOSE_QUOTES = "”\"》」』"
# 余 多 几 来 inside a numeral (2180余家, 十几个, 十来个): more than the number, or about it.
_INNER_QUALIFIER = {"余": "lower_bound", "多": "lower_bound", "几": "lower_bound", "来": "approx"}
_YEAR_RANGE = (1800, 2100)
# CJK ideographs (the blocks these texts use), for the standard library's engine.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TWO_HAN = re.compile(f"[{_HAN}]{{2}}")


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of the unit lexicon: a surface and what it means."""

    surface: str
    kind: str
    unit: str
    factor: Decimal
    position: str  # "suffix", "prefix" or "both"
    not_before: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()


def _data_lines(name: str) -> Iterable[tuple[int, list[str]]]:
    text = resources.files("zonex.data").joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line.rstrip("\n").split("\t")


def load_units(name: str = "units.tsv") -> list[Unit]:
    """The unit and measure-word lexicon shipped in ``zonex/data`` (see its header for the columns)."""
    units = []
    for number, cols in _data_lines(name):
        if len(cols) != 7:
            raise ValueError(f"{name} line {number}: expected 7 tab-separated columns, got {len(cols)}")
        surface, kind, unit, factor, position, not_before, flags = cols
        if kind not in KINDS:
            raise ValueError(f"{name} line {number}: unknown kind {kind!r}")
        if position not in ("suffix", "prefix", "both"):
            raise ValueError(f"{name} line {number}: position must be suffix, prefix or both, not {position!r}")
        flag_set = frozenset() if flags == "-" else frozenset(flags.split(","))
        if flag_set - FLAGS:
            raise ValueError(f"{name} line {number}: unknown flags {sorted(flag_set - FLAGS)}")
        units.append(Unit(surface, kind, unit, Decimal(factor), position,
                          () if not_before == "-" else tuple(not_before.split("|")), flag_set))
    return units


def load_qualifiers(name: str = "qualifiers.tsv") -> dict[tuple[str, str], str]:
    """Qualifier words: ``{(surface, "before" | "after"): qualifier}``."""
    table: dict[tuple[str, str], str] = {}
    for number, cols in _data_lines(name):
        if len(cols) != 3 or cols[1] not in ("before", "after") or cols[2] not in QUALIFIERS:
            raise ValueError(f"{name} line {number}: expected surface, before|after, qualifier")
        if (cols[0], cols[1]) in table:
            raise ValueError(f"{name} line {number}: {cols[0]!r} ({cols[1]}) given twice")
        table[(cols[0], cols[1])] = cols[2]
    return table


# a landline number with its area code (0833-2161120, 049-2222119), maybe an extension after it
_PHONE = re.compile(r"0\d{1,3}-\d{6,8}(?:(?:分机|转|-)\d{1,5})?(?!\d)")  # (089-381166: six digits in Taitung)
# a postal code opening an address (地址:95060台东县…, 地址：100191北京市…)
_POSTAL_CODE = re.compile(r"地址[:：]\s*(\d{3,6})(?=[\u4e00-\u9fff])")
_DIGIT_OR_POINT = frozenset("0123456789.")


def load_cues(name: str = "quantity_cues.tsv") -> dict[str, tuple[str, ...]]:
    """Context words by role (rank, determiner, time_of_day, weekday, term, counter, counter_after, file, furniture_line, taiwan, mainland, per_unit)."""
    cues: dict[str, list[str]] = {}
    for number, cols in _data_lines(name):
        if len(cols) != 2:
            raise ValueError(f"{name} line {number}: expected cue and surface")
        cues.setdefault(cols[0], []).append(cols[1])
    return {k: tuple(v) for k, v in cues.items()}


@functools.cache
def _default_lexicons() -> tuple[tuple[Unit, ...], Mapping[tuple[str, str], str], Mapping[str, tuple[str, ...]]]:
    return tuple(load_units()), load_qualifiers(), load_cues()


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _alternation(units: Iterable[Unit]) -> str:
    """A regex matching any of the unit surfaces, longest first, each with its own exclusions.

    The surfaces are laid out as a trie (家|个(?:百分点|月|…)|…), so that a failing candidate
    costs one character test per level instead of one test per surface.
    """
    trie: dict = {}
    for unit in units:
        node = trie
        for ch in unit.surface:
            node = node.setdefault(ch, {})
        node[""] = _exclusions(unit)
    return _trie_regex(trie)


def _exclusions(unit: Unit) -> str:
    piece = ""
    if unit.not_before:
        piece += "(?!" + "|".join(re.escape(t) for t in unit.not_before) + ")"
    if _is_latin(unit.surface[-1]):
        # (a code, not a quantity: 索引号:11420200MB1597536X; a prefix, RMB5, has its number after it)
        piece += "(?![A-Za-z0-9])" if unit.position == "suffix" else "(?![A-Za-z])"
    elif unit.surface[-1].isdigit() or unit.surface[-1] in "²³":
        piece += "(?![0-9])"
    if "han_after" in unit.flags:
        piece += f"(?=[{_HAN}])"
    return piece


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append(node[""])  # the surface ends here: its exclusions, tried after longer ones
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _expand(units: Iterable[Unit]) -> list[Unit]:
    """Add the written variants the lexicon implies: 六个加仑, 一个半小时, 三个多月."""
    out = list(units)
    seen = {u.surface for u in out}
    for u in list(out):
        if u.position == "prefix" or "half" not in u.flags:
            continue
        rest = u.surface[1:] if u.surface.startswith("个") else u.surface
        for surface, flag in (("个" + rest, None), ("个半" + rest, "plus_half"), ("个多" + rest, "more")):
            if surface not in seen:
                seen.add(surface)
                flags = u.flags | {flag} if flag else u.flags
                out.append(Unit(surface, u.kind, u.unit, u.factor, "suffix", u.not_before, frozenset(flags)))
    return out


class QuantityRecognizer:
    """Finds quantities in normalised text. Build once (loads the lexicons, compiles one pattern).

    >>> rec = QuantityRecognizer()
    >>> [(q.text, q.kind, q.value, q.unit, q.qualifier) for q in rec("全市高新技术企业突破2180家居全省第6")]
    [('2180家', 'count', Decimal('2180'), '家', 'lower_bound'), ('第6', 'rank', Decimal('6'), 'rank', 'exact')]

    ``yuan`` forces the currency of 元 (``"TWD"``); by default 元 is CNY unless the text writes
    money in 新台币/台币/NT$ or 兆元 and never in 人民币.
    """

    def __init__(
        self,
        units: Iterable[Unit] | None = None,
        qualifiers: Mapping[tuple[str, str], str] | None = None,
        cues: Mapping[str, Iterable[str]] | None = None,
        *,
        yuan: str | None = None,
    ):
        default_units, default_qualifiers, default_cues = _default_lexicons()
        all_units = _expand(default_units if units is None else units)
        self._suffix = {u.surface: u for u in all_units if u.position in ("suffix", "both")}
        # the money of a table's column per something (EPS(元/股)): the amount's unit
        self._per_unit_heads = frozenset(s for s, u in self._suffix.items() if u.kind == "money")
        self._prefix = {u.surface: u for u in all_units if u.position in ("prefix", "both")}
        self._count_word = re.compile(_alternation(u for u in self._suffix.values() if u.kind == "count"))
        qualifiers = default_qualifiers if qualifiers is None else qualifiers
        self._before = {s: q for (s, pos), q in qualifiers.items() if pos == "before"}
        self._after = {s: q for (s, pos), q in qualifiers.items() if pos == "after"}
        self._before_len = max(map(len, self._before), default=0)
        self._after_len = max(map(len, self._after), default=0)
        self._before_last = frozenset(s[-1] for s in self._before)
        self._after_first = frozenset(s[0] for s in self._after)
        cue_table = {k: tuple(v) for k, v in (default_cues if cues is None else cues).items()}
        self._rank_cues = cue_table.get("rank", ())
        # 挺进前五, 跻身全国前十: a verb entering a ranking's top N, then perhaps a scope (the rank cues' 全…)
        scopes = "|".join(re.escape(w) for w in self._rank_cues if w.startswith("全"))
        self._top_n_verb = self._cue_regex(cue_table.get("top_n", ()), f"(?:{scopes})?$" if scopes else "$")
        self._determiners = frozenset(cue_table.get("determiner", ()))
        self._time_of_day = tuple(cue_table.get("time_of_day", ()))
        self._weekday = tuple(cue_table.get("weekday", ()))
        self._term = tuple(cue_table.get("term", ()))
        self._change_sign = self._cue_regex(cue_table.get("change_sign", ()), "$")
        per_time = cue_table.get("per_time", ())
        # (35元/平方米·月起: a rent per area and month, the month after a middle dot)
        self._per_time_re = self._cue_regex([*(f"/{w}" for w in per_time), *(f"·{w}" for w in per_time)],
                                            r"(?:(?![\u4e00-\u9fff])|(?=起))")
        self._taiwan = cue_table.get("taiwan", ())
        self._mainland = cue_table.get("mainland", ())
        self._yuan = yuan
        self._pattern = self._compile()
        index = self._pattern.groupindex
        self._groups = (index["n"], index["u"], index["range"], index["frac"])
        self._counter = self._cue_regex(cue_table.get("counter", ()), r"(?:[::]|是|为)?[ ]*$")
        self._counter_chars = frozenset(w[0] for w in cue_table.get("counter", ()))
        self._counter_after = tuple(cue_table.get("counter_after", ()))
        self._file_words = tuple(cue_table.get("file", ()))
        # 38.7万元/亩, 低于5万元/亩的企业: a per unit after an amount (not /人次: no per unit there)
        per_units = "|".join(map(re.escape, sorted(cue_table.get("per_unit", ()), key=len, reverse=True))) or "(?!)"
        # (not /亩产; but 2.98元/立方米不变, 30元/平方米以上: a word after the unit that is no part of it)
        self._per_unit_re = re.compile(rf"/(?:{per_units})(?![\u4e00-\u9fff])|/(?:{per_units})(?=的|不变|以上|以下|以内|左右|起)")
        # 用户量突破100万: a bare number after "<noun>量/数 (+ verb)" counts that noun.
        nouns = sorted(cue_table.get("counted", ()), key=len, reverse=True)
        self._counted = re.compile(
            "(?P<noun>" + "|".join(map(re.escape, nouns)) + ")(?:数量|总数|总量|规模|量|数)(?:已经|已)?"
            "(?:突破|达到|达|超过|超|逾|近|约|为|是|增至|增加到|增长到|提升至)?[ ]?$"
        ) if nouns else None
        # 營業額逾1.2兆, 营业收入突破1200亿: a number of 亿 or 兆 after a measure of money is an amount
        amounts = sorted(cue_table.get("amount", ()), key=len, reverse=True)
        self._amount = re.compile(
            "(?:" + "|".join(map(re.escape, amounts)) + ")(?:已经|已|将|可望|有望)?"
            "(?:突破|达到|达|超过|超|逾|近|约|为|是|增至|增加到|增长到|提升至)?[ ]?$"
        ) if amounts else None
        # 综合指数为3.86: a bare number after an index's name is the index's value (no unit)
        indices = sorted(cue_table.get("index", ()), key=len, reverse=True)
        self._index = re.compile("(?:" + "|".join(map(re.escape, indices)) + ")(?:为|是|达|:|：)?[ ]?$") if indices else None
        # 年终奖金1.72个月: months of pay, an amount (see quantity_cues.tsv)
        pay = sorted(cue_table.get("pay", ()), key=len, reverse=True)
        self._pay = re.compile("|".join(map(re.escape, pay))) if pay else None
        ratios = sorted(cue_table.get("ratio", ()), key=len, reverse=True)  # 求人倍率为1.36: in times
        self._ratio = re.compile("(?:" + "|".join(map(re.escape, ratios)) + ")(?:为|是|达|:|：)?[ ]?$") if ratios else None
        furniture = cue_table.get("furniture_line", ())
        # Plain patterns run on the standard library's engine, faster than regex's for them.
        # A furniture line is short: a "line" of thousands of characters that starts with 来源 is
        # a page that lost its line breaks, and its article is not furniture.
        self._furniture = (
            re.compile(r"(?m)^[ \t]*(?:" + "|".join(map(re.escape, furniture)) + rf").{{0,{MAX_FURNITURE_LINE}}}$")
            if furniture else None
        )
        self._url = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef，。；、]+")

    @staticmethod
    def _cue_regex(words: Iterable[str], tail: str) -> re.Pattern | None:
        words = sorted(words, key=len, reverse=True)
        return re.compile("(?:" + "|".join(map(re.escape, words)) + ")" + tail) if words else None

    def _compile(self) -> re.Pattern:
        # A magnitude character that begins a unit (千瓦, 兆瓦, 百分点) stops the number before it.
        blocked: dict[str, list[str]] = {}
        for surface in self._suffix:
            if surface[0] in "十百千万亿兆" and len(surface) > 1:
                blocked.setdefault(surface[0], []).append(surface[1:])
        run = numeral_pattern(blocked)
        signed = numeral_pattern(blocked, signed=True)
        # A numeral starts where no digit, letter or numeral character is next to it
        # (7Cr17Mo, IPv6, 十四五 and 1+N give no candidate inside them); an Arabic number may
        # follow a Chinese numeral character (统一3家).
        start = (
            r"(?<![0-9A-Za-z#@&_])(?<![0-9A-Za-z]\+)(?<![0-9][.,:/])"  # (同比+8.3%: a sign after a word)
            rf"(?:(?<=[{_NUMERAL_CHARS}])(?=[0-9.])|(?<![{_NUMERAL_CHARS}]))"
        )
        suffix = _alternation(self._suffix.values())
        measure = _alternation(u for u in self._suffix.values() if u.kind not in _NOT_MEASURES)
        prefix = _alternation(self._prefix.values())
        licensing = sorted({s for s, q in self._before.items() if q != "exact"} | {"上", "过", "破"} | set(_BARE_LEVEL_AFTER),
                           key=len, reverse=True)
        # The standard library's lookbehinds have a fixed width: one per length of word.
        by_length: dict[int, list[str]] = {}
        for word in licensing:
            by_length.setdefault(len(word), []).append(re.escape(word))
        bare_lookbehind = "(?:" + "|".join(f"(?<={'|'.join(ws)})" for _, ws in sorted(by_length.items())) + ")"
        gap = "[ ]{0,4}"
        halfable = _alternation(u for u in self._suffix.values() if "half" in u.flags)
        # Fail fast: a candidate starts with a digit, a numeral character, 第 前 翻 or the first
        # character of a prefix unit (one character-class test at every other position).
        first_chars = set("0123456789.-负第前翻半对" + _NUMERAL_CHARS) | {u[0] for u in self._prefix}
        first = "[" + "".join(re.escape(ch) for ch in sorted(first_chars)) + "]"
        pattern = rf"""
          (?={first})                                                                          # fail fast
          (?: {start}(?P<n>{signed})                                                           # a number, then
              (?: (?P<frac> [ ]*分[ ]*之[ ]* (?P<fn>{run}) (?:{gap}(?P<fu>{measure}))? )        #   三分之一, 四分之一公升
                | {gap}(?P<u>{suffix})?                                                        #   its unit
                  (?: (?P<range> [ ]*(?:~|-|—|–|至|到)[ ]* (?P<r2>{signed}) {gap}(?P<ru2>{suffix}) )  # 80%~90%, 3至5年
                    | (?(u)|(?P<alone>(?=[,。;;、!?!?)) \n]|$))) )                              #   用户量突破100万
                  (?P<h>半|多|(?<=成)[ ]?[一二三四五六七八九1-9](?![0-9]))? )
            | (?P<rank> 第[ ]* {start}(?P<rank_n>{run}) (?P<rank_w>名|位)?                       # 第6, 第一名
                  | 前[ ]* {start}(?P<top_n>{run}) (?P<top_w>名|位|强|(?=[。,;;、)\n]|$)) )        # 前75位, 挺进前五。
            | (?P<word> (?<=打)对折 | 半[成折] | 百分之百 )                                         # 打对折, 百分之百
            | (?P<pct> (?<![{_NUMERAL_CHARS}]) [百千万佰仟萬]{{1,3}}[ ]*分[ ]*之[ ]* (?P<pct_n>{run}) )  # 百分之五
            | (?P<half> (?<![上下前后多大一两三四五六七八九十]) 半 (?P<half_u>{halfable}) )              # 半年, 半公升
            | (?P<pre> (?P<pre_u>{prefix}) [ ]* (?P<pre_n>{signed})                             # ￥300, 人民币50元
                  (?:{gap}(?P<pre_s>{suffix}))? )                                               # 摄氏37度
            | (?P<fan> 翻了?(?:一|两|二|三|四|五|[1-5])番 )                                       # 翻两番
            | (?P<bare> (?=[十百千万亿])                                                         # 超亿元, 上千家,
                  (?: {bare_lookbehind} | (?<![0-9.{_NUMERAL_CHARS}]) (?=[十百千万亿]{{1,3}}(?:{suffix})以上) )  # 亿元以上项目
                  (?P<bare_n>[十百千万亿]{{1,3}}) (?P<bare_u>{suffix}) )
          )
        """
        # The pattern uses only what the standard library's engine supports (atomic groups since
        # Python 3.11, fixed-width lookbehinds); it runs it about twice as fast as ``regex``.
        return re.compile(pattern, re.VERBOSE)

    # --- the scan ------------------------------------------------------------------------------

    def __call__(self, text: str, tables: list[Table] | None = None) -> list[Quantity]:
        """The quantities of normalised ``text``; ``tables`` are its column tables when the caller
        has found them already (:attr:`zonex.pipeline.Analysis.tables`), else they are found here."""
        if not isinstance(text, str):
            raise TypeError(f"QuantityRecognizer takes a str, not {type(text).__name__}")
        if not text:
            return []
        return self._scan(text, tables, self._yuan or self._yuan_currency(text))

    def _is_money_unit(self, unit: str, yuan: str) -> bool:
        """Whether ``unit`` alone is an amount of money (万元, 亿元, 美元)."""
        parsed = self._alone("1" + unit, yuan)
        return len(parsed) == 1 and parsed[0].kind == "money" and parsed[0].end == len(unit) + 1

    def _alone(self, written: str, yuan: str) -> list[Quantity]:
        """The quantities of a table cell's number written with its unit (42.8 under 交易總額(億元)
        as 42.8亿元), in the page's currency of 元 (TWD on a Taiwan page)."""
        return self._scan(written, [], yuan)

    def _scan(self, text: str, tables: list[Table] | None, yuan: str) -> list[Quantity]:
        skip = self._skip_spans(text)
        found: list[Quantity] = []
        n_group, u_group, range_group, frac_group = self._groups
        for m in self._pattern.finditer(text):
            if m.group(n_group) is not None:
                if m.group(u_group) is not None and m.group(range_group) is None:
                    q = self._main(m, text, yuan)
                    if q is None and text[m.end("n") : m.end("n") + 1].isspace():
                        q = self._counted_noun(m, text, yuan)  # (營業額逾1.2兆 年增: no unit, the next word's 年)
                elif m.group(range_group) is not None:
                    q = self._range(m, text, yuan)
                elif m.group(frac_group) is not None:
                    q = self._fraction(m, text, yuan)
                else:
                    q = self._counted_noun(m, text, yuan)
            elif m.group("rank") is not None:
                q = self._rank(m, text)
            elif m.group("pct") is not None:
                q = self._percent_prefix(m, text)
            elif m.group("half") is not None:
                q = self._half(m, text, yuan)
            elif m.group("word") is not None:
                start, end = m.span("word")
                q = self._make(text, start, end, _PERCENT, yuan, value=_PERCENT_WORDS[m.group("word")])
            elif m.group("pre") is not None:
                q = self._prefixed(m, text, yuan)
            elif m.group("bare") is not None:
                q = self._bare(m, text, yuan)
            else:
                q = self._doubling(m, text)
            if q is None:
                continue
            if type(q) is list:
                found += [one for one in q if not (skip and _inside(skip, one.start))]
            elif not (skip and _inside(skip, q.start)):
                found.append(q)
        if ":" in text and (")" in text or "）" in text):
            found += self._table_values(text, found, skip, yuan)
        if tables is None and may_hold_tables(text):
            tables = find_tables(text)
        if tables:
            cells = self._column_values(text, found, tables, yuan)
            if cells:
                # -4.8% under 同比: the cell's quantity leaves its sign out, for the claim to read
                signed = {q.start - 1 for q in cells}
                found = [q for q in found if q.start not in signed or text[q.start] not in "-−+"]
            found += cells
        if "正负" in text:  # 抽样误差为正负2.82个百分点: plus or minus, a margin, not a negative number
            found = [_new_quantity(start=q.start + 1, end=q.end, text=q.text[1:], value=-q.value if q.value is not None else None,
                                   low=q.low, high=q.high, kind=q.kind, unit=q.unit, qualifier=q.qualifier)
                     if q.text[:1] == "负" and text[q.start - 1 : q.start] == "正" and q.value is not None and q.value < 0 else q
                     for q in found]
        if self._pay is not None and "个月" in text and self._pay.search(text) is not None:
            found = [self._months_of_pay(q, text) if q.unit == "month" and q.kind == "duration" else q for q in found]
        if "/" in text:
            found = [self._per_time(self._per_unit(q, text) if q.kind == "money" else q, text) for q in found]
        if may_hold_english(text):
            english = english_quantities(text)  # (RMB 127.86 billion outlasts the RMB 127.86 read above)
            # (about 20%: the Chinese reading of 20% knows no English qualifier; the English one's wins)
            qualified = {(q.start, q.end): q for q in english if q.qualifier != "exact"}
            if qualified:
                found = [qualified.pop((q.start, q.end), q) for q in found]
                english = [q for q in english if q.qualifier == "exact" or (q.start, q.end) in qualified]
            found += english
        if ("-" in text or "−" in text) and self._change_sign is not None:
            found = [self._unsigned(q, text) if q.text[:1] in "-−" else q for q in found]
        return _longest_first(found)

    def _months_of_pay(self, q: Quantity, text: str) -> Quantity:
        """年终奖金1.72个月: months of pay after a word of pay in the clause are an amount (kind
        other), not a span of time (a column's under such a caption: :meth:`_column_values`)."""
        assert self._pay is not None
        mark = _CLAUSE_BEFORE.search(text, max(0, q.start - _PAY_CONTEXT), q.start)
        start = mark.start() + 1 if mark is not None else max(0, q.start - _PAY_CONTEXT)
        if self._pay.search(text, start, q.start) is None:
            if not text.startswith(("较", "比"), start):
                return q
            # 年终奖金1.72个月,较113年增加0.15个月: the change of the months of pay in the clause before
            before = _CLAUSE_BEFORE.search(text, max(0, start - 1 - _PAY_CONTEXT), start - 1) if start else None
            if self._pay.search(text, before.start() + 1 if before else max(0, start - 1 - _PAY_CONTEXT), start) is None:
                return q
        return _new_quantity(start=q.start, end=q.end, text=q.text, value=q.value, low=q.low, high=q.high,
                             kind="other", unit=q.unit, qualifier=q.qualifier)

    def _unsigned(self, q: Quantity, text: str) -> Quantity:
        """同比-3.4%: a minus sign after a change word (not in a table's cell, nor in 温度-3.4度) says
        which way a change went; the quantity is the number without it, and the claim reads the sign."""
        if q.value is None or q.value >= 0 or self._change_sign is None \
                or not self._change_sign.search(text, max(0, q.start - 4), q.start):
            return q
        return _new_quantity(start=q.start + 1, end=q.end, text=text[q.start + 1 : q.end], value=-q.value, low=q.low,
                             high=q.high, kind=q.kind, unit=q.unit, qualifier=q.qualifier)

    def _per_time(self, q: Quantity, text: str) -> Quantity:
        """12万吨/年, 6.1万立方米/年: a rate per a span of time; the span takes the ``/年``, the
        value and the unit stay the amount's (the metric says it is yearly)."""
        m = self._per_time_re.match(text, q.end) if self._per_time_re is not None else None
        if m is None or q.kind in ("percent", "percentage_point", "rank", "duration"):
            return q
        return _new_quantity(start=q.start, end=m.end(), text=text[q.start:m.end()], value=q.value, low=q.low,
                             high=q.high, kind=q.kind, unit=q.unit, qualifier=self._qualifier_past(q, text, m.end()))

    def _per_unit(self, q: Quantity, text: str) -> Quantity:
        """亩均税收38.7万元/亩: an amount per unit of land, people or energy; the span takes the
        ``/亩``, the value and the unit stay the amount's (the metric says what it is per)."""
        m = self._per_unit_re.match(text, q.end)
        if m is None:
            return q
        return _new_quantity(start=q.start, end=m.end(), text=text[q.start:m.end()], value=q.value, low=q.low,
                             high=q.high, kind=q.kind, unit=q.unit, qualifier=self._qualifier_past(q, text, m.end()))

    def _qualifier_past(self, q: Quantity, text: str, end: int) -> str:
        """The qualifier of ``q`` once its span runs to ``end`` (35元/平方米·月起: the 起 after the
        rate's unit, not after 元)."""
        return q.qualifier if q.qualifier != "exact" else self._qualifier(text, q.start, end, None)

    def _column_values(self, text: str, found: list[Quantity], tables: list[Table], yuan: str) -> list[Quantity]:
        """The numbers of column tables (:mod:`zonex.tables`), in the unit of their column's
        header (地区生产总值(亿元) | 398.2 is 398.2亿元, 同比增长(%) | 6.9 is 6.9%); the span is the
        number alone."""
        taken = {q.start for q in found}
        out: list[Quantity] = []
        for table in tables:
            for cell in table.cells:
                if cell.start in taken:
                    continue
                unit = cell.unit or cell.column.unit
                number = cell.number.replace("−", "-")
                if unit == INDEX:  # 综合指数 | 3.86: the index's value, no unit
                    value = _numeral(number)
                    if value is None or value.positional:
                        continue
                    out.append(self._make(text, cell.start, cell.end, _INDEX, "CNY", value=value.value))
                    continue
                if unit == RANK:  # a column of ranks: 1 is 居第1
                    parsed = self._alone("居第" + number, yuan)
                    if len(parsed) != 1 or parsed[0].kind != "rank" or parsed[0].end != len(number) + 2:
                        continue
                else:
                    if "/" in unit and (unit.split("/")[0] in self._per_unit_heads or self._is_money_unit(unit.split("/")[0], yuan)):
                        unit = unit.split("/")[0]  # EPS(元/股) 0.84, 單價(萬元/坪) 38.6: an amount of money, per share or 坪
                    parsed = self._alone(number + unit, yuan)
                    if len(parsed) != 1 or parsed[0].start != 0 or parsed[0].end != len(number) + len(unit):
                        currency = _CURRENCY_BEFORE_UNIT.match(unit)
                        if currency is None:
                            continue
                        # 营业额(新台币亿元) | 7,965: the currency written before the number, as the text would
                        written = currency.group(1) + number + unit[currency.end():]
                        parsed = self._alone(written, yuan)
                        if len(parsed) != 1 or parsed[0].start != 0 or parsed[0].end != len(written):
                            continue
                q = parsed[0]
                kind = q.kind
                if q.unit == "month" and kind == "duration" and self._pay is not None \
                        and self._pay.search(cell.column.caption + cell.column.label) is not None:
                    kind = "other"  # 年终奖金(依产业) / 平均月数(个月) | 1.86: months of pay, an amount
                out.append(_new_quantity(start=cell.start, end=cell.end, text=text[cell.start:cell.end], value=q.value,
                                         low=q.low, high=q.high, kind=kind, unit=q.unit, qualifier=q.qualifier))
        return out

    def _table_values(self, text: str, found: list[Quantity],
                      skip: tuple[list[int], list[int]] | None, yuan: str) -> list[Quantity]:
        """Rows of a text table, the unit in the label's brackets: 地区生产总值(亿元):356.2 is
        356.2亿元; 规模以上工业增加值增速(%):8.3 is 8.3%. The value is parsed as if the unit
        were written after it; the span is the number alone."""
        taken = {q.start for q in found}
        out: list[Quantity] = []
        # From each closing bracket before a colon and a number (rare: one scan of a rare
        # character), back to its opening bracket after a Han character.
        for m in _TABLE_ROW_END.finditer(text):
            close = m.start()
            lo = max(0, close - 13)
            opening = max(text.rfind("(", lo, close), text.rfind("（", lo, close))
            if opening < 1 or not _HAN_CHAR.match(text, opening - 1) or _NOT_IN_UNIT.search(text, opening + 1, close):
                continue
            start, end = m.span("n")
            if start in taken or (skip and _inside(skip, start)):
                continue
            unit = text[opening + 1 : close].split(",")[0].split("，")[0]  # (家,截至9月末): the unit before a note
            if not unit:
                continue
            parsed = self._alone(m.group("n") + unit, yuan)
            if len(parsed) != 1 or parsed[0].start != 0 or parsed[0].end != end - start + len(unit):
                continue
            q = parsed[0]
            out.append(_new_quantity(start=start, end=end, text=text[start:end], value=q.value, low=q.low,
                                     high=q.high, kind=q.kind, unit=q.unit, qualifier=q.qualifier))
        return out

    def _skip_spans(self, text: str) -> tuple[list[int], list[int]] | None:
        """Page furniture lines, link bars and URLs: nothing inside them is a quantity."""
        spans: list[tuple[int, int]] = []
        if self._furniture is not None:
            spans += [m.span() for m in self._furniture.finditer(text)]
        if "://" in text or "www." in text:
            spans += [m.span() for m in self._url.finditer(text)]
        if "-" in text:
            # 049-2222119分机312: a telephone number (not inside a longer number: the look back is
            # here, as a lookbehind would cost the scan its speed)
            spans += [m.span() for m in _PHONE.finditer(text) if m.start() == 0 or text[m.start() - 1] not in _DIGIT_OR_POINT]
        if "地址" in text:
            spans += [m.span(1) for m in _POSTAL_CODE.finditer(text)]
        spans += _link_bars(text)
        spans += link_list_lines(text)
        if not spans:
            return None
        spans.sort()
        merged = [spans[0]]
        for a, b in spans[1:]:
            if a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return [a for a, _ in merged], [b for _, b in merged]

    def _yuan_currency(self, text: str) -> str:
        if any(s in text for s in self._taiwan) and not any(s in text for s in self._mainland):
            return "TWD"
        if roc_dated(text) and not any(s in text for s in self._mainland):
            return "TWD"  # (發布日期:115-02-05: a Taiwan page, whatever money it names)
        return "CNY"

    # --- one handler per alternative of the pattern --------------------------------------------

    def _main(self, m: re.Match, text: str, yuan: str) -> Quantity | None:
        surface, unit_text, tail = m.group("n", "u", "h")
        start, end = m.start("n"), m.end()
        unit = self._suffix[unit_text]
        if tail and "half" not in unit.flags and "whole" not in unit.flags:
            end -= len(tail)
            tail = None
        numeral = _numeral(surface)
        if (numeral is None or numeral.positional) and unit.surface != "折":  # (三八折 is 0.38)
            return self._approximate(text, start, end, surface, unit, tail, yuan)
        if numeral is None:
            return None  # (0一折: digits and a Chinese numeral run together are no discount)
        if not self._plausible(text, start, end, surface, numeral, unit):
            return None
        if yuan == "TWD" and "year" in unit.flags and is_roc_year(text, start, end):
            return None
        value = self._value(surface, numeral, unit, tail)
        if value is None:
            return None
        inner = "lower_bound" if tail == "多" or "more" in unit.flags else _INNER_QUALIFIER.get(numeral.approx)
        return self._make(text, start, end, unit, yuan, value=value, inner=inner)

    def _approximate(self, text: str, start: int, end: int, surface: str, unit: Unit, tail: str | None,
                     yuan: str) -> Quantity | None:
        """两三个, 二三十家, 七八成: two neighbouring digits are a range from one to the other."""
        pair = approximate_pair(surface + (unit.surface if "whole" in unit.flags else ""))
        if pair is None or tail or "phase" in unit.flags:
            return None  # (一二期: the first and second phases)
        if "year" in unit.flags and surface.strip()[:2] in ("一二", "二三"):
            return None  # 一二年, 二三年: the years 2012 and 2023 written short
        low, high = pair
        if not self._plausible(text, start, end, surface, Numeral(high), unit, in_range=True):
            return None
        return self._make(text, start, end, unit, yuan, low=low * unit.factor, high=high * unit.factor)

    def _range(self, m: re.Match, text: str, yuan: str) -> Quantity | list[Quantity] | None:
        start, end = m.start("n"), m.end()
        unit = self._suffix[m.group("ru2")]
        first_unit = self._suffix.get(m.group("u")) if m.group("u") else None
        tail = m.group("h")
        if tail and "half" not in unit.flags and "whole" not in unit.flags:
            end -= len(tail)
            tail = None
        low_n, high_n = _numeral(m.group("n")), _numeral(m.group("r2"))
        if low_n is None or high_n is None:
            return None
        if "year" in unit.flags and (_is_year(m.group("n"), low_n) or _is_year(m.group("r2"), high_n)):
            return None  # 2016-2021年, 2016年至2021年: a span of years, a time expression
        same_unit = first_unit is None or (first_unit.kind, first_unit.unit) == (unit.kind, unit.unit)
        low = self._value(m.group("n"), low_n, first_unit or unit, None) if same_unit else None
        high = self._value(m.group("r2"), high_n, unit, tail)
        if low is not None and first_unit is None and low_n.magnitude is None and high_n.magnitude:
            # 3至5万元 = 30000 to 50000: the magnitude written once applies to both ends.
            scaled = low * high_n.magnitude
            if scaled <= high:
                low = scaled
        if low is None or high is None or low >= high or low_n.positional or high_n.positional:
            # Not one range: keep whichever end is a quantity of its own (3个月至1年).
            parts = []
            if first_unit is not None:
                parts.append(self._single(text, start, m.end("u"), m.group("n"), low_n, first_unit, yuan))
            a = m.span("r2")[0]
            parts.append(self._single(text, a, end, m.group("r2"), high_n, unit, yuan, tail))
            return [p for p in parts if p is not None] or None
        if not self._plausible(text, start, end, m.group("r2"), high_n, unit, in_range=True):
            return None
        return self._make(text, start, end, unit, yuan, low=low, high=high)

    def _single(self, text, start, end, surface, numeral, unit, yuan, tail=None) -> Quantity | None:
        if numeral is None or not self._plausible(text, start, end, surface, numeral, unit):
            return None
        value = self._value(surface, numeral, unit, tail)
        if value is None:
            return None
        return self._make(text, start, end, unit, yuan, value=value, inner=_INNER_QUALIFIER.get(numeral.approx))

    def _rank(self, m: re.Match, text: str) -> Quantity | None:
        start, end = m.span("rank")
        if m.group("top_n") is not None:  # 前75位, 前10强: the top N
            numeral = _numeral(m.group("top_n"))
            qualifier = "upper_bound"
            if not m.group("top_w") and (self._top_n_verb is None or self._top_n_verb.search(text, max(0, start - 4), start) is None):
                return None  # (挺进前五, 跻身全国前十: the top N a ranking enters, its word left out)
        else:
            numeral = _numeral(m.group("rank_n"))
            qualifier = None
            if m.group("rank_w") is None and not self._rank_context(text, start, end):
                return None
        if numeral is None or numeral.positional or numeral.value <= 0 or numeral.approx:
            return None
        return _new_quantity(
            start=start, end=end, text=text[start:end], value=numeral.value, low=None, high=None,
            kind="rank", unit="rank", qualifier=qualifier or self._qualifier(text, start, end, None),
        )

    def _rank_context(self, text: str, start: int, end: int) -> bool:
        """第N is a rank after a ranking word of its clause (居全省第6), unless a measure word follows."""
        if self._count_word.match(text, end) or text[end : end + 1] in ("者", "方"):
            return False  # 第三场, 第9届, 第一批: an ordinal name; 第三者, 第三方: a party
        clause_start = start
        while clause_start > 0 and start - clause_start < 12 and text[clause_start - 1] not in _CLAUSE_BREAKS:
            clause_start -= 1
        clause = text[clause_start:start]
        if any(cue in clause for cue in self._rank_cues):
            return True
        # 稳居全国第5位、中部地区第一: the next rank of a list the ranking's verb governs
        return text[clause_start - 1 : clause_start] == "、" \
            and _LISTED_RANK.search(text, max(0, clause_start - 6), clause_start - 1) is not None

    def _percent_prefix(self, m: re.Match, text: str) -> Quantity | None:
        start, end = m.span("pct")
        # 百分之七十百分位: a magnitude that begins the next word may run into the numeral.
        while end > m.start("pct_n"):
            numeral = _numeral(text[m.start("pct_n"):end])
            if numeral is not None and not numeral.positional:
                value = _value_of(text[start:end])
                return None if value is None else self._make(text, start, end, _PERCENT, "CNY", value=tidy(value * 100))
            if text[end - 1] not in "百千万亿佰仟萬億":
                return None
            end -= 1
        return None

    def _half(self, m: re.Match, text: str, yuan: str) -> Quantity | None:
        """半年, 半小时, 半公升: half of a measure."""
        start, end = m.span("half")
        unit = self._suffix[m.group("half_u")]
        if "plus_half" in unit.flags or "more" in unit.flags:
            return None
        return self._make(text, start, end, unit, yuan, value=Decimal("0.5") * unit.factor)

    def _fraction(self, m: re.Match, text: str, yuan: str) -> Quantity | None:
        start, end = m.start("n"), m.end("frac")
        value = _value_of(text[start:m.end("fn")])
        if value is None or value <= 0:
            return None
        if m.group("fu"):
            unit = self._suffix[m.group("fu")]
            return self._make(text, start, end, unit, yuan, value=value * unit.factor)
        return self._make(text, start, m.end("fn"), _PERCENT, yuan, value=tidy(value * 100))

    def _prefixed(self, m: re.Match, text: str, yuan: str) -> Quantity | None:
        start, end = m.span("pre")
        unit = self._prefix[m.group("pre_u")]
        numeral = _numeral(m.group("pre_n"))
        if numeral is None or numeral.positional:
            return None
        suffix = self._suffix.get(m.group("pre_s")) if m.group("pre_s") else None
        if "degree" in unit.flags:
            if suffix is None or suffix.unit != "°":
                return None  # 摄氏 and 华氏 need 度 or ° after the number
        elif suffix is None or suffix.kind != unit.kind:
            end = m.end("pre_n")  # ￥300 (the word after the number is not its unit)
        return self._make(text, start, end, unit, yuan, value=numeral.value * unit.factor)

    def _bare(self, m: re.Match, text: str, yuan: str) -> Quantity | None:
        start, end = m.span("bare")
        unit = self._suffix[m.group("bare_u")]
        value = Decimal(1)
        for ch in m.group("bare_n"):
            value *= _MAGNITUDE[ch]
        if self._qualifier(text, start, end, None) == "exact" and text[start - 1] not in "上过破" \
                and not text.endswith(_BARE_LEVEL_AFTER, 0, start):
            return None  # (千家万户, 百亿级: no amount; 目标百亿澳门元, 达千家: the level reached, a round one)
        if unit.kind in ("percent", "percentage_point", "rank"):
            return None
        return self._make(text, start, end, unit, yuan, value=value * unit.factor,
                          inner="lower_bound" if text[start - 1] in "上过破" else None)

    def _counted_noun(self, m: re.Match, text: str, yuan: str) -> Quantity | None:
        """A number with no unit counts the noun of a "<noun>量/数 (+ verb)" before it: 用户量突破100万."""
        start, end = m.span("n")
        context = self._counted.search(text, max(0, start - 12), start) if self._counted else None
        if context is None:
            written = m.group("n")
            if written.endswith(("亿", "億", "兆")) and self._amount is not None \
                    and self._amount.search(text, max(0, start - 10), start) is not None \
                    and (numeral := _numeral(written)) is not None and numeral.value > 0:
                return self._make(text, start, end, _AMOUNT, yuan, value=numeral.value)
            window = text[max(0, start - 8):start]
            for cue, unit in ((self._index, _INDEX), (self._ratio, _TIMES)):
                # (a plain look for 指/倍 first: most bare numbers have neither before them)
                if cue is not None and ("指" in window or "倍" in window) and cue.search(text, max(0, start - 8), start) \
                        and not text[end : end + 1].isalpha() and (numeral := _numeral(m.group("n"))) is not None \
                        and not numeral.positional and "." in m.group("n"):
                    return self._make(text, start, end, unit, "CNY", value=numeral.value)
            return None
        numeral = _numeral(m.group("n"))
        if numeral is None or numeral.positional or numeral.value <= 0 or m.group("n").startswith(("-", "负")):
            return None
        noun = context.group("noun")
        unit = Unit(noun, "count", noun, Decimal(1), "suffix")
        return self._make(text, start, end, unit, "CNY", value=numeral.value, inner=_INNER_QUALIFIER.get(numeral.approx))

    def _doubling(self, m: re.Match, text: str) -> Quantity | None:
        start, end = m.span("fan")
        value = _value_of(text[start:end])
        if value is None:
            return None
        return self._make(text, start, end, _TIMES, "CNY", value=value)

    # --- shared checks ---------------------------------------------------------------------------

    def _plausible(self, text: str, start: int, end: int, surface: str, numeral: Numeral, unit: Unit,
                   *, in_range: bool = False) -> bool:
        """The conventions that tell an amount from a name, a date or an article."""
        digits = surface.strip()
        if numeral.positional and "whole" not in unit.flags:
            return False  # 四五个, 二〇二〇年: digits one by one are a year or an approximation
        if "year" in unit.flags and not in_range and _is_year(digits, numeral):
            return False  # 2018年 is a year
        if "year" in unit.flags and in_range and len(digits) == 3 and digits.isdigit() and 100 <= int(digits) <= 150:
            return False  # 110年至114年: years of the Republic (Taiwan), a span of time, not 110 years
        if digits in ("零", "〇") or numeral.value == 0 and unit.kind == "count" and not digits.isascii():
            return False  # 零件, 零部件: a lone zero is a word, not an amount (0票反对 is a count)
        if start and text[start - 1] == "第":
            return False  # 第9届: an ordinal
        if start >= 5 and text[start - 1] in "-/." and _YEAR_BEFORE.match(text, start - 5) is not None:
            return False  # 2026-10-21 张江发布: a date's month and day, then the byline (no 10-21张)
        if unit.unit == "month" and start and text[start - 1] in "前首" and text[start - 2 : start - 1] != "提":
            # 前11个月, 首十个月 (Hong Kong's): the first months of the year, a period (not 提前3个月: ahead)
            return False
        if unit.kind == "duration" and digits.endswith(("亿", "兆")):
            return False  # 营业额逾1.2兆 年增近2成: an amount, then the page's 年增 (no span of 1.2 trillion years)
        # (Arabic digits, maybe with their magnitude: 86万字)
        if "digits" in unit.flags and (not digits.rstrip("万亿").replace(".", "").replace(",", "").isdigit()
                                       or (start and text[start - 1] in "时時点點")
                                       or (start >= 2 and text[start - 1] in ":：" and text[start - 2].isdigit())):
            return False  # 91.36分 (得分:93.42分) is a score, 十分 and 三分 are words, 15时20分 and 9:30分 clocks
        if end < len(text) and text[end] == "+" or start >= 2 and text[start - 1] == "+" and not _HAN_CHAR.match(text, start - 2):
            return False  # 2+1, 3+N: a plan name (not 同比+8.3%: a sign after a word)
        lone = digits in ("一", "壹")
        indefinite = unit.kind in ("count", "rank") or unit.kind == "other" and "half" not in unit.flags
        if lone and indefinite and not self._has_qualifier(text, start, end) and not _contrasted(text, start, end, unit):
            return False  # 一个高新区, 一批企业, 一度: the indefinite article
        if lone and unit.kind == "duration" and not self._has_qualifier(text, start, end):
            if self._determined(text, start) or text.startswith(("来", "一度", "以来", "多来"), end):
                return False  # 过去的一年, 这一年, 一年来: a period
        if digits == "二" and unit.kind == "count":
            return False  # 二期, 二次开发: 二 before a measure word is an ordinal; two is 两
        if "phase" in unit.flags and len(digits) == 1 and not digits.isdigit() and digits != "两":
            return False  # 一期项目, 三期工程: phases of a project (分两期建设: two of them, counted)
        if "han_after" in unit.flags and any(text.endswith(w, 0, start) for w in self._time_of_day):
            return False  # 下午两点: a clock time
        if len(digits) == 1 and text.endswith(self._weekday, 0, start):
            return False  # 星期五 本报记者: a weekday, then the byline
        if unit.surface == "次" and text.endswith(self._term, 0, start):
            return False  # 四届五次全委: the fifth session of the fourth term
        if unit.kind == "count" and self._quoted_name(text, start, end):
            return False  # “产业发展十条”: a policy name
        window = text[max(0, start - 8):start]
        if self._counter is not None and not self._counter_chars.isdisjoint(window) and self._counter.search(window):
            return False  # 浏览量:123次
        if self._counter_after and text.startswith(self._counter_after, end - len(unit.surface)):
            return False  # 86万次播放 (its 次 is the counter's)
        if unit.unit == "B" and self._file_words and any(w in window for w in self._file_words):
            return False  # 下载PDF (12.6MB), 下載PDF(全書,8.6MB): a file's size, the link's furniture
        return True

    def _determined(self, text: str, start: int) -> bool:
        return any(text.endswith(d, 0, start) for d in self._determiners)

    @staticmethod
    def _quoted_name(text: str, start: int, end: int) -> bool:
        if end >= len(text) or text[end] not in _CLOSE_QUOTES:
            return False
        window = text[max(0, start - 20):start]
        opening = max(window.rfind(q) for q in _OPEN_QUOTES)
        if opening < 0 or opening == len(window) - 1:
            return False  # no opening quote, or the quote holds the quantity alone (“3家”)
        inside = window[opening + 1:]
        return not any(ch in _CLAUSE_BREAKS or ch in _CLOSE_QUOTES for ch in inside)

    def _value(self, surface: str, numeral: Numeral, unit: Unit, tail: str | None) -> Decimal | None:
        if "whole" in unit.flags:  # 三成半, 九折: the parser reads the numeral with its unit
            value = _value_of(surface.strip() + unit.surface + (tail or ""))
            return None if value is None else value * unit.factor
        value = numeral.value
        if tail == "半" or "plus_half" in unit.flags:
            value += Decimal("0.5")
        return value * unit.factor

    def _qualifier(self, text: str, start: int, end: int, inner: str | None) -> str:
        pos = start
        while pos > 0 and text[pos - 1] == " ":
            pos -= 1
        if pos and text[pos - 1] in self._before_last:
            for k in range(min(self._before_len, pos), 0, -1):
                q = self._before.get(text[pos - k:pos])
                if q is not None:
                    if q != "exact":
                        return q
                    break
        if end < len(text) and text[end] in self._after_first:
            for k in range(min(self._after_len, len(text) - end), 0, -1):
                q = self._after.get(text[end:end + k])
                if q is not None:
                    if q != "exact":
                        return q
                    break
        if inner is None and pos and text[pos - 1] == "的":
            return self._share_qualifier(text, pos - 1)
        return inner or "exact"

    def _share_qualifier(self, text: str, pos: int) -> str:
        """约占全省的四分之一, 接近占全部投资的六成: a qualifier written before 占 qualifies the share;
        约为2026年的1.6倍: one before 为 the multiple of the level it is compared with."""
        for verb in _SHARE_VERBS:
            zhan = text.rfind(verb, max(0, pos - _SHARE_WHOLE), pos)
            if zhan <= 0 or _SHARE_WHOLE_BREAK.search(text, zhan, pos):
                continue
            for k in range(min(self._before_len, zhan), 0, -1):
                q = self._before.get(text[zhan - k:zhan])
                if q is not None:
                    return q
        return "exact"

    def _has_qualifier(self, text: str, start: int, end: int) -> bool:
        return self._qualifier(text, start, end, None) != "exact"

    def _make(self, text: str, start: int, end: int, unit: Unit, yuan: str, *, value: Decimal | None = None,
              low: Decimal | None = None, high: Decimal | None = None, inner: str | None = None) -> Quantity:
        code = yuan if "yuan" in unit.flags else unit.unit
        qualifier = "upper_bound" if "upper_bound" in unit.flags else self._qualifier(text, start, end, inner)
        if qualifier == "approx" and unit.unit == "year" and text[start - 1 : start] == "近" \
                and not _SPENT_BEFORE.search(text, max(0, start - 4), start - 1):
            qualifier = "exact"  # 近3年无重大违法违规记录: the last three years (but 历时近3年: nearly)
        if unit.factor != 1 or "whole" in unit.flags:  # 0.3 x 100 = 30.0: keep the value written plainly
            value, low, high = (None if v is None else tidy(v) for v in (value, low, high))
        return _new_quantity(start=start, end=end, text=text[start:end], value=value, low=low, high=high,
                             kind=unit.kind, unit=code, qualifier=qualifier)


# what a time is spent on before 近 (历时近3年, 长达近十年): then 近 is "nearly", not "the last"
_SPENT_BEFORE = re.compile(r"(?:历时|用时|耗时|用了|花了|经过|长达|达|为|约|有|已)$")
# A row of a text table: a label, its unit in brackets, a colon, the number (地区生产总值(亿元):356.2).
_TABLE_ROW_END = re.compile(r"[)）][ \t]*[:：][ \t]*(?P<n>-?\d+(?:\.\d+)?)(?![\d.%％])")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[-/.]")  # (a date's year and its separator)
_NOT_IN_UNIT = re.compile(r"[()（）:：\n]")

# The hot path builds Quantity objects without pydantic's validation; every field is computed
# here and the invariants hold by construction (tests/test_quantities.py re-validates results).
_new_quantity = unchecked_constructor(Quantity)


_PERCENT = Unit("%", "percent", "%", Decimal(1), "suffix")
# Percentages written as words: 打对折 (half price), 半成 (5%), 百分之百 (100%).
_PERCENT_WORDS = {"对折": Decimal(50), "半折": Decimal(50), "半成": Decimal(5), "百分之百": Decimal(100)}
_TIMES = Unit("倍", "multiple", "times", Decimal(1), "suffix")
# an amount of 亿 or 兆 written with no 元 after a measure of money: 元 of the page's currency
_AMOUNT = Unit("元", "money", "CNY", Decimal(1), "suffix", flags=frozenset({"yuan"}))
_INDEX = Unit("指数", "other", "index", Decimal(1), "suffix")  # the value of an index, which has no unit
_MAGNITUDE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def _numeral(surface: str) -> Numeral | None:
    try:
        return parse_numeral(surface)
    except ValueError:
        return None


def _value_of(surface: str) -> Decimal | None:
    try:
        return parse_number(surface)
    except ValueError:
        return None


def _contrasted(text: str, start: int, end: int, unit: Unit) -> bool:
    """一个部门 after 6个部门 in the same sentence: the 一 is a number (six departments into one)."""
    noun = text[end:end + 2]
    if len(noun) < 2 or not _TWO_HAN.fullmatch(noun):
        return False
    sentence_start = max(0, start - 60)
    for brk in "。!?;!?;\n":
        sentence_start = max(sentence_start, text.rfind(brk, sentence_start, start) + 1)
    probe = unit.surface + noun
    pos = text.find(probe, sentence_start, start)
    while pos > sentence_start:
        if text[pos - 1].isdigit() or text[pos - 1] in _NUMERAL_CHARS and text[pos - 1] != "一":
            return True
        pos = text.find(probe, pos + 1, start)
    return False


# (月租金(新台币元): the currency's own 元 after it, 新台币6,200元)
_CURRENCY_BEFORE_UNIT = re.compile(r"(新台币|人民币|港币|港元|澳门元|美元)(?=[百千万亿]|元$)")


def _is_year(surface: str, numeral: Numeral) -> bool:
    digits = surface.strip()
    if numeral.positional and len(digits) in (2, 4):
        return True  # 二〇二〇年, 一九年
    return len(digits) == 4 and digits.isdigit() and _YEAR_RANGE[0] <= int(digits) <= _YEAR_RANGE[1]


def _inside(index: tuple[list[int], list[int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the merged, sorted spans of ``index``."""
    starts, ends = index
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _link_bars(text: str) -> list[tuple[int, int]]:
    """Link bars (新闻发布平台 |科极网 |…): five | or more and few numbers; a table has numbers in
    most cells."""
    spans = []
    for bar in link_bars(text, 5):
        numeric = sum(1 for c in bar.cells if any(ch.isdigit() for ch in c))
        if numeric * 2 < len(bar.cells):
            spans.append((bar.start, bar.end))
    return spans


def _longest_first(found: list[Quantity]) -> list[Quantity]:
    """Sort by start; where spans overlap the longest wins (spaCy's filter_spans)."""
    if len(found) < 2:
        return found
    found.sort(key=lambda q: (q.start, -(q.end - q.start)))
    if all(a.end <= b.start for a, b in zip(found, found[1:], strict=False)):
        return found
    kept: list[Quantity] = []
    for q in sorted(found, key=lambda q: (-(q.end - q.start), q.start)):
        if all(q.end <= k.start or k.end <= q.start for k in kept):
            kept.append(q)
    return sorted(kept, key=lambda q: q.start)
# 约占全省台资企业产值的四分之一: how far back 占 may stand from the 的 before a share, and what
# may not stand between them.
_SHARE_WHOLE = 24
# the verbs and nouns a round bare magnitude may follow as a level (目标百亿澳门元, 规模达千亿元)
_BARE_LEVEL_AFTER = ("达", "达到", "目标", "提升至", "增至", "升至")
_SHARE_VERBS = ("占", "为")
_PAY_CONTEXT = 16  # how far back a word of pay is looked for, within the clause (年终奖金1.72个月)
_CLAUSE_BEFORE = re.compile(r"[,，;；。!！?？\n][^,，;；。!！?？\n]*$")  # the last clause mark before a point
_SHARE_WHOLE_BREAK = re.compile(r"[,，;；。:：!！?？\n]")
