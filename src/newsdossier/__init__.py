"""newsdossier: turn a pile of news coverage of one story into a cross-checked dossier.

The public API::

    from newsdossier import build
    result = build(["pages/"], out="out/")
    result.dossier["groups"]      # the export of ../shared/contract (newsdossier/1)
"""

from .api import BuildResult, NothingRead, build
from .corpus import Corpus
from .model import Article, Claim, Entity, Event, Group, Mention, Quote, Span
from .store import open_store

__all__ = [
    "Article",
    "BuildResult",
    "Claim",
    "Corpus",
    "Entity",
    "Event",
    "Group",
    "Mention",
    "NothingRead",
    "Quote",
    "Span",
    "build",
    "open_store",
]
__version__ = "0.1.0"
