"""The Article record and its YAML file: read, validate, write atomically."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
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


class _UniqueKeys:
    """Refuse a mapping with the same key twice: PyYAML would silently keep the last value, and an
    editor's correction would vanish without a word."""

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) or key is None:
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})",
                        key_node.start_mark)
                seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


class _TextScalars:
    """Knowledge files hold text: every plain scalar stays the string the editor typed, so
    `title: no` is "no" (not False), `id: 011` is "011" (not 9) and a date stays as written.
    Only an empty value or `null`/`~` means "none"."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


class StrictLoader(_UniqueKeys, SafeLoader):
    """Settings files: YAML's usual types, no duplicate keys."""


class KnowledgeLoader(_TextScalars, StrictLoader):
    """Article and FAQ files: text only, no duplicate keys."""


class _PyStrictLoader(_UniqueKeys, yaml.SafeLoader):
    pass


class _PyKnowledgeLoader(_TextScalars, _PyStrictLoader):
    pass


# libyaml's composer recurses in C: a file nested ~100,000 levels deep crashes the whole process
# (segfault) instead of raising. Text that could nest that deep goes to the pure-Python loader,
# whose recursion limit turns it into an error. Real knowledge files nest 3 levels.
_PURE_PYTHON = {StrictLoader: _PyStrictLoader, KnowledgeLoader: _PyKnowledgeLoader}
_NESTING_RUN = re.compile(r"(?:[-?:]\s+){32,}|^ {128,}\S", re.M)
_BRACKETS = re.compile(r"[\[\]{}]")


def _may_nest_deeply(text: str) -> bool:
    # cheap substring checks first: the regular expressions are slow on every file of a big base
    if ("- - " in text or ": : " in text or "? ? " in text or " " * 128 in text) and _NESTING_RUN.search(text):
        return True
    if text.count("[") + text.count("{") <= 32:
        return False
    depth = 0
    for bracket in _BRACKETS.findall(text):
        depth = depth + 1 if bracket in "[{" else max(depth - 1, 0)
        if depth > 32:
            return True
    return False


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
        placement hashes the same. Kept on the article (and so in the index cache): every import
        checks new articles against all the others."""
        known = self.__dict__.get("_text_hash")
        if known is None:
            known = self.__dict__["_text_hash"] = hashlib.sha1(" ".join(fold(self.text).split()).encode()).hexdigest()
        return known

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
        # Every field's type is checked before anything walks or prints it: a wrong shape is a
        # clear error, and an alias bomb (a list nested through YAML aliases) fails at its first
        # element instead of being expanded.
        if not isinstance(data, dict):
            raise ArticleError(f"{where}: expected a mapping of article fields, got {type(data).__name__}")
        missing = [k for k in ("id", "title", "paragraphs") if not data.get(k)]
        if missing:
            raise ArticleError(f"{where}: missing field(s): {', '.join(missing)}")
        paragraphs = data["paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = paragraphs.split("\n\n")
        paragraphs = [normalize(p) for p in _strings(paragraphs, "paragraphs", where) if p.strip()]
        if not paragraphs:
            raise ArticleError(f"{where}: 'paragraphs' is empty")

        def field(name: str) -> str:
            return _string(data.get(name), name, where)

        return cls(
            id=field("id").strip(),
            title=normalize(field("title")),
            paragraphs=paragraphs,
            date=as_iso_date(field("date")),
            url=field("url").strip() or None,
            source=field("source") or None,
            category=field("category") or None,
            author=normalize(field("author")) or None,
            captions=[normalize(c) for c in _strings(data.get("captions") or [], "captions", where) if c.strip()],
            facts=_facts(data.get("facts") or {}, where),
        )


def _string(value: Any, name: str, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise ArticleError(f"{where}: '{name}' must be text, not a {type(value).__name__}")


def _strings(value: Any, name: str, where: str) -> list[str]:
    if not isinstance(value, list):
        raise ArticleError(f"{where}: '{name}' must be a list of text")
    for item in value:
        if item is not None and not isinstance(item, str):
            raise ArticleError(f"{where}: '{name}' must be a list of text, found a {type(item).__name__}")
    return [item for item in value if item is not None]


def _facts(value: Any, where: str) -> dict[str, Any]:
    """facts: {kind: [ {field: text}, ... ]} (roles, numbers, dates) or {byline: text}."""
    if not isinstance(value, dict):
        raise ArticleError(f"{where}: 'facts' must be a mapping")
    for kind, entries in value.items():
        if isinstance(entries, str) or entries is None:
            continue
        if not isinstance(entries, list):
            raise ArticleError(f"{where}: facts '{kind}' must be a list")
        for entry in entries:
            if not isinstance(entry, dict) or not all(
                    isinstance(v, str) or v is None for v in entry.values()):
                raise ArticleError(f"{where}: facts '{kind}' entries must map names to text")
    return value


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


def read_yaml(path: Path, loader: type = KnowledgeLoader) -> Any:
    """Parse one YAML file safely; errors name the file and the line."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror}") from None
    if _may_nest_deeply(text):
        loader = _PURE_PYTHON.get(loader, loader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 1}" if mark else ""
        problem = _tab_hint(text, mark) or exc.problem or exc.context
        raise ArticleError(f"{path}:{line}: malformed YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise ArticleError(f"{path}: line {line}: malformed YAML: character {exc.character!r} "
                           f"is not allowed ({exc.reason})") from None
    except yaml.YAMLError as exc:
        raise ArticleError(f"{path}: malformed YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise ArticleError(f"{path}: YAML nested too deeply") from None


def _tab_hint(text: str, mark) -> str | None:
    """libyaml's message for a tab in the indentation ("found character that cannot start any
    token") does not say what an editor did wrong."""
    if mark is None:
        return None
    lines = text.splitlines()
    if mark.line < len(lines) and "\t" in lines[mark.line][:mark.column + 1]:
        return "a tab is used for indentation; YAML needs spaces"
    return None


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
