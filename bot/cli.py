"""The `newsbot` command: a thin layer over the library.

    newsbot [--kb DIR] import PATH...      add articles (text, .jsonl/.json, .html, RSS/Atom)
    newsbot [--kb DIR] ask "question"      answer with evidence and source
    newsbot [--kb DIR] ask --jsonl         questions on stdin, one JSON answer a line on stdout
    newsbot [--kb DIR] search "words"      ranked articles with a snippet
    newsbot [--kb DIR] chat                the bot in the console
    newsbot [--kb DIR] run                 the Telegram bot
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .config import load_config

log = logging.getLogger("newsbot")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsbot", description="Answers questions about Vietnamese news articles.")
    ap.add_argument("--kb", type=Path, help="knowledge base folder (default: kb from config.yaml, else knowledge/)")
    ap.add_argument("--config", type=Path, help="config file (default: $NEWSBOT_CONFIG or ./config.yaml)")
    ap.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = ap.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", help="add articles from files or folders")
    imp.add_argument("paths", nargs="+", type=Path)
    imp.add_argument("--quiet", action="store_true", help="no progress bar")

    ask = sub.add_parser("ask", help="answer a question")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--jsonl", action="store_true", help="questions on stdin, JSON lines on stdout")

    search = sub.add_parser("search", help="find articles")
    search.add_argument("query", nargs="+")
    search.add_argument("-n", "--limit", type=int, default=10)

    sources = sub.add_parser("sources", help="manage news sources")
    ssub = sources.add_subparsers(dest="action", required=True)
    ssub.add_parser("list", help="every source, with its state")
    add = ssub.add_parser("add", help="add a feed or listing page (kept in the bot's state)")
    add.add_argument("url")
    add.add_argument("--name")
    add.add_argument("--every", type=float, default=10.0, help="minutes between polls (at least 1)")
    add.add_argument("--pattern", help="for a listing page: regular expression of article links")
    rm = ssub.add_parser("remove", help="remove a source added with `sources add`")
    rm.add_argument("name")
    check = ssub.add_parser("check", help="fetch once and print what would be imported; imports nothing")
    check.add_argument("name")

    poll = sub.add_parser("poll", help="poll the sources")
    poll.add_argument("--once", action="store_true", required=True, help="every source once, then exit")

    sub.add_parser("chat", help="talk to the bot in the console")
    sub.add_parser("run", help="run the Telegram bot")
    sub.add_parser("info", help="what the knowledge base holds, and any files it could not load")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    cfg = load_config(args.config)
    if args.kb:
        cfg.kb = args.kb
    handler = {"import": cmd_import, "ask": cmd_ask, "search": cmd_search, "chat": cmd_chat,
               "run": cmd_run, "info": cmd_info, "sources": cmd_sources, "poll": cmd_poll}[args.command]
    try:
        return handler(args, cfg) or 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


# -- commands ------------------------------------------------------------------------------
def cmd_import(args, cfg) -> int:
    from .importer import import_paths

    report = import_paths(cfg.kb, args.paths, show_progress=not args.quiet)
    for where, reason in report.rejected:
        print(f"rejected: {where}: {reason}")
    for where, why in report.duplicates[:20]:
        print(f"duplicate: {where}: {why}")
    if len(report.duplicates) > 20:
        print(f"duplicate: … and {len(report.duplicates) - 20} more")
    print(f"{report.summary()} -> {cfg.kb}")
    return 0


def _engine(cfg):
    from .answer import Engine
    from .index import open_index
    from .kb import KnowledgeBase

    index = open_index(KnowledgeBase(cfg.kb))
    for err in index.errors:
        print(f"warning: {err}", file=sys.stderr)
    return Engine(index)


def cmd_ask(args, cfg) -> int:
    engine = _engine(cfg)
    if args.jsonl:
        for line in sys.stdin:
            question = line.rstrip("\n")
            answer = engine.ask(question)
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        return 0
    question = " ".join(args.question).strip()
    if not question:
        print("usage: newsbot ask \"câu hỏi\"  (or --jsonl with questions on stdin)", file=sys.stderr)
        return 2
    from .console import render_answer

    print(render_answer(engine.ask(question), cfg.language))
    return 0


def cmd_search(args, cfg) -> int:
    from .console import render_hits
    from .search import search

    engine = _engine(cfg)
    query = " ".join(args.query)
    hits, total = search(engine.index, query, limit=args.limit)
    print(render_hits(query, hits, total, 0, cfg.language))
    return 0


def cmd_chat(args, cfg) -> int:
    from .console import chat

    return chat(_engine(cfg), cfg.language)


def cmd_info(args, cfg) -> int:
    engine = _engine(cfg)
    index = engine.index
    print(f"{cfg.kb}: {len(index.articles)} articles, {len(index.sentences)} sentences, "
          f"{len(index.faq)} FAQ entries, {len(index.errors)} files not loaded")
    for err in index.errors:
        print(f"  {err}")
    return 0


def cmd_sources(args, cfg) -> int:
    from .sources.cli import sources_command

    return sources_command(args, cfg)


def cmd_poll(args, cfg) -> int:
    from .sources.cli import poll_once

    return poll_once(cfg)


def cmd_run(args, cfg) -> int:
    if not cfg.token:
        print("newsbot run: no Telegram token: set TELEGRAM_BOT_TOKEN (or telegram.token in config.yaml); "
              "to try the bot without Telegram, run `newsbot chat`", file=sys.stderr)
        return 2
    from .telegram.app import run

    return run(cfg)


if __name__ == "__main__":
    sys.exit(main())
