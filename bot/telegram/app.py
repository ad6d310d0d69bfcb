"""One factory builds the Application; `run` starts it (long polling, or a webhook by config)."""
from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (AIORateLimiter, Application, CallbackQueryHandler, CommandHandler, ContextTypes,
                          MessageHandler, filters)

from .. import redact
from ..config import Config
from ..messages import t
from . import admin, commands, conversation, notices, searching, sources, subscriptions
from .services import Services, services

log = logging.getLogger(__name__)

# APScheduler settings for the periodic jobs, chosen on purpose: a job that is late (the loop
# was busy) still runs within the grace time; runs missed meanwhile collapse into one; and a
# job never overlaps itself, so the outbox is never sent by two runs at once.
JOB_KWARGS = {"misfire_grace_time": 30, "coalesce": True, "max_instances": 1}


def build_application(cfg: Config, svc: Services | None = None) -> Application:
    svc = svc or Services.open(cfg)
    limits = cfg.rate_limit
    app = (
        Application.builder()
        .token(cfg.token)
        .base_url(cfg.api_url)
        .base_file_url(cfg.api_url.replace("/bot", "/file/bot"))
        # one message every 1/30 s rather than "30 per second": aiolimiter's bucket would let a
        # burst of 30 through on top of the rate, which Telegram answers with 429
        .rate_limiter(AIORateLimiter(overall_max_rate=1,
                                     overall_time_period=1 / float(limits.get("overall_per_second", 30)),
                                     group_max_rate=float(limits.get("group_per_minute", 20)),
                                     group_time_period=60, max_retries=0))
        .build()
    )
    app.bot_data["services"] = svc
    add_handlers(app)
    jobs = app.job_queue
    # start-up work runs as the first job, so it happens however the application is started
    # (run_polling, run_webhook, or start() in tests and embedding code)
    jobs.run_once(_startup, 0, name="startup")
    jobs.run_repeating(notices.flush_outbox, interval=cfg.outbox_interval, first=0.5, name="outbox", job_kwargs=JOB_KWARGS)
    jobs.run_repeating(notices.watch_knowledge_base, interval=cfg.kb_watch_interval, first=cfg.kb_watch_interval,
                       name="kb-watch", job_kwargs=JOB_KWARGS)
    # each source has its own interval; this tick only looks for the ones that are due
    jobs.run_repeating(sources.poll_sources, interval=cfg.sources_tick, first=1.0, name="sources",
                       job_kwargs={**JOB_KWARGS, "misfire_grace_time": 120})
    return app


def add_handlers(app: Application) -> None:
    app.add_handler(CommandHandler("start", commands.cmd_start))
    app.add_handler(CommandHandler("help", commands.cmd_help))
    app.add_handler(CommandHandler("lang", commands.cmd_lang))
    app.add_handler(CommandHandler("ask", conversation.cmd_ask))
    app.add_handler(CommandHandler("search", searching.cmd_search))
    app.add_handler(CommandHandler("latest", searching.cmd_latest))
    app.add_handler(CommandHandler("subscribe", subscriptions.cmd_subscribe))
    app.add_handler(CommandHandler("unsubscribe", subscriptions.cmd_unsubscribe))
    app.add_handler(CommandHandler("subscriptions", subscriptions.cmd_subscriptions))
    app.add_handler(CommandHandler("stats", admin.cmd_stats))
    app.add_handler(CommandHandler("reload", admin.cmd_reload))
    app.add_handler(CommandHandler("sources", sources.cmd_sources))
    app.add_handler(CommandHandler("addsource", sources.cmd_addsource))
    app.add_handler(CommandHandler("removesource", sources.cmd_removesource))
    app.add_handler(CallbackQueryHandler(searching.on_page, pattern=r"^s:"))
    app.add_handler(CallbackQueryHandler(searching.on_article, pattern=r"^a[:#]"))
    app.add_handler(CallbackQueryHandler(conversation.on_example, pattern=r"^q:"))
    app.add_handler(CallbackQueryHandler(_unknown_button))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, conversation.on_text))
    app.add_error_handler(on_error)


async def _startup(context: ContextTypes.DEFAULT_TYPE) -> None:
    await commands.register_commands(context.bot)


async def _unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Callback data that is not ours (forged, or from an older version): answered, not trusted."""
    lang = services(context).state.lang(update.effective_chat.id) if update.effective_chat else "vi"
    await update.callback_query.answer(t("stale", lang))


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_chat.type == ChatType.PRIVATE:
        try:
            lang = services(context).state.lang(update.effective_chat.id)
            await context.bot.send_message(update.effective_chat.id, t("error", lang))
        except Exception:  # the error reply must not raise in turn
            log.exception("could not tell the user about the error")


class _SkippedRunFilter(logging.Filter):
    """max_instances=1 is on purpose: a run skipped because the last one is still busy is not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances reached" not in record.getMessage()


logging.getLogger("apscheduler.scheduler").addFilter(_SkippedRunFilter())


def run(cfg: Config) -> int:
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token in the URL
    redact.install(cfg.token)
    app = build_application(cfg)
    hook = cfg.webhook
    if hook.get("url"):
        app.run_webhook(listen=hook.get("listen", "0.0.0.0"), port=int(hook.get("port", 8443)),
                        url_path=hook.get("path", ""), webhook_url=hook["url"],
                        secret_token=hook.get("secret_token"), allowed_updates=Update.ALL_TYPES)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
