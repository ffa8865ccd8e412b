"""The JSON Schema of a zonex Document, exported from the models (``docs/schema.json``).

``python -m zonex.schema > docs/schema.json`` rewrites the file; a test checks it is current.
"""

from __future__ import annotations

import json

from .models import Document

__all__ = ["document_schema"]


def document_schema() -> dict:
    """JSON Schema of :class:`~zonex.models.Document` as serialised (``mode="serialization"``)."""
    return Document.model_json_schema(mode="serialization")


if __name__ == "__main__":
    print(json.dumps(document_schema(), ensure_ascii=False, indent=2))
