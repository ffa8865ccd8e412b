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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

import ahocorasick_rs

from ..models import Entity
from .base import Candidate, select_longest, to_entities
from .lexicon import EntityLexicon, load_lexicon

__all__ = ["RuleEntityRecognizer", "Tagger"]

# Characters that end a clause: no name runs across them. Parentheses and dashes are not among
# them: 中科院(江门)中微子实验站, 中国—东盟技术转移中心 and 南宁·中关村 are single names.
_CLAUSE_BREAK = re.compile(r"[,.;:!?，。；：、！？\"'“”‘’《》〈〉<>【】\[\]{}|/\\\s…■●◆★]")
_CONNECTORS = frozenset("·•—–-")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NUMBER = re.compile(r"[0-9.%]+")
_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十两百千万亿零第")
_LATIN = re.compile(r"[A-Za-z]")
_MAX_NAME = 24  # characters a name may run to the left of its head
_LONG_CLAUSE = 120  # a clause longer than this is tagged in a window around the position asked

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
_PERSON_TAGS = frozenset("nr nrt nrfg nrf".split())
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
_NOUN_TAGS = frozenset("n vn nz ns nt oov".split())
_ZONE_NOUN_TAGS = frozenset("n vn nz oov".split())

# A zone's own area named in brackets right after it: (相思湖区), (东区园区).
_AREA_IN_BRACKETS = re.compile(r"\([\u4e00-\u9fff]{1,6}(?:园区|园|区)\)")

# Label preferences among spans of equal length: a named zone over a place of the same text.
_RANK = {"ZONE": 3, "ORG": 2, "PERSON": 1, "GPE": 0}


class Tagger:
    """Words of short strings with jieba's part-of-speech tags.

    Words come from rjieba's ``cut`` (jieba's dictionary and HMM, in Rust; jieba itself when
    rjieba is missing). Tags are looked up in jieba's dictionary, read once here: running the
    part-of-speech model (``rjieba.tag``, ``jieba.posseg``) costs ten times a cut, and zonex only
    needs the dictionary tag of known words. A word the dictionary lacks (one the HMM made up:
    傅光焱, 海创) gets the tag ``oov``. ``words`` are added as (word, frequency or None, tag).
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
        try:
            import rjieba
        except ImportError:  # pragma: no cover - rjieba is a core dependency
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word, freq, tag in words:
                tokenizer.add_word(word, freq, tag)
            self._cut: Callable[[str], list[str]] = tokenizer.lcut
            self.known: Callable[[str], bool] = lambda w: bool(tokenizer.FREQ.get(w))
        else:
            impl = rjieba.Jieba()
            for word, freq, tag in words:
                impl.add_word(word, freq, tag)
            self._cut = impl.cut
            self.known = impl.has_word  # whether a word is in the dictionary (not made up by the HMM)

    def __call__(self, text: str) -> list[tuple[str, str]]:
        """Words of ``text`` with their tags."""
        tags, known = self._tags, self.known
        return [(w, tags.get(w) or ("n" if known(w) else _unknown_tag(w))) for w in self._cut(text)]

    def cut(self, text: str) -> list[str]:
        """Words of ``text``."""
        return self._cut(text)

    def tag_of(self, word: str) -> str:
        """The dictionary tag of one word (n for known words without one, oov for unknown)."""
        return self._tags.get(word) or ("n" if self.known(word) else _unknown_tag(word))


def _unknown_tag(word: str) -> str:
    """Tag of a word outside the dictionary: numbers m, Latin words eng, symbols x, else oov."""
    if not word:
        return "x"
    if word[0] in _NUMERAL_CHARS:
        return "m"  # 一是, 两大: the HMM glued a numeral to the next character
    if _HAN.search(word):
        return "oov"
    if _NUMBER.fullmatch(word):
        return "m"
    return "eng" if _LATIN.search(word) else "x"


class _Word(NamedTuple):
    text: str
    start: int
    end: int
    tag: str


class _Clause:
    """The words of one clause, with absolute offsets; tags are looked up on first request."""

    __slots__ = ("_tagger", "words", "starts", "_tags")

    def __init__(self, tagger: Tagger, words: list[str], starts: list[int]):
        self._tagger = tagger
        self.words = words
        self.starts = starts  # one more than words: the clause's end
        self._tags: list[str | None] = [None] * len(words)

    def tag(self, i: int) -> str:
        """Tag of word ``i``."""
        tag = self._tags[i]
        if tag is None:
            tag = self._tags[i] = self._tagger.tag_of(self.words[i])
        return tag

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> _Word:
        return _Word(self.words[i], self.starts[i], self.starts[i + 1], self.tag(i))

    def index_at(self, pos: int) -> int:
        """Index of the word containing position ``pos`` (-1 before the clause)."""
        return bisect_right(self.starts, pos) - 1


class _Words:
    """The words of one text, cut clause by clause where a rule asks for them.

    Names never run across punctuation, so a clause (the text between two breaks) is the unit
    that is cut, once, when a rule first looks at it: only the clauses around lexicon hits are
    ever segmented. ``splits`` are positions where a word must end even if the segmenter glued
    it to the next one: the dictionary knows 广西壮族自治区人民政府 and 处处长 as single words,
    zonex needs 广西壮族自治区 | 人民政府 and 处 | 处长. The pieces of a split word are cut again.
    """

    __slots__ = ("text", "_reversed", "_tagger", "_splits", "_cache", "_starts", "_ends")

    def __init__(self, text: str, tagger: Tagger, splits: Iterable[int] = ()):
        self.text = text
        self._reversed = text[::-1]  # to find the break before a position with one search
        self._tagger = tagger
        self._splits = sorted(set(splits))
        self._cache: list[_Clause] = []  # clauses cut so far, by start
        self._starts: list[int] = []
        self._ends: list[int] = []

    def clause(self, pos: int) -> _Clause:
        """The words of the clause around position ``pos``."""
        n = bisect_right(self._starts, pos) - 1
        if n >= 0 and pos < self._ends[n]:
            return self._cache[n]
        a, b = self.bounds(pos)
        words = self._tagger.cut(self.text[a:b])
        starts = list(accumulate(map(len, words), initial=a))
        if starts[-1] != b:  # a segmenter that dropped characters: use single characters
            words, starts = list(self.text[a:b]), list(range(a, b + 1))
        lo, hi = bisect_right(self._splits, a), bisect_right(self._splits, b - 1)
        if lo < hi:
            words, starts = self._split(words, starts, self._splits[lo:hi])
        clause = _Clause(self._tagger, words, starts)
        n = bisect_right(self._starts, a)
        self._starts.insert(n, a)
        self._ends.insert(n, b)
        self._cache.insert(n, clause)
        return clause

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
                out += self._tagger.cut(self.text[x:y])
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
    places: list[tuple[int, int]]
    fixed: list[tuple[int, int]]
    heads: list[tuple[int, int, str, str]]
    """(start, end, label, kind): 高新区 → ZONE zone, 大学 → ORG school, 新区 → GPE gpe"""
    blocks: list[tuple[int, int]]
    titles: list[tuple[int, int, str]]


class RuleEntityRecognizer:
    """Gazetteer and rules; build once (it loads the lexicons and a tagger), call per text.

    >>> recognizer = RuleEntityRecognizer()
    >>> [(e.text, e.label) for e in recognizer("高新区管委会主任傅光焱表示,阳江高新区与中山大学、华南理工大学合作。")]
    [('高新区管委会', 'ORG'), ('傅光焱', 'PERSON'), ('阳江高新区', 'ZONE'), ('中山大学', 'ORG'), ('华南理工大学', 'ORG')]
    """

    def __init__(self, lexicon: EntityLexicon | None = None, tagger: Tagger | None = None):
        self.lexicon = lex = lexicon or load_lexicon()
        self.tagger = tagger or Tagger(self._tagger_words(lex))
        self._automaton, self._entries = self._build_automaton(lex)
        self._full_names = frozenset(p.name for p in lex.places if p.kind != "country" and not p.generic)
        self._heads = frozenset({*lex.zone_heads, *lex.org_heads, *lex.gpe_heads})
        self._max_head = max(map(len, self._heads))
        self._head_end = re.compile("(?:" + "|".join(map(re.escape, sorted(self._heads, key=len, reverse=True))) + ")$")
        self._department_end = re.compile("(?:" + "|".join(map(re.escape, sorted(lex.departments, key=len, reverse=True))) + ")$")
        # Words that may follow a name, or precede one (titles), matched at a position.
        follow = sorted({*lex.person_cues, *lex.titles, *lex.name_breakers}, key=len, reverse=True)
        self._after_name = re.compile("|".join(map(re.escape, follow)))
        self._title_end = re.compile("(?:" + "|".join(map(re.escape, sorted(lex.titles, key=len, reverse=True))) + ")$")
        self._two_char_surnames = frozenset(s for s in lex.surnames if len(s) == 2)
        long_titles = "|".join(map(re.escape, sorted((t for t in lex.titles if len(t) > 1), key=len, reverse=True)))
        self._title_edge = re.compile(rf"^(?:{long_titles})|(?:{long_titles})$")
        self._head_prefix = re.compile("|".join(map(re.escape, sorted((h for h in self._heads if len(h) > 1), key=len, reverse=True))))
        # Single characters that glue onto the next word in the tagger's output (以五邑 → 以 | 五邑).
        self._glued_function_chars = frozenset(w for w in lex.name_breakers if len(w) == 1)
        # Speaker labels (薛彬:) at the start of a line, bylines (■ 阮晓莹, 龚炜文/摄).
        self._speaker = re.compile(r"^[ \t]*([\u4e00-\u9fff]{2,4})[ \t]*:", re.M)
        self._byline = re.compile(r"^[ \t]*■[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*$", re.M)
        self._photo_credit = re.compile(r"([\u4e00-\u9fff]{2,3})[ \t]*/[ \t]*$")
        # A news outlet named before 记者: 新华社记者, 人民网记者, 中国商报记者.
        self._outlet = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:社|网|报|台)$")
        # Companies listed before 等…企业 (奇德新材、芳源环保、绿岛风等3家高企) or after 企业如. The
        # 等 and what follows it are found first; the list is the clause before the 等.
        list_heads = "|".join(map(re.escape, sorted(lex.company_list_heads, key=len, reverse=True)))
        every_head = sorted({*lex.company_list_heads, *lex.zone_list_heads}, key=len, reverse=True)
        self._list_label = {h: "ZONE" if h in lex.zone_list_heads else "ORG" for h in every_head}
        self._list_end = re.compile(
            r"(?:等|为代表的)(?:[0-9一二三四五六七八九十两百多几余]+[家个]|一批|多家|多个)?"
            rf"([^\s,.;:!?，。；：、！？]{{0,8}}?)({'|'.join(map(re.escape, every_head))})"
        )
        self._list_start = re.compile(rf"(?:{list_heads})(?:如|例如|比如|包括)")
        self._list_manner = re.compile("|".join(map(re.escape, sorted(lex.company_list_manners))))
        self._list_joiner = re.compile(r"以及|和|及|与")
        # Page furniture carries no entities (annotation guide): link bars with three or more
        # separators, keyword and tag lines.
        self._furniture = re.compile(r"^[^\n]*(?:\|[^\n|]*){3,}$|^[ \t]*(?:关键词|关键字|标签|相关链接|友情链接)[ \t]*:[^\n]*$", re.M)

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
    def _build_automaton(lex: EntityLexicon) -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[tuple[int, object], ...]]]:
        """One automaton over every lexicon entry, and for each entry what it is: a list of
        (bucket, payload) with buckets 0 place, 1 fixed body, 2 head, 3 venue, 4 title, 5 region."""
        entries: dict[str, list[tuple[int, object]]] = {}
        for form in lex.place_forms:
            entries.setdefault(form, []).append((0, None))
        for name in lex.org_names:
            entries.setdefault(name, []).append((1, None))
        for head in lex.gpe_heads:
            entries.setdefault(head, []).append((2, ("GPE", "gpe")))
        for head in lex.zone_heads:
            entries.setdefault(head, []).append((2, ("ZONE", "zone")))
        for head, kind in lex.org_heads.items():
            entries.setdefault(head, []).append((2, ("ORG", kind)))
        for word in lex.not_org_heads:
            entries.setdefault(word, []).append((3, None))
        for title, where in lex.titles.items():
            entries.setdefault(title, []).append((4, where))
        for region in lex.economic_regions:
            entries.setdefault(region, []).append((5, None))
        keys = list(entries)
        automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard)
        return automaton, [tuple(entries[k]) for k in keys]

    # -- the pass over one text -----------------------------------------------------------
    def __call__(self, text: str, analysis: object = None) -> list[Entity]:
        """Entities of the normalised ``text`` (``analysis`` is not needed: clauses are tagged here)."""
        if not text:
            return []
        return to_entities(text, self.candidates(text))

    def candidates(self, text: str) -> list[Candidate]:
        """The chosen (non-overlapping) spans, before conversion to :class:`Entity`."""
        hits = self._scan(text)
        clauses = _Words(text, self.tagger, self._split_points(text, hits))
        places = self._places(text, hits, clauses)
        place_spans = {(c.start, c.end) for c in places}
        found = places + [Candidate(s, e, "ORG", _RANK["ORG"], "fixed") for s, e in hits.fixed]
        found += self._headed(text, hits, clauses, place_spans)
        found += self._persons(text, hits, clauses)
        found += self._outlets(text)
        found += self._listed_companies(text, clauses)
        furniture = [m.span() for m in self._furniture.finditer(text)]
        if furniture:
            found = [c for c in found if not any(a <= c.start < b for a, b in furniture)]
        chosen = select_longest(found)
        return self._everywhere(text, chosen, furniture)

    def _scan(self, text: str) -> _Hits:
        matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        entries = self._entries
        if any(len(entries[i]) > 1 for i, _s, _e in matches):  # a surface in two lexicons
            matches = [(i, s, e, bucket, payload) for i, s, e in matches for bucket, payload in entries[i]]
        else:
            matches = [(i, s, e, *entries[i][0]) for i, s, e in matches]
        regions = [(s, e) for _i, s, e, b, _p in matches if b == 5]
        places = [(s, e) for _i, s, e, b, _p in matches if b == 0]
        if regions:  # 江阳 of 珠中江阳, 粤港 of 粤港澳: no place inside a region's name
            covered = bytearray(len(text))
            for a, b in regions:
                covered[a:b] = b"\x01" * (b - a)
            places = [(s, e) for s, e in places if covered.find(0, s, e) != -1]
        return _Hits(
            places=places,
            fixed=[(s, e) for _i, s, e, b, _p in matches if b == 1],
            heads=[(s, e, *p) for _i, s, e, b, p in matches if b == 2],
            blocks=[(s, e) for _i, s, e, b, _p in matches if b == 3],
            titles=[(s, e, p) for _i, s, e, b, p in matches if b == 4],
        )

    def _split_points(self, text: str, hits: _Hits) -> list[int]:
        """Where the tagger's words must be cut: around full place names (广西壮族自治区 |
        人民政府) and between two places written together (广西 | 南宁), around bodies with a
        fixed name (国家 | 科技部), before titles (处 | 处长, 局 | 局长)."""
        points = []
        ends = set()
        for s, e in hits.places:
            if e - s >= 3 and text[s:e] in self._full_names:
                points += (s, e)
            ends.add(e)
        points += [s for s, _e in hits.places if s in ends]
        for s, e in hits.fixed:
            points += (s, e)
        for s, _e, _where in hits.titles:
            points.append(s)
        return points

    # -- places ---------------------------------------------------------------------------
    def _places(self, text: str, hits: _Hits, words: _Words) -> list[Candidate]:
        """Gazetteer hits that are words of their own: 新会 in 新会、恩平 yes, in 新会员 no; a
        two-character name must be one word (和县 is no place in 市和县), unless it follows
        another place (广西都安) or is the whole clause (an item of a list: 蓬江、新会、恩平)."""
        out = []
        full = self._full_names
        ends = {e for _s, e in hits.places}
        reach = -1
        for start, end in sorted(hits.places, key=lambda p: (p[0], -p[1])):
            if end <= reach:
                continue  # 江门 of 江门市: a place inside a longer place already taken
            if not (end - start > 2 and text[start:end] in full):  # a full name is a place anywhere
                st = words.clause(start).starts
                i = bisect_right(st, start) - 1
                j = bisect_right(st, end - 1) - 1
                aligned = i >= 0 and j + 1 < len(st) and st[i] == start and st[j + 1] == end
                # two characters cut in two are a place only right after another (广西都安)
                aligned = aligned and (end - start > 2 or i == j or start in ends)
                if not aligned and words.bounds(start) != (start, end):
                    continue
            out.append(Candidate(start, end, "GPE", _RANK["GPE"], "gazetteer"))
            reach = max(reach, end)
        return out

    # -- zones, organisations and new areas -------------------------------------------------
    def _headed(
        self, text: str, hits: _Hits, clauses: _Words, place_spans: set[tuple[int, int]]
    ) -> list[Candidate]:
        blocked = bytearray(len(text))
        for s, e in hits.blocks:
            blocked[s:e] = b"\x01" * (e - s)
        out = []
        max_end, max_start = -1, -1
        for hs, he, label, kind in sorted(hits.heads, key=lambda h: (h[0], -h[1])):
            contained = max_end >= he and (max_start, max_end) != (hs, he)
            if he > max_end:
                max_end, max_start = he, hs
            if contained:
                continue  # 开发区 of 高新技术产业开发区, 新区 of 高新区: the longer head decides
            if blocked.find(1, hs, he) != -1:
                continue  # 厅 of 发布厅, 中心 of 会展中心
            start = self._grow(text, hs, he, label, kind, clauses, place_spans)
            if start is not None:
                end = he
                if label == "ZONE":
                    m = _AREA_IN_BRACKETS.match(text, he)
                    end = m.end() if m else he  # 南宁·中关村创新示范基地(相思湖区): a part of the zone
                out.append(Candidate(start, end, label, _RANK[label], f"head:{kind}"))  # type: ignore[arg-type]
        return out

    def _grow(
        self,
        text: str,
        hs: int,
        he: int,
        label: str,
        kind: str,
        words: _Words,
        place_spans: set[tuple[int, int]],
    ) -> int | None:
        """Start of the specific name that ends with the head ``[hs, he)``, or None."""
        if hs == 0 or text[hs - 1] in _NO_NAME_BEFORE:
            if not (hs and text[hs - 1] == ")"):
                return None  # nothing before the head can name it: 、高新区
        lex = self.lexicon
        if not self._may_be_named(text, hs, he, label):
            return None
        heads = self._heads
        clause = words.clause(hs)
        ws, st = clause.words, clause.starts
        i = bisect_right(st, hs) - 1
        j = bisect_right(st, he - 1) - 1
        if st[j + 1] > he and not self._after_name.match(text, he) and not self._head_prefix.match(text, he):
            return None  # the head runs on into a longer word: 大学 of 大学生
        anchor: int | None = None
        loose: int | None = None
        head_text = ws[i]
        if st[i] < hs and head_text not in heads:  # the head is glued to the word before it: 科技局, 市委, 国家科技部
            if kind == "gpe":
                return None  # 新区 of 高新区
            glued = self._glued_head(text[st[i] : hs], he - hs == 1, kind, clause.tag(i))
            if glued is None:
                return None
            if glued:
                anchor = st[i]
            else:
                loose = st[i]
                standalone = kind == "gov" and he - hs == 1  # 审批局, 科技局: a department on its own
        k = i - 1
        right = head_text  # the word to the right of the one looked at
        right_tag = "n"
        division = numeral = standalone = False
        since_head = since_head_anchor = False  # words seen since the last head, and an anchor among them
        limit = he - _MAX_NAME
        while k >= 0 and st[k] >= limit:
            w = ws[k]
            if w == ")" and k >= 2 and ws[k - 2] == "(" and (st[k - 1], st[k]) in place_spans:
                k -= 3  # a place in parentheses inside a name: 中山大学(清远)创新药物研究中心
                continue
            if w in _CONNECTORS and k >= 1 and ws[k - 1] not in _CONNECTORS and right not in _CONNECTORS:
                k -= 1  # 南宁·中关村, 中国—东盟 (a doubled dash —— is punctuation)
                continue
            if w in lex.not_org_heads:
                break  # 广西新闻发布厅举行…: a venue ends the name
            if w in ("与", "和") and kind == "gov" and text[hs:he] in _DIVISION_HEADS and k >= 1:
                if any(ws[x][-1] in "厅局部委办" for x in range(max(0, k - 4), k)):
                    division = True  # 科技厅成果转化与区域创新处: a division of the body on the left
                    right = w
                    k -= 1
                    continue
            if anchor is not None and kind == "gov" and self._complete_body(w):
                break  # 市委市政府: two bodies written together
            tag = clause.tag(k)
            is_head = w in heads
            is_anchor = self._is_anchor(w, st[k], st[k + 1], tag, label, kind, place_spans, adjacent=right in heads)
            if tag in _FUNCTION_TAGS and not is_anchor:
                if not (tag == "m" and kind == "company" and k >= 1 and _HAN.match(w)):
                    break
                numeral = True  # 广西七三科技有限公司: a numeral inside a company's name, if a place precedes
            if (tag in _VERB_TAGS or w in lex.name_breakers) and not (division and anchor is None):
                # A verb belongs to a name after a noun and before a head or a noun (香港生产力促进
                # 局, 巴顿焊接研究院, 应用实验室, (清远)创新药物研究中心, 产业转移工业园); not in
                # 广西促进高新区 (a zone needs a common noun before the verb) or 定期到园区. A word
                # that breaks names stays in only as a noun of action inside a compound (发展建设局).
                noun_tags = _ZONE_NOUN_TAGS if label == "ZONE" else _NOUN_TAGS
                before = clause.tag(k - 1) if k >= 1 else ""
                before_ok = (
                    before in noun_tags
                    or (label == "ORG" and k >= 1 and ws[k - 1] == ")")
                    or (k >= 1 and label != "ZONE" and (st[k - 1], st[k]) in place_spans)
                )
                right_ok = right in heads or (label == "ORG" and right_tag in ("n", "vn", "nz"))
                if not (right_ok and before_ok):
                    break
                if w in lex.name_breakers and not (tag == "vn" and before in ("n", "vn") and right in heads):
                    break
            if is_head:
                if not is_anchor and since_head and not since_head_anchor:
                    # 珠海清华科技园|专业团队管理孵化器: the words after an inner head name
                    # nothing; a body inside a body is its hierarchy (人民政府新闻办公室).
                    if not (kind in ("gov", "unit") and lex.org_heads.get(w) == "gov"):
                        break
                since_head = since_head_anchor = False
            else:
                since_head = True
                since_head_anchor = since_head_anchor or is_anchor or tag in _PROPER_TAGS or tag == "oov"
            if is_anchor:
                anchor = st[k]
            elif w in lex.economic_regions and anchor == st[k + 1]:
                anchor = st[k]  # 粤西数谷大数据产业园: a region before the name belongs to it
            if anchor is None:
                loose = st[k]
            right, right_tag = w, tag
            k -= 1
        if numeral and (anchor is None or kind != "company"):
            return None
        if anchor is not None:
            if not self._specific(text, clause, anchor, hs, label):
                return None
            return self._strip_glued(text, anchor, hs) if clause.tag(clause.index_at(anchor)) == "oov" else anchor
        if loose is not None and kind in ("school", "company") and self._named(text, loose, hs):
            return self._strip_glued(text, loose, hs)
        if standalone:
            return st[i]
        if kind == "gov" and he - hs == 1:
            m = self._department_end.search(text, max(st[0], hs - 8), hs)
            if m and m.end() - m.start() >= 2:
                return m.start()  # 行政审批局, 政务办: a department on its own, the zone's or town's
        return None

    def _complete_body(self, w: str) -> bool:
        """市委, 区委, 省委: a jurisdiction and a committee in one word, a body by itself."""
        return w in self.lexicon.departments and w[0] in self.lexicon.jurisdictions

    def _specific(self, text: str, words: _Clause, start: int, hs: int, label: str) -> bool:
        """Reject names that still denote a class: 广西高新区 (all the zones of a province: a zone
        is named after its city or county), 设区市人民政府 (a one-character jurisdiction that
        ends a longer word)."""
        lex = self.lexicon
        name = text[start:hs]
        if label == "ZONE" and name in lex.place_forms and all(p.kind == "province" for p in lex.place_forms[name]):
            return False
        i = words.index_at(start)
        if 0 <= i < len(words) and words[i].text in lex.jurisdictions and len(words[i].text) == 1:
            before = words[i - 1] if i >= 1 else None
            if before is not None and before.end == start and before.tag not in _FUNCTION_TAGS and not _CLAUSE_BREAK.match(before.text):
                if before.text not in lex.name_breakers:
                    return False
        return True

    def _may_be_named(self, text: str, hs: int, he: int, label: str) -> bool:
        """A quick look at the characters around a head, before any cutting: most heads are
        generic mentions (推动高新区, 我区高新区, 省级高新区, 全部, 部署) and need no further work."""
        lex = self.lexicon
        tag_of = self.tagger.tag_of
        if label != "ORG":
            before = text[hs - 2 : hs]
            if before in lex.name_breakers or text[hs - 3 : hs] in lex.name_breakers:
                return False  # 我区高新区, 推动高新区, 全区高新区
            tag = tag_of(before)
            if tag in _FUNCTION_TAGS or tag == "b":
                return False  # 14家高新区, 省级高新区
            if tag in _VERB_TAGS and tag_of(text[hs - 4 : hs - 2]) not in _ZONE_NOUN_TAGS:
                return False  # 促进高新区, 支持园区 (产业转移工业园 goes on: a noun before the verb)
        elif he - hs == 1:
            pair = text[hs : he + 1]
            if len(pair) == 2 and tag_of(pair) not in _NAME_LIKE_TAGS and not self._after_name.match(text, he):
                return False  # 部署, 处理, 办理: the head begins a longer word (not 委|阳江)
            pair = text[hs - 1 : he]
            if (
                text[hs - 1] not in lex.jurisdictions
                and tag_of(pair) not in _NAME_LIKE_TAGS
                and not self._department_end.search(text, max(0, hs - 8), hs)
            ):
                return False  # 全部, 内部, 举办, 布局: the head ends an ordinary word
        return True

    def _glued_head(self, prefix: str, single: bool, kind: str, tag: str) -> bool | None:
        """Judge the part of a word before its head: True if it makes the name specific (市委,
        国家科技部, 香港科技大学), False if it is name material only (科技局), None if the word
        is no name at all (布局, 全部, 格局)."""
        lex = self.lexicon
        if kind == "gov" and prefix in lex.jurisdictions:
            return True
        if single:
            if kind != "gov":
                return None
            m = self._department_end.search(prefix)
            if m is None:
                return None
            rest = prefix[: m.start()]
            if not rest:
                return False
            return True if rest in lex.jurisdictions or rest in lex.place_forms else None
        if prefix in lex.place_forms or prefix in lex.org_names:
            return True
        return tag in _ANCHOR_TAGS and kind not in _LEXICON_ANCHORED

    def _is_anchor(
        self, w: str, start: int, end: int, tag: str, label: str, kind: str, place_spans: set[tuple[int, int]], *, adjacent: bool
    ) -> bool:
        """Whether the word ``w`` at ``[start, end)`` makes the name it starts specific."""
        lex = self.lexicon
        if w in lex.economic_regions:
            return False  # 粤港澳大湾区科技企业孵化器: a region names no body or park
        if (start, end) in place_spans or w in lex.place_forms or w in lex.org_names:
            return True
        if w in self._heads:
            # A head is no name by itself; for government bodies and their units a zone is a
            # jurisdiction (高新区管委会, 高新区发展建设局, 高新区行政服务中心).
            return kind in ("gov", "unit") and w in lex.zone_heads
        if kind == "gov" and self._complete_body(w):
            return True  # 省委组织部, 市委宣传部
        if tag in _ANCHOR_TAGS and w not in lex.name_breakers and kind not in _LEXICON_ANCHORED:
            return True
        if kind == "gov":
            return w in lex.jurisdictions  # 自治区科技厅, 国家科技部
        # 省科学院: a one-character jurisdiction right before the head of a body
        return label == "ORG" and adjacent and len(w) == 1 and w in lex.jurisdictions

    def _named(self, text: str, start: int, end: int) -> bool:
        """Whether the words before a school or company head look like a name (五邑, 明阳), not
        like a description (国际, 二级甲等, 科技)."""
        if end - start < 2:
            return False
        for word, tag in self.tagger(text[start:end]):
            if tag not in ("n", "vn", "v", "a", "b", "m", "an", "d", "j", "l", "i") and word not in self.lexicon.name_breakers:
                return True
        return False

    def _strip_glued(self, text: str, start: int, end: int) -> int:
        """Drop a function character the tagger glued to a name: 以五邑大学 → 五邑大学."""
        if end - start > 2 and text[start] in self._glued_function_chars:
            return start + 1
        return start

    # -- persons ----------------------------------------------------------------------------
    def _persons(self, text: str, hits: _Hits, clauses: _Words) -> list[Candidate]:
        out: list[Candidate] = []
        for ts, te, where in hits.titles:
            if where in ("before", "both"):
                at = te
                while at < len(text) and at - te < 4 and text[at] in " \t":
                    at += 1  # 本报记者 罗晓燕, 副厅长   李克纯
                end = self._name_after(text, at, clauses)
                if end is not None:
                    out.append(Candidate(at, end, "PERSON", _RANK["PERSON"], "title"))
            if where in ("after", "both"):
                start = self._name_before(text, ts, clauses)
                if start is not None:
                    out.append(Candidate(start, ts, "PERSON", _RANK["PERSON"], "title"))
        for m in self._speaker.finditer(text):
            name = m.group(1)
            if self._person_name(name) and not self._title_end.search(name):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", _RANK["PERSON"], "speaker"))
        bylines = [m.span(1) for m in self._byline.finditer(text)] if "■" in text else []
        pos = text.find("摄")
        while pos != -1:  # 龚炜文/摄
            m = self._photo_credit.search(text, max(0, pos - 6), pos)
            if m:
                bylines.append(m.span(1))
            pos = text.find("摄", pos + 1)
        for a, b in bylines:
            if self._person_name(text[a:b]):
                out.append(Candidate(a, b, "PERSON", _RANK["PERSON"], "byline"))
        return out

    def _plausible_name(self, name: str) -> bool:
        """A surname, then one or two characters; not a title or a known word of another kind."""
        lex = self.lexicon
        if not 2 <= len(name) <= 4 or not all(_HAN.match(ch) for ch in name):
            return False
        if name[:2] in self._two_char_surnames:
            given = name[2:]
        elif name[0] in lex.surnames:
            given = name[1:]
        else:
            return False
        if not 1 <= len(given) <= 2:
            return False
        if name in lex.titles or name in lex.name_breakers or name in lex.place_forms or name in lex.person_cues:
            return False
        return self._title_edge.search(name) is None

    def _name_after(self, text: str, pos: int, clauses: _Words) -> int | None:
        """End of a person's name starting at ``pos`` (right after a title)."""
        if pos >= len(text) or (text[pos] not in self.lexicon.surnames and text[pos : pos + 2] not in self._two_char_surnames):
            return None
        for length in (3, 2):
            end = pos + length
            if end <= len(text) and self._ends_name(text, end) and self._person_name(text[pos:end]):
                return end
        words = clauses.clause(pos)
        i = words.index_at(pos)
        if 0 <= i < len(words) and words[i].start == pos and words[i].tag in _NAME_TAGS:
            if self._plausible_name(words[i].text):
                return words[i].end
        return None

    def _name_before(self, text: str, pos: int, clauses: _Words) -> int | None:
        """Start of a person's name ending at ``pos`` (right before a title)."""
        if pos < 2 or not any(text[pos - n] in self.lexicon.surnames for n in (2, 3) if pos >= n):
            return None
        for length in (3, 2):
            start = pos - length
            if start >= 0 and self._starts_name(text, start) and self._person_name(text[start:pos]):
                return start
        words = clauses.clause(pos - 1)
        i = words.index_at(pos - 1)
        if 0 <= i < len(words) and words[i].end == pos and words[i].tag in _NAME_TAGS:
            if self._plausible_name(words[i].text):
                return words[i].start
        return None

    def _person_name(self, name: str) -> bool:
        """A plausible name that does not begin with an ordinary word (谢谢傅, 管委会, 关于)."""
        if not self._plausible_name(name):
            return False
        tagged = self.tagger(name)
        if len(tagged) == 1 and tagged[0][1] in _NAME_TAGS:
            return True  # the tagger knows the whole name: 傅光焱, 李克纯
        first_word, tag = tagged[0]
        if len(first_word) >= 2 and tag not in _PERSON_TAGS and self.tagger.known(first_word):
            return False
        # 谢谢傅(主任): an ordinary word, then a surname and its title
        return not (len(name) == 3 and name[:2] not in self._two_char_surnames and self.tagger.known(name[:2]))

    def _ends_name(self, text: str, pos: int) -> bool:
        return pos >= len(text) or not _HAN.match(text[pos]) or self._after_name.match(text, pos) is not None

    def _starts_name(self, text: str, pos: int) -> bool:
        return pos == 0 or not _HAN.match(text[pos - 1]) or self._title_end.search(text, max(0, pos - 8), pos) is not None

    # -- organisations named by their context ------------------------------------------------
    def _outlets(self, text: str) -> list[Candidate]:
        out = []
        pos = text.find("记者")
        while pos != -1:
            m = self._outlet.search(text, max(0, pos - 7), pos)
            if m and len(m.group()) >= 2 and m.group()[0] not in "本该我":
                out.append(Candidate(m.start(), m.end(), "ORG", _RANK["ORG"], "outlet"))
            pos = text.find("记者", pos + 2)
        return out

    def _listed_companies(self, text: str, clauses: _Words) -> list[Candidate]:
        out: list[Candidate] = []
        spans = []
        for m in self._list_end.finditer(text):
            if not self._list_manner.search(m.group(1)):
                a, _b = clauses.bounds_with_lists(m.start())
                spans.append((a, m.start(), self._list_label[m.group(2)]))
        for m in self._list_start.finditer(text):
            _a, b = clauses.bounds_with_lists(m.end())
            stop = text.find("等", m.end(), b)
            spans.append((m.end(), b if stop == -1 else stop, "ORG"))
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
                    item = self._company_item(text, s, e, clauses, first=n == 0)
                    if item is not None:
                        out.append(Candidate(*item, label, _RANK[label] - 1, "listed"))  # type: ignore[arg-type]
                pos += len(piece) + 1
        return out

    def _list_items(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """Split 中海油和聚鑫新能源 at its joiner when both sides are long enough to be names."""
        for m in self._list_joiner.finditer(text, a, b):
            if m.start() - a >= 2 and b - m.end() >= 2:
                return [(a, m.start()), (m.end(), b)]
        return [(a, b)]

    def _ends_in_action(self, item: str) -> bool:
        last_word, tag = self.tagger(item)[-1]
        return len(last_word) >= 2 and tag in ("v", "vn") and self.tagger.known(last_word)

    def _company_item(self, text: str, a: int, b: int, clauses: _Words, *, first: bool) -> tuple[int, int] | None:
        """The company name inside one listed item, after the last verb or place before it
        (全区新增昌龙科技 → 昌龙科技, 江门市奇德新材 → 奇德新材). Only the first item of a list
        carries words before the name; a verb inside a later item is part of the name (博盈焊接,
        世捷包装制品)."""
        lex = self.lexicon
        words = clauses.clause(a)
        i = words.index_at(a)
        start = a
        for k in range(max(i, 0), len(words)):
            word = words[k]
            if word.end <= a:
                continue
            if word.end > b - 2:
                break
            if word.text in lex.name_breakers or (
                first
                and (
                    (word.tag in _VERB_TAGS and self.tagger.known(word.text))
                    or (word.tag in _FUNCTION_TAGS and len(word.text) > 1)
                    or word.text in self._full_names
                )
            ):
                start = word.end
        name = text[start:b]
        if not 2 <= len(name) <= 10 or name in lex.place_forms or name in lex.name_breakers or name in self._heads:
            return None
        if name.endswith(("企业", "机构", "高校", "院所", "平台", "项目")) or not _HAN.match(name[0]):
            return None
        if self._head_end.search(name):
            return None  # 国家级高新区, 省级孵化器: the heads find named ones; these are kinds
        return start, b

    # -- propagation ------------------------------------------------------------------------
    def _everywhere(self, text: str, chosen: list[Candidate], furniture: list[tuple[int, int]]) -> list[Candidate]:
        """Find every other mention of the persons, companies and zones named once."""
        names = {
            text[c.start : c.end]: c.label
            for c in chosen
            if c.label != "GPE" and c.rule not in ("fixed", "gazetteer") and c.end - c.start >= (2 if c.label == "PERSON" else 3)
        }
        if not names:
            return chosen
        occupied = bytearray(len(text))
        for c in chosen:
            occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        for a, b in furniture:
            occupied[a:b] = b"\x01" * (b - a)
        extra = []
        for name, label in names.items():
            pos = text.find(name)
            while pos != -1:
                if occupied.find(1, pos, pos + len(name)) == -1:
                    extra.append(Candidate(pos, pos + len(name), label, _RANK[label] - 1, "again"))  # type: ignore[arg-type]
                pos = text.find(name, pos + 1)
        if not extra:
            return chosen
        return sorted(chosen + select_longest(extra), key=lambda c: c.start)
