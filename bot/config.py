"""Settings from config.yaml (found via $NEWSBOT_CONFIG, else ./config.yaml), with environment
variables on top for what differs between deployments (token, API root, data folder)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .articles import ArticleError, StrictLoader, read_yaml

DEFAULT_API_URL = "https://api.telegram.org/bot"


@dataclass
class Config:
    path: Path | None = None
    kb: Path = Path("knowledge")
    data_dir: Path = Path("data")
    token: str | None = None
    api_url: str = DEFAULT_API_URL
    admins: set[int] = field(default_factory=set)
    language: str = "vi"
    webhook: dict[str, Any] = field(default_factory=dict)
    rate_limit: dict[str, Any] = field(default_factory=dict)
    outbox_interval: float = 2.0
    kb_watch_interval: float = 10.0
    per_chat_interval: float = 1.0
    questions_per_minute: int = 20
    typing_after: float = 0.5  # seconds an answer may take before "typing…" is shown
    sources_tick: float = 30.0
    notice_retry_base: float = 2.0  # seconds before the first retry of a failed notice; doubles each time
    raw: dict[str, Any] = field(default_factory=dict)


def find_config() -> Path | None:
    env = os.environ.get("NEWSBOT_CONFIG")
    if env:
        return Path(env)
    here = Path("config.yaml")
    return here if here.exists() else None


def load_config(path: Path | None = None) -> Config:
    path = path or find_config()
    data: dict[str, Any] = {}
    if path and path.exists():
        try:
            data = read_yaml(path, StrictLoader) or {}
        except ArticleError as exc:
            raise SystemExit(str(exc)) from None
        if not isinstance(data, dict):
            raise SystemExit(f"{path}: expected a mapping of settings")
    base = path.parent if path else Path.cwd()
    telegram = data.get("telegram") or {}
    if telegram.get("token") and path and path.stat().st_mode & 0o004:
        raise SystemExit(f"{path} holds the Telegram token and anyone on this machine can read it: "
                         f"run `chmod o-r {path}`, or put the token in TELEGRAM_BOT_TOKEN instead")
    cfg = Config(
        path=path,
        kb=(base / str(data.get("kb", "knowledge"))),
        data_dir=(base / str(data.get("data_dir", "data"))),
        token=telegram.get("token") or None,
        api_url=telegram.get("api_url") or DEFAULT_API_URL,
        admins={int(a) for a in (data.get("admins") or [])},
        language=str(data.get("language", "vi")),
        webhook=telegram.get("webhook") or {},
        rate_limit=telegram.get("rate_limit") or {},
        outbox_interval=float(data.get("outbox_interval_seconds", 2.0)),
        kb_watch_interval=float(data.get("kb_watch_seconds", 10.0)),
        per_chat_interval=float((telegram.get("rate_limit") or {}).get("per_chat_seconds", 1.0)),
        questions_per_minute=int(data.get("questions_per_minute", 20)),
        typing_after=float(telegram.get("typing_after_seconds", 0.5)),
        sources_tick=float(data.get("sources_tick_seconds", 30.0)),
        notice_retry_base=float(data.get("notice_retry_seconds", 2.0)),
        raw=data,
    )
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        cfg.token = os.environ["TELEGRAM_BOT_TOKEN"]
    if os.environ.get("TELEGRAM_API_URL"):
        cfg.api_url = os.environ["TELEGRAM_API_URL"]
    if os.environ.get("NEWSBOT_DATA_DIR"):
        cfg.data_dir = Path(os.environ["NEWSBOT_DATA_DIR"])
    return cfg
