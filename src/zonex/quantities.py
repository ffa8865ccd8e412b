"""PLACEHOLDER (replaced by the quantity recogniser): finds nothing yet."""

from __future__ import annotations

from .models import Quantity


class QuantityRecognizer:
    def __call__(self, text: str) -> list[Quantity]:
        return []
