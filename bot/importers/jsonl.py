"""JSON Lines / JSON records: {"id", "title", "date", "url", "text", "source", "category"},
as in ../shared/corpus/. Paragraphs in "text" are separated by blank lines."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from ..articles import Article, as_iso_date
from ..text import normalize, split_sentences
from . import Item, Rejected, make_id
from .byline import trailing_byline


def read(path: Path) -> Iterator[Item]:
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Rejected(str(path), f"not valid JSON: {exc}")
            return
        records = data if isinstance(data, list) else [data]
        for n, rec in enumerate(records, 1):
            yield from_record(rec, f"{path}#{n}")
        return
    with path.open("rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield Rejected(where, "not UTF-8 text")
                continue
            except json.JSONDecodeError as exc:
                yield Rejected(where, f"not valid JSON: {exc.msg}")
                continue
            yield from_record(rec, where)


def split_paragraphs(text: str) -> list[str]:
    text = normalize(text)
    paragraphs = [p.strip() for p in text.split("\n\n")]
    return [p for p in paragraphs if p]


def from_record(rec: Any, where: str) -> Item:
    if not isinstance(rec, dict):
        return Rejected(where, "not a JSON object")
    text = rec.get("text") or rec.get("content") or rec.get("context") or rec.get("body")
    if not isinstance(text, str) or not text.strip():
        return Rejected(where, "no 'text'")
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return Rejected(where, "'text' has no readable characters")
    title = normalize(str(rec.get("title") or "")).strip()
    if not title:
        first = split_sentences(paragraphs[0])[0]
        title = first[:100]
    url = rec.get("url") or rec.get("link") or None
    rid = str(rec.get("id") or "").strip() or make_id("rec", url, title, text[:200])
    return Article(
        id=rid, title=title, paragraphs=paragraphs, date=as_iso_date(rec.get("date")),
        url=str(url) if url else None, source=str(rec["source"]) if rec.get("source") else str(where),
        category=str(rec["category"]) if rec.get("category") else None,
        author=normalize(str(rec["author"])) if rec.get("author") else trailing_byline(paragraphs),
    )
