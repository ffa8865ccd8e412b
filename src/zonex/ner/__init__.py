"""Entity recognition backends behind one interface (see :mod:`zonex.entities`).

- :mod:`zonex.ner.rules`: the default recogniser, a gazetteer and rules (no model);
- :mod:`zonex.ner.spacy_backend`: a spaCy pipeline trained on gold JSONL (``zonex[spacy]``);
- :mod:`zonex.ner.hanlp_backend`: a HanLP model already on disk (``zonex[hanlp]``);
- :mod:`zonex.ner.subjects`: the main subject of a document and the subject of a sentence;
- :mod:`zonex.ner.lexicon`, :mod:`zonex.ner.base`: the data files and what the backends share.

Importing this package imports neither spaCy nor HanLP: each backend imports its library when
a recogniser is loaded.
"""

from .base import Candidate, EntityBackendError, ModelNotFoundError, select_longest

__all__ = ["Candidate", "EntityBackendError", "ModelNotFoundError", "select_longest"]
