"""Claim assembly on sentences of the genre: the seeds' patterns and new sentences of our own.

The ``new`` table holds sentences written for this test about zones and indicators the seeds
never mention (generalisation, not memorisation). Each row gives the claims expected, as
(metric, subject, period, value, unit, change, status) with change as (value, unit, direction,
basis) or None.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonex import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def rows(doc):
    out = []
    for c in doc.claims:
        change = None
        if c.change is not None:
            change = (c.change.value, c.change.unit, c.change.direction, c.change.basis)
        value = c.value if c.value is not None else ((c.low, c.high) if c.low is not None else None)
        out.append((c.metric, c.subject, c.period, value, c.unit, change, c.status))
    return out


D = Decimal
NEW = {
    "output_with_yoy_growth": (
        "2022年,苏州工业园区实现规上工业总产值6520.3亿元,同比增长8.6%。",
        [("规上工业总产值", "苏州工业园区", "2022", D("652030000000"), "CNY", (D("8.6"), "%", "up", "yoy"), "actual")],
    ),
    "implicit_subject_resolves_to_the_main_zone": (
        "武汉东湖高新区2021年经济运行情况。2021年,全区完成固定资产投资1200亿元,同比下降3.5%。",
        [("固定资产投资", "武汉东湖高新区", "2021", D("120000000000"), "CNY", (D("3.5"), "%", "down", "yoy"), "actual")],
    ),
    "respectively_list": (
        "2020年,合肥高新区营业收入、工业总产值分别为8000亿元、3200亿元。",
        [("营业收入", "合肥高新区", "2020", D("800000000000"), "CNY", None, "actual"),
         ("工业总产值", "合肥高新区", "2020", D("320000000000"), "CNY", None, "actual")],
    ),
    "target_with_lizheng": (
        "力争到2025年,西安高新区高新技术企业达到5000家以上。",
        [("高新技术企业", "西安高新区", "2025", D("5000"), "家", None, "target")],
    ),
    "forecast_with_yuji": (
        "预计2023年成都高新区研发投入将达300亿元。",
        [("研发投入", "成都高新区", "2023", D("30000000000"), "CNY", None, "forecast")],
    ),
    "percentage_points_change": (
        "2021年,长沙高新区研发经费占GDP比重为5.2%,比上年提高0.4个百分点。",
        [("研发经费占GDP比重", "长沙高新区", "2021", D("5.2"), "%", (D("0.4"), "pp", "up", "since"), "actual")],
    ),
    "from_to_two_periods": (
        "2015年至2020年,珠海高新区高新技术企业数量从320家增长至1100家。",
        [("高新技术企业数量", "珠海高新区", "2015", D("320"), "家", None, "actual"),
         ("高新技术企业数量", "珠海高新区", "2020", D("1100"), "家", None, "actual")],
    ),
    "attributive_count_after_having_verb": (
        "截至2022年底,宁波高新区拥有18家国家级企业技术中心。",
        [("国家级企业技术中心", "宁波高新区", "2022", D("18"), "家", None, "actual")],
    ),
    "rank_after_level": (
        "2022年,佛山市专利授权量达4.2万件,居全省第3。",
        [("专利授权量", "佛山市", "2022", D("42000"), "件", None, "actual"),
         ("专利授权量全省排名", "佛山市", "2022", D("3"), "rank", None, "actual")],
    ),
    "share_of_a_whole": (
        "2021年,贵阳高新区电子信息产业产值98.5亿元,占全区工业总产值的比重为41.2%。",
        [("电子信息产业产值", "贵阳高新区", "2021", D("9850000000"), "CNY", None, "actual"),
         ("电子信息产业产值占全区工业总产值比重", "贵阳高新区", "2021", D("41.2"), "%", None, "actual")],
    ),
    "change_only_after_a_list_of_names": (
        "2019年,全区新认定科创公司、智造集团等一批高新技术企业,同比增长60%。",
        [("高新技术企业", None, "2019", None, None, (D("60"), "%", "up", "yoy"), "actual")],
    ),
    "rank_named_earlier_in_the_sentence": (
        # the zones ranked are cut from the ranking's name, as the gold of sets 11 and 12 writes it
        "在2021年度全国高新区评价排名中,武汉东湖高新区排在第2位。",
        [("评价排名", "武汉东湖高新区", "2021", D("2"), "rank", None, "actual")],
    ),
    "descriptive_counts_are_not_claims": (
        "12个部门参加了会议,围绕3个方面提出具体措施。",
        [],
    ),
}


@pytest.mark.parametrize("text,expected", NEW.values(), ids=[f"new:{k}" for k in NEW])
def test_new_sentences(pipeline, text, expected):
    assert rows(pipeline.extract(text)) == expected


SEEDS = {
    # Patterns of the seeds, on their own sentences (traditional in 002's case).
    "000_share_claim_is_its_own_row": (
        "2018年,合金材料产业年产值211.4亿元,占全区工业总产值比重的61.6%。",
        [("合金材料产业年产值", "2018", D("21140000000"), "CNY"),
         ("合金材料产业年产值占全区工业总产值比重", "2018", D("61.6"), "%")],
    ),
    "002_bare_level_word_borrows_its_head": (
        "全市國家級創新平臺6家、省級超500家。",
        [("国家级创新平台", None, D("6"), "家"), ("省级创新平台", None, D("500"), "家")],
    ),
    "002_elliptical_clauses_repeat_the_metric": (
        "2008年江門市高企僅27家,2015年為197家。",
        [("高企", "2008", D("27"), "家"), ("高企", "2015", D("197"), "家")],
    ),
    "003_list_after_having_verb": (
        "2021年,我区现有4家国家高新区以及10家自治区级高新区。",
        [("国家高新区", "2021", D("4"), "家"), ("自治区级高新区", "2021", D("10"), "家")],
    ),
}


@pytest.mark.parametrize("text,expected", SEEDS.values(), ids=[f"seeds:{k}" for k in SEEDS])
def test_seed_patterns(pipeline, text, expected):
    got = [(c.metric, c.period, c.value, c.unit) for c in pipeline.extract(text).claims]
    assert got == expected


def test_claim_spans_are_original_offsets_in_traditional_text(pipeline):
    text = "2021年,江門市規上工業高企數量從280家增長至1280家。"
    doc = pipeline.extract(text)
    assert [(c.metric, c.subject, c.period) for c in doc.claims] == [("规上工业高企数量", "江门市", "2021")] * 2
    for claim in doc.claims:
        assert text[claim.value_start:claim.value_end] in ("280家", "1280家")
        assert claim.subject_text is None or text[claim.subject_start:claim.subject_end] == claim.subject_text


def test_status_follows_the_document_date(pipeline):
    text = "发布日期:2022-03-02\n2022年,全市高企存量超2300家。2021年,全市高企存量2180家。"
    statuses = [(c.period, c.status) for c in pipeline.extract(text).claims]
    assert statuses == [("2022", "target"), ("2021", "actual")]


def test_a_headline_starts_an_article_about_another_zone(pipeline):
    text = ("苏州工业园区发展综述\n2021年,全区实现地区生产总值3330亿元。\n"
            "无锡高新区:做强物联网产业\n截至2021年12月,该园区集聚物联网企业560家。\n")
    got = [(c.metric, c.subject, c.subject_text, c.period) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", "苏州工业园区", "全区", "2021"), ("物联网企业", "无锡高新区", "该园区", "2021")]


def test_claims_changes_and_times_of_the_seeds_are_valid_models(pipeline):
    # The stages build these without pydantic's validation; validation must agree with them,
    # field by field, and in the declared order (the JSON's key order).
    from pathlib import Path

    from zonex.models import Change, Claim, TimeExpression

    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    checked = 0
    for path in seeds:
        doc = pipeline.extract(path.read_text(encoding="utf-8"))
        models = [(Claim, c) for c in doc.claims] + [(TimeExpression, t) for t in doc.times]
        models += [(Change, c.change) for c in doc.claims if c.change is not None]
        for cls, model in models:
            assert cls.model_validate(model.model_dump()) == model
            assert list(model.model_dump()) == list(cls.model_fields)
            checked += 1
    assert checked > 250  # 5 seeds: claims, their changes, time expressions


# The opening of a report about a province: the province is the document's main subject.
OPENING = "湖北省高新区发展情况\n近年来,湖北省坚持创新驱动发展,湖北省高新区建设成效明显。"


def subjects(pipeline, text):
    return [(c.metric, c.subject, c.subject_text) for c in pipeline.extract(text).claims]


def test_a_count_of_zones_after_a_subject_word_names_the_zones_together(pipeline):
    # 全省14家高新区 are the province's zones, not the province: the subject is both together.
    text = (OPENING +
            "2022年,全省12家国家高新区实现营业收入2.1万亿元,同比增长11.3%。")
    assert subjects(pipeline, text) == [("营业收入", "湖北省国家高新区", "全省12家国家高新区")]


def test_places_listed_before_the_count_belong_to_the_collective_subject(pipeline):
    text = (OPENING +
            "2022年,全省武汉、襄阳和宜昌3家国家高新区实现工业总产值9800亿元。")
    assert subjects(pipeline, text) == [("工业总产值", "湖北省国家高新区", "全省武汉、襄阳和宜昌3家国家高新区")]


def test_places_listed_before_a_counted_object_are_not_the_subject(pipeline):
    # 我省现有武汉、襄阳、宜昌3家国家高新区: the province has three zones; 宜昌 (the list's last
    # item, nearest the number) is not the subject, the province named at the head of the clause is.
    text = (OPENING +
            "我省现有武汉、襄阳、宜昌3家国家高新区以及9家省级高新区。")
    got = subjects(pipeline, text)
    assert [s for _, s, _ in got] == ["湖北省", "湖北省"], got


def test_a_zone_of_its_own_keeps_its_name_before_a_count_of_parks(pipeline):
    # In a zone's own report 全区3家园区 are parks inside the zone: the subject stays the zone.
    text = "昆山高新区2022年工作总结。2022年,全区3家园区实现工业总产值1500亿元。"
    assert [s for _, s, _ in subjects(pipeline, text)] == ["昆山高新区"]


def test_a_subject_carries_over_a_semicolon_but_not_over_a_full_stop(pipeline):
    text = (OPENING +
            "2022年,全省12家国家高新区实现营业收入2.1万亿元;完成工业总产值1.6万亿元;出口总额达到300亿美元。"
            "实现技术合同成交额2000亿元。")
    got = [(metric, subject) for metric, subject, _ in subjects(pipeline, text)]
    assert got == [("营业收入", "湖北省国家高新区"), ("工业总产值", "湖北省国家高新区"),
                   ("出口总额", "湖北省国家高新区"), ("技术合同成交额", "湖北省")]


def test_claims_of_the_seeds_meet_the_accuracy_floors(pipeline):
    # The gold of the five seeds, scored as `zonex eval` scores it: the claims issue's targets,
    # and subjects at the level reached with the subject rules of docs/claims.md (0.96).
    from pathlib import Path

    from zonex.evaluate import load_gold, score

    gold = load_gold(Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "seeds.jsonl")
    scores = score(gold, [pipeline.extract(g.text, id=g.id) for g in gold]).claims
    fields = {name: acc.accuracy for name, acc in scores.fields.items()}
    assert scores.matched.f1 >= 0.90
    assert fields["metric_lenient"] >= 0.90 and fields["value_unit"] >= 0.98
    assert fields["period"] >= 0.90 and fields["status"] >= 0.95
    assert fields["subject"] >= 0.95, fields
    assert fields["metric"] >= 0.75, fields  # exact; 0.77 with flow verbs kept (0.72 before)


def test_a_company_heading_its_sentence_is_the_subject(pipeline):
    text = ("苏州工业园区企业发展情况\n2022年,苏州工业园区实现营业收入1.2万亿元。"
            "苏州信达生物科技有限公司已为全国30个省市的800多家医院提供药品。")
    got = subjects(pipeline, text)
    assert got[0][1] == "苏州工业园区"
    assert [s for _, s, _ in got[1:]] == ["苏州信达生物科技有限公司"] * 2, got


def test_this_company_points_back_to_the_last_company_not_to_a_school(pipeline):
    text = ("苏州工业园区企业发展情况\n苏州工业园区集聚生物医药企业2000家。"
            "苏州信达生物科技有限公司与苏州大学共建联合实验室。该企业2022年研发投入达到28亿元。")
    got = [(metric, subject, surface) for metric, subject, surface in subjects(pipeline, text) if surface == "该企业"]
    assert got == [("研发投入", "苏州信达生物科技有限公司", "该企业")]


def test_a_name_after_a_preposition_is_not_the_subject(pipeline):
    # 应用于苏州轨道交通: where the product is used; the company heading the sentence is the subject.
    text = ("苏州工业园区企业发展情况\n苏州工业园区集聚软件企业1500家。"
            "苏州同程网络科技股份有限公司研发的票务平台已应用于苏州轨道交通,用户量突破500万。")
    got = subjects(pipeline, text)
    assert got[-1][:2] == ("用户量", "苏州同程网络科技股份有限公司"), got


def test_a_company_listed_before_a_count_is_counted_not_the_subject(pipeline):
    text = ("苏州工业园区发展情况\n苏州工业园区集聚软件企业1500家。"
            "目前,园区拥有苏州纳米技术研究院、苏州纳维科技有限公司 2 个省级新型研发机构。")
    got = subjects(pipeline, text)
    assert got[-1][1] == "苏州工业园区", got


@pytest.mark.parametrize("sentence,metrics", [
    # Arrivals keep their verb: a count of new projects is not a count of all projects.
    ("2022年,苏州工业园区引进中科院纳米所、华为研究院等45个项目,总投资300亿元。", ["引进项目", "总投资"]),
    ("2022年,苏州工业园区新增高新技术企业450家。", ["新增高新技术企业"]),
    ("2022年,苏州工业园区孵化器入驻120家创新企业,毕业15家企业。", ["入驻创新企业", "毕业企业"]),
    ("截至2022年底,苏州工业园区累计集聚200个研发机构。", ["累计集聚研发机构"]),
    # The stock: gathering (集聚) or having (累计拥有) without arrival; a preposition's object.
    ("截至2022年底,苏州工业园区集聚研发机构200个。", ["研发机构"]),
    ("截至2022年底,苏州工业园区累计拥有研发机构200个。", ["研发机构"]),
], ids=["introduced-list", "new-stock-word", "entered-graduated", "cumulative-gathering", "gathering-stock",
        "cumulative-having"])
def test_flow_verbs_stay_in_the_metric(pipeline, sentence, metrics):
    assert [c.metric for c in pipeline.extract(sentence).claims] == metrics


def test_a_number_after_a_preposition_does_not_take_the_flow_verb_before_it(pipeline):
    # 引进…等项目与40所高校合作: 40 counts the universities of 与, not arrivals of 引进.
    metrics = [c.metric for c in pipeline.extract("2022年,苏州工业园区引进华为研究院等项目与40所高校合作。").claims]
    assert metrics and not any(m.startswith("引进") for m in metrics), metrics


def test_a_count_of_zones_before_a_metric_is_its_subject_not_part_of_it(pipeline):
    text = OPENING + "2020年,全省12家高新区规模以上工业企业1642家。全省现有12家高新区。"
    got = [(c.metric, c.value, c.subject) for c in pipeline.extract(text).claims]
    assert got == [("规模以上工业企业", D("1642"), "湖北省高新区"), ("高新区", D("12"), "湖北省")]


def test_an_amount_naming_a_class_of_companies_is_no_claim(pipeline):
    text = "2022年,苏州工业园区收入超亿元企业达903家,完成固定资产投资300亿元。"
    got = [(c.metric, c.value, c.unit) for c in pipeline.extract(text).claims]
    assert ("收入超亿元企业", D("903"), "家") in got  # the amount names the class counted
    assert all(value != D("100000000") for _, value, _ in got), got  # 超亿元企业: a class, not a level
    assert ("固定资产投资", D("30000000000"), "CNY") in got, got


def test_a_work_report_paragraph_of_our_own(pipeline):
    # Verbs between metric and value (完成, 实现), a growth rate with no level in its own clause,
    # 全年 before a metric, and 省级以上 as a level of bodies.
    text = ("合肥高新区2022年工作总结\n2022年,全年实现地区生产总值1320亿元,同比增长8.1%;"
            "规模以上工业增加值增长12.5%;固定资产投资完成560亿元,同比增长15%。"
            "科大讯飞股份有限公司全年研发投入达到40亿元,新认定省级以上研发机构45个。")
    got = rows(pipeline.extract(text))
    assert got == [
        ("地区生产总值", "合肥高新区", "2022", D("132000000000"), "CNY", (D("8.1"), "%", "up", "yoy"), "actual"),
        ("规模以上工业增加值", "合肥高新区", "2022", None, None, (D("12.5"), "%", "up", "unspecified"), "actual"),
        ("固定资产投资", "合肥高新区", "2022", D("56000000000"), "CNY", (D("15"), "%", "up", "yoy"), "actual"),
        ("研发投入", "科大讯飞股份有限公司", "2022", D("4000000000"), "CNY", None, "actual"),
        ("新认定省级以上研发机构", "科大讯飞股份有限公司", "2022", D("45"), "个", None, "actual"),
    ], got


def test_in_the_park_belongs_with_the_subject_not_the_metric(pipeline):
    text = "深圳高新區發展情況\n2022年,園區內國家級高新技術企業超過2.3萬家。"
    assert [(c.metric, c.subject) for c in pipeline.extract(text).claims] == [("国家级高新技术企业", "深圳高新区")]


def test_policy_conditions_are_no_claims_and_shares_drop_their_verbs(pipeline):
    text = ("关于印发成都高新区促进数字经济发展若干政策的通知\n"
            "对年营业收入首次突破10亿元的企业,给予最高200万元奖励。对外贸易进出口总额达到120亿元。"
            "到2025年,数字经济核心产业增加值达到2000亿元,占GDP比重超过35%。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("对外贸易进出口总额", D("12000000000")), ("数字经济核心产业增加值", D("200000000000")),
                   ("数字经济核心产业增加值占GDP比重", D("35"))], got


def test_a_growth_rate_takes_the_metric_of_its_own_clause_before_the_clause_before(pipeline):
    # 各部门要咬定全年目标 is a clause of its own: what must grow 6% is named after it.
    text = "洛阳高新区2024年工作会议召开。会上,管委会主任要求,各部门要咬定全年目标,确保全年地区生产总值增长6%以上。"
    got = [(c.metric, c.change.value if c.change else None, c.status) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", D("6"), "target")], got


def test_what_is_compared_with_is_not_what_changed(pipeline):
    # a cut against a fixed standard (比法定时限压缩了60%) is a level of its own, its verb in the
    # metric, as the seeds' and set 33's annotators write it (until set 33: a change, down)
    text = "改革后,审批事项的办理时限比法定时限压缩了60%。"
    (claim,) = pipeline.extract(text).claims
    assert (claim.metric, claim.value, claim.change) == ("审批事项的办理时限压缩", D("60"), None), claim


def test_a_net_increase_after_a_comparison_is_the_change_of_the_level_before(pipeline):
    text = "洛阳高新区2023年高新技术企业达到1200余家,较上年净增200家。"
    (claim,) = pipeline.extract(text).claims
    assert (claim.metric, claim.value, claim.change.value, claim.change.unit, claim.change.basis) == (
        "高新技术企业", D("1200"), D("200"), "家", "since"), claim


def test_a_bare_total_takes_its_head_from_the_claim_before(pipeline):
    text = "2023年,洛阳高新区新增市场主体1.2万户,总数突破8万户;组建产业基金5只,总规模达30亿元。"
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == ["新增市场主体", "市场主体总数", "产业基金", "产业基金总规模"], got


def test_taiwanese_news_year_on_year_words_and_forecasts(pipeline):
    # 年增/年減 (year on year), 成長 (growth), 預估…可望回升至 (a forecast of the level reached),
    # 去年 before a metric: a time word, not part of what is measured, even with no date to resolve it.
    text = ("高雄科學園區去年營業額突破1兆元\n"
            "高雄科學園區光電產業營業額為2,150億元,年減12%;生技產業營業額年增7.5%。"
            "管理局預估,今年園區營業額可望回升至1.1兆元以上,成長約6%。")
    got = [(c.metric, c.value, (c.change.value, c.change.direction, c.change.basis) if c.change else None, c.status)
           for c in pipeline.extract(text).claims]
    assert got == [
        ("营业额", D("1000000000000"), None, "actual"),
        ("光电产业营业额", D("215000000000"), (D("12"), "down", "yoy"), "actual"),
        ("生技产业营业额", None, (D("7.5"), "up", "yoy"), "actual"),
        ("营业额", D("1100000000000"), (D("6"), "up", "unspecified"), "forecast"),
    ], got


def test_a_year_before_a_growth_verb_is_not_a_year_on_year_basis(pipeline):
    # 2023年增长5%: 年 ends the year, it is no basis (年增 is year on year only after no number).
    (claim,) = pipeline.extract("洛阳高新区规模以上工业增加值2023年增长5%。").claims
    assert claim.change.basis == "unspecified" and claim.metric == "规模以上工业增加值", claim


def test_a_change_of_the_stock_is_the_change_of_the_level_before(pipeline):
    # 存量是…的5倍 says how the level just given grew: one claim with its change, not two.
    text = "洛阳市高新技术企业发展报告\n2023年洛阳市高新技术企业达1500家,存量是2018年的5倍。"
    (claim,) = pipeline.extract(text).claims
    assert (claim.metric, claim.value, claim.change.value, claim.change.unit) == ("高新技术企业", D("1500"), D("5"), "times")


def test_targets_listed_after_a_colon_keep_their_status_across_semicolons(pipeline):
    # 预期目标 is one cue (a target, not a forecast); the items after ; have no cue of their own;
    # 控制在5.5%以内 is the level, its verb no part of the metric.
    text = ("洛阳市政府工作报告\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长5%;"
            "城镇调查失业率控制在5.5%以内。去年地区生产总值增长4.8%。")
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", "target"), ("一般公共预算收入", "target"), ("城镇调查失业率", "target"),
                   ("地区生产总值", "actual")], got


def test_the_nearest_cue_decides_and_a_cue_inside_the_metric_is_none(pipeline):
    text = "预计全年园区营业收入增长6%,力争实现增长8%。洛阳高新区规划面积12.5平方公里。"
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", "forecast"), ("营业收入", "target"), ("规划面积", "actual")], got


def test_a_share_before_a_counted_noun_describes_and_makes_no_claim(pipeline):
    # 七成以上企业设有研发机构: the 70% is of firms with labs, not a level of the claim before.
    text = "洛阳高新区企业研发投入占营业收入比重近三成,七成以上企业设有研发机构。"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("企业研发投入占营业收入比重", D("30"))], got


PRESS_CONFERENCE = (
    "浙江省国家高新区2023年发展情况新闻发布会\n"
    "主持人:下面请省科技厅副厅长王建华介绍有关情况。\n"
    "王建华:2023年,全省8家国家高新区实现营业收入3.1万亿元,同比增长7.2%。其中,杭州高新区营业收入突破8000亿元,"
    "宁波高新区达到4200亿元,温州高新区为1300亿元,嘉兴高新区增长9.5%。\n"
    "全省国家高新区以占全省1.2%的土地面积,贡献了全省18%的地区生产总值。\n"
    "记者:高新区在培育创新主体方面有哪些举措?\n"
    "王建华:2023年,全省国家高新区新增高新技术企业2600家,总数达到1.5万家。"
)


def test_a_province_press_conference_on_its_zones(pipeline):
    # The title names the province (each zone is named once in the opening); a clause of a zone
    # and a copula repeats the metric before it; 全省国家高新区 without a count is the zones too;
    # a share of the province's whole named after the number (占全省1.2%的土地面积).
    got = [(c.subject, c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(PRESS_CONFERENCE).claims]
    assert got == [
        ("浙江省国家高新区", "营业收入", D("3100000000000"), D("7.2")),
        ("杭州高新区", "营业收入", D("800000000000"), None),
        ("宁波高新区", "营业收入", D("420000000000"), None),
        ("温州高新区", "营业收入", D("130000000000"), None),
        ("嘉兴高新区", "营业收入", None, D("9.5")),
        ("浙江省国家高新区", "土地面积占全省比重", D("1.2"), None),
        ("浙江省国家高新区", "地区生产总值占全省比重", D("18"), None),
        ("浙江省国家高新区", "新增高新技术企业", D("2600"), None),
        ("浙江省国家高新区", "高新技术企业总数", D("15000"), None),
    ], got


def test_the_number_of_zones_of_a_place_stays_a_metric_of_the_place(pipeline):
    text = "浙江省高新区发展规划\n力争到2025年,全省高新区总数达到60家。"
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("浙江省", "高新区总数")], got


def test_a_latin_name_with_an_ampersand_and_a_level_reached_after_its_change(pipeline):
    text = ("芜湖高新区前三季度经济运行情况\n发布日期:2024-10-25\n"
            "\"十四五\"以来,高新区R&D经费投入年均增长18%。全区用电量同比增长9%,达到25亿千瓦时;锂电池产能超过40GWh。")
    got = [(c.metric, c.value, c.unit, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("R&D经费投入", None, None, D("18")), ("用电量", D("2500000000"), "kWh", D("9")),
                   ("锂电池产能", D("40"), "GWh", None)], got


def test_pronoun_and_particle_at_the_edges_of_a_metric_and_an_amount_set_aside(pipeline):
    text = ("洛阳高新区人才工作情况\n该公司研发的新型电池,其能量密度高于行业平均水平30%。"
            "部分审批事项压缩了60%~70%。每年安排至少300万元资金,解决人才子女入学问题。")
    got = [(c.metric, c.value if c.value is not None else (c.low, c.high)) for c in pipeline.extract(text).claims]
    assert got == [("能量密度高于行业平均水平", D("30")), ("部分审批事项压缩", (D("60"), D("70"))),
                   ("资金", D("3000000"))], got


def test_what_the_zone_will_build_is_a_target_and_a_ceiling_drops_its_negation(pipeline):
    # (the ceiling of a subsidy a policy grants is one of its terms, no claim: set 23)
    text = ("洛阳高新区2024年工作要点\n到年底前,全区将新建5G基站2000个。对符合条件的企业给予贷款贴息,贴息比例不超过0.5%。"
            "2023年末,全区政府债务率不超过65%。")
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("新建5G基站", "target"), ("政府债务率", "actual")], got


def test_a_multiple_of_an_earlier_year_is_the_change_of_the_level_before_and_no_period(pipeline):
    text = ("洛阳高新区2023年发展情况\n2023年,洛阳高新区技术合同成交额突破60亿元,是2019年的2.5倍。"
            "高新技术企业总数达到800家,是2018年的3倍;科技型中小企业入库1200家。")
    got = [(c.metric, c.value, c.period, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("技术合同成交额", D("6000000000"), "2023", D("2.5")), ("高新技术企业总数", D("800"), "2023", D("3")),
                   ("科技型中小企业入库", D("1200"), "2023", None)], got


def test_the_whole_year_is_the_year_the_report_named_last(pipeline):
    # 全年 in a later paragraph of a 2023 report dated January 2024 is 2023; 预计全年 after the
    # 2024 targets is 2024. A flow verb cut in two by the segmenter (新/认定) stays in the metric.
    text = ("洛阳高新区2023年工作总结\n(2024年1月15日)\n\n2023年,我区经济运行稳中向好。全年实现营业收入300亿元。\n\n"
            "全年新认定高新技术企业120家,总数达到600家。新增专精特新企业12家。\n\n2024年,全区将新增企业100家。\n\n"
            "预计全年营业收入将突破350亿元。")
    got = [(c.metric, c.value, c.period, c.status) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", D("30000000000"), "2023", "actual"), ("新认定高新技术企业", D("120"), "2023", "actual"),
                   ("高新技术企业总数", D("600"), "2023", "actual"), ("新增专精特新企业", D("12"), "2023", "actual"),
                   ("新增企业", D("100"), "2024", "target"),
                   ("营业收入", D("35000000000"), "2024", "forecast")], got


def test_a_level_raised_from_an_earlier_year_and_targets_after_their_cue(pipeline):
    text = ("湖北省高新区发展报告\n截至2023年底,全省高新技术企业达到2万家。全省研发经费投入强度由2018年的1.81%提高到2.57%。"
            "武汉高新区营业收入首次突破4000亿元。下一步,到2025年,全省高新技术企业力争超过3万家。")
    got = [(c.metric, c.value, c.period, c.status, c.subject) for c in pipeline.extract(text).claims]
    assert got == [
        ("高新技术企业", D("20000"), "2023", "actual", "湖北省"),
        ("研发经费投入强度", D("1.81"), "2018", "actual", "湖北省"),
        ("研发经费投入强度", D("2.57"), "2023", "actual", "湖北省"),
        ("营业收入", D("400000000000"), "2023", "actual", "武汉高新区"),
        ("高新技术企业", D("30000"), "2025", "target", "湖北省"),
    ], got


def test_an_industry_before_its_verb_and_an_amount_naming_the_class_counted(pipeline):
    text = "洛阳高新区生物医药产业实现产值300亿元,同比增长12%。全年引进项目50个,其中投资额超10亿元项目6个。"
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == ["生物医药产业产值", "引进项目", "投资额超10亿元项目"], got


def test_a_title_that_names_its_province_only_in_a_body_makes_the_province_the_subject(pipeline):
    text = ("湖北省科技厅举行全省高新区发展新闻发布会\n主持人:请省科技厅副厅长王强介绍有关情况。\n"
            "王强:2023年,全省12家高新区实现营业收入2650亿元。武汉高新区营业收入突破4000亿元,襄阳高新区达到2100亿元。"
            "武汉高新区新增企业300家。\n记者:全省在培育企业方面有何举措?\n王强:截至2023年底,全省高新技术企业总数达到1.6万家。")
    got = [(c.subject, c.subject_text) for c in pipeline.extract(text).claims]
    assert got == [("湖北省高新区", "全省12家高新区"), ("武汉高新区", "武汉高新区"), ("襄阳高新区", "襄阳高新区"),
                   ("武汉高新区", "武汉高新区"), ("湖北省", "全省")], got


def test_claims_of_the_heldout_pages_keep_their_fixes(pipeline):
    # Every held-out set's errors were fixed by general rules after its first run
    # (docs/evaluation.md): sets 1-3 then scored 1.00, 0.96 and 0.89 fully right, sets 4-28 0.71,
    # 1.00, 0.91, 0.84, 0.72, 0.56, 0.84, 0.81, 1.00, 0.94, 0.72, 0.72, 0.87, 0.79, 0.72, 0.67, 0.58,
    # 0.90, 0.91, 0.89, 0.78, 0.66, 0.72, 0.79 and 0.74 (first runs 0.46, 0.39, 0.17, 0.40, 0.16, 0.45,
    # 0.22, 0.32, 0.09, 0.32, 0.39, 0.73, 0.68, 0.24, 0.25, 0.27, 0.36, 0.68, 0.35, 0.29, 0.44, 0.23, 0.44,
    # 0.02, 0.32, 0.36, 0.33 and 0.53).
    # Floors below those (claims found, fully right), so that a rule found on one set cannot silently
    # undo another set's. (Set 78 from 0.8 to 0.62: its annotator cites 南科 where the page writes it
    # more often than 南部科学园区; the annotators of sets 84-88 cite the full name on five such pages,
    # which zonex now follows. Set 7 from 0.7 to 0.65: its annotator cites 楠梓园区 where the page
    # writes 楠梓科技產業園區 once; the annotators of sets 83, 94 and 112 cite the full name of such a
    # park, which zonex now follows.)
    from pathlib import Path

    from zonex.evaluate import load_gold, score

    floors = {"heldout": (0.95, 0.85), "heldout2": (0.95, 0.85), "heldout3": (0.95, 0.85),
              "heldout4": (0.9, 0.65), "heldout5": (0.9, 0.9), "heldout6": (0.9, 0.85), "heldout7": (0.9, 0.65),
              "heldout8": (0.9, 0.6), "heldout9": (0.9, 0.5), "heldout10": (0.93, 0.75), "heldout11": (0.93, 0.7),
              "heldout12": (0.95, 0.9), "heldout13": (0.95, 0.85), "heldout14": (0.95, 0.65),
              "heldout15": (0.95, 0.65), "heldout16": (0.95, 0.75), "heldout17": (0.95, 0.7),
              "heldout18": (0.93, 0.65), "heldout19": (0.97, 0.6),
              "heldout20": (0.95, 0.5), "heldout21": (0.95, 0.8), "heldout22": (0.97, 0.85),
              "heldout23": (0.95, 0.85), "heldout24": (0.95, 0.7),
              "heldout25": (0.93, 0.6), "heldout26": (0.9, 0.65),
              "heldout27": (0.95, 0.7), "heldout28": (0.93, 0.65), "heldout29": (0.95, 0.85), "heldout30": (0.95, 0.85), "heldout31": (0.95, 0.8), "heldout32": (0.93, 0.75), "heldout33": (0.95, 0.8), "heldout34": (0.93, 0.6), "heldout35": (0.93, 0.65), "heldout36": (0.95, 0.65), "heldout37": (0.93, 0.5), "heldout38": (0.95, 0.8), "heldout39": (0.97, 0.8), "heldout40": (0.93, 0.65), "heldout41": (0.95, 0.75), "heldout42": (0.95, 0.55), "heldout43": (0.92, 0.4), "heldout44": (0.9, 0.45), "heldout45": (0.95, 0.6), "heldout46": (0.95, 0.6), "heldout47": (0.95, 0.8), "heldout48": (0.95, 0.8), "heldout49": (0.9, 0.45), "heldout50": (0.93, 0.6), "heldout51": (0.9, 0.5), "heldout52": (0.93, 0.6), "heldout53": (0.93, 0.6), "heldout54": (0.95, 0.65), "heldout55": (0.95, 0.6), "heldout56": (0.95, 0.85), "heldout57": (0.95, 0.8), "heldout58": (0.95, 0.75), "heldout59": (0.95, 0.8), "heldout60": (0.95, 0.8), "heldout61": (0.95, 0.4), "heldout62": (0.95, 0.4), "heldout63": (0.95, 0.75), "heldout64": (0.95, 0.75), "heldout65": (0.95, 0.7), "heldout66": (0.9, 0.5), "heldout67": (0.95, 0.7), "heldout68": (0.97, 0.8), "heldout69": (0.97, 0.85), "heldout70": (0.97, 0.8), "heldout71": (0.97, 0.65), "heldout72": (0.93, 0.65), "heldout73": (0.95, 0.65), "heldout74": (0.93, 0.35), "heldout75": (0.97, 0.78), "heldout76": (0.97, 0.6), "heldout77": (0.97, 0.8), "heldout78": (0.97, 0.62), "heldout79": (0.97, 0.85), "heldout80": (0.95, 0.72), "heldout81": (0.97, 0.78), "heldout82": (0.95, 0.85), "heldout83": (0.97, 0.85), "heldout84": (0.95, 0.68), "heldout85": (0.93, 0.6), "heldout86": (0.95, 0.6), "heldout87": (0.97, 0.33), "heldout88": (0.97, 0.74), "heldout89": (0.95, 0.72), "heldout90": (0.95, 0.47), "heldout91": (0.95, 0.72), "heldout92": (0.92, 0.6), "heldout93": (0.95, 0.65), "heldout94": (0.95, 0.52), "heldout95": (0.95, 0.65), "heldout96": (0.95, 0.57), "heldout97": (0.92, 0.66), "heldout98": (0.95, 0.62), "heldout99": (0.97, 0.68), "heldout100": (0.97, 0.8), "heldout101": (0.97, 0.65), "heldout102": (0.97, 0.8), "heldout103": (0.97, 0.9), "heldout104": (0.97, 0.66), "heldout105": (0.98, 0.72), "heldout106": (0.95, 0.5), "heldout107": (0.97, 0.64), "heldout108": (0.97, 0.6), "heldout109": (0.93, 0.52), "heldout110": (0.92, 0.64),
              "heldout111": (0.97, 0.57), "heldout112": (0.97, 0.78), "heldout113": (0.97, 0.73),
              "heldout114": (0.95, 0.6), "heldout115": (0.97, 0.63), "heldout116": (0.99, 0.78),
              "heldout117": (0.98, 0.79), "heldout118": (0.99, 0.81), "heldout119": (0.98, 0.7),
              "heldout120": (0.97, 0.8), "heldout121": (0.98, 0.63), "heldout122": (0.97, 0.81),
              "heldout123": (0.98, 0.77), "heldout124": (0.98, 0.61),
              "heldout125": (0.97, 0.79), "heldout126": (0.98, 0.82),
              "heldout127": (0.98, 0.79), "heldout128": (0.97, 0.88),
              "heldout129": (0.95, 0.76), "heldout130": (0.95, 0.84),
              "heldout131": (0.95, 0.68), "heldout132": (0.93, 0.82),
              "heldout133": (0.96, 0.84), "heldout134": (0.95, 0.72)}
    for name, (found, right) in floors.items():
        gold = load_gold(Path(__file__).resolve().parents[1] / "fixtures" / "gold" / f"{name}.jsonl")
        scores = score(gold, [pipeline.extract(g.text, id=g.id) for g in gold])
        assert scores.claims.matched.f1 >= found and scores.claims.fully_right.f1 >= right, (name, scores.claims)


def test_an_interview_whose_title_names_the_zone_only_in_its_committee(pipeline):
    # The zone's committee in the title speaks for the zone (not for its city); 我们 is no part
    # of a metric; a total named before its owner (总规模…的天使投资基金).
    text = ("对话｜洛阳高新区管委会主任王刚:打造创新高地\n记者 李华\n\n记者:过去一年有哪些亮点?\n"
            "王刚:2023年,我们新增国家高新技术企业300家,总数突破1500家。我们还设立了总规模50亿元的产业投资基金。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("洛阳高新区", "新增国家高新技术企业"), ("洛阳高新区", "国家高新技术企业总数"),
                   ("洛阳高新区", "产业投资基金总规模")], got


def test_a_bulletin_of_our_own(pipeline):
    # A clause of method between a level and its change; the share's 的 before 比重; an attribute
    # of what the clause before counted; a comparison with the city's average; 年末 of the year
    # the bulletin is about; the companies before 实现.
    text = ("2023年洛阳高新区统计公报\n洛阳高新区统计局\n2024年3月1日\n\n"
            "初步核算,2023年全区实现地区生产总值420亿元,按可比价格计算,比上年增长5.5%。"
            "全年规模以上工业企业实现营业收入900亿元。高技术制造业增加值占规模以上工业增加值的比重为55.2%。\n"
            "全年签约工业项目20个,投资额120亿元,占签约总额的60%。规模以上工业增加值增长9%,增速高于全市平均水平1.5个百分点。\n"
            "年末全区共有各类市场主体3.2万户。")
    got = [(c.metric, c.period, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [
        ("地区生产总值", "2023", D("5.5")),
        ("规模以上工业企业营业收入", "2023", None),
        ("高技术制造业增加值占规模以上工业增加值比重", "2023", None),
        ("签约工业项目", "2023", None),
        ("签约工业项目投资额", "2023", None),
        ("签约工业项目投资额占签约总额", "2023", None),
        ("规模以上工业增加值", "2023", D("9")),
        ("规模以上工业增加值增速高于全市平均水平", "2023", None),
        ("市场主体", "2023", None),
    ], got


def test_ranks_of_a_ranking_announced_in_the_sentence_before(pipeline):
    text = ("科技部公布2022年度国家高新区综合评价结果\n"
            "近日,科技部公布2022年度国家高新区综合评价结果。在全国178家国家高新区中,杭州高新区位列第3位,南京高新区位列第8位。")
    got = [(c.metric, c.subject, c.value, c.period) for c in pipeline.extract(text).claims]
    assert got == [("综合评价排名", "杭州高新区", D("3"), "2022"), ("综合评价排名", "南京高新区", D("8"), "2022")], got


def test_a_park_inside_a_zone_its_planned_and_built_area_and_an_investment_for_a_purpose(pipeline):
    text = ("潍坊高新区生物医药产业园2023年建设情况\n\n园区规划面积8.5平方公里,已建成区域5.1平方公里。"
            "园区企业去年合共融资约30亿元。园区计划在2025年前再投资20亿元扩建研发设施。")
    got = [(c.subject, c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("潍坊高新区生物医药产业园", "规划面积", "actual"), ("潍坊高新区生物医药产业园", "建成区域", "actual"),
                   ("潍坊高新区生物医药产业园", "融资", "actual"), ("潍坊高新区生物医药产业园", "投资", "target")], got


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=12),
       st.integers(0, 70), st.integers(1, 10))
def test_the_barrier_test_by_bisection_is_the_scan_over_every_barrier(spans, start, width):
    from zonex.spans import SpanIndex

    barriers = [(a, a + n) for a, n in spans]
    end = start + width
    assert SpanIndex(barriers).overlaps(start, end) == any(a < end and start < b for a, b in barriers)


def test_a_taiwan_page_dates_by_the_republic_and_a_level_follows_its_growth(pipeline):
    # 112年 in a text whose money is TWD is 2023, no duration; 較111年 is a basis; 成長8%至1.33兆元
    # is one claim, the level reached with its growth.
    text = ("中科去年營業額逾1.1兆元\n2024/01/30 記者王明台中報導\n\n"
            "中部科學園區112年營業額達新台幣1兆1,200億元，較111年成長4.2%。管理局預估，今年營業額可望成長6%至1.19兆元。")
    doc = pipeline.extract(text)
    assert not [q for q in doc.quantities if q.kind == "duration"], doc.quantities
    got = [(c.metric, c.period, c.value, c.change.value if c.change else None, c.status) for c in doc.claims]
    assert got == [("营业额", "2023", D("1100000000000"), None, "actual"),
                   ("营业额", "2023", D("1120000000000"), D("4.2"), "actual"),
                   ("营业额", "2024", D("1190000000000"), D("6"), "forecast")], got


def test_a_science_city_named_after_its_city_and_then_alone(pipeline):
    # 杭州未来科技城: a time noun between the place and the head; the page then writes 未来科技城.
    # A running total after a count of arrivals (累计达到30家); 总量 names a metric.
    text = ("未来科技城人才工作情况\n\n杭州未来科技城日前出台新政。截至2023年底,未来科技城集聚各类人才总量超过50万人。"
            "2023年,新增上市企业5家,累计达到30家。")
    doc = pipeline.extract(text)
    assert ("杭州未来科技城", "ZONE") in [(e.text, e.label) for e in doc.entities]
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    assert got == [("未来科技城", "人才总量", D("500000")), ("未来科技城", "新增上市企业", D("5")),
                   ("未来科技城", "上市企业", D("30"))], got


def test_places_listed_before_respectively_each_take_their_value(pipeline):
    # 合肥、芜湖、蚌埠三个国家高新区…分别为: each value is of the zone of the place at its rank,
    # and 示范区 alone (a demonstration zone's generic word) is the page's zone.
    text = ("皖江国家自主创新示范区发展报告\n\n2022年,皖江国家自主创新示范区实现营业收入1.6万亿元。"
            "示范区内合肥、芜湖、蚌埠三个国家高新区工业总产值分别为6100亿元、1800亿元和820亿元。示范区拥有高新技术企业7300家。")
    doc = pipeline.extract(text)
    assert ("皖江国家自主创新示范区", "ZONE") in [(e.text, e.label) for e in doc.entities]
    got = [(c.subject, c.subject_text, c.metric, c.value) for c in doc.claims]
    assert got == [("皖江国家自主创新示范区", "皖江国家自主创新示范区", "营业收入", D("1600000000000")),
                   ("合肥高新区", "合肥", "工业总产值", D("610000000000")),
                   ("芜湖高新区", "芜湖", "工业总产值", D("180000000000")),
                   ("蚌埠高新区", "蚌埠", "工业总产值", D("82000000000")),
                   ("皖江国家自主创新示范区", "示范区", "高新技术企业", D("7300"))], got


def test_metrics_listed_before_respectively_each_take_their_growth(pipeline):
    # 分别增长7.1%和3.6%: the second rate has no verb of its own; it is the list's second change.
    text = "2024年1—6月,无锡高新区营业收入和利润总额分别下降2.1%和4.5%。固定资产投资、工业投资、技改投资分别增长6.3%、11.2%和9%。"
    got = [(c.metric, c.value, c.change.value, c.change.direction) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", None, D("2.1"), "down"), ("利润总额", None, D("4.5"), "down"),
                   ("固定资产投资", None, D("6.3"), "up"), ("工业投资", None, D("11.2"), "up"),
                   ("技改投资", None, D("9"), "up")], got


def test_the_whole_year_after_a_quarter_is_the_year(pipeline):
    text = "2024年11月5日,嘉兴高新区召开会议。会议要求,四季度要全力冲刺,确保全年规上工业增加值增长7%。"
    (claim,) = pipeline.extract(text).claims
    assert (claim.metric, claim.period, claim.status) == ("规上工业增加值", "2024", "target"), claim


def test_after_completion_is_no_part_of_the_metric(pipeline):
    text = "2023年,株洲高新区一期项目开工,预计项目建成后年产储能电池20吉瓦时。"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("年产储能电池", D("20"))], got


def test_on_a_tie_the_narrower_place_is_the_subject():
    from zonex.models import Entity
    from zonex.ner.subjects import main_subject

    text = "四川宜宾三江新区签约项目\n"
    entities = [Entity(start=0, end=2, text="四川", label="GPE"), Entity(start=2, end=8, text="宜宾三江新区", label="GPE")]
    assert main_subject(text, entities) == "宜宾三江新区"
    assert main_subject("四川召开会议\n", entities[:1]) == "四川"


def test_a_generic_zone_word_on_a_citys_page_is_the_zone_of_that_kind_named_before(pipeline):
    # On 温州's page 经开区 is 温州经济技术开发区 and 综保区 is 温州综合保税区; listed before 分别
    # they take the values in order; after 推动 the generic word is the subject, not the metric.
    text = ("温州市2025年政府工作报告\n\n2024年,温州经济技术开发区、温州综合保税区加快发展。"
            "经开区实现规上工业总产值1500亿元。经开区、综保区实际使用外资分别为3.1亿美元和0.9亿美元。"
            "今年推动经开区规上工业总产值突破1600亿元。")
    got = [(c.subject, c.subject_text, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("温州经济技术开发区", "经开区", "规上工业总产值", D("150000000000")),
                   ("温州经济技术开发区", "经开区", "实际使用外资", D("310000000")),
                   ("温州综合保税区", "综保区", "实际使用外资", D("90000000")),
                   ("温州经济技术开发区", "经开区", "规上工业总产值", D("160000000000"))], got


def test_the_items_of_a_list_of_targets_share_their_status_past_an_item_without_a_claim(pipeline):
    text = "今年的主要预期目标是:地区生产总值增长5.5%左右;城乡居民收入增长与经济增长同步;一般公共预算收入增长4%以上。"
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", "target"), ("一般公共预算收入", "target")], got


def test_a_work_reports_dateline_dates_this_year(pipeline):
    text = "政府工作报告\n——2025年2月10日在湖州市第九届人民代表大会第五次会议上\n\n今年规模以上工业增加值增长7%。"
    (claim,) = pipeline.extract(text).claims
    assert (claim.period, claim.status) == ("2025", "actual"), claim


def test_hong_kong_quarters_and_year_on_year(pipeline):
    text = "2024年11月2日\n今年首三季，園區工業總產值達１２００億元，按年增長８.５％。首季出口增長３％。"
    got = [(c.metric, c.period, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("工业总产值", "2024-01/2024-09", D("120000000000"), D("8.5")),
                   ("出口", "2024-01/2024-03", None, D("3"))], got


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        ("全年新开工亿元以上产业项目210个,其中10亿元以上项目31个。", [("新开工亿元以上产业项目", D("210")), ("10亿元以上项目", D("31"))]),
        ("全区建有众创空间18个,其中国家级5个。", [("众创空间", D("18")), ("国家级众创空间", D("5"))]),
        ("我市净增科技型中小企业820家,总数达到5120家。", [("净增科技型中小企业", D("820")), ("科技型中小企业总数", D("5120"))]),
        ("规上工业亩均税收达到38万元。", [("规上工业亩均税收", D("380000"))]),
        ("出口总额95亿元,当中对欧盟出口约20亿元。", [("出口总额", D("9500000000")), ("对欧盟出口", D("2000000000"))]),
    ],
)
def test_metrics_of_a_work_reports_sentences(pipeline, sentence, metrics):
    assert [(c.metric, c.value) for c in pipeline.extract(sentence).claims] == metrics


def test_a_multiple_after_a_share_is_the_growth_of_the_level(pipeline):
    text = "截至目前,十堰高新区拥有高新技术企业860家,占全市的52.5%,是2020年的2.1倍。"
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("高新技术企业", D("860"), D("2.1")), ("高新技术企业占全市", D("52.5"), None)], got


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # higher than the province: the growth of the claim before, or its level when it has none
        ("前三季度,十堰高新区实现地区生产总值512亿元,同比增长7.2%,高于全省1.3个百分点。", "地区生产总值增速高于全省"),
        ("2024年,园区研发投入强度达4.1%,高于全省平均水平约0.8个百分点。", "研发投入强度高于全省平均水平"),
        # compared again: the thing compared, not both comparisons
        ("2023年,产品有效成分含量高于国家标准20%,高于行业标准35%。", "产品有效成分含量高于行业标准"),
    ],
)
def test_a_comparison_names_what_is_compared(pipeline, sentence, metric):
    assert pipeline.extract(sentence).claims[-1].metric == metric


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        # a rank after a level and its change
        ("2023年,全社会R&D经费投入强度达到3.1%,比上年提高0.2个百分点,居全省第4位。",
         ["全社会R&D经费投入强度", "全社会R&D经费投入强度全省排名"]),
        # the rank of a growth rate
        ("前三季度,工业投资同比增长12%,增速在全省10家国家高新区中排名第3位。", ["工业投资", "工业投资增速全省排名"]),
        # a named evaluation, after the zones it ranks
        ("2023年,十堰经济技术开发区在国家级经济技术开发区综合发展水平考核评价中排名第41位。", ["综合发展水平考核评价排名"]),
        # the total of what grew, ranked (总量 after a change-only claim)
        ("2026年,全区规模工业增加值同比增长8.2%,总量居全省国家高新区第3位。", ["规模工业增加值", "规模工业增加值总量全省排名"]),
        ("2026年,全区规模工业增加值同比增长8.2%。总量居全省第3位。", ["规模工业增加值", "总量全省排名"]),
        # the zones ranked among, between the scope and the rank, are neither metric nor scope
        ("2026年,营业收入居全省国家级经济技术开发区第3位。", ["营业收入全省排名"]),
        # the ranking named before the verb that enters its top N
        ("2027年,推动我区在国家高新区综合排名中挺进前五。", ["综合排名"]),
        # a province's own scope, by its one-character name (全疆, 全川)
        ("2026年,乌鲁木齐经开区签约总金额居全疆开发区第1位。", ["签约总金额全疆排名"]),
        # items counted before the head they share
        ("电子信息、生物医药两大产业营业收入分别为300亿元和120亿元。", ["电子信息产业营业收入", "生物医药产业营业收入"]),
        # the count must match the items, and items without a count keep their own names
        ("2020年,合肥高新区营业收入、工业总产值分别为8000亿元、3200亿元。", ["营业收入", "工业总产值"]),
    ],
)
def test_ranks_and_lists_name_their_metrics(pipeline, sentence, metrics):
    assert [c.metric for c in pipeline.extract(sentence).claims] == metrics


def test_a_province_page_about_its_zones_together(pipeline):
    # A title naming the place's zones together (江苏省高新区…), under the page's path: 全省…高新区
    # are the place's zones, of both levels when both are counted; places listed before a zone
    # named after its place are zones of that kind; 其中X同比增长 is the growth of X's level; a
    # rank's move is its change; shares listed after 分别占 each go with their level.
    text = ("首页 > 新闻中心 > 科技要闻\n2024年江苏省高新区主要指标稳中有进\n发布时间:2025-04-10\n\n"
            "2024年,全省18个国家高新区和30个省级高新区实现营业收入9.1万亿元,同比增长6.2%。"
            "常州、无锡、南京高新区营业收入分别为5100亿元、4800亿元和6200亿元,其中南京高新区同比增长9.1%。"
            "在2023年度国家高新区综合评价中,常州高新区排名第21位,较上年前移4位。"
            "全省高新区共有国家级孵化器96家、省级重点实验室210个,分别占全省的70.6%和58.3%。")
    got = [(c.subject, c.metric, c.value, c.change.value if c.change else None, c.change.direction if c.change else None)
           for c in pipeline.extract(text).claims]
    assert got == [
        ("江苏省高新区", "营业收入", D("9100000000000"), D("6.2"), "up"),
        ("常州高新区", "营业收入", D("510000000000"), None, None),
        ("无锡高新区", "营业收入", D("480000000000"), None, None),
        ("南京高新区", "营业收入", D("620000000000"), D("9.1"), "up"),
        ("常州高新区", "综合评价排名", D("21"), D("4"), "down"),
        ("江苏省高新区", "国家级孵化器", D("96"), None, None),
        ("江苏省高新区", "省级重点实验室", D("210"), None, None),
        ("江苏省高新区", "国家级孵化器占全省", D("70.6"), None, None),
        ("江苏省高新区", "省级重点实验室占全省", D("58.3"), None, None),
    ], got


def test_a_county_word_on_a_zones_page_is_the_county(pipeline):
    text = ("河北枣强经济开发区项目签约\n2024-12-10\n\n枣强经济开发区现场签约项目8个。"
            "1—11月,全县招商引资到位资金42亿元。今年我县还安排园区发展专项资金3000万元。枣强县位于衡水。")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("枣强经济开发区", "现场签约项目", D("8")), ("枣强县", "招商引资到位资金", D("4200000000")),
                   ("枣强县", "园区发展专项资金", D("30000000"))], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record after the level does not part it from its growth
        ("2025/01/21\n潭子園區去年營業額1,512億元創新高 年增逾1成", [("营业额", "2024", D("151200000000"), D("10"))]),
        # a year things are counted from, up to the page's date
        ("2025/01/21\n潭子園區自民國60年設立至今,廠商投資金額已達新台幣3,300億元。", [("厂商投资金额", "2025", D("330000000000"), None)]),
        # an ROC year after a comma of the text
        ("2025/01/21\n管理局統計,113年潭子園區營業額為新台幣512億元。", [("营业额", "2024", D("51200000000"), None)]),
        # 全年 after months given before
        ("2024年12月16日\n1—11月,开发区规上工业总产值增长10%。预计全年开发区规上工业总产值将突破95亿元。",
         [("规上工业总产值", "2024-01/2024-11", None, D("10")), ("规上工业总产值", "2024", D("9500000000"), None)]),
    ],
)
def test_periods_and_levels_of_set_seven(pipeline, text, expected):
    got = [(c.metric, c.period, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == expected, got


def test_zones_are_cited_as_the_page_cites_them(pipeline):
    # the shorter name of the same place and head, written more often (but a Taiwan industrial
    # park by its full name, as sets 83, 94 and 112 cite it); no province before a county's zone;
    # an event on a day of the page's year is a fact, not a target
    text = ("潭子園區去年營業額創新高\n2025/01/21\n\n位於台中市的潭子科技產業園區全年營業額達新台幣912億元。"
            "潭子園區出口值705億元。潭子園區進駐廠商120家。")
    assert {c.subject for c in pipeline.extract(text).claims} == {"潭子科技产业园区"}
    text = ("开发区签约\n发布时间:2024-12-16\n\n12月15日,河北枣强经济开发区2024年第四批重点项目集中签约,"
            "现场签约项目9个,总投资46.8亿元;集中开工项目6个。枣强县融媒体中心报道,枣强地处冀南,全县招商引资到位资金42亿元。")
    got = [(c.subject, c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("枣强经济开发区", "现场签约项目", "actual"), ("枣强经济开发区", "现场签约项目总投资", "actual"),
                   ("枣强经济开发区", "集中开工项目", "actual"), ("枣强县", "招商引资到位资金", "actual")], got


def test_zones_of_one_level_opening_a_clause_are_the_places_zones_of_that_level(pipeline):
    text = ("首页 > 新闻 > 要闻\n2024年湖南省高新区主要指标\n发布时间:2025-04-18\n\n"
            "2024年,全省高新区实现营业收入3.1万亿元。其中,省级高新区营业收入增长8.1%。")
    got = [(c.subject, c.subject_text, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("湖南省高新区", "全省高新区", "营业收入"), ("湖南省级高新区", "省级高新区", "营业收入")], got


def test_a_half_year_summary_of_our_own(pipeline):
    # 完成全年目标的48.6%: the completion of the level before, a fact of the half year (目标 in it is
    # no target cue, 全年 in it no period); 其中一季度、二季度分别增长: that level's growth in each
    # quarter, which does not become the paragraph's period; a second 分别 list of changes goes
    # with the levels listed before, and 累计分别达到 with the arrivals listed before.
    text = ("2025年7月18日\n上半年,全区实现地区生产总值120.5亿元,同比增长6.1%,完成全年目标的47.9%,"
            "其中一季度、二季度分别增长5.8%和6.4%。社会消费品零售总额、外贸进出口总额分别为21.3亿元和40.2亿元,"
            "分别增长4.1%和10.6%;新增专精特新“小巨人”企业3家、省级专精特新中小企业25家,累计分别达到17家和142家。")
    got = [(c.metric, c.value, c.change.value if c.change else None, c.period, c.status) for c in pipeline.extract(text).claims]
    h1 = "2025-01/2025-06"
    assert got == [
        ("地区生产总值", D("12050000000"), D("6.1"), h1, "actual"),
        ("地区生产总值完成全年目标", D("47.9"), None, h1, "actual"),
        ("地区生产总值", None, D("5.8"), "2025-01/2025-03", "actual"),
        ("地区生产总值", None, D("6.4"), "2025-04/2025-06", "actual"),
        ("社会消费品零售总额", D("2130000000"), D("4.1"), h1, "actual"),
        ("外贸进出口总额", D("4020000000"), D("10.6"), h1, "actual"),
        ("新增专精特新“小巨人”企业", D("3"), None, h1, "actual"),
        ("新增省级专精特新中小企业", D("25"), None, h1, "actual"),  # the list's verb, written once
        ("专精特新“小巨人”企业", D("17"), None, h1, "actual"),
        ("省级专精特新中小企业", D("142"), None, h1, "actual"),
    ], got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("确保三季度新开工亿元以上项目不少于12个。", [("新开工亿元以上项目", D("12"), None)]),
        ("2024年度国家大学科技园评价结果中,该园位列第9位,较上一次评价前移4位。", [("评价排名", D("9"), D("4"))]),
        ("大工科技园现有孵化面积12.6万平方米,在孵企业318家。", [("孵化面积", D("126000"), None), ("在孵企业", D("318"), None)]),
    ],
)
def test_metrics_of_a_science_park_page(pipeline, sentence, expected):
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(sentence).claims]
    assert got == expected, got


def test_a_companys_project_and_a_short_name_the_page_defines(pipeline):
    # 项目… opening the next sentence is the company's project still; 公司 opening a clause is the
    # company named last; a zone is cited by the short name the page defines and uses.
    text = ("枣强经济开发区项目签约\n2024-12-16\n\n本次签约的衡水宏达新材料有限公司智能工厂项目,总投资12亿元。"
            "项目达产后预计实现年产值20亿元。董事长说,公司今年营业收入已达6.8亿元。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("衡水宏达新材料有限公司", "总投资"), ("衡水宏达新材料有限公司", "年产值"),
                   ("衡水宏达新材料有限公司", "营业收入")], got
    text = ("大工科技园获评优秀\n2025-09-23\n\n记者从大连理工大学国家大学科技园(以下简称“大工科技园”)获悉,"
            "2024年大工科技园新增注册企业64家。园区新获授权知识产权356件。")
    assert {c.subject for c in pipeline.extract(text).claims} == {"大工科技园"}


@pytest.mark.parametrize(
    ("sentence", "metric", "subject_text"),
    [
        ("2024年该园在孵企业318家。", "在孵企业", "该园"),
        ("2024年,该企业营业收入3亿元。", "营业收入", "该企业"),
        ("2023年,该区域营业收入5亿元。", "该区域营业收入", None),  # 该区|域 is no 该区
    ],
)
def test_what_points_back_is_the_subject_not_the_metric(pipeline, sentence, metric, subject_text):
    (claim,) = pipeline.extract(sentence).claims
    assert (claim.metric, claim.subject_text) == (metric, subject_text)


def test_a_quoted_name_after_the_number_is_one_unit_of_the_metric(pipeline):
    got = [(c.metric, c.value) for c in pipeline.extract("目前,该基地已培育2个国家“万人计划”专家。").claims]
    assert got == [("国家“万人计划”专家", D("2"))], got


def test_a_statistics_release_written_as_a_text_table(pipeline):
    # Rows "label(unit):value": the label is the metric, the unit in brackets the value's; a growth
    # rate's row is its metric's change; a row without a value keeps its growth; the rows take
    # the period the lead announced; a note in the brackets is no unit.
    text = ("2025年1—6月滁州经济技术开发区主要经济指标\n发布日期:2025-07-20\n\n现将1—6月主要经济指标发布如下:\n"
            "地区生产总值(亿元):156.2,同比增长5.1%\n规模以上工业增加值增速(%):7.3\n"
            "新能源产业产值(亿元):—,同比增长21.2%\n规模以上工业企业(家):212\n工业用电量(亿千瓦时):8.75\n"
            "高新技术企业(家,截至6月末):287")
    doc = pipeline.extract(text)
    got = [(c.metric, c.value, c.unit, c.change.value if c.change else None, c.period) for c in doc.claims]
    h1 = "2025-01/2025-06"
    assert got[:5] == [("地区生产总值", D("15620000000"), "CNY", D("5.1"), h1),
                       ("规模以上工业增加值", None, None, D("7.3"), h1),
                       ("新能源产业产值", None, None, D("21.2"), h1),
                       ("规模以上工业企业", D("212"), "家", None, h1),
                       ("工业用电量", D("875000000"), "kWh", None, h1)], got
    assert got[5][:3] == ("高新技术企业", D("287"), "家"), got
    assert all(text[q.start:q.end] == q.text for q in doc.quantities)


def test_a_city_is_cited_by_its_full_name_when_the_page_writes_it(pipeline):
    text = "常州科技创新成效显著\n2025-12-09\n\n常州市科技局发布,2025年常州新增高新技术企业620家。"
    assert [c.subject for c in pipeline.extract(text).claims] == ["常州市"]
    text = "广西高新区发展\n2025-12-09\n\n2025年广西新增高新技术企业620家。"
    assert [c.subject for c in pipeline.extract(text).claims] == ["广西"]


def test_a_district_word_on_a_citys_page_is_the_zone_its_paragraph_is_about(pipeline):
    text = ("常州市科技创新\n2025-12-09\n\n常州市科技局召开会议。2025年全市新增高新技术企业620家。\n"
            "常州高新区是全市创新主阵地。截至11月底,全区拥有科技企业孵化器38家。\n"
            "中以常州创新园今年新落地合作项目9个。")
    got = [(c.subject, c.subject_text, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("常州市", "全市", "新增高新技术企业"), ("常州高新区", "全区", "科技企业孵化器"),
                   ("中以常州创新园", "中以常州创新园", "新落地合作项目")], got


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        ("今年,全市新获批国家级科技企业孵化器2家、省级科技企业孵化器6家。",
         ["新获批国家级科技企业孵化器", "新获批省级科技企业孵化器"]),
        ("2025年,在孵企业实现营业收入36.4亿元。", ["在孵企业营业收入"]),
    ],
)
def test_a_lists_verb_and_the_firms_that_earned(pipeline, sentence, metrics):
    assert [c.metric for c in pipeline.extract(sentence).claims] == metrics


def test_an_amount_converted_after_a_comma_is_the_same_figure(pipeline):
    text = "2025年园区贸易总额达新台币2兆4,860亿元,约合790.2亿美元,年增14.6%;出口值1兆6,320亿元,约790亿元来自电子零组件。"
    got = [(c.metric, c.value, c.unit, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got[:3] == [("贸易总额", D("2486000000000"), "TWD", D("14.6")),
                       ("贸易总额", D("79020000000"), "USD", None),
                       ("出口值", D("1632000000000"), "TWD", None)], got


def test_an_amount_converted_into_another_currency_is_a_claim_of_its_own(pipeline):
    # The same figure in brackets in another currency (or after a comma and 约合/折合): the same
    # metric, subject, period and status; a growth rate written after it is the first amount's
    # only (in another currency the exchange rate moves it too). An amount in the same currency in
    # brackets (a part of it) is not a conversion.
    text = ("松山湖高新区2024年实际使用外资3.5亿美元(约合25.2亿元),同比增长8.1%。"
            "园区今年力争引进港资项目投资额20亿港元(约18.4亿元)。"
            "一期投资12亿元(其中设备投资4亿元)。")
    got = [(c.subject, c.metric, c.period, c.value, c.unit, c.change.value if c.change else None, c.status)
           for c in pipeline.extract(text).claims]
    assert got[:4] == [
        ("松山湖高新区", "实际使用外资", "2024", D("350000000"), "USD", D("8.1"), "actual"),
        ("松山湖高新区", "实际使用外资", "2024", D("2520000000"), "CNY", None, "actual"),
        ("松山湖高新区", "引进港资项目投资额", "2024", D("2000000000"), "HKD", None, "target"),
        ("松山湖高新区", "引进港资项目投资额", "2024", D("1840000000"), "CNY", None, "target"),
    ], got
    # 4亿元 is a part of the 12亿元, with a metric of its own, not the same figure converted
    assert [(c[1], c[3]) for c in got[4:]] == [("一期投资", D("1200000000")), ("设备投资", D("400000000"))], got


def test_a_metric_written_once_after_respectively_goes_with_each_value(pipeline):
    # 分别实现产值A和B: the metric stands between 分别 and the values, once for the list
    text = "2024年,余杭和萧山分别实现规上工业增加值1320亿元和980亿元,分别增长6.5%和4.2%。"
    got = [(c.subject, c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [
        ("余杭", "规上工业增加值", D("132000000000"), D("6.5")),
        ("萧山", "规上工业增加值", D("98000000000"), D("4.2")),
    ], got


def test_a_provinces_zones_of_every_level_together(pipeline):
    # 全省…个省级以上开发区: the zones of every level counted, so the level is dropped from the
    # subject; on a province's page a bare 开发区 is its zones of that kind together; a share's
    # metric keeps no bound word (不足, 接近)
    text = ("浙江省开发区2025年发展情况\n发布时间:2026-02-10\n"
            "全省118个省级以上开发区全年实现营业收入9.6万亿元,同比增长5.1%;完成固定资产投资8120亿元。"
            "开发区土地面积占全省的比重不足6%,税收收入占全省的比重接近五成。")
    got = [(c.subject, c.metric, c.value, c.qualifier) for c in pipeline.extract(text).claims]
    assert got == [
        ("浙江省开发区", "营业收入", D("9600000000000"), "exact"),
        ("浙江省开发区", "固定资产投资", D("812000000000"), "exact"),
        ("浙江省开发区", "土地面积占全省比重", D("6"), "upper_bound"),
        ("浙江省开发区", "税收收入占全省比重", D("50"), "approx"),
    ], got


def test_the_company_that_invests_is_the_subject_of_its_project(pipeline):
    # 由某某有限公司投资建设: who invests, though 由 is otherwise no subject's preposition; the
    # sentence after about the project stays the company's; a place after 由 is no investor
    text = ("临港经开区2025年重点项目\n发布时间:2025-12-20\n"
            "1. 储能电池项目。由上海恒锂新能源科技有限公司投资建设,总投资18亿元,用地约260亩。"
            "项目达产后预计年产值40亿元。"
            "2. 产业园配套项目。由园区管委会统筹建设,总投资3亿元。")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got[:3] == [
        ("上海恒锂新能源科技有限公司", "总投资", D("1800000000")),
        ("上海恒锂新能源科技有限公司", "用地", D("260")),
        ("上海恒锂新能源科技有限公司", "年产值", D("4000000000")),
    ], got
    assert got[3][0] != "上海恒锂新能源科技有限公司" and got[3][2] == D("300000000"), got


def test_an_evaluations_year_is_not_the_year_the_paragraph_is_about(pipeline):
    # 在2024年度…考核评价中: the year an evaluation is of (its paragraph's ranks go on with it);
    # the 全年 of the next paragraph is the page's year. 新 before a flow verb stays with it
    # (新引进); 台商投资区 is a zone's head.
    text = ("江苏省开发区2025年发展综述\n发布时间:2026-02-12\n"
            "在商务部公布的2024年度国家级经开区综合发展水平考核评价中,昆山经济技术开发区排名第5位。\n"
            "从重点园区看,南京高新区全年营业收入3120亿元。"
            "昆山台商投资区新引进台资项目52个。")
    got = [(c.subject, c.metric, c.period, c.value) for c in pipeline.extract(text).claims]
    assert got[1:] == [
        ("南京高新区", "营业收入", "2025", D("312000000000")),
        ("昆山台商投资区", "新引进台资项目", "2025", D("52")),
    ], got
    assert got[0][1].endswith("排名") and got[0][2] == "2024", got


def test_a_range_of_growth_is_the_value_of_what_grows(pipeline):
    # A change has no range: 固定资产投资增长4%—5% is a claim of 固定资产投资增长, low 4, high 5
    text = "2026年主要预期目标是:地区生产总值增长6%左右,固定资产投资同比增长4%—5%,进出口总额下降1%~2%。"
    got = [(c.metric, c.value, c.low, c.high, c.unit, c.change.value if c.change else None, c.status)
           for c in pipeline.extract(text).claims]
    assert got == [
        ("地区生产总值", None, None, None, None, D("6"), "target"),
        ("固定资产投资增长", None, D("4"), D("5"), "%", None, "target"),
        ("进出口总额下降", None, D("1"), D("2"), "%", None, "target"),
    ], got


def test_a_part_after_qizhong_keeps_its_own_metric(pipeline):
    # 新设外资企业19家,其中德资企业7家: the part is named as written, without the flow verb (as the
    # annotators of sets 6-9 write 其中10亿元以上项目; set 10's annotator wrote 新设德资企业)
    text = "今年新设外资企业19家,其中德资企业7家。全年新签约亿元以上项目32个,其中10亿元以上项目5个。"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("新设外资企业", D("19")), ("德资企业", D("7")),
                   ("新签约亿元以上项目", D("32")), ("10亿元以上项目", D("5"))], got


def test_ji_between_two_modifiers_of_one_noun_stays_in_the_metric(pipeline):
    # 稀土新材料及应用产业产值: 及 joins two modifiers of one head; with 分别 after it, it lists metrics
    text = "全区汽车及零部件产业实现产值500亿元。新引进内地及海外企业36家。营业收入及利润分别增长5%和6%。"
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("汽车及零部件产业产值", D("50000000000"), None), ("新引进内地及海外企业", D("36"), None),
                   ("营业收入", None, D("5")), ("利润", None, D("6"))], got


def test_the_pages_year_on_a_year_end_page_is_no_plan_by_itself(pipeline):
    # A page dated in December reviews its year: 2025年…兑现…3.2亿元 is a fact; on a page of
    # March the same sentence with no cue is read as what the year is to bring
    sentence = "2025年,全区共为企业兑现招商引资奖补资金3.2亿元。"
    late = pipeline.extract("长春经开区招商工作综述\n发布时间:2025-12-29\n" + sentence).claims
    early = pipeline.extract("长春经开区招商工作要点\n发布时间:2025-03-02\n" + sentence).claims
    assert [(c.value, c.status) for c in late] == [(D("320000000"), "actual")], late
    assert [(c.value, c.status) for c in early] == [(D("320000000"), "target")], early


def test_a_bare_total_after_a_count_of_projects_is_their_total(pipeline):
    # split totals (annotation guide): 现场签约项目9个,总投资46.8亿元 → 现场签约项目总投资; the flow
    # verb before an amount class stays (引进亿元以上项目); a total that names itself stays as written
    text = ("2024年现场签约项目9个,总投资46.8亿元;引进亿元以上项目41个,总投资326亿元。"
            "新签约项目86个,协议总投资612.4亿元。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("现场签约项目", D("9")), ("现场签约项目总投资", D("4680000000")),
                   ("引进亿元以上项目", D("41")), ("引进亿元以上项目总投资", D("32600000000")),
                   ("新签约项目", D("86")), ("协议总投资", D("61240000000"))], got


def test_a_stock_as_of_a_months_end_is_the_years(pipeline):
    # 截至9月底 → the year (annotation guide), as 截至2020年12月; 到6月 may be a deadline and keeps its month
    text = ("园区经济运行情况\n发布时间:2025-10-20\n截至9月底,全区稀土产业链企业达到127家。\n"
            "到2026年6月,建成孵化器5家。")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == [("稀土产业链企业", "2025"), ("建成孵化器", "2026-06")], got


def test_city_run_zones_and_a_zone_cited_by_its_short_head(pipeline):
    # 市属开发区 opening a clause: the zones the city runs (潍坊市 + 市属开发区), not part of the
    # metric; a zone named in full once and by its head's short form more often is cited short
    text = ("2025年上半年淄博市市属开发区经济运行简析\n"
            "上半年,市属开发区规模以上工业增加值同比增长8.9%;市属开发区高新技术企业达到1524家。\n"
            "张店经济技术开发区营业收入500亿元。张店经开区新增企业20家。张店经开区新增项目8个。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("淄博市市属开发区", "规模以上工业增加值"), ("淄博市市属开发区", "高新技术企业"),
                   ("张店经开区", "营业收入"), ("张店经开区", "新增企业"), ("张店经开区", "新增项目")], got


def test_a_count_more_or_fewer_than_a_basis_is_the_change(pipeline):
    # 较上年同期多11个: the change of the count before it; 多 without a basis is no change word
    text = "新开工亿元以上项目56个,较上年同期多11个。园区企业120家,比去年少3家。园区有企业130多个。"
    got = [(c.metric, c.value, c.change and (c.change.value, c.change.direction, c.change.basis))
           for c in pipeline.extract(text).claims]
    assert got == [("新开工亿元以上项目", D("56"), (D("11"), "up", "since")),
                   ("企业", D("120"), (D("3"), "down", "since")), ("企业", D("130"), None)], got


def test_ranks_take_the_whole_name_of_the_evaluation_announced(pipeline):
    # 考核评价 is one name: the ranks after it are 综合发展水平考核评价排名, the zones ranked cut off
    text = ("商务部近期公布2025年国家级经济技术开发区综合发展水平考核评价结果。"
            "贵阳经济技术开发区位列第41位,较上年前移6位。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("综合发展水平考核评价排名", D("41"))], got


def test_a_provinces_zones_on_a_zones_page(pipeline):
    # On a zone's page 全省 names the province, and 全省国家级经开区 its zones of that kind together
    text = ("昆明经开区位次前移\n发布时间:2026-01-20\n"
            "本报讯 记者从云南省商务厅获悉,作为云南的开放窗口,昆明经开区营业收入500亿元。"
            "从总体看,2025年全省国家级经开区地区生产总值合计1479.3亿元。全省外贸进出口总额增长6%。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("昆明经开区", "营业收入"), ("云南省国家级经开区", "地区生产总值"), ("云南省", "外贸进出口总额")], got


def test_the_evaluation_not_its_year_or_the_zones_it_ranks_names_a_rank(pipeline):
    # 2024年度综合评价: 年度 goes with the year; 在国家高新区综合评价中的排名: the zones ranked are cut off
    text = ("科技部日前公布国家高新区2024年度综合评价结果,柳州高新区位列第61位。"
            "到2027年,桂林高新区在国家高新区综合评价中的排名进入前80位。")
    got = [(c.subject, c.metric, c.period, c.value) for c in pipeline.extract(text).claims]
    assert got == [("柳州高新区", "综合评价排名", "2024", D("61")), ("桂林高新区", "综合评价排名", "2027", D("80"))], got


def test_the_verb_that_reaches_a_level_is_no_part_of_the_metric(pipeline):
    # 首破 (first crossed) and 提高到 (rose to) between a metric and its value; 的比重 → 比重
    text = "2025年东兴边合区外贸进出口总额首破百亿元。电子信息产品出口占全区出口总额的比重提高到41.2%。"
    got = [(c.metric, c.value, c.unit) for c in pipeline.extract(text).claims]
    assert got == [("外贸进出口总额", D("10000000000"), "CNY"), ("电子信息产品出口占全区出口总额比重", D("41.2"), "%")], got


def test_the_place_traded_with_is_part_of_the_metric(pipeline):
    # 对越南进出口额: the partner country is in the metric and never the subject
    text = ("东兴边合区2025年外贸进出口总额120亿元。以美元计,东兴边合区对越南进出口额13.6亿美元,"
            "同比增长15.9%,占比超过八成。全区对泰国出口额增长12%。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("东兴边合区", "外贸进出口总额"), ("东兴边合区", "对越南进出口额"), ("东兴边合区", "对越南进出口额占比"),
                   ("东兴边合区", "对泰国出口额")], got


def test_a_port_named_at_the_head_of_its_clause_reports_its_own_figures(pipeline):
    # 东兴口岸全年进出境货运量…: the port is the subject (and its place no subject), in a forecast too;
    # 全市口岸 is the city's ports, a part of the metric; 辆次 is a count of vehicle trips
    text = ("东兴边合区2025年外贸进出口总额120亿元。东兴口岸全年进出境货运量186.5万吨,同比增长12.3%,"
            "出入境车辆8.6万辆次,增长19.2%。预计东兴口岸2026年货运量将达到210万吨左右。")
    got = [(c.subject, c.metric, c.unit, c.change and c.change.value, c.status) for c in pipeline.extract(text).claims]
    assert got == [("东兴边合区", "外贸进出口总额", "CNY", None, "actual"),
                   ("东兴口岸", "进出境货运量", "t", D("12.3"), "actual"),
                   ("东兴口岸", "出入境车辆", "辆次", D("19.2"), "actual"),
                   ("东兴口岸", "货运量", "t", None, "forecast")], got


def test_items_listed_before_respectively_and_the_metric_after_it(pipeline):
    # A、B及C等三大主导产业分别实现产值x、y和z: each item with the class they share and the metric
    # written once after 分别; a 及 inside an item stays (the enumeration commas give three items)
    text = ("2025年,电子信息、汽车及零部件、新材料等三大主导产业分别实现产值412.3亿元、386.5亿元和271.9亿元,"
            "分别增长14.2%、7.7%和9.1%。")
    got = [(c.metric, c.change and c.change.value) for c in pipeline.extract(text).claims]
    assert got == [("电子信息产业产值", D("14.2")), ("汽车及零部件产业产值", D("7.7")), ("新材料产业产值", D("9.1"))], got


def test_a_flow_verb_carries_along_a_list_and_a_running_total_drops_it(pipeline):
    text = ("新获评国家级专精特新小巨人企业4家、省级专精特新中小企业37家。"
            "全年新开通国际道路运输线路2条,累计达到9条。累计培育上市企业5家。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("新获评国家级专精特新小巨人企业", D("4")), ("新获评省级专精特新中小企业", D("37")),
                   ("新开通国际道路运输线路", D("2")), ("国际道路运输线路", D("9")), ("累计培育上市企业", D("5"))], got


def test_a_projects_capacity_and_the_parts_of_a_policy_are_no_claims(pipeline):
    # 年加工30万吨…项目: what the project can do; 5个方面, 21条措施: the policy's outline; 排名前3位的…给予:
    # whom the policy rewards
    text = ("东兴金穗粮油有限公司投资建设的年加工30万吨进口油菜籽项目已建成投产。"
            "《措施》围绕企业培育、平台建设和开放合作5个方面提出21条措施。"
            "对评价结果排名前3位的省级高新区,每家给予500万元奖励。全年生产钢材30万吨。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("生产钢材", D("300000"))], got


def test_how_many_zones_of_each_level_a_province_has(pipeline):
    # 全省国家高新区达到3家、省级高新区达到15家: the zones are the metric, the province the subject
    text = ("湖南省推动高新区提质增效\n发布时间:2025-03-01\n到2027年,全省国家高新区达到12家、省级高新区达到40家;"
            "全省高新区营业收入突破3万亿元。")
    got = [(c.subject, c.metric, c.value, c.status) for c in pipeline.extract(text).claims]
    assert got[:2] == [("湖南省", "国家高新区", D("12"), "target"), ("湖南省", "省级高新区", D("40"), "target")], got


def test_what_a_zone_relies_on_and_where_a_company_works_are_not_subjects(pipeline):
    # 边合区将依托…试验区建设: the zone, not what it relies on; 在…边合区从事…的某公司: the company
    text = ("东兴边境经济合作区2025年外贸进出口总额120亿元。2026年,边合区将依托东兴重点开发开放试验区建设,"
            "力争外贸进出口总额达到150亿元以上。在东兴边合区从事坚果进口的东兴丰禾国际贸易有限公司,"
            "2025年进口额达到3200万美元。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    # (the zone cited by the short form the page writes as often as its full name)
    assert got == [("东兴边合区", "外贸进出口总额"), ("东兴边合区", "外贸进出口总额"),
                   ("东兴丰禾国际贸易有限公司", "进口额")], got


def test_a_plans_average_rates_and_its_targets(pipeline):
    # 年均增长: an average over the years, basis unspecified; “十五五”期间 is the span of its own
    # rate only: the targets after it are of 2030; 拓展至 and 跻身 reach a level, no part of a metric
    text = ("规划纲要\n发布时间:2025-12-20\n“十四五”期间,全区营业收入年均增长12.1%。"
            "到2030年,营业收入力争达到2200亿元,“十五五”期间年均增长11%左右;高新技术企业突破1000家,"
            "建成区面积拓展至42平方公里,国家高新区综合评价排名跻身前70位。")
    got = [(c.metric, c.period, c.change and c.change.basis, c.status) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", "2021/2025", "unspecified", "actual"), ("营业收入", "2030", None, "target"),
                   ("营业收入", "2026/2030", "unspecified", "target"), ("高新技术企业", "2030", None, "target"),
                   ("建成区面积", "2030", None, "target"), ("综合评价排名", "2030", None, "target")], got


def test_a_budget_report(pipeline):
    # completion of the budget is a claim of its own, the growth after it the level's; a change in
    # money against a basis; 预算安排: next year's budget, a target; 上级补助收入 is revenue, no subsidy
    text = ("2025年,全区一般公共预算收入完成58.46亿元,完成预算的104.3%,同比增长7.2%。"
            "非税收入8.63亿元,比上年减少0.94亿元。2026年,全区一般公共预算支出预算安排98.9亿元。"
            "预计全年上级补助收入约28亿元。")
    got = [(c.metric, c.value, c.change and (c.change.value, c.change.unit, c.change.direction, c.change.basis), c.status)
           for c in pipeline.extract(text).claims]
    assert got == [("一般公共预算收入", D("5846000000"), (D("7.2"), "%", "up", "yoy"), "actual"),
                   ("一般公共预算收入完成预算", D("104.3"), None, "actual"),
                   ("非税收入", D("863000000"), (D("94000000"), "CNY", "down", "since"), "actual"),
                   ("一般公共预算支出", D("9890000000"), None, "target"),
                   ("上级补助收入", D("2800000000"), None, "forecast")], got
    # an amount after an increase word is no change without a basis
    assert [c.metric for c in pipeline.extract("全年增加投资3亿元。").claims] == ["投资"]


def test_a_multiple_of_a_base_year_and_a_provincial_ranking(pipeline):
    # 相当于2020年的2.6倍: the level's change, and 2020 is the basis, not the period of what follows;
    # a ranking among a province's zones keeps its scope (综合评价全省排名)
    text = ("2025年,园区高新技术企业数量达到218家,相当于2020年的2.6倍,占全市高新技术企业总数的五成以上。"
            "在全省省级高新区综合评价中,该区已连续三年排名第1位。")
    got = [(c.metric, c.period, c.change and (c.change.value, c.change.unit)) for c in pipeline.extract(text).claims]
    assert got == [("高新技术企业数量", "2025", (D("2.6"), "times")),
                   ("高新技术企业数量占全市高新技术企业总数", "2025", None), ("综合评价全省排名", "2025", None)], got


def test_a_running_total_keeps_the_verb_of_its_flow(pipeline):
    # 累计盘活, 累计孵化: the total of a flow keeps 累计 and its verb; 累计达到 and 累计拥有 name the stock
    text = "累计盘活低效工业用地2860亩。全区专精特新企业累计达到21家。累计孵化企业300家。累计拥有国家级研发机构6家。"
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == ["累计盘活低效工业用地", "专精特新企业", "累计孵化企业", "国家级研发机构"], got


def test_a_related_news_list_is_furniture(pipeline):
    # ‧ headline (date): the linked pages' figures and names are not this page's
    text = ("高新区营业收入增长9%。\n相关新闻\n‧ 黑龙江出台十条措施支持高新区提质升级(2026-02-26)\n"
            "· 牡丹江口岸去年出入境人员突破60万人次(2025-12-09)\n")
    doc = pipeline.extract(text)
    assert [q.text for q in doc.quantities] == ["9%"]
    assert doc.entities == [] and [c.metric for c in doc.claims] == ["营业收入"]


def test_ranks_of_the_metrics_before_their_verbs_and_a_zone_cited_without_its_ftz_word(pipeline):
    # 实际使用外资居第1位,进出口总额居第2位: each rank of its own metric; among whom (…中位列) is no
    # metric; 南京自贸片区 in the title and 南京片区 in the text are one zone, cited as the page does
    text = ("南京自贸片区新设企业逾四千家\n中国(江苏)自由贸易试验区南京片区(下称“南京片区”)公布上半年指标。"
            "南京片区新设企业4318家。在江苏自贸试验区三个片区中,南京片区实际使用外资居第1位,进出口总额居第2位。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("南京片区", "新设企业"), ("南京片区", "新设企业"), ("南京片区", "实际使用外资排名"),
                   ("南京片区", "进出口总额排名")], got
    text = "在2024年度国家大学科技园评价结果中,该园在参评的139家国家大学科技园中位列第7位。"
    assert [c.metric for c in pipeline.extract(text).claims] == ["评价排名"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company after a subject word and its class is the subject (区内龙头企业某某有限公司…)
        ("区内龙头企业晋中谷润农业科技有限公司去年收购加工杂粮近8万吨,带动种植户1,500余户。",
         [("晋中谷润农业科技有限公司", "收购加工杂粮"), ("晋中谷润农业科技有限公司", "带动种植户")]),
        # 各园区: the zones one by one are the subject, not part of the metric
        ("截至去年底,各园区厂商家数增至712家。", [(None, "厂商家数")]),
        # 出超 is a word (no 超 qualifier, no 超 cut off the metric); 届时 and 可达 are outside metrics
        ("进口值8,540亿元,出超7,780亿元。", [(None, "进口值"), (None, "出超")]),
        ("一期项目预计今年底建成,届时年加工能力可达20万吨。", [(None, "年加工能力")]),
        # the words the segmenter glued across a name's edge are cut there (创新|区新|引进 → 新引进);
        # 其 of 其他 and 约 of 签约 are no function words to cut off; 限额以上 is one term
        ("两江协同创新区新引进研发机构3个。", [("两江协同创新区", "新引进研发机构")]),
        # (和 joins two nouns of one name since set 31; the list's first item is the metric's too
        # since set 83)
        ("计算机、通信和其他电子设备制造业增加值增长10.2%。", [(None, "计算机、通信和其他电子设备制造业增加值")]),
        ("全年新签约项目42个。", [(None, "新签约项目")]),
        ("其中,限额以上单位消费品零售额146.3亿元。", [(None, "限额以上单位消费品零售额")]),
    ],
)
def test_claims_of_set_fifteen(pipeline, text, expected):
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == expected, got


def test_a_surplus_is_no_lower_bound(pipeline):
    doc = pipeline.extract("出超7,780亿元,超过去年。")
    assert [(q.text, q.qualifier) for q in doc.quantities] == [("7,780亿元", "exact")]


def test_a_level_and_a_zone_word_in_one_word_at_a_clauses_head(pipeline):
    # 国家高新区 (one word of the segmenter) opening a clause is the subject, as 国家 高新区 is; on a
    # page about the national zones together it is the page's subject, and no part of the metric
    text = "国家高新区营业收入增长9%\n2025年,国家高新区实现营业收入58万亿元,同比增长7%。"
    got = [(c.subject, c.subject_text, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("国家高新区", "国家高新区", "营业收入"), ("国家高新区", "国家高新区", "营业收入")], got
    # zones counted before it keep it in the metric's place they had (三个国家高新区营业收入分别…)
    text = "示范区内长沙、株洲两个国家高新区营业收入分别为4200亿元和2100亿元。"
    assert [c.metric for c in pipeline.extract(text).claims] == ["营业收入", "营业收入"]


def test_subjects_of_set_seventeen(pipeline):
    # a province and its zones written together (贵州省国家高新区…) are the subject, no part of the
    # metric; counted (黑龙江国家高新区增至4家), the zones are the metric
    text = "分省份看,贵州省国家高新区营业收入增长14.6%。黑龙江省国家高新区增至4家。"
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("贵州省国家高新区", "营业收入"), ("黑龙江省", "国家高新区")], got
    # the zone a paragraph opens with is what its sentences that name nothing are about; a park
    # named with the zone it is part of is cited by its own name when the page does so
    text = ("河套合作区深方园区去年新增机构逾40家\n去年深方园区新增科研机构43家。深方园区规划面积约3平方公里。\n"
            "港方一侧,港深创科园首批三座大楼总楼面面积约13.6万平方米。截至去年底,首批大楼已签约租户68家。\n")
    got = [c.subject for c in pipeline.extract(text).claims]
    assert got == ["深方园区", "深方园区", "深方园区", "港深创科园", "港深创科园"], got


def test_a_trade_page_of_a_bonded_zone(pipeline):
    # set 19: 综保区 names a zone (临沂综保区, not the city 临沂); an amount converted after its growth
    # is the same figure (折合…美元); a bare 增速 in the next clause is the growth of what grew
    # before, compared once (not 增速增速高于…); customs codes in quotes are no part of a metric;
    # 单 counts orders; a total area after a count is the area of what was counted
    text = ("1—10月临沂综保区外贸运行情况\n据海关统计,1—10月,临沂综保区完成进出口总值128.6亿元人民币,"
            "同比增长23.7%,折合18.02亿美元;增速比1—9月提高1.3个百分点,高于全市外贸平均水平15.4个百分点。"
            "其中,“1210”网购保税进口单量620万单;“9710”“9810”跨境电商B2B出口2.9亿元。建成海外仓9个,"
            "总面积约5.6万平方米。\n")
    doc = pipeline.extract(text)
    assert ("临沂综保区", "ZONE") in {(e.text, e.label) for e in doc.entities}
    got = [(c.subject, c.metric, c.unit) for c in doc.claims]
    assert got == [
        ("临沂综保区", "进出口总值", "CNY"), ("临沂综保区", "进出口总值", "USD"),
        ("临沂综保区", "进出口总值增速", None), ("临沂综保区", "进出口总值增速高于全市外贸平均水平", "pp"),
        ("临沂综保区", "网购保税进口单量", "单"), ("临沂综保区", "跨境电商B2B出口", "CNY"),
        ("临沂综保区", "建成海外仓", "个"), ("临沂综保区", "海外仓总面积", "m2"),
    ], got
    assert doc.claims[0].change is not None and doc.claims[1].change is None


def test_a_provinces_work_report_on_its_zones(pipeline):
    # set 19: a zone named after its province alone, given a short name (青海高新技术产业开发区(以下
    # 简称青海高新区)), is one zone wherever the short name comes; 全省 again and again makes the
    # province the page's subject; an item that opens with a zone (一是做强西宁经开区。) is about
    # it; 年内 is the page's year, and on a page of January a plan
    text = ("青海省人民政府门户网站\n首页 > 政务公开 > 政府工作报告\n2026年政府工作报告(摘登)\n"
            "发布时间:2026-01-29 09:30 来源:青海日报\n【字体:大 中 小】【打印】【关闭】\n\n"
            "编者按:现将今年省政府工作报告中有关开发区工作的内容摘登如下,标题为编者所加。\n\n"
            "一、2025年工作回顾\n"
            "过去一年,全省开发区整合优化和体制机制改革取得新进展,我们把开发区作为全省工业发展的主战场,"
            "坚持以亩均论英雄,推动开发区提质增效。截至2025年底,全省共有省级以上开发区15个。"
            "全省开发区完成规上工业总产值3126.4亿元,占全省规上工业总产值的比重接近七成。"
            "青海高新技术产业开发区(以下简称青海高新区)实现营业收入480.5亿元。全省开发区实际使用外资1.2亿美元。\n"
            "二、2026年主要目标\n一是做强西宁经开区。支持其创建示范基地,力争今年营业收入达到1200亿元。\n"
            "二是支持青海高新区扩区提质。年内新增规划面积8.5平方公里,新培育高新技术企业50家。\n"
            "到2027年,营业收入超千亿元的开发区达到2个。\n")
    doc = pipeline.extract(text)
    zones = [e.text for e in doc.entities if e.label == "ZONE"]
    assert zones.count("青海高新区") == 2 and "青海高新技术产业开发区" in zones, zones
    got = [(c.subject, c.metric, c.period, c.status) for c in doc.claims]
    assert got == [
        ("青海省", "省级以上开发区", "2025", "actual"),
        ("青海省开发区", "规上工业总产值", "2025", "actual"),
        ("青海省开发区", "规上工业总产值占全省规上工业总产值比重", "2025", "actual"),
        ("青海高新区", "营业收入", "2025", "actual"),
        ("青海省开发区", "实际使用外资", "2025", "actual"),
        ("西宁经开区", "营业收入", "2026", "target"),
        ("青海高新区", "新增规划面积", "2026", "target"),
        ("青海高新区", "新培育高新技术企业", "2026", "target"),
        ("青海省", "营业收入超千亿元的开发区", "2027", "target"),
    ], got


def test_a_malaysian_page_in_ringgit(pipeline):
    # set 19: 令吉 is Malaysia's ringgit; 个标准箱 counts containers; a running total of an amount
    # invested keeps 累计 (累计投资额, another metric than the year's); 推高至 and 迈上…台阶 reach a
    # level; 可达 is no upper bound (年产值可达: what it will be); 拿督 is an honorific before a name
    text = ("2025年,馬中關丹產業園吸引投資額達227億令吉,按年增長18.4%,累計投資額突破500億令吉。"
            "去年貨櫃吞吐量達72萬個標準箱。園區管理公司總裁拿督鄭振邦表示,目標是在2027年前把累計投資額推高至800億令吉。"
            "屆時年產值可達60億令吉。\n")
    doc = pipeline.extract(text)
    assert [(q.text, q.unit, q.qualifier) for q in doc.quantities if q.kind != "percent"] == [
        ("227億令吉", "MYR", "exact"), ("500億令吉", "MYR", "lower_bound"), ("72萬個標準箱", "标准箱", "exact"),
        ("800億令吉", "MYR", "exact"), ("60億令吉", "MYR", "exact")]
    assert [c.metric for c in doc.claims] == ["吸引投资额", "累计投资额", "货柜吞吐量", "累计投资额", "年产值"]
    assert ("鄭振邦", "PERSON") in {(e.text, e.label) for e in doc.entities}
    assert [c.metric for c in pipeline.extract("全区进出口总值迈上200亿元台阶。").claims] == ["进出口总值"]


def test_a_level_reached_from_a_years_level_and_lists_summed_up(pipeline):
    # the level a rate rose to is of the time in force where its metric starts, not of the year
    # it rose from (nor of an event's month before it); a list summed up (两大) is part of the
    # metric, but not a list whose items each have their figure (分别)
    got = [(c.metric, c.period) for c in pipeline.extract("2025年,园区绿电使用比例由2024年的14%提高至22%。").claims]
    assert got == [("绿电使用比例", "2024"), ("绿电使用比例", "2025")], got
    got = [c.metric for c in pipeline.extract("2025年,锂电、光伏两大产业链产值占比超过六成。").claims]
    assert got == ["锂电、光伏两大产业链产值占比"], got
    got = [c.metric for c in pipeline.extract("汽车、新能源、装备制造三大主导产业产值分别增长8.4%、26.9%和7.3%。").claims]
    assert got[-1] == "装备制造产业产值", got


def test_a_tv_transcript_in_spoken_numerals(pipeline):
    # set 20: amounts spoken with 点 before 亿; 增速 compared after a growth is that growth (the
    # metric before it + 增速…); 全年 alone after a figure of the sentence is that figure's year;
    # 全市 on a zone's page that never names its city alone is the city the zone is named after
    text = ("烟台开发区一季度经济运行情况\n一季度,烟台开发区规模以上工业总产值完成一千一百二十三点五亿元,同比增长百分之九点六,"
            "增速高于全市二点二个百分点。我们预计,开发区上半年规上工业总产值将突破二千三百亿元;全年力争突破四千六百亿元。"
            "全市一季度规上工业总产值增长百分之七点四。\n")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [
        ("烟台开发区", "规模以上工业总产值", D("112350000000")),
        ("烟台开发区", "规模以上工业总产值增速高于全市", D("2.2")),
        ("烟台开发区", "规上工业总产值", D("230000000000")),
        ("烟台开发区", "规上工业总产值", D("460000000000")),
        ("烟台市", "规上工业总产值", None),
    ], got


def test_land_supply_in_mu_converted_and_the_area_of_what_was_counted(pipeline):
    # set 20: an area converted in brackets is a claim of its own, as a currency is; 面积 and 用地
    # after a count are the area of what was counted; a Hong Kong page's 平方呎
    text = "2025年,全区共供应国有建设用地43宗,面积2816亩(约187.7公顷),同比增长12.4%。"
    got = [(c.metric, c.unit, c.change is not None) for c in pipeline.extract(text).claims]
    assert got == [("供应国有建设用地", "宗", False), ("供应国有建设用地面积", "mu", True),
                   ("供应国有建设用地面积", "ha", False)], got
    text = "园区合共提供可出租楼面面积约683万平方呎(约63.5万平方米)。"
    assert [(c.metric, c.unit) for c in pipeline.extract(text).claims] == [
        ("可出租楼面面积", "ft2"), ("可出租楼面面积", "m2")]


def test_a_tables_rows_start_no_article(pipeline):
    # a row naming a park (元朗创新园｜17｜95) is no headline: the sentences after the table are
    # still about the page's subject, not about the last row's park
    text = ("香港科学园去年出租率91%\n香港科学园去年出租率达91%。\n园区｜可出租楼面面积(万平方呎)｜出租率(%)\n"
            "香港科学园｜452｜91\n元朗创新园｜17｜95\n2024-25年度,科学园租户的研发开支合共约162亿港元。\n")
    claims = pipeline.extract(text).claims
    assert (claims[-1].subject, claims[-1].metric, claims[-1].period) == ("香港科学园", "科学园租户的研发开支", "2024-04/2025-03")


def test_a_country_before_a_class_of_firms_is_part_of_the_metric(pipeline):
    # set 21: 新加坡企业, 新加坡资金, 港资企业 say which firms are counted; the zone stays the subject,
    # also before 累计 (新加坡企业累计投资额) and before a time (港资企业去年营业收入)
    text = ("苏州工业园区去年新增新加坡企业15家。截至去年底,区内新加坡企业总数增至120家,新加坡企业累计投资额约30亿新元;"
            "新加坡资金占实际使用外资的三成。区内港资企业去年营业收入合计约210亿港元。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("苏州工业园区", "新增新加坡企业"), ("苏州工业园区", "新加坡企业总数"),
                   ("苏州工业园区", "新加坡企业累计投资额"), ("苏州工业园区", "新加坡资金占实际使用外资"),
                   ("苏州工业园区", "港资企业营业收入")], got
    # (an anaphor before the time is the subject, not a class: 该企业2022年研发投入)
    text = "苏州信达生物科技有限公司成立于2011年。该企业2022年研发投入达到28亿元。"
    assert [(c.subject, c.metric) for c in pipeline.extract(text).claims] == [("苏州信达生物科技有限公司", "研发投入")]


def test_a_dateline_place_is_no_subject_and_a_singapore_date_label_dates_the_page(pipeline):
    text = ("苏州工业园区去年新增新加坡企业15家\n发布/2026年2月24日 05:30\n\n"
            "(本报苏州讯)苏州工业园区位于苏州市东部,去年新增新加坡企业15家。")
    claims = pipeline.extract(text).claims
    assert [(c.subject, c.period) for c in claims] == [("苏州工业园区", "2025"), ("苏州工业园区", "2025")]


def test_a_park_of_the_zone_named_by_its_industries_and_its_item(pipeline):
    # set 21: 荆门高新区新能源新材料产业园 is one park, written later alone; the reply's item on it
    # (二、关于…。) makes its 园区 that park, while the zone's 全区 and the comparison's 全市 stay apart
    text = ("留言标题:想了解荆门高新区的发展和招工情况\n留言内容:荆门高新区新能源新材料产业园明年还有大项目开工吗?\n\n"
            "办理单位:荆门高新区管委会\n"
            "答复内容:\n网友您好!感谢您对荆门高新区发展的关注。现答复如下:\n\n"
            "一、关于经济运行。截至2025年11月底,荆门高新区共有工业企业612家。1—11月,全区规模以上工业总产值完成918.3亿元,同比增长11.4%,增速高于全市平均水平3.2个百分点,"
            "占全市规上工业总产值的比重为37.5%;工业投资206.5亿元。\n\n"
            "二、关于新能源新材料产业园。该园规划面积12.8平方公里。1—11月,园区完成产值327.1亿元,同比增长18.9%。\n")
    doc = pipeline.extract(text)
    assert ("新能源新材料产业园", "ZONE") in [(e.text, e.label) for e in doc.entities]
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [
        ("荆门高新区", "工业企业"),
        ("荆门高新区", "规模以上工业总产值"), ("荆门高新区", "规模以上工业总产值增速高于全市平均水平"),
        ("荆门高新区", "规模以上工业总产值占全市规上工业总产值比重"), ("荆门高新区", "工业投资"),
        ("新能源新材料产业园", "规划面积"), ("新能源新材料产业园", "产值"),
    ], got


def test_a_table_of_industries_keeps_the_pages_subject(pipeline):
    # set 21: rows of industries (the names' column headed 产业) are parts of the zone's figures
    text = ("肇庆高新区2025年主要产业\n产业｜产值(亿元)｜同比增长(%)｜港资企业(家)\n新能源汽车及零部件｜415｜21.3｜38\n"
            "电子信息｜184｜2.6｜29\n")
    got = [(c.subject, c.metric, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("肇庆高新区", "新能源汽车及零部件产值", D("21.3")), ("肇庆高新区", "新能源汽车及零部件港资企业", None),
                   ("肇庆高新区", "电子信息产值", D("2.6")), ("肇庆高新区", "电子信息港资企业", None)], got


def test_a_subsidys_cap_is_no_claim_and_higher_by_is_a_comparison(pipeline):
    text = ("2025年,肇庆高新区规上工业总产值增长9.8%,增速高出全市4.1个百分点。"
            "对新落户项目,按设备投资额的6%给予补贴,单个项目最高1000万元。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("规上工业总产值", None), ("规上工业总产值增速高出全市", D("4.1"))], got


def test_a_wechat_post_of_a_zone(pipeline):
    # set 22: the account (原创 成都高新 …) is a body, the zone's own, not the city; signed changes
    # (同比+12.3%, 同比-3.4%) say which way; 百亿级 names a class of projects
    text = ("成都高新\n原创 成都高新 2026年04月18日 20:05 四川\n\n一季度“成绩单”来了!成都高新区GDP同比+8.3%\n\n"
            "一季度,成都高新区规上工业增加值同比+12.3%,增速高出全市4.6个百分点。外贸进出口总额1236.8亿元,同比-3.4%。"
            "全区新签约重大项目43个,其中百亿级项目3个。\n")
    doc = pipeline.extract(text)
    assert ("成都高新", "ORG") in [(e.text, e.label) for e in doc.entities]
    got = [(c.subject, c.metric, c.change and (c.change.value, c.change.direction)) for c in doc.claims]
    assert got == [
        ("成都高新区", "GDP", (D("8.3"), "up")), ("成都高新区", "规上工业增加值", (D("12.3"), "up")),
        ("成都高新区", "规上工业增加值增速高出全市", None), ("成都高新区", "外贸进出口总额", (D("3.4"), "down")),
        ("成都高新区", "新签约重大项目", None), ("成都高新区", "百亿级项目", None),
    ], got


def test_a_bond_prospectus_speaks_of_its_issuer(pipeline):
    # set 22: a company named after its zone is one company; 发行人 is that company; 分别 over a
    # span of years gives each year its value
    text = ("徐州高新区汇通建设发展集团有限公司 2026年公司债券募集说明书\n\n"
            "2023年至2025年,徐州高新区分别实现地区生产总值391.72亿元、412.35亿元和438.06亿元。"
            "2025年度,发行人实现营业收入18.63亿元,其中政府补助1.06亿元。\n")
    claims = pipeline.extract(text).claims
    issuer = "徐州高新区汇通建设发展集团有限公司"
    got = [(c.subject, c.metric, c.period) for c in claims]
    assert got == [("徐州高新区", "地区生产总值", "2023"), ("徐州高新区", "地区生产总值", "2024"),
                   ("徐州高新区", "地区生产总值", "2025"), (issuer, "营业收入", "2025"), (issuer, "政府补助", "2025")], got


def test_a_listed_companys_announcement_speaks_of_the_company(pipeline):
    # set 23: (以下简称“公司”) and 乙方:公司 name the company; its project's figures are its own,
    # the zone's figure the zone's; the zone's support is a policy's term
    text = ("证券代码:301629 证券简称:澄锐新材 公告编号:2026-021\n\n江苏澄锐新能源材料股份有限公司\n"
            "关于与益阳高新技术产业开发区管理委员会签署项目投资协议的公告\n\n"
            "江苏澄锐新能源材料股份有限公司(以下简称“公司”)于2026年3月18日与益阳高新区管委会签署了《项目投资协议书》。"
            "益阳高新区2025年实现规模以上工业总产值1,132亿元。\n"
            "甲方:益阳高新区管委会;乙方:公司。\n1. 投资规模:项目投资总额约人民币18亿元。乙方出资4亿元,持股比例为80%。\n"
            "2. 甲方支持政策:按项目实际完成设备投资额的6%给予补助,总额不超过6,000万元。\n"
            "2025年度,公司实现营业收入约41.3亿元(未经审计),同比增长16.8%。\n")
    company = "江苏澄锐新能源材料股份有限公司"
    got = [(c.subject, c.metric, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("益阳高新区", "规模以上工业总产值", None), (company, "项目投资总额", None), (company, "出资", None),
                   (company, "持股比例", None), (company, "营业收入", D("16.8"))], got


def test_a_job_fairs_own_figures_are_logistics_and_subsidies_paid_are_claims(pipeline):
    # sets 23 and 133: after one event is named, who came and what was on offer at it (提供岗位) are no
    # claims; the jobs a year's fairs offered are (举办招聘会58场,提供岗位3.6万个: sets 52, 82, 91, 94
    # and 96); nor are the terms of a subsidy (每月1500元的生活补贴); what was paid out (发放…合共) is
    text = ("南沙开发区港澳青年专场招聘会昨日举行。主办方介绍,招聘会共有126家企业参展,提供岗位2,380个。"
            "当日入场求职者约1,650人次,其中港澳青年约520人次。港澳青年可按规定申领每月1,500元人民币的生活补贴。"
            "2025年,南沙开发区全年向港澳青年发放生活及租房补贴合共186万元人民币。\n")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("发放生活及租房补贴", D("1860000"))], got
    text = "2025年,区就业服务中心举办招聘会58场,提供岗位3.6万个,达成就业意向8,900余人。"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("招聘会", D("58")), ("提供岗位", D("36000")), ("达成就业意向", D("8900"))], got
    # one fair compared with the last one: its logistics still
    text = "本次招聘会共有186家企业参会,提供岗位3260个。与去年同期招聘会相比,岗位数同比增长18.6%,入场求职者增加近900人次。"
    assert pipeline.extract(text).claims == []


def test_an_audits_findings_and_their_setting(pipeline):
    # set 23: the setting before a finding (…中有) and the manner before a result (通过…等方式) are
    # no part of the metric; an area after a count of parcels, an amount after a count, are theirs
    text = ("截至2025年底,九江经开区已出让工业用地中有闲置土地14宗、612.4亩。浔融集团当年新增对外担保4笔、金额9.8亿元。"
            "整改中,九江经开区通过收回、置换等方式盘活闲置土地9宗、413.2亩,占闲置土地面积的67.5%。")
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == ["闲置土地", "闲置土地面积", "新增对外担保", "新增对外担保金额", "盘活闲置土地", "盘活闲置土地面积",
                   "盘活闲置土地面积占闲置土地面积"], got


def test_whose_page_a_project_notice_and_a_yearbook_are(pipeline):
    # set 24: a title that opens with a company and names a project is the company's page (its city
    # in its name speaks for nothing); a form's field (建设地点:…开发区) starts no article; a
    # statistics bureau's furniture and its yearbook's title name the city, the text the zone
    text = ("九江经济技术开发区管理委员会\n首页 > 信息公开 > 环评信息公示\n"
            "九江骏澄轻合金科技有限公司年产12万吨铝合金型材项目环境影响报告书公示\n\n"
            "建设单位:九江骏澄轻合金科技有限公司\n建设地点:九江经济技术开发区沿江二路以北\n"
            "建设规模:铝合金型材12万吨/年\n项目概况:项目总投资8.6亿元,项目劳动定员280人。\n")
    claims = pipeline.extract(text).claims
    assert {c.subject for c in claims} == {"九江骏澄轻合金科技有限公司"}, [(c.metric, c.subject) for c in claims]
    assert claims[0].unit == "t" and text[claims[0].value_start:claims[0].value_end] == "12万吨/年"
    text = ("绵阳市统计局\n首页 > 统计数据 > 统计年鉴\n《绵阳统计年鉴—2026》十八、开发区\n发布时间:2026-09-25\n\n"
            "2025年,绵阳高新区经济保持较快增长。全年地区生产总值612.7亿元,比上年增长7.4%,占全市地区生产总值的14.6%。"
            "年末绵阳高新区高新技术企业达到689家。\n")
    assert {c.subject for c in pipeline.extract(text).claims} == {"绵阳高新区"}


def test_a_company_named_after_its_class_and_a_joint_park(pipeline):
    # set 24: 中韩(盐城)产业园 is a zone (China and its partner name it); 零部件企业汉承精密 names a
    # company, the subject of its officer's 我们 and of 公司 after it
    text = ("位于盐城市的中韩(盐城)产业园(以下简称中韩产业园)正成为韩国企业的重要据点。2025年中韩产业园韩资企业实现营业收入约860亿元。\n\n"
            "韩国汽车零部件企业汉承精密2019年在园区设厂。汉承精密会长金泰焕说:“我们去年在盐城的销售额达到8300亿韩元。”"
            "他透露,公司今年计划追加投资2500亿韩元。\n")
    doc = pipeline.extract(text)
    assert ("中韩(盐城)产业园", "ZONE") in [(e.text, e.label) for e in doc.entities]
    assert ("汉承精密", "ORG") in [(e.text, e.label) for e in doc.entities]
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("中韩产业园", "韩资企业营业收入"), ("汉承精密", "销售额"), ("汉承精密", "追加投资")], got


def test_a_ranking_table_with_scores_and_moves(pipeline):
    # set 25: scores in 分 (digits only: 十分 is a word), a column of ranks whose metric the caption
    # names (综合评价前10名 → 综合评价全省排名), the move in the row its change (上升1位: the rank's number
    # went down); the caption's 前10名 is the set shown, no claim; a note in brackets before a count
    text = ("2025年度综合评价前10名高新区如下:\n高新区|综合得分(分)|全省位次|较上年\n沈阳高新区|91.36|1|持平\n"
            "鞍山高新区|84.05|3|上升1位\n营口高新区|82.47|4|下降1位\n\n"
            "全省高新区分为四类:A类高新区(85分及以上)2家,B类高新区(75分至85分)5家。这十分重要。\n")
    claims = pipeline.extract(text).claims
    got = [(c.subject, c.metric, c.value, c.change and (c.change.value, c.change.direction)) for c in claims]
    assert got[:6] == [
        ("沈阳高新区", "综合得分", D("91.36"), None), ("沈阳高新区", "综合评价全省排名", D("1"), None),
        ("鞍山高新区", "综合得分", D("84.05"), None), ("鞍山高新区", "综合评价全省排名", D("3"), (D("1"), "down")),
        ("营口高新区", "综合得分", D("82.47"), None), ("营口高新区", "综合评价全省排名", D("4"), (D("1"), "up")),
    ], got
    assert [(c.metric, c.value) for c in claims[6:]] == [("A类高新区", D("2")), ("B类高新区", D("5"))]


def test_a_joint_park_and_a_spoken_comparison(pipeline):
    # set 25: 粤澳合作中医药科技产业园 is one zone (two places' one-character names, then 合作); a
    # comparison as it is spoken (增速比全市高一点四个百分点); the page's 产业园 at a clause's head is
    # its subject, not part of the metric, and so are its firms (产业园企业营业收入: the park's firms')
    text = ("粵澳合作中醫藥科技產業園2025年新增註冊企業117家。產業園企業營業收入人民幣68.4億元。\n\n"
            "2025年,淄博高新区地区生产总值增长7.2%,增速比全市高一点四个百分点。\n")
    doc = pipeline.extract(text)
    assert ("粵澳合作中醫藥科技產業園", "ZONE") in [(e.text, e.label) for e in doc.entities]
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("粤澳合作中医药科技产业园", "新增注册企业"), ("粤澳合作中医药科技产业园", "营业收入"),
                   ("淄博高新区", "地区生产总值"), ("淄博高新区", "地区生产总值增速比全市高")], got


def test_an_investment_guide_offers_terms_and_a_report_names_a_citys_zones(pipeline):
    # set 26: distances, travel times, prices, rents, tariffs and wages on offer are terms, no
    # claims; an average of past deals is a report; 全市开发区 is the city's zones, the city as the
    # page writes it (扬州市开发区); 试验区 heads a zone named by its purpose after its place
    text = ("廊坊开发区投资指南\n园区距北京大兴国际机场约40公里,车程约35分钟。工业用地出让价格24万—30万元/亩。"
            "2025年,区内工业用地平均成交价为26.8万元/亩。标准厂房租金18—25元/平方米·月。普通操作工月工资4800—5600元。\n")
    doc = pipeline.extract(text)
    assert [(c.metric, c.value) for c in doc.claims] == [("工业用地平均成交价", D("268000"))], doc.claims
    assert "18—25元/平方米·月" in [q.text for q in doc.quantities]
    assert ("35分钟", "minute") in [(q.text, q.unit) for q in doc.quantities]
    text = ("关于扬州市开发区高质量发展情况的调研报告\n2025年,全市开发区实现地区生产总值3268.5亿元,同比增长6.1%。\n\n"
            "昆山深化两岸产业合作试验区(以下简称昆山试验区)2025年台资到位金额7.86亿美元。\n")
    doc = pipeline.extract(text)
    assert ("昆山深化两岸产业合作试验区", "ZONE") in [(e.text, e.label) for e in doc.entities]
    assert [c.subject for c in doc.claims] == ["扬州市开发区", "昆山试验区"], doc.claims


def test_a_project_list_a_region_s_zones_and_an_old_regions_zone(pipeline):
    # set 27: an item's 投资方 field names the company whose project the item's fields describe,
    # and a field's label is its value's metric (总投资:32亿元); the zones of a region of the
    # country together (东部地区106家国家级经开区); a zone named after an old region the gazetteer
    # does not hold (察哈尔高新技术产业开发区); computing power in PFlops
    text = ("宜昌高新区2026年二季度重点签约项目清单\n\n1. 项目名称:年产5万吨磷酸铁锂前驱体项目\n"
            "投资方:湖北澜川新能源材料有限公司\n总投资:32亿元,其中固定资产投资26.5亿元\n\n"
            "2. 项目名称:光纤预制棒扩产项目\n投资方:长江光讯科技股份有限公司\n总投资:8.6亿元\n")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("湖北澜川新能源材料有限公司", "总投资", D("3200000000")),
                   ("湖北澜川新能源材料有限公司", "固定资产投资", D("2650000000")),
                   ("长江光讯科技股份有限公司", "总投资", D("860000000"))], got
    text = "分区域看,上半年东部地区106家国家级经开区实现地区生产总值4.52万亿元,同比增长5.5%。"
    assert [(c.subject, c.metric) for c in pipeline.extract(text).claims] == [("东部地区国家级经开区", "地区生产总值")]
    text = ("位于乌兰察布市的察哈尔高新技术产业开发区(下称“察哈尔高新区”)是数据中心集群的核心区。"
            "2025年,察哈尔高新区智算规模达到6,800 PFlops。")
    doc = pipeline.extract(text)
    assert ("察哈尔高新技术产业开发区", "ZONE") in [(e.text, e.label) for e in doc.entities]
    assert [(c.subject, c.unit, c.value) for c in doc.claims] == [("察哈尔高新区", "PFLOPS", D("6800"))]


def test_an_annual_report_speaks_of_its_year_and_a_speech_hedges(pipeline):
    # set 28: a report on 2025 published in 2026 dates its 本年 and 全年 to 2025 (上年结转 is no
    # time); a speech's hedges (差不多, 也) and a report's predicate verbs (办理) are cut from metrics
    text = ("宜昌高新区管委会2025年政府信息公开工作年度报告\n发布时间:2026-01-22 16:40\n\n"
            "本年新收申请36件,上年结转申请2件。全年办结申请36件。全年办理网民留言418件。\n\n"
            "主持人:人才方面呢?\n嘉宾:2025年,我们引进博士差不多120名,PCT国际专利申请也有46件。\n")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == [("新收申请", "2025"), ("上年结转申请", "2025"), ("办结申请", "2025"), ("网民留言", "2025"),
                   ("引进博士", "2025"), ("PCT国际专利申请", "2025")], got


def test_indicator_lines_a_company_pointed_back_to_and_a_zone_by_its_other_names(pipeline):
    # set 29: a numbered indicator line's label is the metric of its values when only times and
    # words such as 累计完成 or 当月 come between (增速…加快 is that rate's change; a rank after a
    # lead over the county ranks the rate, not the lead); 公司, 企业 opening a clause and 这一数字
    # point back; a year compared with (比改造前的2020年) is no period, nor the year a level rose
    # from once it is reached; a multiple of another zone's figure is this zone's
    text = ("邳州经开区2026年4月经济运行简报\n发布时间:2026-05-15\n\n"
            "1. 规上工业增加值:1—4月累计同比增长8.1%,增速高于全市1.2个百分点,居全市开发区第2位;"
            "4月当月同比增长9.5%,增速比3月加快1.4个百分点。\n"
            "2. 规上工业总产值:1—4月累计完成96.3亿元,同比增长10.2%;4月当月完成26.1亿元,环比增长3.3%。\n"
            "3. 实际使用外资:1—4月累计1450万美元,完成全年目标任务的41%。\n")
    got = [(c.metric, c.period, c.change.value if c.change else None, c.change.basis if c.change else None)
           for c in pipeline.extract(text).claims]
    assert got == [("规上工业增加值", "2026-01/2026-04", D("8.1"), "yoy"),
                   ("规上工业增加值增速高于全市", "2026-01/2026-04", None, None),
                   ("规上工业增加值增速全市排名", "2026-01/2026-04", None, None),
                   ("规上工业增加值", "2026-04", D("9.5"), "yoy"),
                   ("规上工业增加值增速", "2026-04", D("1.4"), "since"),
                   ("规上工业总产值", "2026-01/2026-04", D("10.2"), "yoy"),
                   ("规上工业总产值", "2026-04", D("3.3"), "mom"),
                   ("实际使用外资", "2026-01/2026-04", None, None),
                   ("实际使用外资完成全年目标任务", "2026-01/2026-04", None, None)], got
    text = ("徐州高新区转型见闻\n2026年3月2日\n\n走进徐州璟泰精密机械有限公司的车间。2022年,公司营业收入达到2100万元;"
            "2025年,这一数字增长到1.2亿元。如今,公司员工已超过260人。隔壁是有着30年历史的徐州华岳铸造有限公司。"
            "2024年至2025年,企业累计投入技改资金3200万元。去年企业产值达到4.1亿元,比改造前的2020年增长60%,"
            "产品合格率提高到98.6%。全区装备企业由2020年的30余家增加到95家,其中高新技术企业41家。")
    got = [(c.subject, c.metric, c.period) for c in pipeline.extract(text).claims]
    firm, foundry = "徐州璟泰精密机械有限公司", "徐州华岳铸造有限公司"
    assert got[:6] == [(firm, "营业收入", "2022"), (firm, "营业收入", "2025"), (firm, "员工", "2026"),
                       (foundry, "累计投入技改资金", "2024/2025"), (foundry, "产值", "2025"),
                       (foundry, "产品合格率", "2025")], got
    assert got[-1][1:] == ("高新技术企业", "2025"), got
    text = ("本刊比较上海漕河泾新兴技术开发区(下称“漕河泾开发区”)与前海的数据。\n■漕河泾:芯片重镇\n"
            "漕河泾开发区面积不大。去年每平方公里地区生产总值约138亿元,是前海的近6倍。区内企业营业收入5470亿元。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("漕河泾开发区", "每平方公里地区生产总值"), ("漕河泾开发区", "每平方公里地区生产总值是前海"),
                   ("漕河泾开发区", "企业营业收入")], got


def test_a_research_report_on_a_listed_zone_developer(pipeline):
    # set 30: a company by its stock's name and code is the page's subject and its 公司 (after a
    # time too); the zone it is in (公司所在的…开发区是…) and that zone's 园区 are the zone's; a
    # report's table of years with estimates (2026E: forecasts) parted by single spaces, its 同比
    # rows the changes of the rows above, EPS in 元/股; 分别为 after a metric over a span of years
    text = ("张江高科(600895)2025年年报点评\n发布日期:2026-04-10\n\n"
            "2025年公司租赁收入12.40亿元,同比增长5.1%。公司所在的张江科学城是上海科创中心的核心区,"
            "2025年规上工业总产值约3100亿元,园区集聚外资研发中心超过200家。"
            "我们预计公司2026—2027年归母净利润分别为8.05亿元、8.88亿元。\n\n"
            "盈利预测 2025A 2026E 2027E\n营业总收入(百万元) 2,685 2,910 3,236\n同比(%) -6.4 8.4 11.2\n"
            "EPS(元/股) 0.52 0.57 0.63\n")
    got = [(c.subject, c.metric, c.period, c.status, c.value, c.change.value if c.change else None,
            c.change.direction if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("张江高科", "租赁收入", "2025", "actual", D("1240000000"), D("5.1"), "up"),
                   ("张江科学城", "规上工业总产值", "2025", "actual", D("310000000000"), None, None),
                   ("张江科学城", "外资研发中心", "2025", "actual", D("200"), None, None),
                   ("张江高科", "归母净利润", "2026", "forecast", D("805000000"), None, None),
                   ("张江高科", "归母净利润", "2027", "forecast", D("888000000"), None, None),
                   ("张江高科", "营业总收入", "2025", "actual", D("2685000000"), D("6.4"), "down"),
                   ("张江高科", "营业总收入", "2026", "forecast", D("2910000000"), D("8.4"), "up"),
                   ("张江高科", "营业总收入", "2027", "forecast", D("3236000000"), D("11.2"), "up"),
                   ("张江高科", "EPS", "2025", "actual", D("0.52"), None, None),
                   ("张江高科", "EPS", "2026", "forecast", D("0.57"), None, None),
                   ("张江高科", "EPS", "2027", "forecast", D("0.63"), None, None)], got


def test_a_tax_release_and_a_taiwan_oversight_report(pipeline):
    # set 30: a rank with its scope and the units counted between verb and rank; a rate's lead
    # over the city past a share; a speaker's title (…规划核算科负责人…表示) sets no status; a
    # Taiwan page dated by the Republic's year (公布日期:115-05-13), its 114年12月底 in 2025, its
    # 110年至114年 no duration; a short name defined without quotes (下称宜兰园区) cites the park;
    # items of a list with verbs of their own take no flow verb from the item before
    text = ("常州经开区一季度实现税收收入18.20亿元,同比增长8.1%,占全市税收收入的9.5%,增幅高出全市平均水平2.6个百分点,"
            "税收总量居全市7个辖市(区)第4位。征管科负责人王立新表示,园区企业3月份采购金额同比增长12.5%。")
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert ("税收收入增幅高出全市平均水平", "actual") in got and ("税收总量全市排名", "actual") in got, got
    assert [status for metric, status in got if metric.endswith("采购金额")] == ["actual"], got
    text = ("监察院全球资讯网\n公布日期:115-05-13\n\n竹科铜锣园区(下称铜锣园区)开发迄今已投入经费逾新台币60亿元。"
            "截至114年12月底执行数新台币52.1亿元。该局110年至114年间办理说明会9场。"
            "原规划至110年引进厂商40家、年营业额达新台币300亿元、创造就业机会6,000个。")
    doc = pipeline.extract(text)
    assert doc.meta["date"] == "2026-05-13"
    assert not [q for q in doc.quantities if q.kind == "duration"], doc.quantities
    got = [(c.subject, c.metric, c.period) for c in doc.claims]
    assert ("铜锣园区", "执行数", "2025") in got, got
    assert ("铜锣园区", "年营业额", "2021") in got and ("铜锣园区", "创造就业机会", "2021") in got, got


def test_a_courts_and_a_bank_branchs_own_figures(pipeline):
    # set 31: a court named after its zone (…高新区法院) and a bank's branch (…银行某某分行, cited by
    # the short name its release gives it in brackets and quotes) report their own work: the
    # page's subject, and what 该院 / 本行 stand for; a press conference's reported figures are no
    # logistics; a multiple of the city's average is a level of its own; a list of two kinds
    # shares its count (孵化器和众创空间); a lead over the province's zones keeps them in the metric
    text = ("苏州工业园区人民法院\n苏州园区法院发布2025年知识产权白皮书\n发布时间:2026-04-20\n\n"
            "发布会上,苏州园区法院通报:2025年,该院受理知识产权案件2400件,同比增长12.0%;审结案件2300件。"
            "苏州工业园区管委会通报了辖区情况:截至2025年底,苏州工业园区有效发明专利达到3.2万件,每万人口"
            "高价值发明专利拥有量约90件,是全市平均水平的3.8倍。")
    got = [(c.subject, c.metric, c.change is not None) for c in pipeline.extract(text).claims]
    assert got == [("苏州园区法院", "受理知识产权案件", True), ("苏州园区法院", "审结案件", False),
                   ("苏州工业园区", "有效发明专利", False), ("苏州工业园区", "每万人口高价值发明专利拥有量", False),
                   ("苏州工业园区", "每万人口高价值发明专利拥有量是全市平均水平", False)], got
    text = ("(香港,2026年3月18日)大新银行有限公司今日公布,旗下大新银行佛山分行(“佛山分行”)去年全年科创企业贷款"
            "发放额达人民币12.4亿元,按年增长20.2%。截至去年底,区内共有省级以上科技企业孵化器和众创空间16家,"
            "研发经费投入强度2.1%,低于全省国家高新区平均水平0.6个百分点。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got[0] == ("佛山分行", "科创企业贷款发放额"), got
    assert ("省级以上科技企业孵化器和众创空间" in [m for _s, m in got]
            and "研发经费投入强度低于全省国家高新区平均水平" in [m for _s, m in got]), got


def test_a_weibo_post_a_power_company_and_a_news_day(pipeline):
    # set 32: 入住 is a flow verb (新入住各类人才), 已 stays in a metric (已配租房源), a pair of short
    # kinds counted together (博士、硕士), a rank of a total (总数居全市第1位); a quotation a
    # company's person speaks is the company's; a voltage names equipment (新建110千伏变电站),
    # capacity in 万千伏安 is a quantity; a news day (10日在…举办) dates its event; what an event
    # achieved (现场签约项目) is no logistics
    text = ("嘉兴高新区发布 V\n2026-5-14 09:30\n\n截至4月底,全区已配租房源2957套。今年1—4月,新入住各类人才760人,"
            "其中博士、硕士163人。2025年,高新技术企业达到593家,总数居全市第1位。\n"
            "“今年我们计划在园区完成电网建设投资3.2亿元,新建110千伏变电站2座。”国网嘉兴供电公司负责人李明介绍。"
            "一季度新增报装容量12.6万千伏安。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("嘉兴高新区", "已配租房源"), ("嘉兴高新区", "新入住各类人才"), ("嘉兴高新区", "博士、硕士"),
                   ("嘉兴高新区", "高新技术企业"), ("嘉兴高新区", "高新技术企业总数全市排名"),
                   ("国网嘉兴供电公司", "电网建设投资"), ("国网嘉兴供电公司", "新建110千伏变电站"),
                   ("嘉兴高新区", "新增报装容量")], got
    assert ("嘉兴高新区发布", "ORG") in [(e.text, e.label) for e in doc.entities]
    assert [(q.value, q.unit) for q in doc.quantities if q.kind == "power"] == [(D("126000"), "kVA")]
    text = ("2026-05-12 06:30 世界日报\n\n苏州高新区10日在圣荷西举办推介会,现场签约项目9个,总投资约2.6亿元人民币。"
            "审批10日内完成。")
    doc = pipeline.extract(text)
    assert [(c.metric, c.period) for c in doc.claims] == [("现场签约项目", "2026"), ("现场签约项目总投资", "2026")]
    assert [t.text for t in doc.times if t.kind == "date"] == ["2026-05-12", "10日"]


def test_a_garbled_short_name_does_not_break_the_subject(pipeline):
    # found by fuzzing: a short name that starts with a comma (以下简称“,城边合区”) made the subject
    # search find no candidate in the clause (StopIteration); the text must extract, its spans whole
    text = "65年,塔城边境经济合作区(以下简称“,城边合区”)外2贸进出口总额达到118.百亿元,同比增长23.6%,占塔城地区外贸进出口总"
    doc = pipeline.extract(text)
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    assert not [e for e in doc.entities if not e.text[0].isalnum()], doc.entities


def test_a_zone_with_its_district_an_evaluations_indicators_and_a_table_of_years(pipeline):
    # set 33: a zone written with its district in brackets is one name (杭州高新区(滨江)); a column
    # of growth named short after the column before (融资金额(亿元)|金额同比(%)); an evaluation's
    # indicator rows are parts of the page's subject, its weights (分值) no claims; a cut against a
    # fixed standard is a level; a table of years (年度|营业额(新台币亿元)|…); 占比由A提高至B; a
    # park named by its region and shortened by the page (中部科学园区(下称中科)); a growth after a
    # rank is the level's
    text = ("2025年,杭州高新区(滨江)共发生股权融资事件312起。\n领域|融资事件(起)|融资金额(亿元)|金额同比(%)\n"
            "人工智能|78|72.6|34.8\n生物医药|52|38.9|-6.2\n")
    got = [(c.subject, c.metric, c.change.value if c.change else None, c.change.direction if c.change else None)
           for c in pipeline.extract(text).claims]
    assert got == [("杭州高新区(滨江)", "股权融资事件", None, None), ("杭州高新区(滨江)", "人工智能融资事件", None, None),
                   ("杭州高新区(滨江)", "人工智能融资金额", D("34.8"), "up"), ("杭州高新区(滨江)", "生物医药融资事件", None, None),
                   ("杭州高新区(滨江)", "生物医药融资金额", D("6.2"), "down")], got
    text = ("德阳经开区营商环境评价得分92.47分\n发布时间:2026-04-16\n\n一级指标|分值(分)|得分(分)\n政务服务|25|23.78\n"
            "工程建设项目审批时限比法定时限压缩了62%。")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert ("德阳经开区", "政务服务得分", D("23.78")) in got and ("德阳经开区", "工程建设项目审批时限压缩", D("62")) in got, got
    assert not [m for _s, m, _v in got if "分值" in m], got
    text = ("中部科学园区(下称中科)辖台中园区等5处园区。2025年中科营业额为新台币1兆1,286亿元,居台湾三大科学园区第2位,"
            "2021—2025年年均成长9.1%;积体电路产业营业额占比由2021年的71.2%提高至2025年的78.5%。\n"
            "年度|营业额(新台币亿元)|从业员工(人)\n2024|9,938|54,960\n2025|11,286|56,430\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.value) for c in doc.claims]
    assert ("中部科学园区", "ZONE") in [(e.text, e.label) for e in doc.entities]
    assert ("中科", "营业额", "2025", D("1128600000000")) in got and ("中科", "营业额", "2021/2025", None) in got, got
    assert ("中科", "积体电路产业营业额占比", "2025", D("78.5")) in got, got
    assert ("中科", "营业额", "2024", D("993800000000")) in got and ("中科", "从业员工", "2025", D("56430")) in got, got


def test_subtitles_an_expo_and_a_zone_with_its_district(pipeline):
    # set 34: a video's timecoded subtitles are one paragraph (the quarter carries down the lines)
    # and a line break between two ends no sentence (a level's growth on the next line is its
    # change); 全市 after a rank verb is the ranking's scope, no subject; an expo's own figures
    # (亚博会: its floor area, countries, intended deals) are its logistics; a zone with its district
    # written in full in brackets keeps the two apart; two countries whose firms are counted
    # together are no subject
    text = ("义乌开发区发布\n发布时间:2026-04-21 18:00\n\n视频字幕\n00:06 先看总量:一季度全区实现地区生产总值186.4亿元\n"
            "00:11 同比增长7.9%\n00:16 规上工业增加值增长11.2%,增速排名全市第一\n00:21 新能源汽车产业产值突破90亿元\n")
    got = [(c.subject, c.metric, c.period, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got[0] == ("义乌开发区", "地区生产总值", "2026-01/2026-03", D("7.9")), got
    assert all(subject == "义乌开发区" and period == "2026-01/2026-03" for subject, _m, period, _c in got), got
    text = ("本届亚博会展览面积12万平方米,吸引52个国家和地区的企业参展;展会现场意向成交额达92.6亿元。"
            "库尔勒经开区(库尔勒市)签约项目54个,其中哈萨克斯坦和乌兹别克斯坦企业投资项目7个。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("库尔勒经开区", "签约项目"), ("库尔勒经开区", "哈萨克斯坦和乌兹别克斯坦企业投资项目")], got
    assert ("库尔勒经开区", "ZONE") in [(e.text, e.label) for e in doc.entities]


def test_an_infographic_as_text(pipeline):
    # set 35: an infographic's text version (一图读懂|2025年…): its title dates its panels, a heading
    # and its lines are one paragraph and a heading of targets makes its figures targets; a label
    # on the line above its value is the metric; an arrow before a rate is a change, year on year
    # by the legend; a rate's lead on the next line is the level's; a label and its value parted
    # by a space are one clause
    text = ("一图读懂|2025年嘉祥经开区经济运行情况\n发布时间:2026-02-06\n\n注:图中“↑”“↓”分别表示同比增长、同比下降。\n\n"
            "■ 经济总量\n地区生产总值\n286.4亿元 ↑6.8%\n增速高于全市1.3个百分点\n外贸进出口 48.6亿元 ↓3.5%\n"
            "实有经营主体 超2.5万户\n\n■ 2026年目标\n地区生产总值增长7.5%左右\n")
    got = [(c.metric, c.period, c.status, c.value, c.change.direction if c.change else None,
            c.change.basis if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", "2025", "actual", D("28640000000"), "up", "yoy"),
                   ("地区生产总值增速高于全市", "2025", "actual", D("1.3"), None, None),
                   ("外贸进出口", "2025", "actual", D("4860000000"), "down", "yoy"),
                   ("实有经营主体", "2025", "actual", D("25000"), None, None),
                   ("地区生产总值", "2026", "target", None, "up", "unspecified")], got


def test_a_port_zone_a_cooperation_zone_and_a_table_of_bare_labels(pipeline):
    # set 36: an inland port zone (国际港务区, shortened 港务区) and a cooperation zone with its city in
    # brackets (中日(大连)地方发展合作示范区) are zones; a brand named after a place (长安号) is no place;
    # a table whose header has bare labels and its unit on the line above (单位:公顷) is read, its
    # column of words left out
    text = ("成都国际港务区(以下简称成都港务区)获悉,今年1—6月,成都港务区中欧班列蓉欧号开行量达1638列。\n\n"
            "附:2026年第一批开发区扩区调区情况(单位:公顷)\n开发区|调整前规划面积|调整后规划面积|主导产业\n"
            "遵义高新区|1268.35|1856.42|电子信息、新材料\n铜仁高新区|954.60|1422.18|新型功能材料\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    assert got[0][0] == "成都港务区" and got[1:] == [
        ("遵义高新区", "调整前规划面积", D("1268.35")), ("遵义高新区", "调整后规划面积", D("1856.42")),
        ("铜仁高新区", "调整前规划面积", D("954.60")), ("铜仁高新区", "调整后规划面积", D("1422.18"))], got
    assert ("成都国际港务区", "ZONE") in [(e.text, e.label) for e in doc.entities]
    doc = pipeline.extract("中日(大连)地方发展合作示范区(下称大连示范区)去年引进日资项目38个。中欧班列长安号开行。")
    assert [(e.text, e.label) for e in doc.entities] == [("中日(大连)地方发展合作示范区", "ZONE"), ("大连示范区", "ZONE")]


def test_a_parks_short_name_and_a_buildings_specifications(pipeline):
    # set 37: a title's shorter name of a park (中德(沈阳)产业园) is cited by the short name the text
    # defines for its full name (中德(沈阳)高端装备制造产业园(下称“中德园”)); a listing's building
    # specifications (层高, 载重, 最小分割单元) are no claims
    text = ("中德(沈阳)产业园去年引资逾12亿欧元\n\n中德(沈阳)高端装备制造产业园(下称“中德园”)11日在伦敦举行推介会。"
            "去年,中德园规模以上工业总产值达到1,862亿元。\n\n二期标准厂房单栋1,200平方米,首层层高8米,货梯载重3吨。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got == [("中德园", "引资"), ("中德园", "规模以上工业总产值")], got


def test_a_ranking_table_led_by_its_ranks_and_a_notices_number(pipeline):
    # set 38: a table whose first column is the rank (名次|园区|综合得分|较上季度) is read: the rank
    # of the score column in the scope the page names (全省), the score in the unit above (单位:分),
    # the rank's move its change; rows left out (……) do not end it; the notice's number
    # (湘工信园区〔2026〕9号) names no park; 满分 is a scale, 扣减…分 a rule's penalty
    text = ("湖南省工业和信息化厅\n关于2026年上半年全省产业园区考核情况的通报\n湘工信园区〔2026〕9号\n\n"
            "上半年,全省园区实现营业收入5210亿元,同比增长7.4%。园区亩均税收21.3万元。\n"
            "二、考核排名(2026年上半年,单位:分,满分100分)\n名次|园区|综合得分|较上季度\n"
            "1|株洲高新区|93.1|上升1位\n2|湘潭经开区|90.4|持平\n……\n9|娄底经开区|70.2|下降3位\n"
            "连续排名末位的园区,扣减年度考核分3分。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.change.direction if c.change else None) for c in doc.claims]
    assert got == [
        ("湖南省产业园区", "营业收入", D("521000000000"), "up"),
        ("湖南省产业园区", "亩均税收", D("213000"), None),
        ("株洲高新区", "综合得分全省排名", D(1), "down"), ("株洲高新区", "综合得分", D("93.1"), None),
        ("湘潭经开区", "综合得分全省排名", D(2), None), ("湘潭经开区", "综合得分", D("90.4"), None),
        ("娄底经开区", "综合得分全省排名", D(9), "up"), ("娄底经开区", "综合得分", D("70.2"), None)], got
    assert doc.claims[3].unit == "分"
    assert "湘工信园区" not in [e.text for e in doc.entities]
    assert {"株洲高新区", "湘潭经开区", "娄底经开区"} <= {e.text for e in doc.entities if e.label == "ZONE"}


def test_a_list_led_by_serial_numbers_a_gloss_and_their_rate(pipeline):
    # set 38: 序号|企业名称|…|评价得分 lists companies with their scores (得分: in 分); a gloss in
    # brackets inside a metric is left out (B级(基本守信)企业 → B级企业); 其 + a rate after a count is
    # the rate of those counted; an attachment's size is no quantity
    text = ("2025年度参评企业共860家,其中,B级(基本守信)企业301家,C级企业88家。参评企业中,高新技术企业214家,"
            "其B级率为46.7%。\n序号|企业名称|所属产业|评价得分\n1|南昌华瑞电子有限公司|电子|95.4\n"
            "2|江西鼎创材料股份有限公司|材料|92.8\n附件:名单.xlsx(52KB)")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    assert got[1:3] == [(None, "B级企业", D(301)), (None, "C级企业", D(88))], got
    assert got[4][1] == "高新技术企业B级率", got
    assert got[5:] == [("南昌华瑞电子有限公司", "评价得分", D("95.4")),
                       ("江西鼎创材料股份有限公司", "评价得分", D("92.8"))], got
    assert "52KB" not in [q.text for q in doc.quantities]
    assert {"南昌华瑞电子有限公司", "江西鼎创材料股份有限公司"} <= {e.text for e in doc.entities if e.label == "ORG"}


def test_goods_from_a_country_their_value_and_share_and_a_ranked_amount(pipeline):
    # set 38: 从 + a country before 进口 stays in the metric; 货值 after an amount of goods is their
    # value; a share of a 量 is of the goods' amount, not of their value; a rank after a share that
    # repeats no part is the amount's rank; 澳洲, 西澳 are places; 统计局 before 数据 is a body
    text = ("2025年,开发区从澳洲进口锂辉石42.6万吨,货值约5.1亿澳元,占全区锂辉石进口量的五成。"
            "区内氢氧化锂产量达到9.2万吨,约占全国总产量的一成,居全国园区第2位。区内澳资企业已有5家。"
            "西澳统计局数据显示。")
    doc = pipeline.extract(text)
    got = [c.metric for c in doc.claims]
    assert got == ["从澳洲进口锂辉石", "从澳洲进口锂辉石货值", "从澳洲进口锂辉石占全区锂辉石进口量", "氢氧化锂产量",
                   "氢氧化锂产量占全国总产量", "氢氧化锂产量全国排名", "澳资企业"], got
    ents = [(e.text, e.label) for e in doc.entities]
    assert ("澳洲", "GPE") in ents and ("西澳统计局", "ORG") in ents, ents
    assert "五 本" not in [q.text for q in pipeline.extract("2026年5月8日 星期五 本报记者 林海 悉尼报道").quantities]


def test_a_table_of_two_columns_a_list_before_its_kind_and_a_wholes_figure_in_brackets(pipeline):
    # set 39: a table of one value column (企业名称|一季度发明专利授权(件)) is read, the period word left
    # out of its label and a company filling its cell found whole; items listed before the kind word
    # of the last (A、B、C领域…) share what follows it, and 合计 after them is the items together; a
    # whole's figure in brackets (全市为…) is the city's, and the rank after it the zone's
    text = ("襄阳高新区管委会\n襄阳高新区2026年一季度知识产权简报\n"
            "一季度,全区发明专利授权96件。从领域看,汽车、新能源、电子信息领域发明专利授权分别为41件、22件、13件,"
            "合计占全区发明专利授权量的79.2%。截至3月底,全区每万人口发明专利拥有量48.1件(全市为19.7件),继续居全市第1位。\n"
            "企业名称|一季度发明专利授权(件)\n东风汽车零部件集团有限公司|18\n中航光电精工有限公司|7\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    assert got == [
        ("襄阳高新区", "发明专利授权", D(96)),
        ("襄阳高新区", "汽车领域发明专利授权", D(41)), ("襄阳高新区", "新能源领域发明专利授权", D(22)),
        ("襄阳高新区", "电子信息领域发明专利授权", D(13)),
        ("襄阳高新区", "汽车、新能源、电子信息领域发明专利授权占全区发明专利授权量", D("79.2")),
        ("襄阳高新区", "每万人口发明专利拥有量", D("48.1")), ("襄阳市", "每万人口发明专利拥有量", D("19.7")),
        ("襄阳高新区", "每万人口发明专利拥有量全市排名", D(1)),
        ("东风汽车零部件集团有限公司", "发明专利授权", D(18)), ("中航光电精工有限公司", "发明专利授权", D(7))], got
    assert doc.claims[-1].period == "2026-01/2026-03"


def test_a_universitys_page_its_institute_and_an_agreements_years(pipeline):
    # set 39: 学校 opening a clause is the university the page names, 研究院 the institute named last
    # (after an item's number too); a verb of signing ends the metric; 未来5年内 is the page's year
    # and four more, a commitment; a fund's size takes the fund's name; 选派 counts who is sent, past
    # the bound (30名以上); 文字 and 摄影 credit persons; 上一篇 lines are furniture
    text = ("兰州大学新闻网\n学校与兰州高新区签署合作协议\n发布日期:2026-05-09\n"
            "5月8日,兰州大学与兰州高新区管委会合作协议签约仪式在校本部举行。2023年至2025年,学校与高新区企业签订技术开发项目88项。根据协议,双方将共建“兰大陇原创新研究院”:\n"
            "(一)高新区在未来5年内投入建设资金不少于3亿元;\n(二)研究院力争到2030年孵化科技型企业40家;\n"
            "(三)学校每年选派20名以上博士研究生到高新区企业实践;\n(四)高新区设立成果转化基金,规模5亿元。\n"
            "文字:孙晓明 摄影:何立\n上一篇:我校2项成果获甘肃省科学技术奖\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.status) for c in doc.claims]
    assert got == [
        ("兰州大学", "技术开发项目", "2023/2025", "actual"),
        ("兰州高新区", "投入建设资金", "2026/2030", "target"),
        ("兰大陇原创新研究院", "孵化科技型企业", "2030", "target"),
        ("兰州大学", "选派博士研究生", None, "actual"),
        ("兰州高新区", "成果转化基金规模", None, "actual")], got
    assert {"孙晓明", "何立"} <= {e.text for e in doc.entities if e.label == "PERSON"}
    assert "甘肃省" not in [e.text for e in doc.entities] and "2项" not in [q.text for q in doc.quantities]


def test_an_encyclopedias_infobox_and_table_in_traditional_characters(pipeline):
    # set 39: a value's year in brackets after it (約21.3萬人(2024年)) is its period; a column of
    # 按年增長 holds the growth of the column before; 「」 read as “” in a metric
    text = ("湘潭高新技術產業開發區\n維基百科,自由的百科全書\n\n湘潭高新技術產業開發區(簡稱湘潭高新區)是國家級高新區。\n"
            "常住人口　約18.2萬人(2024年)\n截至2024年末,區內共有國家級專精特新「小巨人」企業9家。\n"
            "年份|地區生產總值(億元)|按年增長(%)\n2023|301.5|6.1\n2024|322.4|6.9\n")
    doc = pipeline.extract(text)
    got = [(c.metric, c.period, c.change.value if c.change else None) for c in doc.claims]
    assert got == [("常住人口", "2024", None), ("国家级专精特新“小巨人”企业", "2024", None),
                   ("地区生产总值", "2023", D("6.1")), ("地区生产总值", "2024", D("6.9"))], got


def test_an_environmental_report_its_units_its_index_and_its_table(pipeline):
    # set 40: concentrations (微克/立方米, 毫克/升) are units; a bare decimal after 指数 is the index's
    # value, 改善 of an index a fall; a rank among the units counted (在…4个考核单元中排名第2) is of the
    # figure before; a count of days (优良天数) is a claim; 不高于 is a bound, 较…低 a comparison with
    # the figure before; a month opening the paragraph (5月,) holds for its sentences; a table of bare
    # labels is read from its first row (signed changes under 同比), in the month of its caption
    text = ("信阳高新区2026年5月生态环境质量状况\n发布日期:2026-06-10\n"
            "5月,高新区环境空气质量综合指数为3.52,同比改善4.1%,在中心城区5个考核单元中排名第1。"
            "其中,PM2.5平均浓度29微克/立方米,同比下降6.5%;优良天数25天,优良天数比例80.6%,较年度目标高2个百分点。"
            "氨氮平均浓度0.27毫克/升。2026年目标为PM2.5平均浓度不高于35微克/立方米。\n"
            "表1 5月中心城区各考核单元环境空气质量综合指数\n考核单元|综合指数|同比\n"
            "信阳高新区|3.52|-4.1%\n浉河区|3.88|+2.2%\n")
    doc = pipeline.extract(text)
    got = [(c.metric, c.value, c.unit, c.period, c.change.direction if c.change else None) for c in doc.claims]
    assert got == [
        ("环境空气质量综合指数", D("3.52"), "index", "2026-05", "down"),
        ("环境空气质量综合指数中心城区排名", D(1), "rank", "2026-05", None),
        ("PM2.5平均浓度", D(29), "μg/m3", "2026-05", "down"),
        ("优良天数", D(25), "day", "2026-05", None),
        ("优良天数比例", D("80.6"), "%", "2026-05", None),
        ("优良天数比例较年度目标高", D(2), "pp", "2026-05", None),
        ("氨氮平均浓度", D("0.27"), "mg/L", "2026-05", None),
        ("PM2.5平均浓度", D(35), "μg/m3", "2026", None),
        ("综合指数", D("3.52"), "index", "2026-05", "down"), ("综合指数", D("3.88"), "index", "2026-05", "up")], got
    assert [q.text for q in doc.quantities if q.text.endswith("%")][-2:] == ["4.1%", "2.2%"]


def test_a_tender_notice_its_owner_and_its_bidders(pipeline):
    # set 40: a project's figures on a tender's notice are its owner's (招标人:…有限公司), a bidder's
    # fields after a comma are the bidder's (投标报价:…,评标得分:…分), the winner after 中标人为 is who
    # the price is of, and the discount against the cap is the price's (中标价较最高投标限价下浮)
    text = ("宜宾市公共资源交易中心\n首页 > 交易信息 > 中标结果公示\n宜宾高新区标准厂房(二期)项目施工中标结果公示\n"
            "招标人:宜宾临港产业投资有限公司\n建设规模:项目总建筑面积6.2万平方米。\n"
            "第一中标候选人:四川宜建建设工程有限公司,投标报价:8126.40万元,评标得分:94.15分\n"
            "第二中标候选人:宜宾同创建筑有限公司,投标报价:8210.55万元,评标得分:91.02分\n"
            "经评审,中标人为四川宜建建设工程有限公司,中标价8126.40万元,较最高投标限价下浮5.12%。\n")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [
        ("宜宾临港产业投资有限公司", "项目总建筑面积", D(62000)),
        ("四川宜建建设工程有限公司", "投标报价", D(81264000)), ("四川宜建建设工程有限公司", "评标得分", D("94.15")),
        ("宜宾同创建筑有限公司", "投标报价", D(82105500)), ("宜宾同创建筑有限公司", "评标得分", D("91.02")),
        ("四川宜建建设工程有限公司", "中标价", D(81264000)),
        ("四川宜建建设工程有限公司", "中标价较最高投标限价下浮", D("5.12"))], got


def test_a_park_named_by_a_common_noun_and_its_administration(pipeline):
    # set 40: a park whose name the tagger reads as a common noun (桥头: a bridgehead) is one where the
    # page writes it three times; 科学园|区 is one name; a zone's 管理局 is its body, and 管理局 alone
    # the page's; a speaker's forecast of the figure before (我们预估会超过…) repeats its metric
    text = ("节目｜桥头科学园区来了\n上架日期:2026-05-20\n"
            "主持人:桥头科学园区到底多大?\n来宾:桥头科学园区总面积大约262公顷。去年园区营业额大约新台币320亿元,"
            "今年我们预估会超过新台币700亿元。南部科学园区管理局表示,桥头科学园区进驻厂商21家。\n")
    doc = pipeline.extract(text)
    assert [(c.subject, c.metric, c.status) for c in doc.claims] == [
        ("桥头科学园区", "总面积", "actual"), ("桥头科学园区", "营业额", "actual"),
        ("桥头科学园区", "营业额", "forecast"), ("桥头科学园区", "进驻厂商", "actual")], doc.claims
    assert "桥头科学园区" in [e.text for e in doc.entities if e.label == "ZONE"]


def test_a_companys_base_its_emissions_and_hours(pipeline):
    # set 41: a company's report on its base in a zone speaks for the base (济宁基地, named three times);
    # 吨二氧化碳当量 is a unit; a note in brackets before the copula (总量(范围一及范围二)为) and what a
    # value is per (为每百万元收入) stay out of the metric; hours of training and of service given are
    # claims (人均培训时数, 志愿服务共…小时), a project's duration is not
    text = ("鼎泰精密控股有限公司\n（股份代號：2718）\n二零二五年度環境、社會及管治報告（節錄）\n"
            "本集團濟寧生產基地位於濟寧高新技術產業開發區。2025年,濟寧基地實現收入人民幣9.2億元。\n"
            "2025年,濟寧基地溫室氣體排放總量（範圍一及範圍二）為18,420噸二氧化碳當量,按年下降5.1%;"
            "排放密度為每百萬元收入20.0噸二氧化碳當量。\n"
            "2025年,濟寧基地人均培訓時數28.5小時,員工參與社區志願服務共960小時,技改項目建設工期共18個月。\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.unit) for c in doc.claims]
    assert got == [
        ("济宁基地", "收入", D(920000000), "CNY"),
        ("济宁基地", "温室气体排放总量", D(18420), "t"), ("济宁基地", "排放密度", D(20), "t"),
        ("济宁基地", "人均培训时数", D("28.5"), "hour"), ("济宁基地", "员工参与社区志愿服务", D(960), "hour")], got
    assert doc.claims[1].change is not None and doc.claims[1].change.direction == "down"


def test_an_office_in_a_zone_a_dated_heading_and_a_table_of_occupations(pipeline):
    # set 41: a city body's office in a zone (…管理中心经济技术开发区管理部) speaks for the zone the page
    # names (连云港经开区), not for a zone of that name; an item's heading dates the paragraph under it
    # (六、2026年目标); 年末 is no part of a metric; a table whose rows are occupations (职业名称|…)
    # makes each a part of the metric, the page's zone the subject; 求人倍率 is in times
    text = ("连云港市住房公积金管理中心经济技术开发区管理部2025年住房公积金业务运行情况公告\n"
            "发布时间：2026-03-27\n2025年，连云港经开区年末实缴单位2358家。经开区缴存额27.64亿元。求人倍率为1.36。\n"
            "职业名称|需求人数(人)|平均月薪(元)\n焊工|612|6850\n电工|407|6430\n"
            "六、2026年目标\n力争新增缴存职工8000人以上。\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.period) for c in doc.claims]
    assert got == [
        ("连云港经开区", "实缴单位", D(2358), "2025"), ("连云港经开区", "缴存额", D(2764000000), "2025"),
        ("连云港经开区", "求人倍率", D("1.36"), "2025"),
        ("连云港经开区", "焊工需求人数", D(612), "2025"), ("连云港经开区", "焊工平均月薪", D(6850), "2025"),
        ("连云港经开区", "电工需求人数", D(407), "2025"), ("连云港经开区", "电工平均月薪", D(6430), "2025"),
        ("连云港经开区", "新增缴存职工", D(8000), "2026")], got
    assert doc.claims[2].unit == "times"


def test_a_top_ten_list_a_live_blog_and_a_typhoon_report(pipeline):
    # set 42: the items of a list announced under a year (…2025年度十大新闻…具体如下:) are of that year,
    # though an item names another (2024年度评估); a project named with its company, then 项目… is the
    # company's, and a month that dates its milestone (6月底试生产) gives the figure after it its
    # year only; 破 before a value is no part of the metric; a typhoon's name before 产业园区 names no
    # park; a day of the page's month followed by a clock time or ending a range is a time
    text = ("北海综合保税区2025年度十大新闻揭晓\n发布时间:2026-01-09\n"
            "北海综合保税区2025年度十大新闻正式揭晓。具体如下(排名不分先后):\n"
            "一、获评A类。在2024年度评估结果中,北海综合保税区位列全国第21位。\n"
            "二、进出口总值首次突破300亿元。全年实现进出口总值318.5亿元。\n"
            "三、跨境电商单量破500万单。\n")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got[1:] == [("进出口总值", "2025"), ("进出口总值", "2025"), ("跨境电商单量", "2025")], got
    text = ("高新区项目观摩直播\n发布时间:2026-04-16\n"
            "09:03【现场】第一站,山东岱峰精工有限公司数控机床项目。项目总投资6.2亿元,计划6月底试生产,达产后年产机床1500台。\n")
    got = [(c.subject, c.period) for c in pipeline.extract(text).claims]
    assert got == [("山东岱峰精工有限公司", None), ("山东岱峰精工有限公司", "2026")], got
    text = "白鹿台风产业园区灾情及应变处置报告\n更新时间:2026-09-14\n截至14日16时已复电89家,13日至14日累积雨量达612毫米。\n"
    doc = pipeline.extract(text)
    assert not [e for e in doc.entities if e.label == "ZONE"]
    assert [c.metric for c in doc.claims] == ["复电", "累积雨量"], doc.claims


def test_tables_led_by_serial_numbers_with_units_of_kinds_and_of_a_plan(pipeline):
    # set 43: a table led by list numbers whose value columns carry their units (序號|公司名稱|…|
    # 投資金額(新臺幣億元)|預估僱用人數(人)) is read, a forecast word opening a column's label making
    # its values forecasts; rows of kinds under a names' column ending in 类别 are parts of the metric;
    # a table under a caption of a plan (各校招生计划如下:) holds targets, its schools named after the
    # zone found whole; a caption's month (3月…如下:) dates its rows past a blank line
    text = ("泸州高新区2026年3月12345热线运行情况通报\n发布日期:2026-04-08\n"
            "3月工单量居前两位的诉求类别如下:\n\n诉求类别|工单量(件)|环比(%)\n城乡建设|318|+21.4\n劳动社保|207|-9.5\n\n"
            "各校招生计划如下:\n\n学校|招生班数(个)|招生人数(人)\n泸州高新区实验小学|12|540\n\n"
            "附表\n序號|公司名稱|產業別|投資金額(新臺幣億元)|預估僱用人數(人)\n1|晶澄生醫股份有限公司|生技醫療|28.5|210\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.status, c.change.direction if c.change else None) for c in doc.claims]
    assert got == [
        ("泸州高新区", "城乡建设工单量", "2026-03", "actual", "up"), ("泸州高新区", "劳动社保工单量", "2026-03", "actual", "down"),
        ("泸州高新区实验小学", "招生班数", "2026-03", "target", None),
        ("泸州高新区实验小学", "招生人数", "2026-03", "target", None),
        ("晶澄生医股份有限公司", "投资金额", "2026-03", "actual", None),
        ("晶澄生医股份有限公司", "雇用人数", "2026-03", "forecast", None)], got
    assert doc.claims[4].unit == "TWD" and doc.claims[4].value == D(2850000000)


def test_parks_listed_together_a_ranking_of_factories_and_a_plans_first_year(pipeline):
    # set 44: zones of one kind listed together (斗六工业区及云林科技工业区的9家观光工厂) are the zones of
    # the page's place together (云林工业区); a ranking table whose count column ends in 人次 is in 人次
    # and its growth column (较去年成长, in %) the growth of that column; “十五五”开局之年 is the plan's
    # first year, and 锚定…目标 a target
    text = ("云林县政府全球资讯网\n春节连假人潮涌现\n发布日期:2026-02-23\n"
            "据建设处统计,位于斗六工业区及云林科技工业区的9家观光工厂,9天连假共吸引入园游客12.6万人次。\n"
            "排名|观光工厂|所在园区|入园人次|较去年成长\n1|黑金酱油观光工厂|斗六工业区|31,200|21.5%\n")
    got = [(c.subject, c.metric, c.value, c.unit, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got[0][0] == "云林工业区", got
    assert got[1:] == [("黑金酱油观光工厂", "入园人次排名", D(1), "rank", None),
                       ("黑金酱油观光工厂", "入园人次", D(31200), "人次", D("21.5"))], got
    text = "2026年是“十五五”开局之年。全区将锚定地区生产总值增长7.5%以上、规上工业总产值达到1200亿元的目标。"
    got = [(c.metric, c.period, c.status) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", "2026", "target"), ("规上工业总产值", "2026", "target")], got


def test_a_level_reached_after_a_range_of_growth(pipeline):
    # a forecast's range of growth, then the level it may reach with no metric of its own
    # (产值增长15%—20%,有望突破五百五十亿元): the level's metric, without the growth verb
    text = "发布日期:2025-10-20\n预计全年新材料产业产值增长15%—20%,有望突破五百五十亿元。"
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("新材料产业产值增长", "forecast"), ("新材料产业产值", "forecast")], got


def test_minutes_dated_by_their_issuing_line_a_table_of_routes_and_a_total_row(pipeline):
    # set 45: minutes dated only by their issuing line (…办公室　　2026年5月14日) date their 1—4月; a
    # table of bare labels next to one with its unit (路线|载客量(万人次)|平均载客率 / …|12.6|78%) is
    # read, the rate in %; a total row (合计) of a table of kinds is the page's zone's, no kind
    text = ("孝义高新区管委会主任办公会议纪要\n\n孝义高新区管委会办公室　　　　2026年5月14日\n\n"
            "一、关于1—4月经济运行情况\n1—4月，全区规上工业总产值完成186.7亿元，同比增长9.2%。\n\n"
            "路线|载客量(万人次)|平均载客率\n火车站线|12.6|78%\n\n"
            "经营主体类型|新设户数(户)|实有户数(户)\n企业|512|9,870\n合计|1,720|38,426\n")
    got = [(c.subject, c.metric, c.value, c.period) for c in pipeline.extract(text).claims]
    assert got == [
        ("孝义高新区", "规上工业总产值", D(18670000000), "2026-01/2026-04"),
        ("火车站线", "载客量", D(126000), "2026-01/2026-04"), ("火车站线", "平均载客率", D(78), "2026-01/2026-04"),
        ("孝义高新区", "企业新设户数", D(512), "2026-01/2026-04"), ("孝义高新区", "企业实有户数", D(9870), "2026-01/2026-04"),
        ("孝义高新区", "新设户数", D(1720), "2026-01/2026-04"), ("孝义高新区", "实有户数", D(38426), "2026-01/2026-04")], got


def test_a_unions_report_a_sessions_number_and_taiwans_cubic_metres(pipeline):
    # set 46: a session of a term (四届五次全委) is no count; 立方公尺 is Taiwan's m3, after a number
    # with 萬 and a thousands comma (1萬1,850); 取得 and 提出 before what was obtained or proposed are no
    # part of the metric; a union (总工会) and a station (服务站) are bodies; a date before 點閱 is no
    # count of points
    text = ("邯郸高新区总工会召开四届五次全委(扩大)会议。2025年,全区企业取得第二类医疗器械注册证136张,"
            "职工提出合理化建议2175条。\n發布日期:115-03-18　點閱數:412\n污水廠平均日處理量1萬1,850立方公尺。\n")
    doc = pipeline.extract(text)
    assert [q.text for q in doc.quantities] == ["136张", "2175条", "1萬1,850立方公尺"], doc.quantities
    assert doc.quantities[-1].value == D(11850) and doc.quantities[-1].unit == "m3"
    assert [c.metric for c in doc.claims][:2] == ["第二类医疗器械注册证", "合理化建议"], doc.claims
    assert ("邯郸高新区总工会", "ORG") in [(e.text, e.label) for e in doc.entities]


def test_a_bodys_own_report_a_bar_year_table_with_differences_and_a_quarters_report(pipeline):
    # set 47: a body the opening names and whose clauses open with its word (医院完成…, 医院力争…) is
    # the subject of its own report, not the zone it is named after, though it works with another
    # hospital; a year table parted by bars, units in the labels' brackets, with a column of
    # differences (增减) in the row's unit, in % or in percentage points, each the latest year's change
    text = ("宜宾高新区人民医院2025年度工作报告\n\n"
            "2025年，医院完成门急诊诊疗38.1万人次，同比增长6.2%；与华西医院共建专科联盟。\n"
            "表1 主要指标\n指标｜2025年｜2024年｜增减\n编制床位（张）｜420｜400｜+20\n"
            "业务收入（亿元）｜2.15｜2.02｜+6.4%\n药占比（%）｜26.0｜27.5｜-1.5个百分点\n\n"
            "2026年，医院力争门急诊诊疗突破40万人次。")
    got = [(c.subject, c.metric, c.period, c.value, c.change.value if c.change else None,
            c.change.unit if c.change else None, c.change.direction if c.change else None) for c in pipeline.extract(text).claims]
    body = "宜宾高新区人民医院"
    assert got == [
        (body, "门急诊诊疗", "2025", D(381000), D("6.2"), "%", "up"),
        (body, "编制床位", "2025", D(420), D(20), "张", "up"), (body, "编制床位", "2024", D(400), None, None, None),
        (body, "业务收入", "2025", D(215000000), D("6.4"), "%", "up"), (body, "业务收入", "2024", D(202000000), None, None, None),
        (body, "药占比", "2025", D(26), D("1.5"), "pp", "down"), (body, "药占比", "2024", D("27.5"), None, None, None),
        (body, "门急诊诊疗", "2026", D(400000), None, None, None)], got
    # a quarter's report: Taiwan's 第1季 is the first quarter, 本季 the quarter it named last, 較上季
    # against the quarter before (mom); a table's 億元 and 萬元/坪 are in the page's currency (TWD);
    # 每坪 before a value is what it is per, no part of the metric; 桃園 is the city 桃園市 the page names
    text = ("2026-04-20　文／研究部\n研究部今（20）日發布2026年第1季報告。第1季桃園市廠房交易共80件，"
            "交易總額新臺幣150.2億元，較上季成長12.5%。\n"
            "工業區｜交易件數｜交易總額（億元）｜平均單價（萬元/坪）\n大園工業區｜12｜30.5｜40.2\n\n"
            "從本季看，桃園廠房平均月租金每坪約600元。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.value, c.unit, c.change.basis if c.change else None) for c in doc.claims]
    quarter = "2026-01/2026-03"
    assert got == [("桃园市", "厂房交易", quarter, D(80), "件", None),
                   ("桃园市", "交易总额", quarter, D(15020000000), "TWD", "mom"),
                   ("大园工业区", "交易件数", quarter, D(12), "件", None),
                   ("大园工业区", "交易总额", quarter, D(3050000000), "TWD", None),
                   ("大园工业区", "平均单价", quarter, D(402000), "TWD", None),
                   ("桃园市", "厂房平均月租金", quarter, D(600), "TWD", None)], got


def test_a_funds_annual_report_dates_its_fields_and_its_year(pipeline):
    # set 47: a heading with a date in brackets (基金基本情况(截至2025年12月31日)) dates every line of
    # its block, as the year; 本年度 of a year's report signed the year after is the year reported
    # on; a bare 投资金额 after a count of projects is those projects' (split totals, after 、 too);
    # 计提 is no part of the metric; grades taken together (三四级) are one word
    text = ("嘉兴高新区科创产业投资基金\n2025年度管理报告\n\n"
            "一、基金基本情况（截至2025年12月31日）\n基金类型：创业投资基金\n认缴规模：5亿元\n\n"
            "二、投资情况\n2025年，基金新增投资项目6个，投资金额1.2亿元。\n本年度计提管理费800万元。\n"
            "2026年，基金力争新增投资项目不少于5个、投资金额1亿元以上。\n\n"
            "某某医院2025年完成三四级手术1,200台次。\n\n2026年3月31日")
    got = [(c.metric, c.period, c.value) for c in pipeline.extract(text).claims]
    assert got == [("认缴规模", "2025", D(500000000)), ("新增投资项目", "2025", D(6)),
                   ("新增投资项目投资金额", "2025", D(120000000)), ("管理费", "2025", D(8000000)),
                   ("新增投资项目", "2026", D(5)), ("新增投资项目投资金额", "2026", D(100000000)),
                   ("三四级手术", "2025", D(1200))], got


def test_a_librarys_own_report_and_a_bus_companys_report_by_month(pipeline):
    # set 48: a library named after its zone speaks for itself (本馆…, 本馆…); a year table's growth
    # column (同比(%)) after 2025年|2024年 is the latest year's change; 全年 after the table is the
    # report's year, not the table's last column's; a measured time (开放时间…小时) is a claim;
    # 接待 is kept before who was received (ten of the gold's eleven claims after it keep it; set
    # 48's page dropped it, so the text's line and the table's row now differ)
    text = ("宜宾高新区图书馆\n首页 > 馆务公开 > 年度报告\n宜宾高新区图书馆2025年度报告\n"
            "2025年，本馆接待到馆读者30.5万人次，全年开放时间3,500小时。\n"
            "指标｜2025年｜2024年｜同比（%）\n到馆读者（万人次）｜30.5｜28.0｜8.9\n"
            "三、阅读推广\n全年新增馆藏图书3.2万册。在全省公共图书馆服务效能评价中，本馆位列第5。")
    got = [(c.subject, c.metric, c.period, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    lib = "宜宾高新区图书馆"
    assert got == [(lib, "接待到馆读者", "2025", D(305000), None), (lib, "开放时间", "2025", D(3500), None),
                   (lib, "到馆读者", "2025", D(305000), D("8.9")), (lib, "到馆读者", "2024", D(280000), None),
                   (lib, "新增馆藏图书", "2025", D(32000), None), (lib, "服务效能评价全省排名", "2025", D(5), None)], got
    # a zone's company on its own site, its title under the name the page calls it by (高新公交):
    # its figures, 公司's too, are that name's; a table of months gives each row its month of the
    # report's year, the total row the months together
    text = ("宝鸡高新区公交运营有限公司\n信息公开 >> 运营数据\n高新公交2026年上半年客运情况通报\n"
            "2026年07月08日　信息来源：运营调度中心\n截至6月底，公司营运车辆180辆。\n月份｜客运量（万人次）｜同比（%）\n1月｜50.1｜5.2\n"
            "2月｜45.3｜-1.2\n合计｜95.4｜2.1\n")
    got = [(c.subject, c.metric, c.period, c.value, c.change.direction if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("高新公交", "营运车辆", "2026", D(180), None),
                   ("高新公交", "客运量", "2026-01", D(501000), "up"), ("高新公交", "客运量", "2026-02", D(453000), "down"),
                   ("高新公交", "客运量", "2026-01/2026-02", D(954000), "up")], got


def test_a_taiwan_table_of_roc_years_a_measured_time_and_an_estimate(pipeline):
    # set 48: a table of years of the Republic (113年(件)|114年(件)) with a column of yearly
    # differences (年增減(件)): each row a metric of each year, the difference the latest year's
    # change (yoy), a total row the kind its caption names; a time measured changes against a
    # basis (較上年縮短0.3分鐘); 估計 touching a value is its qualifier; a phone number is no quantity
    text = ("114年南崗工業區消防統計年報\n發布日期：115-02-06\n表1　南崗工業區受理案件統計\n"
            "案件類別｜113年（件）｜114年（件）｜年增減（件）\n火災搶救｜41｜38｜-3\n合計｜984｜1,046｜62\n"
            "114年，平均到達火場時間為5.7分鐘，較上年縮短0.3分鐘；財物損失估計新臺幣1,860萬元。\n"
            "承辦人：林怡君　聯絡電話：049-2222119分機312\n")
    doc = pipeline.extract(text)
    got = [(c.metric, c.period, c.value, c.change.value if c.change else None, c.change.direction if c.change else None,
            c.change.basis if c.change else None, c.qualifier) for c in doc.claims]
    assert got == [("火灾抢救", "2024", D(41), None, None, None, "exact"), ("火灾抢救", "2025", D(38), D(3), "down", "yoy", "exact"),
                   ("受理案件", "2024", D(984), None, None, None, "exact"), ("受理案件", "2025", D(1046), D(62), "up", "yoy", "exact"),
                   ("平均到达火场时间", "2025", D("5.7"), D("0.3"), "down", "since", "exact"),
                   ("财物损失", "2025", D(18600000), None, None, None, "approx")], got
    assert not [q for q in doc.quantities if q.text.startswith("049")], doc.quantities
    assert ("林怡君", "PERSON") in [(e.text, e.label) for e in doc.entities]


def test_a_roundup_dated_by_its_dateline_and_a_class_of_listed_firms(pipeline):
    # set 49: news that others' annual reports are out (2025年年报已全部披露完毕) is no annual report of
    # the page's own: its 去年 and 今年 are by its dateline; listed companies are a class of firms
    # whose figures the metric names (区内上市公司去年合计实现营业收入)
    text = ("年报季收官：南通高新区上市公司去年营收合计900亿元\n2026-05-06 09:12　来源：某财经网\n\n"
            "随着年报披露窗口关闭，南通高新区A股上市公司2025年年报已全部披露完毕。\n"
            "记者梳理发现，区内上市公司去年合计实现营业收入901.2亿元，同比增长6.1%。"
            "从一季报看，区内上市公司今年1—3月合计营收220.4亿元。")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == [("上市公司营收", "2025"), ("上市公司营业收入", "2025"), ("上市公司营收", "2026-01/2026-03")], got
    # an annual report's own title (2025年度工作报告) dates its words by its year, but a month in a
    # paragraph about the year after is that year's
    text = ("某某医院2025年度工作报告\n发布时间：2026-03-20\n\n2025年，医院完成门急诊诊疗30万人次。\n\n"
            "2026年，医院力争门急诊诊疗突破32万人次；门诊楼6月主体封顶，预计年底床位达到600张。")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == [("门急诊诊疗", "2025"), ("门急诊诊疗", "2026"), ("床位", "2026")], got


def test_a_budget_evaluation_in_the_republics_fiscal_years_and_subsidies_received(pipeline):
    # set 49: a fiscal year of the Republic (116年度) is a year, its budget a plan; 编列 is no part of
    # the metric, nor 决算数 (the final accounts' figure), nor 計 before the value; a year of the
    # Republic and the month after it (115年8月底) are one time, the page's year, no plan; 立法院 is
    # no court reporting its own work; land in its state keeps 已 (已开发待售土地) and a running
    # total its 累计 (累计执行数), as the gold does since set 83's rules
    text = ("立法院全球資訊網\n116年度中央政府總預算案評估報告\n發布日期：115-10-14\n"
            "116年度預算案編列業務總收入新臺幣98.6億元。114年度業務總收入決算數為86.4億元。"
            "基金已開發待售土地計148.6公頃。截至115年8月底，累計執行數6.94億元。")
    got = [(c.subject, c.metric, c.period, c.status) for c in pipeline.extract(text).claims]
    assert [g[1:] for g in got] == [("业务总收入", "2027", "target"), ("业务总收入", "2025", "actual"),
                                    ("已开发待售土地", "2025", "actual"), ("累计执行数", "2026", "actual")], got
    assert "立法院" not in {g[0] for g in got}, got
    # subsidies received are a report, not a policy's terms; after a count of a class of firms, that
    # class's; a ranked table's growth column in % by its header is the change of the column before
    text = ("2025年度共受理申报企业41家。其中，高新技术企业31家，获得补助资金431.8万元。\n"
            "序号｜企业名称｜2025年研发费用（万元）｜同比增长（%）\n1｜湖北楚晶光电科技有限公司｜8,460｜21.3\n")
    got = [(c.subject, c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got[1:] == [(got[1][0], "高新技术企业", D(31), None), (got[1][0], "高新技术企业补助资金", D(4318000), None),
                       ("湖北楚晶光电科技有限公司", "研发费用", D(84600000), D("21.3"))], got


def test_a_companys_own_report_under_the_name_it_defines_and_a_survey(pipeline):
    # set 50: a company's site whose title names no one, on a page that speaks as the company (公司…,
    # and the short name it defines): its figures, under that short name; a price kept through the
    # year (全年保持2.98元/立方米不变) is a report, not a guide's terms; 同比下降0.16元 is a change
    text = ("曲靖高新区燃气有限公司\n网站首页 | 公司简介\n当前位置：网站首页 > 信息公开 > 经营信息\n2025年度天然气供应情况通报\n"
            "时间：2026-01-20\n2025年，曲靖高新区燃气有限公司（以下简称“高新燃气”）全年平稳供气。"
            "全年累计供应天然气1.2亿立方米。截至12月底，公司中压管线总长度达到300公里。"
            "居民用气价格全年保持2.98元/立方米不变，工业用户平均气价同比下降0.16元/立方米。高新燃气将继续保供。")
    got = [(c.subject, c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert {g[0] for g in got} == {"高新燃气"}, got
    assert [g[1:] for g in got][-2:] == [("居民用气价格", D("2.98"), None), ("工业用户平均气价", None, D("0.16"))], got
    # a survey's report speaks for the firms that answered (受访企业), whose plans and expectations
    # (计划扩大投资的企业, 预计…增长的企业) are classes of firms, no plans of the page's own
    text = ("某某高新区商会\n您的位置：首页 > 调研报告\n2026年上半年会员企业经营状况问卷调查报告\n发布时间：2026-07-15\n"
            "受访企业上半年合计实现营业收入486.7亿元。计划扩大投资的企业有97家，占受访企业的27.2%。"
            "展望全年，预计营业收入实现增长的企业占比为62.4%。")
    got = [(c.subject, c.metric, c.status) for c in pipeline.extract(text).claims]
    assert {g[0] for g in got} == {"受访企业"} and {g[2] for g in got} == {"actual"}, got
    assert got[0][1] == "营业收入", got


def test_a_table_of_the_republics_years_with_a_bare_growth_column(pipeline):
    # set 50: 項目|113年度|114年度|年增率 under (單位：新臺幣億元): each row a metric of each year, in
    # TWD, the growth in % the latest year's change; 擬議 is no part of the metric, a proposal's verb
    text = ("某某材料股份有限公司\n發布日期：2026/03/27\n表一　合併財務收支（單位：新臺幣億元）\n項目｜113年度｜114年度｜年增率\n"
            "營業收入｜74.95｜86.42｜15.3%\n董事會擬議每股配發現金股利新臺幣2.5元。\n")
    got = [(c.metric, c.period, c.value, c.unit, c.change.value if c.change else None, c.status) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", "2024", D(7495000000), "TWD", None, "actual"),
                   ("营业收入", "2025", D(8642000000), "TWD", D("15.3"), "actual"),
                   ("每股配发现金股利", None, D("2.5"), "TWD", None, "target")], got


def test_a_zone_of_a_city_named_by_an_everyday_word_and_a_byline_row(pipeline):
    # set 51: 日照 ("sunshine") is left out of the gazetteer's short forms, yet right before a zone
    # or a body it names the city (日照高新区); a byline's row (source, date, counter) dates the page,
    # so 今年前三季度 has its year; a quarter before a milestone (今年第三季招标) dates by its year
    text = ("日照高新技术产业开发区管理委员会\n工作简报（2026年第3期）\n某某登记点　　2026年10月15日　　浏览次数：386\n"
            "今年前三季度，日照高新区技术合同成交额首次突破40亿元。在站博士后累计达到43名。\n"
            "科技城首批3幅创科用地将于今年第三季招标，预计可提供约110万平方米楼面面积。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period) for c in doc.claims]
    assert got[:2] == [("日照高新区", "技术合同成交额", "2026-01/2026-09"), ("日照高新区", "在站博士后", "2026-01/2026-09")], got
    assert got[-1][1:] == ("楼面面积", "2026"), got
    assert "3幅" in [q.text for q in doc.quantities], doc.quantities
    assert ("日照高新区", "ZONE") in [(e.text, e.label) for e in doc.entities]
    assert not [e for e in doc.entities if "\n" in e.text], doc.entities


def test_a_colleges_own_report_by_its_graduating_class(pipeline):
    # set 52: a college that calls itself 学院 at the head of its lines reports its own figures; a
    # graduating class (2026届) is the class's year; a table by major (专业大类) is of the college's kinds
    text = ("岳阳智造职业技术学院\n当前位置：首页 > 招生就业 > 就业质量报告\n学院2026届毕业生就业质量年度报告（摘要）\n"
            "发布日期：2026-12-28\n学院地处岳阳经济技术开发区。\n2026届共有毕业生3,862人。\n"
            "专业大类｜毕业生数（人）\n装备制造大类｜1,286\n学院计划新建订单班30个以上。")
    got = [(c.subject, c.metric, c.period) for c in pipeline.extract(text).claims]
    college = "岳阳智造职业技术学院"
    assert got == [(college, "毕业生", "2026"), (college, "装备制造大类毕业生数", "2026"),
                   (college, "新建订单班", None)], got


def test_a_table_of_stocks_in_the_republics_years_by_nationality(pipeline):
    # set 52: 國籍|115年6月底（人）|114年底（人）|增減（人）: each column a year's stock (2026, 2025), the
    # signed differences the latest year's change; rows of nationalities measure the caption's kind
    text = ("發布日期：115-08-06\n表1　樹谷園區產業移工人數（依國籍）\n國籍｜115年6月底（人）｜114年底（人）｜增減（人）\n"
            "印尼｜3,872｜3,541｜+331\n泰國｜291｜334｜-43\n")
    got = [(c.metric, c.period, c.value, c.change.value if c.change else None, c.change.direction if c.change else None)
           for c in pipeline.extract(text).claims]
    assert got == [("印尼产业移工人数", "2026", D(3872), D(331), "up"), ("印尼产业移工人数", "2025", D(3541), None, None),
                   ("泰国产业移工人数", "2026", D(291), D(43), "down"), ("泰国产业移工人数", "2025", D(334), None, None)], got


def test_a_parks_dormitory_notice_with_a_table_of_room_types(pipeline):
    # set 53: a park named with its parent's short name (竹科龍潭園區) is cited as the page writes it
    # alone (龍潭園區); room types (房型) are kinds of the park's rooms; a column in the currency's own
    # 元 (月租金(新臺幣元)) is read; 本期 is no part of the metric
    text = ("竹科龍潭園區員工宿舍115年度第2期配租公告\n發布日期：2026-05-08\n"
            "本局於龍潭園區興建之員工宿舍已取得使用執照，本期釋出可配租房間共186間。\n"
            "房型｜間數（間）｜月租金（新臺幣元）\n單人套房｜96｜6,200\n"
            "龍潭園區進駐廠商23家。")
    got = [(c.subject, c.metric, c.value, c.unit) for c in pipeline.extract(text).claims]
    assert got == [("龙潭园区", "释出可配租房间", D(186), "间"), ("龙潭园区", "单人套房间数", D(96), "间"),
                   ("龙潭园区", "单人套房月租金", D(6200), "TWD"), ("龙潭园区", "进驻厂商", D(23), "家")], got


def test_a_monthly_price_bulletin_of_a_zone_called_by_its_abbreviation(pipeline):
    # set 54: a zone named in full in the site's name and by its abbreviation in the text
    # (黄河三角洲农业高新技术产业示范区 / 黄三角农高区) is cited as the text writes it; a monthly report's
    # month dates its figures, 当月's too; products are kinds; columns of months (3月均价|2月均价|环比)
    # each give their month, the change the latest month's
    text = ("黄河三角洲农业高新技术产业示范区\n2026年3月黄三角农高区农产品批发市场价格监测月报\n发布日期：2026年4月7日\n"
            "3月份，黄三角农高区农产品批发市场运行平稳。从货源看，3月本地产品占全月交易量的38.6%。当月抽检农产品样品2,350批次。\n"
            "品种｜3月均价（元/公斤）｜2月均价（元/公斤）｜环比（%）\n大白菜｜1.16｜1.34｜-13.4\n")
    got = [(c.subject, c.metric, c.period, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    zone = "黄三角农高区"
    assert got == [(zone, "本地产品占全月交易量", "2026-03", D("38.6"), None), (zone, "抽检农产品样品", "2026-03", D(2350), None),
                   (zone, "大白菜均价", "2026-03", D("1.16"), D("13.4")), (zone, "大白菜均价", "2026-02", D("1.34"), None)], got


def test_a_taiwan_plants_year_by_quarter(pipeline):
    # set 54: a year's results in the Republic's years (114年度營運成果) date the page's words by that
    # year; a table of quarters (季別) gives each row its quarter; 出現在8月 is no "now" (現在)
    text = ("臨海工業區污水處理廠114年度營運成果（摘要）\n發布日期：115-02-10\n"
            "114年全年處理污水1,642.5萬立方公尺；全年最高單日處理量5.8萬立方公尺，出現在8月颱風期間。\n"
            "季別｜處理水量（萬立方公尺）\n第1季｜392.6\n第4季｜412.7\n合計｜1,642.5\n")
    got = [(c.metric, c.period, c.value) for c in pipeline.extract(text).claims]
    assert got == [("处理污水", "2025", D(16425000)), ("最高单日处理量", "2025", D(58000)),
                   ("处理水量", "2025-01/2025-03", D(3926000)), ("处理水量", "2025-10/2025-12", D(4127000)),
                   ("处理水量", "2025", D(16425000))], got


def test_a_flight_stations_brief_where_a_plan_is_a_thing_handled(pipeline):
    # set 55: 飞行计划申请 is a thing received, no plan (the claims are actual, the metric keeps it);
    # 累计 before a flow (飞行) stays; a cut against another way of working (较人工巡检缩短) is a level
    # of its own that names it; a total measure after a count (…22条、总里程…) is of the things
    # counted; 箱 counts
    text = ("2026年二季度，高新区通用航空服务站共受理飞行计划申请1,205份，批复申请1,188份；累计飞行时长3,460小时。"
            "无人机巡检单次平均时长12分钟，较人工巡检缩短约75%。截至6月底，建成起降点18个，划设航线22条、总里程346公里。"
            "二季度运送快递包裹3.6万箱，同比增长40%。")
    got = [(c.metric, c.value, c.unit, c.status, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("受理飞行计划申请", D(1205), "份", "actual", None), ("批复申请", D(1188), "份", "actual", None),
                   ("累计飞行时长", D(3460), "hour", "actual", None),
                   ("无人机巡检单次平均时长", D(12), "minute", "actual", None),
                   ("无人机巡检单次平均时长较人工巡检缩短", D(75), "%", "actual", None),
                   ("建成起降点", D(18), "个", "actual", None), ("划设航线", D(22), "条", "actual", None),
                   ("划设航线总里程", D(346), "km", "actual", None),
                   ("运送快递包裹", D(36000), "箱", "actual", D(40))], got


def test_an_arbitration_report_of_days_shares_and_amounts_recovered(pipeline):
    # set 55: an average time to decide (平均审理周期) is measured, its cut against the legal term a
    # level (…缩短, as the seeds' 时限压缩); a share with no whole after 其中 is of the count before;
    # 调解成功 is counted; 比上年多追回 is the amount's change; for whom it was recovered is no part of
    # the metric; the clause naming cases (起诉至法院的案件) is whole; 控制在…以内 is a target's bound;
    # 协助 counts firms helped
    text = ("2025年，株洲高新区劳动人事争议仲裁院受理案件512件，仲裁案件平均审理周期28天，比法定期限缩短17天。"
            "涉及用人单位186家，其中小微企业占72.4%。调解成功301件。全年为农民工追回欠薪1,860万元，比上年多追回260万元。"
            "仲裁后起诉至法院的案件22件。2026年力争仲裁案件平均审理周期控制在30天以内，再协助15家企业建立调解组织。")
    got = [(c.metric, c.period, c.value, c.status, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got[1:] == [("仲裁案件平均审理周期", "2025", D(28), "actual", None),
                       ("仲裁案件平均审理周期缩短", "2025", D(17), "actual", None),
                       ("涉及用人单位", "2025", D(186), "actual", None),
                       ("小微企业占涉及用人单位", "2025", D("72.4"), "actual", None),
                       ("调解成功", "2025", D(301), "actual", None),
                       ("追回欠薪", "2025", D(18600000), "actual", D(2600000)),
                       ("起诉至法院的案件", "2025", D(22), "actual", None),
                       ("仲裁案件平均审理周期", "2026", D(30), "target", None),
                       ("建立调解组织企业", "2026", D(15), "target", None)], got


def test_a_plants_units_per_volume_and_its_ratio(pipeline):
    # set 55: concentrations in 毫克/公升 and energy per volume (度/立方公尺) are units of their own;
    # 每日 between a metric and its value is no part of it; a ratio named 收支比 takes its 倍; a
    # trade glued by the segmenter to 占 (制造业|占) stays whole; a credit's name the dictionary tags
    # as a place is a person; an agency after its ministry (經濟部 + 水利署) is one body
    text = ("大發工業區污水處理廠設計處理容量每日6萬立方公尺。放流水化學需氧量平均濃度36.5毫克/公升，單位處理電耗1.42度/立方公尺。"
            "營運收支比1.08倍。納管事業中，電子零組件製造業占納管水量的38.2%。\n承辦人：林佩珊\n經濟部水利署")
    doc = pipeline.extract(text)
    got = [(c.metric, c.value, c.unit) for c in doc.claims]
    assert got == [("污水处理厂设计处理容量", D(60000), "m3"), ("放流水化学需氧量平均浓度", D("36.5"), "mg/L"),
                   ("单位处理电耗", D("1.42"), "kWh/m3"), ("营运收支比", D("1.08"), "times"),
                   ("电子零组件制造业占纳管水量", D("38.2"), "%")], got
    assert [(e.text, e.label) for e in doc.entities] == [("大發工業區", "ZONE"), ("林佩珊", "PERSON"), ("經濟部水利署", "ORG")]


def test_a_sum_of_part_of_a_level_without_a_list(pipeline):
    # set 55 (a bug met on set 44's pages): 合计占 with no 分别 list before is the level's share, not
    # a metric running to the text's last 、
    text = "全縣12家觀光工廠全年入園人次為96萬人次，其中工業區內5家合計占全縣約三成。縣府將推出一日遊路線、伴手禮展售。"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("观光工厂全年入园人次", D(960000)), ("观光工厂全年入园人次占全县", D(30))], got


def test_a_convention_centres_own_report(pipeline):
    # set 56: a venue the opening names after its zone, whose bare word heads clauses, is a body that
    # reports its own business: the subject of its figures, and the shows it holds are claims, not an
    # event's logistics; a sum word inside a metric (合计) and where the shows were held (在会展中心)
    # are no part of it. A venue named once is a place (no entity, no subject).
    text = ("唐山高新区国际会展中心2025年度运营报告\n发布日期：2026-02-10\n"
            "2025年，会展中心共举办展会及活动64场，其中专业展览21场；全年展览总面积31.2万平方米，同比增长12.5%。"
            "5个品牌展会合计展览面积14.6万平方米。2025年会展中心实现营业收入1.12亿元。"
            "唐山会展服务有限公司全年在会展中心承办展会11场。\n"
            "2026年，会展中心力争举办展会及活动70场以上。")
    doc = pipeline.extract(text)
    centre = "唐山高新区国际会展中心"
    got = [(c.subject, c.metric, c.period, c.value, c.status) for c in doc.claims]
    assert got == [(centre, "举办展会及活动", "2025", D(64), "actual"), (centre, "专业展览", "2025", D(21), "actual"),
                   (centre, "展览总面积", "2025", D(312000), "actual"), (centre, "品牌展会展览面积", "2025", D(146000), "actual"),
                   (centre, "营业收入", "2025", D(112000000), "actual"),
                   ("唐山会展服务有限公司", "承办展会", "2025", D(11), "actual"),
                   (centre, "举办展会及活动", "2026", D(70), "target")], got
    assert (centre, "ORG") in [(e.text, e.label) for e in doc.entities]
    doc = pipeline.extract("展区位于南宁国际会展中心B2和D3展厅，面积1.2万平方米。")
    assert [(e.text, e.label) for e in doc.entities] == [("南宁", "GPE")]


def test_an_industrial_zones_rooftop_solar_by_industry(pipeline):
    # set 56: rows under 產業別 are kinds of the zone's firms, not subjects; 累計 before 併網/裝置 stays;
    # 可 (may) is no part of a metric, nor is a saving verb a break before its object (減少碳排放);
    # rent paid is a report, not a guide's terms; 承租 counts what is leased; a road named after a
    # place (…路100號) is no place; 新聞聯絡人 labels a person
    text = ("截至114年底，龍德工業區屋頂太陽光電累計併網裝置容量2.46萬瓩，約可減少碳排放1.2萬公噸。\n"
            "產業別｜設置廠商（家）｜裝置容量（瓩）\n金屬製品｜11｜8,320\n塑膠製品｜7｜5,140\n"
            "某能源公司已承租14家廠商屋頂，114年支付屋頂租金新臺幣960萬元。\n"
            "地址：宜蘭縣蘇澳鎮德興路100號\n新聞聯絡人：林怡萱")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.unit) for c in doc.claims]
    zone = "龙德工业区"
    assert got == [(zone, "屋顶太阳光电累计并网装置容量", D(24600), "kW"), (zone, "减少碳排放", D(12000), "t"),
                   (zone, "金属制品设置厂商", D(11), "家"), (zone, "金属制品装置容量", D(8320), "kW"),
                   (zone, "塑胶制品设置厂商", D(7), "家"), (zone, "塑胶制品装置容量", D(5140), "kW"),
                   (zone, "承租厂商屋顶", D(14), "家"), (zone, "支付屋顶租金", D(9600000), "TWD")], got
    # (a township after its county is a place: 宜蘭縣蘇澳鎮, as set 89's gold writes 新竹縣竹東鎮)
    assert [(e.text, e.label) for e in doc.entities] == [("龍德工業區", "ZONE"), ("宜蘭縣", "GPE"), ("蘇澳鎮", "GPE"),
                                                           ("林怡萱", "PERSON")]


def test_modal_and_available_before_a_metric(pipeline):
    # set 56: 可 of what may come goes (可新增年产值), 可 of what is available stays (可供设厂用地)
    got = [c.metric for c in pipeline.extract("项目投产后可新增年产值12亿元。园区尚有可供设厂用地36公顷。").claims]
    assert got == ["新增年产值", "可供设厂用地"], got


def test_an_agencys_own_site_on_training_for_a_zone(pipeline):
    # set 57: a body named on its site's first line (勞動部勞動力發展署雲嘉南分署), which its page calls by
    # its branch's own name and by its bare 分署 at clause heads, reports its own work: its figures
    # are the branch's (cited as the page writes it), though the title names the zone it trains for
    text = ("勞動部勞動力發展署雲嘉南分署\n首頁｜最新消息\n\n斗六工業區產業人才訓練114年成果\n"
            "發布單位：訓練發展科　發布日期：115-02-10\n"
            "為協助工業區廠商覓才，雲嘉南分署114年開辦訓練班24班，結訓學員568人。\n訓練課程由廠商提出需求，分署負責招訓。\n"
            "訓練類別｜結訓人數（人）｜就業率（%）\n精密機械｜212｜90.1\n\n"
            "分署指出，114年訓練經費共新臺幣2,860萬元。分署長王建民表示，將持續辦理。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.value) for c in doc.claims]
    branch = "云嘉南分署"
    assert got == [(branch, "开办训练班", "2025", D(24)), (branch, "结训学员", "2025", D(568)),
                   (branch, "精密机械结训人数", "2025", D(212)), (branch, "精密机械就业率", "2025", D("90.1")),
                   (branch, "训练经费", "2025", D(28600000))], got
    assert [(e.text, e.label) for e in doc.entities] == [
        ("勞動部勞動力發展署雲嘉南分署", "ORG"), ("斗六工業區", "ZONE"), ("訓練發展科", "ORG"), ("雲嘉南分署", "ORG"),
        ("王建民", "PERSON")]


def test_months_before_the_pages_month_and_settings_as_kinds(pipeline):
    # set 57: 截至12月底 and 已于10月 on a page of January are last year's (none is still to come);
    # 车次 counts; rows under 应用场景 are kinds of the zone's figures
    text = ("发布时间：2026-01-20\n2025年，安庆高新区充电设施加快建设。截至12月底，全区建成公共充电站52座，服务新能源汽车充电96.4万车次；"
            "超充站已于10月投入运营，当月充电量12万千瓦时。\n2025年全区充电设施分场景情况\n应用场景｜充电桩（个）\n产业园区｜512\n")
    got = [(c.subject, c.metric, c.period, c.value, c.unit) for c in pipeline.extract(text).claims]
    zone = "安庆高新区"
    assert got == [(zone, "建成公共充电站", "2025", D(52), "座"), (zone, "服务新能源汽车充电", "2025", D(964000), "车次"),
                   (zone, "充电量", "2025-10", D(120000), "kWh"), (zone, "产业园区充电桩", "2025", D(512), "个")], got
    got = [(c.metric, c.period) for c in pipeline.extract("发布时间：2026-05-20\n计划10月底建成充电站80座。").claims]
    assert got == [("建成充电站", "2026")], got  # (a month to come stays in the page's year)


def test_a_wholes_own_figure_inside_a_share(pipeline):
    # set 57: 占洛阳市在用总量5.12万台的5.5%: the whole's own figure is its place's level, no part of the
    # share's metric; 在用 is one word; a company's trade of an adjective and a verb (精密铸造) and a
    # testing institute (检验所) are named bodies
    text = ("截至2025年底，洛阳高新区登记在用特种设备2,816台，占洛阳市在用总量5.12万台的5.5%。"
            "区内洛阳鸿泰精密铸造有限公司投入860万元。区市场监督管理局联合洛阳市特种设备检验所开展检查。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value) for c in doc.claims][:3]
    assert got == [("洛阳高新区", "登记在用特种设备", D(2816)), ("洛阳市", "在用总量", D(51200)),
                   ("洛阳高新区", "登记在用特种设备占洛阳市在用总量", D("5.5"))], got
    names = [(e.text, e.label) for e in doc.entities]
    assert ("洛阳鸿泰精密铸造有限公司", "ORG") in names and ("洛阳市特种设备检验所", "ORG") in names, names


def test_a_taiwan_release_dated_in_the_republics_years_without_money(pipeline):
    # set 58: a page whose furniture dates it 115-03-06 is a Taiwan page though it names no money: its
    # 114年 is 2025, no duration; 車種 heads a table of kinds; 與前一年相比減少2件 is a change; a
    # plan launched (推動…計畫,) is no cue of the figure after it; 年 ends no zone's name (114年民雄工業區)
    text = ("嘉義縣警察局全球資訊網\n\n民雄分局公布114年民雄工業區交通事故統計\n"
            "發布單位：嘉義縣警察局民雄分局　發布日期：115-03-06\n"
            "114年民雄工業區共發生交通事故96件，較113年減少8.6%；其中A1類事故3件，與前一年相比減少2件。\n"
            "車種｜事故件數（件）\n機車｜58\n民雄分局推動通勤安全計畫，114年區內員工通勤事故7件。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.value, c.status, c.change.value if c.change else None) for c in doc.claims]
    zone = "民雄工业区"
    assert got == [(zone, "交通事故", "2025", D(96), "actual", D("8.6")), (zone, "A1类事故", "2025", D(3), "actual", D(2)),
                   (zone, "机车事故件数", "2025", D(58), "actual", None), (zone, "员工通勤事故", "2025", D(7), "actual", None)], got
    assert [q.text for q in doc.quantities] == ["96件", "8.6%", "3件", "2件", "58", "7件"]
    assert ("嘉義縣警察局民雄分局", "ORG") in [(e.text, e.label) for e in doc.entities]


def test_a_procurement_report_by_method_with_a_supplier_and_the_citys_total(pipeline):
    # set 58: rows under 采购方式 are kinds; a supplier named after its class (区内供应商…公司) is the
    # subject of its own figures; 政府采购 after a city is the city's procurement, not its government;
    # 占比不低于 is 占比 with its bound; 累计 before a flow's measure (注册量) stays; 财政部门 is no ministry
    text = ("2025年，滁州高新区签订政府采购合同金额4.12亿元。\n采购方式｜项目数（个）\n公开招标｜64\n"
            "区内供应商滁州联拓信息技术有限公司全年中标项目6个。同期滁州市政府采购合同金额为31.2亿元。"
            "2026年力争授予中小企业合同金额占比不低于70%，节点累计标识注册量突破2亿个。全区未发生被财政部门责令整改的情况。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.status) for c in doc.claims]
    assert got == [("滁州高新区", "政府采购合同金额", D(412000000), "actual"), ("滁州高新区", "公开招标项目数", D(64), "actual"),
                   ("滁州联拓信息技术有限公司", "中标项目", D(6), "actual"), ("滁州市", "政府采购合同金额", D(3120000000), "actual"),
                   ("滁州高新区", "授予中小企业合同金额占比", D(70), "target"),
                   ("滁州高新区", "节点累计标识注册量", D(200000000), "target")], got
    assert [(e.text, e.label) for e in doc.entities] == [("滁州高新区", "ZONE"), ("滁州联拓信息技术有限公司", "ORG"), ("滁州市", "GPE")]


def test_columns_named_by_their_verb_take_the_captions_measure(pipeline):
    # set 59: 累计建成（个）|当年新建（个）under 2025年全区5G基站建设情况 count 5G base stations
    text = "2025年全区5G基站建设情况（分运营企业）\n运营企业｜累计建成（个）｜当年新建（个）\n中国移动宿迁分公司｜402｜58\n"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("累计建成5G基站", D(402)), ("当年新建5G基站", D(58))], got


def test_work_permits_shares_after_a_wholes_figure_rates_per_head_and_bracketed_classes(pipeline):
    # set 59: where they work (在全区工作的) is no part of who; a share after the whole's own figure
    # with a thousands comma (总数1,240人的15.0%) is found; a company right after 区内 is the subject;
    # 用时 is a time measured; 每万人拥有 stays; a class in brackets stays inside a metric
    text = ("截至2025年底，宿迁高新区在全区工作的持证外国人186人，占宿迁市持证外国人总数1,240人的15.0%。"
            "区内宿迁禾润生物制药有限公司全年新聘外籍研发人员7人。全年工作许可平均办结用时5.2天，比上年缩短1.3天。"
            "每万人拥有5G基站31.6个。2026年，力争外国高端人才（A类）占比提高到15%。")
    got = [(c.subject, c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    zone = "宿迁高新区"
    assert got == [(zone, "持证外国人", D(186), None), ("宿迁市", "持证外国人总数", D(1240), None),
                   (zone, "持证外国人占宿迁市持证外国人总数", D(15), None),
                   ("宿迁禾润生物制药有限公司", "新聘外籍研发人员", D(7), None),
                   (zone, "工作许可平均办结用时", D("5.2"), D("1.3")), (zone, "每万人拥有5G基站", D("31.6"), None),
                   (zone, "外国高端人才(A类)占比", D(15), None)], got


def test_both_parks_and_what_follows_zhi(pipeline):
    # set 59: 兩園區 (both parks) points to the page's subject, not the last park named; what a figure
    # is follows 之 (核发建造执照之总楼地板面积 → 总楼地板面积), unless the value does (原定目标之四分之一)
    text = ("嘉義縣產業園區114年建造執照統計\n發布日期：115-03-05\n大埔美精密機械園區廠商擴廠需求強勁。"
            "114年兩園區共核發建造執照39件，核發建造執照之總樓地板面積達31.2萬平方公尺；亦僅達原定目標之四分之一。")
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("嘉义县产业园区", "核发建造执照", D(39)), ("嘉义县产业园区", "总楼地板面积", D(312000)),
                   ("嘉义县产业园区", "原定目标之", D(25))], got


def test_tables_of_food_categories_and_of_items_and_a_free_trade_port_zone(pipeline):
    # set 60: a header that ends with what it counts (抽检批次) gives its cells that measure; rows under
    # 项目 are items of the zone's figures; a Taiwan free-trade port zone (自由貿易港區, 自由港區) is a zone,
    # and the subject on its operator's site when the title names it; TEU counts
    text = "2025年，濮阳经开区食品安全监督抽检情况\n食品类别｜抽检批次｜不合格批次\n肉制品｜512｜4\n"
    got = [(c.subject, c.metric, c.value, c.unit) for c in pipeline.extract(text).claims]
    assert got == [("濮阳经开区", "肉制品抽检批次", D(512), "批次"), ("濮阳经开区", "肉制品不合格批次", D(4), "批次")], got
    text = "2025年，濮阳经开区涉外收支稳步增长。\n表1　2025年濮阳经开区涉外收支分项目情况（单位：亿美元）\n项目｜涉外收入｜涉外支出\n货物贸易｜42.6｜31.8\n"
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("濮阳经开区", "货物贸易涉外收入", D("4260000000")), ("濮阳经开区", "货物贸易涉外支出", D("3180000000"))], got
    text = ("臺灣港務股份有限公司全球資訊網\n\n高雄港自由貿易港區114年貿易值創新高\n發布日期：115-02-20\n"
            "114年高雄港自由港區貿易值達新臺幣2,860億元，年增6.1%；自由港區事業貨櫃裝卸量36.2萬TEU，年增4.3%。")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.unit) for c in doc.claims]
    zone = "高雄港自由港区"
    assert got == [(zone, "贸易值", D(286000000000), "TWD"), (zone, "自由港区事业货柜装卸量", D(362000), "TEU")], got
    assert ("高雄港自由貿易港區", "ZONE") in [(e.text, e.label) for e in doc.entities]


def test_a_table_whose_columns_are_zones_and_two_zones_sharing_a_head(pipeline):
    # set 61: 工项|仁大工业区|大社工业区 with rows of works and their units in brackets: each cell is its
    # column's zone's value of its row's work; two zones sharing a head (仁大、大社两工业区) are the
    # subject of their figures together, not the district named 大社; 盏 counts; a whole's own figure in
    # brackets inside a share (占長治市累計總數（529項）的41.2%) is the whole's, no part of the share's metric
    text = ("仁大、大社兩工業區全年投入道路改善經費新臺幣1.38億元，占高雄市同期經費總數（9.6億元）的14.4%。\n"
            "工項｜仁大工業區｜大社工業區\n路面刨除加鋪（萬平方公尺）｜7.9｜4.8\nLED路燈汰換（盞）｜520｜310\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.unit) for c in doc.claims]
    both = "仁大、大社工业区"
    assert got == [(both, "投入道路改善经费", D(138000000), "TWD"), ("高雄市", "经费总数", D(960000000), "TWD"),
                   (both, "投入道路改善经费占高雄市同期经费总数", D("14.4"), "%"),
                   ("仁大工业区", "路面刨除加铺", D(79000), "m2"), ("大社工业区", "路面刨除加铺", D(48000), "m2"),
                   ("仁大工业区", "LED路灯汰换", D(520), "盏"), ("大社工业区", "LED路灯汰换", D(310), "盏")], got


def test_an_airport_economic_zone_reuse_and_a_system_credited_as_source(pipeline):
    # set 62: 临空经济区 is a zone head (short form 临空区); 再利用 is one word (再利用量, not 利用量);
    # 组 counts; a data system credited as a page's source is no body
    text = ("2025年襄阳临空经济区快递业务运行情况\n2025年，襄阳临空经济区快递业务量完成2.16亿件，全年新增智能快件箱142组。"
            "其中再利用量3.2萬公噸。\n資料來源：事業廢棄物申報及管理資訊系統")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.unit) for c in doc.claims]
    zone = "襄阳临空经济区"
    assert got == [(zone, "快递业务量", D(216000000), "件"), (zone, "新增智能快件箱", D(142), "组"),
                   (zone, "再利用量", D(32000), "t")], got
    assert [(e.text, e.label) for e in doc.entities] == [("襄阳临空经济区", "ZONE"), ("襄阳临空经济区", "ZONE")]


def test_instruments_doses_machine_hours_and_a_qualified_wholes_figure(pipeline):
    # set 63: 台套 and 剂 count (台套 is no 台); 机时 is a time measured; a table of examination items
    # (檢查項目, any header ending in 项目) is of kinds; a whole's own figure in brackets with its qualifier
    # (总数（约8,900人）的65.3%) is no part of the share's metric; 累计 before 开放 stays; 在测 is one word
    text = ("2025年，萍乡经开区入网大型科研仪器412台套，较上年末增加68台套。全年入网仪器提供共享服务机时5.26万小时。"
            "受检人数5,816人，占全区从业员工总数（约8,900人）的65.3%。全区累计开放测试道路218.3公里，在测车辆126辆。"
            "完成流感疫苗接种2,460剂。\n检查项目｜人数（人）\n血脂异常｜1,547\n")
    got = [(c.metric, c.value, c.unit) for c in pipeline.extract(text).claims]
    assert got == [("入网大型科研仪器", D(412), "台套"), ("共享服务机时", D(52600), "hour"),
                   ("受检人数", D(5816), "人"), ("从业员工总数", D(8900), "人"), ("受检人数占全区从业员工总数", D("65.3"), "%"),
                   ("累计开放测试道路", D("218.3"), "km"), ("在测车辆", D(126), "辆"), ("流感疫苗接种", D(2460), "剂"),
                   ("血脂异常人数", D(1547), "人")], got


def test_a_companys_report_under_the_short_name_it_is_given(pipeline):
    # set 64: a zone's company named once with the short name the page then uses (…有限公司（以下简称
    # “高新担保”）) is the subject of its figures, cited by its registered name, on a page that is not its
    # own site; a trade verb right before the head (融资担保有限公司) is part of its name; a table its
    # caption names the company for is the company's; 在保 is one word; rows under 担保产品 are kinds
    text = ("临沂高新技术产业开发区管理委员会\n首页\n\n高新担保发布2025年度业务报告\n"
            "近日，临沂高新区融资担保有限公司（以下简称“高新担保”）发布2025年度业务运行报告。"
            "2025年高新担保新增担保额21.6亿元，同比增长18.2%；在保余额28.4亿元。\n"
            "表1　2025年高新担保分产品业务情况\n担保产品｜新增担保额（亿元）\n科创担｜9.2\n")
    doc = pipeline.extract(text)
    company = "临沂高新区融资担保有限公司"
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    assert got == [(company, "新增担保额", D(2160000000)), (company, "在保余额", D(2840000000)),
                   (company, "科创担新增担保额", D(920000000))], got
    assert (company, "ORG") in [(e.text, e.label) for e in doc.entities]
    got = [e.text for e in pipeline.extract("在益阳高新区设立公司，注册资本1亿元。").entities]
    assert got == ["益阳高新区"], got  # (a verb of setting up parts the zone from the company)


def test_a_data_exchanges_fields_of_application_and_products_listed_to_date(pipeline):
    # set 65: headers ending in 领域 (应用领域) head tables of kinds; 累计 before 登记 and 挂牌 (flows of
    # listing) stays in the metric
    text = ("截至2025年底，合肥高新区数据交易服务中心累计登记挂牌数据产品512个。\n"
            "应用领域｜交易笔数（笔）｜交易额（万元）\n能源电力｜312｜12,520\n")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("累计登记挂牌数据产品", D(512)), ("能源电力交易笔数", D(312)), ("能源电力交易额", D(125200000))], got


def test_a_taiwan_page_known_by_its_foundation_and_a_year_before_neihu(pipeline):
    # set 65: a page whose opening names one of the Republic's legal forms (財團法人) is a Taiwan page
    # though it names no money and dates nothing in its furniture: its 114年 is 2025, no duration; after
    # three digits, 年 is no "within" before 內湖
    text = ("財團法人台灣血液基金會\n首頁 > 最新消息\n內湖科技園區企業熱血挺身\n"
            "台北捐血中心今日公布114年內湖科技園區企業團體捐血成果。114年園區內參與企業共86家，較113年增加9家。")
    doc = pipeline.extract(text)
    assert [q.text for q in doc.quantities] == ["86家", "9家"], doc.quantities
    got = [(c.metric, c.period, c.value) for c in doc.claims]
    assert got == [("参与企业", "2025", D(86))], got
    assert ("內湖科技園區", "ZONE") in [(e.text, e.label) for e in doc.entities]


def test_a_competitions_tracks_projects_from_outside_the_city_and_a_quarter_table(pipeline):
    # set 66: rows under 赛道 are kinds; a place before 外 (重庆市外项目) is where the projects come from,
    # part of the metric and no subject (重庆市外资企业: foreign capital, the city's); a header ending in
    # 袋数 counts 袋; 成立以来 is no owner of a running total
    text = ("2025年，璧山高新区大赛参赛项目达286个；其中重庆市外项目164个，占参赛项目总数的57.3%。"
            "\n赛道｜参赛项目（个）\n新材料｜62\n季别｜捐血人次｜募血袋数\n第1季｜2,610｜3,120\n"
            "重庆驰岳智能科技有限公司成立以来累计融资额4,600万元。")
    got = [(c.subject, c.metric, c.value, c.unit) for c in pipeline.extract(text).claims]
    zone = "璧山高新区"
    assert got[1:] == [(zone, "重庆市外项目", D(164), "个"), (zone, "重庆市外项目占参赛项目总数", D("57.3"), "%"),
                       (zone, "新材料参赛项目", D(62), "个"), (zone, "捐血人次", D(2610), "人次"), (zone, "募血袋数", D(3120), "袋"),
                       ("重庆驰岳智能科技有限公司", "累计融资额", D(46000000), "CNY")], got


def test_a_survey_result_and_a_rate_kept_and_a_social_affairs_bureau(pipeline):
    # set 67: 调查结果 and 维持 are no part of a metric (家长满意度调查结果为96.4%, 收托率维持95%以上); 社会
    # makes a body with 局 (社會局), not 社会局面
    doc = pipeline.extract("社會局表示，114年底辦理的家長滿意度調查結果為96.4%，115年以收托率維持95%以上為目標。社会局面稳定。")
    assert [c.metric for c in doc.claims] == ["家长满意度", "收托率"], doc.claims
    assert [(e.text, e.label) for e in doc.entities] == [("社會局", "ORG")], doc.entities


def test_a_climate_bulletin_of_our_own(pipeline):
    # set 68: a bulletin titled by its year (…2025年…气候公报, published in 2026) dates its months in
    # that year; the zone's name without its place (南川工业园区) is cited where the page writes it
    # as often (in its body's name too: 南川工业园区气象服务站); 比上年偏高 is a change, 较常年偏高 a
    # remark on the level; a bound naming the class counted (30℃以上的高温日数) is no claim; rows of
    # seasons are the zone's; a body opening its clause is no part of what it counts
    text = ("""西宁市气象局 > 气候公报

2025年西宁南川工业园区气候公报

发布单位：西宁市气象局　　发布时间：2026-01-12

2025年，西宁南川工业园区平均气温7.9℃，较常年偏高，比上年偏高0.4℃；年降水量421.5毫米，比上年偏少6.2%。日最高气温30℃以上的高温日数11天。

表1　2025年南川工业园区分季气候要素
季节｜平均气温（℃）｜降水量（毫米）
春季（3—5月）｜8.6｜61.2

南川工业园区气象服务站全年发布预警信号31次，比上年增加4次。

（责任编辑：阿依古丽　审核：李明）""")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.period, c.value, c.change.value if c.change else None,
            c.change.direction if c.change else None) for c in doc.claims]
    zone = "南川工业园区"
    assert got == [(zone, "平均气温", "2025", D("7.9"), D("0.4"), "up"), (zone, "年降水量", "2025", D("421.5"), D("6.2"), "down"),
                   (zone, "高温日数", "2025", D(11), None, None), (zone, "平均气温", "2025-03/2025-05", D("8.6"), None, None),
                   (zone, "降水量", "2025-03/2025-05", D("61.2"), None, None),
                   (zone, "发布预警信号", "2025", D(31), D(4), "up")], got
    assert ("南川工业园区气象服务站", "ORG") in [(e.text, e.label) for e in doc.entities]
    assert ("阿依古丽", "PERSON") in [(e.text, e.label) for e in doc.entities]  # an editor's name of no Han surname


def test_a_pool_of_listing_candidates_of_our_own(pipeline):
    # set 68: what qualifies (入库条件为:…不低于8000万元) is no claim; a year's edition on a page of
    # that year is a fact (2026年度共有36家企业入库), with its change after the words the number
    # counts; a column headed by its year keeps it, the others take the caption's; events held are
    # the holder's (组织上市培训9场), promotion trips (赴深圳举办专题招商活动) are not; a department
    # after its zone's committee is one body
    text = ("首页 > 通知公告\n\n关于公布2026年度固安高新区企业上市后备资源库入库名单的通知\n\n"
            "发布机构：固安高新区管委会经济发展局　　发布日期：2026-04-08\n\n"
            "本次入库条件为：上一年度营业收入不低于8000万元或净利润不低于1500万元，且近3年无重大违法违规记录。"
            "2026年度共有36家企业入库，较上年度增加5家。\n\n表1　2026年度入库企业行业分布\n"
            "行业｜入库企业（家）｜2025年营业收入（亿元）\n新材料｜12｜30.5\n\n"
            "2025年，经济发展局为后备企业组织上市培训9场，赴深圳举办专题招商活动3场。公司董事会秘书钱可馨表示，培训很有帮助。")
    doc = pipeline.extract(text)
    got = [(c.metric, c.period, c.status, c.value, c.change.value if c.change else None) for c in doc.claims]
    assert got == [("入库企业", "2026", "actual", D(36), D(5)), ("新材料入库企业", "2026", "actual", D(12), None),
                   ("新材料营业收入", "2025", "actual", D(3050000000), None), ("上市培训", "2025", "actual", D(9), None)], got
    entities = [(e.text, e.label) for e in doc.entities]
    assert ("固安高新区管委会经济发展局", "ORG") in entities and ("经济发展局", "ORG") in entities
    assert ("钱可馨", "PERSON") in entities


def test_a_job_banks_survey_of_a_park_in_traditional_characters(pipeline):
    # set 68: a job bank (人力銀行) is no bank reporting its own business: the survey's figures are
    # the park's (by the short name the page defines); months of pay are claims, with their change
    # (較去年多0.12個月); a survey's margin is no finding; a company 園區內 is the subject of its 營收
    # (one word for the segmenter), 加發至 reaches a level; a division after its body (公共事務部) is
    # one ORG, and the person after it in the credit line is found
    text = ("首頁 > 新聞中心 > 調查報告\n\n竹科上班族114年年終平均1.65個月　較去年多0.12個月\n\n"
            "發布日期：115-01-22　　發布單位：才庫人力銀行公共事務部　　瀏覽人次：2210\n\n"
            "才庫人力銀行今日公布調查。調查顯示，新竹科學園區（簡稱竹科）上班族114年平均可領年終獎金1.65個月，"
            "較113年增加0.12個月；公司有發放年終獎金的比例為85.1%。在95%信心水準下，抽樣誤差為正負3.1個百分點。\n\n"
            "以個別企業來看，園區內晶碩科技股份有限公司114年營收年增27%，年終獎金加發至3.2個月。\n\n"
            "新聞聯絡人：才庫人力銀行公共事務部　林若晴　電話：(03)5770-1234")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric, c.value, c.unit, c.change.value if c.change else None) for c in doc.claims]
    assert got == [("竹科", "年终", D("1.65"), "month", D("0.12")), ("竹科", "平均可领年终奖金", D("1.65"), "month", D("0.12")),
                   ("竹科", "发放年终奖金的比例", D("85.1"), "%", None),
                   ("晶硕科技股份有限公司", "营收", None, None, D(27)), ("晶硕科技股份有限公司", "年终奖金", D("3.2"), "month", None)], got
    entities = [(e.text, e.label) for e in doc.entities]
    assert entities.count(("才庫人力銀行公共事務部", "ORG")) == 2 and ("林若晴", "PERSON") in entities
    assert ("晶碩科技股份有限公司", "ORG") in entities


def test_a_heating_season_of_our_own(pipeline):
    # set 69: a heating season across two years (2024—2025年供暖季) is November to March; 本供暖季,
    # 全季 and a comparison with the last season take it; 吉焦 (GJ) and 吉焦/平方米 are units; 寒潮期间
    # and 全季 are no part of a metric, nor an opening quotation mark; an item of a list with a verb of
    # its own (改造老旧管网) keeps its own
    text = ("2024—2025年供暖季圆满结束\n发布时间：2025-04-10\n\n"
            "太原高新区2024—2025年供暖季（2024年11月1日至2025年3月31日）正式结束。\n\n"
            "本供暖季，太原高新区供热面积达到986万平方米，同比增长5.1%；全季新接入小区9个。\n\n"
            "表1　2024—2025年供暖季分热源供热情况\n热源类型｜供热面积（万平方米）\n热电联产｜612\n\n"
            "“低碳热源供热占比达到80.5%，比上一供暖季提高2.2个百分点。”负责人介绍，全季供热量356万吉焦，"
            "单位面积耗热量0.36吉焦/平方米，寒潮期间日最大供热负荷达到512兆瓦。\n\n"
            "2025年，太原高新区计划新建供热管网12公里、改造老旧管网20公里。")
    got = [(c.metric, c.period, c.value, c.unit) for c in pipeline.extract(text).claims]
    season = "2024-11/2025-03"
    assert got == [("供热面积", season, D(9860000), "m2"), ("新接入小区", season, D(9), "个"),
                   ("热电联产供热面积", season, D(6120000), "m2"), ("低碳热源供热占比", season, D("80.5"), "%"),
                   ("供热量", season, D(3560000), "GJ"), ("单位面积耗热量", season, D("0.36"), "GJ/m2"),
                   ("日最大供热负荷", season, D(512), "MW"), ("新建供热管网", "2025", D(12), "km"),
                   ("改造老旧管网", "2025", D(20), "km")], got


def test_a_fund_announcement_and_an_idle_land_survey_of_our_own(pipeline):
    # set 69: a zone is cited by its head's short form wherever the page writes it (衢州经开区 for
    # 衢州经济技术开发区); rows under 险种 and a header ending in 类型 are kinds; 分险种 (by kind) opens no
    # name; 基金累计结存 keeps its 累计; a count of months (可支付月数) is a claim; a measure named first as
    # a topic is each kind's (职工医保为…); 对…开展 is no part of what was done; 率降 is cut (闲置|率|降至);
    # 笔数 alone counts 笔; a change in hectares is a change
    fund = ("衢州经济技术开发区2025年医疗保障基金运行情况公告\n发布日期：2026-02-10\n\n"
            "现将2025年衢州经开区医疗保障基金运行情况公告如下：截至2025年底，基金累计结存5.12亿元，可支付月数为9.6个月。\n"
            "表1　2025年分险种医保基金收支情况\n险种｜基金收入（亿元）\n职工基本医疗保险｜4.36\n"
            "2025年，政策范围内住院费用基金支付比例，职工医保为85.1%，城乡居民医保为70.2%。全年对辖区定点医药机构开展现场检查98家次。")
    doc = pipeline.extract(fund)
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    zone = "衢州经开区"
    assert got == [(zone, "基金累计结存", D(512000000)), (zone, "可支付月数", D("9.6")),
                   (zone, "职工基本医疗保险基金收入", D(436000000)),
                   (zone, "职工医保政策范围内住院费用基金支付比例", D("85.1")),
                   (zone, "城乡居民医保政策范围内住院费用基金支付比例", D("70.2")), (zone, "现场检查", D(98))], got
    assert [e.text for e in doc.entities if e.label == "ORG"] == [], doc.entities
    land = ("2025年，园区闲置率降至6.8%，闲置面积合计10.1公顷，较上年减少3.4公顷。\n"
            "表　2025年园区闲置土地类型\n闲置类型｜笔数｜面积（公顷）\n停工或歇业｜5｜2.3\n")
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(land).claims]
    assert got == [("闲置率", D("6.8"), None), ("闲置面积", D("10.1"), D("3.4")),
                   ("停工或歇业笔数", D(5), None), ("停工或歇业面积", D("2.3"), None)], got


def test_an_interchanges_traffic_in_traditional_characters(pipeline):
    # set 70: an interchange (后里交流道, after its road 國道1號) is the subject of its traffic, and its
    # place no place; a table by ramp under a caption that names it is its parts'; 居北區第5 ranks
    # within that region; a route (自…至…的) is no part of the metric; a ministry's agency and its
    # branch are one body (交通部高速公路局北區養護工程分局), its branch found alone, a name the
    # tagger cut (林冠|宇) after its title, and the person after the branch in a credit line
    text = ("首頁 > 最新消息 > 新聞稿\n\n發布單位：交通部高速公路局北區養護工程分局　　發布日期：115-04-16\n\n"
            "交通部高速公路局北區養護工程分局今（16）日公布115年第1季交通量統計。國道1號后里交流道平日日均車流量約5.2萬輛次，"
            "較114年同期增加3.1%；后里交流道平日車流量居北區第5。\n\n表1　115年第1季后里交流道各匝道平日交通量\n"
            "匝道｜日均車流量（輛次）\n北上入口｜12,820\n\n北區養護工程分局分局長林冠宇說明，上班尖峰自后里交流道南下出口"
            "至工業區的平均旅行時間為12.2分鐘。\n\n新聞聯絡人：北區養護工程分局　蔡宜蓁　電話：(04)123-4567")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric) for c in doc.claims]
    site = "后里交流道"
    assert got[:3] == [(site, "平日日均车流量"), (site, "平日车流量北区排名"), (site, "北上入口日均车流量")], got
    assert got[3][1] == "平均旅行时间", got
    entities = [(e.text, e.label) for e in doc.entities]
    assert entities.count(("交通部高速公路局北區養護工程分局", "ORG")) == 2 and ("北區養護工程分局", "ORG") in entities
    assert ("林冠宇", "PERSON") in entities and ("蔡宜蓁", "PERSON") in entities
    assert not any(label == "GPE" for _, label in entities), entities


def test_foreign_firms_reports_and_a_banks_zone_branch_of_our_own(pipeline):
    # set 70: a class of firms opening a sentence (报送企业实现营业收入…) owns the amounts after it, past
    # a semicolon; rows under 来源地 are kinds; 中国香港 is one place; a company after a long class
    # (区内营业收入最高的外资企业…) is its figures' subject; a bank's branch named after a zone is a body,
    # and 该行 points back to it
    report = ("铜陵经开区2025年度外商投资信息报告情况\n发布时间：2026-07-08\n\n"
              "2025年，报送企业实现营业收入412.6亿元，同比增长9.3%；利润总额28.4亿元，同比下降3.7%。\n\n"
              "表1　2025年度报送企业按投资来源地分布\n来源地｜企业数（家）\n中国香港｜38\n\n"
              "区内营业收入最高的外资企业铜陵华彩铜箔科技有限公司2025年营业收入52.3亿元。")
    doc = pipeline.extract(report)
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("铜陵经开区", "报送企业营业收入"), ("铜陵经开区", "报送企业利润总额"), ("铜陵经开区", "中国香港企业数"),
                   ("铜陵华彩铜箔科技有限公司", "营业收入")], got
    assert ("中国香港", "GPE") in [(e.text, e.label) for e in doc.entities]
    pilot = ("海口高新区数字人民币试点取得新进展\n发布时间：2026-03-02\n\n" + "园区持续推进数字人民币试点。" * 20
             + "中国建设银行海口高新区支行是园区首批试点网点。截至2025年末，该行累计开立对公钱包2,150个。")
    doc = pipeline.extract(pilot)
    assert [(c.subject, c.metric) for c in doc.claims] == [("中国建设银行海口高新区支行", "累计开立对公钱包")], doc.claims


def test_a_holiday_report_and_an_industry_zone_of_our_own(pipeline):
    # set 71: a holiday's days (春节假期(2月10日至18日)) stand for their month, of the page's year but
    # no target; a later sentence naming the holiday again takes it; an industry's experimental zone
    # (横店影视产业实验区) is a zone and 实验区 points to it; 规模以上 stays in a metric; a measure after a
    # total (摄影棚总数…,总面积) is of the things counted; 工业区 opening a metric is its subject
    holiday = ("曲江新区2026年春节假期消费市场运行情况通报\n发布日期：2026-02-25\n\n"
               "2026年春节假期（2月10日至18日，共9天），重点监测的商贸企业实现销售额18.64亿元，同比增长8.4%。\n\n"
               "一、重点商圈客流持续攀升\n春节假期，重点商圈日均客流134.2万人次，同比增长9.5%。")
    got = [(c.metric, c.period, c.status) for c in pipeline.extract(holiday).claims]
    assert got == [("重点监测的商贸企业销售额", "2026-02", "actual"), ("重点商圈日均客流", "2026-02", "actual")], got
    zone = ("2025年横店影视产业实验区接待剧组412个\n2026-01-14 09:32　来源：东阳市融媒体中心　记者 陈晓峰　通讯员 楼佳琪\n\n"
            "2025年实验区全年新增入区影视企业1,186家，其中规模以上影视企业126家；摄影棚总数达到156座，总面积42.3万平方米。"
            "在横店演员公会登记的演员达到11.2万名。")
    doc = pipeline.extract(zone)
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got[1:4] == [("横店影视产业实验区", "新增入区影视企业"), ("横店影视产业实验区", "规模以上影视企业"),
                        ("横店影视产业实验区", "摄影棚总数")], got
    assert got[4] == ("横店影视产业实验区", "摄影棚总面积"), got
    entities = [(e.text, e.label) for e in doc.entities]
    assert ("楼佳琪", "PERSON") in entities and ("横店演员公会", "ORG") in entities, entities


def test_a_district_office_and_inspection_rounds_in_traditional_characters(pipeline):
    # set 71: 區公所 is a body; 梯次 counts rounds; 工業區 opening a metric is the subject, no part of it
    doc = pipeline.extract("臺南市衛生局表示，114年由永康區公所會同永康工業區服務中心查核36梯次，工業區容器陽性率為1.5%。")
    assert ("永康區公所", "ORG") in [(e.text, e.label) for e in doc.entities], doc.entities
    assert [(q.text, q.unit) for q in doc.quantities if q.kind == "count"] == [("36梯次", "梯次")], doc.quantities
    assert [c.metric for c in doc.claims if c.unit == "%"] == ["容器阳性率"], doc.claims


def test_an_associations_accounts_and_a_schools_table_of_our_own(pipeline):
    # set 72: an association whose title announces its own accounts is the subject of them; schools named
    # after the zone (…高新区第一中学, 高新区实验中学 alone) are bodies, subjects of their figures and cited as
    # the page names them in full; a column of 人数 counts 人, one of a rate (上线率) is in percent; a
    # page from April on reports its year so far (no target by its year alone)
    accounts = ("黄山经济技术开发区慈善协会2025年度慈善捐赠收支情况公告\n发布日期：2026-03-16\n\n"
                "2025年，协会共接收社会各界捐赠款物862.4万元，同比增长14.3%。全年公益项目支出645.7万元。")
    assert {c.subject for c in pipeline.extract(accounts).claims} == {"黄山经济技术开发区慈善协会"}
    exams = ("南宁高新区2025年高考再创佳绩 本科上线率达86.1%\n发布时间：2025-06-26\n\n"
             "表 2025年高新区各高中学校高考上线情况\n学校｜参考人数｜本科上线率\n南宁高新区第一中学｜512｜93.9%\n\n"
             "其中，高新区第一中学今年特控线上线196人。")
    doc = pipeline.extract(exams)
    got = [(c.subject, c.metric, c.value, c.unit, c.status) for c in doc.claims]
    school = "南宁高新区第一中学"
    assert got == [("南宁高新区", "本科上线率", D("86.1"), "%", "actual"), (school, "参考人数", D(512), "人", "actual"),
                   (school, "本科上线率", D("93.9"), "%", "actual"), (school, "特控线上线", D(196), "人", "actual")], got
    assert (school, "ORG") in [(e.text, e.label) for e in doc.entities]


def test_announced_land_values_for_the_next_year_in_traditional_characters(pipeline):
    # set 72: values announced for a year, in force from its first day (115年公告土地現值), are facts
    # though the page comes out before it; rows under 使用分區 are kinds of the city's land
    text = ("臺中市115年公告土地現值出爐 工業區平均調漲2.16%\n發布單位：地政局　發布日期：114-12-31\n\n"
            "臺中市政府地政局今（31）日公布115年公告土地現值，自115年1月1日起實施。本次115年公告土地現值全市共劃設地價區段3,318個。\n\n"
            "表1 115年公告土地現值各使用分區平均調幅\n使用分區｜平均調幅（%）\n住宅區｜2.12\n")
    got = [(c.subject, c.metric, c.status) for c in pipeline.extract(text).claims]
    assert [status for _, _, status in got] == ["actual"] * 3, got
    assert got[1:] == [("台中市", "划设地价区段", "actual"), ("台中市", "住宅区平均调幅", "actual")], got


def test_a_monthly_housing_brief_and_a_bike_release_of_our_own(pipeline):
    # set 73: 时间 labels the page's date on a furniture line with its source, so that its months have
    # their year; a growth column that names a column further left (面积同比 after 面积|金额) is that
    # column's change; an industrial zone named after a numbered place (五股工業區) is no count of 股,
    # and is cited without its city; 站 counts stations (not 一站式)
    brief = ("2025年11月赣江新区商品房市场运行简报\n时间：2025-12-10　来源：赣江新区建设局\n\n"
             "11月，新区新建商品房网签备案面积12.86万平方米，环比增长18.4%。\n\n"
             "表1　1—11月新建商品房分类型网签情况\n物业类型｜面积（万平方米）｜金额（亿元）｜面积同比（%）\n住宅｜96.8｜82.15｜8.3\n")
    got = [(c.metric, c.period, c.change.value if c.change else None) for c in pipeline.extract(brief).claims]
    assert got == [("新建商品房网签备案面积", "2025-11", D("18.4")), ("住宅面积", "2025-01/2025-11", D("8.3")),
                   ("住宅金额", "2025-01/2025-11", None)], got
    bikes = "新北市五股工業區114年共設租賃站32站，提供一站式服務，YouBike騎乘量達86萬人次。"
    doc = pipeline.extract(bikes)
    assert [(q.text, q.unit) for q in doc.quantities if q.kind == "count"] == [("32站", "站"), ("86萬人次", "人次")], doc.quantities
    assert {c.subject for c in doc.claims} == {"五股工业区"}, doc.claims


def test_a_service_centres_own_statistics_of_our_own(pipeline):
    # set 74: a body its title names, named again at the head of a clause (高新区政务服务中心共受理…,
    # 全年,中心设置…), is the subject of its own work, by its full name; a quoted name right before the
    # value is the metric's, quotes and all
    text = ("邢台高新区政务服务中心2025年办件量达18.6万件\n发布时间：2026-01-12　来源：区行政审批局\n\n"
            "1月10日，记者获悉，2025年，高新区政务服务中心共受理各类政务服务事项18.6万件，同比增长12.4%。\n\n"
            "全年，中心设置综合窗口42个，累计办理“一件事”1.3万件。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    centre = "邢台高新区政务服务中心"
    assert got == [(centre, "办件量"), (centre, "政务服务事项"), (centre, "设置综合窗口"), (centre, "“一件事”")], got


def test_a_year_end_finance_release_and_a_facilities_table_of_our_own(pipeline):
    # set 75: 12月末 on a page of January is the year before's, a stock as at the year's end (its year);
    # 同比多增 is a change of the amount before; a header of bare labels under 单位:亿元 may carry a
    # growth column of its own (贷款同比(%)); a column of a count's change in its unit (较上年新增(个))
    # is the change of the count's column
    finance = ("2025年12月末荆门高新区金融运行情况\n发布时间：2026-01-20 15:30　来源：区财政金融局\n\n"
               "12月末，全区金融机构各项存款余额312.6亿元，同比增长8.7%；全年新增贷款31.6亿元，同比多增5.3亿元。\n\n"
               "表：2025年12月末高新区金融机构存贷款情况（单位：亿元）\n机构类型｜存款余额｜贷款余额｜贷款同比（%）\n"
               "城市商业银行｜58.5｜66.1｜18.6\n")
    got = [(c.metric, c.period, c.value, c.change.value if c.change else None) for c in pipeline.extract(finance).claims]
    assert got[:2] == [("金融机构各项存款余额", "2025", D(31260000000), D("8.7")), ("新增贷款", "2025", D(3160000000), D(530000000))], got
    assert [(m, v, ch) for m, _, v, ch in got[2:]] == [("城市商业银行存款余额", D(5850000000), None),
                                                        ("城市商业银行贷款余额", D(6610000000), D("18.6"))], got
    sports = ("2025年，呼和浩特经开区全民健身工作成效明显。\n\n表1 2025年体育设施情况\n"
              "设施类型｜数量（个）｜面积（万平方米）｜较上年新增（个）\n体育公园｜4｜21.6｜1\n")
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(sports).claims]
    assert got == [("体育公园数量", D(4), D(1)), ("体育公园面积", D(216000), None)], got


def test_a_river_chiefs_circular_and_a_universitys_table_of_our_own(pipeline):
    # set 76: things counted in a list that all share a fact (…均明确了河湖长) are each reported; 口
    # counts ponds and wells (not 口岸, 一口气); a unit line with a unit per column (单位：件、新臺幣億元);
    # who founded a school is part of its name (國立中興大學)
    river = "2025年，益阳经开区全面落实河湖长制，全区3条河流、5座水库、86口山塘均明确了河湖长。"
    assert [(c.metric, c.value) for c in pipeline.extract(river).claims] == [("河流", D(3)), ("水库", D(5)), ("山塘", D(86))]
    university = ("國立中興大學今（24）日公布114年度產學合作成果。\n\n表1　114年產學合作經費來源統計（單位：件、新臺幣億元）\n"
                  "經費來源｜件數｜金額\n國科會｜486｜6.12\n")
    doc = pipeline.extract(university)
    assert [(c.metric, c.value, c.unit) for c in doc.claims] == [("国科会件数", D(486), "件"), ("国科会金额", D(612000000), "TWD")]
    assert ("國立中興大學", "ORG") in [(e.text, e.label) for e in doc.entities]


def test_a_customs_page_and_a_certification_notice_of_our_own(pipeline):
    # set 77: a pronoun glued to a one-character noun (该关) names nothing, and a preposition glued by
    # the segmenter before a place ends a name (该|关为|青岛高新区); 该关 points back to the customs office,
    # which holds its own events; a headline's figure with no time of its own is the article's (its
    # year); places goods are sold to are no subjects; a table's rows of trade agreements are kinds,
    # one named by an abbreviation (RCEP) too, and 份数同比 is the change of 签证份数
    customs = ("青岛海关助力青岛高新区企业拓市场 全年签发原产地证书3,210份\n发布时间：2026-01-20　来源：青岛海关\n\n"
               "本网讯 2025年该关为青岛高新区出口企业签发原产地证书3,210份，同比增长12.5%。据介绍，高新区产品主要销往日本、"
               "韩国和越南，全年实现出口额45.2亿元。\n\n2025年青岛高新区原产地证书签发情况（按协定）\n"
               "协定｜签证份数（份）｜签证货值（亿元）｜份数同比（%）\nRCEP｜1,120｜5.6｜30.2\n\n同时，该关深入园区开展原产地专题培训9场。\n")
    doc = pipeline.extract(customs)
    assert {(e.text, e.label) for e in doc.entities if e.label != "GPE"} == {("青岛海关", "ORG"), ("青岛高新区", "ZONE")}, doc.entities
    got = {(c.metric, c.subject, c.period, c.change.value if c.change else None) for c in doc.claims}
    assert {("签发原产地证书", "青岛高新区", "2025", None), ("出口额", "青岛高新区", "2025", None),
            ("RCEP签证份数", "青岛高新区", "2025", D("30.2")), ("原产地专题培训", "青岛海关", None, None)} <= got, got
    # set 77: rounds of a work named by its verb (认定120批次); a grade and those above it (高级工及
    # 以上); a verb inside a noun compound before its head (认定机构, 提升补贴); a header with another
    # name for its kind in brackets (职业(工种)); an index number is a code, no quantity
    notice = ("索引号：11370100MB2874510Q/2026-00031\n\n2025年，全年共组织职业技能等级认定120批次，其中高级工及以上等级1,050人。"
              "区内职业技能等级认定机构达到25家。全年发放职业技能提升补贴860万元。\n\n"
              "表1 2025年分职业（工种）认定情况\n职业（工种）｜取证人数（人）｜合格率（%）\n电工｜520｜81.5\n")
    doc = pipeline.extract(notice)
    assert [q.text for q in doc.quantities][:1] == ["120批次"], doc.quantities
    assert [(c.metric, c.subject) for c in doc.claims] == [
        ("职业技能等级认定", None), ("高级工及以上等级", None), ("职业技能等级认定机构", None), ("发放职业技能提升补贴", None),
        ("电工取证人数", None), ("电工合格率", None)], doc.claims


def test_an_investigation_release_and_an_employment_table_of_our_own(pipeline):
    # set 78: a science park named by its region (中部科学园区) is a zone, written 中科 for short; an
    # agency's field office after its ministry and agency is one body (法務部調查局臺中市調查處), and
    # 该处 points back to it; who handled a count (经该处侦办) is no part of it; an estimate of a year
    # past is no forecast; the level a rise starts from (由114年的38.5%) is a fact
    release = ("法務部調查局臺中市調查處今（10）日公布114年中部科學園區營業秘密保護成果。114年中科廠商遭侵害營業秘密案件經該處偵辦9件，"
               "估計為廠商避免損害約新臺幣85億元。\n\n在預防面，該處114年辦理保密宣導講習30場。"
               "中科管理局亦規劃將園區廠商營業秘密管理制度導入率由114年的38.5%提升至115年的55%。\n發布日期：115-02-10\n")
    doc = pipeline.extract(release)
    assert {("法務部調查局臺中市調查處", "ORG"), ("中部科學園區", "ZONE"), ("中科", "ZONE")} <= {(e.text, e.label) for e in doc.entities}
    got = [(c.subject, c.status, c.value) for c in doc.claims]
    # (cited by the park's full name, which the page writes: 中科 for short is the same park)
    assert got == [("中部科学园区", "actual", D(9)), ("中部科学园区", "actual", D(8500000000)),
                   ("法务部调查局台中市调查处", "actual", D(30)), ("中部科学园区", "actual", D("38.5")),
                   ("中部科学园区", "target", D(55))], got
    assert "经该处侦办" not in doc.claims[0].metric and doc.claims[0].metric.endswith("营业秘密案件")
    # set 78: terms that hold a word ending metrics elsewhere (安排残疾人就业, 超比例); a verb of
    # paying starts what is paid; a count of those a policy helped is reported (扶持…18户); rows of
    # forms of employment are kinds; 境外 makes no company's name
    employment = ("2025年，许昌经开区全年安排残疾人就业1,020人；向15家企业发放超比例奖励42.6万元；全年扶持残疾人自主创业18户。\n\n"
                  "表1 2025年残疾人就业情况（按就业形式）\n就业形式｜就业人数（人）｜占比（%）\n按比例安排｜520｜51.0\n")
    got = [(c.metric, c.subject) for c in pipeline.extract(employment).claims]
    zone = "许昌经开区"
    assert got == [("安排残疾人就业", zone), ("企业", zone), ("发放超比例奖励", zone), ("扶持残疾人自主创业", zone),
                   ("按比例安排就业人数", zone), ("按比例安排占比", zone)], got
    doc = pipeline.extract("全年交付租赁飞机120架，其中交付境外航空公司46架。")
    assert doc.entities == [] and [c.metric for c in doc.claims] == ["交付租赁飞机", "交付境外航空公司"]


def test_a_museums_release_of_our_own(pipeline):
    # set 79: a body of a reporting kind that the title opens with (中科科學館…), named again at the
    # head of a clause, is the page's own subject; 團 and 檔 count groups and shows; 觀眾滿意度 is a
    # result, not who came; a programme named in quotes (「…」計畫) is no plan; a table whose caption
    # opens with a zone is that zone's, and a bare 件數 column counts 件; a Taiwan landline of two
    # digits and its extension, and a postal code opening an address, are no quantities
    museum = ("國立自然科學博物館\n首頁 > 最新消息 > 新聞稿\n\n中科科學館114年參觀逾30萬人次 臺中園區生態調查完成\n"
              "發布日期：115-01-15　發布單位：中科科學館\n\n國立自然科學博物館今（15）日公布中科科學館114年營運成果。館方表示，"
              "中科科學館114年參觀人次達30.5萬人次，其中學校團體參觀820團，全年推出特展2檔，觀眾滿意度達92.1%。中部科學園區管理局指出，"
              "園區廠商響應「科學教育認養」計畫，114年參與廠商共9家。\n\n114年臺中園區出土遺物統計\n類別｜件數｜占比（%）\n陶器｜86｜41.2\n\n"
              "新聞聯絡人：林雅婷　電話：04-2322725分機301\n國立自然科學博物館　地址：40453臺中市北區館前路1號\n")
    doc = pipeline.extract(museum)
    assert [q.text for q in doc.quantities] == ["30萬人次", "30.5萬人次", "820團", "2檔", "92.1%", "9家", "86", "41.2"], doc.quantities
    got = [(c.metric, c.subject, c.status) for c in doc.claims]
    hall = "中科科学馆"
    assert got[1:5] == [("参观人次", hall, "actual"), ("学校团体参观", hall, "actual"), ("推出特展", hall, "actual"),
                        ("观众满意度", hall, "actual")], got
    assert got[-2:] == [("陶器件数", "台中园区", "actual"), ("陶器占比", "台中园区", "actual")], got
    assert all(status == "actual" for _, _, status in got), got
    # a growth column 较上年增长 is over the year before as 比上年 is in a sentence: since
    table = "2025年清远高新区妇联重点服务项目完成情况\n项目｜服务人次｜较上年增长（%）\n巾帼技能培训｜3,420｜15.2\n"
    assert [c.change.basis for c in pipeline.extract(table).claims] == ["since"]
    # a date's 年 glued by the segmenter to the verb after it starts no zone's name
    cases = "2025年涉经开区企业刑事案件分类情况\n案件类别｜件数（件）｜人数（人）\n合同诈骗｜21｜34\n"
    assert pipeline.extract(cases).entities == []


def test_an_emissions_release_and_a_red_cross_report_of_our_own(pipeline):
    # set 80: a zone the title writes short (雲林離島工業區) is cited so, its full name in the text
    # (雲林離島式基礎工業區) the same zone; 公噸CO2e and 公噸二氧化碳當量 are masses, and a unit's symbol in
    # brackets (（CO2e）) parts no level from its change; a column 較113年增減（%） is a change, its sign
    # the direction; the bound that defines a class counted (年排放量達2.5萬公噸以上、須繳交碳費的事業15家)
    # is no claim; 第三者 is a party, no rank
    release = ("環境部氣候變遷署\n首頁 > 新聞資訊 > 新聞稿\n\n雲林離島工業區114年溫室氣體排放登錄結果公布\n發布日期：115-02-18\n\n"
               "環境部氣候變遷署今（18）日公布114年度溫室氣體排放量盤查登錄結果。位於麥寮鄉的雲林離島式基礎工業區，區內排放源共21家，"
               "總排放量1,286萬公噸二氧化碳當量（CO2e），較113年減少2.6%。其中年排放量達2.5萬公噸以上、須繳交碳費的事業15家；"
               "其中12家已完成排放量第三者查驗。\n\n表1　雲林離島式基礎工業區114年溫室氣體排放登錄（依產業別）\n"
               "產業別｜登錄家數｜排放量（萬公噸CO2e）｜較113年增減（%）\n金屬業｜9｜612｜-3.1\n")
    doc = pipeline.extract(release)
    assert [q.text for q in doc.quantities] == ["21家", "1,286萬公噸二氧化碳當量", "2.6%", "2.5萬公噸", "15家", "12家", "9", "612", "3.1"]
    got = [(c.metric, c.subject, c.value, c.change.direction if c.change else None) for c in doc.claims]
    zone = "云林离岛工业区"
    assert got == [("排放源", zone, D(21), None), ("总排放量", zone, D(12860000), "down"), ("须缴交碳费的事业", zone, D(15), None),
                   ("金属业登录家数", zone, D(9), None), ("金属业排放量", zone, D(6120000), "down")], got
    # set 80: 红十字会 is a body's head; things counted that have all done it (均已) are reported; the zone
    # whose firms a body serves (为高新区企业办理) is whose figures they are, its firms no part of the metric
    report = ("2025年，沧州临港经开区红十字会组织应急救护培训。区内68家危化品生产企业均已配备持证救护员。"
              "全年全市共办理APEC商务旅行卡750张，其中为高新区企业办理312张，同比增长27.3%。")
    doc = pipeline.extract(report)
    assert [(e.text, e.label) for e in doc.entities] == [("沧州临港经开区红十字会", "ORG")]
    page = "2025年，市外办在桂林高新区设立涉外服务工作站。全年全市共办理APEC商务旅行卡750张，其中为高新区企业办理312张，同比增长27.3%。"
    assert [(c.subject, c.metric) for c in pipeline.extract(page).claims] == [("桂林市", "APEC商务旅行卡"), ("桂林高新区", "办理")]
    assert [c.metric for c in doc.claims][:1] == ["危化品生产企业"]


def test_a_complaints_table_and_a_monitoring_table_of_our_own(pipeline):
    # set 81: a growth column after a share (投诉量|占比|同比增减) is the growth of the level before the
    # share; a score after the evaluation that gave it (在…测评中,高新区得分88.2分) is that evaluation's;
    # a change in the unit of the first column in that unit (記錄種數(種)|保育類(種)|較113年增減(種)), its
    # sign the direction; rows of species groups (類群) are kinds
    complaints = ("2025年高新区消费者投诉分类情况\n投诉类别｜投诉量（件）｜占比（%）｜同比增减（%）\n家用电器｜512｜18.6｜-8.5\n\n"
                  "在第三方开展的消费环境满意度测评中，高新区得分88.2分，居全市各县市区第3位。\n")
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in pipeline.extract(complaints).claims]
    assert got[:3] == [("家用电器投诉量", D(512), D("8.5")), ("家用电器占比", D("18.6"), None),
                       ("消费环境满意度测评得分", D("88.2"), None)], got
    monitoring = "表1　中科后里园区114年生态监测物种统计（依类群）\n類群｜記錄種數（種）｜保育類（種）｜較113年增減（種）\n鳥類｜52｜7｜+3\n"
    got = [(c.metric, c.subject, c.value, c.change.value if c.change else None) for c in pipeline.extract(monitoring).claims]
    assert got == [("鸟类记录种数", "中科后里园区", D(52), D(3)), ("鸟类保育类", "中科后里园区", D(7), None)], got


def test_bylines_and_bodies_of_set_81_of_our_own(pipeline):
    # set 81: 记者 and 通讯员 label a page's credits (记者:于晓彤), and a name transcribed in parts is
    # one name (阿依古丽·买买提); 侨联 is a body's head; 课长 a title; a park of a science park named
    # after it is one zone (南部科學園區臺南園區)
    doc = pipeline.extract("来源：天山网　记者：阿依古丽·买买提　通讯员：于晓彤\n\n经开区侨联召开年会。新竹分署保育課課長范姿穎表示，將持續監測。")
    found = [(e.text, e.label) for e in doc.entities]
    for entity in [("阿依古丽·买买提", "PERSON"), ("于晓彤", "PERSON"), ("经开区侨联", "ORG"), ("范姿穎", "PERSON")]:
        assert entity in found, (entity, found)
    assert [(e.text, e.label) for e in pipeline.extract("南部科學園區臺南園區114年出土遺物1,420箱。").entities] == [("南部科學園區臺南園區", "ZONE")]


def test_a_veterans_bureau_and_a_ministrys_parks_table_of_our_own(pipeline):
    # set 82: a zone's bureau by its department word (退役军人事务局) and a ministry by its own (文化部),
    # with its department (藝術發展司) one body; 团工委 a body's head; a score after an evaluation of
    # a scope (在全市共青团工作综合考评中) is that evaluation's; a total row under rows of parks is all
    # of them, no subject named 合计
    text = ("2025年，蚌埠高新区退役军人事务局全年发放优抚补助资金1,250万元。经开区团工委召开全会。"
            "在全市共青团工作综合考评中，蚌埠高新区得分92.5分，居全市第2位。")
    doc = pipeline.extract(text)
    found = [(e.text, e.label) for e in doc.entities]
    assert ("蚌埠高新区退役军人事务局", "ORG") in found and ("经开区团工委", "ORG") in found, found
    assert "共青团工作综合考评得分" in [c.metric for c in doc.claims], doc.claims
    assert [(e.text, e.label) for e in pipeline.extract("新聞聯絡人：文化部藝術發展司 林雅琪").entities][:1] == [("文化部藝術發展司", "ORG")]
    parks = ("文化部今（10）日公布科學園區公共藝術統計。\n\n表1　114年各科學園區公共藝術設置情形\n"
             "園區｜新設作品（件）｜設置經費（萬元）\n竹科新竹園區｜14｜5,320\n合計｜58｜21,460\n")
    subjects = [c.subject for c in pipeline.extract(parks).claims]
    assert "合计" not in subjects and subjects[:2] == ["竹科新竹园区", "竹科新竹园区"], subjects


def test_people_who_come_to_a_city_name_no_subject(pipeline):
    # set 82: the city people come to (为来十堰求职的青年) is where they go, not whose figure it is
    text = "2025年，十堰经开区青年工作成效明显。依托“青年之家”和青年人才驿站，全年为来十堰求职、实习的青年提供免费住宿1,860人次。"
    assert [c.subject for c in pipeline.extract(text).claims] == ["十堰经开区"]


def test_firms_helped_partners_lists_and_running_totals_of_our_own(pipeline):
    # set 83: the firms a body helps (帮助企业, 带动企业) and the partner of a joint work (与…联合开展,
    # 与…共建) are no part of what was done; the items of a short list before its noun are the
    # metric's (光伏、风电装机容量; not a count before it: 标志38面、减速设施12处); 累计 before a
    # metric names a running total, 已 before land its state, and 接待 whom a place received
    text = ("2025年，临沂高新区与高校联合开展技术攻关项目41项，帮助企业解决技术难题35项，带动企业新增研发投入1.6亿元；"
            "与山东大学共建中试基地1个。全区新增光伏、风电装机容量18万千瓦。园区增设指示标志26面、减速设施9处。"
            "全区累计受理政务服务事项8.2万件，已开发面积约12.6平方公里，全年接待外地游客46万人次。")
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == ["技术攻关项目", "解决技术难题", "新增研发投入", "共建中试基地", "新增光伏、风电装机容量",
                   "增设指示标志", "减速设施", "累计受理政务服务事项", "已开发面积", "接待外地游客"], got
    # (带动企业投资: a remainder of two characters is the firms' own figure)
    assert [c.metric for c in pipeline.extract("该计划带动企业投资约8亿元。").claims] == ["带动企业投资"]
    # (a list whose items have each their figure, 分别, keeps each item's own metric)
    each = [c.metric for c in pipeline.extract("汽车、新能源、装备制造三大主导产业产值分别增长8.4%、26.9%和7.3%。").claims]
    assert "汽车、新能源产业产值" not in each and "新能源产业产值" in each, each


def test_a_table_by_people_and_figures_of_a_group_of_our_own(pipeline):
    # set 83: rows of peoples (族別) are kinds of the page's subject, no subjects; the amount involved
    # (涉及金额) after a count is that count's; a length of service (平均年資) is a time measured, a
    # claim; a grant approved (核撥) is paid, its metric what was paid; a zone after 使 is the
    # subject of a target
    table = ("高雄市仁武產業園區114年原住民族員工族別分布\n族別｜員工數（人）｜占比（%）\n阿美族｜412｜55.2\n卑南族｜168｜22.5\n")
    got = [(c.subject, c.metric) for c in pipeline.extract(table).claims]
    assert got[:2] == [("仁武产业园区", "阿美族员工数"), ("仁武产业园区", "阿美族占比")], got
    page = ("2025年，高新区司法所受理矛盾纠纷410件，其中涉企纠纷126件，涉及金额约2,150万元。"
            "园区员工平均年资4.2年。园区厂商获县府核拨就业补助新台币320万元。目标使园区原住民族员工突破900人。")
    got = [c.metric for c in pipeline.extract(page).claims]
    assert got == ["受理矛盾纠纷", "涉企纠纷", "涉企纠纷涉及金额", "员工平均年资", "就业补助", "原住民族员工"], got


def test_places_before_zones_councils_and_science_associations_of_our_own(pipeline):
    # set 83: a place written by its full name before a zone with a name of its own is a place of its
    # own (湖南省|岳阳市|岳阳经济技术开发区), and no subject; a zone named only by its place is one
    # name (苏州市工业园区); 科协 and 司法所 are bodies' heads; a date's 年 is no surname (2025年新建|院士…);
    # Taiwan's councils by their short names (原民會); a zone's own department acts (高新区科技局受理…)
    doc = pipeline.extract("湖南省岳阳市岳阳经济技术开发区2025年规上工业总产值增长8.1%。")
    assert [(e.text, e.label) for e in doc.entities] == [("湖南省", "GPE"), ("岳阳市", "GPE"), ("岳阳经济技术开发区", "ZONE")]
    assert [c.subject for c in doc.claims] == ["岳阳经济技术开发区"], doc.claims
    assert [(e.text, e.label) for e in pipeline.extract("苏州市工业园区今年。").entities] == [("苏州市工业园区", "ZONE")]
    text = ("2025年，临沂高新区科协新建院士专家工作站3家。2025年新建院士专家工作站3家。"
            "原民會經濟發展處表示，客委會今日公布。经开区司法所调解纠纷。")
    found = [(e.text, e.label) for e in pipeline.extract(text).entities]
    assert found == [("临沂高新区科协", "ORG"), ("原民會經濟發展處", "ORG"), ("客委會", "ORG"), ("经开区司法所", "ORG")], found
    assert [c.metric for c in pipeline.extract("2025年，高新区科技局受理专利申请410件。").claims] == ["受理专利申请"]


def test_already_reached_stocks_of_blood_and_a_place_after_a_year_of_our_own(pipeline):
    # set 83's review of the earlier sets: 已经 stands between a metric and its value as 已 does; a
    # stock counted in days (血液库存约7.2天) is a time measured; a place after a year of the Republic
    # (114年內湖科技園區) keeps its first character, which the segmenter's 年内 took
    doc = pipeline.extract("南港園區土地出租率已經達到87%。目前臺北捐血中心血液庫存約7.2天。114年內湖科技園區捐血人次1萬8,000人次。")
    assert [c.metric for c in doc.claims] == ["土地出租率", "血液库存", "捐血人次"], doc.claims
    assert ("內湖科技園區", "ZONE") in [(e.text, e.label) for e in doc.entities], doc.entities
    assert [c.period for c in pipeline.extract("2025年内新增企业30家。").claims] == ["2025"]


def test_an_archives_own_report_with_its_table_of_our_own(pipeline):
    # set 84: an archive named by its zone's generic word in the title (高新区档案馆…) and heading
    # clauses by its short name reports its own work, cited by its fullest name; volumes (卷, 卷次),
    # frames (画幅) and characters (万字) are counts; "this year" in a table's header (本年接收) is the
    # caption's year; a zone in a book's title (《…年鉴》) is no subject
    text = ("十堰经济技术开发区管理委员会\n首页 > 政务公开 > 工作动态\n高新区档案馆2025年馆藏档案突破9万卷\n发布时间：2026-02-03\n\n"
            "2025年，十堰高新区档案馆馆藏档案达到9.12万卷，形成数字化副本约860万画幅。\n\n"
            "区档案馆全年调阅档案5,200余卷次。区档案馆编印《十堰高新区年鉴》等编研成果4种，共约62万字。\n\n"
            "表1　2025年十堰高新区档案馆馆藏档案分门类情况\n档案门类｜馆藏量（卷）｜本年接收（卷）\n文书档案｜50,420｜6,960\n")
    got = [(c.subject, c.metric, c.period, c.value) for c in pipeline.extract(text).claims]
    body = "十堰高新区档案馆"
    assert (body, "馆藏档案", "2025", D(91200)) in got and (body, "数字化副本", "2025", D(8600000)) in got, got
    assert (body, "调阅档案", "2025", D(5200)) in got, got  # (全年: the page's year)
    assert all(g[0] == body for g in got), got
    assert (body, "文书档案本年接收", "2025", D(6960)) in got, got


def test_an_insurers_figures_for_a_zone_and_a_table_by_market_of_our_own(pipeline):
    # set 84: what a company does for a zone (该公司对…开发区…承保金额) is the zone's figure; rows of
    # export markets are kinds, no subjects; a campaign named “…进园区” is no zone; for whom a fee is
    # waived (为小微企业) is no part of it, nor 获取 nor a currency's name left before the number
    text = ("记者从中国出口信用保险公司山东分公司获悉，2025年，该公司对威海经济技术开发区出口信用保险承保金额达到18.2亿美元。"
            "全年为小微企业减免保费约560万元，区内企业获取海外买家资信报告980份，组织“信保进园区”培训会7场，收取规费人民币约86万元。\n\n"
            "出口市场　　承保金额（亿美元）　　服务企业（家）\n欧洲　　5.1　　188\n")
    doc = pipeline.extract(text)
    got = [(c.subject, c.metric) for c in doc.claims]
    zone = "威海经济技术开发区"
    # (a meeting counted keeps its 会: 培训会7场; a campaign's quoted name before it stays, as set 83's gold has it)
    assert got == [(zone, "出口信用保险承保金额"), (zone, "减免保费"), (zone, "海外买家资信报告"), (zone, "“信保进园区”培训会"),
                   (zone, "收取规费"), (zone, "欧洲承保金额"), (zone, "欧洲服务企业")], got
    assert "信保进园区" not in [e.text for e in doc.entities]


def test_zones_a_plan_is_in_line_with_are_no_subjects(pipeline):
    # set 84: 配合X园区…投产 names the parks a plan keeps pace with, not whose figure follows
    text = "新竹科學園區114年度量衡器檢定4,862件。115年將配合竹南園區及銅鑼園區新廠陸續投產，預計檢定件數將突破5,300件。"
    assert [c.subject for c in pipeline.extract(text).claims] == ["新竹科学园区", "新竹科学园区"]


def test_a_regional_park_named_short_in_the_title_and_bodies_that_took_part_of_our_own(pipeline):
    # set 85: 南科 in a title, 南部科学园区 as often in the text: the park by its full name (a page that
    # writes 南科 more often keeps it); bodies that took part before the verb of the work (会同…局执行
    # 联合稽查) are no part of it; 厂次 counts visits; 设防要求 is a requirement of a code, no target;
    # the year of the work a meeting plans (部署2026年重点任务) is not the year its figures go on in;
    # the hours a work took (开展…监测2,160小时) are a claim
    text = ("環境部化學物質管理署\n首頁 > 新聞專區 > 新聞稿\n南科114年毒化物聯合稽查647廠次\n發布日期：115-03-04\n\n"
            "化學署今日公布南部科學園區114年管理成果。114年會同南部科學園區管理局及高雄市環保局執行聯合稽查647廠次。"
            "南部科學園區管理局表示，南科廠商將持續改善。")
    got = [(c.subject, c.metric, c.unit) for c in pipeline.extract(text).claims]
    assert ("南部科学园区", "联合稽查", "厂次") in got, got
    meeting = ("1月21日，某某经开区应急管理局召开2025年度工作总结会，通报全年工作情况并部署2026年重点任务。\n\n"
               "会议通报，2025年全区共审查建设工程抗震设防要求项目186个，涉及总建筑面积约640万平方米。\n\n"
               "应急避难场所建设方面，全年新建改造应急避难场所9处。开展电磁环境监测2,160小时。")
    got = [(c.metric, c.period, c.status) for c in pipeline.extract(meeting).claims]
    assert got == [("审查建设工程抗震设防要求项目", "2025", "actual"), ("涉及总建筑面积", "2025", "actual"),
                   ("新建改造应急避难场所", "2025", "actual"), ("电磁环境监测", "2025", "actual")], got


def test_a_park_named_in_its_administrations_name_then_short_of_our_own(pipeline):
    # set 86: a regional science park named only inside its administration's name, then by its short
    # name (國家科學及技術委員會中部科學園區管理局…中科…) is that park; 网信办 and 党群工作部 are bodies' heads
    doc = pipeline.extract("國家科學及技術委員會中部科學園區管理局所轄園區取得標章186件。中科近年新建晶圓廠。"
                           "区网信办组织检查。成都高新区党群工作部主办。")
    found = [(e.text, e.label) for e in doc.entities]
    for entity in [("中科", "ZONE"), ("区网信办", "ORG"), ("成都高新区党群工作部", "ORG")]:
        assert entity in found, (entity, found)


def test_a_park_named_like_a_district_and_plans_counted_as_documents_of_our_own(pipeline):
    # set 87: 二林園區 is a park named 二林, not the district 林園區; soil and water conservation plans
    # counted in 件 are documents, no cue of a target for the sentence
    doc = pipeline.extract("中科二林園區工地累積雨量達612毫米。")
    assert "林園區" not in [e.text for e in doc.entities], doc.entities
    assert [c.subject for c in doc.claims] != ["林园区"], doc.claims
    text = "截至114年底，中科各園區施工中的水土保持計畫共42件，較113年增加7件；全年辦理施工檢查186場次。"
    assert [c.status for c in pipeline.extract(text).claims] == ["actual", "actual"]


def test_a_power_release_and_a_volunteer_page_of_our_own(pipeline):
    # set 88: a science park named by its city is written by one character of it (屏东科学园区 → 屏科),
    # and cited by its full name; a company by its place's and trade's first characters (台湾电力公司
    # → 台电), with its department after it one body; 计划性 (planned) is no plan; 力拼 a target
    release = ("台灣電力公司\n屏科用戶參與節電成果\n\n台電今（8）日公布114年屏東科學園區節電措施成果。114年屏科共有52戶用戶參與，"
               "較113年增加6戶。台電業務處表示，115年屏科參與用戶力拚達到70戶。\n\n表1　114年屏東科學園區節電措施\n"
               "措施類別　參與用戶（戶）　抑低容量（萬瓩）\n計畫性減少用電　30　8.2\n臨時性減少用電　22　5.1\n"
               "合計　52　13.3\n\n新聞聯絡人：台灣電力公司業務處 林美君\n")
    doc = pipeline.extract(release)
    labels = {(e.text, e.label) for e in doc.entities}
    assert {("屏科", "ZONE"), ("台電", "ORG"), ("台電業務處", "ORG"), ("屏東科學園區", "ZONE")} <= labels, labels
    got = [(c.subject, c.status, c.value) for c in doc.claims]
    assert ("屏东科学园区", "actual", D(52)) in got and ("屏东科学园区", "target", D(70)) in got, got
    assert [(c.metric, c.status) for c in doc.claims if c.value == D(30)] == [("计划性减少用电参与用户", "actual")], doc.claims
    # a share with no whole named is of the figure before 其中; a count of a generic noun that wins an
    # award is the award's; 企业 after the zone its sentence names is no company named a paragraph before;
    # hours above a level are a claim; a headline's growth takes the article's period
    page = ("首页 > 新闻中心\n西宁高新区注册志愿者达8.6万人 全年志愿服务时长同比增长18.5%\n发布时间：2026-02-06 来源：区文明办\n\n2025年，全区注册志愿者达8.6万人，其中青年志愿者3.1万人，占36.0%。"
            "全区打造特色项目96个，其中7个项目获评省级优秀志愿服务项目。全年志愿服务时长186.2万小时，同比增长18.5%。"
            "“公司今年服务时长超过5,000小时。”青海昆仑锂业有限公司志愿服务队队长马国栋说。\n\n"
            "区文明办主任韩雪梅介绍，2026年高新区计划新建文明实践站6个，企业志愿服务队达到260支，志愿服务时长超过200万小时。")
    doc = pipeline.extract(page)
    claims = {c.value: c for c in doc.claims}
    assert claims[D("36.0")].metric == "青年志愿者占注册志愿者", doc.claims
    assert claims[D(7)].metric == "获评省级优秀志愿服务项目", doc.claims
    assert (claims[D(260)].metric, claims[D(260)].subject) == ("企业志愿服务队", "西宁高新区"), doc.claims
    assert (claims[D(2000000)].metric, claims[D(2000000)].status) == ("志愿服务时长", "target"), doc.claims
    headline = next(c for c in doc.claims if c.value is None and c.change is not None and c.change.start < page.index("发布"))
    assert headline.period == "2025", doc.claims
    assert {("区文明办", "ORG"), ("马国栋", "PERSON"), ("韩雪梅", "PERSON")} <= {(e.text, e.label) for e in doc.entities}, doc.entities


def test_completed_investment_and_totals_since_a_year_of_our_own(pipeline):
    # 完成投资 keeps its verb and who completed it (投资 alone says nothing); totals since a year (自2022年
    # …以来,累计…) span to the latest year the page reports; 规划 inside a body's name is no plan
    page = ("发布日期：2026-01-15\n\n记者从淮安市自然资源和规划局开发区分局获悉，2025年淮安经济技术开发区高标准农田建设完成投资1.8亿元。"
            "其中亿元以上项目6个，完成投资1.1亿元。项目自2022年实施以来，累计新建高标准农田3.2万亩，累计完成投资4.6亿元。")
    doc = pipeline.extract(page)
    got = [(c.metric, c.period, c.status) for c in doc.claims]
    assert got == [("高标准农田建设完成投资", "2025", "actual"), ("亿元以上项目", "2025", "actual"),
                   ("亿元以上项目完成投资", "2025", "actual"), ("累计新建高标准农田", "2022/2025", "actual"),
                   ("累计完成投资", "2022/2025", "actual")], got


def test_firms_counted_by_their_deed_of_our_own(pipeline):
    # firms counted by what they did: the deed, then the firms (as most sets' annotators write it),
    # after a verb of having too (共有143家厂商获得…补助: two sets' annotators of three); not a bare
    # verb, nor a level (营业收入超亿元);
    # the first of the firms counted, named before 等, is an example of them, not the subject
    page = ("2025年，市应急管理局辅导沧州明辉化工有限公司等16家企业已接入危险化学品安全风险监测预警系统。"
            "全年共有58家企业参与安全生产责任险。")
    doc = pipeline.extract(page)
    got = [(c.metric, c.subject, c.value) for c in doc.claims]
    assert ("接入危险化学品安全风险监测预警系统企业", None, D(16)) in got, got
    assert ("参与安全生产责任险企业", None, D(58)) in got, got


def test_a_research_institute_and_an_annuity_page_of_our_own(pipeline):
    # set 89: a body's short name cites its full name on the page (工研院 → 工业技术研究院); 案 counts
    # cases; a breakdown after a semicolon (依授权方式,…) does not carry the last part's subject; the new
    # ones among a whole before 其中 are of its noun; a month far after the page's, as a level (降至12月的),
    # is the last year's; 向区内 is where, not who; a headline of the year just ended takes its period
    release = ("工業技術研究院\n首頁 > 新聞稿\n工研院114年技術授權中科廠商120案\n發布日期：115-02-03\n\n工研院今（3）日公布114年中部科學園區技術移轉成果。114年工研院與中科廠商簽訂技術授權120案；"
               "依園區別，臺中園區授權80案，虎尾園區40案；依授權方式，專屬授權15案，非專屬授權105案。\n\n"
               "工研院指出，授權帶動廠商投資新臺幣20億元。工研院表示，115年目標授權150案。\n")
    doc = pipeline.extract(release)
    got = [(c.metric, c.subject, c.value) for c in doc.claims]
    assert ("技术授权", "中部科学园区", D(120)) in got and ("专属授权", "中部科学园区", D(15)) in got, got
    assert ("授权", "台中园区", D(80)) in got and ("授权", "虎尾园区", D(40)) in got, got
    from zonex.claims import _full_body_name

    names = {"工业技术研究院", "工研院", "工研院南分院", "台湾电力公司"}
    assert _full_body_name("工研院", names) == "工业技术研究院"  # (not 工研院南分院, a part of it)
    assert _full_body_name("台电", names) is None  # (a company's short name ends otherwise: kept)
    page = ("首页 > 新闻中心\n芜湖经开区企业年金参保职工达4.2万人\n发布时间：2026-01-20\n\n"
            "截至2025年底，全区建立企业年金的企业达到860家，其中当年新建96家；参加企业年金的职工4.2万人。"
            "芜湖华氢能源有限公司全年向区内加氢站供氢620吨。区内加氢价格由1月的每公斤36元降至12月的每公斤29元。")
    doc = pipeline.extract(page)
    claims = {c.value: c for c in doc.claims}
    assert claims[D(96)].metric == "新建企业年金的企业", doc.claims
    assert claims[D(620)].subject == "芜湖华氢能源有限公司", doc.claims
    assert [c.period for c in doc.claims if c.value == D(42000)] == ["2025", "2025"], doc.claims
    assert [(t.text, t.period) for t in doc.times if t.text == "12月"] == [("12月", "2025-12")], doc.times


def test_running_totals_of_a_thing_and_averages_per_unit_of_our_own(pipeline):
    # the thing whose running total a figure is stays in its metric (通勤专车累计载客), not who it is
    # pointed back to (这家企业累计…); 站均 (per station) is one word with its 均
    page = "2025年，园区通勤专车累计载客38.6万人次。这家企业累计下线整车12万辆。全区加氢站站均利用率61.2%。"
    doc = pipeline.extract(page)
    assert [c.metric for c in doc.claims] == ["通勤专车累计载客", "累计下线整车", "加氢站站均利用率"], doc.claims


def test_an_uncounted_item_shares_the_count_before_it_of_our_own(pipeline):
    # 9所初中、小学学校: the item after 、 with no number of its own is counted with the one before
    doc = pipeline.extract("2025年，开发区共拥有3所高中、9所初中、小学学校，还有1所特殊教育学校。")
    assert [(c.metric, c.value) for c in doc.claims][:2] == [("高中", D(3)), ("初中、小学学校", D(9))], doc.claims


def test_a_growth_column_named_by_the_column_before_of_our_own(pipeline):
    # 检查场次(场次)|场次年增(%): the growth over the year before of the column it names, not a claim
    text = ("表1　114年大園工業區勞動檢查結果\n行業別｜受檢單位（家）｜檢查場次（場次）｜場次年增（%）\n"
            "化學材料製造業｜58｜196｜11.4\n合計｜120｜402｜8.6\n")
    doc = pipeline.extract(text)
    got = [(c.metric, c.value, c.change.value if c.change else None, c.change.basis if c.change else None) for c in doc.claims]
    assert ("化学材料制造业检查场次", D(196), D("11.4"), "yoy") in got and len(got) == 4, got


def _by_value(text, doc, fields):
    """The claims of ``doc`` that have a value, by the value's text: what ``fields`` reads of each."""
    return {text[c.value_start:c.value_end]: fields(c) for c in doc.claims if c.value_start is not None}

def test_set_91_rows_by_size_per_head_shares_and_sizes_of_what_was_built(pipeline):
    # set 91: a table's rows by size of firm (企业规模) are kinds of the zone's firms, not subjects;
    # 人均 after a sum paid is each one's share of it; a measure word the segmenter glued to the
    # noun it counts (11|处易涝|点) is cut at the number's end; 平均为 is no part of the metric; a sum
    # spent on building something (投资460万元新建…) is a claim of the spender, and the size after a
    # comma (,容积…) is of what was built; firms helped (协助12家厂商完成…) are counted by what they
    # did; a department of nine characters after its zone, 区城乡建设局, and a 组长 are found
    text = ("成都经济技术开发区管理委员会\n首页 > 新闻中心 > 部门动态\n\n"
            "记者从成都经开区人力资源和社会保障局获悉，2025年，该局向参保企业发放失业保险稳岗返还资金1.46亿元，同比增长9.8%。"
            "全年向4,120名参保职工发放技能提升补贴1,036万元，人均约2,515元。\n\n"
            "表1　2025年成都经开区失业保险稳岗返还分企业规模情况\n"
            "企业规模|企业数（家）|返还资金（万元）\n大型企业|142|8,570\n中型企业|516|2,960\n合计|658|11,530\n\n"
            "2025年，全区完成11处易涝点改造，达标片区年径流总量控制率平均为76.4%。"
            "合肥芯瑞微电子有限公司投资460万元新建雨水调蓄池，容积3,200立方米。园区另协助12家厂商完成用水效率诊断。\n"
            "区城乡建设局局长苗晓东表示，明年继续推进。环境安全组组长陈彦廷表示，将加强辅导。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.subject, c.metric))
    zone = "成都经开区"
    assert got["2,515元"] == (zone, "人均技能提升补贴")
    assert [got[v] for v in ("142", "8,570", "516", "2,960")] == [
        (zone, "大型企业企业数"), (zone, "大型企业返还资金"), (zone, "中型企业企业数"), (zone, "中型企业返还资金")]
    assert got["11处"] == (zone, "易涝点改造")
    assert got["76.4%"] == (zone, "达标片区年径流总量控制率")
    assert got["460万元"] == ("合肥芯瑞微电子有限公司", "投资")
    assert got["3,200立方米"] == ("合肥芯瑞微电子有限公司", "雨水调蓄池容积")
    assert got["12家"][1] == "完成用水效率诊断厂商"
    entities = {(e.text, e.label) for e in doc.entities}
    assert {("成都经开区人力资源和社会保障局", "ORG"), ("区城乡建设局", "ORG"), ("苗晓东", "PERSON"),
            ("陈彦廷", "PERSON")} <= entities


def test_set_92_first_three_quarters_deeds_and_parts_after_qizhong(pipeline):
    # set 92: 115年前3季 is the Republic's year's first three quarters (a 季 glued to the zone after
    # it is no part of its name); firms counted by their deed after 共有 keep the deed and the change
    # after it; 补助金额 after the grants of the sentence before is reported; 季增 is on the quarter
    # before; a part after 其中 is of the whole before it (导入 → its deed; 服务 → 老年助餐服务), and a
    # part of a sum spent is a claim
    release = ("經濟部產業園區管理局\n首頁 > 新聞稿\n發布日期：115-10-28\n\n"
               "115年前3季，彰濱工業區共有143家廠商獲得數位轉型補助，較114年同期增加37家，其中在地企業98家；"
               "補助金額新臺幣2.86億元，年增34.9%。廠商導入智慧製造及雲端系統共318套，其中第3季導入126套，季增21.2%。\n\n"
               "表1　115年前3季彰濱工業區數位轉型補助情形\n產業別　獲補助廠商（家）　補助金額（萬元）\n金屬製品業　52　10,480\n")
    doc = pipeline.extract(release)
    got = _by_value(release, doc, lambda c: (c.subject, c.metric, c.period, c.change and (c.change.text, c.change.basis)))
    zone, quarters = "彰滨工业区", "2026-01/2026-09"
    assert got["143家"] == (zone, "获得数位转型补助厂商", quarters, ("37家", "since"))
    assert got["新臺幣2.86億元"] == (zone, "补助金额", quarters, ("34.9%", "yoy"))
    assert got["126套"] == (zone, "导入智慧制造及云端系统", "2026-07/2026-09", ("21.2%", "mom"))
    assert got["52"] == (zone, "金属制品业获补助厂商", quarters, None)
    assert [e.text for e in doc.entities if e.label == "ZONE"] == ["彰濱工業區", "彰濱工業區"]
    news = ("全区老年助餐服务34.7万人次，同比增长1.3倍；其中第二季度服务19.6万人次，环比增长29.8%。"
            "区财政上半年投入养老服务资金6,840万元，其中助餐补贴1,260万元。外贸进出口总额52亿元，其中出口31亿元。")
    got = _by_value(news, pipeline.extract(news), lambda c: c.metric)
    assert got["19.6万人次"] == "老年助餐服务" and got["1,260万元"] == "助餐补贴"
    assert got["31亿元"] == "出口"  # (a part of 进出口, one word: no whole of its own)


def test_set_93_a_part_first_by_its_measure_and_a_table_row_is_no_headline(pipeline):
    # set 93: 臺中園區裝置容量最高,達10.6萬瓩 is the part's measure, named in the clause before its
    # value; a table's row set out with spaces (中興園區　11　0.7) is no headline naming a new topic,
    # so the plans after the table stay the park's; 核发 reports grants paid; a national council's
    # bureau is one body with it; a zone's department whose word starts with 市 (市场监管局) joins the
    # zone; 据此 is no part of a metric; a verb of speech after a name is not part of it (贺婷说)
    release = ("國家科學及技術委員會中部科學園區管理局\n首頁 > 新聞稿\n發布日期：115-02-10\n\n"
               "依園區別觀察，臺中園區裝置容量最高，達10.6萬瓩，占49.5%。中科管理局114年核發設置補助共新臺幣1.26億元。\n\n"
               "表1　114年中部科學園區屋頂型太陽光電設置情形\n園區別　設置廠商（家）　裝置容量（萬瓩）\n臺中園區　92　10.6\n"
               "中興園區　11　0.7\n合計　186　21.4\n\n中科管理局局長許文彬表示，115年目標新增裝置容量3萬瓩以上。\n")
    doc = pipeline.extract(release)
    got = _by_value(release, doc, lambda c: (c.subject, c.metric, c.status))
    assert got["10.6萬瓩"] == ("台中园区", "装置容量", "actual")
    assert got["新臺幣1.26億元"][1] == "核发设置补助"
    assert got["3萬瓩"] == ("中部科学园区", "新增装置容量", "target")
    assert ("國家科學及技術委員會中部科學園區管理局", "ORG") in {(e.text, e.label) for e in doc.entities}
    news = ("1月27日，济南高新区市场监管局通报，全年“你点我检”活动征集群众意见4,300余条，据此抽检农贸市场食品1,050批次。"
            "“路灯亮了。”家住附近的市民贺婷说。")
    doc = pipeline.extract(news)
    assert _by_value(news, doc, lambda c: c.metric)["1,050批次"] == "抽检农贸市场食品"
    assert [(e.text, e.label) for e in doc.entities] == [("济南高新区市场监管局", "ORG"), ("贺婷", "PERSON")]


def test_set_94_events_counted_shares_of_one_level_and_markets(pipeline):
    # set 94: events counted as the metric (举办专场招聘会23场) are a claim, not the logistics of an
    # event named before them; 达成率 is one word; a second share after a first is of the level, not of
    # the first share; a country after 输往 is a market, not a subject
    text = ("1—9月，全区举办专场招聘会23场，达成就业意向1,540人次，意向达成率31.8%。"
            "上半年园区出口值达2,145亿元，年增31.7%，占全体产业园区出口值的58.3%，约占全国出口总值的2.8%。"
            "从出口市场看，输往美国者约占28.4%。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.subject, c.metric))
    assert got["23场"][1] == "专场招聘会"
    assert got["31.8%"][1] == "意向达成率"
    assert got["2.8%"][1] == "出口值占全国出口总值"
    assert got["28.4%"][0] != "美国"


def test_set_95_rows_by_fuel_and_by_place_of_use_are_kinds_and_growth_listed_in_two_units(pipeline):
    # set 95: a table's rows by the fuel a boiler burned (原使用燃料) or by the place a lift serves
    # (使用场所) are kinds of the page's subject's things, the row's name part of the metric
    text = ("2025年合肥高新区在用电梯2.4万台。\n\n表1　2025年合肥高新区电梯分布情况\n"
            "使用场所｜在用电梯（台）｜困人故障（起）\n住宅小区｜13,520｜720\n合计｜24,180｜1,120\n\n"
            "表2　114年臺中工業區鍋爐汰換情形\n原使用燃料　汰換座數（座）　補助金額（萬元）\n燃煤　14　3,860\n合計　92　13,800\n")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.subject, c.metric))
    assert got["13,520"] == ("合肥高新区", "住宅小区在用电梯")
    assert got["14"][1] == "燃煤汰换座数" and got["14"][0] != "燃煤"
    # (分别增长26.8%和1.4倍: growth in percent, then in times, each of its level in turn)
    listed = "支持既有住宅加装电梯312部、老旧电梯更新改造186部，同比分别增长26.8%和1.4倍。"
    got = _by_value(listed, pipeline.extract(listed), lambda c: c.change.text if c.change else None)
    assert got == {"312部": "26.8%", "186部": "1.4倍"}


def test_set_96_jobs_on_offer_a_verb_after_firms_and_the_count_of_people(pipeline):
    # set 96: jobs on offer keep their verb (提供职缺), 单季 opens no metric; two characters and a stop
    # after 企业 are a verb (建缴), no company, so no subject; a change of 人数 is the change of the
    # count before it, and a change after a count that a flow verb opens is that count's
    text = ("第三季單季提供職缺5,120個，季增18.6%。協助312位中高齡及身心障礙者就業，人數年增14.7%。"
            "推动更多非公企业建缴，力争全年新增缴存职工3万人以上。協助45位青年就業，年增12.5%。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.subject, c.metric, c.change.text if c.change else None))
    assert got["5,120個"] == (None, "提供职缺", "18.6%")
    assert got["312位"] == (None, "协助中高龄及身心障碍者就业", "14.7%")
    assert got["3万人"][0] is None and not doc.entities
    assert got["45位"] == (None, "协助青年就业", "12.5%")


def test_set_97_the_whole_of_a_share_is_no_subject_and_a_quarter_just_ended(pipeline):
    # set 97: a place named only as the whole of a share (约占洛阳市人才公寓总量的四成) is not who the
    # figures after it are of; 第四季度, at a clause's head on a page of January, is the quarter just
    # ended; two characters before a park head that close a word of the text (经|济部|产业园区) name no park
    text = ("发布时间：2026-01-14\n截至2025年底，洛阳高新区累计建成投用人才公寓3,150套，约占洛阳市人才公寓总量的四成，"
            "入住人才4,860人。第四季度，全区集中交付房源280套。\n"
            "經濟部產業園區管理局公布。經濟部產業園區管理局表示。資料來源：經濟部產業園區管理局彰濱工業區服務中心\n")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.subject, c.period))
    assert got["4,860人"] == ("洛阳高新区", "2025")
    assert got["280套"] == ("洛阳高新区", "2025-10/2025-12")
    assert "經濟部產業園區管理局彰濱工業區服務中心" in [e.text for e in doc.entities]


def test_set_98_firms_counted_by_their_deed_and_items_of_a_list(pipeline):
    # set 98: firms counted before what they did are a claim, the deed before the firms (bare firms:
    # deed+firms; firms with words of their own: deed的firms), less a count of what was done; a class
    # named by a negation before the count is the metric; a preposition before the count makes the
    # firms the deed's object, no claim; 缴纳 (a levy paid in) is reported; what a list's first item
    # says before its noun is said of every item; a bare rate before 分别 is each item's
    text = ("2025年，区内45家规上企业接入冷链食品追溯平台，接入率90%。区内12家厂商完成92座锅炉汰换。"
            "未足额进用的11家企业共缴纳差额补助费1,030万元。第三方机构对区内612家企业开展满意度调查，满意度95%。"
            "高新区现有定点医药机构318家，其中开通跨省直接结算的定点医疗机构46家、定点零售药店187家，开通率分别为100%和82.7%。"
            "改造涉及老旧小区38个、居民用户1.86万户。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: c.metric)
    assert got["45家"] == "接入冷链食品追溯平台的规上企业"
    assert got["12家"] == "完成锅炉汰换厂商"
    assert got["92座"] == "锅炉汰换"
    assert got["11家"] == "未足额进用企业"
    assert got["1,030万元"] == "缴纳差额补助费"
    assert "612家" not in got
    assert got["187家"] == "开通跨省直接结算的定点零售药店"
    assert (got["100%"], got["82.7%"]) == ("定点医疗机构开通率", "定点零售药店开通率")
    assert got["1.86万户"] == "改造涉及居民用户"


def test_set_98_times_cut_plans_grades_and_shares_of_no_whole(pipeline):
    # set 98: a time cut from one level to another is two claims; the level a plan sets inside a
    # completion (完成年度计划94公里的91.9%) is a target of the year, and the share is of the level
    # done; a task named after its size is a target; a grade before 以上 stays in the metric
    # (重度以上); a share of no whole is the part's 占比; a superlative glued to the metric's last
    # character (人|数最多) is cut off; 由上年末的 dates only its own level; funds won (争取…资金) are
    # a fact; 第1季|新增 glued by the segmenter is cut at the quarter's end
    text = ("发布时间：2026-11-12\n2026年1—10月，全区完成燃气管道老化更新改造86.4公里，完成年度计划94公里的91.9%；"
            "累计投入改造资金1.27亿元，其中争取中央预算内投资和超长期特别国债资金5,380万元。\n\n"
            "居民户内安全装置覆盖率由上年末的36.8%提高到71.5%。改造项目平均施工周期28天，平均办理时限由5个工作日压缩至1天以内。"
            "年底前将全面完成120公里年度改造任务。\n\n"
            "2025年，全区重度以上身心障碍者298人，金属制品业进用人数最多，达246人，占21.8%。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.metric, c.period, c.status))
    assert got["94公里"] == ("燃气管道老化更新改造年度计划", "2026", "target")
    assert got["91.9%"][:1] == ("燃气管道老化更新改造完成年度计划",)
    assert got["5,380万元"] == ("中央预算内投资和超长期特别国债资金", "2026-01/2026-10", "actual")
    assert got["36.8%"][1] == "2025" and got["28天"][1] != "2025"
    assert got["5个工作日"][0] == got["1天"][0] == "平均办理时限"
    assert got["120公里"][::2] == ("年度改造任务", "target")
    assert got["298人"][0] == "重度以上身心障碍者"
    assert (got["246人"][0], got["21.8%"][0]) == ("金属制品业进用人数", "金属制品业进用人数占比")
    quarter = "桃園市政府勞動局\n發布日期：115-02-10\n114年第4季新增進用42人。"
    assert [c.metric for c in pipeline.extract(quarter).claims] == ["新增进用"]


def test_set_99_levels_after_a_share_origins_classes_and_glosses(pipeline):
    # set 99: a level elliptical after a share (…555人,占90.7%,高雄園區57人) is of the level before
    # the share; places after 来自 are where people come from, no subject; a class of firms of its
    # own after a semicolon takes no class carried from before; a gloss with a list in brackets
    # (“两卡”（手机卡、银行卡）) keeps the words before it in the metric; 再 before a change and 立
    # before a count of cases are no part of the metric; 件次 is one measure word
    page = ("國家發展委員會\n發布日期：115-02-24\n截至114年底，在南部科學園區任職的有效就業金卡持卡人達612人。"
            "持卡人主要來自美國、日本及印度，具博士學位者占41.3%。從園區分布看，臺南園區持卡人555人，占90.7%，"
            "高雄園區57人，較113年底增加21人。管理局114年共協助持卡人辦理居留、租屋及子女就學等諮詢服務1,320件次，年增24.5%。")
    doc = pipeline.extract(page)
    got = _by_value(page, doc, lambda c: (c.metric, c.subject, c.change and c.change.text))
    assert got["41.3%"][1] == "南部科学园区"
    assert got["57人"] == ("持卡人", "高雄园区", "21人")
    assert got["1,320件次"] == ("咨询服务", "南部科学园区", "24.5%")
    text = ("2026年1—10月，先进制造业企业增值税加计抵减8.2亿元，惠及企业214户；高新技术企业所得税优惠减免5.7亿元。"
            "2025年全区共立电信网络诈骗案件1,382起，打掉“两卡”（手机卡、银行卡）犯罪团伙29个。"
            "2026年将力争电信网络诈骗发案数再下降10%以上。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: c.metric)
    assert got["5.7亿元"] == "高新技术企业所得税优惠减免"
    assert got["1,382起"] == "电信网络诈骗案件"
    assert got["29个"] == "打掉“两卡”犯罪团伙"
    assert [c.metric for c in doc.claims if c.value_start is None] == ["电信网络诈骗发案数"]


def test_set_100_plans_from_levels_lists_of_zones_and_elliptical_parts(pipeline):
    # set 100: the level a plan raises (由200万元提高至300万元) is a fact of the year before the year
    # planned, and of the same year before a quarter of it; a paragraph opening with 其中 breaks
    # down the paragraph before, of its period; a level against 上年末 is of the year; 带动 keeps
    # the firms' own purchases (带动企业算力采购 → 企业算力采购) but not a helper's firms before 新增;
    # a list item naming its own zone and figure (…63件、仁武產業園區41件) is that zone's; a part
    # counted by its verb alone (其中假日發生97件) counts what the whole's verb took; a partner body
    # after 协同 and a place after 在 before 加装 are no part of the metric; P is petaflops and 卡时
    # GPU-hours; 兑付 pays out
    text = ("济南高新区科技创新局\n发布时间：2026-02-11\n2025年全年发放算力券1.86亿元，带动企业算力采购4.73亿元。"
            "截至2025年底，智能算力规模达到6,800P，全年调度算力约2,150万卡时。"
            "2026年高新区计划安排算力券资金2.5亿元，单个企业年度支持上限由200万元提高至300万元，力争智能算力规模突破1万P。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.metric, c.period, c.status))
    assert got["4.73亿元"][0] == "企业算力采购"
    assert got["6,800P"] == ("智能算力规模", "2025", "actual")
    assert got["2,150万卡时"][1:] == ("2025", "actual")
    assert got["200万元"] == ("单个企业年度支持上限", "2025", "actual")
    assert got["300万元"] == ("单个企业年度支持上限", "2026", "target")
    assert got["1万P"] == ("智能算力规模", "2026", "target")
    kinds = {q.text: (q.kind, q.unit, float(q.value)) for q in doc.quantities}
    assert kinds["6,800P"] == ("other", "PFLOPS", 6800.0) and kinds["2,150万卡时"] == ("other", "卡时", 21500000.0)
    assert "3P" not in {q.text for q in pipeline.extract("采购3P空调20台。").quantities}
    shop = "屆時月產能將由3萬片提高至4.5萬片。"
    quarter = "公司總經理表示，新廠第二期預計今年第三季完工，" + shop
    assert [c.status for c in pipeline.extract(quarter).claims] == ["actual", "forecast"]
    page = ("合肥经开区经贸发展局\n发布时间：2025-11-12\n1—10月，全区累计兑付各类补贴资金4.92亿元，带动消费38.6亿元。\n\n"
            "其中，汽车以旧换新共受理补贴申请1.27万辆，同比增长57.3%。\n\n"
            "在回收环节，区内规范化再生资源回收网点达到56个，比上年末增加19个，1—10月回收废旧家电2.4万台、报废机动车3,860辆。\n\n"
            "“前10个月我们家电销售额同比增长了35%。”安徽欣家电器连锁有限公司经开区门店负责人汪雨桐说。")
    doc = pipeline.extract(page)
    got = _by_value(page, doc, lambda c: (c.metric, c.subject, c.period))
    assert got["1.27万辆"][2] == got["38.6亿元"][2] == "2025-01/2025-10"
    assert got["56个"][2] == "2025"
    assert got["3,860辆"][0] == "回收报废机动车"
    assert next(c.subject for c in doc.claims if c.change and c.change.text == "35%") == "安徽欣家电器连锁有限公司"
    assert ("安徽欣家电器连锁有限公司", "ORG") in {(e.text, e.label) for e in doc.entities}
    police = ("高雄市政府警察局\n發布日期：115-01-28\n114年臨海工業區共發生竊盜案件241件，年減18.6%；其中假日發生97件，占40.2%。"
              "同期大發工業區發生竊案63件、仁武產業園區41件，分別年減12.5%及8.9%。"
              "小港分局114年已協同經濟部產業園區管理局臨海工業區服務中心新增路口監視器126支，累計達1,384支，"
              "並與區內68家廠商簽訂治安聯防協定。華鋒電纜股份有限公司表示，公司去年在廠區加裝監視器共42組。")
    doc = pipeline.extract(police)
    got = _by_value(police, doc, lambda c: (c.metric, c.subject))
    assert (got["97件"][0], got["40.2%"][0]) == ("假日发生窃盗案件", "假日发生窃盗案件占比")
    assert (got["63件"][1], got["41件"][1]) == ("大发工业区", "仁武产业园区")
    assert (got["126支"][0], got["1,384支"][0]) == ("新增路口监视器", "路口监视器")
    assert got["68家"][0] == "签订治安联防协定厂商"
    assert got["42組"][0] == "加装监视器"


def test_set_101_columns_of_months_stages_listed_events_and_receivers(pipeline):
    # set 101: a column whose label opens with months (1至10月核發補貼) is of those months and no
    # time of the table's other columns; a stage alone after another (开工48个、完工42个) is a stage
    # of what the item before named, and a change of its number (完工数量同比增加11个) that claim's
    # change; headline months run through (前10月完工…) are no milestone; an event held after who was
    # gathered (组织…召开议事协调会) or what was looked at (对…开展质量安全检查) is the event alone;
    # a relative clause keeps its verb (实施减班休息(俗称无薪假)的厂商); an average received is a
    # statistic (平均每人每月补贴); who applied for a payment is no part of it; a trade name the
    # dictionary knows as an adjective heads a company before its legal form
    page = ("臺南市政府全球資訊網\n發布日期：115-11-10\n\n"
            "臺南市政府勞工局今（10）日公布，截至10月底，臺南科技工業區實施減班休息（俗稱無薪假）的廠商降至19家。"
            "今（115）年1至10月已協助工業區內勞工申領薪資差額補貼新臺幣1,865萬元，平均每人每月補貼約5,800元。\n\n"
            "表　臺南科技工業區減班休息廠商分行業概況（115年10月底）\n"
            "行業別｜廠商（家）｜減班休息人數（人）｜1至10月核發補貼（萬元）\n"
            "金屬製品製造業｜7｜138｜612\n電子零組件製造業｜5｜156｜703\n\n"
            "位於工業區的宏碩精密工業股份有限公司人資經理陳冠廷說，公司目前員工約320人，"
            "9月下旬接獲歐美客戶訂單約新臺幣1.2億元，預計年底前再增聘作業員15至20名。")
    doc = pipeline.extract(page)
    got = _by_value(page, doc, lambda c: (c.metric, c.subject, c.period))
    assert got["19家"][0] == "实施减班休息的厂商"
    assert got["新臺幣1,865萬元"][0] == "薪资差额补贴"
    assert got["5,800元"][0] == "平均每人每月补贴"
    assert got["612"][2] == "2026-01/2026-10" and got["138"][2] != "2026-01/2026-10"
    assert got["320人"][1] == "宏硕精密工业股份有限公司"
    assert got["新臺幣1.2億元"][::2] == ("接获欧美客户订单", "2026-09")
    assert got["15至20名"][0] == "增聘作业员"
    assert ("臺南市政府勞工局", "ORG") in {(e.text, e.label) for e in doc.entities}
    text = ("发布时间：2026-11-06\n串场河经开区前10月完工老旧小区42个\n\n"
            "今年1—10月，经开区老旧小区改造开工48个、完工42个，完工数量同比增加11个。"
            "经开区建设局组织街道、社区和施工单位召开议事协调会210余场。"
            "建设局联合盐城市住房和城乡建设局对在建项目开展质量安全检查86次。"
            "其中，汽车以旧换新共受理补贴申请1.27万辆，平均每辆车获补贴约2.6万元。")
    doc = pipeline.extract(text)
    claims = [(c.metric, c.period, c.change and c.change.text) for c in doc.claims]
    assert claims[0] == ("完工老旧小区", "2026-01/2026-10", None)
    assert ("老旧小区改造完工", "2026-01/2026-10", "11个") in claims
    assert not any(m == "完工数量" for m, _p, _c in claims)
    metrics = {m for m, _p, _c in claims}
    assert {"议事协调会", "质量安全检查", "平均每辆车获补贴"} <= metrics
    assert ("盐城市住房和城乡建设局", "ORG") in {(e.text, e.label) for e in doc.entities}


def test_set_103_ranks_in_a_scope_comparisons_multiples_conversions_and_arrivals(pipeline):
    # set 103: a rank's scope written right before it joins the ranking named earlier (居全国第19位,
    # then 居全省第一: the same ranking in another scope; 稳定在全国前20位 ranks too); 较全市高出 is
    # a comparison as 高于全市 is, 全市 no subject; 约为全国平均水平的2.3倍 is a level against a
    # whole, no change; 折合约 converts; 已有 has; the year of a class of firms' figure is the
    # period; a flow verb before a 等 list is the class's; firms counted by settling in (进驻)
    text = ("芜湖经济技术开发区\n\n2025年,在商务部2025年国家级经开区综合发展水平考核评价中,我区居全国第19位,"
            "较上年前移4位,居全省第一。2026年,综合发展水平考核评价稳定在全国前20位。")
    got = _by_value(text, pipeline.extract(text), lambda c: c.metric)
    assert got["第19位"] == "综合发展水平考核评价全国排名"
    assert got["第一"] == "综合发展水平考核评价全省排名"
    assert got["前20位"] == "综合发展水平考核评价全国排名"
    text = ("答:2025年,園區實現營業總收入人民幣1,268億元,按年增長8.7%;規模以上工業增加值按年增長9.5%,"
            "增速較全市高出1.4個百分點。研發經費投入強度達6.2%,約為全國平均水平的2.3倍。"
            "港資企業全年營業收入約420億元,按年增長12%。\n\n"
            "答:推介會上共簽約項目18個,總投資約人民幣215億元,折合約235億港元。"
            "其中港資企業華晟光電投資12億港元,建設光學模組生產基地。目前已有9家英資企業落戶園區。")
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: (c.metric, c.subject, c.change and c.change.text))
    assert got["1.4個百分點"][0] == "规模以上工业增加值增速较全市高出"
    assert got["6.2%"][0] == "研发经费投入强度" and got["6.2%"][2] is None  # (the 2.3倍 is no change of it)
    assert got["2.3倍"][0] == "研发经费投入强度为全国平均水平"
    assert got["420億元"][0] == "港资企业营业收入"
    assert got["235億港元"][0] == got["人民幣215億元"][0] == "签约项目总投资"
    assert got["12億港元"][:2] == ("投资", "华晟光电")
    assert "9家" in got
    assert ("華晟光電", "ORG") in {(e.text, e.label) for e in doc.entities}
    text = "前三季度,围绕整车新引进电池、电驱、热管理等配套企业23家。楠梓第二園區已於112年全區完工,目前已有22家廠商進駐。"
    doc = pipeline.extract(text)
    got = _by_value(text, doc, lambda c: c.metric)
    assert got["23家"] == "新引进配套企业"
    assert got["22家"] == "进驻厂商"
    assert not any(e.text in ("电池", "电驱", "热管理") for e in doc.entities)


def test_set_103_persons_after_titles_and_app_newsrooms(pipeline):
    # set 103: a person named after a title ends the name a head would grow (副主任刘振宇介绍高新区
    # is no zone); a name the dictionary cuts as 郑家|明 (nrfg) is whole; 极目新闻记者: an outlet
    text = ("10月29日上午,襄阳市人民政府新闻办公室举行新闻发布会,请襄阳高新区管委会副主任刘振宇介绍高新区"
            "前三季度经济运行情况。\n\n极目新闻记者:在服务企业方面有哪些新举措?\n\n"
            "專訪|綿陽高新區管委會主任鄭家明:以「科技城」優勢吸引港資")
    found = {(e.text, e.label) for e in pipeline.extract(text).entities}
    assert {("襄阳高新区管委会", "ORG"), ("刘振宇", "PERSON"), ("极目新闻", "ORG"), ("鄭家明", "PERSON")} <= found
    assert not any(label == "ZONE" and "介绍" in name for name, label in found)


def test_set_104_a_unit_column_an_opening_zone_a_fall_and_park_short_names(pipeline):
    # set 104 (after its one scoring): a bar table with a column of each row's unit and a column
    # headed by months alone (指标名称|单位|1—9月|同比增长(%)), a row with no level its growth alone;
    # a paragraph that opens with a zone in a sentence of no figures is that zone's; 降幅 after a
    # fall is its fall; 竹科 alone is a zone, 竹科管理局 its body
    text = ("2026年1—9月,株洲高新区经济运行总体平稳。\n\n附表:2026年1—9月株洲高新区主要经济指标\n"
            "指标名称 | 单位 | 1—9月 | 同比增长(%)\n规模以上工业总产值 | 亿元 | 1286.4 | 6.9\n"
            "规模以上工业增加值 | — | — | 7.8\n固定资产投资 | — | — | -4.2\n")
    doc = pipeline.extract(text)
    rows = {(c.metric, text[c.value_start:c.value_end] if c.value_start is not None else None,
             c.change and (c.change.text, c.change.direction), c.period) for c in doc.claims}
    assert ("规模以上工业总产值", "1286.4", ("6.9", "up"), "2026-01/2026-09") in rows
    assert ("规模以上工业增加值", None, ("7.8", "up"), "2026-01/2026-09") in rows
    assert ("固定资产投资", None, ("4.2", "down"), "2026-01/2026-09") in rows
    [total] = [q for q in doc.quantities if q.text == "1286.4"]
    assert (total.kind, total.unit, total.value) == ("money", "CNY", 128_640_000_000)
    text = ("河南4家国家高新区晒出2025年“成绩单”\n\n本报讯 2025年,全省高新区实现营业收入2.36万亿元,比上年增长8.1%。\n\n"
            "郑州高新区以智能传感器和信息技术产业为引领。2025年,该区实现营业收入4862.3亿元,同比增长10.4%。"
            "研发经费投入强度达6.2%,高于全省平均水平4.3个百分点。\n\n"
            "洛阳高新区聚焦先进装备和新材料。2025年,全区实现营业收入1526.8亿元,同比增长7.9%。\n\n"
            "二、投资降幅收窄。1—9月,全区固定资产投资同比下降4.2%,降幅比上半年收窄1.3个百分点。")
    got = _by_value(text, pipeline.extract(text), lambda c: (c.metric, c.subject))
    assert got["6.2%"] == ("研发经费投入强度", "郑州高新区")
    assert got["4.3个百分点"][1] == "郑州高新区" and got["1526.8亿元"][1] == "洛阳高新区"
    doc = pipeline.extract(text)
    fall = next(c for c in doc.claims if c.change is not None and c.change.text == "1.3个百分点")
    assert fall.metric == "固定资产投资降幅"
    text = "竹科去年營業額1兆8,462億元創新高\n\n展望今年，竹科管理局預估，2026年竹科營業額可望突破新臺幣2兆元。台中科技產業園區同步擴建。"
    found = [(e.text, e.label) for e in pipeline.extract(text).entities]
    assert found.count(("竹科", "ZONE")) == 2 and ("竹科管理局", "ORG") in found
    assert ("台中科技產業園區", "ZONE") in found and not any(name == "中科" for name, _ in found)


def test_a_newspapers_masthead_dates_its_this_year(pipeline):
    # set 104: a provincial paper's report of 2025 results published on 2026-01-21, dated only by
    # its masthead: its 今年 is 2026 (the plans), not the paragraph's 2025 (the results)
    text = ("河南日报 2026年1月21日 星期三 第02版 要闻\n\n河南4家国家高新区晒出2025年“成绩单”\n\n"
            "本报讯(记者 程雨桐)1月20日,记者从省科技厅获悉。郑州高新区以智能传感器产业为引领。2025年,"
            "该区实现营业收入4862.3亿元,同比增长10.4%。今年,该区将力争营业收入增长10%以上。")
    doc = pipeline.extract(text)
    assert doc.meta.get("date") == "2026-01-21"
    got = [(c.metric, c.period, c.status) for c in doc.claims]
    assert got == [("营业收入", "2025", "actual"), ("营业收入", "2026", "target")], got


def test_a_statistics_note_saying_which_firms_are_counted_is_no_claim(pipeline):
    # set 104: 注:规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位 defines the
    # firms the bulletin counts; the threshold is no figure of the zone's
    text = ("株洲高新区2026年1—9月经济运行情况\n\n1—9月,全区规模以上工业增加值同比增长8.2%。\n\n"
            "注:1.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。2.部分数据因四舍五入,"
            "分项之和与合计略有差异。\n\n株洲市统计局综合科\n")
    doc = pipeline.extract(text)
    assert [c.metric for c in doc.claims] == ["规模以上工业增加值"], doc.claims
    assert ("株洲市统计局综合科", "ORG") in [(e.text, e.label) for e in doc.entities]


def test_an_adverb_before_the_verb_ends_no_metric(pipeline):
    # seed 002: 江门市已有930家企业正式通过 gave the metric 企业正式; 正式 is how they passed
    doc = pipeline.extract("2021年,江门市已有930家企业正式通过,通过率超81.5%。")
    assert [c.metric for c in doc.claims] == ["企业", "通过率"], doc.claims


def test_a_parks_figures_on_an_agencys_site_are_the_parks(pipeline):
    # set 81: the forestry agency's branch names itself atop its site and again at the end, but the
    # page heads its clauses with 園區 (the park its title names): the park's figures, not the
    # agency's own work, once the agency's name (林業及自然保育署, a name with 及) is recognised
    root = Path(__file__).resolve().parents[1]
    text = next((root / "fixtures" / "heldout").glob("h243_*.txt")).read_text(encoding="utf-8")
    doc = pipeline.extract(text)
    after = text.index("監測結果顯示")
    county = text.index("苗栗縣全縣")  # (另據統計，苗栗縣全縣…: the county's own figures)
    subjects = {c.subject for c in doc.claims if c.value_start is not None and after < c.value_start
                and not county < c.value_start < county + 40}
    assert subjects == {"中科铜锣园区"}, [(c.metric, c.subject) for c in doc.claims]
    assert ("農業部林業及自然保育署新竹分署", "ORG") in [(e.text, e.label) for e in doc.entities]


def _heldout_page(prefix: str) -> str:
    root = Path(__file__).resolve().parents[1]
    return next((root / "fixtures" / "heldout").glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_park_companys_announced_figures_on_the_governments_press_release(pipeline):
    # set 105: a press release titled 香港科技園公司公布二○二五年主要營運數字, under the site's name
    # and menu (今日新聞 | 新聞公報 | 新聞圖片): the company's own figures, cited by its registered
    # name though the page goes on as 科技園公司 (its short name in bare brackets); its 園區 are its
    # own parks together, not the park named last; ○ written for zero dates 二○二五年十二月三十一日;
    # 參與培育計劃 is a programme joined, no plan (no target)
    text = _heldout_page("h315")
    doc = pipeline.extract(text)
    by_value = {text[c.value_start:c.value_end]: c for c in doc.claims if c.value_start is not None}
    total = by_value["2,146間"]
    assert (total.subject, total.period, total.status) == ("香港科技园公司", "2025", "actual"), total
    startups = by_value["1,032間"]
    assert (startups.metric, startups.subject, startups.status) == ("参与培育计划的初创企业", "香港科技园公司", "actual")
    for value in ("186億港元", "港幣3.2億元", "1,350名", "1,186項", "300間"):
        assert by_value[value].subject == "香港科技园公司", by_value[value]
    assert by_value["88.2%"].subject == "将军澳创新园"  # (將軍澳, a place of Hong Kong: no 將軍, a title)
    entities = [(e.text, e.label) for e in doc.entities]
    assert entities.count(("科技園公司", "ORG")) >= 5 and ("創新科技及工業局", "ORG") in entities


def test_signed_projects_counted_before_their_verb_and_a_list_of_projects(pipeline):
    # set 105: 8个项目现场签约,总投资42.6亿元 counts the projects signed (现场签约项目) and splits
    # the total after them (现场签约项目总投资), as the annotation guide's split totals; in the list
    # of projects signed, an item that opens with its own project (高性能碳纤维复合材料项目,总投资
    # 6.5亿元) is that project's, not the company of the item before, and takes no forecast from it
    text = _heldout_page("h314")
    doc = pipeline.extract(text)
    by_value = {text[c.value_start:c.value_end]: c for c in doc.claims if c.value_start is not None}
    assert (by_value["8个"].metric, by_value["42.6亿元"].metric) == ("现场签约项目", "现场签约项目总投资")
    carbon = by_value["6.5亿元"]
    assert (carbon.subject, carbon.metric, carbon.status) == ("高性能碳纤维复合材料项目", "总投资", "actual"), carbon
    assert (by_value["6000万元"].subject, by_value["6000万元"].status) == ("智慧仓储物流中心项目", "actual")
    got = [(c.metric, c.subject) for c in pipeline.extract("2026年,园区12个项目集中开工,总投资86亿元。").claims]
    assert got == [("集中开工项目", None), ("集中开工项目总投资", None)], got


def test_a_macao_papers_page_on_hengqin_is_about_the_zone(pipeline):
    # set 106: 澳門日報's masthead above the title and its page line (A05版：澳聞) are the paper's,
    # not what the page is about: the page is about the cooperation zone, and 合作區 alone (a word
    # of its own for the segmenter now) is that zone, not part of the metric (合作区澳资企业 →
    # 澳资企业); a place inside a noun phrase after 等 (中醫藥等澳門品牌工業) is no subject
    text = _heldout_page("h318")
    doc = pipeline.extract(text)
    by_value = {text[c.value_start:c.value_end]: c for c in doc.claims if c.value_start is not None}
    assert (by_value["6,418戶"].metric, by_value["6,418戶"].subject) == ("澳资企业", "横琴合作区")
    assert (by_value["5.68萬戶"].metric, by_value["5.68萬戶"].subject) == ("实有经营主体", "横琴合作区")
    assert by_value["38.6億元"].subject == "横琴合作区"
    assert by_value["1,086萬人次"].metric == "口岸出入境旅客"


def test_an_industry_the_sentence_opens_with_qualifies_its_output(pipeline):
    # set 105: 钛及钛合金产业是我们的“王牌”,全年实现产值436亿元: the industry, the sentence's topic,
    # produced it (as 新能源产业实现产值… does); a zone as the topic does not (园区是…: the subject)
    got = [c.metric for c in pipeline.extract("钛及钛合金产业是我们的“王牌”,全年实现产值436亿元,占全区工业总产值的比重超过四分之一。").claims]
    assert got == ["钛及钛合金产业产值", "钛及钛合金产业产值占全区工业总产值比重"], got
    assert [c.metric for c in pipeline.extract("园区是我们的王牌,全年实现产值436亿元。").claims] == ["产值"]


def test_planned_total_investment_is_a_class_not_a_plan(pipeline):
    # set 106: 计划总投资10亿元以上项目19个 counts projects by their planned total, a fact of the
    # half-year (no target)
    doc = pipeline.extract("发布时间:2026-07-21\n\n上半年,全区在建计划总投资10亿元以上项目19个,较去年同期减少5个。")
    assert [(c.status, c.period) for c in doc.claims] == [("actual", "2026-01/2026-06")], doc.claims


def test_the_same_period_of_last_year_compared_with_dates_no_later_figure(pipeline):
    # set 106: 主要受2025年同期高基数影响;固定资产投资增长5.1%: the base of a comparison, in a clause
    # of its own, is not the period the next figure is of
    doc = pipeline.extract("发布时间:2026-07-15\n2026年上半年,全区规上工业增加值下降3.2%,主要受2025年同期高基数影响;"
                           "固定资产投资增长5.1%。")
    assert [c.period for c in doc.claims] == ["2026-01/2026-06", "2026-01/2026-06"], doc.claims


def test_a_place_crossed_to_is_no_subject(pipeline):
    # set 106: 出入境澳门单牌车 counts cars crossing to Macao at the zone's port, not Macao's figure
    doc = pipeline.extract("2026年上半年,合作区口岸出入境澳门单牌车62.4万辆次。")
    assert [c.subject_text for c in doc.claims] != ["澳门"] and len(doc.claims) == 1, doc.claims


def test_a_quarter_still_to_come_is_of_the_year_the_paragraph_reported(pipeline):
    # set 104: on a page of February 2026, 去年全年營業額…。其中第4季營業額… is the fourth quarter
    # of 2025 (Taiwan's 第4季 as much as 第四季度), not of 2026
    text = _heldout_page("h312")
    doc = pipeline.extract(text)
    quarter = next(c for c in doc.claims if c.value_start is not None and text[c.value_start:c.value_end] == "5,126億元")
    assert quarter.period == "2025-10/2025-12", quarter
    # a quarter already begun on the page's date stays the page's year
    doc = pipeline.extract("2026/05/11\n\n竹科去年全年營業額達1兆元。其中第1季營業額2,100億元。")
    assert [c.period for c in doc.claims] == ["2025", "2026-01/2026-03"], doc.claims


def test_a_partner_listed_after_lianhe_is_no_subject(pipeline):
    # set 105: 我们联合西北工业大学、宝钛集团等单位建成…: the partners a zone works with, a university
    # first, are not whose figures these are (the list is governed by 联合 as a whole)
    doc = pipeline.extract("宝鸡高新区党工委书记贺建峰:我们联合西北工业大学、宝钛集团等单位建成十余个中试平台,"
                           "全年技术合同成交额达96.8亿元。")
    assert doc.claims and all(c.subject_text != "宝钛集团" for c in doc.claims), doc.claims


def test_land_newly_granted_and_the_total_area_of_those_lots(pipeline):
    # set 105: 新批出3幅用地 counts lots granted (批出, a flow); 总面积 after it is those new lots'
    # area; after 建成 (a stock built) the total is the stock's (建成海外仓9个,总面积 → 海外仓总面积)
    doc = pipeline.extract("2026年1月5日\n元朗创新园去年新批出3幅用地,总面积约2.4公顷,供先进制造业企业兴建厂房。")
    assert [(c.metric, c.period) for c in doc.claims] == [("新批出用地", "2025"), ("新批出用地总面积", "2025")], doc.claims
    doc = pipeline.extract("2025年,园区建成海外仓9个,总面积约5.6万平方米。")
    assert [c.metric for c in doc.claims] == ["建成海外仓", "海外仓总面积"], doc.claims


def test_a_lead_over_a_named_citys_whole_keeps_the_city(pipeline):
    # set 108: 增速高于东莞全市3.1个百分点: the city named before 全市 is part of the whole compared with
    doc = pipeline.extract("首三季,松山湖高新区规模以上工业增加值按年增长8.7%,增速高于东莞全市3.1个百分点;")
    assert [c.metric for c in doc.claims][-1] == "规模以上工业增加值增速高于东莞全市", doc.claims
    assert all(c.subject == "松山湖高新区" for c in doc.claims), doc.claims


def test_ranks_kept_and_ranks_shared_out_by_fenbie(pipeline):
    # set 108: 保持全市第一 ranks as 居 does; the segmenter's 率|居 glued is cut back (人才净流入率);
    # 合肥高新区、芜湖高新区分别排名全国第6位、第31位: each zone its own rank
    got = [c.metric for c in pipeline.extract("2026年,我区人才净流入率保持全市第一。").claims]
    assert got == ["人才净流入率全市排名"], got
    got = [c.metric for c in pipeline.extract("2026年,我区人才净流入率居全市第一。").claims]
    assert got == ["人才净流入率全市排名"], got
    doc = pipeline.extract("在科技部2026年度国家高新区综合评价中,合肥高新区、芜湖高新区分别排名全国第6位、第31位。")
    assert [(c.subject, c.value) for c in doc.claims] == [("合肥高新区", 6), ("芜湖高新区", 31)], doc.claims


def test_an_industry_opening_its_sentence_before_what_drove_it(pipeline):
    # set 107: 积体电路产业受惠于…需求强劲,营业额年增22.4%: the industry's turnover grew
    doc = pipeline.extract("2026年11月18日\n今年前三季积体电路产业受惠于AI晶片需求强劲,营业额年增22.4%;"
                           "光电产业受面板价格走低影响,营业额年减3.7%。")
    assert [c.metric for c in doc.claims] == ["积体电路产业营业额", "光电产业营业额"], doc.claims


def test_a_change_after_a_bracketed_part_is_the_levels_before_it(pipeline):
    # set 107: 人数为52386人(其中外籍专业人员1,026人),比去年9月底增加1,274人: the whole grew
    doc = pipeline.extract("2026年11月18日\n截至9月底,中科从业员工人数为52386人(其中外籍专业人员1,026人),比去年9月底增加1,274人;")
    assert [(c.metric, c.change.value if c.change else None) for c in doc.claims] == [
        ("从业员工人数", 1274), ("外籍专业人员", None)], doc.claims


def test_a_company_after_its_incubator_and_class_is_the_subject(pipeline):
    # set 107: 中心在孵企业某某有限公司今年完成A轮融资…: the incubatee's own figures
    doc = pipeline.extract("潍坊高新区创业服务中心是全区首家国家级孵化器。截至10月底,该中心在孵企业186家。"
                           "中心在孵企业山东启辰智能装备有限公司今年完成A轮融资5000万元。")
    assert doc.claims[-1].subject == "山东启辰智能装备有限公司", doc.claims


def test_a_class_of_firms_having_and_a_list_after_an_incubation_noun(pipeline):
    # set 107: 在孵企业拥有有效发明专利1420件 (the class's patents); 孵化载体19家、在孵企业697家 (孵化
    # opens a noun: the second item takes no verb from it)
    got = [c.metric for c in pipeline.extract("截至10月底,在孵企业拥有有效发明专利1420件,同比增长18.2%。").claims]
    assert got == ["在孵企业有效发明专利"], got
    got = [c.metric for c in pipeline.extract("截至10月底,该区拥有孵化载体19家、在孵企业697家。").claims]
    assert got == ["孵化载体", "在孵企业"], got


def test_the_level_compared_with_is_a_claim_of_its_own_time(pipeline):
    # set 107: 可望突破新台币1兆元,较去年全年的新台币8,702亿元成长约15%: the 8,702亿元 is 2025's, the
    # 15% the forecast's change; 比去年同期的… is the same months a year before
    text = "2026年11月18日\n陈建宏表示,预计中科今年全年营业额可望突破新台币1兆元,较去年全年的新台币8,702亿元成长约15%。"
    doc = pipeline.extract(text)
    got = [(c.period, c.status, text[c.value_start:c.value_end], c.change.basis if c.change else None) for c in doc.claims]
    assert got == [("2026", "forecast", "新台币1兆元", "since"), ("2025", "actual", "新台币8,702亿元", None)], got
    text = "2026年7月1日\n上半年园区营业收入达1200亿元,比去年同期的1000亿元增长20%。"
    got = [(c.period, c.change.basis if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("2026-01/2026-06", "yoy"), ("2025-01/2025-06", None)], got


def test_an_industry_listed_with_its_amount_alone_takes_its_siblings_measure(pipeline):
    # set 104: 积体电路产业营业额…;光电产业1,036亿元…;电脑及周边产业712亿元: each industry's turnover
    doc = pipeline.extract("依產業別觀察，去年積體電路產業營業額1兆5,218億元，年增21.4%，占園區總營業額82.4%；"
                           "光電產業1,036億元，年減6.8%，主因面板報價走弱；電腦及周邊產業712億元，年增3.1%。")
    assert [c.metric for c in doc.claims] == ["积体电路产业营业额", "积体电路产业营业额占园区总营业额",
                                             "光电产业营业额", "电脑及周边产业营业额"], doc.claims
    # (past a full stop the measure is not carried: a new sentence says what it measures)
    doc = pipeline.extract("全区电子信息产业产值320亿元。装备制造产业210亿元。")
    assert [c.metric for c in doc.claims][1] != "装备制造产业产值", doc.claims


def test_a_flow_verb_or_an_average_alone_measures_what_the_figure_before_did(pipeline):
    # set 106: 规上工业企业达到598家,上半年净增27家; 资助金额合共5,860万澳门元,平均每宗约63万澳门元
    got = [c.metric for c in pipeline.extract("截至6月底,全区规上工业企业达到598家,上半年净增27家。").claims]
    assert got == ["规上工业企业", "净增规上工业企业"], got
    got = [c.metric for c in pipeline.extract("資助申請93宗，資助金額合共5,860萬澳門元，平均每宗約63萬澳門元。").claims]
    assert got == ["资助申请", "资助金额", "平均每宗资助金额"], got
    # (the flow of the things, not of the stock; what was added, named after its size)
    got = [c.metric for c in pipeline.extract("全区燃料电池汽车保有量1286辆,今年新增386辆。").claims]
    assert got == ["燃料电池汽车保有量", "新增燃料电池汽车"], got
    got = [c.metric for c in pipeline.extract("香港科學園第三期擴建工程去年落成，為園區新增約7.4萬平方米的研發及辦公空間。").claims]
    assert got == ["新增研发及办公空间"], got
    # (a different unit is no figure of the same thing)
    got = [c.metric for c in pipeline.extract("全区营业收入达到598亿元,上半年新增27家。").claims]
    assert got[1] == "新增", got


def test_a_total_of_grants_is_a_report_not_a_policys_term(pipeline):
    # set 106: 补助金额合计214万元: summed, so paid; 给予奖励…最高300万元 stays a policy's term
    doc = pipeline.extract("2025年，另補助32家廠商辦理職務再設計，補助金額合計新臺幣214萬元，平均每案6.7萬元。")
    assert [c.metric for c in doc.claims] == ["补助金额", "平均每案补助金额"], doc.claims
    assert pipeline.extract("对认定的企业给予奖励，奖励金额最高300万元。").claims == []


def test_a_budget_for_grants_is_a_claim_not_a_policys_term(pipeline):
    # 编列, 投入, 下达 put a sum into a budget: what the budget holds is reported or targeted (sets 45,
    # 73, 91, 92), while the amount each one gets stays a policy's term
    doc = pipeline.extract("2026年，產業園區管理局將編列補助經費3.2億元，目標獲補助廠商達200家以上。")
    assert [(c.metric, c.value, c.status) for c in doc.claims][0] == ("补助经费", 320_000_000, "target"), doc.claims
    doc = pipeline.extract("2026年，區內設置補助預算編列新臺幣1.5億元。")
    assert [(c.metric, c.value, c.unit) for c in doc.claims] == [("设置补助预算", 150_000_000, "TWD")], doc.claims
    assert pipeline.extract("对新认定的企业给予补助，每家最高20万元。").claims == []


def test_the_members_of_a_set_counted_are_named_after_the_number(pipeline):
    # set 105: 园区公司中有20间已成为…的独角兽企业; 员工中有185人是注册志愿者
    got = [c.metric for c in pipeline.extract("截至去年底，園區公司中有２０間已成為估值逾10億美元的獨角獸企業；").claims]
    assert got == ["独角兽企业"], got
    got = [c.metric for c in pipeline.extract("員工中有185人是註冊志願者。").claims]
    assert got == ["注册志愿者"], got


def test_an_industry_before_a_flow_verb_is_part_of_the_metric(pipeline):
    # set 106: 文旅会展商贸产业接待旅客486万人次
    got = [c.metric for c in pipeline.extract("上半年，文旅會展商貿產業接待旅客486萬人次。").claims]
    assert got == ["文旅会展商贸产业接待旅客"], got


def test_a_rank_kept_in_its_scope_and_a_scope_before_the_ranking_word(pipeline):
    # 保持在全市第一; 营业收入全国排名第18位 (the segmenter's 排名第 hid 排名); a scope alone before 排名
    # after the ranking was named (在…综合评价中,高新区全国排名第18位)
    got = [c.metric for c in pipeline.extract("2025年，高新区人才净流入率保持在全市第一。").claims]
    assert got == ["人才净流入率全市排名"], got
    got = [c.metric for c in pipeline.extract("高新区营业收入全国排名第18位。").claims]
    assert got == ["营业收入全国排名"], got
    got = [c.metric for c in pipeline.extract("在2025年国家高新区综合评价中，高新区全国排名第18位。").claims]
    assert got == ["综合评价全国排名"], got


def test_the_set_a_subject_belongs_to_and_the_whole_of_a_share_are_not_subjects(pipeline):
    # set 43 (h129): 同属竹科的竹南园区…; set 30 (h90): 宜兰园区…营业额…,仅占竹科总营业额约0.7%
    doc = pipeline.extract("同屬竹科的竹南園區2025年營業額新臺幣2,155億元，年減4.3%。")
    assert [c.subject for c in doc.claims] == ["竹南园区"], doc.claims
    doc = pipeline.extract("宜蘭園區114年營業額新臺幣126.5億元，年增7.6%，僅占竹科總營業額約0.7%。")
    assert [c.subject for c in doc.claims] == ["宜兰园区", "宜兰园区"], doc.claims


def test_a_paragraph_opening_with_an_aspect_goes_on_with_the_period_before(pipeline):
    # set 110: 上半年,…。\n税收方面,…完成税收收入158.7亿元: the half year's, as the paragraph before
    text = ("2026年07月29日\n上半年，宁波高新区实现规上工业总产值612.3亿元，同比增长9.6%。\n\n"
            "税收方面，宁波经济技术开发区完成税收收入158.7亿元，同比增长5.2%。")
    assert [c.period for c in pipeline.extract(text).claims] == ["2026-01/2026-06"] * 2
    # (a paragraph that opens otherwise dates nothing from the one before)
    text = ("2026年07月29日\n上半年，宁波高新区实现规上工业总产值612.3亿元。\n\n"
            "宁波经济技术开发区完成税收收入158.7亿元。")
    assert pipeline.extract(text).claims[1].period != "2026-01/2026-06"


def test_a_cyberports_counts_are_its_own_and_a_cause_names_no_subject(pipeline):
    # sets 9 and 110: 数码港 is a zone by its name alone; its 社群公司 counted are no company's name;
    # set 109: 受面板报价疲软及美国关税影响: what affected the figures, not whose
    doc = pipeline.extract("2026年10月8日\n截至今年9月底，數碼港共有社群公司逾2,100間，其中初創企業約1,050家。")
    assert [(c.subject, c.metric) for c in doc.claims] == [("数码港", "社群公司"), ("数码港", "初创企业")], doc.claims
    doc = pipeline.extract("南部科學園區今年前三季營業額達新臺幣1兆2,386億元。"
                           "光電產業受面板報價疲軟及美國關稅影響，營業額1,203.5億元，年減6.8%。")
    assert [c.subject for c in doc.claims] == ["南部科学园区", "南部科学园区"], doc.claims


def test_a_rank_after_its_verb_and_scope_is_of_the_sentences_figure(pipeline):
    # set 109: 营业额达…,年增18.7%,创历年同期新高,仅次于竹科,居全台三大科学园区第二
    doc = pipeline.extract("南科營業額達新臺幣1兆2,386.4億元，年增18.7%，創歷年同期新高，僅次於竹科，居全臺三大科學園區第二。")
    assert [c.metric for c in doc.claims] == ["营业额", "营业额全台三大科学园区排名"], doc.claims


def test_projects_funded_are_counted_by_the_funding_verb(pipeline):
    # set 110: 数码港今年透过创意微型基金资助156个项目
    got = [c.metric for c in pipeline.extract("2026年，數碼港今年透過創意微型基金資助156個項目。").claims]
    assert got == ["资助项目"], got


def test_a_figure_some_years_ago_repeats_the_measure_before_it(pipeline):
    # set 109: 三年前我们只有80多人: N年前 dates the figure; 而/只有/仅为 before a figure repeat the measure
    doc = pipeline.extract("2026年5月1日 公司营收达10亿元，而三年前只有2亿元。")
    assert [(c.metric, c.period) for c in doc.claims] == [("公司营收", "2026"), ("公司营收", "2023")], doc.claims
    doc = pipeline.extract("2026年5月1日 2026年，公司营收达10亿元，去年仅为3亿元。")
    assert [(c.metric, c.period) for c in doc.claims] == [("营收", "2026"), ("营收", "2025")], doc.claims


def test_a_verb_that_holds_a_share_is_no_part_of_its_whole(pipeline):
    # set 30: 占一般公共预算支出的比重保持在八成左右; set 46: 占全区的比重稳定在85%以上
    doc = pipeline.extract("2026年，民生支出占一般公共预算支出的比重保持在八成左右。")
    assert [c.metric for c in doc.claims] == ["民生支出占一般公共预算支出比重"], doc.claims
    doc = pipeline.extract("力争到2027年，开发区规上工业总产值占全区的比重稳定在85%以上。")
    assert [c.metric for c in doc.claims] == ["规上工业总产值占全区比重"], doc.claims


def test_firms_bred_are_counted_and_a_class_of_firms_grown_to_a_count_is_no_company(pipeline):
    # set 9: 数码港社群公司增至3,000间,…并再孕育2家独角兽企业: 孕育 counts what the zone bred, and
    # 社群公司 before 增至 and a count is a class of firms, not a company named 数码港社群公司
    doc = pipeline.extract("到2027年，數碼港社群公司增至3,000間，當中初創企業1,500家，並再孕育2家獨角獸企業；")
    assert [(c.subject, c.metric) for c in doc.claims] == [
        ("数码港", "社群公司"), ("数码港", "初创企业"), ("数码港", "孕育独角兽企业")], doc.claims
    assert not [e for e in doc.entities if e.label == "ORG"], doc.entities


def test_a_zones_official_name_and_brand_are_the_zone_the_page_names(pipeline):
    # set 112: 武汉东湖新技术开发区 in the banner, 中国光谷 its brand, 东湖高新区 in the title and body
    text = ("中国光谷　武汉东湖新技术开发区\n首页 | 政务公开\n\n2027年东湖高新区工作报告（摘编）\n\n"
            "2026年，全区上下牢记“中国光谷”使命担当，地区生产总值达3300亿元，同比增长7.5%。"
            "东湖高新区全年新增高新技术企业1200家。全区技术合同成交额突破1500亿元。")
    doc = pipeline.extract(text)
    assert {c.subject for c in doc.claims} == {"东湖高新区"}, doc.claims
    assert ("ZONE", "中国光谷") in {(e.label, e.text) for e in doc.entities}, doc.entities


def test_a_taiwan_industrial_park_is_cited_by_its_full_name(pipeline):
    # sets 83, 94 and 112: 屏東園區 on a page that writes 屏東科技產業園區: the park's full name
    text = ("屏東科技產業園區前三季貿易額年增逾12%\n2026-11-18 經濟日報\n"
            "其中，屏東科技產業園區前三季貿易額為新臺幣318.6億元，年增12.4%。"
            "屏東園區前三季出口值新臺幣246.7億元，年增15.1%。屏東園區今年1至10月新增投資案21件。")
    assert {c.subject for c in pipeline.extract(text).claims} == {"屏东科技产业园区"}


def test_a_zone_opening_a_sentence_after_zai_is_its_subject(pipeline):
    # set 111: 在新川创新科技园,1—11月新开工项目12个: the park the figures are of
    doc = pipeline.extract("成都高新区1—11月实现营业收入2.6万亿元。在新川创新科技园,1—11月新开工项目12个,总建筑面积65万平方米。")
    assert [c.subject for c in doc.claims] == ["成都高新区", "新川创新科技园", "新川创新科技园"], doc.claims
    # (not a place to which something goes: 在园区追加投资)


def test_people_counted_give_no_owner_to_an_area_and_a_list_of_counts_keeps_its_items_apart(pipeline):
    # set 112: 从业员工合计近10万人、总面积逾600公顷; 可再容纳约30家厂商、新增就业逾3,000人
    doc = pipeline.extract("2026年，园区从业员工合计近10万人，总面积逾600公顷。")
    assert [c.metric for c in doc.claims] == ["从业员工", "总面积"], doc.claims
    doc = pipeline.extract("2026年，园区可再容纳约30家厂商、新增就业逾3,000人。")
    assert [c.metric for c in doc.claims] == ["容纳厂商", "新增就业"], doc.claims


def test_a_bracketed_year_and_a_part_row_of_a_table(pipeline):
    # set 112: 明（２０２７）年…目标; a table row 其中：税收收入 is the part's own name
    doc = pipeline.extract("2026-11-18 林志成說，明（２０２７）年屏東園區貿易額目標力拚突破新臺幣450億元。")
    assert [(c.period, c.status) for c in doc.claims] == [("2027", "target")], doc.claims
    doc = pipeline.extract("2026年1—11月滨海高新区主要经济指标\n指标 | 单位 | 1—11月 | 同比增长(%)\n"
                           "一般公共预算收入 | 万元 | 1562300 | 4.1\n其中：税收收入 | 万元 | 1047212 | 5.3\n")
    assert [c.metric for c in doc.claims] == ["一般公共预算收入", "税收收入"], doc.claims


def test_the_kinds_a_total_includes_are_counted_and_bodies_by_their_deed(pipeline):
    # set 113: 包括…14间大学及研究机构、16家…企业及12间初创企业: the parts of the count before, each
    # reported; 42间机构签约进驻: bodies counted by what they did (a bare 机构, so no 的)
    doc = pipeline.extract("截至本月中已有42間機構簽約進駐，當中包括香港中文大學等14間大學及研究機構、"
                           "16家海內外科技企業及12間初創企業，出租率約七成。")
    got = [(c.metric, c.value) for c in doc.claims]
    assert got == [("签约进驻机构", 42), ("大学及研究机构", 14), ("海内外科技企业", 16), ("初创企业", 12),
                   ("出租率", 70)], got


def test_a_counting_verb_after_the_things_opens_the_metric_and_a_total_shares_as_the_things(pipeline):
    # sets 25 and 114: 高新技术企业净增682家 → 净增高新技术企业 (as 净增高新技术企业682家 would be);
    # 总数达到3816家,约占全市…总数的四成: the enterprises' share, not their total's
    doc = pipeline.extract("2026年,全区高新技术企业净增682家,总数达到3816家,约占全市高新技术企业总数的四成。"
                           "国家级专精特新“小巨人”企业去年新增6家。")
    assert [c.metric for c in doc.claims] == [
        "净增高新技术企业", "高新技术企业总数", "高新技术企业占全市高新技术企业总数",
        "新增国家级专精特新“小巨人”企业"], doc.claims
    # (a column of new ones in a table keeps its label: 公交车|当年新增)
    doc = pipeline.extract("2026年车辆情况\n车型 | 保有量(辆) | 当年新增(辆)\n公交车 | 1530 | 386\n物流车 | 2210 | 412\n")
    assert [c.metric for c in doc.claims][:2] == ["公交车保有量", "公交车当年新增车辆"], doc.claims


def test_a_value_topping_a_ranking_keeps_its_change_and_a_rank_among_things_counted(pipeline):
    # set 115: 營業額5,218億元居冠，年增3.1%: 居冠 remarks on the level (the top), which keeps its
    # growth; 在全臺62處工業區中排名第３: the figure before, ranked among the zones counted
    doc = pipeline.extract("115年上半年，彰濱工業區營業額5,218億元居冠，年增3.1%，在全臺62處工業區中排名第３。")
    got = [(c.metric, c.value, c.change.value if c.change else None) for c in doc.claims]
    assert got == [("营业额", 521800000000, Decimal("3.1")), ("营业额全台排名", 3, None)], got


def test_a_districts_page_whose_title_names_its_zone_in_brackets_stays_the_districts(pipeline):
    # set 116: 关于…浑南区(沈阳高新区)经济运行情况的通报: 全区 is the district the page is about, not
    # an article on the zone its title names in brackets
    doc = pipeline.extract("沈阳市浑南区人民政府\n关于二〇二六年上半年浑南区（沈阳高新区）经济运行情况的通报\n"
                           "发布机构：沈阳市浑南区统计局\n现将上半年浑南区经济运行情况通报如下：\n"
                           "上半年，全区实现地区生产总值586.4亿元，同比增长6.8%。浑南区新登记市场主体1.26万户。"
                           "浑南区技术合同成交额142.6亿元，浑南区有效高新技术企业2135家。")
    assert {c.subject for c in doc.claims} == {"浑南区"}, doc.claims


def test_a_table_of_values_in_each_rows_unit_and_a_growth_alone_in_its_row(pipeline):
    # set 116: 指标名称|单位|绝对值|同比增长(%): 绝对值 holds each row's value in its row's unit, for
    # the caption's period; a row with no value (—) reports its growth alone
    doc = pipeline.extract("2026年上半年浑南区主要经济指标\n指标名称 | 单位 | 绝对值 | 同比增长（%）\n"
                           "地区生产总值 | 亿元 | 586.4 | 6.8\n规模以上工业增加值 | — | — | 9.3\n新登记市场主体 | 万户 | 1.26 | 8.7\n")
    got = [(c.metric, c.value, c.unit, c.change.value, c.period) for c in doc.claims]
    assert got == [("地区生产总值", 58640000000, "CNY", Decimal("6.8"), "2026-01/2026-06"),
                   ("规模以上工业增加值", None, None, Decimal("9.3"), "2026-01/2026-06"),
                   ("新登记市场主体", 12600, "户", Decimal("8.7"), "2026-01/2026-06")], got


def test_a_zone_and_its_district_named_as_one_are_the_one_the_page_writes_more(pipeline):
    # sets 110, 117 and 118: a title that names a zone and the district it is one with, one in
    # brackets after the other, reports for the one the page names more often (on a tie, the one
    # written first): 无锡高新区(新吴区) under a district's bureau whose sentences say 新吴区 is 新吴区's;
    # 株洲高新区(天元区) whose sentences name the zone is the zone's
    doc = pipeline.extract("无锡市新吴区人民政府\n发布机构：无锡市新吴区统计局\n2026年1—11月无锡高新区（新吴区）经济运行简况\n"
                           "1—11月，新吴区主要经济指标保持平稳增长态势。\n"
                           "1—11月，全区规模以上工业总产值4683.2亿元，同比增长7.4%。新吴区社会消费品零售总额586.2亿元。")
    assert {c.subject for c in doc.claims} == {"新吴区"}, doc.claims
    doc = pipeline.extract("2027年株洲高新区（天元区）政府工作报告\n株洲高新区管委会主任、天元区人民政府区长 周立新\n"
                           "2026年，株洲高新区经济运行稳中有进，全区实现地区生产总值812.6亿元，增长6.1%。"
                           "株洲高新区高新技术企业达到486家。")
    assert {c.subject for c in doc.claims} == {"株洲高新区"}, doc.claims
    doc = pipeline.extract("2027年广州市黄埔区（广州开发区）政府工作报告（摘要）\n"
                           "2026年，全区实现地区生产总值4,518.6亿元，增长6.2%。黄埔区高新技术企业达到3,120家。")
    assert {c.subject for c in doc.claims} == {"黄埔区"}, doc.claims
    # (a zone's short name in its brackets is one zone's name)
    doc = pipeline.extract("2027年杭州高新区（滨江）政府工作报告（摘编）\n2026年，全区实现地区生产总值2,386.5亿元，增长7.2%。")
    assert {c.subject for c in doc.claims} == {"杭州高新区(滨江)"}, doc.claims


def test_a_park_on_a_districts_page_and_an_airport_reporting_its_traffic(pipeline):
    # set 118: on a district's page, 园区 is the park its paragraph just named (深圳高新区南山园区),
    # not the district; an airport that reports its traffic is the subject of its figures, and
    # the page's zone (郑州航空港区, an airport economy zone) of the others
    doc = pipeline.extract("南山區前三季度GDP按年增長6.3%\n南山區前三季度地區生產總值按年增長6.3%。\n"
                           "南山的底氣，很大程度來自深圳高新區南山園區。目前，園區聚集各類企業逾2.3萬家。")
    got = [c.subject for c in doc.claims]
    assert got == ["南山区", "南山区", "深圳高新区南山园区"], doc.claims
    doc = pipeline.extract("今年1—11月，郑州机场完成货邮吞吐量96.8万吨，同比增长12.3%。"
                           "1—11月郑州航空港区完成进出口总值4,512.7亿元，同比增长8.4%。")
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("郑州机场", "货邮吞吐量"), ("郑州航空港区", "进出口总值")], got


def test_a_growth_on_a_comparable_scope_and_the_scope_of_a_listed_rank(pipeline):
    # sets 117 and 118: 同口径增长5.3%, 按自然口径增长3.6%: the level's growth, its basis unwritten
    # (no claim of its own on 同口径); 稳居全国第5位、中部地区第一: the same ranking in the scope the
    # list's next item writes (货运规模, the count its clause names, ranked: set 119's rule, as set
    # 118's gold has it)
    doc = pipeline.extract("1—10月，全区完成一般公共预算收入198.6亿元，同口径增长5.3%。2026年一般公共预算收入352.9亿元，按自然口径增长3.6%。")
    got = [(c.metric, c.value, c.change.value, c.change.basis) for c in doc.claims]
    assert got == [("一般公共预算收入", 19860000000, Decimal("5.3"), "unspecified"),
                   ("一般公共预算收入", 35290000000, Decimal("3.6"), "unspecified")], got
    doc = pipeline.extract("今年1—11月，郑州机场完成货邮吞吐量96.8万吨，货运规模稳居全国第5位、中部地区第一。")
    got = [(c.metric, c.value) for c in doc.claims]
    assert got == [("货邮吞吐量", 968000), ("货运规模全国排名", 5), ("货运规模中部地区排名", 1)], got


def test_projects_of_a_place_outside_the_mainland_are_counted_not_the_subject(pipeline):
    # set 117: 其中澳門項目１３１個 counts Macao's projects in the base's portfolio (the base is the
    # subject), as 澳门企业 and 香港资金 count firms and capital of those places
    doc = pipeline.extract("目前，青創基地已累計孵化港澳項目２１６個，其中澳門項目１３１個，帶動就業逾1,500人。")
    got = [(c.subject, c.metric, c.value) for c in doc.claims]
    assert got == [("青创基地", "累计孵化港澳项目", 216), ("青创基地", "澳门项目", 131), ("青创基地", "带动就业", 1500)], got


def test_the_same_period_goes_back_past_a_count_at_a_point_in_time(pipeline):
    # set 118: 同期 is the period of the flows named last (1—11月), not 目前's year; a short name
    # of the page's zone (航空港区) cites the zone as the page writes it; the cities a route goes
    # to (至布达佩斯) are where, not whose
    doc = pipeline.extract("2026-12-12 郑州航空港区经济运行稳中向好。\n"
                           "1—11月，临空生物医药园实现产值312.6亿元，同比增长17.8%；目前园区已集聚生物医药企业142家。"
                           "同期，全区新能源汽车产量38.2万辆，同比增长1.2倍。\n"
                           "今年以来，航空港区新开通至布达佩斯、利雅得等国际货运航线6条。")
    got = [(c.metric, c.period) for c in doc.claims]
    assert got == [("产值", "2026-01/2026-11"), ("生物医药企业", "2026"), ("新能源汽车产量", "2026-01/2026-11"),
                   ("新开通国际货运航线", "2026")], got
    assert doc.claims[-1].subject == "郑州航空港区", doc.claims[-1]


def test_a_zones_park_its_paragraph_named_and_firms_from_another_city(pipeline):
    # set 120: on 哈尔滨新区's page 园区 is the park its paragraph just named (深哈产业园); 其中深圳
    # 企业投资项目 counts the projects of firms from Shenzhen, the park's (深圳 in the metric)
    doc = pipeline.extract("2026-12-15 哈尔滨新区经济运行。\n1—11月，新区对俄进出口额达168.4亿元。\n"
                           "深圳(哈尔滨)产业园区(以下简称深哈产业园)今年新签约项目37个，其中深圳企业投资项目24个。"
                           "截至11月底，深哈产业园累计注册企业1,126家，其中深圳上市企业达到十二家；园区规划面积26平方公里。")
    got = [(c.subject, c.metric) for c in doc.claims]
    assert got == [("哈尔滨新区", "对俄进出口额"), ("深哈产业园", "新签约项目"), ("深哈产业园", "深圳企业投资项目"),
                   ("深哈产业园", "累计注册企业"), ("深哈产业园", "深圳上市企业"), ("深哈产业园", "规划面积")], got


def test_a_place_where_a_park_lies_a_conversion_with_its_bound_and_a_level_past_a_bound(pipeline):
    # set 120: 位于落马洲河套地区的港深创新及科技园: the park is the subject, not where it lies;
    # 折合约40.2亿美元 converts the amount before it (the growth after the bracket is that one's);
    # 增长8%以上,力争突破1,400亿元: the level the growth reaches, one target
    doc = pipeline.extract("香港园区方面，位于落马洲河套地区的港深创新及科技园第一期共8座楼宇。")
    assert [c.subject for c in doc.claims] == ["港深创新及科技园"], doc.claims
    doc = pipeline.extract("2026年，全区对东盟进出口286.4亿元(折合约40.2亿美元)，增长15.2%。")
    got = [(c.metric, c.value, c.qualifier, c.change.value if c.change else None) for c in doc.claims]
    assert got == [("对东盟进出口", 28640000000, "exact", Decimal("15.2")),
                   ("对东盟进出口", 4020000000, "approx", None)], got
    doc = pipeline.extract("2027年主要预期目标：规上工业总产值增长8%以上，力争突破1,400亿元。")
    got = [(c.metric, c.value, c.change.value, c.status) for c in doc.claims]
    assert got == [("规上工业总产值", 140000000000, Decimal("8"), "target")], got


def test_the_figures_of_a_reports_section_of_plans_are_targets(pipeline):
    # set 120 (and 6, 25, 106): 二、2027年工作计划 / (二)重点任务 / 2.壮大创新主体。新培育…企业5家以上:
    # plans though no cue is in the sentence; not under 一、2026年工作总结 nor 三、奖励安排
    text = ("南宁高新区2026年工作总结和2027年工作计划\n2027-01-06\n\n一、2026年工作总结\n\n全年新增科技企业孵化器3家。\n\n"
            "二、2027年工作计划\n\n(二)重点任务\n\n2.壮大创新主体。新培育国家级专精特新“小巨人”企业5家以上，新增科技企业孵化器2家。\n\n"
            "三、奖励安排\n\n省科技厅安排奖励资金1200万元。")
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("新增科技企业孵化器", "actual"), ("新培育国家级专精特新“小巨人”企业", "target"),
                   ("新增科技企业孵化器", "target"), ("奖励资金", "actual")], got


def test_a_rank_naming_a_class_of_firms_and_a_rank_of_the_count_the_clause_names(pipeline):
    # set 119 (and 118): 其中世界500强企业78家 counts a class of firms (no rank of 500); 日资企业数量
    # 居全市第一 ranks the count its clause names, not the figure before it (韩资企业215家);
    # 数量连续五年居全市第一 the count of the figure before
    doc = pipeline.extract("截至9月底，全区累计引进跨国公司486家，其中世界500强企业78家。"
                           "区内现有日资企业612家、韩资企业215家，日资企业数量居全市第一。"
                           "全区有效国家高新技术企业2318家，数量连续五年居全市第一。")
    got = [(c.metric, c.value) for c in doc.claims]
    assert got == [("累计引进跨国公司", 486), ("世界500强企业", 78), ("日资企业", 612), ("韩资企业", 215),
                   ("日资企业数量全市排名", 1), ("有效国家高新技术企业", 2318),
                   ("有效国家高新技术企业数量全市排名", 1)], got


def test_growth_rates_of_taiwans_releases_and_a_level_of_the_same_months_a_year_before(pipeline):
    # set 119 (and 114): 年增率17.6%, 月增率5.3% are the changes of the amount before; 较114年同期的
    # 1兆1,249亿元成长14.2%: the level of 114年's same months is a claim of its own, the growth the
    # level's before it; 同比多5个, a count more than a year before
    doc = pipeline.extract("發布日期：115-11-26\n竹科115年1至10月營業額達新臺幣1兆2,846億元，較114年同期的1兆1,249億元成長14.2%。"
                           "積體電路產業營業額新臺幣9,875億元，年增率17.6%；10月單月營業額新臺幣1,402億元，月增率5.3%。")
    got = [(c.metric, c.period, c.change.basis if c.change else None) for c in doc.claims]
    assert got == [("营业额", "2026-01/2026-10", "yoy"), ("营业额", "2025-01/2025-10", None),
                   ("积体电路产业营业额", "2026-01/2026-10", "yoy"), ("营业额", "2026-10", "mom")], got
    doc = pipeline.extract("1—9月，新增获批三类创新医疗器械注册证14个，同比多5个。")
    got = [(c.value, c.change.value, c.change.basis) for c in doc.claims]
    assert got == [(14, 5, "yoy")], got


def test_the_items_of_a_bulleted_list_its_lead_announces(pipeline):
    # set 119: …规模达到4126亿元。其中:\n▶ 集成电路:产业规模…\n▶ 生物医药:产业规模…: each item goes on
    # with the lead's period, and its label names the industry of 产业规模; a bulleted list no lead
    # announces keeps its own (no) period
    text = ("2026-10-21 张江发布\n前三季度，张江科学城三大先导产业规模达到4126亿元。其中：\n"
            "▶ 集成电路：产业规模1958亿元，同比增长13.8%；\n▶ 生物医药：产业规模1312亿元，同比增长7.2%；\n")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == [("三大先导产业规模", "2026-01/2026-09"), ("集成电路产业规模", "2026-01/2026-09"),
                   ("生物医药产业规模", "2026-01/2026-09")], got
    text = "2026-10-21 张江发布\n前三季度，张江科学城三大先导产业规模达到4126亿元。\n\n▶ 生物医药：产业规模1312亿元。\n"
    assert [c.period for c in pipeline.extract(text).claims] == ["2026-01/2026-09", None]


def test_who_the_figures_of_sets_121_and_122_are_of(pipeline):
    # A university or laboratory that opens its clause is the subject of what it did in the zone
    # (not a source that opens a sentence whose figures come in a later clause); a place opening a
    # quoted name (「澳门新街坊」) is no subject; 经 before a port is the way through; a zone's
    # numbered park (楠梓第三园区) is not the zone's short name (楠梓园区).
    text = ("西安高新区2026年实现营业收入1万亿元。西安交通大学全年在区内转化科技成果326项、孵化企业148家;"
            "西北工业大学转化成果112项。内政部建筑研究所今日发布统计,园区取得标章的建筑物累计达186件。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert got[1:4] == [("西安交通大学", "转化科技成果"), ("西安交通大学", "孵化企业"), ("西北工业大学", "转化成果")], got
    assert got[4][0] == "西安高新区", got
    text = ("横琴粤澳深度合作区澳资企业逾7100家\n\n截至今年11月底,合作区实有澳资企业7,126家。"
            "民生配套方面,「澳门新街坊」共有住宅4,000套。今年1至11月,经横琴口岸出入境旅客达1,628.5万人次。")
    got = [(c.subject, c.subject_text) for c in pipeline.extract(text).claims]
    assert got[2][0] == "横琴粤澳深度合作区" and got[3] == ("横琴口岸", "横琴口岸"), got
    text = ("楠梓科技产业园区1至11月出口值168亿美元。楠梓园区进驻厂商逾120家。"
            "目前楠梓第三园区开发面积约29.8公顷,公共工程进度已达75%。")
    got = [c.subject for c in pipeline.extract(text).claims]
    assert got[-2:] == ["楠梓第三园区", "楠梓第三园区"], got


def test_residents_of_a_place_do_not_make_it_the_page_s_subject(pipeline):
    # set 121: a Macao paper's feature on the Hengqin zone names 澳门 most often, but as where
    # residents, families and students come from (澳门居民, 澳门家庭): the zone is the page's
    # subject; a site's menu with a PDF版 item is still its menu (the paper's name above it is no
    # title)
    text = ("澳门日报电子版\n2026年12月20日 星期日\n首页 | 版面导航 | 上一版 | 下一版 | PDF版\n第A04版:澳闻\n\n"
            "合作区澳资企业逾7100家\n\n【本报讯】横琴粤澳深度合作区(下称「合作区」)挂牌运作已满五年。"
            "目前,在合作区居住的澳门居民达16,890人;在合作区就业的澳门居民6,420人。已有2,386户澳门家庭入住。"
            "目前在区内就读的澳门学生约1,460人。今年合作区新认定国家高新技术企业86家。")
    got = {c.subject for c in pipeline.extract(text).claims}
    assert got == {"横琴粤澳深度合作区"}, got


def test_a_programme_s_years_and_the_three_sectors_are_no_quantities(pipeline):
    # set 122: “产业强区”三年行动 names a programme, 三次产业 the three sectors; 用三年时间 is a duration
    texts = [q.text for q in pipeline.extract("扎实推进“产业强区”三年行动。三次产业结构为0.1:32.8:67.1。用三年时间完成改造。").quantities]
    assert texts == ["三年"], texts


def test_a_having_verb_inside_a_word_stays_in_the_metric(pipeline):
    # set 122: 净增 after 有效高新技术企业 counts those firms (not 效高新技术企业: 有效 is a word); bare
    # right after the count, it is the count's change (as set 122's gold has it)
    got = [c.metric for c in pipeline.extract("截至2026年底,全区有效高新技术企业1132家,上半年净增156家。").claims]
    assert got == ["有效高新技术企业", "净增有效高新技术企业"], got


@pytest.mark.parametrize(("text", "expected"), [
    # a share of the part named in the claim before (竹科营业额占比…,中科、南科分别占…) is named once
    ("竹科營業額占比40.2%，中科、南科分別占27.4%及32.4%。", ["营业额占比"] * 3),
    ("竹科營業額占40.2%，中科、南科分別占27.4%及32.4%。", ["营业额占比"] * 3),
    # 2025年代偿率: 年代 is a decade only after a year ending in 0 (1990年代); 在研 is a word
    ("2026年1月 高新担保2025年代偿率为0.5%。园区在研一类新药47个。公司在研发投入8亿元。",
     ["代偿率", "在研一类新药", "研发投入"]),
    # an industry that opens its clause names whose output the bare 营业额 is, past the months
    # between them and past the clause of who reported it (管理局指出,…产业受惠于…,营业额…)
    ("2026-11-20 管理局指出，今年前三季積體電路產業受惠於AI晶片需求強勁，營業額年增22.4%。"
     "就產業別來看，積體電路產業1至10月營業額1兆1,230億元。",
     ["积体电路产业营业额", "积体电路产业营业额"]),
    # 政府性 is an adjective (a government's kind of guarantee), no government
    ("同期，枣庄市政府性融资担保在保余额为186.5亿元。", ["政府性融资担保在保余额"]),
    # a park's firms are whose figure it is (园区厂商研发支出), but not their staff (园区厂商员工子女),
    # nor their count (园区厂商家数)
    ("园区厂商研发支出1,468亿元。园区企业年用电量达15亿千瓦时。园区厂商员工子女142人。园区厂商家数为156家。",
     ["研发支出", "年用电量", "厂商员工子女", "厂商家数"]),
    # 培育计划 and 培育公司 are programmes and firms (培育 is a verb elsewhere); 汇聚 gathers as 集聚
    ("2027年2月5日\n首三季培育計劃畢業企業達128間。香港科學園及創新園共匯聚園區公司及培育公司約2,380家。",
     ["培育计划毕业企业", "园区公司及培育公司"]),
    # 五年存活率 names a rate, no duration; a bound before the number leaves the verb before it (引进)
    ("2027年2月5日\n畢業公司五年存活率約81%。力爭引進不少於30家海外及內地策略企業。",
     ["毕业公司五年存活率", "引进海外及内地策略企业"]),
    # firms counted by settling in (落户, 入库, 上市) are named by it, and what they bring
    # (涉及投资额) is theirs; a total after a count of investment cases is theirs
    ("2027年2月5日\n元朗創新園已有9家半導體企業落戶，涉及投資額約8億港元。前三季新增核准投資案7件，投資金額超過新臺幣480億元。",
     ["落户半导体企业", "落户半导体企业投资额", "新增核准投资案", "新增核准投资案投资金额"]),
    # 把…提升至约: the level reached, its qualifier glued to 至 by the segmenter
    ("2027年2月5日\n力争到2028年把高新技术企业数量提升至约500家。", ["高新技术企业数量"]),
    # set 123: a place's average compared with (高于青岛市平均水平); the clause that names what met
    # its target (规上工业营业收入完成年度目标的103.2%); a flow verb shared by list items past a
    # count's bound (新增…150家以上、…500家以上)
    ("2027-02-10 全区全年实现地区生产总值486.2亿元，地区生产总值增速高于青岛市平均水平0.9个百分点，"
     "规上工业营业收入完成年度目标的103.2%。新增国家高新技术企业150家以上、科技型中小企业500家以上。",
     ["地区生产总值", "地区生产总值增速高于青岛市平均水平", "规上工业营业收入完成年度目标",
      "新增国家高新技术企业", "新增科技型中小企业"]),
    # 估 and 挑战 before a figure are its forecast and its target, no part of the metric
    ("2026-11-10 中科前三季營業額7,512億元。第四季營業額估約2,950億元。116年目標為營業額挑戰1.2兆元。",
     ["营业额", "营业额", "营业额"]),
])
def test_metric_boundaries_of_older_sets_and_of_sets_123_124(pipeline, text, expected):
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == expected, got


def test_a_park_s_firms_as_partners_stay_in_the_metric(pipeline):
    # 与园区厂商合作案: the firms are who the projects were with, not whose figure it is (厂商 stays)
    got = [c.metric for c in pipeline.extract("研究院与园区厂商合作案达63件。").claims]
    assert len(got) == 1 and got[0].endswith("厂商合作案"), got


@pytest.mark.parametrize(("text", "expected"), [
    # set 123: 1—12月 on a page of January is the year just ended (not months to come), and an
    # industry's 全年 is the claim's period, no part of its metric
    ("发布时间：2027-01-26\n2026年，全区经济稳中有进。1—12月，合肥高新区实现地区生产总值1486.3亿元。"
     "分产业看，人工智能产业全年营业收入826.4亿元。",
     [("地区生产总值", "2026-01/2026-12"), ("人工智能产业营业收入", "2026")]),
    # …but a quarter on a page of February may be forecast (一季度…预计增长): this year's
    ("发布时间：2026-02-12\n据初步测算，一季度全省开发区规上工业增加值预计增长6.5%左右。",
     [("规上工业增加值", "2026-01/2026-03")]),
    # set 124: a page that counts quarters by the financial year (2026/27年度首三季) goes on so; 期内
    # is that period; 2026/27全年 is the financial year
    ("2027年2月5日\n科技園公司今日公布2026/27年度首三季營運數據。園區公司首三季融資總額約246億港元。"
     "期內新加入各項培育計劃的初創企業共213間。我們預計，2026/27全年園區公司融資總額將超過320億港元。",
     [("融资总额", "2026-04/2026-12"), ("新加入各项培育计划的初创企业", "2026-04/2026-12"),
      ("公司融资总额", "2026-04/2027-03")]),
])
def test_periods_of_sets_123_and_124(pipeline, text, expected):
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == expected, got


def test_a_financial_year_named_alone_does_not_make_quarters_fiscal(pipeline):
    # set 9: 2024/25財政年度(截至今年3月) named once; 首三季 later is the calendar's
    text = "2025-11-02\n在2024/25財政年度（截至今年3月），數碼港公司增至2,200家。首三季，數碼港企業內地業務合約總額約23億元人民幣。"
    assert [c.period for c in pipeline.extract(text).claims][-1] == "2025-01/2025-09"


def test_a_change_after_what_the_counted_did_is_the_count_s(pipeline):
    # set 124: 11家园区公司在香港交易所上市,较上年度同期多4家: the count grew, no claim of its own
    doc = pipeline.extract("2027年2月5日\n期內共有11家園區公司在香港交易所或海外市場上市，較上年度同期多4家。")
    got = [(c.value, c.change.value if c.change else None) for c in doc.claims]
    assert got == [(D(11), D(4))], got


def test_subjects_and_shares_of_set_124(pipeline):
    # a share after the semicolon that ends its level's sentence is the level's (占全市比重达31.4%);
    # 区内 is within the zone its sentence named (独墅湖科教创新区…,区内在校生…); 纳米城 heads a park;
    # a rank among zones counted (在全国178家国家高新区中位列第11位) ranks what is named before 在
    text = ("2027-01-18 2026年园区实际使用外资21.8亿美元，同比增长12.6%，增速高于全市平均水平5.1个百分点；"
            "占全市比重达31.4%。苏州纳米城去年新入驻企业68家。独墅湖科教创新区新引进高端研发机构11家，"
            "区内在校生规模约9.6万人。高新区综合实力在全国178家国家高新区中位列第11位。")
    got = [(c.subject, c.metric) for c in pipeline.extract(text).claims]
    assert [m for _s, m in got[2:]] == ["实际使用外资占全市比重", "新入驻企业", "新引进高端研发机构", "在校生规模",
                                        "综合实力全国排名"], got
    assert [s for s, _m in got[3:6]] == ["苏州纳米城", "独墅湖科教创新区", "独墅湖科教创新区"], got


def test_a_plan_s_baseline_year_is_a_fact(pipeline):
    # set 124: under 二、发展目标, 2026年,…;国家高新技术企业达到5120家 on a page of 2027 is the
    # year before the plan, a fact; 到2029年…达到6500家 is its target
    text = ("发布日期：2027-03-05\n二、发展目标\n2026年，高新区实现营业收入6180亿元；国家高新技术企业达到5120家。"
            "到2029年，国家高新技术企业达到6500家；新建科技企业孵化器和众创空间10家以上。")
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", "actual"), ("国家高新技术企业", "actual"), ("国家高新技术企业", "target"),
                   ("新建科技企业孵化器和众创空间", "target")], got


def test_firms_named_as_examples_are_not_the_subject(pipeline):
    # set 123: 台积电、某某股份有限公司等厂商持续扩产,第四季营业额…: the park's figures, the firms examples
    text = ("2026-11-10 中部科學園區前三季營業額7,512億元。受惠AI需求強勁，台積電、崧遠精密機械股份有限公司等廠商持續擴產，"
            "第四季營業額估約2,950億元。")
    got = [(c.subject, c.status) for c in pipeline.extract(text).claims]
    assert got == [("中部科学园区", "actual"), ("中部科学园区", "forecast")], got


@pytest.mark.parametrize("text", [
    # a bound on something counted per unit (每…) is a rule's limit, not a count reported
    "（二）建设高能级创新平台。每年支持不超过20个关键核心技术攻关项目。",
    "今年招收小学一年级新生。小学每班不超过45人，初中每班不超过50人。",
    # …and the rule's second limit, in a clause joined to it by 且
    "每家廠商申請間數不得超過其員工人數的5%，且最多20間。",
    # a cap on what one may get (可申请最高, 提供最高, 每家最高) is an offer's term
    "澳門青年入駐後，還可申請最高30萬澳門元的免息創業貸款。",
    "受損廠商得申請復原貸款，每家最高新臺幣3,000萬元。",
])
def test_rules_limits_and_offers_caps_make_no_claim(pipeline, text):
    assert pipeline.extract(text).claims == [], [(c.metric, c.value) for c in pipeline.extract(text).claims]


def test_targets_with_a_bound_and_money_set_aside_each_year_stay_claims(pipeline):
    # no 每 before the bound: a target; money set aside each year (每年安排不低于) stays a claim,
    # named by the money, not by what it is for (专项资金|支持本方案实施)
    text = ("发布日期：2027-03-05\n到2029年，新增使用再生水企业不少于20家。"
            "区财政每年安排不低于15亿元专项资金支持本方案实施。")
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("新增使用再生水企业", D(20)), ("专项资金", D(1_500_000_000))], got
    assert pipeline.extract(text).claims[0].status == "target"


@pytest.mark.parametrize("verb", ["扩大至", "扩展至", "增加到"])
def test_a_level_that_rose_to_another_by_any_verb_of_reaching(pipeline, verb):
    # set 115: 由14.92平方公里扩展至120.56平方公里: both levels, whichever verb reaches the second
    got = [(c.metric, c.value) for c in pipeline.extract(f"2025年，合作区总面积由14.92平方公里{verb}120.56平方公里。").claims]
    assert got == [("总面积", D("14.92")), ("总面积", D("120.56"))], got


def test_a_later_respectively_of_the_sentence_lists_the_same_subjects(pipeline):
    # set 106: A、B、C分别位列第一、第二、第三,营业收入分别为x、y和z,同比分别增长…: each figure is its
    # own zone's, in the order of the list
    text = ("2026年3月 从2025年度全省综合排名看,南昌高新区、南昌经开区、赣州经开区分别位列第一、第二、第三,"
            "营业收入分别为5218亿元、4376亿元和2934亿元,同比分别增长8.4%、6.1%和10.2%。")
    got = [(c.subject, c.metric, c.change.value if c.change else None) for c in pipeline.extract(text).claims][3:]
    assert got == [("南昌高新区", "营业收入", D("8.4")), ("南昌经开区", "营业收入", D("6.1")),
                   ("赣州经开区", "营业收入", D("10.2"))], got


@pytest.mark.parametrize(("text", "expected"), [
    # set 27: those ranked among (在国家级经开区中) are no words between the figure and its rank
    ("2026年3月 广州经开区地区生产总值2,236亿元，同比增长6.1%，在国家级经开区中继续排名第一。",
     [("地区生产总值", D("223600000000")), ("地区生产总值排名", D(1))]),
    # set 102: how long it held the rank (连续三年) is not what is ranked; a place after the verb
    # is the scope ranked in (居常德市第一)
    ("2026年3月 2025年全区入库科技型中小企业1,286家，入库数量连续三年居常德市第一。",
     [("入库科技型中小企业", D(1286)), ("入库数量常德市排名", D(1))]),
    # set 106: the ranking a sentence opens with (从…全省综合排名看) names the ranks listed after 分别位列
    ("2026年3月 从2025年度全省综合排名看,南昌高新区、南昌经开区分别位列第一、第二。",
     [("全省综合排名", D(1)), ("全省综合排名", D(2))]),
])
def test_ranks_written_as_ordinals_of_sets_27_102_106(pipeline, text, expected):
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == expected, got


def test_a_kind_of_facility_counted_is_no_facility_reporting(pipeline):
    # set 105: 博士后创新基地3个 counts bases (the flow verb of the list is theirs too), while a base
    # named at the head of its clause (泰安基地实现收入…) reports its own figures
    got = [(c.metric, c.value) for c in pipeline.extract("2026年1月 我们还新建院士专家工作站5个、博士后创新基地3个。").claims]
    assert got == [("新建院士专家工作站", D(5)), ("新建博士后创新基地", D(3))], got


def test_figures_of_set_126(pipeline):
    # a rate whose rise was just told is ranked (增速…提高2.3个百分点,居全市第2位), and what is higher
    # after the rank is that rate, not its rank
    text = "2027-04-23 1—3月，全区实现规上工业增加值68.7亿元，同比增长11.6%，增速比1—2月提高2.3个百分点，居全市第2位，高于全市平均水平4.8个百分点。"
    got = [(c.metric, c.value) for c in pipeline.extract(text).claims][2:]
    assert got == [("规上工业增加值增速全市排名", D(2)), ("规上工业增加值增速高于全市平均水平", D("4.8"))], got
    # an amount in another currency past a note on the currency (（人民币，下同）,约合…) is a conversion
    text = "2027-01-20 2026年中關村示範區實現企業總收入10.62萬億元（人民幣，下同），約合14,850億美元，按年增長8.9%；"
    got = [(c.metric, c.unit, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("企业总收入", "CNY", D("8.9")), ("企业总收入", "USD", None)], got
    # a multiple of another place's measure (相当于香港…总开支的18倍) is a level of the clause before's
    text = "2027-01-20 中關村示範區去年的企業研發費用，約相當於香港同年本地研發總開支的18倍。"
    got = [(c.metric, c.value, c.unit, c.change) for c in pipeline.extract(text).claims]
    assert got == [("企业研发费用相当于香港同年本地研发总开支", D(18), "times", None)], got


def test_a_name_and_a_figure_alone_repeat_the_measure_before_of_the_one_named(pipeline):
    # set 126: 兰州大学…转化科技成果41项,兰州理工大学28项: the second university's count of the same;
    # 兰州大学 is a body of its own, not a short form of 兰州理工大学
    text = "2026-08-15 2025年，兰州大学在区内转化科技成果41项，兰州理工大学28项，中国科学院兰州化学物理研究所在区内落地产业化项目17项。"
    got = [(c.subject, c.metric, c.value) for c in pipeline.extract(text).claims]
    assert got == [("兰州大学", "转化科技成果", D(41)), ("兰州理工大学", "转化科技成果", D(28)),
                   ("中国科学院兰州化学物理研究所", "落地产业化项目", D(17))], got


def test_hot_articles_are_furniture_and_a_headline_s_po_is_a_bound(pipeline):
    # set 126: 熱門文章 heads a list of other pages' headlines; 破 before an amount is 突破 shortened
    doc = pipeline.extract("中關村去年企業總收入破１０萬億元\n\n正文。\n\n熱門文章\n．港股新年首周成交額按周升逾兩成\n．深圳前海去年實際使用外資增長12%\n")
    assert [(q.text, q.qualifier) for q in doc.quantities] == [("１０萬億元", "lower_bound")]


def test_figures_of_set_125(pipeline):
    # the time a share rose from is no part of its whole, and 上年 there is the year before the one
    # the text is about (2026年 on a page of 2027: 2025); 录得 is a verb before the metric
    text = ("发布时间：2027-02-08\n2026年，全区新能源汽车产量41.2万辆，占汽车产量的比重由上年的33.4%提高到41.8%。"
            "本公司录得亏损4,420万港元。")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got == [("新能源汽车产量", "2026"), ("新能源汽车产量占汽车产量比重", "2025"),
                   ("新能源汽车产量占汽车产量比重", "2026"), ("亏损", "2026")], got


def test_a_zone_s_brand_in_quotes_stands_for_the_zone(pipeline):
    # set 125: “中国车谷” in the title and the text of a page about 武汉经开区 is the zone
    text = ("“中国车谷”去年地区生产总值1986.5亿元\n\n发布时间：2027-02-08\n\n记者从武汉经开区获悉，2026年，“中国车谷”实现地区生产总值"
            "1986.5亿元，同比增长7.2%。武汉经开区全年汽车产量98.6万辆。")
    assert {c.subject for c in pipeline.extract(text).claims} == {"武汉经开区"}


def test_a_table_of_targets_and_results_in_each_row_s_unit(pipeline):
    # set 125: 序号|指标名称|单位|年度目标|完成值|增速(%)|完成率(%): the target, the result with its growth,
    # and the completion rate, each row in its own unit
    text = ("发布时间：2027-01-30\n表1　佛山高新区2026年主要经济指标完成情况\n"
            "序号 | 指标名称 | 单位 | 年度目标 | 完成值 | 增速（%） | 完成率（%）\n"
            "1 | 地区生产总值 | 亿元 | 3050 | 3126.4 | 5.8 | 102.5\n"
            "2 | 高新技术企业数 | 家 | 3300 | 3412 | 5.9 | 103.4\n")
    got = [(c.metric, c.value, c.unit, c.status, c.change.value if c.change else None) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", D(305_000_000_000), "CNY", "target", None),
                   ("地区生产总值", D(312_640_000_000), "CNY", "actual", D("5.8")),
                   ("地区生产总值完成率", D("102.5"), "%", "actual", None),
                   ("高新技术企业数", D(3300), "家", "target", None),
                   ("高新技术企业数", D(3412), "家", "actual", D("5.9")),
                   ("高新技术企业数完成率", D("103.4"), "%", "actual", None)], got


def test_a_park_s_managing_company_reports_on_the_park(pipeline):
    # set 125: 香港数码港管理有限公司(「本公司」)'s annual report on 数码港: the park's figures are the
    # park's, the company's own (本公司年内总收入) the company's; 年内 is the financial year named
    text = ("香港數碼港管理有限公司\n主頁 > 刊物 > 年報\n\n《2025/26年報》摘錄\n發布日期：2026年10月15日\n\n"
            "本人欣然提呈香港數碼港管理有限公司（「本公司」）截至2026年3月31日止年度的年報。2025/26年度，數碼港社群共有2,168間公司，"
            "較2024/25年度增加197間。數碼港初創企業融資58億港元。年內數碼港舉辦活動逾650場。數碼港辦公室平均出租率為93%。本公司年內總收入為4億6,820萬港元。")
    got = [(c.subject, c.period) for c in pipeline.extract(text).claims]
    assert got[-1] == ("香港数码港管理有限公司", "2025-04/2026-03"), got
    assert {s for s, _p in got[:-1]} == {"数码港"}, got


def test_a_lead_that_goes_on_and_a_column_that_is_part_of_another(pipeline):
    # set 123: 增速继续高于全市: the growth compared, past the adverb of its persistence (not the
    # figure before it); set 93: a column headed 其中LED is a part of the column before, 其中 no word
    # of the metric
    text = "到2027年，新增国家高新技术企业100家以上、潜在独角兽企业5至8家，地区生产总值增速继续高于全市1个百分点。"
    assert [c.metric for c in pipeline.extract(text).claims][-1] == "地区生产总值增速高于全市"
    table = ("表1　2026年1—10月郑州经开区路灯新建改造情况\n道路类别\t新建改造（盏）\t其中LED（盏）\t完成投资（万元）\n"
             "主干道\t1,460\t1,460\t2,630\n次干道\t1,320\t1,290\t1,980\n")
    got = [c.metric for c in pipeline.extract(table).claims]
    assert got == ["主干道新建改造", "主干道LED", "主干道完成投资", "次干道新建改造", "次干道LED", "次干道完成投资"], got


def test_the_stages_and_sides_of_a_budget_s_lines(pipeline):
    # set 128: a budget's line is the metric of each of its stages (年初预算 and 调整预算 planned,
    # 执行数 the result; a completion of the budget after it is the line's, a share after that the
    # level's); 为预算的 is a completion; 支出 alone after 收入 is the same budget's other side; a
    # draft budget's 安排 after a line is its target; 未来科技城完成… repeats the metric before
    text = ("成都高新区2026年预算执行情况和2027年预算草案的报告\n一、2026年预算执行情况\n"
            "2026年，全区一般公共预算收入完成286.4亿元，完成调整预算的101.2%，同比增长6.3%，约占全市的17.8%。"
            "分片区看，天府国际生物城实现一般公共预算收入18.2亿元，同比增长11.6%；未来科技城完成9.6亿元，增长23.4%。"
            "2026年全区一般公共预算支出年初预算352.6亿元，调整预算368.2亿元，执行数为361.5亿元，完成调整预算的98.2%。"
            "2026年国有资本经营预算收入6.84亿元，为预算的104.3%；支出4.92亿元。全年四川省下达我区新增专项债券68亿元。\n"
            "二、2027年预算草案\n2027年政府性基金预算收入安排138.5亿元，下降9.1%；支出安排145.6亿元。")
    got = [(c.metric, c.subject, c.status) for c in pipeline.extract(text).claims]
    assert got == [("一般公共预算收入", "成都高新区", "actual"), ("一般公共预算收入完成调整预算", "成都高新区", "actual"),
                   ("一般公共预算收入占全市", "成都高新区", "actual"),
                   ("一般公共预算收入", "天府国际生物城", "actual"), ("一般公共预算收入", "未来科技城", "actual"),
                   ("一般公共预算支出", "成都高新区", "target"), ("一般公共预算支出", "成都高新区", "target"),
                   ("一般公共预算支出", "成都高新区", "actual"), ("一般公共预算支出完成调整预算", "成都高新区", "actual"),
                   ("国有资本经营预算收入", "成都高新区", "actual"), ("国有资本经营预算收入完成预算", "成都高新区", "actual"),
                   ("国有资本经营预算支出", "成都高新区", "actual"), ("新增专项债券", "成都高新区", "actual"),
                   ("政府性基金预算收入", "成都高新区", "target"), ("政府性基金预算支出", "成都高新区", "target")], got


def test_doubling_is_a_change_from_its_base(pipeline):
    # set 128: 在去年基础上翻一番: a change of what is named before the base, the year the base's,
    # no period; set 122: 较2023年翻一番 after a level is that level's change
    text = ("发布时间：2027-03-09\n孔德昭：今年，我们力争工业总产值突破6700亿元；人形机器人整机产量力争在去年基础上翻一番。"
            "截至2026年底，省级专精特新中小企业214家，较2023年翻一番。")
    got = [(c.metric, c.value, c.period, c.change and (c.change.value, c.change.unit, c.change.basis)) for c in pipeline.extract(text).claims]
    assert got[1] == ("人形机器人整机产量", None, "2027", (2, "times", "since")), got
    assert got[2] == ("省级专精特新中小企业", 214, "2026", (2, "times", "since")), got


def test_topics_bodies_and_industries_that_own_the_figures_after_them(pipeline):
    # set 127: a zone a paragraph opens with as its topic (…方面,) owns its figures and its 园区; a
    # research institute's branch at the head of its sentence its own; set 128: the industry a clause
    # names (跑得最快的是…产业) owns the bare 产值 after it, and an industry's firms counted own their
    # 营收 as the industry's
    text = ("沙崙科學城115年進駐廠商達42家。\n"
            "　　臺南科技工業區方面，115年園區廠商營業額約新臺幣1,268億元，年增9.6%；園區用地面積約688公頃。\n"
            "　　工業技術研究院南部分院全年完成技術移轉19件。")
    got = [(c.metric, c.subject) for c in pipeline.extract(text).claims]
    assert got[1:] == [("营业额", "台南科技工业区"), ("用地面积", "台南科技工业区"),
                       ("技术移转", "工业技术研究院南部分院")], got
    text = "跑得最快的是机器人和智能制造产业，产值达428.6亿元。智能制造产业企业390余家，营收402.7亿元。"
    assert [c.metric for c in pipeline.extract(text).claims] == ["机器人和智能制造产业产值", "智能制造产业企业", "智能制造产业营收"]


def test_a_park_s_firms_their_count_and_a_part_named_by_its_deed(pipeline):
    # set 128: 园区企业营收 is the park's 营收 (its firms are whose it is), 园区厂商家数 keeps its
    # count; set 127: 其中境内上市14家 after 上市公司19家 counts 境内上市公司; 还将新培育 is a target
    text = ("南屏科技园占地2.3平方公里，园区企业营收超过300亿元，园区厂商家数逾230家。"
            "截至9月底，全区上市公司19家，其中境内上市14家。我们还将新培育国家级专精特新“小巨人”企业20家左右。")
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got[1:] == [("营收", "actual"), ("厂商家数", "actual"), ("上市公司", "actual"), ("境内上市公司", "actual"),
                       ("新培育国家级专精特新“小巨人”企业", "target")], got


def test_a_bulletin_s_lists_and_terms(pipeline):
    # set 129: the siblings of a growth list take its measure (汽车制造业 → 汽车制造业增加值), the
    # products of an output list the output (新能源汽车 → 新能源汽车产量), in any unit; the R&D term
    # keeps its bracketed abbreviation; a rate's level compared in points is the level's, not its growth's
    text = ("2026年，分行业看，电子信息制造业增加值增长16.2%，汽车制造业增长11.5%，高端装备制造业下降2.7%。"
            "全年主要工业产品中，集成电路产量86.4亿块，比上年增长21.3%；新能源汽车52.6万辆，增长1.3倍；太阳能电池1860万千瓦，下降8.4%。"
            "全年研究与试验发展（R&D）经费投入312.4亿元，比上年增长11.7%；R&D经费投入强度为9.51%，比上年提高0.36个百分点，高于全市4.3个百分点。")
    got = [c.metric for c in pipeline.extract(text).claims]
    assert got == ["电子信息制造业增加值", "汽车制造业增加值", "高端装备制造业增加值", "集成电路产量", "新能源汽车产量",
                   "太阳能电池产量", "研究与试验发展(R&D)经费投入", "R&D经费投入强度", "R&D经费投入强度高于全市"], got


def test_a_year_the_segmenter_glued_to_the_metric(pipeline):
    # set 129: 高软园区2026|年产值|达…: the metric is the noun after the year; the park cited by its
    # initials (高软园区) is the park the page names in full (高雄软体科技园区)
    text = "高雄軟體科技園區去年進駐企業達612家。\n經發局統計，高軟園區2026年產值達新臺幣1,486億元，年增14.2%。"
    got = [(c.metric, c.subject, c.period) for c in pipeline.extract(text).claims]
    assert got[-1] == ("产值", "高雄软体科技园区", "2026"), got
    # (not after a row's label: 新型显示:2025年产值约… keeps its label's reading)
    assert [c.metric for c in pipeline.extract("高新区2025年产值达1486亿元，同比增长5%。").claims] == ["产值"]


def test_a_rank_moved_its_number_unsaid(pipeline):
    # set 130: 排名较上年上升2位 is the rank's change (the rank number falls: down), 下降3位 up
    text = ("2026年，安顺国家高新区排名较上年上升2位，航空装备产业产值突破200亿元。"
            "六盘水高新区营业收入同比下降3.2%，排名较上年下降3位。")
    got = [(c.metric, c.subject, c.change and (c.change.value, c.change.unit, c.change.direction)) for c in pipeline.extract(text).claims]
    assert ("排名", "安顺国家高新区", (2, "位", "down")) in got and ("排名", "六盘水高新区", (3, "位", "up")) in got, got


def test_a_district_and_its_zone_by_plain_count(pipeline):
    # set 130: 乌鲁木齐高新技术产业开发区(新市区): the zone, named four times, over the district named
    # three times, though the district's mentions fall in the opening
    text = ("乌鲁木齐高新技术产业开发区（新市区）\n"
            "【概况】新市区地处乌鲁木齐市北部。乌鲁木齐高新技术产业开发区于1992年经国务院批准设立，2011年与新市区实行“区政合一”管理体制。"
            "2025年，全区实现地区生产总值1028.6亿元。\n【招商引资】2025年，乌鲁木齐高新区签约招商引资项目186个。"
            "乌鲁木齐高新区与新疆大学共建联合实验室8个。")
    got = [(c.metric, c.subject) for c in pipeline.extract(text).claims]
    assert got == [("地区生产总值", "乌鲁木齐高新区"), ("签约招商引资项目", "乌鲁木齐高新区"),
                   ("共建联合实验室", "乌鲁木齐高新区")], got


def test_a_post_s_items_partners_and_hires(pipeline):
    # set 130: a circled number opens an item, not the metric; firms counted bare in an industry's item
    # are the industry's; an emoji before a space ends a sentence (the institute after it owns its
    # figures); the partner after 与 (区内企业) is no part of what was built together
    text = ("2026年，①集成电路产业实现产值486.5亿元，同比增长21.3%，集聚企业逾180家；"
            "量子信息产业实现产值约128亿元，是2022年的3.2倍[赞] 济南量子技术研究院累计孵化量子科技企业17家；"
            "齐鲁工业大学与区内企业共建联合实验室45家。")
    got = [(c.metric, c.subject) for c in pipeline.extract(text).claims]
    assert got[0][0] == "集成电路产业产值" and got[1][0] == "集成电路产业企业", got
    assert ("累计孵化量子科技企业", "济南量子技术研究院") in got and ("共建联合实验室", "齐鲁工业大学") in got, got
    # set 129: a company's announced investment and hiring (将投资, 将再招募) are targets
    text = "2027年2月15日\n瀚辰智能股份有限公司昨日宣布，將投資新臺幣42億元在高軟園區興建研發總部，今年將再招募約200名工程師。"
    got = [(c.metric, c.status) for c in pipeline.extract(text).claims]
    assert got == [("投资", "target"), ("招募工程师", "target")], got


def test_a_paragraph_turning_to_the_park_next_door(pipeline):
    # set 129: 緊鄰的…園區表現同樣亮眼。 opens a paragraph about the park next door, whose bare 園區
    # the figures after it are; 上看 (looking up to) is no part of the metric; set 130: 新建改建 is one verb
    text = ("高雄軟體科技園區去年進駐企業達612家。\n"
            "緊鄰的亞灣5G AIoT創新園區表現同樣亮眼。截至去年底，園區已有286家企業進駐，出租率達96.5%。\n"
            "高軟園區產值上看新臺幣1,700億元。2025年，全区新建改建道路23条。")
    got = [(c.metric, c.subject) for c in pipeline.extract(text).claims]
    assert got == [("进驻企业", "高雄软体科技园区"), ("进驻企业", "亚湾5G AIoT创新园区"), ("出租率", "亚湾5G AIoT创新园区"),
                   ("产值", "高雄软体科技园区"), ("新建改建道路", "高雄软体科技园区")], got


def test_a_spoken_comparison_keeps_what_is_compared(pipeline):
    # sets 113, 120, 129, 15, 47, 51: 较 + what it is compared with + 低 names the measure before 较 (in its
    # clause, or the level claimed before it in the sentence, or the growth past a share between)
    cases = [
        ("園區辦公租金較臺北內湖科技園區低3至5成，是吸引北部業者南移的主因之一。", "办公租金较台北内湖科技园区低"),
        ("香港科技園公司計劃預留樓面不少於3萬平方米，租金較市價低約三成。", "租金较市价低"),
        ("實驗室樓面平均月租約每平方呎３２港元，較香港科學園同類樓面低約兩成。", "实验室楼面平均月租较香港科学园同类楼面低"),
        ("谷子新品种平均亩产达到386公斤，比周边常规品种增产约15%。", "谷子新品种平均亩产比周边常规品种增产"),
        ("院前急救平均反应时间为11分钟，比全市平均水平快3分钟。", "院前急救平均反应时间比全市平均水平快"),
        ("全年完成规上工业总产值1,286.5亿元，同比增长8.6%，完成年度目标任务的102.3%，增速比年初目标高2.6个百分点。",
         "规上工业总产值增速比年初目标高"),
        ("优良天数比例65.0%，较年度目标低5个百分点。", "优良天数比例较年度目标低"),
    ]
    for text, metric in cases:
        got = [c.metric for c in pipeline.extract(text).claims]
        assert got[-1] == metric, (text, got)
    # what a rent is per (约每平方呎) is no part of its metric
    assert pipeline.extract(cases[2][0]).claims[0].metric == "实验室楼面平均月租"


def test_a_prospectus_speaks_as_the_company_over_the_years_it_defines(pipeline):
    # set 131: a company's own document defines its short name with 公司 (以下简称“X”或“公司”): X is the
    # subject; the years listed once with 下同 date each 分别 list of as many values after it; an average
    # annual rate after the values is their level's growth over those years
    text = ("苏州纳晟生物科技股份有限公司（以下简称“纳晟生物”或“公司”）注册于苏州工业园区。\n"
            "报告期内（2024年度、2025年度和2026年度，下同），公司营业收入分别为31,526.84万元、42,318.57万元和"
            "58,236.41万元，年均复合增长率为35.91%。纳晟生物研发投入分别为5,312.46万元、6,985.30万元和8,642.75万元。")
    got = [(c.metric, c.subject, c.period, c.value is None) for c in pipeline.extract(text).claims]
    assert got == [("营业收入", "纳晟生物", "2024", False), ("营业收入", "纳晟生物", "2025", False),
                   ("营业收入", "纳晟生物", "2026", False), ("营业收入", "纳晟生物", "2024/2026", True),
                   ("研发投入", "纳晟生物", "2024", False), ("研发投入", "纳晟生物", "2025", False),
                   ("研发投入", "纳晟生物", "2026", False)], got
    # years listed in the sentence itself, no 下同
    text = "2024年度、2025年度和2026年度，公司净利润分别为1,000万元、2,000万元和3,000万元。"
    assert [c.period for c in pipeline.extract(text).claims] == ["2024", "2025", "2026"]


def test_a_bare_net_increase_after_a_level_is_its_change(pipeline):
    # sets 122, 123, 126, 127, 132: 净增 right after a count, in its unit, is the count's change; after
    # a period of its own (上半年净增) it stays a figure of its own
    claims = pipeline.extract("截至2026年底，全区有效高新技术企业1132家，净增156家。").claims
    assert [(c.metric, c.value, c.change and (c.change.value, c.change.basis)) for c in claims] == \
        [("有效高新技术企业", 1132, (156, "unspecified"))]
    claims = pipeline.extract("规上工业企业达到598家，上半年净增27家。").claims
    assert [c.metric for c in claims] == ["规上工业企业", "净增规上工业企业"]


def test_a_dated_section_caption_dates_the_lines_under_it(pipeline):
    # set 132: 2026年发展概览 on a line of its own (an English caption after it on a bilingual page)
    # dates the bullets under it, up to the next caption (重点产业), whose lines name their own year
    text = ("天津滨海高新区2026年度发展报告\n\n2026年发展概览\n2026 at a Glance\n\n"
            "■ 地区生产总值826.4亿元，同比增长7.2%。\nGDP reached RMB 82.64 billion.\n■ 营业收入3862.5亿元，增长12.8%。\n\n"
            "重点产业\n\n信创产业产值突破1100亿元。")
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims if c.value is not None and c.unit == "CNY"]
    assert got == [("地区生产总值", "2026"), ("营业收入", "2026"), ("信创产业产值", None)], got


def test_a_park_named_after_an_items_figures_is_the_subject_of_its_clause_only(pipeline):
    # set 132: …增长15.3%，海洋科技园集聚信创企业逾600家；新能源产业产值约462亿元: the next item goes on
    # with the subject of the item's first figure, not with the park named after it
    text = ("2026年，滨海高新区信创产业产值突破1100亿元，增长15.3%，海洋科技园集聚信创企业逾600家；"
            "新能源产业产值约462亿元，增长21.4%。")
    got = [(c.metric, c.subject) for c in pipeline.extract(text).claims]
    assert got == [("信创产业产值", "滨海高新区"), ("信创企业", "海洋科技园"), ("新能源产业产值", "滨海高新区")], got
    # a subject named at the head of the item before still goes on (…完成工业总产值X;完成营业总收入Y)
    text = "2026年，海洋科技园实现产值120亿元；完成营业收入150亿元。"
    assert [c.subject for c in pipeline.extract(text).claims] == ["海洋科技园", "海洋科技园"]


def test_a_level_said_to_lie_between_two_bounds_is_a_claim(pipeline):
    # set 132: 年均流失率在12%至15%之间 over 近三年: the range is the level (在 and 之间 no part of
    # anything), 年均 part of the metric, the recent years its period
    text = "沈阳高新区人才工作报告\n发布时间：2027-06-25\n近三年，软件和信息技术服务业从业人员年均流失率在12%至15%之间。"
    claims = pipeline.extract(text).claims
    assert [(c.metric, c.low, c.high, c.period) for c in claims] == \
        [("软件和信息技术服务业从业人员年均流失率", 12, 15, "2024/2026")], claims


def test_a_verb_holding_a_level_is_no_part_of_its_metric(pipeline):
    # sets 43, 85, 96: 控制在/维持…在 hold a level where it is (the segmenter's 率控制 too); a threshold
    # that defines a class of firms (口径为…在2000万元以上的工业企业) stays no claim
    text = "二季度，力争重复来电率控制在5%以内；目标维持违规率在2%以下。逾期率控制在0.02%以内。"
    assert [c.metric for c in pipeline.extract(text).claims] == ["重复来电率", "违规率", "逾期率"]
    assert pipeline.extract("规上工业口径为年主营业务收入在2000万元以上（含）的工业企业。").claims == []


def test_hong_kongs_own_word_and_a_breakdown_sentence_keep_their_subjects(pipeline):
    # set 134: 本港 on a Hong Kong page about a park there is Hong Kong (not where a body named after it
    # is from: 本港数据中心营运商…集团); set 133: a sentence opening with 其中 breaks down the figures
    # just told, of their subject, on a page whose main subject is another
    text = ("河套港深创新及科技园香港园区首批楼宇今日启用。香港园区占地约87公顷。"
            "2026年本港初创企业达5,120家，按年增加9.6%；研发总开支占本地生产总值的1.18%。")
    got = [(c.metric, c.subject) for c in pipeline.extract(text).claims if c.value is not None]
    assert got[1:] == [("初创企业", "香港"), ("研发总开支占本地生产总值", "香港")], got
    text = ("澳门濠江商业银行股份有限公司(下称“濠江银行”)去年对合作区企业贷款余额达86.2亿澳门元。"
            "2026年横琴粤澳深度合作区实现地区生产总值约586亿元人民币。其中，科技研发和高端制造产业产值达312亿元人民币。")
    assert [c.subject for c in pipeline.extract(text).claims][-2:] == ["横琴粤澳深度合作区", "横琴粤澳深度合作区"]


def test_counts_set_up_created_and_levels_reached_by_a_target(pipeline):
    # sets 133 and 134: 设有/增设 before a count, 创造 before jobs (its verb kept, sets 7, 11, 28),
    # 力争年底前提升至九成以上 (the level before, raised to a target), and no place before a running total
    # (为当地累计…)
    claims = pipeline.extract("该行现时在合作区设有2个营业网点。并于年内增设1间综合服务中心。").claims
    assert [(c.metric, c.value) for c in claims] == [("营业网点", 2), ("综合服务中心", 1)]
    claims = pipeline.extract("预计首批楼宇全面投入运作后，可创造约3,000个就业职位。").claims
    assert [(c.metric, c.status) for c in claims] == [("创造就业职位", "forecast")]
    claims = pipeline.extract("首批楼宇租用率达78%，力争年底前提升至九成以上。").claims
    assert [(c.metric, c.value, c.status) for c in claims] == [("首批楼宇租用率", 78, "actual"), ("首批楼宇租用率", 90, "target")]
    # (a part named by its level and a head noun stays as written, 其中规上企业: sets 10 and 109; set
    # 134 wrote 规上生物医药企业)
    claims = pipeline.extract("全区集聚生物医药企业近600家，其中规上企业132家。").claims
    assert [c.metric for c in claims] == ["生物医药企业", "规上企业"]
    claims = pipeline.extract("截至去年底员工约3.9万人，为当地累计创造就业岗位4.6万个。").claims
    assert [c.metric for c in claims] == ["员工", "累计创造就业岗位"]
    # an offer's cap (单一企业最高可获…授信) is no claim
    assert pipeline.extract("推出科技企业专属信贷产品，单一企业最高可获澳门币5,000万元授信。").claims == []


def test_the_year_a_multiple_is_of_dates_nothing_after_it(pipeline):
    # set 134: 约为2026年的1.6倍 names the year of the level compared with; the forecast's 2035 goes on
    text = "经预测，至2035年规划区用水量约9860万立方米，约为2026年的1.6倍；需新增污水处理能力6万～8万吨。"
    got = [(c.metric, c.period) for c in pipeline.extract(text).claims]
    assert got[0] == ("规划区用水量", "2035") and got[-1] == ("需新增污水处理能力", "2035"), got
