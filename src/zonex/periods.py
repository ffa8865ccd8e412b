"""PLACEHOLDER (replaced by the time-expression recogniser): finds nothing yet."""

from __future__ import annotations

from .models import TimeExpression


class TimeRecognizer:
    def __call__(self, text: str, document_date: str | None = None) -> list[TimeExpression]:
        return []
