"""The Article record and its YAML file: read, validate, write atomically."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from .text import fold, normalize

try:  # libyaml is ~10x faster; fall back to the pure-Python safe classes where it is missing
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]


class ArticleError(ValueError):
    """A file or record that is not a valid article; the message says where and why."""


@dataclass
class Article:
    id: str
    title: str
    paragraphs: list[str]
    date: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    source: str | None = None
    category: str | None = None
    author: str | None = None
    captions: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def lead(self) -> str:
        return self.paragraphs[0] if self.paragraphs else ""

    def text_hash(self) -> str:
        """Hash of the folded body: the same story re-published with other spacing or tone
        placement hashes the same."""
        return hashlib.sha1(" ".join(fold(self.text).split()).encode()).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "title": self.title, "date": self.date, "url": self.url,
            "source": self.source,
        }
        if self.category:
            data["category"] = self.category
        if self.author:
            data["author"] = self.author
        if self.captions:
            data["captions"] = list(self.captions)
        data["paragraphs"] = list(self.paragraphs)
        if self.facts:
            data["facts"] = self.facts
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str = "record") -> "Article":
        if not isinstance(data, dict):
            raise ArticleError(f"{where}: expected a mapping of article fields, got {type(data).__name__}")
        missing = [k for k in ("id", "title", "paragraphs") if not data.get(k)]
        if missing:
            raise ArticleError(f"{where}: missing field(s): {', '.join(missing)}")
        paragraphs = data["paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = [p for p in paragraphs.split("\n\n")]
        if not isinstance(paragraphs, list):
            raise ArticleError(f"{where}: 'paragraphs' must be a list of strings")
        paragraphs = [normalize(str(p)) for p in paragraphs if p is not None and str(p).strip()]
        if not paragraphs:
            raise ArticleError(f"{where}: 'paragraphs' is empty")
        facts = data.get("facts") or {}
        if not isinstance(facts, dict):
            raise ArticleError(f"{where}: 'facts' must be a mapping")
        return cls(
            id=str(data["id"]).strip(),
            title=normalize(str(data["title"])),
            paragraphs=paragraphs,
            date=as_iso_date(data.get("date")),
            url=str(data["url"]).strip() if data.get("url") else None,
            source=str(data["source"]) if data.get("source") else None,
            category=str(data["category"]) if data.get("category") else None,
            author=normalize(str(data["author"])) if data.get("author") else None,
            captions=[normalize(str(c)) for c in data.get("captions") or [] if str(c).strip()],
            facts=facts,
        )


def as_iso_date(value: Any) -> str | None:
    """YAML turns 2023-02-07 into a date object; a record may carry '20230207' or a datetime."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%d/%m/%Y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return dt.datetime.strptime(text[:19] if "T" in fmt else text, fmt).date().isoformat()
        except ValueError:
            continue
    return text[:10] if len(text) >= 10 and text[4] == "-" else None


_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc", "zaloapp", "ref", "src")


def normalize_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, no fragment, no tracking parameters, no trailing slash:
    the same page under two spellings of its link is one article."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/") or "/"
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme.lower(),
                       host, path, urlencode(query), ""))


def read_yaml(path: Path) -> Any:
    """Parse one YAML file safely; errors name the file and the line."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return yaml.load(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        raise ArticleError(f"{path}:{line}: malformed YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise ArticleError(f"{path}: malformed YAML: {exc}") from None
    except RecursionError:
        raise ArticleError(f"{path}: YAML nested too deeply") from None


def load_article(path: Path) -> Article:
    return Article.from_dict(read_yaml(path), where=str(path))


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=SafeDumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)


def write_atomic(path: Path, content: str) -> None:
    """Write to a temp file in the same folder, fsync, then rename: a crash leaves either the old
    file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def save_article(article: Article, path: Path) -> None:
    write_atomic(path, dump_yaml(article.to_dict()))
