"""The public entry points; the CLI and the web app are thin layers over these."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import pipeline, stories
from .corpus import Corpus
from .model import Skip
from .report.briefing import write_briefing
from .store import open_store
from .store.export import export, write_json

log = logging.getLogger(__name__)


class NothingRead(RuntimeError):
    """No input could be read: there is nothing to build a dossier from."""


@dataclass
class BuildResult:
    dossier: dict[str, Any]
    out: Path
    db: Path
    new_articles: int
    skipped: list[Skip] = field(default_factory=list)
    # Story id -> its own dossier's folder (OUT/stories/<id>), when a whole-corpus build found several.
    story_dirs: dict[str, Path] = field(default_factory=dict)

    @property
    def briefing_html(self) -> Path:
        return self.out / "briefing.html"

    @property
    def briefing_md(self) -> Path:
        return self.out / "briefing.md"

    @property
    def json_path(self) -> Path:
        return self.out / "dossier.json"


def build(inputs: Sequence[str], out: str | Path, db: str | Path | None = None, *,
          allow_private: bool = False, require_store: bool = False, story: str | None = None,
          learned_cues: bool = False, progress: Callable[[str], None] | None = None) -> BuildResult:
    """Ingest ``inputs``, run every stage, store the result in ``db`` and write the dossier files to ``out``.

    ``db`` defaults to ``out/dossier.sqlite``. Articles the store already holds are not analysed again, so
    building twice from the same inputs adds nothing, and building with new inputs adds to the dossier.
    With ``require_store`` the store must already exist (``dossier add``).

    ``story`` (an id, an id prefix or words of its title) writes the dossier of that one story to ``out``;
    without it, a corpus of several stories also gets one dossier per story in ``out/stories/<story id>/``.
    Raises :class:`stories.UnknownStory` (after storing the build) when ``story`` names no single story.

    ``learned_cues`` also reads as cues the verbs a lexicon counted on PolNeAR train says report a statement
    or position ("heralded the deal", "railed against the tax"): more of what actors said and stood for, at
    lower precision (see :mod:`newsdossier.extract.lexicon`). It applies to the articles analysed in this run.
    """
    out = Path(out)
    db_path = Path(db) if db is not None else out / "dossier.sqlite"
    # Open (and so validate) the store before any work, so a foreign file is refused up front.
    store = open_store(db_path, create=not require_store)
    corpus = Corpus(options={"inputs": list(inputs), "db": db_path, "store": store,
                             "allow_private": allow_private, "learned_cues": learned_cues})
    with store:
        corpus = pipeline.run(corpus, progress=progress)
        if not corpus.documents and corpus.skipped:
            raise NothingRead(f"none of the {len(corpus.skipped)} inputs could be read")
        dossier = export(store)
    story_dirs = {}
    if story is not None:
        dossier = stories.select(dossier, stories.find(dossier, story)["id"])
    elif len(dossier["stories"]) > 1:
        for s in dossier["stories"]:
            story_dirs[s["id"]] = _write(stories.select(dossier, s["id"]), out / "stories" / s["id"])
    _write(dossier, out)
    return BuildResult(dossier=dossier, out=out, db=db_path, new_articles=len(corpus.new_articles),
                       skipped=corpus.skipped, story_dirs=story_dirs)


def _write(dossier: dict[str, Any], out: Path) -> Path:
    """dossier.json, briefing.md and briefing.html in ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    write_json(dossier, out / "dossier.json")
    write_briefing(dossier, out)
    return out
