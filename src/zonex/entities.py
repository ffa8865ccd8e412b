"""Entities: zones, organisations, places and persons (ZONE, ORG, GPE, PERSON), and subjects.

Recognisers are loaded by :func:`load_entity_recognizer` from a spec string:

- ``"rules"`` (the default): gazetteer and rules, no model (:mod:`zonex.ner.rules`);
- ``"spacy:PATH"``: a spaCy pipeline trained by ``zonex train-ner`` (:mod:`zonex.ner.spacy_backend`,
  needs ``zonex[spacy]``);
- ``"hanlp:PATH_OR_NAME"``: a HanLP NER model already on disk (:mod:`zonex.ner.hanlp_backend`,
  needs ``zonex[hanlp]``; nothing is ever downloaded).

A recogniser is a callable ``recognizer(text, analysis) -> list[Entity]`` over the *normalised*
text: spans are normalised offsets, ``text`` is the slice, entities are sorted and do not overlap
(the pipeline maps them to the original text). Build it once; it loads its resources then.

Subjects of claims (used by the claims stage):

- :func:`main_subject` ``(text, entities) -> str | None``: the zone or place the document is
  about, in the form the document uses most (阳江高新区, 江门市, 清远高新区, 广西); what 全区,
  我区, 园区, 全市 and 我市 stand for.
- :func:`subject_in` ``(text, start, end, entities) -> Entity | None``: the ZONE or GPE entity
  named nearest before ``start`` in the same sentence (a subject the sentence names itself).
- :func:`place_key` and :func:`zone_key`: one key for the forms of a place (江门, 江门市) or of a
  zone (湛江国家高新区, 湛江高新区), to compare subjects.

>>> recognizer = load_entity_recognizer("rules")
>>> text = "2018年,阳江高新区管委会主任傅光焱表示,全区实现工业总产值343.2亿元。"
>>> entities = recognizer(text, None)
>>> [(e.text, e.label) for e in entities]
[('阳江高新区管委会', 'ORG'), ('傅光焱', 'PERSON')]
>>> main_subject("阳江高新区2018年实现工业总产值343.2亿元。", recognizer("阳江高新区2018年实现工业总产值343.2亿元。", None))
'阳江高新区'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .models import Entity
from .ner.base import EntityBackendError, ModelNotFoundError
from .ner.rules import RuleEntityRecognizer
from .ner.subjects import main_subject, place_key, subject_in, zone_key

__all__ = [
    "EntityBackendError",
    "EntityRecognizer",
    "ModelNotFoundError",
    "RuleEntityRecognizer",
    "load_entity_recognizer",
    "main_subject",
    "place_key",
    "subject_in",
    "zone_key",
]

EntityRecognizer = Callable[[str, Any], list[Entity]]
"""``recognizer(normalised_text, analysis_or_None) -> entities``"""


def load_entity_recognizer(spec: str = "rules") -> EntityRecognizer:
    """Build the recogniser named by ``spec``: ``rules``, ``spacy:PATH`` or ``hanlp:PATH_OR_NAME``."""
    backend, _, target = (spec or "rules").partition(":")
    backend = backend.strip().lower()
    if backend == "rules" and not target:
        return RuleEntityRecognizer()
    if backend == "spacy" and target:
        from .ner import spacy_backend

        return spacy_backend.load(target)
    if backend == "hanlp" and target:
        from .ner import hanlp_backend

        return hanlp_backend.load(target)
    raise ValueError(
        f"unknown entity recogniser {spec!r}: use 'rules', 'spacy:PATH' (a model trained by "
        "`zonex train-ner`) or 'hanlp:PATH_OR_NAME'"
    )
