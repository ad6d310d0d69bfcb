"""The index cache's text column behaves like the list of strings it stores, and survives pickling."""
from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.index import TextColumn


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), max_size=20))
def test_a_text_column_is_the_list_it_was_made_from(texts):
    column = pickle.loads(pickle.dumps(TextColumn(texts), protocol=pickle.HIGHEST_PROTOCOL))
    assert len(column) == len(texts) and list(column) == texts
    assert [column[i] for i in range(-len(texts), len(texts))] == texts + texts
    assert column[1:3] == texts[1:3]
    with pytest.raises(IndexError):
        column[len(texts)]


def test_an_index_grown_by_an_import_equals_one_built_from_scratch(tmp_path):
    from bot.importer import import_paths
    from bot.index import build, open_index
    from bot.kb import KnowledgeBase
    from conftest import FIXTURES

    kb = tmp_path / "kb"
    import_paths(kb, [FIXTURES / "seed-article.txt", FIXTURES / "articles.jsonl"])
    import_paths(kb, [FIXTURES / "feed.xml", FIXTURES / "page.html"])  # reuses the first import's work
    grown, fresh = open_index(KnowledgeBase(kb)), build(KnowledgeBase(kb))

    def by_article(index, query):
        """(article id, n-th sentence) -> (text, match key, score): the order of articles differs
        (an import appends; a build reads the folder in name order)."""
        scores = index.sentence_scores_of(query, np.arange(len(index.sentences)))
        out = {}
        for pos, article in enumerate(index.articles):
            for n, j in enumerate(index.sentences_of(pos)):
                out[article.id, n] = (index.sentences[j], index.sentence_keys[j], round(float(scores[j]), 4))
        return out

    for query in (["quan", "11"], ["bi", "thu", "bi_thu"], ["can", "gio", "can_gio", "rung"], ["phuong"]):
        assert by_article(grown, query) == by_article(fresh, query)


def test_the_sentences_of_some_articles_are_exactly_theirs(tmp_path):
    from conftest import FIXTURES

    from bot.importer import import_paths
    from bot.index import open_index
    from bot.kb import KnowledgeBase

    import_paths(tmp_path / "kb", [FIXTURES / "articles.jsonl", FIXTURES / "seed-article.txt"])
    index = open_index(KnowledgeBase(tmp_path / "kb"))
    n = len(index.articles)
    for positions in ([0], [n - 1], list(range(n)), [1, n - 1], []):
        got = index.sentences_of_articles(np.array(positions, dtype=np.int64)).tolist()
        assert got == [j for p in positions for j in index.sentences_of(p)]


def test_an_index_dropped_after_a_reload_is_freed(tmp_path):
    # the bot reloads the index when the knowledge base changes; the old index and its engine
    # must go (gc.freeze on load never collects a reference cycle that was alive at that moment)
    import gc
    import weakref

    from conftest import FIXTURES

    from bot.answer import Engine
    from bot.importer import import_paths
    from bot.index import open_index
    from bot.kb import KnowledgeBase

    import_paths(tmp_path / "kb", [FIXTURES / "seed-article.txt"])
    old = open_index(KnowledgeBase(tmp_path / "kb"))
    engine = Engine(old)
    assert engine.ask("Ai là Bí thư Quận ủy Quận 11?").answer
    gone = weakref.ref(old)
    new = Engine(open_index(KnowledgeBase(tmp_path / "kb"), use_cache=False))
    del engine, old
    gc.collect()
    assert gone() is None
    assert new.ask("Ai là Bí thư Quận ủy Quận 11?").answer
