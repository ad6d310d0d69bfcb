"""The retrieval index over a knowledge base: BM25 (bot.bm25) over sentences and over whole
articles, on match-key tokens, and how the articles write words with capitals (bot.casing).
Built from the YAML, cached in knowledge/.cache/ and rebuilt by itself whenever a YAML file
changes; the cache is never the only copy of anything.
"""
from __future__ import annotations

import gc
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from .articles import Article
from .bm25 import Encoder, Postings
from .casing import Casing
from .kb import FaqEntry, KnowledgeBase, LoadResult
from .text import fold, split_sentences, tokens, tokens_folded

log = logging.getLogger(__name__)
CACHE_VERSION = 13
CACHE_FILE = "index.pickle"


class TextColumn(Sequence[str]):
    """Many strings kept as one UTF-8 buffer and an offsets array: the cache unpickles it in one
    copy instead of one Python object per sentence, and it takes a third of the memory."""

    def __init__(self, texts: Iterable[str]):
        encoded = [t.encode("utf-8") for t in texts]
        self.offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=self.offsets[1:])
        self.blob = b"".join(encoded)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.blob[self.offsets[i]:self.offsets[i + 1]].decode("utf-8")

    def __iter__(self) -> Iterator[str]:
        offsets = self.offsets.tolist()
        for start, end in zip(offsets, offsets[1:]):
            yield self.blob[start:end].decode("utf-8")


@dataclass
class Index:
    articles: list[Article]
    faq: list[FaqEntry]
    errors: list[str]
    sentences: Sequence[str]  # display text of every sentence
    sentence_article: np.ndarray  # article position of each sentence
    sentence_keys: Sequence[str]  # match-key tokens of each sentence, space-joined
    title_keys: Sequence[str]  # match-key tokens of each article's title, space-joined
    article_first_sentence: np.ndarray  # article position -> first sentence position
    sentence_postings: Postings | None  # None for an empty knowledge base
    article_postings: Postings | None
    faq_keys: list[str] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    casing: Casing = field(default_factory=Casing)  # how the articles write words with capitals

    # -- queries ---------------------------------------------------------------------------
    def words(self) -> list[str]:
        """Every single word the index knows (no pairs), for typo correction."""
        return self.sentence_postings.words.as_list() if self.sentence_postings is not None else []

    def knows(self, token: str) -> bool:
        return self.sentence_postings is not None and token in self.sentence_postings

    def sentence_scores_of(self, query: list[str], sentences: np.ndarray) -> np.ndarray:
        """BM25 scores of the given sentences only (positions, sorted ascending)."""
        if self.sentence_postings is None:
            return np.zeros(len(sentences), dtype=np.float32)
        return self.sentence_postings.scores_of(query, sentences)

    def sentences_of_articles(self, positions: np.ndarray) -> np.ndarray:
        """Every sentence position of the given articles, ascending (positions sorted)."""
        bounds = np.append(self.article_first_sentence, len(self.sentences))
        starts = bounds[positions]
        lengths = (bounds[positions + 1] - starts).astype(np.int64)
        offsets = np.repeat(starts - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
        return (np.arange(int(lengths.sum()), dtype=np.int64) + offsets).astype(np.int64)

    def article_scores(self, query: list[str]) -> np.ndarray:
        if self.article_postings is None:
            return np.zeros(len(self.articles), dtype=np.float32)
        return self.article_postings.scores(query)

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token over sentences (0 for unknown tokens)."""
        df = self.sentence_postings.doc_freq(token) if self.sentence_postings is not None else 0
        if not df:
            return 0.0
        n = len(self.sentences)
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def sentences_with(self, keys: tuple[str, ...]) -> int:
        """How many sentences hold one to three match keys side by side (three: both of its
        pairs, which is near enough)."""
        postings = self.sentence_postings
        if postings is None:
            return 0
        if len(keys) == 1:
            return postings.doc_freq(keys[0])
        if len(keys) == 2:
            return postings.doc_freq(f"{keys[0]}_{keys[1]}")
        return len(self.sentences_holding(keys[:3]))

    def sentences_holding(self, keys: tuple[str, ...]) -> np.ndarray:
        """The sentences holding each adjacent pair of these match keys (of two or more): all who
        write them side by side, and a few that write the pairs apart."""
        postings = self.sentence_postings
        if postings is None:
            return np.zeros(0, dtype=np.int64)
        docs = postings.docs(f"{keys[0]}_{keys[1]}")
        for a, b in zip(keys[1:], keys[2:]):
            docs = np.intersect1d(docs, postings.docs(f"{a}_{b}"), assume_unique=True)
        return docs

    def sentence_tokens(self, i: int) -> list[str]:
        return self.sentence_keys[i].split()

    def article_keys(self, pos: int) -> str:
        """The article's title and sentences as match-key tokens, space-joined."""
        rng = self.sentences_of(pos)
        return " ".join([self.title_keys[pos]] + [self.sentence_keys[j] for j in rng])

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


def build(kb: KnowledgeBase, progress: Callable[[str], None] | None = None) -> Index:
    loaded = kb.load()
    for err in loaded.errors:
        log.warning("%s", err)
    return build_from(loaded, progress)


def build_from(loaded: LoadResult, progress: Callable[[str], None] | None = None,
               previous: Index | None = None) -> Index:
    """The index of articles already in memory (an import need not read back what it wrote).
    Articles that `previous` already indexed keep their sentences and match keys: an import of
    a few articles into a big knowledge base folds only those."""
    articles = loaded.articles
    reuse = {id(a): pos for pos, a in enumerate(previous.articles)} if previous else {}
    titles: list[str] = []
    sentences: list[str] = []
    keys: list[str] = []
    owner: list[int] = []
    first: list[int] = []
    encoder = Encoder(2)  # 0: sentences, 1: articles (title twice, then the body)
    new_sentences: list[str] = []  # of articles `previous` did not have
    kept = 0  # articles of `previous` still here
    for pos, article in enumerate(articles):
        first.append(len(sentences))
        old = reuse.get(id(article))
        if old is not None:
            title_key = previous.title_keys[old]
            rng = previous.sentences_of(old)
            article_texts = [previous.sentences[j] for j in rng]
            article_keys = [previous.sentence_keys[j] for j in rng]
            kept += 1
        else:
            title_key = " ".join(tokens(article.title))
            article_texts = article_sentences(article)
            article_keys = [" ".join(tokens_folded(fold(s))) for s in article_texts]
            new_sentences.extend(article_texts)
        titles.append(title_key)
        body: list[str] = []
        for text, key in zip(article_texts, article_keys):
            toks = key.split()
            sentences.append(text)
            keys.append(key)
            owner.append(pos)
            encoder.add(0, toks)
            body.extend(toks)
        encoder.add(1, title_key.split() * 2 + body)
        if progress and (pos + 1) % 2000 == 0:
            progress(f"indexed {pos + 1}/{len(articles)} articles")
    sentence_postings = article_postings = None
    if sentences:
        words, ((s_flat, s_len), (a_flat, a_len)) = encoder.finish()
        sentence_postings, article_postings = Postings(words, s_flat, s_len), Postings(words, a_flat, a_len)
    casing = _casing(previous, kept, sentences, new_sentences, progress)
    return Index(
        articles=articles, faq=loaded.faq, errors=loaded.errors, sentences=TextColumn(sentences),
        sentence_article=np.asarray(owner, dtype=np.int32),
        sentence_keys=TextColumn(keys), title_keys=TextColumn(titles),
        article_first_sentence=np.asarray(first, dtype=np.int64),
        sentence_postings=sentence_postings, article_postings=article_postings,
        faq_keys=[fold(f.question) for f in loaded.faq],
        by_id={a.id: i for i, a in enumerate(articles)},
        casing=casing,
    )


def _casing(previous: Index | None, kept: int, sentences: list[str], new_sentences: list[str],
            progress: Callable[[str], None] | None) -> Casing:
    """The capitals of the articles: an import that only adds articles counts the new ones and
    adds them to the old counts; anything else counts all again."""
    if previous is not None and kept == len(previous.articles):
        return previous.casing.plus(Casing.learn(new_sentences, progress))
    return Casing.learn(sentences, progress)


def _unpickle(f):
    """pickle.load with the cyclic garbage collector paused: loading creates a few hundred
    thousand objects and none of them is garbage, yet each batch of allocations would set off a
    collection pass over all of them (a third of the load time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(f)
    finally:
        if enabled:
            gc.enable()


def open_index(kb: KnowledgeBase, use_cache: bool = True,
               progress: Callable[[str], None] | None = None) -> Index:
    """The index for kb: from the cache when it matches the YAML on disk, else rebuilt."""
    fingerprint = kb.fingerprint()
    cache = kb.cache_dir / CACHE_FILE
    if use_cache and cache.exists():
        try:
            with cache.open("rb") as f:
                version, cached_fp, index = _unpickle(f)
            if version == CACHE_VERSION and cached_fp == fingerprint and isinstance(index, Index):
                return _settled(index)
        except Exception as exc:  # a corrupt or foreign cache is rebuilt, never trusted
            log.warning("index cache %s unreadable (%s): rebuilding", cache, type(exc).__name__)
    index = build(kb, progress)
    if use_cache:
        save_cache(kb, fingerprint, index)
    return _settled(index)


def _settled(index: Index) -> Index:
    """Take the index's objects out of the cyclic collector's sight (gc.freeze): they live as long
    as the index, and every full collection walking the hundreds of thousands of them stalled one
    answer in a few hundred by ~100 ms at 10k articles. They are still freed by reference count
    when a reload drops the index."""
    gc.freeze()
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
