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
        "read_as": "Hiểu câu hỏi là: «{question}»",
        "no_results": "Không tìm thấy bài viết nào cho «{query}».",
        "results": "Kết quả cho «{query}» ({first}–{last} trên {total}):",
        "latest": "Tin mới nhất:",
        "empty_kb": "Chưa có bài viết nào trong cơ sở dữ liệu.",
        "chat_intro": "newsbot — hỏi về tin tức ({n} bài viết). Gõ câu hỏi; /search <từ khóa>, /latest, /quit.",
        "prompt": "Bạn hỏi: ",
        "welcome": "Xin chào! Tôi trả lời câu hỏi về các bài viết trên trang tin ({n} bài). Hãy đặt câu hỏi, "
                   "ví dụ bấm một câu bên dưới, hoặc gõ /help để xem các lệnh.",
        "help": "Gõ câu hỏi để tôi trả lời từ các bài viết.\n"
                "/ask <câu hỏi> — hỏi (trong nhóm)\n/search <từ khóa> — tìm bài viết\n/latest — 5 tin mới nhất\n"
                "/subscribe [từ khóa] — nhận thông báo khi có bài mới (không có từ khóa: mọi bài)\n"
                "/unsubscribe [từ khóa|all] — hủy nhận tin\n/subscriptions — các đăng ký của bạn\n"
                "/lang vi|en — đổi ngôn ngữ",
        "ask_usage": "Hãy gõ câu hỏi sau lệnh, ví dụ: /ask Ai là Bí thư Quận ủy Quận 11?",
        "search_usage": "Hãy gõ từ khóa sau lệnh, ví dụ: /search quy chế dân chủ",
        "read_article": "Đọc bài",
        "subscribed_all": "Đã đăng ký nhận thông báo mọi bài viết mới.",
        "subscribed": "Đã đăng ký nhận tin có từ khóa «{keyword}».",
        "already_subscribed": "Bạn đã đăng ký «{keyword}» rồi.",
        "all_news": "mọi bài viết",
        "unsubscribed": "Đã hủy đăng ký «{keyword}».",
        "unsubscribed_all": "Đã hủy tất cả đăng ký.",
        "not_subscribed": "Bạn chưa đăng ký «{keyword}».",
        "no_subscriptions": "Bạn chưa đăng ký nhận tin nào. Gõ /subscribe để nhận tin mới.",
        "subscriptions": "Bạn đang nhận tin:",
        "lang_set": "Đã chuyển sang tiếng Việt.",
        "lang_usage": "Dùng: /lang vi hoặc /lang en",
        "admin_only": "Xin lỗi, lệnh này chỉ dành cho quản trị viên.",
        "stats": "Bài viết: {articles}\nNgười đăng ký: {subscribers}\nThông báo đã gửi: {sent}\n"
                 "Đang chờ gửi: {pending}\nLần nhập gần nhất: {last_import}",
        "reloaded": "Đã nạp lại cơ sở dữ liệu: {articles} bài viết ({errors} tệp lỗi), {queued} thông báo mới.",
        "new_articles": "Tin mới:",
        "slow_down": "Bạn hỏi nhanh quá, xin chậm lại một chút rồi hỏi tiếp nhé.",
        "error": "Xin lỗi, đã có lỗi xảy ra. Vui lòng thử lại sau.",
        "gone": "Bài viết này không còn trong cơ sở dữ liệu.",
        "stale": "Kết quả tìm kiếm này đã cũ, hãy tìm lại.",
        "never": "chưa có",
    },
    "en": {
        "unknown": "I could not find the answer in the articles.",
        "related": "You may be interested in:",
        "source": "Source",
        "evidence": "Evidence",
        "as_of": "as of the article of {date}",
        "read_as": "Read as: “{question}”",
        "no_results": "No article found for “{query}”.",
        "results": "Results for “{query}” ({first}–{last} of {total}):",
        "latest": "Latest news:",
        "empty_kb": "The knowledge base has no articles yet.",
        "chat_intro": "newsbot — ask about the news ({n} articles). Type a question; /search <words>, /latest, /quit.",
        "prompt": "You: ",
        "welcome": "Hello! I answer questions about the site's articles ({n} articles). Ask a question, "
                   "tap one below, or type /help for the commands.",
        "help": "Type a question and I answer it from the articles.\n"
                "/ask <question> — ask (in groups)\n/search <words> — find articles\n/latest — latest five\n"
                "/subscribe [keyword] — get a notice when a new article arrives (no keyword: every article)\n"
                "/unsubscribe [keyword|all] — stop notices\n/subscriptions — your subscriptions\n"
                "/lang vi|en — change language",
        "ask_usage": "Type your question after the command, e.g. /ask Who is the Party Secretary of District 11?",
        "search_usage": "Type words after the command, e.g. /search quy chế dân chủ",
        "read_article": "Read",
        "subscribed_all": "Subscribed to every new article.",
        "subscribed": "Subscribed to articles about “{keyword}”.",
        "already_subscribed": "You are already subscribed to “{keyword}”.",
        "all_news": "every article",
        "unsubscribed": "Unsubscribed from “{keyword}”.",
        "unsubscribed_all": "All subscriptions removed.",
        "not_subscribed": "You are not subscribed to “{keyword}”.",
        "no_subscriptions": "You have no subscriptions. Type /subscribe to get new articles.",
        "subscriptions": "Your subscriptions:",
        "lang_set": "Switched to English.",
        "lang_usage": "Use: /lang vi or /lang en",
        "admin_only": "Sorry, this command is for administrators only.",
        "stats": "Articles: {articles}\nSubscribers: {subscribers}\nNotices sent: {sent}\n"
                 "Waiting to be sent: {pending}\nLast import: {last_import}",
        "reloaded": "Knowledge base reloaded: {articles} articles ({errors} bad files), {queued} new notices.",
        "new_articles": "New articles:",
        "slow_down": "You are asking very fast; please slow down a little.",
        "error": "Sorry, something went wrong. Please try again later.",
        "gone": "This article is no longer in the knowledge base.",
        "stale": "These search results are out of date; please search again.",
        "never": "never",
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
