"""Entity recognition against segmentation of the same seed texts (the issue's speed target).

Run with pytest-benchmark (one group, so the table compares them directly)::

    pytest benchmarks/bench_entities.py --benchmark-group-by=group

or as a script, which prints milliseconds per pass over the five seeds, characters per second
and the ratios of the three in the same run (and ``main_subject`` over the entities found, which the
claims stage calls once per document)::

    python benchmarks/bench_entities.py [--rounds 15] [--repeat 1]

The texts are the normalised seeds, as the pipeline gives them to both stages. "Segmentation"
is what the pipeline pays for it (``Segmenter.tokens``: rjieba with the domain dictionary and
offsets); ``jieba.lcut`` is the reference of the throughput target. Each figure is the best of
``--rounds`` passes, the recogniser built once, the four taking turns in each round (a slow
minute of the shared machine then slows all of them); ``--repeat`` runs the whole comparison
again (figures move by 10-20 % between runs). The recogniser keeps the tag of
each word it has seen; its first pass over the seeds, with nothing kept yet, is shown too.
Timing is never asserted in unit tests.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import zonex
from zonex.ner.rules import RuleEntityRecognizer
from zonex.ner.subjects import main_subject
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


def _best_in_turns(fns: dict[str, Callable[[str], object]], texts: list[str], rounds: int = 15) -> dict[str, float]:
    """Best time of a pass over ``texts`` for each function; the functions take turns, one pass
    each per round, so that a slow minute of the shared machine slows all of them, not only the
    one that happened to run then."""
    for fn in fns.values():
        fn(texts[0])
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            start = time.perf_counter()
            for t in texts:
                fn(t)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def _first_pass(texts: list[str]) -> float:
    """One pass of a new recogniser (after one unrelated sentence, which loads rjieba's
    dictionary): the tags of the words are not kept yet."""
    recognizer = RuleEntityRecognizer()
    recognizer("广东省科学技术厅。", None)
    start = time.perf_counter()
    for t in texts:
        recognizer(t, None)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    import jieba

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="passes timed; the best counts (default 15)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of the whole comparison (default 1)")
    args = parser.parse_args(argv)

    texts = _texts()
    chars = sum(map(len, texts))
    jieba.setLogLevel(60)
    jieba.initialize()
    recognizer = RuleEntityRecognizer()
    segmenter = Segmenter()
    first = _first_pass(texts)
    found = {t: recognizer(t, None) for t in texts}
    for run in range(args.repeat):
        best = _best_in_turns(
            {
                "segmentation": segmenter.tokens,
                "entities": lambda t: recognizer(t, None),
                "reference": jieba.lcut,
                "subjects": lambda t: main_subject(t, found[t]),
            },
            texts,
            args.rounds,
        )
        segmentation, entities, reference, subjects = (
            best["segmentation"], best["entities"], best["reference"], best["subjects"]
        )
        if args.repeat > 1:
            print(f"run {run + 1}")
        for name, seconds in (
            ("segmentation (Segmenter.tokens)", segmentation),
            ("rule entities (RuleEntityRecognizer)", entities),
            ("jieba.lcut (reference)", reference),
            ("main_subject (claims stage)", subjects),
        ):
            print(f"{name:40s} {seconds * 1000:8.2f} ms  {chars / seconds / 1e6:6.2f} M chars/s")
        print(
            f"entities / segmentation: {entities / segmentation:.2f}; entities / jieba.lcut: {entities / reference:.3f}"
            f" ({chars} characters, {len(texts)} seeds, best of {args.rounds})"
        )
    print(f"rule entities, first pass of a new recogniser: {first * 1000:.2f} ms")


if __name__ == "__main__":
    main()
