"""The raw page text of the first user's site (thanhuytphcm.vn), as in seed-article.txt:

    date line ("Thứ Ba, ngày 7 tháng 2 năm 2023")
    title
    photo caption(s)
    "(Thanhuytphcm.vn) - " body paragraphs ...
    byline ("Mỹ Hạnh")
    page boilerplate ("Ý kiến bạn đọc", "refresh", "Tin khác", ...): dropped
"""
from __future__ import annotations

import re
from pathlib import Path

from ..articles import Article
from ..text import normalize, split_sentences
from . import Rejected, make_id
from .byline import is_byline

# Page furniture after the article; the first of these ends the article.
BOILERPLATE = {
    "ý kiến bạn đọc", "refresh", "tổng lượt bình luận", "tin khác", "thông báo", "bình luận",
    "gửi bình luận", "chia sẻ", "in bài viết", "tin liên quan", "tin cùng chuyên mục", "xem thêm",
    "gửi ý kiến", "về đầu trang",
}
_DATELINE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_SOURCE_TAG = re.compile(r"^\(([\w.\-]+\.(?:vn|com|net|org))\)\s*[-–—]\s*", re.I)


def parse_dateline(line: str) -> str | None:
    m = _DATELINE.search(line) or _DMY.search(line)
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def collapse_repeat(paragraph: str) -> tuple[str, bool]:
    """A photo caption printed twice in a row ("X. X.") is one caption."""
    sentences = split_sentences(paragraph)
    half = len(sentences) // 2
    if half and len(sentences) % 2 == 0 and sentences[:half] == sentences[half:]:
        return " ".join(sentences[:half]), True
    return paragraph, False


def read(path: Path) -> Article | Rejected:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(str(path), f"not UTF-8 text (byte {exc.start})")
    return parse(normalize(raw), where=str(path))


def parse(text: str, where: str = "text") -> Article | Rejected:
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    # Everything from the first boilerplate line on is page furniture.
    for i, line in enumerate(lines):
        if line.lower().rstrip(":") in BOILERPLATE:
            lines = lines[:i]
            break
    if not lines:
        return Rejected(where, "empty page text")
    date = parse_dateline(lines[0]) if len(lines[0]) < 60 else None
    if date:
        lines = lines[1:]
    if len(lines) < 2:
        return Rejected(where, "no article body (need a title and at least one paragraph)")
    title, rest = lines[0], lines[1:]
    body_start = next((i for i, line in enumerate(rest) if _SOURCE_TAG.match(line)), None)
    captions: list[str] = []
    site = None
    if body_start is not None:
        captions = [collapse_repeat(c)[0] for c in rest[:body_start]]
        site = _SOURCE_TAG.match(rest[body_start]).group(1).lower()
        rest = rest[body_start:]
        rest[0] = _SOURCE_TAG.sub("", rest[0])
    author = None
    if len(rest) > 1 and is_byline(rest[-1]):
        author, rest = rest[-1], rest[:-1]
    paragraphs: list[str] = []
    for para in rest:
        para, repeated = collapse_repeat(para)
        (captions if repeated else paragraphs).append(para)
    if not paragraphs:
        return Rejected(where, "no article body")
    dedup_captions = list(dict.fromkeys(captions))
    return Article(
        id=make_id(site.split(".")[0] if site else "page", title, date),
        title=title, paragraphs=paragraphs, date=date, url=None, source=site or where,
        author=author, captions=dedup_captions,
    )
