"""Reading inputs and writing results: what ``zonex extract`` stands on.

Readers turn what users have (folders of downloaded pages, JSONL dumps, stdin) into texts:

- :func:`decode` finds the encoding of raw bytes — a BOM, then strict UTF-8, then the charset
  an HTML page declares, then GB18030 against Big5 decided by how *typical* the decoded
  characters are (see :func:`typicality`) — and never replaces a byte: what cannot be decoded
  raises :class:`DecodeFailure`.
- :func:`read_text` reads one file (size checked before reading, binary data refused);
  :func:`load_input` also extracts the article of an HTML page (trafilatura when installed,
  a plain tag stripper otherwise) and keeps its title and date.
- :func:`iter_inputs` walks the command line's inputs in order and yields one
  :class:`InputItem` per document, with a unique ``id`` and its ``source``; what cannot be read
  at discovery time (a folder that cannot be listed, a broken JSONL line) becomes an item that
  carries its error, so that every input yields exactly one output record.

The writers live in :mod:`zonex.writers` (re-exported here). Each failure is an :class:`InputError` whose ``type`` names the problem in the error record.
"""

from __future__ import annotations

import codecs
import functools
import html.parser
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO, Literal

__all__ = [
    "BinaryInputError",
    "CSV_COLUMNS",
    "Decoded",
    "DecodeFailure",
    "EmptyInputError",
    "FORMATS",
    "HtmlArticle",
    "InputError",
    "InputItem",
    "InvalidJSONError",
    "LoadedText",
    "MissingTextFieldError",
    "OutputSink",
    "ReadFailure",
    "Renderer",
    "ResumeError",
    "TooLargeError",
    "claim_rows",
    "decode",
    "error_record",
    "extract_html",
    "format_for_path",
    "is_html",
    "iter_inputs",
    "load_input",
    "read_bytes",
    "read_text",
    "typicality",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
InputFormat = Literal["auto", "text", "html", "jsonl"]


# ---------------------------------------------------------------------------------------------
# Errors: one class per error type of the batch's error records.


class InputError(Exception):
    """An input that yields no document; ``type`` is the error record's ``error.type``."""

    type = "ReadError"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class EmptyInputError(InputError):
    type = "EmptyInput"


class BinaryInputError(InputError):
    type = "BinaryInput"


class TooLargeError(InputError):
    type = "TooLarge"


class DecodeFailure(InputError):
    type = "DecodeError"


class ReadFailure(InputError):
    type = "ReadError"


class InvalidJSONError(InputError):
    type = "InvalidJSON"


class MissingTextFieldError(InputError):
    type = "MissingTextField"


def error_record(id: str | None, source: str | None, type: str, message: str) -> dict:
    """The output record of an input that failed: ``{"id", "source", "error": {type, message}}``."""
    return {"id": id, "source": source, "error": {"type": type, "message": message}}


# ---------------------------------------------------------------------------------------------
# Encodings.

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Big5 as served: Microsoft's cp950 (most sites), then Big5-HKSCS (Hong Kong; it also has the
# pinyin letters with tones that cp950 lacks), then the strict Unicode-consortium table.
_BIG5_CODECS = ("cp950", "big5hkscs", "big5")
_GB_CODEC = "gb18030"  # a superset of GB2312 and GBK: one decoder for the whole family
# Below this many non-ASCII characters, or this difference in typicality, the choice between
# GB18030 and Big5 is reported as ambiguous (both decode and neither is clearly typical).
_MIN_SCORED_CHARS = 12
_MIN_MARGIN = 0.25
_SCORE_SAMPLE = 20_000

_CHARSET_ALIASES = {
    "gb2312": _GB_CODEC, "gbk": _GB_CODEC, "x-gbk": _GB_CODEC, "gb18030": _GB_CODEC, "cp936": _GB_CODEC,
    "euc-cn": _GB_CODEC, "big5": "big5", "big-5": "big5", "x-x-big5": "big5", "cp950": "big5",
    "big5-hkscs": "big5", "utf-8": "utf-8", "utf8": "utf-8",
}
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the codec that decoded it, and a note when the choice was close."""

    text: str
    encoding: str
    note: str | None = None


@functools.cache
def _typical_chars(family: str) -> frozenset[str]:
    """The characters each standard puts in its common tier, decoded from the codec itself.

    GB2312 orders its 3,755 level-1 hanzi (rows B0–D7) by frequency of use; Big5 its 5,401
    "frequently used" ones (A440–C67E). Rows A1/A3 of GB2312 and A1 of Big5 hold the punctuation
    of running text. A text decoded with the right codec is almost all typical characters; bytes
    decoded with the wrong one land anywhere in the other code's table, mostly outside its tier.
    """
    chars: set[str] = set()
    if family == "gb":
        rows, cells, codec = [0xA1, 0xA3, *range(0xB0, 0xD8)], range(0xA1, 0xFF), "gb2312"
    else:
        rows, cells, codec = [0xA1, *range(0xA4, 0xC7)], [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5"
    for row in rows:
        for cell in cells:
            try:
                chars.add(bytes((row, cell)).decode(codec))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def typicality(text: str, family: Literal["gb", "big5"]) -> tuple[float, int]:
    """Share of the non-ASCII characters of ``text`` in the common tier of ``family``, and their count.

    >>> typicality("高新区实现工业总产值343.2亿元", "gb")
    (1.0, 12)
    >>> typicality("高新區", "gb")[0] < 1
    True
    """
    typical = _typical_chars(family)
    sample = [ch for ch in text[: _SCORE_SAMPLE * 2] if ord(ch) > 0x7F and not ch.isspace()][:_SCORE_SAMPLE]
    if not sample:
        return 0.0, 0
    return sum(map(typical.__contains__, sample)) / len(sample), len(sample)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _first_big5(data: bytes) -> tuple[str, str] | None:
    # cp950 maps the codes Big5-HKSCS uses for real characters to its private-use area: a
    # decoding without private-use characters is the better one.
    fallback = None
    for codec in _BIG5_CODECS:
        text = _strict(data, codec)
        if text is None:
            continue
        if not _PRIVATE_USE.search(text):
            return text, codec
        fallback = fallback or (text, codec)
    return fallback


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, mapped to a codec family, or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
    'gb18030'
    """
    match = _DECLARED_CHARSET.search(data[:4096])
    return _CHARSET_ALIASES.get(match.group(1).decode("ascii").lower()) if match else None


def decode(data: bytes, *, encoding: str | None = None, declared: str | None = None) -> Decoded:
    """Decode ``data`` strictly, detecting its encoding unless ``encoding`` is given.

    Order: a BOM; strict UTF-8 (valid UTF-8 is almost never anything else); the ``declared``
    charset (from an HTML page) if it decodes; then GB18030 against Big5: if only one decodes
    it wins, if both do the one whose characters are more typical (:func:`typicality`) wins, with
    a ``note`` when the margin is small. Raises :class:`DecodeFailure` when nothing decodes.

    >>> decode("高新区".encode("gbk")).encoding
    'gb18030'
    >>> decode("高新區的發展".encode("big5")).encoding
    'cp950'
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except LookupError:
            raise DecodeFailure(f"unknown encoding {encoding!r} (--encoding)") from None
        except UnicodeDecodeError as exc:
            raise DecodeFailure(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is None:
                raise DecodeFailure(f"starts with a {codec} byte-order mark but is not valid {codec}")
            return Decoded(text, codec)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid UTF-8 at byte {exc.start}"
    if declared == _GB_CODEC:
        text = _strict(data, _GB_CODEC)
        if text is not None:
            return Decoded(text, _GB_CODEC)
    elif declared == "big5":
        found = _first_big5(data)
        if found is not None:
            return Decoded(*found)
    gb_text = _strict(data, _GB_CODEC)
    big5 = _first_big5(data)
    if gb_text is None and big5 is None:
        raise DecodeFailure(f"not UTF-8 ({utf8_error}), GB18030 or Big5; give the encoding with --encoding")
    if big5 is None:
        return Decoded(gb_text, _GB_CODEC)
    if gb_text is None:
        return Decoded(*big5)
    gb_score, n_chars = typicality(gb_text, "gb")
    big5_score, _ = typicality(big5[0], "big5")
    # Ties go to GB18030: mainland sites, the larger part of the collections zonex reads.
    if gb_score >= big5_score:
        chosen, (other, other_score, chosen_score) = Decoded(gb_text, _GB_CODEC), (big5[1], big5_score, gb_score)
    else:
        chosen, (other, other_score, chosen_score) = Decoded(*big5), (_GB_CODEC, gb_score, big5_score)
    if n_chars < _MIN_SCORED_CHARS or chosen_score - other_score < _MIN_MARGIN:
        note = (
            f"ambiguous: also valid {other}; typical characters {chosen_score:.0%} as {chosen.encoding}, "
            f"{other_score:.0%} as {other} ({n_chars} scored); give the encoding with --encoding if wrong"
        )
        return Decoded(chosen.text, chosen.encoding, note)
    return chosen


# ---------------------------------------------------------------------------------------------
# Files.

# Signatures of binary formats found among downloads, for an error message that says what it is.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office document (.doc/.xls)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")


def check_not_binary(data: bytes) -> None:
    """Raise :class:`BinaryInputError` if ``data`` is not text: a known binary signature, NUL
    bytes (outside UTF-16/32 with a BOM) or many control characters in the first 8 KB."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"binary data ({what}), not text")
    head = data[:8192]
    if any(head.startswith(bom) for bom, codec in _BOMS if codec != "utf-8-sig"):
        return
    if b"\x00" in head:
        raise BinaryInputError(f"binary data (NUL byte at offset {head.index(0)}), not text")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(8, len(head) // 20):
        raise BinaryInputError(f"binary data ({controls} control bytes in the first {len(head)}), not text")


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def read_bytes(path: str | os.PathLike, *, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file, refusing what cannot be a document before reading it.

    The size limit is checked on ``stat`` so that an over-large file is never read into memory;
    named pipes and devices are refused without being opened (opening a pipe would block).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReadFailure(f"broken symbolic link to {os.readlink(path)!r}") from None
        raise ReadFailure("no such file or directory") from None
    except OSError as exc:
        raise ReadFailure(f"cannot stat: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ReadFailure("is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise ReadFailure(f"not a regular file ({_file_kind(info.st_mode)})")
    if max_bytes is not None and info.st_size > max_bytes:
        raise TooLargeError(f"{info.st_size:,} bytes, over the limit of {max_bytes:,} bytes (--max-bytes)")
    if info.st_size == 0:
        raise EmptyInputError("empty file (0 bytes)")
    try:
        with open(path, "rb") as f:
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
    except OSError as exc:
        raise ReadFailure(f"cannot read: {exc.strerror or exc}") from None
    if max_bytes is not None and len(data) > max_bytes:  # it grew since stat
        raise TooLargeError(f"over the limit of {max_bytes:,} bytes (--max-bytes)")
    if not data:
        raise EmptyInputError("empty file (0 bytes)")
    return data


def decode_document(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode the bytes of one document: binary data and blank text are errors."""
    if not data:
        raise EmptyInputError("empty input (0 bytes)")
    if not encoding:
        check_not_binary(data)
    decoded = decode(data, encoding=encoding, declared=declared_charset(data) if _looks_like_html_bytes(data) else None)
    if not decoded.text.strip():
        raise EmptyInputError(f"only whitespace ({len(data)} bytes)")
    return decoded


def read_text(
    path: str | os.PathLike, *, encoding: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> tuple[str, str]:
    """Read a text file as ``(text, encoding)``, detecting the encoding (see :func:`decode`).

    The text is exactly the decoded bytes (``\\r\\n`` kept, a UTF-8 BOM dropped): offsets of
    the results are offsets into it. Raises an :class:`InputError` for what cannot be a text.
    """
    decoded = decode_document(read_bytes(path, max_bytes=max_bytes), encoding=encoding)
    return decoded.text, decoded.encoding


# ---------------------------------------------------------------------------------------------
# HTML.

_HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml", ".shtm"})
_HTML_START = re.compile(
    r"""\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b""", re.IGNORECASE | re.DOTALL
)
_HTML_START_BYTES = re.compile(_HTML_START.pattern.encode("ascii"), re.IGNORECASE | re.DOTALL)


def _looks_like_html_bytes(data: bytes) -> bool:
    return bool(_HTML_START_BYTES.match(data[:2048].removeprefix(codecs.BOM_UTF8)))


def is_html(name: str, text: str) -> bool:
    """Whether an input is an HTML page: by its suffix, or by how its text starts.

    >>> is_html("a.txt", "<!DOCTYPE html><html>...")
    True
    >>> is_html("a.txt", "高新区")
    False
    """
    return Path(name).suffix.lower() in _HTML_SUFFIXES or bool(_HTML_START.match(text[:2048]))


@dataclass(frozen=True)
class HtmlArticle:
    """The article text of a page, with the metadata worth keeping."""

    text: str
    title: str | None
    date: str | None
    extractor: str


@functools.cache
def _trafilatura():
    try:
        import trafilatura
    except ImportError:  # not installed, or installed without a working lxml cleaner
        return None
    return trafilatura


class _TagStripper(html.parser.HTMLParser):
    """The text of a page without scripts and styles, one line per block element."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "td", "th", "pre"}
    )

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skipping = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skipping:
            self.parts.append(data)


_BLANK_LINES = re.compile(r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)+")


def _strip_tags(page: str) -> HtmlArticle:
    parser = _TagStripper()
    parser.feed(page)
    parser.close()
    text = _BLANK_LINES.sub("\n", "".join(parser.parts)).strip()
    title = " ".join("".join(parser.title_parts).split()) or None
    return HtmlArticle(text, title, None, "stdlib")


def extract_html(page: str) -> HtmlArticle:
    """The article of an HTML page: trafilatura (recall-oriented: government pages put their
    figures in tables and short paragraphs) when installed, a tag stripper otherwise or when
    trafilatura finds nothing."""
    trafilatura = _trafilatura()
    if trafilatura is not None:
        found = trafilatura.bare_extraction(
            page, with_metadata=True, favor_recall=True, include_comments=False, include_tables=True, deduplicate=False
        )
        if found is not None and (found.text or "").strip():
            return HtmlArticle(found.text, found.title or None, found.date or None, "trafilatura")
    return _strip_tags(page)


@dataclass(frozen=True)
class LoadedText:
    """A document ready for the pipeline: its text and the metadata of how it was read."""

    text: str
    meta: dict[str, str]


def load_text(text: str, name: str, meta: dict[str, str], input_format: InputFormat = "auto") -> LoadedText:
    """Turn decoded text into a document: the article of an HTML page, the text itself otherwise."""
    if not text.strip():
        raise EmptyInputError("empty text" if not text else "only whitespace")
    if input_format == "html" or (input_format == "auto" and is_html(name, text)):
        article = extract_html(text)
        if not article.text.strip():
            raise EmptyInputError("no article text found in the HTML page")
        meta = {**meta, "format": "html", "html_extractor": article.extractor}
        if article.title:
            meta["title"] = article.title
        if article.date:
            meta["date"] = article.date
        return LoadedText(article.text, meta)
    return LoadedText(text, {**meta, "format": meta.get("format", "text")})


def load_input(
    path: str | os.PathLike,
    *,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    input_format: InputFormat = "auto",
) -> LoadedText:
    """Read one file into a document: bytes, encoding, then HTML article extraction if it is a page."""
    decoded = decode_document(read_bytes(path, max_bytes=max_bytes), encoding=encoding)
    meta = {"encoding": decoded.encoding}
    if decoded.note:
        meta["encoding_note"] = decoded.note
    return load_text(decoded.text, os.fspath(path), meta, input_format)


# ---------------------------------------------------------------------------------------------
# Input discovery.


@dataclass(frozen=True)
class InputItem:
    """One document to process: a file to read, a text already read, or an error found on the way."""

    id: str
    source: str
    path: str | None = None
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    error: tuple[str, str] | None = None  # (type, message)


_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}\Z")
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
STDIN = "-"


def _strip_suffix(rel: str) -> str:
    # "2023.03.31 新闻" keeps its dots: only a real extension (short, alphanumeric) is dropped.
    return _SUFFIX.sub("", rel) or rel


def _walk(root: str, rel: str, matches, exclude: frozenset[str], ancestors: frozenset) -> Iterator[tuple[str, str | None]]:
    """(relative path, error message or None) for every file under ``root``, in name order."""
    here = os.path.join(root, rel) if rel else root
    try:
        info = os.stat(here)
        with os.scandir(here) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield rel, f"cannot list directory: {exc.strerror or exc}"
        return
    key = (info.st_dev, info.st_ino)
    if key in ancestors:  # a symbolic link back up the tree
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = f"{rel}/{entry.name}" if rel else entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root, child, matches, exclude, ancestors | {key})
        elif matches(entry.name, child) and os.path.abspath(entry.path) not in exclude:
            yield child, None


def _matcher(globs: Sequence[str] | None):
    if not globs:
        return lambda name, rel: True
    # A pattern with a slash matches the path below the folder, one without the file name.
    return lambda name, rel: any(fnmatchcase(rel if "/" in g else name, g) for g in globs)


def _scalar_str(value) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return None
    return str(value)


@dataclass(frozen=True)
class JsonlOptions:
    text_field: str = "text"
    id_field: str = "id"
    meta_fields: tuple[str, ...] = ("title", "date", "url")


def _jsonl_item(raw: bytes, lineno: int, file_id: str, source: str, opts: JsonlOptions) -> InputItem:
    default_id = f"{file_id}:{lineno}"
    base = {"source": source, "meta": {"format": "jsonl", "line": str(lineno)}}
    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return InputItem(default_id, **base, error=("DecodeError", f"line {lineno}: invalid UTF-8 at byte {exc.start} (JSONL is UTF-8)"))
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputItem(default_id, **base, error=("InvalidJSON", f"line {lineno}: {exc.msg} at column {exc.colno}"))
    if not isinstance(record, dict):
        return InputItem(default_id, **base, error=("InvalidJSON", f"line {lineno}: expected a JSON object, got {type(record).__name__}"))
    id = _scalar_str(record.get(opts.id_field)) or default_id
    text = record.get(opts.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return InputItem(id, **base, error=("MissingTextField", f"line {lineno}: text field {opts.text_field!r} is {what} (--text-field)"))
    meta = dict(base["meta"])
    for name in opts.meta_fields:
        value = _scalar_str(record.get(name))
        if value is not None:
            meta[name] = value
    return InputItem(id, source, text=text, meta={**meta, "encoding": "utf-8"})


def _iter_lines(stream: IO[bytes], limit: int | None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for every non-blank line; ``None`` for a line longer than ``limit``,
    which is skipped without being held in memory."""
    lineno = 0
    chunk = (limit + 2) if limit is not None else -1
    while True:
        raw = stream.readline(chunk)
        if not raw:
            return
        lineno += 1
        if limit is not None and len(raw) > limit + 1 and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
            yield lineno, None
            continue
        if raw.strip():
            yield lineno, raw


def iter_jsonl(stream: IO[bytes], file_id: str, source: str, opts: JsonlOptions, max_bytes: int | None) -> Iterator[InputItem]:
    """One item per non-blank line of a JSONL stream; a bad line becomes an item with its error."""
    for lineno, raw in _iter_lines(stream, max_bytes):
        if raw is None:
            yield InputItem(
                f"{file_id}:{lineno}", source, meta={"line": str(lineno)},
                error=("TooLarge", f"line {lineno}: over the limit of {max_bytes:,} bytes (--max-bytes)"),
            )
        else:
            yield _jsonl_item(raw, lineno, file_id, source, opts)


def _read_limited(stream: IO[bytes], max_bytes: int | None) -> bytes:
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLargeError(f"over the limit of {max_bytes:,} bytes (--max-bytes)")
    return data


def _iter_stdin(stream: IO[bytes], input_format: InputFormat, opts: JsonlOptions, encoding: str | None, max_bytes: int | None) -> Iterator[InputItem]:
    first = stream.readline() if input_format in ("auto", "jsonl") else b""
    as_jsonl = input_format == "jsonl"
    if input_format == "auto":
        try:
            as_jsonl = isinstance(json.loads(first.decode("utf-8-sig")), dict)
        except (UnicodeDecodeError, json.JSONDecodeError):
            as_jsonl = False
    if as_jsonl:
        yield from iter_jsonl(io.BufferedReader(_Prepended(first, stream)), "stdin", STDIN, opts, max_bytes)
        return
    try:
        data = first + _read_limited(stream, None if max_bytes is None else max_bytes - len(first))
        decoded = decode_document(data, encoding=encoding)
        meta = {"encoding": decoded.encoding}
        if decoded.note:
            meta["encoding_note"] = decoded.note
        yield InputItem("stdin", STDIN, text=decoded.text, meta=meta)
    except InputError as exc:
        yield InputItem("stdin", STDIN, error=(exc.type, exc.message))


class _Prepended(io.RawIOBase):
    """A byte stream that yields ``head`` and then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]):
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _discover(
    inputs: Sequence[str],
    *,
    globs: Sequence[str] | None,
    input_format: InputFormat,
    jsonl: JsonlOptions,
    encoding: str | None,
    max_bytes: int | None,
    exclude: frozenset[str],
    stdin: IO[bytes] | None,
) -> Iterator[InputItem]:
    matches = _matcher(globs)

    def file_items(path: str, rel: str) -> Iterator[InputItem]:
        file_id = _strip_suffix(rel)
        is_jsonl = input_format == "jsonl" or (input_format == "auto" and Path(path).suffix.lower() in _JSONL_SUFFIXES)
        if not is_jsonl:
            yield InputItem(file_id, path, path=path)
            return
        try:
            f = open(path, "rb")
        except OSError as exc:
            yield InputItem(file_id, path, error=("ReadError", f"cannot read: {exc.strerror or exc}"))
            return
        with f:
            yield from iter_jsonl(f, file_id, path, jsonl, max_bytes)

    for given in inputs:
        if given == STDIN:
            yield from _iter_stdin(stdin if stdin is not None else sys.stdin.buffer, input_format, jsonl, encoding, max_bytes)
        elif os.path.isdir(given):
            for rel, problem in _walk(given, "", matches, exclude, frozenset()):
                path = os.path.join(given, rel) if rel else given
                if problem is not None:
                    yield InputItem(rel or _strip_suffix(os.path.basename(os.path.normpath(given))), path, error=("ReadError", problem))
                else:
                    yield from file_items(path, rel)
        else:
            yield from file_items(given, os.path.basename(given))


def iter_inputs(
    inputs: Sequence[str],
    *,
    globs: Sequence[str] | None = None,
    input_format: InputFormat = "auto",
    jsonl: JsonlOptions | None = None,
    encoding: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    exclude: Iterable[str | os.PathLike] = (),
    stdin: IO[bytes] | None = None,
) -> Iterator[InputItem]:
    """Every document of the inputs, in order, each with a unique id.

    A file's id is its path relative to the folder it was found in (its own folder when it was
    named directly) without its suffix; a JSONL record's id is its id field, else
    ``FILE_ID:LINE``; stdin's is ``stdin``. A repeated id gets ``#2``, ``#3``… so that ids stay
    keys (``--resume`` relies on it). Files under ``exclude`` (the batch's own output) are skipped.
    """
    exclude_set = frozenset(os.path.abspath(p) for p in exclude)
    seen: set[str] = set()
    for item in _discover(
        inputs, globs=globs, input_format=input_format, jsonl=jsonl or JsonlOptions(), encoding=encoding,
        max_bytes=max_bytes, exclude=exclude_set, stdin=stdin,
    ):
        if item.id in seen:
            n = 2
            while f"{item.id}#{n}" in seen:
                n += 1
            item = InputItem(f"{item.id}#{n}", item.source, item.path, item.text, item.meta, item.error)
        seen.add(item.id)
        yield item


# The writers, re-exported so that ``zonex.io`` stays the one place users import I/O from.
from .writers import CSV_COLUMNS, FORMATS, OutputSink, Renderer, ResumeError, claim_rows, format_for_path  # noqa: E402
