"""Import files into a knowledge base, with progress, then refresh the index cache so the next
start is warm. Shared by `newsbot import`, the bot's admin commands and source polling."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable, Iterator

from .importers import Item, read_path
from .kb import ImportReport, KnowledgeBase


def _iter_items(paths: Iterable[Path]) -> Iterator[Item]:
    for path in paths:
        yield from read_path(Path(path))


def import_items(kb_dir: Path, items: Iterable[Item], show_progress: bool = False,
                 label: str = "importing") -> ImportReport:
    from .index import build_from, open_index, save_cache
    from .kb import LoadResult

    kb = KnowledgeBase(kb_dir)
    kb.ensure()
    index = open_index(kb)
    if show_progress:
        report = _with_progress(kb, items, index.articles, label)
    else:
        report = kb.add(items, index.articles)
    if report.added:
        # index and cache now, not at the first question, from memory rather than re-reading
        loaded = LoadResult(index.articles + report.added, index.faq, index.errors)
        save_cache(kb, kb.fingerprint(), build_from(loaded, previous=index))
    return report


def import_paths(kb_dir: Path, paths: Iterable[Path], show_progress: bool = False) -> ImportReport:
    return import_items(kb_dir, _iter_items(paths), show_progress=show_progress)


def _with_progress(kb: KnowledgeBase, items: Iterable[Item], existing, label: str) -> ImportReport:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        # plain lines every 500 articles: logs of cron jobs stay readable
        def tick(n: int) -> None:
            if n % 500 == 0:
                print(f"{label}: {n} read", file=sys.stderr, flush=True)
        return kb.add(items, existing, progress=tick)
    with Progress(SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task(label, total=None)
        return kb.add(items, existing, progress=lambda n: progress.update(task, completed=n))
