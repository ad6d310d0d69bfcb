"""bot.bm25 gives the scores bm25s gives (words and adjacent word pairs, Lucene BM25)."""
from __future__ import annotations

import bm25s
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.bm25 import Postings, Words


def with_pairs(toks: list[str]) -> list[str]:
    return toks + [f"{a}_{b}" for a, b in zip(toks, toks[1:])]


def bm25s_scores(docs: list[list[str]], query: list[str]) -> np.ndarray:
    retriever = bm25s.BM25()
    retriever.index([with_pairs(d) or [""] for d in docs], show_progress=False)
    known = [t for t in query if t in retriever.vocab_dict]
    return retriever.get_scores(known) if known else np.zeros(len(docs))


_word = st.sampled_from("quan 11 12 bi thu uy ban nhan dan phuong ho an phong".split())
_docs = st.lists(st.lists(_word, max_size=12), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(docs=_docs, query=st.lists(_word, min_size=1, max_size=6))
def test_scores_equal_bm25s_for_words_and_pairs(docs, query):
    words, ((flat, lengths),) = Words.encode(docs)
    postings = Postings(words, flat, lengths)
    wanted = list(dict.fromkeys(with_pairs(query)))
    np.testing.assert_allclose(postings.scores(wanted), bm25s_scores(docs, wanted), rtol=1e-5, atol=1e-6)


def test_unknown_words_and_pairs_score_nothing_and_document_frequency_counts_documents():
    docs = [["quan", "11"], ["quan", "12", "quan"], []]
    words, ((flat, lengths),) = Words.encode(docs)
    postings = Postings(words, flat, lengths)
    assert postings.doc_freq("quan") == 2 and postings.doc_freq("quan_11") == 1
    assert "quan_12" in postings and "12_11" not in postings and "huyen" not in postings
    assert not postings.scores(["huyen", "11_quan"]).any()
    assert postings.scores(["quan_11"]).argmax() == 0


@settings(max_examples=200, deadline=None)
@given(docs=_docs, query=st.lists(_word, min_size=1, max_size=6), data=st.data())
def test_scores_of_some_documents_equal_the_full_scores_of_those_documents(docs, query, data):
    # answering ranks only the sentences of the best articles: their scores must be the ones a
    # full scoring gives, whichever side (the term's documents or ours) is looked up in the other
    words, ((flat, lengths),) = Words.encode(docs)
    postings = Postings(words, flat, lengths)
    some = np.array(sorted(data.draw(st.sets(st.integers(0, len(docs) - 1)))), dtype=np.int64)
    wanted = list(dict.fromkeys(with_pairs(query)))
    np.testing.assert_array_equal(postings.scores_of(wanted, some), postings.scores(wanted)[some])
