"""Column tables written as text: a header line of labels with their units in brackets, then
rows of a name and its numbers, the cells parted by ``|`` (full-width ``｜`` is ``|`` once the
text is normalised)::

    开发区|地区生产总值(亿元)|同比增长(%)|固定资产投资同比增长(%)
    潍坊高新区|398.2|6.9|5.6
    滨海经济技术开发区|276.5|6.1|3.9

Statistics bureaus append such tables (附表) to their bulletins. Each number is a value of the
row's name, in the unit of its column; a column whose label is only a change word (同比增长, 增速)
holds the growth of the column before it. Without this, the rows look like link bars (runs of
short ``|``-separated cells) and nothing in them would be read.

:func:`find_tables` is pure: normalised text in, tables (with offsets into that text) out.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .periods import ROC_EPOCH, months_of_period_word

__all__ = ["INDEX", "MONTH_NAMES", "QUARTER_NAMES", "RANK", "SEASON_NAMES", "Cell", "Column", "Table", "find_tables", "is_table_line", "may_hold_tables"]

# A header cell: a label and its unit in brackets (地区生产总值(亿元), 同比增长(%)).
_HEADER_CELL = re.compile(r"\s*(?P<label>[^\s|()（）]{1,30})\s*[(（](?P<unit>[^()（）|\n]{1,8})[)）]\s*")
# A number cell: a value, maybe negative, maybe empty (—, -, blank) where a row has no value.
_NUMBER_CELL = re.compile(r"\s*(?P<n>[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*")  # (86,673 too)
# A header cell that names a column of words (竞得人, 备注): no numbers to read in it.
_TEXT_HEADER_CELL = re.compile(r"\s*[^\s|()（）\d]{1,12}\s*")
_EMPTY_CELL = re.compile(r"\s*[—–\-/…]*\s*")
# Change columns: the growth of the column before (同比增长, 增速), or of the metric they name
# (固定资产投资同比增长, 规上工业增加值增速).
# (年增率, 年增长, 场次年增: Taiwan's words for the growth over the year before, as 同比; 按年增长 Hong Kong's)
# (领域|事件数(起)|金额(亿元)|同比(%): 同比 alone heads the growth of the column before)
_CHANGE_LABEL = re.compile(r"(?P<metric>.*?)(?:(?P<basis>同比|比上年同期|比上年|较上年|较去年|按年|[较比](?:19|20)?\d{2,3}年|年(?=增))?(?P<word>增长|增速|增幅|增率|下降|成长|(?<=年|比)增减|(?<=年)增)(?:率)?"
                           r"|(?P<alone>同比|环比))$")


def _growth_basis(change: re.Match) -> str | None:
    """The basis a change label names: yoy (同比, 年增, 按年), mom (环比), since (比上年, 较去年), or
    None when it names none (增速)."""
    word = change.group("basis") or change.group("alone")
    if not word:
        return None
    return "yoy" if word.startswith(("同比", "年", "按年")) else "mom" if word == "环比" else "since"


class Column(NamedTuple):
    """A column: its label without the unit (地区生产总值), the unit (亿元, %), and, for a change
    column, the metric whose change it holds ("" when it is the column before's)."""

    label: str
    unit: str  # "" for a column of words (竞得人), whose cells hold no value
    change_of: str | None  # None: a level column
    yoy: bool
    period: str | None = None  # a column of a year (2025年末/度): the rows are metrics, the cells their values then
    basis: str | None = None  # of a change column: yoy (同比), since (比上年), unspecified
    caption: str = ""  # the line above the header (2025年度综合评价前10名高新区如下:, 各校招生计划如下:)
    estimate: bool = False  # a column of a year to come, as a research report heads it (2026E): a forecast
    month: int | None = None  # a column of a month of the page's year (3月均价(元/公斤)): its figures are that month's
    place: str | None = None  # a column of a zone (工项|仁大工业区|大社工业区): the rows are metrics, the cells its values
    # a level column whose label opens with a year (2025年营业收入(亿元)): its figures are that year's,
    # and the other level columns are of the year the caption names (表1 2026年度入库企业行业分布)
    year: str | None = None
    of_column: int | None = None  # a change column's level column when that is not the one before it
    months: tuple[int, int] | None = None  # a level column of months of the page's year (1至10月核發補貼)
    # a change column beside a column of each row's value (单位|绝对值|同比增长(%)): a growth alone in
    # its row (规模以上工业增加值|—|—|9.3) is the row's, for the caption's period
    row_growth: bool = False
    # a column of each row's target beside its result (单位|年度目标|完成值|增速(%)): the rows' targets
    target: bool = False


class Cell(NamedTuple):
    """A number of the table: its span in the text, its column and its row's name."""

    start: int
    end: int
    number: str
    column: Column
    column_index: int
    row_name: str
    row_name_start: int
    row_name_end: int
    names_label: str = ""  # the header of the names' column (开发区, 产业): what kind of thing a row is
    unit: str | None = None  # the row's own unit, where its name carries one (资产负债率(%)); else the column's
    falls: bool = False  # a change cell written with a minus (-3.1 under 同比增长(%)): the sign outside the span
    level_start: int | None = None  # a cell of a growth row (同比(%) under 营业总收入): where the level it grew is


class Table(NamedTuple):
    start: int
    end: int
    columns: list[Column | None]  # None for the first column (the names)
    cells: list[Cell]


def is_table_line(cells: list[str]) -> bool:
    """Whether the cells of a ``|`` line are a table's header or row, not links: most cells after
    the first are numbers (or empty), or two cells or more carry a unit in brackets."""
    rest = cells[1:]
    if not rest:
        return False
    numbers = sum(1 for c in rest if _VALUE_CELL.fullmatch(c) or (c.strip() and _EMPTY_CELL.fullmatch(c)))
    if numbers * 2 > len(rest) and any(_NUMBER_CELL.fullmatch(c) for c in rest):
        return True
    if _SERIAL_CELL.fullmatch(cells[0]) and len(rest) >= 2 and any(_NUMBER_CELL.fullmatch(c) for c in rest[1:]):
        return True  # 1|郴州高新区|92.6|持平: a row led by its rank or serial number
    return sum(1 for c in cells if _HEADER_CELL.fullmatch(c)) >= 2


# Tables of years: cells parted by runs of spaces or tabs (a PDF's or a spreadsheet's table as
# text), a header of years, the unit on a line above (单位:万元) or in a row's brackets::
#
#     单位:万元
#     项目  2025年末/度  2024年末/度  2023年末/度
#     总资产  4,362,815.47  4,018,562.30  3,705,418.96
#     资产负债率(%)  64.21  63.38  62.57
_GAP = re.compile(r"[ \t]{2,}|\t")
# (2025A 2026E: a research report's years, actual and estimated, parted by single spaces too)
_YEAR_CELL = re.compile(r"\s*(?:(?P<y>(?:19|20)\d{2})(?P<est>[AEFP])?\s*年?|(?P<roc>1[0-3]\d)年)(?:末|底|度|年度)?(?:/(?:末|底|度|年度))?\s*")
# (one search tells whether a text may hold one: two year cells side by side)
# (指标|2025年|2024年|增减: the same table with its cells parted by bars)
_YEAR_HEADER = re.compile(r"(?:19|20)\d{2}(?:\s*年?(?:末|底|度|年度)?(?:/(?:末|底|度|年度))?(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)(?:19|20)\d{2}"
                          r"|[AEFP][ \t]+(?:19|20)\d{2}[AEFP])"
                          r"|1[0-3]\d年度?[ \t]*\|[ \t]*1[0-3]\d年")  # (113年度|114年度: the Republic's; its cells tell)
_BAR_GAP = re.compile(r"[ \t]*\|[ \t]*")
# a column of the differences between the years (增减: 2025年比2024年增减), each cell signed and in
# its own unit (+9.0%, -1.7个百分点) or the row's (+50 under 编制床位(张))
# a column of a count's change in the count's unit (较上年新增(个), 比上年增加(家), 同比减少(件))
_CHANGE_BASIS = r"(?P<basis>同比|比上年|较上年|比去年|较去年|[较比](?:19|20)?\d{2,3}年)"
_COUNT_CHANGE_LABEL = re.compile(_CHANGE_BASIS + r"(?P<word>新增|增加|增长|减少|下降|增减)")
# a column of a rate's change in points (较上年(个百分点), 比上年提高(百分点)): the basis, maybe its verb
_POINTS_CHANGE_LABEL = re.compile(_CHANGE_BASIS + r"(?:提高|增减|增长|上升|变化|变动)?")
_POINT_UNITS = frozenset({"个百分点", "百分点"})
_DIFFERENCE_LABEL = re.compile(r"(?P<basis>同比|比上年|较上年|年)?(?:增减|增减量|增减额|增减值|增减幅度|变化|变动)")
# a bar table's column of a year, with its unit (2025年(件)), or of a year of the Republic of China
# (113年(件): a Taiwan table's, 1911 + 113 = 2024)
_YEAR_LABEL = re.compile(r"((?:19|20)\d{2}|1[0-3]\d)年(?:(?:1[0-2]|[1-9])月)?(?:度|末|底)?")  # (115年6月底: a stock then)
_DIFFERENCE_CELL = re.compile(r"\s*(?P<n>[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<pct>%|个百分点|百分点)?\s*")
PER_ROW = "@row"  # the unit of a column of a zone: each row's own, in its name's brackets
# a header cell that names a zone or park (仁大工业区, 大埔美精密机械园区)
_PLACE_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,12}(?:工业区|园区|高新区|开发区|经开区|产业园|科技园|工业园|科学园)")
DIFFERENCE = "±"  # the unit of a column of differences: each cell's own, else its row's
_ONE_GAP = re.compile(r"[ \t]+")
# a row of the growth of the row above, year by year (同比(%) under 营业总收入(百万元))
_GROWTH_ROW = re.compile(r"同比(?:增长|增速)?|增长率?|增速|增幅|[Yy][Oo][Yy]")
_UNIT_LINE = re.compile(r"[(（]?\s*单位\s*[:：]\s*(?P<unit>[^\s,，;；()（）、]{1,6}(?:、[^\s,，;；()（）、]{1,6})*)\s*[)）]?")
_UNIT_HEADERS = frozenset({"单位", "计量单位"})
# 指标名称|单位|绝对值|同比增长(%): a column of each row's value in its row's unit, for the caption's period
_VALUE_HEADERS = frozenset({"绝对值", "数值", "本期", "本期值", "完成值", "完成数", "累计值", "本年累计"})
# 指标名称|单位|年度目标|完成值|增速(%)|完成率(%): a column of each row's target for the year, in its row's unit
_TARGET_HEADERS = frozenset({"年度目标", "全年目标", "目标值", "目标", "年度计划", "计划值", "计划数", "目标任务"})
# the header of a names column whose rows are years (年度|营业额(亿元)|…): each row a year's figures
YEAR_NAMES = frozenset({"年度", "年份", "年", "年度别"})
# the header of a names column whose rows are months (月份|客运量(万人次)|同比(%) / 1月|103.6|6.2)
MONTH_NAMES = frozenset({"月份", "月"})
# the header of a names column whose rows are quarters (季别|处理水量(万立方公尺) / 第1季|392.6)
QUARTER_NAMES = frozenset({"季别", "季度", "季"})
# the header of a names column whose rows are seasons (季节|平均气温(℃) / 春季(3—5月)|24.6): each row
# the page's subject's figures in the months the row names
SEASON_NAMES = frozenset({"季节", "季节别"})
_YEAR_NAME = re.compile(r"(?:19|20)\d{2}")
RANK = "rank"  # the unit of a column of ranks (全省位次): its numbers are read as 第N
_RANK_HEADER = re.compile(r"位次|排名|名次")
# the header of a column of ranks or list numbers leading the rows (名次|园区|综合得分, 序号|企业名称|…)
# a value cell that may carry its sign and its percent sign (-4.8%, +1.5%): a change column's
_VALUE_CELL = re.compile(r"\s*(?P<n>[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<pct>%)?\s*")
INDEX = "指数"  # the unit of a column of an index's values (综合指数): none, the index itself
_SERIAL_CELL = re.compile(r"\s*\d{1,3}\s*")
_SERIAL_HEADER = re.compile(r"位次|排名|名次|序号|排序|编号")
# a label that ends with what its numbers count (入园人次; 交易件数, the number of 件): their measure word
# 交易件数, 抽检批次, 参观人次: a label that ends with what its numbers count
_COUNTED_LABEL = re.compile(r"(?P<measure>人次$|批次$|家次$|户次$|[件家户项宗笔所座台袋人箱团场](?=数$))")  # (笔数 alone too; 参考人数: 人)
_RATE_LABEL = re.compile(r"(?:率|占比|比重)$")
_SCORE_LABEL = re.compile(r"得分$|评分$|分数$")
# the whole a ranking of parks is within, as the page names it (全市产业园区, 全省11个开发区)
_RANK_SCOPE = re.compile(r"(全(?:国|省|市|区|州|县))[\d个家所]*[^\s\d,，。；;]{0,10}?(?:园区|开发区|高新区|经开区)")
# a period word a column's label opens with (一季度发明专利授权(件), 上半年营业收入(亿元))
_LABEL_PERIOD = re.compile(r"(?:(?:19|20)\d{2}年)?(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|全年|[1-9]\d?[-—–~至][1-9]\d?月)?")
_ONE_YEAR = re.compile(r"(?:19|20)\d{2}年")
# a span of months of one year (1至10月, 1-10月), as a column's label opens with it
MONTH_SPAN = re.compile(r"([1-9]\d?)[-—–~至]([1-9]\d?)月")
_ONE_YEAR_IN = re.compile(r"((?:19|20)\d{2})年")
_LABEL_MONTH = re.compile(r"(1[0-2]|[1-9])月(?:份)?(?!\d)")
_ROWS_LEFT_OUT = re.compile(r"\n[ \t]*(?:…+|\.{3,}|⋯+)[ \t]*\n")
_ROW_MARKER = re.compile(r"\s*(?:#|＃|其中[:：]?)\s*")
_ROW_UNIT = re.compile(r"(?P<label>.+?)\s*[(（](?P<unit>[^()（）]{1,6})[)）]\s*")


def may_hold_tables(text: str) -> bool:
    """Whether ``text`` may hold a table :func:`find_tables` reads (a cheap test first)."""
    return "|" in text or "\t" in text or "  " in text or ") " in text or _YEAR_HEADER.search(text) is not None


def find_tables(text: str) -> list[Table]:
    """The column tables of ``text``: a header line whose cells after the first carry units,
    followed by lines with as many cells, the first a name and the others numbers; tables of
    years parted by spaces (see :data:`_GAP`); and the first kind with its cells parted by tabs
    or runs of spaces instead of bars (:func:`_gap_tables`)."""
    tables = _bar_tables(text) if "|" in text else []
    if _YEAR_HEADER.search(text) is not None:
        tables += _year_tables(text)
    if "\t" in text or "  " in text or ") " in text:  # (") ": a header's unit, then one space)
        tables += _gap_tables(text, tables)
    return tables


# a gap between two cells of a line: a tab, or two spaces or more (full-width spaces are spaces
# once the text is normalised), between two characters that are no spaces
_CELL_GAP = r"(?<=\S)(?:[ \t]*\t[ \t]*|[ ]{2,})"
_INNER_GAP = re.compile(_CELL_GAP + r"(?=\S)")
# a number right after a gap: what a row of such a table holds (its header holds labels)
_GAP_NUMBER = re.compile(_CELL_GAP + r"[-−+]?\d")
# a header's two cells with their units, parted by one space or tab (运作厂商(家) 运作量(公吨))
_SPACED_HEADER = re.compile(r"\) [^\s|()]{1,30}\([^()\n|]{1,8}\)")  # (normalised: half-width brackets)
_ONE_INNER_GAP = re.compile(r"(?<=\S)[ \t]+(?=\S)")
# the same, without the look behind that makes a search of a whole page slow (a first test: each
# pattern opens with a literal, which the engine finds fast, and runs only where its literal is)
_GAP_NUMBER_SEARCHES = ((re.compile(r"  [ \t]*[-−+]?\d"), "  "), (re.compile(r"\t[ \t]*[-−+]?\d"), "\t"))


def _gap_tables(text: str, found: list[Table]) -> list[Table]:
    """Tables whose cells are parted by tabs or runs of spaces (a spreadsheet or a PDF pasted into a
    page: 器具类别<TAB>检定件数(件)<TAB>…, 出口市场  承保金额(亿美元)  …): each gap is read as a bar
    of the same length, so the offsets stay the text's, and the lines are read as a bar table. A
    header of units parted by single spaces (类别 运作厂商(家) 运作量(公吨)) parts its table's lines by
    single spaces too, down to the first line without one."""
    lines: list[str] | None = None
    barred = False
    if any(_after_a_cell(text, m.start()) for pattern, cue in _GAP_NUMBER_SEARCHES if cue in text
           for m in pattern.finditer(text)):
        lines = text.split("\n")
        rows = [i for i, line in enumerate(lines) if "|" not in line and _GAP_NUMBER.search(line) is not None]
        for i in sorted({*rows, *(i - 1 for i in rows if i > 0)}):  # the rows, and the header above each
            line = lines[i]
            if "|" not in line and _INNER_GAP.search(line) is not None:
                lines[i] = _INNER_GAP.sub(_as_bar, line)
                barred = True
    if ") " in text and _SPACED_HEADER.search(text) is not None:  # (one search; most pages stop here)
        written = text.split("\n")  # (the lines as written: a bar of the page's own is no gap read above)
        lines = lines if lines is not None else list(written)
        i = 0
        while i < len(lines):
            if "|" in written[i] or _SPACED_HEADER.search(written[i]) is None:
                i += 1
                continue
            # (项目类型    项目数(个) 整治面积(亩) / 高标准农田建设 6      6,800: gaps of one space and of
            # many in one table, every gap a bar)
            while i < len(lines) and "|" not in written[i] and _ONE_INNER_GAP.search(written[i]) is not None:
                lines[i] = _ONE_INNER_GAP.sub(_as_bar, written[i])
                barred = True
                i += 1
    if not barred or lines is None:
        return []
    taken = [(t.start, t.end) for t in found]
    return [t for t in _bar_tables("\n".join(lines)) if not any(a < t.end and t.start < b for a, b in taken)]


def _after_a_cell(text: str, gap: int) -> bool:
    """Whether the gap at ``gap`` (maybe after spaces: a space, then a tab) follows a cell's text, not
    a line's start (an indent)."""
    while gap > 0 and text[gap - 1] == " ":
        gap -= 1
    return gap > 0 and not text[gap - 1].isspace()


def _as_bar(gap: re.Match) -> str:
    return "|" + " " * (len(gap.group()) - 1)


def _year_tables(text: str) -> list[Table]:
    """Tables of years: the header's cells after the first are years, maybe with a unit column
    (单位) before them and growth columns (比上年增长(%)) after them."""
    tables: list[Table] = []
    for m in _YEAR_HEADER.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if tables and start < tables[-1].end:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        gap = _BAR_GAP if "|" in m.group() else _GAP
        cells = _gap_cells(text, start, end, gap)
        header = _year_header(text, cells)
        if header is None and gap is _GAP:
            gap = _ONE_GAP  # (盈利预测与估值 2025A 2026E…: a report's table, its cells parted by one space)
            cells = _gap_cells(text, start, end, gap)
            header = _year_header(text, cells)
            if header is not None and not any(c is not None and c.estimate for c in header[0]):
                header = None  # (single spaces part the cells only of a table of estimates)
        if header is None:
            continue
        columns, unit_index = header
        # the latest year's column: what a column of differences is the change of (2025年|2024年|增减)
        years = [(int(c.period), i) for i, c in enumerate(columns) if c is not None and c.period is not None]
        latest = max(years)[1] if years else None
        # the unit: on the header line or on one of the two lines above it
        above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, start - 1)))) + 1
        unit_m = None
        for u in _UNIT_LINE.finditer(text, above, end):
            unit_m = u
        table_unit = unit_m.group("unit") if unit_m else ""
        columns = [c._replace(unit=table_unit) if c is not None and c.period is not None else c for c in columns]
        names_label = text[cells[0][0]:cells[0][1]].strip()
        found: list[Cell] = []
        line_end = end
        row_above: dict[int, Cell] = {}  # the level cells of the row above, by column
        while line_end < len(text):
            row_start = line_end + 1
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            row = _gap_cells(text, row_start, row_end, gap)
            if len(row) != len(cells):
                break
            a, b = row[0]
            marker = _ROW_MARKER.match(text, a, b)
            a = marker.end() if marker else a  # (#高新技术产业产值, 其中:…: a part of the row above)
            name = text[a:b].strip()
            if not name or _NUMBER_CELL.fullmatch(text, a, b):
                break
            own = _ROW_UNIT.fullmatch(name)
            row_unit = own.group("unit") if own else None
            if own is not None:
                name = own.group("label")
            if unit_index is not None:
                ua, ub = row[unit_index]
                row_unit = text[ua:ub].strip() or row_unit
            if not (row_unit or table_unit):
                break
            growth_row = row_unit in ("%", "％") and _GROWTH_ROW.fullmatch(name) is not None and bool(row_above)
            numbers: list[Cell] = []
            row_above_this: dict[int, Cell] = {}  # this row's cells of years, for its differences
            for index, ((cs, ce), column) in enumerate(zip(row[1:], columns[1:], strict=True), start=1):
                if column is None:
                    continue  # the unit column
                # (a growth column's cells may carry their % and sign: 15.3%, -2.1%)
                n = (_DIFFERENCE_CELL if column.unit == DIFFERENCE else _VALUE_CELL if column.period is None
                     else _NUMBER_CELL).fullmatch(text, cs, ce)
                if n is None:
                    if _EMPTY_CELL.fullmatch(text, cs, ce):
                        continue
                    numbers = []
                    break
                # a growth of a row in % is in percentage points (R&D强度 3.03 → 3.08: 0.05)
                unit = ("个百分点" if row_unit == "%" else "%") if column.period is None else row_unit
                if column.unit == DIFFERENCE:  # +50 of 编制床位(张), +9.0%, -1.7个百分点: as written
                    unit = n.group("pct") or ("个百分点" if row_unit in ("%", "％") else row_unit)
                cell = _cell(n, column, index, name, a, names_label, unit)
                if column.period is None and not growth_row and latest is not None and latest in row_above_this:
                    # (指标|2025年|2024年|同比(%): a growth is the latest year's, wherever its column stands)
                    cell = cell._replace(level_start=row_above_this[latest].start)
                if growth_row:
                    level = row_above.get(index)
                    falls = cell.number[:1] in "-−"
                    cell = cell._replace(start=cell.start + falls, number=cell.number[falls:], falls=falls,
                                         level_start=level.start if level is not None else None)
                numbers.append(cell)
                if column.period is not None:
                    row_above_this[index] = cell
            if not numbers:
                break
            found += numbers
            if not growth_row:
                row_above = {c.column_index: c for c in numbers}
            line_end = row_end
        if found:
            tables.append(Table(start, line_end, columns, found))
    return tables


def _year_header(text: str, cells: list[tuple[int, int]]) -> tuple[list[Column | None], int | None] | None:
    """The columns of a header of years (指标 单位 2024年 2025年 比上年增长(%)), and the index of
    its unit column; None when the line is no such header."""
    if len(cells) < 3:
        return None
    columns: list[Column | None] = [None]
    unit_index = None
    years = growths = 0
    for index, (a, b) in enumerate(cells[1:], start=1):
        year = _YEAR_CELL.fullmatch(text, a, b)
        if year is not None:
            # (113年度: a year of the Republic, 1911 + 113)
            period = year.group("y") or str(int(year.group("roc")) + ROC_EPOCH)
            columns.append(Column("", "", None, False, period, estimate=year.group("est") in ("E", "F", "P")))
            years += 1
            continue
        cell = text[a:b].strip()
        if cell in _UNIT_HEADERS and years == 0 and unit_index is None:
            columns.append(None)
            unit_index = index
            continue
        difference = _DIFFERENCE_LABEL.fullmatch(cell) if years >= 2 else None
        if difference is not None:
            yoy = difference.group("basis") in ("同比", "年")
            columns.append(Column(cell, DIFFERENCE, "", yoy, None, "yoy" if yoy else "since"))
            growths += 1
            continue
        head = _HEADER_CELL.fullmatch(text, a, b)
        change = _CHANGE_LABEL.fullmatch(head.group("label")) if head is not None and head.group("unit") in ("%", "％") else None
        if change is None and head is None and years >= 2:
            change = _CHANGE_LABEL.fullmatch(cell)  # (…|113年度|114年度|年增率 / …|15.3%: its cells in %)
            if change is not None and change.group("metric"):
                change = None
        if change is None or years == 0:
            return None
        basis = _growth_basis(change)
        columns.append(Column(head.group("label") if head is not None else cell, "%", "", basis == "yoy", None,
                              basis or "unspecified"))
        growths += 1
    if years < 2 and not (years == 1 and growths):
        return None
    return columns, unit_index


def _change_column(label: str, of: str, change: re.Match) -> Column:
    """A column of growth in % under a header: of the column before (``of`` empty) or of the metric
    it names. Any basis word counts as over the year before (yoy); 较上年, 比上年 name the basis
    ``since``, as they do in a sentence (比上年增加11间)."""
    basis = _growth_basis(change)
    return Column(label, "%", of, basis is not None, basis=basis)


def _cell(m: re.Match, column: Column, index: int, name: str, name_start: int, names_label: str,
          unit: str | None) -> Cell:
    """A number's cell; in a change column a minus says the change went down and stays outside
    the span (同比-3.4% in text is read so too)."""
    start, number = m.start("n"), m.group("n")
    falls = column.change_of is not None and number[:1] in "-−"
    if falls or number[:1] == "+":
        start, number = start + 1, number[1:]  # (+1.5%: the sign stays outside the span too)
    end = m.end("pct") if "pct" in m.re.groupindex and m.group("pct") else m.end("n")  # (-4.8%: with its %)
    return Cell(start, end, number, column, index, name, name_start, name_start + len(name), names_label, unit, falls)


def _gap_cells(text: str, start: int, end: int, gap: re.Pattern = _GAP) -> list[tuple[int, int]]:
    """The cells of a line whose cells are parted by runs of spaces or tabs (``gap``)."""
    a = start
    while a < end and text[a] in " \t":
        a += 1
    cells = []
    for g in gap.finditer(text, a, end):
        if g.start() > a:
            cells.append((a, g.start()))
        a = g.end()
    if a < end:
        cells.append((a, end))
    return cells


def _bar_tables(text: str) -> list[Table]:
    tables: list[Table] = []
    lines = _lines_with_bars(text)
    i = 0
    while i < len(lines):
        start, end, cells = lines[i]
        columns = None
        if i + 1 < len(lines) and lines[i + 1][0] == end + 1 and _SERIAL_HEADER.fullmatch(text[cells[0][0]:cells[0][1]].strip()):
            columns = _ranked_header(text, start, cells, lines[i + 1][2])  # (序号|公司名称|…: the names second)
        columns = columns or _header(text, cells) or _place_header(text, cells)
        if columns is None and i + 1 < len(lines) and lines[i + 1][0] == end + 1:
            columns = _header_of_unit_above(text, start, cells, lines[i + 1][2]) \
                or _ranked_header(text, start, cells, lines[i + 1][2]) \
                or _header_of_first_row(text, start, cells, lines[i + 1][2])
        if columns is None:
            i += 1
            continue
        found: list[Cell] = []
        names_index = columns.index(None)
        names_label = text[cells[names_index][0]:cells[names_index][1]].strip()
        # the line above the header: what a rank column ranks, whether the rows are a plan (各校招生计划如下:)
        line_end = start - 1
        while line_end > 0 and text[line_end - 1] == "\n":
            line_end -= 1  # (past blank lines)
        above = text.rfind("\n", 0, max(0, line_end)) + 1
        caption = text[above:max(above, line_end)].strip()
        columns = [c._replace(caption=caption) if c is not None else c for c in columns]
        if any(c is not None and c.year for c in columns) and (of_caption := _ONE_YEAR_IN.findall(caption)) \
                and len(set(of_caption)) == 1:
            # 表1 2026年度入库企业行业分布 / 行业|入库企业(家)|2025年营业收入(亿元): the caption's year is
            # the other level columns' (the header's year is its own column's, not the table's)
            columns = [c._replace(year=of_caption[0]) if c is not None and not c.year and c.change_of is None
                       and c.period is None and c.unit else c for c in columns]
        j = i + 1
        while j < len(lines) and _next_line(text, lines[j - 1][1], lines[j][0]) and len(lines[j][2]) == len(cells):
            row = _row(text, lines[j], columns, names_label)
            if row is None:
                break
            found += row
            j += 1
        if found:
            tables.append(Table(start, lines[j - 1][1], columns, found))
        i = max(j, i + 1)
    return tables


def _place_header(text: str, cells: list[tuple[int, int]]) -> list[Column | None] | None:
    """The columns of a header whose cells after the first name zones (工项|仁大工业区|大社工业区): each
    row names a metric with its unit in brackets (路面刨除加铺(万平方米)|7.9|4.8), each cell is its
    zone's value. None when the line is no such header."""
    if len(cells) < 3 or not all(_PLACE_COLUMN.fullmatch(text[a:b].strip()) for a, b in cells[1:]):
        return None
    return [None, *(Column("", PER_ROW, None, False, place=text[a:b].strip()) for a, b in cells[1:])]


def _next_line(text: str, end: int, start: int) -> bool:
    """Whether a line starting at ``start`` follows the line ending at ``end`` in a table: the next
    line, or past a line of dots that stands for rows left out (7|临武经开区|80.6 / …… / 11|…)."""
    return start == end + 1 or _ROWS_LEFT_OUT.fullmatch(text, end, start) is not None


def _header_of_unit_above(text: str, start: int, cells: list[tuple[int, int]],
                          row: list[tuple[int, int]]) -> list[Column | None] | None:
    """The columns of a header of bare labels whose unit is on the line above (附:…情况(单位:公顷) /
    开发区|调整前规划面积|调整后规划面积|主导产业): the columns whose first row holds numbers are in that
    unit, the others columns of words; None when the line is no such header."""
    if len(cells) < 3 or len(row) != len(cells):
        return None
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    unit = _UNIT_LINE.search(text, above, start)
    if unit is None or not all(_TEXT_HEADER_CELL.fullmatch(text, a, b) or (k and _HEADER_CELL.fullmatch(text, a, b))
                               for k, (a, b) in enumerate(cells)):
        return None
    columns: list[Column | None] = [None]
    # (单位:件、新台币亿元: one unit for each column of numbers, in order)
    units = unit.group("unit").split("、")
    for (a, b), (ra, rb) in zip(cells[1:], row[1:], strict=True):
        own = _HEADER_CELL.fullmatch(text, a, b)
        if own is not None:
            # (存款余额|贷款余额|贷款同比(%) under 单位:亿元: a column with its own unit, a growth column's
            # of the column it names or the one before)
            label, own_unit = own.group("label"), own.group("unit").strip()
            change = _CHANGE_LABEL.fullmatch(label) if own_unit in ("%", "％") else None
            if change is not None:
                of = change.group("metric")
                named = next((i for i, c in reversed(list(enumerate(columns))) if c is not None
                              and c.change_of is None and of and c.label.endswith(of)), None)
                column = _change_column(label, "", change)
                columns.append(column._replace(of_column=named) if named is not None and named != len(columns) - 1 else column)
            else:
                columns.append(Column(label, own_unit, None, False))
            continue
        numeric = _NUMBER_CELL.fullmatch(text, ra, rb) is not None
        columns.append(Column(text[a:b].strip(), units.pop(0) if numeric and len(units) > 1 else units[0] if numeric else "",
                              None, False))
    return columns if sum(1 for c in columns if c is not None and c.unit) >= 2 else None


def _header_of_first_row(text: str, start: int, cells: list[tuple[int, int]],
                         row: list[tuple[int, int]]) -> list[Column | None] | None:
    """The columns of a header of bare labels with no unit anywhere, read from the first row
    (考核单元|综合指数|同比 / 南阳高新区|3.86|-6.3%): a column of signed percentages under a change
    label holds the growth of the column before; a column of bare numbers is in the unit its label
    implies (指数: an index, 得分: points). None when a value column's unit cannot be told."""
    if len(cells) < 3 or len(row) != len(cells) or not all(
            _TEXT_HEADER_CELL.fullmatch(text, a, b) or _HEADER_CELL.fullmatch(text, a, b) for a, b in cells):
        return None
    if _NUMBER_CELL.fullmatch(text, *row[0]) is not None or _VALUE_CELL.fullmatch(text, *row[0]) is not None:
        return None
    columns: list[Column | None] = [None]
    for (a, b), (ra, rb) in zip(cells[1:], row[1:], strict=True):
        label = text[a:b].strip()
        value = _VALUE_CELL.fullmatch(text, ra, rb)
        if value is None:
            return None
        with_unit = _HEADER_CELL.fullmatch(text, a, b)
        if with_unit is not None:  # (载客量(万人次) next to bare labels: its own unit)
            columns.append(Column(with_unit.group("label"), with_unit.group("unit").strip(), None, False))
        elif value.group("pct"):
            change = _CHANGE_LABEL.fullmatch(label)
            if change is None:
                columns.append(Column(label, "%", None, False))  # 平均载客率 / 78%: a rate, in %
                continue
            if change.group("metric") or columns[-1] is None:
                return None
            columns.append(_change_column(label, "", change))
        elif label.endswith(INDEX):
            columns.append(Column(label, INDEX, None, False))
        elif _SCORE_LABEL.search(label):
            columns.append(Column(label, "分", None, False))
        else:
            return None
    return columns


def _ranked_header(text: str, start: int, cells: list[tuple[int, int]],
                   row: list[tuple[int, int]]) -> list[Column | None] | None:
    """The columns of a header led by the rows' rank or serial number, the names second (名次|园区|
    综合得分|较上季度 under 二、评分排名(…单位:分…); 序号|企业名称|所属产业|评价得分): a 名次 column holds
    ranks of the first score column, in the scope the page names (全市), a 序号 column list numbers;
    a column whose first row holds numbers is in the unit on the line above, or in 分 when its label
    is a score (得分, 评分). None when the line is no such header."""
    if len(cells) < 3 or len(row) != len(cells) or not all(
            _TEXT_HEADER_CELL.fullmatch(text, a, b) or _HEADER_CELL.fullmatch(text, a, b) for a, b in cells[2:]):
        return None  # (序號|公司名稱|…|投資金額(新臺幣億元): a column may carry its unit)
    lead = text[cells[0][0]:cells[0][1]].strip()
    if _SERIAL_HEADER.fullmatch(lead) is None or _NUMBER_CELL.fullmatch(text, *row[0]) is None \
            or _NUMBER_CELL.fullmatch(text, *row[1]) is not None:
        return None
    if any(text[a:b].strip() in _UNIT_HEADERS for a, b in cells[2:]) \
            and (after_serial := _header(text, cells[1:])) is not None:
        # 序号|指标名称|单位|年度目标|完成值|…: list numbers before a table of each row's unit
        return [Column(lead, "", None, False), *after_serial]
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    unit_line = _UNIT_LINE.search(text, above, start)
    columns: list[Column | None] = [None, None]
    for (a, b), (ra, rb) in zip(cells[2:], row[2:], strict=True):
        label = text[a:b].strip()
        unit = ""
        with_unit = _HEADER_CELL.fullmatch(text, a, b)
        if with_unit is not None:
            # (2025年研发费用(万元): the year is the rows' period, as the page's, no part of the label)
            label = with_unit.group("label")
            label = label[_LABEL_PERIOD.match(label).end():] or label  # type: ignore[union-attr]
        value = _VALUE_CELL.fullmatch(text, ra, rb)
        in_percent = value is not None and (value.group("pct") or (with_unit is not None and with_unit.group("unit").strip() in ("%", "％")))
        change = _CHANGE_LABEL.fullmatch(label) if in_percent else None
        if change is not None and not change.group("metric") and columns[-1] is not None and columns[-1].unit:
            # 入园人次|较去年成长 / 31,200|21.5%: the growth of the column before
            basis = _growth_basis(change)
            columns.append(Column(label, "%", "", basis == "yoy", basis=basis))
            continue
        if _NUMBER_CELL.fullmatch(text, ra, rb) is not None:
            counted = _COUNTED_LABEL.search(label)
            unit = with_unit.group("unit").strip() if with_unit is not None \
                else unit_line.group("unit") if unit_line else "分" if _SCORE_LABEL.search(label) \
                else counted.group("measure") if counted is not None else ""
        columns.append(Column(label, unit, None, False))
    scores = [c for c in columns if c is not None and c.unit]
    if not scores:
        return None
    if _RANK_HEADER.fullmatch(lead):
        scope = _RANK_SCOPE.search(text, 0, start)
        label = scores[0].label + (scope.group(1) if scope else "") + lead
        columns[0] = Column(label, RANK, None, False)
    else:
        columns[0] = Column(lead, "", None, False)  # (序号: list numbers, no values)
    return columns


def _lines_with_bars(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Each line holding ``|``: its span and its cells' spans."""
    out = []
    pos = text.find("|")
    while pos != -1:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        cells, a, bar = [], start, pos
        while bar != -1:  # from bar to bar, not character by character (a line may be a whole page)
            cells.append((a, bar))
            a = bar + 1
            bar = text.find("|", a, end)
        cells.append((a, end))
        # | 指标 | 单位 | … |: bars that open and close the line (a Markdown table) hold no cells
        # (a header's blank corner alone, |2024年|2025年, is a cell)
        if len(cells) > 3 and not text[cells[0][0]:cells[0][1]].strip() and not text[cells[-1][0]:cells[-1][1]].strip():
            cells = cells[1:-1]
        out.append((start, end, cells))
        pos = text.find("|", end)
    return out


def _header(text: str, cells_spans: list[tuple[int, int]]) -> list[Column | None] | None:
    """The columns of a header line, or None when it is not one (every cell after the first a
    label with its unit, but for columns of words such as 竞得人 next to two with units)."""
    if len(cells_spans) < 2 or (len(cells_spans) == 2 and _HEADER_CELL.fullmatch(text, *cells_spans[1]) is None):
        return None  # (企业名称|一季度发明专利授权(件): one column of values, its unit given)
    columns: list[Column | None] = [None]
    # 指标名称|单位|1—9月|同比增长(%): a column of each row's unit; a column headed by a span of months
    # alone then holds each row's value in the unit of its row (set 104)
    units_column = any(text[a:b].strip() in _UNIT_HEADERS for a, b in cells_spans[1:])
    for a, b in cells_spans[1:]:
        m = _HEADER_CELL.fullmatch(text, a, b)
        if m is None and units_column and (span := MONTH_SPAN.fullmatch(text[a:b].strip())) is not None:
            columns.append(Column("", PER_ROW, None, False, months=(int(span.group(1)), int(span.group(2)))))
            continue
        if m is None and units_column and text[a:b].strip() in _VALUE_HEADERS:
            columns.append(Column("", PER_ROW, None, False))
            continue
        if m is None and units_column and text[a:b].strip() in _TARGET_HEADERS:
            columns.append(Column("", PER_ROW, None, False, target=True))
            continue
        if m is None and units_column and (months := months_of_period_word(text[a:b].strip())) is not None:
            # (…|单位|前三季度|…: a half or quarters of the year, 上半年, 一季度, 首三季)
            columns.append(Column("", PER_ROW, None, False, months=months))
            continue
        if m is None:
            if not _TEXT_HEADER_CELL.fullmatch(text, a, b):
                return None
            label = text[a:b].strip()
            # 全省位次, 排名: a column of ranks (its numbers are ranks); 较上年: words, no values;
            # 交易件数: a count of 件
            counted = _COUNTED_LABEL.search(label)
            # (本科上线率 over 93.9%: a rate's column, in percent)
            unit = RANK if _RANK_HEADER.search(label) else counted.group("measure") if counted \
                else "%" if _RATE_LABEL.search(label) else ""
            columns.append(Column(label, unit, None, False))
            continue
        label, unit = m.group("label"), m.group("unit").strip()
        year = _YEAR_LABEL.fullmatch(label)
        if year is not None:  # 案件类别|113年(件)|114年(件): a column of a year, the rows its metrics
            n = int(year.group(1))
            columns.append(Column("", unit, None, False, str(n + ROC_EPOCH if n < 1000 else n)))
            continue
        difference = _DIFFERENCE_LABEL.fullmatch(label) if any(c is not None and c.period for c in columns) else None
        if difference is not None:  # …|114年(件)|年增减(件): the latest year's change, in the column's unit
            basis = "yoy" if difference.group("basis") in ("同比", "年") else "since"
            columns.append(Column(label, unit, "", basis == "yoy", None, basis))
            continue
        month = _LABEL_MONTH.match(label)
        if month is not None and month.end() < len(label):  # (3月均价 | 2月均价: a month's column each)
            columns.append(Column(label[month.end():], unit, None, False, month=int(month.group(1))))
            continue
        opening = _LABEL_PERIOD.match(label).group()  # type: ignore[union-attr]
        label_year = opening[:4] if _ONE_YEAR.fullmatch(opening) else None
        # 1至10月核發補貼(萬元): a column of the months its label opens with (the other columns: the caption's time)
        months_opened = MONTH_SPAN.search(opening)
        label_months = (int(months_opened.group(1)), int(months_opened.group(2))) if months_opened is not None else None
        label = label[len(opening):] or label  # (一季度发明专利授权: the rows' period is the page's)
        counted_change = _COUNT_CHANGE_LABEL.fullmatch(label) if unit not in ("%", "％") else None
        # (the first column in that unit: 记录种数(种)|保育类(种)|较113年增减(种), the count and a part of it)
        same_unit = next((i for i, c in enumerate(columns) if c is not None and c.change_of is None
                          and c.period is None and c.unit == unit), None) if counted_change is not None else None
        if same_unit is not None:
            # 数量(个)|面积(万平方米)|较上年新增(个): the change of the column in its unit, since the year before
            basis = "yoy" if counted_change.group("basis") == "同比" else "since"  # type: ignore[union-attr]
            columns.append(Column(label, unit, "", basis == "yoy", basis=basis, of_column=same_unit))
            continue
        points = _POINTS_CHANGE_LABEL.fullmatch(label) if unit in _POINT_UNITS else None
        rate = next((i for i, c in reversed(list(enumerate(columns))) if c is not None and c.change_of is None
                     and c.unit in ("%", "％")), None) if points is not None else None
        if rate is not None:
            # 签约率(%)|较上年(个百分点): the rate's change since the year before, in points, each cell signed
            basis = "yoy" if points.group("basis") == "同比" else "since"  # type: ignore[union-attr]
            columns.append(Column(label, unit, "", basis == "yoy", basis=basis, of_column=rate))
            continue
        change = _CHANGE_LABEL.fullmatch(label) if unit in ("%", "％") else None
        if change is not None:
            of = change.group("metric")
            before = columns[-1]
            if of and before is not None and before.change_of is None and before.label.endswith(of):
                of = ""  # 融资金额(亿元)|金额同比(%): the growth of the column before, named short
            elif of and (named := next((i for i, c in reversed(list(enumerate(columns))) if c is not None
                                        and c.change_of is None and c.label.endswith(of)), None)) is not None:
                # 面积(万平方米)|金额(亿元)|面积同比(%): the growth of the column it names, further left
                # (签证份数(份)|签证货值(亿元)|份数同比(%): named short)
                columns.append(_change_column(label, "", change)._replace(of_column=named))
                continue
            if not of and before is not None and before.change_of is None and _RATE_LABEL.search(before.label) \
                    and (level := next((i for i, c in reversed(list(enumerate(columns))) if c is not None and c.change_of is None
                                        and c.period is None and c.unit and not _RATE_LABEL.search(c.label)), None)) is not None:
                # 投诉量(件)|占比(%)|同比增减(%): a share does not grow by a percentage; the level before it does
                columns.append(_change_column(label, "", change)._replace(of_column=level))
                continue
            columns.append(_change_column(label, of, change))
        else:
            columns.append(Column(label, unit, None, False, year=label_year, months=label_months))
    if sum(1 for c in columns if c is not None and c.unit) < min(2, len(columns) - 1):
        return None
    months = next((c.months for c in columns if c is not None and c.unit == PER_ROW and c.months), None)
    if months is not None:
        # (规模以上工业增加值|—|—|7.8: a growth with no level beside it is of the months the level
        # column spans, set 104)
        columns = [c._replace(months=months) if c is not None and c.change_of == "" and c.months is None else c
                   for c in columns]
    elif any(c is not None and c.unit == PER_ROW for c in columns):
        columns = [c._replace(row_growth=True) if c is not None and c.change_of == "" else c for c in columns]
    return columns


# 其中:税收收入, 其中，出口: the row's name after the word that makes it a part of the row above
_PART_OF_ROW_ABOVE = re.compile(r"其中[ ]*[:：,，]?[ ]*")


def _row(text: str, line: tuple[int, int, list[tuple[int, int]]], columns: list[Column | None],
         names_label: str = "") -> list[Cell] | None:
    """The numbers of a row, or None when the line is no row (a name first, numbers after)."""
    _start, _end, spans = line
    names_index = columns.index(None)
    a, b = spans[names_index]
    name = text[a:b].strip()
    if not name or (_NUMBER_CELL.fullmatch(text, a, b) and not (names_label in YEAR_NAMES and _YEAR_NAME.fullmatch(name))):
        return None  # (a row named by its year, under 年度: 2021|7,965|…, is a row)
    name_start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
    if (part := _PART_OF_ROW_ABOVE.match(name)) is not None and part.end() < len(name):
        # 其中:税收收入: a part of the row above, named by what follows 其中
        name, name_start = name[part.end():], name_start + part.end()
    cells: list[Cell] = []
    row_unit = None
    if any(c is not None and c.unit == PER_ROW for c in columns):
        units_at = next((i for i, c in enumerate(columns) if c is not None and not c.unit and c.label in _UNIT_HEADERS), None)
        if units_at is not None:
            # (规模以上工业总产值|亿元|1286.4|6.9: the row's unit in its own cell; 规上工业增加值|—|—|7.8: none)
            s, e = spans[units_at]
            row_unit = None if _EMPTY_CELL.fullmatch(text, s, e) else text[s:e].strip()
        else:
            own = _ROW_UNIT.fullmatch(name)  # (路面刨除加铺(万平方米) under columns of zones: the row's unit)
            if own is None:
                return None
            name, row_unit = own.group("label"), own.group("unit").strip()
    for index, ((s, e), column) in enumerate(zip(spans, columns, strict=True)):
        if column is None or not column.unit:
            continue  # (竞得人: a company's name, no value)
        # (a column of changes or differences may sign its cells: +331, -43)
        m = (_VALUE_CELL if column.unit == "%" or column.change_of is not None else _NUMBER_CELL).fullmatch(text, s, e)
        if m is None:
            if _EMPTY_CELL.fullmatch(text, s, e):
                continue
            return None
        if column.unit == PER_ROW and row_unit is None:
            continue  # (a value whose row names no unit: nothing to read it in)
        # (…|亿元|1286.4|6.9 under 同比增长(%): the row's unit is its level's; a column with a unit of
        # its own keeps it)
        cells.append(_cell(m, column, index, name, name_start, names_label, row_unit if column.unit == PER_ROW else None))
    if any(c.column.of_column is not None for c in cells):
        # (面积|金额|面积同比: each row's growth is of its 面积's cell)
        at = {c.column_index: c.start for c in cells}
        cells = [c._replace(level_start=at[c.column.of_column]) if c.column.of_column in at else c for c in cells]
    years = [c for c in cells if c.column.period is not None]
    if years:  # (…|113年(件)|114年(件)|年增减(件): a change of the row is the latest year's)
        latest = max(years, key=lambda c: int(c.column.period))  # type: ignore[arg-type]
        cells = [c._replace(level_start=latest.start) if c.column.change_of == "" else c for c in cells]
    months = [c for c in cells if c.column.month is not None and c.column.change_of is None]
    changes = {c.column.label for c in cells if c.column.change_of == ""}
    if months and len(changes) == 1:  # (…|3月均价|2月均价|环比(%): the change of the latest month's column)
        latest = max(months, key=lambda c: c.column.month)  # type: ignore[arg-type,return-value]
        cells = [c._replace(level_start=latest.start) if c.column.change_of == "" else c for c in cells]
    return cells
