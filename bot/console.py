"""The console front end: render answers and search hits as plain text, and `newsbot chat`."""
from __future__ import annotations

import sys

from .answer import Answer, Engine
from .messages import show_date, t
from .search import Hit, latest, search


def render_source(article, lang: str = "vi") -> str:
    date = f" ({show_date(article.date)})" if article.date else ""
    url = f"\n    {article.url}" if article.url else ""
    return f"{article.title}{date}{url}"


def render_answer(answer: Answer, lang: str = "vi") -> str:
    read_as = [t("read_as", lang, question=answer.read_as)] if answer.read_as else []
    if not answer.known:
        lines = read_as + [t("unknown", lang)]
        if answer.related:
            lines.append(t("related", lang))
            lines += [f"  - {render_source(a, lang)}" for a in answer.related]
        return "\n".join(lines)
    lines = read_as + [answer.answer]
    if answer.as_of:
        lines[-1] += f" ({t('as_of', lang, date=show_date(answer.as_of))})"
    if answer.evidence and answer.evidence != answer.answer:
        lines.append(f"  {t('evidence', lang)}: «{answer.evidence}»")
    if answer.source:
        lines.append(f"  {t('source', lang)}: {render_source(answer.source, lang)}")
    return "\n".join(lines)


def render_hits(query: str, hits: list[Hit], total: int, offset: int, lang: str = "vi") -> str:
    if not hits:
        return t("no_results", lang, query=query)
    lines = [t("results", lang, query=query, first=offset + 1, last=offset + len(hits), total=total)]
    for n, hit in enumerate(hits, offset + 1):
        date = f" ({show_date(hit.article.date)})" if hit.article.date else ""
        lines.append(f"{n}. {hit.article.title}{date}")
        lines.append(f"   {hit.snippet}")
        if hit.article.url:
            lines.append(f"   {hit.article.url}")
    return "\n".join(lines)


def chat(engine: Engine, lang: str = "vi") -> int:
    interactive = sys.stdin.isatty()
    print(t("chat_intro", lang, n=len(engine.index.articles)))
    if not engine.index.articles:
        print(t("empty_kb", lang))
    while True:
        try:
            line = input(t("prompt", lang) if interactive else "")
        except EOFError:
            break
        text = line.strip()
        if not text:
            continue
        if text in ("/quit", "/exit", "/thoat"):
            break
        if text.startswith("/search"):
            query = text[len("/search"):].strip()
            hits, total = search(engine.index, query)
            print(render_hits(query, hits, total, 0, lang))
        elif text.startswith("/latest"):
            print(t("latest", lang))
            for a in latest(engine.index):
                print(f"  - {render_source(a, lang)}")
        else:
            print(render_answer(engine.ask(text), lang))
        print()
    return 0
