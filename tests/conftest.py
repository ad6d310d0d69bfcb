"""Shared fixtures: knowledge bases built from the project's own fixtures, and the shared corpus
when it is present (CI has it; elsewhere those tests skip with a reason)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = Path(os.environ.get("NEWSBOT_SHARED", ROOT.parent / "shared")) / "corpus"


@pytest.fixture
def seed_kb(tmp_path: Path) -> Path:
    """A knowledge base holding only the seed article, imported through the library."""
    from bot.importer import import_paths

    kb = tmp_path / "kb"
    import_paths(kb, [FIXTURES / "seed-article.txt"])
    return kb


@pytest.fixture
def fixtures_kb(tmp_path: Path) -> Path:
    from bot.importer import import_paths

    kb = tmp_path / "kb"
    import_paths(kb, [FIXTURES / "seed-article.txt", FIXTURES / "articles.jsonl", FIXTURES / "page.html",
                      FIXTURES / "feed.xml", FIXTURES / "feed.atom"])
    return kb


def engine_for(kb: Path):
    from bot.answer import Engine
    from bot.index import open_index
    from bot.kb import KnowledgeBase

    return Engine(open_index(KnowledgeBase(kb)))


@pytest.fixture
def corpus() -> Path:
    if not (SHARED_CORPUS / "articles.jsonl").exists():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS} (set NEWSBOT_SHARED)")
    return SHARED_CORPUS
