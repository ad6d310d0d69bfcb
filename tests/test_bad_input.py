"""Bad files in the knowledge base and bad files to import: each one gets a one-line reason that
names it, the good ones beside it still load, and nothing crashes."""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.articles import Article
from bot.importer import import_paths
from bot.importers import Rejected, read_path
from bot.importers.jsonl import from_record
from bot.kb import KnowledgeBase
from conftest import engine_for

SEED_QUESTION = "Ai là Bí thư Quận ủy Quận 11?"

_BOMB = "\n".join(
    ["id: bomb", "title: bomb", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi")]
    + ["paragraphs: *i"])

BAD_KNOWLEDGE_FILES = {
    # name: (content, what the reason must say, the line it must name or None)
    "tabs.yaml": ("id: t\ntitle: Tab\nparagraphs:\n\t- a\n", "tab is used for indentation", 4),
    "duplicate.yaml": ("id: d\ntitle: Một\nparagraphs: [a]\ntitle: Hai\n", "duplicate key 'title'", 4),
    "unclosed.yaml": ("id: u\ntitle: [unclosed\nparagraphs:\n  - x\n", "malformed YAML", 3),
    "bomb.yaml": (_BOMB, "'paragraphs' must be a list of text", None),
    "list.yaml": ("- just\n- a list\n", "expected a mapping", None),
    "empty.yaml": ("", "expected a mapping", None),
    "nested-title.yaml": ("id: n\ntitle: {a: b}\nparagraphs: [a]\n", "'title' must be text", None),
    "no-paragraphs.yaml": ("id: p\ntitle: Không có đoạn nào\n", "missing field(s): paragraphs", None),
    "bad-facts.yaml": ("id: f\ntitle: t\nparagraphs: [a]\nfacts: {roles: [[1, 2]]}\n", "facts 'roles'", None),
    "latin1.yaml": ("id: l\ntitle: Báo\nparagraphs: [a]\n".encode("latin-1"), "not UTF-8", None),
    "binary.yaml": (bytes(range(256)), "not UTF-8", None),
    "control.yaml": ("id: c\ntitle: \x07bell\nparagraphs: [a]\n", "malformed YAML", 2),
}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


@pytest.mark.parametrize("name", BAD_KNOWLEDGE_FILES)
def test_a_bad_knowledge_file_is_named_with_its_reason_and_the_rest_still_answers(seed_kb, name):
    content, reason, line = BAD_KNOWLEDGE_FILES[name]
    write(seed_kb / "articles" / name, content)
    loaded = KnowledgeBase(seed_kb).load()
    (error,) = loaded.errors
    assert name in error and reason in error and "\n" not in error
    if line:
        assert f"line {line}" in error
    assert [a.title[:20] for a in loaded.articles] == ["Xây dựng, thực hiện "]
    assert engine_for(seed_kb).ask(SEED_QUESTION).answer == "Trương Quốc Lâm"


def test_a_file_nested_a_hundred_thousand_levels_deep_is_an_error_not_a_crash(seed_kb):
    # libyaml's C composer recurses without a limit: this file used to kill the process (SIGSEGV)
    write(seed_kb / "articles" / "deep.yaml", "id: x\ntitle: t\nparagraphs: " + "[" * 100_000 + "]" * 100_000)
    done = subprocess.run([sys.executable, "-m", "bot", "--kb", str(seed_kb), "info"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "deep.yaml" in done.stdout + done.stderr and "nested too deeply" in done.stdout + done.stderr
    assert "1 articles" in done.stdout


def load_written(kb: Path, article_id: str, content: str) -> Article:
    """Write a hand-made article file, load the knowledge base without errors, return the article."""
    write(kb / "articles" / f"{article_id}.yaml", content)
    loaded = KnowledgeBase(kb).load()
    assert loaded.errors == []
    return next(a for a in loaded.articles if a.id == article_id)


def test_plain_values_stay_the_text_the_editor_typed(seed_kb):
    # PyYAML's defaults would read these as False, 9, a date object, True and 1.5
    article = load_written(seed_kb, "011", "id: 011\ntitle: no\ndate: 2023-02-07\nauthor: yes\n"
                                           "paragraphs: [1.5, Off, '~']\n")
    assert (article.title, article.date, article.author, article.paragraphs) == (
        "no", "2023-02-07", "yes", ["1.5", "Off", "~"])


def test_a_byte_order_mark_and_old_tone_placement_in_a_hand_written_file_are_fine(seed_kb):
    article = load_written(seed_kb, "bom", "\ufeffid: bom\ntitle: Hoà bình\nparagraphs: [Uỷ ban nhân dân quận họp.]\n")
    assert article.title == "Hòa bình" and article.paragraphs == ["Ủy ban nhân dân quận họp."]


@pytest.mark.parametrize("content, reason", [
    ("q: not a list\n", "expected a list"),
    ("- {q: Câu hỏi}\n- {q: Giờ làm việc?, a: Từ 7 giờ 30.}\n", "entry 1 needs text 'q' and 'a'"),
    ("- {q: [nested], a: x}\n- {q: Giờ làm việc?, a: Từ 7 giờ 30.}\n", "entry 1 needs text 'q' and 'a'"),
])
def test_a_bad_faq_entry_is_named_and_the_good_ones_answer(seed_kb, content, reason):
    write(seed_kb / "faq.yaml", content)
    loaded = KnowledgeBase(seed_kb).load()
    assert any("faq.yaml" in e and reason in e for e in loaded.errors)
    if "Giờ làm việc" in content:
        assert [f.answer for f in loaded.faq] == ["Từ 7 giờ 30."]


_yaml_text = st.text(alphabet=st.sampled_from(list("abc :-[]{}&*!|>'\"#%@`\t\n ,?~01ệđ\\")), max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_yaml_text)
def test_any_text_in_a_knowledge_file_loads_or_is_named(tmp_path_factory, text):
    kb = tmp_path_factory.mktemp("kb")
    write(kb / "articles" / "fuzz.yaml", text)
    write(kb / "articles" / "good.yaml", "id: good\ntitle: Tin tốt\nparagraphs: [Một đoạn văn.]\n")
    loaded = KnowledgeBase(kb).load()
    assert "good" in [a.id for a in loaded.articles]
    assert all("fuzz.yaml" in e for e in loaded.errors)
    assert len(loaded.articles) + len(loaded.errors) == 2


# -- importing ---------------------------------------------------------------------------------

_GOOD_ITEM = ("<item><title>Quận 11 khánh thành trường học</title><link>http://example.org/a</link>"
              "<description>Sáng nay, UBND Quận 11 khánh thành trường học mới với 30 phòng học.</description></item>")
_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lollollollollollollollollollol">'
           + "".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefg", "bcdefgh"))
           + ']><rss version="2.0"><channel><title>x</title><item><title>&h;</title>'
           '<description>&h;</description></item></channel></rss>')

BAD_IMPORT_FILES = {
    # name: (content, what the reason must say)
    "truncated.xml": (f"<?xml version='1.0'?><rss version='2.0'><channel>{_GOOD_ITEM}<item><title>Cắt", "malformed feed"),
    "laughs.xml": (_LAUGHS, "malformed feed"),
    "undefined-entity.xml": (f"<rss version='2.0'><channel><title>&bogus;</title>{_GOOD_ITEM}</channel></rss>", "malformed feed"),
    "html-not-feed.xml": ("<?xml version='1.0'?><html><body>Không phải feed</body></html>", "not an RSS or Atom feed"),
    "no-body.html": ("<html><head><title>Trang trống</title></head></html>", "no article text"),
    "scripts-only.html": ("<html><body><script>" + "var x = 1;" * 1000 + "</script></body></html>", "no article text"),
    "huge.html": ("<html><body><p>" + "Quận 11. " * 700_000 + "</p></body></html>", "larger than"),
    "binary.html": (bytes(range(256)) * 64, "no article text"),
    "latin1.txt": ("17/08/2016\nBáo\n(Thanhuytphcm.vn) - Nội dung".encode("latin-1", "replace"), "not UTF-8"),
    "empty.txt": ("", "empty"),
    "records.json": ('[1, {"text": 5}, {"title": "x"}]', "not a JSON object"),
    "garbage.json": ("{not json", "not valid JSON"),
}


@pytest.mark.parametrize("name", BAD_IMPORT_FILES)
def test_a_bad_file_to_import_is_rejected_with_its_name_and_the_good_ones_import(seed_kb, tmp_path, name):
    content, reason = BAD_IMPORT_FILES[name]
    bad = write(tmp_path / "in" / name, content)
    good = write(tmp_path / "in" / "good.jsonl", json.dumps(
        {"id": "g1", "title": "Quận 11 khánh thành trường học", "date": "2024-03-01",
         "text": "Sáng 1/3, UBND Quận 11 khánh thành Trường Tiểu học Lạc Long Quân với 30 phòng học."},
        ensure_ascii=False) + "\n")
    report = import_paths(seed_kb, [bad, good])
    assert report.rejected and all(name in where for where, _ in report.rejected)
    assert any(reason in why for _, why in report.rejected), report.rejected
    assert [a.id for a in report.added] == ["g1"]
    loaded = KnowledgeBase(seed_kb).load()
    assert loaded.errors == [] and len(loaded.articles) == 2
    answer = engine_for(seed_kb).ask("Trường Tiểu học Lạc Long Quân có bao nhiêu phòng học?")
    assert answer.answer and "30" in answer.answer


def test_a_page_with_scripts_keeps_its_text_and_drops_the_scripts(tmp_path):
    page = write(tmp_path / "page.html", (
        "<html><head><title>Quận 11 khánh thành trường học</title><script>var evil = 'TRACKER';</script></head>"
        "<body><article><p>" + "Sáng nay, UBND Quận 11 khánh thành trường học mới với 30 phòng học. " * 5
        + "</p><script>document.write('TRACKER')</script></article></body></html>"))
    (article,) = read_path(page)
    assert isinstance(article, Article)
    assert "30 phòng học" in article.text and "TRACKER" not in article.text


def test_an_external_entity_in_a_feed_is_never_read(tmp_path):
    secret = write(tmp_path / "secret.txt", "root:x:0:0:SECRET")
    feed = write(tmp_path / "xxe.xml", (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<rss version="2.0"><channel><title>Tin &x;</title>{_GOOD_ITEM.replace("Sáng nay", "&x; Sáng nay")}'
        '</channel></rss>'))
    items = list(read_path(feed))
    assert items and not any("SECRET" in (i.text + i.title + (i.source or "") if isinstance(i, Article) else i.reason)
                             for i in items)


def test_a_feed_with_entities_and_a_mislabelled_utf8_encoding_reads_right(tmp_path):
    feed = write(tmp_path / "feed.xml", (
        "<?xml version='1.0' encoding='iso-8859-1'?><rss version='2.0'><channel><title>Báo &amp; Tin</title>"
        "<item><title>Quận 11 &amp; Quận 5 &#8211; hợp tác</title><link>http://example.org/a</link>"
        "<description>&lt;p&gt;Hai quận ký kết chương trình hợp tác.&lt;/p&gt;</description></item></channel></rss>"
    ).encode("utf-8"))
    (article,) = read_path(feed)
    assert article.title == "Quận 11 & Quận 5 – hợp tác"
    assert article.paragraphs == ["Hai quận ký kết chương trình hợp tác."]
    assert article.source == "Báo & Tin"


@pytest.mark.parametrize("suffix", [".jsonl", ".json", ".html", ".xml", ".txt"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3000),
                      st.text(max_size=1000).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes_in_any_format_give_articles_or_named_rejections(tmp_path_factory, suffix, data):
    path = write(tmp_path_factory.mktemp("in") / f"fuzz{suffix}", data)
    for item in read_path(path):
        assert isinstance(item, (Article, Rejected))
        if isinstance(item, Rejected):
            assert "fuzz" in item.where and item.reason and "\n" not in item.reason


_any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_any_text, body=st.lists(_any_text, min_size=1, max_size=4), date=st.one_of(st.none(), _any_text))
def test_whatever_is_imported_is_saved_as_yaml_that_loads_back_the_same(tmp_path_factory, title, body, date):
    item = from_record({"id": "x1", "title": title, "date": date, "text": "\n\n".join(body)}, "fuzz.jsonl:1")
    kb = KnowledgeBase(tmp_path_factory.mktemp("kb"))
    report = kb.add([item])
    loaded = kb.load()
    assert loaded.errors == []
    if report.added:
        (article,) = loaded.articles
        assert (article.title, article.paragraphs) == (report.added[0].title, report.added[0].paragraphs)
        assert unicodedata.is_normalized("NFC", article.text)
