"""RSS and Atom feeds, polled politely: conditional GET, retries, a per-host rate limit, robots.txt.

>>> with Fetcher() as fetcher:
...     documents, errors, state = poll(fetcher, FeedState("https://www.antaranews.com/rss/politik.xml"))

The store keeps each feed's `FeedState` between polls; `poll` never raises on a bad feed or page:
one unreachable page costs one `IngestError`, not the feed.
"""

from __future__ import annotations

import email.utils
import re
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import feedparser
import httpx

from warta import __version__
from warta.ingest.base import MAX_TEXT_CHARS, IngestError, RawDocument

USER_AGENT = f"warta/{__version__} (+political event coder; research use)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(slots=True)
class FeedState:
    """What the store persists per feed between polls: validators for conditional GET, and items already seen."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    seen: set[str] = field(default_factory=set)  # guid / Atom id / link of every item already handled

    def to_dict(self) -> dict:
        """A JSON-ready dict (`seen` as a sorted list)."""
        return {"url": self.url, "etag": self.etag, "last_modified": self.last_modified, "seen": sorted(self.seen)}

    @classmethod
    def from_dict(cls, data: dict) -> FeedState:
        """The inverse of `to_dict`."""
        return cls(data["url"], data.get("etag"), data.get("last_modified"), set(data.get("seen") or ()))


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How polite the `Fetcher` is. Tests shrink the timeouts, backoff and interval."""

    connect_timeout: float = 10.0  # seconds
    read_timeout: float = 10.0  # seconds between bytes, not for the whole body
    attempts: int = 3  # tries per request on timeouts, connection errors, 5xx and 429
    backoff: float = 1.0  # wait before the 2nd attempt; doubles before each later one
    max_backoff: float = 60.0  # cap on the backoff, and on a server's Retry-After
    min_interval: float = 1.0  # between two requests to the same host (a robots.txt Crawl-delay may raise it)
    max_crawl_delay: float = 30.0  # a Crawl-delay above this is treated as this
    max_redirects: int = 5
    robots_ttl: float = 86_400.0  # a robots.txt that was read (or 4xx) is trusted this long
    robots_failure_ttl: float = 300.0  # a robots.txt that 5xx'd or timed out blocks its host this long


@dataclass(slots=True)
class FetchFailure:
    """Why a fetch gave no usable response; `transient` failures (timeouts, 5xx, 429) are worth retrying later."""

    reason: str
    transient: bool = False

    def as_error(self, source: str) -> IngestError:
        return IngestError(source, self.reason)


@dataclass(slots=True)
class _Robots:
    """A host's robots.txt as last fetched; no parser means it could not be read, so nothing is allowed."""

    parser: urllib.robotparser.RobotFileParser | None
    fetched_at: float
    failure: str = ""


class Fetcher:
    """One polite HTTP client: honest User-Agent, timeouts, retries with backoff, per-host rate limit, robots.txt.

    Redirects are followed one hop at a time, so every hop is rate limited and checked against robots.txt.
    """

    def __init__(self, settings: FetchSettings | None = None, *, transport: httpx.BaseTransport | None = None):
        self.settings = settings or FetchSettings()
        timeout = httpx.Timeout(self.settings.read_timeout, connect=self.settings.connect_timeout)
        self._client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=False, transport=transport
        )
        self._last_request: dict[str, float] = {}  # host → time.monotonic() when its last request ended
        self._robots: dict[str, _Robots] = {}  # scheme://host:port → its robots.txt
        self._crawl_delay: dict[str, float] = {}  # host → Crawl-delay its robots.txt asks of us

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> httpx.Response | IngestError:
        """A 2xx response (or 304 to a conditional GET), or an error naming `url` and a one-line reason."""
        result = self.fetch(url, etag, last_modified)
        return result.as_error(url) if isinstance(result, FetchFailure) else result

    def fetch(
        self, url: str, etag: str | None = None, last_modified: str | None = None
    ) -> httpx.Response | FetchFailure:
        """Like `get`, but a failure says whether it is transient."""
        response = self._follow(url, _conditional_headers(etag, last_modified), check_robots=True)
        if isinstance(response, FetchFailure) or response.is_success or response.status_code == 304:
            return response
        return FetchFailure(_status_reason(response, url), transient=False)

    def _follow(self, url: str, headers: dict[str, str], check_robots: bool) -> httpx.Response | FetchFailure:
        """The first non-redirect response, following at most `max_redirects` hops."""
        for _ in range(self.settings.max_redirects + 1):
            if urlsplit(url).scheme not in ("http", "https"):
                return FetchFailure(f"not an http(s) URL: {url}")
            refusal = self._robots_refusal(url) if check_robots else None
            response = refusal or self._get_with_retries(url, headers)
            if isinstance(response, FetchFailure) or not response.has_redirect_location:
                return response
            url = str(response.url.join(response.headers["location"]))
        return FetchFailure(f"more than {self.settings.max_redirects} redirects (last to {url})")

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> httpx.Response | FetchFailure:
        attempts = max(1, self.settings.attempts)
        for attempt in range(1, attempts + 1):
            response = self._get_once(url, headers)
            if not _is_retryable(response):
                return response
            if attempt < attempts:
                time.sleep(self._backoff(attempt, response))
        reason = response.reason if isinstance(response, FetchFailure) else _status_reason(response, url)
        return FetchFailure(f"{reason} (after {attempts} attempts)", transient=True)

    def _get_once(self, url: str, headers: dict[str, str]) -> httpx.Response | FetchFailure:
        host = urlsplit(url).hostname or ""
        self._wait_turn(host)
        try:
            return self._client.get(url, headers=headers)
        except httpx.TimeoutException as exc:
            return FetchFailure(self._timeout_reason(exc), transient=True)
        except _RETRYABLE_ERRORS as exc:
            return FetchFailure(f"connection failed: {_one_line(exc) or type(exc).__name__}", transient=True)
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            return FetchFailure(f"request failed: {_one_line(exc) or type(exc).__name__}")
        finally:
            self._last_request[host] = time.monotonic()

    def _timeout_reason(self, exc: httpx.TimeoutException) -> str:
        if isinstance(exc, httpx.ConnectTimeout):
            return f"timed out connecting ({self.settings.connect_timeout:g} s)"
        if isinstance(exc, httpx.ReadTimeout):
            return f"timed out waiting for the response ({self.settings.read_timeout:g} s)"
        return f"timed out ({type(exc).__name__})"

    def _wait_turn(self, host: str) -> None:
        """Sleep until `min_interval` (or the host's Crawl-delay) has passed since its last request ended."""
        last = self._last_request.get(host)
        if last is not None:
            time.sleep(max(0.0, last + self._interval(host) - time.monotonic()))

    def _interval(self, host: str) -> float:
        crawl_delay = min(self._crawl_delay.get(host, 0.0), self.settings.max_crawl_delay)
        return max(self.settings.min_interval, crawl_delay)

    def _backoff(self, attempt: int, response: httpx.Response | FetchFailure) -> float:
        delay = self.settings.backoff * 2 ** (attempt - 1)
        retry_after = response.headers.get("retry-after", "") if isinstance(response, httpx.Response) else ""
        if retry_after.strip().isdigit():
            delay = max(delay, float(retry_after))
        return min(delay, self.settings.max_backoff)

    def _robots_refusal(self, url: str) -> FetchFailure | None:
        robots = self._robots_for(_origin(url))
        if robots.parser is None:
            return FetchFailure(f"robots.txt unreachable, so treated as disallowed: {robots.failure}", transient=True)
        if not robots.parser.can_fetch(USER_AGENT, url):
            return FetchFailure("disallowed by robots.txt")
        return None

    def _robots_for(self, origin: str) -> _Robots:
        cached = self._robots.get(origin)
        ttl = self.settings.robots_ttl if cached and cached.parser else self.settings.robots_failure_ttl
        if cached is None or time.monotonic() - cached.fetched_at > ttl:
            cached = self._robots[origin] = self._fetch_robots(origin)
        return cached

    def _fetch_robots(self, origin: str) -> _Robots:
        """RFC 9309: a robots.txt that is missing (any 4xx) allows everything; one that 5xx's or times out, nothing."""
        response = self._follow(f"{origin}/robots.txt", {}, check_robots=False)
        if isinstance(response, FetchFailure):
            return _Robots(None, time.monotonic(), response.reason)
        parser = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        lines = response.content.decode("utf-8", errors="replace").splitlines() if response.is_success else []
        parser.parse(lines)
        self._crawl_delay[_host(origin)] = float(parser.crawl_delay(USER_AGENT) or 0.0)
        return _Robots(parser, time.monotonic())


def poll(fetcher: Fetcher, state: FeedState) -> tuple[list[RawDocument], list[IngestError], FeedState]:
    """New items of one feed as HTML documents, one error per item (or for the feed) that failed, and the new state.

    A feed that fails (timeout, 5xx, not a feed) gives one error and the state unchanged; 304 gives nothing new.
    Items that fail for good (404, robots.txt) are marked seen; items that fail transiently (timeout, 5xx) are not,
    and the feed's validators are kept as they were, so the next poll reads the feed again and retries them.
    """
    response = fetcher.get(state.url, state.etag, state.last_modified)
    if isinstance(response, IngestError):
        return [], [response], state
    if response.status_code == 304:
        return [], [], state
    parsed = _parse_feed(response)
    if isinstance(parsed, IngestError):
        return [], [parsed], state
    documents, errors, seen, settled = _fetch_new_items(fetcher, parsed, str(response.url), state.seen)
    if not settled:
        return documents, errors, FeedState(state.url, state.etag, state.last_modified, seen)
    etag, last_modified = response.headers.get("etag"), response.headers.get("last-modified")
    return documents, errors, FeedState(state.url, etag, last_modified, seen)


def _parse_feed(response: httpx.Response) -> feedparser.FeedParserDict | IngestError:
    headers = {"content-location": str(response.url), "content-type": response.headers.get("content-type", "")}
    parsed = feedparser.parse(response.content, response_headers=headers)
    if not parsed.version and not parsed.entries:
        problem = _one_line(parsed.get("bozo_exception", "")) or "no items"
        return IngestError(str(response.url), f"not an RSS or Atom feed ({problem})")
    return parsed


def _fetch_new_items(
    fetcher: Fetcher, parsed: feedparser.FeedParserDict, feed_url: str, seen: set[str]
) -> tuple[list[RawDocument], list[IngestError], set[str], bool]:
    """Documents, errors, the updated seen set, and whether every item was settled (nothing to retry)."""
    documents, errors, seen, settled = [], [], set(seen), True
    for entry in parsed.entries:
        item_id = entry.get("id") or entry.get("link")
        if not item_id or item_id in seen:
            continue
        outcome = _fetch_item(fetcher, entry, parsed.feed, feed_url)
        if isinstance(outcome, FetchFailure) and outcome.transient:
            settled = False
        else:
            seen.add(item_id)
        if isinstance(outcome, RawDocument):
            documents.append(outcome)
        else:
            errors.append(outcome.as_error(_item_link(entry, feed_url) or f"{feed_url}#{item_id}"))
    return documents, errors, seen, settled


def _fetch_item(fetcher: Fetcher, entry: dict, feed: dict, feed_url: str) -> RawDocument | FetchFailure:
    link = _item_link(entry, feed_url)
    if not link:
        return FetchFailure("feed item has no link")
    response = fetcher.fetch(link)
    if isinstance(response, FetchFailure):
        return response
    if response.status_code == 304:  # only when asked conditionally, which items are not; kept for safety
        return FetchFailure("HTTP 304 Not Modified without a conditional request")
    content_type = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return FetchFailure(f"not an HTML page ({content_type}) at {response.url}")
    return _item_document(link, response, entry, feed, feed_url)


def _item_document(link: str, response: httpx.Response, entry: dict, feed: dict, feed_url: str) -> RawDocument:
    body, notes = _decode_page(response)
    if len(body) > MAX_TEXT_CHARS:
        body = body[:MAX_TEXT_CHARS]
        notes.append(f"truncated to {MAX_TEXT_CHARS:,} characters")
    meta = {
        "id": entry.get("id") or link,
        "title": entry.get("title"),
        "date": publication_date(entry),
        "outlet": feed.get("title"),
        "feed": feed_url,
    }
    meta = {key: value for key, value in meta.items() if value}
    return RawDocument(source=link, body=body, kind="html", url=str(response.url), meta=meta, notes=notes)


def _item_link(entry: dict, feed_url: str) -> str | None:
    """The item's page: its link, else an RSS guid that is a URL."""
    link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
    return urljoin(feed_url, link.strip()) if link else None


def publication_date(entry: dict) -> str | None:
    """The item's date (YYYY-MM-DD) as the outlet wrote it, in the outlet's time zone.

    "Thu, 19 Oct 2023 01:30:00 +0700" is the 19th in Jakarta but the 18th in UTC, where feedparser's
    `published_parsed` puts it; relative dates in the article ("kemarin") count from the 19th.
    """
    for key in ("published", "updated"):
        local = _local_date(entry.get(key) or "")
        if local:
            return local
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _local_date(raw: str) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(raw).date().isoformat()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.strip()).date().isoformat()  # Atom: RFC 3339
    except ValueError:
        return None


def _decode_page(response: httpx.Response) -> tuple[str, list[str]]:
    """HTML as text: declared charset (header, then <meta>), else UTF-8, else charset-normalizer's guess (noted)."""
    content = response.content
    declared = response.charset_encoding or _meta_charset(content)
    for encoding in (_whatwg_alias(declared), "utf-8"):
        if encoding:
            try:
                return content.decode(encoding), []
            except (LookupError, UnicodeDecodeError):
                continue
    guess = charset_normalizer.from_bytes(content).best()
    encoding = guess.encoding if guess else "cp1252"
    return content.decode(encoding, errors="replace"), [f"decoded as {encoding}"]


def _meta_charset(content: bytes) -> str | None:
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii", errors="replace") if match else None


def _whatwg_alias(encoding: str | None) -> str | None:
    """Browsers read pages labelled latin-1 as cp1252 (curly quotes in 0x80–0x9F), and so do we."""
    if encoding and encoding.lower().replace("_", "-") in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        return "cp1252"
    return encoding


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _is_retryable(response: httpx.Response | FetchFailure) -> bool:
    if isinstance(response, FetchFailure):
        return response.transient
    return response.status_code >= 500 or response.status_code == 429


def _status_reason(response: httpx.Response, url: str) -> str:
    where = "" if str(response.url) == url else f" at {response.url}"
    return f"HTTP {response.status_code} {response.reason_phrase}{where}".rstrip()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _host(origin: str) -> str:
    return urlsplit(origin).hostname or ""


def _one_line(value: object) -> str:
    return " ".join(str(value).split())
