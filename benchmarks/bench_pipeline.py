"""pytest-benchmark micro-benchmarks of every stage on the seeds, with jieba.lcut as the baseline.

    pytest benchmarks/bench_pipeline.py --benchmark-columns=min,median,ops

Each benchmark processes the five seeds once (75 K characters); ``extra_info["chars_per_s"]``
holds the throughput. Compare each stage's time with ``test_baseline_jieba_lcut`` of the same
run: the machines are noisy, the ratios are what carries over.
"""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from zonex import Pipeline
from zonex.pipeline import Analysis

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))]
CHARS = sum(len(t) for t in SEEDS)


@pytest.fixture(scope="module")
def pipeline():
    p = Pipeline()
    p.extract(SEEDS[0])
    return p


@pytest.fixture(scope="module")
def normalized(pipeline):
    return [pipeline.normalizer(t) for t in SEEDS]


@pytest.fixture(scope="module")
def analyses(pipeline):
    return [pipeline.analyse(t) for t in SEEDS]


def run(benchmark, fn, items):
    benchmark.extra_info["chars"] = CHARS
    benchmark(lambda: [fn(x) for x in items])
    benchmark.extra_info["chars_per_s"] = CHARS / benchmark.stats.stats.min


def test_baseline_jieba_lcut(benchmark):
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    run(benchmark, jieba.lcut, SEEDS)


def test_normalize(benchmark, pipeline):
    run(benchmark, pipeline.normalizer, SEEDS)


def test_segment(benchmark, pipeline, normalized):
    run(benchmark, lambda n: pipeline.segmenter.tokens(n.text), normalized)


def test_quantities(benchmark, pipeline, normalized):
    run(benchmark, lambda n: pipeline.quantity_recognizer(n.text), normalized)


def test_times(benchmark, pipeline, normalized):
    run(benchmark, lambda n: pipeline.time_recognizer(n.text), normalized)


def test_entities(benchmark, pipeline, normalized):
    run(benchmark, lambda n: pipeline.entity_recognizer(n.text, Analysis(n, pipeline.segmenter)), normalized)


def test_claims(benchmark, pipeline, analyses):
    run(benchmark, pipeline.claim_assembler, analyses)


def test_whole_pipeline_extract(benchmark, pipeline):
    run(benchmark, pipeline.extract, SEEDS)


def test_whole_pipeline_pipe(benchmark, pipeline):
    # The five seeds as one batch: each stage runs over all of them before the next.
    run(benchmark, lambda texts: list(pipeline.pipe(texts)), [SEEDS])
