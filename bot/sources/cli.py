"""`newsbot sources list|add|remove|check` and `newsbot poll --once`."""
from __future__ import annotations

import asyncio
import datetime as dt

from ..config import Config
from ..state import State
from .config import SourceError, all_sources, make_source
from .poller import Poller


def _when(ts) -> str:
    return dt.datetime.fromtimestamp(float(ts)).strftime("%Y-%m-%d %H:%M") if ts else "-"


def sources_command(args, cfg: Config) -> int:
    state = State(cfg.data_dir)
    if args.action == "list":
        sources, errors = all_sources(cfg, state)
        for err in errors:
            print(f"error: {err}")
        if not sources:
            print("no sources: add one with `newsbot sources add URL` or under `sources:` in config.yaml")
        for s in sources:
            st = state.source_status(s.name)
            health = f"failing ({st['failures']}x: {st['last_error']})" if st["failures"] else "ok"
            print(f"{s.name}\t{s.kind}\t{s.where}\tevery {s.interval}\t{s.origin}\t"
                  f"last ok {_when(st['last_ok'])}\t{health}")
        return 0
    if args.action == "add":
        try:
            source = make_source({"url": args.url, "name": args.name, "every": args.every, "pattern": args.pattern}, "added")
        except SourceError as exc:
            print(f"newsbot sources add: {exc}")
            return 2
        if any(s.name == source.name for s in all_sources(cfg, state)[0]):
            print(f"newsbot sources add: a source named {source.name!r} exists already (choose --name)")
            return 2
        spec = {"url": source.url, "kind": source.kind, "every": source.every}
        if source.pattern:
            spec["pattern"] = source.pattern
        state.add_source(source.name, spec)
        print(f"added {source.name}: {source.kind} {source.url}, every {source.interval}")
        return 0
    if args.action == "remove":
        if state.remove_source(args.name):
            print(f"removed {args.name}")
            return 0
        print(f"newsbot sources remove: no source {args.name!r} added with `sources add` "
              "(sources from config.yaml are removed there)")
        return 2
    if args.action == "check":
        return asyncio.run(_check(cfg, state, args.name))
    return 2


async def _check(cfg: Config, state: State, name: str) -> int:
    poller = Poller(cfg, state)
    try:
        source = next((s for s in poller.sources() if s.name == name), None)
        if source is None:
            print(f"newsbot sources check: no source named {name!r}")
            return 2
        result = await poller.poll(source, dry_run=True)
    finally:
        await poller.close()
    if not result.ok:
        print(f"{name}: failed: {result.error}")
        return 1
    if result.not_modified:
        print(f"{name}: not modified since the last poll")
    for c in result.candidates:
        print(f"would import: {c.article.title} ({c.article.date or 'no date'}) {c.article.url or ''}".rstrip())
    for err in result.item_errors:
        print(f"would skip: {err}")
    print(f"{name}: {len(result.candidates)} new entr{'y' if len(result.candidates) == 1 else 'ies'}; nothing imported")
    return 0


def poll_once(cfg: Config) -> int:
    async def run() -> list:
        poller = Poller(cfg, State(cfg.data_dir))
        try:
            return await poller.poll_many(poller.sources())
        finally:
            await poller.close()

    results = asyncio.run(run())
    for r in results:
        print(r.line())
    return 0 if all(r.ok for r in results) else 1
