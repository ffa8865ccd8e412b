"""The public API: zonex.extract, Pipeline.extract / pipe, bad input, offsets on real text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zonex
from zonex import Document, Pipeline

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("bad", [None, b"2018\xe5\xb9\xb4", 42, ["text"]], ids=["None", "bytes", "int", "list"])
def test_non_string_input_is_a_clear_type_error(bad):
    with pytest.raises(TypeError, match="takes the text as a str"):
        zonex.extract(bad)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode(pipeline):
    with pytest.raises(TypeError, match="decode bytes first"):
        pipeline.extract(b"abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   \n\t", "\u200b"], ids=["empty", "whitespace", "zero_width"])
def test_empty_text_gives_an_empty_document(pipeline, text):
    doc = pipeline.extract(text)
    assert doc.text == text
    assert doc.quantities == doc.claims == doc.entities == doc.times == []


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_every_span_of_a_seed_is_a_slice_of_the_original(pipeline, path):
    text = path.read_text(encoding="utf-8")
    doc = pipeline.extract(text, id=path.stem, source=str(path))
    assert doc.id == path.stem and doc.text == text
    assert doc.quantities, "a seed has quantities"
    spans = [*doc.quantities, *doc.times, *doc.entities, *(c.change for c in doc.claims if c.change)]
    for span in spans:
        assert text[span.start:span.end] == span.text
    for claim in doc.claims:
        if claim.value_start is not None:
            assert any(q.start == claim.value_start and q.end == claim.value_end for q in doc.quantities)
        if claim.subject_start is not None:
            assert text[claim.subject_start:claim.subject_end] == claim.subject_text
    # round trip through JSON
    again = Document.model_validate_json(doc.model_dump_json())
    assert again == doc


def test_traditional_text_gives_spans_in_traditional_characters(pipeline):
    text = "2021年,江門市高新技術企業突破2180家,同比增長１５％。"
    doc = pipeline.extract(text)
    assert doc.normalized == "2021年,江门市高新技术企业突破2180家,同比增长15%。"
    assert {q.text for q in doc.quantities} >= {"2180家", "１５％"}


def test_pipe_reuses_the_pipeline_and_keeps_order(pipeline):
    texts = ["2018年实现工业总产值343.2亿元。", "", "拥有国家级科技平台12个。"]
    docs = list(pipeline.pipe(texts, ids=["a", "b", "c"]))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert [d.text for d in docs] == texts
    assert docs[0] == pipeline.extract(texts[0], id="a")


def _texts_of_the_seeds() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    lines = [line for text in seeds for line in text.split("\n")]
    return seeds + lines[::3] + ["", "   ", "專(zhuān)題(tí)會議:產值３億元"]


@pytest.mark.parametrize("batch_chars", [1, 5_000, 10**9])
def test_pipe_stage_by_stage_gives_what_extract_gives_one_by_one(pipeline, batch_chars):
    texts = _texts_of_the_seeds()
    ids = [f"t{i}" for i in range(len(texts))]
    one_by_one = [pipeline.extract(t, id=i) for t, i in zip(texts, ids, strict=True)]
    assert list(pipeline.pipe(texts, ids=ids, batch_chars=batch_chars)) == one_by_one


def test_extract_batch_keeps_each_failure_in_its_place(pipeline):
    texts = ["2018年实现工业总产值343.2亿元。", b"bytes", "拥有国家级科技平台12个。", None]
    out = pipeline.extract_batch(texts, ids=["a", "b", "c", "d"], metas=[{"date": "2019-01-01"}, None, None, None])
    assert [type(r).__name__ for r in out] == ["Document", "TypeError", "Document", "TypeError"]
    assert "decode bytes first" in str(out[1])
    assert out[0] == pipeline.extract(texts[0], id="a", meta={"date": "2019-01-01"})
    assert out[2] == pipeline.extract(texts[2], id="c")


def test_extract_batch_needs_one_id_per_text(pipeline):
    with pytest.raises(ValueError, match="one entry per text"):
        pipeline.extract_batch(["a", "b"], ids=["only one"])


def test_pipe_raises_a_failing_text_in_its_turn(pipeline):
    docs = pipeline.pipe(["高新区产值3亿元。", 42, "不会到达。"])
    assert next(docs).text == "高新区产值3亿元。"
    with pytest.raises(TypeError, match="not int"):
        next(docs)


def test_extraction_makes_no_reference_cycles_and_restores_the_collector(pipeline):
    # Settings.pause_gc stops the cycle collector during extraction; that is only sound if the
    # stages leave no cyclic garbage for it to find afterwards.
    import gc

    texts = _texts_of_the_seeds()
    pipeline.extract(texts[0])
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for text in texts[:40]:
            pipeline.extract(text)
        list(pipeline.pipe(texts[:40]))
        assert gc.collect() == 0
        assert not gc.isenabled(), "a caller who turned the collector off keeps it off"
    finally:
        if was:
            gc.enable()
    pipeline.extract(texts[0])
    assert gc.isenabled() == was


def test_a_dropped_pipeline_is_freed_without_the_cycle_collector(pipeline):
    # Pipeline() freezes what is alive (gc.freeze): a pipeline in a reference cycle would then
    # never be freed. Built after the first one (whose imports keep frames alive), it must go
    # as soon as it is dropped.
    import gc
    import weakref

    was = gc.isenabled()
    gc.disable()
    try:
        ref = weakref.ref(Pipeline())
        assert ref() is None
    finally:
        if was:
            gc.enable()


# Pieces of the genre, written so that random joins meet every stage's rules: subjects and
# counts of zones, lists, semicolons, companies, prepositions, flow verbs, traditional
# characters, pinyin glosses, full-width digits, blanks and page furniture.
_GENRE_PIECES = st.sampled_from([
    "2022年,", "全省", "我区", "全市", "12家", "3个", "国家高新区", "高新区", "园区", "武汉", "、", "和",
    "襄阳", "实现营业收入", "2.1万亿元", ";", "。", ",", "同比增长", "11.3%", "引进", "累计集聚", "等",
    "30个项目", "毕业6家企业", "苏州信达生物科技有限公司", "该企业", "与", "40所高校合作", "在", "于",
    "江門市", "高新技術企業", "專(zhuān)題(tí)", "１５％", "\n", " ", "\u3000", "首页 | 新闻 | 政务 | 公开",
    "关键词:", "湖北省高新区发展情况", "占全区工业总产值比重的", "61.6%", "力争到2025年", "达到5000家以上",
])


@settings(max_examples=120, deadline=None)
@given(st.lists(_GENRE_PIECES, max_size=40).map("".join))
def test_property_every_span_of_any_genre_text_is_a_slice_of_the_original(pipeline, text):
    doc = pipeline.extract(text)
    assert doc.text == text
    for span in [*doc.quantities, *doc.times, *doc.entities, *(c.change for c in doc.claims if c.change)]:
        assert text[span.start:span.end] == span.text
    for claim in doc.claims:
        assert claim.metric
        if claim.value_start is not None:
            assert any(q.start == claim.value_start and q.end == claim.value_end for q in doc.quantities)
        if claim.subject_start is not None:
            assert text[claim.subject_start:claim.subject_end] == claim.subject_text
        assert 0 <= claim.sentence_start <= claim.sentence_end <= len(text)
