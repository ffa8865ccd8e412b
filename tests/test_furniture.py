"""Link bars: runs of short |-separated cells, found in pages with or without line breaks."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import zonex
from zonex.furniture import MAX_CELL, link_bars

SEED_002 = Path(__file__).resolve().parents[1] / "seeds" / "002_6ca6cb6ed127d059.txt"


def test_a_bar_is_the_run_of_short_cells_not_the_line():
    text = "高新区全年实现产值343.2亿元,同比增长11% 首页 | 新闻 | 政务 | 公开 | 服务 | 互动 后来又建成3个园区"
    (bar,) = link_bars(text, 5)
    assert text[bar.start:bar.end].strip() == "首页 | 新闻 | 政务 | 公开 | 服务 | 互动"
    assert bar.cells[0].strip() == "首页" and bar.cells[-1].strip() == "互动"


def test_a_table_row_of_long_cells_is_no_bar():
    text = "区域 | 2021年全区实现地区生产总值约三百四十三亿元 | 同比增长百分之十一点五左右的水平 | 备注"
    assert link_bars(text, 3) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["|", "新闻", " ", "。", "\n", "网" * 25, "3"]), max_size=40).map("".join),
       st.integers(min_value=1, max_value=5))
def test_bars_have_their_separators_and_short_inner_cells(text, minimum):
    previous_end = -1
    for bar in link_bars(text, minimum):
        span = text[bar.start:bar.end]
        assert span.count("|") >= minimum
        assert bar.start >= previous_end
        previous_end = bar.end
        inner = span.split("|")[1:-1]
        assert all(len(cell) <= MAX_CELL and "\n" not in cell and "。" not in cell for cell in inner)


def test_a_page_that_lost_its_line_breaks_keeps_its_article():
    # Seed 002 carries a link bar of 58 |. As one long line ("a line with many |" would be the
    # whole page), its article must still give what it gives with its lines.
    text = SEED_002.read_text(encoding="utf-8")
    with_lines, one_line = zonex.extract(text), zonex.extract(text.replace("\n", " "))
    for field in ("quantities", "entities", "claims"):
        assert len(getattr(one_line, field)) >= 0.9 * len(getattr(with_lines, field)) > 0, field
    assert {(q.start, q.text) for q in with_lines.quantities} <= {(q.start, q.text) for q in one_line.quantities}
    analysis = zonex.Pipeline().analyse(text.replace("\n", " "))  # normalised offsets, as the bars
    bars = link_bars(analysis.text, 5)
    assert max(bar.end - bar.start for bar in bars) > 300  # the 58-link bar, found as a bar
    assert not [q.text for q in analysis.quantities for b in bars if b.start <= q.start < b.end]
    assert not [e.text for e in analysis.entities for b in bars if b.start <= e.start < b.end]


def test_a_page_that_lost_its_line_breaks_after_a_label_keeps_its_article():
    # "来源:… 关键词:…" then the article, all on one line: a label starts no furniture line of
    # thousands of characters.
    article = "2018年全区实现工业总产值343.2亿元,同比增长11%。阳江高新区管委会主任傅光焱表示,将继续推进。" * 10
    for label in ("关键词:高新区 ", "来源:阳江日报 "):
        doc = zonex.extract(label + article)
        assert len(doc.quantities) == 20, label
        assert any(e.text == "阳江高新区管委会" for e in doc.entities), label


def test_the_page_path_is_its_sections_after_the_sites_name():
    from zonex.furniture import page_path

    text = "宁夏新闻网首页 > 新闻中心 > 宁夏要闻\n上半年我区开发区增长7.8%\n正文 > 不是路径"
    a, b = page_path(text)
    assert text[a:b] == "> 新闻中心 > 宁夏要闻"
    # one separator is no path; a path far below the header is none either
    assert page_path("首页 > 新闻\n正文") is None
    assert page_path("正文。" * 200 + "\n首页 > 新闻 > 要闻") is None


def test_a_path_of_two_sections_parted_by_a_doubled_separator():
    # set 48: 信息公开 >> 运营数据 is a page's path though it has two sections only
    from zonex.furniture import page_path, title_start

    text = "某某公交运营有限公司\n网站首页　公司简介\n信息公开 >> 运营数据\n高新公交2026年上半年客运情况通报\n正文"
    path = page_path(text)
    assert path is not None and text[path[0]:path[1]] == ">> 运营数据"
    assert text[title_start(text, path):].startswith("高新公交")
    assert page_path("甲 > 乙\n标题") is None  # (one single separator: no path)


def test_a_labelled_path_of_two_sections():
    # set 50: 您的位置：首页 > 调研报告 is the page's path though it has one separator
    from zonex.furniture import page_path, title_start

    text = "某某商会\n首页 | 商会概况\n您的位置：首页 > 调研报告\n2026年上半年问卷调查报告\n正文"
    assert text[title_start(text, page_path(text)):].startswith("2026年上半年问卷调查报告")


def test_a_hong_kong_papers_related_news_opened_by_full_width_stops():
    # set 113: ．深圳園區首三季營收升１８％…（２０２６－１０－３０）: a headline of another page
    page = ("港深創科園首批大樓落成。\n相關新聞\n"
            "．深圳園區首三季營收升１８％　港資企業增至逾２００家（２０２６－１０－３０）\n"
            "．創科局：北部都會區創科帶再撥３０億元（２０２６－１１－１２）\n")
    doc = zonex.extract(page)
    assert doc.claims == [] and not [e for e in doc.entities if e.start > page.index("相關新聞")], doc


def test_bullet_headlines_under_a_related_reading_heading_need_no_date():
    # set 114: 延伸閱讀 / ．中科前3季營業額年增12%: the heading makes each bullet line a headline
    page = "竹科營業額年增8.9%。\n延伸閱讀\n．中科前3季營業額年增12%　AI伺服器撐場\n・南科營收創同期新高　半導體占比逾7成\n"
    doc = zonex.extract(page)
    assert [q.text for q in doc.quantities] == ["8.9%"], doc.quantities
    assert [e.text for e in doc.entities] == ["竹科"], doc.entities
    # (a bullet list with no such heading is the article's own: its figures stay)
    doc = zonex.extract("竹科營業額年增8.9%。\n．中科前3季營業額年增12%\n")
    assert [q.text for q in doc.quantities] == ["8.9%", "12%"], doc.quantities


def test_a_news_apps_related_list_without_bullets_ends_each_line_with_its_date():
    # set 118: 相关推荐 / 郑州航空港区1—10月进出口总值增长8.1%　顶端新闻　2026-11-20: a headline,
    # its outlet and its date, with no bullet; its figures and names are the linked page's
    page = ("全区进出口总值增长8.4%。\n\n相关推荐\n郑州航空港区1—10月进出口总值增长8.1%　顶端新闻　2026-11-20\n"
            "河南前三季度外贸进出口6,233亿元　河南日报　2026-10-24\n\n下载顶端新闻APP，看更多精彩内容")
    doc = zonex.extract(page)
    assert [q.text for q in doc.quantities] == ["8.4%"], doc.quantities
    assert not [e for e in doc.entities if e.start > page.index("相关推荐")], doc.entities
    # (lines with no date under no such heading are the article's own)
    doc = zonex.extract("全区进出口总值增长8.4%。\n郑州航空港区1—10月进出口总值增长8.1%　顶端新闻\n")
    assert [q.text for q in doc.quantities] == ["8.4%", "8.1%"], doc.quantities
