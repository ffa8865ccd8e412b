"""PLACEHOLDER (replaced by the entity recogniser): finds nothing yet."""

from __future__ import annotations

from .models import Entity


class RuleEntityRecognizer:
    def __call__(self, text: str, analysis=None) -> list[Entity]:
        return []


def load_entity_recognizer(spec: str):
    return RuleEntityRecognizer()
