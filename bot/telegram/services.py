"""What the handlers share: configuration, the knowledge base and its engine, the state.
Kept in `application.bot_data["services"]` (wiring only)."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from telegram.ext import ContextTypes

from ..alerts import announce_new
from ..answer import Engine
from ..config import Config
from ..index import open_index
from ..kb import KnowledgeBase
from ..state import State
from .throttle import QuestionThrottle

log = logging.getLogger(__name__)


@dataclass
class Services:
    cfg: Config
    kb: KnowledgeBase
    state: State
    engine: Engine
    fingerprint: str
    throttle: QuestionThrottle
    last_sent: dict[int, float] = field(default_factory=dict)  # chat id -> monotonic time of last notice
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, cfg: Config) -> "Services":
        kb = KnowledgeBase(cfg.kb)
        fingerprint = kb.fingerprint()
        engine = Engine(open_index(kb))
        svc = cls(cfg=cfg, kb=kb, state=State(cfg.data_dir), engine=engine, fingerprint=fingerprint,
                  throttle=QuestionThrottle(cfg.questions_per_minute))
        # before anything can import: a new data folder records what is there as known; an old
        # one queues notices for what was imported while the bot was down
        announce_new(engine.index.articles, svc.state)
        svc.state.recover()
        return svc

    @property
    def index(self):
        return self.engine.index

    def refresh(self, force: bool = False) -> int:
        """Reload the knowledge base if its files changed (an import by this or another process)
        and queue notices for new articles. Blocking: call it in a thread. Returns notices queued."""
        with self._lock:
            fingerprint = self.kb.fingerprint()
            if force or fingerprint != self.fingerprint:
                self.engine = Engine(open_index(self.kb))
                self.fingerprint = fingerprint
                log.info("knowledge base reloaded: %d articles", len(self.engine.index.articles))
            return announce_new(self.engine.index.articles, self.state)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.bot_data["services"]
