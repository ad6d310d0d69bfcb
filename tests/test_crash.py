"""An import killed with SIGKILL halfway (a deploy, a power cut) loses nothing and leaves nothing
half-done: every article is whole or absent, the index rebuilds, and each subscriber hears about
each article exactly once after the import is run again."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from bot.alerts import announce_new, keyword_key
from bot.importer import import_paths
from bot.index import open_index
from bot.kb import KnowledgeBase
from bot.state import State
from conftest import FIXTURES

N_ARTICLES = 3000
KILL_AFTER = 300  # article files on disk when the import is killed


def write_records(path: Path) -> list[dict]:
    records = []
    for n in range(N_ARTICLES):
        topic = "trường học" if n % 3 == 0 else "chợ truyền thống"
        records.append({
            "id": f"crash-{n}", "title": f"Phường {n % 97 + 1} khánh thành {topic} số {n}",
            "date": f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}", "url": f"https://example.org/tin/{n}",
            "text": (f"Sáng {n % 28 + 1}/{n % 12 + 1}, UBND Phường {n % 97 + 1} khánh thành {topic} số {n} "
                     f"với tổng vốn {n * 3 + 7} tỷ đồng.\n\nÔng Nguyễn Văn {chr(65 + n % 26)}, Chủ tịch UBND "
                     f"Phường {n % 97 + 1}, cho biết công trình phục vụ {n * 11 + 40} hộ dân."),
        })
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return records


def import_and_kill(kb: Path, source: Path) -> int:
    proc = subprocess.Popen([sys.executable, "-m", "bot", "--kb", str(kb), "import", "--quiet", str(source)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    articles = kb / "articles"
    while proc.poll() is None and sum(1 for _ in articles.glob("crash-*")) < KILL_AFTER:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    return proc.wait()


def test_an_import_killed_halfway_leaves_whole_articles_and_every_notice_once(tmp_path):
    kb, source = tmp_path / "kb", tmp_path / "news.jsonl"
    records = write_records(source)
    import_paths(kb, [FIXTURES / "seed-article.txt"])
    state = State(tmp_path / "data")
    announce_new(KnowledgeBase(kb).load().articles, state)  # the archive: no notices
    state.subscribe(1, "", "")
    state.subscribe(2, "trường học", keyword_key("trường học"))

    assert import_and_kill(kb, source) == -signal.SIGKILL, "the import finished before it could be killed"

    loaded = KnowledgeBase(kb).load()
    assert loaded.errors == []  # no half-written YAML file
    written = {a.id for a in loaded.articles} - {"thanhuytphcm-190a5924a1cd"}
    assert KILL_AFTER <= len(written) < N_ARTICLES
    assert len(open_index(KnowledgeBase(kb)).articles) == len(written) + 1  # the index rebuilds
    announce_new(loaded.articles, state)  # what the running bot's watch job does meanwhile

    report = import_paths(kb, [source])  # the import, run again
    assert len(report.added) == N_ARTICLES - len(written) and len(report.duplicates) == len(written)
    loaded = KnowledgeBase(kb).load()
    assert loaded.errors == [] and len(loaded.articles) == N_ARTICLES + 1
    announce_new(loaded.articles, state)

    queued: Counter = Counter()
    for notice in state.claim(limit=10 * N_ARTICLES):
        for article_id in notice.article_ids:
            queued[notice.chat_id, article_id] += 1
    assert set(queued.values()) == {1}  # nothing twice
    assert {a for chat, a in queued if chat == 1} == {r["id"] for r in records}  # nothing lost
    assert {a for chat, a in queued if chat == 2} == {r["id"] for r in records if "trường học" in r["title"]}
