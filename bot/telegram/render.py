"""Messages for Telegram in HTML parse mode: everything from articles and users escaped, every
text cut to Telegram's limits (4096 characters a message, 64 bytes of callback data)."""
from __future__ import annotations

import hashlib
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from ..answer import Answer
from ..articles import Article
from ..messages import show_date, t
from ..search import Hit
from ..text import split_sentences

MAX_MESSAGE = 4096
MAX_BUTTON_TEXT = 60
MAX_CALLBACK = 64


def cut(text: str, limit: int) -> str:
    """Cut plain text to at most limit characters, at a word if one is near, with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: max(limit - 1, 0)]
    space = head.rfind(" ")
    if space > limit * 0.6:
        head = head[:space]
    return head.rstrip() + "…"


def fit(parts: list[tuple[str, bool]], limit: int = MAX_MESSAGE) -> str:
    """Join (text, is_plain) parts into HTML of at most limit characters. Plain parts are
    escaped and are the ones shortened when the whole is too long; markup parts are kept."""
    def render(ps):
        return "".join(escape(txt, quote=False) if plain else txt for txt, plain in ps)

    html = render(parts)
    while len(html) > limit:
        longest = max((i for i, (txt, plain) in enumerate(parts) if plain), key=lambda i: len(parts[i][0]), default=None)
        if longest is None or len(parts[longest][0]) <= 1:
            return html[:limit]
        txt = parts[longest][0]
        parts[longest] = (cut(txt, max(1, len(txt) - (len(html) - limit) - 8)), True)
        html = render(parts)
    return html


def link(article: Article, lang: str) -> list[tuple[str, bool]]:
    """The article's title (linked when it has a URL) and its date."""
    date = f" — {show_date(article.date)}" if article.date else ""
    title = cut(article.title, 300)
    if article.url and article.url.startswith(("http://", "https://")):
        return [(f'<a href="{escape(article.url, quote=True)}">', False), (title, True), ("</a>", False), (date, True)]
    return [(title, True), (date, True)]


def answer_message(answer: Answer, lang: str) -> str:
    read_as = [("<i>", False), (t("read_as", lang, question=answer.read_as), True), ("</i>\n", False)] \
        if answer.read_as else []
    if not answer.known:
        unknown = t("unknown", lang) + (("\n" + t("related", lang)) if answer.related else "")
        return fit(read_as + [(unknown, True)])
    parts: list[tuple[str, bool]] = read_as + [("<b>", False), (answer.answer, True), ("</b>", False)]
    if answer.as_of:
        parts.append((f" ({t('as_of', lang, date=show_date(answer.as_of))})", True))
    if answer.evidence and answer.evidence != answer.answer:
        parts += [("\n\n<i>", False), (f"«{answer.evidence}»", True), ("</i>", False)]
    if answer.source:
        parts += [("\n\n📰 ", False)] + link(answer.source, lang)
    return fit(parts)


def article_button(article: Article) -> InlineKeyboardButton:
    return InlineKeyboardButton(cut(article.title, MAX_BUTTON_TEXT), callback_data=article_callback(article.id))


def article_callback(article_id: str) -> str:
    data = f"a:{article_id}"
    if len(data.encode()) <= MAX_CALLBACK:
        return data
    return "a#" + hashlib.sha1(article_id.encode()).hexdigest()[:20]


def related_keyboard(articles: list[Article]) -> InlineKeyboardMarkup | None:
    if not articles:
        return None
    return InlineKeyboardMarkup([[article_button(a)] for a in articles[:3]])


def article_message(article: Article, lang: str) -> str:
    """Title, date, the lead and the link: what a result button shows."""
    parts: list[tuple[str, bool]] = [("<b>", False), (cut(article.title, 300), True), ("</b>", False)]
    if article.date:
        parts.append((f" — {show_date(article.date)}", True))
    parts += [("\n\n", False), (cut(article.lead, 1500), True)]
    if article.url and article.url.startswith(("http://", "https://")):
        parts += [("\n\n", False), (f'<a href="{escape(article.url, quote=True)}">', False),
                  (t("read_article", lang), True), ("</a>", False)]
    return fit(parts)


def search_message(query: str, hits: list[Hit], total: int, offset: int, lang: str) -> str:
    if not hits:
        return escape(t("no_results", lang, query=cut(query, 200)))
    parts: list[tuple[str, bool]] = [(t("results", lang, query=cut(query, 200), first=offset + 1,
                                        last=offset + len(hits), total=total), True)]
    for n, hit in enumerate(hits, offset + 1):
        parts += [(f"\n\n{n}. ", True), ("<b>", False), (cut(hit.article.title, 200), True), ("</b>", False)]
        if hit.article.date:
            parts.append((f" — {show_date(hit.article.date)}", True))
        parts.append(("\n", False))
        parts += _marked(cut(hit.snippet, 300), hit.marks)
    return fit(parts)


def _marked(snippet: str, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The snippet with the matched words in bold."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in marks:
        if s >= len(snippet):
            break
        e = min(e, len(snippet))
        out += [(snippet[pos:s], True), ("<b>", False), (snippet[s:e], True), ("</b>", False)]
        pos = e
    out.append((snippet[pos:], True))
    return out


def search_keyboard(search_id: int, hits: list[Hit], total: int, offset: int, per_page: int) -> InlineKeyboardMarkup | None:
    rows = [[article_button(h.article)] for h in hits]
    nav = []
    if offset > 0:
        nav.append(InlineKeyboardButton("◀", callback_data=f"s:{search_id}:{max(offset - per_page, 0)}"))
    if offset + per_page < total:
        nav.append(InlineKeyboardButton("▶", callback_data=f"s:{search_id}:{offset + per_page}"))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows) if rows else None


def notice_message(articles: list[Article], lang: str) -> str:
    """A new-article notice: title, date, first sentence, link; several articles in one message."""
    parts: list[tuple[str, bool]] = [("🆕 ", False)]
    if len(articles) > 1:
        parts.append((t("new_articles", lang), True))
    for article in articles:
        if len(articles) > 1:
            parts.append(("\n\n• ", False))
        parts += [("<b>", False), (cut(article.title, 300), True), ("</b>", False)]
        if article.date:
            parts.append((f" — {show_date(article.date)}", True))
        first = split_sentences(article.lead)[:1]
        if first:
            parts += [("\n", False), (cut(first[0], 500), True)]
        if article.url and article.url.startswith(("http://", "https://")):
            parts += [("\n", False), (f'<a href="{escape(article.url, quote=True)}">', False),
                      (t("read_article", lang), True), ("</a>", False)]
    return fit(parts)
