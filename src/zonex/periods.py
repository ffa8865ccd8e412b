"""Time expressions and the periods they denote; the publication date of a page.

``TimeRecognizer()(text, document_date)`` returns :class:`~zonex.models.TimeExpression` spans
(normalised offsets, sorted) with their period as a string:

=================================  ==========  ======================
text                               kind        period
=================================  ==========  ======================
2018年, 二〇二〇年, 2020年度       year        "2018"
2023年9月, 今年10月份               month       "2023-09"
2021年9月8日, 2019-08-13, 3月2日    date        "2021-09-08"
2016年至2021年, 2016-2021年        range       "2016/2021"
2018年1至9月, 前4月, 1-6月          range       "2018-01/2018-09"
2021年9月9日至13日                  range       "2021-09-09/2021-09-13"
2018年上半年, 一季度                range       "2018-01/2018-06"
十三五期间, “十四五”                plan        "2016/2020", "2021/2025"
“十二五”期末                        plan        "2015"
去年, 今年, 目前, 过去的一年        relative    "2021" (document year ± N)
未来5年内, 今后三年                 relative    "2022/2026" (from the document year)
近三年, 过去5年来                   relative    "2019/2021" (the years before the document year)
16:00, 下午3点                      clock       null
=================================  ==========  ======================

Expressions without a year (3月2日, 1-6月, 去年) take it from ``document_date``; without one
their period is null. :func:`find_document_date` reads that date from the page furniture
(发布日期:2019-08-13 14:16, 日期:2023-03-31, 2021-09-08 18:15 …).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from .models import TimeExpression, unchecked_constructor
from .normalize import to_half_width
from .numerals import DIGITS
from .spans import SpanIndex

__all__ = ["TimeRecognizer", "find_document_date", "load_time_words", "months_of_period_word", "plan_years"]


_YEAR = r"(?:1[89]|20)\d\d"
_CN_YEAR = "[〇零一二三四五六七八九]{4}"
_MONTH = "1[0-2]|0?[1-9]|十[一二]|十|[一二三四五六七八九]"
_DAY = "3[01]|[12][0-9]|0?[1-9]|三十一|三十|二十[一二三四五六七八九]|二十|十[一二三四五六七八九]|十|[一二三四五六七八九]"
_CONNECT = "[ ]*(?:至|到|-|~|—|–)[ ]*"
_FINANCIAL_YEAR = re.compile(r"\d{4}-04/\d{4}-03")
_COMPARED_WITH_CHARS = frozenset("较比与")  # (较2024/25年度: the year a figure is compared with)
# A number (or 几, 半, 数) whose 年 a time word starting with 年 would take (三年内, 5年内).
_NUMBER_BEFORE = re.compile(r"[\d〇零一二三四五六七八九十百千万两几多半数个]")
# 首季, 首三季: the Hong Kong forms of 一季度 and 前三季度; 第1季, 前3季: Taiwan's 第一季度, 前三季度.
_QUARTER = "第?[一二三四1-4]季度|第[一二三四1-4]季(?![度节])|前[二两三23]季度|前[二两三23]个季度|前[二两三23]季(?![度节])|首[二两三]季度?|首季度?"
_HALF = "上半年|下半年"
# A heating season across two years (2025—2026年采暖季): November to March, as northern China's cities
# set it (a page that gives its own dates in brackets, 2025年11月1日至2026年3月31日, spans those months)
_HEATING_SEASON = "采暖季|供暖季|供热季|采暖期|供暖期"
_HEATING_FIRST_MONTH, _HEATING_LAST_MONTH = 11, 3  # after a year (2018年上半年); alone they are words of time_words.tsv
# Every field is computed by the recogniser: no re-validation (the tests re-validate the seeds').
_new_time = unchecked_constructor(TimeExpression)
# 民國紀年: year N of the Republic of China is N + 1911.
ROC_EPOCH, _ROC_FIRST, _ROC_LAST = 1911, 38, 150
# not inside a number (1,113年), but after a comma of the text (統計,113年營業額)
# (116年度: a fiscal year of the Republic, with its 度, where the year has three digits; 10年度 is no year)
# (114年內湖科技園區: after three digits, 内 starts the next word, no "within 114 years"; 115年前3季 is
# the year's first three quarters, 50年前 fifty years ago)
_ROC_YEAR = re.compile(r"(?<![\d.])(?<!\d[,，])(\d{2,3})年(?:(?<=\d{3}年)度)?(?![来來间間后後多余餘半代度])(?!前(?![二两三23]个?季))"
                       r"(?:(?<=\d{3}年)|(?![内內]))")


def _roc_year(m: re.Match | None) -> bool:
    return m is not None and _ROC_FIRST <= int(m.group(1)) <= _ROC_LAST


def is_roc_year(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (e.g. 112年) reads as a year of the Republic of China calendar
    (:meth:`TimeRecognizer.roc_years`), in a text known to be Taiwan's."""
    m = _ROC_YEAR.match(text, start)
    return _roc_year(m) and m.end() == end
_DAY_PARTS = "上午|下午|晚上|凌晨|早上|中午|傍晚|夜间"


def load_time_words(name: str = "time_words.tsv") -> dict[str, str]:
    """Relative time words and what they mean (``year:-1``, ``half:1``, ``unresolved`` …)."""
    words: dict[str, str] = {}
    text = resources.files("zonex.data").joinpath(name).read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2 or not re.fullmatch(r"(?:year|month|half):[+-]?\d+|unresolved|none", cols[1]):
            raise ValueError(f"{name} line {number}: expected surface and year:N, month:N, half:N, unresolved or none")
        if cols[0] in words:
            raise ValueError(f"{name} line {number}: {cols[0]!r} given twice")
        words[cols[0]] = cols[1]
    return words


def plan_years(number: int) -> tuple[int, int]:
    """First and last year of the N-th five-year plan (13 → 2016–2020; plans run 5 years from 1966).

    >>> plan_years(13), plan_years(14)
    ((2016, 2020), (2021, 2025))
    """
    if number == 1:
        return 1953, 1957
    if number == 2:
        return 1958, 1962
    start = 1966 + 5 * (number - 3)
    return start, start + 4


def _cn_int(s: str) -> int:
    """1-31 written in Arabic or Chinese (十二, 二十三, 三十一)."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, units = s.partition("十")
        return (DIGITS[tens] if tens else 1) * 10 + (DIGITS[units] if units else 0)
    return DIGITS[s]


@dataclass
class _Atom:
    """One time expression before merging: its span and what it fixes."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    period: str | None = None  # set when the atom is complete on its own (plans, ranges, words)
    relative_year: int | None = None  # 今年 / 去年: a year that can be lent to a following month
    needs_year: bool = False  # a month, day, half or quarter that takes the document's year
    months: tuple[int, int] | None = None  # a span of months of one year (1-9月, 上半年, 一季度)
    unresolved: bool = False
    pair: tuple[_Atom, _Atom] | None = None  # the two ends of a from-to range
    month_offset: int | None = None  # 上月 = -1
    news_day: bool = False  # a day of the page's month, as news writes its event's (10日在圣荷西举办…)
    years_ahead: int | None = None  # 未来5年内: the page's year and the years after it, so many in all
    years_back: int | None = None  # 近三年: the years before the page's year, so many in all
    of_quarters: bool = False  # 首三季, 上半年: quarters or halves of a year, not months named one by one


class TimeRecognizer:
    """Finds time expressions; build once (reads the word list, compiles one pattern).

    >>> [(t.text, t.kind, t.period) for t in TimeRecognizer()("2016年至2021年,“十三五”期间,去年", "2022-03-02")]
    [('2016年至2021年', 'range', '2016/2021'), ('“十三五”期间', 'plan', '2016/2020'), ('去年', 'relative', '2021')]
    """

    def __init__(self, words: Mapping[str, str] | None = None):
        self._words = dict(load_time_words() if words is None else words)
        relative = "|".join(map(re.escape, sorted(self._words, key=len, reverse=True))) or "(?!)"
        # Fail fast: every alternative starts with one of these characters.
        firsts = set("0123456789〇零一二三四五六七八九十两第前首“\"未今昨明去近过最") | {w[0] for w in self._words}
        firsts |= {part[0] for part in _DAY_PARTS.split("|")}
        first = "[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "]"
        self._pattern = re.compile(
            rf"""
            (?={first})
            (?: (?P<iso> (?<![\d.]) (?P<iy>{_YEAR}) (?P<isep>[-/.]) (?P<im>1[0-2]|0?[1-9])           # 2019-08-13
                (?P=isep) (?P<id>3[01]|[12]\d|0?[1-9]) (?!\d) )
          | (?P<fy> (?<![\d.]) (?P<fy1>{_YEAR}) [ ]*[-/–—][ ]* (?P<fy2>\d{{2}}) (?!\d) [ ]* (?:(?:财政)?年度|全年) )  # 2024/25财政年度, 2026/27全年
          | (?P<years> (?<![\d.]) (?P<y1>{_YEAR}) 年? {_CONNECT} (?P<y2>{_YEAR}) 年度?          # 2016-2021年
                (?P<season>{_HEATING_SEASON})? )                                               #   2025—2026年采暖季
          | (?P<cls> (?<![\d.]) (?P<cy>{_YEAR}) 届 (?=毕业生|本科|研究生|高职|学生|共有|届) )        # 2026届毕业生: the class's year
          | (?P<ymd> (?<![\d.]) (?P<y>{_YEAR}|{_CN_YEAR}) 年 (?!(?<=0年)代|级|龄|限)                      # 2018年…
                (?: (?P<m1>{_MONTH}) 月? {_CONNECT} (?P<m2>{_MONTH}) 月份?                       #   1-9月
                  | 前 (?P<first>{_MONTH}) 个?月                                                 #   前4月
                  | (?P<m>{_MONTH}) 月份? (?: (?P<d>{_DAY}) [日号] | [上中下]旬 )?                 #   9月8日, 9月下旬
                  | (?P<half>{_HALF}) | (?P<q>{_QUARTER})                                       #   上半年, 一季度
                  | 度 | 底 | 末 )? )
          | (?P<md> (?<![\d.]) (?: (?P<bm1>{_MONTH}) 月? {_CONNECT} (?P<bm2>{_MONTH}) 月份?     # 1-6月
                  | [前首] (?P<bfirst>{_MONTH}) 个?月                                            # 前4个月, 首十个月
                  | (?P<bm>{_MONTH}) 月份? (?: (?P<bd>{_DAY}) [日号] | [上中下]旬 )? ) )           # 3月2日, 6月份, 9月下旬
          | (?P<dd> (?<![\d.月]) (?P<day>3[01]|[12]\d|0?[1-9]) [日号] (?!\d(?!\d?[时点])) )    # 13日 (after 至), 14日16时
          | (?P<today> [今昨] [(（] (?P<tday>3[01]|[12]\d|0?[1-9]) [)）] 日 )                      # 今(26)日, Taiwan's today
          | (?P<byear> [今明去] [(（] (?P<byv>(?:19|20)\d{{2}}|\d{{2,3}}) [)）] 年 (?![代级龄]) )  # 明(2027)年, 今(115)年
          | (?P<hq> {_QUARTER} )                                                              # 一季度
          | (?P<plan> (?<![一二三四五六七八九十百千万零〇两\d]) (?P<popen>[“"]?) (?P<pn>十[一二三四五六七八九]) 五 (?![一二三四五六七八九十百千万\d个])
                (?P<pclose>[”"]?) (?P<psuffix>期间|时期|规划期间|规划期|期末|末期|末|初期|初|开局之年|开局年|收官之年|收官年)? )
          | (?P<ahead> (?:未来|今后) (?P<an>[2-9]|10|[两二三四五六七八九十]) 年 (?:内|间|里)? )      # 未来5年内
          | (?P<back> (?:近|过去|最近) (?P<bn>[2-9]|10|[两二三四五六七八九十]) 年 (?:以来|来|间|里|(?=[,，])) )  # 近三年,
          | (?P<ago> (?<![\d.〇零一二三四五六七八九十百千万两几多数]) (?P<agon>[1-9]|10|[一两二三四五六七八九十]) 年前 (?![期半]) )  # 三年前
          | (?P<rel> {relative} )
          | (?P<clock> (?<![\d:.]) (?P<hh>[01]?\d|2[0-3]) : (?P<mi>[0-5]\d) (?::[0-5]\d)? (?![\d:])   # 16:00
              | (?:{_DAY_PARTS}) (?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}) [点时]                  # 下午3点
                (?: (?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}) 分 | 半 | 整 )? ) )
            """,
            re.VERBOSE,
        )
        self._connector = re.compile(_CONNECT)

    def __call__(self, text: str, document_date: str | None = None) -> list[TimeExpression]:
        if not isinstance(text, str):
            raise TypeError(f"TimeRecognizer takes a str, not {type(text).__name__}")
        return self.resolve(self.scan(text), text, document_date)

    def roc_years(self, text: str, found: Sequence[TimeExpression] = ()) -> list[TimeExpression]:
        """Years of the Republic of China calendar (民國紀年) in a Taiwan text: 112年 is 2023. Only
        the caller knows the text is Taiwan's (its money is TWD); 38年 to 150年 (1949 to 2061),
        not before 来/间/内/后/前/多/余/半 (50年来 is a duration), and not inside the expressions
        already ``found``."""
        taken = SpanIndex((t.start, t.end) for t in found)
        return [
            _new_time(start=m.start(), end=m.end(), text=m.group(), period=str(int(m.group(1)) + ROC_EPOCH), kind="year")
            for m in _ROC_YEAR.finditer(text)
            if _roc_year(m) and not taken.overlaps(m.start(), m.end())
        ]

    def scan(self, text: str) -> list[_Atom]:
        """The time expressions of ``text`` before the document's date resolves them.

        What does not depend on the date, so that a caller who learns the date later (from the
        expressions themselves: a news lead) resolves again without scanning again.
        """
        atoms = [a for m in self._pattern.finditer(text) if (a := self._atom(m, text)) is not None]
        return self._merge(atoms, text)

    def resolve(self, atoms: list[_Atom], text: str, document_date: str | None = None) -> list[TimeExpression]:
        """The expressions of :meth:`scan`, with periods resolved against ``document_date``."""
        doc_year, doc_month = _year_month(document_date)
        return [self._expression(a, text, doc_year, doc_month) for a in atoms]

    # --- reading one match ---------------------------------------------------------------------

    def _atom(self, m: re.Match, text: str) -> _Atom | None:
        start, end = m.span()
        if m.group("iso"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
            if not _valid(year, month, day):
                return None
            return _Atom(start, end, "date", year, month, day)
        if m.group("fy"):
            # Hong Kong's financial year (2024-25年度, 2024/25财政年度): April to March
            y1 = int(m.group("fy1"))
            if (y1 + 1) % 100 != int(m.group("fy2")):
                return None
            return _Atom(start, end, "range", period=f"{y1}-04/{y1 + 1}-03")
        if m.group("cls"):
            return _Atom(start, end, "year", int(m.group("cy")))
        if m.group("years"):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if y1 >= y2:
                return None
            if m.group("season") and y2 == y1 + 1:
                # 2025—2026年采暖季: a heating season, November to March
                return _Atom(start, end, "range", period=f"{y1}-{_HEATING_FIRST_MONTH:02d}/{y2}-{_HEATING_LAST_MONTH:02d}")
            return _Atom(start, end, "range", period=f"{y1}/{y2}")
        if m.group("ymd"):
            return self._dated(m, start, end, _year_of(m.group("y")))
        if m.group("md"):
            return self._dated(m, start, end, None, prefix="b")
        if m.group("dd"):
            news_day = text[end - 1] == "日" and (_NEWS_DAY_AFTER.match(text, end) is not None
                                                  or _DAY_RANGE_BEFORE.search(text, max(0, start - 8), start) is not None) \
                and (start == 0 or not text[start - 1].isdigit())
            return _Atom(start, end, "date", day=int(m.group("day")), needs_year=True, news_day=news_day)
        if m.group("byear"):  # 明(2027)年, 今(115)年: the year the bracket names (a Republic year in 2 or 3 digits)
            year = int(m.group("byv"))
            if year < 1000:
                if not _ROC_FIRST <= year <= _ROC_LAST:
                    return None
                year += ROC_EPOCH
            return _Atom(start, end, "year", year)
        if m.group("today"):  # 今(26)日: the day of the page's month the bracket names
            return _Atom(start, end, "date", day=int(m.group("tday")), needs_year=True, news_day=True)
        if m.group("hq"):
            return _Atom(start, end, "range", months=_quarter(m.group("hq")), needs_year=True, of_quarters=True)
        if m.group("plan"):
            return self._plan(m, text)
        if m.group("ahead"):
            return _Atom(start, end, "relative", years_ahead=_cn_int(m.group("an")) if m.group("an") != "两" else 2)
        if m.group("back"):  # 近三年,…: the years before the document's year, so many
            return _Atom(start, end, "relative", years_back=_cn_int(m.group("bn")) if m.group("bn") != "两" else 2)
        if m.group("ago"):  # 三年前: the document's year less three
            return _Atom(start, end, "relative", relative_year=-_cn_int(m.group("agon")) if m.group("agon") != "两" else -2)
        if m.group("rel"):
            if m.group("rel")[0] == "年" and _NUMBER_BEFORE.match(text, start - 1 if start else 0, start):
                return None  # 三年内, 5年内: a duration after its number, no time
            return self._relative(m.group("rel"), start, end)
        return _Atom(start, end, "clock")

    def _dated(self, m: re.Match, start: int, end: int, year: int | None, prefix: str = "") -> _Atom | None:
        g = m.group
        if g(prefix + "m1"):
            first, last = _cn_int(g(prefix + "m1")), _cn_int(g(prefix + "m2"))
            if first >= last:
                return None
            return _Atom(start, end, "range", year, months=(first, last), needs_year=year is None)
        if g(prefix + "first"):
            return _Atom(start, end, "range", year, months=(1, _cn_int(g(prefix + "first"))), needs_year=year is None)
        if g(prefix + "m"):
            month = _cn_int(g(prefix + "m"))
            day = _cn_int(g(prefix + "d")) if g(prefix + "d") else None
            if not _valid(year or 2000, month, day or 1):
                return None
            return _Atom(start, end, "date" if day else "month", year, month, day, needs_year=year is None)
        if not prefix and (g("half") or g("q")):
            months = _half(g("half")) if g("half") else _quarter(g("q"))
            return _Atom(start, end, "range", year, months=months, of_quarters=True)
        if year is not None:
            return _Atom(start, end, "year", year)
        return None

    def _plan(self, m: re.Match, text: str) -> _Atom:
        first, last = plan_years(_cn_int(m.group("pn")))
        suffix = m.group("psuffix")
        if suffix in ("期末", "末期", "末", "收官之年", "收官年"):
            period = str(last)
        elif suffix in ("初期", "初", "开局之年", "开局年"):
            period = str(first)  # (“十五五”开局之年: the plan's first year)
        else:
            period = f"{first}/{last}"
        if suffix:  # “十三五”期间: the quotes belong to the expression
            start, end = m.span()
        else:  # “十四五”: the name without its quotes
            start, end = m.start("pn"), m.start("pn") + 3
        if m.group("popen") and not m.group("pclose") and suffix:
            start = m.start("pn")
        return _Atom(start, end, "plan", period=period)

    def _relative(self, word: str, start: int, end: int) -> _Atom | None:
        meaning = self._words[word]
        if meaning == "none":
            return None  # 当前位置: a breadcrumb, not a time
        if meaning == "unresolved":
            return _Atom(start, end, "relative", unresolved=True)
        what, _, offset = meaning.partition(":")
        n = int(offset)
        if what == "year":
            return _Atom(start, end, "relative", relative_year=n)
        if what == "month":
            return _Atom(start, end, "relative", month_offset=n, needs_year=True)
        return _Atom(start, end, "relative", months=_half("上半年" if n == 1 else "下半年"), needs_year=True, of_quarters=True)

    # --- joining atoms: 2021年9月9日至13日, 今年10月份 ------------------------------------------------

    def _merge(self, atoms: list[_Atom], text: str) -> list[_Atom]:
        out: list[_Atom] = []
        fiscal: int | None = None  # the first year of the financial year whose quarters the page counted
        financial_year: str | None = None  # the financial year the text is about, as it named it last
        for atom in atoms:
            prev = out[-1] if out else None
            if financial_year is not None and atom.relative_year == 0 and text[atom.start:atom.end] == "年内":
                # 2025/26年度,…其中年内新增融资约58亿港元: within the financial year the page is about
                atom.period, atom.relative_year, atom.kind = financial_year, None, "range"
            if atom.period is not None and _FINANCIAL_YEAR.fullmatch(atom.period) \
                    and text[max(0, atom.start - 1):atom.start] not in _COMPARED_WITH_CHARS:
                financial_year = atom.period  # (较2024/25年度增加197间: the year compared with, not the text's)
            if fiscal is not None and atom.of_quarters and atom.needs_year and atom.year is None \
                    and atom.relative_year is None and atom.months is not None \
                    and not (prev is not None and prev.end == atom.start):
                # 2026/27年度首三季(…)营运数据。…园区公司首三季融资总额: the quarters of the financial
                # year the page is about, counted from its April, as where it named them first
                atom.period, atom.needs_year = _fiscal_months(fiscal, atom.months), False
            if prev is not None and prev.relative_year is not None and prev.end == atom.start \
                    and atom.needs_year and atom.relative_year is None:
                # 今年10月份, 去年上半年: the year word lends its year.
                atom.start, atom.relative_year, atom.needs_year = prev.start, prev.relative_year, False
                out[-1] = atom
            elif prev is not None and prev.period is not None and _FINANCIAL_YEAR.fullmatch(prev.period) \
                    and atom.months is not None and atom.needs_year and prev.end == atom.start:
                # 2025-26年度首三季: the months counted from the financial year's April
                out[-1] = _Atom(prev.start, atom.end, "range", period=_fiscal_months(int(prev.period[:4]), atom.months))
                # (a page that counts quarters by the financial year goes on so; one that names the
                # financial year alone, 2024/25财政年度(截至今年3月), may count them by the calendar)
                fiscal = int(prev.period[:4])
            elif prev is not None and self._joins(prev, atom, text):
                out[-1] = _Atom(prev.start, atom.end, "range", prev.year, relative_year=prev.relative_year,
                                pair=(prev, atom))
            else:
                out.append(atom)
        # A lone day (5号楼, 8日) is not a time expression unless it ends a range (9日至13日) or
        # dates a news event in the page's month (10日在圣荷西举办…, 23日上午).
        return [a for a in out if not (a.kind == "date" and a.month is None and not a.news_day)]

    def _joins(self, a: _Atom, b: _Atom, text: str) -> bool:
        """2021年9月9日至13日, 3月至5月: two dates joined by 至 / - / ~ make one range."""
        if a.kind not in ("date", "month") or b.kind not in ("date", "month"):
            return False
        if self._connector.fullmatch(text, a.end, b.start) is None:
            return False
        # The later end may leave out the year (and month) it shares with the earlier one.
        return b.year is not None or b.month is not None or a.month is not None

    # --- writing the result --------------------------------------------------------------------

    def _expression(self, a: _Atom, text: str, doc_year: int | None, doc_month: int | None) -> TimeExpression:
        period = a.period
        if period is None and not a.unresolved and a.kind != "clock":
            year = a.year
            if year is None and doc_year is not None:
                year = doc_year + (a.relative_year or 0)
                if a.relative_year is None and a.month is not None and doc_month is not None and a.month > doc_month \
                        and (text.endswith(_AS_OF, max(0, a.start - 3), a.start)
                             or (a.day is None and a.month - doc_month >= _FAR_AHEAD
                                 and (text[a.end : a.end + 1] in ("末", "底") or text.startswith("的", a.end))
                                 and text[a.end + 1 : a.end + 2] != "前" and not _PLAN_BEFORE.search(text, max(0, a.start - 6), a.start))):
                    # 截至12月底, 已于10月, 12月末 on a page of January: the last year's months, none to come
                    # (降至12月的每公斤28元: a level of that month, past)
                    # (but 12月底前建成, 计划12月底建成: a deadline to come; 6月底 on a page of April: this year's)
                    year -= 1
                elif a.relative_year is None and a.month is None and a.months is not None and doc_month is not None \
                        and a.months[0] - doc_month >= _FAR_AHEAD and text[a.end : a.end + 1] in (",", "，") \
                        and not _PLAN_BEFORE.search(text, max(0, a.start - 6), a.start):
                    year -= 1  # 第四季度,全区集中交付房源280套 on a page of January: the quarter just ended
                elif a.relative_year is None and a.month is None and a.months is not None and doc_month is not None \
                        and a.months[0] == 1 and a.months[1] - doc_month >= _FAR_AHEAD \
                        and not _PLAN_BEFORE.search(text, max(0, a.start - 6), a.start):
                    year -= 1  # 1—12月,…实现地区生产总值 on a page of January: the months of the year just ended
            if year is None:
                period = None
            elif a.years_ahead is not None:
                period = f"{year}/{year + a.years_ahead - 1}"
            elif a.years_back is not None:
                period = f"{year - a.years_back}/{year - 1}"
            elif a.month_offset is not None:  # 上月, 下个月
                if doc_month is not None:
                    y, m = divmod(year * 12 + doc_month - 1 + a.month_offset, 12)
                    period = f"{y:04d}-{m + 1:02d}"
            elif a.news_day and a.month is None:  # 10日: of the page's month
                period = f"{year:04d}-{doc_month:02d}-{a.day:02d}" if doc_month is not None and a.day is not None else None
            else:
                period = _format(year, a)
        return _new_time(start=a.start, end=a.end, text=text[a.start:a.end], period=period, kind=a.kind)


_AS_OF = ("截至", "截止", "截止到", "截至到", "已于")  # (as of; done in: none to come)
_FAR_AHEAD = 6  # a month's end this many months after the page's month is the year before's (12月末 in January)
_PLAN_BEFORE = re.compile(r"计划|预计|力争|争取|确保|将|拟|要|于")
# what follows a day that dates a news event: a place, a time of day, the event's verb, a comma
_DAY_RANGE_BEFORE = re.compile(r"(?:3[01]|[12]\d|0?[1-9])日[ ]*(?:至|到|-|~|—|–)[ ]*$")  # 13日至|14日: the range's end
# (or a clock time, 截至14日16时, or the day a range of days ends, 13日至14日: a report's days of its month)
_NEWS_DAY_AFTER = re.compile(r"(?:[,，]|在|上午|下午|晚间|晚上|晚|早上|凌晨|举行|举办|召开|发布|公布|宣布|表示|正式"
                             r"|(?:[01]?\d|2[0-3])[时点](?!\d)|[ ]*(?:至|到|-|~|—|–)[ ]*(?:3[01]|[12]\d|0?[1-9])日)")


def _fiscal_months(first_year: int, months: tuple[int, int]) -> str:
    """The months of a financial year that starts in April of ``first_year``, counted from it
    (首三季 of 2025-26年度: 2025-04/2025-12)."""
    first = first_year * 12 + 3  # April of its first year, as months since year 0
    a, b = first + months[0] - 1, first + months[1] - 1
    return f"{a // 12}-{a % 12 + 1:02d}/{b // 12}-{b % 12 + 1:02d}"


def _format(year: int, a: _Atom) -> str:
    if a.pair is not None:
        first, last = a.pair
        y1 = first.year if first.year is not None else year
        y2 = last.year if last.year is not None else y1
        month = last.month if last.month is not None else first.month
        end = _Atom(last.start, last.end, last.kind, y2, month, last.day)
        return f"{_point(y1, first)}/{_point(y2, end)}"
    if a.months is not None:
        first, last = a.months
        return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    return _point(year, a)


def _point(year: int, a: _Atom) -> str:
    if a.day is not None and a.month is not None:
        return f"{year:04d}-{a.month:02d}-{a.day:02d}"
    if a.month is not None:
        return f"{year:04d}-{a.month:02d}"
    return f"{year:04d}"


def _year_of(s: str) -> int:
    if s.isdigit():
        return int(s)
    return int("".join(str(DIGITS[ch]) for ch in s))


_PERIOD_WORD = re.compile(rf"(?P<half>{_HALF})|(?P<q>{_QUARTER})")


def months_of_period_word(word: str) -> tuple[int, int] | None:
    """The months a half or quarters of a year span, from the word alone (a table's column
    heading: 指标|单位|前三季度); None for any other word.

    >>> months_of_period_word("前三季度"), months_of_period_word("首三季"), months_of_period_word("上半年")
    ((1, 9), (1, 9), (1, 6))
    >>> months_of_period_word("第二季度"), months_of_period_word("全年")
    ((4, 6), None)
    """
    m = _PERIOD_WORD.fullmatch(word)
    if m is None:
        return None
    return _half(word) if m.group("half") else _quarter(word)


def _half(word: str) -> tuple[int, int]:
    return (1, 6) if word == "上半年" else (7, 12)


def _quarter(word: str) -> tuple[int, int]:
    if word.startswith("首"):
        n = {"二": 2, "两": 2, "三": 3}.get(word[1], 1)
        return 1, 3 * n
    if word.startswith("前"):
        n = {"二": 2, "两": 2, "三": 3, "2": 2, "3": 3}[word[1]]
        return 1, 3 * n
    digit = word.lstrip("第")[0]
    n = int(digit) if digit.isdigit() else DIGITS[digit]
    return 3 * n - 2, 3 * n


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d{1,2}))?")


def _year_month(document_date: str | None) -> tuple[int | None, int | None]:
    if not document_date:
        return None, None
    m = _YEAR_MONTH.match(document_date)
    if m is None:
        raise ValueError(f"document_date must look like YYYY-MM-DD, not {document_date!r}")
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


# --- the page's publication date -----------------------------------------------------------------

_MONTH_AND_DAY = r"\s*[-/.年]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.月]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
_DATE = rf"(?P<y>{_YEAR}){_MONTH_AND_DAY}"
# Labels of the publication date, best first; 时间 alone is often the time of an event.
_DATE_LABELS = (
    ("发布日期", "发布时间", "发文日期", "成文日期", "印发日期", "发表日期", "发表时间", "发稿时间"),
    ("更新日期", "更新时间", "日期", "发布"),
)


@functools.cache
def _date_patterns() -> tuple[re.Pattern, ...]:
    # 发布/2026年2月24日 is how Singapore's papers label it.
    labelled = [re.compile(rf"(?:{'|'.join(labels)})[ \t]*[::/]?[ \t]*{_DATE}") for labels in _DATE_LABELS]
    # An unlabelled date with a clock time (2021-09-08 18:15, 2026年2月24日 05:30), or one that
    # starts a line (2023-03-31 来源:…).
    with_clock = re.compile(rf"{_DATE}日?[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d")
    line_start = re.compile(rf"(?m)^[ \t]*{_DATE}")
    # A work report's dateline: ——2025年1月14日在某某市第九届人民代表大会第五次会议上.
    delivered = re.compile(rf"(?m)^[ \t]*(?:—+|-{{2,}})[ \t]*{_DATE}日?[ \t]*在")
    # A document's issuing line: the issuer, a run of spaces, the date ending the line (大庆高新区管委会
    # 办公室　　　2026年5月14日, at the head of a meeting's minutes).
    issued = re.compile(rf"(?m)^[^\n]{{2,40}}?[ \t]{{2,}}{_DATE}日?[ \t]*$")
    # A byline's row: the source, the date and the page's counters parted by runs of spaces
    # (榆林高新区技术合同登记点　　2026年10月15日　　浏览次数:386).
    byline = re.compile(rf"(?m)^[^\n]{{2,40}}?[ \t]{{2,}}{_DATE}日?[ \t]{{2,}}\S")
    # 时间:2025-12-10 来源:赣江新区建设局: 时间 labels the page's date on a line of the page's furniture
    # (alone it is often the time of an event)
    furniture_time = re.compile(rf"(?m)^[ \t]*时间[ \t]*[:：][ \t]*{_DATE}(?=[^\n]*(?:来源|浏览|阅读|点击|字号|作者|编辑))")
    # A newspaper's masthead: its name, the date with its weekday, the page (河南日报 2026年1月21日
    # 星期三 第02版 要闻); a date with its weekday near a line's start, no sentence before it.
    masthead = re.compile(rf"(?m)^[^\n。，,:：]{{0,20}}?{_DATE}日?[ \t]*[(（]?(?:星期|周|礼拜)[一二三四五六日天]")
    return (*labelled, furniture_time, with_clock, line_start, delivered, issued, byline, masthead)


_ANY_DATE = re.compile(_DATE)
# (公布日期:115-05-13: a Taiwan page's date labelled as any other, in the Republic's years)
_ROC_LABELLED_DATE = re.compile(rf"(?:{'|'.join(('公布日期', *(label for labels in _DATE_LABELS for label in labels)))})"
                                rf"[ \t]*[:：/]?[ \t]*(?P<y>1[0-4]\d|[89]\d){_MONTH_AND_DAY}")


# 宜昌高新区管委会2025年政府信息公开工作年度报告, 2025年统计公报, 2025年某高新区气候公报: a report on a year, published the next
# year; its title is a line (not a sentence: 2025年年报已全部披露完毕 is news of others' reports), maybe with a
# note in brackets after it (2025年度管理报告, …2025年度工作报告(摘要))
# (臨海工業區污水處理廠114年度營運成果(摘要): a year of the Republic, a year's results)
_REPORT_TITLE = re.compile(r"(?m)^[^\n。,，]{0,30}?((?:19|20)\d{2}|(?<!\d)1[0-3]\d)\s*年度?[^\n。,，]{0,30}?"
                           r"(?:报告|年报|公报|工作总结|营运成果|运营成果|经营成果)(?:[(（][^\n()（）]{1,8}[)）])?[ \t]*$")


_YEAR_IN = re.compile(r"(?:19|20)\d{2}")


def report_year(text: str) -> int | None:
    """The year an annual report reports on, as its title names it (2025年…年度报告 → 2025), or
    None. Its 本年度, 今年 and 全年 are that year, whenever it was published.

    >>> report_year("首页 > 年报\\n某某高新区2025年政府信息公开工作年度报告\\n发布时间:2026-01-22")
    2025
    """
    m = _REPORT_TITLE.search(text, 0, min(len(text), 400))
    if m is None or _YEAR_IN.search(m.group(), m.end(1) - m.start()):
        return None  # (2025年预算执行情况和2026年预算草案的报告: a report on two years, no one year's)
    year = int(m.group(1))
    return year + ROC_EPOCH if year <= _ROC_LAST else year  # (114年度: the Republic's year 114, 2025)


def find_document_date(text: str) -> str | None:
    """The page's publication date from its furniture, as ``YYYY-MM-DD``; None if it has none.

    >>> find_document_date("来源:市府办 发布日期:2019-08-13 14:16 浏览量:-")
    '2019-08-13'
    >>> find_document_date("3月2日下午,江门召开新闻发布会") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"find_document_date() takes a str, not {type(text).__name__}")
    head = to_half_width(text[:3000])
    if _ANY_DATE.search(head) is None:  # no date at all: the labelled and positioned patterns need not look
        return _roc_date(head)
    for pattern in _date_patterns():
        for m in pattern.finditer(head):
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if _valid(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return _roc_date(head)


@functools.lru_cache(maxsize=8)  # (asked by the quantity recogniser, then by the pipeline, of the same text)
def roc_dated(text: str) -> bool:
    """Whether the page is a Taiwan page by its opening: its furniture dates it in the Republic's
    years (發布日期:115-02-05), or it names one of the Republic's bodies or legal forms
    (財團法人台灣血液基金會, ``taiwan_markers.txt``). Its 114年 is 2025 though it names no money in 新臺幣."""
    head = text[:_TAIWAN_OPENING]
    return any(marker in head for marker in _TAIWAN_MARKERS) \
        or _ROC_LABELLED_DATE.search(to_half_width(text[:3000])) is not None


_TAIWAN_OPENING = 600  # a page's site name, path, title, dateline and first lines
_TAIWAN_MARKERS = tuple(line.strip() for line in resources.files("zonex.data").joinpath("taiwan_markers.txt")
                        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))


def _roc_date(head: str) -> str | None:
    """公布日期:115-05-13 on a Taiwan government page: the Republic's year 115 is 2026."""
    m = _ROC_LABELLED_DATE.search(head)
    if m is None:
        return None
    year, month, day = int(m.group("y")) + 1911, int(m.group("m")), int(m.group("d"))
    return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
