"""Segmentation: offsets, the domain dictionary, both engines."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonex.segment import Segmenter, load_domain_words

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module", params=["rjieba", "jieba"])
def segmenter(request):
    return Segmenter(request.param)


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("2018年全区实现工业总产值343.2亿元", "工业总产值"),
        ("规上工业企业研发机构覆盖率达61%", "规上工业企业"),
        ("比上年提高2.3个百分点", "个百分点"),
        ("推动阳江高新区创建国家高新区", "国家高新区"),
    ],
    ids=["seeds:000_output", "seeds:002_coverage", "new:percentage_points", "seeds:000_zone"],
)
def test_domain_words_are_not_split(segmenter, sentence, word):
    assert word in segmenter.cut(sentence)


def test_tokens_carry_offsets_on_a_whole_seed(segmenter):
    text = (SEEDS / "001_e5c8bdfdbd732cce.txt").read_text(encoding="utf-8")  # \r\n line ends
    tokens = segmenter.tokens(text)
    assert "".join(t.text for t in tokens) == text
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text


def test_domain_dictionary_is_well_formed():
    words = load_domain_words()
    assert len(words) >= 50
    surfaces = [w for w, _, _ in words]
    assert len(surfaces) == len(set(surfaces)), "a word is listed twice"
    for word, freq, _ in words:
        assert word.strip() == word and " " not in word
        assert freq is None or freq > 0


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown segmentation engine"):
        Segmenter("thulac")  # type: ignore[arg-type]


def test_known_tells_dictionary_words_from_what_the_hmm_glued(segmenter):
    # 出超 and 发电量 are words of the dictionaries; 率达 is what the HMM makes of 出租率达…
    assert segmenter.known("出超") and segmenter.known("发电量")
    assert not segmenter.known("率达")
