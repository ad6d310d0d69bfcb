"""Readers that turn files into Article records, one module per input format.

`read_path(path)` picks the reader by the file's form and yields `Article`s and `Rejected`s;
the knowledge base decides what to keep (see bot.kb.KnowledgeBase.add).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Union

from ..articles import Article


@dataclass
class Rejected:
    where: str  # file, file:line or feed entry
    reason: str


Item = Union[Article, Rejected]


def make_id(prefix: str, *parts: str | None) -> str:
    digest = hashlib.sha1("\x1f".join(p or "" for p in parts).encode()).hexdigest()[:12]
    return f"{prefix}-{digest}"


def read_path(path: Path) -> Iterator[Item]:
    """Every article in one file; a folder is read file by file."""
    from . import feed, html, jsonl, pagetext

    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUFFIXES:
                yield from read_path(child)
        return
    if not path.exists():
        yield Rejected(str(path), "no such file")
        return
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".json"):
            yield from jsonl.read(path)
        elif suffix in (".html", ".htm"):
            yield html.read(path)
        elif suffix in (".xml", ".rss", ".atom"):
            yield from feed.read(path)
        else:
            head = path.read_bytes()[:2048].lstrip()
            if head.startswith((b"<?xml", b"<rss", b"<feed")):
                yield from feed.read(path)
            elif head[:200].lower().startswith((b"<!doctype html", b"<html")):
                yield html.read(path)
            else:
                yield pagetext.read(path)
    except OSError as exc:
        yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")


SUFFIXES = {".txt", ".jsonl", ".json", ".html", ".htm", ".xml", ".rss", ".atom"}
