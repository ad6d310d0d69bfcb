"""The retrieval index over a knowledge base: BM25 (bm25s) over sentences and over whole
articles, on match-key tokens. Built from the YAML, cached in knowledge/.cache/ and rebuilt by
itself whenever a YAML file changes; the cache is never the only copy of anything.
"""
from __future__ import annotations

import logging
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from typing import Callable

import bm25s
import numpy as np

from .articles import Article
from .kb import FaqEntry, KnowledgeBase, LoadResult
from .text import fold, split_sentences, tokens, tokens_folded

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)
CACHE_VERSION = 5
CACHE_FILE = "index.pickle"


@dataclass
class Index:
    articles: list[Article]
    faq: list[FaqEntry]
    errors: list[str]
    sentences: list[str]  # display text of every sentence
    sentence_article: np.ndarray  # article position of each sentence
    sentence_keys: list[str]  # match-key tokens of each sentence, space-joined (one string
    # per sentence unpickles far faster than a list of lists)
    article_first_sentence: np.ndarray  # article position -> first sentence position
    sentence_bm25: bm25s.BM25 | None  # None for an empty knowledge base
    article_bm25: bm25s.BM25 | None
    faq_keys: list[str] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)

    # -- queries ---------------------------------------------------------------------------
    def _known(self, bm25: bm25s.BM25 | None, query: list[str]) -> list[str]:
        return [t for t in query if t and bm25 is not None and t in bm25.vocab_dict]

    @property
    def vocab(self) -> dict[str, int]:
        return self.sentence_bm25.vocab_dict if self.sentence_bm25 is not None else {}

    def sentence_scores(self, query: list[str]) -> np.ndarray:
        known = self._known(self.sentence_bm25, query)
        if not known:
            return np.zeros(len(self.sentences), dtype=np.float32)
        return self.sentence_bm25.get_scores(known)

    def article_scores(self, query: list[str]) -> np.ndarray:
        known = self._known(self.article_bm25, query)
        if not known:
            return np.zeros(len(self.articles), dtype=np.float32)
        return self.article_bm25.get_scores(known)

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token over sentences (0 for unknown tokens)."""
        df = self._df.get(token)
        if df is None:
            return 0.0
        n = len(self.sentences)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    @property
    def _df(self) -> dict[str, int]:
        cached = getattr(self, "_df_cache", None)
        if cached is None:
            cached = {}
            for key in self.sentence_keys:
                for t in set(key.split()):
                    cached[t] = cached.get(t, 0) + 1
            self._df_cache = cached
        return cached

    def sentence_tokens(self, i: int) -> list[str]:
        return self.sentence_keys[i].split()

    def sentences_of(self, pos: int) -> range:
        start = int(self.article_first_sentence[pos])
        end = int(self.article_first_sentence[pos + 1]) if pos + 1 < len(self.articles) else len(self.sentences)
        return range(start, end)

    def article(self, article_id: str) -> Article | None:
        pos = self.by_id.get(article_id)
        return self.articles[pos] if pos is not None else None


def article_sentences(article: Article) -> list[str]:
    out: list[str] = []
    for para in article.paragraphs + article.captions:
        out.extend(split_sentences(para))
    return out


def with_pairs(toks: list[str]) -> list[str]:
    """Words and adjacent word pairs: pairs make names and terms ("ho_an", "an_phong")
    discriminative where each syllable alone is common."""
    return toks + [f"{a}_{b}" for a, b in zip(toks, toks[1:])]


def _bm25(corpus: list[list[str]]) -> bm25s.BM25 | None:
    if not corpus:
        return None
    retriever = bm25s.BM25()
    # an empty document still needs one token for bm25s
    retriever.index([toks or [""] for toks in corpus], show_progress=False)
    return retriever


def build(kb: KnowledgeBase, progress: Callable[[str], None] | None = None) -> Index:
    loaded = kb.load()
    for err in loaded.errors:
        log.warning("%s", err)
    return build_from(loaded, progress)


def build_from(loaded: LoadResult, progress: Callable[[str], None] | None = None) -> Index:
    """The index of articles already in memory (an import need not read back what it wrote)."""
    articles = loaded.articles
    sentences: list[str] = []
    owner: list[int] = []
    first: list[int] = []
    sent_tokens: list[list[str]] = []
    art_tokens: list[list[str]] = []
    for pos, article in enumerate(articles):
        first.append(len(sentences))
        title_toks = tokens(article.title)
        body: list[str] = []
        for s in article_sentences(article):
            toks = tokens_folded(fold(s))
            sentences.append(s)
            owner.append(pos)
            sent_tokens.append(toks)
            body.extend(toks)
        art_tokens.append(title_toks * 2 + body)
        if progress and (pos + 1) % 2000 == 0:
            progress(f"indexed {pos + 1}/{len(articles)} articles")
    index = Index(
        articles=articles, faq=loaded.faq, errors=loaded.errors, sentences=sentences,
        sentence_article=np.asarray(owner, dtype=np.int32), sentence_keys=[" ".join(t) for t in sent_tokens],
        article_first_sentence=np.asarray(first, dtype=np.int64),
        sentence_bm25=_bm25([with_pairs(t) for t in sent_tokens]),
        article_bm25=_bm25([with_pairs(t) for t in art_tokens]),
        faq_keys=[fold(f.question) for f in loaded.faq],
        by_id={a.id: i for i, a in enumerate(articles)},
    )
    index._df  # computed now so that the cache carries it
    return index


def open_index(kb: KnowledgeBase, use_cache: bool = True,
               progress: Callable[[str], None] | None = None) -> Index:
    """The index for kb: from the cache when it matches the YAML on disk, else rebuilt."""
    fingerprint = kb.fingerprint()
    cache = kb.cache_dir / CACHE_FILE
    if use_cache and cache.exists():
        try:
            with cache.open("rb") as f:
                version, cached_fp, index = pickle.load(f)
            if version == CACHE_VERSION and cached_fp == fingerprint and isinstance(index, Index):
                return index
        except Exception as exc:  # a corrupt or foreign cache is rebuilt, never trusted
            log.warning("index cache %s unreadable (%s): rebuilding", cache, type(exc).__name__)
    index = build(kb, progress)
    if use_cache:
        save_cache(kb, fingerprint, index)
    return index


def save_cache(kb: KnowledgeBase, fingerprint: str, index: Index) -> None:
    try:
        kb.cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=kb.cache_dir, prefix=".index.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump((CACHE_VERSION, fingerprint, index), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, kb.cache_dir / CACHE_FILE)
    except OSError as exc:  # a read-only knowledge base still answers, just slower to start
        log.info("cannot write index cache: %s", exc)
