"""Web archives: WARC (FastWARC, streamed) and ARC (a small reader of the 1996 Internet Archive format),
gzipped or not. Each HTML (or plain-text) response becomes a raw document with its target URL; a record cut
short (by a crawler's WARC-Truncated flag or by the end of a damaged file) becomes a one-line skip that names
the record, and the rest of the archive is still read.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..model import RawDocument, Skip
from .urls import to_document

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_RECORD_BYTES = 20 * 1024 * 1024  # one page; bigger payloads are media, not news


def is_archive(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def read_archive(path: str) -> Iterator[RawDocument | Skip]:
    """Every page in the WARC or ARC file at ``path``."""
    try:
        if path.lower().removesuffix(".gz").endswith(".arc"):
            yield from _read_arc(path)
        else:
            yield from _read_warc(path)
    except OSError as err:
        yield Skip(path, f"cannot read archive: {err.strerror or err}")


def _read_warc(path: str) -> Iterator[RawDocument | Skip]:
    count = 0
    with open(path, "rb") as stream:
        records = ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True,
                                  fsspec_args=False)
        try:
            for record in records:
                count += 1
                uri = record.headers.get("WARC-Target-URI", "") or None
                where = f"{path}#{uri or record.record_id or record.stream_pos}"
                if record.headers.get("WARC-Truncated"):
                    yield Skip(where, f"record truncated by the crawler ({record.headers['WARC-Truncated']})")
                    continue
                if record.headers.get("Content-Length") is None:
                    yield Skip(where, "truncated record: WARC header cut short")
                    continue
                if record.http_headers is None or record.http_headers.status_code is None:
                    yield Skip(where, "truncated or malformed record: no complete HTTP response header")
                    continue
                if record.content_length > MAX_RECORD_BYTES:
                    yield Skip(where, f"record too large ({record.content_length} bytes)")
                    continue
                body = record.reader.read()
                if len(body) < record.content_length:
                    yield Skip(where, f"truncated record: {len(body)} of {record.content_length} bytes")
                    continue
                yield to_document(where, uri, body, record.http_content_type or "", record.http_charset, {})
        except (OSError, EOFError, zlib.error, ValueError) as err:
            if count == 0:
                yield Skip(path, f"not a WARC file ({err})")
            else:
                yield Skip(f"{path}#{count}", f"archive damaged after {count} records ({err})")
            return
    if count == 0:
        yield Skip(path, "no WARC response records found (empty archive)")


def _read_arc(path: str) -> Iterator[RawDocument | Skip]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    count = 0
    with opener(path, "rb") as raw:
        stream: BinaryIO = io.BufferedReader(raw) if not isinstance(raw, io.BufferedReader) else raw
        try:
            while True:
                line = stream.readline()
                if not line:
                    break
                if not line.strip():
                    continue  # the newline that ends each record
                fields = line.decode("latin-1").split()
                if len(fields) < 5 or not fields[-1].isdigit():
                    yield Skip(f"{path}#{count}", "malformed ARC record header; rest of archive not read")
                    return
                url, ctype, length = fields[0], fields[3], int(fields[-1])
                block = stream.read(length)
                count += 1
                where = f"{path}#{url}"
                if url.startswith("filedesc:"):
                    continue
                if len(block) < length:
                    yield Skip(where, f"truncated record: {len(block)} of {length} bytes")
                    return
                if length > MAX_RECORD_BYTES:
                    yield Skip(where, f"record too large ({length} bytes)")
                    continue
                body, http_type, charset = _split_http(block)
                yield to_document(where, url, body, http_type or ctype, charset, {})
        except (OSError, EOFError, zlib.error) as err:
            yield Skip(f"{path}#{count}", f"archive damaged after {count} records ({err})")
            return
    if count == 0:
        yield Skip(path, "no ARC records found (not an ARC file, or empty)")


def _split_http(block: bytes) -> tuple[bytes, str | None, str | None]:
    """An ARC block's body and the Content-Type media type and charset of its HTTP header, if it has one."""
    if not block.startswith(b"HTTP/"):
        return block, None, None
    head, _, body = block.partition(b"\r\n\r\n")
    if not _:
        head, _, body = block.partition(b"\n\n")
    media = charset = None
    for line in head.decode("latin-1").splitlines()[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-type":
            media_part, _, params = value.partition(";")
            media = media_part.strip().lower()
            for param in params.split(";"):
                key, _, val = param.partition("=")
                if key.strip().lower() == "charset":
                    charset = val.strip().strip("\"'") or None
    return body, media, charset
