"""Per-chat question rate limit, in memory.

A chat may ask `per_minute` questions in any 60 seconds. The first question over the limit gets
one polite "slow down" reply (at most one a minute); the rest is dropped without a reply, so a flood costs
neither answers nor messages and nothing queues up. The counts need no durability: a restart
forgetting them is harmless, and keeping them out of SQLite keeps a disk sync off every question.
"""
from __future__ import annotations

import time
from collections import deque

WINDOW = 60.0


class QuestionThrottle:
    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._asked: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}
        self._next_sweep = 0.0

    def check(self, chat_id: int, now: float | None = None) -> str:
        """'answer', 'warn' (reply once that the chat should slow down) or 'drop'."""
        now = time.monotonic() if now is None else now
        self._sweep(now)
        asked = self._asked.setdefault(chat_id, deque())
        while asked and asked[0] <= now - WINDOW:
            asked.popleft()
        if len(asked) < self.per_minute:
            asked.append(now)
            return "answer"
        if now - self._warned.get(chat_id, -WINDOW) >= WINDOW:  # at most one warning a minute
            self._warned[chat_id] = now
            return "warn"
        return "drop"

    def _sweep(self, now: float) -> None:
        """Forget chats that have been quiet for a window, so memory follows the active chats."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + WINDOW
        for chat_id in [c for c, asked in self._asked.items() if not asked or asked[-1] <= now - WINDOW]:
            del self._asked[chat_id]
            self._warned.pop(chat_id, None)
