"""Column tables written as text (zonex.tables) and what the stages make of them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zonex
from zonex.furniture import link_bars
from zonex.normalize import normalize
from zonex.tables import find_tables, is_table_line

D = Decimal

TABLE = (
    "2025年上半年各开发区主要经济指标\n"
    "开发区|地区生产总值(亿元)|同比增长(%)|高新技术企业(家)|固定资产投资同比增长(%)\n"
    "临淄经济开发区|210.4|5.2|318|-3.1\n"
    "淄博高新区|402.8|7.4|—|6.0\n"
)


def test_a_header_and_its_rows_make_a_table():
    (table,) = find_tables(TABLE)
    got = [(c.row_name, TABLE[c.start:c.end], c.column.label, c.column.unit, c.column.change_of) for c in table.cells]
    assert got == [
        ("临淄经济开发区", "210.4", "地区生产总值", "亿元", None),
        ("临淄经济开发区", "5.2", "同比增长", "%", ""),
        ("临淄经济开发区", "318", "高新技术企业", "家", None),
        ("临淄经济开发区", "3.1", "固定资产投资同比增长", "%", "固定资产投资"),
        ("淄博高新区", "402.8", "地区生产总值", "亿元", None),
        ("淄博高新区", "7.4", "同比增长", "%", ""),
        ("淄博高新区", "6.0", "固定资产投资同比增长", "%", "固定资产投资"),
    ]
    assert TABLE[table.start:table.end].startswith("开发区|") and TABLE[table.end - 1] == "0"


def test_links_are_no_table():
    assert find_tables("首页|新闻中心|政务公开|办事服务|互动交流\n") == []
    # a header without rows, and rows without a header, are no table either
    assert find_tables("开发区|地区生产总值(亿元)|同比增长(%)\n\n正文。") == []
    assert find_tables("临淄经济开发区|210.4|5.2\n淄博高新区|402.8|7.4\n") == []
    assert not is_table_line(["首页", "新闻中心", "政务公开", "办事服务"])
    assert is_table_line(["临淄经济开发区", "210.4", "5.2", "318"])
    assert is_table_line(["开发区", "地区生产总值(亿元)", "同比增长(%)"])


def test_a_tables_lines_are_no_link_bars():
    assert link_bars(TABLE, 3) == []
    assert len(link_bars("首页 | 新闻 | 政务 | 公开\n" + TABLE, 3)) == 1


def test_the_stages_read_a_table_under_its_title():
    doc = zonex.extract("淄博市统计局\n发布时间:2025-07-30\n\n附表\n" + TABLE)
    quantities = [(q.text, q.kind, q.value, q.unit) for q in doc.quantities]
    assert quantities == [
        ("210.4", "money", D("21040000000"), "CNY"), ("5.2", "percent", D("5.2"), "%"), ("318", "count", D("318"), "家"),
        ("3.1", "percent", D("3.1"), "%"), ("402.8", "money", D("40280000000"), "CNY"), ("7.4", "percent", D("7.4"), "%"),
        ("6.0", "percent", D("6.0"), "%"),
    ], quantities
    assert [(e.text, e.label) for e in doc.entities if e.label == "ZONE"] == [("临淄经济开发区", "ZONE"), ("淄博高新区", "ZONE")]
    claims = [(c.subject, c.metric, c.period, c.value, c.change and (c.change.value, c.change.direction, c.change.basis))
              for c in doc.claims]
    assert claims == [
        ("临淄经济开发区", "地区生产总值", "2025-01/2025-06", D("21040000000"), (D("5.2"), "up", "yoy")),
        ("临淄经济开发区", "高新技术企业", "2025-01/2025-06", D("318"), None),
        ("临淄经济开发区", "固定资产投资", "2025-01/2025-06", None, (D("3.1"), "down", "yoy")),
        ("淄博高新区", "地区生产总值", "2025-01/2025-06", D("40280000000"), (D("7.4"), "up", "yoy")),
        ("淄博高新区", "固定资产投资", "2025-01/2025-06", None, (D("6.0"), "up", "yoy")),
    ], claims


def test_a_table_in_full_width_bars_keeps_its_offsets():
    text = TABLE.replace("|", "｜").replace("(", "（").replace(")", "）")
    doc = zonex.extract(text)
    assert len(doc.claims) == 5
    for q in doc.quantities:
        assert text[q.start:q.end] == q.text


_NAMES = st.sampled_from(["临淄经济开发区", "淄博高新区", "某某园区", "A区"])
_NUMBERS = st.one_of(st.decimals(min_value=-999, max_value=9999, places=1, allow_nan=False, allow_infinity=False).map(str),
                     st.just("—"), st.just(""))


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.tuples(_NAMES, _NUMBERS, _NUMBERS), min_size=1, max_size=5),
       before=st.sampled_from(["", "正文一段。\n", "首页|新闻|政务|公开\n"]))
def test_every_cell_is_a_number_of_the_text(rows, before):
    text = before + "开发区|营业收入(亿元)|同比增长(%)\n" + "".join(f"{n}|{a}|{b}\n" for n, a, b in rows)
    for table in find_tables(text):
        for cell in table.cells:
            assert text[cell.start:cell.end] == cell.number
            assert text[cell.row_name_start:cell.row_name_end] == cell.row_name
    doc = zonex.extract(text)
    for q in doc.quantities:
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("separator", ["|", "｜"])
def test_a_table_on_a_page_that_lost_its_line_breaks_is_not_read_as_one(separator):
    # a table is read line by line: with its line breaks lost there is no header line, and the
    # numbers are not given the units of cells that are no longer a column
    text = "开发区|地区生产总值(亿元)|同比增长(%) 临淄经济开发区|210.4|5.2".replace("|", separator)
    assert find_tables(zonex.normalize(text).text) == []
    assert zonex.extract(text).claims == []


def test_a_column_of_words_and_numbers_with_thousands_separators():
    # set 20: a table of parcels with their buyers (a column of words between or after the
    # numbers), 86,673 written with its separator, units with a magnitude (萬平方呎)
    text = ("地块编号｜出让面积（平方米）｜成交价（万元）｜竞得人\n"
            "马开2025-09号｜86,673｜2,470｜星驰汽车部件（马鞍山）有限公司\n"
            "马开2025-17号｜133,340｜5,800｜铖锐智能装备股份有限公司\n")
    norm = zonex.normalize(text).text
    (table,) = find_tables(norm)
    got = [(c.row_name, norm[c.start:c.end], c.column.label) for c in table.cells]
    assert got == [("马开2025-09号", "86,673", "出让面积"), ("马开2025-09号", "2,470", "成交价"),
                   ("马开2025-17号", "133,340", "出让面积"), ("马开2025-17号", "5,800", "成交价")], got
    doc = zonex.extract("2025年部分工业用地出让结果\n" + text)
    assert [(c.subject, c.metric, c.value, c.unit) for c in doc.claims][:2] == [
        ("马开2025-09号", "出让面积", D("86673"), "m2"), ("马开2025-09号", "成交价", D("24700000"), "CNY")]
    # one column with a unit and one of words is no table (a list of links with a note)
    assert find_tables("名称|面积(亩)|备注\n甲|3|无\n") == []
    doc = zonex.extract("園區｜可出租樓面面積（萬平方呎）｜出租率（%）\n　　香港科學園｜452｜91\n")
    assert [(q.text, q.value, q.unit) for q in doc.quantities] == [("452", D("4520000"), "ft2"), ("91", D("91"), "%")]


YEARS = (
    "表5-1 发行人主要财务数据\n单位:万元\n项目  2025年末/度  2024年末/度  2023年末/度\n"
    "总资产  4,362,815.47  4,018,562.30  3,705,418.96\n营业收入  186,342.57  —  158,237.80\n"
    "资产负债率(%)  64.21  63.38  62.57\n注:财务数据均经审计。\n"
)


def test_a_table_of_years_parted_by_spaces():
    # set 22: a prospectus's table as text: the header's cells are years, the unit on the line
    # above (单位:万元) or in a row's brackets; an empty cell (—) has no value
    (table,) = find_tables(YEARS)
    got = [(c.row_name, YEARS[c.start:c.end], c.column.period, c.unit or c.column.unit) for c in table.cells]
    assert got == [
        ("总资产", "4,362,815.47", "2025", "万元"), ("总资产", "4,018,562.30", "2024", "万元"),
        ("总资产", "3,705,418.96", "2023", "万元"), ("营业收入", "186,342.57", "2025", "万元"),
        ("营业收入", "158,237.80", "2023", "万元"), ("资产负债率", "64.21", "2025", "%"),
        ("资产负债率", "63.38", "2024", "%"), ("资产负债率", "62.57", "2023", "%"),
    ], got


def test_a_table_of_years_gives_each_year_its_claim():
    text = "徐州高新区汇通建设发展集团有限公司 募集说明书\n\n" + YEARS
    claims = zonex.extract(text).claims
    got = [(c.metric, c.period, c.value, c.unit, c.subject) for c in claims]
    issuer = "徐州高新区汇通建设发展集团有限公司"
    assert got[:2] == [("总资产", "2025", D("43628154700"), "CNY", issuer), ("总资产", "2024", D("40185623000"), "CNY", issuer)]
    assert [(m, p) for m, p, *_ in got] == [("总资产", "2025"), ("总资产", "2024"), ("总资产", "2023"), ("营业收入", "2025"),
                                            ("营业收入", "2023"), ("资产负债率", "2025"), ("资产负债率", "2024"),
                                            ("资产负债率", "2023")]


def test_spaces_between_words_make_no_table():
    text = "项目  2025年  2024年\n高新区  发展  很快\n2025年  2024年  对比\n"
    assert find_tables(text) == []


def test_a_yearbook_table_with_a_unit_column_and_a_growth_column():
    # set 24: 指标 单位 2024年 2025年 比上年增长(%): the unit column types each row; the growth is a
    # change of the last year's value since the year before; a row in % grows by percentage points;
    # a minus gives a fall, outside the span
    text = ("2025年,绵阳高新区经济保持较快增长。\n\n18-4 绵阳高新区主要经济指标\n"
            "指标    单位  2024年    2025年  比上年增长(%)\n地区生产总值   亿元     568.3   612.7     7.4\n"
            "  #高新技术产业产值    亿元  702.4    781.9  11.3\n实际使用外资    万美元  8620    7935  -7.9\n"
            "R&D经费支出占营业收入比重     %   3.03     3.08   0.05\n")
    got = [(c.metric, c.period, c.value, c.unit, c.change and (c.change.value, c.change.unit, c.change.direction,
                                                             c.change.basis)) for c in zonex.extract(text).claims]
    assert got == [
        ("地区生产总值", "2024", D("56830000000"), "CNY", None),
        ("地区生产总值", "2025", D("61270000000"), "CNY", (D("7.4"), "%", "up", "since")),
        ("高新技术产业产值", "2024", D("70240000000"), "CNY", None),
        ("高新技术产业产值", "2025", D("78190000000"), "CNY", (D("11.3"), "%", "up", "since")),
        ("实际使用外资", "2024", D("86200000"), "USD", None),
        ("实际使用外资", "2025", D("79350000"), "USD", (D("7.9"), "%", "down", "since")),
        ("R&D经费支出占营业收入比重", "2024", D("3.03"), "%", None),
        ("R&D经费支出占营业收入比重", "2025", D("3.08"), "%", (D("0.05"), "pp", "up", "since")),
    ], got


def test_a_bar_table_of_years_with_a_column_of_differences():
    # set 47: 指标|2025年|2024年|增减, parted by bars: the differences are signed, in the row's unit,
    # in % or in percentage points, and each points at the latest year's cell of its row
    text = "指标|2025年|2024年|增减\n床位(张)|500|450|+50\n收入(亿元)|3.28|3.01|+9.0%\n药占比(%)|27.4|29.1|-1.7个百分点\n"
    (table,) = find_tables(text)
    cells = [(text[c.start:c.end], c.unit, c.column.period, c.falls) for c in table.cells]
    assert cells == [("500", "张", "2025", False), ("450", "张", "2024", False), ("50", "张", None, False),
                     ("3.28", "亿元", "2025", False), ("3.01", "亿元", "2024", False), ("9.0%", "%", None, False),
                     ("27.4", "%", "2025", False), ("29.1", "%", "2024", False), ("1.7个百分点", "个百分点", None, True)]
    latest = {c.row_name: c.start for c in table.cells if c.column.period == "2025"}
    assert all(c.level_start == latest[c.row_name] for c in table.cells if c.column.period is None)


def test_a_table_parted_by_tabs_or_runs_of_spaces_is_read_as_one_parted_by_bars():
    # set 84: a spreadsheet pasted into a page (cells parted by tabs) and a news site's table (cells
    # parted by two full-width spaces) are tables; their cells keep the text's offsets
    tabs = "表1　2025年某某园区检定结果\n器具类别\t检定件数（件）\t合格率（%）\n非自动衡器\t1,948\t98.9\n电度表\t1,317\t99.1\n"
    spaces = "出口市场　　承保金额（亿美元）　　服务企业（家）\n欧洲　　5.8　　214\n北美洲　　4.2　　186\n"
    for page, first in ((tabs, "非自动衡器"), (spaces, "欧洲")):
        text = normalize(page).text  # (the tables are read in the normalised text: full-width spaces are spaces)
        tables = find_tables(text)
        assert len(tables) == 1 and tables[0].cells[0].row_name == first, tables
        for cell in tables[0].cells:
            assert text[cell.start:cell.end] == cell.number
    assert find_tables("发布时间：2026-02-10  来源：烟台日报  记者 于晓冬\n正文一段。\n") == []


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.tuples(_NAMES, _NUMBERS, _NUMBERS), min_size=1, max_size=5),
       gap=st.sampled_from(["\t", "  ", "　　", " \t ", "   "]))
def test_every_cell_of_a_table_parted_by_gaps_is_a_number_of_the_text(rows, gap):
    text = f"开发区{gap}营业收入(亿元){gap}同比增长(%)\n" + "".join(f"{n}{gap}{a}{gap}{b}\n" for n, a, b in rows if a and b)
    for table in find_tables(text):
        for cell in table.cells:
            assert text[cell.start:cell.end] == cell.number
            assert text[cell.row_name_start:cell.row_name_end] == cell.row_name
    for q in zonex.extract(text).quantities:
        assert text[q.start:q.end] == q.text


def test_a_table_parted_by_single_spaces_under_a_header_of_units():
    # set 85: a header whose cells carry their units, parted by single (full-width) spaces, parts its
    # table's rows the same way, down to the first line without a space; prose with spaces is no table
    page = ("表1　114年某某園區毒性化學物質運作情形\n類別　運作廠商（家）　運作量（公噸）　年增率（%）\n"
            "第一類毒性化學物質　42　1,860　-3.5\n合計　218　385,000　6.3\n註：合計為不重複廠商家數。\n")
    text = normalize(page).text
    tables = find_tables(text)
    assert len(tables) == 1 and [c.row_name for c in tables[0].cells][:3] == ["第一类毒性化学物质"] * 3, tables
    for cell in tables[0].cells:
        assert text[cell.start:cell.end] == cell.number
    assert find_tables(normalize("園區廠商 42 家，運作量 1,860 公噸。\n").text) == []


def test_a_column_of_a_rates_change_in_points_and_rows_of_groups():
    # set 86: 较上年(个百分点) after a rate's column is that rate's change in points, each cell signed
    # (the sign outside the span); rows of groups of people (重点人群) are kinds of the page's subject
    text = "表1 2025年某某高新区重点人群签约情况\n重点人群|签约人数(人)|签约率(%)|较上年(个百分点)\n老年人|48,620|83.6|+2.8\n残疾人|4,170|86.9|-0.6\n"
    cells = [(c.row_name, c.number, c.column.change_of) for t in find_tables(text) for c in t.cells]
    assert cells == [("老年人", "48,620", None), ("老年人", "83.6", None), ("老年人", "2.8", ""),
                     ("残疾人", "4,170", None), ("残疾人", "86.9", None), ("残疾人", "0.6", "")], cells
    got = [(c.metric, c.change.value if c.change else None, c.change.unit if c.change else None,
            c.change.direction if c.change else None) for c in zonex.extract(text).claims]
    assert got == [("老年人签约人数", None, None, None), ("老年人签约率", Decimal("2.8"), "pp", "up"),
                   ("残疾人签约人数", None, None, None), ("残疾人签约率", Decimal("0.6"), "pp", "down")], got


def test_a_table_with_gaps_of_one_space_and_of_many():
    # set 87: under a header of units parted by one full-width space, rows whose cells are parted by one
    # space and by many are one table, every gap a bar
    page = ("项目类型　　　　项目数（个）　整治面积（亩）\n高标准农田建设　6　　　　　　6,800\n"
            "农村建设用地复垦　8　　　　　　1,150\n")
    text = normalize(page).text
    cells = [(c.row_name, c.number, c.column.label) for t in find_tables(text) for c in t.cells]
    assert cells == [("高标准农田建设", "6", "项目数"), ("高标准农田建设", "6,800", "整治面积"),
                     ("农村建设用地复垦", "8", "项目数"), ("农村建设用地复垦", "1,150", "整治面积")], cells


def test_a_rows_unit_is_its_levels_not_its_growths():
    # set 104: 指标名称|单位|1—9月|同比增长(%): 亿元 in a row's unit cell is the unit of its 1—9月
    # value; the growth column keeps its own % (6.9 is 6.9%, not 6.9亿元)
    from zonex.quantities import QuantityRecognizer

    page = ("指标名称 | 单位 | 1—9月 | 同比增长(%)\n规模以上工业总产值 | 亿元 | 1286.4 | 6.9\n"
            "规模以上工业增加值 | — | — | 7.8\n一般公共预算收入 | 亿元 | 32.7 | -1.8\n")
    text = normalize(page).text
    got = {q.text: (q.kind, q.unit) for q in QuantityRecognizer()(text)}
    assert got == {"1286.4": ("money", "CNY"), "6.9": ("percent", "%"), "7.8": ("percent", "%"),
                   "32.7": ("money", "CNY"), "1.8": ("percent", "%")}, got


def test_a_markdown_table_whose_value_column_is_headed_by_a_period():
    # set 113: | 指标 | 单位 | 前三季度 | 同比增长（%） |: the outer bars hold no cells, the |---| line
    # no row, and 前三季度 heads the rows' values in their own units, January to September
    page = ("2026年10月23日\n附表：2026年前三季度苏州工业园区主要经济指标\n"
            "| 指标 | 单位 | 前三季度 | 同比增长（%） |\n|---|---|---|---|\n"
            "| 地区生产总值 | 亿元 | 2912.6 | 6.2 |\n| 进出口总额 | 亿美元 | 631.4 | 3.9 |\n"
            "| 新登记企业 | 万家 | 1.12 | -2.6 |\n")
    doc = zonex.extract(page)
    got = [(c.metric, c.value, c.unit, c.period, c.change.value, c.change.direction) for c in doc.claims]
    assert got == [("地区生产总值", 291_260_000_000, "CNY", "2026-01/2026-09", Decimal("6.2"), "up"),
                   ("进出口总额", 63_140_000_000, "USD", "2026-01/2026-09", Decimal("3.9"), "up"),
                   ("新登记企业", 11_200, "家", "2026-01/2026-09", Decimal("2.6"), "down")], got
