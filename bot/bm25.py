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

from array import array
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
        each document's length)."""
        encoder = Encoder(len(corpora))
        for n, docs in enumerate(corpora):
            for toks in docs:
                encoder.add(n, toks)
        return encoder.finish()

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


class Encoder:
    """Word ids of documents as they come, kept in flat machine-integer arrays: no list of token
    strings for the whole knowledge base is ever held (that was most of an import's memory).
    An empty document counts as one empty word, as in bm25s."""

    def __init__(self, n_corpora: int = 1):
        self._ids = _Ids()
        self._flat = [array("q") for _ in range(n_corpora)]
        self._lengths = [array("q") for _ in range(n_corpora)]

    def add(self, corpus: int, toks: list[str]) -> None:
        self._flat[corpus].extend(map(self._ids.__getitem__, toks or [""]))  # in C: a new word gets the next id
        self._lengths[corpus].append(len(toks) or 1)

    def finish(self) -> tuple[Words, list[tuple[np.ndarray, np.ndarray]]]:
        ids = self._ids
        # a word longer than MAX_WORD is cut in the array; Words.id never looks such a word up
        width = min(max(map(len, ids), default=1), MAX_WORD) or 1
        words = np.array(list(ids), dtype=f"U{width}")
        order = np.argsort(words, kind="stable")
        position = np.empty(len(order), dtype=np.int64)
        position[order] = np.arange(len(order))  # ids become positions in the sorted array
        return Words(words[order]), [
            (position[np.frombuffer(flat, dtype=np.int64)] if len(flat) else np.zeros(0, np.int64),
             np.frombuffer(lengths, dtype=np.int64).copy())
            for flat, lengths in zip(self._flat, self._lengths)]


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
        doc_len = lengths + np.maximum(lengths - 1, 0)  # words and pairs, as bm25s counts them
        uterm, udoc, tf = _count(_keys(flat, lengths, v), n_docs, v)
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

    def docs(self, token: str) -> np.ndarray:
        """The documents holding a term, ascending."""
        k = self._slot(token)
        return self.indices[self.indptr[k]:self.indptr[k + 1]] if k is not None else self.indices[:0]

    def scores(self, query: list[str]) -> np.ndarray:
        out = np.zeros(self.n_docs, dtype=np.float32)
        for token in query:  # a term's documents are distinct, so += adds once per document
            k = self._slot(token)
            if k is not None:
                start, end = self.indptr[k], self.indptr[k + 1]
                out[self.indices[start:end]] += self.data[start:end]
        return out

    def scores_of(self, query: list[str], docs: np.ndarray) -> np.ndarray:
        """The scores of some documents only (`docs` sorted ascending): the same numbers as
        `scores(query)[docs]`, at a cost that grows with len(docs), not with the collection."""
        out = np.zeros(len(docs), dtype=np.float32)
        if not len(docs):
            return out
        for token in query:
            k = self._slot(token)
            if k is None:
                continue
            start, end = self.indptr[k], self.indptr[k + 1]
            have, weight = self.indices[start:end], self.data[start:end]
            if len(have) < len(docs):  # look the term's documents up among ours
                pos = np.searchsorted(docs, have)
                ok = pos < len(docs)
                ok[ok] = docs[pos[ok]] == have[ok]
                out[pos[ok]] += weight[ok]
            else:  # look ours up among the term's documents
                pos = np.minimum(np.searchsorted(have, docs), len(have) - 1)
                ok = have[pos] == docs
                out[ok] += weight[pos[ok]]
        return out


def _keys(flat: np.ndarray, lengths: np.ndarray, v: int) -> tuple[np.ndarray, np.ndarray]:
    """(term, document) of every word and every pair of neighbours in a document."""
    doc = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    same = doc[1:] == doc[:-1]  # neighbours in one document make a pair
    terms = np.concatenate([flat, v + flat[:-1][same] * v + flat[1:][same]])
    docs = np.concatenate([doc, doc[1:][same]])
    return terms, docs


def _count(term_docs: tuple[np.ndarray, np.ndarray], n_docs: int, v: int):
    """Distinct (term, document) pairs sorted by term then document, with how often each occurs.
    One int64 key per occurrence, sorted in place: the fewest copies of the biggest array."""
    terms, docs = term_docs
    if (v * v + 2 * v) * max(n_docs, 1) < 2 ** 62:
        keys = terms
        keys *= n_docs
        keys += docs
        del terms, term_docs
        docs = None
        keys.sort()
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        tf = np.diff(np.r_[starts, len(keys)])
        keys = keys[starts]
        return keys // n_docs, keys % n_docs, tf
    order = np.lexsort((docs, terms))
    terms, docs = terms[order], docs[order]
    starts = np.flatnonzero(np.r_[True, (terms[1:] != terms[:-1]) | (docs[1:] != docs[:-1])])
    return terms[starts], docs[starts], np.diff(np.r_[starts, len(terms)])
