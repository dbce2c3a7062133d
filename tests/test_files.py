"""Local file ingest: files, directories, globs, gzip, encodings; every kind of bad input a one-line skip."""

from __future__ import annotations

import codecs
import gzip
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.ingest import files
from newsdossier.model import RawDocument, Skip

TEXT = "The bridge opened on Friday. “It took ten years,” said the mayor, Zoë Brontë — at last.\n"


def _one(spec: str | Path) -> RawDocument | Skip:
    items = list(files.read_spec(str(spec)))
    assert len(items) == 1, items
    return items[0]


def _reason(spec: str | Path) -> str:
    item = _one(spec)
    assert isinstance(item, Skip), item
    assert item.source == str(spec) and "\n" not in item.reason
    return item.reason


# -- what is read --------------------------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    doc = _one(tmp_path / "a.txt")
    assert isinstance(doc, RawDocument)
    assert (doc.content, doc.media_type, doc.source, doc.url) == (TEXT, "text", str(tmp_path / "a.txt"), None)
    assert doc.meta == {"encoding": "utf-8", "bytes": len(TEXT.encode())}


@pytest.mark.parametrize("name", ["p.html", "p.HTM", "p.html.gz", "p.htm.gz"])
def test_html_files_and_gzip(tmp_path: Path, name: str) -> None:
    html = f"<html><body><p>{TEXT}</p></body></html>".encode()
    (tmp_path / name).write_bytes(gzip.compress(html) if name.endswith(".gz") else html)
    doc = _one(tmp_path / name)
    assert isinstance(doc, RawDocument) and doc.media_type == "html" and doc.content == html.decode()


def test_html_saved_as_txt_is_html(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(
        "<!-- saved -->\n<!DOCTYPE html><html><p>Hi</p></html>", encoding="utf-8"
    )
    (tmp_path / "note.txt").write_text("Use <html> tags, she said.", encoding="utf-8")
    assert _one(tmp_path / "page.txt").media_type == "html"
    assert _one(tmp_path / "note.txt").media_type == "text"


def test_gzipped_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    doc = _one(tmp_path / "a.txt.gz")
    assert isinstance(doc, RawDocument) and (doc.media_type, doc.content) == ("text", TEXT)


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    # Bytes that are not UTF-8: the page's declared charset decides (KOI8-R Cyrillic would garble as cp1252).
    page = '<html><head><meta charset="koi8-r"></head><body><p>Київ і Донецьк</p></body></html>'
    (tmp_path / "p.html").write_bytes(page.encode("koi8-u"))
    assert _one(tmp_path / "p.html").content != page  # koi8-r lacks і: the declared charset is still used
    (tmp_path / "q.html").write_bytes(page.replace("koi8-r", "koi8-u").encode("koi8-u"))
    assert _one(tmp_path / "q.html").content == page.replace("koi8-r", "koi8-u")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_byte_order_marks(tmp_path: Path, encoding: str, bom: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(bom + TEXT.encode(encoding))
    doc = _one(tmp_path / "a.txt")
    assert isinstance(doc, RawDocument) and doc.content == TEXT and doc.meta["encoding"] == encoding


def test_windows_1252_text(tmp_path: Path) -> None:
    text = "The café’s owner said: “We’ll reopen on Monday” — 50% off."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    doc = _one(tmp_path / "a.txt")
    assert isinstance(doc, RawDocument) and doc.content == text and doc.meta["encoding"] == "cp1252"


def test_directory_is_walked_recursively_in_order(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a.html",
        "sub/c.txt",
        "sub/deeper/d.htm.gz",
        "notes.md",
        "img.png",
        ".hidden.txt",
        ".git/e.txt",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(TEXT.encode()) if name.endswith(".gz") else TEXT.encode())
    spec = str(tmp_path) + "/"
    assert [d.source for d in files.read_spec(spec)] == [
        spec + "a.html",
        spec + "b.txt",
        spec + "sub/c.txt",
        spec + "sub/deeper/d.htm.gz",
    ]


def test_glob(tmp_path: Path) -> None:
    for name in ["x1.txt", "x2.txt", "y.txt"]:
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    assert [d.source for d in files.read_spec(str(tmp_path / "x*.txt"))] == [
        str(tmp_path / "x1.txt"),
        str(tmp_path / "x2.txt"),
    ]
    assert [type(d) for d in files.read_spec(str(tmp_path / "**" / "*.txt"))] == [RawDocument] * 3


def test_seeds_read_as_given(seed_paths: list[str]) -> None:
    docs = [d for p in seed_paths for d in files.read_spec(p)]
    assert [d.source for d in docs] == seed_paths
    assert all(isinstance(d, RawDocument) and d.media_type == "text" and d.content for d in docs)


# -- what is skipped, with one line saying why ---------------------------------------------------------------


def test_missing_paths_and_empty_globs(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nope.txt") == "no such file or directory"
    assert _reason(tmp_path / "nope" / "*.txt") == "no file matches this pattern"


def test_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b" \n\t\r\n \xc2\xa0\n")
    assert _reason(tmp_path / "e.txt") == "empty file"
    assert _reason(tmp_path / "w.txt") == "file holds only whitespace"


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"some text\x00\x00\x01\x02 more", "NUL bytes"),
        (bytes(range(1, 9)) * 50 + b"text", "control characters"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, why: str) -> None:
    (tmp_path / "b.txt").write_bytes(data)
    assert _reason(tmp_path / "b.txt") == f"binary content ({why}), not text"


def test_undecodable_bytes(tmp_path: Path) -> None:
    (tmp_path / "u.html").write_bytes(b'<meta charset="utf-8">' + bytes(range(0x80, 0x100)) * 20)
    reason = _reason(tmp_path / "u.html")
    assert reason.startswith("undecodable")


def test_corrupt_and_truncated_gzip(tmp_path: Path) -> None:
    (tmp_path / "c.txt.gz").write_bytes(b"\x1f\x8b\x08\x00 this is not deflate data")
    (tmp_path / "t.html.gz").write_bytes(gzip.compress(TEXT.encode() * 100)[:40])
    (tmp_path / "n.txt.gz").write_bytes(TEXT.encode())
    for name in ["c.txt.gz", "t.html.gz", "n.txt.gz"]:
        assert _reason(tmp_path / name).startswith("corrupt gzip data ("), name


def test_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_text("x" * 101, encoding="utf-8")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"x" * 1000))
    assert _reason(tmp_path / "big.txt") == "file larger than the 0 MB limit"
    assert _reason(tmp_path / "bomb.txt.gz") == "decompressed file larger than the 0 MB limit"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text(TEXT, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert _reason(tmp_path / "locked.txt") == "permission denied"


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_unreadable_file_for_real(tmp_path: Path) -> None:
    (tmp_path / "locked.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    assert _reason(tmp_path / "locked.txt") == "permission denied"


def test_unsupported_type_broken_link_and_fifo(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    assert _reason(tmp_path / "notes.md").startswith("unsupported file type (expected .txt[.gz], .html[.gz]")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    assert _reason(tmp_path / "dangling.txt") == "no such file (or a broken link)"
    os.mkfifo(tmp_path / "pipe.txt")
    assert _reason(tmp_path / "pipe.txt") == "not a regular file"


def test_directory_without_pages(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    assert _reason(tmp_path) == "no .txt or .html files in this directory"


def test_bad_files_in_a_directory_do_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.html.gz").write_bytes(b"junk")
    (tmp_path / "d.txt").write_text(TEXT, encoding="utf-8")
    assert [type(x).__name__ for x in files.read_spec(str(tmp_path))] == [
        "RawDocument",
        "Skip",
        "Skip",
        "RawDocument",
    ]


# -- decode_bytes --------------------------------------------------------------------------------------------


def test_decode_prefers_bom_then_utf8_then_declared() -> None:
    assert files.decode_bytes(codecs.BOM_UTF8 + "é".encode()) == "é"
    assert files.decode_bytes("é".encode(), declared="latin-1") == "é"  # valid UTF-8 wins over the label
    assert files.decode_bytes("Ελλάδα".encode("iso-8859-7"), declared="iso-8859-7") == "Ελλάδα"
    assert files.decode_bytes(b"caf\xe9", declared="no-such-charset") == "café"
    assert files.decode_bytes(b"caf\xe9", declared="base64") == "café"  # a bytes codec is no charset


def test_sniff_charset() -> None:
    assert (
        files.sniff_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
        == "iso8859-1"
    )
    assert files.sniff_charset(b"<?xml version='1.0' encoding='windows-1251'?>") == "cp1251"
    assert files.sniff_charset(b'<meta charset="x-unknown">') is None
    assert files.sniff_charset(b"<p>no declaration</p>") is None


@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "latin-1", "cp1251", "shift_jis", "bogus"]))
def test_decode_never_raises(data: bytes, declared: str | None) -> None:
    assert isinstance(files.decode_bytes(data, declared), str)


@given(st.text(max_size=500))
def test_decode_round_trips_utf8(text: str) -> None:
    assert files.decode_bytes(text.encode("utf-8")) == text.removeprefix("\ufeff")
