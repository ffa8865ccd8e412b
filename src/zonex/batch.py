"""The batch runner behind ``zonex extract``: many inputs in, one record per input out, in order.

- Inputs come from :func:`zonex.io.iter_inputs` lazily, so a million files or a JSONL dump of
  any size streams through in bounded memory.
- ``jobs > 1`` runs a process pool whose workers build the :class:`~zonex.pipeline.Pipeline`
  once (in the initializer) and each read, decode, extract and render a chunk of inputs;
  results come back in input order through a bounded window of chunks in flight. ``jobs == 1``
  runs the same code in this process. A worker that dies (out of memory, a crash in native
  code) costs only the input it was on: the pool is rebuilt and its chunk retried one input
  at a time, the culprit getting an ``ExtractionError`` record.
- Output goes through :class:`zonex.io.OutputSink` (``OUT.part``, moved into place at the end;
  ``--resume`` keeps the complete records of an earlier run and skips their ids).
- Progress (documents/s, characters/s) goes to stderr when it is a terminal; a summary at the end.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import IO, NamedTuple

from .io import (
    DEFAULT_MAX_BYTES,
    InputError,
    InputFormat,
    InputItem,
    JsonlOptions,
    OutputSink,
    Renderer,
    error_record,
    iter_inputs,
    load_input,
    load_text,
)
from .pipeline import BATCH_CHARS, Pipeline, Settings

__all__ = [
    "BatchOptions", "Interrupted", "PipelineBuildError", "Result", "Summary", "default_jobs", "process_chunk",
    "process_item", "run",
]

# Chunks (sent to a worker, or run in this process) hold this many inputs at most, or this many
# characters of inline text. A chunk's texts go through the stages together, in batches of
# about BATCH_CHARS characters (see process_chunk): 8 seed-sized texts already run 15-20 %
# faster than one by one; more would hold results back while input discovery waits (stdin).
_CHUNK_ITEMS = 8
_CHUNK_CHARS = 1 << 20
# Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
_WINDOW_PER_JOB = 4


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class BatchOptions:
    """Everything ``zonex extract`` was asked to do."""

    inputs: Sequence[str]
    output: str | None  # None: stdout
    format: str = "jsonl"
    jobs: int = 1
    resume: bool = False
    globs: Sequence[str] | None = None
    input_format: InputFormat = "auto"
    jsonl: JsonlOptions = field(default_factory=JsonlOptions)
    encoding: str | None = None
    max_bytes: int | None = DEFAULT_MAX_BYTES
    drop_normalized: bool = False
    settings: Settings = field(default_factory=Settings)


@dataclass(frozen=True)
class _WorkerConfig:
    settings: Settings
    renderer: Renderer
    encoding: str | None
    max_bytes: int | None
    input_format: InputFormat


class Result(NamedTuple):
    """One input's rendered output record and what the progress and summary count."""

    id: str
    chunk: bytes
    chars: int
    claims: int
    error: str | None


def process_item(item: InputItem, pipeline: Pipeline, config: _WorkerConfig) -> Result:
    """Read (if needed), extract and render one input; every failure becomes an error record."""
    return process_chunk([item], pipeline, config)[0]


def process_chunk(items: Sequence[InputItem], pipeline: Pipeline, config: _WorkerConfig) -> list[Result]:
    """:func:`process_item` of each input, in order, the extraction done stage by stage over
    the loaded texts (:meth:`Pipeline.extract_batch`, in batches of about ``BATCH_CHARS``
    characters: the stages run warm, memory stays bounded)."""
    results: list[Result | None] = [None] * len(items)
    batch: list[tuple[int, InputItem, object]] = []
    size = 0

    def flush() -> None:
        try:
            docs: list = pipeline.extract_batch(
                [loaded.text for _, _, loaded in batch], ids=[item.id for _, item, _ in batch],
                sources=[item.source for _, item, _ in batch], metas=[loaded.meta for _, _, loaded in batch],
            )
        except Exception as exc:  # noqa: BLE001  (a bug outside the stages: every text of the batch reports it)
            docs = [exc] * len(batch)
        for (i, item, loaded), doc in zip(batch, docs, strict=True):
            results[i] = _rendered(item, len(loaded.text), doc, config)
        batch.clear()

    for i, item in enumerate(items):
        try:
            loaded = _load(item, config)
        except Exception as exc:  # noqa: BLE001  (unreadable input: its own error record)
            results[i] = _rendered(item, 0, exc, config)
            continue
        batch.append((i, item, loaded))
        size += len(loaded.text)
        if size >= BATCH_CHARS:
            flush()
            size = 0
    if batch:
        flush()
    return results  # type: ignore[return-value]


def _load(item: InputItem, config: _WorkerConfig):
    if item.error is not None:
        raise _Failed(*item.error)
    if item.text is not None:
        return load_text(item.text, item.source, item.meta, config.input_format)
    return load_input(item.path, encoding=config.encoding, max_bytes=config.max_bytes, input_format=config.input_format)


def _rendered(item: InputItem, chars: int, outcome, config: _WorkerConfig) -> Result:
    """The output record of one input: its document, or the error record of what went wrong."""
    if not isinstance(outcome, Exception):
        try:
            record = outcome.model_dump(mode="json")
            return Result(item.id, config.renderer.render(record), chars, len(outcome.claims), None)
        except Exception as exc:  # noqa: BLE001
            outcome = exc
    if isinstance(outcome, _Failed):
        kind, message = outcome.args
    elif isinstance(outcome, InputError):
        kind, message = outcome.type, outcome.message
    else:  # a bug in a stage must not stop a batch of a million documents
        kind, message = "ExtractionError", f"{type(outcome).__name__}: {outcome}"
    return Result(item.id, config.renderer.render(error_record(item.id, item.source, kind, message)), chars, 0, kind)


class _Failed(Exception):
    """An input that was already known to fail when it was discovered."""


# -- worker processes -------------------------------------------------------------------------

class PipelineBuildError(Exception):
    """The pipeline could not be built (a missing model, a bad setting): no input can be processed."""


def _build_pipeline(settings: Settings) -> Pipeline:
    try:
        return Pipeline(settings)
    except Exception as exc:
        raise PipelineBuildError(f"cannot build the pipeline: {type(exc).__name__}: {exc}") from exc


# Set in each worker process by its initializer: the pipeline, or why it could not be built.
_worker: tuple[Pipeline, _WorkerConfig] | PipelineBuildError | None = None


def _init_worker(config: _WorkerConfig) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what happens, the workers
    # just finish their chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker
    try:
        _worker = (_build_pipeline(config.settings), config)
    except PipelineBuildError as exc:
        # Raising here would break the pool and look like a crash on every input; the first
        # chunk reports it instead and the batch stops.
        _worker = exc


def _work_chunk(items: list[InputItem]) -> list[Result]:
    if isinstance(_worker, PipelineBuildError):
        raise _worker
    assert _worker is not None, "worker not initialised"
    pipeline, config = _worker
    return process_chunk(items, pipeline, config)


def _chunks(items: Iterable[InputItem]) -> Iterator[list[InputItem]]:
    chunk: list[InputItem] = []
    chars = 0
    for item in items:
        chunk.append(item)
        chars += len(item.text or "")
        if len(chunk) >= _CHUNK_ITEMS or chars >= _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class _Pool:
    """A process pool that can be rebuilt after a worker died."""

    def __init__(self, jobs: int, config: _WorkerConfig):
        self.jobs = jobs
        self.config = config
        self.generation = 0
        self._executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, initializer=_init_worker, initargs=(self.config,))

    def submit(self, chunk: list[InputItem]) -> tuple[int, Future]:
        return self.generation, self._executor.submit(_work_chunk, chunk)

    def rebuild(self, generation: int) -> None:
        if generation != self.generation:  # already rebuilt since that future was submitted
            return
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.generation += 1
        self._executor = self._new()

    def shutdown(self, *, cancel: bool) -> None:
        self._executor.shutdown(wait=True, cancel_futures=cancel)


def _parallel(items: Iterable[InputItem], jobs: int, config: _WorkerConfig) -> Iterator[Result]:
    pool = _Pool(jobs, config)
    pending: deque[tuple[list[InputItem], int, Future]] = deque()
    window = jobs * _WINDOW_PER_JOB
    completed = False
    try:
        for chunk in _chunks(items):
            pending.append((chunk, *pool.submit(chunk)))
            # Write what is ready before reading more inputs: the output keeps up with the
            # workers even while discovery waits (on stdin, a slow disk).
            while pending and (len(pending) >= window or pending[0][2].done()):
                yield from _harvest(pool, *pending.popleft())
        while pending:
            yield from _harvest(pool, *pending.popleft())
        completed = True
    finally:
        pool.shutdown(cancel=not completed)


def _harvest(pool: _Pool, chunk: list[InputItem], generation: int, future: Future) -> Iterator[Result]:
    try:
        yield from future.result()
        return
    except BrokenProcessPool:
        pool.rebuild(generation)
    # Retry one input at a time to find the one that kills its worker.
    for item in chunk:
        generation, future = pool.submit([item])
        try:
            yield from future.result()
        except BrokenProcessPool:
            pool.rebuild(generation)
            message = "the worker process died while extracting this input (out of memory, or a crash in native code)"
            record = error_record(item.id, item.source, "ExtractionError", message)
            yield Result(item.id, pool.config.renderer.render(record), 0, 0, "ExtractionError")


def _sequential(items: Iterable[InputItem], config: _WorkerConfig) -> Iterator[Result]:
    pipeline = _build_pipeline(config.settings)
    for chunk in _chunks(items):
        yield from process_chunk(chunk, pipeline, config)


# -- progress and summary ---------------------------------------------------------------------


@dataclass
class Summary:
    """What a batch did: counts, errors by type, throughput."""

    documents: int = 0
    claims: int = 0
    chars: int = 0
    errors: Counter = field(default_factory=Counter)
    resumed: int = 0
    resumed_errors: int = 0
    seconds: float = 0.0
    output: str = ""
    interrupted: str | None = None

    @property
    def failed(self) -> int:
        return sum(self.errors.values()) + self.resumed_errors

    def lines(self) -> list[str]:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        chars_rate = self.chars / self.seconds if self.seconds > 0 else 0.0
        out = [
            f"zonex extract: {self.documents:,} documents, {self.claims:,} claims, "
            f"{sum(self.errors.values()):,} errors in {self.seconds:.1f} s "
            f"({rate:,.1f} docs/s, {_si(chars_rate)} chars/s)"
        ]
        if self.errors:
            out.append("  errors: " + ", ".join(f"{n:,} {kind}" for kind, n in self.errors.most_common()))
        if self.resumed:
            out.append(
                f"  resumed: {self.resumed:,} documents already in the output were skipped"
                + (f" ({self.resumed_errors:,} of them error records)" if self.resumed_errors else "")
            )
        if self.interrupted:
            out.append(f"  interrupted: {self.interrupted}")
        else:
            out.append(f"  output: {self.output}")
        return out


def _si(value: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"{value / limit:.1f} {suffix}"
    return f"{value:.0f}"


class Progress:
    """A one-line progress display, redrawn at most 5 times a second, on a terminal only."""

    def __init__(self, stream: IO[str], enabled: bool):
        self.stream = stream
        self.enabled = enabled
        self._start = time.monotonic()
        self._last = 0.0

    def update(self, summary: Summary, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self._last < 0.2:
            return
        self._last = now
        seconds = max(now - self._start, 1e-9)
        errors = sum(summary.errors.values())
        line = (
            f"\r{summary.documents:,} docs  {summary.documents / seconds:,.1f} docs/s  "
            f"{_si(summary.chars / seconds)} chars/s  {summary.claims:,} claims  {errors:,} errors"
        )
        self.stream.write(line + ("\n" if final else "\x1b[K"))
        self.stream.flush()


# -- the batch --------------------------------------------------------------------------------


class Interrupted(Exception):
    """The batch was stopped by a signal (SIGINT, SIGTERM); the partial output is kept.

    ``summary`` says what was done before the signal.
    """

    def __init__(self, signum: int, summary: Summary | None = None):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.summary = summary


def _raise_interrupted(signum, frame):
    raise Interrupted(signum)


def run(
    options: BatchOptions,
    *,
    stderr: IO[str] | None = None,
    stdout: IO[bytes] | None = None,
    stdin: IO[bytes] | None = None,
    progress: bool | None = None,
    on_result: Callable[[Result], None] | None = None,
) -> Summary:
    """Run a batch; returns its summary. Raises :class:`Interrupted` after writing what was done.

    ``progress=None`` shows progress when ``stderr`` is a terminal.
    """
    stderr = stderr if stderr is not None else sys.stderr
    show = stderr.isatty() if progress is None else progress
    sink = OutputSink(options.output, options.format, resume=options.resume, stdout=stdout)
    summary = Summary(output=sink.written_to)
    config = _WorkerConfig(
        options.settings, Renderer(options.format, options.drop_normalized), options.encoding,
        options.max_bytes, options.input_format,
    )
    done = sink.done
    exclude = [p for p in (options.output, sink.part) if p]

    def todo() -> Iterator[InputItem]:
        for item in iter_inputs(
            options.inputs, globs=options.globs, input_format=options.input_format, jsonl=options.jsonl,
            encoding=options.encoding, max_bytes=options.max_bytes, exclude=exclude, stdin=stdin,
        ):
            if item.id in done:
                summary.resumed += 1
                summary.resumed_errors += done[item.id]
                continue
            yield item

    bar = Progress(stderr, show)
    start = time.monotonic()
    previous = signal.signal(signal.SIGTERM, _raise_interrupted) if _main_thread() else None
    results = _sequential(todo(), config) if options.jobs <= 1 else _parallel(todo(), options.jobs, config)
    try:
        for result in results:
            sink.write(result.chunk)
            summary.documents += 1
            summary.chars += result.chars
            summary.claims += result.claims
            if result.error:
                summary.errors[result.error] += 1
            if on_result is not None:
                on_result(result)
            bar.update(summary)
        sink.commit()
    except (KeyboardInterrupt, Interrupted) as exc:
        sink.close()
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        summary.interrupted = (
            f"by {signal.Signals(signum).name} after {summary.documents:,} documents; "
            + (f"the records written so far are in {sink.part}: run the same command with --resume to go on" if sink.part else "output incomplete")
        )
        summary.seconds = time.monotonic() - start
        bar.update(summary, final=True)
        raise Interrupted(signum, summary) from exc
    except BaseException:
        sink.close()
        raise
    finally:
        results.close()  # stops the workers now, not when the generator is collected
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    summary.seconds = time.monotonic() - start
    bar.update(summary, final=True)
    return summary


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
