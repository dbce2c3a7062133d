"""End-to-end checks of `dossier build`: the contract, provenance, idempotence and bad input."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from newsdossier import NothingRead, build
from newsdossier.cli import app
from newsdossier.pipeline import STAGES, Stage, check
from newsdossier.store import StoreError

SPAN_KINDS = ("quotes", "claims", "events")


def _spans(dossier: dict):
    for kind in SPAN_KINDS:
        yield from dossier[kind]
    for entity in dossier["entities"]:
        yield from entity["mentions"]


def test_export_validates_against_the_contract(seeds_dossier: dict, shared_dir: Path) -> None:
    schema = json.loads((shared_dir / "contract" / "dossier.schema.json").read_text())
    jsonschema.validate(seeds_dossier, schema)
    assert seeds_dossier["schema"] == "newsdossier/1"


def test_every_span_points_at_its_own_text(seeds_dossier: dict) -> None:
    texts = {a["id"]: a["text"] for a in seeds_dossier["articles"]}
    spans = list(_spans(seeds_dossier))
    assert len(spans) > 100
    for span in spans:
        assert texts[span["article"]][span["start"]:span["end"]] == span["text"], span


def test_ids_are_unique_and_references_resolve(seeds_dossier: dict) -> None:
    ids = [x["id"] for k in ("articles", "entities", *SPAN_KINDS, "groups") for x in seeds_dossier[k]]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for quote in seeds_dossier["quotes"]:
        assert quote["speaker"] is None or quote["speaker"] in known
    for group in seeds_dossier["groups"]:
        assert set(group["members"]) <= known
        assert group["first"] in known


def test_seeds_yield_six_articles_with_the_aggregator_split(seeds_dossier: dict) -> None:
    articles = seeds_dossier["articles"]
    assert len(articles) == 6
    from_002 = [a for a in articles if Path(a["source"]).name.startswith("002_")]
    assert [a["segment"] for a in from_002] == [0, 1, 2, 3]
    assert [a["outlet"] for a in from_002[1:]] == ["Daily Mirror", "The Independent", "Scottish Sun"]


def test_rebuild_is_idempotent(seed_paths: list[str], seeds_build, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    first = build(seed_paths, tmp_path / "one", db)
    again = build(seed_paths, tmp_path / "two", db)
    assert again.new_articles == 0
    assert first.dossier == again.dossier == seeds_build.dossier
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from articles").fetchone()[0] == 6
    con.close()
    assert (tmp_path / "one" / "dossier.json").read_bytes() == (tmp_path / "two" / "dossier.json").read_bytes()


def test_bad_inputs_are_skipped_in_one_line_each(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Mayor Lena Ortiz said on Friday that the river had risen 3 metres.\n"
                    "\"We are ready,\" she said.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    unreadable = tmp_path / "locked.txt"
    unreadable.write_text("text")
    unreadable.chmod(0)
    inputs = [str(good), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
              str(tmp_path / "broken.html.gz"), str(tmp_path / "missing.txt")]
    result = build(inputs, tmp_path / "out")
    assert len(result.dossier["articles"]) == 1
    skipped = {Path(s.source).name for s in result.skipped}
    assert {"empty.txt", "binary.txt", "broken.html.gz", "missing.txt"} <= skipped
    for skip in result.skipped:
        assert skip.reason and "\n" not in skip.reason


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(NothingRead):
        build([str(tmp_path / "empty.txt")], tmp_path / "out")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o2")])
    assert result.exit_code == 1


@pytest.mark.parametrize("content", [b"SQLite format 3\x00" + b"\x00" * 200, b"just some text, not a database"])
def test_a_foreign_or_corrupt_db_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The council said the bridge would reopen on Monday.", encoding="utf-8")
    db = tmp_path / "foreign.db"
    db.write_bytes(content)
    with pytest.raises(StoreError):
        build([str(good)], tmp_path / "out", db)
    assert db.read_bytes() == content


def test_a_foreign_sqlite_db_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.execute("create table users(name text)")
    con.commit()
    con.close()
    before = db.read_bytes()
    good = tmp_path / "good.txt"
    good.write_text("The council said the bridge would reopen on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(good), "--out", str(tmp_path / "out"), "--db", str(db)])
    assert result.exit_code == 2
    assert "error" in result.output.lower()
    assert db.read_bytes() == before


def test_adding_an_input_keeps_what_was_stored(seed_paths: list[str], tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    first = build(seed_paths[:1], tmp_path / "out", db)
    added = CliRunner().invoke(app, ["add", *seed_paths[1:], "--db", str(db)])
    assert added.exit_code == 0, added.output
    dossier = json.loads((tmp_path / "dossier.json").read_text())
    assert {a["id"] for a in first.dossier["articles"]} < {a["id"] for a in dossier["articles"]}
    assert len(dossier["articles"]) == 6


def test_html_gz_and_directories_are_read(tmp_path: Path) -> None:
    pages = tmp_path / "pages" / "nested"
    pages.mkdir(parents=True)
    body = ("<html><head><title>Valley flood</title></head><body><article><h1>Valley flood</h1>"
            + "<p>The regional governor said 1,200 people had left their homes by Sunday evening.</p>" * 3
            + "</article></body></html>")
    with gzip.open(pages / "flood.html.gz", "wt", encoding="utf-8") as fh:
        fh.write(body)
    shutil.copy(Path(__file__), pages / "ignored.py")
    result = build([str(tmp_path / "pages")], tmp_path / "out")
    assert len(result.dossier["articles"]) == 1
    assert "1,200 people" in result.dossier["articles"][0]["text"]


def test_the_cli_writes_the_three_files(seed_paths: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", *seed_paths, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("dossier.json", "briefing.md", "briefing.html", "dossier.sqlite"):
        assert (tmp_path / name).stat().st_size > 0
    assert str(tmp_path / "briefing.html") in result.output


def test_stage_order_is_checked() -> None:
    check()
    late = Stage("late", lambda c: c, requires=("groups",), assigns=())
    with pytest.raises(ValueError, match="late"):
        check((late, *STAGES))
