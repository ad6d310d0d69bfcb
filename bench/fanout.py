#!/usr/bin/env python3
"""Alert fan-out against the local Bot API stand-in, which answers 429 (retry_after 1) above
30 sendMessage a second like Telegram. Reports sustained notices per second, duplicates and
losses, with an optional graceful stop halfway and a restart, or a SIGKILL halfway of the bot
running as its own process (`newsbot run`) and a restart.

    python bench/fanout.py --chats 2000 [--stop-halfway | --kill-halfway]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

from botapi import BotAPIStandIn  # noqa: E402

from bot.articles import Article  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.importer import import_items, import_paths  # noqa: E402
from bot.telegram.app import build_application  # noqa: E402


async def run_once(cfg: Config, api: BotAPIStandIn, until) -> None:
    app = build_application(cfg)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        while not until():
            await asyncio.sleep(0.05)
        await app.updater.stop()
        await app.stop()


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chats", type=int, default=2000)
    ap.add_argument("--stop-halfway", action="store_true")
    ap.add_argument("--kill-halfway", action="store_true", help="SIGKILL the bot process halfway, then restart it")
    args = ap.parse_args()
    if args.kill_halfway:
        return await kill_halfway(args.chats)
    tmp = Path(tempfile.mkdtemp(prefix="newsbot-fanout-"))
    kb = tmp / "kb"
    import_paths(kb, [ROOT / "tests" / "fixtures" / "seed-article.txt"])
    api = BotAPIStandIn(max_per_second=30)
    url = await api.start()
    delivered: list[tuple[int, float]] = []
    api.on_send = lambda c: delivered.append((int(c.params["chat_id"]), time.monotonic())) \
        if "🆕" in c.params["text"] else None
    cfg = Config(kb=kb, data_dir=tmp / "data", token="1:BENCH", api_url=url, outbox_interval=0.5,
                 kb_watch_interval=0.2, per_chat_interval=1.0)
    from bot.state import State

    State(cfg.data_dir).close()
    chats = list(range(1, args.chats + 1))
    first = asyncio.create_task(run_once(cfg, api, lambda: len(delivered) >= (args.chats // 2 if args.stop_halfway
                                                                                 else args.chats)))
    await asyncio.sleep(1.0)
    state = State(cfg.data_dir)
    for c in chats:
        state.subscribe(c, "", "")
    start = time.monotonic()
    import_items(kb, [Article(id="bench-1", title="Tin thử tải", date="2024-01-01", paragraphs=["Nội dung thử."])])
    await first
    if args.stop_halfway:
        await run_once(cfg, api, lambda: state.outbox_counts().get("pending", 0) + state.outbox_counts().get("sending", 0) == 0
                       and len(delivered) >= args.chats)
    await api.stop()
    counts = Counter(c for c, _ in delivered)
    first_t = delivered[0][1] if delivered else start
    last_t = delivered[-1][1] if delivered else start
    rejected = sum(1 for c in api.calls if c.method == "sendMessage" and c.params.get("_rejected") == 429)
    print(f"chats: {args.chats}; stopped halfway and restarted: {args.stop_halfway}")
    print(f"delivered: {len(counts)} chats, duplicates: {sum(n - 1 for n in counts.values())}, "
          f"lost: {len(set(chats) - set(counts))}")
    print(f"sustained: {len(delivered) / max(last_t - first_t, 1e-9):.1f} notices/s "
          f"(first notice {first_t - start:.2f} s after the import; 429 answers: {rejected})")


def start_bot(tmp: Path, url: str) -> subprocess.Popen:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "1:BENCH", "TELEGRAM_API_URL": url,
           "NEWSBOT_CONFIG": str(tmp / "config.yaml"), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp,
                            stdout=subprocess.DEVNULL, stderr=open(tmp / "bot.log", "a"))


async def kill_halfway(n_chats: int) -> None:
    """`newsbot run` as its own process, killed with SIGKILL when half the chats have their notice,
    then started again: what a power cut does to a fan-out."""
    from bot.state import State

    tmp = Path(tempfile.mkdtemp(prefix="newsbot-fanout-kill-"))
    kb = tmp / "kb"
    import_paths(kb, [ROOT / "tests" / "fixtures" / "seed-article.txt"])
    (tmp / "config.yaml").write_text(f"kb: {kb}\ndata_dir: {tmp / 'data'}\noutbox_interval_seconds: 0.5\n"
                                     "kb_watch_seconds: 0.2\n", encoding="utf-8")
    api = BotAPIStandIn(max_per_second=30)
    url = await api.start()
    delivered: list[tuple[int, float]] = []
    api.on_send = lambda c: delivered.append((int(c.params["chat_id"]), time.monotonic())) \
        if "🆕" in c.params["text"] else None
    bot = start_bot(tmp, url)
    await api.wait_for(lambda: api.sent("setMyCommands"), timeout=60)
    state = State(tmp / "data")
    chats = list(range(1, n_chats + 1))
    for c in chats:
        state.subscribe(c, "", "")
    start = time.monotonic()
    await asyncio.to_thread(import_items, kb, [Article(id="bench-1", title="Tin thử tải", date="2024-01-01",
                                                       paragraphs=["Nội dung thử."])])
    await api.wait_for(lambda: len(delivered) >= n_chats // 2, timeout=3600)
    bot.send_signal(signal.SIGKILL)
    await asyncio.to_thread(bot.wait)
    killed_at = len(delivered)
    bot = start_bot(tmp, url)

    def settled() -> bool:
        counts = state.outbox_counts()
        return counts.get("pending", 0) + counts.get("sending", 0) == 0 and len({c for c, _ in delivered}) >= n_chats
    await api.wait_for(settled, timeout=3600)
    await asyncio.sleep(2)  # anything sent twice would arrive now
    bot.send_signal(signal.SIGTERM)
    await asyncio.to_thread(bot.wait, 60)
    await api.stop()
    counts = Counter(c for c, _ in delivered)
    first_t, last_t = delivered[0][1], delivered[-1][1]
    print(f"chats: {n_chats}; killed (SIGKILL) halfway and restarted after {killed_at} notices")
    print(f"delivered: {len(counts)} chats, duplicates: {sum(n - 1 for n in counts.values())}, "
          f"lost: {len(set(chats) - set(counts))}")
    print(f"sustained: {len(delivered) / max(last_t - first_t, 1e-9):.1f} notices/s, restart included "
          f"(first notice {first_t - start:.2f} s after the import)")


if __name__ == "__main__":
    asyncio.run(main())
