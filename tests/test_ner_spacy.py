"""The spaCy backend: gold reading, a tiny model trained on the fixtures, loading, the pipeline.

spaCy is in the ``dev`` extra, so CI runs these; they are skipped where spaCy is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

import zonex  # noqa: E402
from zonex.entities import ModelNotFoundError, load_entity_recognizer  # noqa: E402
from zonex.ner import spacy_backend  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold" / "seeds.jsonl"
_PIECE = 800  # characters of each fixture document the tiny model is trained on


def _small_gold(path: Path) -> Path:
    """The annotated fixture documents cut to their first ``_PIECE`` characters (at a line end)."""
    lines = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not record.get("entities"):
            continue
        cut = record["text"].rfind("\n", 0, _PIECE) + 1 or _PIECE
        record["text"] = record["text"][:cut]
        record["entities"] = [e for e in record["entities"] if e["end"] <= cut]
        record["quantities"], record["claims"] = [], []
        lines.append(json.dumps(record, ensure_ascii=False))
    if not lines:
        pytest.skip("no gold entities in the fixtures yet")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def gold(tmp_path_factory) -> Path:
    return _small_gold(tmp_path_factory.mktemp("gold") / "small.jsonl")


@pytest.fixture(scope="module")
def model(gold, tmp_path_factory) -> Path:
    return spacy_backend.train(gold, tmp_path_factory.mktemp("model") / "ner", iterations=12, seed=0)


READ_GOLD = {
    # 002 is traditional Chinese with pinyin glosses: the span 香港科技大學(xué) keeps its gloss in
    # the original text, the normalised span has neither.
    "seeds_traditional_with_gloss": ("與香港科技大學(xué)啟動", "香港科技大學(xué)", "ORG", "香港科技大学"),
    "seeds_gloss_inside_name": ("江門雙碳實(shí)驗(yàn)室", "江門雙碳實(shí)驗(yàn)室", "ORG", "江门双碳实验室"),
    "new_plain_simplified": ("阳江高新区管委会", "阳江高新区", "ZONE", "阳江高新区"),
}


@pytest.mark.parametrize(("text", "surface", "label", "normalised"), READ_GOLD.values(), ids=READ_GOLD.keys())
def test_read_gold_maps_original_offsets_to_the_normalised_text(tmp_path, text, surface, label, normalised):
    start = text.index(surface)
    record = {"id": "x", "text": text, "quantities": [], "claims": [],
              "entities": [{"start": start, "end": start + len(surface), "text": surface, "label": label}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [(norm_text, spans)] = spacy_backend.read_gold(path)
    [(a, b, got_label)] = spans
    assert (norm_text[a:b], got_label) == (normalised, label)


def test_read_gold_skips_documents_not_annotated_for_entities(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "阳江高新区", "quantities": [], "claims": []}) + "\n", encoding="utf-8")
    assert spacy_backend.read_gold(path) == []
    with pytest.raises(ValueError, match="no document annotated"):
        spacy_backend.train(path, tmp_path / "m", iterations=1)


def test_training_writes_a_model_and_its_record(model, gold):
    assert (model / "config.cfg").is_file()
    meta = json.loads((model / spacy_backend.META_FILE).read_text(encoding="utf-8"))
    assert meta["gold"] == str(gold) and meta["iterations"] == 12 and meta["entities"] > 20


def test_trained_model_learns_its_training_entities(model, gold):
    """Exact span + label F1 of the tiny model on the text it was trained on: it must have learned."""
    recognizer = spacy_backend.load(model)
    tp = fp = fn = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        norm = zonex.normalize(record["text"])
        predicted = {(*norm.to_original(e.start, e.end), e.label) for e in recognizer(norm.text)}
        expected = {(e["start"], e["end"], e["label"]) for e in record["entities"]}
        tp, fp, fn = tp + len(predicted & expected), fp + len(predicted - expected), fn + len(expected - predicted)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.3


def test_loaded_recogniser_returns_sorted_disjoint_slices(model):
    recognizer = load_entity_recognizer(f"spacy:{model}")
    text = "江门市科技局与香港科技大学合作,推动蓬江、新会、恩平重点园区发展。"
    entities = recognizer(text, None)
    assert entities, "the gazetteer ruler alone finds the districts"
    assert all(text[e.start : e.end] == e.text for e in entities)
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:], strict=False))
    assert ("蓬江", "GPE") in [(e.text, e.label) for e in entities]


def test_pipeline_with_the_spacy_backend_maps_to_the_original(model):
    text = "江門市科技局與香港科技大學(xué)合作,推動蓬江、新會發展。"
    doc = zonex.Pipeline(entities=f"spacy:{model}", claims=False).extract(text)
    assert doc.entities and all(text[e.start : e.end] == e.text for e in doc.entities)


def test_missing_model_is_named(tmp_path):
    with pytest.raises(ModelNotFoundError, match="zonex train-ner"):
        spacy_backend.load(tmp_path / "nothing-here")
