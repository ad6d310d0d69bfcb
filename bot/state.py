"""The bot's durable state in one SQLite file (data_dir/state.sqlite3): chats and their language,
subscriptions, the outbox of notices, which articles were announced, search sessions, counters.

SQLite in WAL mode with synchronous=FULL: a committed transaction survives a crash or a power
cut, and readers (the bot) and a writer (a `newsbot import` from cron) work side by side.
Nothing here lives only in memory.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS chats (
    chat_id INTEGER PRIMARY KEY,
    lang TEXT NOT NULL DEFAULT 'vi',
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS subscriptions (
    chat_id INTEGER NOT NULL,
    keyword TEXT NOT NULL,          -- '' = all new articles
    key TEXT NOT NULL,              -- the keyword's match key (accent-folded tokens)
    created REAL NOT NULL,
    PRIMARY KEY (chat_id, key)
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    articles TEXT NOT NULL,         -- JSON list of article ids in this notice
    status TEXT NOT NULL DEFAULT 'pending',   -- pending | sending | sent | failed | dropped
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL DEFAULT 0,
    error TEXT,
    created REAL NOT NULL,
    sent REAL
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (status, next_try);
CREATE TABLE IF NOT EXISTS announced (
    article_id TEXT PRIMARY KEY,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS searches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    chat_id INTEGER NOT NULL,
    query TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY,
    spec TEXT NOT NULL,             -- JSON: {"url"|"folder", "kind", "every", "pattern"}
    added REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS source_status (
    name TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    next_poll REAL NOT NULL DEFAULT 0,
    last_error TEXT,
    last_ok REAL,
    reported INTEGER NOT NULL DEFAULT 0,   -- admins told it is failing
    polls INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS seen (
    key TEXT PRIMARY KEY,           -- "guid:<source>:<guid>", "url:<normalised url>", "file:<path>:<mtime>:<size>"
    at REAL NOT NULL
);
DROP TABLE IF EXISTS question_times;  -- question rates moved to memory (bot/telegram/throttle.py)
"""


@dataclass
class Notice:
    id: int
    chat_id: int
    article_ids: list[str]
    attempts: int


class State:
    def __init__(self, data_dir: Path | str):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.data_dir / "state.sqlite3"
        # one connection per thread: the bot reloads the knowledge base in a worker thread while
        # the event loop sends notices, and a shared connection cannot hold two transactions
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self.db.executescript(SCHEMA)

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            self._local.conn = conn
            self._all.append(conn)
        return conn

    def close(self) -> None:
        for conn in self._all:
            conn.close()
        self._all.clear()
        self._local = threading.local()

    def _tx(self):
        return _Transaction(self.db)

    # -- chats and language ----------------------------------------------------------------
    def lang(self, chat_id: int, default: str = "vi") -> str:
        row = self.db.execute("SELECT lang FROM chats WHERE chat_id=?", (chat_id,)).fetchone()
        return row[0] if row else default

    def set_lang(self, chat_id: int, lang: str) -> None:
        self.db.execute("INSERT INTO chats (chat_id, lang, created) VALUES (?, ?, ?) "
                        "ON CONFLICT(chat_id) DO UPDATE SET lang=excluded.lang", (chat_id, lang, time.time()))

    # -- subscriptions ---------------------------------------------------------------------
    def subscribe(self, chat_id: int, keyword: str, key: str) -> bool:
        """True when new."""
        cur = self.db.execute("INSERT OR IGNORE INTO subscriptions (chat_id, keyword, key, created) VALUES (?,?,?,?)",
                              (chat_id, keyword, key, time.time()))
        return cur.rowcount == 1

    def unsubscribe(self, chat_id: int, key: str | None) -> int:
        """Remove one subscription (by key), or all of the chat's (key None)."""
        if key is None:
            cur = self.db.execute("DELETE FROM subscriptions WHERE chat_id=?", (chat_id,))
        else:
            cur = self.db.execute("DELETE FROM subscriptions WHERE chat_id=? AND key=?", (chat_id, key))
        return cur.rowcount

    def subscriptions(self, chat_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT keyword FROM subscriptions WHERE chat_id=? ORDER BY created", (chat_id,))]

    def all_subscriptions(self) -> Iterator[tuple[int, str]]:
        """(chat_id, key) of every subscription; key '' = all news."""
        yield from self.db.execute("SELECT chat_id, key FROM subscriptions ORDER BY chat_id")

    def subscriber_count(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT chat_id) FROM subscriptions").fetchone()[0]

    def remove_chat(self, chat_id: int) -> None:
        """The chat blocked the bot or is gone: forget its subscriptions and pending notices."""
        with self._tx():
            self.db.execute("DELETE FROM subscriptions WHERE chat_id=?", (chat_id,))
            self.db.execute("UPDATE outbox SET status='dropped', error='chat gone' "
                            "WHERE chat_id=? AND status IN ('pending','sending')", (chat_id,))

    def migrate_chat(self, old: int, new: int) -> None:
        """A group became a supergroup: move everything to the new chat id."""
        with self._tx():
            self.db.execute("UPDATE OR IGNORE subscriptions SET chat_id=? WHERE chat_id=?", (new, old))
            self.db.execute("DELETE FROM subscriptions WHERE chat_id=?", (old,))
            self.db.execute("UPDATE outbox SET chat_id=? WHERE chat_id=? AND status IN ('pending','sending')", (new, old))
            self.db.execute("UPDATE OR IGNORE chats SET chat_id=? WHERE chat_id=?", (new, old))

    # -- announcements and the outbox ------------------------------------------------------
    def announced_ids(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT article_id FROM announced")}

    def mark_announced(self, article_ids: Iterable[str]) -> None:
        """Record articles as known without notices (the knowledge base the bot started with)."""
        now = time.time()
        with self._tx():
            self.db.executemany("INSERT OR IGNORE INTO announced (article_id, at) VALUES (?, ?)",
                                [(a, now) for a in article_ids])

    def enqueue(self, article_ids: list[str], notices: dict[int, list[str]]) -> int:
        """In one transaction: the articles become announced and every notice joins the outbox.
        A crash leaves either all of it or none of it. Articles already announced are skipped
        (another process got there first)."""
        now = time.time()
        with self._tx():
            known = {r[0] for r in self.db.execute(
                f"SELECT article_id FROM announced WHERE article_id IN ({','.join('?' * len(article_ids))})",
                article_ids)} if article_ids else set()
            fresh = [a for a in article_ids if a not in known]
            self.db.executemany("INSERT INTO announced (article_id, at) VALUES (?, ?)", [(a, now) for a in fresh])
            rows = []
            for chat_id, ids in notices.items():
                ids = [a for a in ids if a in fresh]
                if ids:
                    rows.append((chat_id, json.dumps(ids), now))
            self.db.executemany("INSERT INTO outbox (chat_id, articles, created) VALUES (?, ?, ?)", rows)
            self._bump("last_import", now)
        return len(rows)

    def claim(self, limit: int = 50, now: float | None = None) -> list[Notice]:
        """Take due notices for sending: in one transaction they turn from pending to sending,
        so two senders (two jobs, two processes) never take the same notice."""
        now = time.time() if now is None else now
        with self._tx():
            rows = self.db.execute(
                "SELECT id, chat_id, articles, attempts FROM outbox WHERE status='pending' "
                "AND next_try <= ? ORDER BY id LIMIT ?", (now, limit)).fetchall()
            self.db.executemany("UPDATE outbox SET status='sending', attempts=attempts+1 WHERE id=?",
                                [(r[0],) for r in rows])
        return [Notice(r[0], r[1], json.loads(r[2]), r[3] + 1) for r in rows]

    def recover(self) -> int:
        """At start: notices left 'sending' by a crash go back to pending. A send cut off by
        a crash may or may not have reached Telegram, which offers no way to ask; sending it
        again (at least once) is preferred to losing it."""
        return self.db.execute("UPDATE outbox SET status='pending' WHERE status='sending'").rowcount

    def mark_sent(self, notice_id: int) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET status='sent', sent=?, error=NULL WHERE id=?", (time.time(), notice_id))
            self._bump("notices_sent", 1)

    def release(self, notice_id: int, delay: float = 0.0, why: str = "") -> None:
        """Give a claimed notice back, unsent and not failed (its chat's turn has not come, the
        bot is stopping, Telegram asked to wait): pending again, and the claim's attempt undone."""
        self.db.execute("UPDATE outbox SET status='pending', attempts=MAX(attempts-1, 0), next_try=?, error=? "
                        "WHERE id=?", (time.time() + delay, why[:500] or None, notice_id))

    def retry_later(self, notice_id: int, delay: float, error: str, give_up: bool = False) -> None:
        self.db.execute("UPDATE outbox SET status=?, next_try=?, error=? WHERE id=?",
                        ("failed" if give_up else "pending", time.time() + delay, error[:500], notice_id))

    def outbox_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status").fetchall())

    # -- searches (so that ◀ ▶ buttons keep working after a restart) ------------------------
    def save_search(self, chat_id: int, query: str) -> int:
        return self.db.execute("INSERT INTO searches (chat_id, query, created) VALUES (?, ?, ?)",
                               (chat_id, query, time.time())).lastrowid

    def search_query(self, search_id: int) -> str | None:
        row = self.db.execute("SELECT query FROM searches WHERE id=?", (search_id,)).fetchone()
        return row[0] if row else None

    # -- sources ---------------------------------------------------------------------------
    def saved_sources(self) -> dict[str, dict]:
        return {r[0]: json.loads(r[1]) for r in self.db.execute("SELECT name, spec FROM sources ORDER BY added")}

    def add_source(self, name: str, spec: dict) -> bool:
        cur = self.db.execute("INSERT OR IGNORE INTO sources (name, spec, added) VALUES (?, ?, ?)",
                              (name, json.dumps(spec, ensure_ascii=False), time.time()))
        return cur.rowcount == 1

    def remove_source(self, name: str) -> bool:
        with self._tx():
            cur = self.db.execute("DELETE FROM sources WHERE name=?", (name,))
            self.db.execute("DELETE FROM source_status WHERE name=?", (name,))
        return cur.rowcount == 1

    def source_status(self, name: str) -> dict:
        row = self.db.execute("SELECT etag, last_modified, failures, next_poll, last_error, last_ok, reported, polls "
                              "FROM source_status WHERE name=?", (name,)).fetchone()
        keys = ("etag", "last_modified", "failures", "next_poll", "last_error", "last_ok", "reported", "polls")
        return dict(zip(keys, row)) if row else dict(zip(keys, (None, None, 0, 0.0, None, None, 0, 0)))

    def save_source_status(self, name: str, **fields) -> None:
        current = self.source_status(name)
        current.update(fields)
        self.db.execute(
            "INSERT INTO source_status (name, etag, last_modified, failures, next_poll, last_error, last_ok, reported, polls) "
            "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET etag=excluded.etag, "
            "last_modified=excluded.last_modified, failures=excluded.failures, next_poll=excluded.next_poll, "
            "last_error=excluded.last_error, last_ok=excluded.last_ok, reported=excluded.reported, polls=excluded.polls",
            (name, current["etag"], current["last_modified"], current["failures"], current["next_poll"],
             current["last_error"], current["last_ok"], current["reported"], current["polls"]))

    def seen_any(self, keys: Iterable[str]) -> bool:
        keys = [k for k in keys if k]
        if not keys:
            return False
        return self.db.execute(f"SELECT 1 FROM seen WHERE key IN ({','.join('?' * len(keys))}) LIMIT 1",
                               keys).fetchone() is not None

    def mark_seen(self, keys: Iterable[str]) -> None:
        now = time.time()
        self.db.executemany("INSERT OR IGNORE INTO seen (key, at) VALUES (?, ?)", [(k, now) for k in keys if k])

    # -- counters --------------------------------------------------------------------------
    def _bump(self, key: str, value: float) -> None:
        if key == "notices_sent":
            self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                            "SET value = CAST(value AS INTEGER) + ?", (key, str(int(value)), int(value)))
        else:
            self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                            "SET value=excluded.value", (key, str(value)))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                        "SET value=excluded.value", (key, value))


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
