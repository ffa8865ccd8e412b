"""Side-by-side: zonex against jionlp's money extraction and Microsoft Recognizers-Text (zh-cn).

Used by ``throughput.py --peers`` (needs the ``bench`` extra: ``pip install -e ".[bench]"``).
Both peers run on the same text in the same process. Their quantity-level F1 on the gold file
is scored by zonex's own evaluator, restricted to the quantity kinds each peer supports:

- jionlp ``extract_money``: money only;
- Recognizers-Text: number, percent and currency models, so money and percent (its
  ``number`` results are bare numbers, which the spec never annotates alone).

A peer that is not installed is reported as such; nothing is downloaded.
"""

from __future__ import annotations

import json
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold" / "seeds.jsonl"
_CURRENCY = {"Chinese yuan": "CNY", "United States dollar": "USD", "Hong Kong dollar": "HKD", "Euro": "EUR"}


def _gold_docs() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _restrict(doc: dict, kinds: set[str]) -> dict:
    out = dict(doc)
    out["quantities"] = [q for q in doc["quantities"] if q["kind"] in kinds]
    out["claims"], out["entities"] = [], []
    return out


def _jionlp():
    # jionlp >= 1.5 keeps the extractor under algorithm.ner (import cost paid once, before timing)
    from jionlp.algorithm.ner import extract_money

    def money(text: str) -> list[dict]:
        found = []
        for item in extract_money(text, with_parsing=True, ret_all=False):
            start, end = item["offset"]
            detail = item.get("detail") or {}
            try:
                value = Decimal(str(detail.get("num")))
            except (InvalidOperation, TypeError):
                continue
            unit = {"元": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR"}.get(detail.get("case", "元"), "CNY")
            found.append({"start": start, "end": end, "text": text[start:end], "kind": "money",
                          "value": value, "unit": unit, "qualifier": "exact"})
        return found

    return money


def _recognizers():
    from recognizers_number import recognize_percentage
    from recognizers_number_with_unit import recognize_currency
    from recognizers_text import Culture

    def quantities(text: str) -> list[dict]:
        found = []
        for r in recognize_currency(text, Culture.Chinese):
            res = r.resolution or {}
            try:
                value = Decimal(str(res.get("value")))
            except (InvalidOperation, TypeError):
                continue
            found.append({"start": r.start, "end": r.end + 1, "text": text[r.start:r.end + 1], "kind": "money",
                          "value": value, "unit": res.get("isoCurrency") or _CURRENCY.get(res.get("unit"), "CNY"),
                          "qualifier": "exact"})
        for r in recognize_percentage(text, Culture.Chinese):
            raw = str((r.resolution or {}).get("value", "")).rstrip("%")
            try:
                value = Decimal(raw)
            except InvalidOperation:
                continue
            found.append({"start": r.start, "end": r.end + 1, "text": text[r.start:r.end + 1], "kind": "percent",
                          "value": value, "unit": "%", "qualifier": "exact"})
        return found

    return quantities


def run_peers(args) -> dict:
    import zonex
    from zonex.evaluate import score

    gold = _gold_docs()
    texts = [d["text"] for d in gold]  # the five seeds, 26 K characters: the slow peers need minutes for more
    chars = sum(map(len, texts))
    pipeline = zonex.Pipeline()
    pipeline.extract(texts[0])
    results: dict[str, dict] = {}

    def seconds_per_pass(fn, whole: bool = False) -> float:
        """Best of five passes over the gold texts, one document at a time, or all of them in
        one call if ``whole`` (a noisy machine slows some passes; the best is the one it slowed
        least). One pass for a slow peer."""
        fn(texts[:1] if whole else texts[0])
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            if whole:
                fn(texts)
            for t in () if whole else texts:
                fn(t)
            best = min(best, time.perf_counter() - start)
            if best > 5:
                break
        return best

    def measure(name: str, fn, kinds: set[str], pass_fn=None) -> None:
        seconds = seconds_per_pass(fn) if pass_fn is None else seconds_per_pass(pass_fn, whole=True)
        preds = []
        for d in gold:
            qs = fn(d["text"])
            preds.append({"id": d["id"], "text": d["text"], "quantities": qs, "claims": [], "entities": []})
        report = score([_restrict(d, kinds) for d in gold], [_restrict(p, kinds) for p in preds])
        q = report.quantities
        results[name] = {"chars_per_s": chars / seconds, "kinds": sorted(kinds),
                         "f1_exact": q.span_exact.f1, "f1_overlap": q.span_overlap.f1,
                         "value_accuracy": q.value_on_overlap.accuracy or 0.0}

    def zonex_quantities(text: str) -> list[dict]:
        doc = pipeline.extract(text)
        return [q.model_dump() for q in doc.quantities]

    peers = [("jionlp.extract_money", _jionlp, {"money"}),
             ("Recognizers-Text currency+percent", _recognizers, {"money", "percent"})]
    for name, factory, kinds in peers:
        try:
            fn = factory()
        except ImportError as err:
            print(f"{name}: not installed ({err}); pip install -e '.[bench]'")
            continue
        measure(name, fn, kinds)
        measure(f"zonex on {'+'.join(sorted(kinds))}, extract one by one", zonex_quantities, kinds)
        measure(f"zonex on {'+'.join(sorted(kinds))}, pipe", zonex_quantities, kinds,
                pass_fn=lambda batch: list(pipeline.pipe(batch)))
    import jieba

    jieba.setLogLevel(60)
    jieba_cps = chars / seconds_per_pass(jieba.lcut)
    print(f"reference: jieba.lcut on the same texts {jieba_cps / 1e3:,.0f} K chars/s\n")
    print("| system | kinds scored | chars/s | quantity F1 (exact span) | F1 (overlap) | value accuracy |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {', '.join(r['kinds'])} | {r['chars_per_s'] / 1e3:,.0f} K | {r['f1_exact']:.3f} | "
              f"{r['f1_overlap']:.3f} | {r['value_accuracy']:.3f} |")
    return {"peers": results, "jieba_cps": jieba_cps}
