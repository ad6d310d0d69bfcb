"""A stand-in of the Telegram Bot API on 127.0.0.1, served by aiohttp inside the test's event loop.

python-telegram-bot talks to it through its real HTTP stack (base_url). It knows the methods the
bot should use; any other method is recorded in `unknown` and answered with an error, and tests
assert that list stays empty. Tests inject updates (user messages, button presses) and read what
Telegram would have received from `calls`.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

BOT_ID = 777000
BOT_USERNAME = "newsbot_test_bot"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


class BotAPIStandIn:
    KNOWN = {"getMe", "deleteWebhook", "getUpdates", "sendMessage", "editMessageText", "answerCallbackQuery",
             "setMyCommands", "sendChatAction", "close", "logOut"}

    def __init__(self, max_per_second: float | None = None, fail_every: int = 0):
        self.calls: list[Call] = []
        self.unknown: list[str] = []
        self.updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        # chat id -> function(params) returning an error payload (or None to deliver)
        self.failures: dict[int, Callable[[dict], dict | None]] = {}
        self.on_send: Callable[[Call], None] | None = None
        self.max_per_second = max_per_second  # answer 429 above this overall rate, like Telegram
        self._recent: list[float] = []
        self.fail_every = fail_every  # every n-th sendMessage fails with a 500, like a Telegram hiccup
        self.injected_failures = 0
        self._sends = itertools.count(1)
        self.runner: web.AppRunner | None = None
        self.port = 0

    # -- server ----------------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{self.port}/bot"

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        call = Call(method, params)
        if method not in self.KNOWN:
            self.unknown.append(method)
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                                     status=404)
        if method == "getUpdates":
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        self.calls.append(call)
        if method == "sendMessage":
            payload = self._send_message(call)
            return web.json_response(payload, status=200 if payload["ok"] else payload["error_code"])
        if method == "getMe":
            return web.json_response({"ok": True, "result": {
                "id": BOT_ID, "is_bot": True, "first_name": "NewsBot", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}})
        if method == "editMessageText":
            return web.json_response({"ok": True, "result": self._message(params)})
        return web.json_response({"ok": True, "result": True})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
        else:
            data = dict(await request.post())
        out = {}
        for key, value in data.items():
            if isinstance(value, str) and value[:1] in "{[":
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            out[key] = value
        return out

    async def _get_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            # like Telegram, forget updates the bot has confirmed by asking past them
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            ready = self.updates
            if ready or time.monotonic() >= deadline:
                return ready[: int(params.get("limit") or 100)]
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), max(deadline - time.monotonic(), 0.01))
            except asyncio.TimeoutError:
                pass

    def _send_message(self, call: Call) -> dict:
        chat_id = int(call.params["chat_id"])
        if self.max_per_second:
            now = time.monotonic()
            self._recent = [t for t in self._recent if now - t < 1.0]
            if len(self._recent) >= self.max_per_second:
                call.params["_rejected"] = 429
                return {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                        "parameters": {"retry_after": 1}}
            self._recent.append(now)
        if self.fail_every and next(self._sends) % self.fail_every == 0:
            self.injected_failures += 1
            call.params["_rejected"] = 500
            return {"ok": False, "error_code": 500, "description": "Internal Server Error"}
        failure = self.failures.get(chat_id)
        if failure:
            error = failure(call.params)
            if error:
                call.params["_rejected"] = error["error_code"]
                return error
        if self.on_send:
            self.on_send(call)
        return {"ok": True, "result": self._message(call.params)}

    def _message(self, params: dict) -> dict:
        chat_id = int(params["chat_id"]) if params.get("chat_id") is not None else 1
        return {"message_id": int(params.get("message_id") or next(self._message_ids)), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "NewsBot", "username": BOT_USERNAME},
                "text": params.get("text", "")}

    # -- what tests do ---------------------------------------------------------------------
    def _push(self, update: dict) -> None:
        update["update_id"] = next(self._update_ids)
        self.updates.append(update)
        self._new_update.set()

    def user_message(self, chat_id: int, text: str, user_id: int | None = None, chat_type: str = "private",
                     reply_to_bot: bool = False, edited: bool = False) -> None:
        user_id = user_id if user_id is not None else abs(chat_id)
        message = {
            "message_id": next(self._message_ids), "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, **({"title": "Nhóm"} if chat_type != "private" else {})},
            "from": {"id": user_id, "is_bot": False, "first_name": "Độc giả", "language_code": "vi"},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if reply_to_bot:
            message["reply_to_message"] = self._message({"chat_id": chat_id, "text": "..."})
        if edited:
            message["edit_date"] = int(time.time())
        self._push({"edited_message" if edited else "message": message})

    def button_press(self, chat_id: int, data: str, message_id: int = 1, user_id: int | None = None) -> None:
        self._push({"callback_query": {
            "id": str(next(self._message_ids)), "chat_instance": "ci",
            "from": {"id": user_id if user_id is not None else abs(chat_id), "is_bot": False, "first_name": "Độc giả"},
            "message": self._message({"chat_id": chat_id, "message_id": message_id, "text": "..."}),
            "data": data,
        }})

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        return [c for c in self.calls if c.method == method and "_rejected" not in c.params
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate()
            if result:
                return result
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out after {timeout}s; calls so far: "
                             f"{[(c.method, c.params.get('chat_id'), str(c.params.get('text', ''))[:60]) for c in self.calls[-10:]]}")
