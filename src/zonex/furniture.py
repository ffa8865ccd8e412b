"""Page furniture: the link bars and labelled lines that web pages put around an article.

Link bars are the runs of short ``|``-separated links; a run whose cells are a table's header
or numbers is a table (:mod:`zonex.tables`), not links.

``新闻发布平台 |科极网 |环球周刊网 |新商报网 |…`` names sites, not facts: the quantity and entity
recognisers report nothing inside one. A link bar is found as a *run of short cells*, not as a
line: a page whose line breaks were lost (text extracted into one long line) keeps its article,
where "a line with many |" would have been the whole page.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .tables import is_table_line

__all__ = ["MAX_FURNITURE_LINE", "LinkBar", "link_bars", "link_list_lines", "page_path", "title_start"]

# A labelled line of furniture (关键词: …, 来源: …) holds at most this many characters after its
# label: a "line" of thousands is a page that lost its line breaks, and its article is no furniture.
MAX_FURNITURE_LINE = 200

# A cell of a bar is short and holds no sentence punctuation and no line break.
MAX_CELL = 20
_CELL_BREAKS = frozenset("|\n。！？；!?;")
_SPACES = frozenset(" \t\u3000\xa0")


class LinkBar(NamedTuple):
    """A bar: its span and the texts of its (non-blank) cells."""

    start: int
    end: int
    cells: list[str]


def link_bars(text: str, min_separators: int) -> list[LinkBar]:
    """The link bars of ``text`` with at least ``min_separators`` separators, in order.

    Consecutive ``|`` belong to one bar while the cell between them is short (at most
    :data:`MAX_CELL` characters, no sentence punctuation or line break). The bar also takes the
    short cell before its first ``|`` and after its last one, up to the line break or the
    sentence punctuation that ends them (a longer stretch is text, not a cell).

    >>> text = "正文说产值3亿元。首页 | 新闻 | 政务 | 公开\\n"
    >>> [(text[b.start:b.end], b.cells) for b in link_bars(text, 3)]
    [('首页 | 新闻 | 政务 | 公开', ['首页 ', ' 新闻 ', ' 政务 ', ' 公开'])]
    """
    if text.count("|") < min_separators:
        return []
    bars: list[LinkBar] = []
    run: list[int] = []  # positions of the | of the current run
    pos = text.find("|")
    while pos != -1:
        if run and not _is_cell(text, run[-1] + 1, pos):
            _close(text, run, min_separators, bars)
            run = []
        run.append(pos)
        pos = text.find("|", pos + 1)
    if run:
        _close(text, run, min_separators, bars)
    return bars


# A related-news list: a bullet, a headline, its date in brackets at the end of the line
# (‧ 黑龙江出台十条措施支持高新区提质升级(2026-02-26)). The headline links to another page: its
# figures and names are that page's, not this one's.
_BULLET_MARKS = "·‧•●◆■▪►∙・"
# (．, a full-width full stop, opens the lines of Hong Kong papers' lists: "." once normalised)
_STOP_BULLETS = ".．"
_BULLETS = _BULLET_MARKS + _STOP_BULLETS
_LINK_LIST_LINE = re.compile(
    rf"(?m)^[ \t]*[{_BULLETS}][ \t]*[^\n]{{2,80}}?[ \t]*"
    r"[(\[【]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[)\]】][ \t]*$"
)

# The heading of such a list, on a line of its own (延伸阅读, 【相关新闻】): the bullet lines under it
# are headlines whether or not a date ends them. (The text is normalised: 相關報導 and 相關連結 of
# Taiwan's pages are 相关报导 and 相关连结 by then.)
_RELATED_HEADING = re.compile(
    r"(?m)^[ \t]*[【\[]?(?:延伸阅读|相关新闻|相关阅读|相关报道|相关报导|推荐阅读|相关链接|相关连结|相关文章|更多新闻"
    r"|相关推荐|热门推荐|为你推荐|猜你喜欢|热门文章|热门新闻|热点新闻|热门阅读|最新文章|最新新闻|推荐文章|精彩推荐)"
    r"[】\]]?[ \t]*[:：]?[ \t]*\n")
_RELATED_ITEM = re.compile(rf"(?P<line>[ \t]*[{_BULLETS}][ \t]*[^\n]{{2,80}})(?:\n|$)")
# (a news app's list has no bullets: a headline, its outlet and its date end each line,
# 郑州航空港区1—10月进出口总值增长8.1%　顶端新闻　2026-11-20)
_RELATED_DATED_ITEM = re.compile(r"(?P<line>[ \t]*[^\s][^\n]{1,100}?[ \t\u3000(（\[【]"
                                 r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d{2})?[)）\]】]?[ \t]*)(?:\n|$)")


def link_list_lines(text: str) -> list[tuple[int, int]]:
    """The lines of a related-news list (a bullet, a headline, its date in brackets), as spans.

    >>> text = "正文。\\n相关新闻\\n‧ 某区营业收入增长8%(2026-01-16)\\n"
    >>> [text[a:b] for a, b in link_list_lines(text)]
    ['‧ 某区营业收入增长8%(2026-01-16)']
    """
    # (a full stop is in most texts: it counts only where it opens a line)
    bulleted = any(b in text for b in _BULLET_MARKS) or any(f"\n{stop}" in text for stop in _STOP_BULLETS) \
        or text.lstrip(" \t").startswith(tuple(_STOP_BULLETS))
    spans = [m.span() for m in _LINK_LIST_LINE.finditer(text)] if bulleted else []
    for heading in _RELATED_HEADING.finditer(text):
        # 延伸阅读 / ．中科前3季营业额年增12%: under the list's heading, a bullet starts a headline
        # though no date ends it; a line with no bullet is one when a date ends it
        pos = heading.end()
        while (item := _RELATED_ITEM.match(text, pos) or _RELATED_DATED_ITEM.match(text, pos)) is not None:
            spans.append(item.span("line"))
            pos = item.end()
    return sorted(set(spans))


# The page's path at its head (宁夏新闻网首页 > 新闻中心 > 宁夏要闻): the site's name, then the
# sections that lead to the page. The sections name the site's menus, not what the page reports.
# (信息公开 >> 运营数据: a doubled separator marks a path of two sections too)
_PAGE_PATH = re.compile(r"(?m)^[^\n>＞»›]{0,40}?(?P<path>(?:[>＞»›][^\n>＞»›]{1,20}){2,}|(?:>>[^\n>＞»›]{1,20})+)[ \t]*$")
_LABELLED_PATH = re.compile(r"(?m)^[ \t]*(?:您的位置|您所在的位置|当前位置|所在位置|现在位置|位置)[ \t]*[:：][^\n>＞»›]{0,20}?"
                            r"(?P<path>(?:[>＞»›][^\n>＞»›]{1,20})+)[ \t]*$")
# A site's menu under its name, where a page has no path: three or more short words parted by
# bars, none a label or a figure (今日新聞 | 新聞公報 | 新聞圖片, 上一版 | 下一版 | PDF版; not 来源:某某 |
# 浏览:36, a byline)
_MENU_LINE = re.compile(r"(?m)^[ \t]*[\u4e00-\u9fff]{2,8}(?:[ \t]*[|｜][ \t]*[\u4e00-\u9fffA-Za-z]{2,8}){2,}[ \t]*\n")
# A newspaper's page and its section, on a line of their own (A05版：澳聞, 第02版 要闻)
_PAPER_PAGE_LINE = re.compile(r"(?:第?[A-Z]?\d{1,3}版|[A-Z]\d{1,3})[ \t]*[:：]?[ \t]*[\u4e00-\u9fff·]{0,8}[ \t]*\n")
_HEAD = 400  # where a page's path may be: its header, from its first printed character
_PRINTED = re.compile(r"\S")


def page_path(text: str) -> tuple[int, int] | None:
    """The span of the sections of the page's path in its header (from the first separator to
    the line's end), or None.

    >>> text = "宁夏新闻网首页 > 新闻中心 > 宁夏要闻\\n标题"
    >>> a, b = page_path(text)
    >>> text[a:b]
    '> 新闻中心 > 宁夏要闻'
    """
    first = _PRINTED.search(text)
    if first is None:
        return None
    m = _PAGE_PATH.search(text, first.start(), first.start() + _HEAD)
    if m is None:  # (您的位置：首页 > 调研报告: a labelled path of two sections)
        m = _LABELLED_PATH.search(text, first.start(), first.start() + _HEAD)
    return m.span("path") if m else None


def title_start(text: str, path: tuple[int, int] | None) -> int:
    """Where the page's title starts: the first printed character after the page's path
    (``page_path(text)``), or of the page when it has none.

    >>> text = "某某管委会\\n首页 > 新闻中心 > 园区动态\\n\\n齐鲁软件园去年…"
    >>> text[title_start(text, page_path(text)):]
    '齐鲁软件园去年…'
    """
    start = 0
    if path is not None:
        line_end = text.find("\n", path[1])
        start = len(text) if line_end < 0 else line_end + 1
    elif (menu := _MENU_LINE.search(text, 0, _HEAD)) is not None and _PRINTED.search(text, 0, menu.start()) is not None \
            and text.count("\n", 0, menu.start()) <= 2:  # (the site's header: not a table's header further down)
        start = menu.end()  # 香港特別行政區政府 新聞公報 / 今日新聞 | 新聞公報 | 新聞圖片 / title: past the site's menu
    first = _PRINTED.search(text, start)
    if first is not None and (section := _PAPER_PAGE_LINE.match(text, first.start())) is not None:
        first = _PRINTED.search(text, section.end())  # A05版：澳聞 / 合作區澳資企業逾六千戶: past the paper's page
    return first.start() if first is not None else len(text)


def _is_cell(text: str, start: int, end: int) -> bool:
    return end - start <= MAX_CELL and _CELL_BREAKS.isdisjoint(text[start:end])


def _close(text: str, run: list[int], min_separators: int, bars: list[LinkBar]) -> None:
    if len(run) < min_separators:
        return
    start = _edge(text, run[0], -1)
    end = _edge(text, run[-1] + 1, +1)
    cuts = [start - 1, *run, end]
    cells = [text[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]
    if is_table_line(cells):
        return  # a table's header or row (开发区|地区生产总值(亿元)|…, 潍坊高新区|398.2|…): no links
    bars.append(LinkBar(start, end, [c for c in cells if c.strip()]))


def _edge(text: str, pos: int, step: int) -> int:
    """Where the outer cell of a bar ends, walking away from its separator at ``pos`` (backwards
    if ``step`` is -1): past the spaces next to the separator, then through one word up to the
    next space, line break or sentence punctuation. A word longer than a cell is text, not a
    link: the bar then ends at its separator."""
    n = len(text)
    i = pos - 1 if step < 0 else pos
    while 0 <= i < n and text[i] in _SPACES:
        i += step
    word = 0
    while 0 <= i < n and text[i] not in _CELL_BREAKS and text[i] not in _SPACES:
        word += 1
        if word > MAX_CELL:
            return pos
        i += step
    return i + 1 if step < 0 else i
