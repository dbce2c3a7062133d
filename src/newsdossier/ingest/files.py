"""Local inputs: files, directories (recursive) and globs of plain text and HTML, gzipped or not.

Every path that cannot be used becomes a :class:`Skip` with a one-line reason; nothing here raises on bad
input.
:func:`decode_bytes` is the one byte-to-text decoder of the project (HTTP and WARC bodies use it too).
"""

from __future__ import annotations

import codecs
import glob
import gzip
import itertools
import os
import re
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from ..model import MediaType, RawDocument, Skip

MAX_BYTES = 50 * 1024 * 1024  # per file, after decompression: a news page is kilobytes, not tens of megabytes

# Media type by the name's last suffix once ".gz" is taken off.
SUFFIXES: dict[str, MediaType] = {".txt": "text", ".html": "html", ".htm": "html"}

_BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Formats people drop into a folder of pages by mistake; named in the skip reason.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x7fELF", "an executable"),
)
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9][\w.:-]*)""", re.IGNORECASE)
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27} | {127}
_WIDE = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
_REPLACEMENT_LIMIT = 0.02  # share of U+FFFD above which the bytes were not text in any encoding we know


def read_spec(spec: str) -> Iterator[RawDocument | Skip]:
    """Every document one input names: a file, a directory (recursive, sorted) or a glob pattern."""
    path = Path(spec)
    if path.is_dir():
        yield from _read_dir(spec)
    elif path.exists() or path.is_symlink():
        yield read_file(spec)
    elif glob.has_magic(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Skip(spec, "no file matches this pattern")
        for match in matches:
            yield from _read_dir(match) if os.path.isdir(match) else [read_file(match)]
    else:
        yield Skip(spec, "no such file or directory")


def media_type(name: str) -> MediaType | None:
    """'text' or 'html' by file name (``.gz`` looked through), None for a type we do not read."""
    lower = name.lower().removesuffix(".gz")
    return SUFFIXES.get(os.path.splitext(lower)[1])


def read_file(source: str) -> RawDocument | Skip:
    """One file as a raw document, or a skip saying why it cannot be used."""
    kind = media_type(source)
    if kind is None:
        wanted = ", ".join(f"{s}[.gz]" for s in SUFFIXES)
        return Skip(source, f"unsupported file type (expected {wanted})")
    try:
        data = _read_bytes(source)
    except _Unusable as err:
        return Skip(source, str(err))
    problem = binary_reason(data)
    if problem:
        return Skip(source, f"binary content ({problem}), not text")
    declared = sniff_charset(data) if kind == "html" else None
    text, encoding = _decode(data, declared)
    if not text.strip():
        return Skip(source, "empty file" if not data else "file holds only whitespace")
    if text.count("\ufffd") > _REPLACEMENT_LIMIT * len(text):
        return Skip(source, "undecodable: the bytes are not text in any known encoding")
    if kind == "text" and _HTML_START.match(text):
        kind = "html"  # a saved web page named .txt
    return RawDocument(source=source, content=text, media_type=kind,
                       meta={"encoding": encoding, "bytes": len(data)})


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes to text, never raising: a BOM wins, then strict UTF-8, then the ``declared`` charset (HTTP header
    or HTML meta), then Windows-1252 or charset_normalizer's guess; undecodable bytes become U+FFFD."""
    return _decode(data, declared)[0]


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML/XML page declares in its first bytes, if it names one Python knows."""
    match = _DECLARED.search(data[:4096])
    return _codec(match.group(1).decode("ascii")) if match else None


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (a known binary format, NUL bytes, control characters), or None."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text is full of NUL bytes
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head:
        return "NUL bytes"
    if head and sum(b in _CONTROL for b in head) > 0.05 * len(head):
        return "control characters"
    return None


class _Unusable(Exception):
    """A file that cannot be read; the message is the one-line skip reason."""


def _read_dir(root: str) -> Iterator[RawDocument | Skip]:
    found = False
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))  # sorted walk, no .git and kin
        for name in sorted(filenames):
            if not name.startswith(".") and media_type(name):
                found = True
                yield read_file(os.path.join(dirpath, name))
    for err in errors:
        yield Skip(err.filename or root, f"cannot list directory: {err.strerror or err}")
    if not found and not errors:
        yield Skip(root, "no .txt or .html files in this directory")


def _read_bytes(source: str) -> bytes:
    try:
        info = os.stat(source)
        if not stat.S_ISREG(info.st_mode):
            raise _Unusable("not a regular file")
        if info.st_size > MAX_BYTES:
            raise _Unusable(f"file larger than the {MAX_BYTES // 2**20} MB limit")
        if source.lower().endswith(".gz"):
            with gzip.open(source, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise _Unusable(f"decompressed file larger than the {MAX_BYTES // 2**20} MB limit")
            return data
        return Path(source).read_bytes()
    except PermissionError:
        raise _Unusable("permission denied") from None
    except FileNotFoundError:
        raise _Unusable("no such file (or a broken link)") from None
    except (gzip.BadGzipFile, EOFError, zlib.error) as err:
        raise _Unusable(f"corrupt gzip data ({err or 'truncated'})") from None
    except OSError as err:
        raise _Unusable(f"cannot read: {err.strerror or err}") from None


def _codec(name: str | None) -> str | None:
    """Python's name for a text encoding, None for an unknown name or a bytes-to-bytes codec (base64…)."""
    if not name:
        return None
    try:
        b"".decode(name)
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    """The text and the name of the encoding it was read with."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _codec(declared)
    if declared and declared not in {"utf-8", "utf-16", "utf-32"}:  # a page that says UTF-8 but is not
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError, ValueError):
            pass
    # Non-UTF-8 bytes whose high bytes stand alone between ASCII (curly quotes, dashes, accented names) are,
    # in English news, Windows-1252; charset_normalizer guesses poorly on so few high bytes. Cyrillic, Greek
    # and CJK text comes in runs of high bytes and goes to the guesser.
    if _mostly_isolated_high_bytes(data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        # Without NUL bytes the text is not UTF-16/32, whatever the guesser would say.
        best = from_bytes(data, cp_exclusion=None if b"\x00" in data else _WIDE).best()
        if best is not None and best.encoding:
            return str(best), best.encoding
    except Exception:  # noqa: BLE001 - a guesser's failure must not stop decoding; cp1252 below always works
        pass
    return data.decode("cp1252" if declared is None else declared, errors="replace"), declared or "cp1252"


def _mostly_isolated_high_bytes(data: bytes) -> bool:
    high = [i for i, b in enumerate(data) if b >= 0x80]
    paired = sum(1 for i, j in itertools.pairwise(high) if j == i + 1)
    return paired <= 0.25 * len(high)
