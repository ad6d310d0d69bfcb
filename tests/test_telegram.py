"""The Telegram bot end to end: python-telegram-bot's real HTTP stack against the Bot API
stand-in on 127.0.0.1. Nothing of PTB is patched; handler and job errors fail the test."""
from __future__ import annotations

import asyncio
import contextlib
import time
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Config
from botapi import BotAPIStandIn
from conftest import FIXTURES, ROOT

ADMIN = 4242


@pytest.fixture(autouse=True)
def no_proxy_for_loopback(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


class Running:
    """A started bot and its stand-in; errors from handlers and jobs are collected."""

    def __init__(self, api: BotAPIStandIn, app, cfg: Config):
        self.api, self.app, self.cfg = api, app, cfg
        self.errors: list[BaseException] = []

    @property
    def svc(self):
        return self.app.bot_data["services"]


@contextlib.asynccontextmanager
async def run_bot(tmp_path: Path, kb: Path, api: BotAPIStandIn | None = None, data: Path | None = None, **overrides):
    from bot.telegram.app import build_application

    api = api or BotAPIStandIn()
    url = await api.start() if not api.runner else f"http://127.0.0.1:{api.port}/bot"
    cfg = Config(kb=kb, data_dir=data or tmp_path / "data", token="123456:TEST-TOKEN", api_url=url,
                 admins={ADMIN}, outbox_interval=0.1, kb_watch_interval=0.1, per_chat_interval=0.0)
    for key, value in overrides.items():
        setattr(cfg, key, value)
    app = build_application(cfg)
    running = Running(api, app, cfg)

    async def record(update, context):
        running.errors.append(context.error)

    app.add_error_handler(record)
    try:
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                yield running
            finally:
                await app.updater.stop()
                await app.stop()
    finally:
        if not getattr(running, "keep_api", False):
            await api.stop()
    assert not api.unknown, f"the bot called methods the stand-in does not know: {api.unknown}"
    assert not running.errors, f"handler/job errors: {running.errors!r}"


def buttons(call) -> list[dict]:
    """Every inline button of a sent message, row by row."""
    return [b for row in call.params["reply_markup"]["inline_keyboard"] for b in row]


def texts(api: BotAPIStandIn, chat_id: int) -> list[str]:
    return [c.params.get("text", "") for c in api.sent(chat_id=chat_id)]


@pytest.fixture
def kb(tmp_path) -> Path:
    from bot.importer import import_paths

    path = tmp_path / "kb"
    import_paths(path, [FIXTURES / "seed-article.txt"])
    return path


async def test_commands_are_registered_with_vietnamese_descriptions(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        calls = await bot.api.wait_for(lambda: bot.api.sent("setMyCommands"))
        vi = next(c for c in calls if "language_code" not in c.params)
        names = {c["command"]: c["description"] for c in vi.params["commands"]}
        assert set(names) >= {"start", "help", "ask", "search", "latest", "subscribe", "unsubscribe",
                              "subscriptions", "lang"}
        assert names["search"] == "Tìm bài viết theo từ khóa"


async def test_a_question_is_answered_with_its_citation(tmp_path, kb):
    async with run_bot(tmp_path, kb, typing_after=0.0) as bot:
        bot.api.user_message(101, "ai la bi thu quan uy quan 11")
        (msg,) = await bot.api.wait_for(lambda: bot.api.sent(chat_id=101))
        assert msg.params["parse_mode"] == "HTML"
        text = msg.params["text"]
        assert text.startswith("<b>Trương Quốc Lâm</b>")
        assert "«Đồng chí Trương Quốc Lâm, Bí thư Quận ủy phát biểu tại buổi giám sát.»" in text
        assert "Xây dựng, thực hiện quy chế dân chủ" in text and "07/02/2023" in text
        # an answer that takes longer than typing_after shows "typing…" first
        assert [c.method for c in bot.api.calls if c.params.get("chat_id") in (101, "101")] == [
            "sendChatAction", "sendMessage"]
        assert bot.api.sent("sendChatAction", chat_id=101)[0].params["action"] == "typing"


async def test_a_question_with_a_slip_says_how_it_was_read(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(101, "Ai là Bí thư Quận ủy Qun 11?")
        (msg,) = await bot.api.wait_for(lambda: bot.api.sent(chat_id=101))
        text = msg.params["text"]
        assert text.startswith("<i>Hiểu câu hỏi là: «Ai là Bí thư Quận ủy Quận 11?»</i>\n<b>Trương Quốc Lâm</b>")
        bot.api.user_message(102, "Ai là Bí thư Quận ủy Quận 11?")
        (msg,) = await bot.api.wait_for(lambda: bot.api.sent(chat_id=102))
        assert msg.params["text"].startswith("<b>Trương Quốc Lâm</b>")  # read as typed: nothing to say


async def test_a_quick_answer_shows_no_typing_and_a_flood_gets_one_slow_down(tmp_path, kb):
    async with run_bot(tmp_path, kb, typing_after=30.0, questions_per_minute=3) as bot:
        for _ in range(8):
            bot.api.user_message(103, "Ai là Bí thư Quận ủy Quận 11?")
        bot.api.user_message(104, "Ai là Bí thư Quận ủy Quận 11?")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=103)) == 4 and bot.api.sent(chat_id=104))
        await asyncio.sleep(0.5)  # the dropped questions would have been answered by now
        replies = texts(bot.api, 103)
        assert [r.startswith("<b>Trương Quốc Lâm</b>") for r in replies] == [True, True, True, False]
        assert replies[3] == "Bạn hỏi nhanh quá, xin chậm lại một chút rồi hỏi tiếp nhé."
        assert texts(bot.api, 104)[0].startswith("<b>Trương Quốc Lâm</b>")  # other chats are not held up
        assert not bot.api.sent("sendChatAction")


async def test_an_unknown_answer_says_so_with_related_articles_as_buttons(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(102, "Ai là Bí thư Quận ủy Quận 12?")
        (msg,) = await bot.api.wait_for(lambda: bot.api.sent(chat_id=102))
        assert msg.params["text"].startswith("Chưa tìm thấy câu trả lời")
        related = buttons(msg)
        assert 1 <= len(related) <= 3 and related[0]["callback_data"].startswith("a:")
        bot.api.button_press(102, related[0]["callback_data"])
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=102)) == 2)
        assert "Chiều 7/12, đoàn giám sát" in texts(bot.api, 102)[1]


async def test_start_help_and_lang(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(103, "/start")
        (start,) = await bot.api.wait_for(lambda: bot.api.sent(chat_id=103))
        assert start.params["text"].startswith("Xin chào!")
        examples = buttons(start)
        assert examples and all(len(b["callback_data"].encode()) <= 64 for b in examples)
        bot.api.button_press(103, examples[0]["callback_data"])
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=103)) == 2)
        assert texts(bot.api, 103)[1].startswith("<b>")  # the example question got an answer
        bot.api.user_message(103, "/help")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=103)) == 3)
        assert "/subscribe" in texts(bot.api, 103)[2]
        bot.api.user_message(103, "/lang en")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=103)) == 4)
        bot.api.user_message(103, "Ai là Bí thư Quận ủy Quận 12?")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=103)) == 5)
        assert texts(bot.api, 103)[3] == "Switched to English."
        assert texts(bot.api, 103)[4].startswith("I could not find the answer")
        bot.api.user_message(103, "/lang xx")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=103)) == 6)
        assert texts(bot.api, 103)[5] == "Use: /lang vi or /lang en"


async def test_ask_command_and_groups_answer_only_when_addressed(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(-500, "Ai là Bí thư Quận ủy Quận 11?", user_id=7, chat_type="group")
        bot.api.user_message(-500, "@newsbot_test_bot ai la bi thu quan uy quan 11", user_id=7, chat_type="group")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=-500))
        bot.api.user_message(-500, "/ask Quận 11 có bao nhiêu phường?", user_id=7, chat_type="group")
        bot.api.user_message(-500, "Thông tri số 09-TT/TU được ban hành ngày nào?", user_id=7, chat_type="group",
                             reply_to_bot=True)
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=-500)) == 3)
        got = texts(bot.api, -500)
        assert got[0].startswith("<b>Trương Quốc Lâm</b>")
        assert got[1].startswith("<b>16 phường</b>")
        assert got[2].startswith("<b>ngày 17/8/2016</b>")
        bot.api.user_message(108, "/ask")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=108))
        assert texts(bot.api, 108)[0].startswith("Hãy gõ câu hỏi sau lệnh")


async def test_search_pages_by_buttons_that_edit_the_message(tmp_path):
    from bot.importer import import_items
    from bot.articles import Article

    kb = tmp_path / "kb"
    articles = [Article(id=f"tin-{n:02d}", title=f"Tin số {n} về cải cách hành chính", date=f"2024-01-{n:02d}",
                        url=f"https://news.example.vn/tin-{n}.html",
                        paragraphs=[f"Bài {n}: quận đẩy mạnh cải cách hành chính, lần thứ {n} trong năm."])
                for n in range(1, 13)]
    import_items(kb, articles)
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(104, "/search cai cach hanh chinh")
        (first,) = await bot.api.wait_for(lambda: bot.api.sent(chat_id=104))
        assert "(1–5 trên 12)" in first.params["text"]
        keyboard = first.params["reply_markup"]["inline_keyboard"]
        assert len(keyboard) == 6 and [b["text"] for b in keyboard[-1]] == ["▶"]
        bot.api.button_press(104, keyboard[-1][0]["callback_data"], message_id=first.params.get("message_id", 1))
        (edit,) = await bot.api.wait_for(lambda: bot.api.sent("editMessageText", chat_id=104))
        assert "(6–10 trên 12)" in edit.params["text"]
        assert [b["text"] for b in edit.params["reply_markup"]["inline_keyboard"][-1]] == ["◀", "▶"]
        assert bot.api.sent("answerCallbackQuery")
        # a result button shows the lead and the link
        bot.api.button_press(104, edit.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=104)) == 2)
        shown = texts(bot.api, 104)[1]
        assert "cải cách hành chính" in shown and '<a href="https://news.example.vn/' in shown
        # forged or stale callback data is answered, not trusted
        bot.api.button_press(104, "s:99999:0")
        bot.api.button_press(104, "a:no-such-article")
        bot.api.button_press(104, "zzz")
        await bot.api.wait_for(lambda: len(bot.api.sent("answerCallbackQuery")) >= 5)
        bot.api.user_message(104, "/latest")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=104)) == 3)
        latest = bot.api.sent(chat_id=104)[2]
        assert latest.params["text"] == "Tin mới nhất:"
        assert latest.params["reply_markup"]["inline_keyboard"][0][0]["text"] == "Tin số 12 về cải cách hành chính"


def _import_cli(kb: Path, *paths: Path, data: Path | None = None) -> None:
    env = dict(os.environ)
    if data:
        env["NEWSBOT_DATA_DIR"] = str(data)
    proc = subprocess.run([sys.executable, "-m", "bot", "--kb", str(kb), "import", "--quiet", *map(str, paths)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr


async def test_subscribe_then_an_import_by_another_process_sends_one_notice(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(105, "/subscribe")
        bot.api.user_message(106, "/subscribe Cần Giờ")      # matches with diacritics
        bot.api.user_message(107, "/subscribe can gio")      # and without
        bot.api.user_message(109, "/subscribe Phú Quốc")     # matches nothing
        await bot.api.wait_for(lambda: all(bot.api.sent(chat_id=c) for c in (105, 106, 107, 109)))
        assert texts(bot.api, 105)[0] == "Đã đăng ký nhận thông báo mọi bài viết mới."
        assert texts(bot.api, 106)[0] == "Đã đăng ký nhận tin có từ khóa «Cần Giờ»."
        _import_cli(kb, FIXTURES / "feed.xml")  # two articles: Cần Giờ and Quận 3
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=105)) == 2 and len(bot.api.sent(chat_id=106)) == 2
                               and len(bot.api.sent(chat_id=107)) == 2)
        everything = texts(bot.api, 105)[1]
        assert everything.startswith("🆕 Tin mới:") and "Cần Giờ" in everything and "Quận 3" in everything
        keyword = texts(bot.api, 106)[1]
        assert "Huyện Cần Giờ trồng mới 20 héc-ta rừng ngập mặn" in keyword and "Quận 3" not in keyword
        assert "Năm nay huyện Cần Giờ trồng mới" in keyword  # first sentence
        assert 'href="https://news.example.vn/tin/can-gio-trong-rung.html?utm_source=rss"' in keyword.replace("&amp;", "&")
        bot.api.user_message(106, "/subscriptions")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=106)) == 3)
        assert texts(bot.api, 106)[2] == "Bạn đang nhận tin:\n• Cần Giờ"
        bot.api.user_message(106, "/unsubscribe can gio")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=106)) == 4)
        assert texts(bot.api, 106)[3] == "Đã hủy đăng ký «can gio»."
        await bot.api.wait_for(lambda: bot.svc.state.outbox_counts().get("sent") == 3)
    assert len(texts(bot.api, 109)) == 1  # only the subscription reply: no notice
    assert len(texts(bot.api, 105)) == 2  # exactly one notice


async def test_a_title_with_markup_characters_arrives_escaped(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(110, "/subscribe")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=110))
        feed = tmp_path / "evil.jsonl"
        feed.write_text(json.dumps({"id": "evil", "title": "Giá <b>vàng</b> & USD <script>", "date": "2024-05-01",
                                    "url": "https://news.example.vn/a?x=1&y=\"2\"",
                                    "text": "Giá vàng <i>tăng</i> & giảm."}, ensure_ascii=False), encoding="utf-8")
        _import_cli(kb, feed)
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=110)) == 2)
        text = texts(bot.api, 110)[1]
        assert "Giá &lt;b&gt;vàng&lt;/b&gt; &amp; USD &lt;script&gt;" in text
        assert "<script>" not in text and "<i>tăng" not in text
        assert 'href="https://news.example.vn/a?x=1&amp;y=&quot;2&quot;"' in text


async def test_a_403_removes_the_subscriber_and_a_429_is_retried(tmp_path, kb):
    api = BotAPIStandIn()
    throttled = {"count": 0}

    def blocked(params):
        return {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}

    def once_429(params):
        if "Tin mới" in params.get("text", "") or "🆕" in params.get("text", ""):
            throttled["count"] += 1
            if throttled["count"] == 1:
                return {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                        "parameters": {"retry_after": 1}}
        return None

    async with run_bot(tmp_path, kb, api=api) as bot:
        for chat in (201, 202):
            bot.api.user_message(chat, "/subscribe")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=201) and bot.api.sent(chat_id=202))
        api.failures[201] = blocked
        api.failures[202] = once_429
        _import_cli(kb, FIXTURES / "feed.atom")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=202)) == 2, timeout=15)
        assert throttled["count"] == 2  # refused once, then delivered after waiting
        await bot.api.wait_for(lambda: bot.svc.state.subscriptions(201) == [])
        assert bot.svc.state.subscriptions(202) == [""]


async def test_a_migrated_group_gets_its_notice_at_the_new_id(tmp_path, kb):
    api = BotAPIStandIn()
    api.failures[-300] = lambda p: {"ok": False, "error_code": 400,
                                    "description": "Bad Request: group chat was upgraded to a supergroup chat",
                                    "parameters": {"migrate_to_chat_id": -1000300}}
    async with run_bot(tmp_path, kb, api=api) as bot:
        bot.svc.state.subscribe(-300, "", "")
        _import_cli(kb, FIXTURES / "feed.atom")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=-1000300))
        assert bot.svc.state.subscriptions(-1000300) == [""] and bot.svc.state.subscriptions(-300) == []


async def test_admin_commands_are_refused_to_others_and_work_for_admins(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.api.user_message(111, "/stats")
        bot.api.user_message(111, "/reload")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=111)) == 2)
        assert texts(bot.api, 111) == ["Xin lỗi, lệnh này chỉ dành cho quản trị viên."] * 2
        # a group message from a non-admin, and an admin's id used as a chat id, are refused too
        bot.api.user_message(-700, "/stats", user_id=9, chat_type="group")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=-700))
        assert texts(bot.api, -700) == ["Xin lỗi, lệnh này chỉ dành cho quản trị viên."]
        # an old message edited into an admin command is checked like a new one
        bot.api.user_message(-700, "/addsource tin https://example.org/rss.xml", user_id=9, chat_type="group",
                             edited=True)
        bot.api.user_message(112, "/removesource tin", edited=True)
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=-700)) == 2 and bot.api.sent(chat_id=112))
        assert texts(bot.api, -700)[1] == texts(bot.api, 112)[0] == "Xin lỗi, lệnh này chỉ dành cho quản trị viên."
        assert bot.svc.state.saved_sources() == {}
        bot.api.user_message(ADMIN, "/stats")
        await bot.api.wait_for(lambda: bot.api.sent(chat_id=ADMIN))
        stats = texts(bot.api, ADMIN)[0]
        assert stats.startswith("Bài viết: 1\nNgười đăng ký: 0\nThông báo đã gửi: 0")
        assert "123456:TEST-TOKEN" not in stats
        shutil.copy(FIXTURES / "page.html", tmp_path / "page.html")
        from bot.importer import import_paths
        import_paths(kb, [tmp_path / "page.html"])
        bot.api.user_message(ADMIN, "/reload")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=ADMIN)) == 2)
        assert texts(bot.api, ADMIN)[1].startswith("Đã nạp lại cơ sở dữ liệu: 2 bài viết")


async def test_a_fan_out_to_200_chats_stopped_in_the_middle_and_restarted_notifies_each_once(tmp_path, kb):
    data = tmp_path / "data"
    api = BotAPIStandIn()
    await api.start()
    chats = list(range(10_000, 10_200))
    delivered: list[int] = []
    api.on_send = lambda call: delivered.append(int(call.params["chat_id"])) if "🆕" in call.params["text"] else None

    async with run_bot(tmp_path, kb, api=api, data=data) as bot:
        bot.keep_api = True
        for chat in chats:
            bot.svc.state.subscribe(chat, "", "")
        _import_cli(kb, FIXTURES / "feed.atom")
        await api.wait_for(lambda: len(delivered) >= 60, timeout=30)
        # stop in the middle of the fan-out
    first_run = len(delivered)
    assert 60 <= first_run < 200, first_run

    async with run_bot(tmp_path, kb, api=api, data=data) as bot:
        bot.keep_api = True
        await api.wait_for(lambda: len(delivered) >= 200, timeout=60)
        await api.wait_for(lambda: bot.svc.state.outbox_counts().get("sent") == 200)
    await api.stop()
    assert sorted(delivered) == chats  # every chat exactly once


async def test_other_errors_are_retried_with_backoff_a_bounded_number_of_times_and_logged(tmp_path, kb, caplog):
    api = BotAPIStandIn()
    attempts: list[float] = []

    def server_error(params):
        attempts.append(time.monotonic())
        return {"ok": False, "error_code": 500, "description": "Internal Server Error"}

    api.failures[401] = server_error
    async with run_bot(tmp_path, kb, api=api, notice_retry_base=0.2) as bot:
        bot.svc.state.subscribe(401, "", "")
        bot.svc.state.subscribe(402, "", "")
        _import_cli(kb, FIXTURES / "feed.atom")
        await bot.api.wait_for(lambda: bot.svc.state.outbox_counts().get("failed") == 1, timeout=20)
        assert bot.api.sent(chat_id=402)  # the other chat got its notice meanwhile
        await asyncio.sleep(0.5)
    assert len(attempts) == 5  # bounded
    gaps = [b - a for a, b in zip(attempts, attempts[1:])]
    assert gaps[-1] > gaps[0] * 2  # backing off
    assert bot.svc.state.subscriptions(401) == [""]  # a server error is not the chat's fault
    assert "failed (attempt 5/5)" in caplog.text


async def test_two_notices_queued_for_one_chat_are_both_delivered(tmp_path, kb):
    async with run_bot(tmp_path, kb) as bot:
        bot.svc.state.subscribe(501, "", "")
        _import_cli(kb, FIXTURES / "feed.xml")
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=501)) == 1)
        # two more notices waiting for the same chat at once (two imports in one interval)
        ids = json.dumps([bot.svc.index.articles[-1].id])
        for _ in range(2):
            bot.svc.state.db.execute("INSERT INTO outbox (chat_id, articles, created) VALUES (501, ?, 0)", (ids,))
        await bot.api.wait_for(lambda: len(bot.api.sent(chat_id=501)) == 3, timeout=10)
        # the bot records a notice sent once Telegram has answered, a moment after the message
        # reached the chat
        await bot.api.wait_for(lambda: bot.svc.state.outbox_counts() == {"sent": 3}, timeout=10)
        attempts = [r[0] for r in bot.svc.state.db.execute("SELECT attempts FROM outbox")]
        assert attempts == [1, 1, 1]  # waiting for its turn is not a failed attempt
