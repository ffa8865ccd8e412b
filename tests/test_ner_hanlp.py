"""The HanLP backend with a fake component: model resolution, offline loading, output conversion.

These run without HanLP installed (the call into HanLP is injected). A test with the real
library is skipped unless HanLP and a model in its cache are present.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zonex.entities import ModelNotFoundError, load_entity_recognizer
from zonex.ner import hanlp_backend
from zonex.ner.hanlp_backend import HanlpEntityRecognizer


class FakeNer:
    """Answers like HanLP's MSRA NER: (text, label, begin, end) per entity, character offsets."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        self.calls: list[list[list[str]]] = []

    def __call__(self, batch: list[list[str]]) -> list[list[tuple[str, str, int, int]]]:
        self.calls.append(batch)
        answers = []
        for chars in batch:
            piece = "".join(chars)
            found = []
            for name, label in self.names.items():
                at = piece.find(name)
                while at != -1:
                    found.append((name, label, at, at + len(name)))
                    at = piece.find(name, at + 1)
            answers.append(found)
        return answers


@pytest.fixture
def model_dir(tmp_path) -> Path:
    path = tmp_path / "msra_ner_fake"
    path.mkdir()
    (path / "config.json").write_text("{}", encoding="utf-8")
    return path


CONVERSIONS = {
    "new_msra_labels": ("江门市科技局副局长刘长虹介绍", {"江门市科技局": "NT", "刘长虹": "NR", "江门市": "NS"},
                        [("江门市科技局", "ORG"), ("刘长虹", "PERSON")]),
    "new_ontonotes_labels": ("广西南宁举行东盟博览会", {"广西": "GPE", "南宁": "GPE", "东盟博览会": "EVENT"},
                             [("广西", "GPE"), ("南宁", "GPE")]),
    "conformance_zone_from_org": ("阳江高新区管委会主任", {"阳江高新区": "NT", "阳江高新区管委会": "NT"},
                                  [("阳江高新区管委会", "ORG")]),
    "conformance_zone_from_place": ("位于南宁高新区的基地", {"南宁高新区": "NS"}, [("南宁高新区", "ZONE")]),
}


@pytest.mark.parametrize(("text", "names", "expected"), CONVERSIONS.values(), ids=CONVERSIONS.keys())
def test_hanlp_output_becomes_zonex_entities(text, names, expected):
    recognizer = HanlpEntityRecognizer(FakeNer(names))
    entities = recognizer(text)
    assert [(e.text, e.label) for e in entities] == expected
    assert all(text[e.start : e.end] == e.text for e in entities)


def test_long_text_is_sent_in_pieces_with_offsets_kept():
    sentence = "这是一句很长的话,说的是阳江高新区的发展情况。" * 20
    fake = FakeNer({"阳江高新区": "NT"})
    entities = HanlpEntityRecognizer(fake)(sentence)
    assert len(entities) == 20
    assert all(sentence[e.start : e.end] == "阳江高新区" for e in entities)
    assert len(fake.calls) == 1 and all(len(chars) <= hanlp_backend._PIECE for chars in fake.calls[0])


def test_bad_offsets_from_the_model_are_dropped():
    def wrong(batch):
        return [[("阳江", "NS", 5, 7), ("阳江", "NS", 0, 2)] for _ in batch]

    assert [(e.text, e.start) for e in HanlpEntityRecognizer(wrong)("阳江高新区")] == [("阳江", 0)]


def test_load_passes_the_local_directory_and_stays_offline(model_dir, monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    seen = {}

    def fake_load(path):
        seen["path"] = path
        seen["offline"] = os.environ.get("HF_HUB_OFFLINE")
        return FakeNer({"广西": "NS"})

    recognizer = hanlp_backend.load(str(model_dir), hanlp_load=fake_load)
    assert seen == {"path": str(model_dir), "offline": "1"}
    assert "HF_HUB_OFFLINE" not in os.environ  # restored after loading
    assert [(e.text, e.label) for e in recognizer("广西科技厅")] == [("广西", "GPE")]


def test_model_is_found_in_hanlp_home_by_url(tmp_path, monkeypatch):
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    url = "https://file.hankcs.com/hanlp/ner/msra_ner_electra_small_20220215_205503.zip"
    cached = tmp_path / "ner" / "msra_ner_electra_small_20220215_205503"
    cached.mkdir(parents=True)
    assert hanlp_backend.resolve_model(url) == cached


def test_missing_model_names_the_model_and_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.setenv("HANLP_HOME", str(tmp_path))
    with pytest.raises(ModelNotFoundError) as info:
        load_entity_recognizer("hanlp:MSRA_NER_ELECTRA_SMALL_ZH")
    message = str(info.value)
    assert "MSRA_NER_ELECTRA_SMALL_ZH" in message and str(tmp_path) in message and "never downloads" in message


def test_without_hanlp_the_error_says_what_to_install(model_dir, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_hanlp(name, *args, **kwargs):
        if name == "hanlp" or name.startswith("hanlp."):
            raise ImportError("no hanlp here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_hanlp)
    with pytest.raises(hanlp_backend.EntityBackendError, match=r"zonex\[hanlp\]"):
        hanlp_backend.load(str(model_dir))


def test_real_hanlp_model_if_present():
    hanlp = pytest.importorskip("hanlp")
    try:
        path = hanlp_backend.resolve_model("MSRA_NER_ELECTRA_SMALL_ZH")
    except ModelNotFoundError:
        pytest.skip("no HanLP NER model in HanLP's cache")
    recognizer = hanlp_backend.load(str(path), hanlp_load=hanlp.load)
    entities = recognizer("江门市科技局副局长刘长虹介绍了2022年科技发展目标。")
    assert any(e.label == "PERSON" for e in entities)
