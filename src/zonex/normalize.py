"""Normalisation with an exact map back to the original text.

Every later stage works on ``NormalizedText.text``: simplified characters (OpenCC t2s),
half-width digits, letters and punctuation (１２３ → 123, ％ → %, ，→ ,), plain spaces, and no
inline pinyin glosses (專(zhuān)題(tí) → 专题) or zero-width characters. Every span found there
is mapped back with :meth:`NormalizedText.to_original`, so that a span of the result always
satisfies ``original[start:end] == text``.

The map is a short list of runs (:class:`OffsetMap`): an *identity* run maps each normalised
character to one original character; a *block* run covers a stretch where a conversion changed
the length (possible with OpenCC's Taiwan and Hong Kong phrase tables, never with plain t2s),
and maps any position inside it to the whole original stretch. Deleted characters (glosses,
zero-width spaces) are simply not covered by any run.
"""

from __future__ import annotations

import difflib
import functools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

import regex

__all__ = ["HALF_WIDTH", "NormalizedText", "Normalizer", "OffsetMap", "normalize", "to_half_width"]


class OffsetMap:
    """Maps half-open spans of a derived text back to the text it came from.

    ``runs`` are ``(derived_start, source_start, derived_len, source_len)`` tuples sorted by
    ``derived_start`` and covering the derived text without gaps.
    """

    __slots__ = ("_starts", "_runs", "derived_len", "is_identity", "source_len")

    def __init__(self, runs: list[tuple[int, int, int, int]], derived_len: int, source_len: int):
        self._runs = runs
        self._starts = [r[0] for r in runs]
        self.derived_len = derived_len
        self.source_len = source_len
        # Every derived position is the same source position (nothing deleted or resized): the
        # common case, mapped without a lookup.
        self.is_identity = derived_len == source_len and (not runs or (len(runs) == 1 and runs[0][:3] == (0, 0, derived_len)))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length, length)] if length else [], length, length)

    @property
    def runs(self) -> list[tuple[int, int, int, int]]:
        return list(self._runs)

    def _run(self, pos: int) -> tuple[int, int, int, int]:
        return self._runs[bisect_right(self._starts, pos) - 1]

    def start(self, pos: int) -> int:
        """Source index of the derived character at ``pos`` (its first source character)."""
        if pos >= self.derived_len:
            return self.source_len
        d0, s0, dl, sl = self._run(pos)
        return s0 + (pos - d0) if dl == sl else s0

    def end(self, pos: int) -> int:
        """Source index just after the derived character at ``pos - 1`` (exclusive end)."""
        if pos <= 0:
            return 0
        d0, s0, dl, sl = self._run(pos - 1)
        return s0 + (pos - d0) if dl == sl else s0 + sl

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the derived span ``[start, end)`` to the smallest source span covering it."""
        if not 0 <= start <= end <= self.derived_len:
            raise IndexError(f"span [{start}, {end}) outside a text of length {self.derived_len}")
        if self.is_identity:
            return start, end
        if start == end:
            pos = self.start(start)
            return pos, pos
        return self.start(start), self.end(end)

    def then(self, inner: OffsetMap) -> OffsetMap:
        """Compose: ``self`` maps C → B and ``inner`` maps B → A; the result maps C → A."""
        if len(inner._runs) == 1 and inner._runs[0][2] == inner._runs[0][3]:
            return OffsetMap(self._runs, self.derived_len, inner.source_len)  # inner is identity
        runs: list[tuple[int, int, int, int]] = []
        for d0, s0, dl, sl in self._runs:
            if dl != sl:  # a block stays a block over the inner span it covers
                a, b = inner.span(s0, s0 + sl)
                runs.append((d0, a, dl, b - a))
                continue
            pos = 0
            while pos < dl:
                i0, j0, il, jl = inner._run(s0 + pos)
                take = min(dl - pos, i0 + il - (s0 + pos))
                if il == jl:
                    runs.append((d0 + pos, j0 + (s0 + pos - i0), take, take))
                else:
                    runs.append((d0 + pos, j0, take, jl))
                pos += take
        return OffsetMap(_merge(runs), self.derived_len, inner.source_len)


def _merge(runs: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join adjacent identity runs that continue each other (keeps lookups short)."""
    out: list[tuple[int, int, int, int]] = []
    for run in runs:
        if out:
            d0, s0, dl, sl = out[-1]
            if dl == sl and run[2] == run[3] and d0 + dl == run[0] and s0 + sl == run[1]:
                out[-1] = (d0, s0, dl + run[2], sl + run[3])
                continue
        out.append(run)
    return out


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The normalised text, the original, and the map between them."""

    original: str
    text: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised span ``[start, end)``."""
        return self.offsets.span(start, end)

    def original_text(self, start: int, end: int) -> str:
        a, b = self.offsets.span(start, end)
        return self.original[a:b]


# Full-width ASCII (U+FF01–FF5E) to ASCII, ideographic and other unusual spaces to a space.
HALF_WIDTH: dict[int, int] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
HALF_WIDTH.update({code: 0x20 for code in (0x3000, 0x00A0, 0x1680, 0x202F, 0x205F, *range(0x2000, 0x200B))})
"""``str.translate`` table: full-width forms and unusual spaces to ASCII, one character each."""
_TRANSLATE = dict(HALF_WIDTH)
_TRANSLATE.update({0xFF5F: ord("("), 0xFF60: ord(")"), 0x2028: 0x0A, 0x2029: 0x0A, 0x00: 0x20})
# Corner brackets, the quotation marks of traditional text, to the simplified text's curly ones
# (「小巨人」企业 → “小巨人”企业): a metric reads the same whichever script the page was in.
_TRANSLATE.update({0x300C: 0x201C, 0x300D: 0x201D, 0x300E: 0x2018, 0x300F: 0x2019})
# Lone surrogates (from surrogateescape decoding) cannot reach OpenCC's UTF-8 interface.
_TRANSLATE.update({code: 0xFFFD for code in range(0xD800, 0xE000)})
_TRANSLATE_CHARS = {chr(k): chr(v) for k, v in _TRANSLATE.items()}
_TRANSLATABLE = re.compile("[" + "".join(re.escape(c) for c in sorted(_TRANSLATE_CHARS)) + "]")


def to_half_width(text: str) -> str:
    """``text.translate`` of the normalisation table, at the cost of the characters it changes.

    ``str.translate`` looks every character up in the table, ~0.15 µs each for CJK text: more
    than OpenCC's whole conversion. Most pages hold a few kinds of full-width characters (，。：),
    so one C-level scan for them and one ``str.replace`` per kind found is 10-20× faster.
    """
    found = set(_TRANSLATABLE.findall(text))
    for char in found:
        text = text.replace(char, _TRANSLATE_CHARS[char])
    return text


# A circle written for the numeral zero (二○二五年, 二◯二六年, as Hong Kong's government writes its
# years): inside a run of Chinese numerals, the numeral 〇, one character for one, so the run
# reads as a number and a year.
_CIRCLE_ZEROS = "○◯"
_NUMERAL_RUN_WITH_CIRCLE = re.compile(r"[〇一二三四五六七八九○◯]*[○◯][〇一二三四五六七八九○◯]*")
_CHINESE_DIGITS = re.compile(r"[〇一二三四五六七八九]")


def circle_zeros_to_numerals(text: str) -> str:
    """``text`` with each ○ or ◯ inside a run of Chinese numerals written as 〇 (二○二五 →
    二〇二五); a circle alone, or among circles only (○○○ as a mask), is left as it is.

    >>> circle_zeros_to_numerals("二○二五年, 评分: ○○○")
    '二〇二五年, 评分: ○○○'
    """
    if "○" not in text and "◯" not in text:
        return text

    def numeral(m: re.Match) -> str:
        run = m.group()
        if len(run) < 2 or _CHINESE_DIGITS.search(run) is None:
            return run
        return run.replace("○", "〇").replace("◯", "〇")

    return _NUMERAL_RUN_WITH_CIRCLE.sub(numeral, text)


# A pinyin syllable with a tone mark: what web pages insert after characters as a reading aid.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_TONED_GLOSS = rf"\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)"
# A toneless syllable (de, men, zi) is accepted only in a page that glosses densely.
_TONELESS_GLOSS = (
    r"\((?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)\)"
)
# Glosses follow a Han character. The standard library's `re` finds the bracketed syllables
# (several times faster than `regex` over a whole page); `regex` checks the one character before.
_GLOSS = re.compile(_TONED_GLOSS)
_GLOSS_TONELESS = re.compile(_TONELESS_GLOSS)
_HAN = regex.compile(r"\p{Han}")
# Zero-width characters, soft hyphen, BOM, bidi and other format controls.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_DENSE_GLOSSING = 3


def _opencc(config: str) -> Callable[[str], str]:
    import opencc  # the C++ build; imported here so that `import zonex` stays light

    converter = opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")
    return converter.convert


class Normalizer:
    """Builds :class:`NormalizedText`; construct once (it loads OpenCC), call many times.

    ``converter`` replaces OpenCC (any ``str -> str`` callable, e.g. a different config);
    ``t2s=False`` keeps the script as it is.
    """

    def __init__(
        self,
        *,
        t2s: bool = True,
        opencc_config: str = "t2s",
        converter: Callable[[str], str] | None = None,
        strip_pinyin: bool = True,
    ):
        self._convert = converter if converter is not None else (_opencc(opencc_config) if t2s else None)
        self._strip_pinyin = strip_pinyin

    def __call__(self, original: str) -> NormalizedText:
        if not isinstance(original, str):
            raise TypeError(f"normalize() takes a str, not {type(original).__name__}")
        text = circle_zeros_to_numerals(to_half_width(original))
        converted, conversion = self._script(text)
        kept, deletion = self._delete_noise(converted)
        offsets = deletion.then(conversion) if conversion is not None else deletion
        return NormalizedText(original, kept, offsets)

    def _script(self, text: str) -> tuple[str, OffsetMap | None]:
        if self._convert is None or not text:
            return text, None
        out = self._convert(text)
        if len(out) == len(text):
            return out, None  # t2s maps every entry to one of equal length: 1:1
        return _align_lines(text, self._convert)

    def _delete_noise(self, text: str) -> tuple[str, OffsetMap]:
        cuts = [m.span() for m in _INVISIBLE.finditer(text)]
        if self._strip_pinyin and "(" in text:
            glosses = _after_han(text, _GLOSS)
            if len(glosses) >= _DENSE_GLOSSING:
                glosses += _after_han(text, _GLOSS_TONELESS)
            cuts += glosses
        if not cuts:
            return text, OffsetMap.identity(len(text))
        cuts.sort()
        pieces, runs, pos, out_len = [], [], 0, 0
        for a, b in cuts:
            if a < pos:  # overlapping cut (cannot happen with these patterns, but stay safe)
                a = pos
            if a > pos:
                pieces.append(text[pos:a])
                runs.append((out_len, pos, a - pos, a - pos))
                out_len += a - pos
            pos = max(pos, b)
        if pos < len(text):
            pieces.append(text[pos:])
            runs.append((out_len, pos, len(text) - pos, len(text) - pos))
            out_len += len(text) - pos
        return "".join(pieces), OffsetMap(runs, out_len, len(text))


def _after_han(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Spans of ``pattern`` that follow a Han character."""
    han = _HAN.match
    return [m.span() for m in pattern.finditer(text) if m.start() and han(text, m.start() - 1)]


def _align_lines(text: str, convert: Callable[[str], str]) -> tuple[str, OffsetMap]:
    """Convert line by line; align the lines whose length changed character by character."""
    out_parts: list[str] = []
    runs: list[tuple[int, int, int, int]] = []
    d = s = 0
    for line in text.splitlines(keepends=True):
        conv = convert(line)
        if len(conv) == len(line):
            runs.append((d, s, len(line), len(line)))
        else:
            runs.extend(_runs_from_sources(d, s, _char_sources(line, conv)))
        out_parts.append(conv)
        d += len(conv)
        s += len(line)
    return "".join(out_parts), OffsetMap(_merge([r for r in runs if r[2]]), d, s)


def _char_sources(source: str, derived: str) -> list[tuple[int, int]]:
    """For each derived character, the source slice it comes from (difflib alignment)."""
    sources: list[tuple[int, int]] = []
    matcher = difflib.SequenceMatcher(None, source, derived, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            sources.extend((i1 + k, i1 + k + 1) for k in range(j2 - j1))
        elif tag == "replace":
            sources.extend([(i1, i2)] * (j2 - j1))
        elif tag == "insert":
            # New characters belong to the source character they follow (or precede, at the start).
            anchor = (i1 - 1, i1) if i1 > 0 else (0, min(1, len(source)))
            if sources and i1 > 0:
                anchor = sources[-1]
            sources.extend([anchor] * (j2 - j1))
    return sources


def _runs_from_sources(d0: int, s0: int, sources: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Compress per-character source slices into identity and block runs."""
    runs: list[tuple[int, int, int, int]] = []
    j = 0
    while j < len(sources):
        a, b = sources[j]
        k = j + 1
        if b - a == 1 and (j + 1 >= len(sources) or sources[j + 1] != (a, b)):
            while k < len(sources) and sources[k] == (sources[k - 1][1], sources[k - 1][1] + 1) and (
                k + 1 >= len(sources) or sources[k + 1] != sources[k]
            ):
                k += 1
            runs.append((d0 + j, s0 + a, k - j, k - j))
        else:
            while k < len(sources) and sources[k] == (a, b):
                k += 1
            if k - j == b - a and b - a > 1:  # equal sizes would read as identity: one block per character
                runs.extend((d0 + j + m, s0 + a, 1, b - a) for m in range(k - j))
            else:
                runs.append((d0 + j, s0 + a, k - j, b - a))
        j = k
    return runs


@functools.cache
def _default_normalizer() -> Normalizer:
    return Normalizer()


def normalize(text: str) -> NormalizedText:
    """Normalise with the default settings (the OpenCC converter is built on first use).

    >>> n = normalize("２０１８年實現產值３４３.２億元，專(zhuān)題(tí)")
    >>> n.text
    '2018年实现产值343.2亿元,专题'
    >>> n.original_text(9, 16)
    '３４３.２億元'
    """
    return _default_normalizer()(text)
