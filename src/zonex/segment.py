"""Word segmentation with offsets and a domain dictionary.

jieba is the reference segmenter. Its Rust port rjieba (same dictionary, same algorithm, about
15× faster here) is the default engine when it is installed; both load zonex's domain dictionary
(``data/domain_dict.txt``: zone, indicator and unit words such as 高新区, 工业总产值, 规上工业,
个百分点) so that indicators are not split. Tokens carry offsets into the text they were cut
from (the normalised text); the pipeline maps them back to the original.
"""

from __future__ import annotations

from importlib import resources
from itertools import accumulate
from typing import Literal, NamedTuple

__all__ = ["Segmenter", "Token", "load_domain_words"]

Engine = Literal["auto", "rjieba", "jieba"]


class Token(NamedTuple):
    """A word: its text and its half-open span in the segmented text."""

    text: str
    start: int
    end: int


def load_domain_words(name: str = "domain_dict.txt") -> list[tuple[str, int | None, str | None]]:
    """Read a jieba-format user dictionary shipped in ``zonex/data`` as (word, freq, tag) rows."""
    rows = []
    for line in resources.files("zonex.data").joinpath(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 else None
        tag = parts[2] if len(parts) > 2 else None
        rows.append((parts[0], freq, tag))
    return rows


class Segmenter:
    """A jieba-compatible tokenizer; build once (it loads the dictionaries), reuse.

    >>> seg = Segmenter()
    >>> [t.text for t in seg.tokens("2018年全区实现工业总产值343.2亿元")]
    ['2018', '年', '全区', '实现', '工业总产值', '343.2', '亿元']
    """

    def __init__(self, engine: Engine = "auto", *, extra_words: list[str] | None = None, hmm: bool = True):
        self.engine = _pick_engine(engine)
        self.hmm = hmm
        words = load_domain_words() + [(w, None, None) for w in extra_words or []]
        if self.engine == "rjieba":
            import rjieba

            self._impl = rjieba.Jieba()
            for word, freq, tag in words:
                self._impl.add_word(word, freq, tag)
        else:
            import jieba

            self._impl = jieba.Tokenizer()
            self._impl.initialize()  # jieba would otherwise log and load lazily on first cut
            for word, freq, tag in words:
                self._impl.add_word(word, freq, tag)

    def tokens(self, text: str, offset: int = 0) -> list[Token]:
        """Segment ``text``; every token satisfies ``text[t.start - offset:t.end - offset] == t.text``.

        ``offset`` shifts the offsets, for a piece cut from a longer text.
        """
        words, bounds = self.words_and_bounds(text, offset)
        return list(map(Token, words, bounds[:-1], bounds[1:]))

    def words_and_bounds(self, text: str, offset: int = 0) -> tuple[list[str], list[int]]:
        """The words and their boundaries: word ``i`` spans ``[bounds[i], bounds[i + 1])``.

        What :meth:`tokens` gives, without a tuple per word (hot loops index the lists instead).
        """
        words = self.cut(text)
        # One check of the whole concatenation proves every cumulative offset exact.
        if "".join(words) != text:
            raise RuntimeError("segmenter output does not concatenate to its input; offsets would drift")
        return words, list(accumulate(map(len, words), initial=offset))

    def known(self, word: str) -> bool:
        """Whether ``word`` is in the dictionary (not a string the HMM glued together)."""
        if self.engine == "rjieba":
            return bool(self._impl.has_word(word))
        return bool(self._impl.FREQ.get(word))  # type: ignore[attr-defined]

    def cut(self, text: str) -> list[str]:
        """The words only, like ``jieba.lcut``."""
        if self.engine == "rjieba":
            return self._impl.cut(text, self.hmm)
        return self._impl.lcut(text, HMM=self.hmm)


def _pick_engine(engine: Engine) -> Literal["rjieba", "jieba"]:
    if engine == "auto":
        try:
            import rjieba  # noqa: F401
        except ImportError:
            return "jieba"
        return "rjieba"
    if engine not in ("rjieba", "jieba"):
        raise ValueError(f"unknown segmentation engine {engine!r}: use 'auto', 'rjieba' or 'jieba'")
    return engine
