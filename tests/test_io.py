"""zonex.io: encodings, file reading, HTML articles, input discovery, output formats and resume scans."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zonex.io as zio
from zonex.io import (
    CSV_COLUMNS,
    BinaryInputError,
    DecodeFailure,
    EmptyInputError,
    JsonlOptions,
    OutputSink,
    ReadFailure,
    Renderer,
    ResumeError,
    TooLargeError,
    claim_rows,
    decode,
    extract_html,
    is_html,
    iter_inputs,
    load_input,
    read_bytes,
    read_text,
    typicality,
)
from zonex.models import Change, Claim, Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {p.name[:3]: p for p in sorted((ROOT / "seeds").glob("*.txt"))}


def seed_text(key: str) -> str:
    return SEEDS[key].read_bytes().decode("utf-8")


def representable(text: str, codec: str) -> str:
    """``text`` without the characters ``codec`` cannot encode (what a page in that codec could hold)."""
    kept = []
    for ch in text:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            continue
        kept.append(ch)
    return "".join(kept)


# -- encodings --------------------------------------------------------------------------------

# (seed, codec the bytes are written in, encoding decode must report)
SEED_ENCODINGS = [
    *[(key, "utf-8", "utf-8") for key in SEEDS],
    *[(key, "utf-8-sig", "utf-8-sig") for key in SEEDS],
    *[(key, "gb18030", "gb18030") for key in SEEDS],  # 002 too: GBK has traditional characters
    *[(key, "gbk", "gb18030") for key in ("000", "001", "003", "004")],
    ("002", "cp950", "cp950"),
    ("002", "big5hkscs", "big5hkscs"),
    ("002", "big5", "cp950"),
    ("000", "utf-16", "utf-16"),
]


@pytest.mark.parametrize(("key", "codec", "expected"), SEED_ENCODINGS, ids=[f"seeds-{k}-{c}" for k, c, _ in SEED_ENCODINGS])
def test_seed_encodings_are_detected_and_decoded_exactly(key, codec, expected):
    text = representable(seed_text(key), codec)
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding == expected
    assert decoded.note is None, "a whole seed must not be ambiguous"


def _sentences(text: str, min_chars: int) -> list[str]:
    parts = re.split(r"(?<=[。！？!?\n])", text)
    return [p for p in parts if sum(ord(c) > 0x7F for c in p) >= min_chars]


SENTENCE_CASES = [(key, codec) for key in ("000", "001", "003", "004") for codec in ("gb18030",)] + [("002", "cp950")]


@pytest.mark.parametrize(("key", "codec"), SENTENCE_CASES, ids=[f"seeds-{k}-{c}" for k, c in SENTENCE_CASES])
def test_every_seed_sentence_alone_is_decoded_right_or_flagged(key, codec):
    # A sentence is far shorter than a page: the detector may hesitate, but it must say so.
    sentences = _sentences(representable(seed_text(key), codec), 8)
    assert len(sentences) > 20
    silent_errors = []
    for sentence in sentences:
        decoded = decode(sentence.encode(codec))
        if decoded.text != sentence and decoded.note is None:
            silent_errors.append((sentence, decoded.encoding))
    assert silent_errors == []


def test_sentences_of_sixteen_characters_are_all_decoded_right():
    for key, codec in SENTENCE_CASES:
        for sentence in _sentences(representable(seed_text(key), codec), 16):
            assert decode(sentence.encode(codec)).text == sentence, (key, sentence)


DECODE_CASES = {
    # id: (bytes, declared charset, expected text, expected encoding)
    "conformance-utf8-bom-dropped": (codecs.BOM_UTF8 + "高新区".encode(), None, "高新区", "utf-8-sig"),
    "conformance-utf16-be-bom": (codecs.BOM_UTF16_BE + "高新区".encode("utf-16-be"), None, "高新区", "utf-16"),
    "conformance-crlf-kept": ("一\r\n二".encode("gbk"), None, "一\r\n二", "gb18030"),
    "new-declared-gb2312-page": ('<meta charset="gb2312">高新区'.encode("gbk"), "gb18030", '<meta charset="gb2312">高新区', "gb18030"),
    "new-declared-big5-short": ("高新區".encode("cp950"), "big5", "高新區", "cp950"),
    "bugs_caught-utf8-page-declared-gbk": ('<meta charset="gbk">高新区'.encode(), "gb18030", '<meta charset="gbk">高新区', "utf-8"),
}


@pytest.mark.parametrize(("data", "declared", "text", "encoding"), DECODE_CASES.values(), ids=DECODE_CASES.keys())
def test_decode_cases(data, declared, text, encoding):
    decoded = decode(data, declared=declared)
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_forced_encoding_wins_and_fails_loudly():
    assert decode("高新区".encode("gbk"), encoding="gbk").text == "高新区"
    with pytest.raises(DecodeFailure, match="not valid utf-8"):
        decode("高新区".encode("gbk"), encoding="utf-8")
    with pytest.raises(DecodeFailure, match="unknown encoding"):
        decode(b"abc", encoding="no-such-codec")


def test_undecodable_bytes_are_a_decode_error_not_a_guess():
    with pytest.raises(DecodeFailure, match="--encoding"):
        decode(b"caf\xe9 \xff\xfe\xfd")


def test_short_ambiguous_text_carries_a_note():
    decoded = decode("高新".encode("gbk"))
    assert decoded.note is not None and "ambiguous" in decoded.note


def test_typicality_separates_right_and_wrong_codecs_on_a_seed():
    data = seed_text("003").encode("gb18030")
    right, _ = typicality(data.decode("gb18030"), "gb")
    wrong, _ = typicality(data.decode("cp950", errors="replace"), "big5")
    assert right > 0.95 and wrong < 0.7


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="gb18030", exclude_characters="\ufeff"), max_size=40))
def test_decode_never_alters_bytes(text):
    # Whatever codec is chosen, it decodes the bytes exactly: nothing replaced, nothing dropped.
    data = text.encode("gb18030")
    try:
        decoded = decode(data)
    except DecodeFailure:
        return
    assert decoded.text.encode(decoded.encoding) == data


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60).filter(lambda t: not t.startswith("\ufeff")))
def test_utf8_round_trips(text):
    assert decode(text.encode("utf-8")).text == text


# -- reading files ----------------------------------------------------------------------------

BINARY_CASES = {
    "new-nul-bytes": (b"abc\x00\x01\x02def" * 10, "NUL byte"),
    "new-pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    "new-png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    "new-docx": (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    "new-control-bytes": (bytes(range(1, 9)) * 30 + "高新区".encode(), "control bytes"),
}


@pytest.mark.parametrize(("data", "says"), BINARY_CASES.values(), ids=BINARY_CASES.keys())
def test_binary_data_is_refused_with_what_it_is(tmp_path, data, says):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(BinaryInputError, match=says):
        read_text(path)


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes("高新区\r\n".encode("utf-16"))
    assert read_text(path) == ("高新区\r\n", "utf-16")


def _fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def _dangling(tmp_path):
    path = tmp_path / "gone.txt"
    path.symlink_to(tmp_path / "never-existed.txt")
    return path


READ_ERROR_CASES = {
    # These fail for root too: nothing to read, or reading would block.
    "new-dangling-symlink": (_dangling, ReadFailure, "broken symbolic link"),
    "new-named-pipe": (_fifo, ReadFailure, "named pipe"),
    "new-directory": (lambda tmp: tmp, ReadFailure, "is a directory"),
    "new-missing": (lambda tmp: tmp / "missing.txt", ReadFailure, "no such file"),
    "new-empty": (lambda tmp: (tmp / "e.txt", (tmp / "e.txt").write_bytes(b""))[0], EmptyInputError, "empty file"),
    "new-whitespace": (lambda tmp: (tmp / "w.txt", (tmp / "w.txt").write_bytes(b" \r\n\t "))[0], EmptyInputError, "whitespace"),
}


@pytest.mark.parametrize(("make", "error", "says"), READ_ERROR_CASES.values(), ids=READ_ERROR_CASES.keys())
def test_unreadable_inputs_name_the_problem(tmp_path, make, error, says):
    path = make(tmp_path)
    with pytest.raises(error, match=says):
        read_text(path)


def test_over_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB in no time and no disk
    monkeypatch.setattr("builtins.open", lambda *a, **k: pytest.fail("an over-large file was opened"))
    with pytest.raises(TooLargeError, match="52,428,800 bytes"):
        read_bytes(path, max_bytes=20 * 1024 * 1024)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files without read permission")
def test_file_without_read_permission_is_a_read_error(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("高新区", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ReadFailure, match="cannot read"):
            read_text(path)
    finally:
        path.chmod(0o600)


# -- HTML ------------------------------------------------------------------------------------

IS_HTML_CASES = {
    "new-suffix": ("a.html", "plain text", True),
    "new-doctype": ("a.txt", "\n <!DOCTYPE html><html>", True),
    "new-xml-prolog": ("a", '<?xml version="1.0"?>\n<html xmlns="x">', True),
    "new-comment-first": ("a", "<!-- saved from url -->\n<html>", True),
    "new-text": ("a.txt", "高新区<html>", False),
}


@pytest.mark.parametrize(("name", "text", "expected"), IS_HTML_CASES.values(), ids=IS_HTML_CASES.keys())
def test_is_html(name, text, expected):
    assert is_html(name, text) is expected


def html_page(key: str, charset: str = "utf-8") -> str:
    """A government-site page around a seed: navigation, the article, a footer and a script."""
    paragraphs = [p.strip() for p in seed_text(key).splitlines() if len(p.strip()) > 30]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "<title>高新区发展建设局:推动高新区高质量发展</title>"
        '<meta name="publishdate" content="2023-03-31"></head><body>'
        '<div class="nav"><a href="/">首页</a> | <a href="/news">新闻中心</a></div>'
        f'<div class="article"><h1>推动高新区高质量发展</h1>{body}</div>'
        '<div class="footer">版权所有 ICP备案号</div><script>var clicks = 1;</script></body></html>'
    )


def _article_paragraphs(key: str) -> list[str]:
    return [p.strip() for p in seed_text(key).splitlines() if len(p.strip()) > 30]


@pytest.mark.parametrize("extractor", ["trafilatura", "stdlib"])
def test_html_article_keeps_the_text_title_and_date(monkeypatch, extractor):
    if extractor == "stdlib":
        monkeypatch.setattr(zio, "_trafilatura", lambda: None)
    elif zio._trafilatura() is None:
        pytest.skip('trafilatura is not installed (pip install "zonex[html]")')
    article = extract_html(html_page("004"))
    assert article.extractor == extractor
    paragraphs = _article_paragraphs("004")
    kept = sum(p in article.text for p in paragraphs)
    assert kept >= 0.9 * len(paragraphs), f"{kept}/{len(paragraphs)} paragraphs kept"
    assert "clicks" not in article.text
    assert article.title and "高新区" in article.title
    if extractor == "trafilatura":
        assert article.date == "2023-03-31"


def test_gbk_html_page_is_decoded_by_its_declared_charset(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(html_page("001", charset="gb2312").encode("gb18030"))
    loaded = load_input(path)
    assert loaded.meta["encoding"] == "gb18030"
    assert loaded.meta["format"] == "html"
    assert _article_paragraphs("001")[3] in loaded.text


def test_html_without_text_is_empty_input(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body><script>1</script></body></html>", encoding="utf-8")
    with pytest.raises(EmptyInputError, match="no article text"):
        load_input(path)


# -- input discovery --------------------------------------------------------------------------


def _ids(items):
    return [item.id for item in items]


def test_folder_is_walked_in_name_order_with_relative_ids(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "c.txt").write_text("丙", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "2023.03.31 新闻").write_text("乙", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)]))
    assert _ids(items) == ["2023.03.31 新闻", "a", "b/c"]
    assert items[2].source == os.path.join(str(tmp_path), "b/c.txt")


def test_named_file_id_is_its_name_without_suffix():
    items = list(iter_inputs([str(SEEDS["002"])]))
    assert _ids(items) == [SEEDS["002"].stem]
    assert items[0].source == str(SEEDS["002"])


GLOB_CASES = {
    "new-name-pattern": (["*.html"], ["sub/y", "x"]),
    "new-path-pattern": (["sub/*"], ["sub/y", "sub/z"]),
    "new-two-patterns": (["*.html", "*.txt"], ["a", "sub/y", "sub/z", "x"]),
}


@pytest.mark.parametrize(("globs", "ids"), GLOB_CASES.values(), ids=GLOB_CASES.keys())
def test_globs(tmp_path, globs, ids):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "x.html", "sub/y.html", "sub/z.txt"):
        (tmp_path / name).write_text("高新区", encoding="utf-8")
    assert _ids(iter_inputs([str(tmp_path)], globs=globs)) == ids


def test_repeated_ids_are_made_unique(tmp_path):
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "a.html").write_text("二", encoding="utf-8")
    assert _ids(iter_inputs([str(tmp_path), str(tmp_path / "a.txt")])) == ["a", "a#2", "a#3"]


def test_output_files_are_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "out.jsonl.part").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _ids(iter_inputs([str(tmp_path)], exclude=[out, str(out) + ".part"])) == ["a"]


JSONL_LINES = [
    ('{"id": "n1", "text": "高新区", "date": "2021-09-08"}', "n1", None),
    ("", None, None),  # blank: not an input
    ('{"id": 7, "text": "开发区"}', "7", None),
    ('{"text": "科技园"}', "dump:4", None),
    ("{not json", "dump:5", "InvalidJSON"),
    ("[1, 2]", "dump:6", "InvalidJSON"),
    ('{"id": "n7", "body": "x"}', "n7", "MissingTextField"),
    ('{"id": "n8", "text": 3}', "n8", "MissingTextField"),
    ('{"id": "n1", "text": "重复"}', "n1#2", None),
]


def test_jsonl_lines_become_items_or_errors(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(line for line, _, _ in JSONL_LINES) + "\n", encoding="utf-8")
    items = list(iter_inputs([str(path)]))
    expected = [(i, e) for _, i, e in JSONL_LINES if i is not None]
    assert [(item.id, item.error[0] if item.error else None) for item in items] == expected
    assert items[0].meta["date"] == "2021-09-08" and items[0].meta["line"] == "1"
    assert items[0].text == "高新区"
    assert "line 5" in items[3].error[1]


def test_jsonl_fields_are_configurable(tmp_path):
    path = tmp_path / "dump.ndjson"
    path.write_text('{"url": "http://x/1", "content": "高新区"}\n', encoding="utf-8")
    items = list(iter_inputs([str(path)], jsonl=JsonlOptions(text_field="content", id_field="url", meta_fields=())))
    assert (items[0].id, items[0].text, items[0].meta.get("url")) == ("http://x/1", "高新区", None)


def test_jsonl_line_over_the_limit_is_skipped_without_holding_it(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "' + "高" * 5000 + '"}\n{"text": "短"}\n', encoding="utf-8")
    items = list(iter_inputs([str(path)], max_bytes=1000))
    assert [(i.id, i.error[0] if i.error else None) for i in items] == [("dump:1", "TooLarge"), ("dump:2", None)]


STDIN_CASES = {
    "new-text": ("高新区实现工业总产值343.2亿元".encode("gbk"), [("stdin", None)]),
    "new-jsonl": (b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', [("a", None), ("b", None)]),
    "new-empty": (b"", [("stdin", "EmptyInput")]),
    "new-binary": (b"\x89PNG\r\n\x1a\n\x00\x00", [("stdin", "BinaryInput")]),
}


@pytest.mark.parametrize(("data", "expected"), STDIN_CASES.values(), ids=STDIN_CASES.keys())
def test_stdin(data, expected):
    items = list(iter_inputs(["-"], stdin=io.BytesIO(data)))
    assert [(i.id, i.error[0] if i.error else None) for i in items] == expected


def test_stdin_text_is_decoded_with_its_encoding():
    (item,) = iter_inputs(["-"], stdin=io.BytesIO(seed_text("001").encode("gb18030")))
    assert item.text == seed_text("001") and item.meta["encoding"] == "gb18030"


# -- output formats ---------------------------------------------------------------------------


def _document_with_claims() -> Document:
    text = "2018年全区\r\n实现工业总产值343.2亿元,同比增长11%。"  # a sentence over two lines: quoted in CSV
    value = text.index("343.2亿元")
    change = text.index("11%")
    return Document(
        id="d1",
        source="a/d1.txt",
        text=text,
        claims=[
            Claim(
                metric="工业总产值", subject="阳江高新区", subject_text="全区", period="2018",
                value_start=value, value_end=value + len("343.2亿元"), value=34320000000, unit="CNY", qualifier="exact",
                change=Change(start=change, end=change + 3, text="11%", value=11, unit="%", direction="up", basis="yoy"),
                sentence_start=0, sentence_end=len(text),
            ),
            Claim(metric="增速", change=Change(start=change, end=change + 3, text="11%", value=11, unit="%", direction="up")),
        ],
    )


def test_claim_rows_hold_every_field_of_a_claim():
    rows = claim_rows(_document_with_claims().model_dump(mode="json"))
    assert len(rows) == 2
    first = rows[0]
    assert (first["id"], first["claim"], first["metric"], first["subject"], first["period"]) == ("d1", 0, "工业总产值", "阳江高新区", "2018")
    assert (first["value"], first["unit"], first["value_text"]) == (34320000000, "CNY", "343.2亿元")
    assert (first["change"], first["change_value"], first["change_direction"], first["change_basis"]) == ("11%", 11, "up", "yoy")
    assert first["sentence"].endswith("同比增长11%。")
    assert rows[1]["value"] is None and rows[1]["sentence"] is None


ROW_CASES = {
    "new-no-claims": ({"id": "x", "source": "s", "text": "t", "claims": []}, [("x", None, None)]),
    "new-error": (
        {"id": "x", "source": "s", "error": {"type": "EmptyInput", "message": "empty file"}},
        [("x", None, "EmptyInput")],
    ),
}


@pytest.mark.parametrize(("record", "expected"), ROW_CASES.values(), ids=ROW_CASES.keys())
def test_every_input_has_a_row(record, expected):
    assert [(r["id"], r["claim"], r["error_type"]) for r in claim_rows(record)] == expected


def test_csv_rendering_quotes_text_with_commas_and_newlines():
    record = _document_with_claims().model_dump(mode="json")
    record["claims"][0]["metric"] = '工业,"总"\r\n产值'
    chunk = Renderer("csv").render(record)
    rows = list(csv.reader(io.StringIO(chunk.decode("utf-8"), newline="")))
    assert rows[0][CSV_COLUMNS.index("metric")] == '工业,"总"\r\n产值'
    assert len(rows) == 2 and all(len(r) == len(CSV_COLUMNS) for r in rows)


def test_jsonl_rendering_is_one_line_and_can_drop_normalized():
    record = _document_with_claims().model_dump(mode="json")
    line = Renderer("jsonl", drop_normalized=True).render(dict(record, text="一\n二\u2028三"))
    assert line.count(b"\n") == 1 and "normalized" not in json.loads(line)


def _sink_round(tmp_path, fmt: str, records: list[dict], *, resume=False) -> OutputSink:
    sink = OutputSink(str(tmp_path / f"out.{fmt}"), fmt, resume=resume)
    renderer = Renderer(fmt)
    for record in records:
        sink.write(renderer.render(dict(record)))
    return sink


def _records(n: int) -> list[dict]:
    records = []
    for i in range(n):
        doc = _document_with_claims().model_copy(update={"id": f"d{i}"})
        records.append(doc.model_dump(mode="json") if i % 3 else {"id": f"d{i}", "source": "s", "error": {"type": "EmptyInput", "message": "m"}})
    return records


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_interrupted_output_is_resumed_to_the_same_bytes(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    records = _records(7)
    (tmp_path / "whole").mkdir()
    (tmp_path / "cut").mkdir()
    _sink_round(tmp_path / "whole", fmt, records).commit()
    cut = _sink_round(tmp_path / "cut", fmt, records[:5])
    cut.close()
    # a kill in the middle of the next record leaves a partial line
    with open(cut.part, "ab") as f:
        f.write(Renderer(fmt).render(dict(records[5]))[:40])
    resumed = OutputSink(str(tmp_path / "cut" / f"out.{fmt}"), fmt, resume=True)
    done = set(resumed.done)
    # JSONL trusts every complete line; tables redo the last document, whose rows may be cut.
    assert done == {f"d{i}" for i in range(5 if fmt == "jsonl" else 4)}
    renderer = Renderer(fmt)
    for record in records:
        if record["id"] not in done:
            resumed.write(renderer.render(dict(record)))
    resumed.commit()
    assert (tmp_path / "cut" / f"out.{fmt}").read_bytes() == (tmp_path / "whole" / f"out.{fmt}").read_bytes()
    assert not os.path.exists(cut.part)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_finished_output_is_resumed_with_new_documents_appended(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    records = _records(5)
    _sink_round(tmp_path, fmt, records[:3]).commit()
    sink = OutputSink(str(tmp_path / f"out.{fmt}"), fmt, resume=True)
    assert sink.done == {"d0": True, "d1": False, "d2": False}
    for record in records[3:]:
        sink.write(Renderer(fmt).render(dict(record)))
    sink.commit()
    again = OutputSink(str(tmp_path / f"out.{fmt}"), fmt, resume=True)
    assert list(again.done) == [f"d{i}" for i in range(5)]
    again.close()


def test_csv_has_a_bom_and_one_header(tmp_path):
    _sink_round(tmp_path, "csv", _records(2)).commit()
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8) and data.count(b"error_message") == 1


def test_resume_refuses_a_csv_with_other_columns(tmp_path):
    (tmp_path / "out.csv").write_text("id,text\n1,x\n", encoding="utf-8")
    with pytest.raises(ResumeError, match="other columns"):
        OutputSink(str(tmp_path / "out.csv"), "csv", resume=True)


def test_jsonl_resume_stops_at_the_first_bad_line(tmp_path):
    good = json.dumps({"id": "a", "text": "x"}) + "\n"
    (tmp_path / "out.jsonl.part").write_text(good + "garbage\n" + json.dumps({"id": "b"}) + "\n", encoding="utf-8")
    sink = OutputSink(str(tmp_path / "out.jsonl"), "jsonl", resume=True)
    sink.close()
    assert sink.done == {"a": False}
    assert (tmp_path / "out.jsonl.part").read_text(encoding="utf-8") == good
