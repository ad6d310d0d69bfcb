"""New-article notices: a job that notices knowledge-base changes (an import by the bot, by an
admin, by the source poller or by `newsbot import` in another process) and queues notices, and a
job that sends the outbox.

Every notice is in the durable outbox before it is sent and marked sent right after. A stop lets
the sends in flight finish and starts no new one, so a restart sends each notice once. Errors:
403 / "chat not found" removes the subscriber, a migrated group moves to its new id, RetryAfter
waits and retries, anything else retries with backoff a bounded number of times and is logged.
"""
from __future__ import annotations

import asyncio
import logging
import time
import warnings

from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from ..state import Notice
from .render import notice_message
from .services import Services, services

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
BATCH = 50
IN_FLIGHT = 8  # concurrent sends; the rate limiter keeps the overall pace


async def watch_knowledge_base(context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    queued = await asyncio.to_thread(svc.refresh)
    if queued:
        context.job_queue.run_once(flush_outbox, 0, name="outbox-now")


async def flush_outbox(context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    app = context.application
    limit = asyncio.Semaphore(IN_FLIGHT)
    while app.running:
        due = _one_per_chat(svc, svc.state.claim(limit=BATCH))
        if not due:
            return
        await asyncio.gather(*(_send_bounded(limit, context, svc, n) for n in due))


def _one_per_chat(svc: Services, notices: list[Notice]) -> list[Notice]:
    """At most one notice per chat per round, and not sooner than the per-chat interval."""
    now = time.monotonic()
    seen: set[int] = set()
    out = []
    for n in notices:
        wait = svc.cfg.per_chat_interval - (now - svc.last_sent.get(n.chat_id, -1e9))
        if n.chat_id in seen or wait > 0:
            svc.state.release(n.id, max(wait, 0.0), "per-chat interval")
            continue
        seen.add(n.chat_id)
        out.append(n)
    return out


async def _send_bounded(limit: asyncio.Semaphore, context, svc: Services, notice: Notice) -> None:
    async with limit:
        if context.application.running:
            await send_notice(context.bot, svc, notice)
        else:  # stopping: leave it for the next start
            svc.state.release(notice.id, 0, "stopped before sending")


def _retry_after(exc: RetryAfter) -> float:
    """Seconds to wait; PTB 22 returns int seconds (with a deprecation warning) or a timedelta."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


async def send_notice(bot, svc: Services, notice: Notice) -> None:
    index = svc.index
    articles = [a for a in (index.article(i) for i in notice.article_ids) if a is not None]
    if not articles:
        svc.state.retry_later(notice.id, 0, "articles no longer in the knowledge base", give_up=True)
        return
    lang = svc.state.lang(notice.chat_id, svc.cfg.language)
    try:
        await bot.send_message(notice.chat_id, notice_message(articles, lang), parse_mode=ParseMode.HTML)
    except Forbidden as exc:  # blocked by the user, kicked from the group
        log.info("chat %s is gone (%s): removing its subscriptions", notice.chat_id, exc.message)
        svc.state.remove_chat(notice.chat_id)
    except ChatMigrated as exc:
        log.info("chat %s migrated to %s", notice.chat_id, exc.new_chat_id)
        svc.state.migrate_chat(notice.chat_id, exc.new_chat_id)
        svc.state.release(notice.id, 0, "chat migrated")
    except RetryAfter as exc:
        delay = _retry_after(exc)
        log.warning("flood control: waiting %.0f s", delay)
        svc.state.release(notice.id, delay, "retry after")
        await asyncio.sleep(delay)
    except BadRequest as exc:
        if "chat not found" in exc.message.lower() or "user is deactivated" in exc.message.lower():
            log.info("chat %s not found: removing its subscriptions", notice.chat_id)
            svc.state.remove_chat(notice.chat_id)
        else:
            _retry(svc, notice, exc)
    except TelegramError as exc:  # network errors, timeouts, 5xx
        _retry(svc, notice, exc)
    else:
        svc.state.mark_sent(notice.id)
        svc.last_sent[notice.chat_id] = time.monotonic()


def _retry(svc: Services, notice: Notice, exc: Exception) -> None:
    attempts = notice.attempts
    give_up = attempts >= MAX_ATTEMPTS
    delay = min(svc.cfg.notice_retry_base * 2 ** (attempts - 1), 300)
    (log.error if give_up else log.warning)(
        "notice %s to chat %s failed (attempt %d/%d): %s", notice.id, notice.chat_id, attempts, MAX_ATTEMPTS, exc)
    svc.state.retry_later(notice.id, delay, f"{type(exc).__name__}: {exc}", give_up=give_up)
