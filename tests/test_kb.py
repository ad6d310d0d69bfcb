import os
import time

from bot.importer import import_paths
from bot.index import CACHE_FILE, open_index
from bot.kb import KnowledgeBase

from conftest import FIXTURES, engine_for


def test_each_article_is_one_readable_yaml_file_with_its_facts(seed_kb):
    (path,) = (seed_kb / "articles").glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    assert "title: Xây dựng, thực hiện quy chế dân chủ" in text
    assert "person: Trương Quốc Lâm" in text and "role: Bí thư Quận ủy Quận 11" in text
    assert not list((seed_kb / "articles").glob(".*tmp"))  # no temp file left behind


def test_a_malformed_yaml_file_is_reported_with_path_and_line_and_the_rest_loads(seed_kb):
    bad = seed_kb / "articles" / "broken.yaml"
    bad.write_text("id: broken\ntitle: [unclosed\nparagraphs:\n  - x\n", encoding="utf-8")
    not_article = seed_kb / "articles" / "list.yaml"
    not_article.write_text("- just\n- a list\n", encoding="utf-8")
    loaded = KnowledgeBase(seed_kb).load()
    assert len(loaded.articles) == 1
    messages = "\n".join(loaded.errors)
    assert f"{bad}: line 3" in messages or f"{bad}: line 2" in messages
    assert str(not_article) in messages
    # and the bot still answers from the good file
    assert engine_for(seed_kb).ask("Ai là Bí thư Quận ủy Quận 11?").answer == "Trương Quốc Lâm"


def test_duplicates_by_url_or_by_text_are_not_added_twice(tmp_path):
    kb = tmp_path / "kb"
    first = import_paths(kb, [FIXTURES / "articles.jsonl"])
    assert [a.id for a in first.added] == ["test-001", "test-002"]
    assert first.duplicates and "same URL as test-002" in first.duplicates[0][1]
    assert len(first.rejected) == 2
    again = import_paths(kb, [FIXTURES / "articles.jsonl", FIXTURES / "seed-article.txt"])
    assert [a.title for a in again.added] == ["Xây dựng, thực hiện quy chế dân chủ phù hợp theo đặc thù của từng cơ quan, đơn vị"]
    assert len(again.duplicates) == 3
    # the same story with other spacing and old tone placement is the same text
    variant = tmp_path / "variant.txt"
    variant.write_text((FIXTURES / "seed-article.txt").read_text(encoding="utf-8")
                       .replace("Quận ủy", "Quận uỷ").replace("  ", " "), encoding="utf-8")
    assert import_paths(kb, [variant]).duplicates


def test_faq_entries_answer_questions_that_fuzzy_match_them(seed_kb):
    (seed_kb / "faq.yaml").write_text(
        "- q: Làm sao để nhận tin mới?\n  a: Gõ /subscribe để nhận thông báo khi có bài mới.\n", encoding="utf-8")
    answer = engine_for(seed_kb).ask("lam sao de nhan tin moi")
    assert answer.answer == "Gõ /subscribe để nhận thông báo khi có bài mới."


def test_the_index_cache_is_rebuilt_when_a_yaml_file_changes(seed_kb):
    kb = KnowledgeBase(seed_kb)
    open_index(kb)
    cache = seed_kb / ".cache" / CACHE_FILE
    assert cache.exists()
    (path,) = (seed_kb / "articles").glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    time.sleep(0.01)
    path.write_text(text.replace("Trương Quốc Lâm", "Lê Văn Tám"), encoding="utf-8")
    os.utime(path, None)
    index = open_index(kb)
    assert any("Lê Văn Tám" in s for s in index.sentences)
    assert not any("Trương Quốc Lâm" in s for s in index.sentences)


def test_a_corrupt_cache_is_rebuilt_not_trusted(seed_kb):
    kb = KnowledgeBase(seed_kb)
    open_index(kb)
    cache = seed_kb / ".cache" / CACHE_FILE
    cache.write_bytes(b"\x80\x05garbage")
    index = open_index(kb)
    assert len(index.articles) == 1
    assert cache.read_bytes() != b"\x80\x05garbage"


def test_a_deleted_cache_loses_nothing(seed_kb):
    kb = KnowledgeBase(seed_kb)
    kb.remove_cache()
    assert len(open_index(kb).articles) == 1
