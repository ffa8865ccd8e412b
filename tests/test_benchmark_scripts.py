"""The benchmark scripts' own tables stay in step with zonex's unit lexicon.

``benchmarks/conformance.py`` converts zonex's units into the peers' (seconds, grams) to score
zonex on the peers' test cases. When a unit code of ``units.tsv`` changed (``h`` → ``hour``),
the script silently scored every such case as a miss: these tests fail instead.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from zonex.quantities import QuantityRecognizer, load_units

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def conformance():
    spec = importlib.util.spec_from_file_location("zonex_bench_conformance", ROOT / "benchmarks" / "conformance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _units_of(kind: str) -> set[str]:
    return {u.unit for u in load_units() if u.kind == kind and u.unit}


def test_every_duration_unit_converts_to_seconds(conformance):
    assert _units_of("duration") <= set(conformance._SECONDS)


def test_every_mass_unit_converts_to_grams(conformance):
    assert _units_of("mass") <= set(conformance._GRAMS)


@pytest.mark.parametrize(
    ("text", "duckling_unit", "value"),
    [("会议持续了半小时", "Minute", 30), ("处理时限压缩至2个小时", "Hour", 2), ("用时90秒", "Second", 90),
     ("两年", "Year", 2), ("三天", "Day", 3), ("重3吨", "Gram", 3_000_000)],
)
def test_a_zonex_quantity_scores_against_the_peers_unit(conformance, text, duckling_unit, value):
    [q] = QuantityRecognizer()(text)
    dim = "quantity" if duckling_unit == "Gram" else "duration"
    case = {"dim": dim, "unit": duckling_unit, "kind": "simple", "value": value, "from": None, "to": None}
    assert conformance._duckling_value_ok(q, case)
    assert not conformance._duckling_value_ok(q, case | {"value": value * 2})
