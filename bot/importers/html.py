"""Saved article pages (.html): main text, title, date and URL from the page itself,
extracted with trafilatura (boilerplate removal, metadata from <meta>/JSON-LD/<link rel=canonical>)."""
from __future__ import annotations

from pathlib import Path

from ..articles import Article, as_iso_date
from ..text import normalize
from . import Rejected, make_id

MAX_BYTES = 5_000_000


def read(path: Path) -> Article | Rejected:
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        return Rejected(str(path), f"page larger than {MAX_BYTES // 1_000_000} MB")
    return parse(raw, where=str(path))


def parse(raw: bytes | str, where: str, url: str | None = None) -> Article | Rejected:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
        doc = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else doc
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken pages
        return Rejected(where, f"cannot parse HTML: {type(exc).__name__}")
    if not doc or not (doc.get("text") or "").strip():
        return Rejected(where, "no article text found in the page")
    paragraphs = [p for p in (normalize(line) for line in doc["text"].split("\n")) if p]
    title = normalize(doc.get("title") or "") or paragraphs[0][:100]
    page_url = doc.get("url") or url
    return Article(
        id=make_id("web", page_url, title), title=title, paragraphs=paragraphs,
        date=as_iso_date(doc.get("date")), url=page_url, source=doc.get("sitename") or doc.get("hostname") or where,
        author=normalize(doc["author"]) if doc.get("author") else None,
    )
