"""Sources: from `sources:` in config.yaml and from `newsbot sources add` / `/addsource` (kept in
the state). A source is a feed URL, a listing page URL with a link pattern, or a folder."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config
from ..state import State

DEFAULT_EVERY = 10.0  # minutes
MIN_EVERY = 1 / 6  # 10 seconds: for your own feeds; be gentler with other people's servers


@dataclass
class Source:
    name: str
    kind: str  # feed | page | folder
    url: str | None = None
    folder: Path | None = None
    every: float = DEFAULT_EVERY  # minutes
    pattern: str | None = None  # listing pages: which links are articles (a regular expression)
    origin: str = "config"  # config | added

    @property
    def interval(self) -> str:
        """The polling interval for people: "10 s", "5 min"."""
        return f"{self.every * 60:.0f} s" if self.every < 1 else f"{self.every:g} min"

    @property
    def where(self) -> str:
        return str(self.folder) if self.kind == "folder" else str(self.url)


class SourceError(ValueError):
    pass


def make_source(spec: dict, origin: str, base: Path | None = None) -> Source:
    if not isinstance(spec, dict):
        raise SourceError(f"a source must be a mapping, got {spec!r}")
    try:
        every = max(float(spec.get("every", DEFAULT_EVERY)), MIN_EVERY)
    except (TypeError, ValueError):
        raise SourceError(f"'every' must be a number of minutes, got {spec.get('every')!r}") from None
    if spec.get("folder"):
        folder = Path(spec["folder"])
        if base and not folder.is_absolute():
            folder = base / folder
        return Source(name=str(spec.get("name") or folder.name), kind="folder", folder=folder, every=every, origin=origin)
    url = str(spec.get("url") or "").strip()
    if urlsplit(url).scheme not in ("http", "https"):
        raise SourceError(f"only http(s) URLs can be sources: {url!r}")
    if spec.get("pattern"):
        try:
            re.compile(spec["pattern"])
        except re.error as exc:
            raise SourceError(f"bad link pattern {spec['pattern']!r}: {exc}") from None
    kind = spec.get("kind") or ("page" if spec.get("pattern") else "feed")
    return Source(name=str(spec.get("name") or default_name(url)), kind=kind, url=url, every=every,
                  pattern=spec.get("pattern"), origin=origin)


def default_name(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc.removeprefix("www.") + parts.path.rstrip("/").replace("/", "-")).strip("-") or "source"


def all_sources(cfg: Config, state: State) -> tuple[list[Source], list[str]]:
    """Every source, and a message for each that is misconfigured."""
    out: list[Source] = []
    errors: list[str] = []
    base = cfg.path.parent if cfg.path else None
    for spec in cfg.raw.get("sources") or []:
        try:
            out.append(make_source(spec, "config", base))
        except SourceError as exc:
            errors.append(f"config.yaml sources: {exc}")
    names = {s.name for s in out}
    for name, spec in state.saved_sources().items():
        if name not in names:
            try:
                out.append(make_source({**spec, "name": name}, "added"))
            except SourceError as exc:
                errors.append(f"source {name}: {exc}")
    return out, errors


def allow_private(cfg: Config) -> bool:
    return bool(cfg.raw.get("allow_private_sources")) or os.environ.get("NEWSBOT_ALLOW_PRIVATE_SOURCES") == "1"
