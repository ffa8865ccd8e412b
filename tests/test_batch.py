"""zonex.batch in-process: one record per input, summaries, progress, SIGTERM, resume, dying workers."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import select
import signal
from collections import Counter
from pathlib import Path

import pytest

from zonex import Pipeline, Settings
from zonex.batch import (
    BatchOptions,
    Interrupted,
    PipelineBuildError,
    Summary,
    _chunks,
    _WorkerConfig,
    process_chunk,
    process_item,
    run,
)
from zonex.io import InputItem, Renderer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


CONFIG = _WorkerConfig(Settings(), Renderer("jsonl"), None, 1000, "auto")

ITEM_CASES = {
    "new-text": (InputItem("a", "s", text="2018年全区实现工业总产值343.2亿元。"), None),
    "new-known-error": (InputItem("a", "s", error=("InvalidJSON", "line 3: bad")), "InvalidJSON"),
    "new-empty-text": (InputItem("a", "s", text=" \n"), "EmptyInput"),
    "new-missing-file": (InputItem("a", "s", path="/nonexistent/zonex/a.txt"), "ReadError"),
}


@pytest.mark.parametrize(("item", "error"), ITEM_CASES.values(), ids=ITEM_CASES.keys())
def test_process_item_gives_a_document_or_an_error_record(pipeline, item, error):
    result = process_item(item, pipeline, CONFIG)
    record = json.loads(result.chunk)
    assert record["id"] == item.id and record["source"] == item.source
    assert result.error == error
    if error:
        assert record["error"]["type"] == error and record["error"]["message"]
    else:
        assert record["text"] == item.text and result.chars == len(item.text)


def test_a_failing_stage_is_an_extraction_error(pipeline, monkeypatch):
    def broken(text):
        raise ValueError("offset map out of range")

    monkeypatch.setattr(pipeline, "quantity_recognizer", broken)
    result = process_item(InputItem("a", "s", text="高新区"), pipeline, CONFIG)
    assert result.error == "ExtractionError"
    assert json.loads(result.chunk)["error"]["message"] == "ValueError: offset map out of range"


def test_a_chunk_runs_stage_by_stage_and_one_failure_stays_its_own(pipeline, monkeypatch):
    # The texts of a chunk go through each stage together; a stage failing on one text gives
    # that text an error record and leaves the others as extract() makes them, in order.
    real = pipeline.entity_recognizer

    def fails_on_one(text, analysis):
        if "坏" in text:
            raise RuntimeError("broken on this text")
        return real(text, analysis)

    texts = ["2018年全区实现工业总产值343.2亿元,同比增长11%。", "坏文本:产值5亿元。", "阳江高新区管委会主任傅光焱表示。"]
    expected = [pipeline.extract(t, id=str(i), source="s", meta={"format": "text"}) for i, t in enumerate(texts)]
    monkeypatch.setattr(pipeline, "entity_recognizer", fails_on_one)
    items = [InputItem(str(i), "s", text=t) for i, t in enumerate(texts)] + [InputItem("x", "s", error=("InputError", "gone"))]
    results = process_chunk(items, pipeline, CONFIG)
    assert [r.id for r in results] == ["0", "1", "2", "x"]
    assert [r.error for r in results] == [None, "ExtractionError", None, "InputError"]
    assert json.loads(results[1].chunk)["error"]["message"] == "RuntimeError: broken on this text"
    for i in (0, 2):
        assert json.loads(results[i].chunk) == json.loads(CONFIG.renderer.render(expected[i].model_dump(mode="json")))


def test_file_too_large_for_the_limit(pipeline, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("高" * 400, encoding="utf-8")
    result = process_item(InputItem("a", str(path), path=str(path)), pipeline, CONFIG)
    assert result.error == "TooLarge"


def test_chunks_are_bounded_by_count_and_characters():
    items = [InputItem(str(i), "s", text="x" * 10) for i in range(20)] + [InputItem("big", "s", text="x" * (2 << 20))]
    sizes = [len(c) for c in _chunks(items)]
    assert sizes == [8, 8, 5] and sum(sizes) == 21


def _folder(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _texts(n: int) -> dict[str, str]:
    paragraphs = [p.strip() for p in SEEDS[3].read_text(encoding="utf-8").splitlines() if len(p.strip()) > 20]
    return {f"{i:02d}.txt": paragraphs[i % len(paragraphs)] for i in range(n)}


def test_run_counts_documents_characters_and_errors(tmp_path):
    folder = _folder(tmp_path, {**_texts(4), "z-empty.txt": ""})
    out = tmp_path / "out.jsonl"
    seen = []
    summary = run(BatchOptions([str(folder)], str(out)), stderr=io.StringIO(), on_result=seen.append)
    assert (summary.documents, summary.errors, summary.failed) == (5, Counter(EmptyInput=1), 1)
    assert summary.chars == sum(len(t) for t in _texts(4).values())
    assert [r.id for r in seen] == ["00", "01", "02", "03", "z-empty"]
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [r.id for r in seen]


def test_progress_shows_rates_when_asked(tmp_path):
    folder = _folder(tmp_path, _texts(3))
    stderr = io.StringIO()
    run(BatchOptions([str(folder)], str(tmp_path / "out.jsonl")), stderr=stderr, progress=True)
    assert "docs/s" in stderr.getvalue() and "chars/s" in stderr.getvalue()
    quiet = io.StringIO()
    run(BatchOptions([str(folder)], str(tmp_path / "out.jsonl")), stderr=quiet, progress=False)
    assert quiet.getvalue() == ""


SUMMARY_CASES = {
    "new-clean": (Summary(documents=10, claims=4, chars=2_500_000, seconds=2.0, output="o.jsonl"), ["10 documents, 4 claims, 0 errors in 2.0 s (5.0 docs/s, 1.2 M chars/s)", "output: o.jsonl"]),
    "new-errors": (Summary(documents=3, errors=Counter(TooLarge=2, EmptyInput=1), seconds=1.0), ["errors: 2 TooLarge, 1 EmptyInput"]),
    "new-resumed": (Summary(resumed=7, resumed_errors=1, seconds=1.0), ["resumed: 7 documents already in the output were skipped (1 of them error records)"]),
}


@pytest.mark.parametrize(("summary", "says"), SUMMARY_CASES.values(), ids=SUMMARY_CASES.keys())
def test_summary_lines(summary, says):
    text = "\n".join(summary.lines())
    for part in says:
        assert part in text


def test_sigterm_keeps_the_records_written_and_resume_completes_them(tmp_path):
    before = signal.getsignal(signal.SIGTERM)
    folder = _folder(tmp_path, _texts(12))
    whole = tmp_path / "whole.jsonl"
    run(BatchOptions([str(folder)], str(whole)), stderr=io.StringIO())
    out = tmp_path / "out.jsonl"

    def stop_after_five(result, count=[0]):  # noqa: B006 (a counter)
        count[0] += 1
        if count[0] == 5:
            os.kill(os.getpid(), signal.SIGTERM)

    with pytest.raises(Interrupted) as stopped:
        run(BatchOptions([str(folder)], str(out)), stderr=io.StringIO(), on_result=stop_after_five)
    assert stopped.value.signum == signal.SIGTERM and stopped.value.summary.documents == 5
    assert "--resume" in stopped.value.summary.lines()[-1]
    assert not out.exists() and Path(str(out) + ".part").read_bytes().count(b"\n") == 5
    summary = run(BatchOptions([str(folder)], str(out), resume=True), stderr=io.StringIO())
    assert (summary.resumed, summary.documents) == (5, 7)
    assert out.read_bytes() == whole.read_bytes()
    assert signal.getsignal(signal.SIGTERM) is before, "the SIGTERM handler is restored"


def test_resumed_error_records_still_fail_the_batch(tmp_path):
    folder = _folder(tmp_path, {**_texts(2), "empty.txt": ""})
    out = tmp_path / "out.jsonl"
    assert run(BatchOptions([str(folder)], str(out)), stderr=io.StringIO()).failed == 1
    again = run(BatchOptions([str(folder)], str(out), resume=True), stderr=io.StringIO())
    assert (again.documents, again.resumed, again.failed) == (0, 3, 1)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the crash is planted by patching before fork")
def test_a_worker_that_dies_costs_only_its_input(tmp_path, monkeypatch):
    texts = _texts(10)
    texts["04.txt"] = "CRASH " + texts["04.txt"]
    folder = _folder(tmp_path, texts)
    real = Pipeline._begin  # every text goes through it first, alone or in a batch

    def crashing(self, text, meta):
        if text.startswith("CRASH"):
            os._exit(1)  # as a segfault or the OOM killer would
        return real(self, text, meta)

    monkeypatch.setattr(Pipeline, "_begin", crashing)
    out = tmp_path / "out.jsonl"
    summary = run(BatchOptions([str(folder)], str(out), jobs=2), stderr=io.StringIO())
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [f"{i:02d}" for i in range(10)]
    assert [r["id"] for r in records if "error" in r] == ["04"]
    assert "worker process died" in records[4]["error"]["message"]
    assert summary.errors == Counter(ExtractionError=1)


def test_no_normalized_drops_the_field(tmp_path):
    folder = _folder(tmp_path, _texts(1))
    out = tmp_path / "out.jsonl"
    run(BatchOptions([str(folder)], str(out), drop_normalized=True), stderr=io.StringIO())
    assert "normalized" not in json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("jobs", [1, 2], ids=["j1", "j2"])
def test_a_pipeline_that_cannot_be_built_stops_the_batch_once(tmp_path, monkeypatch, jobs):
    if jobs > 1 and multiprocessing.get_start_method() != "fork":
        pytest.skip("the failure is planted by patching before fork")

    def missing_model(self, settings=None, **overrides):
        raise OSError("no model at models/ner")

    monkeypatch.setattr(Pipeline, "__init__", missing_model)
    folder = _folder(tmp_path, _texts(3))
    out = tmp_path / "out.jsonl"
    with pytest.raises(PipelineBuildError, match="no model at models/ner"):
        run(BatchOptions([str(folder)], str(out), jobs=jobs), stderr=io.StringIO())
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_is_shown_on_a_terminal_and_not_elsewhere(tmp_path):
    folder = _folder(tmp_path, _texts(3))
    master, slave = os.openpty()
    try:
        with open(slave, "w", encoding="utf-8", closefd=False) as terminal:
            run(BatchOptions([str(folder)], str(tmp_path / "out.jsonl")), stderr=terminal)
        shown = b""
        while select.select([master], [], [], 0.1)[0]:
            shown += os.read(master, 65536)
        shown = shown.decode("utf-8")
    finally:
        os.close(master)
        os.close(slave)
    assert "3 docs" in shown and "docs/s" in shown and "chars/s" in shown
    not_a_terminal = io.StringIO()
    run(BatchOptions([str(folder)], str(tmp_path / "out.jsonl")), stderr=not_a_terminal)
    assert not_a_terminal.getvalue() == ""
