"""``zonex.eval``: the scoring API under the name the docs use (``zonex.eval.score``).

The implementation is :mod:`zonex.evaluate`; this module only re-exports it.

>>> from zonex.eval import score
>>> score([], []).documents
0
"""

from .evaluate import GoldFormatError, Scores, errors, evaluate, load_gold, load_predictions, run, score

__all__ = ["GoldFormatError", "Scores", "errors", "evaluate", "load_gold", "load_predictions", "run", "score"]
