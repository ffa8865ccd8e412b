"""The gold file of the seeds: built from its sources, valid, and consistent with the seeds."""

from __future__ import annotations

import importlib.util
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
        pytest.skip("shared/spec/check_gold.py is not beside the repository")
    result = subprocess.run([sys.executable, str(checker), str(GOLD)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert " 0 problems" in result.stdout


def _heldout_sets() -> dict[str, tuple[str, ...]]:
    """Every held-out set ``build.py`` builds, with its three pages: set n holds h(3n-2)…h(3n)
    (set 1 is ``heldout``, the others ``heldoutN``); the number of sets is ``build.py``'s own."""
    spec = importlib.util.spec_from_file_location("gold_build", ROOT / "fixtures" / "gold" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)  # type: ignore[union-attr]
    return {("heldout" if n == 1 else f"heldout{n}"): tuple(f"h{k:02d}" for k in range(3 * n - 2, 3 * n + 1))
            for n in range(1, build.HELDOUT_SETS + 1)}


HELDOUT_SETS = _heldout_sets()


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
