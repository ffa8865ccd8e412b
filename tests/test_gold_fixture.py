"""The gold file of the seeds: built from its sources, valid, and consistent with the seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold" / "seeds.jsonl"


def test_gold_file_is_built_from_its_sources():
    result = subprocess.run([sys.executable, str(ROOT / "fixtures" / "gold" / "build.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_gold_covers_every_seed_with_its_exact_text():
    docs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert sorted(Path(d["source"]).name for d in docs) == seeds
    for doc in docs:
        assert doc["text"] == (ROOT / doc["source"]).read_text(encoding="utf-8")
        assert doc["quantities"] and doc["claims"] and doc["entities"]


def test_gold_validates_against_the_spec_checker_when_available():
    checker = ROOT.parent / "shared" / "spec" / "check_gold.py"
    if not checker.exists():
        import pytest

        pytest.skip("shared/spec/check_gold.py is not beside the repository")
    result = subprocess.run([sys.executable, str(checker), str(GOLD)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert " 0 problems" in result.stdout


HELDOUT_SETS = {"heldout": ("h01", "h02", "h03"), "heldout2": ("h04", "h05", "h06"), "heldout3": ("h07", "h08", "h09"),
                "heldout4": ("h10", "h11", "h12"), "heldout5": ("h13", "h14", "h15"), "heldout6": ("h16", "h17", "h18"),
                "heldout7": ("h19", "h20", "h21"), "heldout8": ("h22", "h23", "h24"),
                "heldout9": ("h25", "h26", "h27"), "heldout10": ("h28", "h29", "h30"),
                "heldout11": ("h31", "h32", "h33"), "heldout12": ("h34", "h35", "h36"),
                "heldout13": ("h37", "h38", "h39"), "heldout14": ("h40", "h41", "h42"),
                "heldout15": ("h43", "h44", "h45"), "heldout16": ("h46", "h47", "h48"),
                "heldout17": ("h49", "h50", "h51"), "heldout18": ("h52", "h53", "h54"),
                "heldout19": ("h55", "h56", "h57"), "heldout20": ("h58", "h59", "h60"),
                "heldout21": ("h61", "h62", "h63"),
                "heldout22": ("h64", "h65", "h66"),
                "heldout23": ("h67", "h68", "h69"),
                "heldout24": ("h70", "h71", "h72"),
                "heldout25": ("h73", "h74", "h75"),
                "heldout26": ("h76", "h77", "h78"),
                "heldout27": ("h79", "h80", "h81"),
                "heldout28": ("h82", "h83", "h84"),
                "heldout29": ("h85", "h86", "h87"), "heldout30": ("h88", "h89", "h90"),
                "heldout31": ("h91", "h92", "h93"), "heldout32": ("h94", "h95", "h96"),
                "heldout33": ("h97", "h98", "h99"), "heldout34": ("h100", "h101", "h102"),
                "heldout35": ("h103", "h104", "h105"), "heldout36": ("h106", "h107", "h108"),
                "heldout37": ("h109", "h110", "h111"), "heldout38": ("h112", "h113", "h114"),
                "heldout39": ("h115", "h116", "h117"), "heldout40": ("h118", "h119", "h120"),
                "heldout41": ("h121", "h122", "h123"), "heldout42": ("h124", "h125", "h126"),
                "heldout43": ("h127", "h128", "h129"), "heldout44": ("h130", "h131", "h132"),
                "heldout45": ("h133", "h134", "h135"), "heldout46": ("h136", "h137", "h138"),
                "heldout47": ("h139", "h140", "h141"), "heldout48": ("h142", "h143", "h144"),
                "heldout49": ("h145", "h146", "h147"), "heldout50": ("h148", "h149", "h150"),
                "heldout51": ("h151", "h152", "h153"), "heldout52": ("h154", "h155", "h156"),
                "heldout53": ("h157", "h158", "h159"), "heldout54": ("h160", "h161", "h162"),
                "heldout55": ("h163", "h164", "h165"), "heldout56": ("h166", "h167", "h168"),
                "heldout57": ("h169", "h170", "h171"), "heldout58": ("h172", "h173", "h174"),
                "heldout59": ("h175", "h176", "h177"), "heldout60": ("h178", "h179", "h180"),
                "heldout61": ("h181", "h182", "h183"), "heldout62": ("h184", "h185", "h186"),
                "heldout63": ("h187", "h188", "h189"), "heldout64": ("h190", "h191", "h192"),
                "heldout65": ("h193", "h194", "h195"),
                "heldout66": ("h196", "h197", "h198"),
                "heldout67": ("h199", "h200", "h201"),
                "heldout68": ("h202", "h203", "h204"),
                "heldout69": ("h205", "h206", "h207"),
                "heldout70": ("h208", "h209", "h210"),
                "heldout71": ("h211", "h212", "h213"),
                "heldout72": ("h214", "h215", "h216"),
                "heldout73": ("h217", "h218", "h219"),
                "heldout74": ("h220", "h221", "h222"),
                "heldout75": ("h223", "h224", "h225"),
                "heldout76": ("h226", "h227", "h228"),
                "heldout77": ("h229", "h230", "h231"),
                "heldout78": ("h232", "h233", "h234"),
                "heldout79": ("h235", "h236", "h237"),
                "heldout80": ("h238", "h239", "h240"),
                "heldout81": ("h241", "h242", "h243"),
                "heldout82": ("h244", "h245", "h246"),
                "heldout83": ("h247", "h248", "h249"),
                "heldout84": ("h250", "h251", "h252"),
                "heldout85": ("h253", "h254", "h255"),
                "heldout86": ("h256", "h257", "h258"),
                "heldout87": ("h259", "h260", "h261"),
                "heldout88": ("h262", "h263", "h264"), "heldout89": ("h265", "h266", "h267"),
                "heldout90": ("h268", "h269", "h270"), "heldout91": ("h271", "h272", "h273"),
                "heldout92": ("h274", "h275", "h276"), "heldout93": ("h277", "h278", "h279"),
                "heldout94": ("h280", "h281", "h282"), "heldout95": ("h283", "h284", "h285"),
                "heldout96": ("h286", "h287", "h288"), "heldout97": ("h289", "h290", "h291"),
                "heldout98": ("h292", "h293", "h294")}


@pytest.mark.parametrize("name", HELDOUT_SETS)
def test_heldout_gold_is_built_from_its_sources_and_covers_its_pages(name):
    result = subprocess.run([sys.executable, str(ROOT / "fixtures" / "gold" / "build.py"), "--set", name, "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    gold = ROOT / "fixtures" / "gold" / f"{name}.jsonl"
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    # (h10_… is set 4's, h100_… set 34's: a page's number ends at its underscore)
    pages = sorted(p.name for p in (ROOT / "fixtures" / "heldout").glob("*.txt")
                   if p.name.startswith(tuple(f"{page}_" for page in HELDOUT_SETS[name])))
    assert sorted(Path(d["source"]).name for d in docs) == pages and len(pages) == len(HELDOUT_SETS[name])
    for doc in docs:
        assert doc["text"] == (ROOT / doc["source"]).read_text(encoding="utf-8")
        assert doc["quantities"] and doc["claims"] and doc["entities"]


@pytest.mark.parametrize("name", HELDOUT_SETS)
def test_heldout_gold_validates_against_the_spec_checker_when_available(name):
    checker = ROOT.parent / "shared" / "spec" / "check_gold.py"
    if not checker.exists():
        pytest.skip("shared/spec/check_gold.py is not beside the repository")
    result = subprocess.run([sys.executable, str(checker), str(ROOT / "fixtures" / "gold" / f"{name}.jsonl")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and " 0 problems" in result.stdout, result.stdout
