"""WARC and ARC archives written by the tests: pages come out with their URLs, damaged records are skipped."""

from __future__ import annotations

import gzip
from pathlib import Path

from newsdossier import ingest
from newsdossier.model import RawDocument, Skip

PAGE_ONE = "<html><body><article><p>The first archived page is about the harbour.</p></article></body></html>"
PAGE_TWO = "<html><body><p>Caf\u00e9 owners on the quay welcomed the decision.</p></body></html>"


def warc_record(uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", rid: str = "1",
                extra: str = "", rtype: str = "response") -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{rid}>\r\n"
            f"WARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2025-03-14T00:00:00Z\r\n{extra}Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def archive(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def two_pages() -> bytes:
    return (warc_record("https://a.example/one", PAGE_ONE.encode(), rid="1")
            + warc_record("https://a.example/two", PAGE_TWO.encode("iso-8859-1"),
                          ctype="text/html; charset=iso-8859-1", rid="2"))


def test_warc_pages_with_urls_and_declared_charset(tmp_path: Path) -> None:
    for name, data in (("crawl.warc", two_pages()), ("crawl.warc.gz", gzip.compress(two_pages()))):
        path = archive(tmp_path, name, data)
        docs = list(ingest.read(path, {}))
        assert [type(d) for d in docs] == [RawDocument, RawDocument]
        assert [d.url for d in docs] == ["https://a.example/one", "https://a.example/two"]
        assert docs[0].source == f"{path}#https://a.example/one"
        assert docs[1].content == PAGE_TWO
        assert {d.media_type for d in docs} == {"html"}


def test_other_records_and_types_are_left_out_or_skipped(tmp_path: Path) -> None:
    data = (warc_record("https://a.example/req", b"", rtype="request", rid="0")
            + warc_record("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png", rid="1")
            + warc_record("https://a.example/one", PAGE_ONE.encode(), rid="2"))
    items = list(ingest.read(archive(tmp_path, "mixed.warc", data), {}))
    assert [type(i) for i in items] == [Skip, RawDocument]
    assert items[0].reason == "not a web page (content type image/png)"


def test_truncated_records_are_skipped_rest_kept(tmp_path: Path) -> None:
    cut = warc_record("https://a.example/three", PAGE_ONE.encode() * 20, rid="3")[:400]
    flagged = warc_record("https://a.example/flagged", PAGE_ONE.encode(), rid="4",
                          extra="WARC-Truncated: length\r\n")
    path = archive(tmp_path, "cut.warc", two_pages() + flagged + cut)
    items = list(ingest.read(path, {}))
    assert [type(i) for i in items] == [RawDocument, RawDocument, Skip, Skip]
    assert items[2] == Skip(f"{path}#https://a.example/flagged", "record truncated by the crawler (length)")
    assert items[3].source == f"{path}#https://a.example/three"
    assert items[3].reason.startswith("truncated record: ")


def test_record_cut_inside_its_headers(tmp_path: Path) -> None:
    record = warc_record("https://a.example/three", PAGE_ONE.encode(), rid="3")
    http_cut = record[:record.index(b"Content-Type: text/html") + 5]
    for cut, reason in ((http_cut, "truncated record: 0 of 134 bytes"),
                        (record[:150], "truncated record: WARC header cut short")):
        path = archive(tmp_path, "cut.warc", two_pages() + cut)
        items = list(ingest.read(path, {}))
        assert [type(i) for i in items] == [RawDocument, RawDocument, Skip]
        assert items[2].reason == reason


def test_gzip_cut_short_keeps_what_came_before(tmp_path: Path) -> None:
    data = gzip.compress(two_pages() * 3)
    path = archive(tmp_path, "cut.warc.gz", data[: len(data) - 40])
    items = list(ingest.read(path, {}))
    assert all(isinstance(i, RawDocument) for i in items[:-1])
    assert len(items) >= 2
    assert isinstance(items[-1], Skip)


def test_not_a_warc(tmp_path: Path) -> None:
    path = archive(tmp_path, "notes.warc", b"these are just some notes, not an archive\n")
    empty = archive(tmp_path, "empty.warc.gz", gzip.compress(b""))
    assert list(ingest.read(path, {})) == [Skip(path, "not a WARC file (Invalid WARC header)")]
    assert list(ingest.read(empty, {})) == [Skip(empty, "no WARC response records found (empty archive)")]


def arc_record(url: str, body: bytes, ctype: str = "text/html") -> bytes:
    http = f"HTTP/1.0 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + body
    return f"{url} 192.0.2.7 20250314000000 {ctype} {len(http)}\n".encode() + http + b"\n"


def arc_file(*records: bytes) -> bytes:
    desc = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    head = f"filedesc://test.arc 0.0.0.0 20250314000000 text/plain {len(desc)}\n".encode() + desc + b"\n"
    return head + b"".join(records)


def test_arc_pages_and_truncation(tmp_path: Path) -> None:
    data = arc_file(arc_record("https://b.example/one", PAGE_ONE.encode()),
                    arc_record("https://b.example/two", PAGE_TWO.encode()))
    for name, blob in (("old.arc", data), ("old.arc.gz", gzip.compress(data))):
        docs = list(ingest.read(archive(tmp_path, name, blob), {}))
        assert [d.url for d in docs] == ["https://b.example/one", "https://b.example/two"]
        assert docs[1].content == PAGE_TWO
    cut = archive(tmp_path, "cut.arc", data[:-30])
    items = list(ingest.read(cut, {}))
    assert [type(i) for i in items] == [RawDocument, Skip]
    assert items[1].source == f"{cut}#https://b.example/two"
    assert items[1].reason.startswith("truncated record: ")
