"""/search with ◀ ▶ paging that edits the message, /latest, and the button per article that
shows its lead and link. Search sessions live in the state, so buttons survive a restart."""
from __future__ import annotations

import hashlib

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from ..messages import t
from ..search import latest, search
from .render import article_button, article_message, search_keyboard, search_message
from .services import services

PER_PAGE = 5


async def cmd_search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    chat_id = update.effective_chat.id
    lang = svc.state.lang(chat_id, svc.cfg.language)
    query = " ".join(context.args or []).strip()[:200]
    if not query:
        await update.effective_message.reply_text(t("search_usage", lang))
        return
    search_id = svc.state.save_search(chat_id, query)
    hits, total = search(svc.index, query, limit=PER_PAGE)
    await update.effective_message.reply_text(
        search_message(query, hits, total, 0, lang), parse_mode=ParseMode.HTML,
        reply_markup=search_keyboard(search_id, hits, total, 0, PER_PAGE), disable_web_page_preview=True)


async def on_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """◀ ▶: callback data "s:<search id>:<offset>"; anything else is answered, not trusted."""
    svc = services(context)
    cq = update.callback_query
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    try:
        _, search_id, offset = cq.data.split(":")
        search_id, offset = int(search_id), max(int(offset), 0)
    except ValueError:
        await cq.answer(t("stale", lang))
        return
    query = svc.state.search_query(search_id)
    if query is None:
        await cq.answer(t("stale", lang))
        return
    hits, total = search(svc.index, query, limit=PER_PAGE, offset=offset)
    await cq.answer()
    try:
        await cq.edit_message_text(search_message(query, hits, total, offset, lang), parse_mode=ParseMode.HTML,
                                   reply_markup=search_keyboard(search_id, hits, total, offset, PER_PAGE),
                                   disable_web_page_preview=True)
    except BadRequest as exc:  # pressed twice: "message is not modified"
        if "not modified" not in exc.message.lower():
            raise


def _article_for(index, data: str):
    if data.startswith("a:"):
        return index.article(data[2:])
    if data.startswith("a#"):
        digest = data[2:]
        return next((a for a in index.articles if hashlib.sha1(a.id.encode()).hexdigest()[:20] == digest), None)
    return None


async def on_article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    cq = update.callback_query
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    article = _article_for(svc.index, cq.data or "")
    if article is None:
        await cq.answer(t("gone", lang), show_alert=True)
        return
    await cq.answer()
    await context.bot.send_message(update.effective_chat.id, article_message(article, lang), parse_mode=ParseMode.HTML,
                                   disable_web_page_preview=True)


async def cmd_latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    articles = latest(svc.index, PER_PAGE)
    if not articles:
        await update.effective_message.reply_text(t("empty_kb", lang))
        return
    await update.effective_message.reply_text(t("latest", lang),
                                              reply_markup=InlineKeyboardMarkup([[article_button(a)] for a in articles]))
