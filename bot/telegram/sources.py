"""Source polling in the bot's job queue, failure reports to the admins, and the admin commands
/sources, /addsource <url>, /removesource <name>."""
from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import ContextTypes

from ..sources.config import SourceError, all_sources, make_source
from ..sources.poller import Poller
from .admin import refuse_unless_admin
from .notices import flush_outbox
from .services import services

log = logging.getLogger(__name__)


async def poll_sources(context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    poller = Poller(svc.cfg, svc.state)
    try:
        results = await poller.poll_due()
    finally:
        await poller.close()
    if any(r.added for r in results):
        if await asyncio.to_thread(svc.refresh):
            context.job_queue.run_once(flush_outbox, 0, name="outbox-now")
    for r in results:
        if r.event:
            await _tell_admins(context, f"⚠️ Nguồn tin «{r.source.name}» lỗi {svc.state.source_status(r.source.name)['failures']} "
                                        f"lần liên tiếp: {r.error}" if r.event == "failing"
                               else f"✅ Nguồn tin «{r.source.name}» đã hoạt động trở lại.")


async def _tell_admins(context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    for admin in services(context).cfg.admins:
        try:
            await context.bot.send_message(admin, text)
        except Exception as exc:  # an admin who never opened the bot cannot be messaged
            log.warning("cannot notify admin %s: %s", admin, exc)


async def cmd_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await refuse_unless_admin(update, context):
        return
    svc = services(context)
    sources, errors = all_sources(svc.cfg, svc.state)
    lines = []
    for s in sources:
        st = svc.state.source_status(s.name)
        health = f"lỗi {st['failures']} lần: {st['last_error']}" if st["failures"] else "ổn"
        lines.append(f"• {s.name} ({s.kind}, {_interval_vi(s)}) — {health}\n  {s.where}")
    lines += [f"⚠️ {e}" for e in errors]
    await update.effective_message.reply_text("\n".join(lines) or "Chưa có nguồn tin nào. Dùng /addsource <url>.",
                                              disable_web_page_preview=True)


async def cmd_addsource(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await refuse_unless_admin(update, context):
        return
    svc = services(context)
    args = context.args or []
    if not args:
        await update.effective_message.reply_text("Dùng: /addsource <url> [tên] [số phút]")
        return
    try:
        every = float(args[2]) if len(args) > 2 else 10.0
        source = make_source({"url": args[0], "name": args[1] if len(args) > 1 else None, "every": every}, "added")
    except (SourceError, ValueError) as exc:
        await update.effective_message.reply_text(f"Không thêm được nguồn: {exc}")
        return
    if any(s.name == source.name for s in all_sources(svc.cfg, svc.state)[0]):
        await update.effective_message.reply_text(f"Đã có nguồn tên «{source.name}».")
        return
    svc.state.add_source(source.name, {"url": source.url, "kind": source.kind, "every": source.every})
    await update.effective_message.reply_text(f"Đã thêm nguồn «{source.name}»: {source.url} (mỗi {_interval_vi(source)}).",
                                              disable_web_page_preview=True)


async def cmd_removesource(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if await refuse_unless_admin(update, context):
        return
    svc = services(context)
    name = " ".join(context.args or []).strip()
    removed = bool(name) and svc.state.remove_source(name)
    await update.effective_message.reply_text(f"Đã xóa nguồn «{name}»." if removed else
                                              f"Không có nguồn «{name}» được thêm bằng /addsource.")


def _interval_vi(source) -> str:
    return source.interval.replace(" min", " phút").replace(" s", " giây")
