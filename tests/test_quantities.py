"""zonex.quantities: the recogniser on sentences of the seeds, the peers' cases, new forms and
bugs caught; negatives; bad input; the gold file; properties of every result."""

from __future__ import annotations

import functools
import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import zonex
from zonex.models import Quantity
from zonex.quantities import QuantityRecognizer

ROOT = Path(__file__).resolve().parents[1]
D = Decimal


@functools.cache
def shared_recognizer() -> QuantityRecognizer:
    return QuantityRecognizer()


@pytest.fixture
def rec() -> QuantityRecognizer:
    return shared_recognizer()


def found(rec: QuantityRecognizer, text: str) -> list[tuple]:
    """(text, kind, value or (low, high), unit, qualifier) of every quantity, in normalised text."""
    norm = zonex.normalize(text).text
    out = []
    for q in rec(norm):
        value = q.value if q.value is not None else (q.low, q.high)
        out.append((q.text, q.kind, value, q.unit, q.qualifier))
    return out


def Q(text, kind, value, unit, qualifier="exact"):  # noqa: N802 - reads as a row constructor
    if isinstance(value, tuple):
        value = tuple(D(str(v)) for v in value)
    else:
        value = D(str(value))
    return (text, kind, value, unit, qualifier)


# --- sentences of the seeds (normalised), with what they must give --------------------------------
SEEDS = [
    ("2018年,合金材料产业年产值211.4亿元,占全区工业总产值比重的61.6%。",
     [Q("211.4亿元", "money", 21140000000, "CNY"), Q("61.6%", "percent", "61.6", "%")]),
    ("2018年全区实现工业总产值343.2亿元,同比增长11%。",
     [Q("343.2亿元", "money", 34320000000, "CNY"), Q("11%", "percent", 11, "%")]),
    ("全市高新技术企业突破2180家居全省第6,科技型中小企业2111家,科技型小微企业5260家。",
     [Q("2180家", "count", 2180, "家", "lower_bound"), Q("第6", "rank", 6, "rank"), Q("2111家", "count", 2111, "家"),
      Q("5260家", "count", 5260, "家")]),
    ("全市国家级创新平台6家、省级超500家,规上工业企业研发机构覆盖率达61%、居全省第1。",
     [Q("6家", "count", 6, "家"), Q("500家", "count", 500, "家", "lower_bound"), Q("61%", "percent", 61, "%"),
      Q("第1", "rank", 1, "rank")]),
    ("力争2022年全市研发经费占GDP比重达到2.7%以上。", [Q("2.7%", "percent", "2.7", "%", "lower_bound")]),
    ("力争7个县(市、区)有一个以上产业发展水平较高", [Q("7个", "count", 7, "个"), Q("一个", "count", 1, "个", "lower_bound")]),
    ("2020年达1845家,存量是“十二五”期末的9倍。", [Q("1845家", "count", 1845, "家"), Q("9倍", "multiple", 9, "times")]),
    ("“十三五”期间,全市高企存量年平均增长率超50%,居全省第一。",
     [Q("50%", "percent", 50, "%", "lower_bound"), Q("第一", "rank", 1, "rank")]),
    ("每年评选出高企创新标兵20强", [Q("20强", "rank", 20, "rank", "upper_bound")]),
    ("高企营业收入从1131.7亿元增长至3299.4亿元",
     [Q("1131.7亿元", "money", 113170000000, "CNY"), Q("3299.4亿元", "money", 329940000000, "CNY")]),
    ("完成出口总额125.19亿美元,同比增长30%。",
     [Q("125.19亿美元", "money", 12519000000, "USD"), Q("30%", "percent", 30, "%")]),
    ("我区南宁、柳州、桂林和北海4个国家高新区均排在前75位",
     [Q("4个", "count", 4, "个"), Q("前75位", "rank", 75, "rank", "upper_bound")]),
    # the top N a ranking's verb enters, its 名/位 left out (not 前三季度, 今年前五: no verb)
    ("推动我区在国家高新区综合排名中挺进前五。", [Q("前五", "rank", 5, "rank", "upper_bound")]),
    ("营业收入跻身全省前十,今年前五,前三季度增长。", [Q("前十", "rank", 10, "rank", "upper_bound")]),
    ("上市企业62家,收入超亿元企业达903家。",
     [Q("62家", "count", 62, "家"), Q("亿元", "money", 100000000, "CNY", "lower_bound"), Q("903家", "count", 903, "家")]),
    ("共组织来自中国和东盟国家的代表9800余人,参会企业3500多家,展示推介项目累计2700多项",
     [Q("9800余人", "count", 9800, "人", "lower_bound"), Q("3500多家", "count", 3500, "家", "lower_bound"),
      Q("2700多项", "count", 2700, "项", "lower_bound")]),
    ("据不完全统计,涉及的企业80%以上为高新技术企业。", [Q("80%", "percent", 80, "%", "lower_bound")]),
    ("面积约4100平方米,参展单位达100多家,参展项目近300项",
     [Q("4100平方米", "area", 4100, "m2", "approx"), Q("100多家", "count", 100, "家", "lower_bound"),
      Q("300项", "count", 300, "项", "approx")]),
    ("集中展示近40多项最新科技成果", [Q("40多项", "count", 40, "项", "approx")]),
    ("达到补助条件的给予最高可达500万元的财政资金补助", [Q("500万元", "money", 5000000, "CNY", "upper_bound")]),
    ("阳江市高功率激光应用实验室有限公司 2 个省级新型研发机构", [Q("2 个", "count", 2, "个")]),
    ("引进广东省“扬帆计划”创新团队 1 支", [Q("1 支", "count", 1, "支")]),
    ("经过两年的建设,各项指标已满足", [Q("两年", "duration", 2, "year")]),
    ("海东园区全面启动5000亩土地征收", [Q("5000亩", "area", 5000, "mu")]),
    ("高新区共拥有6所重点高中、14所初中、小学学校,1所国际学校",
     [Q("6所", "count", 6, "所"), Q("14所", "count", 14, "所"), Q("1所", "count", 1, "所")]),
    ("使审批事项的承诺办理时限比总体法定时限压缩了79%,部分事项压缩了80%~90%。",
     [Q("79%", "percent", 79, "%"), Q("80%~90%", "percent", (80, 90), "%")]),
    ("每年安排至少500万元资金", [Q("500万元", "money", 5000000, "CNY", "lower_bound")]),
    ("这个过程吕晓峰只花了不到3年的时间", [Q("3年", "duration", 3, "year", "upper_bound")]),
    ("其抗凝血酶含量高于国家药典469倍,高于地方药材标准34倍",
     [Q("469倍", "multiple", 469, "times"), Q("34倍", "multiple", 34, "times")]),
    ("已应用于南宁轨道交通,用户量突破100万,同时", [Q("100万", "count", 1000000, "用户", "lower_bound")]),
    ("将6个部门的80项审批事项划转审批局一个部门集中办理",
     [Q("6个", "count", 6, "个"), Q("80项", "count", 80, "项"), Q("一个", "count", 1, "个")]),
    ("企业研发机构78家(其中省级29家、市级49家)",
     [Q("78家", "count", 78, "家"), Q("29家", "count", 29, "家"), Q("49家", "count", 49, "家")]),
    ("下面,我就广西促进高新区高质量发展情况作两点说明。", [Q("两点", "count", 2, "点")]),
    ("具体有以下三方面举措", [Q("三方面", "count", 3, "方面")]),
    ("具体来说,五个行动包括:", [Q("五个", "count", 5, "个")]),
    ("已连续两年组织开展专项工作", [Q("两年", "duration", 2, "year")]),
    ("在国外为老挝、柬埔寨、尼日利亚客户8万亩基地提供服务", [Q("8万亩", "area", 80000, "mu")]),
    ("先后组建…等3只产业基金,总规模达14.55亿元", [Q("3只", "count", 3, "只"), Q("14.55亿元", "money", 1455000000, "CNY")]),
    ("东创会举办8届以来,共举办了28场论坛", [Q("8届", "count", 8, "届"), Q("28场", "count", 28, "场")]),
]

# --- cases of the peers' test suites ------------------------------------------------------------
CONFORMANCE = [
    ("兑换１．０７５３美元", [Q("1.0753美元", "money", "1.0753", "USD")]),
    ("以每股1.95港元", [Q("1.95港元", "money", "1.95", "HKD")]),
    ("央行到期定存单5306亿台币", [Q("5306亿台币", "money", 530600000000, "TWD")]),
    ("东芝重组另需1万亿日元", [Q("1万亿日元", "money", 1000000000000, "JPY")]),
    ("8亿元人民币", [Q("8亿元人民币", "money", 800000000, "CNY")]),
    ("人民币  50元", [Q("人民币  50元", "money", 50, "CNY")]),
    ("在下面的价格中选一个, ￥300, ok?", [Q("￥300", "money", 300, "CNY")]),
    ("五角大楼宣布了作战计划", []),
    ("标准普尔指数下降", []),
    ("带动全省养殖小龙虾387万亩。", [Q("387万亩", "area", 3870000, "mu")]),
    ("阳西辣椒火辣上市日均20万公斤远销珠三角", [Q("20万公斤", "mass", 200000, "kg")]),
    ("如今身高168公分", [Q("168公分", "length", 168, "cm")]),
    ("如今身高168CM", [Q("168CM", "length", 168, "cm")]),
    ("在墨尔本缴获近一吨冰毒", [Q("一吨", "mass", 1, "t", "approx")]),
    ("两米半", [Q("两米半", "length", "2.5", "m")]),
    ("12千米", [Q("12千米", "length", 12, "km")]),
    ("3千米", [Q("3千米", "length", 3, "km")]),
    ("一百千瓦", [Q("一百千瓦", "power", 100, "kW")]),
    ("负0.2千米", [Q("负0.2千米", "length", "-0.2", "km")]),
    ("百分之五", [Q("百分之五", "percent", 5, "%")]),
    ("千分之2.4", [Q("千分之2.4", "percent", "0.24", "%")]),
    ("六个百分点", [Q("六个百分点", "percentage_point", 6, "pp")]),
    ("２．４个百分点", [Q("2.4个百分点", "percentage_point", "2.4", "pp")]),
    ("三成半", [Q("三成半", "percent", 35, "%")]),
    ("七成 六", [Q("七成 六", "percent", 76, "%")]),
    ("九折,五五折,八点五折", [Q("九折", "percent", 90, "%"), Q("五五折", "percent", 55, "%"), Q("八点五折", "percent", 85, "%")]),
    ("打对折", [Q("对折", "percent", 50, "%")]),
    ("对折", []),
    ("十折", []),
    ("负40%", [Q("负40%", "percent", -40, "%")]),
    ("百分之二三十", []),
    ("股票十天收盘价的百分之七十百分位大于1", [Q("十天", "duration", 10, "day"), Q("百分之七十", "percent", 70, "%")]),
    ("你可以访问一下 https://www.test.com/search?q=30%25%2020%", []),
    ("五岁", [Q("五岁", "other", 5, "age")]),
    ("正常的温度是华氏温度98.6度", [Q("华氏温度98.6度", "other", "98.6", "°F")]),
    ("他烧到了39°C那么高", [Q("39°C", "other", 39, "°C")]),
    ("5.6到5.78元", [Q("5.6到5.78元", "money", ("5.6", "5.78"), "CNY")]),
    ("2~3公升", [Q("2~3公升", "other", (2, 3), "L")]),
    ("兩升到三升", [Q("两升到三升", "other", (2, 3), "L")]),
    ("一個半小時", [Q("一个半小时", "duration", "1.5", "hour")]),
    ("半小時", [Q("半小时", "duration", "0.5", "hour")]),
    ("四分之一公升", [Q("四分之一公升", "other", "0.25", "L")]),
    ("3.5英裏以下", [Q("3.5英里", "length", "3.5", "mi", "upper_bound")]),
]

# --- the forms the issue lists, and other new cases ------------------------------------------------
NEW = [
    ("三分之一的企业", [Q("三分之一", "percent", "33.33333333333333333333333333", "%")]),
    ("两成企业", [Q("两成", "percent", 20, "%")]),
    ("增长2.3个百分点", [Q("2.3个百分点", "percentage_point", "2.3", "pp")]),
    ("翻两番", [Q("翻两番", "multiple", 4, "times")]),
    ("2.2万余人", [Q("2.2万余人", "count", 22000, "人", "lower_bound")]),
    ("130多个", [Q("130多个", "count", 130, "个", "lower_bound")]),
    ("3至5年", [Q("3至5年", "duration", (3, 5), "year")]),
    ("3-5年", [Q("3-5年", "duration", (3, 5), "year")]),
    ("1000万至2000万元", [Q("1000万至2000万元", "money", (10000000, 20000000), "CNY")]),
    ("3至5万元", [Q("3至5万元", "money", (30000, 50000), "CNY")]),
    ("80%-90%", [Q("80%-90%", "percent", (80, 90), "%")]),
    ("投资1.5万亿元", [Q("1.5万亿元", "money", 1500000000000, "CNY")]),
    ("欧元区投资20亿欧元", [Q("20亿欧元", "money", 2000000000, "EUR")]),
    ("港澳投资3亿港币", [Q("3亿港币", "money", 300000000, "HKD")]),
    ("公司营收新台币3500亿元", [Q("新台币3500亿元", "money", 350000000000, "TWD")]),
    ("台湾营收3500亿元,以新台币计", [Q("3500亿元", "money", 350000000000, "TWD")]),
    ("营收1.2兆元,以新台币计", [Q("1.2兆元", "money", 1200000000000, "TWD")]),
    ("占地120公顷", [Q("120公顷", "area", 120, "ha")]),
    ("规划面积12.5平方公里", [Q("12.5平方公里", "area", "12.5", "km2")]),
    ("年产10万吨", [Q("10万吨", "mass", 100000, "t")]),
    ("装机容量120万千瓦", [Q("120万千瓦", "power", 1200000, "kW")]),
    ("年发电量20亿千瓦时", [Q("20亿千瓦时", "energy", 2000000000, "kWh")]),
    ("节约5万吨标准煤", [Q("5万吨标准煤", "energy", 50000, "tce")]),
    ("约300家企业左右", [Q("300家", "count", 300, "家", "approx")]),
    ("不足10%", [Q("10%", "percent", 10, "%", "upper_bound")]),
    ("逾千家企业", [Q("千家", "count", 1000, "家", "lower_bound")]),
    ("上万人参加", [Q("万人", "count", 10000, "人", "lower_bound")]),
    ("3个多月", [Q("3个多月", "duration", 3, "month", "lower_bound")]),
    ("两年多来", [Q("两年多", "duration", 2, "year", "lower_bound")]),
    ("一年半", [Q("一年半", "duration", "1.5", "year")]),
    ("用半年时间", [Q("半年", "duration", "0.5", "year")]),
    ("每年新增100项专利", [Q("100项", "count", 100, "项")]),
    ("5000多万元", [Q("5000多万元", "money", 50000000, "CNY", "lower_bound")]),
    ("十几个项目", [Q("十几个", "count", 10, "个", "lower_bound")]),
    ("企业数达到1,234家", [Q("1,234家", "count", 1234, "家")]),
    ("有3家及以上", [Q("3家", "count", 3, "家", "lower_bound")]),
    ("200人次", [Q("200人次", "count", 200, "人次")]),
    ("培训2.5万人次", [Q("2.5万人次", "count", 25000, "人次")]),
    ("举办各类活动300余场次", [Q("300余场次", "count", 300, "场次", "lower_bound")]),
    ("抽检产品5批次", [Q("5批次", "count", 5, "批次")]),
    ("锂电池产能超过40GWh", [Q("40GWh", "energy", 40, "GWh", "lower_bound")]),
    ("储能装机5吉瓦时", [Q("5吉瓦时", "energy", 5, "GWh")]),
    ("集装箱吞吐量380万标准箱", [Q("380万标准箱", "count", 3800000, "标准箱")]),
    ("对顶尖人才团队,最高给予1000万元资助", [Q("1000万元", "money", 10000000, "CNY", "upper_bound")]),
    # two neighbouring digits: "three or four" (a range, not the number 34, nor 七八成 as 780%)
    ("要跑三四个部门", [Q("三四个", "count", (3, 4), "个")]),
    ("落户两三家企业", [Q("两三家", "count", (2, 3), "家")]),
    ("二三十家企业", [Q("二三十家", "count", (20, 30), "家")]),
    ("七八成企业", [Q("七八成", "percent", (70, 80), "%")]),
    ("投资三四百万元", [Q("三四百万元", "money", (3000000, 4000000), "CNY")]),
    ("三五年内", [Q("三五年", "duration", (3, 5), "year", "upper_bound")]),
]

# --- things that are not quantities ---------------------------------------------------------------
NEGATIVES = [
    "十四五期间", "“十三五”期间", "十二五期末",  # plan names
    "一二期项目同步建设", "一二年投产", "二三年竣工",  # two phases; the years 2012 and 2023 written short
    "致力构建“2+1”特色产业体系", "构建“5+1”产业体系", "“1+N”高质量发展政策体系", "3+N产业体系", "落实“1+1+9”工作部署",
    "重点加强7Cr17Mo、9Cr18MoV等高档钢材", "支持IPv6", "将携最新5G技术参展", "位于B2和D3展厅",  # codes
    "一是选准主导产业", "第二,我们将进一步加快集聚创新资源", "三是配套发展现代服务业",  # list markers
    "江门召开第三场专题新闻发布会", "第9届中国—东盟技术转移与创新合作大会", "江门市第十四次党代会报告",
    "围绕十四次党代会提出", "党的十八大以来", "北京中关村与外地合作重点打造的第三个科技园区",  # ordinals and names
    "全力打造千亿级合金材料产业集群", "力争2020年进入国家高新区百强行列",  # classes
    "形成四大产业微集群", "两大科技园区", "五大园区", "东西两岸",  # no measure word
    "一批高新技术企业", "一系列政策", "看一个高新区是不是有竞争力", "加快兴办一所应用型本科院校", "一次性给予",
    "一家从事广西金边蚂蟥产业化开发的企业",  # the indefinite 一
    "二期已完成总工程量的", "路网一期项目已完工", "首期控制性详细规划",  # phases
    "按照其科技成果转化服务所获收入1:1给予补贴",  # a ratio
    "2021年9月8日(星期三)16:00", "南宁市民族大道112号", "2018年", "2016年至2021年", "2016-2021年", "二〇二〇年",
    "下午两点召开", "过去的一年", "一年一度",  # dates, clock times, periods
    "“产业发展十条”和“科技创新十六条”",  # policy names
    "创新是第一动力", "将聘请第三方编制", "拥有二级甲等医院", "提供“一对一”服务", "“百千万工程”",
    "“两中心一基地”揭牌", "推动形成“一区多园”", "零部件", "三八折页",
    "来源:市府办 发布日期:2019-08-13 14:16 浏览量:-", "浏览量:1234次",
    "关键词: 江门规上工业企业研发机构覆盖率 五个行动具体内容 位居省内第一",  # page furniture
    "新闻发布平台 |科极网 |环球周刊网 |新商报网 |中国商界网 |5元服装包邮 |中华网河南 |网购省钱平台",
    "Copyright © 2011-2020 资本网 All Rights Reserved. 联系网站:55 16 53 8 @qq.com",
    "以新一代信息技术为引领", "二次开发", "有两位数增长",
]

# --- bugs the tests caught, with the sentence that showed them --------------------------------------
BUGS_CAUGHT = [
    # 升 was excluded before 到 ("rise to"), which broke the range 两升到三升
    ("两升到三升", [Q("两升到三升", "other", (2, 3), "L")]),
    # the numeral ran on into 百分位
    ("收盘价的百分之七十百分位", [Q("百分之七十", "percent", 70, "%")]),
    # 经过 ends like the qualifier 过
    ("经过两年的建设", [Q("两年", "duration", 2, "year")]),
    # 节约 ends like the qualifier 约
    ("节约用水3万吨", [Q("3万吨", "mass", 30000, "t")]),
    # 上下游 starts like the qualifier 上下
    ("吸引100家上下游企业", [Q("100家", "count", 100, "家")]),
    # 家居 after a count: 2180家居全省第6 is 2180家 and 第6
    ("突破2180家居全省第6", [Q("2180家", "count", 2180, "家", "lower_bound"), Q("第6", "rank", 6, "rank")]),
    # 1000万 2000万 in a list joined into one numeral
    ("投资1000万 2000万元", [Q("2000万元", "money", 20000000, "CNY")]),
]


def _ids(cases):
    return [c[0][:20] for c in cases]


@pytest.mark.parametrize(("text", "expected"), SEEDS, ids=_ids(SEEDS))
def test_seeds(rec, text, expected):
    assert found(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONFORMANCE, ids=_ids(CONFORMANCE))
def test_conformance(rec, text, expected):
    assert found(rec, text) == expected


@pytest.mark.parametrize(("text", "expected"), NEW, ids=_ids(NEW))
def test_new(rec, text, expected):
    assert found(rec, text) == expected


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:20] for t in NEGATIVES])
def test_not_quantities(rec, text):
    assert found(rec, text) == []


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT, ids=_ids(BUGS_CAUGHT))
def test_bugs_caught(rec, text, expected):
    assert found(rec, text) == expected


def test_yuan_can_be_forced():
    assert QuantityRecognizer(yuan="TWD")("营收3500亿元")[0].unit == "TWD"


# --- bad input -------------------------------------------------------------------------------------

ABSURD = [
    ("9" * 500 + "元", []),  # a 500-digit string: not an amount
    ("一亿亿亿亿元", [Q("一亿亿亿亿元", "money", 10**32, "CNY")]),
    ("1e400元", []),
    ("1" + "0" * 70 + "家", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), ABSURD, ids=["500 digits", "一亿亿亿亿", "1e400", "10^70", "empty"])
def test_absurd_input(rec, text, expected):
    assert found(rec, text) == expected


LONG = [
    ("一" * 50000 + "个", []),  # not a number: 50000 characters
    ("1" * 50000 + "家", []),
    ("第" * 20000 + "1", []),
    ("百分之" * 10000, [Q("百分之百", "percent", 100, "%")] * 5000),
    ("1,000" * 10000 + "元", []),
    ("%" * 50000, []),
    ("3家," * 20000, [Q("3家", "count", 3, "家")] * 20000),
]


@pytest.mark.parametrize(("text", "expected"), LONG, ids=["一 x50000", "1 x50000", "第 x20000", "百分之 x10000",
                                                          "1,000 x10000", "% x50000", "3家 x20000"])
def test_long_input(rec, text, expected):
    # A regression to backtracking over long runs would hang here rather than fail.
    assert found(rec, text) == expected


def test_type_error(rec):
    with pytest.raises(TypeError):
        rec(b"343.2\xe4\xba\xbf")  # type: ignore[arg-type]


# --- properties ------------------------------------------------------------------------------------

_ALPHABET = list("0123456789.,%-~至到第前超约近余多个家项名人亿万千百十一二两三四五六七八九零元美年月日倍成折分之点 ") + [
    "个百分点", "平方米", "亩", "以上", "左右", "“", "”", "+", "千瓦", "兆瓦", "人民币", "￥", "$"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
@example("0一折")  # (digits and a Chinese numeral before 折: no numeral at all, once a crash)
def test_results_are_valid_sorted_and_apart(text):
    quantities = shared_recognizer()(text)
    previous_end = 0
    for q in quantities:
        assert text[q.start:q.end] == q.text
        assert q.start >= previous_end
        previous_end = q.end
        again = Quantity.model_validate(q.model_dump())  # the fast constructor builds valid models
        assert again == q


def test_fast_models_equal_validated_ones(rec):
    q = rec("工业总产值343.2亿元")[0]
    assert q == Quantity(start=5, end=12, text="343.2亿元", kind="money", value=D("34320000000"), unit="CNY")
    assert q.model_dump(mode="json")["value"] == 34320000000


# --- the gold file: every quantity of the seeds ------------------------------------------------------

def _gold_documents() -> list[dict]:
    path = ROOT / "fixtures" / "gold" / "seeds.jsonl"
    if path.exists() and path.read_text(encoding="utf-8").strip():
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    spec = importlib.util.spec_from_file_location("gold_build", ROOT / "fixtures" / "gold" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build.build()


GOLD = _gold_documents()


def _key(q) -> tuple:
    get = q.get if isinstance(q, dict) else lambda f: getattr(q, f)
    values = tuple(None if get(f) is None else float(get(f)) for f in ("value", "low", "high"))
    return (get("start"), get("end"), get("kind"), values, get("unit"), get("qualifier"))


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_gold_quantities(rec, doc):
    norm = zonex.normalize(doc["text"])
    predicted = []
    for q in rec(norm.text):
        start, end = norm.to_original(q.start, q.end)
        predicted.append(q.model_copy(update={"start": start, "end": end, "text": doc["text"][start:end]}))
    expected = sorted(_key(q) for q in doc["quantities"])
    got = sorted(_key(q) for q in predicted)
    missing = [k for k in expected if k not in got]
    extra = [k for k in got if k not in expected]
    assert (missing, extra) == ([], [])


def test_an_amount_written_as_its_unit_alone_before_yishang():
    from zonex.quantities import QuantityRecognizer

    recognize = QuantityRecognizer()
    got = [(q.text, q.value, q.unit, q.qualifier) for q in recognize("全年新开工亿元以上产业项目326个,千万元以上项目90个")]
    assert got == [("亿元", Decimal("100000000"), "CNY", "lower_bound"), ("326个", Decimal("326"), "个", "exact"),
                   ("千万元", Decimal("10000000"), "CNY", "lower_bound"), ("90个", Decimal("90"), "个", "exact")], got
    # not without 以上 (亿元级 is a class, 亿元 alone a unit), nor inside a number
    assert [q.text for q in recognize("打造亿元级产业集群,单位为亿元")] == []
    assert [q.text for q in recognize("投资十亿元以上")] == ["十亿元"]


def test_a_class_of_graduates_is_no_count():
    from zonex.quantities import QuantityRecognizer

    recognize = QuantityRecognizer()
    assert [q.text for q in recognize("化工学院2008届校友孙立铭")] == []
    assert [q.text for q in recognize("已连续举办12届")] == ["12届"]


def test_rows_of_a_text_table_take_the_unit_in_their_label():
    from zonex.quantities import QuantityRecognizer

    recognize = QuantityRecognizer()
    got = [(q.text, q.value, q.unit) for q in recognize("地区生产总值(亿元):356.2,同比增长6.1%\n增速(%):8.3\n企业(家,截至9月末):587")]
    assert got == [("356.2", Decimal("35620000000"), "CNY"), ("6.1%", Decimal("6.1"), "%"),
                   ("8.3", Decimal("8.3"), "%"), ("587", Decimal("587"), "家")], got
    # not a bracket that is no unit, nor a number that has its own unit
    assert [q.text for q in recognize("项目(一期):2025年开工")] == []
    assert [q.text for q in recognize("投资(亿元):约30亿元")] == ["30亿元"]


def test_a_qualifier_before_zhan_qualifies_the_share(rec):
    # 约占…的四分之一: the qualifier stands before 占 and the whole, not before the number
    got = [(q.text, q.qualifier) for q in rec("出口额约占全省出口总额的四分之一,占全国的3%,其中接近占园区的六成。")]
    assert got == [("四分之一", "approx"), ("3%", "exact"), ("六成", "approx")], got
    # not across a clause: the 约 of another clause
    got = [(q.text, q.qualifier) for q in rec("入驻企业约100家,占全省的5%。")]
    assert got == [("100家", "approx"), ("5%", "exact")], got


def test_trips_of_vehicles_and_the_year_a_sentence_is_about(rec):
    # 辆次, 艘次: counts of trips (not 辆 and a stray 次); 攻坚突破的一年: the year spoken of, no duration
    got = [(q.text, q.unit) for q in rec("出入境车辆8.6万辆次,进出港船舶1200艘次。")]
    assert got == [("8.6万辆次", "辆次"), ("1200艘次", "艘次")], got
    assert [q.text for q in rec("2025年是高新区爬坡过坎、攻坚突破的一年。")] == []
    assert [q.text for q in rec("项目建设周期为一年,用了整整一年的时间。")] == ["一年", "一年"]


def test_an_amount_per_unit_of_land_or_energy_spans_its_per_unit(rec):
    # 38.7万元/亩: the span takes /亩, the value and unit stay the amount's; not /人次 (no per unit here)
    got = [(q.text, q.value, q.unit) for q in rec("亩均税收38.7万元/亩,单位能耗增加值2.1万元/吨标准煤,人均5万元/人次。")]
    assert got == [("38.7万元/亩", Decimal("387000"), "CNY"), ("2.1万元/吨标准煤", Decimal("21000"), "CNY"),
                   ("5万元", Decimal("50000"), "CNY")], got


def test_computing_power_in_flops():
    # 算力 in PFLOPS (the unit it is reported in), EFLOPS and TFLOPS in PFLOPS too
    doc = zonex.extract("算力规模由上年的300PFLOPS提升至800PFLOPS,力争达到2EFLOPS,单台500TFLOPS。")
    assert [(q.text, q.kind, q.value, q.unit) for q in doc.quantities] == [
        ("300PFLOPS", "other", 300, "PFLOPS"), ("800PFLOPS", "other", 800, "PFLOPS"),
        ("2EFLOPS", "other", 2000, "PFLOPS"), ("500TFLOPS", "other", Decimal("0.5"), "PFLOPS")]


def test_taiwans_units_and_kilowatt_hours_in_du():
    # 平方公尺 (m2), 瓩 (kW), 公噸 (t); 萬度/亿度 of electricity are kWh, a bare 度 stays degrees;
    # 分两期 counts two phases (一期, 二期 name one); 首破 is a lower bound
    doc = zonex.extract("樓地板面積約98萬平方公尺,裝置容量4,800瓩,減碳3,070公噸,發電量620萬度,用电量1.2亿度,气温35度。"
                        "项目分两期建设,一期投资2亿元,在孵企业首破400家。")
    assert [(q.text, q.kind, q.value, q.unit, q.qualifier) for q in doc.quantities] == [
        ("98萬平方公尺", "area", 980000, "m2", "approx"), ("4,800瓩", "power", 4800, "kW", "exact"),
        ("3,070公噸", "mass", 3070, "t", "exact"), ("620萬度", "energy", 6200000, "kWh", "exact"),
        ("1.2亿度", "energy", 120000000, "kWh", "exact"), ("35度", "other", 35, "°", "exact"),
        ("两期", "count", 2, "期", "exact"), ("2亿元", "money", 200000000, "CNY", "exact"),
        ("400家", "count", 400, "家", "lower_bound")]


def test_kilowatt_hours_in_wa_and_petaflops_and_card_hours():
    # set 102: 瓩時 is kWh (瓩 alone kW); set 100: P after digits is petaflops (3P空调: horsepower), 卡时 GPU-hours
    doc = zonex.extract("儲能系統全年放電18.6萬瓩時，裝置容量7.5萬瓩，每案500至4,000瓩時。智能算力规模6,800P，调度算力2,150万卡时，采购3P空调。")
    assert [(q.text, q.kind, q.value, q.unit) for q in doc.quantities] == [
        ("18.6萬瓩時", "energy", 186000, "kWh"), ("7.5萬瓩", "power", 75000, "kW"),
        ("500至4,000瓩時", "energy", None, "kWh"), ("6,800P", "other", 6800, "PFLOPS"),
        ("2,150万卡时", "other", 21500000, "卡时")]


def test_currencies_of_partner_countries_orders_and_containers(rec):
    # 令吉 and 新元 (Malaysia's and Singapore's money), 单 counting orders, 个标准箱 (TEU); 单位 is
    # no count; 可达 reaches a level (no bound) where 一次性可达 and 最高可达 cap a subsidy
    assert [(q.text, q.unit) for q in rec("吸引投资227亿令吉,合同额3.5亿新元。")] == [("227亿令吉", "MYR"), ("3.5亿新元", "SGD")]
    assert [(q.text, q.unit) for q in rec("单量1860万单,吞吐量72万个标准箱,成交5单。")] == [
        ("1860万单", "单"), ("72万个标准箱", "标准箱"), ("5单", "单")]
    assert rec("共有1单位参加") == []
    assert [q.qualifier for q in rec("年产值可达60亿元,一次性可达500万元,最高可达300万元")] == [
        "exact", "upper_bound", "upper_bound"]


def test_a_session_of_an_assembly_is_no_count():
    # set 31: 市政协十四届五次会议, 十四届全国人大: the session's ordinal; 举办三届 is a count
    from zonex.quantities import QuantityRecognizer
    recognize = QuantityRecognizer()
    assert recognize("关于市政协十四届五次会议第0087号提案的答复") == []
    assert recognize("十四届全国人大代表") == []
    assert [q.text for q in recognize("已连续举办三届")] == ["三届"]


def test_the_last_years_months_of_pay_and_a_margin(rec):
    # set 68: 近3年 is the last three years (历时近3年, 长达近十年: nearly); months of pay after a
    # word of pay in the clause, or in a change against the pay before, are an amount, not a span
    # of time (项目工期18个月 stays one); 正负3.1个百分点 is a margin, not a negative number
    assert [(q.text, q.qualifier) for q in rec("近3年无违法记录,项目历时近3年建成,长达近十年")] == [
        ("3年", "exact"), ("3年", "approx"), ("十年", "approx")]
    got = [(q.text, q.kind, q.unit) for q in rec("年终奖金1.65个月,较上年增加0.12个月;项目工期18个月,较计划缩短2个月")]
    assert got == [("1.65个月", "other", "month"), ("0.12个月", "other", "month"),
                   ("18个月", "duration", "month"), ("2个月", "duration", "month")], got
    assert [(q.text, q.value) for q in rec("抽样误差为正负3.1个百分点,气温为负3度")] == [
        ("3.1个百分点", Decimal("3.1")), ("负3度", Decimal("-3"))]


def test_measure_words_of_archives_and_signs(rec):
    # sets 83-84: volumes of archives (卷, 卷次), frames of scans (画幅), characters of a book (万字)
    # and signs (面) are counts; not 卷入, 十字路口 or 面临, nor a lone Chinese numeral before 字 or 面
    assert found(rec, "馆藏档案12.36万卷，调阅档案6,800余卷次，数字化副本1,080万画幅，共约86万字，警示标志38面") == [
        Q("12.36万卷", "count", 123600, "卷"), Q("6,800余卷次", "count", 6800, "卷次", "lower_bound"),
        Q("1,080万画幅", "count", 10800000, "画幅"), Q("86万字", "count", 860000, "字", "approx"), Q("38面", "count", 38, "面")]
    assert found(rec, "3家企业卷入纠纷，十字路口，3面临，一面旗帜") == [Q("3家", "count", 3, "家")]


def test_a_trillion_before_the_pages_year_on_year_word_is_no_duration():
    # set 109: 营业额逾1.2兆 年增近2成: 年 opens 年增, no span of 1.2 trillion years
    got = [(q.text, q.kind) for q in zonex.extract("南科前三季營業額逾1.2兆 年增近2成").quantities]
    assert ("1.2兆 年", "duration") not in got and ("2成", "percent") in got, got
    assert [(q.text, q.kind) for q in zonex.extract("工期3 年").quantities] == [("3 年", "duration")]


def test_the_first_months_of_a_year_are_a_period_not_a_duration():
    # set 111: 前11个月实现营收38.6亿元 (but 提前3个月完工: three months ahead, a span of time)
    found = [(q.text, q.kind) for q in QuantityRecognizer()("园区企业前11个月实现营收38.6亿元，项目提前3个月完工。")]
    assert found == [("38.6亿元", "money"), ("3个月", "duration")]


def test_a_rank_listed_after_another_and_the_first_place_is_no_rank():
    # set 118: 稳居全国第5位、中部地区第一: the list's next rank, its verb the first's; 居首位 is no
    # quantity (settled after set 118 for the majority: seven pages of sets 51–81 against one)
    found = [(q.text, q.kind, q.value) for q in QuantityRecognizer()(
        "研发投入强度连续多年居全省首位。货运规模稳居全国第5位、中部地区第一。第一批项目开工。")]
    assert found == [("第5位", "rank", 5), ("第一", "rank", 1)], found


def test_a_dates_month_and_day_before_a_measure_word_are_no_range():
    # set 40 (2026-05-20　單集長度) and bylines: 2026-10-21 张江发布 is a date, then the source; 10-21 张
    # is no count
    for page in ("2026-10-21 张江发布", "发布时间:2026/10/21 家园", "2026.10.21 张三 报道"):
        assert zonex.extract(page).quantities == [], page
    assert [q.text for q in zonex.extract("2019-2025年新增3家").quantities] == ["3家"]


def test_the_class_of_a_drug_or_a_device_is_no_count():
    # sets 119 and 24: 1类创新药, 三类创新医疗器械 and 3类标准 name a class (a code); 4类维修产品 counts kinds
    got = [q.text for q in zonex.extract("获批上市1类创新药9款，新增获批三类创新医疗器械注册证14个，达到3类标准").quantities]
    assert got == ["9款", "14个"], got
    assert [q.text for q in zonex.extract("新增4类维修产品").quantities] == ["4类"]


def test_floor_space_in_ping_and_words_that_only_look_like_counts(rec):
    # set 129: 坪, Taiwan's unit of floor space, kept as written (not 坪山, 坪效); 104人力銀行 is a
    # job bank's name, not 104 people; 集约 ends a word, no 约 of the number after it; 页码:312 字数:
    # is two labels (字数), no count of characters
    assert found(rec, "樓地板面積約8.6萬坪（約28.4萬平方公尺），深圳3坪山區，坪效") == [
        Q("8.6万坪", "area", 86000, "ping", "approx"), Q("28.4万平方公尺", "area", 284000, "m2", "approx")]
    assert found(rec, "據104人力銀行統計，新增就業120人") == [Q("120人", "count", 120, "人")]
    assert found(rec, "開放合作、綠色集約4個方面") == [Q("4个", "count", 4, "个")]
    assert found(rec, "页码：312—314　字数：1627，全文 3000 字") == [Q("3000 字", "count", 3000, "字")]
    # set 130: a video's view counter written after the count (86万次播放)
    assert found(rec, "济南高新发布的微博视频　86万次播放，全年开展活动120次") == [Q("120次", "count", 120, "次")]


def test_macao_money_before_its_amount_and_round_levels_and_bounds(rec):
    # set 133: 澳门元 written before the amount is inside the money span, as 新台币 is; a round bare
    # magnitude after a level's verb or 目标 is that level (目标百亿澳门元), not a word (千家万户,
    # 百亿级); 最高达 and 最高可获 bound what follows; 新一年 is the new year, no duration
    assert found(rec, "貸款餘額達澳門元86.2億元") == [Q("澳门元86.2亿元", "money", 8620000000, "MOP")]
    assert found(rec, "今年貸款規模目標百億澳門元") == [Q("百亿澳门元", "money", 10000000000, "MOP")]
    assert found(rec, "惠及千家万户，打造百亿级产业集群") == []
    assert found(rec, "年薪最高达50万元，單一企業最高可獲澳門幣5,000萬元授信") == [
        Q("50万元", "money", 500000, "CNY", "upper_bound"), Q("澳门币5,000万元", "money", 50000000, "MOP", "upper_bound")]
    assert found(rec, "展望新一年，濠江银行计划") == []
    # set 134: 约为 before a multiple of another year's level qualifies it, as 约占 does a share
    assert found(rec, "用水量约为2026年的1.6倍") == [Q("1.6倍", "multiple", 1.6, "times", "approx")]
