"""Entity recognition against segmentation of the same seed texts (the issue's speed target).

Run with pytest-benchmark (one group, so the table compares them directly)::

    pytest benchmarks/bench_entities.py --benchmark-group-by=group

or as a script, which prints characters per second and the ratio::

    python benchmarks/bench_entities.py

The texts are the normalised seeds, as the pipeline gives them to both stages. "Segmentation"
is what the pipeline pays for it (``Segmenter.tokens``: rjieba with the domain dictionary and
offsets); ``jieba.lcut`` is shown for reference. Timing is never asserted in unit tests.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import zonex
from zonex.ner.rules import RuleEntityRecognizer
from zonex.segment import Segmenter

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def _texts() -> list[str]:
    return [zonex.normalize(p.read_text(encoding="utf-8")).text for p in SEEDS]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


@pytest.mark.benchmark(group="entities-vs-segmentation")
def test_segmentation(benchmark, texts):
    segmenter = Segmenter()
    benchmark(lambda: [segmenter.tokens(t) for t in texts])


@pytest.mark.benchmark(group="entities-vs-segmentation")
def test_rule_entities(benchmark, texts):
    recognizer = RuleEntityRecognizer()
    benchmark(lambda: [recognizer(t, None) for t in texts])


def _best(fn, texts, rounds: int = 15) -> float:
    fn(texts[0])
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    import jieba

    texts = _texts()
    chars = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.initialize()
    recognizer = RuleEntityRecognizer()
    segmentation = _best(Segmenter().tokens, texts)
    entities = _best(lambda t: recognizer(t, None), texts)
    reference = _best(jieba.lcut, texts, rounds=3)
    for name, seconds in (
        ("segmentation (Segmenter.tokens)", segmentation),
        ("rule entities (RuleEntityRecognizer)", entities),
        ("jieba.lcut (reference)", reference),
    ):
        print(f"{name:40s} {seconds * 1000:8.2f} ms  {chars / seconds / 1e6:6.2f} M chars/s")
    print(f"entities / segmentation: {entities / segmentation:.2f} ({chars} characters, {len(texts)} seeds, best of 15)")


if __name__ == "__main__":
    main()
