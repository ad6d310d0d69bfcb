"""The knowledge base folder: one YAML file per article under articles/, hand-written Q&A in
faq.yaml. Loading reports bad files and goes on; adding skips duplicates (same URL or same
normalised text) and writes each file atomically.

    knowledge/
      articles/<id>.yaml   the articles (the only copy: edit by hand if needed)
      faq.yaml             question/answer pairs an editor maintains
      .cache/              derived index (bot.index); safe to delete
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .articles import Article, ArticleError, load_article, normalize_url, read_yaml, save_article
from .facts import extract_facts
from .text import normalize


@dataclass
class FaqEntry:
    question: str
    answer: str
    link: str | None = None


@dataclass
class LoadResult:
    articles: list[Article]
    faq: list[FaqEntry]
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    added: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (where, reason)

    def summary(self) -> str:
        return (f"added {len(self.added)}, duplicates {len(self.duplicates)}, "
                f"rejected {len(self.rejected)}")


_SAFE_ID = re.compile(r"[^A-Za-z0-9._-]+")


class KnowledgeBase:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.articles_dir = self.root / "articles"
        self.faq_path = self.root / "faq.yaml"
        self.cache_dir = self.root / ".cache"

    # -- reading ---------------------------------------------------------------------------
    def article_files(self) -> list[Path]:
        if not self.articles_dir.is_dir():
            return []
        return sorted(p for p in self.articles_dir.iterdir()
                      if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))

    def fingerprint(self) -> str:
        """Changes whenever any YAML file is added, removed or modified. (os.scandir: a warm
        start stats every file, and Path objects made that a quarter of a second at 10k.)"""
        entries = []
        for folder, only_yaml in ((self.articles_dir, True), (self.root, False)):
            if not folder.is_dir():
                continue
            with os.scandir(folder) as it:
                for e in it:
                    if (e.name.endswith((".yaml", ".yml")) and not e.name.startswith(".")
                            and (only_yaml or e.name == self.faq_path.name) and e.is_file()):
                        st = e.stat()
                        entries.append(f"{e.name}\0{st.st_size}\0{st.st_mtime_ns}\n")
        return hashlib.sha1("".join(sorted(entries)).encode()).hexdigest()

    def load(self, progress: Callable[[int, int], None] | None = None) -> LoadResult:
        articles: list[Article] = []
        errors: list[str] = []
        seen_ids: set[str] = set()
        files = self.article_files()
        for n, path in enumerate(files, 1):
            try:
                article = load_article(path)
            except ArticleError as exc:
                errors.append(str(exc))
                continue
            if article.id in seen_ids:
                errors.append(f"{path}: duplicate id {article.id!r}, skipped")
                continue
            seen_ids.add(article.id)
            articles.append(article)
            if progress and n % 500 == 0:
                progress(n, len(files))
        faq, faq_errors = self.load_faq()
        return LoadResult(articles, faq, errors + faq_errors)

    def load_faq(self) -> tuple[list[FaqEntry], list[str]]:
        if not self.faq_path.exists():
            return [], []
        try:
            data = read_yaml(self.faq_path)
        except ArticleError as exc:
            return [], [str(exc)]
        if not isinstance(data, list):
            return [], [] if data is None else [f"{self.faq_path}: expected a list of {{q, a}} entries"]
        entries, errors = [], []
        for n, item in enumerate(data, 1):
            fields = item if isinstance(item, dict) else {}
            q, a, link = (fields.get(k) for k in ("q", "a", "link"))
            if isinstance(q, str) and isinstance(a, str) and q.strip() and a.strip() \
                    and (link is None or isinstance(link, str)):
                entries.append(FaqEntry(normalize(q), normalize(a), link or None))
            else:
                errors.append(f"{self.faq_path}: entry {n} needs text 'q' and 'a' (and 'link' if any)")
        return entries, errors

    # -- writing ---------------------------------------------------------------------------
    def path_for(self, article: Article) -> Path:
        return self.articles_dir / f"{_SAFE_ID.sub('_', article.id)[:120]}.yaml"

    def add(self, items: Iterable, existing: Iterable[Article] = (),
            progress: Callable[[int], None] | None = None) -> ImportReport:
        """Write new articles (with their facts) to the folder; skip duplicates.

        `items` are Articles or importers.Rejected; `existing` are the articles already loaded
        (for the duplicate check)."""
        from .importers import Rejected

        report = ImportReport()
        urls: dict[str, str] = {}
        hashes: dict[str, str] = {}
        ids: set[str] = set()
        for art in existing:
            ids.add(art.id)
            if (u := normalize_url(art.url)):
                urls[u] = art.id
            hashes[art.text_hash()] = art.id
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        for n, item in enumerate(items, 1):
            if progress:
                progress(n)
            if isinstance(item, Rejected):
                report.rejected.append((item.where, item.reason))
                continue
            article: Article = item
            where = article.url or article.source or article.id
            if not article.title.strip() or not any(p.strip() for p in article.paragraphs):
                # an empty article would be written, then refused at every load
                report.rejected.append((where, "no title or no text"))
                continue
            url, digest = normalize_url(article.url), article.text_hash()
            if url and url in urls:
                report.duplicates.append((where, f"same URL as {urls[url]}"))
                continue
            if digest in hashes:
                report.duplicates.append((where, f"same text as {hashes[digest]}"))
                continue
            while article.id in ids:  # same id, different article: keep both
                article.id = f"{article.id}-{digest[:6]}" if not article.id.endswith(digest[:6]) else article.id + "x"
            article.facts = extract_facts(article)
            save_article(article, self.path_for(article))
            ids.add(article.id)
            hashes[digest] = article.id
            if url:
                urls[url] = article.id
            report.added.append(article)
        return report

    def ensure(self) -> None:
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        if not self.faq_path.exists():
            self.faq_path.write_text("# Hand-written questions and answers: - {q: ..., a: ..., link: ...}\n[]\n",
                                     encoding="utf-8")

    def remove_cache(self) -> None:
        if self.cache_dir.is_dir():
            for p in self.cache_dir.iterdir():
                os.unlink(p)
