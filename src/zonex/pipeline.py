"""The pipeline: builds every resource once and runs the stages over a text.

Data flows one way: ``normalize → segment → quantities / times → entities → claims → Document``.
Every stage works on the normalised text and returns spans in *normalised* offsets; the
pipeline maps them back to the original text at the end, in one place (:func:`_to_original`),
so that no stage needs to know about the offset map.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex

from .models import Change, Claim, Document, Entity, Quantity, TimeExpression, unchecked_constructor
from .normalize import NormalizedText, Normalizer
from .periods import find_document_date, report_year, roc_dated
from .segment import Segmenter, Token
from .tables import Table, find_tables, may_hold_tables

__all__ = ["BATCH_CHARS", "BATCH_TEXTS", "Analysis", "Pipeline", "Settings", "extract"]


@dataclass(frozen=True)
class Settings:
    """Everything a pipeline can be configured with; validated once at construction."""

    t2s: bool = True
    """Convert traditional to simplified characters (OpenCC) before recognition."""
    opencc_config: str = "t2s"
    strip_pinyin: bool = True
    segmenter: Literal["auto", "rjieba", "jieba"] = "auto"
    entities: str | None = "rules"
    """``"rules"`` (gazetteer + suffix rules), ``"spacy:PATH"``, ``"hanlp:PATH"``, or None."""
    claims: bool = True
    keep_normalized: bool = True
    """Include the normalised text in the Document (``Document.normalized``)."""
    pause_gc: bool = True
    """Pause Python's cycle collector while a text is extracted (it is restored after, unless
    the caller had it off). The stages create no reference cycles (a test checks it), so
    reference counting frees everything; the collector would only walk the growing set of live
    spans again and again: 10-20 % of the time of a long document."""
    freeze_resources: bool = True
    """Move the loaded lexicons, automata and patterns out of the garbage collector's sight
    (``gc.freeze``) once they are built: they live as long as the pipeline, and every full
    collection would otherwise walk them again (about 7% of extraction time)."""


@dataclass
class Analysis:
    """What flows between the stages for one text, in normalised offsets."""

    norm: NormalizedText
    segmenter: Segmenter
    meta: Mapping[str, str] = field(default_factory=dict)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    document_date: str | None = None
    """Publication date (YYYY-MM-DD): from the caller's meta, the page furniture, or the lead."""
    reference_date: str | None = None
    """The date relative times are read against when it is not the publication date: the end of
    the year an annual report reports on (None: the publication date)."""
    _tokens: list[Token] | None = None
    _token_starts: list[int] = field(default_factory=list)
    _tables: list[Table] | None = None

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def tokens(self) -> list[Token]:
        """Tokens of the whole normalised text, segmented on first use only."""
        if self._tokens is None:
            self._tokens = self.segmenter.tokens(self.norm.text)
            self._token_starts = [t.start for t in self._tokens]
        return self._tokens

    @property
    def tables(self) -> list[Table]:
        """The column tables of the normalised text (:mod:`zonex.tables`), found on first use:
        the quantity and claim stages both read them."""
        if self._tables is None:
            text = self.norm.text
            self._tables = find_tables(text) if may_hold_tables(text) else []
        return self._tables

    @property
    def segmented_tokens(self) -> list[Token] | None:
        """The whole text's tokens if a stage has asked for them already, else None."""
        return self._tokens

    @property
    def token_starts(self) -> list[int]:
        self.tokens  # noqa: B018  (segments on first use)
        return self._token_starts


# Pipeline.pipe's batches: enough text for each stage to run warm, little enough to bound memory.
BATCH_CHARS = 200_000
BATCH_TEXTS = 512


class Pipeline:
    """Build once, extract many: ``Pipeline().extract(text)``, ``Pipeline().pipe(texts)``."""

    def __init__(self, settings: Settings | None = None, **overrides):
        settings = settings or Settings()
        if overrides:
            settings = Settings(**{**settings.__dict__, **overrides})
        self.settings = settings
        self.normalizer = Normalizer(
            t2s=settings.t2s, opencc_config=settings.opencc_config, strip_pinyin=settings.strip_pinyin
        )
        self.segmenter = Segmenter(settings.segmenter)
        # Imported here so that each stage module stays importable on its own.
        from .claims import ClaimAssembler
        from .entities import load_entity_recognizer
        from .periods import TimeRecognizer
        from .quantities import QuantityRecognizer

        self.quantity_recognizer = QuantityRecognizer()
        self._builtin_quantities = QuantityRecognizer  # takes the page's tables (see _quantities)
        self.time_recognizer = TimeRecognizer()
        self.entity_recognizer = load_entity_recognizer(settings.entities) if settings.entities else None
        # (the entity rules' tagger tells the claims a verb from a noun, where it is loaded)
        word_tag = getattr(getattr(self.entity_recognizer, "tagger", None), "tag_of", None)
        self.claim_assembler = ClaimAssembler(word_tag=word_tag) if settings.claims else None
        # The stages after normalisation, in order; each reads and fills an Analysis. Plain
        # functions of (pipeline, analysis), not bound methods: a pipeline holding its own bound
        # methods would be a reference cycle, freed only by the cycle collector.
        self.stages: list[tuple[str, Callable[[Pipeline, Analysis], None]]] = [
            ("quantities", Pipeline._quantities), ("times", Pipeline._times),
        ]
        if self.entity_recognizer is not None:
            self.stages.append(("entities", Pipeline._entities))
        if self.claim_assembler is not None:
            self.stages.append(("claims", Pipeline._claims))
        if settings.freeze_resources:
            # Objects alive now are still freed by reference counting when dropped; only cycles
            # among them would never be collected, and resources hold none worth collecting.
            gc.freeze()

    # -- the stages ----------------------------------------------------------------------------

    def _begin(self, text: str, meta: Mapping[str, str] | None) -> Analysis:
        if not isinstance(text, str):
            raise TypeError(
                f"extract() takes the text as a str, not {type(text).__name__}"
                + ("; decode bytes first (zonex.io.read_text detects the encoding)" if isinstance(text, bytes | bytearray) else "")
            )
        return Analysis(self.normalizer(text), self.segmenter, dict(meta or {}))

    def _quantities(self, analysis: Analysis) -> None:
        recognizer = self.quantity_recognizer
        if isinstance(recognizer, self._builtin_quantities):  # it takes the tables found once for the page
            analysis.quantities = recognizer(analysis.text, analysis.tables)
        else:  # a component plugged in by the caller: the documented ``(text) -> list[Quantity]``
            analysis.quantities = recognizer(analysis.text)

    def _times(self, analysis: Analysis) -> None:
        text = analysis.text
        analysis.document_date = analysis.meta.get("date") or find_document_date(text)
        time_atoms = self.time_recognizer.scan(text)
        analysis.times = self.time_recognizer.resolve(time_atoms, text, analysis.document_date)
        if analysis.document_date is None:
            lead = _lead_date(text, analysis.times)
            if lead is not None:
                analysis.document_date = lead
                analysis.meta["date_inferred"] = lead
                analysis.times = self.time_recognizer.resolve(time_atoms, text, lead)
        elif "date" not in analysis.meta:
            analysis.meta["date"] = analysis.document_date
        reported = report_year(text) if analysis.document_date else None
        if reported is not None and int(analysis.document_date[:4]) > reported:  # type: ignore[index]
            # an annual report published the next year: its 本年度 and 今年 are the year it reports on
            analysis.reference_date = f"{reported}-12-31"
            analysis.times = self.time_recognizer.resolve(time_atoms, text, analysis.reference_date)
        if any(q.unit == "TWD" for q in analysis.quantities) or roc_dated(text):
            # A Taiwan text (its money is TWD, or its furniture dates it 115-02-05) dates by the
            # Republic's years: 112年 is 2023.
            roc = self.time_recognizer.roc_years(text, analysis.times)
            if roc:
                # 114年12月底: the month written after a year of the Republic is in that year, one
                # expression with it (a month of a year, as 2025年12月底 is, not a year then a month)
                year_at = {r.end: r for r in roc}
                joined: set[int] = set()
                times = []
                for t in analysis.times:
                    year = year_at.get(t.start)
                    if year is not None and t.period and _MONTH_OR_DAY.fullmatch(t.period):
                        # (115年第一季: a quarter, 2026-01/2026-03, both its ends in that year)
                        joined.add(year.start)
                        t = _replace(t, start=year.start, text=year.text + t.text,
                                     period=t.period.replace(t.period[:4], year.period or t.period[:4]))
                    times.append(t)
                analysis.times = sorted(times + [r for r in roc if r.start not in joined], key=lambda t: t.start)

    def _entities(self, analysis: Analysis) -> None:
        analysis.entities = self.entity_recognizer(analysis.text, analysis)

    def _claims(self, analysis: Analysis) -> None:
        analysis.claims = self.claim_assembler(analysis)

    # -- entry points --------------------------------------------------------------------------

    def analyse(self, text: str, *, meta: Mapping[str, str] | None = None) -> Analysis:
        """Run the stages and return their results in normalised offsets."""
        analysis = self._begin(text, meta)
        if analysis.text.strip():
            for _name, stage in self.stages:
                stage(self, analysis)
        return analysis

    def extract(
        self,
        text: str,
        *,
        id: str | None = None,
        source: str | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> Document:
        """Extract quantities, time expressions, entities and claims from one text."""
        with self._gc_paused():
            return self._document(self.analyse(text, meta=meta), id, source)

    def extract_batch(
        self,
        texts: Sequence[str],
        *,
        ids: Sequence[str | None] | None = None,
        sources: Sequence[str | None] | None = None,
        metas: Sequence[Mapping[str, str] | None] | None = None,
    ) -> list[Document | Exception]:
        """:meth:`extract` of several texts, stage by stage: each stage runs over every text
        before the next stage starts. The documents are the same as one by one; the time is
        less (20-40 % on the seeds cut into 1-10 K character pieces), because the lexicons,
        automata and patterns of one stage stay in the CPU's caches while it runs.

        A text whose extraction raises gets its exception in its place in the result (a
        ``TypeError`` for a text that is not a str); the other texts go on.
        """
        n = len(texts)
        ids, sources, metas = ids or [None] * n, sources or [None] * n, metas or [None] * n
        if not len(ids) == len(sources) == len(metas) == n:
            raise ValueError("extract_batch: ids, sources and metas must have one entry per text")
        with self._gc_paused():
            return self._extract_batch(texts, ids, sources, metas)

    def _extract_batch(self, texts, ids, sources, metas) -> list[Document | Exception]:
        out: list[Document | Exception | Analysis] = []
        for text, meta in zip(texts, metas, strict=True):
            try:
                out.append(self._begin(text, meta))
            except Exception as exc:  # noqa: BLE001  (the text's own failure, reported in its place)
                out.append(exc)
        for _name, stage in self.stages:
            for i, analysis in enumerate(out):
                if isinstance(analysis, Analysis) and analysis.text.strip():
                    try:
                        stage(self, analysis)
                    except Exception as exc:  # noqa: BLE001
                        out[i] = exc
        for i, analysis in enumerate(out):
            if isinstance(analysis, Analysis):
                try:
                    out[i] = self._document(analysis, ids[i], sources[i])
                except Exception as exc:  # noqa: BLE001
                    out[i] = exc
        return out  # type: ignore[return-value]

    def pipe(
        self, texts: Iterable[str], *, ids: Iterable[str] | None = None, batch_chars: int = BATCH_CHARS
    ) -> Iterator[Document]:
        """Extract from a stream of texts, reusing every loaded resource, in order.

        Texts are taken in batches of about ``batch_chars`` characters (at most
        :data:`BATCH_TEXTS` texts) and run through :meth:`extract_batch`; a text that fails
        raises its exception when its turn comes, as :meth:`extract` would.
        """
        id_iter = iter(ids) if ids is not None else None
        batch: list[str] = []
        batch_ids: list[str | None] = []
        size = 0
        for text in texts:
            batch.append(text)
            batch_ids.append(next(id_iter) if id_iter is not None else None)
            size += len(text) if isinstance(text, str) else 0
            if size >= batch_chars or len(batch) >= BATCH_TEXTS:
                yield from _raise_failures(self.extract_batch(batch, ids=batch_ids))
                batch, batch_ids, size = [], [], 0
        if batch:
            yield from _raise_failures(self.extract_batch(batch, ids=batch_ids))

    @contextlib.contextmanager
    def _gc_paused(self) -> Iterator[None]:
        if not self.settings.pause_gc or not gc.isenabled():
            yield
            return
        gc.disable()
        try:
            yield
        finally:
            gc.enable()

    def _document(self, analysis: Analysis, id: str | None, source: str | None) -> Document:
        """The results of ``analysis`` in original offsets, as a Document."""
        norm = analysis.norm
        text = norm.original
        # Every span is rebuilt from the original text below, so text[start:end] == span.text holds
        # by construction; the document is not re-validated (a hypothesis property checks it).
        if norm.offsets.is_identity and norm.text == text:
            # Nothing deleted, resized or converted (most pages: simplified text that
            # normalisation leaves as it is): every span is a slice of the original already.
            quantities, times = list(analysis.quantities), list(analysis.times)
            entities, claims = list(analysis.entities), list(analysis.claims)
        else:
            quantities = [_to_original(q, norm) for q in analysis.quantities]
            times = [_to_original(t, norm) for t in analysis.times]
            entities = [_to_original(e, norm) for e in analysis.entities]
            claims = [_claim_to_original(c, norm) for c in analysis.claims]
        return _new_document(
            id=id,
            source=source,
            text=text,
            normalized=norm.text if self.settings.keep_normalized else None,
            meta=dict(analysis.meta),
            quantities=quantities,
            times=times,
            entities=entities,
            claims=claims,
        )


def _raise_failures(results: list[Document | Exception]) -> Iterator[Document]:
    for result in results:
        if isinstance(result, Exception):
            raise result
        yield result


_new_document = unchecked_constructor(Document)
_FIRST_LINE = regex.compile(r"[^\n]+")
_MONTH_OR_DAY = regex.compile(r"\d{4}-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2})?")
_LEAD_DAY = regex.compile(r"(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日")


def _lead_date(text: str, times: list[TimeExpression]) -> str | None:
    """The date of a news lead without a year, dated by the year its own paragraph names.

    ``3月2日下午,江门召开…新闻发布会。发布会上,…介绍2022年科技发展目标`` → ``2022-03-02``: a page
    that gives no publication date still dates its event in the lead paragraph; the year that
    paragraph names (the year of the plan presented) is the year of the event.
    """
    first = _FIRST_LINE.search(text.lstrip()[:400])
    if first is None:
        return None
    offset = len(text) - len(text.lstrip())
    end = offset + first.end()
    day = next((t for t in times if t.start < end and t.kind == "date" and t.period is None), None)
    years = [t.period for t in times if t.start < end and t.kind == "year" and t.period and t.period.isdigit()]
    if day is None or not years:
        return None
    m = _LEAD_DAY.search(day.text)
    if m is None:
        return None
    return f"{max(years)}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def _to_original(span, norm: NormalizedText):
    start, end = norm.to_original(span.start, span.end)
    text = norm.original[start:end]
    if start == span.start and end == span.end and text == span.text:
        return span  # most spans of simplified text: nothing to move
    return _replace(span, start=start, end=end, text=text)


def _replace(model, **update):
    """A copy of a frozen model with some fields replaced, without re-validation (hot path)."""
    new = object.__new__(type(model))
    fields = model.__dict__.copy()
    fields.update(update)
    object.__setattr__(new, "__dict__", fields)
    object.__setattr__(new, "__pydantic_fields_set__", model.__pydantic_fields_set__ | update.keys())
    object.__setattr__(new, "__pydantic_extra__", None)
    object.__setattr__(new, "__pydantic_private__", None)
    return new


def _claim_to_original(claim: Claim, norm: NormalizedText) -> Claim:
    update: dict = {}
    if claim.value_start is not None:
        update["value_start"], update["value_end"] = norm.to_original(claim.value_start, claim.value_end)
    if claim.sentence_start is not None:
        update["sentence_start"], update["sentence_end"] = norm.to_original(claim.sentence_start, claim.sentence_end)
    if claim.change is not None:
        change: Change = _to_original(claim.change, norm)
        update["change"] = change
    if claim.subject_start is not None:
        start, end = norm.to_original(claim.subject_start, claim.subject_end)
        update.update(subject_start=start, subject_end=end, subject_text=norm.original[start:end])
    if all(claim.__dict__.get(k) == v for k, v in update.items()):
        return claim
    return _replace(claim, **update)


@functools.cache
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(text: str, *, id: str | None = None) -> Document:
    """Extract from one text with a default pipeline built on first use.

    For many texts build a :class:`Pipeline` once and call its ``extract`` or ``pipe``.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}")
    return _default_pipeline().extract(text, id=id)
