"""The HanLP backend: a pretrained HanLP NER model that is already on this machine.

``load_entity_recognizer("hanlp:SPEC")`` calls :func:`load`. ``SPEC`` is either a directory
holding a HanLP model (what ``hanlp.load`` unpacks: ``config.json`` and the weights), or the
name of one of HanLP's pretrained NER models (``MSRA_NER_ELECTRA_SMALL_ZH`` or its URL), which
is looked for in HanLP's own cache, ``$HANLP_HOME`` (default ``~/.hanlp``). zonex never
downloads: when the model is not on disk, :class:`ModelNotFoundError` names the model and every
place looked at. Loading also runs with the Hugging Face hub offline, so a model that needs a
transformer that is not cached fails instead of fetching it.

Needs ``pip install 'zonex[hanlp]'``. The call into HanLP is injectable (``hanlp_load``), so the
conversion of HanLP's output is tested with a fake component, without HanLP installed.

HanLP's labels map to zonex's: NR/PERSON/PER → PERSON; NS/GPE/LOC/LOCATION → GPE; NT/ORG/
ORGANIZATION → ORG. HanLP has no zone label: an ORG or GPE whose name ends with a zone head
(高新区, 科技园, 产业园 …) becomes a ZONE.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..models import Entity, EntityLabel
from .base import Candidate, EntityBackendError, ModelNotFoundError, select_longest, to_entities
from .lexicon import load_lexicon

__all__ = ["HanlpEntityRecognizer", "LABEL_MAP", "hanlp_home", "load", "resolve_model"]

LABEL_MAP: dict[str, EntityLabel] = {
    "NR": "PERSON",
    "PERSON": "PERSON",
    "PER": "PERSON",
    "NS": "GPE",
    "GPE": "GPE",
    "LOC": "GPE",
    "LOCATION": "GPE",
    "NT": "ORG",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
}
# HanLP's transformers read at most 512 subwords; pieces of this many characters, cut at
# sentence ends (or hard at this length), stay well inside.
_PIECE = 120
_SENTENCE_END = re.compile(r"[。!?！？;；\n]")
_URL_PREFIX = re.compile(r"^https?://[^/]+/(?:hanlp/)?")


def hanlp_home() -> Path:
    """HanLP's cache directory: ``$HANLP_HOME`` or ``~/.hanlp``."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp").expanduser()


def _pretrained_url(name: str) -> str | None:
    """The URL HanLP knows a pretrained NER model by (``MSRA_NER_ELECTRA_SMALL_ZH``), if hanlp is here."""
    try:
        from hanlp.pretrained import ner
    except ImportError:
        return None
    value = getattr(ner, name, None)
    return value if isinstance(value, str) else None


def resolve_model(spec: str) -> Path:
    """The local directory of the model ``spec`` names, without downloading anything.

    ``spec`` is a directory, a URL of a HanLP model (looked up under ``$HANLP_HOME`` the way
    HanLP stores downloads: the URL's path without its extension), or the name of a constant
    of ``hanlp.pretrained.ner``. Raises :class:`ModelNotFoundError` naming the places looked at.
    """
    looked: list[Path] = []
    direct = Path(spec).expanduser()
    if direct.is_dir():
        return direct
    looked.append(direct)
    url = spec if spec.startswith(("http://", "https://")) else _pretrained_url(spec)
    candidates = []
    if url:
        relative = _URL_PREFIX.sub("", url)
        relative = re.sub(r"\.(zip|tar\.gz|tgz)$", "", relative)
        candidates.append(hanlp_home() / relative)
    candidates.append(hanlp_home() / spec)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
        looked.append(candidate)
    raise ModelNotFoundError(
        f"HanLP model {spec!r} not found; looked in: {', '.join(str(p) for p in looked)}. "
        "zonex never downloads models: fetch it once with HanLP itself "
        "(python -c \"import hanlp; hanlp.load(hanlp.pretrained.ner.MSRA_NER_ELECTRA_SMALL_ZH)\"), "
        "set HANLP_HOME to where it is, or give its directory: hanlp:/path/to/model"
    )


@contextmanager
def _offline() -> Iterator[None]:
    """No network for the libraries HanLP calls while a model loads."""
    keys = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ.update(dict.fromkeys(keys, "1"))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _default_loader() -> Callable[[str], Any]:
    try:
        import hanlp
    except ImportError as exc:
        raise EntityBackendError("the HanLP backend needs HanLP: pip install 'zonex[hanlp]'") from exc
    return hanlp.load


def load(spec: str, *, hanlp_load: Callable[[str], Any] | None = None) -> HanlpEntityRecognizer:
    """Load the HanLP NER model ``spec`` from disk (see :func:`resolve_model`).

    ``hanlp_load`` replaces ``hanlp.load`` (tests pass a fake); it receives the local directory.
    """
    model_dir = resolve_model(spec)
    loader = hanlp_load or _default_loader()
    with _offline():
        try:
            component = loader(str(model_dir))
        except (OSError, ValueError) as exc:
            raise EntityBackendError(f"HanLP could not load the model in {model_dir}: {exc}") from exc
    return HanlpEntityRecognizer(component)


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Spans of at most ``_PIECE`` characters, cut after sentence ends where possible."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _PIECE)
        if end < len(text):
            cut = None
            for m in _SENTENCE_END.finditer(text, start, end):
                cut = m.end()
            end = cut or end
        if text[start:end].strip():
            yield start, end
        start = end


class HanlpEntityRecognizer:
    """A recogniser over a HanLP NER component: ``recognizer(text, analysis) -> entities``.

    The component is called with a batch of character lists (one per piece of the text) and
    answers, for each piece, ``(text, label, begin, end)`` tuples with token (here character)
    offsets, as HanLP's NER components do.
    """

    def __init__(self, component: Callable[[list[list[str]]], Sequence[Any]]):
        self.component = component
        lex = load_lexicon()
        heads = sorted(lex.zone_heads, key=len, reverse=True)
        self._zone_head = re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$")

    def __call__(self, text: str, analysis: object = None) -> list[Entity]:
        pieces = list(_pieces(text))
        if not pieces:
            return []
        answers = self.component([list(text[a:b]) for a, b in pieces])
        if len(pieces) == 1 and answers and isinstance(answers[0], tuple):
            answers = [answers]  # a single sentence may come back unbatched
        candidates = []
        for (a, b), found in zip(pieces, answers, strict=True):
            for item in found:
                surface, label, begin, end = item[:4]
                start, stop = a + int(begin), a + int(end)
                zonex_label = LABEL_MAP.get(str(label).upper())
                if zonex_label is None or not (a <= start < stop <= b) or text[start:stop] != surface:
                    continue
                if zonex_label in ("ORG", "GPE") and self._zone_head.search(surface):
                    zonex_label = "ZONE"
                candidates.append(Candidate(start, stop, zonex_label))
        return to_entities(text, select_longest(candidates))
