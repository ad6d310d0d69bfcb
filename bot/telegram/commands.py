"""/start, /help, /lang, and the command list Telegram shows (setMyCommands)."""
from __future__ import annotations

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from ..messages import t
from ..search import latest
from .services import services

COMMANDS_VI = [
    ("start", "Bắt đầu và câu hỏi ví dụ"), ("help", "Hướng dẫn sử dụng"), ("ask", "Đặt câu hỏi"),
    ("search", "Tìm bài viết theo từ khóa"), ("latest", "5 tin mới nhất"),
    ("subscribe", "Nhận thông báo khi có bài mới"), ("unsubscribe", "Hủy nhận thông báo"),
    ("subscriptions", "Các đăng ký của bạn"), ("lang", "Đổi ngôn ngữ (vi/en)"),
]
COMMANDS_EN = [
    ("start", "Start, with example questions"), ("help", "How to use the bot"), ("ask", "Ask a question"),
    ("search", "Find articles"), ("latest", "Latest five articles"),
    ("subscribe", "Get a notice when an article arrives"), ("unsubscribe", "Stop notices"),
    ("subscriptions", "Your subscriptions"), ("lang", "Change language (vi/en)"),
]


async def register_commands(bot) -> None:
    await bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS_VI])
    await bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS_EN], language_code="en")


def example_questions(index, n: int = 3) -> list[str]:
    """Questions the knowledge base can answer, from the role facts of the newest articles."""
    out: list[str] = []
    for article in latest(index, 20):
        for fact in article.facts.get("roles", []):
            role = str(fact.get("role", ""))
            question = f"Ai là {role}?"
            if role and question not in out and len(f"q:{question}".encode()) <= 64 and not role.lower().startswith(("phó", "nguyên")):
                out.append(question)
            if len(out) >= n:
                return out
    return out


async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lang = svc.state.lang(update.effective_chat.id, svc.cfg.language)
    examples = example_questions(svc.index)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(q, callback_data=f"q:{q}")] for q in examples]) if examples else None
    await update.effective_message.reply_text(t("welcome", lang, n=len(svc.index.articles)), reply_markup=keyboard)


async def cmd_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    await update.effective_message.reply_text(t("help", svc.state.lang(update.effective_chat.id, svc.cfg.language)))


async def cmd_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    chat_id = update.effective_chat.id
    choice = (context.args or [""])[0].lower()
    if choice not in ("vi", "en"):
        await update.effective_message.reply_text(t("lang_usage", svc.state.lang(chat_id, svc.cfg.language)))
        return
    svc.state.set_lang(chat_id, choice)
    await update.effective_message.reply_text(t("lang_set", choice))
