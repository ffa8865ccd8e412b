"""The spaCy backend: a statistical NER component and an entity ruler, trained on gold JSONL.

``zonex train-ner GOLD.jsonl -o MODEL_DIR`` calls :func:`train`; ``Settings(entities="spacy:DIR")``
and ``load_entity_recognizer("spacy:DIR")`` call :func:`load`. Needs ``pip install 'zonex[spacy]'``.

The pipeline is a blank Chinese spaCy pipeline with the character segmenter (spaCy's default
for ``zh``: nothing to download, and every character offset is a token boundary), then

1. ``ner``: a small transition-based NER model (hash embeddings of characters, a CNN), trained
   on the gold entities of every annotated document;
2. ``entity_ruler`` (after ``ner``, never overwriting it): zonex's gazetteer of places (GPE) and
   bodies with a fixed name (ORG), for the mentions the model misses.

Gold offsets are offsets into the *original* text; the model is trained on the normalised text
(simplified characters, no pinyin glosses), which is what the pipeline gives a recogniser, so
every gold span is mapped through the normaliser's offset map first.
"""

from __future__ import annotations

import json
import random
import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import Entity
from ..normalize import NormalizedText, normalize
from .base import LABELS, Candidate, EntityBackendError, ModelNotFoundError, select_longest, to_entities
from .lexicon import load_lexicon

__all__ = ["SpacyEntityRecognizer", "build_pipeline", "load", "read_gold", "train"]

META_FILE = "zonex-ner.json"
# Training examples are pieces of documents of about this many characters, cut at sentence ends.
_CHUNK = 120
# A higher learning rate than thinc's default (0.001): the gold sets are small, training is short.
_LEARN_RATE = 0.002
# Examples per update: the parser steps through a batch token by token, so a larger batch costs
# little more than a small one.
_BATCH = 4
_SENTENCE_END = re.compile(r"(?<=[。!?！？\n])")

# A small model: enough for the few hundred entities of the seeds, fast to train in tests.
_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 64,
        "depth": 4,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": False,  # one character per token: prefixes and suffixes say nothing
    },
}


def _require_spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is in the dev extra
        raise EntityBackendError("the spaCy backend needs spaCy: pip install 'zonex[spacy]'") from exc
    return spacy


def _original_starts(norm: NormalizedText) -> list[int]:
    """The original offset where each normalised character begins (non-decreasing)."""
    return [norm.to_original(i, i + 1)[0] for i in range(len(norm.text))]


def _to_normalised(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The normalised characters that begin inside the original ``[start, end)``: deleted
    characters (a pinyin gloss after the last character, 學(xué)) fall outside by themselves."""
    return bisect_left(starts, start), bisect_left(starts, end)


def read_gold(path: str | Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The annotated documents of a gold JSONL file: (normalised text, entity spans in it).

    Documents without an ``entities`` field are not annotated for entities and are skipped.
    A gold span that covers no normalised character raises ``ValueError``.
    """
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("entities") is None:
                continue
            norm = normalize(record["text"])
            starts = _original_starts(norm)
            spans = []
            for entity in record["entities"]:
                a, b = _to_normalised(starts, entity["start"], entity["end"])
                if b <= a:
                    raise ValueError(
                        f"{path}:{n}: entity {entity['text']!r} [{entity['start']}, {entity['end']}) "
                        "does not map onto the normalised text"
                    )
                spans.append((a, b, entity["label"]))
            docs.append((norm.text, sorted(spans)))
    return docs


def _chunks(text: str, spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, list[tuple[int, int, str]]]]:
    """Pieces of about ``_CHUNK`` characters, cut at sentence ends, with the spans inside them."""
    cuts = [0] + [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    start = 0
    for cut in cuts[1:]:
        if cut - start < _CHUNK and cut != len(text):
            continue
        if any(a < cut < b for a, b, _ in spans):
            continue  # never cut inside an entity
        inside = [(a - start, b - start, label) for a, b, label in spans if start <= a and b <= cut]
        if text[start:cut].strip():
            yield start, cut, inside
        start = cut


def build_pipeline() -> Any:
    """A blank Chinese pipeline (character segmenter) with an untrained ``ner`` component."""
    spacy = _require_spacy()
    nlp = spacy.blank("zh")
    ner = nlp.add_pipe("ner", config={"model": _MODEL})
    for label in LABELS:
        ner.add_label(label)
    return nlp


def _add_ruler(nlp: Any) -> None:
    # Token patterns, one character per token (the character segmenter): phrase patterns would
    # be run through the pipeline before the ruler (the NER model) when added and when loaded.
    lex = load_lexicon()
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
    entries = [("GPE", form) for form in lex.place_forms if len(form) > 1]
    entries += [("ORG", name) for name in lex.org_names]
    ruler.add_patterns([{"label": label, "pattern": [{"ORTH": ch} for ch in form]} for label, form in entries])


def train(gold_path: str | Path, out_dir: str | Path, *, iterations: int = 20, seed: int = 0) -> Path:
    """Train the NER component on the gold entities of ``gold_path`` and save the pipeline.

    Returns the model directory (``out_dir``), loadable with ``spacy:OUT_DIR``. Training is
    reproducible for a given ``seed``. Writes ``zonex-ner.json`` next to the model: the gold
    file, the documents, examples and entities used, the iterations and the last loss.
    """
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    spacy = _require_spacy()
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans, fix_random_seed, minibatch

    fix_random_seed(seed)
    docs = read_gold(gold_path)
    if not docs:
        raise ValueError(f"{gold_path} has no document annotated with entities")
    nlp = build_pipeline()
    examples = []
    entity_count = 0
    for text, spans in docs:
        for a, b, inside in _chunks(text, spans):
            reference = nlp.make_doc(text[a:b])
            ents = [Span(reference, *_token_range(reference, s, e), label=label) for s, e, label in inside]
            reference.ents = filter_spans([span for span in ents if len(span)])
            entity_count += len(reference.ents)
            examples.append(Example(nlp.make_doc(text[a:b]), reference))
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = _LEARN_RATE
    shuffle = random.Random(seed)
    losses: dict[str, float] = {}
    for _ in range(iterations):
        shuffle.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=_BATCH):
            nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
    _add_ruler(nlp)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    meta = {
        "gold": str(gold_path),
        "documents": len(docs),
        "examples": len(examples),
        "entities": entity_count,
        "iterations": iterations,
        "seed": seed,
        "loss": round(float(losses.get("ner", 0.0)), 4),
        "spacy": spacy.__version__,
    }
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def _token_range(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Token indices covering the characters ``[start, end)`` (the characters' tokens, expanded)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:  # only whitespace: no token
        return 0, 0
    return span.start, span.end


class SpacyEntityRecognizer:
    """A recogniser over a loaded spaCy pipeline: ``recognizer(text, analysis) -> entities``."""

    def __init__(self, nlp: Any):
        self.nlp = nlp

    def __call__(self, text: str, analysis: object = None) -> list[Entity]:
        if not text.strip():
            return []
        doc = self.nlp(text)
        candidates = []
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            start, end = ent.start_char, ent.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            candidates.append(Candidate(start, end, ent.label_))
        return to_entities(text, select_longest(candidates))


def load(path: str | Path) -> SpacyEntityRecognizer:
    """Load a pipeline saved by :func:`train` (or any spaCy pipeline with an ``ner``)."""
    model = Path(path).expanduser()
    if not (model / "config.cfg").is_file():
        raise ModelNotFoundError(
            f"no spaCy model at {model} (no config.cfg there): train one with "
            f"`zonex train-ner GOLD.jsonl -o {model}` or give the directory of a saved pipeline"
        )
    spacy = _require_spacy()
    return SpacyEntityRecognizer(spacy.load(model))
