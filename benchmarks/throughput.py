#!/usr/bin/env python3
"""Corpus throughput of zonex, next to jieba.lcut timed on the same text in the same run.

    python benchmarks/throughput.py                      # seeds repeated to 10 MB
    python benchmarks/throughput.py --corpus DIR         # any folder of .txt files
    python benchmarks/throughput.py --scaling            # 1 KB … 10 MB documents: cost per character
    python benchmarks/throughput.py --scaling --one-line # the same, every document one long line
    python benchmarks/throughput.py --batch              # zonex extract -j 1 vs -j 2 on a folder
    python benchmarks/throughput.py --peers              # jionlp / Recognizers-Text side by side (bench extra)
    python benchmarks/throughput.py --startup            # import zonex + first extract, in a fresh process

Machines are noisy: every figure is printed next to a baseline measured in the same process
(jieba.lcut of the same text), and the ratio is the number to compare across machines. The
measured functions take turns on each slice of about 100 K characters of the corpus (not one
after the other over all of it), so that a slow minute of a shared machine slows all of them,
not only the one that happened to run then.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def load_corpus(corpus: str | None, size_mb: float) -> list[str]:
    paths = sorted(Path(corpus).rglob("*.txt")) if corpus else SEEDS
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not texts:
        sys.exit(f"no .txt files under {corpus}")
    docs, total, target = [], 0, size_mb * 1_000_000
    while total < target:
        for t in texts:
            docs.append(t)
            total += len(t.encode("utf-8"))
            if total >= target:
                break
    return docs


def timed(fn, docs) -> float:
    gc.collect()
    start = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - start


def timed_in_turns(fns: dict, docs: list[str], slice_chars: int = 100_000, batch_fns: dict | None = None) -> dict[str, float]:
    """Seconds each function spends on all ``docs``, the functions taking turns slice by slice.

    ``fns`` take one document; ``batch_fns`` take the list of a slice's documents.

    The order of the turns rotates from one slice to the next, so that no function always runs
    right after the same other one (caches, allocator state).
    """
    slices, current, size = [], [], 0
    for d in docs:
        current.append(d)
        size += len(d)
        if size >= slice_chars:
            slices.append(current)
            current, size = [], 0
    if current:
        slices.append(current)
    batch_fns = batch_fns or {}
    fns = {**fns, **dict.fromkeys(batch_fns)}
    names = list(fns)
    totals = dict.fromkeys(names, 0.0)
    gc.collect()
    for i, part in enumerate(slices):
        for k in range(len(names)):
            name = names[(i + k) % len(names)]
            fn = fns[name]
            start = time.perf_counter()
            if name in batch_fns:
                batch_fns[name](part)
            else:
                for d in part:
                    fn(d)
            totals[name] += time.perf_counter() - start
    return totals


def row(name: str, chars: int, ndocs: int, seconds: float, baseline: float | None) -> str:
    cps = chars / seconds
    ratio = f"{(baseline / seconds):6.2f}x" if baseline else "   1.00x"
    return f"| {name:<34} | {cps / 1e6:8.3f} M | {ndocs / seconds:10.1f} | {seconds:8.2f} | {ratio} |"


def main_throughput(args) -> dict:
    import jieba

    import zonex
    from zonex.pipeline import Pipeline

    docs = load_corpus(args.corpus, args.size_mb)
    chars = sum(len(d) for d in docs)
    jieba.setLogLevel(60)
    jieba.lcut("预热")
    pipeline = Pipeline()
    pipeline.extract(docs[0])  # warm caches, as a batch worker would be
    results = {"documents": len(docs), "characters": chars, "megabytes": args.size_mb, "zonex": zonex.__version__}
    normalized = {d: pipeline.normalizer(d).text for d in docs}  # the corpus repeats: one entry per text
    t = timed_in_turns({
        "jieba": jieba.lcut,
        "pipeline": pipeline.extract,
        "quantities": lambda d: pipeline.quantity_recognizer(pipeline.normalizer(d).text),
        "recognise": lambda d: pipeline.quantity_recognizer(normalized[d]),
        "normalize": pipeline.normalizer,
        "segment": lambda d: pipeline.segmenter.tokens(pipeline.normalizer(d).text),
    }, docs, batch_fns={"pipe": lambda part: list(pipeline.pipe(part))})
    t_jieba, t_pipeline, t_quantities = t["jieba"], t["pipeline"], t["quantities"]
    t_recognise, t_normalize, t_segment = t["recognise"], t["normalize"], t["segment"]
    print(f"corpus: {len(docs)} documents, {chars:,} characters ({args.size_mb} MB of UTF-8)\n")
    print("| what | chars/s | docs/s | seconds | vs jieba.lcut |")
    print("|---|---|---|---|---|")
    print(row("jieba.lcut (baseline)", chars, len(docs), t_jieba, None))
    print(row("zonex Pipeline.extract (all stages)", chars, len(docs), t_pipeline, t_jieba))
    print(row("zonex Pipeline.pipe (stage by stage)", chars, len(docs), t["pipe"], t_jieba))
    print(row("zonex quantities (normalise + recognise)", chars, len(docs), t_quantities, t_jieba))
    print(row("zonex quantity recognition alone", chars, len(docs), t_recognise, t_jieba))
    print(row("zonex normalise only", chars, len(docs), t_normalize, t_jieba))
    print(row("zonex segment (rjieba + domain dict)", chars, len(docs), t_segment, t_jieba))
    print(f"\npeak RSS of this process: {peak_rss_mb():.0f} MB")
    results.update(
        jieba_cps=chars / t_jieba, pipeline_cps=chars / t_pipeline, quantities_cps=chars / t_quantities,
        pipeline_vs_jieba=t_jieba / t_pipeline, pipe_vs_jieba=t_jieba / t["pipe"], quantities_vs_jieba=t_jieba / t_quantities,
        recognition_vs_jieba=t_jieba / t_recognise,
        peak_rss_mb=peak_rss_mb(),
    )
    return results


def main_scaling(args) -> dict:
    """Per-character cost from 1 KB to 10 MB documents: it must stay flat (linear cost).

    Every size reads the same 3.5 M characters (the seeds repeated), cut into documents of that
    size, so that only the document size changes between rows, not the content. The sizes take
    turns, two rounds, and each keeps its best round: a slow minute of the machine then does
    not land on one size only. Two ways of running: ``extract`` one document at a time, and
    ``pipe`` (what ``zonex extract`` does: the stages run over batches of documents).
    """
    from zonex.pipeline import Pipeline

    pipeline = Pipeline()
    base = "".join(p.read_text(encoding="utf-8") for p in SEEDS)
    total = 3_500_000  # about 10 MB of UTF-8
    stream = (base * (total // len(base) + 1))[:total]
    if args.one_line:  # documents without a newline: what walks back to a line start pays most
        stream = stream.replace("\n", " ")
    sizes = [333, 3_333, 33_333, 333_333, total]  # ≈ 1 KB, 10 KB, 100 KB, 1 MB, 10 MB of UTF-8
    out: dict = {"extract": {}, "pipe": {}}
    pipeline.extract(stream[:1000])
    ways = {"extract": lambda docs: timed(pipeline.extract, docs),
            "pipe": lambda docs: timed(lambda batch: list(pipeline.pipe(batch)), [docs])}
    best = {(way, size): float("inf") for way in ways for size in sizes}
    for _ in range(2):
        for size in sizes:
            docs = [stream[i:i + size] for i in range(0, total, size)]
            for way, run in ways.items():
                best[way, size] = min(best[way, size], run(docs))
    print("| document size (UTF-8) | documents | extract chars/s | of the fastest | pipe chars/s | of the fastest |")
    print("|---|---|---|---|---|---|")
    for way in ways:
        out[way] = {size: total / best[way, size] for size in sizes}
    for size in sizes:
        ndocs = -(-total // size)
        cells = [f"{out[way][size] / 1e6:.3f} M | {out[way][size] / max(out[way].values()):.2f}" for way in ways]
        print(f"| {len(stream[:size].encode('utf-8')) / 1e3:>9,.0f} KB | {ndocs:>6} | {' | '.join(cells)} |")
    for way in ways:
        low, high = min(out[way].values()), max(out[way].values())
        print(f"{way}: slowest size at {low / high:.2f} of the fastest")
    return {"scaling_cps": out}


def main_batch(args) -> dict:
    """``zonex extract -j 1`` against ``-j 2`` on the same folder.

    Two figures per command: the whole command (start-up included: importing, building the
    pipeline in each process, spawning the pool), and its steady throughput, the whole minus
    the same command on a folder of one document (what start-up costs, paid once per run
    whatever the corpus size). Start-up alone is what ``--startup`` measures.
    """
    docs = load_corpus(args.corpus, args.size_mb)
    chars = sum(len(d) for d in docs)
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder, one = Path(tmp) / "in", Path(tmp) / "one"
        folder.mkdir()
        one.mkdir()
        for i, d in enumerate(docs):
            (folder / f"{i:05d}.txt").write_text(d, encoding="utf-8")
        (one / "00000.txt").write_text(docs[0], encoding="utf-8")

        def command(jobs: int, source: Path) -> float:
            out = Path(tmp) / f"out{jobs}.jsonl"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "zonex", "extract", str(source), "-o", str(out), "-j", str(jobs)],
                           check=True, capture_output=True)
            return time.perf_counter() - start

        whole, fixed = {}, {}
        for jobs in (1, 2):
            fixed[jobs] = min(command(jobs, one) for _ in range(2))
            whole[jobs] = command(jobs, folder)
        print("| command | whole command | chars/s | start-up (1 document) | steady chars/s | speed-up, whole | speed-up, steady |")
        print("|---|---|---|---|---|---|---|")
        steady = {jobs: chars / max(whole[jobs] - fixed[jobs], 1e-9) for jobs in (1, 2)}
        for jobs in (1, 2):
            print(f"| zonex extract -j {jobs} | {whole[jobs]:.2f} s | {chars / whole[jobs] / 1e6:.3f} M | {fixed[jobs]:.2f} s | "
                  f"{steady[jobs] / 1e6:.3f} M | {whole[1] / whole[jobs]:.2f}x | {steady[jobs] / steady[1]:.2f}x |")
        results = {"batch_speedup_j2": whole[1] / whole[2], "batch_steady_speedup_j2": steady[2] / steady[1]}
    return results


def main_startup(args) -> dict:
    # Peak RSS from /proc/self/status (VmHWM: this process's own peak). ru_maxrss would not do
    # in a child: Linux carries the parent's peak across fork and exec into it.
    hwm = ("import resource, sys\n"
           "def peak():\n"
           "    try:\n"
           "        for line in open('/proc/self/status'):\n"
           "            if line.startswith('VmHWM:'): return int(line.split()[1]) / 1024\n"
           "    except OSError: pass\n"
           "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20 if sys.platform == 'darwin' else 1024)\n")
    code = (hwm + "import time; t=time.perf_counter(); import zonex; "
            "zonex.extract('2018年全区实现工业总产值343.2亿元,同比增长11%。'); "
            "print(time.perf_counter()-t, peak())")
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
        runs.append((float(out[0]), float(out[1])))
    best = min(r[0] for r in runs)
    print(f"import zonex + first extract: best of 3 = {best:.2f} s; peak RSS {max(r[1] for r in runs):.0f} MB")
    seeds_code = (hwm + "import zonex, glob; [zonex.extract(open(p, encoding='utf-8').read()) for p in "
                  f"sorted(glob.glob({str(ROOT / 'seeds' / '*.txt')!r}))]; "
                  "print(peak())")
    rss = float(subprocess.run([sys.executable, "-c", seeds_code], check=True, capture_output=True, text=True).stdout)
    print(f"peak RSS of a process that extracts the five seeds: {rss:.0f} MB")
    return {"startup_s": best, "seeds_peak_rss_mb": rss}


def main_peers(args) -> dict:
    from peers import run_peers  # benchmarks/peers.py

    return run_peers(args)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="folder of .txt files (default: the seeds)")
    ap.add_argument("--size-mb", type=float, default=10.0, help="repeat the corpus to this many MB (default 10)")
    ap.add_argument("--scaling", action="store_true", help="per-character cost from 1 KB to 10 MB documents")
    ap.add_argument("--one-line", action="store_true", help="with --scaling: documents without newlines")
    ap.add_argument("--batch", action="store_true", help="zonex extract -j 1 vs -j 2")
    ap.add_argument("--peers", action="store_true", help="jionlp and Recognizers-Text on the same text")
    ap.add_argument("--startup", action="store_true", help="import + first extract time, peak RSS")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    results = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    chosen = [m for m, on in ((main_scaling, args.scaling), (main_batch, args.batch), (main_peers, args.peers),
                              (main_startup, args.startup)) if on]
    for fn in chosen or [main_throughput]:
        results.update(fn(args))
        print()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
