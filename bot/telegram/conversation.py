"""Questions: a text in a private chat, a mention or a reply in a group, /ask, or an example
button. The answer in bold, the evidence, the article linked; "typing…" while it works."""
from __future__ import annotations

import asyncio
import re

from telegram import Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.ext import ContextTypes

from ..messages import t
from .render import answer_message, related_keyboard
from .services import services


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    text = message.text or ""
    if update.effective_chat.type != ChatType.PRIVATE:
        username = context.bot.username or ""
        mentioned = bool(username) and f"@{username.lower()}" in text.lower()
        replied = bool(message.reply_to_message and message.reply_to_message.from_user
                       and message.reply_to_message.from_user.id == context.bot.id)
        if not (mentioned or replied):
            return
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    await answer(update, context, text)


async def cmd_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = " ".join(context.args or [])
    if not question.strip():
        lang = services(context).state.lang(update.effective_chat.id)
        await update.effective_message.reply_text(t("ask_usage", lang))
        return
    await answer(update, context, question)


async def on_example(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An example question button from /start: callback data "q:<question>"."""
    query = update.callback_query
    await query.answer()
    await answer(update, context, query.data[2:])


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    svc = services(context)
    chat_id = update.effective_chat.id
    lang = svc.state.lang(chat_id, svc.cfg.language)
    if not question.strip():
        return
    verdict = svc.throttle.check(chat_id)
    if verdict != "answer":
        if verdict == "warn":
            await context.bot.send_message(chat_id, t("slow_down", lang))
        return
    result = await _with_typing(context, chat_id, asyncio.to_thread(svc.engine.ask, question[:2000]),
                                svc.cfg.typing_after)
    await context.bot.send_message(
        chat_id, answer_message(result, lang), parse_mode=ParseMode.HTML,
        reply_markup=None if result.known else related_keyboard(result.related),
        disable_web_page_preview=True,
    )


async def _with_typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int, work, after: float):
    """Show "typing…" only if the answer takes longer than `after` seconds: most answers take
    milliseconds, and a chat action for each would spend half the bot's Telegram rate on a
    flicker nobody sees."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=after)
    if not done:
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    return await task
