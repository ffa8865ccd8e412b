"""The README's examples run: its doctest blocks, and its first script against the output shown."""

from __future__ import annotations

import contextlib
import doctest
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", README, flags=re.S)


def test_readme_starts_with_install_and_test_commands():
    lang, body = BLOCKS[0]
    lines = [line for line in body.splitlines() if line.strip()]
    assert lang == "bash"
    assert lines[0] == 'pip install -e ".[dev]"'
    assert lines[1] == "pytest"
    assert lines[2].startswith("zonex extract seeds/")


def test_first_python_example_prints_what_the_readme_shows(monkeypatch):
    index = next(i for i, (lang, body) in enumerate(BLOCKS) if lang == "python" and ">>>" not in body)
    code, shown = BLOCKS[index][1], BLOCKS[index + 1][1]
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == shown


@pytest.mark.parametrize("body", [b for lang, b in BLOCKS if lang == "python" and ">>>" in b])
def test_readme_doctests(body, monkeypatch):
    import zonex

    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(body, {"zonex": zonex}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0
