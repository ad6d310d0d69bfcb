"""BM25 over words and adjacent word pairs, built from token ids with numpy.

The scores are bm25s's defaults (Lucene's BM25: k1 = 1.5, b = 0.75, idf = ln(1 + (N - df + 0.5) /
(df + 0.5))) and tests/test_bm25.py checks them against bm25s itself. bm25s is not used to build
because at news-site scale its Python loops were most of a cold start: mapping 10M word and pair
strings to ids, counting document frequencies with a set per document (25 of 45 s at 10k
articles). Here a pair is never a string: it is the number `V + a * V + b` for words a and b, and
counting is one sort.

Everything is numpy arrays, so the index cache loads in milliseconds.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

K1, B = 1.5, 0.75
MAX_WORD = 48  # longer "words" are junk (glued text, hashes); they would only widen the array


class Words:
    """The single words of an index, sorted, so that a word's id is its position."""

    def __init__(self, words: np.ndarray):
        self.array = words

    @classmethod
    def encode(cls, *corpora: Iterable[list[str]]) -> tuple["Words", list[tuple[np.ndarray, np.ndarray]]]:
        """The words of all corpora, and for each corpus (every token's word id in document order,
        each document's length). An empty document counts as one empty word, as in bm25s."""
        ids = _Ids()
        encoded = []
        for docs in corpora:
            lengths: list[int] = []
            flat: list[int] = []
            for toks in docs:
                flat.extend(map(ids.__getitem__, toks or [""]))  # in C: a new word gets the next id
                lengths.append(len(toks) or 1)
            encoded.append((np.asarray(flat, dtype=np.int64), np.asarray(lengths, dtype=np.int64)))
        # a word longer than MAX_WORD is cut in the array; id() never looks such a word up
        width = min(max(map(len, ids), default=1), MAX_WORD) or 1
        words = np.array(list(ids), dtype=f"U{width}")
        order = np.argsort(words, kind="stable")
        position = np.empty(len(order), dtype=np.int64)
        position[order] = np.arange(len(order))  # ids become positions in the sorted array
        return cls(words[order]), [(position[flat], lengths) for flat, lengths in encoded]

    def __len__(self) -> int:
        return len(self.array)

    def id(self, word: str) -> int | None:
        if not word or len(word) > MAX_WORD:
            return None
        i = int(np.searchsorted(self.array, word))
        return i if i < len(self.array) and self.array[i] == word else None

    def term(self, token: str) -> int | None:
        """A word's id, or for a pair "a_b" the number that stands for it."""
        if "_" not in token:
            return self.id(token)
        a, b = token.split("_", 1)
        ia, ib = self.id(a), self.id(b)
        return None if ia is None or ib is None else len(self) + ia * len(self) + ib

    def as_list(self) -> list[str]:
        return [w for w in self.array.tolist() if w]


class _Ids(dict):
    def __missing__(self, word: str) -> int:
        self[word] = n = len(self)
        return n


class Postings:
    """BM25 weight of every (term, document), in CSC form: the documents of term `terms[k]` are
    `indices[indptr[k]:indptr[k + 1]]` with weights `data[...]`."""

    def __init__(self, words: Words, flat: np.ndarray, lengths: np.ndarray):
        self.words = words
        v, n_docs = len(words), len(lengths)
        doc = np.repeat(np.arange(n_docs, dtype=np.int64), lengths)
        same = doc[1:] == doc[:-1]  # neighbours in one document make a pair
        terms = np.concatenate([flat, v + flat[:-1][same] * v + flat[1:][same]])
        docs = np.concatenate([doc, doc[1:][same]])
        del doc, same
        doc_len = lengths + np.maximum(lengths - 1, 0)  # words and pairs, as bm25s counts them
        uterm, udoc, tf = _count_pairs(terms, docs, n_docs, v)
        del terms, docs
        starts = np.flatnonzero(np.r_[True, uterm[1:] != uterm[:-1]]) if len(uterm) else np.zeros(0, np.int64)
        self.terms = uterm[starts]
        self.indptr = np.r_[starts, len(uterm)].astype(np.int64)
        df = np.diff(self.indptr)
        idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        norm = K1 * (1 - B + B * doc_len / doc_len.mean())
        self.data = (np.repeat(idf, df) * tf / (tf + norm[udoc])).astype(np.float32)
        self.indices = udoc.astype(np.int32)
        self.n_docs = n_docs

    def _slot(self, token: str) -> int | None:
        term = self.words.term(token)
        if term is None:
            return None
        k = int(np.searchsorted(self.terms, term))
        return k if k < len(self.terms) and self.terms[k] == term else None

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self._slot(token) is not None

    def doc_freq(self, token: str) -> int:
        k = self._slot(token)
        return 0 if k is None else int(self.indptr[k + 1] - self.indptr[k])

    def scores(self, query: list[str]) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float32)
        for token in query:  # a term's documents are distinct, so += adds once per document
            k = self._slot(token)
            if k is not None:
                start, end = self.indptr[k], self.indptr[k + 1]
                out[self.indices[start:end]] += self.data[start:end]
        return out


def _count_pairs(terms: np.ndarray, docs: np.ndarray, n_docs: int, v: int):
    """Distinct (term, document) pairs sorted by term then document, with how often each occurs."""
    if (v * v + 2 * v) * max(n_docs, 1) < 2 ** 62:  # one int64 key: one sort
        keys, tf = np.unique(terms * n_docs + docs, return_counts=True)
        return keys // n_docs, keys % n_docs, tf
    order = np.lexsort((docs, terms))
    terms, docs = terms[order], docs[order]
    new = np.r_[True, (terms[1:] != terms[:-1]) | (docs[1:] != docs[:-1])]
    starts = np.flatnonzero(new)
    return terms[starts], docs[starts], np.diff(np.r_[starts, len(terms)])
