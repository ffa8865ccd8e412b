"""Claim assembly: metric + subject + period + value + change + status, one row per level.

Input: the normalised text with its quantities, time expressions and entities (an
:class:`~zonex.pipeline.Analysis`). Output: :class:`~zonex.models.Claim` objects in normalised
offsets. The work is sentence by sentence; only sentences that hold a quantity are segmented.

For each quantity of a sentence the assembler decides its *role*:

- a **change** when a change verb stands right before it (同比增长11%, 提高3个百分点, 是…的9倍):
  it becomes the ``change`` of the level it follows (343.2亿元,同比增长11%) or, with no level
  to attach to, a change-only claim;
- a **rank** (居全省第6): its metric is the ranked metric plus the scope (高新技术企业全省排名);
- a **level** otherwise, unless it only describes (16个区直单位 in subject position, 6个方面 of a
  plan, a subsidy amount, a duration): those stay quantities without a claim.

The metric of a level is the noun phrase right before the value inside its clause (工业总产值
in 全区实现工业总产值343.2亿元), or after it when the number is attributive (拥有12家国家知识产权
优势企业). Shares (占全区工业总产值比重的61.6%) name the part and the whole. ``分别`` lists pair
listed metrics with listed values. A bare level word (省级超500家) borrows its head noun from the
claim before it (国家级创新平台6家 → 省级创新平台).

The subject is the zone or place named before the metric in the sentence; generic words (全区,
我区, 全市…) resolve to the document's main subject. The period is the nearest time expression
before the value in the sentence, else the one in force in the paragraph. The status is
``forecast`` or ``target`` on cue words (预计; 力争, 目标, 确保…) or when the period is a year
not yet over at the document's date.

All cue words are data: ``zonex/data/claim_cues.json``.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .data import load_claim_cues
from .models import Change, Claim, Entity, Quantity, TimeExpression, unchecked_constructor
from .ner.subjects import (
    BARE_ALIAS,
    OTHER_NAME_AFTER,
    STOCK_CODE_IN_BRACKETS,
    in_order,
    is_short_form,
    place_prefix,
    science_park_abbreviation,
    science_park_of,
    title_line,
    usual_place,
    zone_key,
    zones_together_before,
)
from .periods import ROC_EPOCH
from .quantities import load_cues, load_qualifiers
from .spans import SpanIndex, overlaps_any
from .tables import (
    MONTH_NAMES,
    MONTH_SPAN,
    QUARTER_NAMES,
    RANK,
    SEASON_NAMES,
    YEAR_NAMES,
    Cell,
    find_tables,
    may_hold_tables,
)

__all__ = ["ClaimAssembler", "load_claim_cues"]


# Claims and changes are built from validated quantities, every field given: no re-validation
# (tests/test_claims.py re-validates every claim of the seeds).
_new_claim = unchecked_constructor(Claim)
_new_change = unchecked_constructor(Change)


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class _Draft:
    """A claim under construction (normalised offsets)."""

    quantity: Quantity | None
    metric: str
    metric_start: int
    subject: str | None
    subject_text: str | None
    subject_span: tuple[int, int] | None
    period: str | None
    status: str
    sentence: _Sentence
    change: Change | None = None
    share: bool = False  # a share of a whole (占全市的47.5%)
    completion: bool = False  # a share of its own target or budget (完成预算的104.3%)
    change_of: int | None = None  # a growth row's cell: where the level it is the change of starts

    def to_claim(self) -> Claim:
        q = self.quantity
        return _new_claim(  # keyword order = field order = the JSON's key order
            value=q.value if q else None,
            low=q.low if q else None,
            high=q.high if q else None,
            metric=self.metric,
            subject=self.subject,
            subject_text=self.subject_text,
            subject_start=self.subject_span[0] if self.subject_span else None,
            subject_end=self.subject_span[1] if self.subject_span else None,
            period=self.period,
            value_start=q.start if q else None,
            value_end=q.end if q else None,
            unit=q.unit if q else None,
            qualifier=q.qualifier if q else None,
            change=self.change,
            status=self.status,
            sentence_start=self.sentence.start,
            sentence_end=self.sentence.end,
        )


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class ClaimAssembler:
    """Builds claims from an analysis; construct once (loads cues, compiles patterns)."""

    def __init__(self, cues: dict | None = None, word_tag: Callable[[str], str] | None = None):
        """``word_tag``: a word's part of speech (jieba's tags), which the entity rules' tagger
        gives; without it, firms counted by their deed (28家企业已接入…) are read as other counts."""
        cues = cues or load_claim_cues()
        self.word_tag = word_tag
        self.deed_counted_nouns = frozenset(cues["deed_counted_nouns"])
        self.deed_adverbs = frozenset(cues["deed_adverbs"])
        self.deed_not_verbs = frozenset(cues["deed_not_verbs"])
        self.deed_counted_heads = tuple(cues["deed_counted_heads"])
        self._scope_verb_re = re.compile(_alternation(cues["list_scope_verbs"]))
        self.deed_object_prepositions = frozenset(cues["deed_object_prepositions"])
        self._negated_class_re = regex.compile(rf"(?:{_alternation(cues['negated_classes'])})\p{{Han}}{{2,10}}的$")
        self.breakers = frozenset(cues["metric_breakers"])
        # one word at a time: each must end (on the left) or start (on the right) a word of the
        # segmenter, so that 超 of 出超 and 其 of 其他 stay
        self._strip_left_re = regex.compile(rf"(?:{_alternation(cues['metric_strip_left'])})")
        self._strip_right_re = regex.compile(rf"(?:{_alternation(cues['metric_strip_right'])})$")
        self.having = frozenset(cues["having_verbs"])
        self.deed_arrivals = frozenset(cues["deed_arrivals"])
        self.deed_manners = frozenset(cues["deed_manners"])
        self.skip_words = frozenset(cues["metric_skip_words"])
        self.flow_verbs = frozenset(cues["flow_verbs"])
        self.flow_verb_tuple = tuple(self.flow_verbs)  # (for str.startswith)
        self.trailing_count_verbs = tuple(cues["trailing_count_verbs"])
        # what may open a list of arrivals (新引进A、B等…企业): not a helping verb (带动…等相关消费: what a help brought)
        self.list_flow_verbs = tuple(v for v in cues["flow_verbs"] if v not in cues["helping_verbs"])
        self.cumulative_words = frozenset(cues["cumulative_words"])
        self.cumulative_flow_verbs = frozenset(cues["cumulative_flow_verbs"])
        self.cumulative_verbs = tuple(self.flow_verbs | self.cumulative_flow_verbs | set(cues["cumulative_amounts"]))
        # 累计标识注册量: the running total of a flow named by its measure (注册量, 交易额), the noun before it between
        self.cumulative_measures = tuple(v + m for v in self.cumulative_verbs for m in ("量", "额"))
        # 用电量同比增长9%,达到25亿千瓦时; 成长8%至1.33兆元: the level a change reached (增长8%以上,
        # 力争突破1,400亿元: past the change's bound)
        self._level_after_change = re.compile(
            rf"(?:以上|左右|以内|上下)?[,，]\s*(?:(?:{_alternation(cues['metric_skip_words'])})+|安排)|至|到")
        self._cumulative_copula_re = re.compile(
            rf"\s*(?:{_alternation(cues['cumulative_words'])})(?:{_alternation(cues['metric_skip_words'])})*")
        # 从280家增长至1280家: the second level continues the metric of the first.
        self._continuation_left = re.compile(rf"(?:{_alternation(cues['continuation_verbs'])})$")
        self._continuation_right = re.compile(_alternation(cues["continuation_verbs"]))
        self.level_modifiers = tuple(sorted(cues["level_modifiers"], key=len, reverse=True))
        self.all_levels_modifiers = tuple(m for m in self.level_modifiers if m.endswith("以上"))
        self.total_words = frozenset(cues["total_words"])
        self.attribute_words = frozenset(cues["attribute_words"])
        self.comparison_verbs = tuple(cues["comparison_verbs"])
        self.persistence_adverbs = tuple(sorted(cues["persistence_adverbs"], key=len, reverse=True))
        # (入库数量连续三年居常德市第一: how long or how steadily a rank was held, before its verb)
        self._rank_adverb_before_re = regex.compile(
            rf"(?:连续[一二两三四五六七八九十\d]{{1,2}}年|{_alternation(self.persistence_adverbs)})$")
        self.industry_output_words = frozenset(cues["industry_output_words"])
        self.stock_total_words = frozenset(cues["stock_total_words"])
        self.crossing_words = tuple(cues["crossing_words"])
        self.flow_verb_nouns = tuple(cues["flow_verb_nouns"])
        self.industry_verbs = frozenset(cues["industry_verbs"])
        self.industry_heads = tuple(cues["industry_heads"])
        self.base_markers = tuple(cues["base_markers"])
        self.trailing_bounds = frozenset(cues["level_bounds"]) | {"左右"}
        self.period_words = tuple(cues["period_words"])
        # 全年 names the year, not in 全年目标 (a target's name)
        self._period_word_re = re.compile(rf"(?:{_alternation(cues['period_words'])})(?!目标|任务|计划)")
        self._cumulative_word_re = re.compile(rf"(?:{_alternation(cues['cumulative_words'])})")
        # 补助金额合计214万元: a sum of what was granted (a report; a policy's terms are never summed)
        self._summed_re = re.compile(rf"(?:{_alternation([*cues['sum_words'], *cues['cumulative_words']])})")
        # (完成年度计划94公里的91.9%, 完成全年目标(320亿元)的40.2%: the plan's level may stand between)
        self._completion_re = re.compile(rf"(?:{_alternation(cues['completion_words'])})(?:{_PLAN_LEVEL})?的?$")
        self._plan_before_re = re.compile(rf"完成(?P<plan>{_alternation([w[2:] for w in cues['completion_words']])})[(（]?$")
        # 增速高于全县, 增速比全省高: a lead over a whole, at the end of a metric
        self._compared_with_re = re.compile(
            rf"(?:(?:{_alternation(cues['comparison_verbs'])})|[比较])(?:{_alternation(cues['subject_words'])})(?:平均水平|平均)?(?:[高低]出|[高低快慢])?$")
        self.metric_anaphors = frozenset(cues["metric_anaphors"])
        self.event_outcomes = tuple(cues["event_outcomes"])
        self.job_outcomes = tuple(cues["job_outcomes"])
        self.outcomes = self.event_outcomes + self.job_outcomes
        self.verbs_kept_before: dict[str, str] = dict(cues["verbs_kept_before"])
        self.weight_columns = frozenset(cues["weight_columns"])
        self.goods_values = frozenset(cues["goods_values"])
        self.sum_words = frozenset(cues["sum_words"])
        self.sanction_words = tuple(cues["sanction_words"])
        self.trade_verbs = tuple(cues["trade_verbs"])
        self.fund_sizes = frozenset(cues["fund_sizes"])
        self._milestone_after_re = re.compile(r"(?:底|初|中旬|上旬|下旬)?(?:前|左右)?(?:实现|正式|全面|开始)?(?:"
                                              + _alternation(cues["dated_milestones"]) + ")")
        self.agreement_verbs = frozenset(cues["agreement_verbs"])
        self.list_kind_words = tuple(cues["list_kind_words"])
        self.spec_words = tuple(cues["spec_words"])
        self._report_verb_re = re.compile(_alternation(cues["report_verbs"]))
        # 由2020年的40余家增加到126家: a change that reaches a level (增加到, 提高至, 增至)
        self._reached_to_re = re.compile(rf"(?:{_alternation([*cues['change_up'], *cues['change_down']])})(?:到|至)")
        # 收入规划核算科负责人许文博表示,…: a speaker's clause; “…”某某公司负责人周静怡介绍: who spoke a quotation
        self._speaker_clause_re = re.compile(rf"(?:{_alternation(cues['speech_verbs'])})[,，:：]")
        self._speaker_after_re = re.compile(rf"[\u4e00-\u9fff]{{0,16}}?(?:{_alternation(cues['speech_verbs'])})")
        self.subject_body_heads = tuple(cues["subject_body_heads"])
        self.not_subject_bodies = tuple(cues["not_subject_bodies"])
        self._is_company_known: dict[str, bool] = {}  # (names repeat across a page and across pages)
        self.own_verbs = tuple(sorted(set(cues["having_verbs"]) | self.flow_verbs | set(cues["item_own_verbs"]),
                                      key=len, reverse=True))
        self._level_verb_between_re = re.compile(r"\s*(?:达到|达|为|超过|超|突破)\S{0,6}")
        self._item_filler_re = re.compile(rf"[ \t]*(?:{_alternation(cues['item_value_fillers'])})*[ \t]*")
        self.trailing_locatives = frozenset(cues["metric_trailing_locatives"])
        self.same_level_words = frozenset(cues["same_level_words"])
        self.subject_words = frozenset(cues["subject_words"])
        self.generic_subjects = frozenset(cues["generic_subject_words"])
        self._zone_subject_word_re = re.compile(_alternation([*cues["subject_words"], *cues["generic_subject_words"]]))
        self.generic_subject_prefixes = tuple(cues["generic_subject_words"])
        self.distributives = frozenset(cues["distributives"])
        # a level and a generic zone word written as one word, and where the zone word starts
        self.leveled_zone_words = {level + word: len(level) for level in cues["level_modifiers"]
                                   for word in cues["generic_subject_words"]}
        self.leveled_zone_word_set = frozenset(self.leveled_zone_words)
        # (区内某某有限公司: the company right after the subject word, with no class between, too;
        # 园区内某某有限公司: after the subject word and 内)
        # (区内营业收入最高的外资企业某某有限公司: a class described at length before it too)
        self._company_apposition_re = re.compile(rf"内?(?:(?:[\u4e00-\u9fff]{{1,10}}的)?[\u4e00-\u9fff]{{0,4}}(?:{_alternation(cues['company_appositions'])}))?")
        self.amount_classes = tuple(cues["amount_class_nouns"])
        self.zone_object_verbs = frozenset(cues["zone_object_verbs"])
        self.generic_zone_kinds = {word: tuple(endings) for word, endings in cues["generic_zone_kinds"].items()}
        self.non_subject_prepositions = frozenset(cues["non_subject_prepositions"])
        self.preposition_endings = tuple(self.non_subject_prepositions)  # 在, 对, 依托: what a name may follow
        self.amount_class_nouns = frozenset(cues["amount_class_nouns"])
        self.condition_words = frozenset(cues["condition_words"])
        from .ner.lexicon import load_lexicon

        self._company_heads = tuple(head for head, kind in load_lexicon().org_heads.items() if kind == "company")
        self.place_forms = load_lexicon().place_forms
        self.origin_classes = tuple(cues["origin_classes"])
        self.parcel_units = frozenset(cues["parcel_units"])
        self.park_words = frozenset(cues["park_words"])
        self.distributives_of_kinds = frozenset(cues["distributives_of_kinds"])
        self.category_headers = frozenset(cues["category_headers"])
        self.category_header_endings = tuple(cues["category_header_endings"])
        self.firm_class_heads = tuple(cues["firm_class_heads"])
        self._firm_class_year_re = re.compile(
            rf"({_alternation(cues['firm_class_heads'])})(?:{_alternation(cues['period_words'])})(?=[\u4e00-\u9fff])")
        # (企业 alone is any firm, no class; 上市公司 alone is one: 上市公司营业收入)
        self.awarded_counted_nouns = frozenset(cues["awarded_counted_nouns"])
        self.award_verbs = frozenset(cues["award_verbs"])
        self.bare_firm_words = frozenset(self.firm_class_heads) - frozenset(cues["firm_classes_named"])
        self.count_words = frozenset(cues["count_words"]) | frozenset(cues["total_words"])
        self.park_firms = tuple(cues["park_firms"])
        self.park_firms_not_own = (*sorted(self.count_words), *cues["park_firms_not_own"])
        self.within_zone_words = frozenset(cues["within_zone_words"])
        self.average_levels = tuple(cues["average_levels"])
        self.subject_school_heads = tuple(cues["subject_school_heads"])
        self.actor_body_heads = tuple(cues["actor_body_heads"])
        self.words_opening_with_verbs = tuple(cues["words_opening_with_verbs"])
        self.count_words_longest = tuple(sorted(self.count_words, key=len, reverse=True))
        self.zone_heads = tuple(load_lexicon().zone_heads)  # what a ranking ranks: cut after it
        self._zone_heads_longest = tuple(sorted(self.zone_heads, key=len, reverse=True))
        # the short names the last page defines (see _definitions): (that text, what it defines)
        self._definitions_cache: tuple[str, list] | None = None
        self._bare_aliases: dict[str, str] = {}  # the page's companies' short names in bare brackets
        self.owner_not_heads = self.zone_heads + tuple(cues["body_heads"])
        self.zone_head_short_forms = load_lexicon().zone_head_short_forms  # 经济技术开发区 → 经开区
        self.brand_zones = load_lexicon().brand_zones  # 光谷 → 东湖高新区
        # 国家级, 科技: words that make a kind of zone, not a name (云南省国家级经开区 is no 国家级经开区)
        self.zone_kind_words = frozenset(load_lexicon().zone_kind_words)
        # 全县, 我市, 本省: the level of place a subject word names (全区 names zones and districts alike)
        self.subject_word_levels = {"县": "county", "市": "city", "省": "province"}
        self.region_words: dict[str, str] = dict(cues["region_words"])
        # 我区14家高新区, 全省武汉、襄阳和宜昌3家国家高新区: a count of zones after a subject word
        # names the zones of the place together (the subject 广西高新区), not the place itself.
        self._collective_re = re.compile(
            rf"(?:\d+|[一二两三四五六七八九十百]+)(?:{_alternation(cues['zone_count_measures'])})"
            rf"(?P<zone>(?:{_alternation(cues['level_modifiers'])})?(?:{_alternation(cues['generic_subject_words'])}))"
        )
        # 全省国家高新区新增…: with no count, the zones of the place too; not 全区高新区总数 (the
        # number of zones, a metric of the place).
        self._collective_bare_re = re.compile(
            rf"(?P<zone>(?:{_alternation(cues['level_modifiers'])})?(?:{_alternation(cues['generic_subject_words'])}))"
            rf"(?!{_alternation(cues['total_words'] + cues['count_words'])})"
        )
        # 黑龙江国家高新区增至4家, …数量: the zones counted (the province is the subject, the zones
        # the metric), not the zones' figures
        self._zones_count_after_re = re.compile(
            rf"(?:{_alternation(cues['count_words'] + cues['total_words'])})?[^,，。;；\d]{{0,4}}?"
            rf"(?:\d+|[一二两三四五六七八九十]+)(?:{_alternation(cues['zone_count_measures'])})")
        # 全省国家高新区达到3家: a count of the place's zones of one level, after its subject word
        self._zones_counted_re = re.compile(
            rf"(?P<word>{_alternation(cues['subject_words'])})?"
            rf"(?P<zone>(?:{_alternation(cues['level_modifiers'])})?(?:{_alternation(cues['generic_subject_words'])}))"
            rf"(?:{_alternation(cues['metric_skip_words'])})*")
        self.zone_count_measures = frozenset(cues["zone_count_measures"])
        self._zone_words = tuple(cues["generic_subject_words"])  # a main subject ending so is a zone
        self._level_modifier_re = re.compile(rf"^(?:{_alternation(cues['level_modifiers'])})")
        self.zone_locatives = frozenset(cues["zone_locatives"])
        self.level_bounds = frozenset(cues["level_bounds"])
        self.verbs_in_compounds = frozenset(cues["verbs_in_compounds"])
        self.payment_verbs = frozenset(cues["payment_verbs"])
        self.purpose_verbs = frozenset(cues["purpose_verbs"])
        self.stage_verbs = frozenset(cues["stage_verbs"])
        self.per_head_words = frozenset(cues["per_head_words"])
        self.spending_verbs = frozenset(cues["spending_verbs"])
        self.size_attributes = frozenset(cues["size_attributes"])
        self.terms_with_breakers = re.compile(_alternation(cues["terms_with_breakers"]))
        # (before its number or a word of quantity, not before another noun: 提供岗位需求)
        self._offered_jobs_re = re.compile(rf"(?:{_alternation(cues['offered_jobs'])})(?=[\d约近超逾共达为总])")
        self.offering_verbs = frozenset(w for term in cues["offered_jobs"] for w in cues["metric_breakers"] if term.startswith(w))
        # the words inside those terms that end metrics elsewhere (one set test for every other word)
        self.breakers_in_terms = frozenset(w for term in cues["terms_with_breakers"] for w in cues["metric_breakers"] if w in term)
        self.compound_heads = tuple(cues["compound_heads"])
        self.rank_scopes = tuple(cues["rank_scopes"])
        self.basis = dict(cues["basis"])
        ends = re.escape(cues["sentence_end"])
        # (…是2022年的3.2倍[赞] 济南量子技术研究院累计…: a post's emoji, written as its name in
        # brackets before a space, ends its sentence as a full stop would)
        self._sentence_end_re = regex.compile(rf"[{ends}]|(?<=\[\p{{Han}}{{1,4}})\](?=[ \t\u3000])")
        clause_marks = rf"[{regex.escape(cues['sentence_end'] + cues['clause_end'])}]"
        self._clause_start_re = regex.compile(clause_marks, flags=regex.REVERSE)
        self._clause_mark_re = regex.compile(clause_marks)
        self._clause_chars = set(cues["clause_end"]) | set(cues["sentence_end"])
        # Punctuation, numbers, spaces: never part of a metric. Kept per word (words repeat).
        self.not_a_word = functools.lru_cache(maxsize=1 << 16)(lambda word: _NOT_A_WORD.fullmatch(word) is not None)
        up, down = cues["change_up"], cues["change_down"]
        self.lower_is_better = tuple(cues["lower_is_better"])
        # A one-character basis (年增21%, 年减8.5%: year on year; 季增, 月增: on the quarter, the month
        # before) is no basis after a year's number (2023年增长5%: the year of the level, not its
        # basis), nor after a word that makes it a time (本月增长, 上季增加).
        basis = "|".join(
            re.escape(b) if len(b) > 1 else rf"(?<![\d〇零一二三四五六七八九十本当该上下每个前后半]){re.escape(b)}"
            for b in sorted(self.basis, key=len, reverse=True) if b not in ("比", "较")
        )
        # 同比增长11% / 比上年提高3个百分点 / 下降了约2% / 分别增长 / 增长了近 …: the verb ends the left context.
        self._change_left = regex.compile(
            # (年均增长: an average over years, not year on year: the 年 is no basis there)
            rf"(?P<basis>(?:{basis})(?!均|平均)|(?:比|较)[^,，;；。]{{0,12}}?|与[^,，;；。]{{1,10}}?相比)?(?:分别|均|年均|平均|(?P<more>多|少)(?=增))?"
            rf"(?:(?P<up>{_alternation(up)})|(?P<down>{_alternation(down)}))(?:(?<=[年月季][增减])率[为是]?)?了?(?:分别)?"
            rf"(?:约|近|超过|超|达到|达|逾|高达)?[ \t]?$"  # (增长 7.5%: an infographic's gap; 年增率17.6%)
        )
        # 同比+12.3%, 同比-3.4%, 增长-2.1%: a signed rate after its basis or its verb
        self._signed_change_left = regex.compile(
            rf"(?:(?P<basis>{basis})(?:(?P<up>{_alternation(up)})|(?P<down>{_alternation(down)}))?"
            rf"|(?P<up2>{_alternation(up)})|(?P<down2>{_alternation(down)}))(?P<sign>[+\-−])$")
        # 较上年同期多11个, 比去年少3家: a count more or fewer than a basis (with the basis only:
        # 多 and 少 alone are no change words)
        # (比上年多追回412万元: the verb again after 多)
        self._more_or_fewer_left = regex.compile(
            r"(?P<basis>(?:比|较)[^,，;；。\d]{1,12}?|同比|环比)(?:(?P<up>多)|(?P<down>少))(?:\p{Han}{1,2}?)?了?$")
        # 是2015年的9倍: a multiple that compares with an earlier level.
        # Plain alternations and classes: the standard library's engine runs these 2-5× faster
        # than `regex` (and `regex` runs the $-anchored alternations above faster than `re`).
        self._times_left = re.compile(r"(?:是|相当于|为)[^,，;；。]{0,15}的$")  # 是2015年的9倍, 相当于2020年的2.6倍
        # What may stand between a level and its change (343.2亿元,同比增长11%): punctuation,
        # bases, change verbs, qualifiers, remarks on the level (3912亿元创新高,年增逾1成).
        filler = _alternation(["分别", "均", "了", "约", "近", "达", "超过", "超", "左右", *cues["level_bounds"],
                               *self.basis, *up, *down, *cues["method_clauses"], *cues["level_remarks"]])
        self._change_filler = re.compile(rf"[,，、\s]|{filler}")
        self._level_remark_re = re.compile(_alternation(cues["level_remarks"]))
        self._change_filler_run = re.compile(rf"(?:[,，、\s]|{filler})+$")
        # 回升至1.7万亿元, 增长到1280家: a level reached, after its change verb.
        self._reached = frozenset(cues["change_up"]) | frozenset(cues["change_down"]) | frozenset(cues["level_verbs"])
        self.level_verbs = tuple(cues["level_verbs"])
        # (not 上级补助收入, 补贴收入: a line of revenue, no subsidy given)
        self._paid_out_re = re.compile(_alternation(cues["paid_out_verbs"]))
        self._terms_re = re.compile(_alternation(cues["terms_words"]))
        self._terms_not_re = re.compile(_alternation(cues["terms_not"]))
        self._distance_re = re.compile(_alternation(cues["distance_words"]))
        self._event_re = re.compile(_alternation(cues["event_nouns"]))
        self._event_verb_re = re.compile(_alternation(cues["event_verbs"]))
        self.event_units = frozenset(cues["event_units"])
        self._holiday_re = re.compile(_alternation(cues["holiday_words"]))
        self._announced_values_re = re.compile(_alternation(cues["announced_values"]))
        self.held_event_units = frozenset(cues["held_event_units"])  # (but promotion: _promotion_re)
        self._promotion_re = re.compile(_alternation(cues["promotion_words"]))
        self.event_hosts = tuple(cues["event_hosts"])
        self.participation_words = tuple(cues["participation_words"])
        self._policy_after_re = re.compile(rf"的?(?:{_alternation(cues['policy_after'])})")
        # 每年支持不超过20个项目: a rule's limit; 可获最高30万元: an offer's cap (claim_cues: rule_bounds)
        self._rule_bound_re = regex.compile(rf"每\p{{Han}}.*(?:{_alternation(cues['rule_bounds'])})(?:其?\p{{Han}}{{0,8}}的)?$")
        # (单一企业最高可获…授信: what one firm may get, with the verb of getting after 最高)
        self._offer_cap_re = regex.compile(rf"(?:{_alternation(cues['offer_cap_words'])})\p{{Han}}{{0,10}}最高(?:可获得?|可申领|可给予)?$")
        self._criteria_re = re.compile(rf"(?:{_alternation(cues['criteria_words'])})(?:为|是)?[:：]|(?:{_alternation(cues['criteria_words'])})(?:为|是)")
        self._not_claim_left = re.compile(rf"(?<!政府)(?:{_alternation(cues['not_claim_before'])})(?!收入)")  # (政府补助: an income line)
        # 巴克图口岸全年…: a facility that reports its own figures, named at the head of its clause
        # (…工作站5个、博士后创新基地3个: a kind of facility counted, no facility)
        self._facility_re = regex.compile(
            rf"(?<![\p{{Han}}])(?:{_alternation([*cues['target_cues'], *cues['forecast_cues']])})?(?:国道\d{{1,3}}号)?"
            rf"(?P<name>(?!{_alternation(cues['facility_scope_starts'])})\p{{Han}}{{2,5}}?(?:{_alternation(cues['facility_heads'])}))"
            r"(?![\s\u3000]*\d+[个家座处项所条])")
        self.facility_heads = tuple(cues["facility_heads"])
        self.facility_prepositions = tuple(cues["facility_prepositions"])
        self._plan_part_re = re.compile(
            rf"(?:{_alternation(cues['plan_part_modifiers'])})?(?:{_alternation(cues['plan_parts'])})")
        # 一般公共预算收入预算安排61.5亿元: the budget set for a line of revenue or spending
        # (一般公共预算支出安排372.4亿元, 科学技术支出安排68.5亿元: a line of revenue or spending, then 安排)
        self._allocated_to_re = re.compile(rf"(?:向|给)?(?:{_alternation(cues['allocating_verbs'])})(?:给)?")
        self.budget_plan_stages = tuple(cues["budget_plan_stages"])
        self.budget_stages = (*self.budget_plan_stages, *cues["budget_result_stages"])
        self._budgeted_re = re.compile(rf"(?:{_alternation(cues['budget_markers'])}|(?<=收入|支出|经费)安排)(?:为|约|共)?$")
        self._capacity_before_re = re.compile(rf"(?:{_alternation(cues['capacity_words'])})(?:约|超|近)?$")
        self._capacity_holder_re = re.compile(rf"[^,，;；。:：]{{0,14}}?(?:{_alternation(cues['capacity_holders'])})")
        # (未来5年内投入建设资金不少于5亿元: the years to come, a commitment; not 未来科技城)
        self._target_re = re.compile(_alternation(cues["target_cues"]) + r"|(?:未来|今后)(?:[2-9]|10|[两二三四五六七八九十])年")
        self._forecast_re = re.compile(_alternation(cues["forecast_cues"]))
        self.status_cue_words = frozenset(cues["target_cues"]) | frozenset(cues["forecast_cues"])
        # the words _SentenceContext._kept_in_metric looks at: one set test for every other word
        self.break_exception_words = (_ENDING_NOUNS | _VERBS_OF_SAVING | _RELATIVE_CLAUSE_VERBS | self.status_cue_words
                                      | {"之", "拥有", "有", "获", "获得"} | frozenset(cues["verbs_in_compounds"]) | self.breakers_in_terms
                                      | self.offering_verbs)
        # (计划扩大投资的企业, 预计营业收入实现增长的企业: firms a survey counts by their plans, a class, no plan)
        # (推动员工通勤安全计划,114年员工通勤事故9件: a plan named at a clause's end is a thing done, no cue)
        self._not_status_cue_re = re.compile(
            _alternation(cues["not_status_cues"]) + r"|(?:计划|预计|拟)[^,，。;；:：]{1,16}?的企业"
            + r"|(?:推动|推行|实施|启动|开展|推出|制定)[^,，。;；]{1,16}?计划(?=[,，;；])"
            # 参与培育计划的初创企业, 入选…计划: a programme joined, a noun (no plan of the subject's)
            + r"|(?:参与|参加|加入|透过|通过|入选|纳入)[^,，。;；]{0,12}?计划"
            # 争取中央预算内投资…资金5,380万元: funds won, a fact; not 争取全年增长8%
            + r"|争取(?=[^,，。;；]{0,16}?(?:资金|补助|专项|国债|债券))") if cues.get("not_status_cues") else None
        # 占GDP比重超过35%: the words between the whole and the value (的, 达, 超过 …) are the
        # metric's skip words, not part of the whole.
        # 占全区出口总额的比重提高到38.5%: the verb that reaches the share is no part of the whole
        self._share_re = re.compile(
            rf"占(?!比[由从])(?P<whole>(?:[^,，;；。]|(?<=\d),(?=\d{{3}})){{0,30}}?)"  # (总数1,130人的: a number's comma)  # (营业额占比由…的71.2%: 占比 is the share, a noun)
            rf"(?:{_alternation([*cues['metric_skip_words'], *cues['continuation_verbs']])})*$")
        rank_verbs = _alternation(cues["rank_verbs"])
        self._rank_verb_before_re = re.compile(rf"(?:{rank_verbs})$")
        self._rank_verb_at_re = re.compile(rf"(?:{rank_verbs})")
        # a rank's verb and its scope, right before the zones it ranks among (居全省|国家级经济技术开发区)
        self._rank_verb_scope_before_re = re.compile(rf"(?:{rank_verbs})(?:{_alternation(self.rank_scopes)})?$")
        # …综合排名中挺进: a ranking named, then the verb that puts the subject in it
        self._ranking_then_verb_re = re.compile(rf"(?P<ranking>.+?排名)中?(?:{rank_verbs})")
        self._rank_scope_re = re.compile(rf"(?P<scope>{_alternation(self.rank_scopes)})")
        # …评价, …评价中, …评价中的排名: the evaluation that ranks, the words after it say nothing more
        self._ranking_end_re = re.compile(rf"(?:{_alternation(cues['ranking_words'])})(?=中?(?:的?排名|位?居|位列)?$)")
        self.growth_rate_words = ("增速", "增幅")
        self._project_anaphor_re = re.compile(r"\s*(?:该项目|项目)")  # a sentence about the project named before
        # between an amount and the same amount in another currency: 2.8亿美元(约21.8亿港元)
        self._conversion_re = re.compile(rf"[ \t]*[(（][ \t]*(?:{_alternation(cues['conversion_markers'])})?[ \t]*")
        self._conversion_end_re = re.compile(r"[ \t]*[)）]")
        # 达新台币2兆4,860亿元,约合790.2亿美元: after a comma only a marker of its own says so
        self._conversion_after_comma_re = re.compile(
            # (折合约235亿港元; 10.62万亿元(人民币,下同),约合…: past the note on the currency)
            rf"(?:[(（][^()（）\n]{{1,12}}[)）])?[ \t]*[,，][ \t]*(?:{_alternation(cues['conversion_markers_after_comma'])})[ \t]*(?:约|近|逾|超)?[ \t]*")
        # 在2024年度国家级经开区综合发展水平考核评价中: the year an evaluation is of, not the year
        # the paragraph goes on about (its 全年 is still the page's year)
        self._evaluation_edition_re = re.compile(
            rf"度?[^,，;；。]{{0,30}}?(?:{_alternation(cues['ranking_words'])})(?:结果)?中?[,，]")
        self.ranked_classes = tuple(cues["ranked_classes"])
        self.parent_parks = load_lexicon().park_short_names  # 竹科 (龙潭园区's parent)
        self.qualifier_headers = frozenset(cues["qualifier_headers"])
        self._survey_re = re.compile(_alternation(cues["survey_words"]))
        self.respondent_words = tuple(cues["respondent_words"])
        self._survey_method_re = re.compile(_alternation(cues["survey_method_words"]))
        self.paid_out_verbs = frozenset(cues["paid_out_verbs"])
        self.metric_tails = tuple(cues["metric_tails"])
        self.split_totals = frozenset(cues["split_totals"])
        self.split_measure_totals = frozenset(cues["split_measure_totals"])
        self.split_total_owners = tuple(cues["split_total_owners"])
        self._investor_re = re.compile(rf"(?:{_alternation(cues['investor_verbs'])})")
        self.rank_moves = dict(cues["rank_moves"])
        self._rank_move_word_re = regex.compile(_alternation(cues["rank_moves"]))
        self._rank_move_re = re.compile(
            rf"[,，]?\s*(?P<basis>(?:较|比)[^,，;；。]{{0,8}}?)?(?P<move>{_alternation(self.rank_moves)})了?")
        # 排名较上年上升2位: the same move after the word for a rank, its number unsaid
        self._rank_moved_re = re.compile(rf"(?P<rank>排名|位次|名次){self._rank_move_re.pattern}$")
        # …国家级经济技术开发区综合发展水平考核评价结果: the words before a run of ranking words
        # (考核评价 is one name), cut after the zone word they follow
        self._ranking_re = re.compile(
            rf"(?P<what>[\u4e00-\u9fff]{{0,16}}?)(?P<kind>(?:{_alternation(cues['ranking_words'])})+|排名(?=看|来看|中))")
        self._scope_before_re = re.compile(rf"(?:{_alternation(self.rank_scopes)})$")
        self._object_of_preposition = re.compile(
            rf"(?:{_alternation(cues['object_prepositions'])})[^,，;；。]{{0,10}}$"
        )

    def strip_level_modifier(self, zone: str) -> str:
        """国家高新区 → 高新区: the kind of zone, without its level."""
        return self._level_modifier_re.sub("", zone)

    def of_origin(self, e: Entity, text: str) -> bool:
        """新加坡企业, 香港资金: a foreign place (or Hong Kong, Macao, Taiwan) that says whose firms
        or capital are counted; part of the metric, not its subject."""
        if e.label == "GPE" and text.startswith("籍", e.end):
            return True  # 宜兰县籍员工: where people are from, part of what is counted
        if e.label != "GPE" or not any(p.kind == "country" or p.code[:2] in _OUTSIDE_MAINLAND
                                       for p in self.place_forms.get(e.text, ())):
            return False
        if text.startswith(self.origin_classes, e.end):
            return True
        # 哈萨克斯坦和乌兹别克斯坦企业: the first of two countries whose firms are counted together
        joined = _ORIGIN_JOINED.match(text, e.end)
        return joined is not None and text.startswith(self.origin_classes, joined.end())

    def hosts_events(self, name: str | None) -> bool:
        """Whether the body is a venue whose business is the shows it holds (会展中心)."""
        return name is not None and name.endswith(self.event_hosts)

    def is_company(self, name: str) -> bool:
        """Whether an organisation's name is a company's (its head: 有限公司, 集团 …), or a body that
        reports its own business as a company does (a court its cases, a bank's branch its loans)."""
        known = self._is_company_known.get(name)
        if known is None:
            if len(self._is_company_known) > _KNOWN_NAMES_MAX:
                self._is_company_known.clear()  # (a long batch: the cache stays small)
            known = self._is_company_known[name] = name.endswith(self._company_heads) or self.is_reporting_body(name) \
                or name.endswith(self.subject_school_heads)
        return known

    def is_reporting_body(self, name: str) -> bool:
        """A court or a bank's branch (郑州高新区法院, 汕头分行), which reports its own business; not
        a legislature that ends as a court does (立法院, whose budget centre evaluates others')."""
        return name.endswith(self.subject_body_heads) and not name.endswith(self.not_subject_bodies)

    # -- entry point -------------------------------------------------------------------------

    def __call__(self, analysis) -> list[Claim]:
        text = analysis.text
        quantities: list[Quantity] = analysis.quantities
        if not quantities:
            return []
        from .entities import main_subject
        from .ner.subjects import project_company

        reported_on = getattr(analysis, "reference_date", None)  # (an annual report's year, its words' date)
        doc_date = reported_on or analysis.document_date
        doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
        main = main_subject(text, analysis.entities, attributes=self.origin_classes)
        if main is not None and self._quoted_brand(main, text):
            # “中国车谷”去年地区生产总值… on a page that names 武汉经开区: the brand in quotes stands for
            # the zone the page names by its head most often
            named = Counter(e.text for e in analysis.entities if e.label == "ZONE" and e.text.endswith(self.zone_heads))
            main = named.most_common(1)[0][0] if named else main
        # 香港科技园公司(科技园公司): the company's short name in bare brackets, cited by its full name
        self._bare_aliases = {} if "(" not in text else {
            m.group(1): e.text for e in analysis.entities
            if e.label == "ORG" and text.startswith("(", e.end) and self.is_company(e.text)
            and (m := BARE_ALIAS.match(text, e.end)) is not None and is_short_form(m.group(1), e.text)}
        if main is not None:
            main = self._place_full_name(main, text)  # (桃园 on a page that writes 桃园市 once: the city)
        parties = self._parties(text, analysis.entities)
        listed = None
        for e in analysis.entities:  # (by start: only the opening's)
            if e.start >= 400:
                break
            if e.label == "ORG" and text.startswith(("(", "（"), e.end) and STOCK_CODE_IN_BRACKETS.match(text, e.end):
                listed = e.text
                break
        body = None if listed is not None else (self._reporting_body(text, analysis.entities)
                                                or self._own_accounts_body(text, analysis.entities))
        own = self._own_company_report(text, analysis.entities) if listed is None and body is None else None
        if own is None and listed is None and body is None:
            own = self._company_announcing(text, analysis.entities) or self._company_self_named(text, analysis.entities)
        respondents = self._survey_respondents(text)
        if own is not None:
            main = own[1]  # 渭南高新区公交运营有限公司's site: 高新公交2026年上半年客运情况通报, its own figures
        elif respondents is not None:
            main = respondents  # 会员企业经营状况问卷调查报告: the figures are the firms' that answered
        elif listed is not None:
            # 浦东金桥(600639)2025年年报点评: a page on a listed company, its 公司 that company
            parties.setdefault("公司", listed)
            main = listed
        elif body is not None:
            main = body  # 郑州高新区法院发布…白皮书: a court's (a bank branch's) page on its own work
        elif parties.get("公司") and _STOCK_CODE.search(text, 0, 400):
            main = parties["公司"]  # a listed company's announcement: the company speaks of itself
        else:
            main = project_company(text, analysis.entities) or main  # a company's project's notice
        # A company's report on its base in a zone (泰安基地实现收入…, 泰安基地共有僱员…): the base, named
        # after its place, is what the page is about where it names it three times or more
        bases = Counter(e.text + "基地" for e in analysis.entities if e.label == "GPE" and text.startswith("基地", e.end))
        if bases and (main is None or not self.is_company(main)):
            base, mentions = bases.most_common(1)[0]
            if mentions >= 3:
                main = base
        main_is_company = listed is not None or own is not None or (main is not None and self.is_company(main))
        # (a company's page: a zone its title names is where its project is, not another article)
        # (nor on a body's own site, whose first line names it: 屏東科學園區產業人才訓練114年成果 on the
        # agency's page is its work; not a body a page credits as its source)
        own_site = body is not None and main == body and text[: max(text.find("\n"), 0)].strip().endswith(body)
        # 该企业 and 该公司 point back to the last company named, not to any organisation (a school
        # or a department named in between is not what the paragraph is about).
        # (a company named after its class, 零部件企业汉承精密, is one wherever the page names it)
        named_after_class = {e.text for e in analysis.entities if e.label == "ORG" and text.endswith("企业", 0, e.start)}
        if own is not None:
            named_after_class.add(own[1])  # (高新公交, the company's own short name: a company too)
        if body is not None and main == body:
            named_after_class.add(body)  # (高屏澎东分署 on its own page: it reports its work as a company does)
        # 枣庄高新区融资担保有限公司(以下简称“高新担保”): the short name a company is then called by is
        # that company, cited by its registered name
        company_aliases = {short: e.text for e in analysis.entities if e.label == "ORG"
                           and self.is_company(e.text) and (short := self._short_name_defined(e.text, text)) is not None
                           and short != e.text} if "简称" in text else {}
        named_after_class.update(company_aliases)
        is_company = self.is_company if not named_after_class else (
            lambda name: self.is_company(name) or name in named_after_class)
        by_label = {"ZONE": _by_end([e for e in analysis.entities if e.label == "ZONE"]),
                    "ORG": _by_end([e for e in analysis.entities if e.label == "ORG" and is_company(e.text)]),
                    "GPE": _by_end([e for e in analysis.entities if e.label == "GPE"]),
                    "BODY": _by_end([e for e in analysis.entities if e.label == "ORG" and e.text.endswith(_BODY_HEADS)])}
        # What can be a sentence's subject: zones, places and companies (某某科技有限公司已为全国
        # 28个省市…); other organisations (科技局, 管委会, 大学) report or take part.
        # (a place written right before a zone's own name, 江西|宜春经济技术开发区, locates the
        # zone: the zone is the subject)
        zone_starts = {e.start for e in analysis.entities if e.label == "ZONE"}
        for e in sorted((e for e in analysis.entities if e.label == "GPE"), key=lambda e: -e.start):
            if e.end in zone_starts:
                zone_starts.add(e.start)  # (湖南省|岳阳市|岳阳经济技术开发区: each place before it)
        entities = [e for e in analysis.entities
                    if e.label == "ZONE" or (e.label == "GPE" and e.end not in zone_starts)
                    or (e.label == "ORG" and is_company(e.text))]
        if "《" in text:
            # 编印《襄阳高新区年鉴(2025)》等编研成果5种: the zone of a book's title names the book, not
            # whose figures they are (its year may be theirs: 《2025年…股权投资市场报告》发布)
            titles = [m.span() for m in _BOOK_TITLE.finditer(text)]
            entities = [e for e in entities if not any(a < e.start < b for a, b in titles)]
        else:
            titles = []
        # A year compared with (比2018年, 是2018年的3.2倍, 与2018年相比) is a basis, not a period.
        base_markers = self.base_markers
        # (在去年基础上翻一番: the year a doubling starts from, no period either)
        times = [t for t in analysis.times if t.period and t.kind != "clock" and not text.endswith(base_markers, 0, t.start)
                 and not (text[t.start - 1 : t.start] == "的" and _COMPARED_WITH_TIME.search(text, max(0, t.start - 9), t.start))
                 and not (text[t.start - 1 : t.start] == "在" and _ON_THE_BASIS.match(text, t.end))]
        time_starts = [t.start for t in times]
        # Every time expression bounds a metric, resolved or not (去年营业额 on a page without a
        # date: 去年 is no part of what is measured).
        all_times = analysis.times
        all_time_starts = [t.start for t in all_times]
        q_starts = [q.start for q in quantities]

        entity_starts = [e.start for e in entities]
        # zones that open paragraphs (郑州高新区以…为引领。/ 洛阳高新区聚焦…): a page of several zones, a
        # paragraph each (see _opening_zone)
        first_line = len(text) - len(text.lstrip())  # (a title's zone opens no paragraph)
        zones_opening = len({e.text for e in entities if e.label == "ZONE" and e.start > first_line and text[e.start - 1] == "\n"})
        # bodies that act (市科技局, 某某气象服务站): no subject, and no part of what they measure
        bodies = [e for e in analysis.entities if e.label == "ORG" and not is_company(e.text)]
        body_starts = [e.start for e in bodies]
        level_places: dict[str, str | None] = {}
        # the numbers of column tables (附表: 开发区|地区生产总值(亿元)|… rows of a name and numbers)
        # (an analysis from elsewhere may not carry its tables: they are found here then)
        tables = getattr(analysis, "tables", None)
        if tables is None:
            tables = find_tables(text) if may_hold_tables(text) else []
        table_cells = {cell.start: cell for table in tables for cell in table.cells}
        if tables and times:
            # 档案门类|馆藏量(卷)|本年接收(卷): "this year" in a header is the table's year (its caption's),
            # no time of its own (the page's date may be the next year's)
            headers = [(table.start, text.find("\n", table.start)) for table in tables]
            # (1至10月核發補貼(萬元): the months a column's label opens with are that column's own, no
            # time of the table's other columns)
            times = [t for t in times if not ((t.text in _HEADER_RELATIVE_YEARS or MONTH_SPAN.fullmatch(t.text))
                                              and any(a <= t.start < b for a, b in headers))]
            time_starts = [t.start for t in times]
        item_parties = self._item_parties(text, analysis.entities, is_company)
        table_spans = [(table.start, table.end) for table in tables]
        topics = _Topics(text, [] if main_is_company or own_site else analysis.entities, main, table_spans)
        year_headers = [table.start for table in tables if any(c is not None and c.period for c in table.columns)]
        # a monthly report (2026年3月…价格监测月报): its month's figures keep their month
        month_title = _MONTHLY_TITLE.search(text, 0, min(len(text), _OPENING_CHARS))
        monthly = f"{month_title.group(1)}-{int(month_title.group(2)):02d}" if month_title is not None else None
        drafts: list[_Draft] = []
        carried: dict[int, str | None] = {}
        last_in_paragraph: dict[int, _Draft] = {}
        # the zone a paragraph opens with, named at its head (港方一侧,…港深创科园首批大楼…): what the
        # paragraph's sentences that name nothing are about
        paragraph_zone: dict[int, str] = {}
        item_zone: dict[int, str] = {}  # those named by an item's head (二、关于某某产业园。…)
        last_year: str | None = None  # the year last named, in any paragraph: what 全年 refers to
        infographic = _INFOGRAPHIC_TITLE.search(text, 0, min(len(text), _OPENING_CHARS))
        infographic_year = infographic.group(1) if infographic is not None else None
        # (注:图中“↑”“↓”分别表示同比增长、同比下降: the legend says what every arrow of the page is against)
        arrows_yoy = ("↑" in text or "▲" in text) and _ARROW_LEGEND_YOY.search(text) is not None
        years_defined = _years_defined(all_times, text) if "下同" in text else []
        # 枣庄高新区2025年科技活动周…活动情况总结: a summary looks back on its year, published in it
        year_reviewed = _SUMMARY_TITLE.search(text, 0, min(len(text), _OPENING_CHARS)) is not None
        # 二、2027年工作计划 / …(二)重点任务 / 2.壮大创新主体。新培育…企业5家以上: the top-level
        # sections of a report and whether each lays out plans (not 一、目标任务完成情况)
        sections = [(m.start(), _PLAN_HEADING.search(m.group("title")) is not None
                     and _REVIEW_HEADING.search(m.group("title")) is None)
                    for m in _TOP_HEADING.finditer(text)] if "、" in text else []
        last_period: str | None = None  # the period set last, in any paragraph: a table's rows take it
        last_span: str | None = None  # the period of flows set last (1—11月, not 目前): what 同期 refers to
        last_season: str | None = None  # the heating season named last (2025-11/2026-03): 本采暖季, 全季
        last_holiday: str | None = None  # the holiday whose days were named last (春节假期(2月15日至23日)): 2026-02
        carried_firms: tuple[int, _Draft] | None = None  # a class of firms whose figures a paragraph goes on with
        heading_period: tuple[int, str | None, int] | None = None  # an item heading's paragraph, period and end
        caption_period: tuple[str | None, int] | None = None  # a dated section caption's period, and where its lines end
        caption_from = max(title_line(text)[1], 0) if "年" in text else len(text)  # (the title is no caption)
        periods_set: list[tuple[int, str]] = []  # where each period set last was set (for lists announced)
        last_item_line = -1  # the line of the list item whose period was last set
        last_paragraph: tuple[int, str | None] | None = None  # the paragraph read last and its period
        for sentence in self._sentences(text, sorted(q_starts + time_starts), infographic=infographic is not None):
            lo, hi = bisect_left(q_starts, sentence.start), bisect_left(q_starts, sentence.end)
            t_lo, t_hi = bisect_left(time_starts, sentence.start), bisect_left(time_starts, sentence.end)
            sentence_times = times[t_lo:t_hi]
            if sentence_times and any(_BARE_TIME.fullmatch(t.text) for t in sentence_times):
                # A month (a quarter, a year's end) with no year of its own is in the year its sentence
                # named before it (114年全年处理污水…,出现在8月台风期间); in an annual report, else in
                # its paragraph's year (2026年,医院力争…;门诊综合楼6月主体封顶,预计年底…), not in the
                # year the report is on, which dates such words only where the paragraph names none.
                in_paragraph = carried.get(sentence.paragraph)
                paragraph_year = in_paragraph[:4] if reported_on and in_paragraph and in_paragraph[:4].isdigit() else None
                # (竹科去年全年營業額…。其中第4季營業額…, on a page of February: a quarter still to come in
                # the page's year is the paragraph's year's, when that year is earlier)
                earlier_year = in_paragraph[:4] if not reported_on and doc_date and in_paragraph \
                    and in_paragraph[:4].isdigit() and in_paragraph[:4] < doc_date[:4] else None
                sentence_times = _years_of_bare_times(sentence_times, paragraph_year, earlier_year, doc_date)
            if sentence.paragraph not in carried and last_period is not None \
                    and (_TABLE_LABEL_AT.match(text, sentence.start)
                         or any(a <= sentence.start < b for a, b in table_spans)):
                # 现将1—9月主要经济指标发布如下:\n地区生产总值(亿元):356.2, or a column table under its
                # title (2025年上半年…主要经济指标): the rows are of the period announced
                carried[sentence.paragraph] = last_period
            quarter = last_period if last_period is not None and _QUARTER_SPAN.fullmatch(last_period) else None
            if not sentence_times and last_season is not None and sentence.paragraph not in carried:
                # 本采暖季,…供热面积达到1,286万平方米; 全季供热量489万吉焦: the season named before
                a_lo, a_hi = bisect_left(all_time_starts, sentence.start), bisect_left(all_time_starts, sentence.end)
                if not {t.text for t in all_times[a_lo:a_hi]}.isdisjoint(_THIS_SEASON) \
                        or _SEASON_WORD.search(text, sentence.start, sentence.end) is not None:
                    carried[sentence.paragraph] = last_season  # (比上一采暖季提高…: this season's, against the last)
            if not sentence_times and last_holiday is not None and sentence.paragraph not in carried \
                    and self._holiday_re.search(text, max(sentence.start, text.rfind("\n", 0, sentence.start)), sentence.end):
                # 春节假期(2月15日至23日)…。\n一、…\n春节假期,…累计客流1,208万人次: the holiday named before
                carried[sentence.paragraph] = last_holiday
            if not sentence_times and (monthly is not None or quarter is not None):
                # 当月市场抽检…: a monthly report's month (2026年3月…月报); 从本季买方结构看…: 本季 is
                # the quarter the report named last (第1季…); the paragraph's period either way
                a_lo, a_hi = bisect_left(all_time_starts, sentence.start), bisect_left(all_time_starts, sentence.end)
                words = {t.text for t in all_times[a_lo:a_hi]}
                if quarter is not None and not words.isdisjoint(_THIS_QUARTER):
                    carried[sentence.paragraph] = quarter
                elif monthly is not None and not words.isdisjoint(_THIS_MONTH):
                    carried[sentence.paragraph] = monthly
            if infographic_year is not None and sentence.paragraph not in carried:
                carried[sentence.paragraph] = infographic_year  # (its panels name no time of their own)
            if not sentence_times and sentence.paragraph not in carried and last_paragraph is not None \
                    and last_paragraph[0] != sentence.paragraph and last_paragraph[1] is not None \
                    and (text.startswith(("其中,", "其中，"), sentence.start)
                         or _ASPECT_OPENING.match(text, sentence.start) is not None
                         or _LIST_LEAD_BEFORE.search(text, max(0, sentence.start - 40), sentence.start) is not None
                         or _next_bullet_item(text, sentence.start)) \
                    and not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip():
                # 1—10月,…带动消费38.6亿元。\n其中,汽车以旧换新共受理补贴申请1.27万辆: a paragraph that opens
                # with 其中 breaks down the figures before it, of their period; one that opens with an
                # aspect (上半年,…。\n税收方面,…完成税收收入158.7亿元) goes on with them; so do the items
                # of a list its lead ends by announcing (…规模达到4126亿元。其中:\n▶ 集成电路:…)
                carried[sentence.paragraph] = last_paragraph[1]
            item_line = text.rfind("\n", 0, sentence.start) + 1
            if last_period is not None and item_line != last_item_line and _LIST_ITEM_AT.match(text, item_line):
                # 2025年度十大新闻…具体如下:\n一、…\n二、…: the items of a list announced under a period
                # are of that period (the line above the first item ends with 如下), from each item's
                # first sentence on
                last_item_line = line = item_line
                while line > 0:
                    above = text.rfind("\n", 0, line - 1) + 1
                    if not _LIST_ITEM_AT.match(text, above):
                        if _ANNOUNCED_LIST_END.search(text, above, line - 1):
                            # (the period set before the list's first item, not one an item set)
                            before = [period for pos, period in periods_set if pos < line]
                            if before:
                                carried[sentence.paragraph] = before[-1][:4]
                        break
                    line = above
            heading = _DATED_HEADING.fullmatch(text, sentence.start, sentence.end) \
                if sentence.end - sentence.start <= 32 and text[sentence.start:sentence.start + 1] in _ITEM_FIRST_CHARS else None
            if heading is not None:
                # 六、2026年目标 / 力争新增缴存职工8000人…: an item's heading dates the paragraph under it
                under = next((t for t in sentence_times if t.start >= heading.start("title")), None)
                # (a time in brackets after the title, 基金基本情况(截至2025年12月31日), dates its whole block)
                bracketed = under is not None and text[under.end:heading.end("title")].strip() in (")", "）")
                heading_period = (sentence.paragraph, _period_of(under, text) if under is not None else None,
                                  sentence.end if bracketed else -1)
            elif sentence.start > caption_from and _DATED_CAPTION.fullmatch(text, sentence.start, sentence.end) is not None \
                    and text.startswith("\n", sentence.end) and (under := next(iter(sentence_times), None)) is not None:
                # 2026年发展概览 / ■ 地区生产总值826.4亿元…: a section's caption, a year and its words on a
                # line of their own, dates the lines under it up to the next caption (重点产业)
                # (the next caption found once, not searched for again from each line under it)
                next_caption = _SECTION_CAPTION.search(text, sentence.end)
                caption_period = (_period_of(under, text), next_caption.start() if next_caption else len(text))
            elif caption_period is not None and caption_period[0] is not None and sentence.paragraph not in carried \
                    and not sentence_times and sentence.start < caption_period[1]:
                carried[sentence.paragraph] = caption_period[0]
            elif heading_period is not None and heading_period[1] is not None and sentence.paragraph not in carried \
                    and (sentence.paragraph == heading_period[0] + 1
                         or (heading_period[2] >= 0 and sentence.paragraph > heading_period[0]
                             and text.find("\n\n", heading_period[2], sentence.start) < 0)):
                # (一、基金基本情况(截至2025年12月31日) / 基金类型:… / 认缴规模:10亿元: every line of its block)
                carried[sentence.paragraph] = heading_period[1]
            if last_span is not None and _SAME_PERIOD_OPENING.match(text, sentence.start) \
                    and all(t.period is None for t in sentence_times):
                # …1—11月,…产值…;目前园区已集聚企业142家…。同期,全区…: the period named last, not
                # the year of a count at a point in time
                carried[sentence.paragraph] = last_span
            if lo < hi and _in_english(text, sentence.start, sentence.end):
                lo = hi  # a bilingual page's English repeats its Chinese: its amounts are quantities, not claims
            if lo < hi and sentence.paragraph not in last_in_paragraph and sentence.paragraph not in paragraph_zone:
                head = self._item_zone(text, sentence.start, entities, entity_starts) \
                    or (self._opening_zone(text, sentence.start, entities, entity_starts) if zones_opening >= 2 else None) \
                    or self._neighbour_zone(text, sentence.start, entities, entity_starts) \
                    or self._topic_zone(text, sentence.start, entities, entity_starts)
                if head is not None:
                    paragraph_zone[sentence.paragraph] = item_zone[sentence.paragraph] = head
            if lo < hi:
                e_lo, e_hi = bisect_left(entity_starts, sentence.start), bisect_left(entity_starts, sentence.end)
                b_lo, b_hi = bisect_left(body_starts, sentence.start), bisect_left(body_starts, sentence.end)
                a_lo, a_hi = bisect_left(all_time_starts, sentence.start), bisect_left(all_time_starts, sentence.end)
                context = _SentenceContext(
                    self, analysis, sentence, quantities[lo:hi], sentence_times, entities[e_lo:e_hi],
                    carried.get(sentence.paragraph), topics.at(sentence.start), doc_year,
                    last_in_paragraph.get(sentence.paragraph), by_label, all_times[a_lo:a_hi],
                    year_context=last_year or (str(doc_year) if doc_year else None),
                    level_places=level_places, table_cells=table_cells,
                    paragraph_zone=paragraph_zone.get(sentence.paragraph),
                    item_zone=item_zone.get(sentence.paragraph), parties=parties,
                    item_party=_party_at(item_parties, sentence.start), main_is_company=main_is_company,
                    arrows_yoy=arrows_yoy, year_reviewed=year_reviewed, bodies=bodies[b_lo:b_hi], earlier=drafts,
                    in_plan_section=_in_plan_section(sections, sentence.start), years_defined=years_defined,
                )
                new = context.assemble()
                if new:
                    # 报送企业实现营业收入…;利润总额…: the class carries on past a semicolon in its paragraph
                    carried_firms = carried_firms if carried_firms is not None and carried_firms[0] == sentence.paragraph \
                        and text[sentence.start - 1 : sentence.start] in ("；", ";") else None
                    firms = self._carry_firm_class(new, text, carried_firms[1] if carried_firms else None)
                    carried_firms = (sentence.paragraph, firms) if firms is not None else None
                    _elliptical_object(new, drafts, text)
                    _sibling_industry_measure(new, drafts, text, self.industry_heads, self.industry_output_words)
                    _industry_firms(new, text, self.industry_heads, self.industry_output_words)
                    new = _net_growth_of_level(new, text)
                    _elliptical_measure(new, drafts, text, self.flow_verbs, self.own_verbs, self.words_opening_with_verbs)
                    _members_who_are(new, text)
                    new = _stages_listed(new, text, self.stage_verbs)
                    _share_of_the_whole(new, text)
                    _new_part_of_the_whole(new, text, self.flow_verbs)
                drafts.extend(new)
                if new:
                    if sentence.paragraph not in last_in_paragraph and not text[
                            text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip():
                        opening = new[0]
                        if opening.subject is not None and opening.subject != main and opening.subject_text is not None \
                                and opening.subject_text.endswith(self.zone_heads) \
                                and _BREAKDOWN_OPENING.match(text, sentence.start) is None \
                                and opening.subject_text not in self.generic_subjects:
                            paragraph_zone[sentence.paragraph] = opening.subject
                    last_in_paragraph[sentence.paragraph] = new[-1]
            # 由2018年的1.81%提高到2.57%: the year a level rose from is not the paragraph's
            # …其中一季度、二季度分别增长…: the parts of the period are not the paragraph's either
            # (主要受2025年同期高基数影响: nor is the base a figure was compared with)
            sentence_times = [t for t in sentence_times if not _level_started_from(t, text) and not _comparison_base(t, text)
                              and not _PART_OF_PERIOD.search(text, max(sentence.start, t.start - 12), t.start)]
            if not sentence_times and sentence.paragraph not in carried and last_year is not None \
                    and self._period_word_re.search(text, sentence.start, sentence.end):
                carried[sentence.paragraph] = last_year  # 全年新认定…。新增…: the rest of the paragraph too
            if sentence_times and year_headers and any(sentence.start <= a < sentence.end for a in year_headers):
                # 指标|2025年|2024年|同比(%): a table's years; the latest is the one the text goes on in
                sentence_times = sorted(sentence_times, key=lambda t: t.period or "")
            if sentence_times:
                # (“十五五”期间年均增长11%: the span a rate is averaged over holds for that rate only)
                # (…总结会,通报全年工作情况并部署2026年重点任务: the year of the work planned is not the
                # year the page's figures go on in)
                last = next((t for t in reversed(sentence_times) if not _span_of_a_rate(t, text) and not _MULTIPLE_OF_TIME.match(text, t.end)
                             and not text.endswith(_PLANNING_VERBS, max(0, t.start - 2), t.start)), sentence_times[-1])
                period = _period_of(last, text)
                # An event's month (计划2023年9月建成) says which year the paragraph is in, not which month;
                # a month that opens the sentence (4月,高新区…) is the period of what it reports.
                opening_month = last.start == sentence.start and text[last.end : last.end + 1] in (",", "，")
                if not opening_month and table_spans:  # (表1 4月…综合指数: a table's caption, its rows' month)
                    line_end = text.find("\n", last.end)
                    opening_month = line_end >= 0 and any(a > line_end and not text[line_end:a].strip()
                                                          for a, _ in table_spans)  # (past blank lines)
                milestone = period is not None and _WITHIN_A_YEAR.fullmatch(period) is not None \
                    and self._milestone_after_re.match(text, last.end) is not None  # (将于今年第三季招标)
                carried[sentence.paragraph] = period[:4] if period and (_MONTH_POINT.fullmatch(last.period or "") or milestone) \
                    and not opening_month and period != monthly else period
                last_period = carried[sentence.paragraph]
                point = _MONTH_POINT.fullmatch(last.period or "") or _DAY_POINT.fullmatch(last.period or "")
                if last_period is not None and not point and not _NOW.fullmatch(last.text):  # (目前, 截至11月底: a stock's time)
                    last_span = last_period
                if last_period is not None:
                    periods_set.append((sentence.start, last_period))
                    if _SEASON_SPAN.fullmatch(last_period):
                        last_season = last_period
                    if _DAY_SPAN.fullmatch(last.period or "") and self._holiday_re.search(text, max(0, last.start - 8), last.start):
                        last_holiday = last_period  # 2026年春节假期(2月15日至23日): the holiday, by its month
                for t in reversed(sentence_times):
                    if t.period and _YEAR_OR_MONTHS.fullmatch(t.period) \
                            and not self._evaluation_edition_re.match(text, t.end):
                        last_year = t.period[:4]
                        break
            last_paragraph = (sentence.paragraph, carried.get(sentence.paragraph))
        if drafts and drafts[0].quantity is not None and drafts[0].quantity.start < _HEADLINE_REACH:
            self._headline_periods(drafts, times, doc_year)
        if "以来" in text:
            _cumulative_since(drafts, text)
        if "由" in text:
            self._levels_before_a_plan(drafts, text)
        if any(d.change_of is not None for d in drafts):
            # a table's growth rows: each cell the change of the level above it, not a claim of its own
            levels = {d.quantity.start: d for d in drafts if d.quantity is not None}
            for d in drafts:
                level = levels.get(d.change_of) if d.change_of is not None else None
                if level is not None and level.change is None:
                    level.change = d.change
            drafts = [d for d in drafts if d.change_of is None]
        if "”" in text:
            quoted = self._quoted_companies(text, by_label["ORG"][0])
            for d in drafts if quoted else ():
                anchor = d.quantity.start if d.quantity is not None else d.change.start if d.change else -1
                said = _party_at(quoted, anchor)
                if said is not None and d.subject_text is None:
                    d.subject = said  # “今年我们计划…投资3.2亿元…”国网某某供电公司负责人介绍: the company's
        zone_captioned = self._caption_zones(text, tables, by_label) if tables else {}
        for d in drafts if zone_captioned else ():
            if d.quantity is not None and d.quantity.start in zone_captioned and d.subject_text is None:
                d.subject = zone_captioned[d.quantity.start]  # 114年臺南園區出土遺物分類統計: that park's rows
        captioned = self._caption_subjects(text, tables, by_label)
        if captioned:
            for d in drafts:
                if d.quantity is not None and d.quantity.start in captioned:
                    d.subject = captioned[d.quantity.start]  # 表5-1 发行人主要财务数据: the issuer's
        # (a company's own site cites it by the short name its title gives it, set 50's 高新燃气; a page
        # about it by its registered name)
        forms: dict[str | None, str | None] = {}
        if own is None:
            forms.update(company_aliases)
        if own is not None:
            forms[own[0]] = own[1]  # (公司 of its own report: the company, by the name its title gives it)
        zone_counts = Counter(text[e.start : e.end] for e in by_label["ZONE"][0])  # (as normalised, as subjects are)
        if len(zone_counts) > 1:  # (which of a zone's forms the page writes more: its bodies' names count)
            firsts = {z[0] for z in zone_counts}
            for e in analysis.entities:
                if e.label != "ORG" or text[e.start] not in firsts:
                    continue
                body = text[e.start : e.end]
                zone = max((z for z in zone_counts if body.startswith(z) and len(body) > len(z)), key=len, default=None)
                if zone is not None:
                    zone_counts[zone] += 1  # 钒钛高新区智慧气象服务站: the zone written in its body's name
        org_names = {text[e.start : e.end] for e in analysis.entities if e.label == "ORG"}
        for d in drafts:
            if d.subject not in forms:
                full = _full_body_name(d.subject, org_names) if d.subject is not None and d.subject in org_names else None
                forms[d.subject] = full or self.subject_form(d.subject, zone_counts, text, main)
            d.subject = forms[d.subject]
        return [d.to_claim() for d in drafts]

    @staticmethod
    def _headline_periods(drafts: list[_Draft], times: list[TimeExpression], doc_year: int | None = None) -> None:
        """滨州海关助力… 全年签发原产地证书4,862份 / …2025年该关…签发…证书4,862份: a headline's figure
        that names no time is the article's figure of the same value; it takes that figure's period
        (on a page of January, its 全年 is the year just ended, which the article names)."""
        starts = [t.start for t in times]
        for k, d in enumerate(drafts):
            q = d.quantity
            anchor = q if q is not None else d.change  # (全年…同比增长21.6%: a growth alone, the article's growth)
            if anchor is None or anchor.start >= _HEADLINE_REACH or d.sentence.paragraph != drafts[0].sentence.paragraph:
                break
            same = [e for e in drafts[k + 1 :] if e.sentence.paragraph != d.sentence.paragraph and (
                (e.quantity is not None and e.quantity.text == q.text and e.quantity.unit == q.unit) if q is not None
                else (e.change is not None and e.change.text == anchor.text))]
            i = bisect_left(starts, d.sentence.start)
            if i < len(starts) and starts[i] < d.sentence.end:
                continue  # (its own time)
            if len(same) == 1 and same[0].period and same[0].status == d.status \
                    and (d.period or (doc_year is not None and same[0].period == str(doc_year - 1))):
                # (the headline's period was the page's year, not written: the article's is; a
                # headline given no period keeps none, but for the year just ended, which a page
                # of the new year reviews: 西安高新区注册志愿者达15.2万人 / 截至2025年底…15.2万人)
                d.period = same[0].period

    def _carry_firm_class(self, drafts: list[_Draft], text: str, before: _Draft | None = None) -> _Draft | None:
        """报送企业实现营业收入412.6亿元,…;利润总额28.4亿元: a class of firms that opens a sentence as the
        subject of its first figure (a class and a measure of it) is whose the figures after it are,
        in its later clauses and past a semicolon (not a share, nor a part after 其中, nor another
        subject's, nor a figure of a class of its own: …;高新技术企业所得税优惠减免5.7亿元). ``before``: the first figure of such a class in the sentence before the semicolon.
        Returns the figure that opened the class, for the sentence after."""
        first = before if before is not None else drafts[0]
        m = _FIRM_CLASS_OPENING.match(first.metric)
        if m is None or first.quantity is None or m.group(1) in self.bare_firm_words \
                or first.metric[m.end(1):] in self.count_words or not text.startswith(m.group(1), first.metric_start):
            return None
        firms = m.group(1)
        opening = first.metric_start
        if not (opening == first.sentence.start or text[opening - 1] in self._clause_chars):
            return None  # (the class opens its clause: 2025年,报送企业实现…)
        for d in drafts if before is not None else drafts[1:]:
            if d.quantity is None or d.quantity.kind != "money" or d.subject != first.subject or d.metric.startswith(firms) \
                    or _FIRM_CLASS_OPENING.match(d.metric) is not None \
                    or d.metric_start <= first.quantity.end or _SHARE_IN_METRIC.search(d.metric) \
                    or text.find("其中", first.quantity.end, d.metric_start) >= 0 or not text.startswith(d.metric, d.metric_start):
                continue
            d.metric = firms + d.metric
        return first

    def _item_parties(self, text: str, entities: list[Entity], is_company) -> list[tuple[int, int, str]]:
        """The spans of a list's items whose fields name their investor (1. 项目名称:… / 投资方:某某有限公司 /
        总投资:32亿元 …), with that company: the item's figures are its project's."""
        out: list[tuple[int, int, str]] = []
        by_start = {e.start: e for e in entities if e.label == "ORG" and is_company(e.text)}
        for m in _INVESTOR_FIELD.finditer(text):
            company = by_start.get(m.end())
            if company is None:
                continue
            heads = [h.start() for h in _ITEM_START.finditer(text, 0, m.start())]
            start = heads[-1] if heads else text.rfind("\n", 0, m.start()) + 1
            following = _ITEM_START.search(text, m.end())
            end = following.start() if following is not None else len(text)
            out.append((start, end, company.text))
        return out

    def _levels_before_a_plan(self, drafts: list[_Draft], text: str) -> None:
        """2026年计划…上限由200万元提高至300万元; 今年第三季完工,屆時月產能將由3萬片提高至4.5萬片: the
        level a plan starts from is a fact, the level before the plan's time (the year before a
        year planned; the same year before a quarter or month of it)."""
        by_start = {d.quantity.start: d for d in drafts if d.quantity is not None}
        for d in drafts:
            q = d.quantity
            if q is None or d.status not in ("target", "forecast") or not text.endswith("由", 0, q.start):
                continue
            reached = self._reached_to_re.match(text, q.end)
            to = by_start.get(reached.end()) if reached is not None else None  # (由200万元提高至|300万元)
            if to is None or to.status != d.status:
                continue
            d.status = "actual"
            time_before = text[d.sentence.start : q.start]
            if d.period is not None and d.period.isdigit() and _PLANNED_YEAR.search(time_before) is not None \
                    and _WITHIN_YEAR_WORD.search(time_before) is None:
                d.period = str(int(d.period) - 1)

    def _quoted_companies(self, text: str, companies: list[Entity]) -> list[tuple[int, int, str]]:
        """The spans of quotations a company's person speaks (“…”国网德阳供电公司营销部负责人周静怡介绍),
        with that company: what the quotation's 我们 did is the company's."""
        by_start = {e.start: e for e in companies}
        out = []
        for m in _QUOTATION.finditer(text):
            company = by_start.get(m.end())
            if company is not None and self._speaker_after_re.match(text, company.end):
                out.append((m.start(), m.end(), company.text))
        return out

    def _reporting_body(self, text: str, entities: list[Entity]) -> str | None:
        """A court or a bank's branch that a page's opening names (郑州高新区法院发布…白皮书): it
        reports its own work, the page's subject; the form the page writes most."""
        bodies = [e.text for e in entities if e.label == "ORG" and self.is_reporting_body(e.text)]
        if not bodies or not any(e.start < _OPENING_CHARS and e.label == "ORG" and self.is_reporting_body(e.text)
                                 for e in entities):
            return self._self_named_body(text, entities)
        counts = Counter(bodies)
        return max(counts, key=lambda name: (counts[name], -bodies.index(name)))

    def _own_accounts_body(self, text: str, entities: list[Entity]) -> str | None:
        """An association or foundation whose title announces its own accounts (宣城经济技术开发区慈善
        协会2025年度慈善捐赠收支情况公告): its income and spending are its own, the page's subject."""
        _lead, title_end = title_line(text)
        # (the title, or a first line that is the title: the site's name may be missing)
        end = max(title_end, text.find("\n") if text.find("\n") >= 0 else len(text))
        for line_start, line_end in ((0, text.find("\n", 0, end) if text.find("\n", 0, end) >= 0 else end),
                                     (max(0, _lead), title_end)):
            if line_end <= line_start or _OWN_ACCOUNTS.search(text, line_start, line_end) is None:
                continue
            body = next((e.text for e in entities if e.label == "ORG" and line_start <= e.start < line_end
                         and e.text.endswith(_ACCOUNTING_BODIES)), None)
            if body is not None:
                return body
        return None

    def _survey_respondents(self, text: str) -> str | None:
        """The firms a survey's report speaks for (受访企业), where its title names a survey
        (问卷调查, 调研) and its text names them twice or more: the annotators' subject for every
        share of firms it gives, whichever zone they are in."""
        lead, title_end = title_line(text)
        if title_end < 0 or self._survey_re.search(text, lead, title_end) is None:
            return None
        return next((w for w in self.respondent_words if text.count(w) >= 2), None)

    def _quoted_brand(self, name: str, text: str) -> bool:
        """Whether ``name`` is a zone's brand the page writes in quotes (“中国车谷”): 中国 and a word,
        no zone's head."""
        return name.startswith("中国") and not name.endswith(self.zone_heads) and f"“{name}”" in text

    def _own_company_report(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        """A company's own report on its own site: the site's name (the page's first line) is the
        company, and the title opens with its name or the short name the page calls it by
        (渭南高新区公交运营有限公司 / … / 高新公交2026年上半年客运情况通报). Its full name and that form."""
        first_end = text.find("\n")
        site = next((e for e in entities if e.label == "ORG" and e.end <= first_end and self.is_company(e.text)), None)
        if site is None:
            return None
        lead, _title_end = title_line(text)
        if lead <= first_end:
            return None  # (no title below the site's name)
        title = next((e for e in entities if e.start == lead and e.label in ("ORG", "ZONE")), None)
        if title is not None and title.label == "ZONE":
            return None  # (臺中港自由貿易港區114年貿易值創新高 on the port company's site: the zone's figures)
        if title is not None and in_order(title.text, site.text):
            return site.text, title.text
        # 玉溪高新区燃气有限公司 / … / 2025年度天然气供应情况通报: a title that names no one, on a page
        # that speaks as the company (公司, 本公司 opening its clauses twice or more)
        # (or names itself so: 玉溪高新区燃气有限公司(以下简称“高新燃气”)…, 高新燃气将…)
        named = sum(1 for e in entities if e.start >= lead and e.label == "ORG" and in_order(e.text, site.text))
        if sum(1 for _ in _COMPANY_VOICE.finditer(text, lead)) + named >= 2:
            managed = Counter(e.text for e in entities if e.start >= lead and e.label == "ZONE" and e.text in site.text)
            if managed and max(managed.values()) >= _MANAGED_PARK_MENTIONS:
                # 香港数码港管理有限公司's annual report on 数码港 (named five times): the park's figures
                # are the park's; the company's own (本公司年内总收入) stay its own
                return None
            short = self._short_name_defined(site.text, text)
            # (by the name it defines; not 本公司, a word the company calls itself by)
            return site.text, short if short is not None and short not in _SELF_WORDS else site.text
        return None

    def _company_self_named(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        """A company's own document (a prospectus on the exchange's site), which defines its short
        name and the word it calls itself by together (苏州某某生物科技股份有限公司(以下简称“某某生物”
        或“公司”)) and goes on to use the short name: its full name and the short one, as
        :meth:`_own_company_report` gives them."""
        if "简称" not in text:
            return None
        for e in entities:
            if e.label != "ORG" or not self.is_company(e.text):
                continue
            m = _SELF_NAMED_ALIAS.match(text, e.end)
            if m is not None and text.count(m.group("short")) >= 2:
                return e.text, m.group("short")
        return None

    def _company_announcing(self, text: str, entities: list[Entity]) -> tuple[str, str] | None:
        """A company whose own figures a page announces: the title opens with it and its announcing
        verb (香港科技园公司公布二〇二五年主要营运数字, on the government's press-release site), and
        the text names it again. Its name twice, as :meth:`_own_company_report` gives it."""
        lead, title_end = title_line(text)
        if title_end < 0 or title_end - lead > _TITLE_MAX:
            return None
        title = next((e for e in entities if e.start >= lead), None)
        if title is None or title.start != lead or title.label != "ORG" or not self.is_company(title.text) \
                or _ANNOUNCES_OWN_FIGURES.match(text, title.end, title_end) is None:
            return None
        again = sum(1 for e in entities if e.start > title_end and e.label == "ORG" and e.text == title.text)
        return (title.text, title.text) if again >= 1 else None

    @staticmethod
    def _self_named_body(text: str, entities: list[Entity]) -> str | None:
        """A body the opening names whose page calls it by its bare word, or by 本 and its head's
        last character, at the head of clauses twice or more (乐山高新区人民医院…: 医院完成门急诊诊疗…,
        医院力争…; 本馆接待到馆读者…): the body's own report,
        its subject though it is named after its zone (not the zone, as 管委会 speaks for it).
        A body of that kind that the title opens with, named again at the head of a clause, is the
        page's own (南科考古馆114年参观逾42万人次 on its museum's site)."""
        lead, title_end = title_line(text)
        if 0 <= title_end - lead <= _TITLE_MAX:
            first = next((e for e in entities if e.start >= lead), None)
            if first is not None and first.start == lead and first.end <= title_end and first.label == "ORG" \
                    and first.text.endswith(_SELF_REPORTING_HEADS):
                repeated = [o.text for o in entities if o.start > title_end and _same_body(o.text, first.text)
                            and text[o.start - 1 : o.start] in _CLAUSE_OPENERS]
                if repeated:
                    # (高新区档案馆… in the title, 区档案馆… heading clauses: the page's own report, by the
                    # fullest name it gives a body the title names by its zone's generic word, 襄阳高新区档案馆;
                    # else as the page writes it alone, 云嘉南分署 of 劳动部劳动力发展署云嘉南分署)
                    if first.text.startswith(_GENERIC_ZONE_WORDS):
                        return max((o.text for o in entities if o.label == "ORG" and o.text.endswith(first.text)), key=len)
                    return next((o for o in repeated if len(o) < len(first.text) and not o.startswith(_GENERIC_ZONE_WORDS)),
                                first.text)
        # (高新区政务服务中心共受理…: the zone's word opening a body's name is the body)
        body_starts = {o.start for o in entities if o.label == "ORG"}
        for e in entities:
            if e.start >= _OPENING_CHARS:
                break
            if e.label != "ORG" or not e.text.endswith(_BODY_HEADS):
                continue
            words = {w for w, heads in _BODY_ANAPHOR_HEADS.items() if e.text.endswith(heads) and w in _SELF_REPORTING}
            if not words:
                continue
            # (高新区政务服务中心共受理…; 全年,中心设置…: its name again, or its bare word, heading clauses)
            # (only a body its title names: 台北捐血中心 reporting on a park's donors is no report on itself)
            again = 0 if e.start > text.find("\n") >= 0 else sum(
                1 for o in entities if o.start > e.end and o.label == "ORG" and e.text.endswith(o.text)
                and len(o.text) >= 4 and (text[o.start - 1 : o.start] in _CLAUSE_OPENERS
                                          or _TIME_BEFORE.search(text, max(0, o.start - 8), o.start)))
            own_voice = sum(m.group() in words for m in _ANAPHOR.finditer(text, e.end)) + again
            if own_voice >= 2 and own_voice >= sum(1 for m in _ZONE_WORD_HEADING.finditer(text, e.end)
                                                   if m.start() not in body_starts):
                # (not where the page heads more clauses with its zone's bare word than with the body:
                # 中科铜锣园区114年生态监测成果 on the forestry agency's site, 园区114年共记录…, 园区绿覆率…:
                # the park's figures, which the agency publishes)
                # (勞動部勞動力發展署高屏澎東分署 … 高屏澎東分署114年辦理…: cited by the branch's own name
                # where the page writes it alone)
                own = next((o.text for o in entities if o.start >= e.end and o.label == "ORG"
                            and len(o.text) < len(e.text) and e.text.endswith(o.text)
                            and not o.text.startswith(_GENERIC_ZONE_WORDS)), None)  # (not 高新区政务服务中心)
                return own or e.text
        return None

    def _parties(self, text: str, entities: list[Entity]) -> dict[str, str]:
        """Who the page's generic names stand for: a company named 公司 or 乙方 in brackets right
        after its name (江苏某某股份有限公司(以下简称“公司”)), and the parties of an agreement as
        its terms list them (甲方:益阳高新区管委会;乙方:公司)."""
        if "简称" not in text and "甲方" not in text and not any(f"公司{q}" in text for q in _ALIAS_CLOSING_QUOTES):
            return {}
        out: dict[str, str] = {}
        by_end = {e.end: e for e in entities if e.label in ("ORG", "ZONE")}
        for m in _PARTY_ALIAS.finditer(text):
            named = by_end.get(m.start())
            if named is not None and named.label == "ORG" and self.is_company(named.text):
                out.setdefault(m.group("alias"), named.text)
        by_start = {e.start: e for e in entities if e.label in ("ORG", "ZONE")}
        for m in _PARTY_TERM.finditer(text):
            who = m.group("who")
            named = by_start.get(m.start("who"))
            if who in out:
                out.setdefault(m.group("party"), out[who])
            elif named is not None:
                out.setdefault(m.group("party"), named.text)
        return out

    @staticmethod
    def _caption_zones(text: str, tables: list, by_label: dict) -> dict[int, str]:
        """The zone a table's caption names (the line above its header), for each of its cells
        that name no subject of their own."""
        out: dict[int, str] = {}
        named, ends = by_label["ZONE"]
        for table in tables:
            caption_start = text.rfind("\n", 0, max(0, table.start - 1)) + 1
            i = bisect_right(ends, table.start) - 1
            if i >= 0 and named[i].start >= caption_start and _CAPTION_OPENING.fullmatch(text, caption_start, named[i].start):
                # (the zone that opens the caption, after its number and year: not 2025年涉经开区企业
                # 刑事案件, the cases that concern its firms)
                zone = text[named[i].start : named[i].end]  # (as normalised: 臺南園區 → 台南园区)
                out.update((cell.start, zone) for cell in table.cells)
        return out

    @staticmethod
    def _caption_subjects(text: str, tables: list, by_label: dict) -> dict[int, str]:
        """The subject a year table's caption names by an anaphor (表5-1 发行人主要财务数据: the
        company issuing the prospectus), for each of its cells; the caption is the line or two above
        the header."""
        out: dict[int, str] = {}
        named, ends = by_label["ORG"]
        for table in tables:
            # 表1 2025年高新担保分产品业务情况: a company its caption names (the line above the header)
            caption_start = text.rfind("\n", 0, max(0, table.start - 1)) + 1
            i = bisect_right(ends, table.start) - 1
            if i >= 0 and named[i].start >= caption_start:
                out.update((cell.start, named[i].text) for cell in table.cells)
                continue
            facility = _CAPTION_FACILITY.search(text, caption_start, max(caption_start, table.start - 1))
            if facility is not None:
                # 表1 115年第1季湖口交流道各匝道平日交通量: the facility its caption names, whose parts the rows are
                out.update((cell.start, facility.group("name")) for cell in table.cells)
                continue
            if len(table.columns) < 2 or table.columns[1] is None or table.columns[1].period is None:
                continue
            above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, table.start - 1)))) + 1
            m = next(reversed(list(_ANAPHOR.finditer(text, above, table.start))), None)  # the nearest
            if m is None or not m.group().endswith(("企业", "公司", "发行人")):
                continue
            i = bisect_right(ends, m.start()) - 1
            if i >= 0:
                out.update((cell.start, named[i].text) for cell in table.cells)
        return out

    def _opening_zone(self, text: str, start: int, entities: list[Entity], entity_starts: list[int]) -> str | None:
        """The zone a paragraph opens with, in a sentence of no figures before its first figures
        (郑州高新区以智能传感器…为引领。2025年,该区实现营业收入…: what the paragraph is about, on a page
        whose paragraphs open with two zones or more; set 104)."""
        line = text.rfind("\n", 0, start) + 1
        zone = _zone_starting_at(line, entities, entity_starts) if line < start else None
        # (the first sentence ends before the figures: the zone opened a sentence of its own)
        return zone.text if zone is not None and self._sentence_end_re.search(text, line, start) is not None else None

    def _neighbour_zone(self, text: str, start: int, entities: list[Entity], entity_starts: list[int]) -> str | None:
        """The zone next door that a paragraph opens with, in a sentence of no figures (緊鄰的亞灣5G
        AIoT創新園區表現同樣亮眼。截至去年底,園區已有286家企業進駐…: the paragraph turns to it; set 129)."""
        line = _skip_spaces(text, text.rfind("\n", 0, start) + 1)
        lead = _NEIGHBOUR_LEAD.match(text, line, start)
        if lead is None:
            return None
        zone = _zone_starting_at(lead.end(), entities, entity_starts)
        return zone.text if zone is not None and self._sentence_end_re.search(text, zone.end, start) is not None else None

    def _topic_zone(self, text: str, start: int, entities: list[Entity], entity_starts: list[int]) -> str | None:
        """The zone a paragraph opens with as its topic (臺南科技工業區方面,115年園區廠商營業額…): what
        the paragraph's figures and its 园区 are of."""
        line = text.rfind("\n", 0, start) + 1
        zone = _zone_starting_at(_skip_spaces(text, line), entities, entity_starts)
        return zone.text if zone is not None and _TOPIC_OPENING.match(text, zone.end) is not None else None

    def _item_zone(self, text: str, start: int, entities: list[Entity], entity_starts: list[int]) -> str | None:
        """The one zone the head of an item names, when the item's first figures come after it
        (一是做强西宁经开区。支持其创建…,力争今年营业收入达到1200亿元: the zone's target)."""
        line = text.rfind("\n", 0, start) + 1
        m = _ITEM_HEAD.match(text, line, start)
        if m is None:
            return None
        lo, hi = bisect_left(entity_starts, line), bisect_left(entity_starts, m.end())
        zones = {e.text for e in entities[lo:hi] if e.label == "ZONE"}
        return zones.pop() if len(zones) == 1 else None

    def _place_full_name(self, name: str, text: str) -> str:
        """A city or county by its full name when the page writes it (常州 → 常州市: the page has
        常州市科技局), as places are cited; a long official name (广西壮族自治区) is not forced."""
        place = usual_place(name)
        if place is None:
            return name
        full = place.name
        return full if len(full) == len(name) + 1 and full.startswith(name) and full in text else name

    def _same_zone_shorter(self, name: str, short: str) -> bool:
        """楠梓园区 for 楠梓科技产业园区: one place, and the short head ends the long one (not for
        楠梓第三园区, a park of the zone)."""
        if _NUMBERED_PART.search(name) is not None and _NUMBERED_PART.search(short) is None:
            return False
        if self._abbreviates(name, short):
            return True
        place = place_prefix(short)
        if place is None or not name.startswith(place):
            return self._shorter_without_place(name, short)
        head = short[len(place):]
        if len(head) < 2 or not head.endswith(self.zone_heads):
            return False  # (any zone head: 南京片区 for 南京自贸片区)
        if name.endswith(head):
            return True
        own = next((h for h in self.zone_heads if head.endswith(h) and len(head) - len(h) >= 2 and name.endswith(h)), None)
        if own is not None and in_order(head[: -len(own)], name[len(place) : -len(own)]):
            return True  # 云林离岛工业区 for 云林离岛式基础工业区: the name's characters in order, its head kept
        # 昆明经济技术开发区 → 昆明经开区: the same head in its short form
        return any(name.endswith(full) and name[len(place):-len(full)] + abbreviated == head
                   for full, abbreviated in self.zone_head_short_forms.items())

    def _head_shortened(self, name: str, short: str) -> bool:
        """丽水经开区 for 丽水经济技术开发区: the same name with its head in the short form pages
        write it in (经济技术开发区 → 经开区), which a page that writes it at all cites the zone by."""
        return any(name.endswith(full) and short == name[: -len(full)] + abbreviated
                   for full, abbreviated in self.zone_head_short_forms.items())

    def _abbreviates(self, name: str, short: str) -> bool:
        """黄三角农高区 for 黄河三角洲农业高新技术产业示范区: the short form of the head (农高区) after
        characters of the name before it, in order and from its first (黄三角 of 黄河三角洲)."""
        for full, abbreviated in self.zone_head_short_forms.items():
            if name.endswith(full) and short.endswith(abbreviated) and len(full) > len(abbreviated):
                own, own_short = name[: -len(full)], short[: -len(abbreviated)]
                return len(own_short) >= 2 and own_short[0] == own[:1] and own_short != own and in_order(own_short, own)
        return False

    def _shorter_without_place(self, name: str, short: str) -> bool:
        """深方园区 for 河套合作区深方园区: the park without the zone it is part of. 宁东基地 for
        宁夏宁东能源化工基地, 金积园区 for 吴忠金积工业园区: the long name without the place it starts
        with, then its own name (two characters or more) and a shorter head."""
        outer = len(name) - len(short)
        if outer > 0 and name.endswith(short) and (name[:outer].endswith(self.zone_heads) or name[:outer] in self.parent_parks):
            # 深方园区 for 河套合作区深方园区, 龙潭园区 for 竹科龙潭园区: a park named with the zone it is part of
            return True
        place = place_prefix(name)
        if place is None:
            return False
        rest = name[len(place):]
        heads = (*self.zone_heads, *self.zone_head_short_forms.values())  # (基地, the short form of 能源化工基地)
        head = max((h for h in heads if short.endswith(h)), key=len, default="")
        own = short[: len(short) - len(head)]
        if not head or len(own) < 2 or not rest.startswith(own) or len(rest) < len(short):
            return False
        if len(rest) == len(short) and own in self.zone_kind_words:
            return False  # (钒钛高新区 for 攀枝花钒钛高新区: the name without its place)
        return rest.endswith(head) or any(rest.endswith(full) and abbreviated == head
                                          for full, abbreviated in self.zone_head_short_forms.items())

    def subject_form(self, name: str | None, zone_counts: Counter[str] | None = None, text: str = "",
                     main: str | None = None) -> str | None:
        """A zone's name as the page cites it: the short name the page defines for it and uses
        (大连理工大学国家大学科技园(以下简称“大工科技园”) → 大工科技园); the shorter name of the
        same place and head the page writes at least as often (楠梓科技产业园区 → 楠梓园区);
        without the province before its place (河北清河经济开发区 → 清河经济开发区). Companies
        keep their registered names."""
        if not name:
            return name
        if name in self._bare_aliases:
            return self._bare_aliases[name]  # 科技园公司 of 香港科技园公司(科技园公司): the registered name
        if main and main != name and name in self.brand_zones and zone_key(main) == zone_key(name):
            return main  # 中国光谷 on a page about 东湖高新区: the zone, as the page names it
        if main and main != name and main.endswith(self.zone_heads) and self._quoted_brand(name, text):
            return main  # “中国车谷” on a page about 武汉经开区: the zone's brand in quotes, the zone
        if (zone := self.brand_zones.get(name)) is not None and zone != name and zone in text:
            return zone  # 航空港区 on a page that also writes 郑州航空港区: the zone's name, as the page writes it
        if main and name.startswith(self.generic_subject_prefixes) and not name.endswith(self.zone_heads):
            word = next(w for w in self.generic_subject_prefixes if name.startswith(w))
            if main.endswith(word) and (full := main + name[len(word):]) in text:
                return full  # 高新区第一中学 on a page that writes 茂名高新区第一中学: as the page names it in full
        if "称" in text and (defined := self._defined_name_of(name, text)) is not None:
            return defined  # 光谷 and 中国光谷 on a page that calls the zone 东湖高新区: that name
        if self.is_reporting_body(name):
            short = self._short_name_defined(name, text)
            if short is not None:
                return short  # 創興銀行汕頭分行(下稱「汕頭分行」): the branch as the page cites it
        if name[1:] in ("科", "科园区") and (park := science_park_of(name[:2], text)) is not None \
                and not (("简称" in text or "下称" in text) and self._short_name_defined(park, text) == name):
            # 南科, 竹科, 中科园区 for the parks the page also names in full: the full name, however
            # often the short one is written (unless the page defines it: 中部科学园区(下称中科))
            return park
        if name.endswith("园区") and zone_counts and (full := name[:-2] + _TAIWAN_PARK_HEAD) in zone_counts:
            return full  # 楠梓园区 on a page that writes 楠梓科技产业园区: the park's full name
        if len(name) == 4 and name.endswith("园区") and zone_counts \
                and (full := next((z for z in zone_counts if _initials_of(name, z)), None)) is not None:
            return full  # 高软园区 on a page that writes 高雄软体科技园区: the initials, cited as 南科 is
        if not name.endswith(self.zone_heads) or self._place_full_name(name, text) != name:
            return self._place_full_name(name, text)  # (桃园 ends as a park's name does: a city)
        if main and main != name and len(main) < len(name) and main.endswith(self.zone_heads) \
                and self._same_zone_shorter(name, main) and not _industrial_park_short_form(name, main):
            return main  # 横琴粤澳深度合作区 on a page whose subject is 横琴合作区: the page's own form
        if "简称" in text or "下称" in text:
            short = self._short_name_defined(name, text)
            if short is not None:
                return short
        forms = self.place_forms
        if zone_counts:
            lead, title_end = title_line(text)
            title = text[lead:title_end] if 0 <= title_end - lead <= _TITLE_MAX else ""
            # (or the one its title writes: 云林离岛工业区114年… over 云林离岛式基础工业区 twice in the text)
            # (not 南科 of 南部科学园区: a park's full name, above)
            abbreviation = science_park_abbreviation(name, text)
            shorter = [z for z in zone_counts if len(z) < len(name) and z != abbreviation
                       and not _industrial_park_short_form(name, z)
                       and (zone_counts[z] >= zone_counts[name] or self._head_shortened(name, z) or z in title)
                       and self._same_zone_shorter(name, z)]
            if shorter:
                return max(shorter, key=lambda z: (zone_counts[z], -len(z)))
        province = place_prefix(name)
        if province is None:
            return name
        rest = name[len(province):]
        inner = place_prefix(rest)
        if not any(p.kind == "province" for p in forms[province]):
            if inner is not None and len(rest) > len(inner) + 1 and all(p.kind == "county" and not p.code for p in forms[inner]) \
                    and not all(p.kind == "county" for p in forms[province]):
                return rest  # 新北市五股工业区 → 五股工业区: a zone named after a place of its own (no division), the city before it
            return name
        if inner is not None and all(p.kind in ("city", "county") for p in forms[inner]):
            return rest
        return name

    def _definitions(self, text: str) -> list[tuple[int, str, bool, list[str]]]:
        """The short names the page defines (…(以下简称X), …(下称“X”)), in order: where each
        definition starts, the short name, whether the page goes on to use it (not a head alone:
        下称“产业园” names no zone) and the other names given with it (又称“中国光谷”).

        Scanned once per page (the last page's scan is kept): the subject rules ask for every
        company and zone of the page, and a scan per name grew with the square of the page."""
        cached = self._definitions_cache
        if cached is not None and cached[0] is text:
            return cached[1]
        found = []
        for m in _SHORT_NAME_DEFINED.finditer(text):
            short = m.group("short") or m.group("quoted")
            used = text.count(short) >= 2 and short not in self.zone_heads and short not in self.generic_subjects
            others = []
            more = OTHER_NAME_AFTER.match(text, m.end())
            while more is not None:
                others.append(more.group(1))
                more = OTHER_NAME_AFTER.match(text, more.end())
            others += [o[2:] for o in others if o.startswith("中国") and len(o) >= 4]
            head = next((h for h in self._zone_heads_longest if short.endswith(h)), None)
            if head is not None and len(short) - len(head) >= 2 and short[: -len(head)] not in self.place_forms:
                others.append(short[: -len(head)])  # (not 昆山 of 昆山试验区: the city stays the city)
            found.append((m.start(), short, used, others))
        self._definitions_cache = (text, found)
        return found

    def _short_name_defined(self, name: str, text: str) -> str | None:
        """The short name the page defines right after ``name`` and goes on to use (not a head
        alone: 下称“产业园” names no zone), or None."""
        related = None
        for start, short, used, _others in self._definitions(text):
            if not used:
                continue
            if text.endswith(name, 0, start):
                return short
            head = next((h for h in self._zone_heads_longest if name.endswith(h)), None)
            if related is None and head is not None and len(name) > len(head) + 1 \
                    and name[: -len(head)] not in self.place_forms \
                    and text.endswith(head, 0, start) \
                    and text.find(name[:2], max(0, start - _NAME_SPAN), start) >= 0:
                # 中德(沈阳)产业园 in a title, 中德(沈阳)高端装备制造产业园(下称“中德园”) in the text:
                # the same park, shorter; the page cites it by the name it defines (not 青海省开发区,
                # a province's zones together, before 青海高新技术产业开发区(以下简称青海高新区))
                related = short
        return related

    def _defined_name_of(self, name: str, text: str) -> str | None:
        """The short name a page defines for a zone (武汉东湖新技术开发区(下称“东湖高新区”,又称
        “中国光谷”)) when ``name`` is another name the page gives it (中国光谷), that name without
        中国 (光谷), or the short name without its head (漕河泾 of 漕河泾开发区)."""
        for _start, short, _used, others in self._definitions(text):
            if name == short:
                return None
            if name in others:
                return short
        return None

    def _sentences(self, text: str, anchors: list[int], *, infographic: bool = False) -> list[_Sentence]:
        """The sentences that hold an anchor (a quantity or a time), in order, with their paragraph
        (an infographic's: its panels, see :data:`_INFOGRAPHIC_TITLE`).

        Only those sentences are looked at: the sentence marks of the text are found in one scan,
        the bounds of each anchor's sentence by bisection among them.
        """
        # One scan for every sentence mark of the text, then bisection per anchor.
        marks = [m.start() for m in self._sentence_end_re.finditer(text)]
        newlines = [m.start() for m in _NEWLINE.finditer(text)]
        if infographic:
            # an infographic's panels (■ 2026年目标 / 地区生产总值增长 7.5% …): a heading and the lines
            # under it are one paragraph
            newlines = [p for p in newlines if text.startswith(_PANEL_HEADINGS, p + 1) or text.startswith("\n", p + 1)]
        if _SUBTITLE_LINE.search(text) is not None:
            # 00:06 …实现地区生产总值286.4亿元 / 00:11 同比增长7.9%: a video's subtitles, timecoded line by
            # line, are one paragraph, and a line break between two of them ends no sentence
            joined = {m.start() for m in _SUBTITLE_BREAK.finditer(text)}
            marks = [p for p in marks if p not in joined]
            newlines = [p for p in newlines if p not in joined]
        out: list[_Sentence] = []
        end = -1
        for pos in anchors:
            if pos < end:
                continue
            i = bisect_left(marks, pos)  # marks[i - 1] < pos <= marks[i]
            start = marks[i - 1] + 1 if i else 0
            if i and text[marks[i - 1]] != "\n":
                start = _skip_spaces(text, start)  # (。 济南量子技术研究院累计…: the spaces after a mark open no clause)
            if i < len(marks):
                end = marks[i] + 1
                if text[marks[i]] == "\n":
                    end -= 1  # the newline belongs to no sentence
            else:
                end = len(text)
            out.append(_Sentence(start, end, bisect_left(newlines, start)))
        return out


# Patterns used per sentence, compiled once.
_RIGHT_CONTEXT = 24
# a headline's figures stand in a page's first characters (its site name, path and title)
_HEADLINE_REACH = 240
_GRANTS_AMOUNT = re.compile(r"(?:补助|补贴|奖励|资助|奖补)(?:金额|资金|总额)")
# a number and its unit (60岁, 2000万元) before 及以上: a bound of the number, not a grade and those above it
# a grade's last character before 以上 (重度以上, 本科以上): a word's, no numeral's or magnitude's
_GRADE_BEFORE_BOUND = regex.compile(r"(?![一二三四五六七八九十两百千万亿半成倍及])\p{Han}")
_NUMBER_UNIT_END = regex.compile(r"[\d一二三四五六七八九十两]\p{Han}{0,2}$")
# a bracketed part that ends a table's header: 职业(工种), 签证份数(份)
# a count of rounds right after a verb of work (认定186批次)
_ROUNDS_AFTER = re.compile(r"\d[\d,.]*(?:批次|轮次)")
_BRACKETED_END = re.compile(r"[(（][^()（）]*[)）]$")
# A headline: a short line of its own, without a sentence's punctuation.
_HEADLINE = regex.compile(r"[ \t]*[^\n。,;!?]{4,40}[ \t]*")
# (实有经营主体 超9.5万户: an infographic's label and its value, one clause)
_HEADLINE_GAP = regex.compile(r"(?<=\S)[ \t\u3000]+(?=\p{Han})(?!(?:超过|超|近|约|逾|达|共|仅)\d)")
# Words that point back to the zone or company a paragraph is about.
# 该园区, 该企业; 公司 opening a clause (…董事长说,公司今年营业收入…): the company named last
# (发行人: a bond prospectus's word for the company issuing it, named in its running header)
# (a bare 协会 or 学校 opening a clause points back to the body of that kind named before: the
# anaphor → the heads of the names it stands for, ``body_anaphors`` of the cue data)
_MODULE_CUES = load_claim_cues()  # (the module's own patterns, read once)
_BODY_ANAPHOR_HEADS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _MODULE_CUES["body_anaphors"].items()}
_BODY_ANAPHORS = tuple(_BODY_ANAPHOR_HEADS)
_BODY_HEADS = tuple(sorted({h for heads in _BODY_ANAPHOR_HEADS.values() for h in heads}))
_SELF_REPORTING = frozenset(_MODULE_CUES["self_reporting_bodies"])
_ANAPHOR = regex.compile(rf"该(?:基地|园区|高新区|开发区|园|区|企业|公司)|(?:该|本)[院行](?=\p{{Han}})|本公司(?=\p{{Han}})|该关(?![键系注于联口卡闭停心切税照乎])(?=\p{{Han}})|该处(?=\p{{Han}})|(?:(?<=[,，。;；:：“”\"])|(?<=[(（][一二三四五六七八九十\d]{{1,3}}[)）])|(?<=\n)(?=(?:{'|'.join(_BODY_ANAPHORS)})))(?:公司|{'|'.join(_BODY_ANAPHORS)})(?=\p{{Han}}|\d{{2,4}}年)"
                         r"|发行人(?!所在)|(?<=[,，。;；:：、\s])[甲乙丙]方(?=\p{Han})")
# 企业 standing for the company named just before (see _SentenceContext._firm_anaphors)
_FIRM_ANAPHOR = regex.compile(r"企业(?![数总家个])(?=\p{Han})")
_FIRM_ANAPHOR_REACH = 300
_RANK_SCOPE_BETWEEN = regex.compile(r"(?<=[居列排名在持])(?!在)\p{Han}{1,14}(?:\d{1,3}个\p{Han}{1,4}(?:[(（]\p{Han}{1,2}[)）])?)?$")
# a video's subtitles: lines that start with a timecode (00:06 先看总量…)
_SUBTITLE_LINE = regex.compile(r"\n\d{1,2}:\d{2}(?::\d{2})?[ \t]")
_SUBTITLE_BREAK = regex.compile(r"(?<=^\d{1,2}:\d{2}(?::\d{2})?[ \t][^\n]*)\n(?=\d{1,2}:\d{2}(?::\d{2})?[ \t])", regex.MULTILINE)
_SUBTITLE_BREAK_AND_CODE = regex.compile(r"\n\d{1,2}:\d{2}(?::\d{2})?[ \t]+")
_ORIGIN_JOINED = regex.compile(r"[和与及、]\p{Han}{2,8}?(?=企业|资金|资本|投资|客商)")
_RANK_VERBS_BEFORE_SCOPE = frozenset({"排名", "位列", "位居", "名列", "排在"})
# an infographic's changes: an arrow before the rate (↑6.8%), explained by a legend (↑…同比增长)
_UP_ARROWS = frozenset("↑▲")
_PANEL_HEADINGS = ("■", "●", "◆", "▌")
_PANEL_HEADING_MAX = 24
_LABEL_LINE = regex.compile(r"[ \t]*(?P<label>\p{Han}[\p{Han}A-Za-z()（）]{1,19})[ \t]*")
_ARROW_BEFORE = regex.compile(r"([↑↓▲▼])\s*$")
_ARROW_LEGEND_YOY = regex.compile(r"[↑▲][^\n]{0,12}同比")
# 一图读懂|2025年济宁高新区经济运行情况: an infographic's title dates its panels
_INFOGRAPHIC_TITLE = regex.compile(r"(?:一图读懂|一图看懂|图解|图说)[^\n]{0,6}?((?:19|20)\d{2})年")
_OPENING_CHARS = 300  # a page's site name, path, title and dateline
_WHERE_IT_IS = ("所在的", "所在", "所属的")
_COMPANY_WORD = regex.compile(r"公司(?=\p{Han})")
_GENERIC_ZONE_WORDS = tuple(_MODULE_CUES["generic_subject_words"])
_NUMBERED_PART = regex.compile(r"第[一二三四五六七八九十\d]+")  # 楠梓第三园区: a zone's numbered park
# a zone's bare word heading a clause, or after its time (…。园区绿覆率…, 114年园区周边…)
_ZONE_WORD_HEADING = regex.compile(r"(?:(?<=[,，。;；:：\n])|(?<=\d年))(?:园区|高新区|开发区|经开区)(?=\p{Han}|\d)")
_NEWLINE = re.compile(r"\n")
_MONTH_POINT = regex.compile(r"\d{4}-\d{2}")


def _row_and_column(row: str, label: str) -> str:
    """A table cell's metric: its row's kind, then its column's label. 其中 heading a column
    (新建改造|其中LED) makes the column a part of another, not a word of the metric. (A row
    whose name ends as the label begins keeps both: 大型企业|企业数, set 91.)"""
    if label.startswith("其中") and len(label) > 2:
        label = label[2:]
    return row + label


_LISTED_FIRMS = frozenset({"公司", "企业", "厂商"})


def _part_completed(part: str, whole: str) -> str | None:
    """What a part after 其中 leaves of its whole's name unwritten: the firms after the deed the part
    ends with (境内上市 of 上市公司 → 公司); None when the part names its own thing (智能算力 of
    算力总规模, 发明专利授权 of 专利授权量: the part's measure as written, sets 27 and 122)."""
    for k in range(min(len(part), len(whole) - 1), 1, -1):
        if part.endswith(whole[:k]) and len(part) > k:
            rest = whole[k:]
            return rest if rest in _LISTED_FIRMS else None
    return None


def _place_stem(name: str) -> str:
    """深圳市 → 深圳: a place's name without the word for its level, as other names hold it."""
    return name[:-1] if len(name) > 2 and name[-1] in "省市县区" else name


_CLASS_AFTER_RANK = re.compile(r"(?:企业|公司|集团|跨国公司|品牌|民企|高校|大学)")


def _names_a_class(q: Quantity, text: str) -> bool:
    """世界500强企业: a rank of a list (N强) right before a class of firms names that class."""
    return q.kind == "rank" and q.text.endswith("强") and _CLASS_AFTER_RANK.match(text, q.end) is not None


# a lead that announces the list under it, ending its paragraph (其中:, 具体如下:), maybe before a
# bullet that opens the item (…其中:\n▶ 集成电路:…)
_LIST_BULLETS = "▶►•●◆■▪"  # (the marks that open a list's items on lines of their own)
_LIST_LEAD_BEFORE = re.compile(rf"(?:其中|具体|分别|如下)[:：][ \t]*\n[\n \t]*(?:[{_LIST_BULLETS}·\-][ \t]*)?$")
_BULLET_AT = re.compile(rf"[ \t]*([{_LIST_BULLETS}])")


def _next_bullet_item(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` opens with the bullet the line before it opened with (the next
    item of a bulleted list: ▶ 集成电路:…\n▶ 生物医药:…)."""
    line = text.rfind("\n", 0, pos) + 1
    here = _BULLET_AT.match(text, line)
    if here is None:
        return False
    before_end = line - 1
    while before_end > 0 and text[before_end - 1] == "\n":
        before_end -= 1  # (past blank lines)
    before = _BULLET_AT.match(text, text.rfind("\n", 0, before_end) + 1)
    return before is not None and before.group(1) == here.group(1)


# a list item's label at its line's head, after a bullet (▶ 集成电路：产业规模…)
_BULLET_LABEL = re.compile(rf"(?:^|\n)[ \t]*(?:[{_LIST_BULLETS}·\-]|\d{{1,2}}[.、])?[ \t]*([\u4e00-\u9fff]{{2,8}})$")
_PARK_ENDINGS = ("园区", "园")  # (a park's name: 深哈产业园, 深圳园区; no 高新区, 新区, 合作区)
_LOCATED_AT = re.compile(r"(?:位于|地处)[^,，。；;、\n]{0,10}$")
_OF_AFTER_PLACE = re.compile(r"[^,，。；;、\n]{0,6}?的")
_SAME_PERIOD_OPENING = re.compile(r"同期(?:内)?[,，]")
_NOW = re.compile(r"(?:截至)?(?:目前|当前|现在|如今|迄今|至今)")
_YEAR_OR_MONTHS = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2})?)?")
_DAY_POINT = regex.compile(r"\d{4}-\d{2}-\d{2}")
_DAY_SPAN = regex.compile(r"(\d{4}-\d{2})-\d{2}/(\d{4}-\d{2})-\d{2}")
_YEAR_SPAN = regex.compile(r"(\d{4})/(\d{4})")
_YEAR_LIST_GAP = regex.compile(r"[、,，和及与\s]*")  # between the years of a list (2024年度、2025年度和2026年度)
_SAME_BELOW = regex.compile(r"[,，]\s*下同")  # (2024年度、2025年度和2026年度,下同): for the rest of the page
_NOT_A_WORD = regex.compile(r"[^\p{L}\p{N}]+|[\d.]+|[一二两三四五六七八九十百千万亿零〇]+")
_CLAUSE_MARK = regex.compile(r"[,，;；:：]")
_OPENING_QUOTES = frozenset("「『“\"《")
_SENTENCE_MARK = regex.compile(r"[;；。]")
_LIST_JOINER = regex.compile(r"[、和及与]|以及")
_LAST_JOINER = regex.compile(r"(?:以及|和|与|及)(?!.*(?:以及|和|与|及))")  # the last joiner of a list
# the count of a list before its shared head: 三大主导产业产值, 两大支柱产业
_LIST_COUNT = re.compile(r"(?P<n>[二两三四五六七八九十])(?:大|个|类)(?:主导|重点|支柱|优势|新兴|战略性新兴)?")
_LIST_COUNT_VALUES = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 比改造前的2022年增长85%: a year compared with, after what it was before (a basis, not a period)
_COMPARED_WITH_TIME = regex.compile(r"(?:比|较)(?:[^\d,，;；。、]|\d{2,4}(?=年)){1,6}的$")  # (较114年同期的)
_WHOLE_AVERAGE = regex.compile(r"(?:全国|全省|全市|全区|全县|同类园区|同行业)(?:平均水平|平均值|平均)")
_TIME_OF_LEVEL = regex.compile(r"(?:(?:19|20)\d{2}年(?:底|末)?|\d{2,3}年)的?$")
_NUMBER_START = regex.compile(r"\s*[\d一二三四五六七八九十两百千]")
_LAND_NOUNS = tuple(_MODULE_CUES["land_nouns"])
_PLANNING_VERBS = tuple(_MODULE_CUES["planning_verbs"])
_BODY_ACTION_VERBS = frozenset(_MODULE_CUES["body_action_verbs"])
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,60}》")
_HEADER_RELATIVE_YEARS = frozenset(_MODULE_CUES["header_relative_years"])
_ZONE_DEPARTMENT_HEADS = tuple(_MODULE_CUES["zone_department_heads"])
_CLAUSE_END_PAST_LISTS = regex.compile(r"[,，;；。]")
_SHORT_PAIR = regex.compile(r"(?:其中)?\p{Han}{1,3}")
_VOLTAGE_CLASSES = ("千伏", "kV")
_RANKED_TOTALS = ("总数", "总量", "数量")
_RANKED_COUNTS = (*_RANKED_TOTALS, "规模")  # (日资企业数量居全市第一: the count of a class, ranked)
# kinds a change may be in (a rate, a count, an amount or a measure: 较113年度减少3.4公顷), and those
# whose change needs its basis written (比上年增加5.21亿元: an amount alone after 增加 is a level's part)
_AMOUNT_KINDS = frozenset({"money", "duration", "other", "area", "length", "mass", "energy", "power", "volume"})
_GROWTH_RATE_KINDS = frozenset({"percent", "multiple"})
_CHANGE_KINDS = frozenset({"percent", "percentage_point", "multiple", "count"}) | _AMOUNT_KINDS
_FACILITY_HEADS = "|".join(map(re.escape, _MODULE_CUES["facility_heads"]))
# a facility a table's caption names, after the caption's number or time (表1 115年第1季湖口交流道各匝道…)
_CAPTION_FACILITY = re.compile(rf"(?<=[\d年季月\s\u3000])(?![年季月度])(?P<name>[\u4e00-\u9fff]{{2,5}}?(?:{_FACILITY_HEADS}))(?=各|[\u4e00-\u9fff])")
_OWN_ACCOUNTS = re.compile(r"收支|财务报告|财务收支|审计报告|捐赠")  # a title announcing a body's own accounts
_ACCOUNTING_BODIES = ("协会", "基金会", "商会", "学会", "联合会", "促进会")
_CLAUSE_OPENERS = frozenset("，,；;。：:\n")  # the marks a clause or sentence opens after
_TIME_BEFORE = re.compile(r"(?:\d{4}年|全年|今年|去年)[，,]?$")
_ALL_OF_LIST = re.compile(r"[^，,；;。]{0,30}?、[^，,；;。]{0,30}?[均都]")  # a list's things, then 均/都: each of them
_ALL_HAVE_DONE = re.compile(r"[^，,；;。、\d]{1,12}?[均都]已")  # the things counted, then 均已: each has done it
_ALL_OF_LIST_END = re.compile(r"[^，,；;。、]{1,12}?[均都]")  # the list's last thing, then 均/都
_AROUND = ("周边", "周围", "附近")  # after a name: the area around it, no subject
_FIRM_CLASS_OPENING = regex.compile(r"(\p{Han}{2,6}?企业)(?=\p{Han}{2,})")  # 报送企业|营业收入
_SHARE_IN_METRIC = regex.compile(r"占|比重|比例|比率")
_MEASURE_ENDS = frozenset("率额量数值")  # what a measure's name ends with (闲置率, 交易额)
_CHANGE_STARTS = frozenset("降增升达减涨跌提")  # what a verb of change or reaching starts with (降至, 达到)
_MEASURE_THEN_CHANGE = re.compile(f"[{''.join(sorted(_MEASURE_ENDS))}][{''.join(sorted(_CHANGE_STARTS))}]")
_TOPIC_MEASURE = regex.compile(r"\p{Han}{2,24}(?:比例|比率|占比|比重|支付比例|报销比例|达标率|覆盖率)")  # a measure named as a topic
_TOPIC_ITEM_MAX = 8  # how long a kind after such a topic may be (职工医保, 城乡居民医保)
_ON_WHOM_DONE = regex.compile(r"对\p{Han}{1,12}?(?:开展|进行|实施)(?=\p{Han})")  # 对辖区定点医药机构开展现场检查: on whom is no part of what
_ROUTE = regex.compile(r"\p{Han}{0,6}?自\p{Han}{1,16}?至\p{Han}{1,10}?的(?=\p{Han})")  # 上班尖峰自湖口交流道南下出口至工业区的平均旅行时间: the route, no part of what
_DURING = regex.compile(r"\p{Han}{1,4}期间(?=\p{Han})")  # 寒潮期间日最大供热负荷: when it peaked is no part of what
# when, on whom or along which route a thing was done, before what was done (one pattern for the three)
_SCENE_BEFORE = regex.compile(f"{_DURING.pattern}|{_ON_WHOM_DONE.pattern}|{_ROUTE.pattern}")
_AT_EVENT = regex.compile(r"\p{Han}{0,6}?(?:会|论坛|峰会|仪式|活动|现场)上")
_MULTIPLE_OF = regex.compile(r"\s*(?:约|大约)?(?P<verb>是|为|相当于)(?P<other>\p{Han}{2,16}?)的(?:近|约|超过|逾|超)?")
_NAME_SPAN = 30  # the longest zone name a definition in brackets follows
# …(以下简称“大工科技园”), …(简称大工科技园): the short name a page defines right after a name
# (创兴银行汕头分行(“汕头分行”): a short name in quotes and brackets alone, as a release defines it)
_SHORT_NAME_DEFINED = re.compile(r"[(（]\s*(?:(?:(?:以下|下文)?简称|下称)\s*[“\"「]?(?P<short>[^”\"」)）,，]{2,12})"
                                 r"|[“\"「](?P<quoted>[^”\"」)）,，]{2,12})[”\"」]\s*[)）])")
# “1210”网购保税进口, “9710”“9810”跨境电商B2B出口: codes in quotes before a metric label the
# regime (customs codes); what is measured follows them.
_QUOTED_CODES = regex.compile(r"(?:[“\"「『][0-9A-Za-z.\-]+[”\"」』])+")
# 锂电、光伏两大产业链产值: a number of kinds that sums up the list before it (两大, 三类).
_LIST_SUM = re.compile(r"[两二三四五六七八九十几多]+(?:大|类|项|种)")
# 一是做强西宁经开区。…: an item of a plan that opens with what it is about (its first sentence).
_ITEM_HEAD = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]|首先|其次|再次|最后"
                        r"|[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])[^。；;\n]{0,30}[。；;]")
# Kinds whose amount a page converts to another unit right after it (2816亩(约187.7公顷)).
_CONVERTIBLE = frozenset({"money", "area", "mass", "length", "energy", "power"})
_POINTING_BACK = re.compile(r"该(?:基地|园区|高新区|开发区|项目|企业|公司|园|区)|发行人|[甲乙丙]方")  # at a metric's start
# A row of a text table, up to its value: 其中:汽车及零部件产业产值(亿元): (its unit in brackets,
# maybe with a note: 高新技术企业(家,截至9月末):)
_TABLE_LABEL = r"(?P<label>[^\s:：,，;；。()（）]{2,30})[(（][^()（）\n]{1,12}[)）][ \t]*[:：][ \t]*"
_TABLE_LABEL_BEFORE = re.compile(_TABLE_LABEL + r"$")
_TABLE_LABEL_NO_VALUE = re.compile(_TABLE_LABEL + r"[—–-]+[ \t]*[,，][ \t]*$")
_TABLE_LABEL_AT = re.compile(r"[ \t\u3000]*(?:其中[:：])?[ \t\u3000]*" + _TABLE_LABEL)
# Plans for a year come out in its first quarter (work reports, 两会): from April on, a page reports
# the year so far, and its year is no plan by itself (sets 1-72: none lost, sets 25 and 72 gained).
_PLANS_UNTIL_MONTH = 4
# a national ranking names no scope (the gold's 综合评价排名: seed 002 and sets 3, 6, 8, 10, 19; sets 71, 108,
# 122, 124, 125, 128, 132 and 133 wrote 全国 from the words before the zones ranked)
_SUBNATIONAL_SCOPES = ("全省", "全市", "全区")
_PART_OF_PERIOD = re.compile(r"其中[^,，;；。]*$")  # 其中一季度、二季度…
_TIME_LIST_REST = re.compile(r"(?:其中)?[、和及与\s]*")  # what a list of periods leaves: 其中一季度、二季度
_TO_DATE = re.compile(r"至今|迄今")  # a year things are counted from, up to the page's date
_END_OF_ITEMS = re.compile(r"[。！？!?\n]")  # what ends a list of items parted by semicolons
_WITHIN_A_YEAR = re.compile(r"(\d{4})-\d\d(?:/\1-\d\d)?")  # 2024-10/2024-12, 2024-03
_TABLE_NUMBER = re.compile(r"[ \t]*(?:表|附表)?[ \t]*[\d一二三四五六七八九十]*(?:[-－.][\d]+)?[ \t\u3000:：]*")
_CAPTION_NOTE = re.compile(r"[(（][^()（）]{1,10}[)）]\s*$")
_CAPTION_TAIL = re.compile(r"(?:统计表|统计|情况表|情况|一览表|汇总表|汇总|明细表|表)$")
_HAN_ONLY = regex.compile(r"\p{Han}+")
_COLUMN_TIME_WORDS = re.compile(r"^(?:累计|当年|本年|全年|今年|年内)")
# 2025年全区5G基站建设情况(分运营企业): what a table counts, past its year, its scope and its kind of table
_CAPTION_MEASURE = regex.compile(r"(?:附?表[\d一二三四五六七八九十]*(?:[-－.]\d+)?[ \t\u3000:：]*)?(?:\d{4}年度?)?(?:全区|全市|全县|全省|区内|园区)?(?P<measure>[\p{Han}A-Za-z\d]{2,10}?)"
                                 r"(?:建设|运行|发展|经营|开通)?(?:情况|统计|统计表|情况表|一览表)?(?:[(（][^()（）]{1,10}[)）])?\s*")
# a company's own voice at the head of a clause (2025年，公司…; 本公司位于…)
_HAN_CHAR = regex.compile(r"\p{Han}")
# characters glued before a rank verb that are no part of what is ranked (均居, 仍居, 的)
_NOT_GLUED_TO_VERB = frozenset("的均仍也都又再已并稳")
# a sentence that opens with an industry as its topic (钛及钛合金产业是…, 新能源产业作为…)
_INDUSTRY_TOPIC = regex.compile(r"(?P<industry>[\p{Han}]{2,14}?(?:产业|行业))(?:是|作为)")
# an industry opening its sentence (after its time), then what drove or held it back
_INDUSTRY_WITH_CAUSE = regex.compile(r"(?P<industry>\p{Han}{2,10}?(?:产业|行业))"
                                     r"(?:受惠于|受益于|得益于|受|因|随着|凭借)")
_INDUSTRY_NAMED_BEFORE = regex.compile(r"[^,，;；。:：]*?(?:的是|就是|当属)(?P<industry>\p{Han}{2,12}?(?:产业|行业))[,，]")
_INDUSTRY_BEFORE_TIME = regex.compile(r"(?P<industry>\p{Han}{2,10}?(?:产业|行业))")
_TIME_OR_NOTHING = regex.compile(r"(?:全年|今年|去年|上半年|\d{4}年)?")
_NO_CLAUSE_MARK = regex.compile(r"[^,，;；。:：、]*")
# the rest of a clause after a count's noun, what the things counted did (在香港交易所上市), up to its comma
_DEED_TO_CLAUSE_END = regex.compile(r"[^,，;；。:：、\d]{1,20}(?=[,，])")
# a list's item that opens with the project it is about (高性能碳纤维复合材料项目,总投资6.5亿元)
_ITEM_NAMING_PROJECT = regex.compile(r"(?P<project>[^,，;；。:：、\d]{2,30}?项目)[,，]")
# a company that runs parks, named after them (香港科技园公司, 某某产业园开发有限公司)
_PARK_OPERATOR = regex.compile(r"(?:科技园|科学园|园区|产业园|工业园|创新园)(?:发展|开发|建设|运营|管理|投资)*(?:有限)?公司$")
# a title's verb announcing the figures of whom it opens with (…公布二〇二五年主要营运数字, …发布2025年经营业绩)
_ANNOUNCES_OWN_FIGURES = regex.compile(r"(?:公布|发布|披露)[^\n,，。]{0,16}?(?:数字|数据|业绩|经营情况|营运情况|运营情况)")
_SELF_WORDS = frozenset(("本公司", "公司"))  # what a company calls itself, no name it goes by
_MANAGED_PARK_MENTIONS = 3  # a park named so often on its managing company's page is what the page is about
_DEADLINE_AFTER_TIME = frozenset(("前", "之前", "以前"))
_TIME_PREPOSITIONS = frozenset(("于", "在", "到"))
_COMPANY_VOICE = regex.compile(rf"(?:^|(?<=[,，。;；:：\n]))(?:{'|'.join(sorted(_SELF_WORDS, key=len, reverse=True))})(?=\p{{Han}})",
                               regex.MULTILINE)
_KNOWN_NAMES_MAX = 50_000
_TAKING_PART = tuple(_MODULE_CUES["taking_part_verbs"])
_MONTHLY_TITLE = re.compile(r"((?:19|20)\d{2})年(1[0-2]|[1-9])月[^\n。]{0,30}?(?:月报|月度报告|月度简报)")
_THIS_MONTH = frozenset({"当月", "本月"})
_QUARTER_ROW = re.compile(r"第?([1-4一二三四])季度?")
_QUARTER_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}
_MONTH_ROW = re.compile(r"(1[0-2]|[1-9])月份?")
_BARE_TIME = re.compile(r"(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月(?:份|底|末|初|中旬|上旬|下旬)?"
                        r"|(?:第?[一二三四1-4]季度|第[一二三四1-4]季|上半年|下半年|前三季度|年底|年末|年内)")
_QUARTER_SPAN = re.compile(r"(\d{4})-(01/\1-03|04/\1-06|07/\1-09|10/\1-12)")
_THIS_QUARTER = frozenset({"本季", "本季度"})
_THIS_SEASON = frozenset({"本采暖季", "本供暖季", "本供热季", "该采暖季", "全季"})
_SEASON_WORD = re.compile(r"采暖季|供暖季|供热季")
_SEASON_SPAN = re.compile(r"(\d{4})-1[0-2]/\d{4}-0[1-4]")  # a heating season, across two years
_TIGHT_QUANTITY = re.compile(r"(?:达|有|共|约|为)?[\d〇零一二两三四五六七八九十百千]")  # a number right after a name
# A report's top-level heading on a line of its own (二、2027年工作计划), and the words that make
# one a review however it is worded (一、目标任务完成情况, 一、2026年工作回顾)
_TOP_HEADING = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,3}、(?P<title>[^\n。；;]{2,30})[ \t]*$")
_REVIEW_HEADING = re.compile(r"情况|回顾|总结|成效|成绩|进展|完成")
_PLAN_HEADING = re.compile(r"计划|目标|任务|工作安排|思路|打算|展望|预算草案")  # (not 拟采取的环境保护措施, 奖励安排: done)


def _in_plan_section(sections: list[tuple[int, bool]], pos: int) -> bool:
    """Whether the last top-level section before ``pos`` lays out plans."""
    if not sections:
        return False
    k = bisect_right(sections, (pos, True)) - 1
    return k >= 0 and sections[k][1]


_SUMMARY_TITLE = re.compile(r"(?m)^[^\n。，,]{2,40}?总结[ \t]*$")
_LIST_GAP_CHARS = frozenset(",，、;；:：")
_LIST_GAP_BEFORE = re.compile(r"\s*(?:[、和及与]|以及)\s*$")  # a list joiner right before a value
_LIST_GAP = re.compile(r"\s*(?:[、,，和及与]|以及)\s*")  # between two items of a list of names
# (今年我们预估会超过700亿元: a speaker's forecast of the figure before is elliptical too)
# (未来科技城完成9.6亿元 after 天府国际生物城实现一般公共预算收入18.2亿元: the verb of the figure before)
# (力争年底前提升至九成以上: a target's words and the verb of reaching it, around the deadline's time)
_COPULA_ONLY = regex.compile(r"(?:我们|预计|预估|预期|估计|有望|可望|将会|会|能够|超过|只有|仅有|完成|实现|力争|争取|确保"
                             r"|(?:提升|提高|增加|增长|上升|回升)(?:至|到)|增至|升至|(?:年底|年末|年内)前?|[的为是达到了仅只约近超突破逾而则也才\s])*")
_COMPARISON = regex.compile(r"(?:比|较)[^,，;；。]{0,12}")
_SHARE_WORDS = ("比重", "比例", "份额")
_AMPERSANDS = frozenset("&＆")
_FROM_CHARS = frozenset("从由")
_FROM_TIME_TAIL = re.compile(r"(?:末|底|同期)?的")


# a rate named bare before 分别 (开通率分别为…): each listed item's rate
_BARE_RATE = regex.compile(r"\p{Han}{0,4}(?:率|占比|比重|比例)")
_ITEM_NAME_STARTS = ("、", "，", ",", "；", ";", "的", "：", ":")


# the plan's own level inside a completion (完成年度计划94公里的, 完成全年目标(320亿元)的)
_PLAN_LEVEL = r"[(（]?[\d.,，]+[\u4e00-\u9fff]{0,3}[)）]?"
_QUANTITY_TEXT_AFTER_PLAN = re.compile(_PLAN_LEVEL + r"(?=的?$)")


# a task or a target named after its size (完成94公里年度改造任务, 完成500亿元全年目标), to the clause's end
_TASK_NAMED_AFTER = regex.compile(r"(?:年度|全年)\p{Han}{0,6}(?:任务|目标)(?=[,，;；。])")


def _level_started_from(t: TimeExpression, text: str) -> bool:
    """Whether ``t`` is the time a level rose or fell from (由2018年的1.81%, 由上年末的36.8%)."""
    return text[t.start - 1 : t.start] in _FROM_CHARS and _FROM_TIME_TAIL.match(text, t.end) is not None

_FROM = re.compile(f"[{''.join(sorted(_FROM_CHARS))}]")  # 从280家增长至1280家, 由2018年的1.81%提高到2.57%
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_REACHED = frozenset(("至", "到", "在", "至约", "到约", "至近", "到近"))  # after a change verb: the level reached (回升至, 控制在; 提升|至约: glued to its qualifier)


_LIST_JOINERS = frozenset("、和及与")


# 试点自2023年启动以来,累计完成投资5.08亿元: a total since a year, to the latest year the page reports
_SINCE_YEAR = re.compile(r"((?:19|20)\d\d)年[^,，;；。]{0,10}?以来[,，]?[^;；。]{0,12}?累计")


def _cumulative_since(drafts: list[_Draft], text: str) -> None:
    """Totals since a year (自2023年启动以来,累计…) span from it to the latest year the page's
    figures are of (2023/2025), not the year they started."""
    latest = max((int(d.period) for d in drafts if d.period and d.period.isdigit() and d.status == "actual"), default=None)
    for d in drafts:
        if d.period is None or not d.period.isdigit() or latest is None or int(d.period) >= latest:
            continue
        since = _SINCE_YEAR.search(text, d.sentence.start, d.metric_start + 2)
        if since is not None and since.group(1) == d.period and since.end() <= d.metric_start + 2:
            d.period = f"{d.period}/{latest}"


# (12家企业营业收入超亿元: a level of the firms, no deed)
_NO_QUOTES = str.maketrans("", "", "“”「」‘’\"")
_ALL_HAN = regex.compile(r"\p{Han}+")
_LEVEL_IN_DEED = re.compile(r"[\d%％]|超|达|亿|万|以上|以下|占|增长|下降")

# 完成投资52.4亿元: a measure that says nothing without the verb (and who completed it) before it
_BARE_COMPLETED = frozenset(_MODULE_CUES["bare_completed_metrics"])
_DOUBLED_SINCE = regex.compile(rf"(?:{_COMPARISON.pattern}|与[^,，;；。]{{1,10}}?相比)$")  # (较2023年翻一番)
_ON_THE_BASIS = re.compile(r"的?基础上")  # 在去年基础上: the base a change starts from
_BASE_PHRASE = re.compile(r"在[^,，。;；]{1,12}?的?基础上$")
_INDUSTRY_FIRMS = "业企业"  # the firms of an industry (软件和信息服务业企业, 智能制造产业企业), counted
_TOPIC_OPENING = re.compile(r"方面[,，]")  # 臺南科技工業區方面,…: the topic of what follows
_BUDGET_SIDES = ("收入", "支出")  # the two sides of a budget, each written alone after the other


# 依授权方式,专属授权27案: a sentence that opens a breakdown of its own
_BREAKDOWN_OPENING = re.compile(r"\s*(?:依|按|从|分)[\u4e00-\u9fff]{1,6}?(?:别|方式|类型|结构)(?:来看|看|观察)?[,，:：]")


def _full_body_name(name: str, org_names: set[str]) -> str | None:
    """工业技术研究院 for 工研院 on a page that names it in full: a body's short name (its characters in
    order, from the first to its head's last) cites the one full name the page writes for it (not a
    part of it named with the short name, 工研院南分院)."""
    if not 2 <= len(name) <= 4:
        return None
    place = place_prefix(name)
    if place is not None and len(name) - len(place) >= 2:
        return None  # 兰州大学 beside 兰州理工大学: a place and a whole head, a body's full name of its own
    fulls = [n for n in org_names if len(n) > len(name) + 1 and n[0] == name[0] and n[-1] == name[-1]
             and not n.startswith(name) and in_order(name, n)]
    return fulls[0] if len(fulls) == 1 else None


# the words of a stock, which the new ones among it are not (燃料电池汽车保有量: 新增燃料电池汽车)
_STOCK_WORDS = tuple(_MODULE_CUES["stock_words"])


def _new_part_of_the_whole(drafts: list[_Draft], text: str, flow_verbs: frozenset[str]) -> None:
    """建立企业年金的企业达到1,286家,其中当年新建214家: the new ones among the figure before 其中 are
    of its noun (新建企业年金的企业; the whole's verb goes where the new one renews it, 建立 for 新建,
    and stays where it does not, 新增有进出口实绩的企业)."""
    for k, d in enumerate(drafts):
        if d.metric not in flow_verbs or not d.metric.startswith("新") or d.quantity is None or d.quantity.kind != "count":
            continue
        whole = _whole_before_among(drafts, k, text, lambda q, metric: q.kind == "count" and metric not in flow_verbs)
        if whole is None:
            continue
        noun = whole.metric[2:] if d.metric[-1] in whole.metric[:2] and len(whole.metric) > 3 else whole.metric
        stock = next((w for w in _STOCK_WORDS if noun.endswith(w) and len(noun) > len(w) + 1), "")
        d.metric += noun[: len(noun) - len(stock)]  # (保有量1,530辆,其中当年新增386辆: 新增燃料电池汽车)


def _share_of_the_whole(drafts: list[_Draft], text: str) -> None:
    """引进人才1,200人,其中省外人才460人,占38.3%: a share with no whole named is a share of the
    figure before 其中 (省外人才占引进人才), else of what the page does not say (…占比)."""
    for k, d in enumerate(drafts):
        if not d.metric.endswith("占") or d.quantity is None or d.quantity.kind != "percent":
            continue
        whole = _whole_before_among(drafts, k, text, lambda q, metric: q.kind != "percent" and not metric.endswith("占"))
        # (no whole anywhere: the part's 占比, as annotators write it: 金属制品业进用人数最多,达246人,
        # 占21.8% → 金属制品业进用人数占比)
        d.metric += whole.metric if whole is not None else "比"


# between a list item's zone and its figure: a few characters of the metric, no clause mark
_FIRMS_AS_EXAMPLES = regex.compile(r"等(?:\p{Han}{0,4}?)(?:厂商|企业|公司|业者)(?!\d)")
_LIST_MARK_PAST_BOUND = regex.compile(r"(?:以上|左右)?、")
_ITEM_GAP = regex.compile(r"[^,，。;；、]{0,8}")


# 税收方面, 开放型经济方面: a paragraph that opens with the aspect of the figures before it
_ASPECT_OPENING = re.compile(r"[\u4e00-\u9fff]{1,8}方面[,，]")
_MONTHS_RUN = regex.compile(r"前\d|前[一二三四五六七八九十]|\d\s*[-—–~至]\s*\d")  # (前10月, 1—10月: months run through)
# a year named for a plan (2026年高新区计划…), and a time within a year (今年第三季, 6月底)
_PLANNED_YEAR = regex.compile(r"\d{4}年(?!\d|底|末|初)")
_WITHIN_YEAR_WORD = regex.compile(r"[季月]|年底|年末|年初|上半年|下半年")


def _stages_listed(drafts: list[_Draft], text: str, stage_verbs: frozenset[str]) -> list[_Draft]:
    """老旧小区改造开工48个、完工42个,完工数量同比增加11个: a list item that is a stage alone (完工) is
    a stage of what the item before named (老旧小区改造完工); a change of that stage's number
    right after it (完工数量同比增加11个) is that claim's change, and no draft of its own. Returns
    the drafts left."""
    merged = False
    for k in range(1, len(drafts)):
        d, before = drafts[k], drafts[k - 1]
        if d.quantity is None or before.quantity is None or d.metric not in stage_verbs \
                or text[before.quantity.end : d.metric_start] != "、":
            continue
        stage = next((v for v in stage_verbs if before.metric.endswith(v) and len(before.metric) > len(v)), None)
        if stage is not None:
            d.metric = before.metric[: -len(stage)] + d.metric
    for k in range(1, len(drafts)):
        d, level = drafts[k], drafts[k - 1]
        if d.quantity is not None or d.change is None or level.quantity is None or level.change is not None \
                or d.change.unit != level.quantity.unit:
            continue
        named = text[d.metric_start : d.metric_start + len(d.metric)]
        stage = named.removesuffix("数量").removesuffix("数")
        if stage and stage != named and level.metric.endswith(stage) and text[level.quantity.end : d.metric_start] in (",", "，"):
            level.change, d.change = d.change, None
            merged = True
    return [d for d in drafts if d.quantity is not None or d.change is not None] if merged else drafts


def _elliptical_object(drafts: list[_Draft], earlier: list[_Draft], text: str) -> None:
    """共發生竊盜案件241件,…其中假日發生97件,占40.2%: a part counted by the verb alone (假日发生) counts
    what the whole's same verb took before it (假日发生窃盗案件, and its share)."""
    for k, d in enumerate(drafts):
        verb = next((v for v in _OCCURRENCE_VERBS if d.metric.endswith(v)), None)
        if verb is None or d.quantity is None or d.quantity.kind != "count" or len(d.metric) > 6:
            continue
        whole = next((e for e in reversed(earlier[-8:] + drafts[:k]) if e.quantity is not None
                      and e.quantity.unit == d.quantity.unit
                      and text.find("。", e.metric_start, d.metric_start) < 0  # (past a semicolon, not a full stop)
                      and e.metric and not e.metric.endswith(verb)
                      and text.endswith(verb, 0, e.metric_start) and text.startswith(e.metric, e.metric_start)), None)
        if whole is None:
            continue
        bare = d.metric
        d.metric = bare + whole.metric
        for share in drafts[k + 1 : k + 2]:
            if share.metric == bare + "占":
                share.metric = d.metric + "占"  # (its share: 假日发生窃盗案件占…)


_OCCURRENCE_VERBS = tuple(_MODULE_CUES["occurrence_verbs"])


_NAMED_AFTER = regex.compile(r"的(?P<what>[^,，。;；:：、\s的]{2,12})(?=[,，。;；]|$)")
_PER_ITEM = re.compile(r"(?:平均)?每[\u4e00-\u9fff]")  # 平均每宗, 每家: an average per item, of what the sentence measured


# Measures of land and things (面积, 长度, 产能), which no count of people has (员工…,总面积)
_MEASURES_OF_THINGS = frozenset({"area", "length", "mass", "energy", "power"})
_UNITS_OF_PEOPLE = frozenset({"人", "名", "人次", "位"})


def _measure_after_people(q: Quantity | None, previous: _Draft) -> bool:
    """从业员工合计近10万人、总面积逾600公顷: a total measure of land or things after a count of
    people is not the people's (they have no area); it is of the subject's, the parks' together."""
    return q is not None and q.kind in _MEASURES_OF_THINGS and previous.quantity is not None \
        and previous.quantity.unit in _UNITS_OF_PEOPLE


def _industrial_park_short_form(name: str, short: str) -> bool:
    """屏东园区 for 屏东科技产业园区: Taiwan's industrial parks, cited by their full names as the
    science parks are (竹科 → 新竹科学园区), however often a page writes the short one."""
    return name.endswith(_TAIWAN_PARK_HEAD) and short == name[: -len(_TAIWAN_PARK_HEAD)] + "园区"


_TAIWAN_PARK_HEAD = "科技产业园区"


def _initials_of(short: str, name: str) -> bool:
    """高软园区 of 高雄软体科技园区: a park cited by the first characters of the first two words of
    its name (高雄, 软体) and its head, as 南科 cites 南部科学园区 (set 129)."""
    return len(name) >= 7 and name.endswith("园区") and name[0] == short[0] and short[1] in name[2:4]


def _year_runs(times: Sequence[TimeExpression], text: str) -> list[list[TimeExpression]]:
    """The years of ``times`` in runs, each run a list written with nothing but joiners between
    (2024年度、2025年度和2026年度)."""
    runs: list[list[TimeExpression]] = []
    for t in times:
        if t.kind != "year" or not (t.period or "").isdigit():
            continue
        if runs and _YEAR_LIST_GAP.fullmatch(text, runs[-1][-1].end, t.start) is not None:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _years_defined(times: Sequence[TimeExpression], text: str) -> list[list[TimeExpression]]:
    """The lists of years a page defines for the rest of it (报告期内(2024年度、2025年度和2026年度,
    下同)), in order."""
    return [r for r in _year_runs(times, text) if len(r) >= 2 and _SAME_BELOW.match(text, r[-1].end) is not None]


def _net_growth_of_level(drafts: list[_Draft], text: str) -> list[_Draft]:
    """有效高新技术企业1132家,净增156家: a net increase written bare right after a level, in its unit,
    is that level's change (basis unspecified), as 比上年净增 is against the year before (sets 122,
    123, 126, 127 and 132)."""
    out: list[_Draft] = []
    for d in drafts:
        level = out[-1] if out else None
        q = d.quantity
        if q is not None and d.metric == _NET_INCREASE and d.change is None and level is not None \
                and level.quantity is not None and level.change is None and level.sentence == d.sentence \
                and level.quantity.unit == q.unit and level.quantity.kind == "count" \
                and _LEVEL_THEN_NET.fullmatch(text, level.quantity.end, q.start) is not None:
            level.change = _new_change(start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                                       direction="up", basis="unspecified")
            continue
        out.append(d)
    return out


_NET_INCREASE = "净增"
_LEVEL_THEN_NET = regex.compile(rf"[,，]\s*{_NET_INCREASE}")


def _elliptical_measure(drafts: list[_Draft], earlier: list[_Draft], text: str,
                        flow_verbs: frozenset[str], own_verbs: tuple[str, ...], verb_words: tuple[str, ...]) -> None:
    """规上工业企业达到598家,上半年净增27家; 资助金额合共5,860万澳门元,平均每宗约63万澳门元: a figure
    measured by a flow verb alone (净增) or an average per item alone (平均每宗) is of what the figure
    before it in the same sentence, in the same unit, measured (净增规上工业企业, 平均每宗资助金额)."""
    for k, d in enumerate(drafts):
        flow = d.metric in flow_verbs
        if d.quantity is None or not (flow or _PER_ITEM.fullmatch(d.metric)):
            continue
        if flow and (named := _NAMED_AFTER.match(text, d.quantity.end)) is not None:
            d.metric += named.group("what")  # 新增约7.4万平方米的研发及办公空间: what was added, named after its size
            continue
        before = next((e for e in reversed(earlier[-6:] + drafts[:k]) if e.quantity is not None
                       and e.metric_start < d.metric_start and e.quantity.unit == d.quantity.unit), None)
        if before is None or before.sentence.start != d.sentence.start or not before.metric \
                or before.metric in flow_verbs or _PER_ITEM.fullmatch(before.metric):
            continue
        measured = before.metric
        if flow:
            # (累计引进企业 → 净增企业: what was counted, without the verb that counted it)
            while (verb := next((v for v in own_verbs if measured.startswith(v) and len(measured) > len(v) + 1
                                 and not measured.startswith(verb_words)), None)):
                measured = measured[len(verb):]  # (own_verbs: longest first)
            # (燃料电池汽车保有量1,286辆,新增386辆 → 新增燃料电池汽车: the flow of the things, not of the stock)
            measured = next((measured[: -len(w)] for w in _STOCK_WORDS if measured.endswith(w) and len(measured) > len(w) + 1),
                            measured)
        else:
            # (夏月尖峰时段平均抑低用电42.6万瓩,平均每户约2,540瓩: the average of the same measure)
            measured = measured[measured.find("平均") + 2 :] if "平均" in measured else measured
        d.metric += measured


# 园区公司中有20间已成为…的独角兽企业, 员工中有185人是注册志愿者: the members counted, named after the number
_MEMBERS_WHO_ARE = regex.compile(r"(?:已经|已|均|都)?(?:成为|为|是)(?P<what>[^,，。;；:：、\s]{2,30})")


def _members_who_are(drafts: list[_Draft], text: str) -> None:
    """园区公司中有20间已成为估值逾10亿美元的独角兽企业: a count of the members of a set (…中有) is of
    what they are, named after the number (独角兽企业); the set is no part of the metric."""
    for d in drafts:
        if d.quantity is None or d.quantity.kind != "count" or not d.metric.endswith("中有"):
            continue
        m = _MEMBERS_WHO_ARE.match(text, d.quantity.end)
        if m is None:
            continue
        what_start = max(m.start("what"), text.rfind("的", m.start("what"), m.end("what")) + 1)
        if m.end("what") - what_start >= 2:
            d.metric, d.metric_start = text[what_start : m.end("what")], what_start


def _sibling_industry_measure(drafts: list[_Draft], earlier: list[_Draft], text: str,
                              heads: tuple[str, ...], output_words: frozenset[str]) -> None:
    """积体电路产业营业额1兆5,218亿元,…;光电产业1,036亿元: an industry listed with its amount alone
    after a sibling that named what the amounts are (营业额) is measured by the same word
    (光电产业营业额), and so is its growth alone after a sibling's (电子信息制造业增加值增长16.2%,
    汽车制造业增长11.5%); a product listed with its amount alone after a sibling's output
    (集成电路产量86.4亿块,…;新能源汽车52.6万辆) is its output too, in whatever unit. The sibling is
    looked for in the same paragraph, past semicolons, not past a full stop."""
    for k, d in enumerate(drafts):
        if d.quantity is None and d.change is None:
            continue
        industry = d.metric.endswith(heads)
        product = d.quantity is not None and not industry and d.quantity.kind not in _NOT_OUTPUT_KINDS \
            and text[d.metric_start - 1 : d.metric_start] in _LIST_GAP_CHARS and not d.metric.endswith(_OUTPUT)
        if not industry and not product:
            continue
        for e in reversed(earlier[-6:] + drafts[:k]):
            if e.metric_start >= d.metric_start or (e.quantity is None) != (d.quantity is None):
                continue
            between = text[e.metric_start : d.metric_start]
            if "\n" in between or "。" in between:
                break
            if product:
                if e.metric.endswith(_OUTPUT) and e.quantity.unit != d.quantity.unit and len(e.metric) > len(_OUTPUT):
                    d.metric += _OUTPUT
                break
            if d.quantity is not None and e.quantity.unit != d.quantity.unit:
                continue
            if d.quantity is None and (e.change is None or e.change.unit != d.change.unit or d.change.unit != "%"):
                continue
            split = _industry_and_measure(e.metric, heads, output_words)
            if split is not None:
                d.metric += split[1]
            break


def _industry_and_measure(metric: str, heads: tuple[str, ...], output_words: frozenset[str]) -> tuple[str, str] | None:
    """光电产业营业额 → (光电产业, 营业额): an industry and the measure of its output, else None."""
    return next(((metric[: i + len(h)], metric[i + len(h):]) for h in heads if (i := metric.rfind(h)) > 0
                 and metric[i + len(h):] in output_words), None)


_OUTPUT = "产量"
_NEIGHBOUR_LEAD = regex.compile(rf"(?:{'|'.join(_MODULE_CUES['neighbour_leads'])})\p{{Han}}{{0,6}}?的")
_BARE_FIRMS = frozenset(_MODULE_CUES["bare_firm_counts"])
# 营业收入分别为A、B和C,年均复合增长率为35.91%: the level's average annual growth over the years listed
_AVERAGE_RATE_WORDS = frozenset(_MODULE_CUES["average_rate_words"])


def _industry_firms(drafts: list[_Draft], text: str, heads: tuple[str, ...], output_words: frozenset[str]) -> None:
    """①集成电路产业实现产值486.5亿元,同比增长21.3%,集聚企业逾180家: firms counted bare in the
    item of an industry, after its output, are that industry's (集成电路产业企业, set 130); the item
    ends at a semicolon or a full stop."""
    for k, d in enumerate(drafts):
        if d.metric not in _BARE_FIRMS or d.quantity is None or d.quantity.unit != "家":
            continue
        e = next((e for e in reversed(drafts[:k]) if e.metric_start < d.metric_start), None)
        if e is None or e.sentence != d.sentence or _SENTENCE_MARK.search(text, e.metric_start, d.metric_start):
            continue
        split = _industry_and_measure(e.metric, heads, output_words)
        if split is not None:
            d.metric = split[0] + "企业"

_NOT_OUTPUT_KINDS = frozenset({"money", "percent", "percentage_point", "rank", "times"})


def _whole_before_among(drafts: list[_Draft], k: int, text: str, fits: Callable[[Quantity, str], bool]) -> _Draft | None:
    """The figure before the 其中 that opens draft ``k``'s part of its sentence (the whole that a
    part after 其中 belongs to), the last whose quantity and metric ``fits``; None where no 其中 comes before it."""
    d = drafts[k]
    among = text.rfind("其中", d.sentence.start, d.metric_start)
    if among < 0:
        return None
    return next((e for e in reversed(drafts[:k]) if e.quantity is not None and e.quantity.end <= among
                 and e.metric and fits(e.quantity, e.metric)), None)


def _zone_starting_at(pos: int, entities: list[Entity], entity_starts: list[int]) -> Entity | None:
    """The zone whose name starts at ``pos``, if any (``entity_starts``: the entities' starts, in order)."""
    k = bisect_left(entity_starts, pos)
    return entities[k] if k < len(entities) and entities[k].start == pos and entities[k].label == "ZONE" else None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u3000":
        pos += 1
    return pos


_PLACE_TAGS = frozenset({"s", "f"})  # the segmenter's place and direction words (当地, 境内, 区内)
_REGION_OF_BODY = 12  # how far after 本港 a body it describes may start
# 约为2026年的1.6倍: the time of the level a multiple is of, which dates nothing after it
_MULTIPLE_OF_TIME = regex.compile(r"(?:同期)?的[\d.一二三四五六七八九十两]+倍")


def _span_of_a_rate(t: TimeExpression, text: str) -> bool:
    """“十五五”期间, 2021—2025年期间: a span of years written as the time of a rate over it."""
    return t.text.endswith("期间") or text.startswith("期间", t.end)


# Adcode prefixes of Taiwan, Hong Kong and Macao: places whose firms are "foreign" in a zone's figures.
_OUTSIDE_MAINLAND = ("71", "81", "82")


# A news dateline: (本报滁州讯), 新华社北京3月5日电, 【中新网合肥讯】: where it was filed, no subject.
_DATELINE_AFTER = re.compile(r"(?:\d{1,2}月\d{1,2}日)?[讯电](?=[)）】\]\s]|记者|通讯员|$)")
_DATELINE_BEFORE = ("本报", "本刊", "社", "网", "台", "(", "（", "【", "[")


# 受面板报价疲软及美国关税影响: a cause, from 受 to 影响 within its clause
_CAUSE_OPEN = re.compile(r"受[^,，。;；:：]{0,24}$")
_CAUSE_CLOSE = re.compile(r"[^,，。;；:：]{0,24}?(?:影响|冲击|拖累|带动|提振)")


def _in_cause(e: Entity, text: str) -> bool:
    """Whether ``e`` is inside a cause written 受…影响 (受美国关税影响): not who the figures are of."""
    return e.label == "GPE" and _CAUSE_OPEN.search(text, max(0, e.start - 24), e.start) is not None \
        and _CAUSE_CLOSE.match(text, e.end) is not None


def _dateline(e: Entity, text: str) -> bool:
    return e.label == "GPE" and _DATELINE_AFTER.match(text, e.end) is not None \
        and (text.endswith(_DATELINE_BEFORE, 0, e.start) or e.start == 0 or text[e.start - 1] == "\n")


# A listed company's announcement opens with its stock code (证券代码:301629).
_QUOTATION = regex.compile(r"“[^“”]{4,600}”")
_STOCK_CODE = regex.compile(r"证券代码\s*[:：]\s*\d{6}")
# 江苏某某股份有限公司(以下简称“公司”): a generic name given to the company right after its name
# (香港数码港管理有限公司(「本公司」): the word it calls itself by, in quotes, is defined too)
_ALIAS_CLOSING_QUOTES = ("”", "」", "\"")
_PARTY_ALIAS = regex.compile(r"[(（](?|以下(?:简称|称)[“\"「]?(?P<alias>公司|本公司|甲方|乙方|丙方)[”\"」]?|[“\"「](?P<alias>公司|本公司)[”\"」])[)）]")
# 苏州某某生物科技股份有限公司(以下简称“某某生物”或“公司”): a company's own document names it so
_SELF_NAMED_ALIAS = regex.compile(r"[(（]以下(?:简称|称)[“\"「](?P<short>[^”\"」()（）]{2,10})[”\"」](?:或|、|和)"
                                  r"[“\"「](?:公司|本公司|发行人)[”\"」][)）]")
# 甲方:益阳高新区管委会;乙方:公司 — the parties of an agreement as its terms list them
_PARTY_TERM = regex.compile(r"(?P<party>甲方|乙方|丙方)\s*[:：]\s*(?P<who>[^；;，,。\s]{2,40}?)(?=[；;，,。\s])")
_ENDING_NOUNS = frozenset(("成功", "比"))
_VERBS_OF_SAVING = frozenset(("减少", "降低", "节约", "节省"))
_REACHED_OR_ABOUT = frozenset("到至了为约近超逾达")  # (减少到41家, 降低约3%: the change's words)
_RELATIVE_CLAUSE_VERBS = frozenset(("至", "到", "获得", "实施", "完成", "参与", "参加", "培育", "孵化"))
_DEED_VERBS = frozenset(("实施", "完成"))
_AGENT_ENDINGS = tuple(_MODULE_CUES["agent_endings"])
_RELATIVE_HEAD_AFTER = regex.compile(r"\p{Han}{1,8}?(?:[(（]\p{Han}{2,11}[)）])?的\p{Han}{1,6}(?:约|超|近|共|达|为|有|降至|增至)?\d")
_NUMBER_STARTS = frozenset("0123456789〇零一二三四五六七八九十百两")
_EACH_ONE_BEFORE = regex.compile(r"平均每[个位名户家辆台件笔]?\p{Han}{0,3}$")
_PER_HEAD_BEFORE = regex.compile(r"每(?:十|百|千|万|十万|百万)?(?:人|户|家|平方公里|平方千米|亩)$")
# (外国高端人才(A类)占比: a class's label; 研究与试验发展(R&D)经费: a term's English abbreviation)
_BRACKETED_CLASS = regex.compile(r"[A-Za-z\d\p{Han}]{1,3}类|[A-Z][A-Za-z&]{1,7}")
_WHERE_THEY_ARE = regex.compile(r"(?:工作|生活|就业|居住|学习|经营)的")
# 在会展中心承办展会14场, 在廠區加裝…監視器42組: where the shows were held (what was put in) is no part of
# what was held (put in)
_AT_VENUE = regex.compile(r"(?<=在)[^,，。;；]{1,10}?(?=承办|举办|举行|召开)|(?<=在)[^,，。;；在]{1,6}?(?=加装|安装|增设|布设|新设)")
# 品牌展会合计展览面积: a sum word inside a metric says the figure is a total, no part of what it measures
_INNER_SUM = regex.compile(r"(?<=\p{Han})(?:合计|共计|总计)(?=\p{Han}{2})(?!占)")
# 可新增产值, 约可减少碳排放: 可 says what may come, no part of the metric (可供设厂用地, 可配租房源,
# 可支配收入: what is available, part of it)
_MODAL_CAN = regex.compile(r"约?可(?!供|配|用|租|出租|利用|开发|支配|再生|视|持续|比|支付|回收)")
# 为劳动者追回工资及经济补偿: for whom it was recovered (saved, waived) is no part of what
_FOR_WHOM = regex.compile(r"(?<=为)[^,，。;；]{1,8}?(?=追回|挽回|减免|节约|节省|争取到)")
# 帮助企业解决技术难题48项, 带动企业新增研发投入2.7亿元: the firms helped are no part of what was done
# for them (a remainder of two characters is the firms' own figure: 带动企业投资约19亿港元)
# With 带动 the firms' own figure follows, so they stay (带动区内企业采购智能算力服务 → 企业采购…), unless
# what follows is new of its own (带动企业新增研发投入 → 新增研发投入).
_HELPING_FIRMS = regex.compile(rf"(?P<verb>{_alternation(_MODULE_CUES['helping_verbs'])})(?:区内|园区|全区|辖区)?"
                               r"(?P<firms>(?:中小)?(?:企业|厂商))(?=\p{Han}{4})")
# 与企业联合开展技术攻关项目63项, 与河北工程大学共建…服务站1个: the partner is no part of what was
# done together (开展 after it is stripped as a verb; 共建 names the kind of station, so it stays)
_JOINTLY = tuple(_MODULE_CUES["partner_verbs"])  # (before the body a thing was done with)
_ORGANISED = tuple(_MODULE_CUES["gathering_verbs"])
_EVENT_HELD_AFTER = regex.compile(rf"(?:(?:{_alternation(_ORGANISED)})[^,，。;；的]{{1,24}}?|[^,，。;；的]{{0,24}}?对[^,，。;；的]{{1,12}}?)"
                                  r"(?:召开|举办|举行|开展)(?=\p{Han}{2})|[^,，。;；的]{1,24}?召开(?=\p{Han}{2})")
# 協助工業區內勞工申領薪資差額補貼: who applied for what was paid out is no part of it
_APPLICANTS = tuple(_MODULE_CUES["applicant_words"])
_APPLICANT_FIRSTS = frozenset(w[0] for w in _APPLICANTS)  # (a cheap test first)
_RECEIVERS_APPLIED = regex.compile(rf"(?:{_alternation(_APPLICANTS)})(?:申领|领取)(?=\p{{Han}}{{2}})")
# the partner after 与 (与新疆大学|共建…, 与高校联合…), up to the verb of the work done together
# (与区内|企业共建…: after where the partners are, too)
_WITH_PARTNER = regex.compile(r"[^,，。;；、与]{1,12}?(?=共建|合建|联建)|[^,，。;；、与]{1,12}?(?:联合|共同|合作(?!协议|项目|单位))")
_PARTNER_BEFORE = regex.compile(r"与(?:区内|区外|省内|市内|国内|境内)?$")
_HELPING_VERB_FIRSTS = frozenset(verb[0] for verb in _MODULE_CUES["helping_verbs"])  # (a cheap test first)
_TO_WHOM_PAID = regex.compile(r"(?:仍|还|已)?向(?:其|[^,，。;；]{1,8}?)(?=(?:违规)?发放)")
# the setting or the manner before what an audit found or a report counts (…中有闲置土地14宗;
# 通过收回、置换等方式盘活…)
_SETTING_BEFORE = regex.compile(r"[^,，。;；]{1,16}?中有|(?:通过|采取|采用)[^,，。;；]{1,20}?等?(?:方式|途径|办法|措施)"
                                r"|(?<=等)(?:方式|途径|办法|措施)"
                                r"|(?<=通过|采取|采用)[^,，。;；]{1,12}?(?:方式|途径|办法|措施)")
# 比法定时限压缩了62%: a cut against a fixed standard, a level of its own (…时限压缩), no change
_FIXED_REFERENCE = regex.compile(r"比(?:总体|国家|全省)?(?:法定|规定|承诺|标准)(?:办理|办结|审批)?(?:时限|时间|期限)"
                                 r"(?P<verb>压缩|缩短|减少|提速)了?\s*$")
# 化肥用量较常规种植减少12%, 配送时长较地面运输缩短约60%: against another way of doing it, not an
# earlier time, a level of its own whose metric keeps what it is compared with (a time, a whole
# such as 全市平均, or a standard as above, is none of these)
_OTHER_REFERENCE = regex.compile(r"(?:较|比)(?P<ref>\p{Han}{2,6}?)(?P<verb>缩短|压缩|减少|降低|节省|节约|提高|提升|增加)了?"
                                 r"(?:约|近|超)?\s*$")
_KINDS_OF_DAY = frozenset({"平日", "工作日", "假日", "节假日", "周末"})
_NOT_OTHER_REFERENCE = regex.compile(r"[上去前同今本年月季期初底末全旬周日]|平均|水平|行业|历史|最|峰|基")
_FIELD_VALUE = regex.compile(r"[ \t]*(?P<label>\p{Han}{2,10})[ \t]*[:：][ \t]*(?:约|超|近|逾|共)?[ \t]*")
# 2. 规上工业总产值:1—5月累计完成187.9亿元,…;5月当月完成42.8亿元: a numbered indicator line, its label
_ITEM_LABEL = regex.compile(r"[ \t]*(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])"
                            r"[ \t]*(?P<label>\p{Han}{2,10})[ \t]*[:：]")
# (约8,900人) inside a share's whole: the bracket and the qualifier before its figure
_BRACKET_QUALIFIER_BEFORE = re.compile(r"[(（](?:约|近|逾|超|共)?$")
_FOREIGN_AFTER = frozenset("资贸商籍汇企经事")
_NUMBER_COMMA = re.compile(r"\d,\d")
_PAIRED_ZONES = regex.compile(r"(?P<a>\p{Han}{2,4})、(?P<b>\p{Han}{2,4}?)(?:两|二)个?"
                              r"(?P<kind>工业区|园区|开发区|高新区|经开区|科学园区|产业园区)")
_REGION_ZONES = regex.compile(r"(?P<region>(?:东部|中部|西部|东北)地区)(?:\d{1,4}[家个])?"
                              r"(?P<kind>(?:国家级|省级)?(?:经开区|高新区|开发区|经济技术开发区|高新技术产业开发区))")
_YEAR_IN_BRACKETS_AFTER = regex.compile(r"[ \t]*[(（][ \t]*((?:19|20)\d{2})[ \t]*年?[ \t]*[)）]")  # the value's year
_WHOLE_IN_BRACKETS = regex.compile(r"[(（]((?:全|我)[市省县])(?:平均)?(?:水平)?(?:为|是)?$")  # (全市为23.6件)
_RANKED_AMONG_COUNTED = regex.compile(r"在(?P<scope>全国|全省|全市)?\d+[个家处所座]\p{Han}{2,10}中(?:排名|排|位列|位居|居)$")
_THOSE_RANKED_AMONG = regex.compile(r"在\p{Han}{2,12}?中(?=\p{Han}{0,3}(?:排名|排|位列|居))")
_RANKED_AMONG = regex.compile(r"^在(?P<scope>\p{Han}{0,6}?)\d+[个家处所座]\p{Han}{2,8}中(?:排名|排|位列|居)$")  # 在中心城区4个考核单元中排名
# 优良天数22天, 人均培训时数31.5小时, 志愿服务共1,380小时: counts of days or hours, totals of time given
_JOINED_CLAUSE = regex.compile(r"(?:且|并且|并|但)(?!\p{Han}{0,2}[年月])")
_DAY_COUNT_BEFORE = regex.compile(r"\p{Han}(?:天数|时数|日数|月数|年数)(?:为|是|达|达到|共|累计)?$")
# (平均回收年限2.7年: the payback time measured; a time cut to a level: _TIME_CUT_BEFORE)
# (平均年资3.8年, 人均停留1.8天, 血液库存约7.2天, 去化周期为17.2个月: times measured too)
_MEASURED_TIME_BEFORE = regex.compile(r"\p{Han}(?:时长|时间|用时|机时|住院日|回收年限|回收期|年资|工龄|停留|库存|去化周期"
                                      r"|平均\p{Han}{0,4}周期)"
                                      r"(?:为|是|达到|达|共计|共|累计|控制在|超过|突破)?(?:约|近|逾|超)?$")
# (平均办理时限由5个工作日压缩至1天以内, 企业开办时间压缩至0.5天: a time cut, from and to, is a
# claim to the annotators of sets 74-98, as it was not to those of sets 32-66; most of the gold
# now claims it)
_TIME_CUT_BEFORE = regex.compile(r"\p{Han}(?:时长|时间|时限|用时|周期|间隔)(?:由(?:\p{Han}{1,4}的)?"
                                 r"|(?:由[^,，。;；]{1,20}?)?(?:压缩|缩短|缩减|减少|降低|降)(?:至|到|为))$")
# 平均反应时间为11分钟,比全市平均水平快3分钟: a time measured against another's, as spoken
_TIME_COMPARED_BEFORE = regex.compile(r"^[比较][^,，。;；]{1,14}?(?:快|慢)了?$")
# (志愿服务共1,380小时; 开展电磁环境监测2,160小时: the hours a work took, given)
_HOURS_GIVEN_BEFORE = regex.compile(r"\p{Han}{2}(?:共|累计|合计)$|开展\p{Han}{2,12}$")
_NEGATED_BOUNDS = frozenset({"高于", "低于", "少于", "多于", "超过", "超出"})  # after 不: 不高于, 不少于
_COMPARED_WITH_EVENT = regex.compile(r"(?:与|和|同|较|比)\p{Han}{0,8}$")  # 与去年同期|招聘会相比: the last event compared with
_ITEM_FIRST_CHARS = frozenset("一二三四五六七八九十(（ \t")  # how an item's heading may start
_ANNOUNCED_LIST_END = regex.compile(r"如下(?:[(（][^()（）]{0,12}[)）])?[:：]?\s*$")  # 具体如下(排名不分先后):
_LIST_ITEM_AT = regex.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])")
# an item's heading on a line of its own (六、2026年目标, (三)2026年工作安排)
_DATED_HEADING = regex.compile(r"[ \t]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])(?P<title>[^\n。,，;；]{2,24})[ \t]*")
# a section's caption on a line of its own: a year and a few words (2026年发展概览, 2027年展望); any
# short line of words alone ends the lines it dates (重点产业)
_DATED_CAPTION = regex.compile(r"[ \t]*(?:19|20)\d{2}年度?\p{Han}{2,10}[ \t]*")
_SECTION_CAPTION = regex.compile(r"\n[ \t]*\p{Han}[\p{Han} \t]{1,15}\n")
_PROJECT_OF = regex.compile(r"\p{Han}{0,16}项目[。;；]\s*")  # (某某有限公司)复合材料项目。|项目总投资…
_ZONE_LIST_JOINERS = frozenset({"、", "及", "和", "与", "以及", ",", "，"})  # 斗六工业区及云林科技工业区


def _short_place(place: str) -> str:
    """A county's or city's name without its level word, as zones are named (云林县 → 云林)."""
    return place[:-1] if len(place) > 2 and place.endswith(("县", "市", "縣")) else place


_GROWTH_TAIL = regex.compile(r"(?<=\p{Han})(?:增长|增速|增幅|下降)$")  # a growth range's metric: its level's + the verb
_PARTNER_MARKS = ("从", "自", "对", "向")  # before the other side of a trade (从澳洲进口)
_SHARE_OF_AMOUNT = regex.compile(r"[^,，;；。]*?[,，]\s*占[^,，;；。]{1,16}量的?")  # ,占全区锂精矿进口量的
_COPULA_BEFORE = regex.compile(r"(?:为|是|达到|达|约)$")
_QUALIFIER_WORDS = load_qualifiers()
# a bound written before a number with a 于 of its own (引进不少于30家…: qualifiers.tsv): that 于 is no
# preposition governing the number
_BOUND_BEFORE_NUMBER = re.compile(
    "(?:" + "|".join(sorted((w for (w, where) in _QUALIFIER_WORDS if where == "before" and w.endswith("于")),
                            key=len, reverse=True)) + ")$")
_QUALIFIERS_BEFORE = frozenset(w for w, position in _QUALIFIER_WORDS if position == "before")
# 经该处侦办, 经市场监管局核准: who handled what is counted, between it and the count
_AGENT_BEFORE = regex.compile(r"经\p{Han}{1,10}?(?:侦办|查办|查处|审核|审查|核准|批准|受理|认定|鉴定)$")
_FROM_YEAR_LEVEL = regex.compile(r"由((?:19|20)\d{2}|1[0-3]\d)年(?:底|末)?的?(?:约|近)?$")
_TWO_HAN = regex.compile(r"\p{Han}{2}")
_HOW_PAID = ("违规", "违法", "足额", "全额", "及时", "按时", "超额")  # (违规发放的补贴: how it was paid, part of what)
_CLOSING_QUOTE_CHARS = frozenset("”」』》\"")
_RATE_ENDINGS = ("满意度", "满意率")
# the heads of bodies that report their own work, as the body anaphors of the cue data name them (馆, 医院 …)
_SELF_REPORTING_HEADS = tuple(sorted({h for w, heads in _BODY_ANAPHOR_HEADS.items() if w in _SELF_REPORTING for h in heads}))
_TITLE_MAX = 60
_CAPTION_OPENING = regex.compile(r"\s*(?:附?表\s*[\d一二三四五六七八九十]*[\s　:：.、]*)?(?:(?:19|20)\d{2}|1[0-3]\d)?\s*(?:年度?)?\s*")
_CLASS_THRESHOLD_AFTER = regex.compile(r"(?:以上|及以上)?(?:、[^,，。;；的]{1,12})?的\p{Han}{1,8}?(?:共|约|达|为)?\d")
_FIRMS_WORDS = tuple(sorted(_MODULE_CUES["served_firms_words"], key=len, reverse=True))  # (longest first)
_PARK_BEFORE_FIRMS = regex.compile(r"(?<![与和同及训])(?:园区|产业园|工业区)$")  # (not 区内企业: kept by sets 29, 33, 100)
_SERVED_ZONE_BEFORE = regex.compile(r"为\p{Han}{0,8}?(?:高新区|开发区|经开区|园区|工业区|科技园|区内)$")
_BARE_SCORES = frozenset(_MODULE_CUES["bare_scores"])
# 在第三方开展的消费环境满意度测评中: the evaluation a score after it is of
_EVALUATION_SCENE = regex.compile(r"在(?:[^,，。;；]{0,20}的)?(?:全国|全省|全市|全区|全县)?(?P<name>[^,，。;；的]{2,16}?(?:测评|考评|评价|考核|评估|评比|测试|调查))中[,，]")
_ESTIMATE_CUES = frozenset({"估计", "估算", "推估"})
_GLUED_QUALIFIERS = tuple(sorted((w for (w, position), kind in _QUALIFIER_WORDS.items()
                                  if position == "before" and len(w) >= 2 and kind != "exact"), key=len, reverse=True))
_PER_BEFORE = regex.compile(r"(?<=\p{Han})(?:为|是|达)每\p{Han}{1,8}$")  # 排放密度为每百万元收入|22.2吨
# 厂房单价每坪|52.3万元, 月租金每坪约|620元, 月租约每平方呎|32港元: what an amount is per, written before it
# (38.6万元/坪 after it)
_PER_UNIT_BEFORE = regex.compile(rf"(?<=\p{{Han}})(?:约)?每(?:{'|'.join(map(regex.escape, sorted(load_cues()['per_unit'], key=len, reverse=True)))})(?:约|为|达)?$")
# (守信激励) of A级(守信激励)企业; (俗称无薪假) of 实施减班休息(俗称无薪假)的厂商
_GLOSS_BEFORE = regex.compile(r"[(（]\p{Han}[\p{Han}、]{1,11}[)）](?P<of>的?)$")
_NOTE_BEFORE = regex.compile(r"[(（][^()（）,，。;；]{1,20}[)）]$")
_NOTE_IN_BRACKETS = regex.compile(r"^[(（](?:[^()（）\d]{1,10}|[A-Za-z][A-Za-z\d]{1,7})[)）]")  # a note on the figure, no number in it (or a unit's symbol: CO2e)
_FIELD_LABEL = regex.compile(r"[ \t]*\p{Han}{2,6}[:：]")  # 建设地点:九江经济技术开发区…: a form's field
# a ranking's caption: what is ranked, before 前10名 (2025年度综合评价前10名高新区如下)
_RANKED_IN_CAPTION = regex.compile(r"(?:\d{4}年度?)?(?P<what>\p{Han}{2,12}?)(?:前|排名前)\d+名")
# the kind of park a page is about, named with its whole (全市产业园区“赛马比拼”情况的通报)
_PARKS_OF_WHOLE = regex.compile(r"全[市省县州](\p{Han}{2}园区)")
_RANK_WORD = regex.compile(r"位次|名次|排名")


@functools.lru_cache(maxsize=16)
def _parks_of_the_title(text: str) -> str | None:
    """The kind of park a page's opening names with its whole (全市产业园区 → 产业园区), or None: once
    per page, for every 园区 of it (a page's string keeps its hash)."""
    m = _PARKS_OF_WHOLE.search(text, 0, min(len(text), _OPENING_CHARS))
    return m.group(1) if m is not None else None
# 比全市高, 比全省高新区平均水平高, 较全市高出: a comparison as it is spoken (the written form is 高于全市)
_SPOKEN_COMPARISONS = frozenset({"高", "低", "快", "慢", "多", "少", "高出", "低出"})
# (what it is compared with may be empty only where the span began inside it: 比|年初目标高)
_COMPARED_BEFORE = regex.compile(r"(?:增速|增幅)?[比较](?P<reference>[^,，。;；]{0,14}?)$")
_SPOKEN_COMPARISON_END = regex.compile(r"(?:[高低]出|[高低快慢]|增产|减产)$")
_COMPARED_IN = regex.compile(r"[比较](?![例重率])")
_COMPARED_MAX = 18  # 比 + what is compared with + 高, at most (比全省高新区平均水平高出)
_DIVIDED_INTO = regex.compile(r"(?:分为|分成|划分为|划为)$")
_LIST_CAPTION = regex.compile(r"[^,，。;；:：\n]{0,10}如下")
_HAN = regex.compile(r"\p{Han}")
_HAN_WORD = regex.compile(r"\p{Han}+")
_DEMONSTRATIVES = frozenset("这该本此那其")
# 、小学学校, (an item of a list after a counted noun, with no number of its own, up to a clause mark)
_UNCOUNTED_ITEM = regex.compile(r"\p{Han}{2,8}(?=[,，;；。])")
_MAGNITUDE_WORD = regex.compile(r"[十百千万亿]+")
_LATIN_WORD = regex.compile(r"[A-Za-z]{2,}")
# where goods go, before the places of a list (销往韩国、日本和越南), and where people come to (为来十堰求职的
# 青年): destinations, no subjects
_DESTINATION_BEFORE = regex.compile(r"(?:销往|远销|出口到|出口至|发往|运往|销售到|(?<=[为的])来)(?:\p{Han}{1,8}?[、和及与])*$")


def _in_english(text: str, start: int, end: int) -> bool:
    """Whether a sentence is written in English (more Latin words than Chinese characters, and
    more than one: RCEP|1,735|9.8 is a table's row named by an abbreviation)."""
    if end - start < 12 or _LATIN_WORD.search(text, start, end) is None:
        return False
    latin = len(_LATIN_WORD.findall(text, start, end))
    return latin > 1 and latin > len(_HAN.findall(text, start, end))


# 投资方:某某有限公司 — a list item's field naming who invests; a list item or a section opens a line
_INVESTOR_FIELD = regex.compile(r"(?m)^[ \t]*(?:投资方|投资主体|投资企业|建设单位|项目单位|签约企业|签约方|实施主体)[ \t]*[:：][ \t]*")
_ITEM_START = regex.compile(r"(?m)^[ \t]*(?:\d{1,2}[.、．)]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)")


def _outside_of(e: Entity, text: str) -> bool:
    """重庆市外项目, 省外企业: a place before 外 says where something comes from, outside it (part of
    the metric, no subject); not 外资, 外贸, 外商 (foreign capital, trade, firms)."""
    return e.label == "GPE" and text.startswith("外", e.end) and text[e.end + 1 : e.end + 2] not in _FOREIGN_AFTER


def _same_body(name: str, other: str) -> bool:
    """Whether two names of bodies are one body's, one a short form of the other (区档案馆 of 高新区档案馆)."""
    return name == other or (len(name) >= 4 and other.endswith(name)) or (len(other) >= 4 and name.endswith(other))


def _party_at(parties: list[tuple[int, int, str]], pos: int) -> str | None:
    return next((company for start, end, company in parties if start <= pos < end), None)


def _year_number(year: str) -> int:
    """2025 → 2025; the Republic's 114 → 2025."""
    n = int(year)
    return n + ROC_EPOCH if n < 1000 else n


def _trade_partner(e: Entity, text: str) -> bool:
    """对越南进出口额, 对东盟出口: the place traded with is part of the metric, not its subject;
    nor are the places goods are sold to (主要销往韩国、日本和澳大利亚)."""
    if e.label not in ("GPE", "ORG") or e.start == 0:
        return False
    return text[e.start - 1] == "对" or (e.label == "GPE" and _DESTINATION_BEFORE.search(text, max(0, e.start - 40), e.start) is not None)


def _candidate_order(candidate: tuple[int, str | None, tuple[int, int]]) -> tuple:
    """Subject candidates by position; at one position a name before a subject word."""
    start, name, span = candidate
    return start, name is None, name or "", span


def _by_end(entities: list[Entity]) -> tuple[list[Entity], list[int]]:
    ordered = sorted(entities, key=lambda e: e.end)
    return ordered, [e.end for e in ordered]


# 占洛阳市…的四成, 比全市, 居全市: a place or subject word right after these is the whole a share, a
# comparison or a rank is of, not who
_WHOLE_MARKS = ("占", "比", "较", "居")
# the words from a number to the end of its clause (协助312位|中高龄及身心障碍者就业|,)
_CLAUSE_TAIL = re.compile(r"([^,，;；。]+)[,，]")
# 装置容量最高,达10.6万瓩: the measure a part ranks first by, then its value
_SUPERLATIVES = ("最高", "最大", "最多", "居首")


class _Topics:
    """The zone a stretch of text is about: the main subject, until a headline names another.

    A page may carry several articles (a headline line naming 南宁·中关村创新示范基地 starts one
    about that zone); sentences that name no subject belong to the article they are in.
    """

    def __init__(self, text: str, entities: list[Entity], main: str | None, table_spans: Sequence[tuple[int, int]] = ()):
        self.main = main
        self.starts: list[int] = []
        self.names: list[str] = []
        # Only lines that name a zone can start an article: look at those, not at every line.
        line_end = -1
        for zone in entities:
            if zone.label != "ZONE" or zone.start < line_end:
                continue  # not a zone, or not the first zone of its line
            line_start = text.rfind("\n", 0, zone.start) + 1
            line_end = text.find("\n", zone.start)
            line_end = len(text) if line_end < 0 else line_end
            # (…浑南区(沈阳高新区)经济运行情况的通报, 无锡高新区(新吴区)经济运行简况: the zone the page's
            # district also is, in brackets right after it or before it, no other article)
            other_name = main is not None and (
                (text[zone.start - 1 : zone.start] in ("(", "（") and text.endswith(main, 0, zone.start - 1))
                or text.startswith((f"({main})", f"（{main}）"), zone.end))
            if (main is not None and (text.startswith(main, line_start) or zone.text.startswith(main))) \
                    or other_name or zones_together_before(text, line_start, zone.start):
                continue  # a headline that opens with the page's subject (科技产业园区…中港园区年增逾3成居冠)
                # or with the zones of its place (我区开发区…宁东基地产值…) is about them, then one of them;
                # so is one that names a park of the page's zone (想了解荆门高新区新能源新材料产业园的…)
            if zone.end <= line_end and _HEADLINE.fullmatch(text, line_start, line_end) \
                    and text.find("|", line_start, line_end) < 0 and not any(a <= line_start < b for a, b in table_spans) \
                    and not _FIELD_LABEL.match(text, line_start, line_end):  # (a table's row, a form's field: no headline)
                self.starts.append(line_start)
                self.names.append(zone.text)

    def at(self, pos: int) -> str | None:
        i = bisect_right(self.starts, pos) - 1
        return self.names[i] if i >= 0 else self.main


def _sentence_words(analysis, sentence: _Sentence, until: int | None = None) -> tuple[list[str], list[int], list[int]]:
    """The sentence's words, their starts and their ends: a slice of the document's tokens when a
    stage already segmented it all, else the sentence segmented alone (only sentences with a
    quantity get here). Parallel lists rather than a tuple per word: the walks below index them."""
    whole = analysis.segmented_tokens
    if whole is not None:
        lo = bisect_left(analysis.token_starts, sentence.start)
        hi = bisect_left(analysis.token_starts, sentence.end)
        tokens = [t for t in whole[lo:hi] if t.end <= sentence.end]
        return [t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens]
    end = sentence.end if until is None else min(sentence.end, until)
    words, bounds = analysis.segmenter.words_and_bounds(analysis.text[sentence.start:end], sentence.start)
    return words, bounds[:-1], bounds[1:]


# what 年 begins as a time word of its own (年底, 年末, 年初, 年内, 年度, 年前, 年来, 年以来, 年均, 年中):
# no glue to cut
_AFTER_A_YEAR = frozenset("底末初内中度前后来以均间")


def _word_starting_at(pos: int, starts: list[int]) -> bool:
    i = bisect_left(starts, pos)
    return i < len(starts) and starts[i] == pos


def _inside_a_word(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``pos`` falls strictly inside one of the words (starts and ends sorted)."""
    i = bisect_right(starts, pos) - 1
    return 0 <= i < len(ends) and starts[i] < pos < ends[i]


def _any_word(word: str) -> bool:
    """Every word is the dictionary's, for a segmenter that cannot tell (no metric edge is then
    cut inside a word)."""
    return True


def _cut_at(words: list[str], starts: list[int], ends: list[int], text: str, points: list[int]) -> None:
    """Cut, in place, the words that run across any of ``points``."""
    for p in sorted(set(points), reverse=True):  # from the right: the indices before stay valid
        i = bisect_right(starts, p) - 1
        if i >= 0 and starts[i] < p < ends[i]:
            end = ends[i]
            words[i : i + 1] = [text[starts[i] : p], text[p:end]]
            starts.insert(i + 1, p)
            ends[i : i + 1] = [p, end]


def _year_range(period: str | None) -> tuple[str, str] | None:
    m = _YEAR_SPAN.fullmatch(period or "")
    return (m.group(1), m.group(2)) if m else None


_QUOTED = regex.compile(r"“[^”]{0,20}”|「[^」]{0,20}」|《[^》]{0,40}》")
_TRAILING_YEAR = regex.compile(r"\d{2,3}年$")
_AS_OF = ("截至", "截止", "截止到", "截至到", "到")
_AS_OF_STRICT = ("截至", "截止", "截止到", "截至到")
_QUOTES = frozenset("“”‘’\"'「」『』")
_CLOSING_QUOTES = {"”": "“", "’": "‘", "」": "「", "』": "『"}
_OPENING_QUOTES = {opening: closing for closing, opening in _CLOSING_QUOTES.items()}


def _comparison_base(time: TimeExpression, text: str) -> bool:
    """Whether the time is the same period of an earlier year, a base compared with (去年同期,
    2025年同期), not a period figures are of."""
    return time.text.endswith("同期") or text.startswith("同期", time.end)


def _years_of_bare_times(times: list[TimeExpression], paragraph_year: str | None, earlier_year: str | None = None,
                         doc_date: str | None = None) -> list[TimeExpression]:
    """The sentence's times, each without a year of its own (6月, 年底) given the year named before
    it in the sentence, or ``paragraph_year`` (an annual report's paragraph) after it, or
    ``earlier_year`` (the paragraph's, before the page's) when in the page's year it would
    begin after ``doc_date``."""
    named: str | None = None
    out: list[TimeExpression] = []
    for t in times:
        if _BARE_TIME.fullmatch(t.text):
            year = named if named is not None else paragraph_year
            if year is None and earlier_year is not None and doc_date is not None and t.period \
                    and t.period[:4] == doc_date[:4] and t.period[:7] > doc_date[:7]:
                year = earlier_year
            if year is not None and t.period and t.period[:4] != year:
                t = _with_year(t, year)
        elif t.kind == "year" and t.period and t.period.isdigit():
            named = t.period
        out.append(t)
    return out


def _with_year(time: TimeExpression, year: str) -> TimeExpression:
    """The time with every year of its period made ``year`` (2025-06 → 2026-06)."""
    old = (time.period or "")[:4]
    return time.model_copy(update={"period": (time.period or "").replace(old, year)})


# 56个,比上年末增加19个: the value, then its change against the start of the year it is a level of
_AGAINST_YEAR_START = regex.compile(r"[^,，。;；]{0,8}[,，]?(?:比|较)(?:上年末|去年末|上年底|去年底|年初)")


def _period_of(time: TimeExpression, text: str = "") -> str | None:
    period = time.period
    if period and _DAY_POINT.fullmatch(period):
        return period[:4]  # a day stands for its year in a claim
    days = _DAY_SPAN.fullmatch(period) if period and len(period) == 21 else None
    if days is not None:
        # 春节假期(2月15日至23日): a run of days stands for its month (or months), as the guide's
        # periods go no finer
        first, last = days.group(1), days.group(2)
        return first if first == last else f"{first}/{last}"
    if period and len(period) == 7 and _MONTH_POINT.fullmatch(period):
        # (截至114年12月底: the as-of word before the year of the Republic written apart)
        before = _TRAILING_YEAR.sub("", text[max(0, time.start - 7):time.start])[-3:]
        if before.endswith(_AS_OF_STRICT) or (period.endswith("-12") and before.endswith(_AS_OF)) \
                or (period.endswith("-12") and text[time.end : time.end + 1] in ("末", "底") and text[time.end + 1 : time.end + 2] != "前"):
            # 截至2020年12月, 截至9月底: a stock as of a month's end is the year's value (the
            # annotation guide); 到12月 too, but 到6月 may be a deadline; 12月末 written alone too
            return period[:4]
    return period


class _SentenceContext:
    """The claims of one sentence."""

    def __init__(self, asm: ClaimAssembler, analysis, sentence: _Sentence, quantities: list[Quantity],
                 times: list[TimeExpression], entities: list[Entity], carried: str | None,
                 main: str | None, doc_year: int | None, prior: _Draft | None = None,
                 by_label: dict | None = None, time_spans: list[TimeExpression] | None = None,
                 year_context: str | None = None, level_places: dict[str, str | None] | None = None,
                 table_cells: dict[int, Cell] | None = None, paragraph_zone: str | None = None,
                 item_zone: str | None = None, parties: dict[str, str] | None = None,
                 item_party: str | None = None, main_is_company: bool = False, arrows_yoy: bool = False,
                 year_reviewed: bool = False, bodies: Sequence[Entity] = (), earlier: Sequence[_Draft] = (),
                 in_plan_section: bool = False, years_defined: Sequence[list[TimeExpression]] = ()):
        self.asm = asm
        self.years_defined = years_defined  # the page's lists of years for the rest of it (…,下同)
        self.in_plan_section = in_plan_section  # under a report's section of plans (二、2027年工作计划)
        self.earlier = earlier  # the page's drafts before this sentence
        self.year_reviewed = year_reviewed  # the page sums up its year (…情况总结): that year's figures are done
        self.item_party = item_party  # the investor a list item's field names
        self.main_is_company = main_is_company  # a company's page (its 园区 is the zone it is in)
        self.arrows_yoy = arrows_yoy  # an infographic's ↑/↓ are year on year, by its legend
        self.parties = parties or {}  # 公司, 乙方: who the page's generic names stand for
        self.paragraph_zone = paragraph_zone
        self.item_zone = item_zone
        self.table_cells = table_cells or {}
        # the place each level's subject word names on this page (全县 → 清河县), found on first ask
        self.level_places = {} if level_places is None else level_places
        self.prior = prior
        self.text = analysis.text
        self.sentence = sentence
        self.quantities = quantities
        self.times = times
        self.entities = entities
        self.carried = carried
        self.main = main
        self.entities_by_label: dict = by_label or {}
        self.doc_year = doc_year
        date = getattr(analysis, "reference_date", None) or analysis.document_date
        self.doc_month = int(date[5:7]) if doc_year is not None and date and date[5:7].isdigit() else None
        self.year_context = year_context
        # Words after the last number matter only for a few characters (12家国家知识产权优势企业).
        self.words, self.token_starts, self.token_ends = _sentence_words(
            analysis, sentence, quantities[-1].end + _RIGHT_CONTEXT)
        known_word = self._known = getattr(getattr(analysis, "segmenter", None), "known", _any_word)
        glued: list[int] = []
        if _MEASURE_THEN_CHANGE.search(self.text, sentence.start, sentence.end) is not None:  # (rare: one scan first)
            glued = [start + 1 for w, start in zip(self.words, self.token_starts, strict=True)
                     if len(w) == 2 and w[0] in _MEASURE_ENDS and w[1] in _CHANGE_STARTS and not known_word(w)]
        starts, ends = self.token_starts, self.token_ends
        glued += [q.end for q in quantities if _inside_a_word(q.end, starts, ends)
                  and (i := bisect_right(starts, q.end) - 1) >= 0 and starts[i] > q.start and ends[i] - q.end >= 2]
        if glued:
            # 闲置|率降|至6.8%: the segmenter's HMM glued a measure's last character to the verb after it;
            # 11|处易涝|点: a count's measure word to the noun it counts (易涝点, not 点)
            _cut_at(self.words, self.token_starts, self.token_ends, self.text, glued)
        if not asm.leveled_zone_word_set.isdisjoint(self.words):
            # 国家高新区, 省级高新区 as one word at the head of a clause: its level and its zone word,
            # as 国家 高新区 is cut (the rules for a level before a zone word then hold: 2025年,国家
            # 高新区实现…; not 长沙、株洲、湘潭三个国家高新区营业收入…, zones counted)
            heads = {t.end for t in (times if time_spans is None else time_spans)}
            text = self.text
            _cut_at(self.words, self.token_starts, self.token_ends, text,
                    [start + asm.leveled_zone_words[w] for w, start in zip(self.words, self.token_starts, strict=True)
                     if w in asm.leveled_zone_words
                     and (start == sentence.start or text[start - 1] in asm._clause_chars or start in heads)])
        time_spans = times if time_spans is None else time_spans
        straddled = [t.end for t in time_spans if t.text.endswith(("年", "季")) and self.text[t.end : t.end + 1] not in _AFTER_A_YEAR
                     and _inside_a_word(t.end, self.token_starts, self.token_ends)
                     and _word_starting_at(t.end - 1, self.token_starts)
                     and not known_word(self.words[bisect_left(self.token_starts, t.end - 1)])]  # (年|產 glued: 年產)
        if straddled:
            # 114年|產學合作 glued as 年產|學, 第1季|新增 as 季新|增: a time ends where its word does (a
            # year of the Republic is found after the text was cut)
            _cut_at(self.words, self.token_starts, self.token_ends, self.text, straddled)
        self._time_ends = {t.end: t.start for t in time_spans}  # where each ends: where it starts
        self._time_spans = time_spans
        # (该区|域 is no 该区; a bare word pointing back, ,公司|员工, is cut from the noun it starts)
        anaphors = [m.span() for m in _ANAPHOR.finditer(self.text, sentence.start, sentence.end)]
        if anaphors:
            word_ends = set(self.token_ends)
            # (研究院|所 is no 研究院: a body's word must end where the segmenter ends a word)
            anaphors = [(a, b) for a, b in anaphors
                        if (b in word_ends or (self.text[a] != "该" and self.text[a:b] not in _BODY_ANAPHOR_HEADS))
                        and self._names_body_of(self.text[a:b])]
        text = self.text
        if text.find("企业", sentence.start, sentence.end) >= 0:
            anaphors = sorted(anaphors + self._firm_anaphors(by_label))
        if text.find("公司", sentence.start, sentence.end) >= 0:
            # 2025年公司租赁收入…: 公司 after its time opens the clause as after a comma
            taken = {a for a, _ in anaphors}
            anaphors = sorted(anaphors + [m.span() for m in _COMPANY_WORD.finditer(self.text, sentence.start, sentence.end)
                                          if m.start() in self._time_ends and m.start() not in taken])
        self._anaphor_spans = anaphors
        if entities or anaphors:
            # a word the segmenter glued across a name's edge (两江协同创|新|区新|引进: 区新) or a
            # word pointing back (公司员工) is cut there: what follows a subject starts a word
            word_starts = set(self.token_starts)
            word_starts.add(self.token_ends[-1] if self.token_ends else sentence.start)
            glued = [p for e in (*((e.start, e.end) for e in entities), *anaphors) for p in e if p not in word_starts]
            if glued:
                _cut_at(self.words, self.token_starts, self.token_ends, self.text, glued)
        self._breaks: list[bool | None] = [None] * len(self.words)  # _is_break per word, on first ask
        # whether the segmenter's dictionary holds a word (a segmenter that cannot tell: every word)
        self.segmenter_knows: Callable[[str], bool] = getattr(getattr(analysis, "segmenter", None), "known", _any_word)
        self._subjects: list[tuple[int, str | None, tuple[int, int]]] | None = None  # built on first ask
        self._anaphors: list[tuple[int, int]] = []
        self._consumed: set[int] = set()  # quantities read as part of another's claim
        self._list_free_starts: list[int] | None = None  # clause starts but after a 、, on first ask
        self._count_ends = {q.end for q in quantities if q.kind == "count"}
        self._quantity_ends = {q.end for q in quantities}  # (a list item that ends with its own figure)
        self._deeds: dict[int, str | None] = {}  # firms counted by their deed, by the count's start
        # Where each clause of the sentence starts (just after its mark): one scan, then bisection.
        text = self.text
        self.clause_starts = [m.end() for m in asm._clause_mark_re.finditer(text, sentence.start, sentence.end)]
        if _NUMBER_COMMA.search(text, sentence.start, sentence.end) is not None:
            # (not the comma of a number: 总数1,130人的27.6%)
            self.clause_starts = [s for s in self.clause_starts
                                  if not (text[s - 1] == "," and text[s - 2 : s - 1].isdigit() and text[s : s + 1].isdigit())]
        if (sentence.end - sentence.start <= 40 or self.text[sentence.start] in " \t" or self.text[sentence.end - 1] in " \t") \
                and _HEADLINE.fullmatch(self.text, sentence.start, sentence.end):  # (longer: no headline)
            # a headline's parts are parted by spaces (…增长7.8% 宁东基地产值首破千亿元): clauses
            self.clause_starts = sorted(self.clause_starts + [
                m.end() for m in _HEADLINE_GAP.finditer(self.text, sentence.start, sentence.end)])
        # Spans a metric may not run into: numbers, times, subject names.
        self._time_cover = {pos for t in time_spans for pos in range(t.start, t.end)}
        self._facilities = self._named_facilities()
        # (市科技局全年受理专利申请31件: the body that acted, no part of what it counts)
        # at the head of its clause (not one the number counts, 新建院士工作站3个, 广东省实验室2家;
        # nor a partner, 对东盟进出口额; nor a part named after 其中, 其中天津大学毕业生占比)
        self._bodies = bodies
        self._acting_bodies = [
            e for e in bodies if (e.start == sentence.start or text[e.start - 1] in asm._clause_chars or e.start in self._time_ends)
            and not _TIGHT_QUANTITY.match(text, e.end) and not _trade_partner(e, text) and not asm.of_origin(e, text)
            and (not e.text.startswith(asm.generic_subject_prefixes)  # (园区集聚外资研发中心: 园区 is the subject)
                 or (len(e.text) <= 8 and e.text.endswith(_ZONE_DEPARTMENT_HEADS)))]  # (高新区司法所受理…: a body)
        # (其中世界500强企业78家: a rank that names a class of firms is words of the metric)
        self._class_ranks = [(q.start, q.end) for q in quantities if _names_a_class(q, text)]
        barriers = SpanIndex(
            [(q.start, q.end) for q in quantities if (q.start, q.end) not in self._class_ranks]
            + [(t.start, t.end) for t in time_spans]
            + [span for _name, span in self._facilities]
            + [(e.start, e.end) for e in entities if not _trade_partner(e, self.text) and not asm.of_origin(e, self.text)
               and not _outside_of(e, self.text) and not self._from_elsewhere(e)]
            # (2021年,公司营业收入达到…: the company pointed back to is the subject, not the metric's)
            + anaphors
            # (市科技局全年受理专利申请31件: the body that acted, no part of what it counts)
            # at the head of its clause (not one the number counts, 新建院士工作站3个, 广东省实验室2家;
            # nor a partner, 对东盟进出口额; nor a part named after 其中, 其中天津大学毕业生占比)
            + [(e.start, e.end) for e in self._acting_bodies]
            # (会同…管理局、…环保局执行联合稽查647厂次: the bodies that took part, no part of what they did)
            + [(e.start, e.end) for e in bodies if text[e.end : e.end + 2] in _BODY_ACTION_VERBS]
        )
        # Whether a span runs into a barrier, by bisection (a partial: one Python call per test,
        # as the plain scan over every barrier was).
        self._in_barrier = functools.partial(overlaps_any, barriers.starts, barriers.reach)

    # -- helpers over the sentence ----------------------------------------------------------

    def _named_facilities(self) -> list[tuple[str, tuple[int, int]]]:
        """The facilities named at the head of a clause (巴克图口岸全年进出境货运量…), with their
        spans: they are the subjects of the figures after them."""
        text, found = self.text, []
        if "地区" in text[self.sentence.start:self.sentence.end]:
            # 东部地区国家级经开区实现地区生产总值…: the zones of a region of the country together
            # (东部地区106家国家级经开区: the count is no part of their name)
            found += [(m.group("region") + m.group("kind"), m.span()) for m in _REGION_ZONES.finditer(
                text, self.sentence.start, self.sentence.end)]
        if "、" in text[self.sentence.start:self.sentence.end]:
            # 仁大、大社两工业区全年投入…: two zones that share their head, together
            found += [(m.group("a") + "、" + m.group("b") + m.group("kind"), m.span()) for m in _PAIRED_ZONES.finditer(
                text, self.sentence.start, self.sentence.end) if not _HAN.match(text, m.start() - 1)]
        if not any(text.find(h, self.sentence.start, self.sentence.end) >= 0 for h in self.asm.facility_heads):
            return found
        for start in [self.sentence.start, *self.clause_starts, *self._time_ends]:
            m = self.asm._facility_re.match(text, start, self.sentence.end)
            if m is not None:
                name, span = m.group("name"), m.span("name")
                way = next((w for w in self.asm.facility_prepositions if name.startswith(w)), None)
                if way is not None and any(
                        name[len(way) : len(way) + n] in self.asm.place_forms for n in (2, 3)):
                    # 经|横琴口岸出入境旅客…: the way through, before a facility named after its place
                    name, span = name[len(way):], (span[0] + len(way), span[1])
                found.append((name, span))
        return found

    def _after_last_clause_mark(self, pos: int) -> int:
        """Just after the last comma, semicolon or colon of the sentence before ``pos`` (a 、 parts
        a list's items, no clauses), else the sentence's start."""
        clause = self.sentence.start
        for m in _CLAUSE_MARK.finditer(self.text, self.sentence.start, pos):
            clause = m.end()
        return clause

    def _clause_start(self, pos: int) -> int:
        if pos > self.sentence.end:  # past the sentence: not in the table
            m = self.asm._clause_start_re.search(self.text, self.sentence.start, pos)
            return m.end() if m else self.sentence.start
        i = bisect_right(self.clause_starts, pos) - 1
        return self.clause_starts[i] if i >= 0 else self.sentence.start

    def _carried_subject(self) -> str | None:
        """The subject of a sentence that names none: the subject of the sentence just before,
        when only a semicolon parts them (…我区14家高新区…完成工业总产值X；完成营业总收入Y；完成出口
        总额Z: the zones each time), else the document's main subject."""
        prior = self.prior
        if prior is not None and prior.subject is not None and self.asm.is_company(prior.subject) \
                and self.asm._project_anaphor_re.match(self.text, self.sentence.start):
            return prior.subject  # 某某有限公司…项目,总投资12亿元。项目达产后…: the company's project still
        if self.asm._project_anaphor_re.match(self.text, self.sentence.start):
            # …山东泰和碳纤维有限公司复合材料项目。项目总投资8.5亿元: the project named just before, a company's
            line = self.text.rfind("\n", 0, self.sentence.start) + 1
            named, ends = self.entities_by_label["ORG"]  # (companies, by their ends)
            k = bisect_right(ends, self.sentence.start) - 1
            if k >= 0 and named[k].start >= line and _PROJECT_OF.fullmatch(self.text, named[k].end, self.sentence.start):
                return named[k].text
        if self.item_party is not None:
            return self.item_party  # 投资方:某某有限公司 heads the item's fields: its project's figures
        if prior is None and self.paragraph_zone is not None:
            return self.paragraph_zone  # 一是做强西宁经开区。…力争今年营业收入…: the item's zone
        if prior is None or prior.sentence.end != self.sentence.start:
            return self.main
        if self.text[prior.sentence.end - 1] in "；;":
            if _BREAKDOWN_OPENING.match(self.text, self.sentence.start):
                return self.main  # (…高雄园区50案;依授权方式,专属授权27案: not the last part's)
            if (project := _ITEM_NAMING_PROJECT.match(self.text, self.sentence.start)) is not None:
                # 签约项目分别为:…;高性能碳纤维复合材料项目,总投资6.5亿元: the item's own project, not the
                # company of the item before
                return project.group("project")
            same: list[_Draft] = []  # the prior item's drafts, walked back from its last, then in order
            for d in reversed(self.earlier or ()):
                if d.sentence is not prior.sentence:
                    break
                same.append(d)
            same.reverse()
            if len(same) > 1 and same[0].subject != prior.subject and prior.subject_span is not None \
                    and (same[0].subject_span is None or same[0].subject_span[0] < prior.subject_span[0]) \
                    and any(d.quantity is not None and d.quantity.end <= prior.subject_span[0] for d in same):
                # 信创产业产值突破1100亿元,…,海洋科技园集聚信创企业逾600家;新能源产业产值约462亿元: a park
                # named after the item's own figures is the subject of its clause; the next item goes on
                # with the subject of the item's first figure
                return same[0].subject
            return prior.subject
        if prior.subject is not None and prior.subject.endswith(self.asm.zone_heads) \
                and self.text.startswith(("其中,", "其中，"), self.sentence.start):
            # …合作区实现地区生产总值约586亿元…。其中,科技研发和高端制造产业产值达312亿元: a breakdown of
            # the zone's figures just told, whose they are
            return prior.subject
        if self.paragraph_zone is not None:
            # 港深创科园首批大楼已于去年全部落成,…。截至去年底,首批大楼已签约租户68家: the zone the
            # paragraph opens with is still what it is about
            return self.paragraph_zone
        return self.main

    def _clause_start_past_lists(self, pos: int) -> int:
        """:meth:`_clause_start`, the items of a list being no clauses of their own: a 、 does not
        end the clause whose head names the subject (我省现有武汉、襄阳、宜昌3家…) or the verb of
        what is counted (引进某某总部、某某研究院等30个项目)."""
        if self._list_free_starts is None:
            text = self.text
            self._list_free_starts = [s for s in self.clause_starts if text[s - 1] != "、"]
        starts = self._list_free_starts
        i = bisect_right(starts, pos) - 1
        return starts[i] if i >= 0 else self.sentence.start

    def _is_break(self, i: int) -> bool:
        """Whether word ``i`` ends a metric phrase (the walks ask many times: kept per word)."""
        known = self._breaks[i]
        if known is None:
            word = self.words[i]
            if word in self.asm.agreement_verbs:  # (签订|横向科研项目, not 新签订|单)
                known = i + 1 < len(self.words) and len(self.words[i + 1]) >= 2
            elif word == "均" and i >= 1 and len(self.words[i - 1]) == 1 and _HAN.match(self.words[i - 1]) \
                    and self.token_ends[i - 1] == self.token_starts[i] and self.words[i - 1] not in self.asm.breakers:
                known = False  # 站均利用率, 车均: per station, one word with the character before it
            elif word in self.asm.cumulative_words and i >= 1 and self.token_ends[i - 1] == self.token_starts[i] \
                    and self._names_a_thing(i - 1):
                known = False  # 燃料电池汽车累计行驶里程: the thing whose running total it is, part of the metric
            else:
                known = self._break_word(word, self.token_starts[i], self.token_ends[i])
            self._breaks[i] = known
        return known

    def _compared_place_at(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is a place named between a comparison verb and a subject word
        (增速高于|东莞|全市3.1个百分点) or its average (高于|青岛市|平均水平0.9个百分点)."""
        return self.text[max(0, start - 2):start] in self.asm.comparison_verbs \
            and (self.text[end : end + 2] in self.asm.subject_words or self.text.startswith(self.asm.average_levels, end)) \
            and any(e.start == start and e.end == end and e.label == "GPE" for e in self.entities)

    def _compared_place_before(self, start: int) -> bool:
        return any(e.end == start and e.label == "GPE" and self._compared_place_at(e.start, e.end) for e in self.entities)

    def _names_a_thing(self, i: int) -> bool:
        """Whether word ``i`` is a plain noun of the metric (not a subject word, a zone's generic word,
        a name, a time or a break)."""
        word = self.words[i]
        if any(self.words[k][:1] in _DEMONSTRATIVES for k in range(max(0, i - 3), i + 1)):
            return False  # 这家企业累计下线…, 本局…小组累计接获…: who, pointed back to
        return len(word) >= 2 and bool(_HAN_WORD.fullmatch(word)) and word not in self.asm.subject_words \
            and word not in self.asm.generic_subjects and word not in self.asm.breakers \
            and not self._in_barrier(self.token_starts[i], self.token_ends[i]) \
            and self.asm.word_tag is not None and self.asm.word_tag(word) in ("n", "nz", "vn")

    def _is_noun_at(self, pos: int) -> bool:
        """Whether the word starting at ``pos`` goes on the noun phrase (no break, no number)."""
        i = bisect_left(self.token_starts, pos)
        return i < len(self.words) and self.token_starts[i] == pos and self.words[i] != "及" \
            and (self.words[i] not in self.asm.breakers or self.asm.terms_with_breakers.match(self.text, pos) is not None) \
            and not self.words[i][:1].isdigit()  # (园区公司及|培育公司: a term, though 培育 is a verb elsewhere)

    def _break_word(self, word: str, start: int, end: int) -> bool:
        if word in _QUOTES:
            return False
        if word in _AMPERSANDS and _LATIN_LETTER.match(self.text, start - 1) and _LATIN_LETTER.match(self.text, end):
            return False  # R&D经费投入: one name with its ampersand
        if word in self.asm.level_bounds and (self.text[start - 1 : start] in ("级", "模")
                                              or (self.text[start - 1 : start] == "及" and _HAN.match(self.text, end)
                                                  and not _NUMBER_UNIT_END.search(self.text, max(0, start - 6), start - 1))
                                              or (_GRADE_BEFORE_BOUND.match(self.text, start - 1) and _HAN.match(self.text, end)
                                                  and not _NUMBER_UNIT_END.search(self.text, max(0, start - 6), start)
                                                  and not any(p.start < start <= p.end for p in self.quantities))):
            # 省级以上研发机构, 规模以上影视企业: a level of bodies, not a bound of the number; so
            # is a grade and those above it (高级工及以上等级3,105人, 重度以上身心障碍者298人)
            return False
        if word in self.asm.subject_words and (self.text[max(0, start - 2):start] in self.asm.comparison_verbs
                                               or self._compared_place_before(start)):
            return False  # 增速高于全市平均水平 (高于东莞全市): the whole compared with, inside the metric
        if self._compared_place_at(start, end):
            return False  # 高于|东莞|全市: the place of the whole compared with
        if word in ("及", "和") and self.text.find("分别", end, self.sentence.end) < 0 \
                and (self._is_noun_at(end) or (word == "及" and self.text.startswith(("以上", "以下"), end)
                                               and not _NUMBER_UNIT_END.search(self.text, max(0, start - 5), start))):
            # 稀土新材料及应用产业产值, 内地及海外企业, 孵化器和众创空间: two of one count (高级工
            # 及以上: a grade and those above it)
            return False
        if word in self.asm.break_exception_words and self._kept_in_metric(word, start, end):
            return False
        if word in self.asm.breakers or word in self.asm.subject_words:
            return True
        if word.endswith(self.asm._zone_words) and self.text[max(0, start - 4):start - 2] in self.asm.comparison_verbs \
                and self.text[start - 2:start] in self.asm.subject_words:
            return False  # 低于全省国家高新区平均水平: the zones compared with, inside the metric
        if word.endswith(self.asm._zone_words) and self.asm._collective_bare_re.fullmatch(word) is not None:
            if self._province_ending_at(self._level_start(start)) is not None \
                    and not self.asm._zones_count_after_re.match(self.text, end):
                return True  # 贵州省国家高新区营业收入…: the province's zones together are the subject
            if self._after_subject_word(start):
                # 全省国家高新区新增…: the zones of the place are the subject (see _collective)
                return self.asm._collective_bare_re.match(self.text, self._level_start(start), end + 4) is not None
        if word in self.asm.zone_locatives and self.text[max(0, start - 3):start].endswith(self.asm._zone_words):
            return True  # 园区内国家级高新技术企业: "in the park" belongs with the subject
        if word in self.asm.generic_subjects:
            # 高新区 at the head of a clause (or after its time: 今年园区营业额…, 全年园区…) is its
            # subject; elsewhere (全区高新区总数) a noun. So is 各园区 (each of them: 115年各园区贸易额…)
            head = start - 1 if self._word_before(start) in self.asm.distributives else start
            if head == self.sentence.start or self.text[head - 1] in self.asm._clause_chars or head in self.clause_starts \
                    or self._level_at_clause_head(start) \
                    or head in self._time_ends or self.text[max(0, head - 4):head].endswith(self.asm.period_words) \
                    or self._after_breaker(head) or self._word_before(head) in self.asm.non_subject_prepositions:
                return True
        if self._class_ranks and any(a <= start and end <= b for a, b in self._class_ranks):
            return False  # 世界|500|强|企业: the class of firms counted
        if self.asm.not_a_word(word):
            # punctuation, brackets, spaces, numbers; not a magnitude naming a class (百亿级项目), nor
            # a voltage naming a kind of equipment (110千伏变电站: no quantity)
            return not ((self.text.startswith("级", end) and _MAGNITUDE_WORD.fullmatch(word) is not None)
                        or (self.text.startswith(_VOLTAGE_CLASSES, end) and word.isdigit()))
        return self._in_barrier(start, end)

    def _kept_in_metric(self, word: str, start: int, end: int) -> bool:
        """Whether a word that would end a metric stays in it here (a verb or noun that breaks
        metrics elsewhere: 成功, 比, 之, 拥有, 减少, 至, 计划 …)."""
        if word in _ENDING_NOUNS and self.text[end : end + 1].isdigit() and self.text[start - 1 : start].isalpha():
            # 案前调解成功392件: what succeeded, counted (成功引进…: an adverb, a break); 收支比1.11倍:
            # a ratio named (比上年…: a comparison, a break)
            return True
        if word == "之" and self.text[end : end + 1] in _NUMBER_STARTS:
            return True  # 原定目标之四分之一: a fraction of what is named (核发建造执照之总楼地板面积: a break)
        if word in ("拥有", "有") and _PER_HEAD_BEFORE.search(self.text, max(0, start - 6), start) is not None:
            return True  # 每万人拥有5G基站38.4个: a rate per head, named with its verb
        if word in ("获", "获得") and _EACH_ONE_BEFORE.search(self.text, max(0, start - 8), start) is not None:
            return True  # 平均每辆车获补贴约2.6万元: what each one received, named with its verb
        if word in _VERBS_OF_SAVING and _HAN.match(self.text, end) is not None and self.text[end] not in _REACHED_OR_ABOUT \
                and self.text[start - 1 : start] not in ("比", "较"):
            return True  # 可减少碳排放1.9万吨: what is saved, named (减少3.2%: a change, a break)
        if word in _RELATIVE_CLAUSE_VERBS and self.text[start - 1 : start].isalpha() \
                and _RELATIVE_HEAD_AFTER.match(self.text, end) is not None \
                and not (word in _DEED_VERBS and self.text.endswith(_AGENT_ENDINGS, 0, start)):
            # (公安机关完成等级保护备案的信息系统: the agent's deed, no part of what it counts)
            return True  # 起诉至法院的案件37件, 首次获得质押贷款的企业14家, 实施减班休息的厂商: inside the clause that names them
        if word in self.asm.breakers_in_terms and any(
                m.start() <= start and end <= m.end()
                for m in self.asm.terms_with_breakers.finditer(self.text, max(0, start - 6), min(len(self.text), end + 6))):
            return True  # 超比例安排残疾人就业: a term of the genre, whole
        if word in self.asm.offering_verbs and self.asm._offered_jobs_re.match(self.text, start) is not None:
            return True  # 提供岗位3.6万个: jobs on offer, with their verb
        if word in self.asm.verbs_in_compounds and self.text.startswith(self.asm.compound_heads, end) \
                and self._is_noun_at(end) and self.text[start - 1 : start].isalpha() and self.text[start - 1] not in "新再":
            return True  # 职业技能等级认定机构, 职业技能提升补贴: a verb inside a compound, before its head
        if word in self.asm.verbs_in_compounds and _ROUNDS_AFTER.match(self.text, end) is not None \
                and self.text[start - 1 : start].isalpha() and self.text[start - 1] not in "新再":
            return True  # 组织职业技能等级认定186批次: rounds of the work its verb names
        if word in self.asm.status_cue_words and self._in_not_status_noun(start, end):
            return True  # 受理飞行计划申请: a plan named as a thing, part of the metric
        return False

    def _in_not_status_noun(self, start: int, end: int) -> bool:
        """Whether the cue word at ``start:end`` is inside a noun that is no plan (飞行计划申请, 规划面积)."""
        pattern = self.asm._not_status_cue_re
        if pattern is None:
            return False
        return any(m.start() <= start and end <= m.end()
                   for m in pattern.finditer(self.text, max(0, start - 4), min(len(self.text), end + 4)))

    def _level_start(self, start: int) -> int:
        """Where the zone word at ``start`` starts with its level written as a word of its own
        (国家 高新区 → at 国家)."""
        i = bisect_left(self.token_ends, start)
        if i < len(self.words) and self.token_ends[i] == start and self.words[i] in self.asm.level_modifiers:
            return self.token_starts[i]
        return start

    def _province_ending_at(self, pos: int) -> Entity | None:
        """The province named right before ``pos`` (贵州省 of 贵州省国家高新区), or None."""
        for e in self.entities:
            if e.end == pos and e.label == "GPE" and any(p.kind == "province" for p in self.asm.place_forms.get(e.text, ())):
                return e
        return None

    def _after_subject_word(self, start: int) -> bool:
        """Whether a subject word (全省, 我区) stands right before the zone word at ``start``,
        maybe with a level between (全省国家高新区)."""
        level_start = self._level_start(start)
        i = bisect_left(self.token_ends, level_start)
        return i < len(self.words) and self.token_ends[i] == level_start and self.words[i] in self.asm.subject_words

    def _level_at_clause_head(self, start: int) -> bool:
        """其中,省级高新区营业收入…: a level written before the zone word opens the clause."""
        level = self._level_start(start)
        return level < start and (level == self.sentence.start or self.text[level - 1] in self.asm._clause_chars
                                  or level in self._time_ends)  # (2025年国家高新区营业收入…)

    def _after_breaker(self, start: int) -> bool:
        """Whether the word before ``start`` is a verb whose object zone is what the figures are
        of (推动经开区…, 力争园区…; not 安排园区发展专项资金)."""
        return self._word_before(start) in self.asm.zone_object_verbs

    def _starts_a_word(self, pos: int) -> bool:
        i = bisect_left(self.token_starts, pos)
        return i < len(self.token_starts) and self.token_starts[i] == pos

    def _may_cut_at(self, pos: int) -> bool:
        """Whether a metric may end or start at ``pos``: a word starts there, or the word around it
        is no word of the dictionary (率达, 数将: glued by the segmenter's HMM; not 出超, 其他, 签约)."""
        i = bisect_right(self.token_starts, pos) - 1
        if i < 0 or i >= len(self.words) or self.token_starts[i] == pos or self.token_ends[i] <= pos:
            return True
        return not self.segmenter_knows(self.words[i])

    def _word_before(self, start: int) -> str | None:
        i = bisect_left(self.token_ends, start)
        return self.words[i] if i < len(self.words) and self.token_ends[i] == start else None

    def _strip(self, start: int, end: int) -> tuple[int, int]:
        """Drop function words at either end of a metric (的, 各类…; 达, 超…), never all of it."""
        text = self.text
        m = _POINTING_BACK.match(text, start, end)
        if m and m.end() < end and self._starts_a_word(m.end()):
            start = m.end()  # 该园在孵企业: what 该园 points back to is the subject, not the metric (not 该区|域)
        m = _QUOTED_CODES.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
        closing = _OPENING_QUOTES.get(text[start : start + 1])
        if closing is not None and end - start > 2 and text.find(closing, start, end) < 0:
            start += 1  # “低碳热源供热占比达到80.5%,…”: a quotation opens there, no quoted name
        strip_left, strip_right, may_cut = self.asm._strip_left_re.match, self.asm._strip_right_re.search, self._may_cut_at
        for _ in range(2):  # (全年|向港澳青年|发放…: the function word first, then what it hid)
            while (m := strip_left(text, start, end)) and m.end() < end and may_cut(m.end()) \
                    and self.asm.terms_with_breakers.match(text, start) is None:  # (超比例…: a term, whole)
                start = m.end()
            m = _TO_WHOM_PAID.match(text, start, end)
            if m is None:
                before, first = text[start - 1 : start], text[start : start + 1]
                m = (_FOR_WHOM.match(text, start, end) if before == "为"
                     else _FOR_WHOM.match(text, start + 1, end) if first == "为"  # (为小微企业减免保费)
                     else _AT_VENUE.match(text, start, end) if before == "在"
                     else _WITH_PARTNER.match(text, start, end) if _PARTNER_BEFORE.search(text, max(0, start - 3), start)
                     else _MODAL_CAN.match(text, start, end) if first in ("可", "约") else None)
                if m is None and "在" in text[max(0, start - 8):start]:
                    m = _WHERE_THEY_ARE.match(text, start, end)  # 在全区工作的持证外国人: where they work is no part of who
            if m is None and text[start : start + 1] in _HELPING_VERB_FIRSTS:
                m = _HELPING_FIRMS.match(text, start, end)
            if m is None and (text.startswith(_ORGANISED, start) or text.find("对", start, end) >= 0
                              or text.find("召开", start, end) >= 0):
                # 组织街道、社区和施工单位召开议事协调会, 对在建项目开展质量安全检查: who was gathered and
                # what was looked at are no part of the event held
                m = _EVENT_HELD_AFTER.match(text, start, end)
                if m is not None and text.find("的", m.end(), end) >= 0:
                    m = None  # (对…开展研发活动的企业: a class of firms, named by what they do)
            if m is None and text[start : start + 1] in _APPLICANT_FIRSTS:
                m = _RECEIVERS_APPLIED.match(text, start, end)
            if m is None and text.startswith(_JOINTLY, start):
                # 協同經濟部…服務中心新增路口監視器: the body it was done with is no part of what was done
                partner = next((e for e in (*self._bodies, *self.entities) if e.start == start + 2
                                and e.label in ("ORG", "ZONE")), None)
                if partner is not None and partner.end < end:
                    start = partner.end
            if m and m.end() < end:
                start = m.end()  # 向港澳青年发放生活补贴: to whom is no part of what was paid
            if text.startswith(_FIRMS_WORDS, start) and text.rfind("为", max(0, start - 12), start) >= 0 \
                    and _SERVED_ZONE_BEFORE.search(text, max(0, start - 12), start) is not None:
                firms = next(w for w in _FIRMS_WORDS if text.startswith(w, start))
                if start + len(firms) < end:
                    start += len(firms)  # 为高新区企业办理312张: the zone's firms served are its subject, no part of the metric
            if text.startswith(self.asm.park_firms, start) and _PARK_BEFORE_FIRMS.search(text, max(0, start - 4), start) is not None \
                    and end - start >= 4 and not text.startswith(self.asm.park_firms_not_own, start + 2):
                start += 2  # 园区厂商研发支出: the park's firms are whose spending it is, no part of what was spent
            m = _SETTING_BEFORE.match(text, start, end) or _AT_EVENT.match(text, start, end) or _SCENE_BEFORE.match(text, start, end)
            if m and m.end() < end:
                start = m.end()  # 已出让工业用地中有闲置土地, 通过收回、置换等方式盘活闲置土地: what was found, done
                # (推介会上现场签约项目: where it was signed is no part of what)
        while (m := strip_right(text, start, end)) and m.start() > start and may_cut(m.start()):
            end = m.start()
        if text[end - 1 : end] in self.asm.trailing_locatives and end - 1 > start:
            # 综合评价中(排名第18位): a locative word of its own, not the 中 of 高中 or 初中
            i = bisect_left(self.token_starts, end - 1)
            if i < len(self.words) and self.token_starts[i] == end - 1 and self.token_ends[i] == end:
                end -= 1
        return start, end

    def metric_left(self, pos: int, limit: int | None = None) -> tuple[int, int] | None:
        """The noun phrase that ends at ``pos`` (tokens back to the first break)."""
        limit = self._clause_start(pos) if limit is None else limit
        if self.text.find("经", max(limit, pos - 14), pos) >= 0 \
                and (agent := _AGENT_BEFORE.search(self.text, max(limit, pos - 14), pos)) is not None:
            pos = agent.start()  # 营业秘密案件经该处侦办18件: what was handled, before who handled it
        words, starts, ends = self.words, self.token_starts, self.token_ends
        skip_words, cumulative = self.asm.skip_words, self.asm.cumulative_words
        count_ends, zone_words = self._count_ends, self.asm._zone_words
        payment_verbs = self.asm.payment_verbs
        i = bisect_right(ends, pos) - 1
        start = end = None
        while i >= 0:
            word = words[i]
            if starts[i] < limit:
                break
            if end is None and ((word in skip_words and not (word == "会" and _NUMBER_START.match(self.text, ends[i])))
                                or not word.strip()
                                or (word in _QUOTES and not (word in _CLOSING_QUOTES
                                                             and self.text.rfind(_CLOSING_QUOTES[word], limit, starts[i]) >= 0))
                                or (word in cumulative and (ends[i] >= pos or i + 1 < len(words) and words[i + 1] in skip_words))):
                i -= 1
                continue  # verbs, qualifiers and quotes between metric and value (and 累计 before 达到 or the number): skip them
                # (but a quoted name right before the value is the metric's: 累计办理“一件事”2.3万件)
            if end is None and starts[i] in self._time_cover:
                tail = starts[i]
                while tail < ends[i] and tail in self._time_cover:
                    tail += 1
                opening = starts[i]
                while opening - 1 in self._time_cover:
                    opening -= 1
                if ends[i] - tail >= 2 and _HAN.match(self.text, opening - 1) and self.asm.word_tag is not None \
                        and self.asm.word_tag(self.text[tail:ends[i]]) in ("n", "nz"):
                    # 高新区2025|年产值|达…: the segmenter's 年产值 across the year's end, its noun the
                    # metric, after the subject (not after a row's label: 新型显示:2025|年产值约…)
                    start, end = tail, ends[i]
                    i -= 1
                    continue
                i -= 1
                continue  # 规模以上工业增加值2023年增长5%: the period between metric and value
            if end is None and ((word in _DEADLINE_AFTER_TIME and i >= 1 and starts[i - 1] in self._time_cover)
                                or (word in _TIME_PREPOSITIONS and i + 1 < len(words) and starts[i + 1] in self._time_cover)):
                i -= 1
                continue  # 算力于2027年3月底前进一步提升至…: the deadline (于…前) around the period
            if end is None and word in _NEGATED_BOUNDS and i >= 1 and words[i - 1] == "不" and starts[i - 1] >= limit:
                i -= 2
                continue  # PM2.5平均浓度不高于42微克/立方米: a bound of the target, no part of the metric
            if end is None and word in _REACHED and i >= 1 and words[i - 1] in self.asm._reached and starts[i - 1] >= limit:
                i -= 2
                continue  # 营业额可望回升至1.7万亿元, 失业率控制在5.5%: the level reached, its verb no part of the metric
            if end is None and word == "在" and ends[i] == pos:
                i -= 1
                continue  # 流失率在12%至15%之间, 增速在5%左右: where the level lies, 在 no part of the metric
            if word in _CLOSING_QUOTES:
                # A quoted name is one unit of the metric (“扬帆计划”创新团队), whatever it contains.
                opening = self.text.rfind(_CLOSING_QUOTES[word], limit, starts[i])
                if opening < 0:
                    break
                start, end = opening, end if end is not None else ends[i]
                i = bisect_right(ends, opening) - 1
                continue
            if word == ")":
                # 外国高端人才(A类)占比: a class's label in brackets inside the metric
                opening = self.text.rfind("(", max(limit, starts[i] - 9), starts[i])
                if opening >= 0 and _BRACKETED_CLASS.fullmatch(self.text, opening + 1, starts[i]):
                    start, end = opening, end if end is not None else ends[i]
                    i = bisect_right(ends, opening) - 1
                    continue
            if self._is_break(i):
                break
            if starts[i] in count_ends and word.endswith(zone_words):
                break  # 全省12家高新区规模以上工业企业1642家: the zones counted are the subject
            start = starts[i]
            end = end if end is not None else ends[i]
            if word in payment_verbs and end - ends[i] >= 2 and self.text[starts[i] - 1 : starts[i]] not in ("新", "的") \
                    and self.text[ends[i] : ends[i] + 1] != "的" and not self.text.endswith(_HOW_PAID, 0, starts[i]):
                break  # 向27家…企业发放超比例奖励: what is paid, from the verb of paying (not 贷款发放额)
            i -= 1
        if start is None:
            return None
        while start < end and start in self._time_cover:
            start += 1  # 2025|年代|偿率: a word the segmenter made across a time's end (年代) starts after it
        start, end = self._strip(start, end)
        if end == pos and self.text.endswith(_GLUED_QUALIFIERS, start, end) \
                and (glued := next((w for w in _GLUED_QUALIFIERS if self.text.endswith(w, start, end)
                                    and end - len(w) > start), None)):
            end -= len(glued)  # 财物损失估计|1,860万元: the segmenter's 损失估计, a qualifier glued to the noun
        if self.text.startswith("在", end) and end < pos:
            # 重复来电率控制在5%以内 (the segmenter's 率控制), 目标维持违规率在2%以下: the verb that holds
            # the level where it is, no part of the metric
            if (held := next((v for v in self.asm.level_verbs if self.text.endswith(v, start, end)), None)) is not None \
                    and end - len(held) > start:
                end -= len(held)
            elif (held := next((v for v in self.asm.level_verbs if self.text.startswith(v, start)), None)) is not None \
                    and end - len(held) >= start + 2:
                start += len(held)
        if self.text.endswith(self.asm.metric_tails, start, end) \
                and (tail := next((w for w in self.asm.metric_tails if self.text.endswith(w, start, end)), None)) \
                and end - len(tail) > start:
            end -= len(tail)  # 业务总收入决算数为86.4亿元: the final accounts' figure of 业务总收入
        if end <= start:
            return None
        if self.text[start - 1 : start] == "、" and "分别" not in self.text[end : pos + 2]:
            # 锂电、光伏两大产业链产值占比: the list the metric sums up is part of it (not when
            # the figures are each item's: 汽车、新能源、装备制造三大主导产业产值分别增长…); so is
            # a pair of short kinds counted together (其中博士、硕士163人)
            head = self._clause_start_past_lists(start)
            if head < start and (_LIST_SUM.search(self.text, start, end) or (
                    end - start <= 3 and pos - end <= 1 and _NUMBER_START.match(self.text, pos) is not None
                    and _SHORT_PAIR.fullmatch(self.text, head, start - 1) is not None)):
                start = self._strip(head, end)[0]
            elif head < start - 1 and _HAN.match(self.text, start - 2) is not None \
                    and self.text.find("分别", start, (mark.start() if (mark := _CLAUSE_END_PAST_LISTS.search(
                        self.text, pos, self.sentence.end)) else self.sentence.end)) < 0:
                # 新增光伏、风电装机容量, 科普进企业、进社区活动: the items before the last are counted
                # with it, one figure of the short list (the first item's own noun phrase, walked back
                # with the same breaks: 全区|新建、改扩建学校)
                item = self.metric_left(start - 1, head)
                if item is not None and item[1] == start - 1 and item[1] - item[0] <= 8 \
                        and not any(q.start < start - 1 and q.end >= item[0] for q in self.quantities):
                    start = item[0]  # (not after a count: 警示标志38面、减速设施12处; 30家厂商、新增就业)
        # A flow verb right before the noun says what is counted are arrivals, not the stock:
        # 新增高新技术企业120家, 引进项目30个, 累计集聚创新企业500家 keep their verb.
        i = bisect_right(ends, start) - 1
        if i >= 1 and ends[i] == start and words[i] in self.asm.distributives_of_kinds and starts[i - 1] >= limit \
                and self._flow_verb_at(i - 1) is not None:
            start, i = starts[i], i - 1  # 新引进各类人才: 各类 stays between the flow verb and its noun
        if i >= 0 and ends[i] == start and starts[i] >= limit:
            verb = self._flow_verb_at(i)
            helped = _HELPING_FIRMS.match(self.text, start - len(verb), end) \
                if verb is not None and verb[:1] in _HELPING_VERB_FIRSTS else None
            if helped is not None and helped["verb"] == "带动" and not self.text.startswith("新增", helped.end()):
                start = helped.start("firms")  # 带动企业算力采购: the firms' own purchases
            elif helped is not None:
                start = helped.end()  # 帮助企业解决技术难题: the firms helped, no flow of them
            elif verb is not None:
                start -= len(verb)
            elif words[i] in self.asm.cumulative_words and (self.text.startswith(self.asm.cumulative_verbs, start)
                                                            or self.text.endswith(self.asm.cumulative_measures, start, end)):
                start = starts[i]  # 累计盘活低效工业用地, 累计投资额: the running total of a flow
                j = i - 1
                if j >= 0 and ends[j] == start and starts[j] >= limit and words[j] not in skip_words \
                        and words[j] not in self.asm.non_subject_prepositions \
                        and starts[j] not in self._time_cover and not self._is_break(j) \
                        and (self.asm.word_tag is None or self.asm.word_tag(words[j]) not in _PLACE_TAGS):
                    # (not where: 为当地累计创造就业岗位, the place the jobs are in)
                    owner = self.metric_left(start, limit)  # 新加坡企业累计投资额: whose running total
                    # (not a body or a park the recogniser missed: 某某孵化中心累计孵化…, the subject)
                    # (nor a time since which it ran: 成立以来累计融资额)
                    if owner is not None and not self.text.endswith(self.asm.owner_not_heads, owner[0], owner[1]) \
                            and not self.text.endswith("以来", owner[0], owner[1]):
                        start = owner[0]
            elif words[i] in self.asm.cumulative_words and ends[i] == start:
                start = starts[i]  # 累计下线整车, 累计受理工单: a running total, as the page names it
            elif words[i] == "已" and ends[i] == start and self.text.endswith(_LAND_NOUNS, start, end):
                start = starts[i]  # 已开发面积, 已出租土地: the land in that state, a class of land
        return start, end

    def metric_right(self, pos: int) -> tuple[int, int] | None:
        """The noun phrase that starts at ``pos`` (an attributive number: 12家国家知识产权优势企业)."""
        i = bisect_left(self.token_starts, pos)
        start = end = None
        while i < len(self.words):
            word = self.words[i]
            if word in _OPENING_QUOTES:
                # A quoted name is one unit of the metric (国家“万人计划”专家), whatever it contains.
                closing = self.text.find(_OPENING_QUOTES[word], self.token_ends[i], self.sentence.end)
                if closing < 0:
                    break
                start = self.token_starts[i] if start is None else start
                i = bisect_left(self.token_starts, closing + 1)
                end = closing + 1
                continue
            if word == "、" and start is not None and (item := _UNCOUNTED_ITEM.match(self.text, self.token_ends[i])) is not None \
                    and item.end() < self.sentence.end:
                # 14所初中、小学学校,1所国际学校: an item with no number of its own shares the count
                i = bisect_left(self.token_starts, item.end())
                end = item.end()
                continue
            if self._is_break(i) or word == "的" or (start is not None and word in self.asm.payment_verbs
                                                    and _TWO_HAN.match(self.text, self.token_ends[i]) is not None):
                break  # (27家超比例安排残疾人就业企业|发放…: who is paid, then what)
            if start is not None and word in self.asm.purpose_verbs:
                break  # (15亿元专项资金|支持本方案实施: the money, then what it is for)
            start = self.token_starts[i] if start is None else start
            end = self.token_ends[i]
            i += 1
        if start is None:
            return None
        start, end = self._strip(start, end)
        return (start, end) if end > start else None

    def _budget_line(self, metric: str, previous: _Draft | None, q: Quantity) -> tuple[str, bool]:
        """The line of a budget a stage's figure is of, and whether the stage is a plan:
        一般公共预算支出年初预算 → 一般公共预算支出 (planned); 调整预算 or 执行数 alone, after the
        line's first figure in the sentence with no time of its own between → that line (not
        核定开发经费86.4亿元,截至114年12月底执行数81.3亿元: a statement of its own, set 30)."""
        stage = next(w for w in self.asm.budget_stages if metric.endswith(w))
        line = metric[: -len(stage)]
        if line in self.asm.cumulative_words:
            return metric, False  # 累计执行数: the running total of what was spent, as the page names it
        if not line:
            if previous is None or previous.sentence != self.sentence or previous.quantity is None \
                    or any(previous.quantity.end <= t.start < q.start for t in self.times):
                return metric, False
            line = previous.metric
        return line, stage in self.asm.budget_plan_stages

    def _completed(self, metric: str, span: tuple[int, int], previous: _Draft | None) -> tuple[str, tuple[int, int]]:
        """完成投资 with what completed it: the work named before the verb (全域土地综合整治完成投资),
        or the projects counted just before in the clause before (亿元以上项目43个,完成投资52.4亿元:
        亿元以上项目完成投资); else the verb stays (累计完成投资), since 投资 alone says nothing."""
        verb = span[0] - 2
        start = verb - 2 if self.text.endswith("累计", 0, verb) else verb
        if self._clause_start(start) == start:
            if previous is not None and previous.sentence == self.sentence and previous.quantity is not None \
                    and previous.quantity.kind == "count" and 0 < start - previous.quantity.end <= 2:
                return previous.metric + self.text[verb:span[1]], (start, span[1])
        elif (work := self.metric_left(start)) is not None and work[1] == start:
            start = work[0]
        return self.text[start:span[1]], (start, span[1])

    def _deed_after(self, q: Quantity) -> str | None:
        """:meth:`_read_deed_after`, once a quantity (whether a count is descriptive asks it, then
        the claim it makes)."""
        if q.start not in self._deeds:
            self._deeds[q.start] = self._read_deed_after(q)
        return self._deeds[q.start]

    def _read_deed_after(self, q: Quantity) -> str | None:
        """The metric of firms counted by what they did (12家厂商完成制程替代 → 完成制程替代厂商,
        区内45家规上企业接入…平台 → 接入…平台的规上企业, 57家厂商完成92座锅炉汰换 → 完成锅炉汰换厂商):
        the deed to the end of its clause (less a count of what was done), then the firms; or the
        class a negation names before the count (未足额进用的11家厂商 → 未足额进用厂商). None where
        the count is not followed so, or where a preposition makes the firms the deed's object."""
        asm = self.asm
        if asm.word_tag is None or q.kind != "count":
            return None
        words, starts = self.words, self.token_starts
        after = self._after_number(q)
        i = bisect_left(starts, after)
        if i >= len(words) or starts[i] != after:
            return None
        # the firms: their head word, after at most two words that say which firms (规上|工业|企业)
        k = next((k for k in range(i, min(i + 3, len(words)))
                  if words[k].endswith(asm.deed_counted_heads) or not _HAN.match(words[k])), None)
        if k is None or not words[k].endswith(asm.deed_counted_heads) or any(self._is_break(x) for x in range(i, k)):
            return None
        firms = self.text[starts[i] : self.token_ends[k]]
        bare = k == i and firms in asm.deed_counted_nouns
        clause = self._clause_start(q.start)
        negated = asm._negated_class_re.search(self.text, clause, q.start)
        if negated is not None:
            return negated.group()[:-1] + firms  # 未足额进用的11家厂商: the class they are of
        if any(w in asm.deed_object_prepositions for w in words[bisect_left(starts, clause) : bisect_left(starts, q.start)]):
            return None  # 对区内612家企业开展…: the firms are the deed's object
        j = k + 1
        while j < len(words) and words[j] in asm.deed_adverbs:
            if not bare and words[j] in ("均", "都"):
                return None  # 区内68家危化品生产企业均已配备…: a class that all did it is counted as a class
            j += 1
        manner = j + 1 < len(words) and words[j] in asm.deed_manners and asm.word_tag(words[j + 1]) in ("v", "vn")
        if j >= len(words) or words[j] in asm.deed_not_verbs \
                or (asm.word_tag(words[j]) not in ("v", "vn", "oov") and not manner and words[j] not in asm.deed_arrivals):
            return None  # (8个项目现场签约: a manner word, then the verb, is the deed)
        start = starts[j]
        mark = asm._clause_mark_re.search(self.text, start, self.sentence.end)
        end = mark.start() if mark else self.sentence.end
        deed = self.text[start:end].rstrip()
        done = [p for p in self.quantities if start < p.start and p.end <= end]
        if done:
            if len(done) > 1 or done[0].kind != "count":
                return None  # (承担了约六成的抽检任务: a share of the work, a level)
            # 完成92座锅炉汰换: what was done, less how many (a claim of its own)
            deed = self.text[start : done[0].start] + self.text[done[0].end : end].rstrip()
        deed = deed.translate(_NO_QUOTES)  # (接入“冷链食品追溯平台”: the name without its quotes)
        arrived = deed in asm.deed_arrivals  # (9家半导体企业落户: 落户半导体企业, of any class of firms)
        if not (4 <= len(deed) <= 20 or arrived) or _LEVEL_IN_DEED.search(deed) or not _ALL_HAN.fullmatch(deed):
            return None  # (协助20家厂商改善: a bare verb, the help's; 可能有多项违法): no deed)
        return deed + firms if bare or arrived else deed + "的" + firms

    def _award_after(self, q: Quantity) -> tuple[int, int] | None:
        """The award a count of a generic noun wins (9个项目|获评|省级优秀志愿服务项目), from its verb
        to the end of its object; None where the count is not followed so."""
        i = bisect_left(self.token_starts, q.end)
        if i + 1 >= len(self.words) or self.token_starts[i] != q.end or self.words[i] not in self.asm.awarded_counted_nouns \
                or self.words[i + 1] not in self.asm.award_verbs:
            return None
        award = self.metric_right(self.token_ends[i + 1])
        return (self.token_starts[i + 1], award[1]) if award is not None and award[0] == self.token_ends[i + 1] else None

    def _after_number(self, q: Quantity) -> int:
        """Where what ``q`` counts would start: right after it, past a bound (七成以上企业)."""
        pos = q.end
        i = bisect_left(self.token_starts, pos)
        if i < len(self.words) and self.token_starts[i] == pos and self.words[i] in self.asm.trailing_bounds:
            pos = self.token_ends[i]
        return pos

    def _followed_by_noun(self, q: Quantity) -> bool:
        after = self._after_number(q)
        i = bisect_left(self.token_starts, after)
        if i >= len(self.words) or self.asm._level_remark_re.match(self.text, after):
            return False  # (2.49兆元创高: a remark on the level, no noun the amount qualifies)
        if self.asm._continuation_right.match(self.text, after):
            return False  # (由14.92平方公里扩大至120.56平方公里: the level it rose from, then the verb)
        if self.text.startswith("之间", after):
            return False  # (流失率在12%至15%之间: the bounds the level lies between, no noun)
        return not self._is_break(i) and self.words[i] != "的"

    def _flow_verb_before(self, q: Quantity) -> str | None:
        """The flow verb whose object the number counts (引进…等30个项目, 累计集聚150个创新企业,
        毕业6家企业), with 累计 before it; None when the clause has none before the number, or
        when a preposition governs the number (与30余所高校合作)."""
        limit = self._clause_start_past_lists(q.start)
        words, starts, ends = self.words, self.token_starts, self.token_ends
        prepositions = self.asm.non_subject_prepositions
        bound = _BOUND_BEFORE_NUMBER.search(self.text, max(limit, q.start - 4), q.start)
        i = bisect_right(ends, bound.start() if bound is not None else q.start) - 1
        while i >= 0 and starts[i] >= limit:
            if words[i] in prepositions:
                return None  # 引进…等项目与30余所高校合作: the number is the preposition's object
            verb = self._flow_verb_at(i)
            if verb is not None:
                return verb
            i -= 1
        return None

    def _flow_verb_at(self, i: int) -> str | None:
        """Word ``i`` as the verb of a flow, with 累计 before it if written: a flow verb (新增,
        引进, 毕业 …), or a verb of gathering after 累计 (累计集聚; 集聚 alone, like 拥有, names
        the stock: 该园区集聚物联网企业560家)."""
        word = self.words[i]
        cumulative = i >= 1 and self.token_ends[i - 1] == self.token_starts[i] and self.words[i - 1] in self.asm.cumulative_words
        if cumulative and (word in self.asm.flow_verbs or word in self.asm.cumulative_flow_verbs):
            return self.words[i - 1] + word
        if i >= 1 and self.token_ends[i - 1] == self.token_starts[i] and self.words[i - 1] + word in self.asm.flow_verbs:
            return self.words[i - 1] + word  # 新/认定: a flow verb the segmenter cut in two
        if word in self.asm.flow_verbs:
            if i >= 1 and self.token_ends[i - 1] == self.token_starts[i] \
                    and (self.words[i - 1] == "新" or self.words[i - 1] in self.asm.flow_verbs):
                # 新引进, 新入驻, 新建成, 新增入驻: the flow, as the page writes it
                return self.words[i - 1] + word
            return word
        return None

    def _having_verb_before(self, q: Quantity) -> bool:
        start = self._clause_start(q.start)
        if self.asm._object_of_preposition.search(self.text[start:q.start]):
            return True  # 与30余所高校合作, 为1000多个园区提供服务
        sentence_start = self.sentence.start
        # The verb may stand at the head of a list the number is part of (现有A、B 4家…以及10家…).
        having = self.asm.having
        for i in range(bisect_right(self.token_ends, q.start)):
            if self.words[i] not in having or self.token_starts[i] < sentence_start:
                continue
            between = self.text[self.token_ends[i]:q.start]
            if self.token_starts[i] >= start or not _CLAUSE_MARK.search(between):
                return True
        return False

    # -- roles ------------------------------------------------------------------------------

    def change_of(self, q: Quantity) -> Change | None:
        if q.kind not in _CHANGE_KINDS:
            return None
        left = self.text[max(self.sentence.start, q.start - 24):q.start]
        m = self.asm._change_left.search(left)
        if m is not None:
            if q.kind == "count" and not (m.group("basis") or "增加" in m.group(0) or "减少" in m.group(0)):
                return None
            if q.kind in _AMOUNT_KINDS and not (m.group("basis") and (m.group("basis")[0] in "比较与" or m.group("basis") == "同比")):
                return None  # 比上年增加5.21亿元, 较上年缩短0.4天, 比上年偏高0.3℃: an amount (a time, a measure) is a change only against a basis
            direction = "down" if m.group("down") or m.group("more") == "少" else "up"  # (同比少增2亿元: less than the year before's rise)
            if m.group("up") == "改善" and any(w in self.text[self.sentence.start:q.start] for w in self.asm.lower_is_better):
                direction = "down"  # 综合指数为3.86,同比改善6.3%: a better index is a lower one
            basis_word = m.group("basis")
            basis = "unspecified"
            if basis_word:
                basis = self.asm.basis.get(basis_word, "since")
        elif q.kind in ("percent", "percentage_point") and (signed := self.asm._signed_change_left.search(left)):
            falls = signed.group("down") or signed.group("down2")
            direction = "down" if bool(falls) != (signed.group("sign") != "+") else "up"
            basis = self.asm.basis.get(signed.group("basis"), "since") if signed.group("basis") else "unspecified"
        elif q.kind in ("percent", "percentage_point") and (arrow := _ARROW_BEFORE.search(left)) is not None:
            # 786.4亿元 ↑6.8%: an infographic's arrow, up or down; its legend says against what
            direction = "up" if arrow.group(1) in _UP_ARROWS else "down"
            basis = "yoy" if self.arrows_yoy else "unspecified"
        elif q.kind == "multiple" and ("番" in q.text or self.asm._times_left.search(left)):
            direction, basis = "up", "since"  # (翻一番: doubled, a change in itself)
        elif q.kind in ("count", "money", "other") and (more := self.asm._more_or_fewer_left.search(left)) is not None:
            # 新开工项目56个,较上年同期多11个: a count more or fewer than a basis is the change
            direction, basis = ("up" if more.group("up") else "down"), self.asm.basis.get(more.group("basis"), "since")
        elif (before := self._listed_before(q)) is not None and (first := self.change_of(before)) is not None:
            direction, basis = first.direction, first.basis  # 分别增长7.1%和3.6%: the verb is before the list
        else:
            return None
        if q.value is None:
            return None
        return _new_change(start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                      direction=direction, basis=basis)

    def _growth_range(self, q: Quantity) -> _Draft | None:
        """固定资产投资增长4%—5%: a change has no range, so a range of growth is the value of a
        claim whose metric is what grows with its verb (固定资产投资增长), as annotators write it."""
        left_start = max(self.sentence.start, q.start - 24)
        m = self.asm._change_left.search(self.text[left_start:q.start])
        if m is None:
            return None
        verb = m.group("up") or m.group("down")
        words_start = left_start + m.start()
        filler = self.asm._change_filler_run.search(self.text, self._clause_start(q.start), words_start)
        span = self.metric_left(filler.start() if filler else words_start)
        if span is None:
            return None
        return self._draft(q, self.text[span[0]:span[1]] + verb, span[0], q.start)

    def _listed_before(self, q: Quantity) -> Quantity | None:
        """The quantity of the same kind right before ``q`` in a list (7.1%和3.6%, 12%、8%), if any."""
        m = _LIST_GAP_BEFORE.search(self.text, max(self.sentence.start, q.start - 4), q.start)
        if m is None:
            return None
        for p in self.quantities:
            if p.end == m.start() and (p.kind == q.kind or {p.kind, q.kind} == _GROWTH_RATE_KINDS):
                return p  # (分别增长26.8%和1.4倍: a rate of growth in percent, then in times)
        return None

    def _change_words_start(self, q: Quantity) -> int:
        """Where the words of ``q``'s change start, its basis included: 承诺办理时限比总体法定时限
        压缩了79% → at 比 (what is compared with is not what changed)."""
        left_start = max(self.sentence.start, q.start - 24)
        m = self.asm._change_left.search(self.text[left_start:q.start])
        if m is None and q.kind == "multiple":
            m = self.asm._times_left.search(self.text, left_start, q.start)  # 是2020年的2.3倍: at 是
            if m is None and "番" in q.text:
                m = _DOUBLED_SINCE.search(self.text, left_start, q.start)  # 较2023年翻一番: at 较
            return m.start() if m is not None else q.start
        if m is None and q.kind in ("count", "money", "other"):
            m = self.asm._more_or_fewer_left.search(self.text, left_start, q.start)  # 较上年同期多11个: at 较
            return m.start() if m is not None else q.start
        if m is None and q.kind in ("percent", "percentage_point") and (arrow := _ARROW_BEFORE.search(
                self.text, left_start, q.start)) is not None:
            return arrow.start()  # 786.4亿元 ↑6.8%: at the arrow
        if m is None and q.kind in ("percent", "percentage_point"):
            m = self.asm._signed_change_left.search(self.text, left_start, q.start)  # 同比+12.3%: at 同比
            return m.start() if m is not None else q.start
        return left_start + m.start() if m is not None else q.start

    def _reference_of(self, q: Quantity) -> tuple[int | None, str]:
        """Where a comparison with something other than an earlier time starts before ``q``, and the
        words it adds to the metric: the verb after a standard (承诺办理时限比总体法定时限压缩了79% →
        …时限压缩), the reference and its verb after another way of doing it (较常规种植减少)."""
        clause = self._clause_start(q.start)
        fixed = _FIXED_REFERENCE.search(self.text, clause, q.start)
        if fixed is not None:
            return fixed.start(), fixed.group("verb")
        other = _OTHER_REFERENCE.search(self.text, clause, q.start)
        if other is not None and (_NOT_OTHER_REFERENCE.search(other.group("ref")) is None
                                  or other.group("ref") in _KINDS_OF_DAY):
            # (较平日增加约2成: a holiday against a weekday, another kind of day, no earlier time)
            return other.start(), self.text[other.start():other.end("verb")]
        return None, ""

    def _clause_or_joined_sentence(self, q: Quantity, clause_start: int) -> str:
        """The text before ``q`` in its clause, or from the sentence's start when the clause goes on
        from the one before it (…不得超过其员工人数的5%,且最多20间: the same rule's second limit)."""
        if _JOINED_CLAUSE.match(self.text, clause_start):
            return self.text[self.sentence.start:q.start]
        return self.text[clause_start:q.start]

    def is_descriptive(self, q: Quantity) -> bool:
        """A number that describes rather than reports: no claim."""
        clause_start = self._clause_start(q.start)
        clause = self.text[clause_start:q.start]
        if q.kind in ("duration",):
            # (but 优良天数22天: a count of days, and 志愿服务共1,380小时 a total of hours, are claims)
            # (开放时间3640小时, 志愿服务时长1.46万小时, 平均住院日7.6天, 平均到达火场时间为5.7分钟: a time
            # measured, not one promised, 办电时间压缩至2个工作日, nor a span, 逾期时间为6至26个月)
            return _DAY_COUNT_BEFORE.search(clause) is None \
                and not (q.unit == "hour" and _HOURS_GIVEN_BEFORE.search(clause) is not None) \
                and not (q.low is None and _MEASURED_TIME_BEFORE.search(clause) is not None) \
                and _TIME_CUT_BEFORE.search(clause) is None \
                and _TIME_COMPARED_BEFORE.search(clause) is None
        if q.kind != "count" and self.asm._not_claim_left.search(clause) and not self.asm._paid_out_re.search(clause) \
                and not ((grants := _GRANTS_AMOUNT.match(clause))
                         and (self.asm._paid_out_re.search(self.text, self._report_start(), clause_start)
                              or self.asm._summed_re.match(clause, grants.end()))) \
                and not (clause.startswith("其中") and any(o.kind == "money" and o.end <= clause_start for o in self.quantities)) \
                and not clause.startswith("平均"):
            # (平均每辆车获补贴约2.6万元: an average of what was received, a statistic, no policy's term)
            # (投入养老服务资金6,840万元,其中助餐补贴1,260万元: a part of the sum spent, reported)
            # (获核定节能设备补助案38件,补助金额1,520万元: the amount of the grants just reported)
            return True  # (发放…补贴合共186万元, 追回违规发放的补贴: what was paid, a report)
        if (q.qualifier == "upper_bound" or "最高" in clause) \
                and self.asm._not_claim_left.search(self.text, self.sentence.start, clause_start):
            return True  # 按投资额的6%给予补贴,单个项目最高1000万元, 总额不超过6000万元: the cap of a subsidy
        if q.kind != "money" and self.asm._rule_bound_re.search(self._clause_or_joined_sentence(q, clause_start)):
            return True  # 每年支持不超过20个项目, 小学每班不超过45人: a rule's limit, not a count reported
        if q.kind == "money" and self.asm._offer_cap_re.search(clause):
            return True  # 可申请最高30万澳门元的免息贷款, 每家最高3000万元: what one may get, an offer
        after = self._after_number(q)
        if self.asm._policy_after_re.match(self.text, after):
            return True  # 按设备投资额的6%给予补助, 每月1500元的生活补贴: the terms of a policy
        if self._is_condition(clause_start, q.end):
            return True
        if q.qualifier == "lower_bound" and _CLASS_THRESHOLD_AFTER.match(self.text, q.end) is not None:
            return True  # 年排放量达2.5万公吨以上、须缴交碳费的事业19家: the bound that defines a class counted
        if self.asm._criteria_re.search(self.text, self.sentence.start, q.start):
            return True  # 入库条件为:…营业收入不低于5000万元: what qualifies, a threshold
        if self.asm._survey_method_re.search(clause):
            return True  # 抽样误差为正负2.82个百分点: how precise a survey is, no finding
        if q.kind == "count" and self.asm._plan_part_re.match(self.text, q.end):
            return True  # 5个方面, 21条措施: the parts of a policy
        if q.kind == "count" and _DIVIDED_INTO.search(clause):
            return True  # 全省高新区分为四类: how a set is divided, not a count of anything
        if q.kind in ("length", "duration") and self.asm._distance_re.search(clause):
            return True  # 距机场约40公里, 车程约35分钟: where it lies, how far to go
        if q.kind == "money" and self.asm._terms_re.search(clause) and not self.asm._terms_not_re.search(clause):
            return True  # 出让价格24万—30万元/亩, 月工资4800—5600元: a guide's terms on offer
        if self._followed_by_noun(q) and not self._having_verb_before(q) and self._award_after(q) is None \
                and not (q.kind == "money" and self._spent_on(q)) \
                and _TASK_NAMED_AFTER.match(self.text, q.end) is None:  # (完成94公里年度改造任务: the task's size)
            # (全区4条河流、9座水库、126口山塘均明确了河湖长: things counted in a list that all share
            # a fact, each count reported)
            # (区内68家危化品生产企业均已配备持证救护员: things counted that have all done it, too)
            return _ALL_OF_LIST.match(self.text, q.end, self.sentence.end) is None \
                and _ALL_HAVE_DONE.match(self.text, q.end, self.sentence.end) is None \
                and self._deed_after(q) is None \
                and not (self.text[q.start - 1 : q.start] == "、" and _ALL_OF_LIST_END.match(self.text, q.end, self.sentence.end))
        if q.qualifier in ("lower_bound", "upper_bound") and q.kind != "money" and self.text.startswith("的", after):
            mark = self.asm._clause_mark_re.search(self.text, after, self.sentence.end)
            clause_end = mark.start() if mark else self.sentence.end
            if any(after < p.start < clause_end for p in self.quantities):
                return True  # 日最高气温35℃以上的高温日数42天: a bound that names the class counted after it
        if self.asm._capacity_before_re.search(self.text, max(clause_start, q.start - 6), q.start) \
                and self.asm._capacity_holder_re.match(self.text, self._after_number(q)):
            return True  # 年加工30万吨进口油菜籽项目: the project's capacity
        if q.kind == "money":
            # 收入超亿元企业, 投资10亿元以上项目: an amount before a class of things names the class.
            # The class may be longer (亿元以上产业项目) or follow 的 (超千万元以上的企业).
            after = self._after_number(q)
            if self.text.startswith("的", after):
                after += 1
            named = self.metric_right(after)
            return named is not None and named[0] == after and self.text[named[0]:named[1]].endswith(self.asm.amount_classes)
        return False

    def _whole_named(self, word: str, drafts: list[_Draft]) -> str | None:
        """The metric of the paragraph's last figure that ends with ``word`` (服务 → 老年助餐服务), or
        that part of it from ``word`` on (导入 → 导入智慧制造及云端系统): the whole a part after 其中 is
        of; None if there is none."""
        known = self._known
        for d in (*reversed(drafts), *reversed(self.earlier)):
            if d.sentence.paragraph != self.sentence.paragraph:
                break
            if len(d.metric) > len(word) and d.metric.endswith(word):
                # (外贸进出口…,其中出口…: 出口 is a part of 进出口, one word, not the same measure)
                return None if known(d.metric[-len(word) - 1 :]) else d.metric
            at = d.metric.find(word, 1)
            if at > 0 and len(d.metric) - at > len(word) + 1 and d.metric[:at] in self.asm.deed_counted_nouns:
                # 厂商导入…云端系统共318套,其中第3季导入126套: the same deed, from its verb on
                return d.metric[at:]
        return None

    def _report_start(self) -> int:
        """Where the report the sentence goes on with starts: the sentence before, when a semicolon
        ends it (…获得数位转型补助;补助金额2.86亿元), else the sentence itself."""
        start = self.sentence.start
        if self.text[start - 1 : start] in ("；", ";"):
            mark = max(self.text.rfind(m, 0, start - 1) for m in ("。", "\n", "；", ";"))
            return mark + 1
        return start

    def _whole_of_share(self, e: Entity) -> bool:
        """Whether ``e`` names the whole of a share and nothing more (约占洛阳市人才公寓总量的四成): not who
        the figures after it are of. A whole given with its own figure (占焦作市在用总量4.62万台的7.4%)
        still is that figure's subject."""
        text = self.text
        if text.endswith(("属", "属于"), 0, e.start):
            return True  # 同属竹科的竹南园区: the set the subject belongs to
        if text[e.start - 1 : e.start] not in _WHOLE_MARKS:
            return False
        of = text.find("的", e.end, min(len(text), e.end + 24))
        if of < 0:
            # 仅占竹科总营业额约0.7%: the share itself follows, in the same clause, no 的 between
            share = next((q for q in self.quantities if q.start >= e.end), None)
            return share is not None and share.kind == "percent" and share.start - e.end <= 24 \
                and _NO_CLAUSE_MARK.fullmatch(text, e.end, share.start) is not None
        return not any(e.end <= q.start < of for q in self.quantities)

    def _spent_on(self, q: Quantity) -> bool:
        """Whether a verb of building or buying follows the amount (投入380万元建成智慧防雷…,
        投资460万元新建雨水调蓄池): the sum spent on it, a report, not a class it names."""
        i = bisect_left(self.token_starts, q.end)
        return i < len(self.words) and self.token_starts[i] == q.end and self.words[i] in self.asm.spending_verbs

    def _is_condition(self, clause_start: int, after: int) -> bool:
        """Whether the clause is the condition of a policy (对年营业收入首次突破10亿元的企业,给予…):
        it opens with 对 or 凡 and what follows the number in it is an attribute (…的企业)."""
        i = bisect_left(self.token_starts, clause_start)
        if i >= len(self.words) or self.token_starts[i] != clause_start or self.words[i] not in self.asm.condition_words:
            return False
        mark = self.asm._clause_mark_re.search(self.text, after, self.sentence.end)
        return "的" in self.text[after:mark.start() if mark else self.sentence.end]

    def period_for(self, pos: int) -> str | None:
        best = None
        clause_start = None
        text = self.text
        past_from = False
        for t in self.times:
            if t.end <= pos:
                if _comparison_base(t, text) and t.end <= self._clause_start(pos):
                    # 主要受2025年同期高基数影响;固定资产投资增长5.1%: the base compared with, in a
                    # clause of its own, dates no figure after it
                    continue
                if _level_started_from(t, text) and self.asm._reached_to_re.search(text, t.end, pos):
                    # 由2020年的40余家增加到126家,其中…61家: past the level reached, no more 2020's
                    # (二期于去年9月投入运营,算力规模由上年的…提升至…: an event's month says the year)
                    past_from = True
                    continue
                if best is not None and _span_of_a_rate(t, self.text):
                    # “十五五”期间年均增长11%: the span of a rate, for its own clause only
                    clause_start = self._clause_start(pos) if clause_start is None else clause_start
                    if t.start < clause_start:
                        continue
                best = t
        if best is not None:
            period = _period_of(best, self.text)
            if past_from and period and _MONTH_POINT.fullmatch(period):
                return period[:4]
            if best.kind == "relative" and self.doc_year is not None and period == str(self.doc_year - 1) \
                    and _level_started_from(best, self.text) \
                    and (named := self.period_for(best.start)) and named[:4].isdigit() and int(named[:4]) < self.doc_year:
                # 2026年,…比重由上年的33.4%提高到41.8% on a page of 2027: the year before the one the
                # text is about, not before the page's
                return str(int(named[:4]) - 1)
            if period and (_MONTH_POINT.fullmatch(period) or _WITHIN_A_YEAR.fullmatch(period)) \
                    and self.asm._milestone_after_re.match(self.text, best.end) \
                    and _MONTHS_RUN.search(best.text) is None:  # (前10月完工老旧小区42个: done over the months)
                # 计划6月底试生产,达产后可年产…3000台 (将于今年第三季招标,预计可提供…): the milestone's
                # month (quarter), the figure's year
                return period[:4]
            if period is not None and _WITHIN_A_YEAR.fullmatch(period) \
                    and self.asm._period_word_re.search(self.text, best.end, pos):
                return period[:4]  # 四季度将全力冲刺,确保全年…增长6%: the year, not the quarter
            if self.doc_year is not None and _TO_DATE.search(self.text, best.end, min(pos, best.end + 8)):
                return str(self.doc_year)  # 1971年设立至今,累计投资…: the total to this day
            return period
        if self.carried is None and self.year_context is not None \
                and self.asm._period_word_re.search(self.text, self.sentence.start, pos):
            return self.year_context  # 全年新认定…: the year the report is about, named before
        if self.carried is not None and _WITHIN_A_YEAR.fullmatch(self.carried) \
                and self.asm._period_word_re.search(self.text, self.sentence.start, pos):
            return self.carried[:4]  # 1—11月…。预计全年…: the year of the months before
        if self.carried is None and self.year_context is not None \
                and _AGAINST_YEAR_START.match(self.text, pos, min(len(self.text), pos + 24)) is not None:
            return self.year_context  # 回收网点达到56个,比上年末增加19个: a level of this year, against its start
        return self.carried

    def explicit_year_before(self, pos: int) -> int | None:
        best = None
        for t in self.times:
            # (年内: within the page's year, a year as much as 2026年 is)
            if t.end <= pos and (t.kind == "year" or t.text == "年内") and t.period and t.period.isdigit():
                best = int(t.period)
        return best

    def _edition_year_before(self, pos: int) -> bool:
        """Whether the last year before ``pos`` is written as a year's edition (2026年度入库名单,
        2026年度共有…入库), not as a time set apart by a comma (2026年度,全区…)."""
        last = None
        for t in self.times:
            if t.end <= pos and t.kind == "year" and t.period and t.period.isdigit():
                last = t
        return last is not None and last.text.endswith("年度") and self.text[last.end : last.end + 1] not in _LIST_GAP_CHARS

    def _inside_a_body_name(self, start: int, end: int) -> bool:
        return any(e.start <= start and end <= e.end for e in self._bodies) \
            or any(e.start <= start and end <= e.end for e in self.entities if e.label in ("ORG", "ZONE"))

    def status_for(self, q_start: int, metric_span: tuple[int, int] | None = None) -> str:
        """``forecast`` or ``target`` by the cue nearest before the value (预计全年增长6%,力争7%:
        the 7% is a target; 预期目标 is one cue, a target), not counting cues inside quoted names
        (“扬帆计划”) or inside the metric itself (规划面积 is an area, not a plan); else by the
        year; else the status of the list item before, when only a semicolon parts them."""
        head = self.text[self.sentence.start:q_start]
        if "“" in head or "「" in head or "《" in head:
            head = _QUOTED.sub(lambda m: " " * len(m.group()), head)  # same length: offsets hold
        spoken = None
        for said in self.asm._speaker_clause_re.finditer(head):
            spoken = said  # (the last speaker's clause before the value)
        if spoken is not None:
            # 收入规划核算科负责人许文博表示,…增长17.8%: who speaks, and their title, say nothing of the status
            head = " " * spoken.end() + head[spoken.end():]
        lo, hi = (metric_span[0] - self.sentence.start, metric_span[1] - self.sentence.start) if metric_span else (0, 0)
        best: tuple[int, int] | None = None
        status = "actual"
        forecast_re, target_re = self.asm._forecast_re, self.asm._target_re
        has_cue = forecast_re.search(head) is not None or target_re.search(head) is not None
        not_cues = [m.span() for m in self.asm._not_status_cue_re.finditer(head)] if has_cue and self.asm._not_status_cue_re else []
        for cue_status, pattern in (("forecast", forecast_re), ("target", target_re)) if has_cue else ():
            for m in pattern.finditer(head):
                if lo <= m.start() and m.end() <= hi:
                    continue
                if any(a <= m.start() and m.end() <= b for a, b in not_cues):
                    continue  # 规划面积: a noun, not a plan
                if self._inside_a_body_name(self.sentence.start + m.start(), self.sentence.start + m.end()):
                    continue  # 自然资源和规划局: a body's name, no plan
                if m.start() > 0 and self.text[self.sentence.start + m.start() - 1] in _CLOSING_QUOTE_CHARS:
                    continue  # 响应「考古文化资产认养」计划: a programme's name, no plan of figures
                if m.end() == len(head) and m.group() in _QUALIFIERS_BEFORE:
                    continue  # 财物损失估计1,860万元: touching the value, an estimate of it, not a forecast
                if m.group() in _ESTIMATE_CUES and self.doc_year is not None and (
                        (year_before := self.explicit_year_before(q_start)) is not None and year_before < self.doc_year):
                    continue  # 114年…估计为厂商避免损害约312亿元: an estimate of a year past, no forecast
                key = (m.end(), m.end() - m.start())
                if best is None or key > best:
                    best, status = key, cue_status
        if best is not None:
            if self.doc_year is not None and (start_level := _FROM_YEAR_LEVEL.search(head)) is not None \
                    and _year_number(start_level.group(1)) < self.doc_year:
                return "actual"  # 导入率由114年的41.5%提升至115年的60%: the level it starts from, a fact
            return status
        heading = self.text.rfind("■", max(0, self.sentence.start - 200), q_start)
        if heading >= 0 and self.text.find("\n\n", heading, q_start) < 0:
            # ■ 2026年目标 / 地区生产总值增长 7.5%: the panel's heading says what its figures are
            line_end = self.text.find("\n", heading)
            head_line = self.text[heading:line_end if line_end >= 0 else q_start]
            if len(head_line) > _PANEL_HEADING_MAX:
                head_line = ""  # (■业绩符合预期,毛利率明显改善。…: a report's paragraph, no panel heading)
            if self.asm._target_re.search(head_line):
                return "target"
            if self.asm._forecast_re.search(head_line):
                return "forecast"
        year = self.explicit_year_before(q_start)
        if year is not None and self.doc_year is not None and year >= self.doc_year and "已" not in head \
                and not (year == self.doc_year and any((t.kind == "date" or _DAY_SPAN.fullmatch(t.period or ""))
                                                       and t.end <= q_start for t in self.times)) \
                and not (year == self.doc_year and self.doc_month is not None and self.doc_month >= _PLANS_UNTIL_MONTH) \
                and not (year == self.doc_year and (self.year_reviewed or self._edition_year_before(q_start))) \
                and self.asm._announced_values_re.search(head) is None:
            # (not on a day or days of the page's year: 12月15日,…2024年第四批重点项目集中签约…,签约项目9个,
            # 2026年春节假期(2月15日至23日),…实现销售额…;
            # nor the page's year on a page from April on: 2025年高考…本科上线率达87.6% in June; nor the
            # page's year's edition of a list: 2026年度共有48家企业入库, 2026年度上市后备资源库企业共236家;
            # nor values announced for a year, in force from its first day: 115年公告土地现值…调涨2.36%)
            return "target"
        if year is None and self.carried and self.carried[:4].isdigit():
            # 2026年,高新区实现营业收入…;国家高新技术企业达到5120家: the year the paragraph is about
            year = int(self.carried[:4])
        if self.in_plan_section and (year is None or self.doc_year is None or year >= self.doc_year) and "已" not in head:
            return "target"  # 二、2027年工作计划 / …新培育“小巨人”企业5家以上: a plan, though no cue says so
        prior = self.prior
        if (prior is not None and not self.times and self.text[self.sentence.start - 1 : self.sentence.start] in ("；", ";")
                and self.text[prior.sentence.end - 1] in "；;"
                and _END_OF_ITEMS.search(self.text, prior.sentence.end, self.sentence.start) is None
                and _ITEM_NAMING_PROJECT.match(self.text, self.sentence.start) is None):
            # 主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长5%: the items of one list,
            # even past an item that made no claim (not into an item naming its own project: …预计可新增
            # 就业岗位620个;高性能碳纤维复合材料项目,总投资6.5亿元, a project signed, its own fact)
            return prior.status
        return "actual"

    def subject_for(self, pos: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
        """The zone or place heading the clause before ``pos``, else the document's subject.

        A clause names its subject first (我区现有桂林、南宁…4家国家高新区: 我区, not 南宁), so
        the first candidate of the nearest clause that has one wins.
        """
        if self._subjects is None:
            self._subjects = self._subject_candidates()
        candidates = [c for c in self._subjects if c[2][1] <= pos]
        if any(a < pos < b for a, b in self._anaphors):
            # An anaphor cut by ``pos`` (该园|区) reads as its shorter form: match it as before.
            candidates = [c for c in candidates if c[2] not in self._anaphors]
            for m in _ANAPHOR.finditer(self.text, self.sentence.start, pos):
                candidates.append((m.start(), self.topic_for(m.group(), m.start()), m.span()))
            candidates.sort(key=_candidate_order)
        if not candidates:
            return self._carried_subject(), None, None
        clause = self._clause_start_past_lists(candidates[-1][0] + 1)
        # (a candidate that starts with a clause mark, as a garbled short name “,城边合区” can, opens
        # the clause after its own first character: then it is the nearest)
        k = next((k for k, c in enumerate(candidates) if c[0] >= clause), len(candidates) - 1)
        if k + 1 < len(candidates) and self.text.startswith(_WHERE_IT_IS, candidates[k][2][1]):
            k += 1  # 公司所在的金桥开发区是…之一,…总产值…: the zone the company is in is the subject
        elif k + 1 < len(candidates) and self.asm._allocated_to_re.fullmatch(self.text, candidates[k][2][1], candidates[k + 1][0]) \
                and any(e.start == candidates[k][0] and e.label == "GPE" for e in self.entities):
            k += 1  # 四川省下达我区新增专项债券68亿元: the zone the province allocates to
        elif k + 1 < len(candidates) and (head_name := candidates[k][1]) is not None and self.asm.is_company(head_name) \
                and self.text[candidates[k + 1][0] - 1 : candidates[k + 1][0]] in ("对", "为") \
                and any(e.start == candidates[k + 1][0] for e in self.entities_by_label["ZONE"][0]):
            k += 1  # 该公司对烟台经济技术开发区出口信用保险承保金额…: the zone a company serves, its figures
        for j in range(len(candidates) - 1, k, -1):
            c = candidates[j]
            if c[1] is not None and self.text[c[0] - 1 : c[0]] == "、" and c[0] - 1 in self._quantity_ends \
                    and _ITEM_GAP.fullmatch(self.text, c[2][1], pos) is not None:
                # 大發工業區發生竊案63件、仁武產業園區41件: a list item that names its own zone and figure
                k = j
                break
        name, span = candidates[k][1], candidates[k][2]
        if (name is None or not self.asm.is_company(name)) and k + 1 < len(candidates):
            # 区内龙头企业某某有限公司去年收购…: the company after the subject word and its class
            # (中心在孵企业某某有限公司今年完成A轮融资…: after the incubator pointed back to, set 107)
            following = candidates[k + 1]
            if following[1] is not None and self.asm.is_company(following[1]) \
                    and self.asm._company_apposition_re.fullmatch(self.text, span[1], following[0]):
                name, span = following[1], following[2]
        surface = self.text[span[0]:span[1]]
        if name is None and surface in self.asm.within_zone_words:
            # 独墅湖科教创新区新引进…,区内在校生规模约9.6万人: within the zone the sentence named
            zone_starts = {e.start for e in self.entities_by_label["ZONE"][0]}
            named_here = [c for c in candidates[:k] if c[0] >= self.sentence.start and c[0] in zone_starts and c[1]]
            if named_here:
                name = named_here[-1][1]
        # (not on the page of a company that runs parks, 香港科技园公司: its 园区 are its own parks together)
        if name is None and self.main_is_company and _PARK_OPERATOR.search(self.main or "") is None \
                and (surface.endswith(self.asm._zone_words) or surface in self.asm.subject_words):
            # 园区集聚外资企业… on a page about a listed company: the zone named last, not the company
            named, ends = self.entities_by_label["ZONE"]
            k = bisect_right(ends, span[0]) - 1
            if k >= 0:
                name = named[k].text
        return (name if name is not None else self.main), surface, span

    def _zones_listed_together(self, candidates: list) -> list:
        """位于斗六工业区及云林科技工业区的9家观光工厂,…共吸引12.6万人次: zones of one kind listed
        together (not each its own figure: 分别) are the zones of their region together, the place
        the first one is named after, else the page's place, with their kind (云林工业区)."""
        zones = [e for e in self.entities if e.label == "ZONE"]
        if len(zones) < 2:
            return candidates
        text = self.text
        for k, first in enumerate(zones[:-1]):
            run = [first]
            for e in zones[k + 1:]:
                if text[run[-1].end:e.start] not in _ZONE_LIST_JOINERS:
                    break
                run.append(e)
            kind = first.text[-3:]
            if len(run) < 2 or not all(e.text.endswith(kind) for e in run) or kind not in self.asm.zone_heads \
                    or text.find("分别", run[-1].end, self.sentence.end) >= 0:
                continue
            place = place_prefix(first.text) or self._page_place() \
                or (self.main if self.main and self.main in self.asm.place_forms else None)
            if place is None:
                continue
            names = {e.start for e in run}
            kept = [c for c in candidates if c[0] not in names]
            kept.append((first.start, _short_place(place) + kind, (first.start, run[-1].end)))
            return sorted(kept, key=_candidate_order)
        return candidates

    def _page_place(self) -> str | None:
        """The place the page names most (雲林縣政府, 雲林縣: 云林县), for zones listed together."""
        places, _ends = self.entities_by_label["GPE"]
        counts = Counter(e.text for e in places)
        return counts.most_common(1)[0][0] if counts else None

    def _zone_as_topic(self, e: Entity) -> bool:
        """在新川创新科技园,1—11月新开工项目12个: a zone after an opening 在 and before a comma is
        where the figures that follow are, the topic of the sentence (not 在园区追加投资: where to)."""
        at = e.start - 1
        return self.text[at : e.start] == "在" and self.text[e.end : e.end + 1] in (",", "，") \
            and (at == self.sentence.start or self.text[at - 1 : at] in (",", "，", "\n"))

    def _subject_candidates(self) -> list[tuple[int, str | None, tuple[int, int]]]:
        """Everything in the sentence that can name a subject, sorted: entities (their name),
        subject words 全区/我市 (None: the main subject) and anaphors 该基地 (what they refer to)."""
        text = self.text
        counted = {q.start for q in self.quantities}
        prepositions = self.asm.non_subject_prepositions
        # (联合西北工业大学、宝钛集团等单位: a body other than a company opens the list governed too)
        ends_at = {e.end: e.start for e in self._bodies} | {e.end: e.start for e in self.entities}
        candidates: list[tuple[int, str | None, tuple[int, int]]] = [
            self._with_zones_after(e) for e in self.entities
            # The last item of a list right before a count (…研究院、某某有限公司 2 个研发机构,
            # 武汉、宜昌3家国家高新区) is one of the things counted, not the subject; a name after a
            # preposition (在某某公司建立…, 应用于苏州轨道交通) is where or with whom, not who.
            # (but 大發工業區發生竊案63件、仁武產業園區41件: an item after another's figure names its own)
            if not (text[e.start - 1 : e.start] in _LIST_JOINERS and _skip_spaces(text, e.end) in counted
                    and e.start - 1 not in self._quantity_ends)
            # (辅导某某有限公司等12家厂商: the first of the firms counted, as an example, not who)
            and not (e.label == "ORG" and text.startswith("等", e.end) and e.end + 1 in counted)
            # (台积电、某某股份有限公司等厂商持续扩产,第四季营业额…: firms named as examples of the
            # park's firms, not whose figures follow)
            and not (e.label == "ORG" and _FIRMS_AS_EXAMPLES.match(text, e.end) is not None)
            and (not self._after_preposition(e, ends_at) or self._investor(e)
                 or (e.label == "ZONE" and (self._firms_served(e.start, e.end) or text[e.start - 1 : e.start] == "对"
                                            or self._zone_as_topic(e))))
            and not _trade_partner(e, text) and not self.asm.of_origin(e, text) and not self._from_elsewhere(e)
            and not _dateline(e, text)
            and not _outside_of(e, text) and not text.startswith(_AROUND, e.end)  # (六堵工业区周边地价区段: where)
            and not self._whole_of_share(e)
            and not _in_cause(e, text)  # (受面板报价疲软及美国关税影响: what affected the figures, not whose)
            # (位于落马洲河套地区的港深创新及科技园: where the thing after 的 lies, not whose)
            and not (e.label == "GPE" and _LOCATED_AT.search(text, max(0, e.start - 12), e.start) is not None
                     and _OF_AFTER_PLACE.match(text, e.end) is not None)
            # (中医药等澳门品牌工业, 享受…优惠的澳门居民: a place inside a noun phrase, after 等 or 的, says
            # which things, not whose figure)
            and not (e.label == "GPE" and _HAN_CHAR.match(text, e.end) is not None
                     and (text[e.start - 1 : e.start] in ("等", "的") or text.endswith(self.asm.crossing_words, 0, e.start)))
            # (「澳门新街坊」共有住宅4,000套: a place opening a quoted name is that name's, not whose figure)
            and not (e.label == "GPE" and text[e.start - 1 : e.start] in _OPENING_QUOTES and _HAN_CHAR.match(text, e.end) is not None)
        ]
        opening = _skip_spaces(text, self.sentence.start)
        candidates += [(e.start, e.text, (e.start, e.end)) for e in self._bodies
                       if (e.start == opening or text[e.start - 1 : e.start] in _CLAUSE_OPENERS) and e.text.endswith(self.asm.actor_body_heads)
                       and _HAN_CHAR.match(text, e.end) is not None and not text.startswith("的", e.end)
                       # (its figure in its own clause: not 内政部建筑研究所今日发布…,…累计达186件, a source)
                       and any(e.end < q.start and _CLAUSE_MARK.search(text, e.end, q.start) is None for q in self.quantities)]
        candidates = self._zones_listed_together(candidates)
        subject_words, generic = self.asm.subject_words, self.asm.generic_subjects
        words = self.words
        # (most sentences hold no subject word: one test in C, not one per word)
        for i, word in enumerate(words) if not (subject_words.isdisjoint(words) and generic.isdisjoint(words)) else ():
            if word in subject_words:
                start = self.token_starts[i]
                if text[max(0, start - 2):start] in self.asm.comparison_verbs or text[start - 1 : start] in _WHOLE_MARKS \
                        or text[max(0, start - 2):start] in _RANK_VERBS_BEFORE_SCOPE:
                    continue  # 增速高于全市平均水平, 占全市…的比重, 比全市高, 排名全市第一: the whole compared with, not who
                if self._word_before(start) in prepositions:
                    continue  # 某某公司…全年向区内加氢站供氢1,036吨, 为区内企业交付…: where it went, not who
                if word in self.asm.region_words and any(
                        e.label == "ORG" and 0 <= e.start - self.token_ends[i] <= _REGION_OF_BODY
                        and _CLAUSE_MARK.search(text, self.token_ends[i], e.start) is None for e in self.entities):
                    continue  # 本港数据中心营运商汇讯数据集团: where the body named after it is from
                candidates.append(self._collective(start, self.token_ends[i]))
            elif word in generic and self._is_break(i) \
                    and (self._word_before(self.token_starts[i]) not in prepositions
                         or self._firms_served(self.token_starts[i], self.token_ends[i])) \
                    and not self._inside_name(self.token_starts[i]) \
                    and not self._opens_name(self.token_starts[i], self.token_ends[i]):  # 在园区追加投资: where, not who
                start = self.token_starts[i]
                level = self._level_start(start)
                if level < start and self._level_at_clause_head(start):
                    # 其中,省级高新区营业收入增长9.2%: those zones of the page's place (江西省级高新区)
                    candidates.append((level, self._zones_of_level(self.text[level:self.token_ends[i]]),
                                       (level, self.token_ends[i])))
                    continue
                candidates.append((start, self._zone_of_kind(word, start), (start, self.token_ends[i])))
        for name, span in self._facilities:  # 东兴口岸: the port, not the place it is named after
            candidates = [c for c in candidates if not span[0] <= c[2][0] < span[1]]
            candidates.append((span[0], name, span))
        for a, b in self._anaphor_spans:
            candidates.append((a, self.topic_for(self.text[a:b], a), (a, b)))
            self._anaphors.append((a, b))
        candidates.sort(key=_candidate_order)
        return candidates

    def _from_elsewhere(self, e: Entity) -> bool:
        """其中深圳企业投资项目24个 on 哈尔滨新区's page: a city of the mainland that says where the
        firms or projects counted come from, as a foreign place does (:meth:`ClaimAssembler.of_origin`),
        where the page is about a zone or place that city does not name."""
        main = self.main
        return e.label == "GPE" and main is not None and self.text.startswith(self.asm.origin_classes, e.end) \
            and self.text.endswith(("其中", "其中,", "其中，"), 0, e.start) \
            and _place_stem(e.text) not in main

    def _firms_served(self, start: int, end: int) -> bool:
        """为高新区企业办理…312张, 为滨州高新区出口企业签发…: a zone whose firms a body serves is whose
        figures they are, though a preposition governs it."""
        return self.text[start - 1 : start] == "为" and self.text.startswith(_FIRMS_WORDS, end)

    def _firm_anaphors(self, by_label: dict | None) -> list[tuple[int, int]]:
        """企业 opening a clause, or after its time, a company named just before (…唐山恒岳重工机械
        有限公司。…2023年至2025年,企业累计投入…, 去年企业产值达到…): that company, as 该企业 would be.
        Not on a page that names no company near it, where 企业 is a class (企业研发投入)."""
        named, ends = (by_label or {}).get("ORG", ((), []))
        out = []
        for m in _FIRM_ANAPHOR.finditer(self.text, self.sentence.start, self.sentence.end):
            before = m.start() - 1
            if before >= self.sentence.start and self.text[before] not in _CLAUSE_OPENERS and before + 1 not in self._time_ends:
                continue
            i = bisect_right(ends, m.start()) - 1
            if i >= 0 and m.start() - ends[i] <= _FIRM_ANAPHOR_REACH \
                    and self.asm._zone_subject_word_re.search(self.text, max(ends[i], self.sentence.start), m.start()) is None:
                # (…西安云峰半导体有限公司…说。/ 2026年高新区计划…,企业志愿服务队达到450支: the zone
                # its sentence names since is whose the firms are)
                out.append(m.span())
        return out

    def _with_zones_after(self, e: Entity) -> tuple[int, str | None, tuple[int, int]]:
        """The subject candidate of a name: the name, or a province with the generic zone word
        right after it, the province's zones together (贵州省国家高新区营业收入增长14.6%)."""
        if e.label == "GPE":
            m = self.asm._collective_bare_re.match(self.text, e.end)
            if m is not None and self._starts_a_word(e.end) and self._province_ending_at(e.end) is e \
                    and not self.asm._zones_count_after_re.match(self.text, m.end()) \
                    and not any(z.start <= e.end < z.end for z in self.entities if z is not e):
                return (e.start, e.text + m.group("zone"), (e.start, m.end()))
        return (e.start, e.text, (e.start, e.end))

    def _after_preposition(self, e: Entity, ends_at: dict[int, int]) -> bool:
        """Whether a preposition governs the name ``e``, maybe as a later item of a list of names
        (在太谷区、祁县的核心示范基地: where, not who)."""
        text, start = self.text, e.start
        if text.endswith(("人为", "者为"), 0, start):
            return False  # 中标人为某某公司: who the winner is (为 a copula), not for whom
        while not text.endswith(self.asm.preposition_endings, 0, start):
            if start in ends_at and e.label == "GPE":
                start = ends_at[start]  # 位于苗栗县|铜锣乡: a place inside the one before it, governed with it
                continue
            if text[start - 1 : start] not in _LIST_JOINERS or start - 1 not in ends_at:
                return False
            start = ends_at[start - 1]
        return True

    def _opens_name(self, start: int, end: int) -> bool:
        """Whether a subject word opens a longer name (高新区第一中学: the school, not the zone)."""
        return any(e.start == start and e.end > end for e in self.entities)

    def _inside_name(self, pos: int) -> bool:
        """Whether ``pos`` is inside a name, past its first character (边合区 of 在东兴边合区)."""
        return any(e.start < pos < e.end for e in self.entities)

    def _investor(self, e: Entity) -> bool:
        """由某某有限公司投资建设: the company that invests, the subject of its project's figures."""
        if self.text[e.start - 1 : e.start] != "由" or not self.asm.is_company(e.text):
            return False
        verb = self.asm._investor_re.match(self.text, e.end)
        # not 由某某公司运营的孵化器: there the company says whose the thing named after 的 is
        return verb is not None and not self.text.startswith("的", verb.end())

    def _zones_of_level(self, zones: str) -> str | None:
        """The page's place with its zones of a level (江西省 + 省级高新区 → 江西省级高新区), or
        None (the main subject) when the page is about a zone."""
        main = self.main
        if not main or main.endswith(self.asm._zone_words) or main not in self.asm.place_forms:
            return None  # (nor a company's page: 浦东金桥 has no zones of a level)
        if main.endswith(zones[:1]):
            return main + zones[1:]  # 江西省 + 省级高新区: 省 once
        return main + zones

    def _zone_of_kind(self, word: str, pos: int) -> str | None:
        """The zone a generic word (经开区, 综保区) stands for: None (the main subject) when the
        main subject is of that kind; on a province's page the province's zones of that kind
        together; else the last zone of that kind named before ``pos`` (a city's report names
        嘉兴经济技术开发区 once, then writes 经开区), else None."""
        endings = self.asm.generic_zone_kinds.get(word)
        main = self.main
        if word in self.asm.park_words and self.item_zone is not None and self.item_zone != main:
            return self.item_zone  # 二、关于新能源新材料产业园。…园区完成产值…: the park of the item
        if word in self.asm.park_words and main and not main.endswith(self.asm._zone_words) \
                and any(p.kind in ("city", "county", "province") for p in self.asm.place_forms.get(main, ())):
            titled = _parks_of_the_title(self.text)
            if titled is not None:
                # 园区亩均税收…, 各园区要… under a title on 全市产业园区: the city's parks together
                return self.asm._place_full_name(main, self.text) + titled
        if endings is None or (main and main.endswith(endings)):
            return None
        if word in self.asm.park_words:
            # 深圳高新区南山园区…。目前,园区聚集…: on a district's page, the park its paragraph named
            # last (not on a park's page, whose 园区 is the park itself; nor past the paragraph);
            # so on the page of a zone that is no park (深哈产业园…;园区规划面积… on 哈尔滨新区's)
            if main and main.endswith(self.asm._zone_words) and not main.endswith(_PARK_ENDINGS):
                return self._zone_named_last(pos, _PARK_ENDINGS)
            if not main or not any(p.kind in ("city", "county") for p in self.asm.place_forms.get(main, ())):
                return None
            return self._zone_named_last(pos, endings)
        if main and any(p.kind == "province" for p in self.asm.place_forms.get(main, ())):
            return main + word  # a province's page: its zones of that kind together (福建省开发区)
        named, ends = self.entities_by_label["ZONE"]
        for k in range(bisect_right(ends, pos) - 1, -1, -1):
            if named[k].text.endswith(endings):
                return named[k].text
        return None

    def _collective(self, start: int, end: int) -> tuple[int, str | None, tuple[int, int]]:
        """The subject candidate of the subject word ``[start, end)``: the main subject (None),
        or the zones of the main place together when a count of zones follows, maybe after the
        places it lists: 我区14家高新区 → 广西高新区, 全省武汉、襄阳和宜昌3家国家高新区 → 湖北省国家高新区.
        Not when the main subject is itself a zone (全区3家园区 of a zone's report)."""
        main = self.main
        word = self.text[start:end]
        if word in self.asm.region_words:
            return (start, self.asm.region_words[word], (start, end))  # 本港: Hong Kong, whatever the page is about
        place = self._place_of_level(word)
        if place is not None:
            # 全县 on a county's zone's page: the county; 全省国家级经开区 on a zone's page: the
            # province's zones of that kind
            zones = self._zones_counted_after(start, end, place)
            return zones if zones is not None else (start, place, (start, end))
        zone = self._zone_of_paragraph(word, start)
        if zone is not None:
            return (start, zone, (start, end))  # 全区 on a city's page, in a paragraph about its zone
        if not main or main.endswith(self.asm._zone_words):
            return (start, None, (start, end))
        zones = self._zones_counted_after(start, end, main)
        return zones if zones is not None else (start, None, (start, end))

    def _zones_counted_after(self, start: int, end: int, place: str) -> tuple[int, str, tuple[int, int]] | None:
        """The zones of ``place`` together when the subject word ``[start, end)`` is followed by a
        count of zones (maybe after the places it lists) or by a zone word with no count."""
        text, pos = self.text, end
        places = {e.start: e.end for e in self.entities if e.label == "GPE"}
        while pos in places:
            pos = places[pos]
            if text[pos : pos + 1] in _LIST_JOINERS:
                pos += 1
        m = self.asm._collective_re.match(text, pos, self.sentence.end)
        if m is None and pos == end:
            m = self.asm._collective_bare_re.match(text, pos, self.sentence.end)
        if m is None:
            return None
        zone, stop = m.group("zone"), m.end()
        if self.asm.strip_level_modifier(zone) != zone and zone.startswith(self.asm.all_levels_modifiers):
            zone = self.asm.strip_level_modifier(zone)  # 省级以上开发区: the zones of every level counted
        joined = _LIST_GAP.match(text, stop)
        other = self.asm._collective_re.match(text, joined.end(), self.sentence.end) if joined else None
        if other is not None and other.group("zone") != zone:
            # 全省9个国家高新区和26个省级高新区: the zones of both levels, the place's zones
            zone, stop = self.asm.strip_level_modifier(zone), other.end()
        if zone == "园区":
            # 全市园区 under a title on 全市产业园区: the kind of park the page is about, in full
            zone = _parks_of_the_title(text) or zone
        if any(p.kind in ("city", "county") for p in self.asm.place_forms.get(place, ())):
            place = self.asm._place_full_name(place, text)  # 全市开发区 → 扬州市开发区, as the page writes the city
        return (start, place + zone, (start, stop))

    def _zone_of_paragraph(self, word: str, pos: int) -> str | None:
        """The zone a district's subject word (全区, 我区) names on a page about a city or province:
        the zone named last before it in its paragraph (常州高新区…。截至11月底,全区拥有…), or None."""
        if not word.endswith("区") or not self.main or self.main.endswith(self.asm.zone_heads):
            return None
        if not any(p.kind in ("city", "province") for p in self.asm.place_forms.get(self.main, ())):
            return None
        return self._zone_named_last(pos, ("区",))

    def _zone_named_last(self, pos: int, endings: tuple[str, ...]) -> str | None:
        """The zone named last before ``pos`` in its paragraph, if its name has one of ``endings``."""
        named, ends = self.entities_by_label["ZONE"]
        k = bisect_right(ends, pos) - 1
        if k < 0 or "\n" in self.text[named[k].end : pos] or not named[k].text.endswith(endings):
            return None
        return named[k].text

    def _place_of_level(self, word: str) -> str | None:
        """The place a subject word of a level (全县, 我市, 全省) names when the main subject is
        not a place of that level (a zone, a city on a county's page): the place of that level
        the document names most (清河县), else the one the main subject's name starts with (烟台市
        of 烟台开发区), or None (the main subject)."""
        level = self.asm.subject_word_levels.get(word[-1:])
        if level is None:
            return None
        forms = self.asm.place_forms
        if self.main and any(p.kind == level for p in forms.get(self.main, ())):
            return None
        # The same for every subject word of the level on the page: worked out once per page
        # (a scan of the page's places per word made long pages quadratic).
        known = self.level_places
        if level in known:
            return known[level]
        counts: dict[str, int] = {}
        for e in self.entities_by_label["GPE"][0]:
            if any(p.kind == level for p in forms.get(e.text, ())):
                counts[e.text] = counts.get(e.text, 0) + 1
        if not counts:
            # 烟台开发区's page says 全市 but never names the city alone: the city its name starts with
            prefix = place_prefix(self.main) if self.main else None
            place = next((p for p in forms.get(prefix, ()) if p.kind == level), None) if prefix else None
            known[level] = place.name if place is not None else None
            return known[level]
        best = max(counts, key=lambda name: (counts[name], len(name)))
        # its full name when the page writes it anywhere (清河县 of 清河县融媒体中心), as the
        # subject of 全县 is named
        full = next((p.name for p in forms[best] if p.kind == level), best)
        known[level] = full if full != best and full in self.text else best
        return known[level]

    def _names_body_of(self, word: str) -> bool:
        """Whether a body's bare word (基金, 医院) can point back: the page names a body of its
        kind (基金管理规模 on a market report that names no fund is the funds' size)."""
        heads = _BODY_ANAPHOR_HEADS.get(word)
        return heads is None or any(e.text.endswith(heads) for e in self.entities_by_label["BODY"][0])

    @staticmethod
    def _body_as_written(name: str, named: Sequence[Entity]) -> str:
        """A body named once in full with its parents (法务部调查局台南市调查处) as the page writes it
        more often, by its own name alone (台南市调查处)."""
        counts = Counter(e.text for e in named if name.endswith(e.text))
        own = max((n for n in counts if n != name), key=lambda n: (counts[n], len(n)), default=None)
        return own if own is not None and counts[own] > counts[name] else name

    def topic_for(self, anaphor: str, pos: int) -> str | None:
        """What 该基地 / 该企业 refers to: the last zone (or company) named before it."""
        if anaphor in self.parties:
            return self.parties[anaphor]  # (以下简称“公司”; 乙方:公司)
        label = "BODY" if anaphor in _BODY_ANAPHOR_HEADS else "ORG" if anaphor.endswith(("企业", "公司", "发行人", "院", "行")) else "ZONE"
        if label == "BODY":  # 协会共资助香港青年63名: the association named before
            named, ends = self.entities_by_label["BODY"]
            heads = _BODY_ANAPHOR_HEADS[anaphor]
            if self.main is not None and anaphor in _SELF_REPORTING and self.main.endswith(heads):
                return self.main  # a hospital's own report: 医院 is it, not 华西医院 it works with
            for k in range(bisect_right(ends, pos) - 1, -1, -1):
                if named[k].text.endswith(heads):
                    return self._body_as_written(named[k].text, named)
            return next((e.text for e in named if e.text.endswith(heads)), self.main)
        named, ends = self.entities_by_label[label]
        i = bisect_right(ends, pos) - 1
        return named[i].text if i >= 0 else self.main

    # -- assembly ---------------------------------------------------------------------------

    def _before_base(self, span: tuple[int, int]) -> tuple[int, int]:
        """产量力争在去年基础上翻一番: what grows is named before the base it grows from."""
        if self.text.endswith("基础上", span[0], span[1]) \
                and (base := _BASE_PHRASE.search(self.text, self._clause_start(span[0]), span[1])) is not None \
                and (measured := self.metric_left(base.start())) is not None:
            return measured
        return span

    def _restore_head(self, span: tuple[int, int], previous: _Draft | None, q: Quantity | None = None,
                      grown: _Draft | None = None) -> str:
        span = self._before_base(span)
        metric = self.text[span[0]:span[1]]
        if metric in _BARE_SCORES and self.text.find("在", self.sentence.start, span[0]) >= 0 \
                and (scene := _EVALUATION_SCENE.search(self.text, self.sentence.start, span[0])) is not None:
            return scene.group("name") + metric  # 在…消费环境满意度测评中,高新区得分86.7分: the evaluation's score
        compared = None
        clause_start = self._clause_start(span[0])
        if metric in _SPOKEN_COMPARISONS:
            compared = _COMPARED_BEFORE.search(self.text, clause_start, span[0])
            if compared is not None and not compared.group("reference"):
                compared = None
        elif _SPOKEN_COMPARISON_END.search(metric) is not None and _COMPARED_IN.search(metric) is None:
            # 较香港科学园|同类楼面低, 比全省高新区|平均水平高: the span began inside what is compared with
            compared = _COMPARED_BEFORE.search(self.text, clause_start, span[0])
            if compared is not None and span[1] - compared.start() > _COMPARED_MAX:
                compared = None
        if compared is not None:
            # 增速比全市高一点四个百分点: the comparison as spoken, 比 + what is compared with + 高
            written = self.text[compared.start():span[1]]
            same_sentence = previous is not None and previous.sentence == self.sentence
            if written.startswith(("增速", "增幅")) and same_sentence:
                # (…增长8.6%,完成年度目标任务的102.3%,增速比年初目标高: of the growth, past a share between)
                if previous.change is None and grown is not None and grown.sentence == self.sentence:
                    return grown.metric + written
                return previous.metric + written
            measure = self.metric_left(compared.start()) if compared.start() > clause_start else None
            if measure is not None and measure[1] == compared.start():
                # 园区办公租金较台北内湖科技园区低3至5成, …楼面不少于3万平方米,租金较市价低约三成: what
                # is compared, named before 较 in its clause
                return self.text[measure[0]:measure[1]] + written
            if same_sentence:
                grew = previous.change is not None and not previous.metric.endswith(self.asm.growth_rate_words)
                return previous.metric + ("增速" if grew else "") + written
            return written
        if metric.startswith(self.asm.comparison_verbs) \
                and (adverb := next((w for w in self.asm.persistence_adverbs if self.text.endswith(w, 0, span[0])), None)):
            # 地区生产总值增速继续高于全市1个百分点: the measure compared, before the lead's adverb
            measure = self.metric_left(span[0] - len(adverb))
            if measure is not None and measure[1] == span[0] - len(adverb) \
                    and self.text.endswith(self.asm.growth_rate_words, *measure):
                return self.text[measure[0]:measure[1]] + metric
        if span[0] > self.sentence.start and len(metric) <= _TOPIC_ITEM_MAX \
                and (self.text.find("率", self.sentence.start, span[0]) >= 0 or self.text.find("比", self.sentence.start, span[0]) >= 0):
            topic_start = self.sentence.start
            opening = next((t for t in self.times if t.start == topic_start), None)
            if opening is not None and self.text[opening.end : opening.end + 1] in (",", "，"):
                topic_start = opening.end + 1  # (2025年,政策范围内…比例,…: past the time that opens it)
            first = self.asm._clause_mark_re.search(self.text, topic_start, span[0])
            if first is not None and _TOPIC_MEASURE.fullmatch(self.text, topic_start, first.start()) \
                    and not any(topic_start <= o.start < first.start() for o in self.quantities):
                # 政策范围内住院费用基金支付比例,职工医保为86.2%,城乡居民医保为71.5%: the measure named
                # first, as a topic, of each kind after it
                return metric + self.text[topic_start:first.start()]
        if metric in self.asm.period_words:
            # 上半年规上工业总产值将突破2300亿元…;全年力争突破4600亿元: the figure before, for the year
            before = previous if previous is not None and previous.sentence == self.sentence else self.prior
            if before is not None and before.quantity is not None and (
                    before.sentence == self.sentence
                    or (before.sentence.end == self.sentence.start and self.text[before.sentence.end - 1] in "；;")):
                return before.metric
        prior = self.prior
        if previous is None and prior is not None and prior.change is not None \
                and prior.sentence.paragraph == self.sentence.paragraph \
                and metric.startswith(self.asm.growth_rate_words) and metric[2:].startswith(self.asm.comparison_verbs) \
                and not prior.metric.endswith(self.asm.growth_rate_words):
            return prior.metric + metric  # 地区生产总值 786.4亿元 ↑6.8% / 增速高于全市1.3个百分点: on the next line
        if previous is not None and previous.sentence == self.sentence:
            # 产值…同比增长9.6%,增速高于全市2.2个百分点 (past a share between: …占全市的14.2%,增幅高出…)
            grown = previous if previous.change is not None else grown if previous.share else None
            if metric.startswith(self.asm.growth_rate_words) and metric[2:].startswith(self.asm.comparison_verbs) \
                    and grown is not None and not grown.metric.endswith(self.asm.growth_rate_words):
                return grown.metric + metric
        if metric.startswith(self.asm.comparison_verbs) and previous is not None and previous.sentence == self.sentence:
            # 地区生产总值812.6亿元,同比增长6.8%,高于全省1.1个百分点: what is higher is the growth
            # of the claim before (its level when it has no growth: 强度达4.3%,高于全省约1个百分点)
            base = previous.metric
            if previous.quantity is not None and previous.quantity.kind == "rank" and base.endswith("排名"):
                # (增速…居全市第2位,高于全市平均水平4.8个百分点: the rate ranked is what is higher)
                base = self._rescoped(base, "")[:-2]
            compared = [i for i in (base.find(v) for v in self.asm.comparison_verbs) if i > 0]
            if compared:  # 含量高于国家药典34%,高于地方药材标准…: the same thing compared again
                return base[: min(compared)] + metric
            # (强度为9.51%,比上年提高0.36个百分点,高于全市4.3个百分点: a rate's level is what is
            # higher, its change being in points)
            grew = previous.change is not None and not base.endswith(self.asm.growth_rate_words) \
                and not (previous.quantity is not None and previous.quantity.kind == "percent"
                         and previous.change.unit == "pp")
            return base + ("增速" if grew else "") + metric
        owned = metric in self.asm.total_words or metric in self.asm.attribute_words
        if owned and q is not None and self.text.startswith("的", q.end):
            owner = self.metric_right(q.end + 1)
            if owner is not None:  # 总规模100亿元的天使投资基金 → 天使投资基金总规模
                return self.text[owner[0]:owner[1]] + metric
        if previous is None:
            return metric
        if metric in self.asm.attribute_words and previous.quantity is not None and previous.quantity.kind == "count":
            owner = previous.metric
            if owner.endswith(_INDUSTRY_FIRMS) and len(owner) > 4:
                owner = owner[:-2]  # 智能制造产业企业390余家,营收402.7亿元: the industry's output (set 128)
            return owner + metric  # 工业项目18个,投资额248亿元 → 工业项目投资额
        if metric in self.asm.total_words and not _measure_after_people(q, previous):
            # 组建…等3只产业基金,总规模达14.55亿元 → 产业基金总规模; 新增市场主体4.2万户,总数突破
            # 30万户 → 市场主体总数 (the total of the stock, not of the arrivals); 摄影棚总数…,总面积 →
            # 摄影棚总面积 (the things counted, not their count)
            # (新批出3幅用地,总面积约2.4公顷 → 新批出用地总面积: a measure of the new arrivals themselves;
            # 建成海外仓9个,总面积 → 海外仓总面积: of the stock built)
            owned_by = previous.metric if metric not in self.asm.stock_total_words and previous.metric.startswith("新") \
                else self._without_flow_verb(previous.metric)
            counted = next((w for w in self.asm.count_words_longest if owned_by.endswith(w) and len(owned_by) > len(w)), "")
            return owned_by[: len(owned_by) - len(counted)] + metric
        if metric not in self.asm.level_modifiers:
            return metric
        prev = previous.metric
        for mod in self.asm.level_modifiers:
            if prev.startswith(mod) and len(prev) > len(mod):
                return metric + prev[len(mod):]
        return metric + prev

    def _draft(self, q: Quantity | None, metric: str, metric_start: int, anchor: int) -> _Draft:
        subject, subject_text, span = self.subject_for(metric_start)
        if "计" in metric:
            metric = _INNER_SUM.sub("", metric)  # 6个品牌展会合计展览面积 → 品牌展会展览面积
        if q is not None and metric.endswith(self.asm.trailing_count_verbs):
            metric = self._count_verb_first(metric, q)
        if "年" in metric:
            # 港资企业全年营业收入 → 港资企业营业收入: the year of a class of firms' figure is the
            # claim's period (as 港资企业去年营业收入 is, see _qualified; set 103)
            metric = self.asm._firm_class_year_re.sub(r"\1", metric)
        # The metric as written there (a metric completed from the claim before, 全年 → 规上工业
        # 总产值, is written only in part, or not at all: 全年力争… keeps its cue)
        written = next((len(metric) - k for k in range(len(metric)) if self.text.startswith(metric[k:], metric_start)), 0)
        dated = _YEAR_IN_BRACKETS_AFTER.match(self.text, q.end) if q is not None else None
        return _Draft(
            quantity=q, metric=metric, metric_start=metric_start, subject=subject,
            subject_text=subject_text, subject_span=span,
            period=dated.group(1) if dated is not None else self.period_for(anchor),  # 约21.3万人(2024年)
            status=self.status_for(anchor, (metric_start, metric_start + written)), sentence=self.sentence,
        )

    def _count_verb_first(self, metric: str, q: Quantity) -> str:
        """高新技术企业净增682家 → 净增高新技术企业: the verb that says which count it is, written
        between the things and their number, opens the metric as where it comes first. Not a table's
        column (公交车|当年新增), nor a verb whose number is not right after it."""
        verb = next(v for v in self.asm.trailing_count_verbs if metric.endswith(v))
        things = metric[: -len(verb)]
        at = self.text.rfind(verb, max(0, q.start - len(verb) - 2), q.start)
        if len(things) < 2 or at < 0 or things.endswith(("年", "月")) or "的" in things:
            return metric
        return verb + things

    def _respectively_metrics(self, qs: list[Quantity]) -> dict[int, str]:
        """``A、B、C分别为x、y、z``: pair the listed metrics with the listed values."""
        text, out = self.text, {}
        pos = text.find("分别", self.sentence.start, self.sentence.end)
        if pos < 0:
            return out
        levels, changes = self._levels_and_changes_after(qs, pos)  # 分别为x、y / 分别增长x和y
        if len(levels) < 2 and len(changes) < 2:
            return out
        for values in (levels, changes):
            left = self.metric_list_before(pos, len(values)) if values else []
            if values is levels and len(left) != len(values) and (rates := self._rates_of_items(pos, values)):
                out.update(rates)
                continue
            if left and len(left) == len(values):
                after = self._metric_after_respectively(pos, values[0]) if values is levels else ""
                for q, metric in zip(values, left, strict=True):
                    out[q.start] = metric + after
        return out

    def _rates_of_items(self, pos: int, values: list[Quantity]) -> dict[int, str]:
        """``定点医疗机构46家、定点零售药店187家,开通率分别为100%和82.7%``: a bare rate before 分别
        is each listed item's (定点医疗机构开通率, 定点零售药店开通率)."""
        text = self.text
        clause = self._after_last_clause_mark(pos)
        measure = text[clause:pos]
        if not all(v.kind == "percent" for v in values) or _BARE_RATE.fullmatch(measure) is None:
            return {}
        items = [o for o in self.quantities if self.sentence.start <= o.start and o.end <= clause][-len(values):]
        if len(items) != len(values) or any(o.kind != "count" for o in items) \
                or any(text[a.end : a.end + 1] not in ("、", "和") for a, _ in itertools.pairwise(items)):
            return {}  # (the items a list: 46家、定点零售药店187家)
        names = []
        for o in items:
            head = max(text.rfind(c, self.sentence.start, o.start) for c in _ITEM_NAME_STARTS) + 1
            name = text[max(head, self.sentence.start):o.start]
            if _ALL_HAN.fullmatch(name) is None or not 2 <= len(name) <= 10:
                return {}
            names.append(name)
        return {q.start: name + measure for q, name in zip(values, names, strict=True)}

    def _respective_share(self, q: Quantity, drafts: list[_Draft]) -> tuple[str, _Draft] | None:
        """``孵化器31家、重点实验室186个,分别占全省的73.8%和62.4%``: each share is of the level
        listed at its rank before 分别占."""
        text = self.text
        pos = text.find("分别占", self.sentence.start, q.start)
        if pos < 0:
            return None
        values = [v for v in self._listed_after(self.quantities, pos) if v.kind == "percent"]
        levels = [d for d in drafts if d.sentence == self.sentence and d.quantity is not None
                  and d.quantity.end <= pos and not d.share][-len(values):]
        if len(values) < 2 or len(levels) != len(values) or q not in values:
            return None
        whole = text[pos + 3 : values[0].start].rstrip("的为达约近 ")
        level = levels[values.index(q)]
        return (level.metric + "占" + whole, level) if whole else None

    def _table_row(self, q: Quantity, row: re.Match) -> _Draft:
        """A row of a text table: the label is the metric (地区生产总值(亿元):356.2); a growth
        rate's row (规模以上工业增加值增速(%):8.3) is that metric's change."""
        label = row.group("label")
        start = row.start("label")
        if q.kind == "percent" and label.endswith(self.asm.growth_rate_words) and q.value is not None:
            draft = self._draft(None, label[:-2], start, q.start)
            draft.change = _new_change(start=q.start, end=q.end, text=q.text, value=abs(q.value), unit=q.unit,
                                       direction="down" if q.value < 0 else "up", basis="unspecified")
            return draft
        return self._draft(q, label, start, q.start)

    def _listed_after_respectively(self, q: Quantity, previous: _Draft | None) -> bool:
        """Whether ``q`` follows the value of the claim before, of the same kind, with only a list
        joiner between, both after a 分别 of the sentence (分别实现产值A和B, 分别引进项目5个、3个)."""
        level = previous.quantity if previous is not None else None
        return (
            level is not None and previous.sentence == self.sentence and level.kind == q.kind
            and _LIST_GAP.fullmatch(self.text, level.end, q.start) is not None
            and self._respectively_before(level) is not None
        )

    def _respectively_before(self, q: Quantity) -> tuple[int, int] | None:
        """Where the last 分别 before ``q`` in its sentence is, and where its clause starts."""
        pos = self.text.rfind("分别", self.sentence.start, q.start)
        if pos < 0:
            return None
        return pos, self._after_last_clause_mark(pos)

    def _respective_level(self, q: Quantity, drafts: list[_Draft], with_change: bool | None) -> _Draft | None:
        """The level, among those just listed in this sentence, that a value after a later 分别
        goes with, by rank: 分别为A和B,分别增长x和y (``with_change`` False: x is A's change);
        新增A5家、B41家,累计分别达到29家和236家 (None: 29家 is A's total, the clause before 分别
        being only a cumulative word)."""
        found = self._respectively_before(q)
        if found is None:
            return None
        text, (pos, clause) = self.text, found
        if with_change is None and not self.asm._cumulative_word_re.fullmatch(text, clause, pos):
            return None
        values = [v for v in self._listed_after(self.quantities, pos) if v.kind == q.kind or with_change is False]
        if with_change is False:
            values = [v for v in values if self.change_of(v) is not None]
        if len(values) < 2 or q not in values:
            return None
        levels = [d for d in drafts if d.sentence == self.sentence and d.quantity is not None and d.quantity.end <= clause]
        levels = levels[-len(values):]
        given = {v.start for v in values}  # the changes of the list given to its levels so far
        if len(levels) != len(values) or any((d.change is not None and d.change.start not in given) or d.share
                                             for d in levels):
            return None
        return levels[values.index(q)]

    def _respective_time(self, q: Quantity) -> str | None:
        """其中一季度、二季度分别增长6.5%和7.3%: the period listed at the rank of ``q``."""
        found = self._respectively_before(q)
        if found is None:
            return None
        text, (pos, clause) = self.text, found
        times = [t for t in self.times if clause <= t.start and t.end <= pos and t.period]
        values = self._listed_after(self.quantities, pos)
        if len(times) < 2 or len(times) != len(values) or q not in values:
            return None
        rest = text[clause:pos]
        for t in times:
            rest = rest.replace(t.text, "", 1)
        if not _TIME_LIST_REST.fullmatch(rest):
            return None
        return _period_of(times[values.index(q)], text)

    def _level_of_named(self, drafts: list[_Draft], start: int, end: int) -> _Draft | None:
        """The level, in this sentence and with no change yet, of the subject a clause names
        between ``start`` and ``end`` (其中赣州高新区同比增长13.1%), if exactly one."""
        names = {e.text for e in self.entities if start <= e.start and e.end <= end}
        if not names:
            return None
        found = [d for d in drafts if d.sentence == self.sentence and d.quantity is not None and d.change is None
                 and d.subject_text in names]
        return found[0] if len(found) == 1 else None

    def _levels_and_changes_after(self, qs: list[Quantity], pos: int) -> tuple[list[Quantity], list[Quantity]]:
        """The values of the clause after 分别 at ``pos``, levels apart from changes."""
        levels: list[Quantity] = []
        changes: list[Quantity] = []
        for q in self._listed_after(qs, pos):
            (levels if self.change_of(q) is None else changes).append(q)
        return levels, changes

    def _listed_after(self, qs: list[Quantity], pos: int) -> list[Quantity]:
        """The values of the clause after 分别 at ``pos`` (分别为A、B和C,其中…: not what follows)."""
        mark = _CLAUSE_MARK.search(self.text, pos, self.sentence.end)
        end = mark.start() if mark else self.sentence.end
        return [q for q in qs if pos < q.start < end]

    def _respectively_subjects(
        self, qs: list[Quantity]
    ) -> dict[int, tuple[str, str, tuple[int, int], tuple[int, int] | None]]:
        """``长沙、株洲、湘潭三个国家高新区营业收入分别为x、y和z``: the listed subjects paired with
        the values after 分别 (levels with levels, changes with changes), when the counts agree.
        Places counted as zones (三个国家高新区) name those zones: 长沙高新区."""
        text = self.text
        pos = text.find("分别", self.sentence.start, self.sentence.end)
        if pos < 0:
            return {}
        clause = self._after_last_clause_mark(pos)  # the clause around the list: 、 parts its items, not clauses
        if self._subjects is None:
            self._subjects = self._subject_candidates()
        # the names (and generic words: 经开区、秀洲高新区) listed one after another; every name,
        # even the last of a list before a count (湘潭 of 长沙、株洲、湘潭三个国家高新区)
        named = {(e.start, e.end) for e in self.entities}
        items = sorted([(e.start, e.text, (e.start, e.end)) for e in self.entities]
                       + [c for c in self._subjects if c[2] not in named], key=_candidate_order)
        run: list[tuple[str, tuple[int, int]]] = []
        for _start, name, span in items:
            if span[0] < clause or span[1] > pos or (run and span[0] < run[-1][1][1]):
                continue
            if run and not _LIST_GAP.fullmatch(text, run[-1][1][1], span[0]):
                run = []
            run.append((name if name is not None else self.main or text[span[0]:span[1]], span))
        if len(run) < 2:
            return {}
        levels, changes = self._levels_and_changes_after(qs, pos)
        counted = self.asm._collective_re.match(text, _skip_spaces(text, run[-1][1][1]), pos)
        kind = ""
        places = {e.start for e in self.entities if e.label == "GPE"}
        if counted is not None and all(span[0] in places for _name, span in run):
            kind = self.asm.strip_level_modifier(counted.group("zone"))
        kind = kind or self._kind_of_last(run)
        out: dict[int, tuple[str, str, tuple[int, int], tuple[int, int] | None]] = {}
        while True:
            metric = self.metric_left(pos)  # what each of them reports: 营业收入
            for values in (levels, changes):
                if len(values) == len(run):
                    for q, (name, span) in zip(values, run, strict=True):
                        named = name if name.endswith(kind) else name + kind
                        out[q.start] = (named, text[span[0]:span[1]], span, metric)
            # A、B、C分别位列第一、第二、第三,营业收入分别为x、y和z: a later 分别 of the sentence,
            # with no name between, lists the same subjects' figures
            listed = self._listed_after(qs, pos)
            after = listed[-1].end if listed else pos + 2
            pos = text.find("分别", after, self.sentence.end)
            if pos < 0 or any(after <= e.start < pos for e in self.entities):
                return out
            levels, changes = self._levels_and_changes_after(qs, pos)

    def _kind_of_last(self, run: list[tuple[str, tuple[int, int]]]) -> str:
        """新余、景德镇、赣州高新区: places listed before a zone named after its place are zones of
        that kind too (新余高新区); "" when the list is not so."""
        places = {e.start for e in self.entities if e.label == "GPE"}
        zones = {e.start for e in self.entities if e.label == "ZONE"}
        last_name, last_span = run[-1]
        if last_span[0] not in zones or not all(span[0] in places for _name, span in run[:-1]):
            return ""
        place = place_prefix(last_name)
        kind = last_name[len(place):] if place is not None else ""
        return kind if kind.endswith(self.asm._zone_words) else ""

    def metric_list_before(self, pos: int, count: int | None = None) -> list[str]:
        """The items listed before ``pos`` (A、B和C分别…), as metrics. With ``count`` (the
        values to pair them with), a 及 or 和 inside an item stays in it when splitting at the
        enumeration commas (and the last joiner) gives that many items: 钛及钛合金、汽车及零部件、
        高端装备制造 are three."""
        start = pos
        while start > self.sentence.start and self.text[start - 1] not in ",，;；:：。":
            start -= 1
        phrase = self.text[start:pos]
        items = [p for p in _LIST_JOINER.split(phrase) if p]
        if count is not None and len(items) != count and "、" in phrase:
            enumerated = [p for p in phrase.split("、") if p]
            last = _LAST_JOINER.split(enumerated[-1], maxsplit=1)
            for option in (enumerated[:-1] + [p for p in last if p], enumerated):
                if len(option) == count:
                    items = option
                    break
        spans = []
        cursor = start
        for item in items:
            i = self.text.find(item, cursor, pos)
            cursor = i + len(item)
            etc = self.text.find("等", i, cursor) if item is items[-1] else -1
            if etc > i and _LIST_COUNT.match(self.text, etc + 1):
                # 新材料等三大主导产业: the last item, then the class all the items are of
                item_span, counted = self._item_metric(i, etc), self.metric_left(cursor, limit=etc + 1)
                if item_span is None or counted is None:
                    return []
                spans.append(self.text[item_span[0]:item_span[1]] + self.text[counted[0]:counted[1]])
                continue
            span = self._item_metric(i, cursor)
            if span is None:
                return []
            spans.append(self.text[span[0]:span[1]])
        return self._shared_tail(spans)

    def _item_metric(self, start: int, end: int) -> tuple[int, int] | None:
        """The metric of one listed item ``[start, end)``; a joiner inside it stays (钛及钛合金:
        the list was split at its enumeration commas)."""
        span = self.metric_left(end, limit=start)
        while span is not None and span[0] > start and _LIST_JOINER.fullmatch(self.text, span[0] - 1, span[0]):
            head = self.metric_left(span[0] - 1, limit=start)
            if head is None or head[1] != span[0] - 1:
                break
            span = (head[0], span[1])
        return span

    def _metric_after_respectively(self, pos: int, first: Quantity) -> str:
        """The metric written once after 分别, before the first value (…等三大主导产业分别实现产值
        412.3亿元、…: 产值), without its flow verb; empty if none (分别为, 分别增长)."""
        span = self.metric_left(first.start, limit=pos + 2)
        if span is None:
            return ""
        return self._without_flow_verb(self.text[span[0]:span[1]])

    def _shared_tail(self, metrics: list[str]) -> list[str]:
        """Items counted before the head they share: 汽车、新能源、装备制造三大主导产业产值 →
        汽车产业产值, 新能源产业产值, 装备制造产业产值 (the count, which must match, dropped)."""
        if len(metrics) < 2:
            return metrics
        last = metrics[-1]
        counted = _LIST_COUNT.search(last)
        if counted is None:
            # 新一代信息技术、装备制造、生物医药领域发明专利授权: the tail after the last item's kind word
            kind = next((k for k in (last.find(w) for w in self.asm.list_kind_words) if k > 0), -1)
            if kind > 0 and len(last) - kind > 2 and not any(w in m for m in metrics[:-1] for w in self.asm.list_kind_words):
                return [m + last[kind:] for m in metrics[:-1]] + [last]
            return metrics
        if counted.start() == 0 or _LIST_COUNT_VALUES.get(counted.group("n")) != len(metrics):
            return metrics
        tail = last[counted.end():]
        if not tail:
            return metrics
        return [m + tail for m in metrics[:-1]] + [last[: counted.start()] + tail]

    def assemble(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        respectively = self._respectively_metrics(self.quantities)
        listed_subjects = self._respectively_subjects(self.quantities)
        range_end: str | None = None  # after 从A增长至B under a span of years, levels are of its end
        conversions: list[tuple[_Draft, _Draft]] = []  # (the amount, the same in another currency)
        for q in self.quantities:
            if q.start in self._consumed:
                continue  # (上升1位 of a rank's row: that rank's change)
            previous = drafts[-1] if drafts else None
            cell = self.table_cells.get(q.start)
            if cell is not None:
                draft = self._column_cell(q, cell, drafts)
                if draft is not None:
                    drafts.append(draft)
                continue
            if previous is not None and self._conversion_of(previous, q):
                converted = dataclasses.replace(previous, quantity=q)
                conversions.append((previous, converted))
                drafts.append(converted)
                continue
            # (a row's value follows its colon: look for the label only then)
            row = _TABLE_LABEL_BEFORE.search(self.text, max(self.sentence.start, q.start - 48), q.start) \
                if self.text[q.start - 2 : q.start].rstrip(" \t")[-1:] in (":", "：") else None
            if row is not None:
                drafts.append(self._table_row(q, row))
                continue
            if previous is not None and q.kind == "count" and q.unit == "位" and previous.change is None \
                    and previous.quantity is not None and previous.quantity.kind == "rank":
                move = self.asm._rank_move_re.fullmatch(self.text, previous.quantity.end, q.start)
                if move is not None:  # 排名第28位,较上年前移3位: the rank's change
                    previous.change = _new_change(
                        start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                        direction=self.asm.rank_moves[move.group("move")],
                        basis="since" if move.group("basis") else "unspecified")
                    continue
            if q.kind == "count" and q.unit == "位" and q.value is not None \
                    and (moved := self.asm._rank_moved_re.search(self.text, max(self.sentence.start, q.start - 16), q.start)):
                # 安顺国家高新区排名较上年上升2位: a rank's move, its number unsaid (set 130; the
                # direction is the rank number's, as after a rank)
                draft = self._draft(None, moved.group("rank"), moved.start(), q.start)
                draft.change = _new_change(
                    start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                    direction=self.asm.rank_moves[moved.group("move")],
                    basis="since" if moved.group("basis") else "unspecified")
                drafts.append(draft)
                continue
            if q.value is None and q.low is not None and q.kind in ("percent", "percentage_point"):
                grown = self._growth_range(q)
                if grown is not None:  # 固定资产投资增长4%—5%: a range of growth, a value of its own
                    drafts.append(grown)
                    continue
            base = self._base_level(q, previous)
            if base is not None:
                drafts.append(base)
                continue
            # (…约86件,是全市平均水平的4.3倍: against the city's average, a level of its own, no change)
            # (企业研发费用,约相当于香港同年本地研发总开支的18倍: the metric of the clause before, too)
            against_other = q.unit == "times" and self._compared_with_other(q) is not None
            change = None if against_other else self.change_of(q)
            # (比法定时限压缩了62%: a level against a standard; 较地面运输缩短约60%: against another way)
            reference, suffix = (self._reference_of(q) if change is not None else (None, ""))
            if reference is not None:
                span = self.metric_left(reference)
                if span is not None:
                    drafts.append(self._draft(q, self.text[span[0]:span[1]] + suffix, span[0], q.start))
                    continue
                if previous is not None and previous.sentence == self.sentence and previous.quantity is not None:
                    # 审理周期31天,比法定期限缩短14天: what the clause before measured
                    drafts.append(self._draft(q, previous.metric + suffix, previous.metric_start, q.start))
                    continue
            from_time = False  # a continued level (从A增长至B) whose A has a time of its own
            budgeted = False  # a line of a budget (预算安排…): a target
            if change is not None:
                level = self._respective_level(q, drafts, with_change=False)
                if level is not None:  # 分别为36.5亿元和58.2亿元,分别增长5.3%和12.6%: in order
                    level.change = change
                    continue
                timed = self._respective_time(q)
                grown = next((d for d in reversed(drafts) if d.sentence == self.sentence and d.change is not None
                              and d.quantity is not None), None)
                if timed is not None and grown is not None:
                    # 同比增长6.9%,…,其中一季度、二季度分别增长6.5%和7.3%: the level that grew, in each period
                    draft = self._draft(None, grown.metric, grown.metric_start, q.start)
                    draft.change, draft.period = change, timed
                    draft.subject, draft.subject_text, draft.subject_span = grown.subject, None, None
                    drafts.append(draft)
                    continue
                if q.start in respectively:  # 规上工业总产值、进出口总额分别增长7.1%和3.6%
                    draft = self._draft(None, respectively[q.start], q.start, q.start)
                    draft.change = change
                    drafts.append(draft)
                    continue
                level_end = previous.quantity.end if previous is not None and previous.quantity is not None else -1
                if previous is not None and previous.metric_start >= level_end >= 0 \
                        and self.text.startswith(previous.metric, previous.metric_start):
                    # 共有48家企业入库,较上年度增加9家: the words after the number name what it counts
                    level_end = previous.metric_start + len(previous.metric)
                    deed = _DEED_TO_CLAUSE_END.match(self.text, level_end, q.start)
                    if deed is not None:
                        level_end = deed.end()  # 11家园区公司在香港交易所上市,较上年度同期多4家: what they did
                elif previous is not None and level_end >= 0 \
                        and (tail := _CLAUSE_TAIL.match(self.text, level_end, q.start)) is not None \
                        and sorted(tail.group(1)) == sorted(previous.metric[-len(tail.group(1)):]):
                    # 协助312位中高龄及身心障碍者就业,年增14.7% (a flow verb before the number, what it counts
                    # after it), 143家厂商获得数位转型补助,较…增加37家 (the firms, then their deed, which the
                    # metric writes the other way round): the rest of the clause is the metric's own words
                    level_end = tail.end(1)
                if conversions and conversions[-1][1] is previous:  # (约21.8亿港元),同比增长12%
                    closing = self.asm._conversion_end_re.match(self.text, level_end)
                    level_end = closing.end() if closing is not None else level_end
                outer = self._level_before_bracketed_part(drafts, level_end)
                if outer is not None and self._adjacent(level_end + 1, min(q.start, self._change_words_start(q))):
                    outer.change = change  # 人数为52386人(其中外籍专业人员1,026人),比去年9月底增加1,274人
                    continue
                if previous is not None and previous.change is None and previous.quantity is not None \
                        and self._adjacent(level_end, min(q.start, self._change_words_start(q))):
                    level = drafts[-2] if len(drafts) >= 2 else None
                    if ((previous.share and change.unit == "times") or previous.completion) and level is not None \
                            and level.change is None and level.quantity is not None and not level.share \
                            and level.sentence == previous.sentence:
                        # 企业1126家,占全市的47.5%,是2019年的2.6倍; 收入58.46亿元,完成预算的104.3%,同比增长7.2%:
                        # the level grew, not its share
                        level.change = change
                    else:
                        previous.change = change
                    continue
                # A growth rate with no level of its own: what grew is named in its own clause
                # (确保全年地区生产总值增长6%以上), else in the clause before (全区新增…等一批高新技术
                # 企业,同比增长175%), else by the claim before.
                clause = self._clause_start(q.start)
                # In its own clause the metric ends where the change words start (规模以上工业增加值
                # 同比增长12.5%: not at 增长, which ends a metric).
                filler = self.asm._change_filler_run.search(self.text, clause, q.start)
                own = min(filler.start() if filler else q.start, self._change_words_start(q))
                missing = _TABLE_LABEL_NO_VALUE.search(self.text, max(self.sentence.start, clause - 52), clause) \
                    if self.text[clause - 4 : clause].strip(" \t,，")[-1:] in ("—", "–", "-") else None
                if missing is not None:  # 新能源产业产值(亿元):—,同比增长31.2%: the row's own growth
                    draft = self._draft(None, missing.group("label"), missing.start("label"), q.start)
                    draft.change = change
                    drafts.append(draft)
                    continue
                span = self.metric_left(own) or self._field_label(own) \
                    or (self.metric_left(clause - 1) if clause > self.sentence.start else None)
                if span is None and previous is None:
                    continue
                named = self._level_of_named(drafts, clause, q.start) if span is None else None
                if named is not None:
                    named.change = change  # …和1042亿元,其中赣州高新区同比增长13.1%: that zone's level grew
                    continue
                if span is not None and previous is not None and previous.change is None and previous.quantity is not None \
                        and self.text[span[0]:span[1]] in self.asm.same_level_words:
                    previous.change = change  # 2020年达1845家,存量是“十二五”期末的9倍: the same level's change
                    continue
                # (…营业额…,居台湾三大科学园区第2位,年均成长9.1%: what grew is the level, not its rank)
                level_before = previous
                if span is None and previous is not None and previous.quantity is not None \
                        and previous.quantity.kind == "rank" and len(drafts) >= 2 and drafts[-2].sentence == self.sentence:
                    level_before = drafts[-2]
                if span is not None:
                    span = self._before_base(span)
                metric = self.text[span[0]:span[1]] if span else level_before.metric  # type: ignore[union-attr]
                if span is not None and (industry := self._industry_with_cause(metric, span[0])) is not None:
                    metric = industry + metric  # (光电产业受面板价格走低影响,营业额年减3.7%)
                grown = previous or self.prior
                fell = metric == "降幅" and grown is not None and grown.change is not None and grown.change.direction == "down"
                if (metric in self.asm.growth_rate_words or fell) and grown is not None \
                        and grown.sentence.paragraph == self.sentence.paragraph \
                        and not grown.metric.endswith(self.asm.growth_rate_words):
                    # 进出口总值…;增速比1—9月提高1.3个百分点: its growth (同比下降4.2%,降幅比上半年收窄…: its fall, set 104)
                    metric = grown.metric + metric
                draft = self._draft(None, metric, span[0] if span else q.start, q.start)
                draft.change = change
                if q.start in listed_subjects:
                    draft.subject, draft.subject_text, draft.subject_span, _ = listed_subjects[q.start]
                elif level_before is not previous:
                    draft.subject, draft.subject_text, draft.subject_span = \
                        level_before.subject, level_before.subject_text, level_before.subject_span  # type: ignore[union-attr]
                drafts.append(draft)
                continue
            if q.kind == "rank":
                if (q.start, q.end) in self._class_ranks:
                    continue  # 引进世界500强企业78家: the class of firms counted, no rank of anything
                if self._is_condition(self._clause_start(q.start), q.end):
                    continue  # 对评价结果排名前3位的省级高新区,每家给予…: who a policy rewards
                if _LIST_CAPTION.match(self.text, q.end):
                    continue  # 综合评价前10名高新区如下: the caption of a list, the set it shows
                if previous is not None and len(drafts) >= 2 and previous.subject_span is not None \
                        and self.text[previous.subject_span[0] - 1 : previous.subject_span[0]] in ("(", "（") \
                        and previous.quantity is not None and drafts[-2].quantity is not None \
                        and previous.metric == drafts[-2].metric:
                    beside = previous.quantity.end
                    previous = drafts[-2]  # …54.8件(全市为23.6件),居全市第1位: the zone's figure is ranked
                else:
                    beside = -1
                draft = self._rank(q, previous, beside)
                if draft is not None:
                    if q.start in listed_subjects:  # 合肥高新区、芜湖高新区分别排名全国第6位、第31位
                        draft.subject, draft.subject_text, draft.subject_span, _ = listed_subjects[q.start]
                    drafts.append(draft)
                continue
            if self.is_descriptive(q):
                continue
            item = self._parallel_item(q, previous)
            if item is not None:
                drafts.append(item)
                continue
            metric_text = respectively.get(q.start)
            share_of = None
            if metric_text is None and q.kind == "percent":
                share_of = self._respective_share(q, drafts)
                if share_of is not None:
                    metric_text = share_of[0]
            listed = listed_subjects.get(q.start)
            share = self._share(q, self._level_before(drafts, previous), drafts)
            if metric_text is None and q.kind == "count":
                total_of = self._respective_level(q, drafts, with_change=None)
                if total_of is not None:  # 新增A5家、B41家,累计分别达到29家和236家: their totals
                    metric_text = self._without_flow_verb(total_of.metric)
            completed = self.asm._completion_re.search(self.text, self._clause_start(q.start), q.start) \
                if previous is not None and q.kind == "percent" else None
            planned = None
            if completed is not None:  # 同比增长6.9%,完成全年目标的48.6%: of the level before
                of_what = _QUANTITY_TEXT_AFTER_PLAN.sub("", completed.group()).rstrip("的")
                if of_what.startswith("为"):
                    of_what = "完成" + of_what[1:]  # 收入6.84亿元,为预算的104.3%: the budget's completion
                whose = previous
                if previous.quantity is not None and completed.start() <= previous.quantity.start < completed.end():
                    # 完成年度计划94公里的91.9%: of the level done before the plan, not of the plan
                    whose = next((d for d in reversed(drafts[:-1]) if d.sentence == self.sentence and d.status != "target"),
                                 previous)
                metric_text = whose.metric + of_what
                clause = self._clause_start(q.start)
                if completed.start() > clause and (named := self.metric_left(completed.start())) is not None \
                        and named[0] >= clause and named[1] == completed.start():
                    # …,规上工业营业收入完成年度目标的103.2%: the clause names what met its target
                    metric_text = self.text[named[0]:named[1]] + of_what
            elif previous is not None and q.kind != "percent" \
                    and (plan := self.asm._plan_before_re.search(self.text, self._clause_start(q.start), q.start)) is not None:
                # 完成燃气管道老化更新改造86.4公里,…完成年度计划94公里的91.9%: the plan's level, a target
                metric_text, planned = previous.metric + plan.group("plan"), plan
            award = self._award_after(q)  # (9个项目获评…: counted by the award they won)
            if metric_text is None and award is None and q.kind == "count" and (deed := self._deed_after(q)) is not None:
                metric_text = deed  # 28家企业已接入…系统: the firms that did it
            if metric_text is not None:
                span = (q.start, q.start)
                metric = metric_text
            elif listed is not None and listed[3] is not None:
                span = listed[3]
                metric = self.text[span[0]:span[1]]
            elif share is not None:
                metric, span = share
            elif previous is not None and previous.quantity is not None \
                    and _FROM.search(self.text, previous.metric_start, previous.quantity.start) \
                    and self.asm._continuation_left.search(_TIME_OF_LEVEL.sub("", self.text[previous.quantity.end:q.start])) \
                    and not (_CLAUSE_MARK.search(self.text, previous.quantity.end, q.start)
                             and self.metric_left(q.start) is not None):
                # (由2021年的71.2%提高至2025年的78.5%: the level reached, after its own time; not
                # …增加至5万6,430人,有效核准厂商增至238家: another level, named in its own clause)
                metric, span = previous.metric, (previous.metric_start, previous.metric_start)
                from_time = any(previous.metric_start <= t.start and t.end <= previous.quantity.start for t in self.times)
                years = _year_range(previous.period)
                if years is not None:  # 2016年至2021年…从280家增长至1280家: each level has its end
                    previous.period, range_end = years
            else:
                span = flow = None
                if self._followed_by_noun(q) and not (q.kind == "money" and self._spent_on(q)):
                    if award is not None:
                        span = award  # 9个项目获评省级优秀志愿服务项目: the award, what the projects are counted by
                    else:
                        span = self.metric_right(q.end)
                        flow = self._flow_verb_before(q) if span is not None else None
                        if span is None and self._after_number(q) > q.end:
                            flow = self._flow_verb_before(q)  # 选派30名以上博士研究生: past the bound, after a flow
                            span = self.metric_right(self._after_number(q)) if flow is not None else None
                span = span or self.metric_left(self._before_note(q.start)) or self._field_label(q.start) \
                    or self._label_line_above(q.start)
                if span is None and (budget := self.asm._budgeted_re.search(self.text, self._clause_start(q.start), q.start)):
                    span, budgeted = self.metric_left(budget.start()), True  # 一般公共预算收入预算安排61.5亿元
                antecedent = previous or self.prior
                if span is None and previous is not None and previous.quantity is None and previous.change is not None \
                        and self.asm._level_after_change.fullmatch(self.text, previous.change.end, q.start):
                    previous.quantity = q  # 用电量同比增长9%,达到25亿千瓦时: the level the change reached
                    continue
                if span is None and self._listed_after_respectively(q, previous):
                    # 分别实现地区生产总值4300亿元和1200亿元: the metric is written once for the values
                    metric, span = previous.metric, (q.start, q.start)  # type: ignore[union-attr]
                elif span is None and antecedent is not None and self._cumulative_total(q):
                    # 新增上市企业5家,累计达到30家: the total of the stock, not of the arrivals
                    # (before the elliptical case below, whose copula 达到 it also is)
                    metric, span = self._without_flow_verb(antecedent.metric), (q.start, q.start)
                elif span is None and (top := self._superlative_before(q)) is not None:
                    # 台中园区装置容量最高,达10.6万瓩: the measure the clause before ranks by
                    metric, span = self.text[top[0]:top[1]], top
                elif span is None and antecedent is not None and self._elliptical(q):
                    if antecedent.share and q.kind != "percent":
                        # 臺南園區持卡人555人,占90.7%,高雄園區57人: the level before the share
                        antecedent = next((d for d in reversed(drafts) if not d.share and d.quantity is not None
                                           and d.quantity.kind == q.kind), antecedent)
                    metric, span = antecedent.metric, (q.start, q.start)
                    if q.kind not in ("percent", "percentage_point") and (grew := _GROWTH_TAIL.search(metric)) is not None:
                        metric = metric[: grew.start()]  # 产值增长15%—20%,有望突破五百五十亿元: the level reached
                elif span is None and previous is not None and previous.quantity is not None \
                        and (whole := _WHOLE_IN_BRACKETS.search(self.text, previous.quantity.end, q.start)) is not None \
                        and whole.start() == previous.quantity.end \
                        and (place := self._place_of_level(whole.group(1))) is not None:
                    # 每万人口发明专利拥有量54.8件(全市为23.6件): the same measure of the whole, beside the zone's
                    draft = self._draft(q, previous.metric, q.start, q.start)
                    draft.subject, draft.subject_text, draft.subject_span = place, whole.group(1), whole.span(1)
                    drafts.append(draft)
                    continue
                elif span is None:
                    zones = self._zones_counted(q)
                    if zones is not None:
                        drafts.append(zones)
                    continue
                else:
                    metric = self._restore_head(span, previous, q, grown=next(
                        (d for d in reversed(drafts) if d.change is not None), None) if previous is not None else None)
                    if metric in self.asm.industry_output_words and span[0] > self.sentence.start \
                            and (industry := self._industry_named_before(span[0])) is not None:
                        metric = industry + metric  # (…的是某某产业,产值达…)
                    if flow:
                        metric = flow + metric  # 引进…等30个项目 → 引进项目: new arrivals, not the stock
                    elif (verb := self.asm.verbs_kept_before.get(metric)) is not None and self.text.endswith(verb, 0, span[0]):
                        metric = verb + metric  # 达成就业意向8,900余人: the matches made (not 达成意向融资: 意向融资)
                    elif metric in _BARE_COMPLETED and self.text.endswith("完成", 0, span[0]):
                        metric, span = self._completed(metric, span, previous)
                    metric, span = self._qualified(metric, span)
                    metric, span = self._past_gloss(metric, span)
                    if not flow and self.text[span[0] - 1 : span[0]] == "等" and (listed := self._flow_before_list(span[0] - 1)):
                        metric = listed + metric  # 新引进电池、电驱、热管理等配套企业23家 → 新引进配套企业 (sets 72, 103)
                    if previous is not None and previous.sentence == self.sentence and previous.quantity is not None \
                            and self.text.startswith("其中", self._clause_start(span[0])) \
                            and (rest := _part_completed(metric, previous.metric)) is not None:
                        metric += rest  # 上市公司19家,其中境内上市14家: 境内上市公司, the whole's noun after the part's words
                    if len(metric) <= 2 and self.text.startswith("其中", (opening := self._clause_start(span[0]))) \
                            and all(p in self._time_cover for p in range(opening + 2, span[0])) \
                            and (whole := self._whole_named(metric, drafts)) is not None:
                        metric = whole  # 老年助餐服务34.7万人次,…;其中第二季度服务19.6万人次: of that service
                    if metric.endswith("平均") and len(metric) > 3 and span[1] - span[0] == len(metric):
                        metric, span = metric[:-2], (span[0], span[1] - 2)  # 年径流总量控制率平均为76.4%: on average
                    if metric in self.asm.per_head_words and previous is not None and previous.sentence == self.sentence \
                            and previous.quantity is not None and previous.quantity.kind == "money" == q.kind \
                            and self._clause_start(span[0]) == span[0]:
                        # 发放技能提升补贴1,036万元,人均约2,515元: each one's share of the sum before
                        paid = previous.metric
                        verb = next((v for v in self.asm.payment_verbs if paid.startswith(v) and len(paid) > len(v) + 1), "")
                        metric = metric + paid[len(verb):]
                    if self.text[span[0] - 1 : span[0]] == "较" and previous is not None and previous.quantity is not None \
                            and previous.sentence == self.sentence and self._clause_start(span[0]) == span[0] - 1 \
                            and _COMPARED_IN.search(metric) is None:  # (not twice: 较年度目标低 has its measure)
                        # 中标价11268.37万元,较最高投标限价下浮4.99%: the level before, against a reference
                        metric = previous.metric + "较" + metric
                    if metric in self.asm.fund_sizes and self.text[span[0] - 1 : span[0]] in (",", "，"):
                        fund = self.metric_left(span[0] - 1)
                        if fund is not None and self.text.endswith("基金", fund[0], fund[1]):
                            metric = self.text[fund[0]:fund[1]] + metric  # 设立…基金,规模10亿元: the fund's
                    elif metric in self.asm.size_attributes and self.text[span[0] - 1 : span[0]] in (",", "，") \
                            and (previous is None or previous.quantity is None or previous.quantity.end < span[0] - 1) \
                            and (built := self.metric_left(span[0] - 1)) is not None and built[1] == span[0] - 1:
                        # 新建雨水调蓄池,容积3,200立方米: the size of what the clause before built
                        metric = self._without_flow_verb(self.text[built[0]:built[1]]) + metric
                    if metric.startswith(self.asm.trade_verbs) and self.text[span[0] - 1 : span[0]] not in _PARTNER_MARKS:
                        partner = next((e for e in self.entities if e.end == span[0] and e.label == "GPE"
                                        and self.text[e.start - 1 : e.start] in _PARTNER_MARKS), None)
                        if partner is not None:  # 从澳洲进口锂精矿: the partner of the trade stays
                            span = (partner.start - 1, span[1])
                            metric = self.text[span[0]:partner.end] + metric
                    if self.text[span[0] - 1 : span[0]] == "其" and previous is not None \
                            and previous.sentence == self.sentence and previous.quantity is not None \
                            and previous.quantity.kind == "count" and q.kind == "percent" \
                            and self._clause_start(span[0]) == span[0] - 1:
                        # 规上工业企业386家,其A级率为51.3%: the rate of those counted (not 公司…,
                        # 其平台注册用户: the company's, its subject's)
                        metric = previous.metric + metric
                    metric = self._listed_flow(metric, span, previous, q)
            metric = self._split_total(metric, span, q, previous)
            if metric in _BUDGET_SIDES and (before := next((d for d in reversed([*self.earlier[-3:], *drafts])
                                                            if d.metric.endswith(_BUDGET_SIDES)), None)) is not None \
                    and "预算" in before.metric and not before.metric.endswith(metric):
                # 国有资本经营预算收入6.84亿元,…;支出4.92亿元: the other side of the same budget
                metric = before.metric[: -len(metric)] + metric
            if completed is None and metric.endswith(self.asm.budget_stages):
                metric, staged = self._budget_line(metric, previous, q)
                budgeted = budgeted or staged
            if metric in self.asm.weight_columns or metric.startswith(self.asm.sanction_words):
                continue  # 满分100分: the scale a score is out of; 扣减年度考评分5分: a rule's penalty
            if q.kind in ("length", "area", "mass") and any(w in metric for w in self.asm.spec_words):
                continue  # 首层层高8米,货梯载重3吨,最小分割单元300平方米: what a building offers, no claim
            if metric in self.asm.metric_anaphors and (previous or self.prior) is not None:
                # 2021年,公司营业收入达到1260万元;2025年,这一数字增长到2.36亿元: the figure named before
                metric = (previous or self.prior).metric  # type: ignore[union-attr]
            if q.kind == "area" and previous is not None and previous.quantity is not None \
                    and previous.quantity.unit in self.asm.parcel_units and metric == previous.metric \
                    and self.text[previous.quantity.end:q.start] in ("、", ",", "，"):
                metric += "面积"  # 盘活闲置土地9宗、413.2亩: the area of the parcels counted
            draft = self._draft(q, metric, span[0], q.start)
            draft.share = share is not None and metric_text is None
            draft.completion = completed is not None
            if planned is not None or (q.kind != "percent" and _TASK_NAMED_AFTER.match(self.text, q.end)):
                draft.status = "target"  # (the size of a plan or a task is what was set)
                draft.period = draft.period[:4] if draft.period else draft.period  # (the plan is the year's)
            if budgeted:
                draft.status = "target"  # a budget is what is planned
            if range_end is not None and _year_range(draft.period) is not None:
                draft.period = range_end
            elif from_time and previous is not None and draft.period == previous.period:
                # 由2018年的1.81%提高到2.57%: the level reached is not of 2018 but of the time in
                # force where the metric starts (2025年,…比例由2024年的14%提高至22%: 2025)
                period = self.period_for(previous.metric_start)
                # (an event's month before it says the year: 二期于去年9月投入运营,算力规模由…)
                draft.period = period[:4] if period and _MONTH_POINT.fullmatch(period) else period
            other = self._compared_with_other(q) if q.unit == "times" else None
            if other is not None and previous is not None and previous.sentence == self.sentence:
                # …约人民币138亿元,是前海的近6倍: the level before, against another zone's
                draft.metric = previous.metric + other
                draft.subject, draft.subject_text, draft.subject_span = \
                    previous.subject, previous.subject_text, previous.subject_span
            elif other is not None and (clause := self._clause_start(q.start)) > self.sentence.start \
                    and (measured := self.metric_left(clause - 1)) is not None:
                # 企业研发费用,约相当于香港…总开支的18倍: the measure of the clause before, of its subject
                draft.metric = self.text[measured[0]:measured[1]] + other
                draft.subject, draft.subject_text, draft.subject_span = self.subject_for(measured[0])
            elif q.start in listed_subjects:
                draft.subject, draft.subject_text, draft.subject_span, _ = listed_subjects[q.start]
            elif share_of is not None:  # the subject of the level it is a share of
                draft.subject, draft.subject_text, draft.subject_span = share_of[1].subject, None, None
            drafts.append(draft)
        self._years_in_turn(drafts)
        self._average_rates(drafts)
        drafts = self._without_logistics(drafts)
        for amount, converted in conversions:
            # The rate written after the converted amount is the amount's: a figure's growth in the
            # currency it was reported in (in another, the exchange rate moves it too).
            if amount.change is None:
                amount.change = converted.change
            converted.change = None
        return drafts

    def _without_logistics(self, drafts: list[_Draft]) -> list[_Draft]:
        """An event's own figures are its logistics, no claims (the annotation guide): promotion
        events held (赴郑州开展专题招商活动12场) and batches sent (组织两批), and after the event is named in the sentence, or by a word of
        taking part, who came and what was on offer (招聘会共有126家企业参展,提供岗位2380个; 当日
        入场求职者1650人次,其中港澳青年520人次; 现场收取简历3100余份)."""
        if not drafts or self.asm.hosts_events(self.main):
            return drafts  # (a convention centre's own report: its shows and their visitors are its business)
        asm, text = self.asm, self.text
        event = asm._event_re.search(text, self.sentence.start, self.sentence.end)
        kept: list[_Draft] = []
        dropped_before = False
        # (举办招聘会58场,提供岗位3.6万个: the jobs of the events counted, their outcome; 本次招聘会…提供
        # 岗位3260个: one event's offer, its logistics)
        events_counted = event is not None and any(o.unit in asm.held_event_units for o in self.quantities)
        for d in drafts:
            q = d.quantity
            if q is None:
                if event is not None and d.change is not None and event.end() <= d.change.start \
                        and _CLAUSE_MARK.search(text, event.end(), d.change.start) is not None \
                        and _COMPARED_WITH_EVENT.search(text, self.sentence.start, event.start()) is not None \
                        and not any(w in d.metric for w in asm.outcomes):
                    continue  # 与去年同期招聘会相比,岗位数同比增长18.6%: the event's logistics against the last one's
                kept.append(d)
                continue
            clause = self._clause_start(q.start)
            held = q.unit in asm.event_units and asm._event_verb_re.search(text, clause, q.start) is not None \
                and (q.unit not in asm.held_event_units or asm._promotion_re.search(text, clause, q.start) is not None)
            # (发布会上,管委会通报了…:截至2025年底,有效发明专利达到2.14万件: what the event reported)
            after_event = event is not None and event.end() <= q.start and q.kind == "count" \
                and asm._report_verb_re.search(text, event.end(), q.start) is None \
                and not (d.metric_start < event.end() and text.startswith(d.metric, d.metric_start))
            # (举办专场招聘会23场: the events counted are the metric, not an event before it)
            # (观众满意度达93.5%: how the audience judged it, a result, not who came)
            taking_part = any(w in d.metric for w in asm.participation_words) and not d.metric.endswith(_RATE_ENDINGS) \
                and not (events_counted and any(w in d.metric for w in asm.job_outcomes))
            if (held or after_event) and (any(w in d.metric for w in asm.event_outcomes)
                                          or (events_counted and any(w in d.metric for w in asm.job_outcomes))):
                held = after_event = False  # 推介会上现场签约项目9个: what the event achieved is a claim
            part_of_dropped = dropped_before and text.startswith("其中", clause) and q.kind == "count"
            dropped_before = held or after_event or taking_part or part_of_dropped
            if dropped_before:
                continue
            if q.unit in asm.held_event_units:
                holder = self._event_holder(q)
                if holder is not None:
                    # 区科技创新局举办外籍人才政策宣讲会6场, 能源署并于区内办理节能技术说明会4场: the
                    # body that held the events, as the annotators of sets 49-77 write it
                    d.subject, d.subject_text, d.subject_span = holder.text, holder.text, (holder.start, holder.end)
            if q.unit in asm.held_event_units or q.unit == "批次":
                # (组织职业技能等级认定186批次: the rounds of the work, not the verb that organised them)
                verbs = list(asm._event_verb_re.finditer(d.metric))
                if verbs and verbs[-1].end() < len(d.metric):
                    # 区市场监管局全年举办标准化专题培训8场: the events held, not who held them nor the verb
                    d.metric = d.metric[verbs[-1].end():]
            kept.append(d)
        return kept

    def _event_holder(self, q: Quantity) -> Entity | None:
        """The body at the head of the clause that held the events counted by ``q`` (举办, 组织,
        办理 between the body and the count, no other body or zone named between), or None."""
        holder = next((e for e in reversed(self._acting_bodies) if e.end <= q.start), None)
        if holder is None or self.asm._event_verb_re.search(self.text, holder.end, q.start) is None:
            return None
        if any(holder.end <= e.start < q.start for e in self.entities if e.label in ("ORG", "ZONE")):
            return None
        heads = self.asm.generic_subject_prefixes
        time_end_at = {start: end for end, start in self._time_ends.items()}
        for m in self.asm._clause_mark_re.finditer(self.text, holder.end, q.start):
            head = time_end_at.get(m.end(), m.end())
            if self.text.startswith(heads, head):
                return None  # 司法所所长介绍,2026年高新区力争…开展活动50场: the zone's plan, no body's events
        return holder

    def _years_in_turn(self, drafts: list[_Draft]) -> None:
        """2023年至2025年,…分别实现地区生产总值391.72亿元、412.35亿元和438.06亿元: as many values of
        one metric as the span has years, listed with 分别, are the years' in turn."""
        k = 0
        while k < len(drafts):
            first = drafts[k]
            span = _YEAR_SPAN.fullmatch(first.period or "")
            j = k + 1
            while j < len(drafts) and drafts[j].metric == first.metric and drafts[j].period == first.period:
                j += 1
            anchor = first.quantity.start if first.quantity is not None else first.change.start if first.change else -1
            if j - k >= 2 and anchor >= 0 and self.text.find("分别", self.sentence.start, anchor) >= 0:
                if span is not None and j - k == int(span.group(2)) - int(span.group(1)) + 1:
                    for year, d in enumerate(drafts[k:j], start=int(span.group(1))):
                        d.period = str(year)
                elif (years := self._years_listed(anchor, j - k)) is not None:
                    for year, d in zip(years, drafts[k:j], strict=False):
                        d.period = year
            k = j

    def _average_rates(self, drafts: list[_Draft]) -> None:
        """营业收入分别为A、B和C,年均复合增长率为35.91%: an average annual rate named after a level's
        values is that level's growth (basis unspecified), over the years its values are of."""
        for k, d in enumerate(drafts):
            q = d.quantity
            if q is None or q.kind != "percent" or d.metric not in _AVERAGE_RATE_WORDS or k == 0:
                continue
            level = drafts[k - 1]
            if level.quantity is None or level.change is not None or level.sentence != d.sentence:
                continue
            years = sorted({e.period for e in drafts[:k] if e.metric == level.metric and e.period and e.period.isdigit()})
            d.metric, d.metric_start, d.quantity = level.metric, level.metric_start, None
            d.subject, d.subject_text, d.subject_span = level.subject, level.subject_text, level.subject_span
            d.change = _new_change(start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                                   direction="up", basis="unspecified")
            if len(years) >= 2:
                d.period = f"{years[0]}/{years[-1]}"

    def _years_listed(self, anchor: int, count: int) -> list[str] | None:
        """The ``count`` years a list names for the values after 分别 at ``anchor``: listed in the
        sentence before them (2024年度、2025年度和2026年度,公司营业收入分别为A、B和C), or, where the
        sentence names no time before them, defined for the page above (报告期内(2024年度、2025年度和
        2026年度,下同))."""
        own = [r for r in _year_runs([t for t in self.times if t.end <= anchor], self.text) if len(r) >= 2]
        if own:
            run = own[-1]
        elif any(t.start < anchor and t.period for t in self.times):
            return None
        else:
            run = next((r for r in reversed(self.years_defined) if r[-1].end <= anchor), None)
            if run is None:
                return None
        return [t.period for t in run] if len(run) == count else None

    def _column_cell(self, q: Quantity, cell: Cell, drafts: list[_Draft]) -> _Draft | None:
        """A number of a column table: the value of its row's name, its column's label the metric
        (潍坊高新区|398.2 under 地区生产总值(亿元)); under a bare change label (同比增长(%)) the
        growth of the column before; under a change label that names its metric (固定资产投资同比
        增长(%)) a growth of its own."""
        column = cell.column
        if column.unit == RANK:
            return self._rank_cell(q, cell)
        if column.place is not None:
            # 工项|仁大工业区|大社工业区 / 路面刨除加铺(万平方米)|7.9|4.8: the row's metric, the column's zone
            draft = self._draft(q, cell.row_name, cell.row_name_start, q.start)
            draft.subject, draft.subject_text, draft.subject_span = column.place, None, None
            return draft
        if column.period is not None:
            if cell.level_start is not None:
                # 同比(%)  -12.4  6.1 under 营业总收入(百万元): each the growth of the level above it
                draft = self._draft(None, cell.row_name, cell.row_name_start, q.start)
                draft.change = _new_change(start=q.start, end=q.end, text=q.text, value=q.value, unit=q.unit,
                                           direction="down" if cell.falls else "up", basis="yoy")
                draft.change_of = cell.level_start
                return draft
            # 总资产  4,362,815.47  … under 2025年末/度: the row names the metric, the column its year
            # (合计 under 表1 南岗工业区受理案件统计: the rows' kinds together, what the caption counts)
            total_of = self._caption_kind(column.caption) if cell.row_name in self.asm.sum_words else None
            metric = total_of or cell.row_name
            if total_of is None and cell.names_label in self.asm.qualifier_headers:
                # 国籍|115年6月底(人) / 印尼|3,872 under 表1 树谷园区产业移工人数(依国籍): the caption's measure
                # of the row's group (印尼产业移工人数)
                metric += self._caption_kind(column.caption) or ""
            draft = self._draft(q, metric, cell.row_name_start, q.start)
            draft.period = column.period
            if column.estimate:
                draft.status = "forecast"  # 2026E: a research report's estimate
            return draft
        if column.label in self.asm.weight_columns:
            return None  # 分值(分): what an indicator is worth, the evaluation's design, no result
        # 产业|产值(亿元)|…: rows of industries are parts of the page's subject, the row's name a
        # part of the metric (新能源汽车及零部件产值), not a subject of its own
        # (职业(工种): a header with another name for its kind in brackets is still that kind)
        kind_label = _BRACKETED_END.sub("", cell.names_label) or cell.names_label
        kinds = kind_label in self.asm.category_headers or kind_label.endswith(self.asm.category_header_endings)
        # 年度|营业额(亿元)|…: rows of years are the page's subject's figures in each year
        years = cell.names_label in YEAR_NAMES
        prefix = cell.row_name if kinds and cell.row_name not in self.asm.sum_words else ""  # (合计: all the kinds)
        if column.change_of is None:
            label, status = self._with_caption_measure(column.label, column.caption), None
            cue = self.asm._forecast_re.match(label)
            if cue is not None and cue.end() < len(label):
                label, status = label[cue.end():], "forecast"  # 预估僱用人数(人): a forecast of 僱用人数
            draft = self._draft(q, _row_and_column(prefix, label), cell.row_name_start, q.start)
            if status is not None:
                draft.status = status
            elif column.target:
                draft.status = "target"  # 单位|年度目标|完成值: the row's target for the year
            elif column.caption and self.asm._target_re.search(column.caption) \
                    and not (self.asm._not_status_cue_re and self.asm._not_status_cue_re.search(column.caption)):
                draft.status = "target"  # 各校招生计划如下: / 学校|…|招生人数(人): the rows of a plan
        else:
            falls = cell.falls or (q.value is not None and (q.value < 0 or column.label.endswith(("下降", "减少"))))
            change = _new_change(start=q.start, end=q.end, text=q.text, value=abs(q.value) if q.value is not None else None,
                                 unit=q.unit, direction="down" if falls else "up",
                                 basis=column.basis or ("yoy" if column.yoy else "unspecified"))
            if not column.change_of:
                # (指标|2025年|2024年|增减: a difference is the latest year's change, wherever its column is)
                level = next((d for d in reversed(drafts) if d.sentence == self.sentence and d.quantity is not None
                              and (before := self.table_cells.get(d.quantity.start)) is not None
                              and (before.column_index == cell.column_index - 1 if cell.level_start is None
                                   else before.start == cell.level_start)), None)
                if level is not None and level.change is None:
                    level.change = change
                    return None
                if level is not None or (column.months is None and not column.row_growth) or not prefix:
                    return None
                # 规模以上工业增加值|—|—|7.8 under 1—9月|同比增长(%): the row's growth alone (set 104);
                # under 绝对值|同比增长(%), for the caption's period (set 116)
                draft = self._draft(None, prefix, cell.row_name_start, q.start)
                draft.change = change
            else:
                draft = self._draft(None, prefix + column.change_of, cell.row_name_start, q.start)
                draft.change = change
        if years:
            draft.period = cell.row_name
            return draft
        if column.year is not None:
            draft.period = column.year  # 2025年营业收入(亿元): the column's own year
        if column.months is not None and column.months[0] < column.months[1] <= 12:
            year = self._year_in_context()  # 1至10月核發補貼(萬元): the months of the year in context
            draft.period = f"{year}-{column.months[0]:02d}/{year}-{column.months[1]:02d}" if year.isdigit() else draft.period
        if column.month is not None:
            # 品种|3月均价(元/公斤)|2月均价: the month of the year in context
            year = self._year_in_context()
            draft.period = f"{year}-{column.month:02d}" if year.isdigit() else draft.period
        if cell.names_label in QUARTER_NAMES:
            # 季别|处理水量 / 第1季|392.6: the quarter of the year in context (a total row: the year)
            year = self._year_in_context()
            quarter = _QUARTER_ROW.fullmatch(cell.row_name)
            if year.isdigit() and quarter is not None:
                n = _QUARTER_NUMBER[quarter.group(1)]
                draft.period = f"{year}-{3 * n - 2:02d}/{year}-{3 * n:02d}"
            elif year.isdigit() and cell.row_name in self.asm.sum_words:
                draft.period = year
            return draft
        if cell.names_label in SEASON_NAMES:
            return draft  # 季节|平均气温 / 春季(3—5月)|24.6: the page's subject's, in the months the row names
        if cell.names_label in MONTH_NAMES:
            # 月份|客运量(万人次) / 2月|88.1: the page's subject's figure of that month of the year in
            # context; a total row (合计) the months of the table together
            draft.period = self._month_row_period(cell)
            return draft
        if kinds or cell.row_name in self.asm.sum_words:
            return draft  # (合计 under rows of parks: all of them, the page's subject)
        draft.subject = cell.row_name
        draft.subject_text, draft.subject_span = cell.row_name, (cell.row_name_start, cell.row_name_end)
        return draft

    @staticmethod
    def _past_zone_words(words: str, heads: Sequence[str]) -> int:
        """Where ``words`` go on past the last zone word (or class) in them, the longest one where
        two end alike (园区 of 树谷园区, not its 园); 0 when there is none."""
        return max((cut + len(h) for h in heads if (cut := words.rfind(h)) >= 0), default=0)

    def _with_caption_measure(self, label: str, caption: str | None) -> str:
        """A column named only by its verb (累计建成（个）, 当年新建（个）) under a caption that names
        what is counted (2025年全区5G基站建设情况) counts that: 累计建成5G基站."""
        verb = _COLUMN_TIME_WORDS.sub("", label)
        if not caption or verb not in self.asm.flow_verbs:
            return label
        measure = _CAPTION_MEASURE.fullmatch(caption.strip())
        return label + measure.group("measure") if measure is not None else label

    def _caption_kind(self, caption: str) -> str | None:
        """What a table's caption says its rows count, past its number and the zone it is of, less
        the words for a table (表1 南岗工业区受理案件统计 → 受理案件)."""
        words = caption[_TABLE_NUMBER.match(caption).end():]  # type: ignore[union-attr]
        words = words[self._past_zone_words(words, self.asm.zone_heads):]
        words = _CAPTION_TAIL.sub("", _CAPTION_NOTE.sub("", words))  # (…人数(依国籍): how the rows are cut)
        return words if 2 <= len(words) <= 12 and _HAN_ONLY.fullmatch(words) else None

    def _year_in_context(self) -> str:
        """The year a table's rows or columns of months and quarters are in: the paragraph's, else
        the one named last, else the page's; "" when none is known."""
        return (self.carried or self.year_context or "")[:4]

    def _month_row_period(self, cell: Cell) -> str | None:
        year = self._year_in_context()
        if not year.isdigit():
            return None
        month = _MONTH_ROW.fullmatch(cell.row_name)
        if month is not None:
            return f"{year}-{int(month.group(1)):02d}"
        if cell.row_name not in self.asm.sum_words:
            return None
        months = [int(m.group(1)) for c in self.table_cells.values() if c.column is cell.column
                  and (m := _MONTH_ROW.fullmatch(c.row_name)) is not None]
        return f"{year}-{min(months):02d}/{year}-{max(months):02d}" if months else None

    def _label_line_above(self, pos: int) -> tuple[int, int] | None:
        """The label on the line above a value that opens its own line (an infographic's panel:
        地区生产总值 / 786.4亿元 ↑6.8%): the label is the metric."""
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        if text[line:pos].strip(" \t") or line == 0:
            return None
        m = _LABEL_LINE.fullmatch(text, text.rfind("\n", 0, line - 1) + 1, line - 1)
        return m.span("label") if m is not None else None

    def _compared_with_other(self, q: Quantity) -> str | None:
        """The zone, place or company a multiple compares with, when the clause is only that (,是
        前海的近6倍), with its verb as written (是前海; 约为全国平均水平的2.3倍: 为全国平均水平), else None."""
        m = _MULTIPLE_OF.fullmatch(self.text, self._clause_start(q.start), q.start)
        if m is None:
            return None
        other = m.span("other")
        if _WHOLE_AVERAGE.fullmatch(m.group("other")) or any((e.start, e.end) == other for e in self.entities) \
                or (m.group("verb") == "相当于"
                    and any(e.start == other[0] and e.label in ("GPE", "ZONE", "ORG") for e in self.entities)):
            # (相当于香港同年本地研发总开支的18倍: another place's measure, as a whole's average is)
            return m.group("verb") + m.group("other")  # (是全市平均水平的4.3倍: the whole's average)
        return None

    def _field_label(self, pos: int) -> tuple[int, int] | None:
        """The label of a form's field the value at ``pos`` follows (总投资:32亿元, 达产后产值:预计年产值
        约45亿元 has its own words), or of the numbered indicator line it stands on when only times
        and words such as 累计完成 come between (2. 规上工业总产值:1—5月累计完成187.9亿元,…;5月当月
        完成42.8亿元): the label is the metric."""
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        m = _FIELD_VALUE.fullmatch(text, line, pos)
        if m is None:  # …有限公司,投标报价:11268.37万元: a field after a comma
            comma = max(text.rfind(",", line, pos), text.rfind("，", line, pos))
            m = _FIELD_VALUE.fullmatch(text, comma + 1, pos) if comma >= 0 else None
        if m is not None:
            return m.span("label")
        m = _ITEM_LABEL.match(text, line, pos)
        if m is None:
            return None
        start = max(m.end(), self._clause_start(pos))
        cover = self._time_cover
        residue = "".join(ch for i, ch in enumerate(text[start:pos], start) if i not in cover)
        return m.span("label") if self.asm._item_filler_re.fullmatch(residue) else None

    def _before_note(self, pos: int) -> int:
        """Where the metric before a value ends, past a note in brackets right before the value
        (A类高新区(85分及以上)2家: the class, then its band), or before the copula after it
        (温室气体排放总量(范围一及范围二)为41,260吨); past what the value is per (排放密度为每百万元收入
        22.2吨: the density's)."""
        before = self.text[max(self.sentence.start, pos - 12):pos]
        if ")" not in before and "）" not in before and "每" not in before:
            return pos  # (no note, no per: the common case, one look)
        per = _PER_BEFORE.search(self.text, max(self.sentence.start, pos - 12), pos) if "每" in before else None
        if per is None and "每" in before:
            per = _PER_UNIT_BEFORE.search(self.text, max(self.sentence.start, pos - 12), pos)
        if per is not None:
            return per.start()
        end = pos
        copula = _COPULA_BEFORE.search(self.text, max(self.sentence.start, pos - 3), pos)
        if copula is not None and self.text[copula.start() - 1 : copula.start()] in (")", "）"):
            end = copula.start()
        if self.text[end - 1 : end] not in (")", "）"):
            return pos
        m = _NOTE_BEFORE.search(self.text, max(self.sentence.start, end - 24), end)
        return m.start() if m is not None else pos

    def _rank_cell(self, q: Quantity, cell: Cell) -> _Draft:
        """A rank of a column of ranks (高新区|综合得分(分)|全省位次|较上年): the row's, its metric the
        ranked thing the caption names (2025年度综合评价前10名…) + the column's scope + 排名, and its
        move in the row after it (上升1位: the number's direction, down) its change."""
        ranked = _RANKED_IN_CAPTION.search(cell.column.caption)
        metric = (ranked.group("what") if ranked else "") + _RANK_WORD.sub("排名", cell.column.label)
        draft = self._draft(q, metric, cell.row_name_start, q.start)
        draft.subject = cell.row_name
        draft.subject_text, draft.subject_span = cell.row_name, (cell.row_name_start, cell.row_name_end)
        row_end = self.text.find("\n", q.end)
        row_end = len(self.text) if row_end < 0 else row_end
        for moved in self.quantities:
            if q.end < moved.start < row_end and moved.unit == "位":
                verb = self.asm._rank_move_word_re.search(self.text, q.end, moved.start)
                if verb is not None:
                    draft.change = _new_change(start=moved.start, end=moved.end, text=moved.text, value=moved.value,
                                               unit=moved.unit, direction=self.asm.rank_moves[verb.group()],
                                               basis="since")
                    self._consumed.add(moved.start)
                break
        return draft

    def _parallel_item(self, q: Quantity, previous: _Draft | None) -> _Draft | None:
        """兰州大学在区内转化科技成果41项,兰州理工大学28项: a clause of a name and a figure alone,
        after a claim of the sentence in the same unit, is that claim's measure of the one named."""
        if previous is None or previous.sentence != self.sentence or previous.quantity is None \
                or previous.quantity.unit != q.unit or q.start in self.table_cells:
            return None
        clause = self._clause_start(q.start)
        named = (*self.entities, *self._bodies)
        if clause <= previous.quantity.start or previous.subject_span is None \
                or not any(e.start == previous.subject_span[0] for e in named):
            return None  # (…机构3家、广东省实验室1家: kinds of bodies counted, after the zone's claim)
        item = next((e for e in named if e.start == clause and e.end == q.start), None)
        if item is None:
            return None
        draft = self._draft(q, previous.metric, previous.metric_start, q.start)
        draft.subject, draft.subject_text, draft.subject_span = item.text, item.text, (item.start, item.end)
        return draft

    def _conversion_of(self, previous: _Draft, q: Quantity) -> bool:
        """Whether ``q`` is the amount of the claim before in another currency (or unit), in brackets
        right after it (合同外资2.8亿美元(约21.8亿港元), 面积2816亩(约187.7公顷)) or after a comma and a
        word that says so (新台币2兆4,860亿元,约合790.2亿美元), maybe after the amount's growth."""
        amount = previous.quantity
        return (
            amount is not None and q.kind == amount.kind and q.kind in _CONVERTIBLE and amount.unit != q.unit
            and (
                (self.asm._conversion_re.fullmatch(self.text, amount.end, q.start) is not None
                 and self.asm._conversion_end_re.match(self.text, q.end) is not None)
                or self.asm._conversion_after_comma_re.fullmatch(self.text, amount.end, q.start) is not None
                # (进出口总值128.6亿元人民币,同比增长23.7%,折合18.02亿美元: after the amount's growth)
                or (previous.change is not None and amount.end <= previous.change.start < previous.change.end <= q.start
                    and self.asm._conversion_after_comma_re.fullmatch(self.text, previous.change.end, q.start) is not None)
            )
        )

    def _flow_before_list(self, pos: int) -> str:
        """The flow verb that opens the list ending at ``pos`` (the 等 before the class counted:
        新引进|电池、电驱、热管理|等), with 新 before it; "" when the clause has none or no list."""
        clause = self._clause_start_past_lists(pos)
        at, verb = max(((self.text.rfind(v, clause, pos), v) for v in self.asm.list_flow_verbs), default=(-1, ""))
        end = at + len(verb)
        if at < 0 or "、" not in self.text[end:pos]:
            return ""
        if self.text[at - 1 : at] == "新" and not verb.startswith("新"):
            at -= 1
        return self.text[at:end]

    def _qualified(self, metric: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
        """The metric with what qualifies it from before its verb or its amount:
        - an industry before 实现/完成 (生物医药产业实现产值720亿元 → 生物医药产业产值);
        - a class of firms before the time (港资企业去年营业收入486亿港元 → 港资企业营业收入);
        - an amount that names the class counted (投资额超10亿元项目9个 → 投资额超10亿元项目,
          营业收入超千亿元的开发区达到2个 → 营业收入超千亿元的开发区);
        - an industry as a list item's label (▶ 集成电路：产业规模1958亿元 → 集成电路产业规模)."""
        text, start = self.text, span[0]
        if metric.startswith(("产业", "行业")) and text[start - 1 : start] in (":", "：") \
                and (label := _BULLET_LABEL.search(text, max(0, start - 12), start - 1)) is not None:
            return label.group(1) + metric, (label.start(1), span[1])
        after_time = self._past_sum_word(start)  # (上市公司今年1—3月合计营收: past the 合计)
        if after_time in self._time_ends:
            # 区内港资企业去年营业收入…: the class of firms before the time is whose revenue it is
            owner = self.metric_left(self._time_ends[after_time])
            if owner is not None and text.endswith(self.asm.firm_class_heads, owner[0], owner[1]) \
                    and text[owner[0]:owner[1]] not in self.asm.bare_firm_words \
                    and text[owner[0]:owner[1]] not in self.asm.subject_words \
                    and not _POINTING_BACK.match(text, owner[0]):  # (园区企业去年…, 该企业2022年…: the subject)
                return text[owner[0]:owner[1]] + metric, (owner[0], span[1])
        i = bisect_right(self.token_ends, start) - 1
        if i >= 1 and self.token_ends[i] == start and self.words[i] in self.asm.industry_verbs:
            industry = self.metric_left(self._past_sum_word(self.token_starts[i]))  # (上市公司去年合计实现营业收入)
            if industry is not None and text.endswith(self.asm.industry_heads + self.asm.firm_class_heads, industry[0], industry[1]) \
                    and text[industry[0]:industry[1]] not in self.asm.bare_firm_words \
                    and text[industry[0]:industry[1]] not in self.asm.subject_words:  # (韩资企业实现营业收入 too; 受访企业: the subject)
                return text[industry[0]:industry[1]] + metric, (industry[0], span[1])
            topic = _INDUSTRY_TOPIC.match(text, self.sentence.start)
            if topic is not None \
                    and _TIME_OR_NOTHING.fullmatch(text, self._clause_start(start), self.token_starts[i]) is not None:
                # 钛及钛合金产业是我们的“王牌”,全年实现产值436亿元: the industry the sentence opens
                # with, as its topic, is what produced it
                return topic.group("industry") + metric, span
        if metric.startswith(self.asm.flow_verb_tuple) and i >= 0 and self.token_ends[i] == start:
            # 文旅会展商贸产业接待旅客486万人次: the industry that did it, right before the flow verb
            industry = self.metric_left(start)
            if industry is not None and text.endswith(self.asm.industry_heads, industry[0], industry[1]) \
                    and text[industry[0]:industry[1]] not in self.asm.subject_words \
                    and text[industry[0]:industry[1]] not in self.asm.industry_heads:  # (全区工业新增…: no industry named)
                return text[industry[0]:industry[1]] + metric, (industry[0], span[1])
        industry = self._industry_with_cause(metric, start)
        if industry is not None:
            return industry + metric, span
        for q in self.quantities:
            after = self._after_number(q) if q.kind == "money" else -1
            if after >= 0 and (q.end == start or after == start or (text.startswith("的", after) and after + 1 == start)) \
                    and self.is_descriptive(q):  # (营业收入超千亿元的开发区达到2个: after 的 too)
                owner = self.metric_left(q.start)
                first = owner[0] if owner is not None else q.start
                k = bisect_right(self.token_ends, first) - 1
                verb = self._flow_verb_at(k) if k >= 0 and self.token_ends[k] == first and owner is None else None
                if verb is not None:
                    first -= len(verb)  # 引进亿元以上项目41个: the flow verb before the amount class
                return text[first:start] + metric, (first, span[1])
        return metric, span

    def _base_level(self, q: Quantity, previous: _Draft | None) -> _Draft | None:
        """…可望突破新台币1兆元,较去年全年的新台币8,702亿元成长约15%: the level compared with, written
        with its time, is a claim of its own, of that time (the 8,702亿元 of 2025); the change after
        it is the level's before it, whose quantity it takes."""
        if previous is None or previous.quantity is None or previous.sentence != self.sentence \
                or previous.change is not None or q.kind != previous.quantity.kind or q.unit != previous.quantity.unit:
            return None
        # (the currency written before the amount is inside the money span: 较去年全年的|新台币8,702亿元)
        base = _COMPARED_WITH_TIME.search(self.text, max(self.sentence.start, q.start - 9), q.start)
        if base is None:
            return None
        time = next((t for t in self._time_spans if base.start() < t.start and t.end <= q.start and t.period), None)
        period = _period_of(time, self.text) if time is not None else None
        if period is None:
            return None
        # the next quantity, a change written right after the level (…8,702亿元成长约15%)
        grown = next((c for c in self.quantities if c.start >= q.end), None)
        if grown is None or grown.start - q.end > 6 or _NO_CLAUSE_MARK.fullmatch(self.text, q.end, grown.start) is None:
            return None
        change = self.change_of(grown)
        if change is None:
            return None
        same_period = "同期" in base.group()
        if change.basis == "unspecified" or same_period:  # (the basis is written before the level compared with)
            change = change.model_copy(update={"basis": "yoy" if same_period else "since"})
        if same_period and previous.period and _WITHIN_A_YEAR.fullmatch(previous.period) \
                and previous.period[:4].isdigit() and period == str(int(previous.period[:4]) - 1):
            period = previous.period.replace(previous.period[:4], period)  # 比去年同期的…: the same months a year before
        previous.change = change
        self._consumed.add(grown.start)
        draft = self._draft(q, previous.metric, previous.metric_start, q.start)
        draft.period, draft.status = period, "actual"
        draft.subject, draft.subject_text, draft.subject_span = previous.subject, previous.subject_text, previous.subject_span
        return draft

    def _level_before_bracketed_part(self, drafts: list[_Draft], level_end: int) -> _Draft | None:
        """The level right before a bracketed part (…52386人(其中外籍专业人员1,026人)) when the
        last claim is that part and ``level_end``, its end, closes the bracket: what a change after
        the bracket is of."""
        if len(drafts) < 2 or self.text[level_end : level_end + 1] not in (")", "）"):
            return None
        part, outer = drafts[-1], drafts[-2]
        if part.quantity is None or outer.quantity is None or outer.change is not None or outer.sentence != self.sentence:
            return None
        opening = outer.quantity.end
        if self.text[opening : opening + 1] not in ("(", "（") or not self.text.startswith("其中", opening + 1) \
                or not opening < part.quantity.start < level_end:
            return None
        return outer

    def _industry_with_cause(self, metric: str, start: int) -> str | None:
        """今年前三季积体电路产业受惠于…需求强劲,营业额年增22.4%: the industry the sentence opens
        with (after its time), before what drove it, is whose output the clause's bare metric is."""
        if metric not in self.asm.industry_output_words or start == self.sentence.start:
            return None
        clause = self._clause_start(start)
        if start != clause:
            # 积体电路产业1至10月营业额…: the industry opening the clause, then the months, then its output
            time_start = start
            while time_start > clause and time_start - 1 in self._time_cover:
                time_start -= 1
            named = _INDUSTRY_BEFORE_TIME.fullmatch(self.text, clause, time_start) if time_start < start else None
            return named.group("industry") if named is not None else None
        # (a bare output word that opens a clause after the sentence's first, or after its reporter's
        # clause: 管理局指出,今年前三季积体电路产业受惠于…)
        for opening in dict.fromkeys((self.sentence.start, self._clause_start(start - 1))):
            while opening < start and opening in self._time_cover:
                opening += 1  # (past the sentence's time: 今年前三季)
            cause = _INDUSTRY_WITH_CAUSE.match(self.text, opening, start)
            if cause is not None:
                return cause.group("industry")
        return self._industry_named_before(start)

    def _industry_named_before(self, start: int) -> str | None:
        """跑得最快的是机器人和智能制造产业,产值达428.6亿元: the industry the clause before names
        as what it is about, whose output the clause's bare metric is."""
        named = _INDUSTRY_NAMED_BEFORE.fullmatch(self.text, self.sentence.start, start)
        return named.group("industry") if named is not None else None

    def _past_sum_word(self, pos: int) -> int:
        """Where a sum word ending at ``pos`` starts (合计, 共计: the class's firms together), else ``pos``."""
        j = bisect_right(self.token_ends, pos) - 1
        return self.token_starts[j] if j >= 0 and self.token_ends[j] == pos and self.words[j] in self.asm.sum_words else pos

    def _past_gloss(self, metric: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
        """A(守信激励)企业412家: the metric goes on past a gloss in brackets inside it, which is
        left out (A级企业); not past a name's (湘潭高新区(国家级)…: the subject's)."""
        if self.text[span[0] - 1 : span[0]] not in (")", "）") and self.text[span[0] - 2 : span[0]] not in (")的", "）的"):
            return metric, span
        gloss = _GLOSS_BEFORE.search(self.text, max(self.sentence.start, span[0] - 12), span[0])
        if gloss is None:
            return metric, span
        head = self.metric_left(gloss.start())
        if head is None or head[1] != gloss.start() or head[1] - head[0] > 8 \
                or any(e.start < head[1] and head[0] < e.end for e in self.entities):
            return metric, span
        return self.text[head[0]:head[1]] + gloss.group("of") + metric, (head[0], span[1])

    def _listed_flow(self, metric: str, span: tuple[int, int], previous: _Draft | None, q: Quantity | None = None) -> str:
        """新获批国家级孵化器3家、省级孵化器8家: an item of a list takes the flow verb of the item
        before it (新获批省级孵化器), the verb being written once for the list."""
        if previous is None or previous.quantity is None or previous.sentence != self.sentence:
            return metric
        # (not into a part after 其中: 新签约亿元以上项目32个,其中10亿元以上项目5个, as annotators
        # of sets 6-9 write it)
        between = self.text[previous.quantity.end:span[0]]
        if between != "、" and not (previous.quantity.kind == "count" and _LIST_MARK_PAST_BOUND.fullmatch(between)):
            return metric  # (新增国家高新技术企业150家以上、科技型中小企业500家以上: past a count's bound)
        if q is not None and (q.kind != previous.quantity.kind or metric.startswith(self.asm.own_verbs)
                              or self.asm._level_verb_between_re.fullmatch(self.text, span[1], q.start)):
            # 引进厂商60家、年营业额达…500亿元、创造就业机会8,000个: items with verbs of their own
            return metric
        verb = next((f"新{v}" if previous.metric.startswith(f"新{v}") else v for v in self.asm.flow_verbs
                     if previous.metric.startswith((v, f"新{v}")) and len(previous.metric) > len(v) + 1), "") \
            if not previous.metric.startswith(self.asm.flow_verb_nouns) else ""  # (孵化载体19家、在孵企业697家)
        if "的" not in metric and (shared := self._shared_head(previous.metric)) and shared.startswith(verb):
            # 开通跨省直接结算的定点医疗机构46家、定点零售药店187家; 改造涉及老旧小区38个、居民用户…:
            # what the first item says of itself before its noun is said of every item
            return shared + metric if not metric.startswith(shared) else metric
        return verb + metric if verb and not metric.startswith(verb) else metric

    def _shared_head(self, metric: str) -> str:
        """The words before the noun of a list's first item that its other items share: through
        its 的 (开通跨省直接结算的|定点医疗机构) or through a verb of scope (改造涉及|老旧小区)."""
        of = metric.rfind("的")
        if 2 <= of < len(metric) - 2:
            return metric[: of + 1]
        scope = next((m for m in self.asm._scope_verb_re.finditer(metric) if 0 < m.start() and m.end() < len(metric) - 1), None)
        return metric[: scope.end()] if scope is not None else ""

    def _split_total(self, metric: str, span: tuple[int, int], q: Quantity, previous: _Draft | None) -> str:
        """现场签约项目9个,总投资46.8亿元: a bare total right after a count of projects is the
        total of those projects (现场签约项目总投资)."""
        if previous is None or previous.quantity is None or previous.sentence != self.sentence:
            return metric
        if q.kind != "money":
            # 划设低空航线38条、总里程612公里: the measure of all the things just counted
            if metric in self.asm.split_measure_totals and previous.quantity.kind == "count" \
                    and self.text[previous.quantity.end:span[0]] in (",", "，", "、") and not _measure_after_people(q, previous):
                owner = previous.metric
                counted = next((w for w in self.asm.count_words_longest if owner.endswith(w) and len(owner) > len(w)), "")
                return owner[: len(owner) - len(counted)] + metric  # (摄影棚总数…,总面积: 摄影棚总面积)
            return metric
        if metric.startswith("涉及") and metric[2:] in self.asm.split_totals:
            metric = metric[2:]  # 9家半导体企业落户,涉及投资额约8亿港元: the investment those firms bring
        if metric in self.asm.goods_values and previous.quantity.kind in ("mass", "volume", "count"):
            pass  # 进口锂精矿68.5万吨,货值约8.9亿澳元: the goods' value
        elif metric not in self.asm.split_totals or previous.quantity.kind != "count" \
                or not previous.metric.endswith(self.asm.split_total_owners):
            return metric
        between = self.text[previous.quantity.end:span[0]]
        # (高新技术企业31家,获得补助资金431.8万元: what those firms received)
        joined = between in (",", "，", "、") or (between[:1] in (",", "，") and between[1:] in self.asm.paid_out_verbs) \
            or (between[-1:] in (",", "，") and _NO_CLAUSE_MARK.fullmatch(between, 0, len(between) - 1) is not None
                and self._deed_after(previous.quantity) == previous.metric)  # (8个项目现场签约,总投资42.6亿元)
        return previous.metric + metric if joined else metric

    def _without_flow_verb(self, metric: str) -> str:
        """新增市场主体 → 市场主体: the stock whose arrivals a flow metric counts."""
        verb = next((v for v in self.asm.flow_verbs if metric.startswith(v) and len(metric) > len(v)), "")
        if not verb and metric.startswith("新"):  # 新开通, 新获评: the verb with its 新
            verb = next((f"新{v}" for v in self.asm.flow_verbs if metric.startswith(v, 1) and len(metric) > len(v) + 1), "")
        return metric[len(verb):]

    def _zones_counted(self, q: Quantity) -> _Draft | None:
        """全省国家高新区达到3家、省级高新区达到15家: how many zones of a level the place has. The
        zones are the metric, the place of the subject word (or, in a later item of the list, of
        the page) the subject."""
        if q.kind != "count" or q.unit not in self.asm.zone_count_measures:
            return None
        clause_start = self._clause_start(q.start)
        item_start = max(clause_start, self.text.rfind("、", clause_start, q.start) + 1)
        m = self.asm._zones_counted_re.fullmatch(self.text, item_start, q.start)
        if m is None or (m.group("word") is None and self.text[item_start - 1 : item_start] != "、"):
            return None  # a later item of the list needs no subject word; the first one does
        place = (self._place_of_level(m.group("word")) if m.group("word") else None) or self.main
        if place is None or place.endswith(self.asm._zone_words):
            return None
        draft = self._draft(q, m.group("zone"), m.start("zone"), q.start)
        if m.group("word"):
            draft.subject, draft.subject_text, draft.subject_span = place, m.group("word"), m.span("word")
        else:
            draft.subject = place
        return draft

    def _cumulative_total(self, q: Quantity) -> bool:
        """累计达到30家: a clause of only a cumulative word and a copula gives the running total."""
        clause = self.text[self._clause_start(q.start):q.start]
        return self.asm._cumulative_copula_re.fullmatch(clause) is not None

    def _superlative_before(self, q: Quantity) -> tuple[int, int] | None:
        """The metric of the clause before, where it ends with a superlative (装置容量最高) and the
        value's clause is only a copula (,达10.6万瓩); else None."""
        clause_start = self._clause_start(q.start)
        if clause_start <= self.sentence.start or _COPULA_ONLY.fullmatch(self.text, clause_start, q.start) is None:
            return None
        end = clause_start - 1
        word = next((w for w in _SUPERLATIVES if self.text.endswith(w, 0, end)), None)
        if word is None:
            return None
        if _inside_a_word(end - len(word), self.token_starts, self.token_ends):
            # 进用人|数最多: the superlative starts a word of its own
            _cut_at(self.words, self.token_starts, self.token_ends, self.text, [end - len(word)])
            self._breaks = [None] * len(self.words)
        span = self.metric_left(end - len(word))
        return span if span is not None and span[1] == end - len(word) else None

    def _elliptical(self, q: Quantity) -> bool:
        """2015年为197家, 南京高新区达到6800亿元: a clause with only a time or a subject and a
        copula repeats the metric before it."""
        clause_start = self._clause_start(q.start)
        clause = self.text[clause_start:q.start]
        for t in (*self.times, *self.entities):
            if t.start >= clause_start and t.end <= q.start:
                clause = clause.replace(t.text, "")
        return _COPULA_ONLY.fullmatch(clause) is not None

    def _adjacent(self, end: int, start: int) -> bool:
        """Only punctuation, basis and verb words between a level and its change."""
        between = _NOTE_IN_BRACKETS.sub("", self.text[end:start])  # (约41.3亿元(未经审计),同比增长16.8%)
        if "\n" in between:
            between = _SUBTITLE_BREAK_AND_CODE.sub("", between)  # (…286.4亿元 / 00:11 同比增长7.9%)
        stripped = self.asm._change_filler.sub("", between)
        return stripped == "" or bool(_COMPARISON.fullmatch(stripped))

    def _level_before(self, drafts: list[_Draft], previous: _Draft | None) -> _Draft | None:
        """What a share after a comparison is a share of: 总产值918.3亿元,…增速高于全市3.2个百分点,
        占全市…的37.5%: the level, not the comparison between them."""
        compared = self.asm.comparison_verbs
        if previous is not None and previous.quantity is not None and previous.quantity.kind == "money" \
                and _SHARE_OF_AMOUNT.match(self.text, previous.quantity.end, self.sentence.end):
            # 进口锂精矿68.5万吨,货值约8.9亿澳元,占全区锂精矿进口量的近七成: a share of a 量 is of
            # the amount of goods, not of their value
            amount = next((d for d in reversed(drafts) if d.quantity is not None and d.sentence == self.sentence
                           and d.quantity.kind not in ("money", "percent")), None)
            if amount is not None:
                return amount
        if previous is not None and (previous.share or previous.completion):
            # 出口值…,占全体产业园区出口值的58.3%,…,约占全国出口总值的2.8%: a second share is of the level too
            # (收入完成286.4亿元,完成调整预算的101.2%,…约占全市的17.8%: past the level's completion)
            level = next((d for d in reversed(drafts) if d.quantity is not None and d.sentence == self.sentence
                          and not d.share and not d.completion), None)
            if level is not None:
                return level
        if previous is None or not any(v in previous.metric for v in compared):
            return previous
        return next((d for d in reversed(drafts) if d.quantity is not None and d.sentence == self.sentence
                     and not any(v in d.metric for v in compared)), previous)

    def _share(self, q: Quantity, previous: _Draft | None, drafts: list[_Draft]) -> tuple[str, tuple[int, int]] | None:
        clause_start = self._clause_start(q.start)
        left = self.text[clause_start:q.start]
        m = self.asm._share_re.search(left)
        if m is None:
            return self._share_of_scope(q)
        zhan = clause_start + m.start()
        whole_end = clause_start + m.end("whole")
        if m.group("whole").startswith("比"):
            whole_end = zhan + 2  # …金额占比不低于75%: 占比 is the share, named, and what follows it its bound
        inner = next((o for o in self.quantities if zhan < o.start and o.end <= whole_end), None)
        if inner is not None:
            # 占焦作市在用总量4.62万台的7.4%, 占长治市累计总数(529项)的41.2%: the whole's own figure is no
            # part of its name
            bracket = _BRACKET_QUALIFIER_BEFORE.search(self.text, zhan, inner.start)
            whole_end = bracket.start() if bracket is not None else inner.start
        # (占汽车产量的比重由上年的33.4%提高到41.8%: the time the share rose from is no part of the whole)
        rose_from = next((t for t in self.times if zhan < t.start and t.end <= whole_end and _level_started_from(t, self.text)), None)
        if rose_from is not None:
            whole_end = rose_from.start - 1  # (before its 由)
        whole = self.text[zhan + 1:whole_end]  # the pattern leaves 的/达/为 outside the group
        if not whole:
            whole = self._whole_before_among(zhan, drafts)
        after = self._after_number(q)
        if q.kind != "percent" and whole and (self.text.startswith("的", after) or self.text.startswith(")的", after)):
            share = next((o for o in self.quantities if o.start > q.end), None)
            bracket = _BRACKET_QUALIFIER_BEFORE.search(self.text, zhan, q.start)
            named = self.metric_left(bracket.start() if bracket is not None else q.start, limit=zhan + 1)
            if share is not None and share.kind == "percent" and share.start - after <= 3 and named is not None:
                # 占焦作市在用总量4.62万台的7.4%: 4.62万台 is the whole's own level (在用总量, 焦作市's)
                return self.text[named[0]:named[1]], named
        if inner is not None and previous is not None and previous.quantity is inner:
            k = next((k for k in range(len(drafts) - 1, -1, -1) if drafts[k] is previous), -1)
            previous = drafts[k - 1] if k >= 1 and drafts[k - 1].sentence == self.sentence else None  # (the part's level)
        if whole.endswith(("的比重", "的比例")):
            whole = whole[:-3] + whole[-2:]  # 占规模以上工业增加值的比重 → …增加值比重
        owned = self.metric_right(after + 1) if self.text.startswith("的", after) else None
        if owned is not None:
            # 以占全省1.6%的土地面积: the part is what the share is of, named after it
            part = self.text[owned[0]:owned[1]]
            return f"{part}占{whole}{'' if whole.endswith(_SHARE_WORDS) else '比重'}", (zhan, whole_end)
        part_span = self.metric_left(zhan, limit=clause_start) if zhan > clause_start else None
        i = bisect_right(self.token_starts, zhan) - 1
        if part_span is not None and 0 <= i and part_span[1] == self.token_starts[i] < zhan:
            part_span = (part_span[0], zhan)  # 金属制品|业占纳管: the word the segmenter glued to 占 ends the part
        if part_span is not None and self.text[part_span[0]:part_span[1]] in self.asm.sum_words:
            # A、B、C领域发明专利授权分别为…,合计占全区…的85.5%: the listed items together
            respectively = self.text.rfind("分别", self.sentence.start, part_span[0])
            # (no 分别: no list; rfind's end of -1 would mean the text's end)
            listed = self.text.rfind("、", self.sentence.start, respectively) if respectively > 0 else -1
            if listed > 0:
                head = self._clause_start_past_lists(listed)
                return f"{self.text[head:respectively]}占{whole}", (head, whole_end)
            if previous is not None:  # …入园人次为138万人次,其中工业区内9家合计占全县近四成: of that level
                return f"{previous.metric}占{whole}", (zhan, whole_end)
        if part_span is not None:
            part, start = self.text[part_span[0]:part_span[1]], part_span[0]
        elif previous is None and zhan == clause_start == self.sentence.start and self.prior is not None \
                and self.text[zhan - 1 : zhan] in ("；", ";") \
                and (level := next((d for d in reversed(self.earlier) if d.sentence == self.prior.sentence
                                    and d.quantity is not None and d.quantity.kind not in ("percent", "percentage_point")
                                    and not d.share), None)) is not None:
            # …实际使用外资21.8亿美元,…增速高于全市5.1个百分点;占全市比重达31.4%: the level's share,
            # past the semicolon that ends its sentence
            part, start = level.metric, zhan
        elif previous is not None:
            part, start = previous.metric, zhan
            if previous.quantity is not None and previous.quantity.kind == "percent" and part.rfind("占") > 0:
                # 竹科营业额占比40.2%,中科、南科分别占27.4%…: a share again of the same part, named once
                part = part[: part.rfind("占")]
        else:
            return None
        total = next((w for w in self.asm.stock_total_words if part.endswith(w) and whole.endswith(w)), None)
        if total is not None and len(part) > len(total) + 2:
            part = part[: -len(total)]  # 总数达到3816家,约占全市高新技术企业总数的四成: the things' share, not their total's
        return f"{part}占{whole}", (start, whole_end)

    def _whole_before_among(self, pos: int, drafts: list[_Draft]) -> str:
        """涉及用人单位213家,其中民营企业占81.7%: a share with no whole is of the count before 其中."""
        among = self.text.rfind("其中", self.sentence.start, pos)
        if among < 0:
            return ""
        level = next((d for d in reversed(drafts) if d.sentence == self.sentence and d.quantity is not None
                      and d.quantity.end <= among), None)
        return level.metric if level is not None and level.quantity.kind == "count" else ""  # type: ignore[union-attr]

    def _share_of_scope(self, q: Quantity) -> tuple[str, tuple[int, int]] | None:
        """贡献了全省22%的地区生产总值: a percentage of a whole (全省, 全国) before 的 and what it
        is of: the share of the whole's (地区生产总值占全省比重)."""
        if q.kind != "percent":
            return None
        scope = self.asm._scope_before_re.search(self.text, max(self.sentence.start, q.start - 4), q.start)
        after = self._after_number(q)
        if scope is None or not self.text.startswith("的", after):
            return None
        owned = self.metric_right(after + 1)
        if owned is None:
            return None
        return f"{self.text[owned[0]:owned[1]]}占{scope.group()}比重", (scope.start(), scope.end())

    def _rank(self, q: Quantity, previous: _Draft | None, beside: int = -1) -> _Draft | None:
        """The claim of a rank; ``beside`` is the end of a whole's figure written in brackets after
        ``previous`` (…54.8件(全市为23.6件),居全市第1位), where the rank's words start."""
        clause_start = self._clause_start(q.start)
        left = self.text[clause_start:q.start]
        among = _RANKED_AMONG.search(left)
        if among is not None and previous is not None and previous.quantity is not None and previous.sentence == self.sentence \
                and previous.quantity.kind != "rank":
            # 综合指数为3.86,…,在中心城区4个考核单元中排名第2: the figure before, among the units counted
            draft = self._draft(q, previous.metric + among.group("scope") + "排名", previous.metric_start, q.start)
            draft.subject, draft.subject_text, draft.subject_span = previous.subject, previous.subject_text, previous.subject_span
            return draft
        among_counted = _RANKED_AMONG_COUNTED.search(left)
        if among_counted is not None and (what := self.metric_left(clause_start + among_counted.start())) is not None \
                and self.text[what[0]:what[1]] not in self.asm.growth_rate_words:  # (增速在全省…中: of what grew, below)
            # 综合实力在全国178家国家高新区中位列第11位: what is ranked, before those it is ranked among
            scope = among_counted.group("scope") or ""
            return self._draft(q, self.text[what[0]:what[1]] + scope + "排名", what[0], q.start)
        # (居全市各县(市、区)第1位: the scope before a list in brackets)
        scopes = self.asm._rank_scope_re.findall(self.text, self._clause_start_past_lists(q.start), q.start)
        scope_text = scopes[-1] if scopes else ""
        if not scope_text and (place := self._place_scope_before(q)) is not None:
            scope_text = self.text[place[0]:place[1]]  # 入库数量居常德市第一 → 入库数量常德市排名
        # where the claim before ends: its level, or its change after it (达到3.56%,比上年提高
        # 0.12个百分点,居全省第3位)
        previous_end = -1
        if previous is not None and previous.quantity is not None:
            previous_end = max(previous.quantity.end, previous.change.end if previous.change else 0, beside)
        ranked = self._ranked_before_verb(q, max(clause_start, previous_end))
        if ranked is not None and previous is not None and previous.quantity is not None \
                and previous.quantity.kind == "rank" and self._adjacent_rank(previous.quantity.end, q.start):
            # 实际使用外资居第1位,进出口总额居第2位: each rank of its own metric, the subject carried
            draft = self._draft(q, self.text[ranked[0]:ranked[1]] + "排名", ranked[0], q.start)
            draft.subject, draft.subject_text, draft.subject_span = previous.subject, previous.subject_text, previous.subject_span
            return draft
        if previous is not None and previous.quantity is not None and previous.quantity.kind == "rank" \
                and self._adjacent_rank(previous.quantity.end, q.start):
            # 西安高新区位列第5位,成都高新区位列第4位: the same ranking, each its own subject
            # (居全国第19位,…,居全省第一: the same ranking in another scope, set 103)
            # (稳居全国第5位、中部地区第一: the scope the list's next item writes, whatever its words)
            listed = self.text[previous.quantity.end + 1 : q.start] if self.text.startswith("、", previous.quantity.end) else ""
            if 2 <= len(listed) <= 6 and _HAN_WORD.fullmatch(listed) is not None and not any(s in listed for s in self.asm.rank_scopes):
                scope_text = listed
            metric, start = self._in_scope_written(previous.metric, scope_text, q), q.start
        elif ranked is not None and previous is not None and previous.quantity is not None \
                and len(words := self.text[ranked[0]:ranked[1]]) >= 4 and words.endswith(_RANKED_COUNTS) \
                and not words.startswith(self.asm._compared_with_re.sub("", previous.metric)):
            # 日资企业612家、韩资企业215家,日资企业数量居全市第一: what the clause names before its verb
            # is ranked, not the figure before it
            draft = self._draft(q, words + scope_text + "排名", ranked[0], q.start)
            draft.subject, draft.subject_text, draft.subject_span = previous.subject, previous.subject_text, previous.subject_span
            return draft
        elif previous is not None and (
                (previous.quantity is not None and self._adjacent_rank(previous_end, q.start))
                or (previous.change is not None and left.startswith(self.asm.growth_rate_words))
                # 规模工业增加值同比增长8.2%,总量居全省第3位: the total of what grew is ranked
                or (previous.quantity is None and previous.change is not None and left.startswith(_RANKED_TOTALS)
                    and self._adjacent_rank(max(previous.change.end, beside), q.start))
                # 增速比1—2月提高2.3个百分点,居全市第2位: the rate whose rise was just told is ranked
                or (previous.quantity is None and previous.change is not None
                    and previous.metric.endswith(self.asm.growth_rate_words)
                    and self._adjacent_rank(max(previous.change.end, beside), q.start))):
            # 达到3.56%,…,居全省第3位: the rank of that level; 同比增长10.2%,增速在全省…中排名第2位:
            # of that growth. The claim's subject too (新余、赣州高新区…分别为…,其中赣州…增速居…).
            growth = left[:2] if previous.change is not None and left.startswith(self.asm.growth_rate_words) \
                else left[:2] if left.startswith(_RANKED_TOTALS) else ""  # (…达到593家,总数居全市第1位)
            # (增速高于全县1.6个百分点,居全市开发区第3位: the rate is ranked, not its lead over the county)
            ranked_metric = self.asm._compared_with_re.sub("", previous.metric)
            if previous.share and "占" in ranked_metric and self.text[previous.metric_start : previous.metric_start + 1] == "占":
                # 产量达到18.6万吨,约占全国总产量的两成,居全国园区第1位: the amount is ranked, the
                # share after it (its part not written again) says how much it is
                ranked_metric = ranked_metric[: ranked_metric.index("占")]
            draft = self._draft(q, f"{ranked_metric}{growth}{scope_text}排名", previous.metric_start, q.start)
            draft.subject, draft.subject_text, draft.subject_span = previous.subject, previous.subject_text, previous.subject_span
            return draft
        else:
            own = self.metric_left(q.start)
            if own is not None and (named := self.asm._ranking_then_verb_re.fullmatch(self.text, own[0], own[1])) is not None:
                # 在国家高新区综合排名中挺进前五: the ranking named before the verb, after the zones it ranks
                return self._draft(q, self._after_zones_ranked(named.group("ranking")), own[0], q.start)
            if own is not None and self.text[own[0]:own[1]] in self.asm.rank_scopes \
                    and self.asm._rank_verb_before_re.search(self.text, clause_start, own[0]) is not None:
                own = None  # 居北区第7: the scope of the rank, no metric
            elif own is not None and self.text[own[0]:own[1]].endswith(self.asm.zone_heads) \
                    and self.asm._rank_verb_scope_before_re.search(self.text, clause_start, own[0]) is not None:
                own = None  # 居全省国家级经济技术开发区第3位: the zones ranked among, no metric
            if own is not None and previous is not None and previous.quantity is not None \
                    and previous.sentence == self.sentence and previous.quantity.kind != "rank" \
                    and (verb := self.asm._rank_verb_at_re.match(self.text, own[0])) is not None \
                    and self.asm._rank_scope_re.match(self.text, verb.end()) is not None:
                # 营业额达…,年增18.7%,创历年同期新高,仅次于竹科,居全台三大科学园区第二: the figure of
                # the sentence, ranked in the scope written after the verb (as written, the class too)
                draft = self._draft(q, previous.metric + self.text[verb.end():own[1]] + "排名", previous.metric_start, q.start)
                draft.subject, draft.subject_text, draft.subject_span = previous.subject, previous.subject_text, previous.subject_span
                return draft
            what = self._ranked_before_verb(q, clause_start) if own is None else None
            if what is not None:  # 实际使用外资居第1位: what is ranked, before the verb (税收总量居全市第3位: in its scope)
                return self._draft(q, self.text[what[0]:what[1]] + scope_text + "排名", what[0], q.start)
            ranking = self.asm._ranking_end_re.search(self.text, own[0], own[1]) if own is not None else None
            if ranking is not None:
                # 在国家级经济技术开发区综合发展水平考核评价中排名第27位: the ranking, after the zones ranked
                metric, start = self._after_zones_ranked(self.text[own[0]:ranking.end()]) + "排名", own[0]
            elif own is not None:
                metric, start = self.text[own[0]:own[1]], own[0]
                if self.text.startswith("排名", own[1]):
                    # (营业收入全国排名第18位: the segmenter's 排名第 hid the ranking word)
                    if metric in self.asm.rank_scopes and (named := self._ranking_named_before(q)) is not None \
                            and named.endswith("排名"):
                        # 在…综合评价中,高新区全国排名第18位: the ranking named before, in this scope
                        return self._draft(q, self._rescoped(named, metric), q.start, q.start)
                    metric += "排名"
            else:
                # 2020年度评价排名中,…均排在前75位: the ranking is named earlier in the sentence.
                named = self.text.rfind("排名", self.sentence.start, q.start)
                own = self.metric_left(named) if named > self.sentence.start else None
                if own is None:
                    ranking = self._ranking_named_before(q)
                    if ranking is None:
                        return None
                    # (在…考核评价中,我区居全国第19位: set 103)
                    return self._draft(q, self._in_scope_written(ranking, scope_text, q), q.start, q.start)
                metric, start = self._after_zones_ranked(self.text[own[0]:own[1]]) + "排名", own[0]
        return self._draft(q, metric, start, q.start)

    def _in_scope_written(self, ranking: str, scope: str, q: Quantity) -> str:
        """A ranking (…排名) in the scope written right before the rank ``q`` (居全国第19位), in place
        of the scope it names before 排名, if any; as it is when no scope is written there."""
        if not scope or scope in ranking or not ranking.endswith("排名") or not self.text.endswith(scope, 0, q.start):
            return ranking  # (全市双拥工作考评排名: its scope named already)
        return self._rescoped(ranking, scope)

    def _rescoped(self, ranking: str, scope: str) -> str:
        """A ranking (…排名) in ``scope``, in place of the scope it names before 排名, if any."""
        named = next((s for s in self.asm.rank_scopes if ranking.endswith(s + "排名")), "")
        return ranking[: len(ranking) - len(named) - 2] + scope + "排名"

    def _place_scope_before(self, q: Quantity) -> tuple[int, int] | None:
        """A place named between a rank verb and the rank (居|常德市|第一): the scope ranked in."""
        place = next((e for e in self.entities if e.end == q.start and e.label == "GPE"), None)
        if place is None or self.asm._rank_verb_before_re.search(self.text, max(0, place.start - 2), place.start) is None:
            return None
        return place.start, place.end

    def _ranked_before_verb(self, q: Quantity, start: int) -> tuple[int, int] | None:
        """The metric before the rank verb right before ``q`` (进出口总额居第2位), if any after ``start``."""
        verb = self.asm._rank_verb_before_re.search(self.text, start, q.start)
        if verb is None:
            # 税收总量居全市6个市(区)第3位: the scope ranked in between the verb and the rank
            scope = _RANK_SCOPE_BETWEEN.search(self.text, max(start, q.start - 16), q.start)
            if scope is not None and self.asm._rank_scope_re.match(self.text, scope.start()):
                verb = self.asm._rank_verb_before_re.search(self.text, start, scope.start())
            elif (place := self._place_scope_before(q)) is not None:
                verb = self.asm._rank_verb_before_re.search(self.text, start, place[0])  # 居常德市第一
        if verb is None or verb.start() <= start or self.text[verb.start() - 1] == "中":
            return None  # (在参评的139家国家大学科技园中位列第7位: among whom, not what is ranked)
        adverb = self.asm._rank_adverb_before_re.search(self.text, start, verb.start())
        # (入库数量连续三年居常德市第一: how long or how steadily it held the rank, not what is ranked)
        what = self.metric_left(adverb.start() if adverb is not None else verb.start(), limit=start)
        if adverb is None and what is not None and what[1] == verb.start() - 1 and _HAN.match(self.text, what[1]) \
                and self.text[what[1]] not in _NOT_GLUED_TO_VERB:
            what = (what[0], verb.start())  # 人才净流入|率居|全市第一: the segmenter glued the metric's end to the verb
        if what is None or self.text[what[0]:what[1]].endswith(self.asm.zone_heads) \
                or _ANAPHOR.match(self.text, what[0], what[1]) or _POINTING_BACK.match(self.text, what[0], what[1]):
            return None  # (该园位列第9位: who is ranked, not what)
        return what

    def _after_zones_ranked(self, words: str) -> str:
        """The words of a ranking after the zones it ranks: 国家高新区综合评价 → 综合评价; a
        ranking within a province or a city keeps that scope before 排名 (全省省级高新区综合评价 →
        综合评价全省, as 营业收入增速全省排名)."""
        full = words
        words = words[self._past_zone_words(words, (*self.asm.zone_heads, *self.asm.ranked_classes)):]
        scope = self.asm._rank_scope_re.search(full, 0, len(full) - len(words))
        if scope is not None and len(words) < len(full) and scope.group() in _SUBNATIONAL_SCOPES:
            words += scope.group()
        return words

    def _ranking_named_before(self, q: Quantity) -> str | None:
        """The ranking a paragraph announced before its ranks (公布2023年度国家高新区综合评价结果。
        …西安高新区位列第5位 → 综合评价排名): the words before the last 评价 or 排名 of the
        paragraph, after any zone word."""
        text = self.text
        para_start = text.rfind("\n", 0, self.sentence.start) + 1
        best = None
        for m in self.asm._ranking_re.finditer(text, para_start, q.start):
            if not m.group("what").endswith(_TAKING_PART):
                best = m  # (232家国家级经开区参加考评: the ranked taking part, not the ranking's name)
        if best is None:
            return None
        words = self._after_zones_ranked(best.group("what") + best.group("kind"))
        if words.startswith("年") and best.start("what") > 0 and text[best.start("what") - 1].isdigit():
            words = words[2:] if words.startswith("年度") else words[1:]  # 2024年度综合评价: 年度 is the period's
        # 国家大学科技园评价结果 → 评价排名; 从2025年度全省综合排名看 → 全省综合排名
        return words if words.endswith("排名") else f"{words}排名"

    def _adjacent_rank(self, end: int, start: int) -> bool:
        between = self.text[end:start]
        # (…同比增长6.1%,在国家级经开区中继续排名第一: those ranked among, however long, are not
        # words between the figure and its rank)
        return len(_THOSE_RANKED_AMONG.sub("", between)) <= 12 and not _SENTENCE_MARK.search(between)

