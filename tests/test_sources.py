"""Sources against a local news site on 127.0.0.1: feeds, pages, a folder, failures, restarts."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.alerts import announce_new
from bot.config import Config
from bot.index import open_index
from bot.kb import KnowledgeBase
from bot.sources.poller import Poller
from bot.state import State
from conftest import FIXTURES
from feedserver import NewsSite, sample_articles


@pytest.fixture(autouse=True)
def loopback_allowed(monkeypatch):
    monkeypatch.setenv("NEWSBOT_ALLOW_PRIVATE_SOURCES", "1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
async def site():
    s = NewsSite()
    await s.start()
    yield s
    await s.stop()


def make_cfg(tmp_path: Path, sources: list[dict], **raw) -> Config:
    return Config(kb=tmp_path / "kb", data_dir=tmp_path / "data",
                  raw={"sources": sources, "source_timeout_seconds": 1, "source_max_bytes": 100_000, **raw})


def titles(cfg: Config) -> list[str]:
    return sorted(a.title for a in open_index(KnowledgeBase(cfg.kb)).articles)


async def poll(cfg: Config, state: State, *names: str):
    poller = Poller(cfg, state)
    try:
        sources = [s for s in poller.sources() if not names or s.name in names]
        return {r.source.name: r for r in await poller.poll_many(sources)}
    finally:
        await poller.close()


def announce(cfg: Config, state: State) -> int:
    return announce_new(open_index(KnowledgeBase(cfg.kb)).articles, state)


async def test_a_new_entry_is_imported_and_announced_once_then_304(tmp_path, site):
    arts = sample_articles(4)
    for a in arts[:2]:
        site.publish(a)
    cfg = make_cfg(tmp_path, [{"name": "rss", "url": f"{site.base}/rss.xml"}])
    state = State(cfg.data_dir)
    state.subscribe(1, "", "")
    announce(cfg, state)  # the bot's baseline (empty knowledge base)
    first = (await poll(cfg, state))["rss"]
    assert first.ok and len(first.added) == 2 and first.first
    assert announce(cfg, state) == 0  # the archive of a new source: no notices
    site.publish(arts[2])
    second = (await poll(cfg, state))["rss"]
    assert [a.title for a in second.added] == [arts[2]["title"]]
    assert announce(cfg, state) == 1 and state.outbox_counts() == {"pending": 1}
    third = (await poll(cfg, state))["rss"]
    assert third.not_modified and site.hits["304"] == 1
    assert announce(cfg, state) == 0
    assert len(titles(cfg)) == 3


async def test_the_same_article_under_a_new_url_or_guid_is_not_announced_again(tmp_path, site):
    a, b = sample_articles(2)
    site.publish(a)
    cfg = make_cfg(tmp_path, [{"name": "rss", "url": f"{site.base}/rss.xml"}])
    state = State(cfg.data_dir)
    announce(cfg, state)
    await poll(cfg, state)
    state.subscribe(1, "", "")
    site.publish(a, guid="urn:moved:1", slug="bai-da-doi-link")  # the site changed link and guid
    site.publish(b)
    result = (await poll(cfg, state))["rss"]
    assert [x.title for x in result.added] == [b["title"]] and result.duplicates == 1
    assert announce(cfg, state) == 1


async def test_an_entry_with_only_a_summary_is_completed_from_its_page(tmp_path, site):
    (a,) = sample_articles(1)
    site.publish(a, summary_only=True)
    cfg = make_cfg(tmp_path, [{"name": "rss", "url": f"{site.base}/rss.xml"}])
    state = State(cfg.data_dir)
    (article,) = (await poll(cfg, state))["rss"].added
    assert site.hits[f"/bai/{a['slug']}.html"] == 1
    assert len(article.paragraphs) >= len(a["paragraphs"]) - 1
    assert a["paragraphs"][-1][:60] in article.text
    assert "Trang chủ" not in article.text and "Bản quyền" not in article.text


@pytest.mark.parametrize("path, reason", [("/broken.xml", "malformed feed"), ("/hang.xml", "timed out"),
                                          ("/big.xml", "larger than"), ("/error.xml", "HTTP 500"),
                                          ("/gzip-bomb.xml", "larger than"),
                                          ("/mislabelled.xml", "wrong character encoding")])
async def test_a_broken_source_backs_off_while_another_still_imports(tmp_path, site, path, reason):
    (a,) = sample_articles(1)
    site.publish(a)
    site.hang_seconds = 5
    cfg = make_cfg(tmp_path, [{"name": "bad", "url": f"{site.base}{path}", "every": 1},
                              {"name": "good", "url": f"{site.base}/atom.xml"}], source_failure_report=2)
    state = State(cfg.data_dir)
    started = time.monotonic()
    results = await poll(cfg, state)
    assert time.monotonic() - started < 4  # the hang is cut by the timeout, not waited out
    assert not results["bad"].ok and reason in results["bad"].error
    assert len(results["good"].added) == 1
    status = state.source_status("bad")
    assert status["failures"] == 1 and status["next_poll"] > time.time() + 50
    # the second failure in a row doubles the wait and is reported to the admins once
    again = await poll(cfg, state, "bad")
    assert again["bad"].event == "failing"
    assert state.source_status("bad")["next_poll"] > time.time() + 110
    assert (await poll(cfg, state, "bad"))["bad"].event is None


async def test_a_recovered_source_is_reported_again(tmp_path, site):
    cfg = make_cfg(tmp_path, [{"name": "flaky", "url": f"{site.base}/error.xml"}], source_failure_report=1)
    state = State(cfg.data_dir)
    assert (await poll(cfg, state))["flaky"].event == "failing"
    cfg.raw["sources"] = [{"name": "flaky", "url": f"{site.base}/rss.xml"}]
    result = (await poll(cfg, state))["flaky"]
    assert result.ok and result.event == "recovered"


async def test_a_listing_page_follows_the_links_that_match_its_pattern(tmp_path, site):
    a, b = sample_articles(2)
    site.publish(a)
    site.publish(b)
    cfg = make_cfg(tmp_path, [{"name": "list", "url": f"{site.base}/listing.html", "pattern": r"/bai/.+\.html$"}])
    state = State(cfg.data_dir)
    result = (await poll(cfg, state))["list"]
    assert sorted(x.title for x in result.added) == sorted([a["title"], b["title"]])
    assert site.hits["/lien-he"] == 0
    assert not (await poll(cfg, state))["list"].added  # seen links are not fetched again
    assert site.hits[f"/bai/{a['slug']}.html"] == 1


async def test_a_folder_drop_is_imported_once(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    cfg = make_cfg(tmp_path, [{"name": "drop", "folder": str(drop)}])
    state = State(cfg.data_dir)
    assert (await poll(cfg, state))["drop"].added == []
    shutil.copy(FIXTURES / "seed-article.txt", drop / "bai-moi.txt")
    shutil.copy(FIXTURES / "page.html", drop / "trang.html")
    result = (await poll(cfg, state))["drop"]
    assert len(result.added) == 2
    assert (await poll(cfg, state))["drop"].added == []


async def test_a_restart_between_two_polls_announces_nothing_twice(tmp_path, site):
    arts = sample_articles(3)
    site.publish(arts[0])
    cfg = make_cfg(tmp_path, [{"name": "rss", "url": f"{site.base}/rss.xml"}])
    state = State(cfg.data_dir)
    announce(cfg, state)
    await poll(cfg, state)
    state.subscribe(1, "", "")
    site.publish(arts[1])
    await poll(cfg, state)
    assert announce(cfg, state) == 1
    state.close()
    (cfg.kb / ".cache").exists() and shutil.rmtree(cfg.kb / ".cache")  # a cold restart
    state = State(cfg.data_dir)
    results = await poll(cfg, state)
    assert results["rss"].not_modified or not results["rss"].added
    assert announce(cfg, state) == 0
    assert state.outbox_counts() == {"pending": 1}


async def test_private_addresses_are_refused_unless_allowed(tmp_path, site, monkeypatch):
    monkeypatch.delenv("NEWSBOT_ALLOW_PRIVATE_SOURCES")
    cfg = make_cfg(tmp_path, [{"name": "local", "url": f"{site.base}/rss.xml"}])
    result = (await poll(cfg, State(cfg.data_dir)))["local"]
    assert not result.ok and "private or loopback" in result.error
    assert site.hits["/rss.xml"] == 0


def run_cli(tmp_path: Path, *args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSBOT_DATA_DIR": str(tmp_path / "data"), "NEWSBOT_ALLOW_PRIVATE_SOURCES": "1",
           **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "bot", "--kb", str(tmp_path / "kb"), *args], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=120)


async def test_sources_commands_and_check_imports_nothing(tmp_path, site):
    import asyncio

    (a,) = sample_articles(1)
    site.publish(a)
    add = await asyncio.to_thread(run_cli, tmp_path, "sources", "add", f"{site.base}/rss.xml", "--name", "thu", "--every", "0.05")
    assert add.returncode == 0 and "added thu: feed" in add.stdout and "every 10 s" in add.stdout
    bad = await asyncio.to_thread(run_cli, tmp_path, "sources", "add", "file:///etc/passwd")
    assert bad.returncode == 2 and "only http(s)" in bad.stdout
    listing = await asyncio.to_thread(run_cli, tmp_path, "sources", "list")
    assert listing.stdout.startswith("thu\tfeed\t")
    check = await asyncio.to_thread(run_cli, tmp_path, "sources", "check", "thu")
    assert check.returncode == 0, check.stderr
    assert f"would import: {a['title']}" in check.stdout and "nothing imported" in check.stdout
    assert not list((tmp_path / "kb" / "articles").glob("*.yaml")) if (tmp_path / "kb" / "articles").exists() else True
    once = await asyncio.to_thread(run_cli, tmp_path, "poll", "--once")
    assert once.returncode == 0 and once.stdout.strip() == "thu: 1 new, 0 duplicates (first poll: no notices)"
    removed = await asyncio.to_thread(run_cli, tmp_path, "sources", "remove", "thu")
    assert removed.stdout.strip() == "removed thu"


async def test_a_new_feed_entry_reaches_subscribers_through_the_running_bot(tmp_path, site, monkeypatch):
    from botapi import BotAPIStandIn
    from test_telegram import run_bot

    from bot.importer import import_paths

    arts = sample_articles(2)
    site.publish(arts[0])
    kb = tmp_path / "kb"
    import_paths(kb, [FIXTURES / "seed-article.txt"])
    api = BotAPIStandIn()
    sent_at: list[float] = []
    api.on_send = lambda call: sent_at.append(time.monotonic()) if "🆕" in call.params["text"] else None
    raw = {"sources": [{"name": "rss", "url": f"{site.base}/rss.xml", "every": 1}]}
    async with run_bot(tmp_path, kb, api=api, raw=raw, sources_tick=0.2) as bot:
        bot.api.user_message(301, "/subscribe")
        await bot.api.wait_for(lambda: bot.svc.state.source_status("rss")["polls"] == 1 and bot.api.sent(chat_id=301))
        assert not sent_at  # the source's first poll is its archive: no notice
        bot.svc.state.save_source_status("rss", next_poll=0)  # its next poll is due now
        published = time.monotonic()
        site.publish(arts[1])
        await bot.api.wait_for(lambda: sent_at, timeout=15)
        latency = sent_at[0] - published
        print(f"new feed entry -> delivered notice: {latency:.2f} s (tick 0.2 s)")
        assert arts[1]["title"][:40] in bot.api.sent(chat_id=301)[-1].params["text"].replace("&quot;", '"')
        assert latency < 10
