"""One poll of one source: fetch, find entries not seen before, complete summary-only entries
from their page, and import them through the same path as `newsbot import` (same facts, same
dedup by URL and text). Entries are remembered in the state by guid, normalised URL and file
stamp, so a restart or a changed link does not bring an article back; the knowledge base's
text-hash dedup catches the same story under a new URL and a new guid.

A failing source backs off exponentially and never holds up the others; after `N` failures in a
row (config `source_failure_report`, default 3) the admins are told once, and again when it
recovers. The first poll of a new source imports what it holds without notices.
"""
from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin

from ..articles import Article, normalize_url
from ..config import Config
from ..importer import import_items
from ..importers import Rejected, SUFFIXES, read_path
from ..importers import feed as feed_format
from ..importers import html as html_format
from ..state import State
from .config import Source, all_sources, allow_private
from .fetch import FetchError, Fetcher

log = logging.getLogger(__name__)
SUMMARY_CHARS = 400  # an entry with less text than this is a summary: fetch the page
MAX_BACKOFF = 6 * 3600


@dataclass
class Candidate:
    article: Article
    keys: list[str]


@dataclass
class PollResult:
    source: Source
    ok: bool = True
    error: str | None = None
    not_modified: bool = False
    candidates: list[Candidate] = field(default_factory=list)
    added: list[Article] = field(default_factory=list)
    duplicates: int = 0
    item_errors: list[str] = field(default_factory=list)
    event: str | None = None  # "failing" | "recovered": worth telling the admins
    first: bool = False

    def line(self) -> str:
        if not self.ok:
            return f"{self.source.name}: failed: {self.error}"
        if self.not_modified:
            return f"{self.source.name}: not modified"
        extra = f", {len(self.item_errors)} skipped" if self.item_errors else ""
        first = " (first poll: no notices)" if self.first and self.added else ""
        return f"{self.source.name}: {len(self.added)} new, {self.duplicates} duplicates{extra}{first}"


class Poller:
    def __init__(self, cfg: Config, state: State, fetcher: Fetcher | None = None):
        self.cfg = cfg
        self.state = state
        self.fetcher = fetcher or Fetcher(allow_private=allow_private(cfg),
                                          max_bytes=int(cfg.raw.get("source_max_bytes", 5_000_000)),
                                          timeout=float(cfg.raw.get("source_timeout_seconds", 15)))
        self.report_after = int(cfg.raw.get("source_failure_report", 3))
        self._import_lock = asyncio.Lock()

    async def close(self) -> None:
        await self.fetcher.close()

    def sources(self) -> list[Source]:
        sources, errors = all_sources(self.cfg, self.state)
        for err in errors:
            log.warning("%s", err)
        return sources

    async def poll_due(self, now: float | None = None) -> list[PollResult]:
        now = time.time() if now is None else now
        due = [s for s in self.sources() if self.state.source_status(s.name)["next_poll"] <= now]
        return await self.poll_many(due)

    async def poll_many(self, sources: list[Source]) -> list[PollResult]:
        # each source on its own: one that hangs or breaks does not hold up the others
        return list(await asyncio.gather(*(self.poll(s) for s in sources)))

    async def poll(self, source: Source, dry_run: bool = False) -> PollResult:
        status = self.state.source_status(source.name)
        result = PollResult(source, first=status["polls"] == 0)
        try:
            response_meta = await self._collect(source, status, result)
        except FetchError as exc:
            return self._failed(source, status, result, str(exc), dry_run)
        if dry_run:
            return result
        if result.candidates:
            async with self._import_lock:
                await asyncio.to_thread(self._import, result)
        self._succeeded(source, status, result, response_meta)
        return result

    # -- collecting entries ----------------------------------------------------------------
    async def _collect(self, source: Source, status: dict, result: PollResult) -> dict:
        if source.kind == "folder":
            self._collect_folder(source, result)
            return {}
        response = await self.fetcher.get(source.url, status["etag"], status["last_modified"])
        meta = {"etag": response.etag or status["etag"], "last_modified": response.last_modified or status["last_modified"]}
        if response.not_modified:
            result.not_modified = True
            return meta
        if source.kind == "page":
            await self._collect_page(source, response.body, response.url, result)
        else:
            await self._collect_feed(source, response.body, result)
        return meta

    async def _collect_feed(self, source: Source, body: bytes, result: PollResult) -> None:
        try:
            parsed = feed_format.parse_feed(body)
        except feed_format.FeedError as exc:
            raise FetchError(str(exc)) from None
        site = parsed.feed.get("title") or source.name
        for n, entry in enumerate(parsed.entries, 1):
            guid = entry.get("id") or entry.get("link") or ""
            keys = [f"guid:{source.name}:{guid}" if guid else "", _url_key(entry.get("link"))]
            if self.state.seen_any(keys):
                continue
            item = feed_format.from_entry(entry, f"{source.name}#{n}", site)
            if isinstance(item, Rejected) or len(item.text) < SUMMARY_CHARS:
                item = await self._complete_from_page(entry, item, source)
            if isinstance(item, Rejected):
                result.item_errors.append(f"{item.where}: {item.reason}")
                continue
            result.candidates.append(Candidate(item, keys))

    async def _complete_from_page(self, entry, item, source: Source):
        """A feed entry with only a summary: the article's own page gives the full text."""
        link = entry.get("link")
        if not link:
            return item
        try:
            page = await self.fetcher.get(link)
        except FetchError as exc:
            log.info("source %s: cannot fetch %s (%s); will try again", source.name, link, exc)
            return Rejected(link, f"page not fetched: {exc}")
        full = html_format.parse(page.body, where=link, url=link)
        if isinstance(full, Rejected):
            return item if isinstance(item, Article) else full
        if isinstance(item, Article) and len(full.text) <= len(item.text):
            return item
        base = item if isinstance(item, Article) else full
        return Article(id=base.id, title=base.title or full.title, paragraphs=full.paragraphs,
                       date=base.date or full.date, url=link, source=base.source, author=base.author or full.author)

    async def _collect_page(self, source: Source, body: bytes, base_url: str, result: PollResult) -> None:
        import lxml.html

        try:
            root = lxml.html.fromstring(body)
        except Exception as exc:
            raise FetchError(f"listing page not parsable: {type(exc).__name__}") from None
        pattern = re.compile(source.pattern or r".")
        links = []
        for _, _, href, _ in root.iterlinks():
            url = urljoin(base_url, href).split("#")[0]
            if url.startswith(("http://", "https://")) and pattern.search(url) and url not in links:
                links.append(url)
        for url in links:
            keys = [_url_key(url)]
            if self.state.seen_any(keys):
                continue
            try:
                page = await self.fetcher.get(url)
            except FetchError as exc:
                result.item_errors.append(f"{url}: {exc}")
                continue
            item = html_format.parse(page.body, where=url, url=url)
            if isinstance(item, Rejected):
                result.item_errors.append(f"{url}: {item.reason}")
                continue
            result.candidates.append(Candidate(item, keys + [_url_key(item.url)]))
        if links and not result.candidates and len(result.item_errors) == len(
                [u for u in links if not self.state.seen_any([_url_key(u)])]) and result.item_errors:
            raise FetchError(f"no article text in any of {len(result.item_errors)} linked page(s)")

    def _collect_folder(self, source: Source, result: PollResult) -> None:
        folder = source.folder
        if not folder or not folder.is_dir():
            raise FetchError(f"folder {folder} does not exist")
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in SUFFIXES or path.name.startswith("."):
                continue
            st = path.stat()
            key = f"file:{path.resolve()}:{st.st_mtime_ns}:{st.st_size}"
            if self.state.seen_any([key]):
                continue
            for item in read_path(path):
                if isinstance(item, Rejected):
                    result.item_errors.append(f"{item.where}: {item.reason}")
                else:
                    result.candidates.append(Candidate(item, [_url_key(item.url)]))
            self.state.mark_seen([key])

    # -- importing and bookkeeping ---------------------------------------------------------
    def _import(self, result: PollResult) -> None:
        articles = [c.article for c in result.candidates]
        if result.first:
            # the archive of a new source is imported without notices: recorded as announced
            # before the files appear, so the bot's watcher never sees them as news
            self.state.mark_announced(a.id for a in articles)
        report = import_items(self.cfg.kb, articles)
        if result.first:
            self.state.mark_announced(a.id for a in report.added)
        result.added = report.added
        result.duplicates = len(report.duplicates)
        result.item_errors += [f"{w}: {r}" for w, r in report.rejected]
        self.state.mark_seen(k for c in result.candidates for k in c.keys)

    def _succeeded(self, source: Source, status: dict, result: PollResult, meta: dict) -> None:
        now = time.time()
        if status["reported"]:
            result.event = "recovered"
        self.state.save_source_status(source.name, failures=0, next_poll=now + source.every * 60, last_error=None,
                                      last_ok=now, reported=0, polls=status["polls"] + 1, **meta)
        log.info("source %s: %s", source.name, result.line())

    def _failed(self, source: Source, status: dict, result: PollResult, reason: str, dry_run: bool) -> PollResult:
        result.ok, result.error = False, reason
        log.warning("source %s failed: %s", source.name, reason)
        if dry_run:
            return result
        failures = status["failures"] + 1
        delay = min(source.every * 60 * 2 ** (failures - 1), MAX_BACKOFF)
        reported = status["reported"]
        if failures >= self.report_after and not reported:
            result.event, reported = "failing", 1
        self.state.save_source_status(source.name, failures=failures, next_poll=time.time() + delay,
                                      last_error=reason[:500], reported=reported)
        return result


def _url_key(url: str | None) -> str:
    normalised = normalize_url(url)
    return f"url:{normalised}" if normalised else ""
