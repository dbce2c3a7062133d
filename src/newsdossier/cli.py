"""`dossier`: the command line, a thin layer over the public API."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from . import api, pipeline
from .stories import UnknownStory
from .store import StoreError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news coverage of one story into a cross-checked dossier.")
err = Console(stderr=True)
# More inputs than this get a progress bar.
HANDFUL = 5

Inputs = Annotated[list[str], typer.Argument(help="Files, directories, globs, URLs, feeds, WARC archives, or - for stdin.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Log each stage.")]
AllowPrivate = Annotated[bool, typer.Option("--allow-private", help="Allow URLs on loopback/private addresses.")]
LearnedCues = Annotated[bool, typer.Option(
    "--learned-cues", help="Also read as cues the verbs a lexicon learned from PolNeAR says report a position "
                           "(\"heralded the deal\"): more items, lower precision.")]


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s: %(message)s")


def _run_build(inputs: list[str], out: Path, db: Path | None, allow_private: bool, require_store: bool,
               story: str | None = None, learned_cues: bool = False) -> None:
    show_bar = len(inputs) > HANDFUL or any(Path(i).is_dir() for i in inputs)
    try:
        with Progress(TextColumn("{task.description:<12}"), BarColumn(), TimeElapsedColumn(),
                      console=err, transient=True, disable=not show_bar) as bar:
            task = bar.add_task("starting", total=len(pipeline.STAGES))

            def advance(stage: str) -> None:
                bar.update(task, description=stage, advance=1)

            result = api.build(inputs, out, db, allow_private=allow_private, require_store=require_store,
                               story=story, learned_cues=learned_cues, progress=advance)
    except (StoreError, UnknownStory) as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    except api.NothingRead as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    d = result.dossier
    err.print(f"{len(d['articles'])} articles ({result.new_articles} new), {len(d['quotes'])} quotes, "
              f"{len(d['claims'])} claims, {len(d['events'])} events, {len(d['groups'])} cross-outlet groups"
              + (f", {len(result.skipped)} inputs skipped" if result.skipped else ""))
    typer.echo(f"briefing: {result.briefing_html}")
    titles = {s["id"]: s["title"] for s in d["stories"]}
    for sid, folder in result.story_dirs.items():
        typer.echo(f"story {sid} ({titles[sid]}): {folder / 'briefing.html'}")


@app.command()
def build(inputs: Inputs,
          out: Annotated[Path, typer.Option("--out", "-o", help="Folder for dossier.json and the briefings.")],
          db: Annotated[Path | None, typer.Option(help="The store: a SQLite file (default OUT/dossier.sqlite) or a postgresql:// URL.")] = None,
          story: Annotated[str | None, typer.Option(help="Only this story: its id, an id prefix or words of its title.")] = None,
          allow_private: AllowPrivate = False, learned_cues: LearnedCues = False, verbose: Verbose = False) -> None:
    """Build a dossier from INPUTS into OUT (dossier.json, briefing.md, briefing.html); with several stories,
    also one per story in OUT/stories/<story id>/."""
    _setup_logging(verbose)
    _run_build(inputs, out, db, allow_private, require_store=False, story=story, learned_cues=learned_cues)


@app.command()
def add(inputs: Inputs,
        db: Annotated[Path, typer.Option(help="The existing store to add to.")],
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder for the updated files (default: the store's folder).")] = None,
        allow_private: AllowPrivate = False, learned_cues: LearnedCues = False, verbose: Verbose = False) -> None:
    """Add INPUTS to an existing store; only the new articles are analysed."""
    _setup_logging(verbose)
    _run_build(inputs, out or db.parent, db, allow_private, require_store=True, learned_cues=learned_cues)


@app.command()
def serve(db: Annotated[Path, typer.Option(help="The store to serve.")] = Path("out/dossier.sqlite"),
          port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8000,
          host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
          allow_ingest: Annotated[bool, typer.Option("--allow-ingest", help="Allow adding pages from the web UI.")] = False) -> None:
    """Serve the local web app over a store."""
    from .web import serve as run_server

    try:
        run_server(db, host=host, port=port, allow_ingest=allow_ingest)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def search(query: str, db: Annotated[Path, typer.Option(help="The store to search.")] = Path("out/dossier.sqlite"),
           limit: int = 20) -> None:
    """Full-text search over articles, quotes and claims."""
    from .store import open_store

    try:
        with open_store(db, readonly=True, create=False) as store:
            hits = store.search(query, limit=limit)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    for hit in hits:
        typer.echo(f"{hit.kind:8} {hit.id}  {hit.snippet}")


@app.command("eval")
def evaluate(dataset: Annotated[str, typer.Argument(help="polnear")],
             split: Annotated[str, typer.Argument(help="train or dev")] = "dev",
             limit: Annotated[int | None, typer.Option(help="Only the first N articles.")] = None) -> None:
    """Score attribution against a gold corpus, beside the spaCy + textacy peer."""
    if dataset != "polnear":
        err.print(f"[red]error:[/red] unknown dataset {dataset!r} (known: polnear)")
        raise typer.Exit(2)
    from .eval.polnear import main as polnear_main

    polnear_main(split, limit=limit)


if __name__ == "__main__":
    app()
