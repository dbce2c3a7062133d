"""The one HTTP client of the project: polite, bounded and safe by default.

- A clear User-Agent; robots.txt honoured (RFC 9309: a missing robots.txt allows all, an unreachable one
  disallows all), cached per origin.
- Timeouts on every request; bodies streamed and abandoned once over ``max_bytes`` (decompressed size).
- Retries with exponential backoff (``Retry-After`` honoured, capped) for 429, 5xx and connection failures.
- Loopback, private, link-local, multicast and reserved addresses refused unless ``allow_private``: the host
  is resolved and every address checked before connecting, on the first request and on every redirect hop.
  (The connection itself resolves the name again; a DNS server that answers differently on the second
  lookup is out of scope.)

Replaceable: pass an ``httpx`` transport (tests use ``httpx.MockTransport`` or a local server) or a whole
``httpx.Client``. Every failure is a :class:`FetchError` whose message is the one-line skip reason.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ..model import MediaType

USER_AGENT = "newsdossier/0.1 (+local)"
ROBOTS_AGENT = "newsdossier"  # the product token robots.txt groups are matched against
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

Resolver = Callable[[str, int], list[str]]


class FetchError(Exception):
    """A URL that could not be fetched; ``str(err)`` is a one-line reason naming the URL."""


@dataclass(slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content: bytes
    content_type: str  # media type alone, lower case ("text/html")
    charset: str | None  # from the Content-Type header
    headers: dict[str, str] = field(default_factory=dict)


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IP literals, decimal and hex forms included, come back as such)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


def address_problem(address: str, allowed: Iterable[ipaddress._BaseNetwork] = ()) -> str | None:
    """Why connecting to ``address`` is refused ("a loopback address"...), or None for a public address."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in net for net in allowed):
        return None
    for test, what in (
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_private", "a private"),
        ("is_multicast", "a multicast"),
        ("is_unspecified", "an unspecified"),
        ("is_reserved", "a reserved"),
    ):
        if getattr(ip, test):
            return f"{what} address"
    if not ip.is_global:
        return "a non-public address"
    return None


class HttpClient:
    """Fetch pages one at a time. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        allowed_networks: Iterable[str] = (),
        timeout: float = 15.0,
        max_bytes: int = 10 * 1024 * 1024,
        retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        max_redirects: int = 5,
        respect_robots: bool = True,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
        client: httpx.Client | None = None,
        resolver: Resolver = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.allow_private = allow_private
        # Networks reachable even when private ones are refused (a known intranet host, a test server).
        self.allowed_networks = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_redirects = max_redirects
        self.respect_robots = respect_robots
        self.resolver = resolver
        self.sleep = sleep
        self._own_client = client is None
        # Redirects are followed here, not by httpx, so that every hop's address is checked.
        self.client = client or httpx.Client(
            timeout=httpx.Timeout(timeout), follow_redirects=False, transport=transport,
            headers={"User-Agent": user_agent}, trust_env=False,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` following redirects; raises :class:`FetchError` on any failure or non-2xx status."""
        response = self._follow(url, robots=self.respect_robots)
        if not 200 <= response.status < 300:
            raise FetchError(f"{response.url}: HTTP {response.status}")
        return response

    def _follow(self, url: str, robots: bool) -> Fetched:
        current = url
        for _ in range(self.max_redirects + 1):
            self.check_url(current)
            if robots and not self._robots_allow(current):
                raise FetchError(f"{current}: disallowed by robots.txt")
            response = self._get(current)
            if response.status not in _REDIRECTS:
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"{current}: HTTP {response.status} redirect without a Location")
            current = urljoin(current, location)
        raise FetchError(f"{url}: more than {self.max_redirects} redirects")

    def check_url(self, url: str) -> None:
        """Raise :class:`FetchError` unless ``url`` is http(s) and its host resolves to allowed addresses."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as err:
            raise FetchError(f"{url}: malformed URL ({err})") from None
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https URLs are fetched")
        host = parts.hostname
        if not host:
            raise FetchError(f"{url}: no host in URL")
        if self.allow_private:
            return
        try:
            addresses = self.resolver(host, port)
        except (OSError, UnicodeError) as err:
            raise FetchError(f"{url}: cannot resolve {host} ({err})") from None
        if not addresses:
            raise FetchError(f"{url}: cannot resolve {host}")
        for address in addresses:
            problem = address_problem(address, self.allowed_networks)
            if problem:
                raise FetchError(f"{url}: refused, {host} is {problem} ({address}); use --allow-private")

    def _get(self, url: str) -> Fetched:
        """One GET with retries; the body read in full (bounded) for 2xx answers only."""
        attempt = 0
        while True:
            try:
                return self._get_once(url)
            except _Retryable as err:
                if attempt >= self.retries:
                    raise FetchError(f"{url}: {err} (after {attempt + 1} attempts)") from None
                wait = err.wait if err.wait is not None else self.backoff * 2 ** attempt
                self.sleep(min(self.max_backoff, wait))
                attempt += 1

    def _get_once(self, url: str) -> Fetched:
        try:
            with self.client.stream("GET", url) as response:
                status = response.status_code
                if status in RETRY_STATUSES:
                    raise _Retryable(f"HTTP {status}", _retry_after(response.headers.get("retry-after")))
                headers = {k.lower(): v for k, v in response.headers.items()}
                media, charset = _content_type(headers.get("content-type", ""))
                body = self._read_body(url, response) if 200 <= status < 300 else b""
                return Fetched(url, status, body, media, charset, headers)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as err:
            raise _Retryable(f"connection failed ({_one_line(err)})") from None
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out") from None
        except httpx.HTTPError as err:
            raise FetchError(f"{url}: {type(err).__name__} ({_one_line(err)})") from None

    def _read_body(self, url: str, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url}: too large ({int(declared)} bytes, limit {self.max_bytes})")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: too large (over {self.max_bytes} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        parser = self._robots.get(origin)
        if parser is None:
            parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
            try:
                robots = self._follow(origin + "/robots.txt", robots=False)
            except FetchError:
                parser.disallow_all = True  # unreachable: RFC 9309 says assume complete disallow
            else:
                if 200 <= robots.status < 300:
                    parser.parse(robots.content.decode("utf-8", "replace").splitlines())
                elif 400 <= robots.status < 500:
                    parser.allow_all = True  # no robots.txt: everything allowed
                else:
                    parser.disallow_all = True
            self._robots[origin] = parser
        return parser.can_fetch(ROBOTS_AGENT, url)


class _Retryable(Exception):
    def __init__(self, message: str, wait: float | None = None) -> None:
        super().__init__(message)
        self.wait = wait


def media_kind(content_type: str, body: bytes) -> MediaType | None:
    """'html' or 'text' for a body worth reading, by its declared media type or, when none is given (or a
    generic one), by sniffing its first bytes; None for anything else (images, PDFs, feeds, JSON...)."""
    ctype = content_type.lower()
    if ctype in ("text/html", "application/xhtml+xml"):
        return "html"
    if ctype in ("", "application/octet-stream", "text/plain"):
        if looks_like_html(body):
            return "html"
        return "text" if ctype == "text/plain" else None
    return None


def looks_like_html(data: bytes | str) -> bool:
    head = data[:2048].lstrip()[:1024]
    head = (head.decode("latin-1") if isinstance(head, bytes) else head).lower()
    return head.startswith(("<!doctype html", "<html")) or any(
        tag in head for tag in ("<body", "<head", "<p>", "<div", "<article")
    )


def _retry_after(value: str | None) -> float | None:
    return float(value) if value and value.strip().isdigit() else None


def _content_type(value: str) -> tuple[str, str | None]:
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__
