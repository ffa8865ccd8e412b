"""Writing results: JSONL, CSV (one row per claim, UTF-8 with BOM) and Parquet.

:class:`OutputSink` writes rendered records to ``OUT.part`` and moves it into place only when
the batch is complete; ``--resume`` trusts only complete records of an earlier output (see
:mod:`zonex.io` for the readers).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = ["CSV_COLUMNS", "FORMATS", "OutputSink", "Renderer", "ResumeError", "claim_rows", "format_for_path"]


class ResumeError(Exception):
    """An existing output that ``--resume`` cannot continue (another format, other columns)."""


FORMATS = {"jsonl": (".jsonl", ".ndjson"), "csv": (".csv",), "parquet": (".parquet", ".pq")}

CSV_COLUMNS = (
    "id", "source", "claim", "subject", "subject_text", "metric", "period", "value", "low", "high", "unit",
    "qualifier", "value_text", "change", "change_value", "change_unit", "change_direction", "change_basis",
    "status", "sentence", "sentence_start", "sentence_end", "value_start", "value_end", "error_type", "error_message",
)
_INT_COLUMNS = frozenset({"claim", "sentence_start", "sentence_end", "value_start", "value_end"})
_FLOAT_COLUMNS = frozenset({"value", "low", "high", "change_value"})


def format_for_path(path: str) -> str | None:
    """The output format a file name asks for, or None.

    >>> format_for_path("out/claims.CSV"), format_for_path("x.jsonl"), format_for_path("x.txt")
    ('csv', 'jsonl', None)
    """
    suffix = Path(path).suffix.lower()
    return next((name for name, suffixes in FORMATS.items() if suffix in suffixes), None)


def claim_rows(record: dict) -> list[dict]:
    """The table rows of one output record: one per claim; a document without claims still gets
    one row (claim columns empty) and a failed input one row with its error, so that every
    input is in the table and ``--resume`` can tell what is done."""
    base = dict.fromkeys(CSV_COLUMNS)
    base.update(id=record.get("id"), source=record.get("source"))
    if "error" in record:
        return [{**base, "error_type": record["error"]["type"], "error_message": record["error"]["message"]}]
    text = record.get("text") or ""
    rows = []
    for n, claim in enumerate(record.get("claims") or []):
        row = dict(base, claim=n)
        for name in ("subject", "subject_text", "metric", "period", "value", "low", "high", "unit", "qualifier", "status"):
            row[name] = claim.get(name)
        for name in ("sentence_start", "sentence_end", "value_start", "value_end"):
            row[name] = claim.get(name)
        if claim.get("value_start") is not None:
            row["value_text"] = text[claim["value_start"] : claim["value_end"]]
        if claim.get("sentence_start") is not None:
            row["sentence"] = text[claim["sentence_start"] : claim["sentence_end"]]
        change = claim.get("change")
        if change:
            row.update(
                change=change.get("text"), change_value=change.get("value"), change_unit=change.get("unit"),
                change_direction=change.get("direction"), change_basis=change.get("basis"),
            )
        rows.append(row)
    return rows or [base]


def _csv_cell(value) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Renderer:
    """Turns output records into the bytes of one output format (done in the workers)."""

    format: str = "jsonl"
    drop_normalized: bool = False

    def render(self, record: dict) -> bytes:
        """The UTF-8 bytes of one record: a JSON line, CSV rows, or staged table rows."""
        if self.drop_normalized:
            record.pop("normalized", None)
        if self.format == "jsonl":
            return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        rows = claim_rows(record)
        if self.format == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerows([_csv_cell(row[c]) for c in CSV_COLUMNS] for row in rows)
            return buffer.getvalue().encode("utf-8")
        # parquet: rows are staged as JSON lines and converted when the batch completes
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def _csv_header() -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(CSV_COLUMNS)
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


@dataclass
class _Scan:
    """What an existing output holds: ids done (id → whether it is an error) and the bytes to keep."""

    done: dict[str, bool] = field(default_factory=dict)
    keep: int = 0


def _complete_json_lines(path: str) -> Iterator[tuple[Any, int]]:
    """The JSON lines of ``path`` with the offset just after each, up to the first line that is
    not complete or does not parse: a run killed mid-write leaves at most one partial line, and
    everything from the first bad line on is dropped and redone."""
    offset = 0
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                return
            try:
                record = json.loads(raw)
            except ValueError:
                return
            offset += len(raw)
            yield record, offset


def _scan_jsonl(path: str) -> _Scan:
    scan = _Scan()
    for record, offset in _complete_json_lines(path):
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            break
        scan.done[record["id"]] = "error" in record
        scan.keep = offset
    return scan


def _groups(rows: Iterator[tuple[dict | list, int]], id_of, error_of, partial: bool) -> _Scan:
    """Group consecutive rows by id; in a partial output the last group may be cut, so it is redone."""
    scan = _Scan()
    current, is_error, end_of_previous = None, False, 0
    for row, end in rows:
        row_id = id_of(row)
        if row_id != current:
            if current is not None:
                scan.done[current] = is_error
                scan.keep = end_of_previous
            current, is_error = row_id, False
        is_error = is_error or bool(error_of(row))
        end_of_previous = end
    if current is not None and not partial:
        scan.done[current] = is_error
        scan.keep = end_of_previous
    return scan


def _scan_csv(path: str, partial: bool) -> _Scan:
    with open(path, "rb") as f:
        lines = _LineCounter(f)
        reader = csv.reader(lines)
        try:
            first = next(reader)
        except (StopIteration, csv.Error):
            return _Scan()
        if tuple(first) != CSV_COLUMNS:
            raise ResumeError(f"{path} has other columns than this version of zonex writes; cannot resume it")
        header_end = lines.offset
        id_col, error_col = CSV_COLUMNS.index("id"), CSV_COLUMNS.index("error_type")

        def rows():
            while True:
                try:
                    row = next(reader)
                except (StopIteration, csv.Error):
                    return
                if not lines.last_complete or len(row) != len(CSV_COLUMNS):
                    return
                yield row, lines.offset

        scan = _groups(rows(), lambda r: r[id_col], lambda r: r[error_col], partial)
    scan.keep = max(scan.keep, header_end)
    return scan


class _LineCounter:
    """Feeds decoded lines to ``csv.reader`` and counts the bytes it has consumed."""

    def __init__(self, f: IO[bytes]):
        self._f = f
        self.offset = 0
        self.last_complete = True
        self._first = True

    def __iter__(self):
        return self

    def __next__(self) -> str:
        raw = self._f.readline()
        if not raw:
            raise StopIteration
        self.offset += len(raw)
        self.last_complete = raw.endswith(b"\n")
        encoding = "utf-8-sig" if self._first else "utf-8"
        self._first = False
        return raw.decode(encoding, errors="replace")


def _scan_staged_rows(path: str, partial: bool) -> _Scan:
    return _groups(_complete_json_lines(path), lambda r: r.get("id"), lambda r: r.get("error_type"), partial)


def _parquet_schema():
    import pyarrow as pa

    def kind(name):
        if name in _INT_COLUMNS:
            return pa.int64()
        if name in _FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    return pa.schema([(name, kind(name)) for name in CSV_COLUMNS])


def _require_pyarrow() -> None:
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ResumeError('writing .parquet needs pyarrow: pip install "zonex[parquet]"') from None


class OutputSink:
    """Writes rendered records to ``OUT.part`` and moves it to ``OUT`` when the batch completes.

    With ``resume=True`` the records already done are kept: those of ``OUT.part`` if an
    interrupted run left one (only complete records are trusted; a partial last one is cut
    off), else those of a finished ``OUT``; :attr:`done` maps their ids to whether they failed.
    ``path=None`` writes to stdout (no resume, nothing to move).
    """

    def __init__(self, path: str | None, format: str, *, resume: bool = False, stdout: IO[bytes] | None = None):
        self.path = path
        self.format = format
        self.done: dict[str, bool] = {}
        if path is None:
            self.part = None
            self._file = stdout if stdout is not None else sys.stdout.buffer
            if format == "csv":
                self._file.write(_csv_header())
            return
        if format == "parquet":
            _require_pyarrow()
        self.part = path + ".part"
        if resume:
            self._prepare_resume()
        else:
            self._new_part()
        self._file = open(self.part, "ab")  # noqa: SIM115 (closed in commit or close)
        if format == "csv" and os.path.getsize(self.part) == 0:
            self._file.write(_csv_header())

    @property
    def written_to(self) -> str:
        return self.path or "stdout"

    def _new_part(self) -> None:
        open(self.part, "w").close()

    def _scan(self, path: str, partial: bool) -> _Scan:
        if self.format == "jsonl":
            return _scan_jsonl(path)
        if self.format == "csv":
            return _scan_csv(path, partial)
        return _scan_staged_rows(path, partial)

    def _prepare_resume(self) -> None:
        if os.path.exists(self.part):
            # An interrupted run: keep its trusted prefix in place.
            scan = self._scan(self.part, partial=True)
            with open(self.part, "r+b") as f:
                f.truncate(scan.keep)
            self.done = scan.done
        elif os.path.exists(self.path):
            # A finished run: copy what it holds, then append the new documents.
            if self.format == "parquet":
                self._stage_parquet(self.path)
            else:
                scan = self._scan(self.path, partial=False)
                with open(self.path, "rb") as src, open(self.part, "wb") as dst:
                    _copy_prefix(src, dst, scan.keep)
                self.done = scan.done
        else:
            self._new_part()

    def _stage_parquet(self, path: str) -> None:
        import pyarrow.parquet as pq

        table_file = pq.ParquetFile(path)
        if tuple(table_file.schema_arrow.names) != CSV_COLUMNS:
            raise ResumeError(f"{path} has other columns than this version of zonex writes; cannot resume it")
        with open(self.part, "wb") as dst:
            for batch in table_file.iter_batches():
                for row in batch.to_pylist():
                    dst.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
                    self.done[row["id"]] = self.done.get(row["id"], False) or bool(row["error_type"])

    def write(self, chunk: bytes) -> None:
        """Append one rendered record; flushed at once so that a killed run loses at most it."""
        self._file.write(chunk)
        self._file.flush()

    def commit(self) -> None:
        """Complete the output: fsync the part file and move it into place atomically."""
        if self.part is None:
            self._file.flush()
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        if self.format == "parquet":
            tmp = self.part + ".parquet"
            _write_parquet(self.part, tmp)
            os.replace(tmp, self.path)
            os.remove(self.part)
        else:
            os.replace(self.part, self.path)

    def close(self) -> None:
        """Stop without completing: the part file keeps every record written, for ``--resume``."""
        if self.part is None:
            self._file.flush()
            return
        if not self._file.closed:
            self._file.flush()
            self._file.close()


def _copy_prefix(src: IO[bytes], dst: IO[bytes], length: int) -> None:
    remaining = length
    while remaining > 0:
        block = src.read(min(remaining, 1 << 20))
        if not block:
            break
        dst.write(block)
        remaining -= len(block)


def _write_parquet(staged: str, out: str, batch_rows: int = 10_000) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    with pq.ParquetWriter(out, schema) as writer, open(staged, encoding="utf-8") as f:
        rows: list[dict] = []
        for line in f:
            rows.append(json.loads(line))
            if len(rows) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
