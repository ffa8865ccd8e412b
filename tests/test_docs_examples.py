"""The ``>>>`` examples in docs/*.md run and print what the page shows."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = sorted(p for p in (Path(__file__).resolve().parents[1] / "docs").glob("*.md") if ">>>" in p.read_text("utf-8"))


@pytest.mark.parametrize("page", DOCS, ids=[p.name for p in DOCS])
def test_doc_examples(page, monkeypatch):
    monkeypatch.chdir(page.parents[1])
    # A code fence ends an example's expected output, as a blank line would.
    text = re.sub(r"(?m)^```\w*$", "", page.read_text(encoding="utf-8"))
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert test.examples
    assert runner.failures == 0
