"""Which zone or place a document is about, and which one a sentence names.

The claims stage resolves 全区, 我区, 园区, 全市, 我市 to the document's main subject
(:func:`main_subject`) and looks for a subject named in the sentence itself
(:func:`subject_in`). Both work on the normalised text and the entities found in it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..furniture import page_path, title_start
from ..models import Entity
from .lexicon import EntityLexicon, Place, load_lexicon

__all__ = ["OTHER_NAME_AFTER", "STOCK_CODE_IN_BRACKETS", "main_subject", "science_park_abbreviation", "science_park_of", "subject_in", "place_key", "in_order", "place_prefix", "title_line",
           "usual_place", "zone_key", "zones_together_before"]

# 浦东金桥(600639), 张江高科(600895.SH): a listed company's stock code in brackets after its name
# (the entity rules find the name by it, the claims take the company for the page's subject)
STOCK_CODE_IN_BRACKETS = re.compile(r"[(（]\s*\d{6}(?:\.(?:SH|SZ|BJ))?\s*[)）]")
# 南部科学园区, 中部科学工业园区: a science park named by its region, a zone (南科, 中科 for short)
REGIONAL_SCIENCE_PARK = re.compile(r"(?:东部|中部|西部|南部|北部)科学(?:工业)?园区")
# 新竹科学园区, 屏东科学园区 (竹科, 屏科 for short), and the regional ones: a science park named by
# two characters
_NAMED_SCIENCE_PARK = re.compile(r"[\u4e00-\u9fff]{2}科学(?:工业)?园区")
# 南科技, 新科学: 科 starting a word of its own (科技, 科学, 科研), not a park's short name
_WORD_AFTER_KE = frozenset("技学研院普创")
# (下称“东湖高新区”,又称“中国光谷”): another name a bracket gives, after the one it defines (the
# entity rules find every mention of it, the claims cite the defined name for it)
OTHER_NAME_AFTER = re.compile(r"[”\"」』]?[,，、]\s*(?:又称|也称|亦称|俗称|简称)[为:：]?\s*[“\"「『]([^”\"」』()（）]{2,12})[”\"」』]")


def science_park_abbreviation(name: str, text: str) -> str | None:
    """The two-character short name of a science park the page writes: 南科 for 南部科学园区 (its
    region's first character), 竹科 for 新竹科学园区 and 屏科 for 屏东科学园区 (a character of its
    city's name, the second first, as Taiwan writes them); None where the page writes neither."""
    if REGIONAL_SCIENCE_PARK.fullmatch(name):
        characters = name[0]
    elif _NAMED_SCIENCE_PARK.fullmatch(name):
        characters = name[1] + name[0]
    else:
        return None
    for ch in characters:
        form = ch + "科"
        at = text.find(form)
        while at >= 0:
            if text[at + 2 : at + 3] not in _WORD_AFTER_KE:
                return form
            at = text.find(form, at + 2)
    return None


def science_park_of(abbreviation: str, text: str) -> str | None:
    """The full name of the science park the page writes ``abbreviation`` for (竹科: 新竹科学园区),
    where the page names it, as a zone or inside its administration's name; else None."""
    return next((m.group() for m in _NAMED_SCIENCE_PARK.finditer(text)
                 if science_park_abbreviation(m.group(), text) == abbreviation), None)


# The head of the title and opening: what a reader sees first names the subject.
_OPENING = 300
_OPENING_WEIGHT = 3
# The title (the first line, when short) names what the page is about above all: a press
# conference of a province's zones names each zone once in its opening, the province in its title.
_TITLE = 80
_TITLE_WEIGHT = 10
# Generic mentions of the kind of zone the document is about (高新区 alone, 园区 alone) count for
# the named zone of that kind: a page about 湛江高新区 mostly says 高新区.
_GENERIC_WEIGHT = 0.5
_ZONE_WORDS = "高新区|高新技术产业开发区|经开区|经济技术开发区|开发区|科技园|产业园|工业园|园区|合作区|新区"
_ZONE_KIND = re.compile(rf"({_ZONE_WORDS})$")
_ZONE_KIND_AT = re.compile(rf"(?:国家级|国家|省级)?({_ZONE_WORDS})")  # right after a place: its zones
# A body named after its zone (合肥高新区管委会, 某某经开区党工委): the zone's name.
_ZONE_IN_BODY = re.compile(rf"(.{{2,}}?(?:{_ZONE_WORDS}))(?=.)")
_BODY_INSIDE = re.compile(r"中心|公司|集团|局|委员会|银行|大学")  # heads of bodies: in a zone's name, a body's office
_TITLE_PERIOD = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:上半年|下半年|前三季度|[一二三四]季度|全年|1[-—–~至]\d{1,2}月)?")
_TOGETHER = re.compile(rf"(?:我区|全区|我省|全省|我市|全市|我县|全县)(?:国家级|省级)?(?:{_ZONE_WORDS})")
_SENTENCE_END = re.compile(r"[。!?！？;；\n]")
# A short form may name several places (朝阳); the highest-level one is the usual reading.
# 全省, 我市: the page's own province or city, as its subject words name it (not 全市场).
_OWN_PLACE_WORDS = re.compile(r"(?<![占于比居列超])[全我本]([省市])(?!场|平均|第|首位|前列)")  # (not 占全市, 高于全市平均: the whole compared with)
_OWN_PLACE_KINDS = {"省": "province", "市": "city"}
_FOREIGN = ("country", "world_city")
_LEVEL = {"country": 0, "world_city": 0, "province": 1, "city": 2, "county": 3}


def place_key(name: str, lexicon: EntityLexicon | None = None) -> str:
    """One key for every form of a place: 江门 and 江门市 → the code of 江门市; unknown → the name.

    >>> place_key("江门") == place_key("江门市")
    True
    """
    lex = lexicon or load_lexicon()
    place = usual_place(name, lex)
    if place is None:
        return name
    return place.code or lex.place_forms[name][0].name


def usual_place(name: str, lexicon: EntityLexicon | None = None) -> Place | None:
    """The division a place name usually means: the highest-level one of those it may name
    (朝阳 → the city, not a district); None for a name the gazetteer does not hold.

    >>> usual_place("江门").name
    '江门市'
    """
    places = (lexicon or load_lexicon()).place_forms.get(name)
    return min(places, key=_level) if places else None


def _level(place: Place) -> int:
    return _LEVEL[place.kind]


def in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` is in ``name``, in order: a short form written from the
    name's characters (高新公交 of 渭南高新区公交运营有限公司, 黄三角 of 黄河三角洲).

    >>> in_order("黄三角", "黄河三角洲"), in_order("三黄", "黄河三角洲")
    (True, False)
    """
    chars = iter(name)
    return all(ch in chars for ch in short)


# 香港科技园公司(科技园公司), 中国科学院(中科院): a short name in bare brackets right after the name,
# made of its characters in order and ending as it does (not 某某有限公司(上海), a place)
BARE_ALIAS = re.compile(r"[(（]([\u4e00-\u9fff]{2,12})(?:[,，、][ ]?([A-Z][A-Za-z]{1,9}))?[)）]")  # (科技园公司,HKSTP)


def is_short_form(short: str, name: str) -> bool:
    """Whether ``short`` can be a short form of ``name``: shorter, ending as it does, its
    characters in ``name`` in that order (科技园公司 of 香港科技园公司, 中科院 of 中国科学院)."""
    if len(short) >= len(name) or short[-1] != name[-1]:
        return False
    return in_order(short, name)


def zone_key(name: str) -> str:
    """One key for the forms of a zone's name: 湛江国家高新区 and 湛江高新区 are one zone.

    >>> zone_key("湛江国家高新区") == zone_key("湛江高新区")
    True
    >>> zone_key("南京自贸片区") == zone_key("南京片区")
    True
    >>> zone_key("武汉东湖新技术开发区") == zone_key("东湖高新区"), zone_key("武汉高新区")
    (True, '武汉高新区')
    >>> zone_key("中新广州知识城")
    '知识城'
    """
    lex = load_lexicon()
    name = lex.brand_zones.get(name, name)  # (光谷 is 东湖高新区)
    key = name.replace("国家级", "").replace("国家", "").replace("自贸片区", "片区")
    for full, short in _head_short_forms():  # (东湖新技术开发区 → 东湖高新区, as zone_heads.txt pairs them)
        key = key.replace(full, short)
    if key[:2] in lex.partner_prefixes and (place := place_prefix(key[2:], lex)) is not None and len(key) - 2 - len(place) >= 3:
        return key[2 + len(place):]  # 中新广州知识城 → 知识城: a joint park, known by its own words
    # 武汉东湖新技术开发区 and 东湖高新区: a zone with a name of its own is one zone with or without
    # its city before it (not 武汉高新区, whose name is its city's)
    prefix = place_prefix(key, lex) if len(key) > 5 else None
    if prefix is not None and (kind := _ZONE_KIND_AT.search(key, len(prefix))) is not None and kind.start() - len(prefix) >= 2:
        key = key[len(prefix):]
    return key


@functools.cache
def _head_short_forms() -> tuple[tuple[str, str], ...]:
    """The zone heads' long forms and their short ones, longest first (a long form contains a shorter)."""
    forms = load_lexicon().zone_head_short_forms
    return tuple(sorted(forms.items(), key=lambda pair: len(pair[0]), reverse=True))


def main_subject(text: str, entities: Sequence[Entity], *, lexicon: EntityLexicon | None = None,
                 attributes: tuple[str, ...] = ()) -> str | None:
    """The document's main zone or place, in the form the document uses most (阳江高新区, 江门市, 广西).

    Mentions count once each, three times in the opening (title and first sentences). A zone
    also gains from the generic mentions of its kind (高新区 alone) and from the longer zones
    named after it (湛江国家高新区海东园区 counts for 湛江国家高新区). The best zone wins over
    the best place when it scores at least as high; None when the text names neither.
    ``attributes`` are the words after a place that make it a class's origin (澳门居民, 深圳企业):
    on a page that names a zone, such a mention says where people or firms come from, and counts
    for no place.
    """
    lex = lexicon or load_lexicon()
    scores: dict[tuple[str, str], float] = defaultdict(float)
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    zones = [e for e in entities if e.label == "ZONE"]
    zone_names = {z.text for z in zones}
    # 首页 > 新闻中心 > 科技要闻: the title is the line after the page's path (which may come after
    # the site's name and its link bar)
    lead, line_end = title_line(text)
    title_end = line_end if 0 <= line_end - lead <= _TITLE else -1
    if title_end > 0:
        # A title that opens with a kind of zone, qualified but unnamed (国家高新区…, 科技产业园区
        # 去年贸易额…), reports on the zones of that kind together: that is the page's subject.
        # (after the year or part of a year the title may open with: 2025年国家高新区营业收入…)
        period = _TITLE_PERIOD.match(text, lead, title_end)  # (it matches the empty string too)
        opening = period.end() if period is not None else lead
        kind = _zone_kind_pattern(lex).match(text, opening, title_end)
        if kind is not None and kind.end(1) > opening and not any(e.start < kind.end() and e.end > lead for e in entities):
            return kind.group(0)
    # 上半年我区开发区…增长7.8% 宁东基地产值首破千亿元: a title about the zones of the page's place
    # together (a subject word, then a kind of zone) is about that place's zones; a zone it names
    # after them is one of them
    together = _TOGETHER.search(text, lead, title_end) if title_end > 0 else None
    # The key of each distinct name, worked out once (a document names its subject dozens of
    # times); None for a country.
    keys: dict[tuple[str, str], tuple[str, str] | None] = {}
    # 广州市黄埔区, 无锡市新吴区: a city written right before its own district only says where
    # the district is; the mention is the district's
    qualifiers = {id(e) for e, after in zip(entities, entities[1:], strict=False)
                  if e.label == "GPE" and after.label == "GPE" and after.start == e.end and own_division(e.text, after.text, lex)}
    for e in entities:
        label = e.label
        if id(e) in qualifiers:
            continue
        if label == "ORG" and e.end <= title_end:
            # 湖南省科技厅举行全省高新区…发布会: a title that names its place only as the body's
            # place speaks for that place (not a company's: 九江某某科技有限公司…项目 is the company's).
            if e.text.endswith(_company_heads(lex)) or (e.start < lead and e.text.endswith("报")
                                                        and e.text.endswith(_heads_of_kind(lex, "media"))):
                # (nor a newspaper's masthead above the title: 澳门日报 reports on 横琴, not on 澳门;
                # a government's portal, 青海省人民政府门户网站, speaks for its place)
                continue
            zone = _ZONE_IN_BODY.match(e.text)
            office_in = None
            if zone is not None and _BODY_INSIDE.search(zone.group(1)):
                # 连云港市住房公积金管理中心经济技术开发区管理部: a body's office in the zone of its place,
                # named by the page as the zone is (连云港经开区), not a zone's name
                zone, prefix = None, place_prefix(e.text, lex)
                short = prefix[:-1] if prefix and prefix.endswith(("市", "县", "区")) else prefix
                office_in = next((z.text for z in zones if short and z.text.startswith(short)), None)
            if office_in is not None:
                key, place = ("ZONE", zone_key(office_in)), office_in
            elif zone is not None:  # 合肥高新区管委会: the zone, not its city
                key, place = ("ZONE", zone_key(zone.group(1))), zone.group(1)
            elif e.text + "区" in zone_names:  # 成都高新, the zone's own account: the zone
                key, place = ("ZONE", zone_key(e.text + "区")), e.text + "区"
            else:
                place = body_place(e.text, lex)
                key = ("GPE", place_key(place, lex)) if place is not None else None
            if key is not None:
                # (the site's own name above the page's path weighs as the opening does: the
                # title names what the page is about, 齐鲁软件园 on the site of 济南高新区管委会)
                scores[key] += _TITLE_WEIGHT if lead <= e.start else _OPENING_WEIGHT
                surfaces[key][place] += 1
            continue
        if label != "ZONE" and label != "GPE":
            continue
        if label == "GPE" and zones and attributes and text.startswith(attributes, e.end):
            continue  # 在合作区就业的澳门居民: Macao is where the residents come from
        name = e.text
        try:
            key = keys[label, name]
        except KeyError:
            if label == "ZONE":
                key = ("ZONE", zone_key(name))
            elif _countries_only(lex.place_forms.get(name)):
                key = None  # a country is context (中国, 东盟), not the subject of a zone's statistics
            else:
                key = ("GPE", place_key(name, lex))
            keys[label, name] = key
        if key is None:
            continue
        # (a site's name above the page's path is the site's, not the title's: 某某管委会 > 首页 > …)
        weight = _TITLE_WEIGHT if lead <= e.start and e.end <= title_end else _OPENING_WEIGHT if e.start < _OPENING else 1
        if together is not None and label == "ZONE":
            weight = min(weight, _OPENING_WEIGHT)
        scores[key] += weight
        surfaces[key][name] += 1
    zone_keys = [k for k in scores if k[0] == "ZONE"]
    # A zone named inside a longer zone name (湛江国家高新区 in 湛江国家高新区海东园区) is mentioned
    # there: once per mention of the longer one (the scores are whole and half numbers, so adding
    # the mentions of one name at once gives the same sums).
    for outer, mentions in Counter(keys["ZONE", z.text][1] for z in zones).items():  # type: ignore[index]
        for key in zone_keys:
            if key[1] != outer and outer.startswith(key[1]):
                scores[key] += mentions
    generic_weight: dict[str, float] = {}  # by kind of zone: most zones of a page are of one kind
    # A title about a place's zones together (2024年江西省高新区主要经济指标…): the generic
    # mentions (全省高新区…) are of those zones, the place's, not of one zone named in the text.
    collective = _title_collective(text, entities, title_end, lex)
    for key in zone_keys:
        kind = _ZONE_KIND.search(key[1])
        if kind:
            word = kind.group(1)
            gain = generic_weight.get(word)
            if gain is None:
                generic = text.count(word) - sum(word in z.text for z in zones)
                gain = generic_weight[word] = _GENERIC_WEIGHT * max(generic, 0)
            if collective is not None and collective[1] == word:
                scores[collective[0]] += gain
            else:
                scores[key] += gain
    if not scores:
        return None
    # A page that says 全省 again and again speaks for a province (a province's work report
    # naming its zones one by one): each such word is a mention of the province the page names
    # most, as its name would be (and 全市 of its city), in the opening too.
    own = Counter(m.group(1) for m in _OWN_PLACE_WORDS.finditer(text))
    own_opening = Counter(m.group(1) for m in _OWN_PLACE_WORDS.finditer(text, 0, _OPENING))
    for word, mentions in own.items():
        level = _OWN_PLACE_KINDS[word]
        places = [k for k in scores if k[0] == "GPE"
                  and any(p.kind == level for form in surfaces[k] for p in lex.place_forms.get(form, ()))]
        if places:
            scores[max(places, key=lambda k: scores[k])] += mentions + (_OPENING_WEIGHT - 1) * own_opening[word]
    if together is not None and any(k[0] == "GPE" for k in scores):
        scores = {k: v for k, v in scores.items() if k[0] == "GPE"}
    # On a tie the zone, else the most specific place: a page naming 四川 and 宜宾三江新区 as
    # often is about the new area.
    best = max(scores, key=lambda k: (scores[k], k[0] == "ZONE", _specificity(surfaces[k], lex)))
    if best[0] == "GPE" and together is None and collective is None:
        best = _zone_of_the_body(text, entities, keys, best, surfaces, max(title_end, 0)) or best
    best = _one_administration(text, entities, keys, best) or best
    forms = surfaces[best]
    # The form the document uses most; on a tie the longer (full) one.
    return max(forms, key=lambda f: (forms[f], len(f)))


_DISTRICT_ENDINGS = ("区", "县")  # a district named in full (新吴区, 黄埔区), not a zone's short name (滨江)


def _one_administration(text: str, entities: Sequence[Entity], keys: dict,
                        best: tuple[str, str]) -> tuple[str, str] | None:
    """Of a district and the zone a page names as one with it, the one in brackets after the
    other (无锡高新区(新吴区), 广州市黄埔区(广州开发区)), the one the page names more often on
    its own, by plain count, and on a tie the one outside the brackets: one administration,
    whose figures the page gives in the name it uses (sets 110 and 116–118: 株洲高新区(天元区)
    with the zone named more, the zone; set 130: 乌鲁木齐高新技术产业开发区(新市区), the district
    named more in the opening but the zone more in all). ``best`` is the pair's zone or district
    as the weighted mentions chose it; None when it is in no such pair. Not a zone's short name
    in its brackets (杭州高新区(滨江): one zone's name)."""
    for k, e in enumerate(entities):
        if e.end >= len(text) or text[e.end] != "(" or k + 1 == len(entities):
            continue
        other = entities[k + 1]
        if other.start != e.end + 1 or text[other.end : other.end + 1] != ")":
            continue
        pair = {e.label: e, other.label: other}
        district, named_zone = pair.get("GPE"), pair.get("ZONE")
        if district is None or named_zone is None or not district.text.endswith(_DISTRICT_ENDINGS):
            continue
        zone, place = keys.get(("ZONE", named_zone.text)), keys.get(("GPE", district.text))
        if place is None or best not in (zone, place):
            continue
        mentions = Counter(keys.get((x.label, x.text)) for x in entities if x.label in ("GPE", "ZONE"))
        if mentions[place] > mentions[zone] or (mentions[place] == mentions[zone] and district is e):
            return place
        return zone
    return None


def _zone_of_the_body(text: str, entities: Sequence[Entity], keys: dict, place: tuple[str, str],
                      surfaces: dict, body_start: int) -> tuple[str, str] | None:
    """A zone named after the best place that the body names more often than the place (with
    全市 and the like): a statistics bureau's page (绵阳市统计局 > …《绵阳统计年鉴》) whose text is
    about 绵阳高新区. The place's weight came from the furniture and the title."""
    forms = tuple(f for f in surfaces[place] if len(f) >= 2)  # (宁 of 宁东基地 is no 宁夏)
    if not forms:
        return None
    body: Counter[tuple[str, str]] = Counter()
    for e in entities:
        if e.start >= body_start and (e.label, e.text) in keys and keys[e.label, e.text] is not None:
            body[keys[e.label, e.text]] += 1
    body[place] += sum(1 for _ in _OWN_PLACE_WORDS.finditer(text, body_start))
    named_after = [k for k in body if k[0] == "ZONE" and any(
        text_form.startswith(forms) for text_form in surfaces.get(k, ()))]
    best = max(named_after, key=lambda k: body[k], default=None)
    return best if best is not None and body[best] > body[place] else None


def _company_heads(lex: EntityLexicon) -> tuple[str, ...]:
    return _heads_of_kind(lex, "company")


def _heads_of_kind(lex: EntityLexicon, kind: str) -> tuple[str, ...]:
    """The ORG heads of one kind (``org_heads.tsv``), worked out once per lexicon."""
    known = _HEADS_OF_KIND.get((id(lex), kind))
    if known is None or known[0] is not lex:
        known = _HEADS_OF_KIND[id(lex), kind] = (lex, tuple(h for h, k in lex.org_heads.items() if k == kind))
    return known[1]


_HEADS_OF_KIND: dict[tuple[int, str], tuple[EntityLexicon, tuple[str, ...]]] = {}


@functools.lru_cache(maxsize=2)
def title_line(text: str) -> tuple[int, int]:
    """Where the page's title line starts and ends (-1: no newline after it): the line after the
    page's path (首页 > 新闻中心 > …), found once per page for the main subject and the project's
    company both."""
    lead = title_start(text, page_path(text))
    return lead, text.find("\n", lead)


# the fields of a project's form that name its owner (招标人:某某有限公司 on a tender's notice)
_OWNER_FIELD = re.compile(r"(?m)^[ \t]*(?:招标人|建设单位|项目业主|业主单位|项目单位)[ \t]*[:：][ \t]*")


def project_company(text: str, entities: Sequence[Entity], lex: EntityLexicon | None = None) -> str | None:
    """The company a page is about when its title opens with the company's name and names a
    project (九江某某科技有限公司年产12万吨…项目环境影响报告书公示): an environmental notice, a
    project's announcement. None otherwise."""
    lex = lex or load_lexicon()
    lead, title_end = title_line(text)
    if title_end < 0 or title_end - lead > _TITLE * 2 or text.find("项目", lead, title_end) < 0:
        return None
    for e in entities:
        if e.start == lead and e.label == "ORG" and e.text.endswith(_company_heads(lex)):
            return e.text
        if e.start > lead:
            break
    # 招标人:自贡高新产业投资建设有限公司 on a tender's notice: the project's owner, whose project it is
    owner = _OWNER_FIELD.search(text, title_end, title_end + _OPENING)
    if owner is not None:
        return next((e.text for e in entities if e.start == owner.end() and e.label == "ORG"
                     and e.text.endswith(_company_heads(lex))), None)
    return None


def zones_together_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names the zones of a place together (我区开发区, 全省高新区).

    >>> zones_together_before("上半年我区开发区工业增加值增长7.8% 宁东基地…", 0, 20)
    True
    """
    return _TOGETHER.search(text, start, end) is not None


def _zone_kind_pattern(lex: EntityLexicon) -> re.Pattern[str]:
    """A kind of zone: words that qualify it (zone_kind_words.tsv), then a zone head."""
    known = _KIND_PATTERNS.get(id(lex))
    if known is not None and known[0] is lex:
        return known[1]
    words = [re.escape(w) for w in sorted(lex.zone_kind_words, key=len, reverse=True)]
    heads = [re.escape(h) for h in sorted(lex.zone_heads, key=len, reverse=True)]
    pattern = re.compile(f"((?:{'|'.join(words)})*)(?:{'|'.join(heads)})")
    _KIND_PATTERNS[id(lex)] = (lex, pattern)
    return pattern


# Compiled on first use, by lexicon (one in practice; the lexicon is kept with its pattern so that
# an id is never taken for another lexicon's).
_KIND_PATTERNS: dict[int, tuple[EntityLexicon, re.Pattern[str]]] = {}


def _title_collective(text: str, entities: Sequence[Entity], title_end: int,
                      lex: EntityLexicon) -> tuple[tuple[str, str], str] | None:
    """The key of the place whose zones the title names together, and their kind
    (江西省高新区 → the key of 江西省, 高新区), or None."""
    if title_end < 0:
        return None
    for e in entities:
        if e.start >= title_end:
            break
        if e.label == "GPE" and not _countries_only(lex.place_forms.get(e.text)):
            m = _ZONE_KIND_AT.match(text, e.end, title_end)
            if m is not None:
                return ("GPE", place_key(e.text, lex)), m.group(1)
    return None


def _specificity(forms: Counter[str], lex: EntityLexicon) -> int:
    """How narrow a place is: a country 0, a province 1, a city 2, a county 3, a name the
    gazetteer does not hold (a new area: 宜宾三江新区) 4."""
    levels = [_LEVEL[p.kind] for form in forms for p in lex.place_forms.get(form, ())]
    return min(levels) if levels else len(_LEVEL)


def place_prefix(name: str, lex: EntityLexicon | None = None) -> str | None:
    """The division a name starts with (湖南省科技厅 → 湖南省, 河北清河经济开发区 → 河北), not a
    country; or None.

    >>> place_prefix("湖南省科技厅")
    '湖南省'
    """
    lex = lex or load_lexicon()
    for length in range(min(len(name) - 1, 8), 1, -1):
        places = lex.place_forms.get(name[:length])
        if places and not _countries_only(places):
            return name[:length]
    return None


def own_division(parent: str, name: str, lex: EntityLexicon | None = None) -> bool:
    """Whether ``name`` is a division of the place ``parent`` (新吴区 of 无锡市, 黄埔区 of 广州市):
    written right after it, the parent only says where the division is."""
    lex = lex or load_lexicon()
    codes = {p.code for p in lex.place_forms.get(parent, ()) if p.code}
    return bool(codes) and any(p.parent in codes for p in lex.place_forms.get(name, ()))


def body_place(name: str, lex: EntityLexicon | None = None) -> str | None:
    """The place a body's name starts with, down to the division it names after its city
    (无锡市新吴区人民政府 → 新吴区, 湖南省科技厅 → 湖南省), or None."""
    lex = lex or load_lexicon()
    place = place_prefix(name, lex)
    if place is not None and len(place) < len(name) - 1:
        inner = place_prefix(name[len(place) :], lex)
        if inner is not None and own_division(place, inner, lex):
            return inner
    return place


def _countries_only(places: Sequence[Place] | None) -> bool:
    """Whether a name is known only as a country or a foreign city (中国, 东盟, 阿拉木图): context,
    never a zone's subject."""
    return bool(places) and all(p.kind in _FOREIGN for p in places)


def subject_in(text: str, start: int, end: int, entities: Sequence[Entity]) -> Entity | None:
    """The zone or place named nearest before ``start`` in the sentence of ``[start, end)``.

    >>> from zonex.models import Entity
    >>> t = "2018年,阳江高新区工业总产值343.2亿元。"
    >>> subject_in(t, 17, 24, [Entity(start=6, end=11, text="阳江高新区", label="ZONE")]).text
    '阳江高新区'
    """
    sentence_start = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        sentence_start = m.end()
    best: Entity | None = None
    for e in entities:
        if e.label in ("ZONE", "GPE") and sentence_start <= e.start and e.end <= start:
            if best is None or e.end > best.end:
                best = e
    return best
