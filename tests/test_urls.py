"""URL inputs and the HTTP client, against a local web site on 127.0.0.1 (no test touches the internet)."""

from __future__ import annotations

import gzip
import io
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fixtures.web.server import Site, serve
from newsdossier import ingest
from newsdossier.ingest.http import FetchError, HttpClient, address_problem
from newsdossier.model import RawDocument, Skip

LOOPBACK_ONLY = ["127.0.0.1/32"]  # the test site, and nothing else private


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


@pytest.fixture()
def client() -> Iterator[HttpClient]:
    with HttpClient(allowed_networks=LOOPBACK_ONLY, timeout=0.5, max_bytes=100_000, retries=2,
                    sleep=lambda seconds: None) as c:
        yield c


def read_all(spec: str, client: HttpClient) -> list[RawDocument | Skip]:
    return list(ingest.read(spec, {"client": client}))


def only(items: list[RawDocument | Skip]) -> RawDocument | Skip:
    assert len(items) == 1, items
    return items[0]


def test_page_is_fetched_as_html(site: Site, client: HttpClient) -> None:
    doc = only(read_all(site.base + "/article.html", client))
    assert isinstance(doc, RawDocument)
    assert doc.media_type == "html"
    assert doc.source == site.base + "/article.html"
    assert doc.url == site.base + "/article.html"
    assert "Councillors in Eskvale approved" in doc.content


def test_redirect_is_followed_and_final_url_kept(site: Site, client: HttpClient) -> None:
    doc = only(read_all(site.base + "/redirect", client))
    assert isinstance(doc, RawDocument)
    assert doc.source == site.base + "/redirect"
    assert doc.url == site.base + "/article.html"


@pytest.mark.parametrize(("path", "address", "kind"), [
    ("/to-private", "10.0.0.1", "a private address"),
    ("/to-metadata", "169.254.169.254", "a link-local address"),
])
def test_redirect_to_private_address_is_refused_before_connecting(site: Site, path: str, address: str,
                                                                 kind: str) -> None:
    asked: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return [host]  # IP literals only in this test

    sent: list[str] = []

    def spy(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        with httpx.Client() as real:
            return real.get(str(request.url), follow_redirects=False)

    with HttpClient(allowed_networks=LOOPBACK_ONLY, resolver=resolver, transport=httpx.MockTransport(spy),
                    respect_robots=False) as guarded:
        skip = only(read_all(site.base + path, guarded))
    assert isinstance(skip, Skip)
    assert skip.reason == (f"http://{address}{'/admin' if address == '10.0.0.1' else '/latest/meta-data/'}: "
                           f"refused, {address} is {kind} ({address}); use --allow-private")
    assert address in asked
    assert not any(address in url for url in sent)  # never connected


def test_loopback_refused_by_default(site: Site) -> None:
    with HttpClient(sleep=lambda s: None) as strict:
        with pytest.raises(FetchError, match=r"refused, 127\.0\.0\.1 is a loopback address"):
            strict.fetch(site.base + "/article.html")


def test_allow_private_option_reaches_loopback(site: Site) -> None:
    items = list(ingest.read(site.base + "/article.html", {"allow_private": True}))
    assert isinstance(only(items), RawDocument)


@pytest.mark.parametrize(("path", "reason"), [
    ("/missing", "HTTP 404"),
    ("/error", "HTTP 500 (after 3 attempts)"),
    ("/slow", "timed out"),
    ("/big", "too large (300026 bytes, limit 100000)"),
    ("/big-chunked", "too large (over 100000 bytes)"),
    ("/image.png", None),
    ("/private/secret.html", "disallowed by robots.txt"),
    ("/loop", "more than 5 redirects"),
    ("/empty.html", None),
])
def test_bad_urls_are_one_line_skips(site: Site, client: HttpClient, path: str, reason: str | None) -> None:
    skip = only(read_all(site.base + path, client))
    assert isinstance(skip, Skip)
    assert skip.source == site.base + path
    assert "\n" not in skip.reason
    expected = {
        "/image.png": "not a web page (content type image/png)",
        "/empty.html": "empty page",
    }.get(path) or f"{site.base}{path}: {reason}"
    assert skip.reason == expected


def test_retry_after_503_then_success(site: Site, client: HttpClient) -> None:
    doc = only(read_all(site.base + "/flaky", client))
    assert isinstance(doc, RawDocument)
    assert site.hits["/flaky"] == 2


def test_robots_fetched_once_per_site(site: Site, client: HttpClient) -> None:
    before = site.hits.get("/robots.txt", 0)
    read_all(site.base + "/article.html", client)
    read_all(site.base + "/foreign.html", client)
    assert site.hits["/robots.txt"] == before + 1


def test_declared_charset_is_honoured(site: Site, client: HttpClient) -> None:
    doc = only(read_all(site.base + "/latin1.html", client))
    assert isinstance(doc, RawDocument)
    assert "The caf\u00e9 on the quay" in doc.content


def test_user_agent_is_sent() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, text="<html><body><p>hi</p></body></html>",
                              headers={"content-type": "text/html"})

    public = lambda host, port: ["93.184.215.14"]  # noqa: E731 (a public address, never contacted)
    with HttpClient(transport=httpx.MockTransport(handler), resolver=public, respect_robots=False) as c:
        c.fetch("http://news.example/")
    assert seen == ["newsdossier/0.1 (+local)"]


def test_feed_url_gives_its_items(site: Site, client: HttpClient) -> None:
    for path in ("/feed.xml", "/feed-as-text"):
        items = read_all(site.base + path, client)
        docs = [i for i in items if isinstance(i, RawDocument)]
        assert [d.meta["title"] for d in docs] == ["Ferry timetable changes from Monday",
                                                   "Harbour bridge vote passes"]
        assert docs[1].url == site.base + "/article.html"
        assert [s.reason for s in items if isinstance(s, Skip)] == [
            "feed item has neither full content nor a link"]


def test_stdin_html_and_text() -> None:
    html = ingest.read_stdin(io.BytesIO(b"<!DOCTYPE html><html><body><p>Hello</p></body></html>"))
    text = ingest.read_stdin(io.BytesIO("Plain words, caf\u00e9.\n".encode()))
    empty = ingest.read_stdin(io.BytesIO(b"  \n"))
    binary = ingest.read_stdin(io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert isinstance(html, RawDocument) and html.media_type == "html" and html.source == "-"
    assert isinstance(text, RawDocument) and text.media_type == "text"
    assert text.content == "Plain words, caf\u00e9.\n"
    assert isinstance(empty, Skip) and empty.reason == "standard input is empty"
    assert isinstance(binary, Skip) and binary.reason == "binary content on standard input (a PNG image)"


def test_html_gz_and_broken_gzip(tmp_path: Path) -> None:
    page = Path(__file__).parent / "fixtures" / "web" / "article.html"
    good = tmp_path / "page.html.gz"
    good.write_bytes(gzip.compress(page.read_bytes()))
    bad = tmp_path / "broken.html.gz"
    bad.write_bytes(gzip.compress(page.read_bytes())[:200])
    docs = list(ingest.read(str(good), {})) + list(ingest.read(str(bad), {}))
    assert isinstance(docs[0], RawDocument) and "harbour bridge" in docs[0].content
    assert isinstance(docs[1], Skip) and docs[1].source == str(bad) and "\n" not in docs[1].reason


IPV4 = st.integers(min_value=0, max_value=2**32 - 1).map(ipaddress.IPv4Address)


@given(IPV4)
def test_address_classification(ip: ipaddress.IPv4Address) -> None:
    problem = address_problem(str(ip))
    assert (problem is None) == (ip.is_global and not ip.is_multicast)
    if ip in ipaddress.ip_network("127.0.0.0/8"):
        assert problem == "a loopback address"
    elif ip in ipaddress.ip_network("169.254.0.0/16"):
        assert problem == "a link-local address"
    elif ip in ipaddress.ip_network("10.0.0.0/8") or ip in ipaddress.ip_network("192.168.0.0/16"):
        assert problem == "a private address"
    # The same address written as IPv4-mapped IPv6 gets the same verdict.
    assert address_problem(f"::ffff:{ip}") == problem


# Every name resolves to a private address.
_PRIVATE_DNS = HttpClient(resolver=lambda host, port: ["10.1.2.3"])


@given(st.one_of(st.text(max_size=60), st.text(max_size=40).map(lambda s: "http://" + s)))
def test_any_url_string_is_refused_with_a_fetch_error(url: str) -> None:
    with pytest.raises(FetchError):
        _PRIVATE_DNS.check_url(url)
