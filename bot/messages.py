"""User-facing text, Vietnamese first, English available. Front ends format with these."""
from __future__ import annotations

import datetime as dt

MESSAGES: dict[str, dict[str, str]] = {
    "vi": {
        "unknown": "Chưa tìm thấy câu trả lời trong các bài viết.",
        "related": "Có thể bạn quan tâm:",
        "source": "Nguồn",
        "evidence": "Căn cứ",
        "as_of": "theo bài ngày {date}",
        "no_results": "Không tìm thấy bài viết nào cho «{query}».",
        "results": "Kết quả cho «{query}» ({first}–{last} trên {total}):",
        "latest": "Tin mới nhất:",
        "empty_kb": "Chưa có bài viết nào trong cơ sở dữ liệu.",
        "chat_intro": "newsbot — hỏi về tin tức ({n} bài viết). Gõ câu hỏi; /search <từ khóa>, /latest, /quit.",
        "prompt": "Bạn hỏi: ",
    },
    "en": {
        "unknown": "I could not find the answer in the articles.",
        "related": "You may be interested in:",
        "source": "Source",
        "evidence": "Evidence",
        "as_of": "as of the article of {date}",
        "no_results": "No article found for “{query}”.",
        "results": "Results for “{query}” ({first}–{last} of {total}):",
        "latest": "Latest news:",
        "empty_kb": "The knowledge base has no articles yet.",
        "chat_intro": "newsbot — ask about the news ({n} articles). Type a question; /search <words>, /latest, /quit.",
        "prompt": "You: ",
    },
}


def t(key: str, lang: str = "vi", **kwargs) -> str:
    table = MESSAGES.get(lang) or MESSAGES["vi"]
    return table.get(key, MESSAGES["vi"][key]).format(**kwargs)


def show_date(iso: str | None) -> str:
    """2023-02-07 -> 07/02/2023, the way Vietnamese readers write dates."""
    if not iso:
        return ""
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso
