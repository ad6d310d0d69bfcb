"""RSS 2.0 / Atom files (feedparser): one article per entry, text from the entry's content or
summary with its HTML removed."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

from ..articles import Article
from ..text import normalize
from . import Item, Rejected, make_id


def html_to_paragraphs(html: str) -> list[str]:
    import lxml.html

    if "<" not in html:
        return [p for p in (normalize(x) for x in html.split("\n\n")) if p]
    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return []
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    blocks = root.xpath("//p|//li|//h2|//h3|//blockquote")
    texts = [b.text_content() for b in blocks] if blocks else [root.text_content()]
    return [p for p in (normalize(t) for t in texts) if p]


def entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


class FeedError(ValueError):
    """A feed that cannot be trusted as a whole; the message says why."""


def parse_feed(data: bytes):
    """feedparser's result for a whole feed, or FeedError.

    feedparser reads on past broken XML; what it recovers from a truncated feed is not
    trustworthy. Bytes that are valid UTF-8 are read as UTF-8 whatever the feed declares (a
    mislabelled UTF-8 feed is common, and other encodings are almost never valid UTF-8). A feed
    that is neither UTF-8 nor what it declares is refused: feedparser would fall back to
    windows-1252, which turns Vietnamese into mojibake that nobody can search.
    """
    import feedparser

    headers = {"content-type": "application/xml; charset=utf-8"} if _is_utf8(data) else {}
    parsed = feedparser.parse(data, response_headers=headers)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, feedparser.CharacterEncodingOverride):
        raise FeedError(f"wrong character encoding: the bytes are neither UTF-8 nor the encoding "
                        f"the feed declares (feedparser guessed {parsed.get('encoding')})")
    if parsed.bozo:
        reason = getattr(problem, "getMessage", lambda: None)() or str(problem) or type(problem).__name__
        raise FeedError(f"malformed feed: {reason}")
    if not parsed.get("version"):  # feedparser names the format it recognised: rss20, atom10, ...
        raise FeedError("not an RSS or Atom feed")
    return parsed


def _is_utf8(data: bytes | str) -> bool:
    if isinstance(data, str):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def parse(data: bytes | str, where: str) -> Iterator[Item]:
    try:
        parsed = parse_feed(data)
    except FeedError as exc:
        yield Rejected(where, str(exc))
        return
    site = parsed.feed.get("title") or where
    for n, entry in enumerate(parsed.entries, 1):
        yield from_entry(entry, f"{where}#{n}", site)


def from_entry(entry, where: str, site: str) -> Item:
    html = ""
    if entry.get("content"):
        html = max((c.get("value", "") for c in entry.content), key=len)
    html = html or entry.get("summary", "") or entry.get("description", "")
    paragraphs = html_to_paragraphs(html)
    title = normalize(entry.get("title", ""))
    if not paragraphs:
        return Rejected(where, f"entry {title[:60]!r} has no text")
    link = entry.get("link")
    return Article(
        id=make_id("feed", entry.get("id") or link, title), title=title or paragraphs[0][:100],
        paragraphs=paragraphs, date=entry_date(entry), url=link, source=normalize(site),
        author=normalize(entry.get("author", "")) or None,
    )


def read(path: Path) -> Iterator[Item]:
    yield from parse(path.read_bytes(), str(path))
