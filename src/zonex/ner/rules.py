"""The default entity recogniser: a gazetteer and rules, no model.

One call reads the normalised text in these steps (docs/entities.md tells them with examples):

1. **Lexicon scan.** One Aho–Corasick automaton, built once, finds every place form of the
   gazetteer, every body with a fixed name (国务院, 中科院, 东盟), every zone, organisation or
   new-area head (高新区, 科技园; 大学, 研究院, 有限公司, 局, 管委会; 新区), venue word (发布厅,
   会展中心), person title (主任, 记者, 院士) and economic region (粤港澳大湾区).
2. **Places** that are words of their own in their clause (新会 yes, in 新会员 no).
3. **Names grown from heads.** A head takes the name to its left: the words of its clause are
   walked right to left until a word that cannot belong to a name (a function word, a
   self-reference, a verb that introduces an object). The name starts at the leftmost *anchor*:
   a place, a proper noun or unknown word, a body with a fixed name, or (for government bodies)
   a jurisdiction such as 市 or 自治区. A head with no anchor is a generic mention (高新区,
   国家高新区, 重点实验室) and gives no entity, except for universities and companies, which are
   rarely generic. Clauses are cut into words (rjieba) only where a rule looks at them.
4. **Persons** after a title (副厅长李克纯, 记者罗晓燕), before one (习近平总书记, 赵法箴院士),
   as speaker labels (``薛彬:``) and bylines (``龚炜文/摄``), bounded by a surname list.
5. **Lists of companies and parks** (奇德新材、芳源环保、绿岛风等3家高企; 企业如华为、浪潮;
   华南863、天安智谷等两大科技园区) and news outlets before 记者.
6. **Longest span wins** among overlapping candidates (阳江高新区管委会 over 阳江高新区).
7. **Names found once are found everywhere** in the document (a person introduced with a title,
   a company named in a list).

Speed (docs/entities.md, *Speed*): the pass is plain Python around two compiled calls, the
automaton and rjieba's ``cut``, so it is written to do little per hit, and it gives exactly the
entities the straightforward version gave:

- one scan finds the lexicon words and also what the other rules start from (等 and 企业如 of
  lists, the ``|`` and labels of page furniture), so no rule searches the whole text again;
- what needs no words runs first (heads after punctuation or function words, most of them
  generic mentions, are dropped by a look at the characters before them; persons and lists as
  far as the characters tell); then every clause a rule will read is cut in **one** call of the
  segmenter (:meth:`_Words.prefetch`), into one list of words and offsets;
- what a rule asks of a word (its dictionary tag, whether it is a head, a place, a jurisdiction,
  for which kinds of head it is an anchor) is worked out once per distinct word and kept as a
  tag and bit flags (:meth:`RuleEntityRecognizer._info`); what a head asks of the walk, once per
  kind of head (``_Head``); what the rules decide about a short string by cutting it (whether it
  is a person's name, a company's name before its head), once per string; word lists are
  matched at a position by set lookups (``_Affixes``), not by regex alternations;
- a head inside a longer one (新区 of 高新区) is dropped as the scan finds it, the heads kept
  coming out in text order (``_keep_head``), so they are neither sorted nor screened twice;
- candidates are plain tuples; the longest-span choice runs only inside groups of overlapping
  spans; only the chosen spans become :class:`~zonex.models.Entity` objects, built without
  pydantic's per-field loop.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

import ahocorasick_rs

from ..data import load_claim_cues
from ..furniture import MAX_FURNITURE_LINE, link_bars, link_list_lines, page_path, title_start
from ..models import Entity
from .base import Candidate, entities_from_tuples
from .lexicon import EntityLexicon, load_lexicon
from .subjects import (
    BARE_ALIAS,
    OTHER_NAME_AFTER,
    REGIONAL_SCIENCE_PARK,
    STOCK_CODE_IN_BRACKETS,
    in_order,
    is_short_form,
    place_prefix,
    science_park_abbreviation,
)

__all__ = ["RuleEntityRecognizer", "Tagger"]

# Characters that end a clause: no name runs across them. Parentheses and dashes are not among
# them: 中科院(江门)中微子实验站, 中国—东盟技术转移中心 and 南宁·中关村 are single names.
# Nor is a space between two Latin words or numbers: 亚湾5G AIoT创新园区 is one name.
_CLAUSE_BREAK = re.compile(r"[,.;:!?，。；：、！？\"'“”‘’《》〈〉<>【】\[\]{}|/\\…■●◆★]|(?<![A-Za-z0-9])\s|\s(?![A-Za-z0-9])|\s(?=\s)")
_CONNECTORS = frozenset("·•—–-")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WEIBO_ACCOUNT = re.compile(r"(?:(?<=^)|(?<=\n))[ \t\u3000]*([\u4e00-\u9fff]{2,12}?发布)(?=[ \t]*V(?![A-Za-z])|[ \t]*[:：]|$)",
                            re.MULTILINE)
# 各 and the jurisdictions of a kind of body (各市(州)|科技局, 各区县|…)
_EACH_BEFORE = re.compile(r"各(?:[省市区县州乡镇盟旗]|[(（][省市区县州盟][)）])*$")
# @济南发布 @山东科技: an account a post mentions, by its handle (a Chinese one: not an e-mail's host)
# (not a reader's nickname a reply names, 回复@一只想上岸的研究生: a phrase, no body's name)
# (//@温州发布: a repost's account too)
_MENTIONED_ACCOUNT = re.compile(r"(?<!回复@)(?<=@)([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9_]{1,13})(?=[\s@/:：,，。;；!！?？)）]|$)")
# The page's first line: a name (no spaces, no path marks) alone, or before the site's home or
# sections (首页, >, ｜) or a space; the masthead's candidate (RuleEntityRecognizer._masthead)
_MASTHEAD = re.compile(
    r"[ \t\u3000\n]*(?P<name>[^\s>＞|｜:：,，。]{2,14}?)(?=[ \t\u3000]*(?:\n|$|首页|首頁|>|＞|\||｜)|[ \t\u3000])")


# a wire's dateline after its reporter's name: the place, the day, 电 (中央社记者张建中新竹8日电)
_DATELINE = re.compile(r"[\u4e00-\u9fff]{2,3}\d{1,2}日[电電]")

# 中国声谷, 中国动力谷: "China's valley" of an industry, a brand a park is named by (not 中国谷物)
_CHINA_VALLEY = re.compile(r"中国[\u4e00-\u9fff]{1,3}?谷(?![物子歌底地雨])")


def _companies_filling_cells(text: str, found: list[_Cand]) -> list[_Cand]:
    """A company whose name fills a table's cell (中光学集团股份有限公司|21): the whole cell, where
    the walk from its head stopped at a common word (光学) and left only the head."""
    out = []
    for c in found:
        if c[2] != "ORG" or not text.endswith("公司", c[0], c[1]):
            continue
        m = _CELL_BEFORE.search(text, max(0, c[0] - 8), c[0])
        if m is not None and text[c[1] : c[1] + 1] in ("|", "\n", "") \
                and "|" in (text[m.start(1) - 1 : m.start(1)], text[c[1] : c[1] + 1]):
            # (a cell between bars or at a row's edge; a line of a name alone, 关于香港科技园公司, is a heading)
            out.append((m.start(1), c[1], "ORG", c[3], "cell"))
    return out


# a table's cell of companies' names (公司简称|营业收入(亿元)|… / 华澄微电子|286.5|…)
_CELL_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z()（）·]{2,30}")
# (合计, 小计 …: the claim cues' sum words; 其他 rows are no company either)
_SUM_ROWS = frozenset(load_claim_cues()["sum_words"]) | {"其他", "其它"}
# verbs of setting a company up, which part a zone from the company after it (在益阳高新区设立公司)
_FOUNDING_VERBS = frozenset(load_claim_cues()["founding_verbs"])
# an agency of a ministry written after it (交通部高速公路局), with a branch of the agency (…北區養護工程分局)
_AGENCY_AFTER_MINISTRY = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:局|署|(?<!公)司)(?![长長])(?:[\u4e00-\u9fff]{2,8}?(?:分局|分署|工程处)(?![长長]))?")
# the one-character heads of state bodies whose three-character short names pages write (职安署)
_ONE_CHARACTER_BODY_HEADS = frozenset("署局院处所")
# (社群公司逾2,100间: a bound before the number, and Hong Kong's 间 for firms; 社群公司增至3,000间:
# the count a class of firms grew to)
_COUNT_OF_COMPANIES = re.compile(r"(?:(?:增至|增加至|增加到|增长至|增长到|达到|减至|降至|升至)(?=[\d一二两三四五六七八九十逾约超近]))?"
                                 r"(?:逾|约|超过|超|近|达)?(?:\d[\d,]*|[一二两三四五六七八九十几数多]+)余?[家间]")
# (not 宣城经开区12家企业, 江苏自贸试验区三个片区: a count of what is in the zone)
_COUNT_OF_ZONES = re.compile(r"(?:[和及与、][\u4e00-\u9fff]{2,6}?)?"  # (新建孵化器和众创空间10家: two kinds counted together)
                             r"[”\"」]?(?:\d+|[一二两三四五六七八九十几数多]+)余?[个家处](?!(?!以上|左右)[\u4e00-\u9fff])")
# 竹东, 湖口: a township's own name after its county (not 各乡镇, 所辖乡镇)
_TOWNSHIP_NAME = re.compile(r"(?![各全所该本其等乡镇])[\u4e00-\u9fff](?![乡镇])[\u4e00-\u9fff]")
_AFTER_TOWNSHIP = frozenset(["", "及", "和", "与", "、", "，", ",", "。", "；", ";", "）", ")", " ", "\n", "的", "境"])
# a school named after the zone it serves (茂名高新区第一中学, …实验中学, …七迳中学)
_SCHOOL_AFTER_ZONE = re.compile(r"(?!中小学|各|全|所有|多所|辖区|区内|内)(?:第[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]{1,3}?)(?:中学|小学|学校|幼儿园)")
_ZONE_WORD_SCHOOL = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[由在从中的和与及、]))(?:高新区|开发区|经开区|新区)"
                               r"(?:第[一二三四五六七八九十]{1,3}|实验|外国语)(?:中学|小学)")
_ROAD_WORDS = frozenset("路街巷")
_TRANSCRIBED_NAME_PART = re.compile(r"·[\u4e00-\u9fff]{2,6}")
# a name transcribed in parts (a Uyghur or a foreign one), alone after a title's colon
_TRANSCRIBED_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:{_TRANSCRIBED_NAME_PART.pattern})+(?=[\s,，。;；)）]|$)")
_ADDRESS_NUMBER = re.compile(r"[\d一二三四五六七八九十]+[号段巷弄]|[东西南北中]?[一二三四五六七八九十]?段")
_SCHOOL_FOUNDERS = frozenset({"国立", "省立", "市立", "县立", "区立", "私立", "公立", "州立"})  # (國立清華大學)
# (國立臺灣史前文化博物館; 國立中正大學經濟學系: a school's faculty after it)
_SCHOOL_HEADS = ("大学", "学院", "中学", "小学", "高中", "高级中学", "博物馆", "图书馆")
_SCHOOL_FOUNDERS_RE = re.compile("|".join(sorted(_SCHOOL_FOUNDERS)))
_BRANCHES_OF_ZONES = ("支行", "分行")  # (a bank's branch named after a zone: …海口高新区支行)
# a field office of an agency, after it: a place and the agency's own word (调查局 → 台南市调查处, 调查站)
_FIELD_OFFICE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?P<stem>[\u4e00-\u9fff]{2})[处站](?![长長])")
_AGENCY_AFTER_MINISTRY_ANYWHERE = re.compile(r"部[\u4e00-\u9fff]{2,8}?(?:[局署]|(?<!公)司)")  # (is there one on the page at all)
# A section of a bureau written right after it (株洲市统计局 + 综合科, 市科技局 + 高新科, 卫生局 +
# 健康管理科, 劳工局 + 就业服务中心): two to five characters and 科/处/室/股, then the name's end (a
# line's end, a mark) or the section's people (科长, 负责人), or a centre (not 中心城区, the city's
# centre); no function word inside (统计局提供的数据处 is no section)
_SECTION_AFTER_BODY = re.compile(r"(?:[局厅署]|委员会|政府)(?P<section>[\u4e00-\u9fff]{2,5}?[科处室股](?=[^\u4e00-\u9fff]|$|"
                                 r"(?:副)?(?:科长|处长|主任|股长)|负责人|工作人员)|[\u4e00-\u9fff]{2,5}?中心(?![城区地位镇点]))")
_NOT_IN_SECTION = re.compile(r"[的了和与及等在是为将对从向把被于到]")
_ROAD_NUMBER_AFTER = re.compile(r"(?:大道|大街|路|道|街)\d{1,5}号|[东西南北中](?:路|大道|大街)"
                                r"|交流道|互通立交|收费站|服务区")  # (湖口交流道: a road's facility named after a place)
_EVENT_HOSTS = tuple(load_claim_cues()["event_hosts"])
_VENUE_OPENING_CHARS = 300  # a page's site name, path, title and dateline
# a venue's bare word at the head of a clause (…，会展中心共举办…; 2025年会展中心实现…)
_BARE_VENUE_BEFORE = frozenset("，,。；;：:\n年")
# the name's part before a company head, back to its cell's edge (a line's start or a |)
# a press release's contacts: the label on a line of its own, then a name and a phone on each line
_CONTACTS_LABEL_WORDS = ("查询", "联络")  # (what every label of _CONTACTS_BLOCK holds: a cheap test first)
_CONTACTS_BLOCK = re.compile(r"(?:传媒查询|媒体查询|传媒联络|媒体联络|新闻联络)[:：]?[ \t\u3000]*\n")
_CONTACT_LINE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,3})(?:先生|女士|小姐)?[ \t\u3000]*(?:电话|电邮|手机|传真|Tel|TEL)",
                           re.MULTILINE)
_CONTACTS_REACH = 200  # characters after the label where its lines may be
_CELL_BEFORE = re.compile(r"(?:^|(?<=[|\n]))([\u4e00-\u9fff]{1,8})\Z")
# a park named by two characters before its head (桥头科学园区), for _repeated_park_names
_PARK_HEAD = re.compile(r"科学园区|科学园|科技园区|科技园|产业园区|工业园区|工业园|工业区")
_PARK_PREFIX_TAGS = frozenset({"n", "ns", "nz", "nr", "oov"})
# a document's number: the issuer's code, the year in brackets, the serial (郴发改园区〔2026〕17号,
# 国办发[2025]3号)
_DOCUMENT_NUMBER_TAIL = re.compile(r"[〔\[(（]\d{4}[〕\])）]\s?第?\d{1,4}号")
_DOCUMENT_ISSUER = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,12}$")
_STOCK_NAME = re.compile(r"(?:证券|股票|A股|H股)简称[:：][ \t\u3000]*([\u4e00-\u9fffA-Z*]{2,8})")
# the tags of a given name the dictionary knows as another word (浩然) or not at all
_GIVEN_NAME_TAGS = frozenset({"a", "oov"})
# 执笔:院办公室 罗晓岚: the writer's office, then, after a space, the writer
_OFFICE_ENDS = ("办公室", "办", "室", "部", "科", "处", "局", "中心", "课", "组", "署")  # (联络人:企划课 林柏宏, 环安组 蔡佩珊)
_NAME_AFTER_OFFICE = re.compile(r"[ \t\u3000]+([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
_MAX_STOCK_NAME = 6  # 芯澜科技, 中芯国际: the short name a listed company goes by
_NAME_AFTER_LIST_MARK = re.compile(r"、([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
_NAME_AFTER_SPACES = re.compile(r"[ \t\u3000]{1,3}([\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff:])")
_COUNTED_IN_NAME = re.compile(r"[一二两三四五六七八九十几]大|[一二两三四五六七八九十几数多][个家座]")
# 浦东金桥(600639), 张江高科(600895.SH): a listed company by its stock's short name and code
_STOCK_NAMED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})" + STOCK_CODE_IN_BRACKETS.pattern)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# the dictionary tags of a company's trade name: unknown to it, or a proper noun
# 台电, 中钢: a company's short name of two characters the dictionary tags as an abbreviation or
# an organisation (or does not know)
_COMPANY_SHORT_NAME_TAGS = frozenset({"j", "nt", "oov"})
_TRADE_NAME_TAGS = frozenset({"oov", "nz", "nr", "nrt", "nrfg"})
# single characters that are words of the sentence, not pieces of a trade name the segmenter cut up
_NOT_IN_TRADE_NAMES = frozenset("的和与及在是为等了向对从到将把被由于或并且也都就还又")
# the segmenter's tags of single characters that are words of the sentence (约|占|公司), no trade name
_NOT_TRADE_NAME_TAGS = frozenset({"d", "v", "p", "c", "u", "r", "m", "q", "f"})
_ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
_NUMBER = re.compile(r"[0-9.%]+")
# numerals that open a word the HMM glued (一是, 两大) or a time (3季); not 万, 百, 第 …, which also open
# names (万思远: a surname)
_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十两")
_LATIN = re.compile(r"[A-Za-z]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
# numerals that open place names (三林, 二林, 七星), and the characters after a numeral that make it
# a count or a list instead (三大, 两新, 五园, 八家)
_NAME_NUMERALS = frozenset("一二三四五六七八九")
_COUNT_SECOND_CHARS = frozenset("大个家是项批类成倍期号年月日季座条所只名位户次轮届种层栋套台辆股区园万千百亿十点新多余化心核带廊基")


def _numeral_then_name_character(first: str, second: str) -> bool:
    """Whether a numeral and the character after it may open a place's name (三林, 二林), not count
    or list (三大, 两新, 五园, 八家)."""
    return first in _NAME_NUMERALS and _HAN.match(second) is not None and second not in _COUNT_SECOND_CHARS


# the tags of the words of a park's name that no place or proper noun anchors (香草 药草 生技)
_TITLE_NAME_TAGS = frozenset({"n", "nz", "oov", "j", "vn", "ng"})
# (and Latin letters, places and place words: 滴水湖AI创新港, 东方芯港; and a time word that names no time:
# 未来科技城, not 今年科学城)
_CLAUSE_PARK_TAGS = _TITLE_NAME_TAGS | {"eng", "ns", "s", "t"}
_CLOCK_OR_CALENDAR = re.compile(r"[年月日季期时今明昨去前后初底末]")
_MAX_NAME = 24  # characters a name may run to the left of its head
# 粤澳合作中医药科技产业园, 深港科技创新合作区: after two places or a region these name the zone's
# kind, they do not end its name as a verb would
_JOINT_WORDS = frozenset({"合作", "共建"})
# the words of a company's short name (汉承|精密: one unknown word and an adjective), one of them a
# proper noun or unknown: 数量 and 营业收入 after 企业 are no names
_APPOSITION_TAGS = frozenset({"n", "nz", "nr", "nrt", "nt", "oov", "j", "a", "vn"})
_LONG_CLAUSE = 120  # a clause longer than this is tagged in a window around the position asked
_MEMO_LIMIT = 200_000  # distinct words whose tag and flags are kept (the vocabulary seen so far)

# Part-of-speech tags (jieba's set) of words that never belong to a name: punctuation and
# symbols, prepositions, conjunctions, particles, pronouns, adverbs, numerals and measure words,
# locatives, time words, interjections and onomatopoeia.
_FUNCTION_TAGS = frozenset("x w p c u uj ul uz ug uv ud r rr rz d m mq q f t tg y e o".split())
# Tags of proper names: people, places, organisations, other proper nouns, foreign words.
_PROPER_TAGS = frozenset("nr nrt nrfg nrf ns nt nz eng".split())
# Tags that make a word an anchor of a name: places, organisations, other proper nouns, words
# the dictionary does not know (海创, 数谷). Not person tags: jieba's dictionary gives nr to too
# many ordinary words (智慧, 谢谢).
_ANCHOR_TAGS = frozenset("ns nt nz eng oov".split())
_VERB_TAGS = frozenset("v vd vg".split())
_NAME_LIKE_TAGS = _PROPER_TAGS | {"oov"}
# jieba's tags of time, direction and place nouns (未来, 南部, 附近): function words to the walk,
# but name material between a place and a zone's head (杭州未来科技城).
_NO_NAME_CHAR_TAGS = frozenset(("d", "v", "p", "c", "u", "r", "f", "ad", "vd", "y", "e", "uj", "ul", "uz", "ud", "ug", "uv"))
_ACADEMY_INSTITUTE = re.compile(r"(?:中国科学院|中科院)(?:(?!院士|大学|学部|和|与|及|的|在)[\u4e00-\u9fff]){2,6}?所(?!属|有|谓|以|得)")
_NOUNS_OF_TIME_AND_PLACE = frozenset(("t", "f", "s"))
# (市府今年目标协助园区: a time relative to the page is no part of a name, as 未来 of 未来科技城 is)
_RELATIVE_TIME = re.compile(r"(?:今|去|明|前|后|当|同|近|往|历)年|目前|当前|现在|今后|近期|同期|全年")
# Nouns of a field of work (发展, 改革, 信息化): a body's name may join two with 和.
_ACTION_NOUN_TAGS = frozenset(("n", "vn"))
# the words that join two fields of one department (建设和交通局)
_DEPARTMENT_JOINS = frozenset("和与及")
# the heads of names that two fields joined by 与 or 和 may name (经济与管理学院, 精密机械与物理研究所)
_FIELD_NAMED = frozenset({"school", "academic"})
_FIELD_TAGS = frozenset({"n", "vn", "nz", "j"})
_BARE_CENTRE = "中心"
_SOURCE_SAID = re.compile(r"来自|源自|取自|出自|提供")  # the line of a source that is a sentence
_KEY_LAB_RANK = re.compile(r"(?:国家|全国|省部共建|省)重点$")  # the rank of a key laboratory, after its field
# a line of speech after a speaker's label (记者:秦创原创新驱动平台建设成效如何?), not a byline's names
# (记者:张三 李四, 记者:张三、李四): a dozen characters or more, no separator among the first six
_SPOKEN_LINE = re.compile(r"[^\s、/|,，]{6}[^\n]{6,}")
_SERVICE_CENTRE = "服务中心"  # the word of a public service centre (政务服务中心, 就业服务中心)
# One-character directions (西太湖, 南湖): part of a zone's name when written right before its place.
_DIRECTIONS = frozenset("东西南北")
# 我省, 本市, 该区: the document's own place, no part of a body's name (我局 is no entity).
_SELF_REFERENCES = frozenset("我本该全各")
# The last character of a division's full name: 和县 in 各市和县高新区 is no place before a head.
_ADMIN_SUFFIXES = frozenset("省市县区旗州盟镇乡")
_DATE_UNIT_CHARS = frozenset("年月日")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# the units whose full names may stand before a zone's own name (not 州: 泰州医药高新区 is one name)
_PLACE_BEFORE_ZONE_SUFFIXES = frozenset("省市县区")
# levels and kinds written before a zone's head, no name of its own (市|国家级高新区)
_ZONE_LEVEL_WORDS = frozenset({"国家", "国家级", "省级", "市级", "国家高新", "省高新", "综合", "经济"})
_PERSON_TAGS = frozenset("nr nrt nrfg nrf".split())
_SPEAKER_ROLE_ENDS = ("者", "人", "员", "师", "商")  # (工具机业者, 发言人, 研究员, 工程师, 供应商)
_NAME_CLAUSE_ENDS = frozenset(",，。;；、")
# A person's name is a word the dictionary tags as one, or a word it does not know (傅光焱).
_NAME_TAGS = _PERSON_TAGS | {"oov"}

# Heads whose names must start with a word zonex knows (a place, a body, a jurisdiction), not
# just any word the tagger calls a proper noun: 中心 and 局 follow too many descriptions
# (粤港澳大湾区国际科技创新中心 is a plan, not a body).
_LEXICON_ANCHORED = frozenset({"gov", "unit", "gpe"})
# One-character division heads whose names join two fields with 与/和 (成果转化与区域创新处).
_DIVISION_HEADS = frozenset("处科司室")

# Characters right before a head after which no name can stand: punctuation (、高新区, 。园区)
# and function words that never end a name (的高新区, 在园区, 我区高新区 is cut at 我区 later).
_NO_NAME_BEFORE = frozenset(",.;:!?，。；：、！？\"'“”‘’《》〈〉<>【】[]{}|/\\ \t\n\r…()的了是把被将向从各该其到在")
# The same before a head, where a ")" may close a place inside the name (中山大学(清远)创新药物研究中心).
_NO_NAME_BEFORE_HEAD = _NO_NAME_BEFORE - {")"}
_TERM_OF_OFFICE = re.compile(r"第[一二三四五六七八九十百0-9]+届")
_ORDINAL_PART = re.compile(r"第[一二三四五六七八九十]")
_NOUN_TAGS = frozenset("n vn nz ns nt oov".split())
_ZONE_NOUN_TAGS = frozenset("n vn nz oov".split())
# Tags of words that make a school's or company's prefix a description, not a name (国际, 科技).
_DESCRIPTION_TAGS = frozenset("n vn v a b m an d j l i".split())

# A zone's own area named in brackets right after it: (相思湖区), (东区园区).
# 南宁·中关村创新示范基地(相思湖区): the zone's part in brackets; not a short name it defines (简称东兴边合区)
_REGION_BEFORE = re.compile(r"(?:东部|中部|西部|南部|北部)$")
# 南部科学园区, 中部科学工业园区: a science park named by its region (中科, 南科 for short)
_SCIENCE_PARK_WORDS = frozenset({"科学", "科学工业"})
_DIVISION_ENDINGS = ("区", "县", "市", "旗", "州", "省")
_PLACE_IN_BRACKETS = re.compile(r"\(([\u4e00-\u9fff]{2,4})\)")
_AREA_IN_BRACKETS = re.compile(r"\((?!以下|下称|简称)[\u4e00-\u9fff]{1,6}(?:园区|园|区)\)")

# Heads of zones a province has one of: after a province's name they name that zone, not a class.
_PROVINCIAL_ZONE_HEADS = ("自由贸易试验区", "自贸试验区", "自贸区")

# Label preferences among spans of equal length: a named zone over a place of the same text.
_RANK = {"ZONE": 3, "ORG": 2, "PERSON": 1, "GPE": 0}

# Where lists of companies or parks end (等…企业) and what follows a word that starts one (企业如).
_LIST_END_MARKS = ("等", "为代表的")
_LIST_START_CUES = ("如", "例如", "比如", "包括")
# What page furniture is made of (annotation guide): link bars with three or more separators,
# keyword and tag lines (关键词: …), the links to the pages before and after (上一篇: …) and to
# other documents (相关下载: …).
_FURNITURE_MARKS = ("|", "关键词", "关键字", "标签", "相关链接", "相关下载", "友情链接", "上一篇", "下一篇")
# A person's name that only the words of its clause can confirm, after or before a title.
_AFTER_TITLE, _BEFORE_TITLE = "after", "before"

# What a word is, as bit flags (RuleEntityRecognizer._info): one lookup per word in the walk.
_F_HEAD = 1 << 0  # a zone, organisation or new-area head (高新区, 大学, 局)
_F_ZONE_HEAD = 1 << 1
_F_GOV_HEAD = 1 << 2  # a head of a government body (管委会, 人民政府, 局)
_F_KNOWN_NAME = 1 << 3  # a place form or a body with a fixed name
_F_REGION = 1 << 4  # an economic region (粤港澳大湾区)
_F_BREAKER = 1 << 5  # a word that ends names (引进, 我区)
_F_JURISDICTION = 1 << 6  # 市, 省, 自治区
_F_COMPLETE_BODY = 1 << 7  # 市委, 省委: a jurisdiction and a committee in one word
_F_VENUE = 1 << 8  # 发布厅, 会展中心
_F_FUNCTION = 1 << 9  # tag in _FUNCTION_TAGS
_F_VERB = 1 << 10  # tag in _VERB_TAGS
_F_ANCHOR_TAG = 1 << 11  # tag in _ANCHOR_TAGS
_F_PROPER = 1 << 12  # tag in _PROPER_TAGS or oov
_F_CLOSE = 1 << 13  # ")"
_F_CONNECTOR = 1 << 14  # · — -
_F_JOIN = 1 << 15  # 与, 和
# Words the walk looks at before anything else (rare: one test for all of them).
_F_SPECIAL = _F_CLOSE | _F_CONNECTOR | _F_JOIN | _F_VENUE | _F_COMPLETE_BODY

# Whether a word is an anchor of the name of a head of each kind (besides places and bodies
# with a fixed name, which anchor every name, and economic regions, which anchor none): one
# bit per kind of head, and per whether the word to its right is a head (省|科学院).
_A_GOV = 1 << 0
_A_UNIT = 1 << 1
_A_UNIT_BEFORE_HEAD = 1 << 2
_A_ZONE = 1 << 3
_A_ORG = 1 << 4
_A_ORG_BEFORE_HEAD = 1 << 5
_A_ZONE_BEFORE_HEAD = 1 << 6  # a name the tagger takes for a person's, right before a zone head (察哈尔高新区)
_A_NEVER = 0  # new areas (GPE heads): only places and fixed names


# the stops after a company's name right after its class, which a verb of two characters can have too
_APPOSITION_STOPS = frozenset(",，。;；、")
# a verb of speech of one character, which may follow a name right before a stop (贺婷说。)
_SPEECH_ENDS = frozenset("说称讲道")
_COMMON_TAGS = frozenset({"n", "v", "vn", "nz", "a", "an"})  # a common noun's, a verb's, an adjective's
# Tags of a word that may open a quoted person's name (黄家 n, 欧阳 ns, 苏美 j): nouns, not verbs
_QUOTED_NAME_HEAD_TAGS = frozenset({"n", "nz", "ns", "nt", "j", "ng", "nrt", "nrfg", "nr"})
# a time's last character after its number (3季, 5月), which the segmenter may glue to a name after it
_TIME_UNIT_CHARS = frozenset("季年月日")  # (after one of _NUMERAL_CHARS)




class _Head(NamedTuple):
    """What a head (高新区, 大学, 局) asks of the walk, worked out once per kind of head."""

    label: str
    kind: str
    rank: int
    rule: str
    is_gov: bool
    gov_or_unit: bool
    is_org: bool
    is_zone: bool
    noun_tags: frozenset[str]
    anchor_bit: int  # _A_* of this kind of head
    anchor_bit_before_head: int  # the same when the word to the right is a head


def _head_profile(label: str, kind: str) -> _Head:
    is_gov = kind == "gov"
    if is_gov:
        bits = (_A_GOV, _A_GOV)
    elif kind == "unit":
        bits = (_A_UNIT, _A_UNIT_BEFORE_HEAD)
    elif label == "GPE":
        bits = (_A_NEVER, _A_NEVER)
    elif label == "ZONE":
        bits = (_A_ZONE, _A_ZONE | _A_ZONE_BEFORE_HEAD)
    else:
        bits = (_A_ORG, _A_ORG_BEFORE_HEAD)
    return _Head(
        label,
        kind,
        _RANK[label],
        "head:" + kind,
        is_gov,
        is_gov or kind == "unit",
        label == "ORG",
        label == "ZONE",
        _ZONE_NOUN_TAGS if label == "ZONE" else _NOUN_TAGS,
        *bits,
    )


class _Affixes:
    """Which word of a set starts or ends at a position of a text: a set lookup per length,
    for the lengths of the words with that first (last) character. Does what a regex
    alternation of the words, anchored there, does, in a fraction of its time."""

    __slots__ = ("words", "_by_first", "_by_last")

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w for w in words if w)
        by_first: dict[str, set[int]] = {}
        by_last: dict[str, set[int]] = {}
        for w in self.words:
            by_first.setdefault(w[0], set()).add(len(w))
            by_last.setdefault(w[-1], set()).add(len(w))
        self._by_first = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_first.items()}
        self._by_last = {c: tuple(sorted(ns, reverse=True)) for c, ns in by_last.items()}

    def starts_at(self, text: str, pos: int) -> int:
        """Length of the longest word that ``text[pos:]`` starts with (0: none)."""
        room = len(text) - pos
        if room <= 0:
            return 0
        lengths = self._by_first.get(text[pos])
        if lengths:
            words = self.words
            for n in lengths:
                if n <= room and text[pos : pos + n] in words:
                    return n
        return 0

    def ends_at(self, text: str, pos: int, lo: int = 0) -> int:
        """Length of the longest word that ``text[lo:pos]`` ends with (0: none)."""
        if pos <= lo:
            return 0
        lengths = self._by_last.get(text[pos - 1])
        if lengths:
            words = self.words
            for n in lengths:
                if n <= pos - lo and text[pos - n : pos] in words:
                    return n
        return 0


# Candidates are tuples (start, end, label, rank, rule) until the end of a call.
_Cand = tuple[int, int, str, int, str]
_START = itemgetter(0)


# _everywhere searches the text once per name while text length × names stays under this
# (a few milliseconds of str.count); beyond it, one automaton over the names.
_SEARCH_EACH_NAME_UP_TO = 20_000_000


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined (a bar may reach into a labelled line)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


class _LineBounds:
    """The line around a position, by bisection over the text's newlines (found once, on the
    first question): ``text.rfind("\n", 0, pos)`` per position would walk a long line again for
    each position asked, which grows as positions × line length in a text without newlines."""

    __slots__ = ("_newlines", "_text")

    def __init__(self, text: str):
        self._text = text
        self._newlines: list[int] | None = None

    def _positions(self) -> list[int]:
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINES.finditer(self._text)]
        return self._newlines

    def start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts: ``text.rfind("\n", 0, pos) + 1``."""
        newlines = self._positions()
        i = bisect_left(newlines, pos)
        return newlines[i - 1] + 1 if i else 0

    def end(self, pos: int) -> int:
        """The first newline at or after ``pos``, or the end of the text."""
        newlines = self._positions()
        i = bisect_left(newlines, pos)
        return newlines[i] if i < len(newlines) else len(self._text)


_NEWLINES = re.compile("\n")


def _matches_at(pattern: re.Pattern, text: str, positions: Iterable[int]) -> Iterator[re.Match]:
    """``pattern`` matched where the scan found its first words, as a search through the text
    would find it (left to right, never overlapping)."""
    reach = 0
    for pos in sorted(positions):
        if pos < reach:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            reach = m.end()
            yield m


# 某某新能源科技股份有限公司(以下简称“某某时代”): the short name the text goes on to use.
# The short name may stand in quotes or, up to the bracket, without (以下简称青海高新区).
_ALIAS = re.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)[为:：]?\s*"
                    r"(?:[“\"「『]([^”\"」』()（）]{2,12})[”\"」』]|([^“\"「『”\"」』()（）,，、;；]{2,12})(?=[)）]))")


_PARTNERSHIP_WORDS = ("合作", "协作", "两地", "对口")
# Words before a place that only say where something is (在宜宾三江新区开工, 位于南京江北新区, 结合海东新区)
_LOCATING_WORDS = ("在", "于", "位于", "地处", "结合", "落户", "落地", "至", "到", "赴", "来")


def _aliases(text: str, found: list[_Cand], heads: frozenset[str] = frozenset(),
             zone_heads: tuple[str, ...] = (), places: frozenset[str] = frozenset(),
             common: Callable[[str], bool] = lambda words: False) -> list[_Cand]:
    """Every mention of a short name that a text defines for an organisation or zone right after
    naming it, as that kind of name: 宁德时代 after 宁德时代新能源科技股份有限公司(以下简称“宁德时代”)
    is the company wherever it comes, not the city 宁德 and a word. A short name that is only a
    head (下称「合作区」, 以下简称“公司”) names nothing by itself: no entity."""
    named_until: dict[int, _Cand] = {}
    for c in found:
        if c[2] in ("ORG", "ZONE") and (c[1] not in named_until or c[1] - c[0] > named_until[c[1]][1] - named_until[c[1]][0]):
            named_until[c[1]] = c
    out: list[_Cand] = []
    for m in _ALIAS.finditer(text):
        named = named_until.get(m.start())
        if named is None:
            continue
        aliases = [m.group(1) or m.group(2)]
        more = OTHER_NAME_AFTER.match(text, m.end())
        while more is not None:  # (下称“东湖高新区”,又称“中国光谷”): every name the bracket gives
            aliases.append(more.group(1))
            more = OTHER_NAME_AFTER.match(text, more.end())
        for alias in aliases:
            if alias in heads or not (alias[0].isalnum() and alias[-1].isalnum()):
                continue  # (a head alone names nothing; “,城边合区” is a garbled name, no alias)
            out += [(pos, pos + len(alias), named[2], named[3], "alias") for pos in _find_all(text, alias)]
            if named[2] != "ZONE":
                continue
            if alias.startswith("中国") and len(alias) >= 4:
                # 中国光谷 → 光谷: a zone's nickname after the country's name, which pages drop
                out += [(pos, pos + len(alias) - 2, "ZONE", named[3], "alias") for pos in _find_all(text, alias[2:])]
            head = next((h for h in zone_heads if alias.endswith(h)), None)
            qualifier = alias[: -len(head)] if head else ""
            if len(qualifier) >= 2 and qualifier not in places and not common(qualifier):
                # 漕河泾开发区 → 漕河泾: the short name without its head, as the page goes on to write
                # it (not 苏州 of 苏州高新区: a place stays a place; nor 机器人 of 机器人产业园: an
                # industry's words, which the page writes of the industry)
                # (深哈合作: the two cities the park's name abbreviates, working together, no park)
                out += [(pos, pos + len(qualifier), "ZONE", named[3], "alias") for pos in _find_all(text, qualifier)
                        if not text.startswith(_PARTNERSHIP_WORDS, pos + len(qualifier))]
    return out


def _bare_aliases(text: str, found: list[_Cand], heads: frozenset[str] = frozenset()) -> list[_Cand]:
    """Every mention of a short name given in bare brackets right after an organisation's or a
    zone's name (香港科技园公司(科技园公司)): that body wherever the page writes it."""
    out: list[_Cand] = []
    for c in found:
        if c[2] not in ("ORG", "ZONE") or text[c[1] : c[1] + 1] not in ("(", "（"):
            continue
        m = BARE_ALIAS.match(text, c[1])
        if m is None:
            continue
        alias, name = m.group(1), text[c[0] : c[1]]
        if alias in heads or not is_short_form(alias, name):
            continue
        out += [(pos, pos + len(alias), c[2], c[3], "alias") for pos in _find_all(text, alias)]
        if m.group(2):  # (科技园公司,HKSTP): its Latin initials too, wherever written as a word
            out += [(pos, pos + len(m.group(2)), c[2], c[3], "alias") for pos in _find_all(text, m.group(2))
                    if not text[pos - 1 : pos].isalnum() and not text[pos + len(m.group(2)) : pos + len(m.group(2)) + 1].isalnum()]
    for c in found:
        # 港股上市企业芯澜科技(深圳芯澜微电子股份有限公司): the short name a company goes by, then its
        # registered name in brackets: the short name opens with the trade name after the place
        if c[2] != "ORG" or c[0] < 3 or text[c[0] - 1] not in "(（" or text[c[1] : c[1] + 1] not in (")", "）"):
            continue
        name = text[c[0] : c[1]]
        trade = name[len(place) :] if (place := place_prefix(name)) is not None else name
        start = text.rfind(trade[:2], max(0, c[0] - _MAX_STOCK_NAME - 1), c[0] - 2) if len(trade) > 2 else -1
        if start >= 0 and _ALL_HAN.fullmatch(text, start, c[0] - 1):
            out.append((start, c[0] - 1, "ORG", 2, "alias"))
    return out


def _find_all(text: str, name: str) -> Iterator[int]:
    """Every start of ``name`` in ``text``, overlapping ones included, in order."""
    pos = text.find(name)
    while pos != -1:
        yield pos
        pos = text.find(name, pos + 1)


def _occurrences(names: list[str], text: str) -> dict[str, list[int]]:
    """:func:`_find_all` of every name, in one pass of an automaton over the names."""
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.Standard)
    found: dict[str, list[int]] = {name: [] for name in names}
    for i, start, _end in automaton.find_matches_as_indexes(text, overlapping=True):
        found[names[i]].append(start)
    for starts in found.values():
        starts.sort()  # the automaton reports by end; names of one length come in order already
    return found


def _non_overlapping(starts: list[int], size: int) -> int:
    """What ``str.count`` gives from the starts of every occurrence: taken left to right, each
    one that begins after the last one taken ends."""
    n, free = 0, 0
    for start in starts:
        if start >= free:
            n += 1
            free = start + size
    return n


def _keep_head(heads: list[tuple[int, int, _Head]], s: int, e: int, head: _Head) -> None:
    """Add the head ``[s, e)`` found by the scan to ``heads``, the heads no other head contains
    (新区 of 高新区, 开发区 of 高新技术产业开发区: the longer head decides).

    The scan finds heads by end, so a head already kept contains the new one only if it ends
    where the new one ends (it is the last kept), and the new one contains the last kept heads
    that start at or after it. Kept heads start and end in increasing order (a head of two
    kinds is kept twice, side by side), as a sort by start, longest first, would give them."""
    while heads:
        ls, le = heads[-1][0], heads[-1][1]
        if le == e and ls < s:
            return  # inside the last head kept
        if ls >= s and (ls != s or le != e):
            heads.pop()  # inside the new head
            continue
        break
    heads.append((s, e, head))


class Tagger:
    """Words of short strings with jieba's part-of-speech tags.

    Words come from rjieba's ``cut`` (jieba's dictionary and HMM, in Rust; jieba itself when
    rjieba is missing). Tags are looked up in jieba's dictionary, read once here: running the
    part-of-speech model (``rjieba.tag``, ``jieba.posseg``) costs ten times a cut, and zonex only
    needs the dictionary tag of known words. A word the dictionary lacks (one the HMM made up:
    傅光焱, 海创) gets the tag ``oov``. ``words`` are added as (word, frequency or None, tag).
    The tag of each distinct word is worked out once and kept (a word's tag has no context).
    """

    def __init__(self, words: Iterable[tuple[str, int | None, str | None]] = ()):
        import jieba

        words = list(words)
        self._tags: dict[str, str] = {}
        with jieba.get_dict_file() as fh:
            for raw in fh:
                parts = raw.decode("utf-8").split()
                if len(parts) == 3 and parts[2] != "n":  # n is the default for known words
                    self._tags[parts[0]] = parts[2]
        for word, _freq, tag in words:
            if tag and tag != "n":
                self._tags[word] = tag
            else:
                self._tags.pop(word, None)
        self._memo: dict[str, str] = {}
        self._known_memo: dict[str, bool] = {}
        try:
            import rjieba
        except ImportError:  # pragma: no cover - rjieba is a core dependency
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word, freq, tag in words:
                tokenizer.add_word(word, freq, tag)
            self._cut: Callable[[str], list[str]] = tokenizer.lcut
            self._has_word: Callable[[str], bool] = lambda w: bool(tokenizer.FREQ.get(w))
        else:
            impl = rjieba.Jieba()
            for word, freq, tag in words:
                impl.add_word(word, freq, tag)
            self._cut = impl.cut
            self._has_word = impl.has_word

    def __call__(self, text: str) -> list[tuple[str, str]]:
        """Words of ``text`` with their tags."""
        memo, tag_of = self._memo, self.tag_of
        return [(w, memo.get(w) or tag_of(w)) for w in self._cut(text)]

    def cut(self, text: str) -> list[str]:
        """Words of ``text``."""
        return self._cut(text)

    def known(self, word: str) -> bool:
        """Whether a word is in the dictionary (not made up by the HMM)."""
        known = self._known_memo.get(word)
        if known is None:
            known = bool(self._has_word(word))
            if len(self._known_memo) < _MEMO_LIMIT:
                self._known_memo[word] = known
        return known

    def tag_of(self, word: str) -> str:
        """The dictionary tag of one word (n for known words without one, oov for unknown)."""
        tag = self._memo.get(word)
        if tag is None:
            tag = self._tags.get(word) or ("n" if self.known(word) else _unknown_tag(word))
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[word] = tag
        return tag


def _remember(memo: dict, key: str, value: object) -> None:
    """Keep what was worked out about a string, up to _MEMO_LIMIT strings (a bound on memory)."""
    if len(memo) < _MEMO_LIMIT:
        memo[key] = value


_POINTING_CHARS = frozenset("该本此")
_TIME_CHARS = frozenset("年月")


def _unknown_tag(word: str) -> str:
    """Tag of a word outside the dictionary: numbers m, Latin words eng, symbols x, else oov."""
    if not word:
        return "x"
    if word[0] in _NUMERAL_CHARS:
        return "m"  # 一是, 两大: the HMM glued a numeral to the next character
    if len(word) == 2 and word[0] in _POINTING_CHARS:
        return "r"  # 该关, 本署: a pronoun the HMM glued to a one-character noun points back, it names nothing
    if len(word) == 2 and word[0] in _TIME_CHARS:
        return "t"  # 2025|年涉|经开区: the HMM glued a date's 年 to the verb after it
    if _HAN.search(word):
        return "oov"
    if _NUMBER.fullmatch(word):
        return "m"
    return "eng" if _LATIN.search(word) else "x"


# The words of one clause: ``(words, starts, lo, hi)``, the clause being ``words[lo:hi]`` with
# absolute start offsets ``starts[lo:hi + 1]`` (the last one is the clause's end). Clauses cut
# together share their two lists.
_Clause = tuple[list[str], list[int], int, int]


class _Words:
    """The words of one text, cut clause by clause where a rule asks for them.

    Names never run across punctuation, so a clause (the text between two breaks) is the unit
    that is cut, once: only the clauses around lexicon hits are ever segmented, most of them
    together (:meth:`prefetch`). ``splits`` are positions where a word must end even if the
    segmenter glued it to the next one: the dictionary knows 广西壮族自治区人民政府 and 处处长
    as single words, zonex needs 广西壮族自治区 | 人民政府 and 处 | 处长. The pieces of a split
    word are cut again.
    """

    __slots__ = ("text", "_reversed", "_cut", "_splits", "_cache", "_starts", "_ends")

    def __init__(self, text: str, tagger: Tagger, splits: Iterable[int] = ()):
        self.text = text
        self._reversed = text[::-1]  # to find the break before a position with one search
        self._cut = tagger.cut
        self._splits = sorted(set(splits))
        self._cache: list[_Clause] = []  # clauses cut so far, by start
        self._starts: list[int] = []
        self._ends: list[int] = []

    def clause(self, pos: int) -> _Clause:
        """The words of the clause around position ``pos``."""
        starts = self._starts
        n = bisect_right(starts, pos) - 1
        if n >= 0 and pos < self._ends[n]:
            return self._cache[n]
        a, b = self.bounds(pos)
        return self._store(a, b, self._cut(self.text[a:b]))

    def prefetch(self, positions: Iterable[int]) -> None:
        """Cut the clauses around ``positions`` (sorted) with one call of the segmenter.

        The clauses are joined with ``\\n``, which the segmenter never joins to a word (it is a
        break of its own), so each clause comes out as it would alone. Only clauses shorter than
        the window are fetched: their bounds are the same from any position inside them, so
        fetching them early changes nothing; longer ones are cut when asked for, as before.
        """
        if self._starts:
            return  # only before the first clause is asked for
        text, reverse = self.text, self._reversed
        n = len(text)
        search = _CLAUSE_BREAK.search
        starts: list[int] = []
        ends: list[int] = []
        end = -1
        for pos in positions:
            if pos < end:
                continue  # in the clause fetched last
            m = search(text, pos, pos + _LONG_CLAUSE)
            if m is not None:
                b = m.start()
            elif pos + _LONG_CLAUSE >= n:
                b = n
            else:
                continue
            if b == pos:
                continue
            m = search(reverse, n - pos, n - pos + _LONG_CLAUSE)
            if m is not None:
                a = n - m.start()
            elif pos <= _LONG_CLAUSE:
                a = 0
            else:
                continue
            if b - a < _LONG_CLAUSE - 1:
                starts.append(a)
                ends.append(b)
                end = b
        if not starts:
            return
        words = self._cut("\n".join([text[a:b] for a, b in zip(starts, ends, strict=True)]))
        count = len(starts)
        if words.count("\n") != count - 1:  # pragma: no cover - a separator was joined to a word
            for a, b in zip(starts, ends, strict=True):
                self._store(a, b, self._cut(text[a:b]))
            return
        # One list of offsets for all the words: a separator stands for the text between two
        # clauses, so every word's offset is its offset in the text.
        lengths = list(map(len, words))
        lows = [0]
        index = words.index
        i = 0
        for k in range(1, count):
            j = index("\n", i)
            lengths[j] = starts[k] - ends[k - 1]
            i = j + 1
            lows.append(i)
        offsets = list(accumulate(lengths, initial=starts[0]))
        highs = [lo - 1 for lo in lows[1:]]
        highs.append(len(words))
        cache: list[_Clause] = [(words, offsets, lo, hi) for lo, hi in zip(lows, highs, strict=True)]
        if offsets[-1] != ends[-1]:  # pragma: no cover - the segmenter dropped characters
            cache = [self._clause_of(a, b, self._cut(text[a:b])) for a, b in zip(starts, ends, strict=True)]
        elif self._splits:
            self._split_all(starts, ends, lows, highs, words, offsets, cache)
        self._starts, self._ends, self._cache = starts, ends, cache

    def _clause_of(self, a: int, b: int, words: list[str]) -> _Clause:
        """The clause ``[a, b)`` from its words, cut at the split points inside it."""
        word_starts = list(accumulate(map(len, words), initial=a))
        if word_starts[-1] != b:  # a segmenter that dropped characters: use single characters
            words, word_starts = list(self.text[a:b]), list(range(a, b + 1))
        splits = self._splits
        if splits:
            lo, hi = bisect_right(splits, a), bisect_right(splits, b - 1)
            if lo < hi:
                words, word_starts = self._split(words, word_starts, splits[lo:hi])
        return (words, word_starts, 0, len(words))

    def _store(self, a: int, b: int, words: list[str]) -> _Clause:
        """Keep the words of the clause ``[a, b)``."""
        clause = self._clause_of(a, b, words)
        starts = self._starts
        n = bisect_right(starts, a)
        starts.insert(n, a)
        self._ends.insert(n, b)
        self._cache.insert(n, clause)
        return clause

    def _split_all(
        self,
        starts: list[int],
        ends: list[int],
        lows: list[int],
        highs: list[int],
        words: list[str],
        offsets: list[int],
        cache: list[_Clause],
    ) -> None:
        """:meth:`_split` for every clause cut together: the words a split point falls inside
        are cut again, their pieces all in one call."""
        redo: dict[int, dict[int, list[int]]] = {}  # clause -> word -> the points inside it
        for p in self._splits:
            k = bisect_right(starts, p) - 1
            if k >= 0 and starts[k] < p < ends[k]:
                x = bisect_right(offsets, p, lows[k], highs[k] + 1) - 1
                if offsets[x] != p:
                    redo.setdefault(k, {}).setdefault(x, []).append(p)
        if not redo:
            return
        text = self.text
        pieces: list[str] = []
        for cuts in redo.values():
            for x, points in cuts.items():
                edges = [offsets[x], *points, offsets[x + 1]]
                pieces += [text[u:v] for u, v in zip(edges, edges[1:], strict=False)]
        pieces_words = self._cut("\n".join(pieces))
        if pieces_words.count("\n") != len(pieces) - 1:  # pragma: no cover - a separator was joined to a word
            cut = [self._cut(piece) for piece in pieces]
        else:
            cut = []
            i = 0
            for _ in range(len(pieces) - 1):
                j = pieces_words.index("\n", i)
                cut.append(pieces_words[i:j])
                i = j + 1
            cut.append(pieces_words[i:])
        n = 0
        for k, cuts in redo.items():
            out: list[str] = []
            done = lows[k]
            for x, points in cuts.items():
                out += words[done:x]
                for _ in range(len(points) + 1):
                    out += cut[n]
                    n += 1
                done = x + 1
            out += words[done : highs[k]]
            cache[k] = (out, list(accumulate(map(len, out), initial=starts[k])), 0, len(out))

    def _split(self, words: list[str], starts: list[int], points: list[int]) -> tuple[list[str], list[int]]:
        cuts: dict[int, list[int]] = {}
        for p in points:
            i = bisect_right(starts, p) - 1
            if starts[i] < p < starts[i + 1]:
                cuts.setdefault(i, []).append(p)
        if not cuts:
            return words, starts
        out: list[str] = []
        done = 0
        for i in sorted(cuts):
            out += words[done:i]
            for x, y in zip([starts[i], *cuts[i]], [*cuts[i], starts[i + 1]], strict=True):
                out += self._cut(self.text[x:y])
            done = i + 1
        out += words[done:]
        return out, list(accumulate(map(len, out), initial=starts[0]))

    def bounds(self, pos: int) -> tuple[int, int]:
        """The clause ``[a, b)`` around position ``pos``: between punctuation or spaces."""
        text = self.text
        m = _CLAUSE_BREAK.search(text, pos, pos + _LONG_CLAUSE)
        b = m.start() if m else min(len(text), pos + _LONG_CLAUSE)
        if b == pos:  # pos is itself a break: a clause of one character
            return pos, pos + 1
        back = len(text) - pos
        m = _CLAUSE_BREAK.search(self._reversed, back, back + _LONG_CLAUSE)
        a = len(text) - m.start() if m else max(0, pos - _LONG_CLAUSE)
        return a, b

    def bounds_with_lists(self, pos: int) -> tuple[int, int]:
        """Like :meth:`bounds`, but a 、 does not end the clause (the span of a whole list) and a
        parenthesis does: (孵化器众创空间)吸引中国软件、鸿博微电子 starts after the ``)``."""
        a, b = self.bounds(pos)
        text = self.text
        while a >= 2 and text[a - 1] == "、":
            a = self.bounds(a - 2)[0]
        while b < len(text) - 1 and text[b] == "、":
            b = self.bounds(b + 1)[1]
        a = max(a, text.rfind("(", a, pos) + 1, text.rfind(")", a, pos) + 1)
        cut = [i for i in (text.find("(", pos, b), text.find(")", pos, b)) if i != -1]
        return a, min(cut, default=b)


@dataclass(slots=True)
class _Hits:
    places: list[tuple[int, int, bool]]
    """(start, -end, whether a full name) by start, longest first: 江门市 (full), 江门, 蓬江"""
    fixed: list[tuple[int, int]]
    heads: list[tuple[int, int, _Head]]
    """(start, end, head) of the heads no other head contains (新区 of 高新区 and 开发区 of
    高新技术产业开发区 are not among them), by start: 高新区 → ZONE zone, 大学 → ORG school,
    新区 → GPE gpe (two entries for a head of two kinds)"""
    blocks: list[tuple[int, int]]
    titles: list[tuple[int, int, str]]
    list_ends: list[int]
    """where a list of companies or parks may end: 等, 为代表的"""
    list_starts: list[int]
    """where one may start: 企业如, 企业包括"""
    furniture: list[tuple[int, int, bool]]
    """``|`` (True) and page labels (关键词, 标签), where lines of page furniture may be"""


class RuleEntityRecognizer:
    """Gazetteer and rules; build once (it loads the lexicons and a tagger), call per text.

    >>> recognizer = RuleEntityRecognizer()
    >>> [(e.text, e.label) for e in recognizer("高新区管委会主任傅光焱表示,阳江高新区与中山大学、华南理工大学合作。")]
    [('高新区管委会', 'ORG'), ('傅光焱', 'PERSON'), ('阳江高新区', 'ZONE'), ('中山大学', 'ORG'), ('华南理工大学', 'ORG')]
    """

    def __init__(self, lexicon: EntityLexicon | None = None, tagger: Tagger | None = None):
        self.lexicon = lex = lexicon or load_lexicon()
        self.tagger = tagger or Tagger(self._tagger_words(lex))
        # Companies listed before 等…企业 (奇德新材、芳源环保、绿岛风等3家高企) or after 企业如. The
        # 等 and what follows it are found first; the list is the clause before the 等.
        list_heads = "|".join(map(re.escape, sorted(lex.company_list_heads, key=len, reverse=True)))
        every_head = sorted({*lex.company_list_heads, *lex.zone_list_heads}, key=len, reverse=True)
        self._list_label = {h: "ZONE" if h in lex.zone_list_heads else "ORG" for h in every_head}
        self._list_end = re.compile(
            rf"(?:{'|'.join(_LIST_END_MARKS)})(?:[0-9一二三四五六七八九十两百多几余]+[家个]|一批|多家|多个)?"
            rf"([^\s,.;:!?，。；：、！？]{{0,8}}?)({'|'.join(map(re.escape, every_head))})"
        )
        self._list_start = re.compile(rf"(?:{list_heads})(?:{'|'.join(_LIST_START_CUES)})")
        self._list_manner = re.compile("|".join(map(re.escape, sorted(lex.company_list_manners))))
        self._list_supply = re.compile("|".join(map(re.escape, sorted(lex.company_list_supplies)))) \
            if lex.company_list_supplies else None
        self._list_joiner = re.compile(r"以及|和|及|与")
        self._automaton, keys, self._entries = self._build_automaton(lex)
        # One bucket per automaton entry (-1: a surface in two lexicons), and its payload.
        self._codes = [entry[0][0] if len(entry) == 1 else -1 for entry in self._entries]
        self._payloads = [entry[0][1] for entry in self._entries]
        self._full_names = frozenset(p.name for p in lex.places if p.kind not in ("country", "world_city") and not p.generic)
        # Whether each entry is a full place name of three characters or more: a place anywhere.
        self._full = [len(k) > 2 and k in self._full_names for k in keys]
        self._zone_head_words = frozenset(lex.zone_heads)
        self._company_heads = tuple(h for h, kind in lex.org_heads.items() if kind == "company")
        self._company_descriptor = re.compile("|".join(map(re.escape, sorted(lex.company_descriptors, key=len, reverse=True))))
        # a company's legal form (有限公司, 股份有限公司): no zone's name runs back through one
        self._legal_forms = tuple(h for h in self._company_heads if "有限" in h)
        self._unit_heads = tuple(h for h, kind in lex.org_heads.items() if kind == "unit")
        self._gov_heads = tuple(h for h, kind in lex.org_heads.items() if kind == "gov")
        # (a word of its own: after no Han character, or after a time (1至10月竹科, 同期中科), a clause
        # mark, a joiner or a preposition or verb that takes a place: 低于竹科整体平均, 仅占竹科总营业额,
        # 同属竹科, 形成竹科, 居竹科各园区之冠)
        self._park_short_name = re.compile(
            rf"(?:(?<![\u4e00-\u9fff])|(?<=[年月季期,，、与和及在于占属对比较至到为从由向驻成全居]))(?:{'|'.join(map(re.escape, sorted(lex.park_short_names)))})"
            r"(?![院大技学研所科])") if lex.park_short_names else None
        self._park_short_lasts = frozenset(name[-1] for name in lex.park_short_names)  # (a cheap test first: 科, 港)
        self._titles_before_names = frozenset(t for t, where in lex.titles.items() if where in ("before", "both"))
        # divisions written after their body (公共事务部): whether a page holds one, in one scan
        self._divisions_re = re.compile("|".join(map(re.escape, lex.body_divisions))) if lex.body_divisions else None
        # the names of the state's bodies by their first character, longest first
        self._gov_names_by_first: dict[str, list[str]] = {}
        for name in sorted((n for n, kind in lex.org_names.items() if kind == "gov"), key=len, reverse=True):
            self._gov_names_by_first.setdefault(name[0], []).append(name)
        # 分署, 分行, 分院 …: a branch; what ends its parent's name (署, 银行, 部 …) before it
        self._branch_heads = tuple(h for h in self._unit_heads if h.startswith("分") and len(h) == 2)
        self._parent_heads = tuple(h for h, kind in lex.org_heads.items() if kind in ("gov", "company", "other", "academic")
                                   and not h.startswith("分"))
        self._place_names = frozenset(lex.place_forms)
        self._zone_heads_longest_first = tuple(sorted(lex.zone_heads, key=len, reverse=True))
        self._zone_head_short_forms = lex.zone_head_short_forms
        self._school_heads = frozenset(h for h, kind in lex.org_heads.items() if kind == "school")
        # 高新, 经开: a zone's short head without its 区, which names the branch of a body in the
        # zone (郑州市公安局高新分局, 高新公安分局)
        self._zone_stems = frozenset(short[:-1] for short in lex.zone_head_short_forms.values() if short.endswith("区"))
        # Who made the page: 来源:市府办, 编辑:陈静 (on normalised text: simplified, half-width colon).
        self._credit_labels = tuple(lex.credit_labels)
        labels = "|".join(re.escape(w) for w in sorted(lex.credit_labels, key=len, reverse=True))
        self._page_credit = re.compile(
            rf"(?P<label>{labels})[ \t]*[:/][ \t]*(?P<value>[\u4e00-\u9fff]{{2,20}})(?![\u4e00-\u9fff])")
        self._jurisdiction_prefixes = tuple(lex.jurisdictions)
        outlet = rf"[\u4e00-\u9fff]{{1,10}}(?:{'|'.join(map(re.escape, lex.masthead_endings))})"
        # 【大公报讯】, 【香港文汇报讯】: the paper a report's lead credits (not 本报讯: the page's own)
        self._wire_lead = re.compile(rf"【(?!本)({outlet})讯】")
        self._outlet_pair = re.compile(rf"({outlet})[-－]({outlet})(?![\u4e00-\u9fff])")
        # the zone heads, longest first, as one alternation
        zone_heads = "|".join(re.escape(h) for h in sorted(lex.zone_heads, key=len, reverse=True))
        # a title that opens with name material and a zone head (香草药草生技园区去年…)
        self._title_head = re.compile(rf"(?P<qualifier>[\u4e00-\u9fff]{{2,12}}?)(?:{zone_heads})")
        brand_heads = "|".join(re.escape(h) for h in sorted(lex.brand_zone_heads, key=len, reverse=True))
        self._clause_park = re.compile(
            rf"(?:^|(?<=[。;；:：!?！？\n]))[ \t\u3000]*(?P<name>(?P<qualifier>[\u4e00-\u9fffA-Za-z]{{2,8}}?)(?:{brand_heads}))(?![\u4e00-\u9fff]?[区园])",
            re.M) if brand_heads else None
        # an institute named by its field, right after its university or centre (…大学|先进技术研究院):
        # a field of two to eight characters, then an academic head ending the word (or before 等, 和 …)
        academic = "|".join(re.escape(h) for h in sorted((h for h, kind in lex.org_heads.items() if kind == "academic"),
                                                         key=len, reverse=True))
        self._institute_after_body = re.compile(
            rf"(?P<field>[\u4e00-\u9fff]{{2,8}}?)(?:{academic})(?:(?![\u4e00-\u9fff])|(?=[等和及与]))")
        # a park named after a brand, right after it (中国动力谷|自主创新园)
        self._park_of_brand = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{zone_heads})")
        # 科技 of 台中科技产业园区: what is left of a zone's name without its place may only qualify
        # the kind of zone (zone_kind_words.tsv), naming none
        self._kind_words = re.compile(
            "(?:" + "|".join(re.escape(w) for w in sorted(lex.zone_kind_words, key=len, reverse=True)) + ")+")
        # The longest zone head a name ends with (search finds the leftmost start, so the longest).
        self._zone_head_at_end = re.compile(f"(?:{zone_heads})$")
        self._zone_head_inside = re.compile(f"(?:{zone_heads})")
        # A province's 高新区 is a class of zones (广西高新区); a special administrative region is
        # a city for this (香港科学园 is one park).
        self._province_forms = frozenset(f for f, ps in lex.place_forms.items() if f not in lex.literary_names
                                         and all(p.kind == "province" and not p.name.endswith("特别行政区") for p in ps))
        self._heads = frozenset({*lex.zone_heads, *lex.org_heads, *lex.gpe_heads})
        # The bodies that govern a zone, written after its name (中关村科技园区管理委员会)
        # the longest zone head (国家高新技术产业开发区): how far back a zone's department looks for it
        self._zone_head_max = max(len(h) for h in lex.zone_heads)
        # the short zone heads a zone's company is called after, less their 区 (高新区 → 高新公交)
        # a header cell over companies' names (公司简称, 企业名称), between bars or a line's edges
        self._company_column = re.compile(
            rf"(?:^|(?<=\|))[ \t]*(?:{'|'.join(sorted(lex.company_columns, key=len, reverse=True))})[ \t]*(?=\||$)", re.MULTILINE)
        self._zone_short_heads = tuple(sorted({h for h in lex.zone_head_short_forms.values() if len(h) == 3 and h.endswith("区")}))
        self._zone_bodies = frozenset(h for h, kind in lex.org_heads.items() if kind == "gov" and len(h) >= 3)
        # 局, 处, 厅 …: the one-character heads a department word makes a body of (经发局, 劳检处)
        self._one_char_gov_heads = frozenset(h for h, kind in lex.org_heads.items() if kind == "gov" and len(h) == 1)
        self._info_memo: dict[str, tuple[str, int, int]] = {}
        # What the rules decide about a string by cutting it into words (whether it is a
        # person's name, a company's name before its head, an item that ends in an action):
        # worked out once per string, as the tags of words are, not once per mention.
        self._person_memo: dict[str, bool] = {}
        self._named_memo: dict[tuple[str, bool], bool] = {}
        self._action_memo: dict[str, bool] = {}
        self._head_ends = _Affixes(self._heads)
        self._departments = _Affixes(lex.departments)
        # how far before a head a department word may start (人力资源和社会保障局: nine characters)
        self._department_reach = max(map(len, lex.departments), default=0)
        # Words that may follow a name, or precede one (titles), at a position.
        self._after_name = _Affixes({*lex.person_cues, *lex.titles, *lex.name_breakers})
        # The verbs a quoted person's name ends before (表示, 介绍, 说): not the particles of the
        # cues (在, 和), which end words as often as names.
        self._speech_after = _Affixes({*(w for w in lex.person_cues if len(w) > 1 and w not in lex.name_breakers),
                                       *_SPEECH_ENDS})
        self._titles = _Affixes(lex.titles)
        self._long_titles = _Affixes(t for t in lex.titles if len(t) > 1)
        self._head_prefix = _Affixes(h for h in self._heads if len(h) > 1)
        self._zone_classes = lex.zone_classes
        self._surnames = frozenset(lex.surnames)
        self._two_char_surnames = frozenset(s for s in lex.surnames if len(s) == 2)
        # Single characters that glue onto the next word in the tagger's output (以五邑 → 以 | 五邑).
        self._glued_function_chars = frozenset(w for w in lex.name_breakers if len(w) == 1)
        self._one_char_jurisdictions = frozenset(w for w in lex.jurisdictions if len(w) == 1)
        # Speaker labels (薛彬:) at the start of a line, bylines (■ 阮晓莹, 龚炜文/摄).
        # (张峻豪 台中市政府经济发展局局长:, 陈宏铭 工具机业者: a sound bite's caption, the name, a space
        # and who the speaker is, a title or a role ending 者/人/员, then the colon)
        self._speaker = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,4})(?:[ \t]+([^\s:]{2,24}))?[ \t]*:", re.M)
        self._byline = re.compile(r"^[ \t]*■[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*$", re.M)
        self._photo_credit = re.compile(r"([\u4e00-\u9fff]{2,3})[ \t]*/[ \t]*$")
        # A company named right after its class: 零部件企业汉承精密2019年在…, 材料企业世源化学的…
        self._class_then_name = re.compile(
            r"(?<=[\u4e00-\u9fff])企业(?P<name>[\u4e00-\u9fff]{2,4}?)"
            r"(?=\d{4}年|在|的|于|已|将|是|会长|董事长|总裁|总经理|相关负责人|负责人|投资|投建|落户|[,，。;；、])")
        # A WeChat article's byline: 原创 成都高新 2026年04月18日 20:05 四川 (the account, a body)
        self._wechat_account = re.compile(
            r"^[ \t]*原创[ \t]+(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,20})[ \t]+\d{4}年\d{1,2}月\d{1,2}日", re.M)
        # A news outlet named before 记者: 新华社记者, 人民网记者, 中国商报记者.
        # (澎湃新闻, 极目新闻: an app's newsroom, named with 新闻, two characters or more before it)
        self._outlet = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:社|网|报|台)$|[\u4e00-\u9fff]{2,4}?新闻$")
        # Page furniture carries no entities (annotation guide): link bars with three or more
        # separators, keyword and tag lines.
        self._label_colon = re.compile(r"[ \t]*:")

    # -- construction ---------------------------------------------------------------------
    @staticmethod
    def _tagger_words(lex: EntityLexicon) -> list[tuple[str, int | None, str | None]]:
        from ..segment import load_domain_words

        words = list(load_domain_words())
        words += [(w, None, "n") for w in (*lex.zone_heads, *lex.org_heads, *lex.gpe_heads) if len(w) > 1]
        words += [(w, None, "nt") for w in lex.org_names]
        words += [(w, None, "n") for w in lex.titles if len(w) > 1]
        words += [(w, None, "n") for w in lex.economic_regions]
        return words

    @staticmethod
    def _build_automaton(lex: EntityLexicon) -> tuple[ahocorasick_rs.AhoCorasick, list[str], list[tuple[tuple[int, object], ...]]]:
        """One automaton over every lexicon entry, its surfaces, and for each what it is: a list
        of (bucket, payload) with buckets 0 place, 1 fixed body, 2 head, 3 venue, 4 title,
        5 region, 6 the end of a list (等), 7 the start of one (企业如), 8 page furniture (|, 关键词)."""
        entries: dict[str, list[tuple[int, object]]] = {}
        for form in lex.place_forms:
            entries.setdefault(form, []).append((0, None))
        for name in lex.org_names:
            entries.setdefault(name, []).append((1, None))
        for head in lex.gpe_heads:
            entries.setdefault(head, []).append((2, _head_profile("GPE", "gpe")))
        for head in lex.zone_heads:
            entries.setdefault(head, []).append((2, _head_profile("ZONE", "zone")))
        for head, kind in lex.org_heads.items():
            entries.setdefault(head, []).append((2, _head_profile("ORG", kind)))
        for word in lex.not_org_heads:
            entries.setdefault(word, []).append((3, None))
        for title, where in lex.titles.items():
            entries.setdefault(title, []).append((4, where))
        for region in lex.economic_regions:
            entries.setdefault(region, []).append((5, None))
        for mark in _LIST_END_MARKS:
            entries.setdefault(mark, []).append((6, None))
        for head in lex.company_list_heads:
            for cue in _LIST_START_CUES:
                entries.setdefault(head + cue, []).append((7, None))
        for mark in _FURNITURE_MARKS:
            entries.setdefault(mark, []).append((8, mark == "|"))
        keys = list(entries)
        automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
        return automaton, keys, [tuple(entries[k]) for k in keys]

    def _numeral_place_name(self, ws: Sequence[str], k: int, head: int) -> bool:
        """Whether the words from ``k`` to the head at ``head`` are a place's name that opens with a
        numeral: one unknown word of two characters (三林) or a numeral and one character (二|林),
        the second character no measure word or adjective of a count (三大, 两新, 五园, 八家)."""
        word = ws[k]
        if len(word) == 2 and k == head - 1:
            return _numeral_then_name_character(word[0], word[1]) and not self.tagger.known(word)
        if len(word) == 1 and k == head - 2 and len(ws[k + 1]) == 1:
            second = ws[k + 1]
            return _numeral_then_name_character(word, second) and self.tagger.tag_of(second) in _TITLE_NAME_TAGS
        return False

    def _info(self, word: str) -> tuple[str, int, int]:
        """The tag of ``word``, what it is to the rules (``_F_*`` flags) and for which heads it
        is an anchor (``_A_*`` bits); worked out once per word."""
        info = self._info_memo.get(word)
        if info is not None:
            return info
        lex = self.lexicon
        tag = self.tagger.tag_of(word)
        flags = 0
        if word in self._heads:
            flags |= _F_HEAD
        if word in lex.zone_heads:
            flags |= _F_ZONE_HEAD
        if lex.org_heads.get(word) == "gov":
            flags |= _F_GOV_HEAD
        elif len(word) >= 3 and word[-1] in self._one_char_gov_heads and word[:-1] in lex.departments:
            # 公安局, 交通局: a department in one word is a head inside a longer name, as 管委会 is
            # (市|公安局|高新区|分局), not a name that anchors a zone (公安局|高新区)
            flags |= _F_HEAD | _F_GOV_HEAD
        if word in lex.place_forms or word in lex.org_names or word in lex.park_short_names:
            flags |= _F_KNOWN_NAME
        if word in lex.economic_regions:
            flags |= _F_REGION
        if word in lex.name_breakers or tag == "i":
            flags |= _F_BREAKER  # (an idiom, 全面落实, is no part of a name: 滨海高新区全面落实|天津市委)
        if word in lex.jurisdictions:
            flags |= _F_JURISDICTION
        if self._complete_body(word):
            flags |= _F_COMPLETE_BODY
        if word in lex.not_org_heads:
            flags |= _F_VENUE
        if tag in _FUNCTION_TAGS:
            flags |= _F_FUNCTION
        if tag in _VERB_TAGS:
            flags |= _F_VERB
        if tag in _ANCHOR_TAGS:
            flags |= _F_ANCHOR_TAG
        if tag in _PROPER_TAGS or tag == "oov":
            flags |= _F_PROPER
        if word == ")":
            flags |= _F_CLOSE
        if word in _CONNECTORS:
            flags |= _F_CONNECTOR
        if word in ("与", "和"):
            flags |= _F_JOIN
        # Anchors (places and fixed names aside): a head anchors only a government body or
        # unit, and only if it is a zone (高新区管委会); a complete body (省委组织部) or a
        # jurisdiction (自治区科技厅) anchors a government body; a proper noun or unknown word
        # anchors the names of zones and other organisations; a one-character jurisdiction
        # right before a head anchors an organisation (省科学院).
        anchors = 0
        single_jurisdiction = len(word) == 1 and flags & _F_JURISDICTION
        if flags & _F_HEAD:
            if flags & _F_ZONE_HEAD:
                anchors = _A_GOV | _A_UNIT | _A_UNIT_BEFORE_HEAD
        else:
            if flags & (_F_COMPLETE_BODY | _F_JURISDICTION):
                anchors |= _A_GOV
            if single_jurisdiction:
                anchors |= _A_UNIT_BEFORE_HEAD | _A_ORG_BEFORE_HEAD
            if flags & _F_ANCHOR_TAG and not flags & _F_BREAKER and not (
                    tag == "oov" and len(word) == 2 and all(self.tagger.tag_of(c) in _NO_NAME_CHAR_TAGS for c in word)):
                # (常回|荆州经开区, 拨入|园区: two characters the HMM glued, an adverb, verb or
                # preposition each, name nothing; 民丹, 彰滨 hold a noun)
                anchors |= _A_ZONE | _A_ORG | _A_ORG_BEFORE_HEAD
            elif tag in _PERSON_TAGS and len(word) >= 3 and word[-1] in lex.landform_endings:
                anchors |= _A_ZONE  # 西丽湖科技园: a lake's name the tagger took for a person's
            elif tag in _PERSON_TAGS and len(word) >= 3:
                anchors |= _A_ZONE_BEFORE_HEAD  # 察哈尔|高新区: an old region's name the tagger took for a person's
        info = (tag, flags, anchors)
        if len(self._info_memo) < _MEMO_LIMIT:
            self._info_memo[word] = info
        return info

    # -- the pass over one text -----------------------------------------------------------
    def __call__(self, text: str, analysis: object = None) -> list[Entity]:
        """Entities of the normalised ``text`` (``analysis`` is not needed: clauses are cut here)."""
        if not text:
            return []
        return entities_from_tuples(text, self._find(text))

    def candidates(self, text: str) -> list[Candidate]:
        """The chosen (non-overlapping) spans, before conversion to :class:`Entity`."""
        return [Candidate(*c) for c in self._find(text)]  # type: ignore[arg-type]

    def _find(self, text: str) -> list[_Cand]:
        """The chosen spans as tuples ``(start, end, label, rank, rule)``, by start."""
        hits = self._scan(text)
        ends = {-p[1] for p in hits.places}  # where places end
        splits = self._split_points(hits, ends)
        if "年内" in text:
            # 114年|内湖科技园区: the segmenter's 年内 ("within the year") takes a place's first character
            splits += [s for s, _e, _full in hits.places if text[s - 1 : s + 1] == "年内"]
        clauses = _Words(text, self.tagger, splits)
        places = hits.places
        # What needs no words first; then every clause a rule will look at is cut, in one call
        # (see _Words.prefetch); then the rules that read words.
        heads = self._live_heads(text, hits, ends)
        lines = _LineBounds(text)
        persons = self._person_slots(text, hits, lines)
        items = self._list_items_of(text, hits, clauses)
        asked = self._place_positions(text, places)
        asked += [h[0] for h in heads]
        asked += [slot[1] if slot[0] == _AFTER_TITLE else slot[1] - 1 for slot in persons if len(slot) == 2]
        asked += [item[0] for item in items]
        asked.sort()
        clauses.prefetch(asked)
        found = self._places(text, places, ends, clauses, {h[0] for h in heads})
        place_at = {c[0]: c[1] for c in found}  # a place's end by its start (one place per start)
        # (财政部门: the word for a department, not 财政部)
        found += [(s, e, "ORG", 2, "fixed") for s, e in hits.fixed if text[e - 1 : e + 1] not in self.lexicon.not_org_heads]
        headed = self._headed(text, heads, clauses, place_at)
        if "各" in text:
            # 各市(州)|科技局, 各高新技术产业开发区|管委会: a body or zone after 各 is every one of a
            # kind, none named (and not the bare 管委会 inside it either)
            each = [c for c in headed if _EACH_BEFORE.search(text, max(0, c[0] - 8), c[0]) is not None]
            if each:
                found = [c for c in found if c[4] != "fixed" or not any(e[0] <= c[0] and c[1] <= e[1] for e in each)]
                headed = [c for c in headed if c not in each]
        found += [c for c in headed if not self._a_class(text, c, place_at) and not self._zones_work_report(text, c)]
        found += self._persons(persons, clauses)
        found += self._outlets(text)
        if "讯】" in text:
            found += [(m.start(1), m.end(1), "ORG", 2, "outlet") for m in self._wire_lead.finditer(text)]
        found += self._listed(text, items, clauses)
        if self._park_short_name is not None and any(last in text for last in self._park_short_lasts):
            # 竹科去年營業額…: a science park by its short name, where it stands as a word of its own
            # (not 台中科技, 中科院, 南科大)
            found += [(m.start(), m.end(), "ZONE", 2, "park") for m in self._park_short_name.finditer(text)]
        if "科学院" in text or "中科院" in text:
            # 中科院大连化物所, 中国科学院上海药物所: an institute of the Academy by its short name, its
            # place and field then 所, one name (not 中科院 and a city)
            found += [(m.start(), m.end(), "ORG", 2, "fixed") for m in _ACADEMY_INSTITUTE.finditer(text)]
        if "谷" in text and "中国" in text:
            # 中国声谷, 中国药谷, 中国动力谷: a national industrial base's brand, China's "valley" of an
            # industry, is a zone's name (not the country and a word); 中国光谷 is listed with its zone
            # (中国动力谷自主创新园: a park of the base, named after it, is one name)
            found += [(m.start(), (park.end() if (park := self._park_of_brand.match(text, m.end())) else m.end()),
                       "ZONE", 2, "park") for m in _CHINA_VALLEY.finditer(text)]
        furniture = self._furniture_spans(text, hits, lines)
        listed = link_list_lines(text)
        path = page_path(text)
        if path is not None:  # 首页 > 新闻中心 > 宁夏要闻: the sections of the site, not the page's names
            listed.append(path)
        if "号" in text:
            # 郴发改园区〔2026〕17号: a document's number, its issuer's code, no names (found by its
            # tail, the year in brackets and the serial, then the issuer's code before it)
            for m in _DOCUMENT_NUMBER_TAIL.finditer(text):
                code = _DOCUMENT_ISSUER.search(text, max(0, m.start() - 12), m.start())
                if code is not None:
                    listed.append((code.start(), m.end()))
        if listed:  # a related-news list: the names in its headlines are the linked pages'
            furniture = _merged(sorted(furniture + listed))
        if furniture:
            # Furniture lines do not overlap: the one starting last before a name is the only one
            # that can hold it (a bisect keeps this linear in the size of the page).
            furniture.sort()
            starts = [a for a, _ in furniture]
            found = [c for c in found if not _inside(c[0], furniture, starts)]
        parks = self._clause_parks(text)
        found += [c for c in parks if not _inside(c[0], furniture, starts)] if furniture and parks else parks
        title_zone = self._title_zone(text, path, found)
        if title_zone is not None:
            found.append(title_zone)
        masthead = self._masthead(text)
        if masthead is not None:
            found.append(masthead)
        if "简称" in text or "下称" in text:
            found += _aliases(text, found, self._heads, self._zone_heads_longest_first, self._place_names, self._common_words)
            # 证券简称:澄锐新材 in a listed company's announcement: the company, by its stock's name
            found += [(m.start(1), m.end(1), "ORG", 2, "stock") for m in _STOCK_NAME.finditer(text)]
        if "(" in text or "（" in text:
            found += _bare_aliases(text, found, self._heads)
        if STOCK_CODE_IN_BRACKETS.search(text) is not None:
            found += [(m.start(1), m.end(1), "ORG", 2, "stock") for m in _STOCK_NAMED.finditer(text)]
        if any(label in text for label in self._credit_labels) or any(w in text for w in _CONTACTS_LABEL_WORDS):
            # a place the source's name starts with gives way to it (来源:大连新闻网)
            # (传媒查询: a press release's contacts, see _page_credits)
            credits = self._page_credits(text, {c[0] for c in found if c[4] != "gazetteer"})
            parts = {c[1] for c in credits if text[c[1] : c[1] + 1] in "-－"}
            if parts:  # (the pair is two outlets, not one name across the hyphen)
                found = [c for c in found if not any(c[0] < end < c[1] for end in parts)]
            found += credits
        if "原创" in text:
            found += [(m.start("name"), m.end("name"), "ORG", 2, "credit") for m in self._wechat_account.finditer(text)]
        found += self._names_in_a_row(text, found)
        if "发布 V" in text or "@" in text or "原创" in text:
            # 温州高新区发布 V, //@温州发布: a government's Weibo account, named after it + 发布
            found += [(m.start(1), m.end(1), "ORG", 2, "credit") for m in _WEIBO_ACCOUNT.finditer(text)]
            found += [(m.start(1), m.end(1), "ORG", 2, "credit") for m in _MENTIONED_ACCOUNT.finditer(text)]
        if "企业" in text:
            found += self._named_after_class(text)
        if "|" in text:
            found += _companies_filling_cells(text, found)
            if any(word in text for word in self.lexicon.company_columns):
                found += self._companies_in_column(text)
        found += self._repeated_park_names(text, found)
        if "园区" in text:
            # 桥头科学园|区: a park found by its head 科学园, written 科学园区 (not 区域: another word)
            for k, c in enumerate(found):
                if c[2] == "ZONE" and text[c[1] - 1 : c[1] + 1] == "园区" and text[c[1] + 1 : c[1] + 2] != "域":
                    found[k] = (c[0], c[1] + 1, *c[2:])
        if any(host in text for host in _EVENT_HOSTS):
            found += self._reporting_venues(text, found)
        found += self._bodies_named_from_head(text, found)
        if "中学" in text or "小学" in text:
            # 高新区第一中学: a school named after the page's zone, by its zone word alone
            found += [(m.start(), m.end(), "ORG", 2, "school") for m in _ZONE_WORD_SCHOOL.finditer(text)]
        found = self._bodies_over_zone_names(text, found)
        found = self._institutes_of_bodies(text, found)
        chosen = self._zone_bodies_joined(text, self._bodies_before_kinds(text, _select_longest(found)))
        trade_names = self._trade_names(text, chosen, place_at)
        if trade_names:
            # 璟泰公司, 恒拓新材料: a trade name with more words wins over a shorter name the head
            # 公司 found inside it (泰公司), as any longer name does
            # (a trade name alone is two characters: _trade_names)
            found += [(pos, pos + len(name), "ORG", 2, "trade") for name, _inside, _label in trade_names
                      if len(name) > 2 for pos in _find_all(text, name)]
            chosen = self._zone_bodies_joined(text, self._bodies_before_kinds(text, _select_longest(found)))
        chosen = self._places_before_zones(text, [c for c in chosen if not self._campaign_name(text, c)], place_at)
        short_forms = self._zone_short_forms(text, chosen, place_at) + trade_names + self._branch_names(text, chosen) \
            + _body_abbreviations(text, chosen)
        chosen = self._everywhere(text, chosen, furniture, short_forms)
        if "新区" in text:
            chosen = self._new_areas_reported_on(text, chosen)
        if listed:
            # (…以下简称深哈产业园… / 相关阅读 / · 深哈产业园又一批项目…: a short name found again
            # in a linked page's headline is that page's)
            listed = _merged(sorted(listed))
            starts = [a for a, _ in listed]
            chosen = [c for c in chosen if not _inside(c[0], listed, starts)]
        return chosen

    def _new_areas_reported_on(self, text: str, chosen: list[_Cand]) -> list[_Cand]:
        """A new area that is no division (哈尔滨新区, 江北新区, 宁波前湾新区: new_areas.tsv, or a
        place before 新区 the gazetteer lacks) is a zone on a page that reports on it, one mention
        at least standing on its own; where every mention only locates something (在宜宾三江新区
        开工, 位于南京江北新区, 结合海东新区) it stays a place. (浦东新区, 两江新区: divisions, places.)"""
        reported: set[str] = set()  # the new areas, no divisions, that a mention stands on its own for
        for c in chosen:
            if c[2] == "GPE" and text[c[1] - 2 : c[1]] == "新区" and not text.endswith(_LOCATING_WORDS, 0, c[0]):
                name = text[c[0]:c[1]]
                if not any(place.code for place in self.lexicon.place_forms.get(name, ())):
                    reported.add(name)
        if not reported:
            return chosen
        return [(c[0], c[1], "ZONE", *c[3:]) if c[2] == "GPE" and text[c[0]:c[1]] in reported else c for c in chosen]

    def _places_before_zones(self, text: str, chosen: list[_Cand], place_at: dict[int, int]) -> list[_Cand]:
        """Split the places a zone's mention opens with, by their full names, from a zone with a
        name of its own: 湖南省|岳阳市|岳阳经济技术开发区, 屏东县|屏东科技产业园区 (not 苏州市工业园区
        or 深圳市高新区, whose place is the zone's only name; nor 宁夏宁东能源化工基地, a short name
        the annotators keep with the zone's)."""
        out: list[_Cand] = []
        for c in chosen:
            start, end = c[0], c[1]
            if c[2] != "ZONE" or start not in place_at:
                out.append(c)
                continue
            places = []
            while (p_end := place_at.get(start)) is not None and p_end < end \
                    and text[p_end - 1] in _PLACE_BEFORE_ZONE_SUFFIXES \
                    and self._named_zone(text, p_end, end):
                places.append((start, p_end, "GPE", 0, "gazetteer"))
                start = p_end
            out += places
            out.append((start, *c[1:]) if places else c)
        return out

    def _campaign_name(self, text: str, c: _Cand) -> bool:
        """Whether the zone ``c`` is a campaign's name, a verb into the parks (“信保进园区”培训会)."""
        if c[2] != "ZONE" or "进" not in text[c[0]:c[1]]:
            return False
        head = self._zone_head_at_end.search(text, c[0], c[1])
        return head is not None and head.start() - 1 > c[0] and text[head.start() - 1] == "进"

    def _named_zone(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a zone with a name of two characters or more before its
        head (岳阳经济技术开发区, 民雄工业区; not 工业园区 or 高新区, a head alone)."""
        head = self._zone_head_at_end.search(text, start, end)
        return head is not None and head.start() - start >= 2 and _HAN_ONLY.fullmatch(text, start, head.start()) is not None \
            and text[start:head.start()] not in _ZONE_LEVEL_WORDS and text[start] not in _ADMIN_SUFFIXES  # (市属开发区)

    def _bodies_named_from_head(self, text: str, found: list[_Cand]) -> list[_Cand]:
        """A body found from a zone's bare head on (高新区管委会经济发展局) where the zone's own name
        starts before it (燕郊|高新区): the body, named in full with its zone."""
        at_head: dict[int, _Cand] = {}
        for c in found:
            if c[2] == "ZONE":
                m = self._zone_head_at_end.search(text, c[0], c[1])
                if m is not None and m.start() > c[0]:
                    at_head[m.start()] = c
        if not at_head:
            return []
        return [(zone[0], c[1], "ORG", c[3], c[4]) for c in found
                if c[2] == "ORG" and (zone := at_head.get(c[0])) is not None and c[1] > zone[1]]

    @staticmethod
    def _reporting_venues(text: str, found: list[_Cand]) -> list[_Cand]:
        """A venue named in the page's opening after its zone or place (秦皇岛开发区国际会展中心2025年度
        运营报告), whose bare word heads two clauses or more (2025年，会展中心共举办…), reports its own
        business: a body, wherever the page names it in full. A venue named once is a place
        (展区位于南宁国际会展中心B2展厅: no entity)."""
        out: list[_Cand] = []
        for host in _EVENT_HOSTS:
            first = text.find(host, 0, _VENUE_OPENING_CHARS)
            if first < 0:
                continue
            bare = sum(1 for pos in _find_all(text, host) if pos > 0 and text[pos - 1] in _BARE_VENUE_BEFORE)
            if bare < 2:
                continue
            owner = next((c for c in found if c[2] in ("ZONE", "GPE") and c[1] <= first
                          and text[c[1]:first] in ("", "国际")), None)
            if owner is None:
                continue
            name = text[owner[0] : first + len(host)]
            out += [(pos, pos + len(name), "ORG", 2, "venue") for pos in _find_all(text, name)]
        return out

    def _bodies_before_kinds(self, text: str, chosen: list[_Cand]) -> list[_Cand]:
        """經濟部能源署 + 產業園區 (配合經濟部能源署產業園區屋頂光電政策): a body of the state written before a
        kind of zone is the body, not a zone named after it."""
        if not any(c[2] == "ZONE" for c in chosen):
            return chosen
        out: list[_Cand] = []
        for c in chosen:
            if c[2] == "ZONE":
                end = c[0]  # past the bodies written one after another (經濟部 + 能源署)
                while (body := next((n for n in self._gov_names_by_first.get(text[end : end + 1], ())
                                     if text.startswith(n, end)), None)) is not None \
                        or (body := self._ministry_at(text, end)) is not None:
                    end += len(body)
                if c[0] < end < c[1] and text[end:c[1]] in self.lexicon.zone_heads:
                    c = (c[0], end, "ORG", c[3], c[4])
            out.append(c)
        return out

    def _local_place(self, name: str) -> bool:
        """Whether a place's name is that of a division below a country (澳门, 香港特区, 江门市)."""
        forms = self.lexicon.place_forms.get(name)
        return bool(forms) and all(p.kind not in ("country", "world_city") for p in forms)

    def _body_of_state(self, text: str, c: _Cand) -> bool:
        """Whether the ORG ``c`` is a body of the state by its head (环境部, 嘉义县政府, 卫生局)."""
        return text.endswith(self._gov_heads, c[0], c[1])

    def _party_committee(self, text: str, c: _Cand) -> bool:
        """市委, 区委, 高新区党工委: a party committee, which a page writes before its government (市委市政府)."""
        return text.endswith(("党委", "工委"), c[0], c[1]) or (c[1] - c[0] == 2 and text[c[1] - 1] == "委")

    def _ministry_at(self, text: str, pos: int) -> str | None:
        """A department word and 部 at ``pos`` (经济部, 劳动部), or None."""
        end = text.find("部", pos + 2, pos + 7)
        return text[pos:end + 1] if end > pos and text[pos:end] in self.lexicon.departments else None

    def _branch_names(self, text: str, chosen: list[_Cand]) -> list[tuple[str, int, str]]:
        """The own names of branches found after their parent (勞動部勞動力發展署 + 高屏澎東分署), which a
        page goes on to write alone: the part after the parent's head, four characters or more."""
        out: list[tuple[str, int, str]] = []
        for c in chosen:
            if c[2] != "ORG" or not text.endswith(self._branch_heads, c[0], c[1]):
                continue
            name = text[c[0]:c[1]]
            cut = max((name.rfind(head, 0, len(name) - 2) + len(head) for head in self._parent_heads
                       if name.rfind(head, 0, len(name) - 2) > 0), default=-1)
            if cut > 0 and len(name) - cut >= 4:
                out.append((name[cut:], 1, "ORG"))
        return out

    def _trade_names(self, text: str, chosen: list[_Cand], place_at: dict[int, int]) -> list[tuple[str, int, str]]:
        """The trade names of the companies found, which a page goes on to write alone: 唐山睿焊智能
        科技有限公司 → 睿焊 and 睿焊公司. The two characters after the company's place are its trade
        name when the dictionary does not know them as a common word (唐山科技有限公司 has none)."""
        out: list[tuple[str, int, str]] = []
        for c in chosen:
            if c[2] != "ORG" or not text.endswith(self._company_heads, c[0], c[1]):
                continue
            place_end = place_at.get(c[0])
            if place_end == c[0] + 2 and c[1] - place_end >= 4 and text[c[0]] != text[place_end]:
                # 台湾电力公司 → 台电: its place's first character and its trade's, a short name the
                # dictionary knows as one (or does not know), which the page goes on to write
                short = text[c[0]] + text[place_end]
                if self.tagger.tag_of(short) in _COMPANY_SHORT_NAME_TAGS and text.count(short) >= 2:
                    out.append((short, 0, "ORG"))
            if place_end is None or c[1] - place_end < 6:
                continue
            trade = text[place_end : place_end + 2]
            zone_head = next((h for h in self._zone_short_heads if text.startswith(h, place_end)), None)
            if zone_head is not None:
                # 渭南高新区公交运营有限公司 → 高新公交: a zone's company, called by the zone's short
                # head (高新, 经开) and the first word of its trade
                words = self.tagger.cut(text[place_end + len(zone_head) : c[1]])
                if words and len(words[0]) >= 2 and _HAN_RUN.fullmatch(words[0]) and not text.endswith(words[0], c[0], c[1]):
                    out.append((zone_head[:-1] + words[0], 1, "ORG"))
                continue
            if not _HAN_RUN.fullmatch(trade) or trade in self._place_names or self.tagger.tag_of(trade) not in _TRADE_NAME_TAGS:
                continue
            out += [(trade, 1, "ORG"), (trade + "公司", 0, "ORG")]
            # 河北恒拓新材料科技有限公司 → 恒拓新材料 too: the trade name and the first words of its trade
            head = next(h for h in self._company_heads if text.endswith(h, c[0], c[1]))
            trade_words = self.tagger.cut(text[place_end + 2 : c[1] - len(head)])
            for n in range(1, len(trade_words) + 1):
                out.append((trade + "".join(trade_words[:n]), 1, "ORG"))
        return out

    def _companies_in_column(self, text: str) -> list[_Cand]:
        """The cells of a table's column headed as companies' names (公司简称|营业收入(亿元)|… /
        华澄微电子|286.5|…; 序号|企业名称|…): each a company, though its short name has no head
        (not a sum row)."""
        out: list[_Cand] = []
        for m in self._company_column.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            header = text[line_start:line_end].split("|")
            if len(header) < 2:
                continue
            index = text.count("|", line_start, m.start())
            while line_end < len(text):
                row_start = line_end + 1
                row_end = text.find("\n", row_start)
                row_end = len(text) if row_end < 0 else row_end
                cells = text[row_start:row_end].split("|")
                if len(cells) != len(header):
                    break
                start = row_start + sum(len(c) + 1 for c in cells[:index])
                name = cells[index].strip()
                if _CELL_NAME.fullmatch(name) and name not in _SUM_ROWS:
                    at = start + cells[index].index(name)
                    out.append((at, at + len(name), "ORG", 2, "column"))
                line_end = row_end
        return out

    def _named_after_class(self, text: str) -> list[_Cand]:
        """A company named right after its class (韩国汽车零部件企业汉承精密2019年在园区设厂, 港资企业华晟光电投资12亿港元,
        电池材料企业世源化学的正极材料项目): a short name (two to four characters, its first word a proper noun or unknown) with no
        head of its own, told by the class
        before it and by what follows (a year, 在, 的, a title of its officers)."""
        out: list[_Cand] = []
        for m in self._class_then_name.finditer(text):
            name = m.group("name")
            if len(name) == 2 and text[m.end("name")] in _APPOSITION_STOPS:
                continue  # 推动更多非公企业建缴,: two characters and a stop after them are a verb, as often as a name
            if self._plain_name(name):
                out.append((m.start("name"), m.end("name"), "ORG", 2, "apposition"))
        return out

    def _plain_name(self, name: str) -> bool:
        """A name, not words: every word of it a noun, a proper noun or one the tagger does not
        know (汉承|精密, 世源|化学), and no function word; not one word the dictionary calls an
        organisation's (联合开发: a verb phrase there)."""
        tagged = self.tagger(name)
        return len(tagged) <= 3 and all(tag in _APPOSITION_TAGS for _w, tag in tagged) \
            and (tagged[0][1] in _PROPER_TAGS or tagged[0][1] == "oov") and tagged != [(name, "nt")] \
            and not any(w in self.lexicon.name_breakers or w in self.lexicon.place_forms for w, _t in tagged)

    def _repeated_park_names(self, text: str, found: list[_Cand]) -> list[_Cand]:
        """A park named by a common noun (橋頭科學園區: 桥头, a bridgehead, is also a district of
        Kaohsiung the gazetteer does not hold), which the walk from the head rejects: the two
        characters before a park head, where the page writes that name three times or more and the
        two are a noun that does not qualify a kind of zone (国家, 科技) nor break a name."""
        out: list[_Cand] = []
        zones: list[tuple[int, int]] | None = None
        counts: dict[str, int] = {}
        for m in _PARK_HEAD.finditer(text):  # (a scan for the heads, then a look at the two before)
            start = m.start() - 2
            prefix = text[max(0, start):m.start()]
            if start < 0 or not _HAN.fullmatch(prefix[0]) or not _HAN.fullmatch(prefix[1]) \
                    or (start > 0 and self.tagger.tag_of(text[start - 1 : start + 1]) in ("n", "v", "vn")):
                continue  # (经|济部|产业园区管理局: the two close a word of the text, 经济, no park's name)
            name = prefix + m.group()
            if counts.setdefault(name, text.count(name)) < 3 or prefix in self.lexicon.name_breakers \
                    or prefix in self.lexicon.zone_kind_words or prefix in self.lexicon.org_heads \
                    or name in self._zone_classes or self.tagger.tag_of(prefix) not in _PARK_PREFIX_TAGS:
                continue  # (大学科技园: a kind of park, a university's)
            if zones is None:
                zones = [(c[0], c[1]) for c in found if c[2] == "ZONE"]
            if any(a <= m.start() < b for a, b in zones):
                continue
            out.append((start, m.end(), "ZONE", _RANK["ZONE"], "repeated"))
        return out

    def _title_zone(self, text: str, path: tuple[int, int] | None, found: list[_Cand]) -> _Cand | None:
        """A zone the title opens with, though no place or proper noun names it (香草药草生技园区
        去年产值15.8亿元): the park the page is about. Its words before the head are nouns that do
        not only qualify a kind of zone (科技产业园区, 国家高新区 are kinds) nor name a kind of
        facility (科技企业孵化器)."""
        start = title_start(text, path)
        m = self._title_head.match(text, start, start + _MAX_NAME + 8)
        # (a name found inside it gives way to it; one that reaches out of it is the name)
        if m is None or any(c[0] < m.end() and c[1] > start and (c[0] < start or c[1] > m.end()) for c in found):
            return None
        if not self._named_by_common_words(text, start, m.end(), m.group("qualifier")):
            return None
        return (start, m.end(), "ZONE", _RANK["ZONE"], "title")

    def _named_by_common_words(self, text: str, start: int, end: int, qualifier: str,
                               tags: frozenset[str] = _TITLE_NAME_TAGS) -> bool:
        """Whether the nouns ``qualifier`` before a zone's head name the zone ``[start, end)``:
        not words that only qualify a kind of zone (科技产业园区, 国家高新区 are kinds), nor name a
        kind of facility (科技企业孵化器), nor count zones (三大园区), nor a zone's part left
        unnamed (高新区化工产业园)."""
        if self._kind_words.fullmatch(qualifier) or text[start:end] in self._zone_classes \
                or text[start:end] in self._heads or _COUNTED_IN_NAME.search(qualifier):
            return False  # (陆三大园区成绩单: zones counted, not one named)
        words = self.tagger(qualifier)
        return all(tag in tags and (tag != "t" or not _CLOCK_OR_CALENDAR.search(w)) for w, tag in words) \
            and not any(w in self.lexicon.name_breakers or w in self._heads for w, _t in words)

    def _clause_parks(self, text: str) -> list[_Cand]:
        """Parks named by common words like places of their own, opening a clause (丝路科学城完成固定
        资产投资…, 东方芯港集聚…): the heads of ``brand_zone_heads.txt`` only, where a generic head
        (化工产业园) would name a kind of park."""
        if self._clause_park is None or not any(h in text for h in self.lexicon.brand_zone_heads):
            return []
        return [(m.start("name"), m.end(), "ZONE", _RANK["ZONE"], "clause")
                for m in self._clause_park.finditer(text)
                if self._named_by_common_words(text, m.start("name"), m.end(), m.group("qualifier"), _CLAUSE_PARK_TAGS)]

    def _masthead(self, text: str) -> _Cand | None:
        """The outlet whose page this is, named on the page's first line: alone (天山网, 中央通訊社)
        or before the site's sections (香港文匯網 > 新聞, 云南网首页 > 新闻) or its own words
        (十堰网　十堰日报社主办). Only an outlet's ending makes it one (网, 報, 社, 刊, 在线): a
        body's or a zone's name there is found by its own head, with the website's word after it
        left out (荆门市人民政府门户网站, 信報網站 → 信報)."""
        m = _MASTHEAD.match(text)
        if m is None:
            return None
        start, end = m.span("name")
        for word in self.lexicon.site_words:
            if text.endswith(word, start, end) and end - start - len(word) >= 2:
                end -= len(word)
                break
        name = text[start:end]
        if not name.endswith(self.lexicon.masthead_endings) or name.endswith(self.lexicon.not_masthead_endings):
            return None
        return (start, end, "ORG", 2, "masthead")

    def _a_class(self, text: str, cand: _Cand, place_at: dict[int, int]) -> bool:
        """全市科技企业孵化器71家, 石家庄市科技企业孵化器: a kind of facility (zone_classes.txt),
        maybe after a place, names the place's facilities of that kind, not one of them."""
        if cand[2] != "ZONE":
            return False
        kind_start = place_at.get(cand[0], cand[0])  # past the place the name starts with, if any
        # (浦东新区四大开发区, 三个国家高新区: zones counted, none named)
        return text[kind_start:cand[1]] in self._zone_classes or _COUNTED_IN_NAME.search(text, kind_start, cand[1]) is not None

    def _zones_work_report(self, text: str, cand: _Cand) -> bool:
        """2027年杭州高新区(滨江)政府工作报告: a zone's work report, not a body named 某某高新区政府
        (the zone's name is the entity; 市政府工作报告 keeps its government)."""
        if cand[2] != "ORG" or not text.startswith("政府工作报告", cand[1] - 2):
            return False
        name_end = cand[1] - 2
        if text[name_end - 1 : name_end] == ")":  # (the zone's district in brackets: 杭州高新区(滨江))
            opening = text.rfind("(", cand[0], name_end)
            if opening > cand[0] and _PLACE_IN_BRACKETS.fullmatch(text, opening, name_end):
                name_end = opening
        return text.endswith(self._zone_heads_longest_first, cand[0], name_end)

    def _page_credits(self, text: str, taken_starts: set[int]) -> list[_Cand]:
        """The source and the editor a page names in its furniture (来源:市府办, 编辑:陈静,
        【责任编辑:陈静】): the annotation guide counts them, though the line around them is
        furniture. The source is the run of Chinese characters after the label, unless it says
        only that there is none (本站, 网络, 综合); the editor a plausible name of its own."""
        out: list[_Cand] = []
        for m in self._page_credit.finditer(text):
            start, end = m.span("value")
            value, label = m.group("value"), m.group("label")
            if self.lexicon.credit_labels[label] == "source" and (pair := self._outlet_pair.match(text, start)) is not None:
                # 来源:天山网-新疆日报: the site and the paper it carries, two outlets
                out += [(pair.start(1), pair.end(1), "ORG", 2, "credit"), (pair.start(2), pair.end(2), "ORG", 2, "credit")]
                continue
            if start in taken_starts:
                # (新闻联络人:职通人力银行公共事务部 黄若晴: the body is found by its own name; the
                # person after its office still is the credit's)
                office = _NAME_AFTER_OFFICE.match(text, end) if value.endswith(_OFFICE_ENDS) else None
                if office is not None and self.lexicon.credit_labels[label] == "editor" \
                        and self._plausible_name(office.group(1)) and self._info(office.group(1))[0] in _NAME_TAGS:
                    out.append((office.start(1), office.end(1), "PERSON", 1, "credit"))
                continue
            if len(label) == 1 and m.start() > 0 and not text[m.start() - 1].isspace():
                continue  # 文/郑雅雯 opens its line or follows a space (not 论文/…)
            if self.lexicon.credit_labels[label] == "source":
                if _SOURCE_SAID.search(value):
                    continue  # 资料来源:进出口数据来自成都海关: a sentence saying where, its body found by its name
                # (各公司年报: no body; 事业废弃物申报及管理资讯系统, 统计年鉴: a system or a publication)
                # (大公报: a paper whose name ends like one, one character before the ending)
                if value not in self.lexicon.no_sources and not value.startswith("各") and not any(
                        value.endswith(e) and len(value) - len(e) >= 2 for e in self.lexicon.no_source_endings):
                    out.append((start, end, "ORG", 2, "credit"))
            elif (office := _NAME_AFTER_OFFICE.match(text, end)) is not None and value.endswith(_OFFICE_ENDS) \
                    and self._plausible_name(office.group(1)) and self._info(office.group(1))[0] in _NAME_TAGS:
                out.append((office.start(1), office.end(1), "PERSON", 1, "credit"))  # 执笔:院办公室 罗晓岚
            elif len(value) <= 4 and self._plausible_name(value) and (
                    self._info(value)[0] in _NAME_TAGS
                    # (承辦人:陳佩珊: a name the dictionary happens to tag as a place, not ending like one)
                    or (self._info(value)[0] == "ns" and len(value) == 3 and value[-1] not in _ADMIN_SUFFIXES)):
                if text[end : end + 1] == "·" and (rest := _TRANSCRIBED_NAME_PART.match(text, end)) is not None:
                    end = rest.end()  # 记者:阿依古丽·买买提: a name transcribed in parts, one name
                out.append((start, end, "PERSON", 1, "credit"))
            elif 3 <= len(value) <= 4 and value[0] not in self._surnames and _ALL_HAN.fullmatch(value) \
                    and self._info(value)[0] == "nr" and value not in self.lexicon.name_breakers and value not in self.lexicon.titles:
                # 责任编辑:阿苏尔: a name the tagger knows, whose surname is no Han one (the editor's
                # own line vouches for it where a name in running text would need its surname; not
                # 联系人:周先生, a surname and a form of address)
                if text[end : end + 1] == "·" and (rest := _TRANSCRIBED_NAME_PART.match(text, end)) is not None:
                    end = rest.end()  # 记者:阿依古丽·买买提: a name transcribed in parts, one name
                out.append((start, end, "PERSON", 1, "credit"))
        if any(w in text for w in _CONTACTS_LABEL_WORDS):
            # 传媒查询:\n李嘉慧 电话:(852)…: the contacts a press release lists under its label, a
            # name opening each line before the way to reach them
            for block in _CONTACTS_BLOCK.finditer(text):
                for line in _CONTACT_LINE.finditer(text, block.end(), block.end() + _CONTACTS_REACH):
                    if self._plausible_name(line.group(1)):
                        out.append((line.start(1), line.end(1), "PERSON", 1, "credit"))
        return out

    def _names_in_a_row(self, text: str, found: list[_Cand]) -> list[_Cand]:
        """提案委员:陈怡蓁、黄国纶, 记者:赵一鸣 张婧, 出席:王立群 赵宏伟 刘晓燕: the names listed
        after a person's, by 、 (a plausible name) or set apart by spaces (a name the tagger takes
        for one; not the next label, 审核:…)."""
        out: list[_Cand] = []
        for c in found:
            if c[2] != "PERSON":
                continue
            end = c[1]
            while True:
                more = _NAME_AFTER_LIST_MARK.match(text, end)
                if more is None or not self._plausible_name(more.group(1)):
                    more = _NAME_AFTER_SPACES.match(text, end)
                    if more is None or not self._person_name(more.group(1)):
                        break
                out.append((more.start(1), more.end(1), "PERSON", 1, "credit"))
                end = more.end()
        return out

    def _institutes_of_bodies(self, text: str, found: list[_Cand]) -> list[_Cand]:
        """A university's or a centre's institute, written right after it and named by its field
        (中国科学技术大学 + 先进技术研究院, 合肥综合性国家科学中心 + 人工智能研究院): one ORG. The
        field's words alone name no body, so the head's own rule finds none there."""
        out: list[_Cand] = []
        for c in found:
            if c[2] == "ORG" and c[4] in ("head:school", "head:unit", "head:academic") \
                    and (institute := self._institute_after_body.match(text, c[1])) is not None \
                    and all(tag[:1] in "nab" and word not in self.lexicon.name_breakers and not self.lexicon.place_forms.get(word)
                            for word, tag in self.tagger(institute.group("field"))):
                # (…大学启动共建…实验室, …实验室获批省级工程实验室: a verb between, two bodies)
                c = (c[0], institute.end(), "ORG", c[3], c[4])
            out.append(c)
        return out

    def _bodies_over_zone_names(self, text: str, found: list[_Cand]) -> list[_Cand]:
        """A zone's governing body whose own rule started inside the zone's name (中新广州知识城 +
        管委会, found as 广州知识城管委会: the body's words stop at 中新) starts where the zone's name
        does: the zone's name and the body's word after it are one ORG."""
        zone_starts = {c[1]: c[0] for c in found if c[2] == "ZONE"}  # a zone's start by its end
        if not zone_starts:
            return found
        out: list[_Cand] = []
        for c in found:
            if c[2] == "ORG":
                # (looked up by where the body's word starts: linear in the names, not their product)
                start = next((s for body in self._zone_bodies if text.endswith(body, c[0], c[1])
                              and (s := zone_starts.get(c[1] - len(body))) is not None and s < c[0]), None)
                if start is not None:
                    c = (start, c[1], "ORG", c[3], c[4])
            out.append(c)
        return out

    def _zone_bodies_joined(self, text: str, chosen: list[_Cand]) -> list[_Cand]:
        """A zone followed by the bare name of a governing body is that body: 中关村科技园区 +
        管理委员会 is one ORG, as 阳江高新区管委会 is (the zone's name found by its own rule, the
        body's head alone by another)."""
        out: list[_Cand] = []
        for c in chosen:
            if out and c[2] == "ZONE" and out[-1][2] == "ZONE" and out[-1][1] == c[0] and text.endswith("园区", c[0], c[1]) \
                    and REGIONAL_SCIENCE_PARK.fullmatch(text, out[-1][0], out[-1][1]):
                zone = out.pop()  # 中部科学园区 + 铜锣园区: a park of a science park, named after it
                c = (zone[0], c[1], "ZONE", c[3], c[4])
            elif out and c[2] == "ORG" and out[-1][2] == "ZONE" and out[-1][1] == c[0] and text[c[0]:c[1]] in self._zone_bodies:
                zone = out.pop()
                c = (zone[0], c[1], "ORG", c[3], c[4])
            elif c[2] == "ZONE" and text.find("学", c[1], c[1] + 6) >= 0 and (school := _SCHOOL_AFTER_ZONE.match(text, c[1])) is not None:
                c = (c[0], school.end(), "ORG", c[3], c[4])  # 茂名高新区第一中学: a school named after its zone
            elif c[2] == "ZONE" and text.startswith(_BRANCHES_OF_ZONES, c[1]) and text[c[1] + 2 : c[1] + 3] not in ("长", "長", "业"):
                # 中国建设银行海口高新区支行: a bank's branch named after the zone it serves (not 分行业: by industry)
                c = (c[0], c[1] + 2, "ORG", c[3], c[4])
            elif out and c[2] == "ORG" and out[-1][2] == "GPE" and out[-1][1] == c[0] \
                    and self.lexicon.org_names.get(text[c[0]:c[1]]) == "gov" and self._local_place(text[out[-1][0]:out[-1][1]]):
                # 澳门 + 经济及科技发展局: a place's own body known by its fixed name, written after the
                # place, is one name with it (as 绵阳市科技局 is); not 中国 + 国务院 (the country's)
                place = out.pop()
                c = (place[0], c[1], "ORG", c[3], c[4])
            elif out and c[2] == "ORG" and out[-1][2] == "ORG" and out[-1][1] == c[0] \
                    and (text.endswith(self._unit_heads, c[0], c[1])
                         or (text.endswith("集团", out[-1][0], out[-1][1]) and text.endswith(self._company_heads, c[0], c[1]))):
                # (东方电气集团 + 东方汽轮机有限公司: a group's company, named with the group)
                # 创兴银行 + 汕头分行: a branch written after its parent is one body, the parent's
                parent = out.pop()
                c = (parent[0], c[1], "ORG", c[3], c[4])
            elif out and c[2] == "ORG" and out[-1][2] == "ORG" and out[-1][1] == c[0] and text[out[-1][1] - 1] == "部" \
                    and text[out[-1][0]:out[-1][1] - 1] in self.lexicon.departments:
                # 经济部 + 水利署: an agency written after its ministry is one body
                parent = out.pop()
                c = (parent[0], c[1], "ORG", c[3], c[4])
            elif out and c[2] == "ORG" and out[-1][2] == "ORG" and out[-1][1] == c[0] and text[c[0]] not in self._one_char_jurisdictions \
                    and not self._party_committee(text, out[-1]) and self._body_of_state(text, out[-1]):
                # 環境部 + 氣候變遷署, 嘉義縣政府 + 經濟發展處, 衛生局 + 健康管理科: a body written right after a
                # body of the state, with nothing between, is its agency, office or section, one name
                # with it (the gold of every set so); not 市委 + 市政府, 区委 + 区政府 (two bodies, each
                # of its own jurisdiction, written together)
                parent = out.pop()
                c = (parent[0], c[1], "ORG", c[3], c[4])
            out.append(c)
        # What may follow a name and belong to it, looked for only on pages that hold it (one pass):
        # 交通部 + 高速公路局北區養護工程分局: an agency and its branch after their ministry
        ministries = "部" in text and _AGENCY_AFTER_MINISTRY_ANYWHERE.search(text) is not None
        councils = "国家" in text and "委员会" in text  # 国家科学及技术委员会 + 中部科学园区管理局
        founders = "立" in text and _SCHOOL_FOUNDERS_RE.search(text) is not None  # 國立清華大學: its founder, part of its name
        townships = "乡" in text or "镇" in text  # 新竹縣湖口鄉: the township of that name
        divisions = self.lexicon.body_divisions if self._divisions_re is not None and self._divisions_re.search(text) else ()
        sections = _SECTION_AFTER_BODY.search(text) is not None
        if not (ministries or townships or divisions or founders or councils or sections):
            return out
        swallowed: set[int] = set()
        townships_named: list[_Cand] = []
        for k, c in enumerate(out):
            if k in swallowed:
                continue
            after = text[c[1] : c[1] + 1]
            if c[2] == "GPE":
                if townships and after in ("乡", "镇") and text[c[1] + 1 : c[1] + 2] in _AFTER_TOWNSHIP \
                        and (k + 1 == len(out) or out[k + 1][0] > c[1]):
                    out[k] = (c[0], c[1] + 1, *c[2:])
                elif townships and text[c[1] - 1] == "县" and text[c[1] + 2 : c[1] + 3] in ("乡", "镇") \
                        and _TOWNSHIP_NAME.fullmatch(text, c[1], c[1] + 2) \
                        and (k + 1 == len(out) or out[k + 1][0] >= c[1] + 3):
                    townships_named.append((c[1], c[1] + 3, "GPE", c[3], c[4]))  # 新竹县|竹东镇: a township of the county
                continue
            if c[2] != "ORG":
                continue
            if founders and text[c[0] - 2 : c[0]] in _SCHOOL_FOUNDERS and any(h in text[c[0] : c[1]] for h in _SCHOOL_HEADS) \
                    and (k == 0 or out[k - 1][1] <= c[0] - 2):
                out[k] = c = (c[0] - 2, *c[1:])
            if ministries and text[c[1] - 1 : c[1]] == "部" and (text[c[0] : c[1] - 1] in self.lexicon.departments
                                                                 or self.lexicon.org_names.get(text[c[0] : c[1]]) == "gov"):
                m = _AGENCY_AFTER_MINISTRY.match(text, c[1])
                if m is not None and not text.startswith("长", m.end()) and (k + 1 == len(out) or out[k + 1][0] >= m.end()):
                    out[k] = c = (c[0], m.end(), *c[2:])
            if councils and k + 1 < len(out) and out[k + 1][0] == c[1] and out[k + 1][2] == "ORG" \
                    and text.startswith("国家", c[0]) and text.endswith("委员会", c[0], c[1]) \
                    and text[out[k + 1][1] - 1] in ("局", "署") and not text.startswith("长", out[k + 1][1]):
                # 国家科学及技术委员会 + 中部科学园区管理局: a national council's agency, one body with it
                out[k] = c = (c[0], out[k + 1][1], *c[2:])
                swallowed.add(k + 1)
            if ministries and text[c[1] - 1 : c[1]] in ("局", "署") and (office := _FIELD_OFFICE.match(text, c[1])) is not None \
                    and office.group("stem") == text[c[1] - 3 : c[1] - 1] and text.find("部", c[0], c[1] - 3) >= 0:
                # 法务部调查局 + 台南市调查处: a field office of a ministry's agency, named by the
                # agency's own word, is one body with them (what was found inside it goes)
                out[k] = c = (c[0], office.end(), *c[2:])
                swallowed.update(j for j in range(k + 1, len(out)) if out[j][0] < office.end())
            if sections and self._body_of_state(text, c) and (m := _SECTION_AFTER_BODY.match(text, c[1] - 1)) is not None \
                    and text[c[1] - 1] in "局厅署" and _NOT_IN_SECTION.search(m.group("section")) is None \
                    and (k + 1 == len(out) or out[k + 1][0] >= m.end()):
                out[k] = c = (c[0], m.end(), *c[2:])  # 株洲市统计局 + 综合科: the bureau's section, one name
            division = next((d for d in divisions if text.startswith(d, c[1])), None) if divisions else None
            if division is not None and (k + 1 == len(out) or out[k + 1][0] >= c[1] + len(division)):
                out[k] = (c[0], c[1] + len(division), *c[2:])  # 职通人力银行 + 公共事务部: the body's division
        if swallowed:
            out = [c for j, c in enumerate(out) if j not in swallowed]
        return sorted(out + townships_named, key=_START) if townships_named else out

    def _furniture_spans(self, text: str, hits: _Hits, lines_of: _LineBounds | None = None) -> list[tuple[int, int]]:
        """Lines of page furniture, from the separators and labels the scan found: lines with
        three or more ``|`` (link bars) and lines that start with 关键词:, 标签: …"""
        if not hits.furniture:
            return []
        lines_of = lines_of or _LineBounds(text)
        lines: set[tuple[int, int]] = set()
        bars = False
        for s, e, is_bar in hits.furniture:
            if is_bar:
                bars = True
                continue
            start, end = lines_of.start(s), lines_of.end(e)
            if end - e > MAX_FURNITURE_LINE:
                continue  # a "line" that long is a page that lost its line breaks, not furniture
            if (start, end) not in lines and not text[start:s].strip(" \t") and self._label_colon.match(text, e):
                lines.add((start, end))
        if bars:  # runs of short |-separated cells, not lines: a page may have lost its line breaks
            lines.update((bar.start, bar.end) for bar in link_bars(text, 3))
        return _merged(sorted(lines))

    def _scan(self, text: str) -> _Hits:
        matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        codes, payloads, entries, full = self._codes, self._payloads, self._entries, self._full
        places: list[tuple[int, int, bool]] = []
        fixed: list[tuple[int, int]] = []
        heads: list[tuple[int, int, _Head]] = []
        blocks: list[tuple[int, int]] = []
        titles: list[tuple[int, int, str]] = []
        regions: list[tuple[int, int]] = []
        list_ends: list[int] = []
        list_starts: list[int] = []
        furniture: list[tuple[int, int, bool]] = []
        add_place, add_title, add_list_end = places.append, titles.append, list_ends.append
        for i, s, e in matches:
            code = codes[i]
            if code == 2:
                _keep_head(heads, s, e, payloads[i])  # type: ignore[arg-type]
            elif code == 0:
                add_place((s, -e, full[i]))
            elif code == 4:
                add_title((s, e, payloads[i]))  # type: ignore[arg-type]
            elif code == 6:
                add_list_end(s)
            elif code == 1:
                fixed.append((s, e))
            elif code == 3:
                blocks.append((s, e))
            elif code == 5:
                regions.append((s, e))
            elif code == 7:
                list_starts.append(s)
            elif code == 8:
                furniture.append((s, e, payloads[i]))  # type: ignore[arg-type]
            else:  # a surface in two lexicons
                for bucket, payload in entries[i]:
                    if bucket == 0:
                        places.append((s, -e, full[i]))
                    elif bucket == 1:
                        fixed.append((s, e))
                    elif bucket == 2:
                        _keep_head(heads, s, e, payload)  # type: ignore[arg-type]
                    elif bucket == 3:
                        blocks.append((s, e))
                    elif bucket == 4:
                        titles.append((s, e, payload))  # type: ignore[arg-type]
                    elif bucket == 5:
                        regions.append((s, e))
                    elif bucket == 6:
                        list_ends.append(s)
                    elif bucket == 7:
                        list_starts.append(s)
                    else:
                        furniture.append((s, e, payload))  # type: ignore[arg-type]
        if regions:  # 江阳 of 珠中江阳, 粤港 of 粤港澳: no place inside a region's name
            covered = bytearray(len(text))
            for a, b in regions:
                covered[a:b] = b"\x01" * (b - a)
            places = [p for p in places if covered.find(0, p[0], -p[1]) != -1]
        places.sort()  # by start, longest first
        return _Hits(places, fixed, heads, blocks, titles, list_ends, list_starts, furniture)

    def _split_points(self, hits: _Hits, ends: set[int]) -> list[int]:
        """Where the tagger's words must be cut: around full place names (广西壮族自治区 |
        人民政府) and between two places written together (广西 | 南宁), around bodies with a
        fixed name (国家 | 科技部), before titles (处 | 处长, 局 | 局长)."""
        points = []
        for s, neg_e, full in hits.places:
            if full:
                points += (s, -neg_e)
            if s in ends:
                points.append(s)
        reach = -1
        for s, e in sorted(hits.fixed, key=lambda span: (span[0], -span[1])):
            if e <= reach:
                continue  # 管理局 of 国家外汇管理局: the longer name is one word
            reach = e
            points += (s, e)
        points += [s for s, _e, _where in hits.titles]
        return points

    # -- places ---------------------------------------------------------------------------
    def _place_positions(self, text: str, places: list[tuple[int, int, bool]]) -> list[int]:
        """Starts of the places whose clause :meth:`_places` will look at (all but full names
        and places inside them)."""
        out = []
        reach = -1
        for start, neg_end, full in places:
            end = -neg_end
            if end <= reach:
                continue
            if full:
                reach = end
            else:
                out.append(start)
        return out

    def _places(self, text: str, places: list[tuple[int, int, bool]], ends: set[int], words: _Words,
                head_starts: set[int]) -> list[_Cand]:
        """Gazetteer hits that are words of their own: 新会 in 新会、恩平 yes, in 新会员 no; a
        two-character name must be one word (和县 is no place in 市和县), unless it follows
        another place (广西都安), names a zone or body (a head right after it: 台中科学园区, which
        the segmenter cuts 台/中/科学园区) or is the whole clause (an item of a list: 蓬江、新会、恩平)."""
        out: list[_Cand] = []
        reach = -1
        starts, clause_ends, cache = words._starts, words._ends, words._cache
        n = -1
        for start, neg_end, full in places:
            end = -neg_end
            if end <= reach:
                continue  # 江门 of 江门市: a place inside a longer place already taken
            if full and text.startswith("园区", end - 2) and start > 0 and _HAN.match(text[start - 1]) \
                    and text[start - 1] not in _ADMIN_SUFFIXES:
                continue  # 二林园区: a park named 二林, not the district 林园区 (高雄市林园区: the district)
            if not full and text.startswith("号", end) and not text[end + 1 : end + 2].isdigit():
                continue  # 中欧班列长安号, 齐鲁号: a brand named after the place, no place (not 长安号1)
            if not full and _ROAD_NUMBER_AFTER.match(text, end) is not None:
                continue  # 海港区龙海道99号, 集贤北路, 湖口交流道: a road (a road's facility) named after a place
            if not full:  # a full name is a place anywhere
                # The clause of the place: the last one starting at or before it (places come
                # in order), as _Words.clause finds it; cut now if it was not fetched.
                while n + 1 < len(starts) and starts[n + 1] <= start:
                    n += 1
                if n >= 0 and start < clause_ends[n]:
                    _ws, st, lo, hi = cache[n]
                else:
                    _ws, st, lo, hi = words.clause(start)
                    n = bisect_right(starts, start) - 1
                i = bisect_right(st, start, lo, hi + 1) - 1
                if st[i] == start:
                    j = i if st[i + 1] >= end else bisect_right(st, end - 1, lo, hi + 1) - 1
                    aligned = j < hi and st[j + 1] == end
                    # two characters cut in two are a place only right after another (广西都安)
                    # or at the start of their clause (,台|中科技产业园区: not 市和县)
                    aligned = aligned and (end - start > 2 or i == j or start in ends or i == lo
                                           or (end in head_starts and text[end - 1] not in _ADMIN_SUFFIXES))
                else:
                    aligned = False
                if not aligned and words.bounds(start) != (start, end):
                    continue
            out.append((start, end, "GPE", 0, "gazetteer"))
            if end > reach:
                reach = end
        return out

    # -- zones, organisations and new areas -------------------------------------------------
    def _live_heads(self, text: str, hits: _Hits, place_ends: set[int]) -> list[tuple[int, int, _Head]]:
        """The heads that may end a name, by a look at the text alone, before any cutting.

        Not a head inside a longer head or a venue (新区 of 高新区, 中心 of 会展中心), nor after
        punctuation (、高新区). Most heads are generic mentions (推动高新区, 我区高新区, 省级高新区,
        全部, 部署): a zone's or new area's head goes on only if the word before it may end a
        name, a one-character head (局, 部) only if it ends a word of a department or a
        jurisdiction and does not begin a longer word."""
        heads = hits.heads
        if not heads:
            return []
        blocked = None
        if hits.blocks:
            blocked = bytearray(len(text))
            for s, e in hits.blocks:
                blocked[s:e] = b"\x01" * (e - s)
        breakers = self.lexicon.name_breakers
        jurisdictions = self.lexicon.jurisdictions
        memo, tag_of = self.tagger._memo, self.tagger.tag_of
        follows, departments, reach = self._after_name.starts_at, self._departments.ends_at, self._department_reach
        out = []
        # heads inside longer ones (开发区 of 高新技术产业开发区, 新区 of 高新区) are not in hits.heads
        for hs, he, head in heads:
            if hs == 0 or text[hs - 1] in _NO_NAME_BEFORE_HEAD:
                continue  # nothing before the head can name it: 、高新区
            if blocked is not None and blocked.find(1, hs, he) != -1:
                continue  # 厅 of 发布厅, 中心 of 会展中心
            if not head.is_org:
                if he - hs == 1 and (hs not in place_ends or not self._county_ends_at(text, hits, hs)):
                    continue  # 园 alone names a park only right after a district or county (禅城园, 顺德园;
                    # not 深圳园博园)
                before = text[hs - 2 : hs]
                if before in breakers or text[hs - 3 : hs] in breakers:
                    continue  # 我区高新区, 推动高新区, 全区高新区
                tag = memo.get(before) or tag_of(before)
                if (tag in _FUNCTION_TAGS or tag == "b") and hs not in place_ends and not (
                        (tag in _NOUNS_OF_TIME_AND_PLACE or _ORDINAL_PART.fullmatch(before)) and hs - 2 in place_ends) \
                        and not (tag == "m" and len(before) == 2 and _numeral_then_name_character(before[0], before[1])
                                 and (hs == 2 or not _HAN.match(text, hs - 3))):
                    continue  # 14家高新区, 省级高新区 (not 枣强经济开发区, whose place the tagger takes for an
                    # attribute, nor 杭州未来科技城, 楠梓第二园区: see _grow)
                if tag in _VERB_TAGS and hs not in place_ends:  # (遵义|高新区, 包头|稀土高新区: places)
                    before = text[hs - 4 : hs - 2]
                    if (memo.get(before) or tag_of(before)) not in _ZONE_NOUN_TAGS and not _ASCII_WORD.fullmatch(before[-1:]):
                        # (亚湾AIoT|创新|园区: a Latin word before the verb is a noun of the name)
                        continue  # 促进高新区, 支持园区 (产业转移工业园 goes on: a noun before the verb)
            elif he - hs == 1:
                pair = text[hs : he + 1]
                if len(pair) == 2 and (memo.get(pair) or tag_of(pair)) not in _NAME_LIKE_TAGS and not follows(text, he) \
                        and not departments(text, hs, max(0, hs - reach)):
                    continue  # 部署, 处理, 办理: the head begins a longer word (not 委|阳江, nor 统计局|数据)
                pair = text[hs - 1 : he]
                if (
                    text[hs - 1] not in jurisdictions
                    and (memo.get(pair) or tag_of(pair)) not in _NAME_LIKE_TAGS
                    and not departments(text, hs, max(0, hs - reach))
                ):
                    continue  # 全部, 内部, 举办, 布局: the head ends an ordinary word
            out.append((hs, he, head))
        return out

    def _latin_after_name(self, ws: list[str], k: int, lo: int) -> bool:
        """Whether the Latin words that end at word ``k`` (5G AIoT) come after a word that may open
        a name (亚湾, 高雄), not at the start of their clause (推进|AI|创新园区: a kind)."""
        while k > lo and (_ASCII_WORD.fullmatch(ws[k]) or ws[k] == " "):
            k -= 1
        if _ASCII_WORD.fullmatch(ws[k]) or ws[k] == " ":
            return False
        tag = (self._info_memo.get(ws[k]) or self._info(ws[k]))[0]
        return tag in _ANCHOR_TAGS

    def _county_ends_at(self, text: str, hits: _Hits, pos: int) -> bool:
        """Whether a district or county of the gazetteer (and nothing of a higher level) ends at ``pos``."""
        forms = self.lexicon.place_forms
        return any(-neg_end == pos and all(p.kind == "county" for p in forms.get(text[start:pos], ()))
                   for start, neg_end, _full in hits.places if start < pos)

    def _headed(self, text: str, heads: list[tuple[int, int, _Head]], clauses: _Words, place_at: dict[int, int]) -> list[_Cand]:
        """Names grown from the heads that passed :meth:`_live_heads` (see :meth:`_grow`)."""
        out: list[_Cand] = []
        grow = self._grow
        starts, ends, cache = clauses._starts, clauses._ends, clauses._cache
        place_from_end = {e: s for s, e in place_at.items()}  # a place's start by its end
        descriptor = self._company_descriptor
        n = -1
        for hs, he, head in heads:
            if text[he : he + 1] in _ROAD_WORDS and _ADDRESS_NUMBER.match(text, he + 1) is not None:
                continue  # 台东市博物馆路1号: a road named after a body, in an address
            # The clause of the head: the last one starting at or before it (heads come in
            # order), as _Words.clause finds it; cut now if it was not fetched.
            while n + 1 < len(starts) and starts[n + 1] <= hs:
                n += 1
            if n >= 0 and hs < ends[n]:
                clause = cache[n]
            else:
                clause = clauses.clause(hs)
                n = bisect_right(starts, hs) - 1
            start = grow(text, hs, he, head, clause, place_at, place_from_end)
            if start is not None and (head.kind == "company" or head.is_zone) and descriptor.search(text, start, hs) is not None:
                start = self._past_descriptor(text, start, hs)
            if start is not None and head.is_zone and text.find("有限", start, hs) >= 0 \
                    and any(text.find(form, start, hs) >= 0 for form in self._legal_forms):
                continue  # 安徽欣家电器连锁有限公司经开区门店: a company's shop in the zone, no zone's name
            if start is not None:
                end = he
                if head.is_zone and text.startswith("(", he):
                    m = _AREA_IN_BRACKETS.match(text, he)
                    if m is not None and text[m.start() + 1 : m.end() - 1] in self._place_names:
                        m = None  # (乌鲁木齐经开区(头屯河区): a district of the gazetteer is a place of its own)
                    elif m is not None and start is not None and is_short_form(text[m.start() + 1 : m.end() - 1], text[start:he]):
                        m = None  # (前海深港现代服务业合作区(前海合作区): the zone's short name, a name of its own)
                    if m is None and (p := _PLACE_IN_BRACKETS.match(text, he)) is not None and p.group(1) in self._place_names \
                            and not p.group(1).endswith(_DIVISION_ENDINGS):
                        # 杭州高新区(滨江): the zone and the district it is one with, one name (but
                        # 乌鲁木齐经开区(头屯河区): the district named in full is a place of its own)
                        m = p
                    end = m.end() if m else he  # 南宁·中关村创新示范基地(相思湖区): a part of the zone
                out.append((start, end, head.label, head.rank, head.rule))
        return out

    def _past_descriptor(self, text: str, start: int, hs: int) -> int:
        """德资企业|赫尔曼汽车电子有限公司, 零组件厂|晶峰精密…: the name starts after the last word
        saying what kind of firm it is, where a trade name follows that word (a proper noun or a
        word the dictionary lacks, or one character of a name in pieces; not 企业|管理有限公司,
        企业|服务中心: the firm's own line of work)."""
        cut = start
        for m in self._company_descriptor.finditer(text, start, hs):
            if hs - m.end() < 2:
                continue
            word, tag = self.tagger(text[m.end() : hs])[0]
            if tag in _TRADE_NAME_TAGS or tag in ("ns", "j") or not self.tagger.known(word) \
                    or (len(word) == 1 and tag not in _NOT_TRADE_NAME_TAGS):  # (鼎|沣|光电: a trade name in pieces)
                cut = m.end()
        return cut

    def _grow(self, text: str, hs: int, he: int, head: _Head, clause: _Clause, place_at: dict[int, int],
              place_from_end: dict[int, int]) -> int | None:
        """Start of the specific name that ends with the head ``[hs, he)``, or None (the head
        has passed :meth:`_live_heads`; ``clause`` holds it).

        The words of the clause are walked right to left from the head until one that cannot
        belong to a name; the name starts at the leftmost anchor seen."""
        memo, info_of = self._info_memo, self._info
        ws, st, lo, hi = clause
        if he > st[hi]:
            return None  # a clause longer than the window, cut inside the head
        i = bisect_right(st, hs, lo, hi + 1) - 1
        if st[i + 1] != he:
            j = bisect_right(st, he - 1, lo, hi + 1) - 1
            if st[j + 1] > he and not self._after_name.starts_at(text, he) and not self._head_prefix.starts_at(text, he):
                return None  # the head runs on into a longer word: 大学 of 大学生
        _label, kind, _rank, _rule, is_gov, gov_or_unit, is_org, is_zone, noun_tags, bit, bit_before_head = head
        if kind == "company" and _COUNT_OF_COMPANIES.match(text, he):
            return None  # 新设衍生新创公司5家: companies of a kind counted, no company's name
        if is_zone and _COUNT_OF_ZONES.match(text, he):
            return None  # 新认定“新侨创新创业基地”3个, 新建专业化孵化器3家: zones of a kind counted, no zone's name
        anchor: int | None = None
        loose: int | None = None
        joined_at: int | None = None  # the right field's start, once two fields were joined (…与物理研究所)
        anchor_k = -1  # the index of the anchor's word
        right = ws[i]  # the word to the right of the one looked at
        right_tag, right_flags, _anchors = memo.get(right) or info_of(right)
        if st[i] < hs and not right_flags & _F_HEAD:  # the head is glued to the word before it: 科技局, 市委, 国家科技部
            if kind == "gpe":
                return None  # 新区 of 高新区
            glued = self._glued_head(text[st[i] : hs], he - hs == 1, kind, right_tag)
            if glued is None:
                # 区|经济|发展局, 区人|社局: the segmenter glued the head to part of a department
                # of the district or city (a longer name, 高新区发展建设局, is the walk's)
                d = self._department(text, hs, st, lo) if is_gov and he - hs == 1 else None
                jurisdiction = d is not None and text[d] in self._one_char_jurisdictions
                if jurisdiction and text[d:hs] not in self.lexicon.departments:
                    # (南沙|区人社局: the district's name before its 区, the named district's department)
                    return place_from_end.get(d + 1, d)
                zone = self._zone_head_at_end.search(text, max(0, d - self._zone_head_max), d) if d is not None else None
                # 沭阳|经开区|经济|发展局: a zone's own department, named after the zone (its place and head);
                # 济南高新区|市场|监管局 too, whose 市 is its department's own, no city's
                zone_start = place_from_end.get(zone.start()) if zone is not None else None
                if zone_start is None and not jurisdiction and d is not None and d in place_from_end:
                    return place_from_end[d]  # 盐城市|住房和城乡建设局: a department of the place named before it
                return d if zone_start is None and jurisdiction else zone_start
            if glued:
                anchor, anchor_k = st[i], i
            else:
                loose = st[i]
        right_tag = "n"
        # words seen since the last head, and an anchor among them
        division = numeral = since_head = since_head_anchor = verb_since_head = False
        nouns_since_head = 0  # common nouns since the last head, -1 once any other word came
        limit = he - _MAX_NAME
        k = i - 1
        lo1 = lo + 1
        key_lab = None  # where a key laboratory's rank starts (国家重点实验室), its field before it
        if kind == "academic" and st[i] == hs and (rank := _KEY_LAB_RANK.search(text, max(st[lo], hs - 6), hs)) is not None:
            if _COUNT_OF_ZONES.match(text, he):
                return None  # 新建国家重点实验室3家: laboratories of a rank counted, no laboratory's name
            x = bisect_right(st, rank.start(), lo, i) - 1
            if st[x] == rank.start() and x > lo:
                key_lab, k = rank.start(), x - 1
        while k >= lo and st[k] >= limit:
            w = ws[k]
            place_start = place_from_end.get(st[k + 1])
            if place_start is not None and st[lo] <= place_start < st[k] and place_start >= limit:
                x = bisect_right(st, place_start, lo, k) - 1
                if st[x] == place_start:
                    # a place the segmenter cut in pieces (山西晋|中: 晋中) is one anchor, as a
                    # place of one word is
                    anchor, anchor_k = place_start, x
                    right = ws[x]
                    right_tag, right_flags, _anchors = memo.get(right) or info_of(right)
                    since_head = since_head_anchor = True
                    nouns_since_head = -1
                    k = x - 1
                    continue
            if kind == "company" and len(w) == 1 and k > lo and w != "的" and _HAN.match(w):
                # 唐山|睿|焊|智能科技有限公司, 宜昌|瑞|和|新材料有限公司: a trade name the segmenter's
                # dictionary lacks falls into single characters; two or three of them after a place
                # are the name (but not 在唐山|和|…: a word of the sentence comes first)
                j = k
                while j > lo and k - j < 3 and len(ws[j]) == 1 and ws[j] != "的" and _HAN.match(ws[j]):
                    j -= 1
                if j == lo and k == i - 1 and k - j <= 2 and len(ws[j]) == 1 and _HAN.match(ws[j]) \
                        and st[j] >= limit and all(
                            x not in _NOT_IN_TRADE_NAMES and x not in self._glued_function_chars
                            and (memo.get(x) or info_of(x))[0] not in _NOT_TRADE_NAME_TAGS for x in ws[j : k + 1]):
                    # 宝|钛|集团与…: a trade name in single characters that opens its clause is the name
                    anchor, anchor_k = st[j], j
                    break
                if 2 <= k - j <= 3 and (place_at.get(st[j]) == st[j + 1] or ws[j] == "的") and st[j] >= limit \
                        and ws[j + 1] not in _NOT_IN_TRADE_NAMES:
                    # (or after 的: 位于臺南園區的|晶|鈦|先進封裝股份有限公司)
                    right = ws[j + 1]
                    right_tag, right_flags, _anchors = memo.get(right) or info_of(right)
                    since_head = since_head_anchor = True
                    nouns_since_head = -1
                    if ws[j] == "的":
                        anchor, anchor_k = st[j + 1], j + 1  # the trade name anchors the name; 的 ends it
                        k = j
                        break
                    k = j
                    continue
            if w == " " and k > lo and right_tag == "eng" and _ASCII_WORD.fullmatch(ws[k - 1]):
                # 亚湾|5G| |AIoT|创新园区: Latin words of a name, written apart, are one with it
                k -= 1
                while k > lo and _ASCII_WORD.fullmatch(ws[k]):
                    k -= 1
                continue
            tag, flags, anchors = memo.get(w) or info_of(w)
            if is_zone and tag == "m" and (k == lo or not _HAN.match(ws[k - 1])) and self._numeral_place_name(ws, k, i):
                # 三林|工业园区, 二|林|园区: a place whose name opens with a numeral (the segmenter
                # knows neither, so it tags them a number), right before the head and after a mark
                anchor, anchor_k = st[k], k
                break
            if tag == "oov" and is_zone and len(w) >= 3 and w[0] in self._glued_function_chars and k < i:
                # 搭渡轮|到民丹|工业园: the segmenter's HMM glued a preposition to the name's first
                # characters; the name starts after it (see the oov branch below)
                anchor, anchor_k = st[k], k
                break
            if (tag == "oov" or tag == "nr") and 2 <= len(w) <= 3 and k > lo and ws[k - 1] in self._titles_before_names \
                    and w[0] not in self._glued_function_chars and self._person_name(w):
                # 管委会副主任|刘振宇|介绍|高新区: a person named after a title ends any name before a head
                # (not 记者|从市|住房公积金管理中心: a preposition glued to a place)
                break
            if tag == "oov" and len(w) == 2 and w[1] in self._glued_function_chars and anchor is not None and anchor == st[k + 1]:
                break  # 该|关为|滨州高新区: a one-character word and a preposition glued by the HMM, before the place
            if w == "及" and (is_zone or is_org) and right_flags & _F_ZONE_HEAD and k >= lo + 2:
                left = ws[k - 1]
                left_tag, left_flags, _ = memo.get(left) or info_of(left)
                before_flags = (memo.get(ws[k - 2]) or info_of(ws[k - 2]))[1]
                if left_tag in ("v", "vn", "n") and len(left) >= 2 and not left_flags & (_F_HEAD | _F_BREAKER) \
                        and (before_flags & (_F_PROPER | _F_KNOWN_NAME) or place_at.get(st[k - 2]) == st[k - 1]):
                    # 港深|创新|及|科技园: a park named by two fields (创新及科技, as Hong Kong names
                    # its bodies) after its own name, one name (not 高新区|及|科技园: two zones)
                    right, right_tag, right_flags = left, left_tag, left_flags
                    k -= 2
                    continue
            if flags & _F_SPECIAL:
                if flags & _F_JOIN and is_gov and he - hs == 1 and k >= lo1:
                    d = self._department(text, hs, st, lo)
                    if d is not None and d <= st[k - 1]:
                        # 建设|和|交通局, 水利|和|湖泊|局: the two fields of one department (_department)
                        right = ws[k - 1]
                        right_tag, right_flags, _anchors = memo.get(right) or info_of(right)
                        k -= 2
                        continue
                if flags & _F_JOIN and kind in _FIELD_NAMED and anchor is None and k >= lo1 and right_tag in _FIELD_TAGS:
                    left = ws[k - 1]
                    left_tag, left_flags, _ = memo.get(left) or info_of(left)
                    if left_tag in _FIELD_TAGS and not left_flags & (_F_HEAD | _F_BREAKER):
                        # 经济|与|工商管理|学院, 精密机械|与|物理|研究所: a faculty or institute named
                        # by two fields (not 北京大学|与|…: a name on the right ends the walk)
                        joined_at = st[k + 1]
                        right, right_tag, right_flags = left, left_tag, left_flags
                        k -= 2
                        continue
                if flags & _F_CLOSE and k >= lo + 2 and ws[k - 2] == "(" and (
                        place_at.get(st[k - 1]) == st[k] or (memo.get(ws[k - 1]) or info_of(ws[k - 1]))[0] == "ns"):
                    k -= 3  # a place in parentheses inside a name: 中山大学(清远)创新药物研究中心, 某某(印尼)有限公司
                    continue
                if flags & _F_CONNECTOR and k >= lo1 and ws[k - 1] not in _CONNECTORS and right not in _CONNECTORS:
                    k -= 1  # 南宁·中关村, 中国—东盟 (a doubled dash —— is punctuation)
                    continue
                if flags & _F_VENUE:
                    break  # 广西新闻发布厅举行…: a venue ends the name
                if flags & _F_JOIN and is_gov and k >= lo1 and he - hs == 1 and text[hs] in _DIVISION_HEADS:
                    if any(ws[x][-1] in "厅局部委办" for x in range(max(lo, k - 4), k)):
                        division = True  # 科技厅成果转化与区域创新处: a division of the body on the left
                        right, right_flags = w, flags
                        k -= 1
                        continue
                if flags & _F_COMPLETE_BODY and anchor is not None and is_gov:
                    break  # 市委市政府: two bodies written together
                if flags & _F_JOIN and is_gov and text[hs] not in _DIVISION_HEADS and k >= lo1 and not right_flags & _F_HEAD \
                        and right_tag in _ACTION_NOUN_TAGS:
                    before_word = ws[k - 1]
                    before_tag, before_flags, _ = memo.get(before_word) or info_of(before_word)
                    if before_tag in _ACTION_NOUN_TAGS and not self._head_ends.ends_at(before_word, len(before_word)):
                        # 发展和改革委员会, 工业和信息化局: two fields of one body, not two bodies
                        right, right_tag, right_flags = w, tag, flags
                        k -= 1
                        continue
            # Whether the word makes the name it starts specific (see _info).
            is_anchor = not flags & _F_REGION and (
                anchors & (bit_before_head if right_flags & _F_HEAD else bit)
                or flags & _F_KNOWN_NAME
                or place_at.get(st[k]) == st[k + 1]
                # 仲恺|高新区|管委会: the body of a zone is named by the zone's own name
                or (right_flags & _F_ZONE_HEAD and is_gov and anchors & _A_ZONE and he - hs > 1)
                or (kind == "unit" and w in self._zone_stems)
                # 区|就业|服务中心, 市|公共资源|交易服务中心: a service centre of the district or city
                # is named by its service after the jurisdiction
                or (kind == "unit" and flags & _F_JURISDICTION and len(w) == 1 and ws[i].endswith(_SERVICE_CENTRE))
            )
            if flags & _F_FUNCTION and not is_anchor:
                if tag in _NOUNS_OF_TIME_AND_PLACE and is_zone and k >= lo1 and not _RELATIVE_TIME.fullmatch(w) and (
                        place_at.get(st[k - 1]) == st[k] or (memo.get(ws[k - 1]) or info_of(ws[k - 1]))[1] & (_F_REGION | _F_ANCHOR_TAG)):
                    pass  # 杭州未来科技城, 前海深港现代服务业合作区: a time or direction noun after a place or region
                elif is_gov and _TERM_OF_OFFICE.fullmatch(w):
                    pass  # 嘉兴市第九届人民代表大会: the term of an assembly
                elif is_zone and _ORDINAL_PART.fullmatch(w):
                    pass  # 楠梓第二园区: the second park of a zone
                elif kind == "unit" and tag == "f" and text.startswith("分", hs) and k == i - 1 and k > lo \
                        and ws[k - 1].endswith(self._parent_heads):
                    # 工业技术研究院|南部|分院: a branch named by the part of the country it serves (a
                    # direction noun; 西北, 华南 are places to the tagger, anchors anyway)
                    right, right_tag, right_flags = w, tag, flags
                    k -= 1
                    continue
                elif is_zone and w in _DIRECTIONS and anchor is not None and anchor == st[k + 1]:
                    anchor, anchor_k = st[k], k  # 西太湖科技产业园: a direction written before the place names it
                    right, right_tag, right_flags = w, tag, flags
                    k -= 1
                    continue
                elif not (tag == "m" and kind == "company" and k >= lo1 and _HAN.match(w)):
                    break
                else:
                    numeral = True  # 广西七三科技有限公司: a numeral inside a company's name, if a place precedes
            joint = is_zone and w in _JOINT_WORDS and k >= lo1 and (
                (memo.get(ws[k - 1]) or info_of(ws[k - 1]))[1] & (_F_REGION | _F_ANCHOR_TAG | _F_KNOWN_NAME)
                or (he - hs >= 3 and (memo.get(ws[k - 1]) or info_of(ws[k - 1]))[0] == "n"))  # (…产业合作试验区)
            if flags & (_F_VERB | _F_BREAKER) and not joint and not (division and anchor is None) \
                    and place_at.get(st[k]) != st[k + 1]:  # 包头 (a verb to the tagger) is a place here
                # A verb belongs to a name after a noun and before a head or a noun (香港生产力促进
                # 局, 巴顿焊接研究院, 应用实验室, (清远)创新药物研究中心, 产业转移工业园); not in
                # 广西促进高新区 (a zone needs a common noun before the verb) or 定期到园区. A word
                # that breaks names stays in only as a noun of action inside a compound (发展建设局).
                before = (memo.get(ws[k - 1]) or info_of(ws[k - 1]))[0] if k >= lo1 else ""
                before_ok = (
                    before in noun_tags
                    # 亚湾AIoT|创新|园区: a Latin noun of a name that a place or a name opens
                    or (is_zone and before == "eng" and self._latin_after_name(ws, k - 1, lo))
                    or (is_org and k >= lo1 and ws[k - 1] == ")")
                    or (k >= lo1 and not is_zone and place_at.get(st[k - 1]) == st[k])
                    # 鸿泰精密铸造有限公司: a company's trade, an adjective and its verb, before the head
                    # (天津滨海先进计算研究院: an institute's field, an adjective and its verb)
                    or (kind in ("company", "academic") and before == "a" and bool(right_flags & _F_HEAD))
                )
                # (昆山深化两岸产业合作试验区: a zone of a long head named by its purpose, after its place)
                purpose = is_zone and he - hs >= 3 and k >= lo1 and place_at.get(st[k - 1]) == st[k] \
                    and right_tag in ("n", "vn", "nz")
                before_ok = before_ok or purpose
                right_ok = right_flags & _F_HEAD or (is_org and right_tag in ("n", "vn", "nz", "ng")) or purpose
                if not (right_ok and before_ok):
                    break
                if flags & _F_BREAKER and not (tag == "vn" and before in ("n", "vn", "nz")
                                               and (right_flags & _F_HEAD or (kind == "company" and right_tag == "vn"))):
                    break  # (汇通建设发展集团: a company's nouns of action run on to its head)
            if flags & _F_HEAD:
                if k == i - 1 and st[i] == hs and text[hs:he] == _BARE_CENTRE:
                    break  # 市规划局|中心|城区: a centre is named by its field after its body, not by the body alone
                if not is_anchor and since_head and not since_head_anchor:
                    # 珠海清华科技园|专业团队管理孵化器: the words after an inner head name
                    # nothing; a body inside a body is its hierarchy (人民政府新闻办公室); a park
                    # named by one or two nouns of its industry inside a zone is the zone's part
                    # (寿光高新区化工产业园).
                    part_of_zone = is_zone and w in self._zone_head_words and 1 <= nouns_since_head <= 2
                    # 苏州高新区国有资产经营有限公司, 衢州高新区实验小学: a zone's own company or school is
                    # named after the zone
                    zones_company = kind in ("company", "school") and w in self._zone_head_words and not verb_since_head
                    # 德州学院|体育|学院, 逢甲大学|国际经营与贸易|学系: a school's faculty, named after the school
                    faculty = kind == "school" and w in self._school_heads and not verb_since_head
                    if not (gov_or_unit and flags & _F_GOV_HEAD) and not part_of_zone and not zones_company and not faculty:
                        break
                since_head = since_head_anchor = verb_since_head = False
                nouns_since_head = 0
            else:
                # (在益阳高新区设立项目公司…: a verb parts them; not the trade right before the head,
                # 枣庄高新区融资担保有限公司)
                verb_since_head = verb_since_head or (tag == "v" and (since_head or not right_flags & _F_HEAD
                                                                        or w in _FOUNDING_VERBS))
                since_head = True
                since_head_anchor = since_head_anchor or is_anchor or flags & _F_PROPER
                nouns_since_head = nouns_since_head + 1 if nouns_since_head >= 0 and tag in ("n", "nz") else -1
            if is_anchor:
                anchor, anchor_k = st[k], k
            elif flags & _F_REGION and (anchor == st[k + 1] or (right in _JOINT_WORDS and anchor is not None)):
                anchor, anchor_k = st[k], k  # 粤西数谷大数据产业园: a region before the name belongs to it
            if anchor is None:
                loose = st[k]
            right, right_tag, right_flags = w, tag, flags
            k -= 1
        if numeral and (anchor is None or kind != "company"):
            return None
        if anchor is not None:
            # Not a name that still denotes a class (see _specific).
            if is_zone and text[anchor:hs] in self._province_forms and not text.startswith(_PROVINCIAL_ZONE_HEADS, hs) \
                    and not (text[hs:he] in self._zone_head_short_forms and _ALIAS.match(text, he)):
                # (a province has one free trade zone: 江苏自贸试验区 is that zone; a full name
                # that the page gives a short name to names one zone: 青海高新技术产业开发区(以下
                # 简称青海高新区), where 广西高新技术产业开发区 alone is still the class)
                return None
            first = ws[anchor_k]
            if len(first) == 1 and anchor_k > lo and not self._specific(clause, anchor_k):
                return None
            if (memo.get(first) or info_of(first))[0] == "oov":
                return self._strip_glued(text, anchor, hs)
            return self._split_first_character(clause, anchor_k)
        if joined_at is not None and loose is not None:
            loose = joined_at  # no name before two joined fields: the second one's alone may be named
        if key_lab is not None and anchor is None and loose is not None and key_lab - loose >= 2 and all(
                (memo.get(x) or info_of(x))[0] in _FIELD_TAGS for x in ws[bisect_right(st, loose, lo, i) - 1 : bisect_right(st, key_lab, lo, i) - 1]):
            return loose  # 中药质量研究|国家重点|实验室: a key laboratory is named by its field (not 新建|国家重点实验室)
        if loose is not None and (kind == "school" or kind == "company"):
            where = next((w for w in self.lexicon.where_words if text.startswith(w, loose)), None)
            if where is not None and hs - loose - len(where) >= 2:
                loose += len(where)  # 区内|宏硕精密工业股份有限公司, 当地|…: where it is, no part of its name
            if self._named(text, loose, hs):
                return self._strip_glued(text, loose, hs)
        region = _REGION_BEFORE.search(text, max(0, loose - 2), loose) if loose is not None and is_zone else None
        if loose is not None and is_zone and he - loose <= 8 and (
                _ALIAS.match(text, he) or (region is not None and text[loose:hs] in _SCIENCE_PARK_WORDS)) \
                and not self._kind_words.fullmatch(text, loose, hs):  # (国家级科学园区: a kind, no name)
            # 中部科学园区(下称中科): a park named by its region, which the page names and shortens;
            # 南部科学园区 is one by its name alone (the Republic's parks, named by their region)
            return region.start() if region is not None else self._strip_glued(text, loose, hs)
        if is_gov and he - hs == 1:
            return self._department(text, hs, st, lo)
        return None

    def _department(self, text: str, hs: int, st: list[int], lo: int) -> int | None:
        """Start of a department before the one-character head at ``hs`` (行政审批局, 区人社局),
        or None."""
        n = self._departments.ends_at(text, hs, max(st[lo], hs - self._department_reach))
        if n < 2:
            return None
        d = hs - n
        while d >= 3 and text[d - 1] in _DEPARTMENT_JOINS:
            # 建设和交通局, 水利和湖泊局, 科技和人才局: one department of two fields (the pairs the
            # list writes whole, 发展和改革, 工业和信息化, are the common ones)
            m = self._departments.ends_at(text, d - 1, max(st[lo], d - 1 - self._department_reach))
            if m < 2:
                break
            d -= 1 + m
        if d >= 1 and text[d - 1] in self._one_char_jurisdictions:
            if d >= 2 and text[d - 2] in self._glued_function_chars and text[d - 2] not in _SELF_REFERENCES:
                return d - 1  # 请省科技厅, 由省发改委: the segmenter glued the jurisdiction to the word before
            k = bisect_right(st, d - 1, lo) - 1
            if 0 <= k and st[k] == d - 1 and (k + 1 >= len(st) or st[k + 1] <= hs):
                return d - 1  # 会同区|经济发展局, 区人|社局, 区人社|局局长: the district's or city's own department
        return d  # 行政审批局, 政务办: a department on its own, the zone's or town's

    def _complete_body(self, w: str) -> bool:
        """市委, 区委, 省委, 市政府: a jurisdiction and a committee or government in one word, a
        body by itself (市政府新闻办: the office of that body)."""
        lex = self.lexicon
        return w[:1] in lex.jurisdictions and (w in lex.departments or (len(w) >= 3 and lex.org_heads.get(w[1:]) == "gov"))

    def _specific(self, clause: _Clause, i: int) -> bool:
        """Reject names that still denote a class: 广西高新区 (all the zones of a province: a zone
        is named after its city or county; :meth:`_grow` looks at that), 设区市人民政府 (a
        one-character jurisdiction, the word ``i``, that ends a longer word)."""
        ws = clause[0]
        if ws[i] in self.lexicon.jurisdictions:
            before = ws[i - 1]
            flags = self._info(before)[1]
            if not flags & _F_FUNCTION and not _CLAUSE_BREAK.match(before) and not flags & _F_BREAKER:
                return False
        return True

    def _glued_head(self, prefix: str, single: bool, kind: str, tag: str) -> bool | None:
        """Judge the part of a word before its head: True if it makes the name specific (市委,
        国家科技部, 香港科技大学), False if it is name material only (科技局), None if the word
        is no name at all (布局, 全部, 格局)."""
        lex = self.lexicon
        if kind == "gov" and prefix in lex.jurisdictions:
            return True
        if tag == "nt" and prefix[:2] in lex.place_forms:
            return True  # 香港贸易发展局: the dictionary knows the body, named after its place
        if single:
            if kind != "gov":
                return None
            n = self._departments.ends_at(prefix, len(prefix))
            if not n:
                return None
            rest = prefix[: len(prefix) - n]
            if not rest:
                return False
            return True if rest in lex.jurisdictions or rest in lex.place_forms else None
        if prefix in lex.place_forms or prefix in lex.org_names:
            return True
        if prefix[0] in self._glued_function_chars and (tag not in _FIELD_TAGS or len(prefix) == 1):
            # 营业额|占全园|区, 到园区: a preposition or determiner glued to the head, no name (not
            # 经济学|系: a common noun of the dictionary)
            return None
        return tag in _ANCHOR_TAGS and kind not in _LEXICON_ANCHORED

    def _named(self, text: str, start: int, end: int) -> bool:
        """Whether the words before a school or company head look like a name (五邑, 明阳), not
        like a description (国际, 二级甲等, 科技)."""
        if end - start < 2:
            return False
        prefix = text[start:end]
        if prefix[:2] in _SCHOOL_FOUNDERS and len(prefix) > 2:
            return True  # 国立成功大学: who founded it, then its name (成功 an adjective to the tagger)
        # (宏碩|精密|工業|股份有限公司: a trade name the dictionary knows as an adjective, then the
        # trade, before a legal form: a name, where 精密工業股份有限公司 alone is a description)
        legal = text.startswith(self._legal_forms, end)
        named = self._named_memo.get((prefix, legal))
        if named is None:
            breakers = self.lexicon.name_breakers
            tagged = self.tagger(prefix)
            named = any(tag not in _DESCRIPTION_TAGS and word not in breakers for word, tag in tagged) \
                or (legal and len(tagged) >= 3 and len(tagged[0][0]) == 2 and tagged[0][1] == "a"
                    and tagged[0][0] not in breakers)
            _remember(self._named_memo, (prefix, legal), named)
        return named

    def _split_first_character(self, clause: _Clause, k: int) -> int:
        """Start of a name whose first word is ``k``, or one character before it when the segmenter
        cut the name's first character off as a word of its own after a mark (，渤|龙湖科技园,
        的宁|波澜晟新材料科技有限公司): a lone character that is no word of the sentence."""
        ws, st, lo, _hi = clause
        if k <= lo:
            return st[k]
        lone = ws[k - 1]
        if len(lone) != 1 or not _HAN.match(lone) or lone in _NOT_IN_TRADE_NAMES or lone in self._glued_function_chars \
                or lone in self.lexicon.jurisdictions or self.tagger.tag_of(lone) in _NOT_TRADE_NAME_TAGS:
            return st[k]
        if k - 1 > lo and _HAN.match(ws[k - 2]) and ws[k - 2] != "的":
            return st[k]
        return st[k - 1]

    def _strip_glued(self, text: str, start: int, end: int) -> int:
        """Drop a function character the tagger glued to a name: 以五邑大学 → 五邑大学; and the 内
        of 园区内 (园区|内云栩|资讯股份有限公司: within the park, not part of the name; 内蒙古 stays);
        the unit of a time before it (前3季彰滨工业区)."""
        if end - start > 2 and (text[start] in self._glued_function_chars
                                or (text[start] == "内" and text[start - 1 : start] == "区")
                                or (text[start] in _TIME_UNIT_CHARS and text[start - 1 : start] in _NUMERAL_CHARS)):
            return start + 1  # (前3|季彰滨|工业区: the quarter's 季 ends a time, not starts a name)
        return start

    # -- persons ----------------------------------------------------------------------------
    def _person_slots(self, text: str, hits: _Hits, lines: _LineBounds | None = None) -> list[tuple]:
        """Persons by their titles, speaker labels and bylines, as far as the text alone tells:
        a candidate tuple, or ``(_AFTER_TITLE, pos)`` / ``(_BEFORE_TITLE, pos)`` where the
        words of the clause must decide (:meth:`_persons`)."""
        out: list[tuple] = []
        n = len(text)
        lines = lines or _LineBounds(text)
        for ts, te, where in hits.titles:
            if where == "quoted":
                # 员工覃立新说: a role, not an office, names the person whose words follow (not 员工关怀窗口)
                end = self._name_after(text, te)
                if end is not None and end >= 0 and self._speech_after.starts_at(text, end) > 0:
                    out.append((te, end, "PERSON", 1, "title"))
            elif where == "before" or where == "both":
                at = te
                label = text[at : at + 1] == ":"
                if label:
                    at += 1  # 董事长:林振宏, a title as the label of its holder's line
                while at < n and at - te < 4 and text[at] in " \t":
                    at += 1  # 本报记者 罗晓燕, 副厅长   李克纯
                if not label and text.startswith("为", at):
                    # 董事长为周启明,总经理为陆婉清: the holder named after 为, up to the clause's end
                    end = self._name_after(text, at + 1)
                    if end is not None and end > 0 and text[end : end + 1] in _NAME_CLAUSE_ENDS:
                        out.append((at + 1, end, "PERSON", 1, "title"))
                    continue
                if label and (whole := _TRANSCRIBED_NAME.match(text, at)) is not None:
                    out.append((at, whole.end(), "PERSON", 1, "title"))  # 区长:阿不都热依木·买买提
                    continue
                end = self._name_after(text, at)
                if label and end is not None and (
                        (end > 0 and _HAN.match(text, end) and not self._after_name.starts_at(text, end))
                        or (end < 0 and _SPOKEN_LINE.match(text, at))):
                    continue  # 记者:秦创原创新驱动平台建设成效如何?: a speaker's label, then the question
                if end is not None:
                    out.append((at, end, "PERSON", 1, "title") if end >= 0 else (_AFTER_TITLE, at))
            if (where == "after" or where == "both") and not self._body_before_its_head(text, ts):
                start = self._name_before(text, ts)
                if start is not None:
                    out.append((start, ts, "PERSON", 1, "title") if start >= 0 else (_BEFORE_TITLE, ts))
        # Speaker labels: a line that starts with a name and a colon (the lines with a colon).
        pos = text.find(":")
        line = -1
        while pos != -1:
            start = lines.start(pos)
            if start != line:
                line = start
                m = self._speaker.match(text, start)
                if m:
                    name, role = m.group(1), m.group(2)
                    if (role is None or self._titles.ends_at(role, len(role)) or role.endswith(_SPEAKER_ROLE_ENDS)) \
                            and self._person_name(name) and not self._titles.ends_at(name, len(name)):
                        out.append((m.start(1), m.end(1), "PERSON", 1, "speaker"))
            pos = text.find(":", pos + 1)
        bylines = [m.span(1) for m in self._byline.finditer(text)] if "■" in text else []
        pos = text.find("摄")
        while pos != -1:  # 龚炜文/摄
            m = self._photo_credit.search(text, max(0, pos - 6), pos)
            if m:
                bylines.append(m.span(1))
            pos = text.find("摄", pos + 1)
        for a, b in bylines:
            if self._person_name(text[a:b]):
                out.append((a, b, "PERSON", 1, "byline"))
        return out

    def _persons(self, slots: list[tuple], clauses: _Words) -> list[_Cand]:
        """The persons of :meth:`_person_slots`, with the words of their clause where needed: a
        name the tagger made one word of (a word it does not know, or a person's name)."""
        out: list[_Cand] = []
        for slot in slots:
            if len(slot) != 2:
                out.append(slot)  # type: ignore[arg-type]
                continue
            side, pos = slot
            if side == _AFTER_TITLE:
                ws, st, lo, hi = clauses.clause(pos)
                i = bisect_right(st, pos, lo, hi + 1) - 1
                if lo <= i < hi and st[i] == pos and self._info(ws[i])[0] in _NAME_TAGS and self._plausible_name(ws[i]):
                    out.append((pos, st[i + 1], "PERSON", 1, "title"))
                elif lo <= i < hi - 1 and st[i] == pos and ws[i] in self._surnames \
                        and self._info(ws[i + 1])[0] in _PERSON_TAGS and self._plausible_name(ws[i] + ws[i + 1]):
                    # 副主任刘海涛: the tagger cut the surname from a given name it knows (刘/海涛)
                    out.append((pos, st[i + 2], "PERSON", 1, "title"))
                elif lo <= i < hi - 2 and st[i] == pos and ws[i] in self._surnames and len(ws[i + 1]) == 2 \
                        and self._info(ws[i + 1])[0] in _GIVEN_NAME_TAGS and self._info(ws[i + 2])[0] == "v" \
                        and self._plausible_name(ws[i] + ws[i + 1]):
                    # 博士于浩然指着…: a given name that is also a word (浩然), then the person's verb
                    out.append((pos, st[i + 2], "PERSON", 1, "title"))
            else:
                ws, st, lo, hi = clauses.clause(pos - 1)
                i = bisect_right(st, pos - 1, lo, hi + 1) - 1
                if lo <= i < hi and st[i + 1] == pos and self._info(ws[i])[0] in _NAME_TAGS and self._plausible_name(ws[i]):
                    out.append((st[i], pos, "PERSON", 1, "title"))
        return out

    def _plausible_name(self, name: str) -> bool:
        """A surname, then one or two characters; not a title or a known word of another kind."""
        lex = self.lexicon
        if not 2 <= len(name) <= 4 or not _ALL_HAN.fullmatch(name):
            return False
        if name[:2] in self._two_char_surnames:
            given = name[2:]
        elif name[0] in self._surnames:
            given = name[1:]
        else:
            return False
        if not 1 <= len(given) <= 2:
            return False
        if name in lex.titles or name in lex.name_breakers or name in lex.place_forms or name in lex.person_cues:
            return False
        # No title at either edge (a long one: 主任, 记者)
        return not self._long_titles.starts_at(name, 0) and not self._long_titles.ends_at(name, len(name))

    def _name_after(self, text: str, pos: int) -> int | None:
        """End of a person's name starting at ``pos`` (right after a title); -1 if only the
        words of the clause can tell."""
        if pos >= len(text) or (text[pos] not in self._surnames and text[pos : pos + 2] not in self._two_char_surnames):
            return None
        # 欧阳明辉: a two-character surname makes a name of three or four characters
        for length in ((4, 3) if text[pos : pos + 2] in self._two_char_surnames else (3, 2)):
            end = pos + length
            if length == 3 and text[end - 1 : end] in _SPEECH_ENDS and self._ends_name(text, end - 1):
                continue  # 市民贺婷说。: the name, then her verb of speech (not 贺婷说)
            if end <= len(text) and self._ends_name(text, end):
                if self._person_name(text[pos:end]):
                    return end
                if length == 3 and self._after_name.starts_at(text, end) > 0 and self._plausible_name(text[pos:end]) \
                        and self.tagger(text[pos:end])[0] == (text[pos : pos + 2], "nr"):
                    return end  # 分局长林冠|宇说明: a title before, a verb of speech after, a name the tagger cut
                if pos > 0 and text[pos - 1].isspace() and text[end : end + 1].isspace() \
                        and self._plausible_name(text[pos:end]):
                    return end  # 本报记者 梁家慧 惠州报道: a name set apart by spaces is whole
                if length == 3 and self._speech_after.starts_at(text, end) > 0 and self._quoted_name(text[pos:end]):
                    return end  # 行长黄家梁表示, 经理文思远说: a title before, the person's verb after
        return -1

    def _common_words(self, words: str) -> bool:
        """Whether ``words`` are common nouns and verbs only (机器人, 生物医药, 智能制造), no
        proper noun or word the dictionary lacks (漕河泾, 张江)."""
        return all(tag in _COMMON_TAGS for _word, tag in self.tagger(words))

    def _quoted_name(self, name: str) -> bool:
        """A three-character name between a title and a verb of speech, though its first two
        characters make a word of their own (黄家|梁, 文思|远): a noun's word, not a verb's or an
        adverb's (局长高兴地说), and no particle last (主任王强也表示)."""
        if not self._plausible_name(name) or name[2] in self._glued_function_chars:
            return False
        head = name[:2]
        return not self.tagger.known(head) or self.tagger.tag_of(head) in _QUOTED_NAME_HEAD_TAGS

    def _body_before_its_head(self, text: str, pos: int) -> bool:
        """劳检处处长, 经发局长: the body's own name before its head's title (处长 of 劳检处, 局长 of
        经发局), no person's name."""
        return pos > 0 and (text[pos - 1] == text[pos] or (
            text[pos] in self._one_char_gov_heads and self._departments.ends_at(text, pos, max(0, pos - self._department_reach)) > 0))

    def _name_before(self, text: str, pos: int) -> int | None:
        """Start of a person's name ending at ``pos`` (right before a title); -1 if only the
        words of the clause can tell."""
        surnames = self._surnames
        if pos < 2 or not (text[pos - 2] in surnames or (pos >= 3 and text[pos - 3] in surnames)):
            return None
        for length in ((4, 3, 2) if text[max(0, pos - 4) : pos - 2] in self._two_char_surnames else (3, 2)):
            start = pos - length
            if start >= 0 and self._starts_name(text, start):
                if self._person_name(text[start:pos]):
                    return start
        return -1

    def _person_name(self, name: str) -> bool:
        """A plausible name that does not begin with an ordinary word (谢谢傅, 管委会, 关于)."""
        ok = self._person_memo.get(name)
        if ok is None:
            ok = self._judge_person_name(name)
            _remember(self._person_memo, name, ok)
        return ok

    def _judge_person_name(self, name: str) -> bool:
        if not self._plausible_name(name):
            return False
        tagged = self.tagger(name)
        if len(tagged) == 1 and tagged[0][1] in _NAME_TAGS:
            return True  # the tagger knows the whole name: 傅光焱, 李克纯
        if name[0] in self._glued_function_chars:
            return False  # (员工和周边, 记者从会上: a surname that is a particle as often, in no name the tagger knows)
        if len(name) == 3 and name[2] in self._glued_function_chars and tagged[-1] == (name[2], "d"):
            return False  # (主任王强|也|表示: the adverb after a two-character name; not 邱建|和, a name's 和)
        first_word, tag = tagged[0]
        if len(first_word) >= 2 and tag not in _PERSON_TAGS and tag != "nz" and self.tagger.known(first_word) \
                and first_word not in self._two_char_surnames:  # (欧阳|倩: the surname is a place's word too)
            return False  # (柯文|斌: a proper noun the dictionary knows may open a name)
        # 谢谢傅(主任): an ordinary word, then a surname and its title
        # (郑家|明: a surname and a given name the dictionary tags nrfg open a name as well; not 谢谢 (nr) of 谢谢傅)
        return not (len(name) == 3 and name[:2] not in self._two_char_surnames and self.tagger.known(name[:2])
                    and self.tagger.tag_of(name[:2]) not in ("nz", "nrfg"))

    def _ends_name(self, text: str, pos: int) -> bool:
        return pos >= len(text) or not _HAN.match(text[pos]) or self._after_name.starts_at(text, pos) > 0 \
            or _DATELINE.match(text, pos) is not None  # (记者张建中|新竹8日电: the wire's dateline)

    def _starts_name(self, text: str, pos: int) -> bool:
        if pos > 0 and text[pos] in _DATE_UNIT_CHARS and text[pos - 1].isdigit():
            return False  # 2025年新建|院士专家工作站: a date's 年, no surname
        return pos == 0 or not _HAN.match(text[pos - 1]) or self._titles.ends_at(text, pos, max(0, pos - 8)) > 0

    # -- organisations named by their context ------------------------------------------------
    def _outlets(self, text: str) -> list[_Cand]:
        out: list[_Cand] = []
        pos = text.find("记者")
        while pos != -1:
            m = self._outlet.search(text, max(0, pos - 7), pos) if not text.startswith("会", pos + 2) else None  # (记者会)
            if m and len(m.group()) >= 2 and m.group()[0] not in "本该我":
                out.append((m.start(), m.end(), "ORG", 2, "outlet"))
            pos = text.find("记者", pos + 2)
        return out

    def _list_items_of(self, text: str, hits: _Hits, clauses: _Words) -> list[tuple[int, int, bool, str]]:
        """The items of the lists of companies and parks, ``(start, end, first, label)``: the
        pieces between 、 of the clause before 等…企业 (or after 企业如), split at 和/与."""
        spans = []
        for m in _matches_at(self._list_end, text, hits.list_ends):
            if not self._list_manner.search(m.group(1)):
                a, _b = clauses.bounds_with_lists(m.start())
                if self._list_supply is not None and self._list_supply.search(m.group(1)) \
                        and all(len(piece) <= 3 for piece in text[a:m.start()].split("、")[1:]):
                    continue  # 电池、电驱、热管理等配套企业: what the firms supply, no firm's name
                spans.append((a, m.start(), self._list_label[m.group(2)]))
        for m in _matches_at(self._list_start, text, hits.list_starts):
            _a, b = clauses.bounds_with_lists(m.end())
            stop = text.find("等", m.end(), b)
            spans.append((m.end(), b if stop == -1 else stop, "ORG"))
        items = []
        for a, b, label in spans:
            pieces = text[a:b].split("、")
            if len(pieces) == 1 and b - a > 12 and not self._list_joiner.search(pieces[0]):
                continue  # one long item: a phrase, not a name
            if any(p.endswith(("企业", "机构")) for p in pieces[:-1]) or any(len(p) > 24 for p in pieces):
                continue  # 高新技术企业、瞪羚企业、科技小巨人…: a list of kinds of firm, not of firms
            if not pieces[0] or self._ends_in_action(pieces[0]):
                continue  # 研发费用税前加计扣除等企业扶持政策: a list of measures
            pos = a
            for n, piece in enumerate(pieces):
                for s, e in self._list_items(text, pos, pos + len(piece)):
                    items.append((s, e, n == 0, label))
                pos += len(piece) + 1
        return items

    def _listed(self, text: str, items: list[tuple[int, int, bool, str]], clauses: _Words) -> list[_Cand]:
        """The companies and parks of the listed items (:meth:`_company_item`)."""
        out: list[_Cand] = []
        for s, e, first, label in items:
            item = self._company_item(text, s, e, clauses, first=first)
            if item is not None:
                out.append((item[0], item[1], label, _RANK[label] - 1, "listed"))
        return out

    def _list_items(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """Split 中海油和聚鑫新能源 at its joiner when both sides are long enough to be names."""
        for m in self._list_joiner.finditer(text, a, b):
            if m.start() - a >= 2 and b - m.end() >= 2:
                return [(a, m.start()), (m.end(), b)]
        return [(a, b)]

    def _ends_in_action(self, item: str) -> bool:
        ends = self._action_memo.get(item)
        if ends is None:
            last_word, tag = self.tagger(item)[-1]
            ends = len(last_word) >= 2 and tag in ("v", "vn") and self.tagger.known(last_word)
            _remember(self._action_memo, item, ends)
        return ends

    def _company_item(self, text: str, a: int, b: int, clauses: _Words, *, first: bool) -> tuple[int, int] | None:
        """The company name inside one listed item, after the last verb or place before it
        (全区新增昌龙科技 → 昌龙科技, 江门市奇德新材 → 奇德新材). Only the first item of a list
        carries words before the name; a verb inside a later item is part of the name (博盈焊接,
        世捷包装制品)."""
        lex = self.lexicon
        ws, st, lo, hi = clauses.clause(a)
        i = bisect_right(st, a, lo, hi + 1) - 1
        start = a
        for k in range(max(i, lo), hi):
            end = st[k + 1]
            if end <= a:
                continue
            if end > b - 2:
                break
            w = ws[k]
            flags = self._info(w)[1]
            if flags & _F_BREAKER or (
                first
                and ((flags & _F_VERB and self.tagger.known(w)) or (flags & _F_FUNCTION and len(w) > 1) or w in self._full_names)
            ):
                start = end
        name = text[start:b]
        if not 2 <= len(name) <= 10 or name in lex.place_forms or name in lex.name_breakers or name in self._heads:
            return None
        if name.endswith(("企业", "机构", "高校", "院所", "平台", "项目")) or not _HAN.match(name[0]):
            return None
        if self._head_ends.ends_at(name, len(name)):
            return None  # 国家级高新区, 省级孵化器: the heads find named ones; these are kinds
        return start, b

    # -- propagation ------------------------------------------------------------------------
    def _zone_short_forms(self, text: str, chosen: list[_Cand], place_at: dict[int, int]) -> list[tuple[str, int]]:
        """The names of the zones found, without the place they start with, when what is left
        still names one zone: 杭州未来科技城 → 未来科技城 (the page goes on to write it so), not
        阳江高新区 → 高新区 nor 广东省级高新区 → 省级高新区 (a head alone, or a level before it)."""
        out = []
        for body in chosen:
            # (国家科学及技术委员会中部科学园区管理局…中科: the park named only in its administration's
            # name, then by its short name)
            if body[2] == "ORG" and "科学" in text[body[0]:body[1]] \
                    and (park := REGIONAL_SCIENCE_PARK.search(text, body[0], body[1])) is not None \
                    and text[park.start()] + "科" in text:
                out.append((text[park.start()] + "科", 0))
        for c in chosen:
            if c[2] != "ZONE":
                continue
            out += self._zone_abbreviations(text, c)
            if (abbreviation := science_park_abbreviation(text[c[0]:c[1]], text)) is not None:
                out.append((abbreviation, 0))  # 南部科学园区 → 南科, 新竹科学园区 → 竹科, as pages go on to write them
            place_end = place_at.get(c[0])
            if place_end is None and (partnered := place_at.get(c[0] + 2)) is not None and partnered < c[1] - 2 \
                    and text[c[1] - 1] == "城" and text[c[0] : c[0] + 2] in self.lexicon.partner_prefixes:
                # 中新广州知识城 → 知识城: a city-sized joint park (China and a partner, then its place),
                # which the page goes on to write by its own words alone
                out.append((text[partnered : c[1]], 1))
                continue
            if place_end is None or place_end >= c[1]:
                continue
            short = text[place_end : c[1]]
            m = self._zone_head_at_end.search(short)
            inner = [h.end() for h in self._zone_head_inside.finditer(short, 0, m.start())] if m else []
            if inner and m is not None and m.start() - inner[-1] >= 2:
                # 荆门高新区新能源新材料产业园 → 新能源新材料产业园: a park of a zone, named by its
                # industries, which the page goes on to write alone
                out.append((short[inner[-1]:], 1))
                continue
            qualifier = short[: m.start()] if m else short
            if len(qualifier) >= 2 and not short.startswith(self._jurisdiction_prefixes) \
                    and not self._kind_words.fullmatch(qualifier) \
                    and not (short.endswith("园区") and short[:-1] in self._heads):  # (新竹|科学园区: a head and 区)
                out.append((short, 1))  # written once inside the name it comes from
                head_short = self._zone_head_short_forms.get(m.group()) if m else None
                if head_short is not None:
                    # 包头稀土高新技术产业开发区 → 稀土高新区 and 包头稀土高新区, as pages go on to write it
                    out.append((short[: m.start()] + head_short, 0))
                    out.append((text[c[0] : place_end] + short[: m.start()] + head_short, 0))
            elif not qualifier and m is not None and m.group() in self._zone_head_short_forms:
                # 青海高新技术产业开发区 → 青海高新区: a zone named after its province alone, which
                # the walk takes for the province's zones when written short
                out.append((text[c[0] : place_end] + self._zone_head_short_forms[m.group()], 0))
        return out

    def _zone_abbreviations(self, text: str, zone: _Cand) -> list[tuple[str, int]]:
        """The page's abbreviation of a zone found by its full name: characters of its name, from
        its first and in order, before the short form of its head (黄河三角洲农业高新技术产业示范区 →
        黄三角农高区), where the page writes one."""
        m = self._zone_head_at_end.search(text, zone[0], zone[1])
        head_short = self._zone_head_short_forms.get(m.group()) if m is not None and m.end() == zone[1] else None
        if head_short is None or head_short not in text:
            return []
        own = text[zone[0] : m.start()]  # type: ignore[union-attr]
        out = []
        at = text.find(head_short)
        while at >= 0:
            for n in (4, 3, 2):
                chars = text[max(0, at - n) : at]
                if len(chars) == n and chars[0] == own[:1] and chars != own and _HAN_RUN.fullmatch(chars) and in_order(chars, own):
                    out.append((chars + head_short, 0))
                    break
            at = text.find(head_short, at + len(head_short))
        return out

    @staticmethod
    def _only_places_inside(chosen: list[_Cand], k: int, start: int, end: int, label: str = "") -> bool:
        """Whether the chosen spans from ``k`` on that overlap ``[start, end)`` are all inside it
        and places from the gazetteer, or names of ``label`` (生技园区 inside a mention of the
        title's park 香草药草生技园区)."""
        while k < len(chosen) and chosen[k][0] < end:
            c = chosen[k]
            if c[0] < start or c[1] > end or (c[4] != "gazetteer" and c[2] != label):
                return False
            k += 1
        return True

    def _everywhere(self, text: str, chosen: list[_Cand], furniture: list[tuple[int, int]],
                    short_forms: Sequence[tuple] = ()) -> list[_Cand]:
        """Find every other mention of the persons, companies and zones named once, and of the
        short forms of zones (:meth:`_zone_short_forms`). A zone named by the title (see
        :meth:`_title_zone`) replaces the shorter zone found inside each of its mentions."""
        title_names = {text[c[0]:c[1]] for c in chosen if c[4] == "title"}
        # name -> [label, times chosen]; a short form is written once inside each of its full names
        names: dict[str, list] = {}
        for name, inside, *form_label in short_forms:  # times written inside the names found
            names.setdefault(name, [form_label[0] if form_label else "ZONE", 0])[1] += inside
        for c in chosen:
            label = c[2]
            if label != "GPE" and c[1] - c[0] >= (2 if label == "PERSON" else 3) and c[4] != "fixed":
                name = text[c[0] : c[1]]
                seen = names.get(name)
                if seen is None:
                    names[name] = [label, 1]
                else:
                    seen[0] = label
                    seen[1] += 1
        # A name written no more often (side by side) than it was chosen has no other mention
        # that overlaps no chosen span: the chosen ones are as many as can fit.
        if len(text) * len(names) > _SEARCH_EACH_NAME_UP_TO:
            # A long text with many names: one automaton pass finds every name, instead of one
            # pass over the whole text per name (which grows as names × length).
            found = _occurrences(list(names), text)
            todo = [(name, label) for name, (label, times) in names.items()
                    if _non_overlapping(found[name], len(name)) > times]
            occurrences = found.__getitem__
        else:
            count = text.count
            todo = [(name, label) for name, (label, times) in names.items() if count(name) > times]
            occurrences = functools.partial(_find_all, text)
        if not todo:
            return chosen
        # Whether a mention overlaps a chosen span or a furniture line: both are sorted and do
        # not overlap among themselves, so their ends are sorted too and one bisect finds the
        # first span that ends after the mention starts.
        taken = [(chosen, [c[0] for c in chosen], [c[1] for c in chosen])]
        if furniture:
            taken.append((furniture, [a for a, _ in furniture], [b for _, b in furniture]))
        extra: list[_Cand] = []
        dropped: set[int] = set()  # starts of places inside another mention of a name
        widened: dict[int, int] = {}  # chosen ORG's index -> the start of the zone it begins with
        chosen_starts = taken[0][1]
        for name, label in todo:
            size = len(name)
            rank = _RANK[label] - 1
            head = self._zone_head_at_end.search(name) if label == "ZONE" else None
            for pos in occurrences(name):
                end = pos + size
                if text[end - 1 : end + 1] in self.lexicon.not_org_heads:
                    continue  # (社会局 named before; 社会局面 here: its head begins a common noun)
                for spans, span_starts, span_ends in taken:
                    k = bisect_right(span_ends, pos)
                    if k < len(spans) and span_starts[k] < end:
                        if spans is chosen and self._only_places_inside(
                                chosen, k, pos, end, label if name in title_names else ""):
                            # 首先请郑卫东主任: the person named before, not the district 卫东 in the name;
                            # 大连新闻网 > 科教: the outlet the page credits, not the city
                            dropped.update(c[0] for c in chosen[k:bisect_right(chosen_starts, end - 1)])
                            continue
                        if head is not None and spans is chosen and spans[k][2] == "ORG" \
                                and spans[k][0] == pos + head.start() and spans[k][1] > end:
                            # 钒钛|高新区智慧气象服务站: a body found from the zone's bare head, whose
                            # name the zone's short form (found from its full name) begins
                            widened[k] = pos
                        break  # overlaps the span k
                else:
                    extra.append((pos, end, label, rank, "again"))
        if widened:
            chosen = [(widened[k], *c[1:]) if k in widened else c for k, c in enumerate(chosen)]  # type: ignore[misc]
        if not extra:
            return chosen
        if dropped:
            chosen = [c for c in chosen if c[0] not in dropped]
        merged = chosen + _select_longest(extra)
        merged.sort(key=_START)
        return self._short_names_joined(text, merged) if any(e[2] != "PERSON" for e in extra) else merged

    def _short_names_joined(self, text: str, spans: list[_Cand]) -> list[_Cand]:
        """A short name found again, then the body it heads, is that body: 竹科 + 管理局 (a zone's
        body), 台电 + 业务处 on a page that writes 台湾电力公司业务处 (a company's department, named
        after its full name, found or not)."""
        org_names = {text[c[0]:c[1]] for c in spans if c[2] == "ORG"}
        # (业务处 of 台湾电力公司业务处: a company's department the page names after its full name)
        departments = {n[k + 2:] for n in org_names if (k := n.find("公司")) > 0 and len(n) > k + 3}
        out: list[_Cand] = []
        reach = 0
        for c in spans:
            if c[0] < reach:
                continue  # (inside a short name widened by its department)
            again = out[-1] if out and out[-1][4] == "again" and out[-1][1] == c[0] and c[2] == "ORG" else None
            body = text[c[0]:c[1]]
            if again is not None and ((again[2] == "ZONE" and body in self._zone_bodies) or (
                    again[2] == "ORG" and any(len(n) > len(body) + 2 and n.endswith(body) for n in org_names))):
                c = (out.pop()[0], c[1], "ORG", *c[3:])
            elif c[2] == "ORG" and c[4] == "again" and departments \
                    and (after := next((d for d in departments if text.startswith(d, c[1])), None)) is not None:
                c = (c[0], c[1] + len(after), *c[2:])
                reach = c[1]
            out.append(c)
        return out


def _body_abbreviations(text: str, chosen: list[_Cand]) -> list[tuple[str, int, str]]:
    """A state body's short name of three characters, its first, one more in order and its head
    (职业安全卫生署 → 职安署, after its ministry 劳动部), where the page writes it twice."""
    out: list[tuple[str, int, str]] = []
    short_of: dict[str, str | None] = {}
    for c in chosen:
        if c[2] != "ORG" or c[1] - c[0] < 5 or text[c[1] - 1] not in _ONE_CHARACTER_BODY_HEADS:
            continue
        name = text[c[0]:c[1]]
        ministry = name.rfind("部", 0, len(name) - 3)
        own = name[ministry + 1:] if ministry >= 0 else name
        if len(own) < 5:
            continue
        if own not in short_of:  # (a name the page writes many times is looked for once)
            short_of[own] = None
            at = text.find(own[0])
            while at >= 0:  # (the first character, then the head two further on: no pattern per name)
                short = text[at : at + 3]
                if short[2:] == own[-1] and _HAN.match(short, 1) and short not in own and in_order(short, own) \
                        and text.count(short) >= 2:
                    short_of[own] = short
                    break
                at = text.find(own[0], at + 1)
        if short_of[own] is not None:
            out.append((short_of[own], 0, "ORG"))
    return out


def _select_longest(candidates: list[_Cand]) -> list[_Cand]:
    """:func:`zonex.ner.base.select_longest` on candidate tuples (the same order and result).

    Most candidates overlap nothing: the greedy choice (longest first, then higher rank, then
    earlier, then as given) runs only inside each group of overlapping spans, which gives the
    same spans as running it over all of them."""
    taken: list[_Cand] = []
    group: list[_Cand] = []
    reach = -1
    for c in sorted(candidates, key=_START):  # stable: candidates at one start keep their order
        if c[1] <= c[0]:
            continue  # empty
        if c[0] >= reach:  # starts after every span so far: the group before it is complete
            if len(group) == 1:
                taken.append(group[0])
            elif group:
                taken += _greedy(group)
            group = [c]
            reach = c[1]
        else:
            group.append(c)
            if c[1] > reach:
                reach = c[1]
    if len(group) == 1:
        taken.append(group[0])
    elif group:
        taken += _greedy(group)
    return taken


def _longest_first(c: _Cand) -> tuple[int, int, int]:
    return (c[0] - c[1], -c[3], c[0])


def _greedy(group: list[_Cand]) -> list[_Cand]:
    """The longest-first choice among overlapping spans (``group`` is by start, and in the
    order given at one start; the sort is stable, so ties keep that order)."""
    if len(group) == 2:  # two overlapping spans: the longer, the higher ranked, the earlier, the first given
        a, b = group
        return [a if _longest_first(a) <= _longest_first(b) else b]
    ordered = sorted(group, key=_longest_first)
    best = ordered[0]
    s, e = best[0], best[1]
    if all(s <= c[0] and c[1] <= e for c in group):
        return [best]  # the usual case: one span holds the others (阳江 of 阳江高新区)
    taken: list[_Cand] = []
    for c in ordered:
        s, e = c[0], c[1]
        if all(e <= t[0] or s >= t[1] for t in taken):
            taken.append(c)
    taken.sort(key=_START)
    return taken


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``pos`` falls in one of the sorted, non-overlapping ``spans``."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]
