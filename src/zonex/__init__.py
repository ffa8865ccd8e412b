"""zonex: structured data from Chinese text about high-tech zones.

>>> import zonex
>>> doc = zonex.extract("2018年全区实现工业总产值343.2亿元,同比增长11%。")
>>> [(q.text, q.kind, q.unit) for q in doc.quantities]
[('343.2亿元', 'money', 'CNY'), ('11%', 'percent', '%')]
"""

from .evaluate import evaluate, load_gold
from .models import Change, Claim, Document, Entity, ErrorInfo, Quantity, TimeExpression
from .normalize import NormalizedText, Normalizer, normalize
from .pipeline import Pipeline, Settings, extract

__version__ = "0.1.0"

__all__ = [
    "Change",
    "Claim",
    "Document",
    "Entity",
    "ErrorInfo",
    "NormalizedText",
    "Normalizer",
    "Pipeline",
    "Quantity",
    "Settings",
    "TimeExpression",
    "evaluate",
    "extract",
    "load_gold",
    "normalize",
    "__version__",
]
