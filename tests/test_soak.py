"""Soak: `newsbot run` as its own process against the Bot API stand-in and a local news site.

500 chats ask a question every 20 ms between them, the feed is polled every 10 s and grows by an
article a minute, and every 200th message Telegram "fails" with a 500. For 10 minutes (set
NEWSBOT_SOAK_SECONDS to change it): memory stays flat, every failure is logged, every question
gets one reply, every subscriber gets every new article exactly once.

Not in the default run (marked slow):  python -m pytest -m slow -s tests/test_soak.py
"""
from __future__ import annotations

import asyncio
import html
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from botapi import BotAPIStandIn
from conftest import FIXTURES, ROOT
from feedserver import NewsSite, sample_articles

pytestmark = pytest.mark.slow

SECONDS = float(os.environ.get("NEWSBOT_SOAK_SECONDS", 600))
CHATS = list(range(50_000, 50_500))
QUESTION_EVERY = 0.02
ARTICLE_EVERY = 60.0
QUESTIONS = ["Ai là Bí thư Quận ủy Quận 11?", "ai la bi thu quan uy quan 11", "Quận 11 có bao nhiêu phường?",
             "Ai là Bí thư Quận ủy Quận 12?", "Ban Chỉ đạo đã ban hành bao nhiêu văn bản?", "thời tiết hôm nay"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def write_config(tmp_path: Path, feed_url: str) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text(f"""\
kb: {tmp_path / 'kb'}
data_dir: {tmp_path / 'data'}
allow_private_sources: true
sources:
  - name: soak
    url: {feed_url}
    every: {10 / 60}
sources_tick_seconds: 2
kb_watch_seconds: 2
outbox_interval_seconds: 1
questions_per_minute: 20
telegram:
  rate_limit:
    overall_per_second: 100   # 50 questions a second is above Telegram's 30 a second for one bot
""", encoding="utf-8")
    return config


async def test_soak(tmp_path):
    from bot.importer import import_paths

    import_paths(tmp_path / "kb", [FIXTURES / "seed-article.txt"])
    articles = sample_articles(int(SECONDS // ARTICLE_EVERY) + 2)
    site, api = NewsSite(), BotAPIStandIn()
    await site.start()
    api_url = await api.start()
    site.publish(articles[0])
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "123456:SOAK", "TELEGRAM_API_URL": api_url,
           "NEWSBOT_CONFIG": str(write_config(tmp_path, f"{site.base}/rss.xml")),
           "NO_PROXY": "127.0.0.1,localhost", "PYTHONPATH": str(ROOT)}
    log_path = tmp_path / "bot.log"
    with log_path.open("w") as log_file:
        bot = subprocess.Popen([sys.executable, "-m", "bot", "--verbose", "run"], env=env, cwd=tmp_path,
                               stdout=log_file, stderr=subprocess.STDOUT)
    try:
        await api.wait_for(lambda: api.sent("setMyCommands"), timeout=60)
        for chat in CHATS:
            api.user_message(chat, "/subscribe")
        await api.wait_for(lambda: len(api.sent()) == len(CHATS), timeout=120)
        await asyncio.sleep(15)  # the source's first poll: the archive, no notices
        api.fail_every = 200

        asked: Counter = Counter()
        rss = [rss_mb(bot.pid)]
        started = next_article = last_sample = time.monotonic()
        published = [articles[0]]
        n = 0
        while (now := time.monotonic()) < started + SECONDS:
            chat = CHATS[n % len(CHATS)]
            api.user_message(chat, QUESTIONS[n // len(CHATS) % len(QUESTIONS)])
            asked[chat] += 1
            n += 1
            if now >= next_article:
                published.append(articles[len(published)])
                site.publish(published[-1])
                next_article += ARTICLE_EVERY
            if now - last_sample >= 10:
                rss.append(rss_mb(bot.pid))
                last_sample = now
                print(f"{now - started:5.0f} s  {n} questions  RSS {rss[-1]:.0f} MB", flush=True)
            await asyncio.sleep(max(0.0, started + n * QUESTION_EVERY - time.monotonic()))
        await asyncio.sleep(30)  # the last article's poll, import and fan-out
        rss.append(rss_mb(bot.pid))
    finally:
        bot.send_signal(signal.SIGTERM)
        try:  # waited for in a thread: the stand-in and the site live on this event loop
            code = await asyncio.to_thread(bot.wait, 60)
        except subprocess.TimeoutExpired:
            bot.kill()
            code = "killed"
        await api.stop()
        await site.stop()
    log = log_path.read_text(encoding="utf-8", errors="replace")

    new_titles = [html.escape(a["title"], quote=False) for a in published[1:]]
    notices = [c for c in api.sent() if c.params["text"].startswith("🆕")]
    replies = Counter(int(c.params["chat_id"]) for c in api.sent()
                      if not c.params["text"].startswith("🆕") and "Đã đăng ký" not in c.params["text"])
    received = Counter((int(c.params["chat_id"]), t) for c in notices for t in new_titles if t in c.params["text"])
    logged_failures = log.count("Internal Server Error")
    print(f"\nsoak {SECONDS:.0f} s: {n} questions from {len(CHATS)} chats, {len(published) - 1} new articles, "
          f"{len(notices)} notice messages, {api.injected_failures} injected 500s, {logged_failures} logged")
    print(f"bot RSS: start {rss[0]:.0f} MB, after 1/4 {rss[len(rss) // 4]:.0f} MB, end {rss[-1]:.0f} MB, "
          f"max {max(rss):.0f} MB")

    assert code == 0, log[-3000:]
    assert "Traceback" not in log.replace("Internal Server Error", "") or logged_failures, log[-3000:]
    assert logged_failures >= api.injected_failures  # no error goes unlogged
    assert all(replies[chat] == asked[chat] for chat in CHATS), "a question went unanswered or twice"
    assert set(received.values()) == {1}  # nothing twice
    assert len(received) == len(CHATS) * len(new_titles)  # nothing lost
    assert rss[-1] <= rss[len(rss) // 4] * 1.10 + 20  # flat after warm-up: within 10% + 20 MB
