"""Which subscriber gets which new article: the part of alerts that knows nothing of Telegram.

A subscription is a keyword ('' = all news). It matches an article when the keyword's match-key
words stand together, as whole words, in the article's title or text: accent-folded, so
"quan 11" matches "Quận 11", and "quận 1" does not match "Quận 11".
New articles are those of the knowledge base not yet recorded as announced in the state; they
are planned and written to the outbox in one transaction (bot.state.State.enqueue).
"""
from __future__ import annotations

import logging
from collections import defaultdict
from typing import Iterable

from .articles import Article
from .state import State
from .text import fold, tokens, tokens_folded

log = logging.getLogger(__name__)


def keyword_key(keyword: str) -> str:
    return " ".join(tokens(keyword))


def article_key(article: Article) -> str:
    return " " + " ".join(tokens_folded(fold("\n".join([article.title] + article.paragraphs)))) + " "


def plan(articles: list[Article], subscriptions: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    """chat id -> ids of the new articles it should hear about, in article order."""
    keys = [article_key(a) for a in articles]
    wanted: dict[int, set[str]] = defaultdict(set)
    for chat_id, key in subscriptions:
        for article, text in zip(articles, keys):
            if not key or f" {key} " in text:
                wanted[chat_id].add(article.id)
    order = {a.id: n for n, a in enumerate(articles)}
    return {chat: sorted(ids, key=order.__getitem__) for chat, ids in wanted.items()}


def announce_new(articles: list[Article], state: State) -> int:
    """Queue notices for articles not announced yet; returns how many notices were queued.

    The first time a data folder meets a knowledge base, what is already there is recorded as
    announced without notices: subscribers hear about news, not the archive."""
    if state.meta("baseline") is None:
        state.mark_announced(a.id for a in articles)
        state.set_meta("baseline", "done")
        return 0
    known = state.announced_ids()
    new = [a for a in articles if a.id not in known]
    if not new:
        return 0
    new.sort(key=lambda a: (a.date or "", a.id))
    queued = state.enqueue([a.id for a in new], plan(new, state.all_subscriptions()))
    log.info("%d new article(s), %d notice(s) queued", len(new), queued)
    return queued
