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


def parse(data: bytes | str, where: str) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    problem = parsed.get("bozo_exception")
    # feedparser reads past broken XML; what it recovers from a truncated feed is not trustworthy.
    # A wrong declared encoding that it could work around is fine.
    if parsed.bozo and not isinstance(problem, (feedparser.CharacterEncodingOverride,)):
        reason = getattr(problem, "getMessage", lambda: None)() or str(problem) or type(problem).__name__
        yield Rejected(where, f"malformed feed: {reason}")
        return
    if not parsed.entries and not parsed.feed:
        yield Rejected(where, "not an RSS or Atom feed")
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
