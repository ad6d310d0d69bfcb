"""Article search: BM25 over whole articles (title counted twice) on match keys, with a
snippet around the best-matching sentence."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .articles import Article
from .index import Index
from .question import is_stopword, plain_compounds
from .text import aligned_tokens, strip_diacritics, tokens


@dataclass
class Hit:
    article: Article
    score: float
    snippet: str
    marks: list[tuple[int, int]]  # character spans of the snippet that match the query


def search(index: Index, query: str, limit: int = 5, offset: int = 0) -> tuple[list[Hit], int]:
    """One page of hits and the total number of matching articles."""
    words = _query_words(query)
    if not words or not index.articles:
        return [], 0
    scores = index.article_scores(words)
    matching = np.flatnonzero(scores > 0)
    order = matching[np.argsort(-scores[matching], kind="stable")]
    page = order[offset:offset + limit]
    return [_hit(index, int(pos), float(scores[pos]), words) for pos in page], len(order)


def _query_words(query: str) -> list[str]:
    """The query's match keys less its function words as written ("đầu tư" is no "đâu từ"; typed
    without diacritics, "dau tu" neither); all of them when nothing else is left."""
    aligned = aligned_tokens(query)
    keys = [t for t, _, _ in aligned]
    plain = strip_diacritics(query) == query
    compounds = plain_compounds(keys) if plain else set()
    words = [t for k, (t, s, e) in enumerate(aligned) if k in compounds or not is_stopword(query[s:e], plain)]
    return words or tokens(query)


def _hit(index: Index, pos: int, score: float, words: list[str]) -> Hit:
    wanted = set(words)
    best, best_n = None, -1
    for i in index.sentences_of(pos):
        n = len(wanted & set(index.sentence_tokens(i)))
        if n > best_n:
            best, best_n = i, n
    snippet = index.sentences[best] if best is not None else index.articles[pos].lead
    if len(snippet) > 240:
        snippet = snippet[:237].rsplit(" ", 1)[0] + "…"
    marks = [(s, e) for t, s, e in aligned_tokens(snippet) if t in wanted]
    return Hit(index.articles[pos], score, snippet, _merge(marks))


def _merge(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(marks)):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def latest(index: Index, limit: int = 5) -> list[Article]:
    dated = sorted(index.articles, key=lambda a: (a.date or "", a.id), reverse=True)
    return dated[:limit]
