"""The ``zonex`` command, run for real: a folder of seeds and bad inputs, kills and resumes, -j 2.

The batch tests start ``python -m zonex`` as a subprocess, as users do; the argument parsing and
the delegation of ``eval`` and ``train-ner`` are tested in-process through ``main(argv)``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

import zonex
from zonex.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def zonex_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "zonex", *args]


def run_zonex(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(zonex_cmd(*args), input=stdin, capture_output=True, cwd=cwd, timeout=120)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def representable(text: str, codec: str) -> str:
    return "".join(ch for ch in text if _encodes(ch, codec))


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def seed(key: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(key)).read_bytes().decode("utf-8")


# -- a real collection: the seeds, other encodings, a page, a JSONL dump and bad inputs ---------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "seeds").mkdir()
    for path in SEEDS:
        shutil.copy(path, root / "seeds" / path.name)
    enc = root / "encodings"
    enc.mkdir()
    # GBK of a seed that GBK holds whole, and GBK/Big5 twins (with their UTF-8 versions) of
    # seeds that need a character or two dropped to fit the legacy code.
    (enc / "001-gbk.txt").write_bytes(seed("001").encode("gbk"))
    for key, codec in (("003", "gbk"), ("002", "cp950")):
        text = representable(seed(key), codec)
        (enc / f"{key}-{codec}.txt").write_bytes(text.encode(codec))
        (enc / f"{key}-utf8.txt").write_bytes(text.encode("utf-8"))
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with open(bad / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (bad / "dangling.txt").symlink_to(bad / "nowhere.txt")
    os.mkfifo(bad / "pipe.txt")
    (bad / "locked").mkdir()
    (bad / "locked" / "inside.txt").write_text("高新区", encoding="utf-8")
    (bad / "locked").chmod(0)
    lines = [
        json.dumps({"id": "n1", "text": "2021年广西高新区工业总产值增长12%。", "date": "2021-09-08"}, ensure_ascii=False),
        '{"id": "n2", "text": "未闭合',
        json.dumps({"id": "n3", "body": "没有 text 字段"}, ensure_ascii=False),
        json.dumps({"id": "n4", "text": seed("004")}, ensure_ascii=False),
    ]
    (root / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in seed("004").splitlines() if p.strip())
    (root / "page.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>高新区新闻</title>'
        f'<meta name="publishdate" content="2023-03-31"></head><body><div class="nav">首页</div>{paragraphs}</body></html>',
        encoding="utf-8",
    )
    yield root
    (bad / "locked").chmod(0o700)


def expected_records() -> list[tuple[str, str | None]]:
    """(id, error type) of every input of the corpus, in input order (folders in name order)."""
    return [
        ("bad/binary", "BinaryInput"),
        ("bad/dangling", "ReadError"),
        ("bad/empty", "EmptyInput"),
        ("bad/huge", "TooLarge"),
        ("bad/locked/inside", None) if IS_ROOT else ("bad/locked", "ReadError"),  # root reads any folder
        ("bad/pipe", "ReadError"),
        ("n1", None),
        ("dump:2", "InvalidJSON"),
        ("n3", "MissingTextField"),
        ("n4", None),
        ("encodings/001-gbk", None),
        ("encodings/002-cp950", None),
        ("encodings/002-utf8", None),
        ("encodings/003-gbk", None),
        ("encodings/003-utf8", None),
        ("page", None),
        *[(f"seeds/{p.stem}", None) for p in SEEDS],
    ]


@pytest.fixture(scope="module")
def corpus_run(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "out.jsonl"
    proc = run_zonex("extract", str(corpus), "-o", str(out), "-j", "2")
    return proc, out


def test_every_input_yields_one_record_in_order(corpus_run):
    proc, out = corpus_run
    records = read_jsonl(out)
    assert [(r["id"], r.get("error", {}).get("type")) for r in records] == expected_records()
    assert proc.returncode == 1, "some inputs failed: exit status 1"
    assert not Path(str(out) + ".part").exists()


ERROR_MESSAGES = {
    "bad/binary": "PNG",
    "bad/dangling": "broken symbolic link",
    "bad/empty": "empty",
    "bad/huge": "52,428,800 bytes",
    "bad/locked": "Permission denied",
    "bad/pipe": "named pipe",
    "dump:2": "line 2",
    "n3": "'text'",
}


@pytest.mark.parametrize(("id", "says"), ERROR_MESSAGES.items(), ids=ERROR_MESSAGES.keys())
def test_error_records_name_the_problem(corpus_run, id, says):
    if id == "bad/locked" and IS_ROOT:
        pytest.skip("root can list a folder without read permission")
    records = {r["id"]: r for r in read_jsonl(corpus_run[1])}
    assert says in records[id]["error"]["message"]
    assert set(records[id]) == {"id", "source", "error"}


def _comparable(record: dict) -> dict:
    meta = {k: v for k, v in record["meta"].items() if k != "encoding"}
    return {**{k: v for k, v in record.items() if k not in ("id", "source", "meta")}, "meta": meta}


TWINS = [("encodings/001-gbk", "seeds/" + SEEDS[1].stem, "gb18030"), ("encodings/003-gbk", "encodings/003-utf8", "gb18030"), ("encodings/002-cp950", "encodings/002-utf8", "cp950")]


@pytest.mark.parametrize(("legacy", "utf8", "encoding"), TWINS, ids=[t[0] for t in TWINS])
def test_legacy_encodings_give_the_same_document_as_utf8(corpus_run, legacy, utf8, encoding):
    records = {r["id"]: r for r in read_jsonl(corpus_run[1])}
    assert records[legacy]["meta"]["encoding"] == encoding
    assert records[utf8]["meta"]["encoding"] == "utf-8"
    assert _comparable(records[legacy]) == _comparable(records[utf8])


def test_records_carry_source_meta_and_the_gold_fields(corpus_run, corpus):
    records = {r["id"]: r for r in read_jsonl(corpus_run[1])}
    first_seed = records[f"seeds/{SEEDS[0].stem}"]
    assert first_seed["source"] == str(corpus / "seeds" / SEEDS[0].name)
    assert first_seed["text"] == SEEDS[0].read_bytes().decode("utf-8")
    assert set(first_seed) >= {"id", "source", "text", "normalized", "meta", "quantities", "times", "entities", "claims"}
    assert records["page"]["meta"]["format"] == "html" and records["page"]["meta"]["title"]
    assert records["n1"]["meta"]["date"] == "2021-09-08"
    assert records["n4"]["text"] == seed("004")


def test_summary_counts_documents_claims_errors_and_throughput(corpus_run):
    stderr = corpus_run[0].stderr.decode("utf-8")
    n = len(expected_records())
    failed = sum(1 for _, error in expected_records() if error)
    assert re.search(rf"{n} documents, \d+ claims, {failed} errors in [\d.]+ s \([\d.,]+ docs/s, [\d. kM]+ chars/s\)", stderr), stderr
    assert "TooLarge" in stderr and "\r" not in stderr, "no progress line when stderr is not a terminal"


# -- interrupted runs, --resume and -j 2 --------------------------------------------------------


@pytest.fixture(scope="module")
def small_docs(tmp_path_factory) -> tuple[Path, Path, bytes]:
    """Two folders of one-paragraph documents and a stdin text to read between them."""
    root = tmp_path_factory.mktemp("small")
    paragraphs = [p.strip() for path in SEEDS for p in path.read_text(encoding="utf-8").splitlines() if len(p.strip()) > 40]
    first, second = root / "a", root / "b"
    first.mkdir()
    second.mkdir()
    for i, paragraph in enumerate(paragraphs[:90]):
        (first / f"{i:03d}.txt").write_text(paragraph, encoding="utf-8")
    for i, paragraph in enumerate(paragraphs[90:120]):
        (second / f"{i:03d}.txt").write_bytes(paragraph.encode("gb18030"))
    return first, second, seed("002").encode("utf-8")


@pytest.fixture(scope="module")
def reference(small_docs, tmp_path_factory) -> bytes:
    first, second, stdin = small_docs
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    proc = run_zonex("extract", str(first), "-", str(second), "-o", str(out), "-j", "1", stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    return out.read_bytes()


def test_two_workers_write_the_same_bytes_as_one(small_docs, reference, tmp_path):
    first, second, stdin = small_docs
    out = tmp_path / "out.jsonl"
    proc = run_zonex("extract", str(first), "-", str(second), "-o", str(out), "-j", "2", stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    assert out.read_bytes() == reference
    assert len(reference.splitlines()) == 90 + 1 + 30


def _start_and_stop(args: list[str], part: Path, how: signal.Signals) -> subprocess.Popen:
    """Start a run that will block on stdin after the first folder; stop it once it has written."""
    proc = subprocess.Popen(zonex_cmd(*args), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if part.exists() and part.read_bytes().count(b"\n") >= 10:
            break
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("the run wrote nothing in 60 s")
    proc.send_signal(how)
    proc.stdin.close()  # only now: the run must not get past stdin before the signal
    proc.wait(timeout=60)
    return proc


@pytest.mark.parametrize(("how", "jobs"), [(signal.SIGKILL, "1"), (signal.SIGINT, "2")], ids=["SIGKILL-j1", "SIGINT-j2"])
def test_interrupted_run_resumed_gives_the_same_output(small_docs, reference, tmp_path, how, jobs):
    first, second, stdin = small_docs
    out = tmp_path / "out.jsonl"
    part = Path(str(out) + ".part")
    args = ["extract", str(first), "-", str(second), "-o", str(out), "-j", jobs]
    proc = _start_and_stop(args, part, how)
    assert not out.exists(), "an interrupted run must not leave an output that looks complete"
    assert part.exists()
    if how == signal.SIGINT:
        assert proc.returncode == 130
        assert "--resume" in proc.stderr.read().decode()
        assert part.read_bytes().endswith(b"\n"), "Ctrl-C leaves only complete records"
    else:
        assert proc.returncode == -signal.SIGKILL
        with open(part, "ab") as f:  # as if killed in the middle of writing a record
            f.write(b'{"id": "half-written", "text": "')
    written = part.read_bytes().count(b"\n")
    assert 10 <= written < len(reference.splitlines())
    resumed = run_zonex(*args, "--resume", stdin=stdin)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert out.read_bytes() == reference
    assert f"resumed: {written} documents" in resumed.stderr.decode()
    assert not part.exists()


def test_resume_of_a_finished_output_adds_only_new_inputs(small_docs, tmp_path, capsys):
    first, second, _ = small_docs
    out = tmp_path / "out.csv"
    assert main(["extract", str(first), "-o", str(out), "-j", "1"]) == 0
    assert main(["extract", str(first), str(second), "-o", str(out), "-j", "1", "--resume"]) == 0
    stderr = capsys.readouterr().err
    assert "30 documents" in stderr and "resumed: 90 documents" in stderr
    once = tmp_path / "once.csv"
    assert main(["extract", str(first), str(second), "-o", str(once), "-j", "1", "-q"]) == 0
    assert out.read_bytes() == once.read_bytes()


# -- stdin, stdout and formats ------------------------------------------------------------------


def test_stdin_to_stdout(tmp_path):
    proc = run_zonex("extract", "-", "-j", "1", stdin=seed("001").encode("gb18030"))
    assert proc.returncode == 0
    (record,) = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert (record["id"], record["source"], record["text"]) == ("stdin", "-", seed("001"))
    assert record["meta"]["encoding"] == "gb18030"


def test_csv_and_parquet_hold_one_row_per_document_without_claims(tmp_path, corpus):
    for fmt in ("csv", "parquet"):
        if fmt == "parquet":
            pytest.importorskip("pyarrow")
        out = tmp_path / f"out.{fmt}"
        assert main(["extract", str(corpus / "seeds"), str(corpus / "bad" / "empty.txt"), "-o", str(out), "-j", "1", "-q"]) == 1
        if fmt == "csv":
            import csv

            rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        else:
            import pyarrow.parquet as pq

            rows = pq.read_table(out).to_pylist()
        ids = list(dict.fromkeys(row["id"] for row in rows))
        assert ids == [p.stem for p in SEEDS] + ["empty"]
        assert rows[-1]["error_type"] == "EmptyInput"


# -- argument parsing ---------------------------------------------------------------------------

USAGE_ERRORS = {
    "new-unknown-suffix": (["extract", "seeds", "-o", "out.txt"], "cannot tell the output format"),
    "new-resume-to-stdout": (["extract", "seeds", "--resume"], "--resume needs an output file"),
    "new-parquet-to-stdout": (["extract", "seeds", "-f", "parquet"], "parquet cannot be written to stdout"),
    "new-stdin-twice": (["extract", "-", "-", "-o", "x.jsonl"], "only once"),
    "new-zero-jobs": (["extract", "seeds", "-j", "0"], "at least 1"),
    "new-bad-size": (["extract", "seeds", "--max-bytes", "lots"], "not a size"),
    "new-no-input": (["extract", "-o", "x.jsonl"], "required: INPUT"),
    "new-no-command": ([], "usage: zonex"),
    "new-output-is-a-folder": (["extract", "seeds", "-o", "."], "is a folder"),
    "new-output-folder-missing": (["extract", "seeds", "-o", "no/such/folder/out.jsonl"], "does not exist"),
}


@pytest.mark.parametrize(("argv", "says"), USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_usage_errors_exit_2(capsys, argv, says):
    assert main(argv) == 2
    assert says in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["extract"], ["eval"], ["train-ner"]], ids=["zonex", "extract", "eval", "train-ner"])
def test_help_is_complete_with_examples(capsys, command):
    assert main([*command, "--help"]) == 0
    text = capsys.readouterr().out
    assert "examples:" in text
    if command == ["extract"]:
        for option in ("--output", "--format", "--jobs", "--resume", "--glob", "--text-field", "--id-field", "--max-bytes", "--encoding", "--no-normalized"):
            assert option in text
        for error_type in ("EmptyInput", "BinaryInput", "TooLarge", "DecodeError", "ReadError", "InvalidJSON", "MissingTextField", "ExtractionError"):
            assert error_type in text


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"zonex {zonex.__version__}"


def test_python_dash_m_zonex_is_the_command():
    proc = subprocess.run(zonex_cmd("--version"), capture_output=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"zonex {zonex.__version__}"


def test_eval_passes_its_arguments_to_zonex_evaluate(monkeypatch, tmp_path):
    calls = []
    fake = types.ModuleType("zonex.evaluate")
    fake.run = lambda gold_path, pred_path=None, *, as_json=False, errors=False, out=None: calls.append(
        (gold_path, pred_path, as_json, errors, out)
    ) or 0
    monkeypatch.setitem(sys.modules, "zonex.evaluate", fake)
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("", encoding="utf-8")
    pred.write_text("", encoding="utf-8")
    assert main(["eval", str(gold), "--pred", str(pred), "--json", "--errors"]) == 0
    assert calls == [(str(gold), str(pred), True, True, sys.stdout)]
    assert main(["eval", str(gold)]) == 0
    assert calls[-1] == (str(gold), None, False, False, sys.stdout)


def test_eval_of_a_missing_gold_file_is_a_usage_error(capsys, tmp_path):
    assert main(["eval", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such gold file" in capsys.readouterr().err


def test_train_ner_without_spacy_says_how_to_install_it(monkeypatch, capsys, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "spacy" else real(name, *a))
    assert main(["train-ner", str(tmp_path / "gold.jsonl"), "-o", str(tmp_path / "model")]) == 2
    assert 'pip install "zonex[spacy]"' in capsys.readouterr().err


def test_train_ner_passes_its_arguments_to_the_spacy_backend(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name == "spacy" else real(name, *a))
    calls = []
    backend = types.ModuleType("zonex.ner.spacy_backend")
    backend.train = lambda gold, out, **kw: calls.append((gold, out, kw)) or Path(out)
    monkeypatch.setitem(sys.modules, "zonex.ner", types.ModuleType("zonex.ner"))
    monkeypatch.setitem(sys.modules, "zonex.ner.spacy_backend", backend)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    assert main(["train-ner", str(gold), "-o", str(tmp_path / "m"), "--iterations", "5", "--seed", "3"]) == 0
    assert calls == [(str(gold), str(tmp_path / "m"), {"iterations": 5, "seed": 3})]
