"""/subscribe [keyword], /unsubscribe [keyword|all], /subscriptions."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from ..alerts import keyword_key
from ..messages import t
from ..text import normalize
from .services import services


def _keyword(context) -> str:
    return normalize(" ".join(context.args or []))[:100]


async def cmd_subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    chat_id = update.effective_chat.id
    lang = svc.state.lang(chat_id, svc.cfg.language)
    keyword = _keyword(context)
    key = keyword_key(keyword)
    if keyword and not key:  # only punctuation or emoji: nothing to match on
        await update.effective_message.reply_text(t("not_subscribed", lang, keyword=keyword))
        return
    new = svc.state.subscribe(chat_id, keyword, key)
    shown = keyword or t("all_news", lang)
    if not new:
        text = t("already_subscribed", lang, keyword=shown)
    else:
        text = t("subscribed", lang, keyword=keyword) if keyword else t("subscribed_all", lang)
    await update.effective_message.reply_text(text)


async def cmd_unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    chat_id = update.effective_chat.id
    lang = svc.state.lang(chat_id, svc.cfg.language)
    keyword = _keyword(context)
    if keyword.lower() in ("all", "tất cả", "tat ca"):
        svc.state.unsubscribe(chat_id, None)
        await update.effective_message.reply_text(t("unsubscribed_all", lang))
        return
    shown = keyword or t("all_news", lang)
    removed = svc.state.unsubscribe(chat_id, keyword_key(keyword))
    await update.effective_message.reply_text(
        t("unsubscribed", lang, keyword=shown) if removed else t("not_subscribed", lang, keyword=shown))


async def cmd_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    chat_id = update.effective_chat.id
    lang = svc.state.lang(chat_id, svc.cfg.language)
    subs = svc.state.subscriptions(chat_id)
    if not subs:
        await update.effective_message.reply_text(t("no_subscriptions", lang))
        return
    lines = [t("subscriptions", lang)] + [f"• {s or t('all_news', lang)}" for s in subs]
    await update.effective_message.reply_text("\n".join(lines))
