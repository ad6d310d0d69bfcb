from pathlib import Path

from bot.articles import Article
from bot.importers import Rejected, read_path

from conftest import FIXTURES


def read_all(path: Path):
    items = list(read_path(path))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Rejected)]


def test_seed_page_text_keeps_the_article_and_drops_the_page_furniture():
    (article,), rejected = read_all(FIXTURES / "seed-article.txt")
    assert not rejected
    assert article.title == "Xây dựng, thực hiện quy chế dân chủ phù hợp theo đặc thù của từng cơ quan, đơn vị"
    assert article.date == "2023-02-07"
    assert article.author == "Mỹ Hạnh"
    assert article.paragraphs[0].startswith("Chiều 7/12, đoàn giám sát")  # "(Thanhuytphcm.vn) - " gone
    everything = "\n".join([article.title] + article.captions + article.paragraphs)
    for furniture in ("Ý kiến bạn đọc", "refresh", "Tổng lượt bình luận", "Tin khác", "Thông báo", "Thanhuytphcm.vn"):
        assert furniture not in everything


def test_a_caption_printed_twice_is_one_caption():
    (article,), _ = read_all(FIXTURES / "seed-article.txt")
    caption = "Đồng chí Trương Quốc Lâm, Bí thư Quận ủy phát biểu tại buổi giám sát."
    assert article.captions.count(caption) == 1
    assert not any(caption in p for p in article.paragraphs)


def test_jsonl_records_import_and_bad_lines_are_rejected_with_their_line():
    articles, rejected = read_all(FIXTURES / "articles.jsonl")
    assert [a.id for a in articles] == ["test-001", "test-002", "test-003"]
    assert articles[0].date == "2019-05-10" and articles[0].url.endswith("quan-5-bi-thu-2019.html")
    assert len(articles[0].paragraphs) == 2
    reasons = {r.where.rsplit(":", 1)[1]: r.reason for r in rejected}
    assert "not valid JSON" in reasons["4"]
    assert reasons["5"] == "no 'text'"


def test_html_page_gives_main_text_title_date_and_url_from_its_metadata():
    (article,), _ = read_all(FIXTURES / "page.html")
    assert article.title == "Phường Bến Thành ra mắt tổ tự quản"
    assert article.date == "2024-03-15"
    assert article.url == "https://news.example.vn/tin/ben-thanh-to-tu-quan.html"
    text = article.text
    assert "12 tổ tự quản" in text
    assert "tracking" not in text and "Liên hệ quảng cáo" not in text and "Trang chủ" not in text


def test_rss_and_atom_entries_become_articles():
    rss, _ = read_all(FIXTURES / "feed.xml")
    assert [a.title for a in rss] == ["Huyện Cần Giờ trồng mới 20 héc-ta rừng ngập mặn", "Quận 3 khánh thành thư viện mới"]
    assert rss[0].date == "2024-03-04" and len(rss[0].paragraphs) == 2
    atom, _ = read_all(FIXTURES / "feed.atom")
    assert atom[0].url == "https://news.example.vn/tin/thu-duc-xe-buyt.html"
    assert "3 tuyến xe buýt điện" in atom[0].text


def test_a_broken_feed_is_rejected_with_a_reason(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<?xml version='1.0'?><rss><channel><item><title>x</ti", encoding="utf-8")
    articles, rejected = read_all(bad)
    assert not articles and "malformed feed" in rejected[0].reason


def test_a_file_that_is_not_utf8_is_rejected(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Thứ Ba\nTiêu đề\nNội dung".encode("cp1258", errors="replace") + b"\xff\xfe")
    _, rejected = read_all(bad)
    assert "not UTF-8" in rejected[0].reason


def test_a_records_last_line_naming_its_writer_is_its_author(tmp_path):
    import json

    body = "Tỉnh Bình Sơn mở hội chợ nông sản.\n\nHội chợ kéo dài ba ngày."
    records = [
        {"id": "a", "title": "Hội chợ", "text": body + "\n\nT. Hà Lam\n\nTheo Báo Sông Xanh"},
        {"id": "b", "title": "Chợ đêm", "text": body + "\n\nAnna Berg - Minh Sơn"},
        # a closing sentence is no byline, nor is a one-paragraph record
        {"id": "c", "title": "Chợ sớm", "text": body + "\n\nMọi người đều vui."},
        {"id": "d", "title": "Chợ quê", "text": "Hà Lam"},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    articles, _ = read_all(path)
    assert [a.author for a in articles] == ["T. Hà Lam", "Anna Berg - Minh Sơn", None, None]
