"""zonex.periods: time expressions, their periods, and the page's publication date."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zonex
from zonex.periods import TimeRecognizer, find_document_date, plan_years

ROOT = Path(__file__).resolve().parents[1]


@functools.cache
def shared_recognizer() -> TimeRecognizer:
    return TimeRecognizer()


def times(text: str, date: str | None = None) -> list[tuple]:
    return [(t.text, t.kind, t.period) for t in shared_recognizer()(zonex.normalize(text).text, date)]


# (text, document date, [(span, kind, period)]): sentences of the seeds
SEEDS = [
    ("2018年,合金材料产业年产值211.4亿元", None, [("2018年", "year", "2018")]),
    ("好的,傅主任,去年11月29日,市委、市政府召开", "2019-08-13", [("去年11月29日", "date", "2018-11-29")]),
    ("主持人:3月29日,国家科技部成果转化", "2019-08-13", [("3月29日", "date", "2019-03-29")]),
    ("3月2日下午,江门召开", None, [("3月2日", "date", None)]),
    ("刘长虹表示,过去的一年,全市科技创新能力持续提升。", "2022-03-02", [("过去的一年", "relative", "2021")]),
    ("“十三五”期间,全市高企存量年平均增长率超50%", None, [("“十三五”期间", "plan", "2016/2020")]),
    ("存量是“十二五”期末的9倍", None, [("“十二五”期末", "plan", "2015")]),
    ("2016年至2021年,江门市规上工业高企数量", None, [("2016年至2021年", "range", "2016/2021")]),
    ("于2021年9月8日(星期三)16:00,在广西新闻发布厅", None,
     [("2021年9月8日", "date", "2021-09-08"), ("16:00", "clock", None)]),
    ("截至2020年12月,我区14家高新区", None, [("2020年12月", "month", "2020-12")]),
    ("二、“十四五”我区促进高新区高质量发展的基本思路", None, [("十四五", "plan", "2021/2025")]),
    ("将于2021年9月9日至13日在广西南宁举行", None, [("2021年9月9日至13日", "range", "2021-09-09/2021-09-13")]),
    ("全国169家国家高新区2020年度评价排名", None, [("2020年度", "year", "2020")]),
    ("计划在今年10月份完工", "2023-03-31", [("今年10月份", "month", "2023-10")]),
    ("按照湛江湾实验室6月份搬迁入驻的时间倒排", "2023-03-31", [("6月份", "month", "2023-06")]),
    ("目前,路网一期项目已完工", "2023-03-31", [("目前", "relative", "2023")]),
    ("广东医科大学海东校区计划2023年9月建成招生", None, [("2023年9月", "month", "2023-09")]),
    ("来源:高新院 achie.org 日期:2023-03-31 点击:", None, [("2023-03-31", "date", "2023-03-31")]),
    ("发布日期:2019-08-13 14:16 浏览量:-", None, [("2019-08-13", "date", "2019-08-13"), ("14:16", "clock", None)]),
]

# the forms the issue lists, and more
NEW = [
    ("二〇二〇年", None, [("二〇二〇年", "year", "2020")]),
    ("2018年1至9月", None, [("2018年1至9月", "range", "2018-01/2018-09")]),
    ("2018年前4月", None, [("2018年前4月", "range", "2018-01/2018-04")]),
    ("前4月", "2018-05-02", [("前4月", "range", "2018-01/2018-04")]),
    ("前4个月", None, [("前4个月", "range", None)]),
    ("今年首十个月", "2026-11-27", [("今年首十个月", "range", "2026-01/2026-10")]),  # Hong Kong's 前十个月
    ("1-6月", "2022-07-15", [("1-6月", "range", "2022-01/2022-06")]),
    ("2016-2021年", None, [("2016-2021年", "range", "2016/2021")]),
    ("十三五期间", None, [("十三五期间", "plan", "2016/2020")]),
    ("十四五", None, [("十四五", "plan", "2021/2025")]),
    ("十四五初", None, [("十四五初", "plan", "2021")]),
    ("去年", "2022-03-02", [("去年", "relative", "2021")]),
    # N年前: the document's year less N (a quoted founder's 三年前我们只有80多人)
    ("三年前我们只有80多人", "2026-11-02", [("三年前", "relative", "2023")]),
    ("是两年前的5倍", "2026-11-02", [("两年前", "relative", "2024")]),
    ("10年前", "2026-11-02", [("10年前", "relative", "2016")]),
    ("2016年前后", None, [("2016年", "year", "2016")]),  # (a year, then 前后)
    ("十年前期", "2026-11-02", []),  # (十年, then 前期)
    ("去年", None, [("去年", "relative", None)]),
    ("今年", "2022-03-02", [("今年", "relative", "2022")]),
    ("明年", "2022-03-02", [("明年", "relative", "2023")]),
    ("上半年", "2022-08-01", [("上半年", "relative", "2022-01/2022-06")]),
    ("今年上半年", "2022-08-01", [("今年上半年", "relative", "2022-01/2022-06")]),
    ("2018年上半年", None, [("2018年上半年", "range", "2018-01/2018-06")]),
    ("2018年一季度", None, [("2018年一季度", "range", "2018-01/2018-03")]),
    ("前三季度", "2021-11-01", [("前三季度", "range", "2021-01/2021-09")]),
    ("上月", "2022-01-10", [("上月", "relative", "2021-12")]),
    ("近年来", "2022-01-10", [("近年来", "relative", None)]),
    ("2018年1月至2019年3月", None, [("2018年1月至2019年3月", "range", "2018-01/2019-03")]),
    ("3月至5月", "2020-06-01", [("3月至5月", "range", "2020-03/2020-05")]),
    ("2019年底", None, [("2019年底", "year", "2019")]),
    ("下午3点召开", None, [("下午3点", "clock", None)]),
    ("2023年6月建成", None, [("2023年6月", "month", "2023-06")]),
    ("二〇二〇年十二月", None, [("二〇二〇年十二月", "month", "2020-12")]),
]

# not time expressions
NEGATIVES = [
    "当前位置:首页 > 政民互动 > 在线访谈",  # a breadcrumb
    "2180家居全省第6",  # jionlp reads 2180 as a year
    "经过两年的建设",  # a duration
    "3个月", "南宁市民族大道112号", "5号楼", "90年代", "三年级", "按照1:1给予补贴", "Copyright © 2011-2020",
    "十五个", "2月30日",
]

# bugs the tests caught
BUGS_CAUGHT = [
    # a day after 至 borrows no month of its own: with no date for the page, the days of a range
    # are days of an unknown month (set 42 made them days of the page's month when it has a date)
    ("9日至13日", None, [("9日", "date", None), ("13日", "date", None)]),
    # 今年 lends its year to the month right after it, not to a later one
    ("今年,10月份", "2023-03-31", [("今年", "relative", "2023"), ("10月份", "month", "2023-10")]),
]


@pytest.mark.parametrize(("text", "date", "expected"), SEEDS, ids=[c[0][:18] for c in SEEDS])
def test_seeds(text, date, expected):
    assert times(text, date) == expected


@pytest.mark.parametrize(("text", "date", "expected"), NEW, ids=[c[0][:18] for c in NEW])
def test_new(text, date, expected):
    assert times(text, date) == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:18] for t in NEGATIVES])
def test_not_time_expressions(text):
    assert times(text, "2022-01-01") == []


@pytest.mark.parametrize(("text", "date", "expected"), BUGS_CAUGHT, ids=[c[0][:18] for c in BUGS_CAUGHT])
def test_bugs_caught(text, date, expected):
    assert times(text, date) == expected


@pytest.mark.parametrize(("number", "years"), [(11, (2006, 2010)), (12, (2011, 2015)), (13, (2016, 2020)),
                                               (14, (2021, 2025)), (15, (2026, 2030)), (1, (1953, 1957))])
def test_plan_years(number, years):
    assert plan_years(number) == years


def test_bad_document_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        shared_recognizer()("去年", "last year")


# --- the publication date -------------------------------------------------------------------------

SEED_DATES = {"000": "2019-08-13", "001": None, "002": None, "003": "2021-09-08", "004": "2023-03-31"}


@pytest.mark.parametrize(("seed", "date"), sorted(SEED_DATES.items()))
def test_document_date_of_seeds(seed, date):
    path = next((ROOT / "seeds").glob(f"{seed}_*.txt"))
    text = path.read_text(encoding="utf-8")
    assert find_document_date(text) == date
    assert find_document_date(zonex.normalize(text).text) == date


DATES = [
    ("发布日期:2019-08-13 14:16", "2019-08-13"),
    ("发布时间：２０２１年９月８日", "2021-09-08"),  # full width, as on raw pages
    ("日期:2023-03-31 点击:", "2023-03-31"),
    ("2021-09-08 18:15\n新闻发布会", "2021-09-08"),
    ("2023-03-31 来源:高新院", "2023-03-31"),
    ("成文日期:2020/7/1", "2020-07-01"),
    ("时间:2021年9月8日16:00 地点:南宁", None),  # the time of an event, not of the page
    ("发布日期:2019-02-30", None),  # no such day
    # set 104: a newspaper's masthead, the date with its weekday (河南日报 2026年1月21日 星期三 第02版)
    ("河南日报 2026年1月21日 星期三 第02版 要闻\n\n河南4家国家高新区晒出2025年“成绩单”", "2026-01-21"),
    ("1月20日,记者从省科技厅获悉,会议定于2026年3月2日召开", None),  # an event's date, no weekday, in a sentence
    ("", None),
]


@pytest.mark.parametrize(("text", "date"), DATES, ids=[t[:16] or "empty" for t, _ in DATES])
def test_find_document_date(text, date):
    assert find_document_date(text) == date


# --- properties ------------------------------------------------------------------------------------

_ALPHABET = list("0123456789-/:至到年月日号前第季度上下半今去明十一二三四五六七八九〇零“”期间末初 ") + ["十三五", "目前", "过去的一年"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=30).map("".join), st.sampled_from([None, "2021-06-30"]))
def test_spans_are_sorted_apart_and_exact(text, date):
    previous_end = 0
    for t in shared_recognizer()(text, date):
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end
        previous_end = t.end


def test_long_input():
    # A regression to backtracking over long runs would hang here rather than fail.
    found = shared_recognizer()("2018年" * 20000 + "1" * 50000 + "月" * 20000)
    assert len(found) == 20000 and {t.period for t in found} == {"2018"}


def test_years_of_the_republic_are_read_only_where_asked_and_not_as_durations():
    from zonex.periods import TimeRecognizer, is_roc_year

    text = "南科112年營業額成長,較111年增加;成立50年來;2023年"
    years = [(t.text, t.period) for t in TimeRecognizer().roc_years(text)]
    assert years == [("112年", "2023"), ("111年", "2022")]  # 50年來 is a duration; 2023年 is no ROC year
    assert is_roc_year(text, 2, 6) and not is_roc_year(text, text.index("50"), text.index("50") + 3)


@pytest.mark.parametrize("text", ["预计项目建成后年产动力电池30吉瓦时", "投产后年均增长10%", "达产后年销售收入20亿元"])
def test_after_a_clause_ending_in_hou_a_yearly_figure_is_no_year_after_next(text):
    # 建成后|年产: 后 ends "after it is built", 年 begins 年产; no 后年 ("the year after next").
    assert TimeRecognizer().scan(text) == []


def test_within_the_year_is_the_pages_year_but_a_duration_after_a_number_is_no_time():
    # 年内新增, 产能年内达到: within the page's year; 三年内, 5年内 are durations; 青年内 is 青年's
    assert times("年内新增规划面积8.5平方公里", "2026-01-29") == [("年内", "relative", "2026")]
    assert times("预计碳酸锂产能年内达到15万吨", "2026-01-29") == [("年内", "relative", "2026")]
    for text in ("三年内建成投产", "力争5年内完成", "半年内开工", "青年内心"):
        assert times(text, "2026-01-29") == [], text


def test_hong_kongs_financial_years_run_from_april():
    # 2024/25财政年度, 2025-26年度: April to March; a part of it counts from its April
    assert times("2024/25財政年度,數碼港初創企業融資") == [("2024/25财政年度", "range", "2024-04/2025-03")]
    assert times("2026-27年度创新园将再有8间企业投产") == [("2026-27年度", "range", "2026-04/2027-03")]
    assert times("2025-26年度首三季已支出") == [("2025-26年度首三季", "range", "2025-04/2025-12")]
    assert times("2024-2025年度") == [("2024-2025年度", "range", "2024/2025")]  # two whole years
    assert times("2024-26年度") == []  # no financial year spans two years


def test_a_taiwan_pages_date_in_the_republics_years():
    # 公布日期:115-05-13, 发布时间:114-01-02: a date labelled as any other, in the Republic's years
    # (year 115 is 2026); an unlabelled number pair is no date
    from zonex.periods import find_document_date
    assert find_document_date("公布日期：115-05-13　　浏览人次：2,416") == "2026-05-13"
    assert find_document_date("发布时间：114-01-02 10:30") == "2025-01-02"
    assert find_document_date("案号：115-05-13") is None


def test_the_years_ahead_run_from_the_pages_year():
    # 未来5年内, 今后三年: the page's year and the years after it, so many in all (set 39)
    found = TimeRecognizer()("高新区在未来5年内投入建设资金;今后三年;未来两年间;未来科技城", "2026-05-09")
    assert [(t.text, t.period) for t in found] == [("未来5年内", "2026/2030"), ("今后三年", "2026/2028"),
                                                   ("未来两年间", "2026/2027")]
    assert [t.period for t in TimeRecognizer()("未来5年内", None)] == [None]


def test_the_recent_years_run_up_to_the_year_before_the_pages():
    # 近三年, (set 132): the years before the page's year, so many in all, where the words open a
    # clause or end with 来/以来/间; not 近3年无违法记录 (a condition) or 比近五年平均值 (a baseline)
    found = TimeRecognizer()("近三年，流失率…;过去五年来全区…;最近两年间;近3年无重大违法记录;比近五年平均值偏多", "2027-06-25")
    assert [(t.text, t.period) for t in found] == [("近三年", "2024/2026"), ("过去五年来", "2022/2026"),
                                                   ("最近两年间", "2025/2026")]


def test_today_is_in_the_pages_year():
    # set 134: 今日/今天 date what happens that day in the page's year; 今日头条 is a name
    found = TimeRecognizer()("首批3座楼宇今日正式启用;今天上午;今日头条", "2027-04-20")
    assert [(t.text, t.period) for t in found] == [("今日", "2027"), ("今天", "2027")]


def test_a_reports_days_of_its_month():
    # 截至14日16时, 13日至14日: a day of the page's month before a clock time or in a range of days
    # (set 42); a lone day is still no time (5号楼, 3日内)
    found = TimeRecognizer()("截至14日16时已复电89家,13日至14日累积雨量达612毫米;5号楼;3日内", "2026-09-14")
    assert [(t.text, t.period) for t in found] == [("14日", "2026-09-14"), ("13日", "2026-09-13"), ("14日", "2026-09-14")]


def test_taiwans_today_with_its_day_in_brackets():
    # 今(26)日召開: Taiwan's releases write today with its day of the month (set 43)
    found = TimeRecognizer()("審議會今（26）日召開第112次會議", "2026-03-26")
    assert [(t.text, t.period) for t in found] == [("今（26）日", "2026-03-26")]


def test_a_plans_first_and_last_years():
    # “十五五”开局之年 is 2026, “十四五”收官之年 2025 (set 44)
    found = TimeRecognizer()("2026年是“十五五”开局之年;“十四五”收官之年", "2026-01-01")
    assert [(t.text, t.period) for t in found][1:] == [("“十五五”开局之年", "2026"), ("“十四五”收官之年", "2025")]


def test_a_documents_issuing_line_dates_it():
    # minutes whose only date is their issuing line: the issuer, spaces, the date ending the line (set 45)
    text = "某某高新区管委会主任办公会议纪要\n\n〔2026〕第9期\n\n某某高新区管委会办公室　　　　2026年5月14日\n\n5月12日下午,会议召开。"
    assert find_document_date(text) == "2026-05-14"
    assert find_document_date("会议决定,2026年5月14日前完成。") is None


def test_the_year_an_annual_report_is_on_comes_from_its_title_line():
    # set 49: a title line about one year's report (maybe with a note in brackets) gives the year;
    # news that others' annual reports are out, and a report on two years' budgets, give none
    from zonex.periods import report_year

    assert report_year("首页 > 年报\n某某医院2025年度工作报告（摘要）\n发布时间：2026-03-20") == 2025
    assert report_year("某某基金\n2025年度管理报告\n\n各位合伙人：") == 2025
    assert report_year("标题\n随着年报披露窗口关闭，某某高新区上市公司2025年年报已全部披露完毕。") is None
    assert report_year("关于2025年预算执行情况和2026年预算草案的报告（摘要）\n") is None


def test_fiscal_years_of_the_republic():
    # set 49: 116年度 is the Republic's fiscal year 2027 on a Taiwan page; a two-digit 10年度 is none
    from zonex.periods import TimeRecognizer

    years = TimeRecognizer().roc_years("116年度預算案較115年度預算數增加，10年度")
    assert [(t.text, t.period) for t in years] == [("116年度", "2027"), ("115年度", "2026")]


def test_a_graduating_class_is_its_year():
    # set 52: 2026届毕业生 is the class of 2026 (a time, no count); 2026届 before other words is none
    got = [(t.text, t.period) for t in TimeRecognizer()("2026届共有毕业生3,862人，2027届毕业生约4,100人。")]
    assert got == [("2026届", "2026"), ("2027届", "2027")]
