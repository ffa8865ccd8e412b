"""The data files of zonex (lexicons, cues, gazetteer) and the loaders shared by several stages."""

from __future__ import annotations

import json
from importlib import resources

__all__ = ["load_claim_cues"]


def load_claim_cues() -> dict:
    """The cue lexicon shipped in ``zonex/data/claim_cues.json`` (the claim assembler's, whose sum
    words the entity recogniser reads too), parsed afresh: callers may keep or change their copy."""
    return json.loads(resources.files("zonex.data").joinpath("claim_cues.json").read_text(encoding="utf-8"))
