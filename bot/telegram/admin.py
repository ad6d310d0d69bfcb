"""Admin-only commands, checked by Telegram user id (config `admins:`) on every call."""
from __future__ import annotations

import asyncio
import datetime as dt

from telegram import Update
from telegram.ext import ContextTypes

from ..messages import t
from .services import services


async def refuse_unless_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    svc = services(context)
    user = update.effective_user
    if user is not None and user.id in svc.cfg.admins:
        return False
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    await update.effective_message.reply_text(t("admin_only", lang))
    return True


async def cmd_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await refuse_unless_admin(update, context):
        return
    svc = services(context)
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    counts = svc.state.outbox_counts()
    last = svc.state.meta("last_import")
    last_text = dt.datetime.fromtimestamp(float(last)).strftime("%d/%m/%Y %H:%M") if last else t("never", lang)
    await update.effective_message.reply_text(t(
        "stats", lang, articles=len(svc.index.articles), subscribers=svc.state.subscriber_count(),
        sent=svc.state.meta("notices_sent") or 0, pending=counts.get("pending", 0) + counts.get("sending", 0),
        last_import=last_text))


async def cmd_reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await refuse_unless_admin(update, context):
        return
    svc = services(context)
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    queued = await asyncio.to_thread(svc.refresh, True)
    await update.effective_message.reply_text(t("reloaded", lang, articles=len(svc.index.articles),
                                                errors=len(svc.index.errors), queued=queued))
