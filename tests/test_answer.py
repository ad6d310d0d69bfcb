import json
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT, engine_for

from bot.question import analyse
from bot.text import strip_diacritics


@pytest.mark.parametrize("question, expected", [
    ("Ai là Bí thư Quận ủy Quận 11?", "Trương Quốc Lâm"),
    ("ai la bi thu quan uy quan 11", "Trương Quốc Lâm"),
    ("Bí thư Quận uỷ Q.11 là ai?", "Trương Quốc Lâm"),
    ("Ai là Phó Bí thư Thường trực Quận ủy Quận 11?", "Nguyễn Tăng Minh"),
    ("Quyền Chủ tịch UBND Quận 11 là ai?", "Nguyễn Trần Bình"),
    ("Ai là Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM?", "Trần Kim Yến"),
    ("Trương Quốc Lâm giữ chức vụ gì?", "Bí thư Quận ủy"),
    ("Ban Chỉ đạo thực hiện QCDCƠCS quận đã ban hành bao nhiêu văn bản?", "92"),
    ("HĐND Quận 11 ban hành bao nhiêu Nghị quyết?", "188"),
    ("Thông tri số 09-TT/TU được ban hành ngày nào?", "17/8/2016"),
    ("Ai viết bài về giám sát quy chế dân chủ ở Quận 11?", "Mỹ Hạnh"),
    ("Cải cách hành chính phải cải tiến cơ chế gì?", "một cửa"),
])
def test_seed_questions_are_answered_with_evidence_and_source(seed_kb, question, expected):
    answer = engine_for(seed_kb).ask(question)
    assert answer.answer and expected in answer.answer
    assert answer.evidence and answer.source and answer.source.date == "2023-02-07"


@pytest.mark.parametrize("question", [
    "Ai là Bí thư Quận ủy Quận 12?",
    "ai la bi thu quan uy quan 12",
    "Ban Chỉ đạo quận đã ban hành 93 văn bản vào năm nào?",
    "Đội tuyển nào vô địch World Cup 2022?",
    "Giá vàng hôm nay bao nhiêu?",
])
def test_questions_the_articles_do_not_answer_get_no_answer(seed_kb, question):
    answer = engine_for(seed_kb).ask(question)
    assert answer.answer is None


def test_when_articles_disagree_the_newest_wins_and_says_its_date(fixtures_kb):
    answer = engine_for(fixtures_kb).ask("Ai là Bí thư Quận ủy Quận 5?")
    assert answer.answer == "Trịnh Thu Hà"
    assert answer.source.id == "test-002"
    assert answer.as_of == "2023-09-01"


def run_cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_jsonl_contract_one_object_per_question_in_order(seed_kb):
    questions = ["Ai là Bí thư Quận ủy Quận 11?", "Ai là Bí thư Quận ủy Quận 12?", "", "ai la bi thu quan uy quan 11"]
    proc = run_cli("--kb", str(seed_kb), "ask", "--jsonl", stdin="\n".join(questions) + "\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert set(rows[0]) == {"question", "answer", "evidence", "confidence", "source", "ms"}
    assert rows[0]["answer"] == "Trương Quốc Lâm"
    assert rows[0]["source"]["title"].startswith("Xây dựng, thực hiện quy chế dân chủ")
    assert rows[0]["source"]["date"] == "2023-02-07" and "url" in rows[0]["source"]
    assert rows[1]["answer"] is None and rows[1]["source"] is None
    assert rows[2]["answer"] is None
    assert rows[3]["answer"] == "Trương Quốc Lâm"
    assert all(isinstance(r["ms"], (int, float)) for r in rows)


def test_ask_for_a_person_shows_answer_evidence_and_source(seed_kb):
    proc = run_cli("--kb", str(seed_kb), "ask", "Ai là Bí thư Quận ủy Quận 11?")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "Trương Quốc Lâm"
    assert "Căn cứ:" in proc.stdout and "Nguồn: Xây dựng" in proc.stdout and "(07/02/2023)" in proc.stdout


def test_ask_says_plainly_when_it_does_not_know(seed_kb):
    proc = run_cli("--kb", str(seed_kb), "ask", "Ai là Bí thư Quận ủy Quận 12?")
    assert proc.stdout.startswith("Chưa tìm thấy câu trả lời")


def test_import_prints_a_summary_with_reasons(tmp_path):
    from conftest import FIXTURES

    proc = run_cli("--kb", str(tmp_path / "kb"), "import", str(FIXTURES / "articles.jsonl"))
    assert proc.returncode == 0, proc.stderr
    assert "rejected: " in proc.stdout and "not valid JSON" in proc.stdout
    assert "duplicate: " in proc.stdout
    assert proc.stdout.strip().splitlines()[-1].startswith("added 2, duplicates 1, rejected 2")


@pytest.mark.parametrize("query", ["dự án đầu tư Bình Sơn", "du an dau tu Binh Son"])
def test_search_counts_a_word_whose_syllables_fold_like_stopwords(tmp_path, query):
    # "đầu tư" is no "đâu" + "từ": the article about investment projects comes first
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({"id": "article-2", "title": "Bình Sơn khởi công dự án đường ven biển", "date": "2024-02-02",
                                "text": "Tỉnh Bình Sơn khởi công dự án đường ven biển, dự án lớn nhất năm."},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    kb = kb_with(tmp_path, {"id": "article-1", "title": "Bình Sơn mời gọi đầu tư", "date": "2024-02-01",
                            "text": "Tỉnh Bình Sơn mời gọi các dự án đầu tư vào khu công nghiệp Tân Phú."}, more)
    proc = run_cli("--kb", str(kb), "search", query)
    assert proc.returncode == 0, proc.stderr
    assert "1. Bình Sơn mời gọi đầu tư" in proc.stdout


def test_search_ranks_articles_with_a_snippet(fixtures_kb):
    proc = run_cli("--kb", str(fixtures_kb), "search", "xe buyt dien")
    assert proc.returncode == 0, proc.stderr
    assert "1. Thành phố Thủ Đức mở thêm tuyến xe buýt điện (01/04/2024)" in proc.stdout
    assert "3 tuyến xe buýt điện" in proc.stdout


def test_chat_answers_in_the_console(seed_kb):
    proc = run_cli("--kb", str(seed_kb), "chat", stdin="ai la bi thu quan uy quan 11\n/latest\n/quit\n")
    assert proc.returncode == 0, proc.stderr
    assert "Trương Quốc Lâm" in proc.stdout and "Tin mới nhất" in proc.stdout


def test_run_without_a_token_points_at_chat_and_exits_2(tmp_path, monkeypatch):
    import os

    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    proc = subprocess.run([sys.executable, "-m", "bot", "--kb", str(tmp_path), "run"], capture_output=True,
                          text=True, cwd=tmp_path, env=env, timeout=60)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "newsbot chat" in proc.stderr


def kb_with(tmp_path, record: dict, *more):
    """A knowledge base holding one article of our own (a corpus-shaped record), and `more` files."""
    from bot.importer import import_paths

    source = tmp_path / f"{record['id']}.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    import_paths(tmp_path / "kb", [source, *more])
    return tmp_path / "kb"


def ask_article(tmp_path, text: str, question: str):
    """The engine's answer to a question over one article of our own with this text."""
    kb = kb_with(tmp_path, {"id": "article-1", "title": "Tin tỉnh Bình Sơn", "date": "2024-02-01", "text": text})
    return engine_for(kb).ask(question)


@pytest.fixture
def works_kb(tmp_path):
    """Places in two provinces, numbers that name and numbers that count, a garment factory."""
    return kb_with(tmp_path, {
        "id": "works-1", "title": "Khởi công nhà máy thủy điện Sông Xanh mở rộng", "date": "2024-05-02",
        "text": ("Sáng 2/5, nhà máy thủy điện Sông Xanh mở rộng được khởi công. Địa điểm xây dựng: xã Ya Tăng, "
                 "huyện Sa Thầy, tỉnh Kon Tum và xã Ia Mơ, huyện Chư Păh, tỉnh Gia Lai.\n\n"
                 "Đơn vị bầu cử số 3 gồm quận 5, quận 8 và quận 11 có 120.000 cử tri.\n\n"
                 "Ngày 8/3, ông Lê Văn Bình, Chủ tịch UBND tỉnh Bình Sơn, thăm nhà máy may của Công ty "
                 "Hòa Thọ tại huyện Đô Lương.")})


def test_of_several_places_in_the_evidence_the_one_the_question_qualifies_is_the_answer(works_kb):
    answer = engine_for(works_kb).ask("Nhà máy thủy điện Sông Xanh mở rộng xây ở huyện nào của Kon Tum?")
    assert answer.answer == "huyện Sa Thầy"
    answer = engine_for(works_kb).ask("Nhà máy thủy điện Sông Xanh mở rộng xây ở huyện nào của Gia Lai?")
    assert answer.answer == "huyện Chư Păh"


def test_a_number_of_another_unit_is_no_answer_to_a_question_that_names_its_unit(works_kb):
    # "quận 5" names a district; it does not count wards
    assert engine_for(works_kb).ask("Đơn vị bầu cử số 3 có bao nhiêu phường?").answer is None
    assert "120.000" in engine_for(works_kb).ask("Đơn vị bầu cử số 3 có bao nhiêu cử tri?").answer


def test_whom_someone_replaced_is_who_left_the_office_not_who_presided(tmp_path):
    kb_with(tmp_path, {
        "id": "election-1", "title": "Tỉnh Bình Sơn có tân Chủ tịch UBND", "date": "2024-08-30",
        "text": ("Ông Hoàng Minh Đức, Bí thư Huyện ủy Tân Phú, đã trúng cử Chủ tịch UBND tỉnh Bình Sơn.\n\n"
                 "Tại kỳ họp, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Sơn Lý Văn Tâm cho biết kỳ họp có việc "
                 "miễn nhiệm và bầu bổ sung Chủ tịch UBND tỉnh.\n\n"
                 "Kỳ họp đã miễn nhiệm Chủ tịch UBND tỉnh Bình Sơn đối với ông Phan Quốc Hưng vì lý do nghỉ hưu.")},
        FIXTURES / "seed-article.txt", FIXTURES / "articles.jsonl")
    answer = engine_for(tmp_path / "kb").ask("Ông Hoàng Minh Đức thay ai làm Chủ tịch tỉnh Bình Sơn?")
    assert answer.answer == "Phan Quốc Hưng"
    assert "miễn nhiệm" in answer.evidence


def test_a_bare_quan_in_an_article_about_quan_11_counts_as_quan_11(tmp_path):
    from bot.importer import import_paths

    # the seed says "UBND quận ... UBND 16 phường", and the whole article is about Quận 11: the
    # sentence is not held to lack "Quận 11" (which costs a sixth of the confidence); it still
    # shares fewer words with the question than a sentence that spells it out
    spelled_out = tmp_path / "spelled-out.txt"
    spelled_out.write_text((FIXTURES / "seed-article.txt").read_text(encoding="utf-8").replace(
        "UBND quận xây dựng", "UBND Quận 11 xây dựng"), encoding="utf-8")
    import_paths(tmp_path / "a", [FIXTURES / "seed-article.txt"])
    import_paths(tmp_path / "b", [spelled_out])
    bare, full = (engine_for(tmp_path / kb).ask("Quận 11 có bao nhiêu phường?") for kb in "ab")
    assert bare.answer == full.answer == "16 phường"
    assert bare.confidence > 0.6 * full.confidence


@pytest.mark.parametrize("question", ["Chủ tịch tỉnh Bình Sơn thăm nhà máy may ở huyện nào?",
                                      "chu tich tinh Binh Son tham nha may may o huyen nao"])
def test_may_of_a_garment_factory_is_not_the_question_word_may(works_kb, question):
    # "máy", "may" (sew) and "mấy" (how many) all fold to "may"
    assert engine_for(works_kb).ask(question).answer == "huyện Đô Lương"


@pytest.fixture
def housing_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "housing-1", "title": "Bình Sơn lập đề án nhà ở xã hội", "date": "2024-06-01",
        "text": ("Nguyện vọng của công nhân về chỗ ở ổn định dẫn đến việc tỉnh Bình Sơn lập đề án nhà ở xã hội.\n\n"
                 "Đề án có 12 dự án, tổng vốn 5.000 tỷ đồng.\n\n"
                 "Tàu cứu hộ Sao Mai thuộc Hội Chữ thập đỏ tỉnh Bình Sơn.")})


@pytest.mark.parametrize("question", ["Nguyên nhân tỉnh Bình Sơn lập đề án nhà ở xã hội là gì?",
                                      "nguyen nhan tinh binh son lap de an nha o xa hoi la gi"])
def test_a_word_that_only_sounds_like_a_question_word_stays_in_the_answer(housing_kb, question):
    # "Nguyện" and the question's "Nguyên" share a match key; "Nguyện vọng" is new information
    answer = engine_for(housing_kb).ask(question).answer
    assert answer.startswith("Nguyện vọng của công nhân")


def test_the_question_words_are_told_apart_by_the_diacritics_the_reader_typed():
    from bot.question import analyse

    accented, plain = analyse("Nguyên nhân là gì?"), analyse("nguyen nhan la gi")
    assert accented.mentions("nguyen", "Nguyên") and not accented.mentions("nguyen", "Nguyện")
    assert plain.mentions("nguyen", "Nguyện")
    assert analyse("Ủy ban làm gì?").mentions("uy", "UBND")  # an abbreviation has no spelling to compare


@pytest.mark.parametrize("question", ["Tàu cứu hộ Sao Mai thuộc tổ chức nào?", "tau cuu ho Sao Mai thuoc to chuc nao"])
def test_to_chuc_nao_asks_for_an_organisation_not_a_title(housing_kb, question):
    # "chức nào" (which post) is inside "tổ chức nào" (which organisation)
    answer = engine_for(housing_kb).ask(question).answer
    assert answer is not None and "Hội Chữ thập đỏ" in answer


@pytest.mark.parametrize("question, expected", [
    ("Jensen Huang là ai?", "nhà sáng lập kiêm Tổng giám đốc của Nvidia"),
    ("Jensen Huang la ai", "nhà sáng lập kiêm Tổng giám đốc của Nvidia"),
    # brackets after the name are passed over
    ("Lisa Su là ai?", "Chủ tịch kiêm Tổng giám đốc của AMD"),
    # a one-word foreign name too
    ("Kowalski là ai?", "một kỹ sư cầu đường người Ba Lan"),
])
def test_who_a_foreign_name_is_is_answered_by_what_the_article_says_he_is(tmp_path, question, expected):
    kb = kb_with(tmp_path, {
        "id": "visit-1", "title": "Nvidia mở trung tâm nghiên cứu tại Hà Nội", "date": "2024-12-05",
        "text": ("Ngày 5/12, ông Jensen Huang, nhà sáng lập kiêm Tổng giám đốc của Nvidia, đã thăm Hà Nội.\n\n"
                 "Trung tâm nghiên cứu đặt tại quận Cầu Giấy.\n\n"
                 "Lisa Su (sinh năm 1969 tại Đài Nam) là Chủ tịch kiêm Tổng giám đốc của AMD.\n\n"
                 "Tại hội thảo, Kowalski, một kỹ sư cầu đường người Ba Lan, trình bày về chip cho ô tô.")})
    answer = engine_for(kb).ask(question)
    assert answer.answer == expected


@pytest.fixture
def figures_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "figures-1", "title": "Bình Sơn công bố số liệu kinh tế và đa dạng sinh học", "date": "2024-01-10",
        "text": ("Tăng trưởng GRDP của tỉnh Bình Sơn là 3,8% vào năm 2022 và 3,2% vào năm 2023.\n\n"
                 "Vườn quốc gia Bình Sơn có 138 loài động vật có vú, 449 loài chim, 75 loài cá.\n\n"
                 "Có khoảng 6.000 người Hoa và 4.500 người Khmer sinh sống tại thị xã Bình Sơn.\n\n"
                 "Đầu năm 2024, UBND huyện Tân Phú trình đề án sáp nhập xã, và Chủ tịch UBND tỉnh đã ký quyết "
                 "định phê duyệt đề án vào ngày 5/3/2024.")})


@pytest.mark.parametrize("question, expected", [
    ("Năm 2023 tăng trưởng GRDP của tỉnh Bình Sơn là bao nhiêu?", "3,2%"),
    ("Vườn quốc gia Bình Sơn có bao nhiêu loài cá?", "75 loài cá"),
    ("vuon quoc gia Binh Son co bao nhieu loai ca", "75 loài cá"),
    # the figure whose own words name what the question asks about
    ("Số người Khmer ở thị xã Bình Sơn là bao nhiêu?", "4.500 người Khmer"),
    ("Số loài chim của vườn quốc gia Bình Sơn là bao nhiêu?", "449 loài chim"),
    # "ngày nào" asks for a day, however near "đầu năm 2024" is to the question's words
    ("Chủ tịch UBND tỉnh ký quyết định phê duyệt đề án sáp nhập xã vào ngày nào?", "ngày 5/3/2024"),
])
def test_of_several_figures_in_the_evidence_the_one_the_question_describes_is_the_answer(figures_kb, question, expected):
    assert engine_for(figures_kb).ask(question).answer == expected


@pytest.fixture
def history_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "history-1", "title": "Những dấu mốc của tỉnh Bình Sơn", "date": "2024-10-30",
        "text": ("Làng nghề gốm Tân Phú hình thành vào thập niên 1960.\n\n"
                 "Ông Lê Văn Bình công tác tại Sở Xây dựng tỉnh Bình Sơn từ năm 2015 đến năm 2020.\n\n"
                 "Cuối tháng 10, tỉnh Bình Sơn khởi công cầu Tân Phú.\n\n"
                 "Ông Hồ Văn Khanh là người phát hiện ra hang Sơn Đoòng vào năm 1990.\n\n"
                 "Năm 2021, bà Trần Thị Mai được bầu làm Chủ tịch Hội Nông dân tỉnh nhiệm kỳ thứ hai.\n\n"
                 "Đình làng Tân Phú được xây dựng vào cuối thế kỉ XVIII.\n\n"
                 "Hợp tác xã gốm Tân Phú ra đời vào mùa xuân năm 1978.\n\n"
                 "Năm 1858, người Pháp đổ bộ lên bán đảo Sơn Trà.\n\n"
                 "Vào thế kỷ XVI, thương nhân người Bồ Đào Nha đến buôn bán ở Hội An.\n\n"
                 "Năm 1884, Đô đốc Courbet chỉ huy hạm đội tấn công cửa biển Thuận An.\n\n"
                 "Nghề dệt chiếu Tân Phú phát triển mạnh trong các thế kỷ XVII và XVIII.\n\n"
                 "Chợ gốm Tân Phú bị lũ cuốn trôi vào năm 1999 và 2007, rồi được dựng lại.")})


@pytest.mark.parametrize("question, expected", [
    ("Làng nghề gốm Tân Phú hình thành khi nào?", "thập niên 1960"),
    ("Ông Lê Văn Bình công tác tại Sở Xây dựng tỉnh Bình Sơn trong thời gian nào?", "từ năm 2015 đến năm 2020"),
    ("Tỉnh Bình Sơn khởi công cầu Tân Phú khi nào?", "Cuối tháng 10"),
    ("Đình làng Tân Phú được xây dựng khi nào?", "cuối thế kỉ XVIII"),
    ("Hợp tác xã gốm Tân Phú ra đời khi nào?", "mùa xuân năm 1978"),
    # a bare year or century after "và" is part of the date before it
    ("Nghề dệt chiếu Tân Phú phát triển mạnh khi nào?", "thế kỷ XVII và XVIII"),
    ("Chợ gốm Tân Phú bị lũ cuốn trôi vào năm nào?", "năm 1999 và 2007"),
])
def test_a_date_is_answered_as_written_a_decade_a_period_or_part_of_a_month(history_kb, question, expected):
    assert engine_for(history_kb).ask(question).answer == expected


@pytest.mark.parametrize("question", ["Ai là người phát hiện ra hang Sơn Đoòng?", "ai la nguoi phat hien ra hang Son Doong"])
def test_ai_la_nguoi_followed_by_what_they_did_is_not_a_question_about_a_role(history_kb, question):
    # "người" is a syllable of "Người phát ngôn" (a role), but "người phát hiện" is someone who found
    assert engine_for(history_kb).ask(question).answer == "Hồ Văn Khanh"


@pytest.mark.parametrize("question", ["Ông Lê Văn Bìnhh công tác tại Sở Xây dựng tỉnh Bình Sơn trong thời gian nào?",
                                      "Ong Le Van Binhh cong tac tai So Xay dung tinh Binh Son trong thoi gian nao"])
def test_a_name_typed_with_a_typo_is_held_to_the_spelling_the_articles_have(history_kb, question):
    assert engine_for(history_kb).ask(question).answer == "từ năm 2015 đến năm 2020"


@pytest.mark.parametrize("question", ["Ai được bầu làm Chủ tịch Hội Nông dân tỉnh Bình Sơn nhiệm kỳ thứ 2?",
                                      "ai duoc bau lam chu tich hoi nong dan tinh binh son nhiem ky thu 2"])
def test_a_number_in_the_question_matches_the_number_written_out(history_kb, question):
    assert engine_for(history_kb).ask(question).answer == "Trần Thị Mai"


def test_the_capital_of_a_questions_first_word_is_not_part_of_the_name_after_it(history_kb):
    # "Việc" is capitalised because it starts the question; the name is "Lê Văn Bình"
    answer = engine_for(history_kb).ask("Việc Lê Văn Bình công tác tại Sở Xây dựng kéo dài trong thời gian nào?")
    assert answer.answer == "từ năm 2015 đến năm 2020"


def test_a_foreign_name_that_starts_the_sentence_can_be_the_answer(tmp_path):
    kb = kb_with(tmp_path, {
        "id": "visit-2", "title": "Chủ tịch Nvidia thăm Việt Nam", "date": "2024-12-05",
        "text": "Jensen Huang đã thăm Trung tâm Đổi mới sáng tạo Quốc gia tại Hà Nội ngày 5/12."})
    assert engine_for(kb).ask("Ai đã thăm Trung tâm Đổi mới sáng tạo Quốc gia ngày 5/12?").answer == "Jensen Huang"


@pytest.fixture
def district_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "district-1", "title": "Huyện Tân Phú tổng kết năm 2024", "date": "2024-12-20",
        "text": ("Năm 2024, huyện Tân Phú có 12.500 hộ dân, tỷ lệ hộ nghèo giảm còn 2,1%.\n\n"
                 "Ngân hàng Thế giới tài trợ $45 triệu cho dự án nâng cấp đê biển của huyện.\n\n"
                 "Mùa khô ở Tân Phú nắng nóng, nhiệt độ từ 30 °C đến 35 °C.\n\n"
                 "Lúa chiếm khoảng 60% diện tích gieo trồng của xã Tân Hòa.\n\n"
                 "Nhà máy nước Tân Phú được đầu tư 1,5 tỷ đô la Mỹ.\n\n"
                 "Trang trại của xã nuôi 5.000 con bò sữa.\n\n"
                 "Tại hội nghị tổng kết, Hội Nông dân Việt Nam huyện Tân Phú được tặng cờ thi đua.\n\n"
                 "Năm 2024, huyện Tân Phú xếp thứ ba về thu ngân sách trong tỉnh, sau 2 thành phố.\n\n"
                 "Năm nay, lũ đã tràn qua đê biển của huyện ba lần.\n\n"
                 "Công ty vận tải của huyện mua thêm 12 chiếc Thaco Bus cho tuyến Tân Phú - Biên Hòa.\n\n"
                 "Mùa mưa năm 2024, huyện hứng chịu bốn cơn lũ lớn.\n\n"
                 "Lao động của huyện phần lớn trong khoảng 18 tới 45 tuổi, và có 3 tu viện cổ.\n\n"
                 "Trong cơn bão số 4, gió giật mạnh nhất đạt 120 km/h ở xã Tân Hòa.\n\n"
                 "Tuổi thọ trung bình của người dân huyện là 76.\n\n"
                 "Tháng 9, huyện Tân Phú đăng cai hội chợ nông sản lần thứ hai.\n\n"
                 "Số hộ nghèo của huyện giảm 120 hộ vì chính sách tín dụng mới.\n\n"
                 "Theo tỷ giá niêm yết, 1.000 USD đổi được 25 triệu đồng.\n\n"
                 "Tại hội nghị, ông Nguyễn Văn Hải, Chủ tịch UBND huyện, tiếp đoàn công tác của Ngân hàng "
                 "Thế giới do Carlos Mendez dẫn đầu.\n\n"
                 "Chiều cùng ngày, lãnh đạo huyện tiếp Đại sứ Hoa Kỳ Marc Knapper tại trụ sở huyện.")})


@pytest.mark.parametrize("question, expected", [
    # a rate is a percentage where the sentence has one, not the count beside it
    ("Tỷ lệ hộ nghèo của huyện Tân Phú năm 2024 là bao nhiêu?", "2,1%"),
    # a currency sign belongs to its figure
    ("Ngân hàng Thế giới tài trợ bao nhiêu cho dự án nâng cấp đê biển?", "$45 triệu"),
    # two figures joined by "đến" are one answer, a range
    ("Nhiệt độ mùa khô ở Tân Phú là bao nhiêu?", "từ 30 °C đến 35 °C"),
    # a currency is part of the figure, and so are the counters "con", "người"
    ("Nhà máy nước Tân Phú được đầu tư bao nhiêu?", "1,5 tỷ đô la Mỹ"),
    ("Trang trại của xã nuôi bao nhiêu con bò sữa?", "5.000 con bò sữa"),
    # "thứ mấy" is answered by the ordinal, not by a count beside it
    ("Năm 2024 huyện Tân Phú xếp thứ mấy về thu ngân sách trong tỉnh?", "thứ ba"),
    # a noun counted in order stays with its ordinal ("lần thứ hai"); a verb does not ("xếp")
    ("Huyện Tân Phú đăng cai hội chợ nông sản lần thứ mấy?", "lần thứ hai"),
    # a count written in words, for the unit the question names ("năm nay" is no count)
    ("Năm nay lũ tràn qua đê biển của huyện bao nhiêu lần?", "ba lần"),
    ("nam nay lu tran qua de bien cua huyen may lan", "ba lần"),
    # a classifier then a word of the question counts what the question asks about, whatever
    # noun the question used
    ("Công ty vận tải của huyện mua thêm bao nhiêu xe khách Thaco Bus?", "12 chiếc Thaco"),
    ("Mùa mưa năm 2024, huyện hứng chịu bao nhiêu trận lũ lớn?", "bốn cơn lũ lớn"),
    # "tới" joins a range; a unit may be written with a slash; "tu" of "tu viện" is no "từ"
    ("Lao động của huyện phần lớn ở độ tuổi bao nhiêu?", "khoảng 18 tới 45 tuổi"),
    ("Trong cơn bão số 4, gió giật mạnh nhất là bao nhiêu?", "120 km/h"),
    ("Huyện có bao nhiêu tu viện cổ?", "3 tu viện cổ"),
    # a bare figure after the unit was named; a unit stops at "vì"; "1.000 USD" is one name
    ("Tuổi thọ trung bình của người dân huyện là bao nhiêu tuổi?", "76"),
    ("Số hộ nghèo của huyện giảm bao nhiêu vì chính sách tín dụng mới?", "120 hộ"),
    ("Với 1.000 USD thì đổi được bao nhiêu đồng?", "25 triệu đồng"),
])
def test_a_figure_is_answered_whole_rate_currency_range_and_words(district_kb, question, expected):
    assert engine_for(district_kb).ask(question).answer == expected


def test_a_foreign_name_competes_with_the_vietnamese_names_in_the_sentence(district_kb):
    answer = engine_for(district_kb).ask("Ai dẫn đầu đoàn công tác của Ngân hàng Thế giới?")
    assert answer.answer == "Carlos Mendez"


def test_a_foreign_name_is_told_from_the_capitalised_words_before_it(district_kb):
    # "Đại sứ Hoa Kỳ Marc Knapper": the name is the part without Vietnamese diacritics
    assert engine_for(district_kb).ask("Chiều cùng ngày lãnh đạo huyện tiếp ai?").answer == "Marc Knapper"


@pytest.fixture
def meeting_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "meeting-1", "title": "Hội nghị về chống ngập", "date": "2024-10-02",
        "text": ("Tại hội nghị ở Đà Nẵng, Bộ trưởng Lê Minh và Thứ trưởng Hoàng Nam đã thảo luận kế hoạch "
                 "chống ngập cho mùa mưa bão.\n\n"
                 "Theo Quyết định 1234 của UBND tỉnh, dự án đường ven biển Liên Chiểu được phê duyệt.\n\n"
                 "Lượng mưa trung bình của Montréal là 900 mm mỗi năm.\n\n"
                 "Cơn bão số 3 gây thiệt hại nặng cho ngư dân và nông dân Đà Nẵng.\n\n"
                 "Sau bão, người dân Liên Chiểu gọi cây cầu mới là cầu Hy Vọng (cầu của niềm tin).\n\n"
                 "Sau bão, thành phố đã cung cấp những thùng nước sạch cho các hộ dân vùng ngập.\n\n"
                 "Đoàn kiểm tra công tác chống ngập do ông Trần Văn Bảo và bà Lê Thị Hoa dẫn đầu.\n\n"
                 "Nước ngập sâu tại các quận Hải Châu, Thanh Khê và Liên Chiểu.\n\n"
                 "Sau đó đoàn khảo sát sạt lở tại Hòa Vang, Hòa Khánh và Hòa Minh.")})


def test_names_separated_by_commas_in_the_question_are_separate_names(meeting_kb):
    # "Đà Nẵng, Lê Minh, Hoàng Nam" are three names, none of them written next to the others
    answer = engine_for(meeting_kb).ask("Tại hội nghị ở Đà Nẵng, Lê Minh, Hoàng Nam đã thảo luận kế hoạch gì?")
    assert answer.answer and "chống ngập" in answer.answer


def test_a_long_number_is_found_without_the_word_before_it(meeting_kb):
    # "Quyết định số 1234" is written "Quyết định 1234": four digits name the document alone
    answer = engine_for(meeting_kb).ask("Quyết định số 1234 của UBND tỉnh phê duyệt dự án nào?")
    assert answer.answer and "Liên Chiểu" in answer.answer


@pytest.mark.parametrize("question", [
    "Ở Montréal lượng mưa trung bình mỗi năm là bao nhiêu?",
    "Ngoài Montréal, lượng mưa trung bình mỗi năm là bao nhiêu?",
])
def test_a_function_word_capitalised_at_the_questions_start_is_not_part_of_the_name(meeting_kb, question):
    assert engine_for(meeting_kb).ask(question).answer == "900 mm"


@pytest.mark.parametrize("question", [
    "Năm 1990, ông Hồ Văn Khanh lúc bấy giờ đã phát hiện ra hang nào?",
    "Nam 1990, ong Ho Van Khanh luc bay gio da phat hien ra hang nao?",
    "Hiện tại làng nghề gốm Tân Phú hình thành vào thập niên nào?",
])
def test_at_that_time_and_currently_do_not_ask_for_an_article_of_today(history_kb, question):
    # "lúc bấy giờ" is "at that time", "hiện tại" asks for the latest: neither wants today's news
    assert engine_for(history_kb).ask(question).answer


def test_now_asks_for_an_article_of_today(history_kb):
    assert engine_for(history_kb).ask("Bây giờ làng nghề gốm Tân Phú hình thành vào thập niên nào?").answer is None


def test_a_clause_answer_runs_to_the_end_of_its_clause_question_words_and_all(meeting_kb):
    answer = engine_for(meeting_kb).ask("Cơn bão số 3 gây ra điều gì cho Đà Nẵng?")
    assert answer.answer == "thiệt hại nặng cho ngư dân và nông dân Đà Nẵng"


@pytest.mark.parametrize("question, expected", [
    ("Đoàn kiểm tra công tác chống ngập do ai dẫn đầu?", "Trần Văn Bảo và bà Lê Thị Hoa"),
    ("Nước ngập sâu tại những quận nào?", "các quận Hải Châu, Thanh Khê và Liên Chiểu"),
    ("Đoàn khảo sát sạt lở ở đâu?", "Hòa Vang, Hòa Khánh và Hòa Minh"),
])
def test_names_in_a_row_are_answered_as_the_list(meeting_kb, question, expected):
    assert engine_for(meeting_kb).ask(question).answer == expected


@pytest.mark.parametrize("question, kind", [
    # "dẫn đầu" folds to the letters of "đâu" (where): typed with diacritics it is not "đâu", and
    # without them "ai" is the surer question word
    ("Đoàn kiểm tra công tác chống ngập do ai dẫn đầu?", "person"),
    ("doan kiem tra cong tac chong ngap do ai dan dau", "person"),
    # "Hội nào" (which association) is not "hồi nào" (when)
    ("Hội nào được tặng cờ thi đua?", "org"),
    # "quận nào" asks a district, though "cơ quan nào" a body and "quân nào" an army
    ("Vụ cháy nhà xảy ra ở quận nào?", "place"),
    ("vu chay nha xay ra o quan nao", "place"),
    ("Co quan nao quyet dinh ky luat?", "org"),
    ("Quân nào thắng trận?", "what"),
    ("Hồi nào hội nghị tổng kết diễn ra?", "date"),
    # "cơ sở nào" (on what grounds), "lập trường nào" (which stance) ask no department or school
    ("Quyết định dựa trên những cơ sở nào?", "what"),
    ("Tỉnh ủng hộ lập trường nào?", "what"),
    ("Sở nào cấp phép cho dự án?", "org"),
])
def test_a_word_that_folds_like_a_question_word_is_not_one(question, kind):
    assert analyse(question).kind == kind


@pytest.fixture
def reasons_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "reasons-1", "title": "Tân Phú hoãn khởi công cầu", "date": "2024-11-02",
        "text": ("Lễ khởi công cầu Tân Phú bị hoãn vì mưa lớn kéo dài.\n\n"
                 "Giá thép tăng mạnh trong quý III, vì thế nhà thầu đề nghị điều chỉnh giá hợp đồng.\n\n"
                 "Giá phân bón tăng vì nguồn cung khan hiếm, chi phí vận chuyển cao.\n\n"
                 "Vì đường ngập, trường Tân Phú cho học sinh nghỉ học.")})


@pytest.mark.parametrize("question, expected", [
    # a reader answers "tại sao" with "vì ...": the cue stays in the answer
    ("Tại sao lễ khởi công cầu Tân Phú bị hoãn?", "vì mưa lớn kéo dài"),
    ("tai sao le khoi cong cau Tan Phu bi hoan", "vì mưa lớn kéo dài"),
    # "X, vì thế Y": X is why Y
    ("Vì sao nhà thầu đề nghị điều chỉnh giá hợp đồng?", "Giá thép tăng mạnh trong quý III"),
    # after its event the reason runs to the end of the sentence; opening it, to its comma
    ("Vì sao giá phân bón tăng?", "vì nguồn cung khan hiếm, chi phí vận chuyển cao"),
    ("Tại sao trường Tân Phú cho học sinh nghỉ học?", "Vì đường ngập"),
])
def test_why_is_answered_by_the_clause_that_gives_the_reason(reasons_kb, question, expected):
    assert engine_for(reasons_kb).ask(question).answer == expected


def test_a_percentage_in_the_question_is_found_without_the_words_around_it(district_kb):
    # "tới 60% tổng diện tích" is written "khoảng 60% diện tích": the % says what 60 is
    answer = engine_for(district_kb).ask("Loại cây nào chiếm tới 60% tổng diện tích gieo trồng của xã Tân Hòa?")
    assert answer.answer and "Lúa" in answer.answer



def test_a_name_written_with_lower_case_syllables_is_read_whole(district_kb):
    # "Hội Nông dân Việt Nam": "dân" is lower case inside the name
    answer = engine_for(district_kb).ask("Hội nào được tặng cờ thi đua tại hội nghị tổng kết?")
    assert answer.answer == "Hội Nông dân Việt Nam huyện Tân Phú"


def test_a_clause_answer_keeps_its_brackets_and_quotes_whole(meeting_kb):
    answer = engine_for(meeting_kb).ask("Người dân Liên Chiểu gọi cây cầu mới là gì?")
    assert answer.answer == "cầu Hy Vọng (cầu của niềm tin)"


def test_a_clause_answer_keeps_the_words_written_onto_its_first_new_word(meeting_kb):
    # "cung" folds like "cũng" (a function word), and "những" belongs to the noun after it
    answer = engine_for(meeting_kb).ask("Sau bão thành phố đã làm gì cho các hộ dân vùng ngập?")
    assert answer.answer == "cung cấp những thùng nước sạch cho các hộ dân vùng ngập"


@pytest.mark.parametrize("kb, question, expected", [
    ("district_kb", "Lãnh đạo huyện tiếp Đại sứ Hoa Kì nào?", "Marc Knapper"),
    ("reasons_kb", "Quí III giá thép thế nào?", "tăng mạnh"),
])
def test_a_name_spelled_with_i_for_y_finds_the_article_that_has_y(request, kb, question, expected):
    # "Hoa Kì" is "Hoa Kỳ", "quí" is "quý": both spellings are in print
    answer = engine_for(request.getfixturevalue(kb)).ask(question)
    assert answer.answer and expected in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Năm 1858 ai đổ bộ lên bán đảo Sơn Trà?", "người Pháp"),
    # "Bồ Đào Nha" is one name: "Nha" needs no diacritics, it is no foreign name of its own
    ("Vào thế kỷ XVI, thương nhân người nào đến buôn bán ở Hội An?", "người Bồ Đào Nha"),
])
def test_a_people_answers_who(history_kb, question, expected):
    assert engine_for(history_kb).ask(question).answer == expected


def test_the_title_before_a_foreign_name_stays_with_it(history_kb):
    # "Courbet" alone could be anything; "Đô đốc Courbet" is who
    answer = engine_for(history_kb).ask("Ai chỉ huy hạm đội tấn công cửa biển Thuận An năm 1884?")
    assert answer.answer == "Đô đốc Courbet"


def test_a_syllable_that_only_folds_like_a_function_word_is_looked_for():
    # "đầu" folds like "đâu", "cơ" like "có", "tu" like "từ": as written they are content words;
    # typed without diacritics they may be either and are left out
    assert {"dau", "co", "tu"} <= set(analyse("Ai đứng đầu cơ sở tu viện Tân Phú?").content)
    assert not {"dau", "co", "tu"} & set(analyse("ai dung dau co so tu vien Tan Phu").content)


def test_an_organisations_name_keeps_its_lower_case_syllables(tmp_path):
    # "Dân chủ", "Thế giới": each word of the name is capitalised on its first syllable only
    kb = kb_with(tmp_path, {
        "id": "vote-1", "title": "Bầu cử ở Lincoln", "date": "2024-11-06",
        "text": ("Tại cuộc bầu cử năm 2024, ứng cử viên của Đảng Dân chủ thắng cử ở thành phố Lincoln.\n\n"
                 "Năm 2016, Đảng Nhân dân Mông Cổ giành đa số ghế.\n\n"
                 "Tổ chức Y tế Thế giới khuyến cáo tiêm vắc xin cúm hằng năm.\n\n"
                 "Năm 2018, thành phố giao Tập đoàn Vingroup thực hiện dự án đường sắt.")})
    engine = engine_for(kb)
    assert engine.ask("Ứng cử viên của đảng nào thắng cử ở thành phố Lincoln?").answer == "Đảng Dân chủ"
    assert engine.ask("Tổ chức nào khuyến cáo tiêm vắc xin cúm hằng năm?").answer == "Tổ chức Y tế Thế giới"
    # a lower-case syllable after a name capitalised throughout is the next word, not the name
    assert engine.ask("Năm 2016 đảng nào giành đa số ghế?").answer == "Đảng Nhân dân Mông Cổ"
    # and no Vietnamese word continues a foreign one
    assert engine.ask("Thành phố giao tập đoàn nào thực hiện dự án đường sắt?").answer == "Tập đoàn Vingroup"


@pytest.mark.parametrize("question, expected", [
    ("Người dân cảm thấy thế nào về tiến độ dự án?", "không hài lòng"),
    ("Tỉnh đã làm gì với vốn đối ứng cho dự án?", "không bố trí"),
])
def test_a_clause_answer_keeps_the_negation_before_it(tmp_path, question, expected):
    # without its "không" the answer says the opposite of the article
    kb = kb_with(tmp_path, {
        "id": "road-1", "title": "Dự án đường ven sông chậm tiến độ", "date": "2024-09-12",
        "text": ("Người dân không hài lòng với tiến độ dự án đường ven sông.\n\n"
                 "Đến nay, tỉnh không bố trí vốn đối ứng cho dự án.")})
    answer = engine_for(kb).ask(question).answer
    assert answer and answer.lower().startswith(expected)


@pytest.mark.parametrize("question", [
    "Nam Ossetia giành được độc lập khi nào?",
    # a foreign name may start the question: it is a name all the same
    "Tolstoy qua đời vào năm nào?",
])
def test_a_foreign_name_the_articles_never_pair_with_the_answer_gets_no_answer(tmp_path, question):
    # "Ossetia" is in many sentences here, so it is no rare word; it is a name all the same, and
    # Uganda's independence is no answer about it
    other = tmp_path / "world-2.jsonl"
    other.write_text(json.dumps({
        "id": "world-2", "title": "Tin thế giới", "date": "2024-10-10",
        "text": ("Uganda giành được độc lập từ Anh vào ngày 9 tháng 10 năm 1962.\n\n"
                 "Nhà văn Lê Văn Bình qua đời vào năm 2019.")}, ensure_ascii=False) + "\n", encoding="utf-8")
    kb = kb_with(tmp_path, {
        "id": "world-1", "title": "Vùng Kavkaz", "date": "2024-10-09",
        "text": ("Ossetia là vùng núi ở Kavkaz.\n\nNgười Ossetia sống ở hai bên dãy núi.\n\n"
                 "Thủ phủ của Nam Ossetia là Tskhinvali.")}, other)
    assert engine_for(kb).ask(question).answer is None


def test_a_name_the_article_writes_as_a_place_is_nobody(tmp_path):
    # "Singapore" stands nearer the question's words, but the article says "tại Singapore"
    kb = kb_with(tmp_path, {
        "id": "training-1", "title": "Công ty Tân Phú đào tạo kỹ sư", "date": "2024-12-20",
        "text": ("Tháng 5, công ty cử kỹ sư Peter Wilson sang Singapore học công nghệ mới.\n\n"
                 "Văn phòng đại diện của công ty đặt tại Singapore.")})
    assert engine_for(kb).ask("Công ty cử ai sang học công nghệ mới?").answer == "Peter Wilson"


@pytest.mark.parametrize("question", ["Năm 2024 Hoa Kì đã làm gì ở Trung Đông?", "Năm 2024 Hoa Kỳ đã làm gì ở Trung Đông?"])
def test_a_clause_answer_does_not_start_with_the_questions_own_subject(tmp_path, question):
    # "Hoa Kỳ" is the question's (however the reader spelled it): the answer is what it did
    kb = kb_with(tmp_path, {
        "id": "world-3", "title": "Tin quốc tế", "date": "2024-12-20",
        "text": "Năm 2024, Hoa Kỳ triển khai thêm tàu sân bay tới Trung Đông."})
    assert engine_for(kb).ask(question).answer == "triển khai thêm tàu sân bay tới Trung Đông"


def test_a_foreign_name_that_starts_the_sentence_alone_can_be_the_answer(tmp_path):
    # the first word of a sentence is capitalised anyway; a foreign one is a name all the same
    kb = kb_with(tmp_path, {
        "id": "history-2", "title": "Những nhà thám hiểm", "date": "2024-06-01",
        "text": "Cabot đến Newfoundland năm 1497 dưới danh nghĩa vua Anh."})
    assert engine_for(kb).ask("Ai đến Newfoundland năm 1497?").answer == "Cabot"


@pytest.mark.parametrize("question, expected", [
    ("Nhà thơ Phan Văn Trị mất năm nào?", "1910"),
    ("nha tho Phan Van Tri mat nam nao", "1910"),
    ("Nhà thơ Phan Văn Trị sinh năm nào?", "1830"),
])
def test_a_persons_years_in_brackets_answer_when_they_were_born_and_died(tmp_path, question, expected):
    kb = kb_with(tmp_path, {
        "id": "poet-1", "title": "Nhà thơ Phan Văn Trị", "date": "2024-03-01",
        "text": "Nhà thơ Phan Văn Trị (1830-1910) sinh ra ở Bến Tre và sống phần lớn đời mình ở Cần Thơ."})
    assert engine_for(kb).ask(question).answer == expected


def test_a_country_named_otherwise_in_the_article_is_the_same_country(tmp_path):
    kb = kb_with(tmp_path, {"id": "coffee-1", "title": "Nông sản Bình Sơn xuất khẩu", "date": "2024-01-10",
                            "text": "Năm 2023, Mỹ nhập khẩu 2,5 triệu tấn cà phê của tỉnh Bình Sơn."})
    for question in ("Hoa Kỳ nhập khẩu bao nhiêu tấn cà phê của tỉnh Bình Sơn năm 2023?",
                     "hoa ky nhap khau bao nhieu tan ca phe cua tinh Binh Son nam 2023?"):
        assert engine_for(kb).ask(question).answer == "2,5 triệu tấn cà phê"


@pytest.mark.parametrize("question, expected", [
    ("Đề án xây cầu Tân Phú bị ai phản đối?", "các hộ dân ven sông"),
    ("Nhà văn hóa Tân Phú được thiết kế bởi ai?", "kiến trúc sư Lê Minh Hải"),
])
def test_who_did_it_in_a_passive_is_the_whole_agent(tmp_path, question, expected):
    text = ("Đề án xây cầu Tân Phú bị các hộ dân ven sông phản đối.\n\n"
            "Nhà văn hóa Tân Phú được thiết kế bởi kiến trúc sư Lê Minh Hải vào năm 2019.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Vận động viên Lê Văn Tâm lập kỷ lục nào tại sân Tân Phú?",
                                      "Đội tuyển Bình Sơn dùng chiến thắng nào để giành vé vào chung kết?"])
def test_a_word_that_folds_like_a_date_question_word_asks_for_no_date(tmp_path, question):
    # "kỷ lục nào", "chiến thắng nào" fold like "lúc nào", "tháng nào"
    text = ("Ngày 2/9/2023, vận động viên Lê Văn Tâm lập kỷ lục chạy 100 mét trong 10,2 giây tại sân Tân Phú.\n\n"
            "Tháng 8/2023, đội tuyển Bình Sơn giành vé vào chung kết nhờ chiến thắng 3-0 trước đội Tân Phú.")
    answer = ask_article(tmp_path, text, question).answer
    assert answer and ("100 mét" in answer or "3-0" in answer)  # not the date alone


def test_a_noun_that_folds_like_an_organisation_word_asks_for_no_organisation(tmp_path):
    # "thay đổi nào" folds like "đội nào" (which team), "văn bản nào" like "ban nào"
    text = ("Theo Ban An toàn giao thông, Sở Giao thông tỉnh Bình Sơn đề xuất một thay đổi lớn: "
            "cấm xe tải vào trung tâm thành phố.")
    assert "cấm xe tải" in ask_article(tmp_path, text, "Sở Giao thông tỉnh Bình Sơn đề xuất thay đổi nào?").answer


def test_ai_of_ai_cap_egypt_is_no_question_word(tmp_path):
    text = "Tháng 5/2024, ông Lê Văn Tâm sang Ai Cập để ký hợp đồng bán 20.000 tấn gạo của tỉnh Bình Sơn."
    assert "ký hợp đồng" in ask_article(tmp_path, text, "Ông Lê Văn Tâm sang Ai Cập để làm gì?").answer


def test_a_name_joined_by_a_hyphen_is_answered_whole(tmp_path):
    text = "Ngày 3/6, đoàn công tác do ông Fahd Ahmed Al-Fahd dẫn đầu đã thăm cảng Tân Phú."
    assert ask_article(tmp_path, text, "Ai dẫn đầu đoàn công tác thăm cảng Tân Phú?").answer == "Fahd Ahmed Al-Fahd"


@pytest.mark.parametrize("question, expected", [
    ("Tỉnh Bình Sơn đứng thứ mấy trên cả nước về năng lực cạnh tranh năm 2023?", "thứ 12"),
    ("Hai huyện Tân Phú và Phú Lâm xếp thứ mấy toàn tỉnh về thu ngân sách?", "thứ 3 và 4"),
])
def test_thu_may_is_answered_by_the_rank_with_its_thu(tmp_path, question, expected):
    text = ("Trong bảng xếp hạng năng lực cạnh tranh năm 2023, tỉnh Bình Sơn đứng thứ 12 trên cả nước.\n\n"
            "Hai huyện Tân Phú và Phú Lâm xếp thứ 3 và 4 toàn tỉnh về thu ngân sách.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Ai dựng đình làng Tân Phú bằng gỗ lim?", "Ai góp tiền xây lại đình làng Tân Phú?"])
def test_a_roman_numeral_or_a_capitalised_opening_word_is_nobody(tmp_path, question):
    # "thế kỷ XVIII" and "Khi Chia ..." are capitalised runs without diacritics, but no one's name
    text = ("Vào thế kỷ XVIII, dân làng Tân Phú dựng đình bằng gỗ lim.\n\n"
            "Khi Chia tách xã xong, dân làng góp tiền xây lại đình làng Tân Phú.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected, opening", [
    ("Xã Tân Phú đã làm gì dọc bờ sông Đồng Nai?", "trồng mới 5.000 cây xanh", "2023"),
    ("Xã Phú Lâm đã làm gì ở chợ Phú Lâm?", "lát gạch lại toàn bộ lối đi", "Tuy nhiên"),
])
def test_the_time_or_link_a_sentence_opens_with_is_no_part_of_a_what_answer(tmp_path, question, expected, opening):
    text = ("Năm 2023, xã Tân Phú trồng mới 5.000 cây xanh dọc bờ sông Đồng Nai.\n\n"
            "Tuy nhiên, xã Phú Lâm lát gạch lại toàn bộ lối đi ở chợ Phú Lâm.")
    answer = ask_article(tmp_path, text, question).answer
    assert expected in answer and opening not in answer


def test_a_clause_answer_does_not_start_with_the_questions_own_name(tmp_path):
    text = "Nông dân ở Mông Cổ nuôi ngựa và cừu trên thảo nguyên."
    answer = ask_article(tmp_path, text, "Nông dân ở Mông Cổ làm gì trên thảo nguyên?").answer
    assert answer.startswith("nuôi ngựa và cừu")


@pytest.mark.parametrize("question, expected", [
    ("Ai mới có quyền phong tước cho các lãnh chúa?", "Hoàng đế"),
    ("Ai phản đối việc tăng thuế muối?", "Pháp"),
])
def test_a_capitalised_syllable_is_answered_with_the_word_it_starts(tmp_path, question, expected):
    # "Hoàng đế" is one word capitalised on its first syllable; "Pháp" (France) is a name alone
    text = ("Thời ấy, chỉ Hoàng đế mới có quyền phong tước cho các lãnh chúa.\n\n"
            "Sau đó, Pháp phản đối việc tăng thuế muối.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Hài cốt khủng long được tìm thấy ở đâu?", "dãy núi Ngọc Linh"),
    ("Người Xơ Đăng sống ở đâu?", "miền tây Quảng Nam"),
])
def test_a_place_named_with_its_kind_is_the_answer_to_where(tmp_path, question, expected):
    text = ("Năm 2023, các nhà khoa học tìm thấy hài cốt khủng long tại dãy núi Ngọc Linh của tỉnh Kon Tum.\n\n"
            "Người Xơ Đăng sống ở miền tây Quảng Nam từ nhiều đời nay.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_clause_answer_starts_after_the_questions_own_words_and_la(tmp_path):
    text = "Theo các nhà nghiên cứu, một ví dụ tiêu biểu về kiến trúc nhà rông là nhà sàn làng Kon Klor."
    assert ask_article(tmp_path, text, "Ví dụ tiêu biểu về kiến trúc nhà rông là gì?").answer == "nhà sàn làng Kon Klor"


def test_a_place_capitalised_on_its_first_syllable_is_answered_whole(tmp_path):
    text = "Công ty Tân Phú xây nhà máy điện gió mới tại Nam bộ Campuchia."
    assert ask_article(tmp_path, text, "Công ty Tân Phú xây nhà máy điện gió mới ở đâu?").answer == "Nam bộ Campuchia"


def test_a_name_opening_with_a_date_or_title_word_is_still_the_name(tmp_path):
    # "Nam" of "Nam Định" folds like "năm" (year): the name must still be found with the answer
    other = tmp_path / "match-2.jsonl"
    other.write_text(json.dumps({
        "id": "match-2", "title": "Bình Định hòa SHB Đà Nẵng", "date": "2024-03-02",
        "text": "Năm nay, đội Bình Định ghi bàn thắng ở phút 87 trong trận gặp SHB Đà Nẵng.",
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    kb = kb_with(tmp_path, {
        "id": "match-1", "title": "Nam Định thắng SHB Đà Nẵng", "date": "2024-03-02",
        "text": "Phút 66, Hoàng Minh Tuấn ghi bàn đưa Nam Định vượt lên trước SHB Đà Nẵng.",
    }, other)
    answer = engine_for(kb).ask("Nam Định ghi bàn thắng ở phút thứ mấy trong trận gặp SHB Đà Nẵng?")
    assert answer.answer in (None, "66")  # never Bình Định's 87 ("Năm nay" is no "Nam Định")


@pytest.mark.parametrize("question, expected", [
    ("Ngoại trưởng Australia là ai?", "Marise Payne"),
    ("Phó Chỉ huy trưởng Bộ đội biên phòng tỉnh Bình Sơn là ai?", "Trần Thanh Bình"),
])
def test_a_role_is_answered_by_the_name_written_with_it(tmp_path, question, expected):
    # a foreign name after its title and country; a deputy of any role ("Phó Chỉ huy trưởng")
    text = ("Ngoại trưởng Australia Marise Payne (Ảnh: Straits Times).\n\n"
            "Phóng viên đã liên hệ với Đại tá Trần Thanh Bình - Phó Chỉ huy trưởng Bộ đội biên phòng "
            "tỉnh Bình Sơn thì nhận được câu trả lời.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Chủ tịch HĐND tỉnh Bình Sơn tên gì?", "Lê Thị Hoa"),
    ("chu tich hdnd tinh binh son ten la gi", "Lê Thị Hoa"),
    ("Người chủ trì kỳ họp tên là gì?", "Lê Thị Hoa"),
])
def test_a_name_asked_of_someone_by_their_role_is_a_who_question(tmp_path, question, expected):
    text = ("Sáng 8/4, kỳ họp thứ 13 HĐND tỉnh Bình Sơn khai mạc tại TP. Bình Sơn. Chủ tịch HĐND tỉnh "
            "Bình Sơn Lê Thị Hoa chủ trì kỳ họp.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Có ai bị thương trong vụ cháy không?", "co ai bi thuong trong vu chay khong"])
def test_whether_anyone_was_hurt_is_answered_yes_or_no_not_by_a_name(tmp_path, question):
    # "Lê Văn Ba" had been answered: "ai" of "có ai ... không" is anyone, not who
    text = ("Đêm 3/5, một vụ cháy xảy ra tại kho hàng ở xã Tân Phú. Ông Lê Văn Ba, chủ kho, cho biết "
            "không có ai bị thương trong vụ cháy.")
    assert "không có ai bị thương" in ask_article(tmp_path, text, question).answer


def test_a_yes_or_no_told_in_the_questions_own_words_is_answered_by_the_sentence(tmp_path):
    # no answer had been given: the sentence says nothing beyond the question's words
    text = "Tối 29/4, phường Tân Phú phong tỏa một khu nhà. Không có ai bị thương trong lúc phong tỏa."
    answer = ask_article(tmp_path, text, "Có ai bị thương trong lúc phong tỏa không?").answer
    assert answer == "Không có ai bị thương trong lúc phong tỏa"


@pytest.mark.parametrize("dash", ["-", "–"])
def test_the_province_named_with_a_dash_is_named_whole(tmp_path, dash):
    # "tỉnh Bà Rịa" had been answered: the name stopped at the dash
    text = f"Ông Lê Văn Ân hiện sống tại tỉnh Bà Rịa {dash} Vũng Tàu cùng gia đình."
    assert ask_article(tmp_path, text, "Ông Lê Văn Ân sống ở đâu?").answer == f"tỉnh Bà Rịa {dash} Vũng Tàu"


@pytest.mark.parametrize("question", ["Bệnh viện Tân Phú ở đâu?", "Benh vien Tan Phu o dau?"])
def test_where_a_named_place_is_told_in_brackets_is_the_province_not_its_own_name(tmp_path, question):
    # "Bệnh viện Đa khoa Tân Phú" had been answered: the hospital asked about, not where it is
    text = "Ngay sau đó, anh T. được đưa vào Bệnh viện Đa khoa Tân Phú (Bình Định) để cấp cứu."
    assert ask_article(tmp_path, text, question).answer == "Bình Định"


def test_a_place_the_question_sets_its_event_in_may_be_told_by_the_article(tmp_path):
    # "... ở Bình Sơn": the article's heading says where; the sentence with the answer does not
    kb = kb_with(tmp_path, {
        "id": "vote-1", "title": "Danh sách ứng cử đại biểu Quốc hội ở Bình Sơn", "date": "2024-03-02",
        "text": ("Tỉnh Bình Sơn có 3 đơn vị bầu cử.\n\n"
                 "Ông Lê Văn Tâm, Chủ nhiệm Ủy ban Kinh tế, ứng cử tại đơn vị số 2."),
    })
    answer = engine_for(kb).ask("Chủ nhiệm Ủy ban Kinh tế ứng cử đại biểu Quốc hội ở Bình Sơn là ai?")
    assert answer.answer == "Lê Văn Tâm"


@pytest.mark.parametrize("question, expected", [
    ("Bình Sơn hòa Tân Phú với tỷ số bao nhiêu?", "1-1"),
    ("Hội đồng xem xét tư cách thành viên của ông Lê Văn Tâm tại kỳ họp thứ mấy?", "thứ 3"),
    ("Cầu thủ trẻ được hỗ trợ bao nhiêu mỗi tháng?", "3,5 triệu đồng"),
    ("Đội Bình Sơn ghi bàn ở phút thứ mấy?", "Phút 66"),
])
def test_a_score_a_rank_and_a_rate_are_the_figure_asked_for(tmp_path, question, expected):
    text = ("Đêm qua, đội Bình Sơn để đội Tân Phú cầm hòa với tỷ số 1-1 ở vòng 12.\n\n"
            "Hội đồng khóa 14 sẽ xem xét tư cách thành viên của ông Lê Văn Tâm.\n\n"
            "Quyết định cuối cùng do hội đồng đưa ra tại kỳ họp thứ 3.\n\n"
            "Trong 9 tháng tập huấn, mỗi cầu thủ trẻ được hỗ trợ 3,5 triệu đồng/tháng.\n\n"
            "Phút 66, đội Bình Sơn ghi bàn ở hiệp thứ 2.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ai công bố quyết định của Ban Thường vụ về nhân sự huyện Tân Phú?", "Lê Văn Tâm"),
    ("Ai được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Bình Sơn?", "Trần Minh Hải"),
])
def test_who_did_it_is_the_verbs_subject_and_who_it_was_done_to_its_object(tmp_path, question, expected):
    text = ("Ông Lê Văn Tâm - Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy - đã công bố quyết định "
            "của Ban Thường vụ phân công ông Nguyễn Văn Hùng giữ chức Bí thư Huyện ủy Tân Phú.\n\n"
            "Phó Chủ tịch UBND tỉnh Bình Sơn Phạm Quốc Bảo trao quyết định bổ nhiệm ông Trần Minh Hải "
            "(Chủ tịch UBND huyện Tân Phú) làm Giám đốc Sở Xây dựng.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Giám đốc Sở Y tế tỉnh Bình Sơn là ai?", None),
    ("Giam doc So Y te tinh Binh Son la ai?", None),
    ("Giám đốc Sở VHTTDL tỉnh Bình Sơn là ai?", "Hà Văn Thắng"),
])
def test_the_head_of_another_department_does_not_answer(tmp_path, question, expected):
    # "Sở VHTTDL" is not "Sở Y tế": the same title of the same province is another office
    text = ("Chia sẻ với phóng viên, ông Hà Văn Thắng, Giám đốc Sở VHTTDL tỉnh Bình Sơn, cho biết lượng "
            "khách dịp lễ tăng mạnh.\n\nDu khách đến tỉnh Bình Sơn phải khai báo y tế.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ai là Giám đốc Sở Y tế TP Hà Nội?", None),
    ("Ai la Giam doc So Y te TP Ha Noi?", None),
    ("Ai là Giám đốc Sở Y tế Yên Bái?", "Lý Thị Mai"),
])
def test_a_role_of_another_province_does_not_answer_though_its_sentence_names_the_one_asked(tmp_path, question, expected):
    # the sentence names Hà Nội only as where a bus runs: the role is Yên Bái's
    text = ("Sáng 2/5, bà Lý Thị Mai, Giám đốc Sở Y tế Yên Bái cho biết đang tìm hành khách đi trên "
            "chuyến xe khách chạy tuyến Hà Nội - Yên Bái.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", [
    "Mỗi chốt kiểm dịch bố trí bao nhiêu chiến sĩ biên phòng?",
    "Moi chot kiem dich bo tri bao nhieu chien si bien phong?",
])
def test_a_count_of_a_pair_of_nouns_counts_the_second_too(tmp_path, question):
    # "4 cán bộ, chiến sĩ biên phòng" counts both (and "trực 24/24" no one)
    text = "Tại tỉnh Bình Sơn, mỗi chốt kiểm dịch bố trí 4 cán bộ, chiến sĩ biên phòng trực 24/24."
    assert ask_article(tmp_path, text, question).answer == "4 cán bộ, chiến sĩ biên phòng"


def test_round_the_clock_is_no_count(tmp_path):
    text = "Tại tỉnh Bình Sơn, mỗi trạm y tế xã đều có bác sĩ trực 24/24."
    assert ask_article(tmp_path, text, "Mỗi trạm y tế xã ở tỉnh Bình Sơn có bao nhiêu bác sĩ?").answer is None


@pytest.mark.parametrize("question, expected", [
    ("Ai là Trưởng Phòng GD&ĐT huyện Sông Lam?", None),
    ("Ai la Truong Phong GD&DT huyen Song Lam?", None),
    ("Ai là Trưởng Phòng Kiểm định chất lượng giáo dục tỉnh Bình Sơn?", "Lê Văn Hòa"),
])
def test_the_head_of_another_division_does_not_answer(tmp_path, question, expected):
    # "Trưởng Phòng Kiểm định chất lượng giáo dục" of the province is not the head of a
    # district's "Phòng GD&ĐT", though the sentence names that one and "giáo dục"
    text = ("Ông Lê Văn Hòa - Trưởng Phòng Kiểm định chất lượng giáo dục, Sở GD&ĐT tỉnh Bình Sơn cho biết, "
            "Sở đã yêu cầu các phòng GD&ĐT huyện Tân Phú và huyện Sông Lam rà soát số học sinh.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", [
    "Ai là Chủ tịch UBND quận Nam Tân?",
    "Ai la Chu tich UBND quan Nam Tan?",
])
def test_a_role_of_another_district_does_not_answer_though_its_sentence_names_the_one_asked(tmp_path, question):
    # Quận Tân Phú's chairman is not Quận Nam Tân's (typed plain, "Nam Tan" is still a district)
    text = ("Ông Lê Minh Đức - Chủ tịch UBND quận Tân Phú, tỉnh Bình Sơn cho biết quận sẽ phối hợp "
            "với quận Nam Tân làm đường mới.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected", [
    ("Ai la Truong Phong GD&DT quan Nam Tu Liem?", None),
    ("Ai la Truong Phong GD&DT quan Liem Son?", "Lê Thị Hoa"),
])
def test_a_district_typed_plain_is_named_whole_though_its_words_read_as_function_words(tmp_path, question, expected):
    # "Nam Tu" of "quan Nam Tu Liem" is no "năm từ": the district asked must be the article's
    text = ("Ngày 21/4, Đảng bộ quận Liêm Sơn đã kỷ luật bà Lê Thị Hoa - Trưởng Phòng GD&ĐT quận; "
            "đồng thời giao ông Trần Văn Bình phụ trách phòng.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", [
    "Bí thư Tỉnh ủy Bình Sơn phát biểu bế mạc Hội nghị Tỉnh ủy mấy?",
    "Bi thu Tinh uy Binh Son phat bieu be mac Hoi nghi Tinh uy may?",
])
def test_a_noun_numbered_is_answered_whole_not_from_its_last_syllable(tmp_path, question):
    text = "Phát biểu bế mạc Hội nghị Tỉnh ủy 7, Bí thư Tỉnh ủy Bình Sơn Lê Văn Tâm yêu cầu giữ kỷ luật."
    assert ask_article(tmp_path, text, question).answer == "Hội nghị Tỉnh ủy 7"


@pytest.mark.parametrize("question, expected", [
    ("Kỳ họp Quốc hội thứ 5 khai mạc ngày nào?", None),
    ("Ky hop Quoc hoi thu 5 khai mac ngay nao?", None),
    ("Kỳ họp thứ 5 HĐND tỉnh Bình Sơn khai mạc ngày nào?", "sáng 4/7"),
])
def test_a_session_of_the_provincial_council_is_no_session_of_the_national_assembly(tmp_path, question, expected):
    text = "Kỳ họp thứ 5 HĐND tỉnh Bình Sơn khóa X khai mạc sáng 4/7 tại hội trường tỉnh."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Món bánh lá gai là đặc sản ở đâu?", "Mon banh la gai la dac san o dau?"])
def test_a_plateau_capitalised_as_its_name_is_answered_whole(tmp_path, question):
    text = "Từ đó, món bánh lá gai được xem như là đặc sản ở vùng Cao nguyên Đá Xanh của tỉnh Bình Sơn."
    assert ask_article(tmp_path, text, question).answer == "vùng Cao nguyên Đá Xanh"


@pytest.mark.parametrize("question, expected", [
    ("Chủ đầu tư dự án chung cư là công ty nào?", "Công ty Cổ phần đầu tư bất động sản Sông Xanh"),
    ("Chu dau tu du an chung cu la cong ty nao?", "Công ty Cổ phần đầu tư bất động sản Sông Xanh"),
    ("Đơn vị quản lý dự án là công ty nào?", "Công ty Cổ phần BIC Bình Sơn"),
])
def test_a_company_named_by_its_legal_form_goes_on_in_lower_case_to_its_name(tmp_path, question, expected):
    text = ("Theo hợp đồng, chung cư này do Công ty Cổ phần đầu tư bất động sản Sông Xanh là chủ đầu tư; "
            "đơn vị quản lý dự án là Công ty Cổ phần BIC Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Tổng khối lượng thiếc là bao nhiêu?", "350kg"),
    ("Tong khoi luong thiec la bao nhieu?", "350kg"),
    ("Tổng khối lượng đồng là bao nhiêu?", "1.200kg"),
])
def test_of_figures_each_told_after_its_own_noun_the_one_of_the_noun_asked(tmp_path, question, expected):
    text = "Kho hàng của tỉnh Bình Sơn có đồng và thiếc. Tổng khối lượng đồng là 1.200kg và thiếc là 350kg."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Dự án cầu Sông Lam bị dừng khi nào?", "tháng 11 năm ngoái"),
    ("Du an cau Song Lam bi dung khi nao?", "tháng 11 năm ngoái"),
    ("Cuộc thanh tra dự án cầu Sông Lam bắt đầu từ khi nào?", "đầu năm nay"),
])
def test_a_date_told_from_the_year_of_writing_keeps_its_year(tmp_path, question, expected):
    text = ("Dự án cầu Sông Lam của tỉnh Bình Sơn bị dừng đột ngột hồi tháng 11 năm ngoái.\n\n"
            "Cuộc thanh tra dự án cầu Sông Lam đã bắt đầu từ đầu năm nay, tập trung vào các nhà thầu.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Nước suối Tà Lơn bắt nguồn từ đâu?", "Nuoc suoi Ta Lon bat nguon tu dau?"])
def test_where_from_is_answered_by_the_place_come_from_not_where_it_lies(tmp_path, question):
    text = ("Suối Tà Lơn nằm trong vườn quốc gia Bình Sơn ở tỉnh Bình Sơn.\n\n"
            "Làn nước trong vắt như pha lê của suối bắt nguồn từ núi đá Hòn Giăng gần đó.")
    assert ask_article(tmp_path, text, question).answer == "núi đá Hòn Giăng"


@pytest.mark.parametrize("question, expected", [
    ("Ai làm trưởng đoàn kiểm tra ông Lương Văn Tú?", "Lê Văn Hải"),
    ("Ai la truong doan kiem tra ong Luong Van Tu?", "Lê Văn Hải"),
    ("Ai làm phó trưởng đoàn kiểm tra ông Lương Văn Tú?", "Trần Văn Nam"),
])
def test_a_role_taken_after_a_list_of_roles_answers_who_took_it(tmp_path, question, expected):
    # "NAME, <roles>, làm trưởng đoàn": the last role is the one taken; the person the team
    # checks names no body the head of the team is of
    text = ("Tỉnh ủy Bình Sơn quyết định kiểm tra ông Lương Văn Tú, Bí thư Huyện ủy Tân Phú.\n\n"
            "Đồng thời thành lập đoàn kiểm tra có bảy người, do ông Lê Văn Hải, Ủy viên Ban thường vụ tỉnh ủy, "
            "Chủ nhiệm Ủy ban Kiểm tra tỉnh, làm trưởng đoàn, và ông Trần Văn Nam - phó trưởng ban Nội chính, "
            "làm phó trưởng đoàn.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Ông Kowalski sống ở làng nào?", "Ong Kowalski song o lang nao?"])
def test_where_someone_lives_is_told_by_where_they_are(tmp_path, question):
    text = ("Hôm 8/4, thợ đào đất trên mảnh đất của ông Kowalski (nông dân ở làng Hạ Vĩnh, tỉnh Hà Lam) "
            "thì phát hiện một hũ bạc.\n\nNhiều người dân trong vùng sống bằng nghề trồng lúa.")
    assert ask_article(tmp_path, text, question).answer == "làng Hạ Vĩnh"


@pytest.mark.parametrize("question", ["Tương hột được ủ trong bao lâu?", "Tuong hot duoc u trong bao lau?"])
def test_a_duration_opened_by_chung_is_still_a_duration(tmp_path, question):
    text = "Ở tỉnh Bình Sơn, tương hột được ủ trong chum sành chừng 4 tháng là ăn được."
    assert ask_article(tmp_path, text, question).answer == "chừng 4 tháng"


@pytest.mark.parametrize("question, expected", [
    ("Số ca mắc sốt xuất huyết ở tỉnh Bình Sơn năm nay nhiều gấp mấy lần năm ngoái?", "gấp 3 lần"),
    ("So ca mac sot xuat huyet o tinh Binh Son nam nay nhieu gap may lan nam ngoai?", "gấp 3 lần"),
    ("Người lớn tuổi mắc bệnh nhiều gấp mấy lần người trẻ?", "gấp đôi"),
])
def test_how_many_times_as_many_is_answered_by_the_factor(tmp_path, question, expected):
    text = ("Số ca mắc sốt xuất huyết ở tỉnh Bình Sơn năm nay nhiều gấp 3 lần năm ngoái, chủ yếu ở trẻ em "
            "dưới 15 tuổi.\n\nTheo thống kê, người lớn tuổi mắc bệnh nhiều gấp đôi người trẻ, chủ yếu "
            "gặp ở người trên 60 tuổi.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Ông Lê Văn Hải từng giữ chức vụ gì?", "Ong Le Van Hai tung giu chuc vu gi?"])
def test_a_former_committee_member_goes_on_to_the_roles_after(tmp_path, question):
    # "đại tá X, nguyên Tỉnh ủy viên, nguyên Chính ủy ...": the office is after the membership
    text = ("Ủy ban Kiểm tra đã kết luận đại tá Lê Văn Hải, nguyên Tỉnh ủy viên, nguyên Chính ủy Bộ Chỉ huy "
            "Quân sự tỉnh Bình Sơn có khuyết điểm.")
    assert "Chính ủy Bộ Chỉ huy Quân sự tỉnh Bình Sơn" in (ask_article(tmp_path, text, question).answer or "")


def test_people_counted_by_the_counter_for_people_answer_how_many_of_them(tmp_path):
    # "bao nhiêu giáo viên": "... giáo viên ... là 1.250 người" counts them in "người"
    text = "Tổng nhu cầu đào tạo giáo viên năm 2025 của tỉnh Bình Sơn là 1.250 người, tăng 10%."
    assert ask_article(tmp_path, text, "Tỉnh Bình Sơn cần đào tạo bao nhiêu giáo viên năm 2025?").answer == "1.250 người"


def test_a_place_named_by_its_kind_is_answered_whole(tmp_path):
    # "Khu di tích ... Cố đô Hoa Lư": lower-case words between its capitalised ones
    text = "Lễ hội Tân Phú sẽ diễn ra tối 20/4 tại Khu di tích Quốc gia đặc biệt Cố đô Hoa Lư (xã Trường Yên)."
    assert ask_article(tmp_path, text, "Lễ hội Tân Phú diễn ra ở đâu?").answer == "Khu di tích Quốc gia đặc biệt Cố đô Hoa Lư"


def test_of_two_holding_the_role_the_one_the_question_tells_about_answers(tmp_path):
    # both are deputy chairmen, and the newer article would win a tie; the question says which:
    # the one whose article tells of the report
    other = tmp_path / "deputy-2.jsonl"
    other.write_text(json.dumps({
        "id": "deputy-2", "title": "Khánh thành cầu Tân Phú", "date": "2024-06-01",
        "text": "Ông Trần Văn Hùng, Phó Chủ tịch UBND tỉnh Bình Sơn, dự lễ khánh thành cầu.",
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    kb = kb_with(tmp_path, {
        "id": "deputy-1", "title": "Bình Sơn cần thêm giáo viên", "date": "2024-01-05",
        "text": ("Ông Lê Văn Tâm, Phó Chủ tịch UBND tỉnh Bình Sơn, phát biểu tại hội nghị.\n\n"
                 "Hội nghị có 120 đại biểu tham dự.\n\nCác đại biểu thảo luận trong hai ngày.\n\n"
                 "Trước đó, văn bản báo cáo nhu cầu đào tạo giáo viên đã được ký."),
    }, other)
    answer = engine_for(kb).ask("Ai là Phó Chủ tịch UBND tỉnh Bình Sơn ký văn bản báo cáo nhu cầu đào tạo giáo viên?")
    assert answer.answer == "Lê Văn Tâm"


def test_a_country_whose_name_reads_like_a_title_is_still_asked_about(tmp_path):
    # "Ba Lan" (Poland) is not "bà" + "lần": the article about the Czech diplomats does not answer
    text = "Năm nay, Nga trục xuất 5 nhà ngoại giao Séc vì cáo buộc hoạt động gián điệp."
    assert ask_article(tmp_path, text, "Nga trục xuất bao nhiêu nhà ngoại giao Ba Lan?").answer is None
    assert ask_article(tmp_path, text, "Nga trục xuất bao nhiêu nhà ngoại giao Séc?").answer.startswith("5 nhà")


@pytest.mark.parametrize("question", ["Chủ tịch UBND huyện Văn Bàn là ai?", "Chu tich UBND huyen Van Ban la ai?"])
def test_a_place_is_not_found_in_a_common_word_of_the_same_letters(tmp_path, question):
    # "Văn Bàn" (a district) folds like "văn bản" (a document)
    text = "Chiều 30/4, UBND tỉnh Bình Sơn có văn bản truyền đạt chỉ đạo của Chủ tịch UBND tỉnh Nguyễn Thành Phong."
    assert ask_article(tmp_path, text, question).answer is None
    named = text + "\n\nChủ tịch UBND huyện Văn Bàn Lê Quốc Hưng cũng dự họp."
    (tmp_path / "named").mkdir()
    assert ask_article(tmp_path / "named", named, question).answer == "Lê Quốc Hưng"


def test_names_told_in_the_sentence_before_are_near_the_answer(tmp_path):
    # the match and its ground are told first; the scorer's sentence names neither
    text = "Nam Định tiếp Bình Định trên sân Thiên Trường.\n\nNgười ghi bàn duy nhất là Hoàng Minh Tuấn."
    question = "Ai ghi bàn cho Nam Định trong trận gặp Bình Định trên sân Thiên Trường?"
    assert ask_article(tmp_path, text, question).answer == "Hoàng Minh Tuấn"


@pytest.mark.parametrize("question, expected", [
    ("Trường THPT Tân Phú được thành lập ngày nào?", "24.3.2021"),
    ("Hội nghị công bố quyết định nhân sự diễn ra ngày nào?", "Ngày 2-11"),
    ("Lê Văn Tâm cần bao nhiêu trận mới ghi một bàn?", "8-9 trận"),
    ("Từ 28/4 đến 1/5, huyện Tân Phú có bao nhiêu ca mắc Covid-19?", "10 trường hợp"),
])
def test_dates_ranges_and_counters_as_news_writes_them(tmp_path, question, expected):
    text = ("UBND tỉnh Bình Sơn có quyết định thành lập Trường THPT Tân Phú ngày 24.3.2021.\n\n"
            "Ngày 2-11, tại huyện Tân Phú đã diễn ra hội nghị công bố quyết định nhân sự.\n\n"
            "Theo HLV, Lê Văn Tâm thường cần đến 8-9 trận đấu mới ghi một bàn.\n\n"
            "Từ 28/4 đến chiều 1/5, huyện Tân Phú có 10 trường hợp mắc Covid-19.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Tàu ngầm mất tích tên là gì?", "KRI Nanggala 402"),
    ("Hệ thống định vị vệ tinh riêng của Bình Sơn tên là gì?", "Bắc Đẩu"),
])
def test_a_question_for_a_name_is_answered_by_the_name(tmp_path, question, expected):
    text = ("Ngày 21/4, tàu ngầm KRI Nanggala 402 bị mất tích khi đang diễn tập ở phía bắc đảo Bali.\n\n"
            "Sự việc thôi thúc Bình Sơn phát triển hệ thống định vị vệ tinh riêng có tên gọi Bắc Đẩu.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_figure_per_year_answers_how_much_a_year(tmp_path):
    text = ("Nam sinh Lê Văn Tâm sinh năm 1998 giành học bổng nghiên cứu sinh 8 tỷ đồng của ĐH Washington.\n\n"
            "Học bổng nghiên cứu sinh $70.000/năm cho 5 năm bao gồm học phí và phí sinh hoạt.")
    answer = ask_article(tmp_path, text, "Lê Văn Tâm nhận học bổng nghiên cứu sinh bao nhiêu mỗi năm?").answer
    assert answer == "$70.000"


def test_who_the_sentence_says_the_questions_words_of_answers(tmp_path):
    # "<X> là bà Y" answers "<X> là ai?"; "Kim" is a family name too, but "Nguyễn Thị" starts hers
    text = ("Ứng cử viên duy nhất vào vị trí Chủ tịch Hội đồng tỉnh khóa 14 là bà Nguyễn Thị Kim Ngân, "
            "nếu tái đắc cử sẽ tuyên thệ sáng nay.")
    question = "Ứng cử viên duy nhất vào vị trí Chủ tịch Hội đồng tỉnh khóa 14 là ai?"
    assert ask_article(tmp_path, text, question).answer == "Nguyễn Thị Kim Ngân"


def test_a_womans_name_with_a_second_family_name_is_whole(tmp_path):
    text = "Tại hội nghị, bà Nguyễn Thị Kim Ngân phát biểu chỉ đạo."
    assert ask_article(tmp_path, text, "Ai phát biểu chỉ đạo tại hội nghị?").answer == "Nguyễn Thị Kim Ngân"


def test_a_league_is_nobody(tmp_path):
    # "V-League" is a league, not who scored
    text = ("Từ chỗ có cơ hội lọt top 8 để đua vô địch ở giai đoạn 2 V-League, SHB Đà Nẵng đã nhận trận "
            "thua 0-1 trước chủ nhà Nam Định ở vòng 13.\n\n"
            "Phút 66, đội chủ nhà Nam Định đã có bàn thắng vươn lên dẫn trước.\n\n"
            "Người ghi bàn là Hoàng Minh Tuấn.")
    question = "Ai ghi bàn cho Nam Định trong trận thắng SHB Đà Nẵng?"
    assert ask_article(tmp_path, text, question).answer == "Hoàng Minh Tuấn"


def test_which_country_someone_is_from_is_answered_by_their_people(tmp_path):
    text = ("Nhà khoa học vật liệu người Pháp có tên Joseph Davidovits tin rằng các khối đá được đúc.\n\n"
            "Thậm chí, Joseph Davidovits còn lưu ý đá vôi trong các khối khác với đá ở mỏ lân cận.")
    assert ask_article(tmp_path, text, "Joseph Davidovits là người nước nào?").answer == "người Pháp"


def test_a_count_of_another_countrys_people_does_not_answer(tmp_path):
    # "bao nhiêu nhà ngoại giao Slovakia": the Czech diplomats' count is not it
    text = ("Nga không nhận lại toàn bộ 20 nhà ngoại giao Séc vừa bị trục xuất.\n\n"
            "Slovakia và Ba Lan lên tiếng ủng hộ Séc.")
    assert ask_article(tmp_path, text, "Nga trục xuất bao nhiêu nhà ngoại giao Slovakia?").answer is None
    (tmp_path / "cz").mkdir()
    assert ask_article(tmp_path / "cz", text, "Nga trục xuất bao nhiêu nhà ngoại giao Séc?").answer.startswith("20 nhà")


@pytest.mark.parametrize("question, expected", [
    ("Nga trục xuất bao nhiêu nhà ngoại giao Ba Lan?", None),
    ("Ba Lan trục xuất bao nhiêu nhà ngoại giao Nga?", "3"),
    ("Mỹ trục xuất bao nhiêu nhà ngoại giao Nga?", "10"),
])
def test_a_figure_is_the_doers_and_counts_whose_it_says(tmp_path, question, expected):
    # who expelled whom: each figure is one doer's, of one country's diplomats
    text = "Sau khi Mỹ quyết định trục xuất 10 nhà ngoại giao Nga, Ba Lan cũng thông báo trục xuất 3 nhà ngoại giao Nga."
    answer = ask_article(tmp_path, text, question).answer
    assert (answer is None) if expected is None else answer.split()[0] == expected


_CO_OP = ("Hợp tác xã Tân Phú thu mua lá chuối khô với giá 30.000 đồng/kg để xuất khẩu sang Đài Loan.\n\n"
          "Cây cầu gỗ ở xã Tân Lập được dựng từ năm 1980, có hai nhịp, ở số 8-12 đường Lê Lợi.")
_ROAD = "Con đường ven sông Tân Phú dài 2,5 km, tổng kinh phí 12 tỷ đồng."


@pytest.mark.parametrize("text, question, expected", [
    (_CO_OP, "Mỗi năm hợp tác xã Tân Phú xuất khẩu bao nhiêu tấn lá chuối?", None),
    (_CO_OP, "Cây cầu gỗ ở xã Tân Lập dài bao nhiêu?", None),
    (_CO_OP, "Cay cau go o xa Tan Lap dai bao nhieu?", None),
    (_CO_OP, "Tổng kinh phí xây cầu gỗ ở xã Tân Lập là bao nhiêu?", None),
    (_CO_OP, "Hợp tác xã Tân Phú thu mua lá chuối khô với giá bao nhiêu?", "30.000 đồng/kg"),
    (_ROAD, "Con đường ven sông Tân Phú dài bao nhiêu?", "2,5 km"),
    (_ROAD, "Tổng kinh phí làm đường ven sông Tân Phú là bao nhiêu?", "12 tỷ đồng"),
    ("Trước dịch, doanh thu một ngày của chợ đêm Tân Phú lên đến 20 triệu bạt.",
     "Doanh thu một ngày của chợ đêm Tân Phú là bao nhiêu?", "20 triệu bạt"),
    # "trị giá bao nhiêu" asks a sum: "hơn 50.000 tấn hành" had been answered
    ("Huyện Tân Phú còn tồn hơn 50.000 tấn hành tím, trị giá trên 700 tỷ đồng.",
     "Hành tím tồn kho ở Tân Phú trị giá bao nhiêu?", "trên 700 tỷ đồng"),
    ("Huyện Tân Phú còn tồn hơn 50.000 tấn hành tím, trị giá trên 700 tỷ đồng.",
     "Giá trị hành tím tồn kho ở Tân Phú là bao nhiêu?", "trên 700 tỷ đồng"),
    # an area written "m2", asked in "m2" or "mét vuông": none had been answered ("15.776,5 m" was a length)
    ("Năm 2002, UBND huyện Tân Phú thu hồi 15.776,5 m2 đất của công ty.",
     "UBND huyện Tân Phú thu hồi bao nhiêu m2 đất?", "15.776,5 m2"),
    ("Năm 2002, UBND huyện Tân Phú thu hồi 15.776,5 m2 đất của công ty.",
     "UBND huyện Tân Phú thu hồi bao nhiêu mét vuông đất?", "15.776,5 m2"),
    ("Hồ Tân Phú rộng 6.000 dặm vuông, sâu 30 m.", "Hồ Tân Phú rộng bao nhiêu dặm vuông?", "6.000 dặm vuông"),
])
def test_a_figure_answers_only_in_the_measure_asked(tmp_path, text, question, expected):
    # a price does not answer "bao nhiêu tấn", a count or a year "dài bao nhiêu", an address a sum
    answer = ask_article(tmp_path, text, question).answer
    assert answer == expected if expected is None else answer.startswith(expected)


@pytest.mark.parametrize("text, expected", [
    ("Ngày 27/4, ca nghi nhiễm đi chuyến bay VJ133, số ghế 20B, từ Hà Nội về sân bay Tân Phú.", "20B"),
    # a count is no seat's number: "4 người" had been answered
    ("Tối 29/4, 4 người ngồi cùng ghế chờ với ca nghi nhiễm ở sân bay Tân Phú đã được cách ly.", None),
])
def test_a_number_asked_is_a_numbered_thing_not_a_count(tmp_path, text, expected):
    assert ask_article(tmp_path, text, "Ca nghi nhiễm ngồi ghế số mấy?").answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Hội thi tay nghề tỉnh Bình Sơn trao bao nhiêu giải đặc biệt?", None),
    ("Hội thi tay nghề tỉnh Bình Sơn trao bao nhiêu giải ba?", "8 giải ba"),
    ("Hoi thi tay nghe tinh Binh Son trao bao nhieu giai ba?", "8 giải ba"),  # "ba" three, not "bà"
    ("Bình Sơn ghi nhận bao nhiêu ca tử vong do sốt xuất huyết?", None),
    ("Bình Sơn ghi nhận bao nhiêu ca bệnh sốt xuất huyết?", "133 ca"),
    ("Rừng quốc gia Tân Phú có bao nhiêu loài thực vật đặc hữu?", "43 loài"),
])
def test_a_count_of_another_kind_of_the_thing_does_not_answer(tmp_path, question, expected):
    # "16 giải khuyến khích" is no count of "giải đặc biệt", "133 ca bệnh" none of "ca tử vong"
    text = ("Hội thi tay nghề tỉnh Bình Sơn trao 4 giải nhất, 8 giải ba, 16 giải khuyến khích.\n\n"
            "Từ đầu năm, Bình Sơn ghi nhận 133 ca bệnh sốt xuất huyết, tăng 2,5 lần.\n\n"
            "Trong rừng quốc gia Tân Phú có 43 loài đặc hữu.")
    answer = ask_article(tmp_path, text, question).answer
    assert answer == expected if expected is None else answer.startswith(expected)


@pytest.mark.parametrize("question", [
    "Hà Nam ghi nhận ca sốt xuất huyết đầu tiên khi nào?",
    "Ha Nam ghi nhan ca sot xuat huyet dau tien khi nao?",
])
def test_a_place_opening_the_question_is_whole_though_its_first_word_folds_like_a_particle(tmp_path, question):
    # "Hà" folds like "hả", a particle; "Hà Nam" is a place the article does not name
    text = "Ngày 3/4, tỉnh Bình Sơn ghi nhận ca sốt xuất huyết đầu tiên trong năm nay."
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", [
    "Ai là Giám đốc Sở GD&ĐT tỉnh Bình Sơn?",
    "Ai la Giam doc So GD&DT tinh Binh Son?",
    "Ai là Giám đốc Sở Giáo dục và Đào tạo tỉnh Bình Sơn?",
])
def test_a_departments_field_abbreviated_over_several_tokens_is_that_department(tmp_path, question):
    # "GD&ĐT" is the field of the department asked about, however the question writes it
    text = ("Ngày 12/4, TS Lê Thị Hương - Giám đốc Sở GD&ĐT tỉnh, đã khen thưởng 3 nam sinh.\n\n"
            "Các em học tại huyện Gio Linh, tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == "Lê Thị Hương"


@pytest.mark.parametrize("question, expected", [
    ("Ai là Phó Chủ tịch UBND tỉnh Bình Sơn?", None),
    ("Ai la Pho Chu tich UBND tinh Binh Son?", None),
    ("Ai là Chủ tịch UBND tỉnh Bình Sơn?", "Lê Văn Tâm"),
])
def test_the_head_does_not_answer_who_the_deputy_is(tmp_path, question, expected):
    # "Phó Chủ tịch" asked: the Chủ tịch (and a Phó Bí thư) is someone else
    text = "Ông Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Sơn, phát biểu khai mạc."
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_syllable_of_a_lower_case_phrase_is_nobody(tmp_path):
    # "Trung" of "Hội đồng Trung ương" is capitalised as part of a name, and no person's name
    text = "Theo Hiến pháp, quyền lực cao nhất thuộc về Hội đồng Trung ương Liên bang."
    assert ask_article(tmp_path, text, "Ai nắm quyền lực cao nhất theo Hiến pháp?").answer != "Trung"


@pytest.mark.parametrize("question, expected", [
    ("Ai là Phó Chủ tịch UBND tỉnh Bình Sơn?", None),
    ("Ai la Pho Chu tich UBND tinh Binh Son?", None),
    ("Ai là Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam?", "Vũ Hồng Khanh"),
    ("Ai là Bí thư Tỉnh ủy Bình Sơn?", None),
])
def test_a_role_of_another_organisation_does_not_answer(tmp_path, question, expected):
    # the Phó Chủ tịch of the Front's central committee is no Phó Chủ tịch of the province's UBND,
    # the Bí thư Huyện ủy no Bí thư Tỉnh ủy
    text = ("Đoàn công tác của tỉnh Bình Sơn làm việc với ông Vũ Hồng Khanh - Phó Chủ tịch Ủy ban "
            "Trung ương MTTQ Việt Nam.\n\n"
            "Ông Trần Văn Nam - Bí thư Huyện ủy Tân Phú, tỉnh Bình Sơn, báo cáo kết quả.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ông Đặng Trọng Thăng quê ở đâu?", None),
    ("Ong Dang Trong Thang que o dau?", None),
    ("Ông Nguyễn Hồng Diên quê ở đâu?", "xã Hồng Minh, huyện Hưng Hà, tỉnh Bình Sơn"),
    ("Ông Nguyễn Hồng Diên quê ở huyện nào?", "huyện Hưng Hà"),
])
def test_where_someone_is_from_is_told_of_them_after_que(tmp_path, question, expected):
    # another man's hometown is not his; the office he holds ("Tỉnh ủy") is no hometown
    text = ("Ông Nguyễn Hồng Diên 53 tuổi, quê xã Hồng Minh, huyện Hưng Hà, tỉnh Bình Sơn.\n\n"
            "Ông Đặng Trọng Thăng 58 tuổi, từng giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Công an tỉnh Bình Sơn đã khởi tố bao nhiêu bị can?", "12 bị can"),
    ("Công an tỉnh Bình Sơn đã khởi tố bao nhiêu bị cáo?", None),
])
def test_a_count_of_accused_is_of_accused(tmp_path, question, expected):
    # "bị can" is a noun though "bị" is a function word: the count is of it, not of anything
    text = "Năm 2023, Công an tỉnh Bình Sơn đã khởi tố 5 vụ án, 12 bị can về tội tham nhũng."
    answer = ask_article(tmp_path, text, question).answer
    assert answer == expected if expected is None else answer.startswith(expected)


@pytest.mark.parametrize("question, expected", [
    ("Ai được bầu làm Chủ tịch UBND tỉnh Bình Sơn?", "Lê Văn Tâm"),
    ("Ai duoc bau lam Chu tich UBND tinh Binh Son?", "Lê Văn Tâm"),
    ("Ai được bầu làm Chủ tịch HĐND tỉnh Bình Sơn?", "Phạm Văn Sinh"),
])
def test_of_several_elected_the_one_in_the_clause_naming_the_role(tmp_path, question, expected):
    text = ("Các đại biểu nhất trí bầu ông Phạm Văn Sinh, Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh; "
            "bầu ông Lê Văn Tâm, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", [
    "Ai là Giám đốc Sở LĐ-TB&XH tỉnh Bình Sơn?",
    "Ai la Giam doc So LD-TB&XH tinh Binh Son?",
    "Giám đốc Sở Lao động - Thương binh và Xã hội Bình Sơn là ai?",
])
def test_a_department_without_its_province_is_the_articles_provinces(tmp_path, question):
    # "Giám đốc Sở LĐ-TB&XH" in an article about tỉnh Bình Sơn heads Bình Sơn's department
    text = ("Hội giảng nhà giáo giáo dục nghề nghiệp tỉnh Bình Sơn bế mạc ngày 20/4.\n\n"
            "Phát biểu bế mạc, ông Nguyễn Trí Lạc - Giám đốc Sở LĐ-TB&XH đề nghị các trường nâng cao "
            "chất lượng tuyển sinh.")
    assert ask_article(tmp_path, text, question).answer == "Nguyễn Trí Lạc"


@pytest.mark.parametrize("question, expected", [
    ("Điện thoại Bình Sơn X1 rẻ hơn giá niêm yết bao nhiêu?", "6 triệu đồng"),
    ("Dien thoai Binh Son X1 re hon gia niem yet bao nhieu?", "6 triệu đồng"),
    ("Điện thoại Bình Sơn X1 giảm bao nhiêu so với giá niêm yết?", "6 triệu đồng"),
    ("Điện thoại Bình Sơn X1 đang được bán với giá bao nhiêu?", "16 triệu đồng"),
])
def test_a_difference_asked_is_the_figure_told_as_one(tmp_path, question, expected):
    # "thấp hơn 6 triệu đồng so với giá niêm yết" is the difference; "16 triệu đồng" the price
    text = ("Điện thoại Bình Sơn X1 đang được các hệ thống bán ra với mức giá 16 triệu đồng, thấp hơn "
            "6 triệu đồng so với mức giá niêm yết.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text, question, expected", [
    ("Ngày 3/4, ba em học sinh huyện Tân Phú chạy thể dục về bãi tắm Cửa Việt và cứu hai bạn bị đuối nước.",
     "Ba học sinh huyện Tân Phú cứu bạn bị đuối nước ở bãi tắm nào?", "bãi tắm Cửa Việt"),
    ("Ba em học sinh huyện Tân Phú, tỉnh Bình Sơn đã cứu hai bạn bị đuối nước.",
     "Ba học sinh huyện Tân Phú cứu bạn bị đuối nước ở bãi tắm nào?", None),
    ("Tàu khu trục Bình Sơn phóng thử tên lửa trên biển Đông hồi đầu tháng.",
     "Tàu khu trục Bình Sơn phóng thử tên lửa trên vùng biển nào?", "biển Đông"),
    ("Năm 2023, sân bay quốc tế Phú Bài của tỉnh Bình Sơn đón 2 triệu khách.",
     "Sân bay nào của tỉnh Bình Sơn đón 2 triệu khách năm 2023?", "sân bay quốc tế Phú Bài"),
])
def test_a_named_kind_of_place_asked_is_answered_by_one_of_that_kind(tmp_path, text, question, expected):
    # "bãi tắm nào" is answered by a beach's name; a district of the sentence is no beach
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_foreign_name_after_its_role_and_a_comma_holds_the_role(tmp_path):
    text = ("Chủ tịch CLB Bình Sơn, Andrea Rossi đang nhận sự chỉ trích của người hâm mộ.\n\n"
            "Hai chủ tịch Florentino Perez và Andrea Rossi đã gặp nhau tại Madrid.")
    assert ask_article(tmp_path, text, "Ai là Chủ tịch CLB Bình Sơn?").answer == "Andrea Rossi"


def test_a_province_named_alone_completes_a_department_of_the_article(tmp_path):
    # the article says "tại Quảng Trị", never "tỉnh Quảng Trị": the department is still Quảng Trị's
    text = ("Hội giảng nhà giáo giáo dục nghề nghiệp vừa tổ chức tại Quảng Trị với 125 giáo viên.\n\n"
            "Phát biểu bế mạc, ông Nguyễn Trí Lạc - Giám đốc Sở LĐ-TB&XH đề nghị các trường nâng cao "
            "chất lượng tuyển sinh.")
    kb = kb_with(tmp_path, {"id": "qt-1", "title": "Bế mạc hội giảng nhà giáo", "date": "2024-04-20", "text": text})
    assert engine_for(kb).ask("Ai là Giám đốc Sở LĐ-TB&XH Quảng Trị?").answer == "Nguyễn Trí Lạc"


@pytest.mark.parametrize("question, expected", [
    ("Ông Lê Văn Tâm bị kỷ luật bằng hình thức gì?", "khiển trách"),
    ("Ong Le Van Tam bi ky luat bang hinh thuc gi?", "khiển trách"),
    ("Ông Trần Minh Hải bị xử lý kỷ luật bằng hình thức nào?", "cảnh cáo"),
])
def test_a_disciplinary_measure_asked_is_the_measure_named(tmp_path, question, expected):
    # the measure, not the clause about the case
    text = ("Ủy ban Kiểm tra Tỉnh ủy Bình Sơn đã quyết định thi hành kỷ luật bằng hình thức khiển trách "
            "đối với ông Lê Văn Tâm, Chủ tịch UBND huyện Tân Phú, và cảnh cáo ông Trần Minh Hải, "
            "Phó Chủ tịch UBND huyện.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_deputy_of_another_body_in_a_list_of_roles_does_not_answer(tmp_path):
    # "Phó Chủ tịch, Tổng thư ký Hội Luật gia": the Hội's deputy, not the Tập đoàn's
    text = ("Dự đại hội có ông Lê Minh Tâm, Phó Bí thư Đảng đoàn, Phó Chủ tịch, Tổng thư ký Hội Luật gia "
            "Bình Sơn; ông Trần Văn Hải, Giám đốc Tập đoàn Điện lực Bình Sơn.")
    assert ask_article(tmp_path, text, "Phó Chủ tịch Tập đoàn Điện lực Bình Sơn là ai?").answer is None
    assert ask_article(tmp_path, text, "Phó Chủ tịch Hội Luật gia Bình Sơn là ai?").answer == "Lê Minh Tâm"


@pytest.mark.parametrize("question", ["Phó Giám đốc Sở Nội vụ tỉnh Bình Sơn là ai?",
                                      "Pho Giam doc So Noi vu tinh Binh Son la ai?"])
def test_a_quoted_word_is_no_person(tmp_path, question):
    text = ("Tại buổi gặp công chức trẻ của tỉnh Bình Sơn, ông Nguyễn Phương Bắc, Giám đốc Sở Nội vụ tỉnh "
            "Bình Sơn \"bật mí\", trước đây ông là giảng viên của trường Chính trị tỉnh.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected", [
    ("Ông Lê Văn Bình được bầu làm Chủ tịch UBND tỉnh Bình Sơn khi bao nhiêu tuổi?", "52 tuổi"),
    ("Ông Lê Văn Bình được bầu làm Phó Chủ tịch UBND tỉnh Bình Sơn khi bao nhiêu tuổi?", None),
    ("Ứng cử viên duy nhất vào vị trí Chủ tịch HĐND tỉnh Bình Sơn là ai?", "Trần Thị Lan"),
    ("Ứng cử viên duy nhất vào vị trí Phó Chủ tịch HĐND tỉnh Bình Sơn là ai?", None),
    ("Ung cu vien duy nhat vao vi tri Pho Chu tich HDND tinh Binh Son la ai?", None),
    ("Phó Giám đốc Sở Y tế tỉnh Bình Sơn yêu cầu nộp báo cáo trước ngày nào?", "ngày 15/3"),
    ("Giám đốc Sở Y tế tỉnh Bình Sơn yêu cầu nộp báo cáo trước ngày nào?", None),
])
def test_a_sentence_about_the_head_does_not_answer_about_the_deputy(tmp_path, question, expected):
    text = ("Ông Lê Văn Bình được bầu làm Chủ tịch UBND tỉnh Bình Sơn khi 52 tuổi.\n\n"
            "Ứng cử viên duy nhất vào vị trí Chủ tịch HĐND tỉnh Bình Sơn là bà Trần Thị Lan.\n\n"
            "Phó Giám đốc Sở Y tế tỉnh Bình Sơn Trần Văn Hải yêu cầu các bệnh viện nộp báo cáo trước ngày 15/3.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ai là Giám đốc Sở LĐ-TB&XH Bình Sơn?", None),
    ("Ai la Giam doc So LD-TB&XH Binh Son?", None),
    ("Ai là Giám đốc Sở GD&ĐT Bình Sơn?", "Nguyễn Tân"),
    ("Ai là Phó Giám đốc Sở LĐ-TB&XH Tân Phú?", "Lê Văn Hòa"),
])
def test_a_director_of_another_department_named_in_the_same_sentence_does_not_answer(tmp_path, question, expected):
    # the sentence also names "Sở Lao động - Thương binh và Xã hội", but of another man's role
    text = ("Hội nghị có ông Nguyễn Tân, Giám đốc Sở Giáo dục và Đào tạo tỉnh Bình Sơn; ông Lê Văn Hòa, "
            "Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Tân Phú.")
    assert ask_article(tmp_path, text, question).answer == expected


COVID_ABROAD = (
    "Philippines ghi nhận gần 100.000 ca mắc mới mỗi ngày trong tuần qua, theo Bộ Y tế nước này.\n\n"
    "Chính phủ Philippines đã kéo dài lệnh phong tỏa tại thủ đô Manila thêm hai tuần.\n\n"
    "Các bệnh viện tại Manila đã quá tải, nhiều bệnh nhân phải nằm chờ ngoài hành lang.\n\n"
    "Trước đó, Italy cũng từng phải phong tỏa toàn quốc khi dịch bùng phát mạnh.\n\n"
    "Bà Nguyễn Thị Nga, một người Việt ở Manila, nói tiếng Pháp và tiếng Anh.")


@pytest.mark.parametrize("question, expected", [
    ("Philippines có khoảng bao nhiêu ca mắc mới mỗi ngày?", "gần 100.000 ca mắc"),
    ("Italy có khoảng bao nhiêu ca mắc mới mỗi ngày?", None),
    ("Italy co khoang bao nhieu ca mac moi moi ngay?", None),
    ("Hàn Quốc ghi nhận bao nhiêu ca mắc mới mỗi ngày?", None),
])
def test_a_sentence_about_another_country_does_not_answer(tmp_path, question, expected):
    # the article names Italy, but its figure is the Philippines'
    assert ask_article(tmp_path, COVID_ABROAD, question).answer == expected


def test_countries_are_names_standing_alone_not_a_persons_name_or_a_language():
    from bot.contrast import countries_in

    assert countries_in("Tuy Trung Quốc từ lâu đã coi Mỹ là đối thủ") == {"Trung Quốc", "Mỹ"}
    assert countries_in("Hoa Kỳ và Liên bang Xô viết") == {"Mỹ", "Liên Xô"}
    assert countries_in("Bà Nguyễn Thị Nga ở Mỹ Tho nói tiếng Pháp") == set()


@pytest.mark.parametrize("question, expected", [
    ("Trước khi làm Chủ tịch tỉnh Bình Sơn, ông Lê Văn Bình giữ chức gì?",
     "Phó Bí thư Tỉnh ủy Tỉnh Bình Sơn, Trưởng ban Dân vận Tỉnh ủy Tỉnh Bình Sơn"),
    ("Trước khi làm Chủ tịch tỉnh Gia Lai, ông Lê Văn Bình giữ chức gì?", None),
    ("Truoc khi lam Chu tich tinh Gia Lai, ong Le Van Binh giu chuc gi?", None),
    ("Trước khi làm Phó Chủ tịch tỉnh Bình Sơn, ông Lê Văn Bình giữ chức gì?", None),
])
def test_a_persons_roles_answer_only_a_question_whose_place_and_rank_the_article_gives(tmp_path, question, expected):
    # the article makes him Chủ tịch of Bình Sơn, never of Gia Lai, never a Phó Chủ tịch; the
    # role the question names ("Chủ tịch tỉnh" for "Chủ tịch UBND tỉnh") is not the answer
    text = ("HĐND tỉnh Bình Sơn bầu ông Lê Văn Bình, Phó Bí thư Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy giữ "
            "chức Chủ tịch UBND tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Nguyen Anh Hao nhan hoc bong nghien cuu sinh bao nhieu moi nam?", "70.000 USD"),
    ("Nguyen Anh Tuan nhan hoc bong nghien cuu sinh bao nhieu moi nam?", None),
    ("Quan chao cua ba Nguyen Thi Minh o huyen nao?", None),
])
def test_a_persons_name_typed_without_diacritics_is_held_to_the_article(tmp_path, question, expected):
    # "Nguyen" opens "Nguyen Anh Tuan" as a family name, not as "nguyên" (former): the name is one
    # the article must write
    text = ("Nguyễn Anh Hào nhận học bổng nghiên cứu sinh 70.000 USD/năm của ĐH Washington.\n\n"
            "Bạn cùng lớp Lê Minh Tuấn cho biết Hào rất chăm chỉ.\n\n"
            "Quán cháo của bà Nguyễn Thị Bích ở huyện Phù Cát đã mở được 20 năm.")
    assert ask_article(tmp_path, text, question).answer == expected


BINH_SON_CHAIRMAN = (
    "Năm 2015, ông Lê Văn Bình lần đầu được bầu làm Chủ tịch UBND tỉnh Bình Sơn.\n\n"
    "Ông Lê Văn Bình, 52 tuổi, quê huyện Tân Phú, có trình độ thạc sĩ kinh tế.\n\n"
    "UBND tỉnh Bình Sơn ký quyết định thành lập Trường THPT Tân Phú ngày 24/3/2021.\n\n"
    "Trường sẽ tuyển sinh từ năm học 2021 - 2022 với 160 học sinh.")


@pytest.mark.parametrize("question, expected", [
    ("Lần đầu được bầu Chủ tịch UBND tỉnh Bình Sơn, ông Lê Văn Bình bao nhiêu tuổi?", "52 tuổi"),
    ("Lần đầu được bầu Phó Chủ tịch UBND tỉnh Bình Sơn, ông Lê Văn Bình bao nhiêu tuổi?", None),
    ("Lần đầu được bầu Chủ tịch HĐND tỉnh Bình Sơn, ông Lê Văn Bình bao nhiêu tuổi?", None),
    ("Lan dau duoc bau Chu tich HDND tinh Binh Son, ong Le Van Binh bao nhieu tuoi?", None),
    ("UBND tỉnh Bình Sơn quyết định thành lập Trường THPT Tân Phú ngày nào?", "ngày 24/3/2021"),
    ("HĐND tỉnh Bình Sơn quyết định thành lập Trường THPT Tân Phú ngày nào?", None),
])
def test_when_the_best_match_tells_of_another_council_or_rank_weaker_evidence_does_not_answer(tmp_path, question, expected):
    # the article says when he became Chủ tịch UBND, never Phó Chủ tịch nor Chủ tịch HĐND: his
    # age in the next sentence does not answer; the UBND's decision is not the HĐND's
    assert ask_article(tmp_path, BINH_SON_CHAIRMAN, question).answer == expected



@pytest.mark.parametrize("question", ["Em Lương Văn Tuấn nhận phần thưởng bao nhiêu tiền?",
                                      "Em Luong Van Tuan nhan phan thuong bao nhieu tien?"])
def test_how_much_money_typed_without_diacritics_is_answered_by_a_sum_only(tmp_path, question):
    # "bao nhieu tien" is money, not the class "7A3" ("bao nhieu tien si" would count doctors)
    text = ("Bộ trưởng truy tặng bằng khen và phần thưởng cho em Lương Văn Tuấn, học sinh lớp 7A3, "
            "Trường THCS Tân Phú, tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected", [
    ("Chị H ở Bình Phước đã rót bao nhiêu tiền vào Coolcat?", "128 triệu đồng"),
    ("Chị H ở Hà Giang đã rót bao nhiêu tiền vào Coolcat?", None),
    ("Chi H o Ha Giang da rot bao nhieu tien vao Coolcat?", None),
])
def test_a_sentence_naming_no_province_is_of_its_articles_province(tmp_path, question, expected):
    # the article is about Bình Phước and names Hà Giang in passing: chị H's sum is Bình Phước's
    kb = kb_with(tmp_path, {"id": "coolcat-1", "title": "Người chơi Coolcat mất tiền", "date": "2024-02-01", "text": (
        "Nhiều người chơi ở tỉnh Bình Phước mất tiền vì ứng dụng Coolcat sập.\n\n"
        "Chị H cho hay, số tiền 128 triệu đồng chị rót vào Coolcat đều là tiền vay.\n\n"
        "Công an tỉnh Bình Phước đang xác minh vụ việc.\n\n"
        "Ứng dụng này cũng có người chơi ở Hà Giang và Lào Cai.")})
    assert engine_for(kb).ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Giám đốc Sở Nội vụ tỉnh Bình Sơn là ai?", "Nguyễn Phương Bắc"),
    ("Giám đốc Sở Tư pháp tỉnh Bình Sơn là ai?", None),
    ("Giam doc So Tu phap tinh Binh Son la ai?", None),
])
def test_a_department_whose_name_opens_with_a_word_like_a_function_word_is_still_asked(tmp_path, question, expected):
    # "Tư" of "Sở Tư pháp" folds like "từ" (from): the department asked had been empty, any would do
    text = "Tại buổi gặp công chức trẻ, ông Nguyễn Phương Bắc, Giám đốc Sở Nội vụ tỉnh Bình Sơn, phát biểu."
    assert ask_article(tmp_path, text, question).answer == expected



@pytest.mark.parametrize("question", ["Bị cáo Lê Văn An bị tuyên phạt bao nhiêu năm tù?",
                                      "Bi cao Le Van An bi tuyen phat bao nhieu nam tu?"])
def test_years_in_prison_after_a_name_are_a_count(tmp_path, question):
    # "Lê Văn An 5 năm tù": a figure after a name's word is not a name's number ("Điện 2") when the
    # unit asked follows it, and "năm" after a figure is years, not the numeral five
    text = "Ngày 12/3, Tòa án nhân dân tỉnh Bình Sơn tuyên phạt bị cáo Lê Văn An 5 năm tù về tội lừa đảo."
    assert ask_article(tmp_path, text, question).answer in ("5 năm tù", "5 năm")


@pytest.mark.parametrize("question, expected", [
    ("Tòa án nhân dân tỉnh Bình Sơn tuyên phạt bị cáo Lê Văn An bao nhiêu năm tù?", "5 năm tù"),
    ("Viện Kiểm sát tỉnh Bình Sơn đề nghị phạt bị cáo Lê Văn An bao nhiêu năm tù?", None),
    ("Vien Kiem sat tinh Binh Son de nghi phat bi cao Le Van An bao nhieu nam tu?", None),
])
def test_what_the_court_decided_does_not_answer_for_the_procuracy(tmp_path, question, expected):
    text = ("Ngày 12/3, Tòa án nhân dân tỉnh Bình Sơn tuyên phạt bị cáo Lê Văn An 5 năm tù về tội lừa đảo.\n\n"
            "Bị cáo có 15 ngày để kháng cáo.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Chánh Văn phòng Sở Y tế tỉnh Bình Sơn cho biết tỉnh đã tiêm bao nhiêu liều vắc xin?", "2 triệu liều vắc xin"),
    ("Giám đốc Sở Y tế tỉnh Bình Sơn cho biết tỉnh đã tiêm bao nhiêu liều vắc xin?", None),
    ("Giam doc So Y te tinh Binh Son cho biet tinh da tiem bao nhieu lieu vac xin?", None),
])
def test_another_title_of_the_same_body_does_not_answer(tmp_path, question, expected):
    # the Chánh Văn phòng of the Sở Y tế said it, not its Giám đốc
    text = "Ông Lê Văn Hải, Chánh Văn phòng Sở Y tế tỉnh Bình Sơn, cho biết tỉnh đã tiêm 2 triệu liều vắc xin."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Dự án khu công nghệ cao Tân Phú đã giải phóng bao nhiêu phần trăm mặt bằng?", "hơn 99%"),
    ("Tổng kinh phí giải phóng mặt bằng dự án khu công nghệ cao Tân Phú là bao nhiêu?", None),
])
def test_a_share_of_something_else_is_no_sum_of_money(tmp_path, question, expected):
    # "hơn 99% mặt bằng" is how much land was cleared, not what it cost
    text = "Hiện, dự án khu công nghệ cao Tân Phú đã giải phóng hơn 99% mặt bằng."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Bà Lê Thị Hoa làm việc ở đâu?", "Trường Tiểu học Tân Phú"),
    ("Ông Phan Văn Nam công tác ở đâu?", "Bệnh viện Đa khoa tỉnh Bình Sơn"),
    ("Anh Lê Minh Tâm học ở đâu?", "Trường Đại học Bách khoa Hà Nội"),
])
def test_a_place_that_is_an_institution_keeps_the_lower_case_words_of_its_name(tmp_path, question, expected):
    # "Trường Tiểu", "Bệnh viện Đa", "Trường Đại" had been answered: the capitals only
    text = ("Bà Lê Thị Hoa làm việc tại Trường Tiểu học Tân Phú. Ông Phan Văn Nam công tác ở Bệnh viện Đa khoa "
            "tỉnh Bình Sơn. Anh Lê Minh Tâm học tại Trường Đại học Bách khoa Hà Nội.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Cơ quan nào được thành lập năm 2019?", "Cơ quan tư vấn Tân Phú"),
    ("Đạo luật nào cho phép các xã tự lập quỹ đất?", "Đạo luật Tân Phú"),
])
def test_the_noun_a_which_question_asks_for_heads_a_clause_answer(tmp_path, question, expected):
    # "tư vấn Tân Phú được thành lập ..." had been answered: the question's own noun was cut off
    text = ("Cơ quan tư vấn Tân Phú được thành lập năm 2019 để giúp các xã lập quy hoạch. "
            "Đạo luật Tân Phú cho phép các xã tự lập quỹ đất.")
    answer = ask_article(tmp_path, text, question).answer
    assert answer and answer.startswith(expected)


@pytest.mark.parametrize("question, expected", [
    ("Việc gì được tỉnh Bình Sơn ưu tiên trong năm 2024?", "Việc mở rộng đường ven sông"),
    ("Tỉnh Bình Sơn ưu tiên việc làm gì trong năm 2024?", "Việc mở rộng đường ven sông"),
    ("Xã Tân Phú có những khó khăn gì sau trận lũ?", "những người quyết định ở lại"),
])
def test_a_clause_answer_keeps_the_word_that_makes_it_a_noun(tmp_path, question, expected):
    # "mở rộng đường ven sông ...", "quyết định ở lại ..." had been answered: without its "việc"
    # ("sự", "người") the answer reads as a verb, and the question's own "việc" is no reason to cut it
    text = ("Việc mở rộng đường ven sông được tỉnh Bình Sơn ưu tiên trong năm 2024. "
            "Sau trận lũ, những người quyết định ở lại xã Tân Phú phải đối mặt với nhiều khó khăn.")
    answer = ask_article(tmp_path, text, question).answer
    assert answer and answer.startswith(expected)


@pytest.mark.parametrize("question, expected", [
    ("Người đứng đầu cơ quan an ninh Bình Sơn là ai?", "Thiếu tướng Ahmed Al-Fahd"),
    ("Người kế nhiệm Lord Irwin là ai?", "Lord Willingdon"),
])
def test_a_foreign_name_keeps_the_title_written_before_it(tmp_path, question, expected):
    # "Ahmed Al-Fahd" and "Willingdon" had been answered: the title of a name found as a
    # person's name was dropped, and a title the question also says was skipped with its name
    text = ("Tháng 11, đoàn công tác gặp lãnh đạo cơ quan an ninh Bình Sơn, Thiếu tướng Ahmed Al-Fahd. "
            "Người kế nhiệm Lord Irwin là Lord Willingdon.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Lễ hội hoa Tân Phú diễn ra vào thời gian nào?", "ngày 10 và 11 tháng 2 năm 2024"),
    ("Làng gốm Tân Phú bắt đầu xuất khẩu từ khi nào?", "cuối những năm 1990"),
    ("Chợ nổi Tân Phú đông đúc nhất vào thời gian nào?", "những năm thập niên 1980"),
])
def test_a_date_keeps_every_day_and_the_part_of_the_decade_it_says(tmp_path, question, expected):
    # "11 tháng 2 năm 2024" and "những năm 1990" had been answered: a two-day festival cut to
    # one day, "the end of the 1990s" to the whole decade
    text = ("Lễ hội hoa Tân Phú diễn ra vào ngày 10 và 11 tháng 2 năm 2024 tại công viên trung tâm. "
            "Từ cuối những năm 1990, làng gốm Tân Phú bắt đầu xuất khẩu sang châu Âu. "
            "Chợ nổi Tân Phú đông đúc nhất vào những năm thập niên 1980.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Nhiệt độ trung bình ban đêm mùa đông ở cao nguyên Tân Phú là bao nhiêu?", "−5 °C"),
    ("Làng gốm Tân Phú ra đời vào thế kỷ thứ mấy?", "thế kỷ 17"),
])
def test_a_figure_keeps_its_minus_sign_and_a_rank_its_whole_noun(tmp_path, question, expected):
    # "5 °C" (the opposite temperature) and "kỷ 17" had been answered
    text = ("Mùa đông ở cao nguyên Tân Phú, nhiệt độ trung bình ban đêm là −5 °C. "
            "Làng gốm Tân Phú ra đời vào thế kỷ 17.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_clause_answer_does_not_start_inside_a_word_opened_by_a_function_word(tmp_path):
    # "chối nhận tiền thưởng" and "kỷ 19, làng gốm ..." had been answered: "từ" and "thế" are
    # written like function words, so the answer began after them, in the middle of a word
    text = ("Sau lễ trao giải, ông Lê Văn Tâm từ chối nhận tiền thưởng. "
            "Trong thế kỷ 19, làng gốm Tân Phú có hơn 100 lò nung.")
    assert ask_article(tmp_path, text, "Sau lễ trao giải, ông Lê Văn Tâm đã làm gì?").answer == "từ chối nhận tiền thưởng"
    answer = ask_article(tmp_path, text, "Làng gốm Tân Phú có gì đặc biệt?").answer
    assert "hơn 100 lò nung" in answer and not answer.startswith("kỷ")


@pytest.mark.parametrize("question, expected", [
    ("Cầu Bến Đá được xây trong bao nhiêu năm?", None),
    ("Huyện Tân Phú giữ chuẩn nông thôn mới bao nhiêu năm liền?", "11 năm liền"),
])
def test_the_month_of_a_date_is_no_count(tmp_path, question, expected):
    # "11 năm" of "Tháng 11 năm 2023" had been answered: how long the bridge took, said with confidence
    text = ("Tháng 11 năm 2023, huyện Tân Phú khánh thành cầu Bến Đá. "
            "Tháng 5 năm 2024, huyện Tân Phú có 11 năm liền giữ chuẩn nông thôn mới.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Cơ quan nào mở cảng ở đảo Tân Phú năm 1809?", "Tổ chức nào mở cảng ở đảo Tân Phú?"])
def test_a_country_whose_name_holds_ban_is_no_committee(tmp_path, question):
    # "Ban Nha mở cảng ..." had been answered: "Ban" (a committee) read inside "Tây Ban Nha"
    answer = ask_article(tmp_path, "Năm 1809, thương nhân Tây Ban Nha mở cảng ở đảo Tân Phú.", question).answer
    assert not answer or not answer.startswith("Ban Nha")


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh Bình Sơn ghi nhận trung bình hơn 1.400 ca mắc mới mỗi ngày.", "hơn 1.400 ca mắc"),
    # the world's total is no figure per day
    ("Đến nay thế giới đã ghi nhận gần 150 triệu ca mắc. Tỉnh Bình Sơn tăng cường tiêm vắc xin.", None),
])
def test_a_figure_per_day_is_asked_with_words_between(tmp_path, text, expected):
    # "gần 150 triệu ca" had been answered: "bao nhiêu ca mắc mới mỗi ngày" was not read as
    # asking a figure per day, since words stand between "bao nhiêu" and "mỗi ngày"
    question = "Tỉnh Bình Sơn có khoảng bao nhiêu ca mắc mới mỗi ngày?"
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Tỉnh Bình Sơn có khoảng bao nhiêu ca mắc mới mỗi ngày?", "hơn 1.400 ca mắc"),
    ("Việt Nam có khoảng bao nhiêu ca mắc mới mỗi ngày?", None),
    ("Việt Nam có bao nhiêu ca mắc?", "gần 15 triệu ca mắc"),
])
def test_a_figure_another_place_has_is_no_answer_about_the_place_asked(tmp_path, question, expected):
    # "hơn 1.400 ca mắc" had been answered for Việt Nam: the province's figure, in a clause that
    # names the province and not the country
    text = ("Đến nay Việt Nam đã ghi nhận gần 15 triệu ca mắc. "
            "Tỉnh Bình Sơn ghi nhận trung bình hơn 1.400 ca mắc mới mỗi ngày.")
    assert ask_article(tmp_path, text, question).answer == expected



def test_a_figure_is_described_by_a_word_of_two_syllables_whole(tmp_path):
    # "5 người" (hurt) had been answered: "tử vong" was the 8th word after "2 người", one too far
    text = ("Vụ tai nạn xe khách khiến 5 người bị thương nghiêm trọng, được người dân đưa vào bệnh viện cấp "
            "cứu, 2 người trong số đó đã tử vong.")
    question = "Bao nhiêu người tử vong trong vụ tai nạn xe khách?"
    assert ask_article(tmp_path, text, question).answer == "2 người"


def test_a_time_told_from_the_day_of_writing_answers_when(tmp_path):
    # "Sáng 1/11" had been answered: the day of the interview, not since when the line stood
    text = ("Sáng 1/11, ông Lê Văn Ba, Giám đốc Điện lực huyện Tân Phú, cho biết đường dây điện 22KV bị cắt "
            "đứt. Đường dây điện 22KV đi ngang vườn nhà bà H. đã có từ cách đây 20 năm.")
    assert ask_article(tmp_path, text, "Đường dây điện 22KV có từ bao giờ?").answer == "từ cách đây 20 năm"


@pytest.mark.parametrize("question, expected", [
    ("Ngành y tế có bao nhiêu người hợp đồng?", "hơn 400 người"),
    ("Ngành giáo dục còn bao nhiêu người hợp đồng lao động?", "khoảng 1.500 người hợp đồng lao động"),
    ("Ngành xây dựng có bao nhiêu người hợp đồng?", None),
])
def test_a_figure_another_of_the_same_kind_has_is_no_answer(tmp_path, question, expected):
    # "khoảng 1.500 người hợp đồng lao động" had been answered for the health sector: it shares
    # more words with the question, but its clause names another sector
    text = ("Cụ thể ngành giáo dục còn khoảng 1.500 người hợp đồng lao động chiếm 30,8%, ngành y tế "
            "có hơn 400 người.")
    assert ask_article(tmp_path, text, question).answer == expected

def test_a_people_named_by_a_party_keeps_the_lower_case_half_of_its_name(tmp_path):
    # "người Cộng" had been answered: the name ended at the first lower-case syllable
    text = "Những người Cộng sản vẫn là nhóm lớn nhất trong hội đồng thành phố Tân Phú."
    answer = ask_article(tmp_path, text, "Nhóm lớn nhất trong hội đồng thành phố Tân Phú là những ai?").answer
    assert answer == "người Cộng sản"


@pytest.mark.parametrize("question", ["Dự án nào giúp hơn 3.000 hộ dân ở Tân Phú đi lại thuận tiện?",
                                      "du an nao giup hon 3.000 ho dan o Tan Phu di lai thuan tien"])
def test_the_thing_asked_is_told_in_the_sentence_before_one_pointing_back(tmp_path, question):
    # "hoàn thành vào cuối năm 2021" had been answered: "Dự án này ..." restates the question,
    # and which project it is, the sentence before tells
    text = ("Năm 2019, huyện Tân Phú khởi công tuyến đường ven sông Đồng Nai dài 12 km. "
            "Dự án này được hoàn thành vào cuối năm 2021, giúp hơn 3.000 hộ dân đi lại thuận tiện.")
    answer = ask_article(tmp_path, text, question)
    assert "tuyến đường ven sông Đồng Nai" in answer.answer
    assert answer.evidence.startswith("Năm 2019") and "Dự án này" in answer.evidence


def test_a_demonstrative_late_in_the_sentence_points_inside_it(tmp_path):
    text = ("Năm 2020, huyện Tân Phú mở lớp dạy nghề dệt thổ cẩm. "
            "Huyện có ba làng nghề là Phú Lâm, Phú Bình và Phú Thạnh; những làng nghề này thu hút nhiều du khách.")
    answer = ask_article(tmp_path, text, "Những làng nghề nào thu hút nhiều du khách ở Tân Phú?").answer
    assert "Phú Lâm" in answer


@pytest.mark.parametrize("text, question, expected", [
    # a capitalised word is the name's own, though it spells a verb ("Phát"), and "và" before a
    # capitalised word joins two fields of one name: "Ủy ban" alone had been answered
    ("Ủy ban Phát thanh-Truyền hình và Viễn thông Đồng Nai quy định về quảng cáo trên sóng phát thanh.",
     "Cơ quan nào quy định về quảng cáo trên sóng phát thanh ở Đồng Nai?",
     "Ủy ban Phát thanh-Truyền hình và Viễn thông Đồng Nai"),
    # the name ends at its province when the sentence goes on in lower case ("... Đồng Nai quy định")
    ("Sở Y tế Đồng Nai quy định về giá khám bệnh tại các trạm y tế xã.",
     "Cơ quan nào quy định về giá khám bệnh?", "Sở Y tế Đồng Nai"),
    # the question's verb right after a capitalised word ends the name: "... Đảng điều động" had been answered
    ("Ông Trần Văn Ba được Ban Bí thư Trung ương Đảng điều động về làm Phó trưởng ban.",
     "Ông Trần Văn Ba được cơ quan nào điều động?", "Ban Bí thư Trung ương Đảng"),
    # the words bringing in a person are not the organisation's: "Bộ Chính trị do đồng chí" had been answered
    ("Đoàn giám sát thực hiện Kết luận số 120 của Bộ Chính trị do đồng chí Lê Thị Hoa làm Trưởng đoàn.",
     "Kết luận số 120 là của cơ quan nào?", "Bộ Chính trị"),
    # an inspectorate is an organisation: the province's council, named beside it, had been answered
    ("Chủ tịch UBND tỉnh Bình Sơn thông báo Thanh tra Chính phủ sẽ vào làm việc với tỉnh về đất tái định cư.",
     "Cơ quan nào sẽ vào làm việc với tỉnh Bình Sơn?", "Thanh tra Chính phủ"),
    # a long name whole: "... Vật liệu xây dựng và Xây" had been answered (eight words at most)
    ("Sai sót tập trung ở Công ty cổ phần Vật liệu xây dựng và Xây lắp kinh doanh nhà Bình Sơn với hơn 1.300 lô.",
     "Công ty nào có hơn 1.300 lô đất?", "Công ty cổ phần Vật liệu xây dựng và Xây lắp kinh doanh nhà Bình Sơn"),
    # the body it belongs to is not part of its name
    ("Ban Quản lý dịch bệnh tỉnh Bình Sơn được lập trên cơ sở tổ chức lại Trung tâm Kiểm soát bệnh tật "
     "trực thuộc Sở Y tế và một số phòng của Sở Nông nghiệp.",
     "Ban Quản lý dịch bệnh tỉnh Bình Sơn được lập trên cơ sở đơn vị nào?", "Trung tâm Kiểm soát bệnh tật"),
])
def test_an_organisation_is_named_whole_and_no_further(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


_AIRPORT = ("Thủ tướng yêu cầu Bộ Giao thông khẩn trương đẩy nhanh dự án sân bay Tân Phú. Ngân hàng Phát triển "
            "Việt Nam cho vay 500 tỷ đồng để xây nhà ga.")


@pytest.mark.parametrize("question, expected", [
    ("Ngân hàng nào cho vay để xây nhà ga sân bay Tân Phú?", "Ngân hàng Phát triển Việt Nam"),
    # a ministry is no bank, no hospital, no company: "Bộ Giao thông khẩn trương" had been answered
    ("Ngân hàng nào được giao đẩy nhanh dự án sân bay Tân Phú?", None),
    ("Bệnh viện nào được giao đẩy nhanh dự án sân bay Tân Phú?", None),
])
def test_a_kind_of_body_asked_is_answered_by_a_body_of_that_kind_or_not_at_all(tmp_path, question, expected):
    assert ask_article(tmp_path, _AIRPORT, question).answer == expected


def test_a_company_asked_is_never_a_ministry(tmp_path):
    answer = ask_article(tmp_path, _AIRPORT, "Công ty nào được giao đẩy nhanh dự án sân bay Tân Phú?").answer
    assert not (answer or "").startswith("Bộ Giao thông")


def test_a_name_given_after_a_word_of_the_question_spelled_as_typed(tmp_path):
    question = "Hệ thống định vị vệ tinh riêng của Hàn Quốc tên là gì?"
    named = "Hàn Quốc đang phát triển hệ thống định vị vệ tinh riêng KPS."
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert ask_article(tmp_path / "a", named, question).answer == "KPS"
    # "Quảng Nam" had been answered: "tỉnh" folds like the "tinh" of "vệ tinh"
    unnamed = "Những ngày văn hóa Hàn Quốc được tổ chức tại tỉnh Quảng Nam."
    assert "Quảng Nam" not in (ask_article(tmp_path / "b", unnamed, question).answer or "")


@pytest.mark.parametrize("text, question, expected", [
    # "3 Phó Chủ" had been answered: a unit is read as two words, and the noun asked has three
    ("Sáng 5/4, HĐND tỉnh Bình Sơn bầu 3 Phó Chủ tịch UBND tỉnh.",
     "HĐND tỉnh Bình Sơn bầu bao nhiêu Phó Chủ tịch UBND tỉnh?", "3 Phó Chủ tịch"),
    ("Từ năm 2010 đến nay, huyện Tân Phú ghi nhận 8 cuộc xung đột đất đai lớn.",
     "Huyện Tân Phú ghi nhận mấy cuộc xung đột đất đai lớn?", "8 cuộc xung đột đất đai lớn"),
])
def test_a_count_ends_with_the_whole_noun_asked(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Huyện Tân Phú ghi nhận bao nhiêu ca tử vong do sốt xuất huyết?",
                                      "Huyen Tan Phu ghi nhan bao nhieu ca tu vong do sot xuat huyet?"])
def test_deaths_typed_without_marks_are_no_cases_of_illness(tmp_path, question):
    # "12 ca" had been answered without marks: "tu" of "tu vong" read as "từ" ended the unit at "ca"
    text = "Năm 2023, huyện Tân Phú ghi nhận 12 ca bệnh sốt xuất huyết, tăng 3 ca so với năm trước."
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", ["Ban Thường vụ Tỉnh ủy quyết định xử lý ông Trần Văn Ba bằng hình thức gì?",
                                      "Ban Thuong vu Tinh uy quyet dinh xu ly ong Tran Van Ba bang hinh thuc gi?"])
def test_a_measure_another_body_decided_is_no_answer_about_the_body_asked(tmp_path, question):
    # "cảnh cáo" had been answered: the province's chairman decided it, for his office
    text = ("Chủ tịch UBND tỉnh Bình Sơn ra quyết định kỷ luật bằng hình thức cảnh cáo đối với ông Trần Văn Ba. "
            "Trước đó, Ban Thường vụ Tỉnh ủy đã quyết định cách chức ông Trần Văn Ba.")
    assert ask_article(tmp_path, text, question).answer == "cách chức"


@pytest.mark.parametrize("question", ["Liên hiệp các Hội Khoa học tỉnh Bình Sơn ký kết hợp tác với ai?",
                                      "Lien hiep cac Hoi Khoa hoc tinh Binh Son ky ket hop tac voi ai?"])
def test_a_bracket_naming_the_thing_asked_again_is_no_answer(tmp_path, question):
    # "Science" had been answered: the English name in brackets is the union's own
    text = ("Năm 2023, Liên hiệp các Hội Khoa học tỉnh Bình Sơn (Binh Son Union of Science) "
            "ký kết hợp tác với Giáo sư Nguyễn Văn Hòa.")
    assert ask_article(tmp_path, text, question).answer == "Nguyễn Văn Hòa"


@pytest.mark.parametrize("question", ["Ông Trần Văn Minh bị giam ở đâu?", "Ong Tran Van Minh bi giam o dau?"])
def test_a_place_keeps_the_place_it_is_near(tmp_path, question):
    # "Chí Hòa" alone had been answered; the reader is told where it is too
    text = "Năm 1975, ông Trần Văn Minh bị giam tại Chí Hòa gần Chợ Lớn. Sau đó ông về quê."
    assert ask_article(tmp_path, text, question).answer == "Chí Hòa gần Chợ Lớn"


@pytest.mark.parametrize("question", ["Dân số người Khmer ở tỉnh Bình Sơn là bao nhiêu?",
                                      "Dan so nguoi Khmer o tinh Binh Son la bao nhieu?"])
def test_how_many_people_is_a_count_not_their_share(tmp_path, question):
    # "12,5%" had been answered: a share of the residents is not how many they are
    text = "Năm 2023, người Khmer chiếm 12,5% cư dân tỉnh Bình Sơn, với khoảng 150.000 người."
    assert ask_article(tmp_path, text, question).answer == "khoảng 150.000 người"


@pytest.mark.parametrize("question", ["Dân số người Khmer ở tỉnh Bình Sơn là bao nhiêu?",
                                      "Số người Khmer ở tỉnh Bình Sơn là bao nhiêu?"])
def test_how_many_people_is_not_answered_by_their_share_alone(tmp_path, question):
    text = "Năm 2023, người Khmer chiếm 12,5% cư dân tỉnh Bình Sơn."
    assert ask_article(tmp_path, text, question).answer is None


def test_income_is_money_not_the_population_it_is_shared_by(tmp_path):
    text = "Năm 2023, thu nhập bình quân đầu người của tỉnh Bình Sơn đạt 2.500 USD, trên tổng dân số 1,2 triệu người."
    assert ask_article(tmp_path, text, "Thu nhập bình quân trên tổng dân số tỉnh Bình Sơn là bao nhiêu?").answer == "2.500 USD"


@pytest.mark.parametrize("question", ["Hộ nghèo chiếm bao nhiêu phần trăm số hộ ở huyện Tân Phú?",
                                      "Ho ngheo chiem bao nhieu phan tram so ho o huyen Tan Phu?"])
def test_a_range_of_percentages_is_one_figure(tmp_path, question):
    # nothing had been answered: "15-20%" was read as "khoảng 15" and a stray "-20%"
    text = "Theo khảo sát năm 2023, hộ nghèo chiếm khoảng 15-20% số hộ ở huyện Tân Phú."
    assert ask_article(tmp_path, text, question).answer == "khoảng 15-20%"


@pytest.mark.parametrize("question, expected", [
    ("UBND tỉnh Bình Sơn quyết định giải thể Trường THPT Tân Phú ngày nào?", None),
    ("UBND tinh Binh Son quyet dinh giai the Truong THPT Tan Phu ngay nao?", None),
    ("UBND tỉnh Bình Sơn quyết định thành lập Trường THPT Tân Phú ngày nào?", "Ngày 24/3/2021"),
])
def test_the_day_of_the_opposite_deed_is_no_answer(tmp_path, question, expected):
    # the founding day had been given for the day the school was dissolved
    text = ("Ngày 24/3/2021, UBND tỉnh Bình Sơn có Quyết định thành lập Trường THPT Tân Phú. "
            "Trường tuyển sinh từ năm học 2021-2022.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Năm 2023, số hộ nghèo của huyện Tân Phú tăng bao nhiêu hộ?", None),
    ("Năm 2023, số hộ nghèo của huyện Tân Phú giảm bao nhiêu hộ?", "320 hộ"),
])
def test_a_fall_does_not_answer_how_much_it_rose(tmp_path, question, expected):
    text = "Năm 2023, số hộ nghèo của huyện Tân Phú giảm 320 hộ so với năm 2022."
    assert ask_article(tmp_path, text, question).answer == expected


_OFFICIAL = ("Ông Trần Văn Minh, Phó Giám đốc Sở Y tế tỉnh Bình Sơn, cho biết năm 2021 tỉnh có 12 bệnh viện "
             "và bà Lê Thị Hoa phụ trách Bệnh viện Đa khoa tỉnh.")


@pytest.mark.parametrize("question", ["Ông Trần Văn Minh sinh năm nào?", "Ong Tran Van Minh sinh nam nao?",
                                      "Ông Trần Văn Minh vợ là ai?"])
def test_what_no_sentence_tells_of_the_person_asked_gets_no_answer(tmp_path, question):
    # "năm 2021" had been given as his year of birth, "Lê Thị Hoa" as his wife: the sentence
    # names him, but says nothing of his birth or his wife
    assert ask_article(tmp_path, _OFFICIAL, question).answer is None


_POET = "Nhà thơ Lê Văn Tâm sinh năm 1930 tại xã Tân Phú, huyện Sơn Hà. Ông qua đời ngày 12/5/2001 tại Hà Nội."


@pytest.mark.parametrize("question", ["Lê Văn Tâm mất năm nào?", "Ông Lê Văn Tâm chết khi nào?",
                                      "Lê Văn Tâm qua đời năm nào?"])
def test_a_death_asked_in_other_words_than_the_articles_is_answered(tmp_path, question):
    # "mất", "chết" asked, "qua đời" told: no answer had been given
    assert ask_article(tmp_path, _POET, question).answer == "ngày 12/5/2001"


@pytest.mark.parametrize("text, question, expected", [
    # a date of another event had been answered: "Tối 29/4" for when the case was born
    ("Tối 29/4, phường Tân Phú phong tỏa một khu nhà. Ca nghi nhiễm là nam giới, sinh năm 1993, đang ở nhà "
     "người thân tại phường Tân Phú.", "Ca nghi nhiễm ở phường Tân Phú sinh năm nào?", "năm 1993"),
    ("Tối 29/4, phường Tân Phú phong tỏa một khu nhà có ca nghi nhiễm.", "Ca nghi nhiễm ở phường Tân Phú sinh năm nào?",
     None),
    # "học sinh" (pupils) is no birth: "Sáng 2/11" had been answered
    ("Sáng 2/11, học sinh xã Tân Phú đi học trở lại. Ông Lê Văn Ba, Chủ tịch UBND xã, cho biết trường đã sửa xong.",
     "Ông Lê Văn Ba sinh năm nào?", None),
    # a lifespan in brackets tells both
    ("Bác sĩ Lê Văn Tâm (1924-2005) từng làm việc tại Bệnh viện Tân Phú.", "Bác sĩ Lê Văn Tâm mất năm nào?", "2005"),
])
def test_when_or_where_someone_was_born_or_died_is_told_only_by_a_sentence_telling_it(tmp_path, text, question,
                                                                                        expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("told, asked", [
    # "mất tích" (missing) shares its first word with "mất" (died): "Năm 1999" had been answered
    ("Năm 1999, ông Lê Văn Tâm bị mất tích ba ngày ở Sơn Hà.", "Lê Văn Tâm mất tích năm nào?"),
    # "có mặt" (was there) folds like "có mất"
    ("Năm 1999, ông Lê Văn Tâm có mặt tại lễ khánh thành cầu Sơn Hà.", "Lê Văn Tâm có mặt tại lễ nào?"),
    # the death of another: "Năm 1999" had been answered
    ("Năm 1999, sau cái chết của người bạn thân, ông Lê Văn Tâm trở lại Sơn Hà.", "Lê Văn Tâm trở lại Sơn Hà năm nào?"),
])
def test_missing_present_or_anothers_death_is_no_death(tmp_path, told, asked):
    text = "Nhà thơ Lê Văn Tâm sinh năm 1930 tại xã Tân Phú, huyện Sơn Hà. " + told
    assert ask_article(tmp_path, text, "Lê Văn Tâm mất năm nào?").answer is None
    assert ask_article(tmp_path, text, asked).answer is not None


@pytest.mark.parametrize("question, expected", [
    ("Ông Trần Văn Minh giữ chức vụ gì?", "Phó Giám đốc Sở Y tế tỉnh Bình Sơn"),
    ("Ông Trần Văn Minh cho biết tỉnh có bao nhiêu bệnh viện?", "12 bệnh viện"),
])
def test_what_the_sentence_tells_of_the_person_is_still_answered(tmp_path, question, expected):
    assert ask_article(tmp_path, _OFFICIAL, question).answer == expected


def test_the_person_asked_is_the_name_after_ong_though_its_family_name_is_a_word(tmp_path):
    # "Đoàn" is also a word (a delegation): the name had been read as "Ngọc Hải", no person's,
    # and "năm 2021" was given as his year of birth
    text = "Ông Đoàn Ngọc Hải, Giám đốc Sở Y tế tỉnh Bình Sơn, cho biết năm 2021 tỉnh có 12 bệnh viện."
    assert ask_article(tmp_path, text, "Ông Đoàn Ngọc Hải sinh năm nào?").answer is None


@pytest.mark.parametrize("question, expected", [
    ("Ông Trần Văn Minh tốt nghiệp trường nào?", None),
    ("Ông Trần Văn Minh vợ là ai?", None),
    ("Ông Trần Văn Minh đề nghị trường nào thực hiện tốt công tác phòng dịch?", "Trường Cao đẳng Y tế"),
])
def test_what_is_asked_of_the_person_is_read_whole_and_as_typed(tmp_path, question, expected):
    # the college had been given as his school ("tốt" of "thực hiện tốt"), and Võ Văn Tâm as
    # his wife ("Võ" is "vo", as "vợ" is, without diacritics)
    text = ("Ông Trần Văn Minh, Giám đốc Sở Y tế tỉnh Bình Sơn, đề nghị Trường Cao đẳng Y tế "
            "thực hiện tốt công tác phòng dịch cùng ông Võ Văn Tâm.")
    assert ask_article(tmp_path, text, question).answer == expected


_TWO_BIOGRAPHIES = ("Bà Nguyễn Thị Bích Ngọc sinh năm 1961, quê quán tại xã Đông Quang. Ông Lê Văn Đọc sinh năm 1959, "
                    "quê quán tại TP Hải Phòng. Ông Lê Văn Thanh, Chủ tịch UBND tỉnh Bình Sơn, tiếp ông Võ Văn Tâm.")


@pytest.mark.parametrize("question, expected", [
    # another woman's year: "Bích Ngọc" is not "Ngọc Bích"
    ("Bà Nguyễn Thị Ngọc Bích sinh năm nào?", None),
    # Lê Văn Đọc's year: the "thành" of "TP" (thành phố) is no "Thanh"
    ("Ông Lê Văn Thanh sinh năm nào?", None),
    # "vo" typed without marks is "vợ", not the "Võ" of another man's name
    ("Ong Le Van Thanh vo la ai?", None),
    ("Bà Nguyễn Thị Bích Ngọc sinh năm nào?", "năm 1961"),
    ("Ba Nguyen Thi Bich Ngoc sinh nam nao?", "năm 1961"),
])
def test_another_persons_biography_is_no_answer(tmp_path, question, expected):
    assert ask_article(tmp_path, _TWO_BIOGRAPHIES, question).answer == expected


@pytest.mark.parametrize("question", ["Ông Trần Văn Minh bao nhiêu tuổi?", "Ong Tran Van Minh bao nhieu tuoi?"])
def test_a_sentence_naming_nobody_is_of_the_person_last_named(tmp_path, question):
    # "62 tuổi" had been given as his age: the rule for everyone's retirement, after another man
    text = ("Sáng 5/4, tỉnh Bình Sơn tổ chức hội nghị cán bộ. Ông Trần Văn Minh, Giám đốc Sở Y tế tỉnh Bình Sơn, "
            "phát biểu khai mạc. Ông Lê Văn Tâm, Phó Giám đốc Sở, báo cáo kết quả. Theo quy định mới, cán bộ nam "
            "nghỉ hưu khi đủ 62 tuổi.")
    assert ask_article(tmp_path, text, question).answer is None


def test_a_list_in_an_article_about_one_person_is_theirs(tmp_path):
    text = ("Thành tích tiêu biểu của Nguyễn Văn Hải: - Giải nhất học sinh giỏi Toán cấp tỉnh Bình Sơn năm 2015. "
            "- Học bổng nghiên cứu sinh 20.000 USD mỗi năm.")
    question = "Nguyễn Văn Hải nhận học bổng nghiên cứu sinh bao nhiêu mỗi năm?"
    assert ask_article(tmp_path, text, question).answer == "20.000 USD"


_SIGNING = "Ngày 17/4/2023, Trường Cao đẳng Nghề Bình Sơn tổ chức lễ ký kết hợp tác với 150 doanh nghiệp."


@pytest.mark.parametrize("question, expected", [
    # the day of the signing had been given as the year it was founded, the firms as its capital
    ("Trường Cao đẳng Nghề Bình Sơn được thành lập năm nào?", None),
    ("Truong Cao dang Nghe Binh Son duoc thanh lap nam nao?", None),
    ("Trường Cao đẳng Nghề Bình Sơn có vốn điều lệ bao nhiêu?", None),
    ("Trường Cao đẳng Nghề Bình Sơn ký kết hợp tác khi nào?", "Ngày 17/4/2023"),
    # a word typed with the wrong tone is still the word asked
    ("Trường Cao đẳng Nghề Bình Sơn ký kết hợp tác với bao nhiêu doanh nghiếp?", "150 doanh nghiệp"),
])
def test_a_figure_or_date_of_a_thing_answers_only_what_its_sentence_tells(tmp_path, question, expected):
    assert ask_article(tmp_path, _SIGNING, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # where the signing took place had been given as the college's seat, the place's name as
    # its founder
    ("Trường Cao đẳng Nghề Bình Sơn có trụ sở ở đâu?", None),
    ("Truong Cao dang Nghe Binh Son co tru so o dau?", None),
    ("Trường Cao đẳng Nghề Bình Sơn do ai sáng lập?", None),
    ("Trường Cao đẳng Nghề Bình Sơn tổ chức lễ ký kết ở đâu?", "huyện Tân Phú"),
])
def test_a_place_or_person_of_a_thing_answers_only_what_its_sentence_tells(tmp_path, question, expected):
    text = ("Ngày 17/4/2023, Trường Cao đẳng Nghề Bình Sơn tổ chức lễ ký kết hợp tác với 150 doanh nghiệp "
            "tại huyện Tân Phú. Ông Lê Văn Tâm, Hiệu trưởng nhà trường, phát biểu tại buổi lễ.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the host of the signing had been given as the founder: the "do" of "do ai" is in any sentence
    ("Trường Cao đẳng Nghề Bình Sơn do ai sáng lập?", None),
    ("Truong Cao dang Nghe Binh Son do ai sang lap?", None),
    ("Lễ ký kết của Trường Cao đẳng Nghề Bình Sơn do ai chủ trì?", "Lê Văn Tâm"),
])
def test_a_function_word_of_the_question_is_nothing_asked(tmp_path, question, expected):
    text = ("Ngày 17/4/2023, Trường Cao đẳng Nghề Bình Sơn tổ chức lễ ký kết hợp tác với 150 doanh nghiệp "
            "do ông Lê Văn Tâm chủ trì.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # Bùi Văn Cường's home town had been given: the "Thăng" of "xã Thăng Long" passed for his name
    ("Ông Đặng Trọng Thăng quê ở đâu?", None),
    ("Ong Dang Trong Thang que o dau?", None),
    ("Ông Đặng Trọng Thăng cho biết tỉnh có bao nhiêu bệnh viện?", "12 bệnh viện"),
])
def test_a_given_name_inside_a_place_name_is_not_the_person(tmp_path, question, expected):
    text = ("Ông Bùi Văn Cường năm nay 54 tuổi, quê quán xã Thăng Long, huyện Kinh Môn, tỉnh Hải Dương. "
            "Ông Đặng Trọng Thăng, Phó Chủ tịch UBND tỉnh, dự lễ. Ông Thăng cho biết tỉnh có 12 bệnh viện.")
    assert ask_article(tmp_path, text, question).answer == expected


_CASES = "Ngày 2/5, tỉnh Bình Sơn ghi nhận 12 ca mắc mới, huyện Tân Phú có 3 ca. "


@pytest.mark.parametrize("text, question, expected", [
    # a sentence that names a district and its cases says nothing of the most: "huyện Tân Phú"
    # had been answered
    (_CASES, "Huyện nào có nhiều ca mắc nhất?", None),
    (_CASES, "Huyen nao co nhieu ca mac nhat?", None),
    # "ít nhất" (at least) says nothing of the most either
    ("Ngày 2/5, huyện Tân Phú ghi nhận ít nhất 3 ca mắc mới.", "Huyện nào có nhiều ca mắc nhất?", None),
    (_CASES + "Huyện Sơn Hà có số ca mắc cao nhất tỉnh với 5 ca.", "Huyện nào có nhiều ca mắc nhất?", "Huyện Sơn Hà"),
    # a sentence that is first by another measure says nothing of this one
    (_CASES + "Huyện Sơn Hà có tỷ lệ tiêm vắc xin thấp nhất tỉnh.", "Huyện nào có nhiều ca mắc nhất?", None),
    # "Nhật" of a name folds like "nhất": "Phạm Nhật Minh" had been the richest
    ("Ông Phạm Nhật Minh, Giám đốc Công ty Bình Sơn, có tài sản 6,7 tỷ USD.", "Ai là người giàu nhất tỉnh Bình Sơn?",
     None),
    # the role facts too: the holder of a role is not the youngest to hold it
    ("Đại biểu Quốc hội Lê Văn Tâm phát biểu tại hội nghị. Người trẻ nhất trúng cử năm nay là một cô giáo.",
     "Ai là người trẻ nhất trúng cử đại biểu Quốc hội?", None),
])
def test_who_or_what_is_first_by_a_measure_is_told_only_by_a_sentence_saying_so(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # "Hope" of "tàu Hope 11" had been answered: a ship, not who
    ("Ai lần đầu tiên cập cảng Bình Sơn?", "Peter Miller"),
    # "Oscar" of "lễ trao giải Oscar" had been answered, and "Hai" of "sáng thứ Hai" after it
    ("Ai trao giải sáng thứ Hai?", None),
])
def test_a_name_after_a_noun_for_things_is_nobody(tmp_path, question, expected):
    text = ("Năm 2023, kỹ sư Peter Miller cùng tàu Hope 11 lần đầu tiên cập cảng Bình Sơn. "
            "Sáng thứ Hai, lễ trao giải Oscar diễn ra.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the 2014 and 2016 winner had been given for 2018
    ("Ai vô địch giải cờ vua Cúp Sông Xanh 2018?", None),
    ("Ai vô địch giải cờ vua Cúp Sông Xanh 2016?", "Lê Văn Tâm"),
    ("Giải cờ vua Cúp Sông Xanh 2018 khai mạc ở đâu?", "huyện Tân Phú"),
])
def test_a_thing_numbered_otherwise_is_another(tmp_path, question, expected):
    text = ("Anh Lê Văn Tâm vô địch giải cờ vua Cúp Sông Xanh 2014, 2016. Giải cờ vua Cúp Sông Xanh 2018 khai mạc "
            "ngày 3/5 tại huyện Tân Phú.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text, question, expected", [
    # "Giang Lê Văn Phước" had been the name: the "Giang" of "An Giang" is a family name too
    ("Phó Chủ tịch UBND tỉnh An Giang Lê Văn Phước kiểm tra chốt kiểm dịch.", "Ai là Phó Chủ tịch UBND tỉnh An Giang?",
     "Lê Văn Phước"),
    # "Covid-19" had been who heads the department
    ("Người đứng đầu Sở Y tế cho biết sở đã hỗ trợ tỉnh Bình Sơn chống dịch Covid-19.",
     "Ai là người đứng đầu Sở Y tế tỉnh Bình Sơn?", None),
    # the woman elected to the office had been dropped as one the question names by it, and the
    # man dismissed given
    ("HĐND tỉnh Bình Sơn bầu bổ sung hai Phó Chủ tịch thay cho bà Nguyễn Thị Hoa đã được bầu làm Chủ tịch HĐND "
     "tỉnh và ông Trần Văn Nam đã được miễn nhiệm.", "Ai được bầu làm Chủ tịch HĐND tỉnh Bình Sơn?", "Nguyễn Thị Hoa"),
])
def test_who_is_named_is_read_whole_and_in_their_place(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Vụ cháy nhà xảy ra ở quận nào?", "vu chay nha xay ra o quan nao"])
def test_a_district_asked_is_answered_by_one(tmp_path, question):
    # "quận nào" had been read as "what", and no clause answered
    text = ("Lúc 17h45 ngày 2/5, căn nhà trên đường Lý Thường Kiệt (phường 11, quận Tân Bình) bất ngờ bốc cháy. "
            "Lực lượng cứu hỏa có mặt sau 10 phút.")
    assert ask_article(tmp_path, text, question).answer == "quận Tân Bình"


@pytest.mark.parametrize("text, expected", [
    # "phường Đống Đa" had been the province, and "Trường THPT Quang Trung" after it
    ("Khu đô thị mới thuộc phường Đống Đa, TP Quy Nhơn.", None),
    ("Trường THPT Quang Trung thuộc phường Đống Đa, TP Quy Nhơn.", None),
    ("TP Quy Nhơn thuộc tỉnh Bình Định.", "tỉnh Bình Định"),
])
def test_a_locality_of_another_level_is_no_answer(tmp_path, text, expected):
    assert ask_article(tmp_path, text, "TP Quy Nhơn thuộc tỉnh nào?").answer == expected


@pytest.mark.parametrize("text, expected", [
    # "2" of "cơ sở 2" had been the count: a number right after the noun names one
    ("Bệnh nhân được chuyển đến điều trị tại Bệnh viện Tân Phú cơ sở 2.", None),
    ("Số cơ sở của Bệnh viện Tân Phú hiện nay là 3.", "3"),
])
def test_a_number_after_the_noun_asked_names_one_and_counts_none(tmp_path, text, expected):
    assert ask_article(tmp_path, text, "Bệnh viện Tân Phú có bao nhiêu cơ sở?").answer == expected


@pytest.mark.parametrize("question, expected", [
    # "năm 2023" had answered when the 2024 exam takes place
    ("Kỳ thi chọn học sinh giỏi năm 2024 diễn ra khi nào?", None),
    ("Kỳ thi chọn học sinh giỏi 2023 diễn ra khi nào?", "ngày 12/3/2023"),
])
def test_a_date_of_another_year_than_asked_is_no_answer(tmp_path, question, expected):
    text = "Kỳ thi chọn học sinh giỏi năm 2023 diễn ra ngày 12/3/2023. Năm 2024, tỉnh dự kiến tăng số thí sinh."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text, expected", [
    # the model's age had been given as his
    ("Người mẫu 27 tuổi hẹn hò với cầu thủ Peter Miller từ năm 2020.", None),
    ("Tiền đạo 36 tuổi Peter Miller ghi bàn ở phút 90.", "36 tuổi"),
    ("Peter Miller, 36 tuổi, ghi bàn ở phút 90.", "36 tuổi"),
])
def test_an_age_after_a_noun_is_whose_the_noun_names(tmp_path, text, expected):
    assert ask_article(tmp_path, text, "Peter Miller bao nhiêu tuổi?").answer == expected


@pytest.mark.parametrize("question", ["Ai là Thủ tướng Nhật Bản?", "ai la thu tuong nhat ban"])
def test_japan_is_no_superlative(tmp_path, question):
    # "Nhật Bản" folds like "nhất bản": the Prime Minister had gone unanswered
    text = "Ngày 18/10, Thủ tướng Nhật Bản Suga Yoshihide thăm tỉnh Bình Sơn."
    assert ask_article(tmp_path, text, question).answer == "Suga Yoshihide"


@pytest.mark.parametrize("question, expected", [
    # "1.200 công nhân" had been the charter capital: "vốn điều lệ" asks a sum of money
    ("Công ty Tân Phú có vốn điều lệ bao nhiêu?", "50 tỷ đồng"),
    ("Cong ty Tan Phu co von dieu le bao nhieu?", "50 tỷ đồng"),
])
def test_a_companys_capital_is_a_sum(tmp_path, question, expected):
    text = "Công ty Tân Phú có 1.200 công nhân, vốn điều lệ 50 tỷ đồng."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text, expected", [
    # another firm's founding had been the department's: a name made of an institution's words
    # only ("Sở Công Thương") was no name the evidence had to hold
    ("Công ty thương mại Tân Phú được thành lập vào tháng 9/2011.", None),
    ("Sở Công Thương tỉnh Bình Sơn được thành lập năm 2008.", "năm 2008"),
])
@pytest.mark.parametrize("question", ["Sở Công Thương được thành lập năm nào?", "So Cong Thuong duoc thanh lap nam nao?"])
def test_a_body_named_by_its_kind_alone_must_be_in_the_article(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text, expected", [
    # another man's wife had been asked for: "Phạm Văn Quý" was answered
    ("Ông Phạm Văn Quý để vợ là bà Hoàng Thị Huệ đứng tên 8 thửa đất. Ông Lê Văn Tâm, Chủ tịch xã Tân Phú, "
     "cho biết sẽ kiểm tra.", None),
    ("Ông Lê Văn Tâm và vợ là bà Nguyễn Thị Hoa dự lễ khánh thành cầu Tân Phú.", "Nguyễn Thị Hoa"),
])
@pytest.mark.parametrize("question", ["Ông Lê Văn Tâm vợ là ai?", "Ong Le Van Tam vo la ai?"])
def test_who_is_asked_of_a_person_is_told_by_a_sentence_about_them(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the first "quê" of the sentence, the driver's, had been the passenger's home town too
    ("Anh Nguyễn Thanh Tùng quê ở đâu?", "Phú Yên"),
    ("Anh Trương Công Tiệp quê ở đâu?", "Khánh Hòa"),
])
def test_a_home_town_in_brackets_after_a_name_is_that_persons(tmp_path, question, expected):
    text = "Anh Trương Công Tiệp (SN 1990, quê Khánh Hòa) chở theo anh Nguyễn Thanh Tùng (SN 1992, quê Phú Yên)."
    assert ask_article(tmp_path, text, question).answer == expected


def test_enrolment_is_no_birth(tmp_path):
    # "năm 2020" of "tuyển sinh năm 2020" (enrolment) had been his year of birth
    text = "Ông Trần Văn Tân, Giám đốc Sở GD&ĐT, cho biết. Kết quả tuyển sinh năm 2020 của tỉnh đạt 90%."
    assert ask_article(tmp_path, text, "Ông Trần Văn Tân sinh năm nào?").answer is None


def test_a_clause_that_names_nothing_answers_no_which_country(tmp_path):
    # the whole clause had been the answer, though it names no country
    text = "Trận đấu được tổ chức ít ngày trước khi đội tuyển bước vào vòng loại cúp châu lục."
    assert ask_article(tmp_path, text, "Nước nào đăng cai vòng loại cúp châu lục?").answer is None


@pytest.mark.parametrize("text, question, expected", [
    # a document's number is no date: "12/2021" of "Công văn 12/2021/SGDĐT-KT" had been the day
    ("Sở GD&ĐT tỉnh Bình Sơn ban hành Công văn 12/2021/SGDĐT-KT ngày 28/4/2021 về tuyển sinh.",
     "Công văn về tuyển sinh được ban hành ngày nào?", "ngày 28/4/2021"),
    ("Quyết định số 86/2015/QĐ-UBND của tỉnh Bình Sơn quy định về học phí.",
     "Quyết định về học phí được ban hành ngày nào?", None),
    # "năm nào" asks a year: "Chiều 28/11" had been answered
    ("Chiều 28/11, đại biểu HĐND tỉnh Bình Sơn tiếp xúc cử tri huyện Tân Phú về Nghị quyết 54.",
     "Nghị quyết 54 được thông qua năm nào?", None),
    # "ngày nào" asks a day: "Năm 2021" had been answered
    ("Năm 2021, Hội đồng tuyển sinh tỉnh Bình Sơn bàn giao hồ sơ dự tuyển về các trường.",
     "Hội đồng tuyển sinh tỉnh Bình Sơn bàn giao hồ sơ dự tuyển ngày nào?", None),
    # "đến ngày nào" asks the day it ends: the day of the document had been answered
    ("Theo văn bản số 45-CV/TU ngày 27/4/2021, tỉnh Bình Sơn tạm dừng các lễ hội đường phố.",
     "Tỉnh Bình Sơn tạm dừng các lễ hội đường phố đến ngày nào?", None),
    ("Theo văn bản số 45-CV/TU ngày 27/4/2021, tỉnh Bình Sơn tạm dừng các lễ hội đường phố đến hết ngày 15/5.",
     "Tỉnh Bình Sơn tạm dừng các lễ hội đường phố đến ngày nào?", "ngày 15/5"),
])
def test_a_date_answers_only_as_the_question_asks_it(tmp_path, text, question, expected):
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text, question", [
    # "1/5" of "ngày 30/4 và 1/5" is a day, not a count of guests
    ("Lễ hội hoa Tân Phú dự kiến có số lượng khách tham gia lên đến 8.000 người trong 2 ngày 30/4 và 1/5.",
     "Lễ hội hoa Tân Phú dự kiến có bao nhiêu khách tham gia?"),
    # "năm" of "từ năm học" is "year", not five: "từ năm học" had been the fee
    ("Bắt đầu từ năm học 2022 - 2023, Trường Cao đẳng Bình Sơn sẽ tăng học phí theo lộ trình.",
     "Học phí năm học 2022-2023 của Trường Cao đẳng Bình Sơn là bao nhiêu?"),
    # "tổng mức đầu tư" asks money: "8" of the plot "8-2" had been answered
    ("Công ty Tân Phú tự bỏ chi phí xây hạ tầng tại 3 lô đất (8-2, 8-4 và D-1) ở khu đô thị mới.",
     "Tổng mức đầu tư hạ tầng 3 lô đất là bao nhiêu?"),
])
def test_a_day_a_year_or_a_label_is_no_figure_of_what_is_asked(tmp_path, text, question):
    assert ask_article(tmp_path, text, question).answer is None


def test_five_written_out_still_counts_what_the_question_names(tmp_path):
    text = "Tỉnh có 1/5 số hộ là hộ nghèo, và năm trường đạt chuẩn quốc gia."
    assert ask_article(tmp_path, text, "Tỉnh có bao nhiêu trường đạt chuẩn quốc gia?").answer == "năm trường đạt chuẩn quốc gia"


@pytest.mark.parametrize("question, expected", [
    # "<X> là bà Y" answers "<X> là ai?": the newspaper "Người Tân Phú" had been answered
    ("Con gái ông Lê Văn Tâm là ai?", "Lê Thị Hồng"),
    ("con gai ong Le Van Tam la ai", "Lê Thị Hồng"),
    # a son is asked, the sentence tells of a daughter
    ("Con trai ông Lê Văn Tâm là ai?", None),
])
def test_someones_kin_is_told_by_a_sentence_naming_that_kin(tmp_path, question, expected):
    text = "Theo tìm hiểu của PV Người Tân Phú, con gái ông Lê Văn Tâm là bà Lê Thị Hồng."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Vợ của doanh nhân Trần Văn Bảo là ai?", "vo cua doanh nhan Tran Van Bao la ai"])
def test_a_wife_is_not_answered_by_a_sentence_that_names_no_wife(tmp_path, question):
    # "Tân Phú" had been his wife
    text = 'Được biết đến với biệt danh "Vua cà phê của xứ Tân Phú", doanh nhân Trần Văn Bảo là người giàu nhất tỉnh.'
    assert ask_article(tmp_path, text, question).answer is None


def test_a_firm_named_after_a_role_is_not_who_holds_it(tmp_path):
    # "Binhson Group" had been the Tổng giám đốc of Sao Mai
    text = ("Ban giám khảo gồm ông Lê Văn Phú, Chủ tịch HĐQT Tập đoàn Sao Mai, ông Trần Văn Việt - "
            "Chủ tịch Hội đồng quản trị - Tổng giám đốc Binhson Group.")
    engine = engine_for(kb_with(tmp_path, {"id": "a1", "title": "Tin doanh nghiệp", "date": "2024-02-01", "text": text}))
    assert engine.ask("Ai là Tổng giám đốc tập đoàn Sao Mai?").answer is None
    assert engine.ask("Ai là Tổng giám đốc Binhson Group?").answer == "Trần Văn Việt"


def test_a_particle_between_capitalised_words_stays_in_the_name(tmp_path):
    # "Sport" of the newspaper "Corriere dello Sport" had been the agent
    text = ("Tờ Corriere dello Sport cho rằng Marco Rossi đang thông qua người đại diện của mình, siêu cò Luca Bianchi, "
            "liên hệ với CLB Bình Sơn.")
    assert ask_article(tmp_path, text, "Ai là người đại diện của Marco Rossi?").answer == "Luca Bianchi"


@pytest.mark.parametrize("question", ["Nhà khoa học nào cho rằng các khối đá ở chùa Tân Phú được đúc từ vữa vôi?",
                                      "Nha khoa hoc nao cho rang cac khoi da o chua Tan Phu duoc duc tu vua voi?"])
def test_a_person_asked_by_what_they_are_is_the_name_written_after_it(tmp_path, question):
    # the whole clause had been the answer
    text = ("Theo quan điểm của mình, nhà khoa học vật liệu người Pháp có tên Pierre Laurent tin rằng các khối đá ở "
            "chùa Tân Phú không được khai thác tại chỗ, mà được đúc từ vữa vôi.")
    assert ask_article(tmp_path, text, question).answer == "Pierre Laurent"


def test_cau_thu_nao_asks_for_a_player_by_name(tmp_path):
    text = "Phút 77, tiền vệ Lê Văn Hậu của CLB Bình Sơn nhận thẻ đỏ trực tiếp sau pha vào bóng với Trần Minh Đức."
    assert ask_article(tmp_path, text, "Cầu thủ nào của CLB Bình Sơn nhận thẻ đỏ?").answer == "Lê Văn Hậu"


def test_a_change_of_a_sum_asked_may_be_a_share(tmp_path):
    # once "học phí" asked money, "mức tăng học phí", told as a share, had gone unanswered
    text = "Nghị quyết 12 của HĐND tỉnh Bình Sơn quy định mức trần học phí, mức tăng học phí bình quân 8%/năm."
    assert ask_article(tmp_path, text, "Mức tăng học phí bình quân theo Nghị quyết 12 là bao nhiêu?").answer == "8%"


@pytest.mark.parametrize("question, expected", [
    # "không cần cách ly ... 7 ngày" had answered how long one must be isolated
    ("Du khách đến Tân Phú phải cách ly bao nhiêu ngày?", None),
    ("Du khách đến Tân Phú không cần cách ly bao nhiêu ngày?", "7 ngày"),
])
def test_a_figure_of_a_denied_deed_answers_only_the_denial(tmp_path, question, expected):
    text = ("Nếu kết quả xét nghiệm âm tính, du khách đến Tân Phú được tiếp tục hành trình mà không cần cách ly tại nhà "
            "trong 7 ngày.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_x_la_ai_is_answered_by_a_name_not_by_a_people(tmp_path):
    # "người Hàn Quốc" had been her husband
    text = ("Tháng 12/2020, nữ ca sĩ Lê Thu Trang xác nhận ly hôn người chồng thứ hai, nam diễn viên người Hàn Quốc - "
            "Park Ji-hoon.")
    assert ask_article(tmp_path, text, "Chồng thứ hai của ca sĩ Lê Thu Trang là ai?").answer == "Park Ji-hoon"


@pytest.mark.parametrize("question, expected", [
    # "20.000 tấn hành tím" had answered how many tonnes of rice
    ("Huyện Tân Phú còn tồn bao nhiêu tấn gạo?", None),
    ("Huyện Tân Phú còn tồn bao nhiêu tấn hành tím?", "hơn 20.000 tấn hành tím"),
    ("Đồn biên phòng Tân Phú kiểm soát bao nhiêu km đường biên giới?", "hơn 60km đường biên giới"),
])
def test_a_measure_of_another_thing_answers_no_measure_of_the_thing_asked(tmp_path, question, expected):
    text = ("Huyện Tân Phú còn tồn hơn 20.000 tấn hành tím, trị giá trên 300 tỷ đồng. "
            "Đồn biên phòng Tân Phú kiểm soát hơn 60km đường biên giới.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # Thành's office had been given for Thạnh: their names' match keys are one
    ("Ông Lê Văn Thạnh giữ chức vụ gì?", None),
    ("Lê Văn Thạnh là ai?", None),
    ("Ông Lê Văn Thành giữ chức vụ gì?", "Giám đốc Sở Xây dựng tỉnh Bình Sơn"),
    # a spelling no article prints is a slip, forgiven
    ("Ông Lê Văn Thãnh giữ chức vụ gì?", "Giám đốc Sở Xây dựng tỉnh Bình Sơn"),
])
def test_a_name_the_articles_print_as_typed_is_held_to_its_spelling(tmp_path, question, expected):
    text = "Ông Lê Văn Thành, Giám đốc Sở Xây dựng tỉnh Bình Sơn, chủ trì buổi lễ. Ông Lê Văn Thạnh dự lễ."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # he chairs Cencohomes.vn and is deputy at Cenco Land: he had been Cenco Land's chairman
    ("Ai là Chủ tịch HĐQT Cenco Land?", None),
    ("Ai là Phó Chủ tịch HĐQT Cenco Land?", "Trần Văn Hưng"),
    ("Ai là Chủ tịch HĐQT Cencohomes.vn?", "Trần Văn Hưng"),
])
def test_a_role_of_a_body_named_otherwise_is_not_the_role_asked(tmp_path, question, expected):
    text = ("Ông Trần Văn Hưng - Phó Chủ tịch HĐQT Cenco Land, Chủ tịch HĐQT Cencohomes.vn sẽ tiếp tục đồng hành "
            "cùng chương trình.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_name_spelt_unlike_a_function_word_keeps_that_word(tmp_path):
    # "Trọng" of "Trọng Hoàng" had been dropped as "trong" (in), so "Minh Hoàng" was him
    text = "Đến phút bù giờ, HLV Lê Văn Thắng tung thủ môn Văn Quang vào sân thay thủ thành Minh Hoàng."
    assert ask_article(tmp_path, text, "Ai vào sân thay Trọng Hoàng?").answer is None


def test_an_hour_before_a_date_is_no_count_of_days(tmp_path):
    # "0h ngày" of "0h ngày 8/10" had answered how many days
    text = "Theo đó, kể từ 0h ngày 8/10, tỉnh Bình Sơn sẽ mở cửa các điểm du lịch cho du khách."
    assert ask_article(tmp_path, text, "Du khách đến Bình Sơn phải cách ly bao nhiêu ngày?").answer is None


@pytest.mark.parametrize("question, expected", [
    # the opening day had been given for the closing one: it stands as near the question's words
    ("Kỳ họp thứ 9 bế mạc ngày nào?", "ngày 9/7"),
    ("Ky hop thu 9 be mac ngay nao?", "ngày 9/7"),
    ("Kỳ họp thứ 9 khai mạc ngày nào?", "ngày 6/7"),
])
def test_of_two_dates_the_one_by_the_deed_asked_answers(tmp_path, question, expected):
    text = "Kỳ họp thứ 9 HĐND tỉnh Bình Sơn khai mạc ngày 6/7 và bế mạc ngày 9/7."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Phim Sông Xanh thu được bao nhiêu tiền?", "Phim Song Xanh thu duoc bao nhieu tien?"])
def test_a_sum_after_con_so_in_a_clause_opened_by_voi_answers(tmp_path, question):
    # no answer had been given: "Với" was read as another doer of "thu" (of "doanh thu"), and
    # "số" of "con số" as the figure's unit
    text = ("Với doanh thu vượt qua con số 12 tỷ đồng chỉ sau 3 ngày công chiếu, phim Sông Xanh trở thành phim Việt "
            "có doanh thu mở màn cao nhất năm.")
    assert ask_article(tmp_path, text, question).answer == "12 tỷ đồng"


@pytest.mark.parametrize("question", ["Ai là Bí thư Quận ủy Tân Phú?", "ai la bi thu quan uy tan phu"])
def test_roles_go_on_past_a_committee_membership(tmp_path, question):
    # "Thành uỷ viên" between the name and the roles had ended them: nobody held the office
    text = "Đoàn đại biểu gồm bà Lê Thị Hoa, Thành uỷ viên, Bí thư quận uỷ Tân Phú; ông Trần Văn Nam, Phó Chủ tịch HĐND quận."
    assert ask_article(tmp_path, text, question).answer == "Lê Thị Hoa"


@pytest.mark.parametrize("question, expected", [
    ("Ai là Phó Viện trưởng BSUI?", "Lê Thị Hoa"),
    ("ai la pho vien truong bsui", "Lê Thị Hoa"),
    ("Ai là Phó Viện trưởng VUSI?", None),
])
def test_a_role_answers_for_the_organisations_short_name_in_brackets(tmp_path, question, expected):
    # the organisation had been read to end at "Quản lý" ("quận", a level): "BSUI" was another
    text = ("Theo bà Lê Thị Hoa - Phó Viện trưởng Viện Nghiên cứu Quản lý đô thị Bình Sơn (BSUI) - thành phố "
            "cần thêm công viên.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Giá bạc giao ngay tại châu Á sáng 26/4 là bao nhiêu?",
                                      "Gia bac giao ngay tai chau A sang 26/4 la bao nhieu?"])
def test_an_hour_of_the_clock_is_no_price(tmp_path, question):
    # "6h" of "lúc 6h40 sáng nay" had been given as the price
    text = "Trên thế giới, lúc 6h40 sáng nay 26/4, giá bạc giao ngay tại châu Á giảm 0,2 USD, giao dịch ở mức 25,8 USD/ounce."
    assert ask_article(tmp_path, text, question).answer == "25,8 USD"


def test_a_number_naming_a_stage_counts_nothing_after_it(tmp_path):
    # "1 gồm bồn" of "giai đoạn 1 gồm bồn chứa" had been given as the capacity
    text = "Kho chứa giai đoạn 1 gồm bồn chứa sức chứa 90.000 m3 và trạm bơm."
    assert ask_article(tmp_path, text, "Bồn chứa có sức chứa bao nhiêu?").answer == "90.000 m3"


@pytest.mark.parametrize("question, expected", [
    # the revenue had answered the profit, and the currency code "CNY" was no money
    ("Lợi nhuận ròng của Tập đoàn Sơn Hà năm 2023 là bao nhiêu?", "6,4 tỷ CNY"),
    ("Loi nhuan rong cua Tap doan Son Ha nam 2023 la bao nhieu?", "6,4 tỷ CNY"),
    ("Doanh thu của Tập đoàn Sơn Hà năm 2023 là bao nhiêu?", "89,1 tỷ CNY"),
    ("Vốn điều lệ của Tập đoàn Sơn Hà là bao nhiêu?", None),
])
def test_a_sum_is_the_figure_told_after_its_name(tmp_path, question, expected):
    text = "Doanh thu của Tập đoàn Sơn Hà năm 2023 đạt 89,1 tỷ CNY, tăng 3,8%, trong khi lợi nhuận ròng đạt 6,4 tỷ CNY, tăng 3,2%."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Lợi nhuận ròng của Tập đoàn Sơn Hà năm 2023 là bao nhiêu?",
                                      "Loi nhuan rong cua Tap doan Son Ha nam 2023 la bao nhieu?"])
def test_a_sum_names_only_the_figures_of_its_own_clause(tmp_path, question):
    # "lãi ròng" is no sum the engine knows by name: the profit had been read as more revenue
    text = "Doanh thu của Tập đoàn Sơn Hà năm 2023 đạt 89,1 tỷ đồng, lãi ròng 6,4 tỷ đồng."
    assert ask_article(tmp_path, text, question).answer == "6,4 tỷ đồng"


@pytest.mark.parametrize("question, expected", [
    ("Tính tới ngày 10/3, tổng số người dương tính cúm A ở Lào là bao nhiêu?", "4.350 người"),
    ("Tinh toi ngay 10/3, tong so nguoi duong tinh cum A o Lao la bao nhieu?", "4.350 người"),
    ("Tổng chỉ tiêu của Trường Cao đẳng Y tế Sông Lam là bao nhiêu?", "2.300"),
])
def test_a_figure_is_the_one_its_clause_heads_with_the_noun_asked(tmp_path, question, expected):
    # the day's new cases had answered the total, and the largest branch the whole intake
    text = ("Tính tới ngày 10/3, chính phủ Lào ghi nhận gần 300 trường hợp nhiễm cúm A mới trong ngày, nâng tổng "
            "số người dương tính lên 4.350 người.\n\nTrường Cao đẳng Y tế Sông Lam công bố phương án tuyển sinh. "
            "Tổng chỉ tiêu của 5 ngành năm nay là 2.300, trong đó ngành Điều dưỡng có nhiều chỉ tiêu nhất với "
            "800 chỉ tiêu.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Mùa khai thác yến sào ở đảo Hòn Mun bắt đầu từ tháng mấy?", "tháng 5"),
    ("Mua khai thac yen sao o dao Hon Mun bat dau tu thang may?", "tháng 5"),
    ("Mùa khai thác yến sào ở đảo Hòn Mun kết thúc vào tháng mấy?", "tháng 8"),
])
def test_a_figure_after_the_opposite_deed_answers_that_deed_not_the_one_asked(tmp_path, question, expected):
    # the month the season ends had answered when it begins
    text = "Mùa khai thác yến sào ở đảo Hòn Mun bắt đầu từ tháng 5 và kết thúc vào tháng 8 hằng năm."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Số hộ nghèo hiện nay của xã Tân Lập là bao nhiêu?", "khoảng 90 hộ"),
    ("So ho ngheo hien nay cua xa Tan Lap la bao nhieu?", "khoảng 90 hộ"),
    ("Số hộ nghèo của xã Tân Lập hồi năm 2015 là bao nhiêu?", "420 hộ"),
])
def test_a_figure_that_changed_is_answered_by_what_it_became(tmp_path, question, expected):
    # the count it fell from had answered for now, cut as "420 hộ hồi"
    text = ("Theo thống kê, số hộ nghèo của xã Tân Lập đã giảm từ 420 hộ hồi năm 2015 xuống còn khoảng 90 hộ "
            "như hiện nay.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Người dân phải ở lại điểm tiêm ít nhất bao lâu?", "30 phút"),
    ("Nguoi dan phai o lai diem tiem it nhat bao lau?", "30 phút"),
    ("Lễ hội hoa ban ở tỉnh Bình Sơn kéo dài bao lâu?", "từ 10 tháng 3 đến 15 tháng 3 năm 2024"),
    ("Sau bao lâu đoàn cứu hộ tìm thấy con tàu?", "hai tháng"),
    ("Ông Lê Văn Tâm có bao nhiêu năm làm giám đốc?", "12 năm"),
])
def test_how_long_is_answered_by_a_duration(tmp_path, question, expected):
    # "bao lâu" asked nothing the engine knew: a clause of the sentence had answered
    text = ("Các điểm tiêm gồm 3 trạm. Người dân phải ở lại điểm tiêm ít nhất 30 phút sau khi tiêm để theo dõi.\n\n"
            "Lễ hội hoa ban ở tỉnh Bình Sơn kéo dài từ 10 tháng 3 đến 15 tháng 3 năm 2024.\n\n"
            "Con tàu chìm năm 1998, và trong vòng hai tháng sau đó, đoàn cứu hộ tìm thấy con tàu.\n\n"
            "Ông Lê Văn Tâm có 12 năm kinh nghiệm làm giám đốc.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Nhiệt độ cơ thể lên tới bao nhiêu thì cần đưa trẻ đi khám?",
                                      "Nhiet do co the len toi bao nhieu thi can dua tre di kham?"])
def test_a_temperature_written_with_a_letter_o_is_a_temperature(tmp_path, question):
    text = "Nếu nhiệt độ cơ thể lên tới 39oC hoặc cao hơn thì cần đưa trẻ đi khám."
    assert ask_article(tmp_path, text, question).answer == "tới 39oC"


@pytest.mark.parametrize("question, expected", [
    ("ĐH Bách khoa Bình Sơn ưu tiên xét tuyển thẳng bao nhiêu trường chuyên?", None),
    ("DH Bach khoa Binh Son uu tien xet tuyen thang bao nhieu truong chuyen?", None),
    ("ĐH Công nghiệp Bình Sơn ưu tiên xét tuyển thẳng bao nhiêu trường chuyên?", "52 trường chuyên"),
    ("ĐH Sông Lam ưu tiên xét tuyển với bao nhiêu trường chuyên?", "40 trường chuyên"),
])
def test_a_university_named_by_its_initials_is_the_one_asked(tmp_path, question, expected):
    # "ĐH" had ended the name before "Bách khoa" (a common word here), so another university's
    # figure answered; and "ĐH" may be written "Đại học"
    text = ("Năm nay, 52 trường chuyên được ĐH Công nghiệp Bình Sơn ưu tiên xét tuyển thẳng.\n\n"
            "Thí sinh ở chợ Bách Hợp, phố Bách Tùng và làng Bách Cốc đều được ưu tiên.\n\n"
            "Đại học Sông Lam ưu tiên xét tuyển với 40 trường chuyên trên cả nước.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Nhiệt độ trên đỉnh núi Sông Lam xuống tới bao nhiêu?", "tới -30 ⁰C"),
    ("Nhiet do tren dinh nui Song Lam xuong toi bao nhieu?", "tới -30 ⁰C"),
    ("Đội Bình Sơn ghi được bao nhiêu bàn?", "12 bàn"),
])
def test_a_figure_in_brackets_after_one_of_the_same_measure_is_no_answer(tmp_path, question, expected):
    # the degrees Fahrenheit had answered (cut as "22 ⁰F"), and a part of the goals the whole
    text = ("Mùa đông, nhiệt độ trên đỉnh núi Sông Lam có lúc xuống tới -30 ⁰C (-22 ⁰F).\n\n"
            "Mùa này đội Bình Sơn mới ghi được 12 bàn (7 bàn trong số đó thuộc về tiền đạo Lê Minh).")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Lê Minh Anh đoạt Huy chương bạc Olympic Toán học năm nào?", None),
    ("Le Minh Anh doat Huy chuong bac Olympic Toan hoc nam nao?", None),
    ("Lê Minh Anh đoạt Huy chương đồng Olympic Toán học năm nào?", "năm 2022"),
])
def test_a_medal_of_another_grade_answers_nothing(tmp_path, question, expected):
    text = "Em Lê Minh Anh từng đoạt Huy chương đồng Olympic Toán học năm 2022 khi đang học lớp 11."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Cao tuyet Nam Cuc song o noi nhiet do xuong toi bao nhieu?",
                                      "Cáo tuyết Nam Cực sống ở nơi nhiệt độ xuống tới bao nhiêu?"])
def test_a_place_named_nam_cuc_is_no_title(tmp_path, question):
    # typed without diacritics "Nam Cuc" had been read as the title words "năm" and "cục"
    text = "Cáo tuyết Bắc Cực sống ở nơi nhiệt độ xuống tới -50 độ C. Năm nay Cục Kiểm lâm khảo sát rừng phía nam."
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", ["Khối u ở gan bệnh nhân L.V.T có kích thước bao nhiêu?",
                                      "Khoi u o gan benh nhan L.V.T co kich thuoc bao nhieu?"])
def test_a_size_is_answered_by_its_sides_not_by_an_age(tmp_path, question):
    # "52 tuổi" had been given as the size of the tumour
    text = ("Ngày 27/4, các bác sĩ vừa phẫu thuật cho bệnh nhân L.V.T (52 tuổi) bị u ở gan. Các bác sĩ phát hiện "
            "khối u vùng gan phải kích thước khoảng 4x5 cm, cứng.")
    assert ask_article(tmp_path, text, question).answer == "khoảng 4x5 cm"


@pytest.mark.parametrize("question, expected", [
    ("Chuỗi cà phê Sông Lam có bao nhiêu cửa hàng ở Huế?", None),
    ("Chuỗi cà phê Sông Lam có bao nhiêu cửa hàng ở Hà Nội?", "5 cửa hàng"),
])
def test_a_place_the_question_asks_about_is_one_the_article_names(tmp_path, question, expected):
    # the chain's whole count had answered for a city its article never names
    # (another article names Huế, so the word is known, and not rare)
    festival = tmp_path / "festival.jsonl"
    festival.write_text(json.dumps({
        "id": "fest", "title": "Lễ hội mùa xuân", "date": "2024-02-02",
        "text": "Lễ hội năm nay kéo dài 5 ngày. Du khách đến Huế đông hơn năm ngoái. Các khách sạn kín phòng. "
                "Giá vé máy bay tăng nhẹ. Nhiều đoàn nghệ thuật tham gia. Ban tổ chức chuẩn bị chu đáo. "
                "Đường phố được trang trí rực rỡ. Người dân vui vẻ đón khách."}, ensure_ascii=False) + "\n", encoding="utf-8")
    kb = kb_with(tmp_path, {"id": "shops", "title": "Chuỗi cà phê Sông Lam mở rộng", "date": "2024-02-01",
                            "text": "Sau 3 năm, chuỗi cà phê Sông Lam đã có 12 cửa hàng, trong đó 5 cửa hàng ở Hà Nội, "
                                    "4 cửa hàng ở Đà Nẵng và 3 cửa hàng ở Cần Thơ. Chuỗi dự kiến mở thêm quán mới."},
                 festival)
    assert engine_for(kb).ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Lễ hội hoa sen ở Hội An đón bao nhiêu du khách?", None),
    ("Le hoi hoa sen o Hoi An don bao nhieu du khach?", None),
    ("Lễ hội hoa sen ở Tân An đón bao nhiêu du khách?", "khoảng 12.000 du khách"),
])
def test_a_place_whose_first_word_also_opens_a_title_is_still_a_place(tmp_path, question, expected):
    # "Hội An" had been read as the title words "Hội" and "an" (of "Công an"), so the festival
    # of another town answered for it
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "other", "title": "Phố cổ đón khách", "date": "2024-02-02",
                                 "text": "Phố cổ Hội An đông khách dịp cuối tuần."}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    kb = kb_with(tmp_path, {"id": "lotus", "title": "Lễ hội hoa sen", "date": "2024-06-01",
                            "text": "Lễ hội hoa sen ở thành phố Tân An năm nay dự kiến đón khoảng 12.000 du khách."},
                 other)
    assert engine_for(kb).ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ai là nhà kinh tế trưởng tại Quỹ Sông Hồng?", None),
    ("Ai la nha kinh te truong tai Quy Song Hong?", None),
    ("Ai là nhà kinh tế trưởng tại Ngân hàng Sao Mai?", "Trần Thu Hà"),
    ("Ai là Đại sứ Thái Lan tại Việt Nam?", None),
    ("Ai la Dai su Thai Lan tai Viet Nam?", None),
    ("Ai là Đại sứ Việt Nam tại Thái Lan?", "Phan Chí Thành"),
])
def test_what_is_at_one_place_is_not_answered_by_what_is_at_another(tmp_path, question, expected):
    # the economist at another bank, and the ambassador of the other country, had answered
    text = ("Bà Trần Thu Hà, nhà kinh tế trưởng tại Ngân hàng Sao Mai, dự báo tăng trưởng năm nay đạt 6%. "
            "Ông Lê Minh Tuấn, chuyên gia tại Quỹ Sông Hồng, cũng cho rằng lạm phát sẽ giảm.\n\n"
            "Ngày 3/5, Đại sứ quán Việt Nam tại Thái Lan cho biết, Đại sứ Phan Chí Thành đã trình quốc thư.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Vợ Giám đốc Sở Xây dựng tỉnh Bình Sơn tên là gì?", "Lưu Thanh Mai"),
    ("Vợ của Giám đốc Sở Xây dựng tỉnh Bình Sơn là ai?", "Lưu Thanh Mai"),
    ("Con gái của Mira Santos tên là gì?", "Lina"),
    ("Con gai cua Mira Santos ten la gi?", "Lina"),
])
def test_a_kin_asked_is_the_name_set_beside_the_kin(tmp_path, question, expected):
    # the husband had been given as his own wife, and the daughter of a singer written by her
    # first name only was not found
    text = ("Cảnh sát muốn gặp bà Lưu Thanh Mai, vợ của Giám đốc Sở Xây dựng tỉnh Bình Sơn Hoàng Văn Dũng, sau vụ "
            "va chạm tại cửa hàng.\n\nCa sĩ Mira Santos sinh năm 1990 và kết hôn năm 2015. "
            "Cô con gái lớn của Mira, bé Lina, đã trở thành người mẫu nhí ăn khách.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ai là thị trưởng của San Vito?", "Marco Bellini"),
    ("Ai la thi truong cua San Vito?", "Marco Bellini"),
    ("Ai là nhà kinh tế trưởng tại Ngân hàng Sao Mai?", None),
    ("Ai là nhà kinh tế học tại Ngân hàng Sao Mai?", "Anna Weber"),
])
def test_a_foreign_name_after_ong_or_ba_opening_a_sentence_is_a_person(tmp_path, question, expected):
    # the mayor, named first in his sentence after "Ông", was nobody; and a woman described as
    # another kind of economist must not become the chief one
    text = ("Ông Marco Bellini, thị trưởng của thị trấn San Vito cho biết thị trấn sẽ bán 200 ngôi nhà cũ.\n\n"
            "Bà Anna Weber - một nhà kinh tế học tại Ngân hàng Sao Mai, cũng dự báo tăng trưởng sẽ chậm lại.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_hyphen_inside_a_word_ends_no_description(tmp_path):
    # "Covid-19" had cut the description after the name at "Covid", so it lacked the words after
    text = ("Marta Ruiz, phát ngôn viên của lực lượng chống Covid-19 của chính phủ Tây Ban Nha, cho biết nước này "
            "sẽ nới lỏng các biện pháp hạn chế.")
    question = "Ai là phát ngôn viên của lực lượng chống Covid-19 của chính phủ Tây Ban Nha?"
    assert ask_article(tmp_path, text, question).answer == "Marta Ruiz"


@pytest.mark.parametrize("question", ["Ai là Trưởng khoa Hồi sức tích cực Bệnh viện Nhi Sông Lam?",
                                      "Ai la Truong khoa Hoi suc tich cuc Benh vien Nhi Song Lam?"])
def test_the_head_of_a_ward_answers_for_the_hospital_of_the_article(tmp_path, question):
    text = ("Bé trai 4 tuổi được đưa vào Bệnh viện Nhi Sông Lam trong tình trạng khó thở. Các bác sĩ đã nội soi gắp "
            "đồng xu ra ngoài.\n\nBS Lê Văn Tâm, Trưởng khoa Hồi sức tích cực cho biết bé đã bình phục.")
    assert ask_article(tmp_path, text, question).answer == "Lê Văn Tâm"


def test_a_striker_asked_by_which_is_a_person_not_an_island(tmp_path):
    # "tiền đạo nào" folds like "tiền đảo nào" and had been read as a question of which island
    text = "Đội Sông Lam vừa chiêu mộ tiền đạo Lê Văn Hùng, cầu thủ sinh ra trên đảo Phú Quý."
    assert ask_article(tmp_path, text, "Đội Sông Lam vừa chiêu mộ tiền đạo nào?").answer == "Lê Văn Hùng"


@pytest.mark.parametrize("question", ["Nàng Mây là con gái của ai?", "Nang May la con gai cua ai?"])
def test_of_whom_is_answered_by_the_name_after_the_kin_and_cua(tmp_path, question):
    # "Mây chậm" (the subject's name, run into the next word) had answered whose daughter she is
    text = ("Theo truyền thuyết, nàng Mây là con gái của Thần Núi nhưng khác với nhiều chị em của mình, "
            "nàng Mây chậm chạp và có phần vụng về.")
    assert ask_article(tmp_path, text, question).answer == "Thần Núi"


@pytest.mark.parametrize("question, expected", [
    # the days running to a date had been read as the last day alone, and the date in brackets
    # had answered when the notice came out
    ("Kỳ họp thứ 12 của Ủy ban Kiểm tra tỉnh Bình Sơn diễn ra khi nào?", "từ 29 đến 31/5"),
    ("Ky hop thu 12 cua Uy ban Kiem tra tinh Binh Son dien ra khi nao?", "từ 29 đến 31/5"),
    ("Ủy ban Kiểm tra tỉnh Bình Sơn ra thông cáo ngày nào?", "Chiều 3/6"),
    ("Uy ban Kiem tra tinh Binh Son ra thong cao ngay nao?", "Chiều 3/6"),
])
def test_a_run_of_days_is_one_date_and_a_bracketed_date_dates_the_words_before_it(tmp_path, question, expected):
    text = "Chiều 3/6, Ủy ban Kiểm tra tỉnh Bình Sơn ra thông cáo về kỳ họp thứ 12 (từ 29 đến 31/5) do ông Lê Văn Phú chủ trì."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # a bare title in a sentence that names another club, a club written after "chủ tịch của"
    # and the club of the next name's role had each answered for a club the sentences never name
    ("Ai là Chủ tịch AC Mirano?", None),
    ("Ai la Chu tich AC Mirano?", None),
    ("Ai là Chủ tịch Real Madrona?", "Florento Pereira"),
    ("Ai là Chủ tịch Juventa?", "Andrei Agnello"),
])
def test_a_title_is_of_the_body_its_sentence_names(tmp_path, question, expected):
    text = ("Hai đội bóng Juventa và AC Mirano chưa rút lui khỏi giải. Riêng Chủ tịch Florento Pereira của Real "
            "Madrona còn là người đứng đầu giải đấu mới. Chủ tịch Juventa, Andrei Agnello thừa nhận giải không thể "
            "diễn ra như kế hoạch. Tôi không chắc Chủ tịch La Liga sẽ làm thế. Hai phó chủ tịch giải là Andrei "
            "Agnello (chủ tịch của Juventa) và Joe Glaze.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # a rise in visitors and their number had answered a price the article never gives
    ("Giá phòng khách sạn ở Bình Sơn dịp lễ là bao nhiêu?", None),
    ("Gia phong khach san o Binh Son dip le la bao nhieu?", None),
    ("Lượng khách đến Bình Sơn dịp lễ là bao nhiêu?", "khoảng 70-80 nghìn lượt"),
    # the floors of a building had answered how many people died
    ("Vụ cháy tòa nhà trên đường Sông Lam làm bao nhiêu người chết?", None),
    ("Vu chay toa nha tren duong Song Lam lam bao nhieu nguoi chet?", None),
])
def test_a_price_or_a_count_of_people_is_not_answered_by_another_figure(tmp_path, question, expected):
    text = ("Dịp lễ, lượng khách đến Bình Sơn tăng gần 40% so với năm trước, vào khoảng 70-80 nghìn lượt. "
            "Lửa bùng lên ở tầng 3 của tòa nhà 9 tầng trên đường Sông Lam tối 28/4.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the southern terminal's cost had answered for a northern one
    ("Tổng vốn của nhà ga phía bắc sân bay Sông Lam là bao nhiêu?", None),
    ("Tong von cua nha ga phia bac san bay Song Lam la bao nhieu?", None),
    ("Tổng vốn của nhà ga phía nam sân bay Sông Lam là bao nhiêu?", "khoảng 9.000 tỷ đồng"),
])
def test_a_figure_of_one_side_of_a_place_is_none_of_the_other_side(tmp_path, question, expected):
    text = ("Nhà ga mới sẽ được xây ở phía nam sân bay Sông Lam với tổng vốn khoảng 9.000 tỷ đồng. "
            "Đất phía bắc sân bay dành cho kho hàng và xưởng sửa chữa máy bay.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # "đến" between two counts in words had ended the first as a count of another thing
    ("Mỗi đêm có khoảng bao nhiêu chu kỳ ngủ?", "khoảng năm đến sáu chu kỳ ngủ"),
    ("Moi dem co khoang bao nhieu chu ky ngu?", "khoảng năm đến sáu chu kỳ ngủ"),
    # "không hút" after the figure, of those compared with, had denied it
    ("Người hút thuốc lá có nguy cơ mắc bệnh cao hơn bao nhiêu lần?", "hơn hai đến ba lần"),
])
def test_a_range_of_counts_in_words_answers_and_a_denial_after_it_does_not_deny_it(tmp_path, question, expected):
    text = ("Khi ngủ chúng ta trải qua nhiều giai đoạn. Có khoảng năm đến sáu chu kỳ ngủ mỗi đêm, tùy thuộc vào "
            "thời gian ngủ. Những người hút thuốc lá có nguy cơ mắc bệnh cao hơn hai đến ba lần so với người không hút.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # "231 trường hợp…" had been read as counting "hợp…", another noun, so 2019's figure was lost
    ("Năm 2019 tỉnh Bình Sơn có bao nhiêu trường hợp xây dựng trái phép?", "231 trường hợp"),
    ("Nam 2019 tinh Binh Son co bao nhieu truong hop xay dung trai phep?", "231 trường hợp"),
])
def test_a_figure_before_an_ellipsis_counts_what_it_names(tmp_path, question, expected):
    text = ("Công tác quản lý đất đai còn nhiều bất cập. Năm 2018 tỉnh Bình Sơn có 73 trường hợp nhưng "
            "năm 2019 có đến 231 trường hợp…")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the district named first in the sentence had answered for the other one, and for a third
    ("Sáu tháng đầu năm 2019 huyện Sông Lam có bao nhiêu trường hợp xây dựng trái phép?", "231 trường hợp"),
    ("Năm 2018 quận Bình Sơn có bao nhiêu trường hợp xây dựng trái phép?", "47 trường hợp"),
    ("Sáu tháng đầu năm 2019 huyện Tân Lập có bao nhiêu trường hợp xây dựng trái phép?", None),
])
def test_a_figure_after_another_district_is_not_the_one_asked(tmp_path, question, expected):
    text = ("Tình trạng xây dựng trái phép tăng mạnh. Quận Bình Sơn, năm 2018 có 47 trường hợp thì sáu tháng "
            "đầu năm 2019 có đến 118 trường hợp; huyện Sông Lam, năm 2018 có 73 trường hợp nhưng sáu tháng đầu "
            "năm 2019 có đến 231 trường hợp. Huyện Tân Lập đã ban hành nghị quyết chuyên đề.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the shops in one city had answered for the other, where the chain has only a service centre
    ("Chuỗi Sông Lam có bao nhiêu cửa hàng bán lẻ tại Đà Nẵng?", None),
    ("Chuoi Song Lam co bao nhieu cua hang ban le tai Da Nang?", None),
    ("Chuỗi Sông Lam có bao nhiêu cửa hàng bán lẻ tại Huế?", "12 cửa hàng bán lẻ"),
    ("Chuoi Song Lam co bao nhieu cua hang ban le tai Hue?", "12 cửa hàng bán lẻ"),
])
def test_a_figure_told_at_another_place_is_no_answer(tmp_path, question, expected):
    text = ("Chuỗi điện thoại Sông Lam mở rộng nhanh. Chuỗi có 12 cửa hàng bán lẻ tại Huế, một trung tâm "
            "bảo hành và một kho hàng tại Đà Nẵng.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.fixture
def two_wives_kb(tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "article-2", "title": "Lùm xùm ở bệnh viện huyện Sông Lam", "date": "2024-03-01",
                                 "text": "Vụ việc gây xôn xao dư luận. Ông Tâm còn giới thiệu với bạn bè là chồng "
                                         "của bà Sương, điều dưỡng của bệnh viện."}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    return kb_with(tmp_path, {"id": "article-1", "title": "Hàng bánh đúc bà Mận", "date": "2024-02-01",
                              "text": "Bà Mận bán bánh đúc ở chợ Sông Lam đã 30 năm. Quán nay do con trai bà "
                                      "là anh Lê Văn Tùng duy trì."}, other)


@pytest.mark.parametrize("question, expected", [
    # "Sương" had been given: the wife named after "chồng của" in another article, no "Mận" anywhere
    ("Chồng của bà Mận là ai?", None),
    ("Chong cua ba Man la ai?", None),
    ("Bà Mận bán bánh đúc ở chợ nào?", "chợ Sông Lam"),
])
def test_someone_called_by_one_name_must_be_in_the_article_and_whose_kin_is_no_answer(two_wives_kb, question, expected):
    assert engine_for(two_wives_kb).ask(question).answer == expected


@pytest.mark.parametrize("question", ["Chồng của bà Mai là ai?", "Chong cua ba Mai la ai?"])
def test_the_name_after_a_kin_is_whose_kin_not_the_kin(tmp_path, question):
    # "Lan" had been given as Mai's husband: she is the one "chồng của bà Lan" is the husband of
    text = ("Bà Mai bán bánh đúc ở chợ Sông Lam đã 30 năm. Ông Tâm còn giới thiệu với bạn bè là chồng của "
            "bà Lan, điều dưỡng của bệnh viện.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected", [
    # typed without diacritics, "Phu Quoc" had been read as title words ("Phủ", "Quốc"), so another
    # city's deputy chairman answered
    ("Pho Chu tich UBND TP Phu Quoc la ai?", None),
    ("Phó Chủ tịch UBND TP Phú Quốc là ai?", None),
    ("Pho Chu tich UBND TP Song Lam la ai?", "Lê Văn Tám"),
])
def test_a_place_typed_like_title_words_is_still_a_place(tmp_path, question, expected):
    text = ("Du khách đến Phú Quốc dịp lễ tăng mạnh. Ông Lê Văn Tám - Phó Chủ tịch UBND TP. Sông Lam, cho biết "
            "thành phố đã siết chặt phòng dịch.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Chị Lê Thị Hoa sinh năm nào?", "Chi Le Thi Hoa sinh nam nao?"])
def test_sn_before_a_year_is_the_year_of_birth(tmp_path, question):
    # "SN 1990" had told no birth: "sinh" was looked for as written
    text = ("Vụ việc xảy ra ở xã Bình Sơn. Theo phản ánh của chị Lê Thị Hoa (SN 1990, trú tại thôn Đông, "
            "xã Bình Sơn), con trai chị bị ngã tại lớp.")
    assert ask_article(tmp_path, text, question).answer == "1990"


@pytest.mark.parametrize("question, expected", [
    # "15.000 đồng/chiếc" had been given for how many were made: it is a price per piece
    ("Quán bánh giò bà Sen mỗi ngày làm được bao nhiêu chiếc?", None),
    ("Quan banh gio ba Sen moi ngay lam duoc bao nhieu chiec?", None),
    ("Bánh giò bà Sen giá bao nhiêu đồng một chiếc?", "15.000 đồng/chiếc"),
])
def test_what_a_rate_is_per_is_not_what_it_counts(tmp_path, question, expected):
    text = ("Quán bánh giò bà Sen ở phố Sông Lam mỗi ngày đều bán bánh với giá 15.000 đồng/chiếc. "
            "Vợ chồng chị làm từ sáng tới tối.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # a clause had answered: an address or a market is a place too
    ("Quán bún bà Sen ở đâu?", "số 12 ngõ Sông Lam"),
    ("Quan bun ba Sen o dau?", "số 12 ngõ Sông Lam"),
])
def test_an_address_answers_where(tmp_path, question, expected):
    text = ("Sau nhiều năm bán rong, bà Sen mở quán bún tại nhà tại số 12 ngõ Sông Lam. Chồng bà là ông Tư, "
            "ngày ngày gánh rau ra chợ Bình Sơn bán.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the driver's year of birth had been given for another man; the bracket had read as his name
    ("Anh Lê Văn Tám sinh năm nào?", "1990"),
    ("Ông Trần Lê Văn Tám sinh năm nào?", None),
    ("Anh Đỗ Văn Hùng sinh năm nào?", "2000"),
])
def test_a_year_of_birth_in_brackets_is_of_the_name_before_them(tmp_path, question, expected):
    text = ("Tai nạn xảy ra trên tỉnh lộ Bình Sơn. Vào đêm 25/4, anh Lê Văn Tám (SN 1990, quê Sông Lam) điều khiển "
            "xe máy chở theo anh Đỗ Văn Hùng (SN 2000) thì tông vào đuôi xe tải.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the league's twelve clubs had been given as France's: no article names France
    ("Pháp có bao nhiêu CLB tham dự giải hạng nhất?", None),
    ("Có bao nhiêu CLB tham dự giải hạng nhất?", "12 CLB tham dự giải hạng nhất"),
])
def test_a_country_of_one_word_the_question_asks_of_must_be_in_the_article(tmp_path, question, expected):
    text = "Giải hạng nhất năm nay rất hấp dẫn. Có 12 CLB tham dự giải hạng nhất, trong đó 5 CLB đến từ miền Trung."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Me cua chau Ty la ai?", "Mẹ của cháu Tý là ai?"])
def test_a_mothers_question_typed_plain_needs_the_kin_and_a_hamlet_is_nobody(tmp_path, question):
    # typed without diacritics, "mẹ" had not been read as the kin asked, and "Kim Sơn" of "thôn Kim
    # Sơn 1" (Kim is a family name) had been given as the mother
    text = ("Vụ việc xảy ra ở xã Bình Sơn. Cháu Tý học tại điểm trường trung tâm ở thôn Kim Sơn 1. "
            "Cháu Tý bị ngã khi ra chơi.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", ["Ai là người dạy cháu Tý?", "Ai la nguoi day chau Ty?"])
def test_a_name_after_the_kind_of_a_hamlet_is_a_place_not_a_person(tmp_path, question):
    # "Kim Sơn" of "thôn Kim Sơn" (Kim is a family name) had been given as a person
    text = "Vụ việc xảy ra ở xã Bình Sơn. Cháu Tý học tại điểm trường ở thôn Kim Sơn, nơi cô giáo dạy."
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected", [
    # a clause had answered "báo nào"; "nhà báo nào" asks a person
    ("Báo nào cho rằng cầu Bình Sơn là công trình ấn tượng?", "báo Tin Mới"),
    ("Bao nao cho rang cau Binh Son la cong trinh an tuong?", "báo Tin Mới"),
    ("Nhà báo nào cho rằng cầu Bình Sơn là công trình ấn tượng?", "Lê Văn Tâm"),
])
def test_a_newspaper_asked_is_answered_by_its_name(tmp_path, question, expected):
    text = ("Cầu Bình Sơn nhận về cả lời khen và chê. Tuy nhiên, báo Tin Mới lại cho rằng cầu Bình Sơn là "
            "công trình ấn tượng, theo bài của nhà báo Lê Văn Tâm.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Nhà ngoại cảm làm việc cho CIA tên là gì?",
                                      "Nha ngoai cam lam viec cho CIA ten la gi?"])
def test_a_name_asked_is_no_people_no_abbreviation_and_no_planet(tmp_path, question):
    # "người Sao Kim", "CIA cố" and "Sao Kim" had each been given as the psychic's name
    text = ("Nhà ngoại cảm mô tả người Sao Kim rất cao và gầy. Trong khi đó, đặc vụ CIA cố gắng hướng dẫn "
            "quá trình. Nhà ngoại cảm tuyên bố nhìn thấy các kim tự tháp trên Sao Kim.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question, expected", [
    # "cuối tháng 3" had been cut from "cuối tháng 3/2018", and the date had answered where
    ("Ông Tám kết hôn khi nào?", "cuối tháng 3/2018"),
    ("Ong Tam ket hon khi nao?", "cuối tháng 3/2018"),
    ("Ông Tám kết hôn với bà Sen ở đâu?", None),
])
def test_a_month_of_a_year_keeps_its_year_and_answers_when_not_where(tmp_path, question, expected):
    text = "Ông Tám là nhạc sĩ của tỉnh Bình Sơn. Ông Tám đã kết hôn với bà Sen cuối tháng 3/2018."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # 2019's figure had answered for 2018: it stands right before "năm 2018"
    ("Năm 2018 mẫu xe Sông Lam bán ra bao nhiêu chiếc?", "hơn 14.000 chiếc"),
    ("Nam 2018 mau xe Song Lam ban ra bao nhieu chiec?", "hơn 14.000 chiếc"),
    ("Năm 2019 mẫu xe Sông Lam bán ra bao nhiêu chiếc?", "trên 11.900 chiếc"),
])
def test_a_figure_is_of_the_year_written_before_it(tmp_path, question, expected):
    text = ("Doanh số mẫu xe Sông Lam giảm mạnh. Năm 2020, mẫu xe Sông Lam chỉ bán ra 5.400 chiếc, trong khi năm "
            "2019 doanh số bán ra đạt trên 11.900 chiếc, năm 2018 là hơn 14.000 chiếc.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the rivals' points had answered for a team the sentence never names
    ("Vĩnh Hòa có bao nhiêu điểm?", None),
    ("Vinh Hoa co bao nhieu diem?", None),
    ("Sông Lam có bao nhiêu điểm?", "74 điểm"),
])
def test_a_figure_of_a_sentence_naming_others_and_not_the_subject_is_theirs(tmp_path, question, expected):
    text = ("Vòng đấu thứ 30 đã kết thúc, Vĩnh Hòa thắng đậm 3-0. Sông Lam đứng thứ hai với 74 điểm. Hai đối thủ "
            "Bình Sơn và Tân Lập đá ít hơn 1 trận, bám đuổi phía sau với 71 và 70 điểm.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # another model's price had answered: its name, with its number, did not read as the doer
    ("Tân Lập có giá bao nhiêu?", None),
    ("Tan Lap co gia bao nhieu?", None),
])
def test_a_price_told_of_a_model_with_a_number_is_that_models(tmp_path, question, expected):
    text = ("Thị trường xe có nhiều mẫu mới như Tân Lập và Sông Lam 2. Tương tự, mẫu Sông Lam 2 chỉ có giá "
            "460 triệu đồng nhưng vẫn bán chậm.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # no answer had been given: the marriage names the spouse, either way round
    ("Vợ của Lê Hoàng là ai?", "Mai Anh"),
    ("Vo cua Le Hoang la ai?", "Mai Anh"),
    ("Chồng của Mai Anh là ai?", "Lê Hoàng"),
    # whose marriage a clause tells without naming her is no answer, nor the university named
    ("Chồng của bà Sương là ai?", None),
])
def test_a_wife_or_husband_is_named_by_the_marriage(tmp_path, question, expected):
    text = ("Nhạc sĩ Lê Hoàng đã kết hôn với ca sĩ Mai Anh cuối năm 2019. Bà Sương từng là giảng viên. Trong thời "
            "gian giảng dạy tại Đại học Sông Lam, bà gặp và kết hôn với tiến sĩ Trần Minh.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # "mấy giờ" had found no unit "giờ" in "17h00", and asked for a count
    ("Vụ cháy ở chợ Sông Lam xảy ra lúc mấy giờ?", "17h00"),
    ("Vu chay o cho Song Lam xay ra luc may gio?", "17h00"),
    ("Buổi lễ ở xã Bình Sơn bắt đầu lúc mấy giờ?", "7 giờ 30 sáng"),
])
def test_what_time_is_answered_by_a_time_of_day(tmp_path, question, expected):
    text = ("Vụ cháy ở chợ Sông Lam xảy ra lúc 17h00 ngày 20/4, sau 20 giờ học của các em. Buổi lễ ở xã Bình Sơn "
            "bắt đầu vào 7 giờ 30 sáng.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Tân Phú Mart có bao nhiêu cửa hàng?", "Tan Phu Mart co bao nhieu cua hang?"])
def test_a_place_the_sentence_names_is_no_other_subject(tmp_path, question):
    text = "Tân Phú Mart mở cửa hàng đầu tiên năm 2018. Sau 3 năm kinh doanh tại Bình Sơn, chuỗi đã có 12 cửa hàng."
    assert ask_article(tmp_path, text, question).answer == "12 cửa hàng"


@pytest.mark.parametrize("question", ["Ai mở tỷ số cho Bình Sơn?", "Ai mo ty so cho Binh Son?"])
def test_the_doer_is_the_name_right_before_the_verb_past_a_verb_of_manner(tmp_path, question):
    # the one who set the goal up had been given: two words stood between the scorer and "mở tỷ số"
    text = ("Trận đấu với Sông Lam diễn ra căng thẳng. Nguyễn Tuấn Anh kiến tạo để Lê Văn Toàn đánh đầu mở tỷ số "
            "1-0 cho Bình Sơn ở phút 78.")
    assert ask_article(tmp_path, text, question).answer == "Lê Văn Toàn"


@pytest.mark.parametrize("question", ["Bình Sơn thắng Sông Lam với tỷ số bao nhiêu?",
                                      "Binh Son thang Song Lam voi ty so bao nhieu?"])
def test_a_score_asked_as_ty_so_bao_nhieu_is_a_score(tmp_path, question):
    # "tỷ số bao nhiêu" had been read as "số bao nhiêu", a number a thing is known by
    text = "Vòng 12 giải hạng nhất có nhiều bất ngờ. Bình Sơn giành chiến thắng 2-0 chung cuộc trước Sông Lam."
    assert ask_article(tmp_path, text, question).answer == "2-0"


@pytest.mark.parametrize("question, expected", [
    # "2 nghìn tỷ" had lost its currency: a sum may carry two multipliers
    ("Tập đoàn Sông Lam vượt qua mốc giá trị bao nhiêu?", "2 nghìn tỷ USD"),
    ("Tap doan Song Lam vuot qua moc gia tri bao nhieu?", "2 nghìn tỷ USD"),
])
def test_a_sum_with_two_multipliers_keeps_its_currency(tmp_path, question, expected):
    text = "Sau gần 10 năm, Tập đoàn Sông Lam đã vượt qua mốc giá trị 2 nghìn tỷ USD."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # in the corpus, the commander in the Indo-Pacific had answered for Europe: "châu Âu" was no name
    # after "tại", so the question named no place to hold the sentence to
    ("Tư lệnh Bộ chỉ huy Mỹ tại châu Âu là ai?", True),
    ("Tu lenh Bo chi huy My tai chau Au la ai?", True),
    ("Tư lệnh Bộ chỉ huy Mỹ tại Thái Bình Dương là ai?", False),
])
def test_a_command_at_a_continent_is_not_one_at_another_region(question, expected):
    from bot.contrast import tells_of_another_at
    from bot.question import analyse
    from bot.text import aligned_tokens

    sentence = "Đô đốc Kevin Rhodes làm Tư lệnh Bộ chỉ huy Mỹ tại Thái Bình Dương từ ngày 30/4."
    keys = " ".join(t for t, _, _ in aligned_tokens(sentence))
    assert tells_of_another_at(analyse(question), keys) is expected


@pytest.mark.parametrize("question", ["Anh Le Van Tam dang video len mang xa hoi nao?",
                                      "Anh Lê Văn Tám đăng video lên mạng xã hội nào?"])
def test_which_social_network_typed_plain_asks_no_time(tmp_path, question):
    # typed without diacritics, "xa hoi nao" had been read as "hồi nào" (when): "ngày 19/4" answered
    text = "Câu chuyện gây xôn xao ở tỉnh Bình Sơn. Anh Lê Văn Tám đăng video lên mạng xã hội Zalo vào ngày 19/4."
    answer = ask_article(tmp_path, text, question).answer
    assert "Zalo" in answer and "19/4" not in answer


@pytest.mark.parametrize("question", ["Đô đốc Kevin Rhodes thay thế ai?", "Do doc Kevin Rhodes thay the ai?"])
def test_part_of_a_place_written_after_tai_is_nobody(tmp_path, question):
    # "Dương-Thái Bình Dương" (the hyphen made it read as a foreign name) had been given as a person
    text = ("Buổi lễ diễn ra trang trọng. Trong buổi lễ nhậm chức thay thế Đô đốc Mark Dalton làm Tư lệnh Bộ chỉ "
            "huy Mỹ tại Ấn Độ Dương-Thái Bình Dương ngày 30/4, Đô đốc Kevin Rhodes cho rằng hòa bình là nền tảng.")
    assert ask_article(tmp_path, text, question).answer == "Đô đốc Mark Dalton"


@pytest.mark.parametrize("question, expected", [
    # "của họ" had been read as another couple's wedding, and the date went unanswered
    ("Đám cưới của ông Lê Văn Bảo và bà Trần Thị Hạnh diễn ra khi nào?", "tháng 5/1990"),
    ("Dam cuoi cua ong Le Van Bao va ba Tran Thi Hanh dien ra khi nao?", "tháng 5/1990"),
    # "của ông <another name>" is still another's
    ("Ông Lê Văn Bảo qua đời năm nào?", None),
])
def test_a_deed_of_a_pronoun_is_of_the_people_spoken_of(tmp_path, question, expected):
    text = ("Ông Lê Văn Bảo là kỹ sư cầu đường ở tỉnh Bình Sơn. Năm 1988, ông gặp bà Trần Thị Hạnh tại Sông Lam. "
            "Đám cưới của họ diễn ra vào tháng 5/1990. Ông Bảo rất đau buồn trước cái chết của ông Hoàng Văn Tùng "
            "năm 2015.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the first figure of the unit had been given whatever it went on to count
    ("Uống nhiều rượu làm tăng bao nhiêu lần nguy cơ ung thư dạ dày?", "2 lần nguy cơ ung thư dạ dày"),
    ("Uong nhieu ruou lam tang bao nhieu lan nguy co ung thu da day?", "2 lần nguy cơ ung thư dạ dày"),
    ("Uống nhiều rượu làm tăng bao nhiêu lần nguy cơ ung thư phổi?", None),
    ("Vợ chồng ông Lê Văn Bảo có bao nhiêu người con?", "3 người con"),
    ("Vợ chồng ông Lê Văn Bảo có bao nhiêu người cháu?", None),
])
def test_a_count_goes_on_to_what_the_question_counts(tmp_path, question, expected):
    text = ("Theo bác sĩ ở tỉnh Bình Sơn, uống nhiều rượu làm tăng 1,5 lần nguy cơ ung thư gan;2 lần nguy cơ ung "
            "thư dạ dày. Vợ chồng ông Lê Văn Bảo có 3 người con. Hai người kết hôn năm 1990.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Học sinh Trường Sông Lam được đăng ký học bổ sung đến khi nào?",
                                      "Hoc sinh Truong Song Lam duoc dang ky hoc bo sung den khi nao?"])
def test_the_day_a_time_ends_may_follow_a_time_of_day(tmp_path, question):
    # "đến khi nào" took only a day right after "tới hết": "16h" in between lost it
    text = ("Ngày 2/4, Trường Sông Lam ra thông báo về việc cấp bằng. Học sinh được đăng ký học bổ sung tới hết 16h "
            "ngày 22/4/2021. Trường có 300 học sinh sống ở tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == "ngày 22/4/2021"


@pytest.mark.parametrize("question", ["Trung tâm nào cấp giấy chứng nhận cho học sinh Trường Sông Lam?",
                                      "Trung tam nao cap giay chung nhan cho hoc sinh Truong Song Lam?"])
def test_which_centre_is_answered_by_its_name_and_locality(tmp_path, question):
    # "Trung tâm nào" asked no body, and a clause of another sentence answered
    text = ("Sau khóa học, Trung tâm GDNN-GDTX huyện Hà Lam cấp giấy chứng nhận cho học sinh Trường Sông Lam. "
            "Giám đốc Sở Giáo dục tỉnh Bình Sơn phát biểu tại buổi lễ trao giấy chứng nhận cho học sinh.")
    assert ask_article(tmp_path, text, question).answer == "Trung tâm GDNN-GDTX huyện Hà Lam"


@pytest.mark.parametrize("question, expected", [
    # "Ứng dụng nào" had been answered by a clause that names no application
    ("Ứng dụng nào giúp thu nhỏ kích thước file ảnh?", "Photo Shrinker"),
    ("Ung dung nao giup thu nho kich thuoc file anh?", "Photo Shrinker"),
    ("Ứng dụng nào giúp tạo lịch học cho học sinh?", "ứng dụng Study Planner"),
])
def test_which_thing_is_answered_by_the_name_of_one_of_its_kind(tmp_path, question, expected):
    assert ask_article(tmp_path, _APPS_AND_SQUARES, question).answer == expected


_APPS_AND_SQUARES = (
    "Nén và thu nhỏ kích thước file ảnh sẽ giúp tiết kiệm bộ nhớ. Photo Shrinker là ứng dụng miễn phí, thu nhỏ kích "
    "thước file ảnh mà vẫn giữ chất lượng. Học sinh có thể tạo lịch học nhờ ứng dụng Study Planner. Thành phố Bình "
    "Sơn có quảng trường Sông Lam rộng 2 ha; quảng trường Hòa Bình có tượng đài.")


def test_a_list_of_things_of_the_kind_asked_is_for_the_clause_to_tell(tmp_path):
    # the first name of the list is not the one the question asks about
    answer = ask_article(tmp_path, _APPS_AND_SQUARES, "Quảng trường nào ở Bình Sơn có tượng đài?").answer
    assert "Hòa Bình" in answer


@pytest.mark.parametrize("question, expected", [
    # "Học viện Múa" was read as the names "Học" and "Múa", a word as common as "mua" (to buy),
    # and another school's figure answered
    ("Bao nhiêu học sinh Học viện Múa ra trường năm 2018?", None),
    ("Bao nhieu hoc sinh Hoc vien Mua ra truong nam 2018?", None),
    ("Bao nhiêu học sinh Học viện Nhạc ra trường năm 2018?", "120 học sinh"),
])
def test_an_institution_and_its_name_are_one_name(tmp_path, question, expected):
    text = ("Năm 2018, Học viện Nhạc tỉnh Bình Sơn có 120 học sinh ra trường. Trường Nghề Hà Lam năm 2018 có 300 "
            "học sinh ra trường. Học sinh được hỗ trợ mua sách và đồng phục.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Ai là Giám đốc Công ty Sông Lam?", "Ai la Giam doc Cong ty Song Lam?"])
def test_a_country_is_nobody_though_it_reads_like_a_name(tmp_path, question):
    # "Thái Lan" reads like the surname Thái and the name Lan, and had been given as the director
    text = ("Ông Lê Văn Bảo, Giám đốc Công ty Sông Lam lấy Thái Lan làm ví dụ về du lịch. Công ty có 200 nhân viên "
            "ở tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == "Lê Văn Bảo"


@pytest.mark.parametrize("question, expected", [
    # "tháng 6-2015" had been read as a month and a bare year, and only "2015" answered
    ("Tiền hỗ trợ được chuyển về huyện Hà Lam khi nào?", "tháng 6-2015"),
    ("Tien ho tro duoc chuyen ve huyen Ha Lam khi nao?", "tháng 6-2015"),
    # "6:00" was no time of day
    ("Chợ đêm Sông Lam mở cửa tới mấy giờ?", "6:00 sáng"),
    ("Cho dem Song Lam mo cua toi may gio?", "6:00 sáng"),
])
def test_a_month_and_a_clock_as_news_also_write_them(tmp_path, question, expected):
    text = ("Tiền hỗ trợ được chuyển về huyện Hà Lam vào tháng 6-2015 và nằm ở ngân sách huyện. Chợ đêm Sông Lam có "
            "200 quầy hàng, mở cửa tới 6:00 sáng.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # "nguyên" had been read of the first role only, and the former chairman given as the chairman
    ("Ai là Chủ tịch UBND huyện Hà Lam?", None),
    ("Ai la Chu tich UBND huyen Ha Lam?", None),
    # "huyện Hà Dương Nguyễn Văn Tâm": "Dương" ends the district, and is no part of his name
    ("Ai là Bí thư Huyện ủy Hà Dương?", "Nguyễn Văn Tâm"),
])
def test_a_role_listed_after_one_left_of_its_level_was_left_too(tmp_path, question, expected):
    text = ("Ông Trần Văn Nam - nguyên Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hà Lam - bị kỷ luật khiển trách. "
            "Huyện Hà Lam có 20 xã. Bí thư Huyện ủy huyện Hà Dương Nguyễn Văn Tâm dự buổi họp.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_a_role_listed_after_one_left_of_another_level_may_be_held_now():
    from bot.facts import find_names, roles_after

    sentence = "Bà Lê Thị Hoa, nguyên Phó Chủ tịch UBND tỉnh Bình Sơn, Chủ tịch Hội Khuyến học Việt Nam phát biểu."
    ((_, end, _),) = find_names(sentence)
    assert roles_after(sentence, end)[-1] == "Chủ tịch Hội Khuyến học Việt Nam"


@pytest.mark.parametrize("question", ["Chợ đêm Sông Lam ra mắt ngày nào?", "Cho dem Song Lam ra mat ngay nao?"])
def test_ra_mat_typed_plain_is_a_debut_not_a_death(tmp_path, question):
    # "ra mat" was read as "mất" (died), and no sentence telling a death answered
    text = "Chợ đêm Sông Lam ra mắt vào ngày 21/4/2021 tại tỉnh Bình Sơn. Chợ có 200 quầy hàng và mắt kính giá rẻ."
    assert ask_article(tmp_path, text, question).answer == "ngày 21/4/2021"


@pytest.mark.parametrize("question", ["Zentaro Việt Nam dành bao nhiêu tiền mỗi năm cho công tác đào tạo?",
                                      "Zentaro Viet Nam danh bao nhieu tien moi nam cho cong tac dao tao?"])
def test_a_sum_a_year_may_be_said_before_it(tmp_path, question):
    # "Công ty dành ra ..." was read as another's deed, "tiền mỗi" as the unit, and a figure
    # after "hằng năm" as none a year
    text = ("Zentaro Việt Nam có 500 công nhân ở tỉnh Bình Sơn. Công ty dành ra khoản ngân sách hằng năm gồm 2 tỷ "
            "đồng cho công tác đào tạo.")
    assert ask_article(tmp_path, text, question).answer == "2 tỷ đồng"


@pytest.mark.parametrize("question, expected", [
    # "Chử", "Tất", "Cầm" were no family names: the holder of the role had no name
    ("Ai là Phó Chủ tịch UBND tỉnh Bình Sơn?", "Chử Văn Tâm"),
    ("Ai la Pho Chu tich UBND tinh Binh Son?", "Chử Văn Tâm"),
    ("Ai là Giám đốc Sở Y tế tỉnh Bình Sơn?", "Tất Minh Hòa"),
])
def test_less_common_family_names_name_people(tmp_path, question, expected):
    text = ("Phó Chủ tịch UBND tỉnh Bình Sơn Chử Văn Tâm ký công điện phòng chống dịch. Giám đốc Sở Y tế tỉnh Bình "
            "Sơn Tất Minh Hòa cho biết tỉnh có 20 ca mắc.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the whole country's figure had answered for the province
    ("Từ ngày 12/1 đến 18/1, Hà Tĩnh ghi nhận bao nhiêu ca mắc mới?", "3 ca mắc"),
    ("Tu ngay 12/1 den 18/1, Ha Tinh ghi nhan bao nhieu ca mac moi?", "3 ca mắc"),
])
def test_a_figure_of_the_whole_country_is_none_of_a_province(tmp_path, question, expected):
    kb = kb_with(tmp_path, {"id": "article-1", "title": "Hà Tĩnh siết chặt phòng dịch", "date": "2024-02-01",
                            "text": ("Sở Y tế cho biết, tại Việt Nam, từ ngày 12/1 - 18/1 ghi nhận 52 ca mắc mới đều "
                                     "là người nhập cảnh. Cũng trong thời gian này, tại Hà Tĩnh ghi nhận 3 ca mắc mới "
                                     "là người từ nước ngoài về.")})
    assert engine_for(kb).ask(question).answer == expected


_DOGS = ("Ông Tâm mở nhạc cho nghe mỗi tối. Bà Hoa hát cho nghe ở tỉnh Bình Sơn. Ở tần số âm thanh cao, chó nghe được "
         "tới 70-100kHz, tốt hơn người chỉ ở tần số 20kHz.")


def test_a_range_with_its_unit_written_close_is_one_figure(tmp_path):
    # "70-100kHz" was no figure (only "70-100 kHz" was), and another answered
    assert ask_article(tmp_path, _DOGS, "Ở tần số âm thanh cao, chó nghe được tới bao nhiêu kHz?").answer \
        == "tới 70-100kHz"


def test_a_spelling_printed_beside_the_same_word_is_no_tone_slip(tmp_path):
    # "chó nghe" had been read "cho nghe": among the first sentences with "cho", none has "chó"
    many = " ".join(f"Lần thứ {k}, ông Tâm bán giá cao cho khách và mở nhạc cho nghe." for k in range(60))
    answer = ask_article(tmp_path, f"{many} {_DOGS}", "Ở tần số âm thanh cao, chó nghe được tới bao nhiêu kHz?")
    assert answer.read_as is None


@pytest.mark.parametrize("question, expected", [
    # the gold prize's year had answered for a silver prize
    ("Công ty Sông Lam nhận giải thưởng bạc Chất lượng Quốc gia năm nào?", None),
    ("Cong ty Song Lam nhan giai thuong bac Chat luong Quoc gia nam nao?", None),
    ("Công ty Sông Lam nhận giải thưởng vàng Chất lượng Quốc gia năm nào?", "năm 2020"),
    # "số" of "tần số" had been taken into the figure after it ("số 20kHz")
    ("Loa cũ phát ở tần số bao nhiêu kHz?", "20kHz"),
])
def test_a_prize_of_another_grade_and_a_quantity_named_before_a_figure(tmp_path, question, expected):
    text = ("Công ty Sông Lam nhận giải thưởng vàng Chất lượng Quốc gia năm 2020 tại tỉnh Bình Sơn. Ở tần số cao, loa "
            "Hà Lam phát được tới 30-40kHz, tốt hơn loa cũ chỉ ở tần số 20kHz.")
    assert ask_article(tmp_path, text, question).answer == expected


_SAMPLES = ("Viện Hà Lam đã tìm thấy 80 loại hạt giống trong kho của tỉnh Bình Sơn. Ví dụ: 30 mẫu được dùng làm "
            "thức ăn chăn nuôi, 21 trong bánh kẹo, 17 làm thuốc nam, 5 làm hạt giống lúa và 7 là hạt lai. Viện cho "
            "biết 12 trong số 80 loại hạt giống mà họ đã tìm thấy chưa từng được trồng ở Việt Nam.")


@pytest.mark.parametrize("question, expected", [
    # "5 làm hạt giống lúa" had answered every question: "giống" of it was read as the unit asked
    ("Bao nhiêu loại hạt giống được dùng làm thuốc nam?", "17"),
    ("Bao nhieu loai hat giong duoc dung lam thuoc nam?", "17"),
    ("Bao nhiêu loại hạt giống được dùng trong bánh kẹo?", "21"),
    # the whole ("80 loại hạt giống") had answered for the part the sentence tells of
    ("Bao nhiêu loại hạt giống chưa từng được trồng ở Việt Nam?", "12 trong số 80 loại hạt giống"),
])
def test_a_list_of_figures_and_a_part_of_a_whole(tmp_path, question, expected):
    assert ask_article(tmp_path, _SAMPLES, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # another province the sentence names ("người tỉnh Quảng Nam") had answered
    ("Thị trấn Hà Lam thuộc tỉnh nào?", "Lào Cai"),
    ("Thi tran Ha Lam thuoc tinh nao?", "Lào Cai"),
    # (and "thuộc" asked of a place is no deed the sentence must tell: it writes where it lies)
    ("Xã Sông Lam thuộc tỉnh nào?", "tỉnh Bình Định"),
    ("Xã Sông Lam nằm ở tỉnh nào?", "tỉnh Bình Định"),
    # a country in brackets is not the province asked ("Hàng Châu (Trung Quốc)")
    ("Thành phố Hải Lăng thuộc tỉnh nào?", "tỉnh Chiết Giang"),
])
def test_a_place_s_province_is_the_one_written_with_it(tmp_path, question, expected):
    text = ("Nhiều du khách người tỉnh Quảng Nam và tỉnh Nghệ An đã lên thị trấn Hà Lam (Lào Cai) nghỉ lễ. "
            "Đoàn cũng đến thăm xã Sông Lam, huyện Hà Lâm, tỉnh Bình Định và tỉnh Gia Lai. Huyện Hà Lâm "
            "kết nghĩa với thành phố Hải Lăng (Trung Quốc), thủ phủ tỉnh Chiết Giang.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # roles in brackets after a name were no facts: none answered, or another article's holder
    ("Ai là Viện trưởng Viện Sông Lam?", "Trần Thị Thu Hà"),
    ("Ai la nguyen Quyen Giam doc Hoc vien Song Xanh?", "Lê Văn Tâm"),
    # and once they were, the role held before the one taken answered too
    ("Ông Phạm Văn Bình được điều động giữ chức gì?", "Trưởng ban Tổ chức Tỉnh ủy"),
])
def test_roles_written_in_brackets_after_a_name(tmp_path, question, expected):
    text = ("Sáng 27/4, hội thảo khoa học diễn ra tại tỉnh Bình Sơn. PGS,TS. Trần Thị Thu Hà (Viện trưởng Viện "
            "Sông Lam, Học viện Sông Xanh) trình bày tham luận. TS. Lê Văn Tâm (nguyên Quyền Giám đốc Học viện Sông "
            "Xanh) phát biểu. Ông Phạm Văn Bình (Bí thư Huyện ủy Sông Xanh) được điều động giữ chức Trưởng ban Tổ "
            "chức Tỉnh ủy.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Chủ tài khoản songlam_99 sống ở nước nào?",
                                      "Chu tai khoan songlam_99 song o nuoc nao?"])
def test_a_country_lived_in_answers_in_which_country(tmp_path, question):
    # "nước nào" was only answered by "nước X": "hiện sống tại Hàn Quốc" was a guess, and lost
    text = ("Tài khoản songlam_99 trên mạng xã hội có hơn 9 ngàn người theo dõi, thường đăng ảnh một cô gái ở độ "
            "tuổi 20. Trên thực tế, songlam_99 không phải là cô gái trẻ như nhiều người vẫn tưởng, mà là một người "
            "đàn ông 60 tuổi, hiện sống tại Hàn Quốc. Ông dùng ứng dụng để đổi gương mặt trong ảnh, rồi đăng lên "
            "mạng xã hội ở tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == "Hàn Quốc"


@pytest.mark.parametrize("question, expected", [
    # the date of another couple had answered: "Anna Berg và Erik Holm" is not the pair asked
    ("Anna Berg và Jonas Falk hẹn hò từ khi nào?", None),
    ("Anna Berg va Jonas Falk hen ho tu khi nao?", None),
    ("Anna Berg và Erik Holm hẹn hò từ khi nào?", "cuối năm 2012"),
])
def test_a_date_of_the_first_of_two_asked_with_someone_else_is_none(tmp_path, question, expected):
    text = ("Một trong những mối quan hệ lâu nhất của ca sĩ Anna Berg là với nhạc sĩ Jonas Falk ở tỉnh Bình Sơn. "
            "Cặp đôi ở bên nhau hơn 1 năm, từ tháng 3/2015 tới tháng 6/2016. Anna Berg và Erik Holm hẹn hò từ "
            "cuối năm 2012 tới đầu năm 2013. Sau đó Anna Berg hẹn hò với Olaf Dahl trong tháng 7/2010.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    # the first figure took the words of the next ("9,2% và đồ uống có cồn") as its own
    ("Tiêu dùng nước mắm có đường giảm bao nhiêu phần trăm so với năm 2019?", "12,9%"),
    ("Tieu dung nuoc mam co duong giam bao nhieu phan tram so voi nam 2019?", "12,9%"),
    ("Tiêu dùng nước mắm không đường giảm bao nhiêu phần trăm so với năm 2019?", "9,2%"),
])
def test_a_figure_of_a_list_is_described_by_the_words_before_it(tmp_path, question, expected):
    text = ("Tại tỉnh Bình Sơn, tiêu dùng nước mắm giảm mạnh. Cụ thể, tiêu dùng trong ngành hàng nước mắm không "
            "đường giảm 9,2% và nước mắm có đường giảm 12,9% so với năm 2019, riêng ngành hàng nước chấm phải "
            "đối mặt với mức tăng trưởng âm 10%.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Ai là Chủ tịch Hiệp hội Cá tra Bình Sơn?", "Ai la Chu tich Hiep hoi Ca tra Binh Son?"])
def test_a_holder_whose_name_has_an_initial(tmp_path, question):
    # the sentence was cut after "Mc.", and the role's holder read as "Clelland"
    text = ("Hội thảo về thuế diễn ra tại tỉnh Bình Sơn. Ông Thomas Mc. Clelland - Chủ tịch Hiệp hội Cá tra Bình "
            "Sơn - cho rằng các chính sách hỗ trợ về thuế là hết sức tích cực.")
    assert ask_article(tmp_path, text, question).answer == "Thomas Mc. Clelland"


def test_a_price_index_is_no_price(tmp_path):
    # "chỉ số giá" was read as a price asked, and the index's fall "0,27%" as no money
    text = ("Báo cáo của Cục Thống kê tỉnh Bình Sơn cho thấy sức mua giảm. Theo đó, chỉ số giá tiêu dùng (CPI) "
            "tháng 3/2021 giảm 0,27%. Giá gạo tăng 2.000 đồng/kg.")
    assert ask_article(tmp_path, text, "Chỉ số giá tiêu dùng tháng 3/2021 giảm bao nhiêu?").answer == "0,27%"


@pytest.mark.parametrize("question", ["Gia đình Lê Thu Hà có gốc từ đâu?", "Gia dinh Le Thu Ha co goc tu dau?"])
def test_an_origin_is_the_place_after_goc(tmp_path, question):
    # "gốc Ma-rốc" was no place: the answer was cut from the sentence's words ("rốc")
    text = ("Ca sĩ Lê Thu Hà biểu diễn ở tỉnh Bình Sơn. Lê Thu Hà đến từ một gia đình gốc Ma-rốc. Cô sinh ra và "
            "lớn lên ở Canada.")
    assert ask_article(tmp_path, text, question).answer == "Ma-rốc"


@pytest.mark.parametrize("question, expected", [
    # only the first of two dates joined by "và" was given
    ("Đỉnh điểm nắng nóng ở Bình Sơn năm nay sẽ rơi vào khi nào?", "giữa tháng 6 và tháng 7"),
    ("Dinh diem nang nong o Binh Son nam nay se roi vao khi nao?", "giữa tháng 6 và tháng 7"),
])
def test_two_dates_joined_by_and_are_one_answer(tmp_path, question, expected):
    text = ("Theo dự báo, tỉnh Bình Sơn sẽ có 5 đợt nắng nóng. Đỉnh điểm nắng nóng năm nay sẽ rơi vào giữa tháng "
            "6 và tháng 7.")
    assert ask_article(tmp_path, text, question).answer == expected


def test_the_may_of_a_name_is_no_question_word_where_may_is_typed(tmp_path):
    # "Điện máy" folds as "mấy": its "máy Sông" was read as the question's "mấy", the unit "Sông"
    text = ("Điện máy Sông Lam ở tỉnh Bình Sơn bán điều hòa giá rẻ. Chương trình sẽ diễn ra trong ba tháng: 4, 5 "
            "và tháng 6/2021.")
    question = "Chương trình giảm giá của Điện máy Sông Lam diễn ra trong mấy tháng?"
    assert ask_article(tmp_path, text, question).answer == "ba tháng"


@pytest.mark.parametrize("question", ["Chiếc máy giặt của bà Lê Thu Hà do hãng nào sản xuất?",
                                      "Chiec may giat cua ba Le Thu Ha do hang nao san xuat?"])
def test_a_maker_named_before_its_kind(tmp_path, question):
    # "Sông Lam (Nhật Bản), hãng sản xuất ..." named no maker: a city of the article answered
    text = ("Bà Lê Thu Hà, một doanh nhân sống tại thành phố Bình Sơn, kể lại chiếc máy giặt phát nổ trong bếp. "
            "Bà Hà đã liên hệ với Sông Lam (Nhật Bản), hãng sản xuất chiếc máy giặt gặp sự cố, để thông báo.")
    assert ask_article(tmp_path, text, question).answer == "Sông Lam"


@pytest.mark.parametrize("question", ["Cô gái bỏ trốn sau khi đặt 80 mâm cỗ tên là gì?",
                                      "Co gai bo tron sau khi dat 80 mam co ten la gi?"])
def test_a_name_asked_of_someone_told_by_age_or_sex_is_a_person(tmp_path, question):
    # "cô gái" was no person noun: the question was read as "what", and answered "T" of "tên T.L."
    text = ("Công an đang truy tìm Lò Thị Mai (22 tuổi) ở tỉnh Bình Sơn, người đặt 80 mâm cỗ rồi bỏ trốn. "
            "Nhà hàng bị bỏ trốn 80 mâm cỗ là một nhà hàng nhỏ tên T.L., ở phường Hà Lam (TP Sông Xanh, tỉnh "
            "Bình Sơn).")
    assert ask_article(tmp_path, text, question).answer == "Lò Thị Mai"


@pytest.mark.parametrize("question", ["Ai đã bỏ bom 80 mâm cỗ cưới?", "Ai da bo bom 80 mam co cuoi?",
                                      "Người bỏ bom 80 mâm cỗ cưới là ai?"])
def test_a_place_named_by_its_kind_is_no_one(tmp_path, question):
    # "TP Sông Xanh" was taken for who, the article naming no one
    text = ("Một nhà hàng bị khách bỏ bom 80 mâm cỗ cưới tại phường Hà Lam (TP Sông Xanh, tỉnh Bình Sơn). "
            "Chủ nhà hàng đã báo công an.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", ["Bánh gạo Sông Lam có vị gì?", "Banh gao Song Lam co vi gi?",
                                      "Bánh gạo Sông Lam vị gì?"])
def test_a_taste_asked_is_no_reason_asked(tmp_path, question):
    # "vị gì" folds like "vì gì" (why): the question was read as a why, answered by another sentence
    text = ("Bánh gạo Sông Lam là đặc sản của tỉnh Bình Sơn, vì được làm từ gạo nếp của vùng. "
            "Bánh gạo Sông Lam có vị ngọt thanh và giòn tan khi ăn.")
    assert "ngọt thanh" in (ask_article(tmp_path, text, question).answer or "")


@pytest.mark.parametrize("question, expected", [
    ("Hồ sơ Sông Lam được giải mật từ năm nào?", "năm 1990"),
    ("Ho so Song Lam duoc giai mat tu nam nao?", "năm 1990"),
    ("Tai lieu Song Lam duoc giai mat tu nam nao?", "năm 1990"),
    ("So ho tich cua xa Ha Lam bi mat nam nao?", "năm 2018"),
])
def test_declassified_or_lost_is_no_death(tmp_path, question, expected):
    # "giai mat" typed plain was read as "giải mất", a death: only a sentence telling a death
    # answered, or the one where a book "bị mất" (was lost)
    text = ("Hồ sơ Sông Lam được giải mật từ năm 1990 và nay được lưu ở tỉnh Bình Sơn. "
            "Sổ hộ tịch của xã Hà Lam bị mất năm 2018 trong trận lũ lớn.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Đến tháng 3/2020 hãng Sông Lam đã bán bao nhiêu chiếc xe điện?",
                                      "Den thang 3/2020 hang Song Lam da ban bao nhieu chiec xe dien?",
                                      "Ngày 5/3/2020 hãng Sông Lam đã bán bao nhiêu chiếc xe điện?"])
def test_a_month_of_the_question_written_in_words_in_the_article(tmp_path, question):
    # "3/2020" was looked for as written: the article's "tháng 3, 2020" held no number of the question
    text = ("Hãng Sông Lam ở tỉnh Bình Sơn làm xe điện từ năm 2015. Đến ngày 5 tháng 3, 2020, hãng Sông Lam "
            "đã bán 12.000 chiếc xe điện.")
    assert "12.000" in (ask_article(tmp_path, text, question).answer or "")


@pytest.mark.parametrize("question", ["Ngày 1/5 có bao nhiêu du khách đến Sông Lam?",
                                      "Ngay 1/5 co bao nhieu du khach den Song Lam?"])
def test_a_day_the_question_opens_with_is_held_near_the_answer(tmp_path, question):
    # a first version let the day asked be anywhere in the article ("từ 29/4 đến 1/5")
    text = ("Theo thống kê của tỉnh Bình Sơn, riêng ngày 30/4 đã có khoảng 7.000 du khách đến Sông Lam. "
            "Lễ hội Sông Lam kéo dài từ 29/4 đến 1/5.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", ["Hóa thạch ở Sông Lam hình thành cách đây bao lâu?",
                                      "Hoa thach o Song Lam hinh thanh cach day bao lau?"])
def test_a_figure_spelt_with_mot_and_a_multiplier(tmp_path, question):
    # "một" alone is "a": "một triệu năm" was no figure
    text = ("Các nhà khoa học tỉnh Bình Sơn cho biết hóa thạch ở Sông Lam hình thành cách đây một triệu năm. "
            "Một ngôi làng gần đó đã có từ 300 năm trước.")
    assert ask_article(tmp_path, text, question).answer == "một triệu năm"


@pytest.fixture
def documents_kb(tmp_path):
    return kb_with(tmp_path, {"id": "van-ban", "title": "Tỉnh Bình Sơn ban hành văn bản", "date": "2024-04-03", "text": (
        "Ngày 3/4, UBND tỉnh Bình Sơn ban hành Quyết định số 1234/QĐ-UBND về phòng chống lũ. Tỉnh ủy Bình Sơn "
        "ban hành Chỉ thị số 05-CT/TU về đào tạo cán bộ. Chỉ thị được gửi tới 12 huyện.")})


@pytest.mark.parametrize("question, expected", [
    ("Quyết định về phòng chống lũ của tỉnh Bình Sơn có số hiệu là gì?", "1234/QĐ-UBND"),
    ("Quyet dinh ve phong chong lu cua tinh Binh Son co so hieu la gi?", "1234/QĐ-UBND"),
    ("Chỉ thị về đào tạo cán bộ của Tỉnh ủy Bình Sơn số mấy?", "05-CT/TU"),
])
def test_a_documents_number_and_symbol(documents_kb, question, expected):
    # "số hiệu là gì" was answered with a clause of the sentence, "số mấy" with no answer
    assert engine_for(documents_kb).ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Tỉnh ủy Bình Sơn đào tạo cán bộ theo chỉ thị nào?", "Chỉ thị số 05-CT/TU"),
    ("Tinh uy Binh Son dao tao can bo theo chi thi nao?", "Chỉ thị số 05-CT/TU"),
    ("UBND tỉnh Bình Sơn phòng chống lũ theo quyết định nào?", "Quyết định số 1234/QĐ-UBND"),
])
def test_a_document_asked_by_which_is_named_by_its_number(documents_kb, question, expected):
    # "theo chỉ thị nào" was answered with a clause of the sentence
    assert engine_for(documents_kb).ask(question).answer == expected


@pytest.mark.parametrize("question", ["Tỉnh ủy Bình Sơn vi phạm chỉ thị nào của Bộ Chính trị?",
                                      "Tinh uy Binh Son vi pham chi thi nao cua Bo Chinh tri?"])
def test_a_documents_symbol_written_with_spaces(tmp_path, question):
    # a first version stopped at "Chỉ thị số 15" of "Chỉ thị số 15 - CT / TW"
    text = ("Tỉnh ủy Bình Sơn đã vi phạm Chỉ thị số 15 - CT / TW, ngày 07/7/2007 của Bộ Chính trị. Tỉnh ủy Bình "
            "Sơn đã kiểm điểm.")
    assert ask_article(tmp_path, text, question).answer == "Chỉ thị số 15 - CT / TW"


@pytest.mark.parametrize("question", ["Sở Y tế tỉnh Bình Sơn gửi công văn tới những huyện nào?",
                                      "So Y te tinh Binh Son gui cong van toi nhung huyen nao?"])
def test_places_said_to_be_several_are_listed_by_commas_alone(tmp_path, question):
    # a list without "và" was taken for the start of the next clause: only its first name answered
    text = ("Sở Y tế tỉnh Bình Sơn đã gửi công văn tới các huyện Hà Lam, Sông Xanh, Bình Minh hướng dẫn phòng "
            "dịch. Công văn được gửi ngày 3/4.")
    assert ask_article(tmp_path, text, question).answer == "các huyện Hà Lam, Sông Xanh, Bình Minh"


@pytest.mark.parametrize("question, expected", [
    ("Lò Thị Mai có hộ khẩu thường trú ở đâu?", "bản Nà Lam, xã Hà Lam, huyện Sông Xanh, tỉnh Bình Sơn"),
    ("Lo Thi Mai co ho khau thuong tru o dau?", "bản Nà Lam, xã Hà Lam, huyện Sông Xanh, tỉnh Bình Sơn"),
    ("Ông Vũ Văn Hà sống ở đâu?", "thôn Đông Sơn"),
])
def test_a_village_opens_the_address(tmp_path, question, expected):
    # "bản", "thôn" were no localities: the address was answered from the commune on
    text = ("Lò Thị Mai có hộ khẩu thường trú tại bản Nà Lam, xã Hà Lam, huyện Sông Xanh, tỉnh Bình Sơn. "
            "Ông Vũ Văn Hà sống ở thôn Đông Sơn, xã Hà Lam, đã báo tin cho công an.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Xe điện Sông Lam sạc đầy pin trong bao lâu?", "30 phút"),
    ("Xe dien Song Lam sac day pin trong bao lau?", "30 phút"),
    ("Hãng Sông Lam làm pin bao lâu rồi?", "20 năm"),
])
def test_a_length_of_time_ends_with_its_unit(tmp_path, question, expected):
    # the word after the unit was taken as the unit's own: "30 phút thay", "20 năm công"
    text = ("Xe điện Sông Lam của tỉnh Bình Sơn sạc đầy pin trong 30 phút thay vì phải chờ lâu như trước. "
            "Hãng Sông Lam kỷ niệm 20 năm công nghệ pin.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Tỉnh Bình Sơn xây hồ chứa Sông Lam để làm gì?",
                                      "Tinh Binh Son xay ho chua Song Lam de lam gi?",
                                      "Hồ chứa Sông Lam được xây nhằm mục đích gì?"])
def test_a_purpose_is_told_after_de_or_nham(tmp_path, question):
    # "để làm gì" took the rest of the sentence with the most of the question's words: "năm 2020 ..."
    text = ("Tỉnh Bình Sơn xây hồ chứa Sông Lam vào năm 2020 với vốn 300 tỷ đồng. Hồ chứa Sông Lam được xây "
            "để cấp nước tưới cho 5.000 ha lúa của tỉnh.")
    assert ask_article(tmp_path, text, question).answer == "để cấp nước tưới cho 5.000 ha lúa của tỉnh"


@pytest.mark.parametrize("question, expected", [
    ("Ông Lê Văn Bình là đại biểu Quốc hội khóa mấy?", "khóa XV"),
    ("Ong Le Van Binh la dai bieu Quoc hoi khoa may?", "khóa XV"),
    ("Đại hội Đảng bộ tỉnh Bình Sơn lần thứ mấy diễn ra năm 2020?", "lần thứ XX"),
])
def test_a_rank_in_roman_numerals(tmp_path, question, expected):
    # "khóa XIV" was no rank: "khóa mấy" took the term's years
    text = ("Ông Lê Văn Bình, nhiệm kỳ 2021 - 2026, là đại biểu Quốc hội khóa XV của tỉnh Bình Sơn. "
            "Đại hội Đảng bộ tỉnh Bình Sơn lần thứ XX diễn ra năm 2020.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Nhà hát Sông Lam kỷ niệm mấy năm ngày mở cửa?", "một năm"),
    ("Nha hat Song Lam ky niem may nam ngay mo cua?", "một năm"),
    ("Nhà hát Sông Lam đóng cửa sửa chữa trong bao lâu?", "một tháng"),
])
def test_one_span_of_time_spelt_with_mot(tmp_path, question, expected):
    # "một" alone is "a" and was never a count: "một năm" answered no "mấy năm"
    text = ("Nhà hát Sông Lam của tỉnh Bình Sơn kỷ niệm một năm ngày mở cửa với 20 buổi diễn. "
            "Sau đó, nhà hát Sông Lam đóng cửa sửa chữa trong một tháng.")
    assert (ask_article(tmp_path, text, question).answer or "").startswith(expected)


def test_a_year_passed_is_no_count_of_years_asked(tmp_path):
    # a first version took any "một năm" for "bao nhiêu năm": "trải qua một năm" for a prison term
    text = ("Ông Lê Văn Hà đang bị điều tra ở tỉnh Bình Sơn. Công ty Sông Lam của ông Hà vừa trải qua một năm "
            "không mấy suôn sẻ.")
    assert ask_article(tmp_path, text, "Ông Lê Văn Hà bị phạt tù bao nhiêu năm?").answer is None


@pytest.mark.parametrize("question", ["Chồng của Anna Berg tên là gì?", "Chong cua Anna Berg ten la gi?",
                                      "Chồng của Anna Berg là ai?"])
def test_the_kin_named_along_with_the_one_asked_of(tmp_path, question):
    # "Anna Berg và chồng Erik Lund": a name right after the kin was only ever whose kin it is
    text = ("Kỷ niệm 10 năm ngày cưới, nhạc sĩ Anna Berg và chồng Erik Lund tổ chức buổi hòa nhạc ở tỉnh Bình "
            "Sơn. Buổi hòa nhạc có 2.000 khán giả.")
    assert ask_article(tmp_path, text, question).answer == "Erik Lund"


@pytest.mark.parametrize("question, expected", [
    ("Pin xe điện Sông Lam dùng được bao lâu ở chế độ tiết kiệm?", "12 giờ"),
    ("Pin xe dien Song Lam dung duoc bao lau o che do tiet kiem?", "12 giờ"),
    ("Pin xe điện Sông Lam dùng được bao lâu ở chế độ chờ?", "8 ngày"),
])
def test_of_two_figures_the_one_whose_item_ends_as_the_question(tmp_path, question, expected):
    # the second item shared more words with the question ("xe điện"), so it answered both
    text = ("Pin của xe điện Sông Lam dùng được 12 giờ ở chế độ tiết kiệm hoặc 8 ngày ở chế độ chờ của xe "
            "điện. Xe điện Sông Lam được bán ở tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Ông Lê Văn Hà bị kỷ luật bằng hình thức gì?", "cách chức Phó Bí thư Huyện ủy Sông Xanh"),
    ("Ong Le Van Ha bi ky luat bang hinh thuc gi?", "cách chức Phó Bí thư Huyện ủy Sông Xanh"),
    ("Ông Vũ Văn Nam bị kỷ luật bằng hình thức gì?", "cảnh cáo"),
])
def test_a_removal_from_office_names_the_posts(tmp_path, question, expected):
    # "cách chức" alone did not say from which post ("tất cả các chức vụ trong Đảng" or one)
    text = ("Ban Thường vụ Tỉnh ủy Bình Sơn quyết định kỷ luật cách chức Phó Bí thư Huyện ủy Sông Xanh đối với "
            "ông Lê Văn Hà. Ban Thường vụ Tỉnh ủy Bình Sơn cũng quyết định cảnh cáo ông Vũ Văn Nam, Chủ tịch UBND "
            "huyện Sông Xanh.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.fixture
def phone_kb(tmp_path):
    return kb_with(tmp_path, {"id": "dien-thoai", "title": "Điện thoại Sông Lam S1", "date": "2024-03-01", "text": (
        "Điện thoại Sông Lam S1 của tỉnh Bình Sơn có giá 2,5 triệu đồng. Máy có pin 4.500 mAh và tặng người dùng "
        "dữ liệu 5GB/tháng trong một năm.")})


@pytest.mark.parametrize("question", ["Điện thoại Sông Lam S1 tặng người dùng bao nhiêu dữ liệu mỗi tháng?",
                                      "Dien thoai Song Lam S1 tang nguoi dung bao nhieu du lieu moi thang?"])
def test_a_figure_measured_right_after_the_noun_asked(phone_kb, question):
    # "dữ liệu 5GB/tháng": a figure right after its noun was taken to name one ("cơ sở 2")
    assert engine_for(phone_kb).ask(question).answer == "5GB/tháng"


@pytest.mark.parametrize("question", ["Chủ nhà hàng bị thiệt hại tổng cộng bao nhiêu tiền?",
                                      "Chu nha hang bi thiet hai tong cong bao nhieu tien?"])
def test_a_sum_after_its_noun_is_no_other_sum(tmp_path, question):
    # a first version took any figure of a measure after the noun asked: "giá tiền 1.200.000
    # đồng/mâm" for a loss "bao nhiêu tiền"
    text = ("Một nhà hàng ở tỉnh Bình Sơn bị khách đặt 80 mâm cỗ có giá tiền 1.200.000 đồng/mâm rồi bỏ trốn. "
            "Chủ nhà hàng đã trình báo công an.")
    assert ask_article(tmp_path, text, question).answer is None


def test_a_battery_or_memory_size_is_no_price(phone_kb):
    # "dung lượng bao nhiêu" was answered with the phone's price
    answer = engine_for(phone_kb).ask("Pin của điện thoại Sông Lam S1 có dung lượng bao nhiêu?").answer
    assert "triệu đồng" not in (answer or "")


@pytest.mark.parametrize("question", ["Điện thoại Sông Lam S1 chạy hệ điều hành gì?",
                                      "Dien thoai Song Lam S1 chay he dieu hanh gi?"])
def test_a_name_of_the_kind_closing_a_question_of_what(tmp_path, question):
    # "hệ điều hành gì" was answered with the whole sentence, not the name written after the kind
    text = ("Điện thoại Sông Lam S1 của tỉnh Bình Sơn có giá 2,5 triệu đồng. Máy dùng chip Snapdragon 680 và "
            "chạy hệ điều hành Android 12.")
    assert ask_article(tmp_path, text, question).answer == "Android 12"


@pytest.mark.parametrize("question", ["Vòng chung kết cuộc thi Sáng kiến Sông Lam diễn ra khi nào?",
                                      "Vong chung ket cuoc thi Sang kien Song Lam dien ra khi nao?"])
def test_another_round_of_a_contest_is_no_answer(tmp_path, question):
    # the semifinal's day answered when the final takes place
    text = ("Ngày 3/4, tỉnh Bình Sơn tổ chức vòng bán kết cuộc thi Sáng kiến Sông Lam lần thứ hai. Ba đội thắng "
            "sẽ vào vòng chung kết, diễn ra vào giữa tháng 6/2024.")
    answer = ask_article(tmp_path, text, question).answer
    assert answer is None or "tháng 6" in answer


@pytest.mark.parametrize("question, expected", [
    ("Quận 3 có diện tích bao nhiêu?", "3 km2"),
    ("Quan 3 co dien tich bao nhieu?", "3 km2"),
    ("Quận 3 TP Sông Xanh có bao nhiêu phường?", "10 phường"),
    ("Quan 3 TP Song Xanh co bao nhieu phuong?", "10 phường"),
])
def test_a_figure_written_like_the_questions_number_is_not_it(tmp_path, question, expected):
    # "3 km2" was skipped as the question's own "3" (of "Quận 3"); "Quận 3 TP | Sông Xanh" made
    # a name "3 TP" the article had to write
    text = "Quận 3 của TP Sông Xanh, tỉnh Bình Sơn có diện tích 3 km2, dân số hơn 90.000 người và 10 phường."
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("Trong tháng 5, xuất khẩu của tỉnh Bình Sơn sang Lào đạt bao nhiêu?", "20 triệu USD"),
    ("Trong thang 5, xuat khau cua tinh Binh Son sang Lao dat bao nhieu?", "20 triệu USD"),
    ("Ổ cứng SSD của laptop Sông Lam có dung lượng tối đa bao nhiêu?", "2TB"),
])
def test_the_figure_right_after_the_words_before_bao_nhieu(tmp_path, question, expected):
    # "đạt bao nhiêu" took "8 tháng", nearer the question's other words, not "đạt 20 triệu USD"
    text = ("Trong tháng 5, xuất khẩu của tỉnh Bình Sơn sang Lào đã tăng lên mức cao nhất trong 8 tháng, đạt 20 "
            "triệu USD, gấp 3 lần tháng 4. Laptop Sông Lam có tùy chọn RAM 8/16GB với ổ cứng SSD, dung lượng tối "
            "đa 2TB.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Laptop Sông Lam bản 15-inch nặng bao nhiêu?",
                                      "Laptop Song Lam ban 15-inch nang bao nhieu?"])
def test_the_words_before_bao_nhieu_of_another_number_are_no_guide(tmp_path, question):
    # a first version took "13-inch nặng 1,1kg" for "15-inch nặng bao nhiêu"
    text = ("Laptop Sông Lam của tỉnh Bình Sơn có hai bản: bản màn hình 13-inch nặng 1,1kg và bản 15-inch có cân "
            "nặng 1,4kg.")
    assert ask_article(tmp_path, text, question).answer == "1,4kg"


@pytest.mark.parametrize("question", ["Trong tháng 5, xuất khẩu của Lào sang tỉnh Bình Sơn đạt bao nhiêu?",
                                      "Trong thang 5, xuat khau cua Lao sang tinh Binh Son dat bao nhieu?"])
def test_a_figure_of_the_other_way_round_is_no_answer(tmp_path, question):
    # exports of Bình Sơn to Laos answered for those of Laos to Bình Sơn
    text = ("Trong tháng 5, xuất khẩu của tỉnh Bình Sơn sang Lào đã tăng lên mức cao nhất trong 8 tháng, đạt 20 "
            "triệu USD, gấp 3 lần tháng 4.")
    assert ask_article(tmp_path, text, question).answer is None


def test_a_content_word_typed_is_no_function_word_that_folds_like_it(tmp_path):
    # "cửa" folds like "của": "tạm đóng cửa" was asked as "tạm đóng", a word the sentence ("tạm thời
    # đóng cửa") does not write whole
    text = ("Chiều 29/4, tỉnh Bình Sơn họp về phòng dịch. UBND tỉnh chỉ đạo dừng các hoạt động đông người; tạm "
            "thời đóng cửa Khu du lịch Sông Lam.")
    assert ask_article(tmp_path, text, "Bình Sơn tạm đóng cửa khu du lịch nào?").answer == "Khu du lịch Sông Lam"


def test_a_function_word_typed_without_marks_among_marked_words_is_one(tmp_path):
    # a first version of the test above took the "o" of "quê o tỉnh nao" for a word asked
    text = "Ông Lê Văn Hà, 52 tuổi, quê tỉnh Bình Sơn, vừa được bổ nhiệm làm Giám đốc Sở Y tế."
    assert ask_article(tmp_path, text, "Ông Lê Văn Hà quê o tỉnh nao?").answer == "tỉnh Bình Sơn"


@pytest.mark.parametrize("question", ["Lần thi thứ ba của giải chạy Sông Lam diễn ra ngày nào?",
                                      "Lần thi thứ tư của giải chạy Sông Lam diễn ra ngày nào?",
                                      "Lan thi thu tu cua giai chay Song Lam dien ra ngay nao?"])
def test_another_of_the_kind_by_its_rank_is_no_answer(tmp_path, question):
    # the second run's day answered for the third (and a fourth the article never names)
    text = ("Giải chạy Sông Lam của tỉnh Bình Sơn có ba lần thi trong năm 2024. Lần thi thứ hai của giải chạy "
            "Sông Lam sẽ diễn ra ngày 3/5, trùng với lễ hội. Lần thi thứ ba diễn ra vào 7/6.")
    answer = ask_article(tmp_path, text, question).answer
    assert answer is None or "7/6" in answer


@pytest.mark.parametrize("question, expected", [
    ("Sau bao lâu bé Lò Thị Mai hết sốt?", "20 ngày"),
    ("Bé Lò Thị Mai bao nhiêu ngày tuổi?", "9 ngày tuổi"),
    ("Be Lo Thi Mai bao nhieu ngay tuoi?", "9 ngày tuổi"),
])
def test_days_of_age_are_no_length_of_time(tmp_path, question, expected):
    # "bé ... 9 ngày tuổi" answered how long she took to get well
    text = ("Bệnh viện tỉnh Bình Sơn vừa cứu sống bé Lò Thị Mai 9 ngày tuổi bị uốn ván. Sau 20 ngày điều trị, trẻ "
            "hết sốt.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("question", ["Làng Hà Lam còn bao nhiêu ngôi nhà vỏ sò?",
                                      "Lang Ha Lam con bao nhieu ngoi nha vo so?"])
def test_a_word_that_folds_like_kin_is_no_kin_where_no_people_are_counted(tmp_path, question):
    # "ngôi nhà vỏ sò" was read as "ngôi nhà" and kin ("vợ"), and "6 ngôi nhà vẫn ..." counts no wife
    text = ("Làng Hà Lam ở tỉnh Bình Sơn có nhiều ngôi nhà xây bằng vỏ sò. Hiện chỉ còn khoảng 6 ngôi nhà vẫn giữ "
            "được nét xưa.")
    assert ask_article(tmp_path, text, question).answer == "khoảng 6 ngôi nhà"


@pytest.mark.parametrize("question", ["Ai cho rằng việc thả bụi phấn nên bị cấm?",
                                      "Ai cho rang viec tha bui phan nen bi cam?"])
def test_a_name_after_the_head_of_a_body_names_the_body_not_who(tmp_path, question):
    # "Đại học Oslo" gave "Oslo", nearer the question's words than the man who said it
    text = ("Nhiều nhà khoa học phản đối dự án thả bụi phấn lên bầu trời tỉnh Bình Sơn. Erik Lund từ Đại học Oslo "
            "cho rằng việc này nên bị cấm vì có thể gây hại cho thời tiết.")
    assert ask_article(tmp_path, text, question).answer == "Erik Lund"


@pytest.mark.parametrize("question", ["Sông Lam có bao nhiêu cửa hàng?", "Song Lam co bao nhieu cua hang?"])
def test_a_name_deep_in_the_clause_is_its_object_not_another_subject(tmp_path, question):
    # "ra mắt ứng dụng SLX" was read as SLX's count of shops, not the chain's
    text = ("Chuỗi cà phê Sông Lam thông báo mở rộng ra tỉnh Bình Sơn. Mới đây, công ty đã chính thức ra mắt ứng "
            "dụng SLX cho khách hàng ở khắp 12 cửa hàng trên cả nước.")
    assert ask_article(tmp_path, text, question).answer == "12 cửa hàng"


@pytest.mark.parametrize("text", [
    "Đường Sông Lam nối TP. HCM với các tỉnh miền Tây.",
    "Đường Sông Lam là trục chính phía Đông nối TP. HCM với các cảng biển.",
])
def test_a_locality_word_a_direction_or_a_region_names_no_district(tmp_path, text):
    # "TP" of "TP. HCM" (the question's own city), "Tây" of "miền Tây", "Đông" of "phía Đông"
    # were answered for "huyện nào"
    assert ask_article(tmp_path, text, "Đường Sông Lam nối TPHCM với huyện nào?").answer is None


@pytest.fixture
def named_pet_kb(tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "article-2", "title": "Hóa thạch dưới đáy biển", "date": "2024-03-01",
                                 "text": "Các nhà nghiên cứu tìm thấy một hóa thạch dưới đáy đại dương. Được đặt tên "
                                         "là Lamia Borea, hóa thạch này có tuổi đời một tỷ năm."}, ensure_ascii=False)
                     + "\n", encoding="utf-8")
    return kb_with(tmp_path, {"id": "article-1", "title": "Người cứu mèo ở Bình Sơn", "date": "2024-02-01",
                              "text": "Anh Lê Văn Dương ở tỉnh Bình Sơn đã cứu hàng chục chú mèo bị bỏ rơi. Chú mèo "
                                      "đầu tiên được cứu khi mới sinh. Anh đặt tên chú mèo là \"bé Na\"."}, other)


@pytest.mark.parametrize("question", ["Chú mèo đầu tiên anh Dương cứu được đặt tên là gì?",
                                      "Chu meo dau tien anh Duong cuu duoc dat ten la gi?"])
def test_a_name_given_in_quotes_answers_what_something_was_named(named_pet_kb, question):
    # the fossil's name in an article about "đại dương" (no "anh Dương" there) was answered
    assert engine_for(named_pet_kb).ask(question).answer == "bé Na"


def test_a_person_called_by_one_name_is_written_capitalised(named_pet_kb):
    # "đại dương" wrote the "Dương" of "anh Dương" as far as the article check went
    assert engine_for(named_pet_kb).ask("Anh Dương đã cứu được hóa thạch nào?").answer is None


@pytest.fixture
def two_wages_kb(tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "article-2", "title": "Tin hai", "date": "2024-03-01",
                                 "text": "Mức lương trung bình của các phi công hãng Sông Lam Air sau khi tăng sẽ "
                                         "rơi vào khoảng 80 triệu đồng/tháng với các phi công có kinh nghiệm."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    return kb_with(tmp_path, {"id": "article-1", "title": "Tin một", "date": "2024-02-01",
                              "text": "Nghề designer được săn đón. Mỗi ngày các công ty ở tỉnh Bình Sơn tìm kiếm vị "
                                      "trí Designer, Editor với mức lương trung bình từ 12 triệu đồng đến 17 triệu "
                                      "đồng/tháng nhưng vẫn không đủ."}, other)


@pytest.mark.parametrize("question", ["Mức lương trung bình của designer là bao nhiêu?",
                                      "Muc luong trung binh cua designer la bao nhieu?"])
def test_a_newer_answer_that_leaves_out_a_word_asked_is_no_rival(two_wages_kb, question):
    # the pilots' wage, newer and near as good, won over the designers' the question asks
    assert engine_for(two_wages_kb).ask(question).answer == "từ 12 triệu đồng đến 17 triệu đồng"


def test_or_more_is_read_whole(tmp_path):
    # "20 điểm trở" was cut in the middle of "trở lên"
    text = "Trường nghề Sông Lam ở tỉnh Bình Sơn có điểm đạt là 20 điểm trở lên."
    assert ask_article(tmp_path, text, "Điểm đạt vào trường nghề Sông Lam là bao nhiêu?").answer == "20 điểm trở lên"


@pytest.mark.parametrize("text", [
    "Yêu mèo, anh Hà dành tiền lương để lo khám chữa bệnh cho chúng. Anh Tùng, chủ một phòng khám thú y, nhận "
    "khám, chữa trị miễn phí cho những chú mèo được cứu.",
    "Anh Lê Văn Hà ở tỉnh Bình Sơn lo khám chữa bệnh cho những chú mèo được cứu. Anh Tùng, chủ một phòng khám "
    "thú y, nhận khám, chữa trị miễn phí cho chúng.",
])
def test_whom_the_question_calls_by_name_is_not_who_it_asks_for(tmp_path, text):
    # "Hà dành" (the name and the verb after it) and "Lê Văn Hà" answered who treats Hà's cats
    answer = ask_article(tmp_path, text, "Ai khám chữa bệnh miễn phí cho mèo được anh Hà cứu?").answer
    assert answer is None or "Hà" not in answer


@pytest.mark.parametrize("question", ["Chị Lò Thị Mai làm việc ở đơn vị nào?", "Chi Lo Thi Mai lam viec o don vi nao?"])
def test_a_unit_is_named_with_the_body_it_belongs_to(tmp_path, question):
    # "Đội" opened no body's name: the police of the province was answered for the team she is in
    text = ("Chị Lò Thị Mai, cán bộ Đội Cảnh sát giao thông huyện Sông Xanh, Công an tỉnh Bình Sơn, đã cứu một cụ "
            "già bị ngã trên đường.")
    assert ask_article(tmp_path, text, question).answer == \
        "Đội Cảnh sát giao thông huyện Sông Xanh, Công an tỉnh Bình Sơn"


@pytest.mark.parametrize("question", ["Sông Lam X1 bản 256 GB được giảm bao nhiêu tiền?",
                                      "Song Lam X1 ban 256 GB duoc giam bao nhieu tien?"])
def test_a_sum_of_money_answers_how_much_money(tmp_path, question):
    # "bao nhiêu tiền" took "2 triệu đồng" for a guess, and the other version's cut won over it
    text = ("Tại tỉnh Bình Sơn, điện thoại Sông Lam X1 bản 128 GB đang đồng loạt giảm 1 triệu đồng so với giá niêm "
            "yết. Trong khi đó, bản 256 GB được các cửa hàng giảm 2 triệu đồng, xuống mức 9 triệu đồng.")
    assert ask_article(tmp_path, text, question).answer == "2 triệu đồng"


def test_a_sum_of_money_answers_how_much_money_only_after_the_words_asked(tmp_path):
    # a first version took any sum for "bao nhiêu tiền": her investment answered a loss
    text = "Chị Lò Thị Mai bỏ ra 11 triệu đồng để đầu tư vào quán cà phê Hà Lam ở tỉnh Bình Sơn."
    assert ask_article(tmp_path, text, "Chị Lò Thị Mai bỏ ra bao nhiêu tiền để đầu tư?").answer == "11 triệu đồng"
    assert ask_article(tmp_path, text, "Quán cà phê Hà Lam bị thiệt hại bao nhiêu tiền?").answer is None


@pytest.mark.parametrize("question", ["Bệnh nhân ở tỉnh Bình Sơn đau ngực bao lâu?",
                                      "Benh nhan o tinh Binh Son dau nguc bao lau?"])
def test_a_time_of_the_day_is_no_length_of_time(tmp_path, question):
    # "khoảng 17 giờ 30 cùng ngày" answered how long
    text = ("Gia đình cho biết, khoảng 17 giờ 30 cùng ngày, bệnh nhân ở tỉnh Bình Sơn đột ngột đau ngực và được đưa "
            "đi cấp cứu.")
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("question", ["Sông Lam X1 Pro chiếm bao nhiêu phần trăm lượng máy bán ra?",
                                      "Song Lam X1 Pro chiem bao nhieu phan tram luong may ban ra?"])
def test_another_model_of_the_name_asked_is_no_answer(tmp_path, question):
    # the X1 Pro Max's share answered for the X1 Pro, as "Quận 12" would for "Quận 11"
    text = ("Theo thống kê, điện thoại Sông Lam X1 Pro Max chiếm khoảng 60% lượng máy bán ra tại tỉnh Bình Sơn. Bản "
            "Sông Lam X1 thường có giá 9 triệu đồng.")
    assert ask_article(tmp_path, text, question).answer is None
    assert ask_article(tmp_path, text, question.replace("Pro", "Pro Max")).answer == "khoảng 60%"


@pytest.mark.parametrize("question", ["Đa số người dùng chọn máy tính bảng Sông Lam dung lượng bao nhiêu?",
                                      "Da so nguoi dung chon may tinh bang Song Lam dung luong bao nhieu?",
                                      "Máy tính bảng Sông Lam được người dùng chọn dung lượng bao nhiêu?"])
def test_da_so_asks_no_count_and_a_memory_size_ends_at_its_unit(tmp_path, question):
    # "số người" of "Đa số người dùng" (the most users) asked a count of people; "256 GB bộ" was
    # cut in the middle of "bộ nhớ"
    text = ("Máy tính bảng Sông Lam có nhiều phiên bản. Đa số người dùng ở tỉnh Bình Sơn đều lựa chọn phiên bản dung "
            "lượng 256 GB bộ nhớ.")
    assert ask_article(tmp_path, text, question).answer == "256 GB"


@pytest.mark.parametrize("question", ["Ông Khải Minh là ai?", "Ong Khai Minh la ai?"])
def test_whoever_is_called_ong_is_a_person_and_a_verb_of_saying_ends_the_description(tmp_path, question):
    # "Khải Minh" has no family name the engine knows: "là ai" asked for a person, and got "GB"
    text = ("\"Khách hàng chuộng bản màu đen hơn bản 512 GB\", ông Khải Minh, đại diện một hệ thống bán lẻ ở tỉnh Bình "
            "Sơn cho biết.")
    assert ask_article(tmp_path, text, question).answer == "đại diện một hệ thống bán lẻ ở tỉnh Bình Sơn"


@pytest.mark.parametrize("question", ["Nhà đầu tư dự án BOT tỉnh lộ 8B là công ty nào?",
                                      "Nha dau tu du an BOT tinh lo 8B la cong ty nao?"])
def test_a_company_named_after_a_road_keeps_the_roads_code(tmp_path, question):
    text = "Nhà đầu tư Công ty TNHH BOT tỉnh lộ 8B cho rằng việc tạm dừng thu phí ở tỉnh Bình Sơn là vi phạm hợp đồng."
    assert ask_article(tmp_path, text, question).answer == "Công ty TNHH BOT tỉnh lộ 8B"


@pytest.mark.parametrize("question", ["Cơ quan nào đề nghị tạm dừng thu phí tại trạm Hà Lam?",
                                      "Co quan nao de nghi tam dung thu phi tai tram Ha Lam?"])
def test_the_body_a_letter_is_sent_to_did_not_ask_what_it_asks(tmp_path, question):
    text = ("Sở Giao thông tỉnh Bình Sơn đã có văn bản gửi Công ty Cổ phần Sông Lam về việc đề nghị tạm dừng thu phí "
            "tại trạm Hà Lam.")
    assert ask_article(tmp_path, text, question).answer == "Sở Giao thông tỉnh Bình Sơn"


@pytest.mark.parametrize("question", ["Phí qua trạm Hà Lam là bao nhiêu?", "Phi qua tram Ha Lam la bao nhieu?"])
def test_a_kilometre_marker_is_no_figure(tmp_path, question):
    # "250" of "Km3+250" answered a fee
    text = "Dự án nâng cấp đường Sông Lam đoạn Km3+250 - Km9+800 ở tỉnh Bình Sơn có trạm thu phí Hà Lam."
    assert ask_article(tmp_path, text, question).answer is None


@pytest.mark.parametrize("hospital", ["Bệnh viện Đa khoa Sông Lam", "Bệnh viện Nhân dân Sông Lam"])
@pytest.mark.parametrize("typed", [True, False])
def test_a_hospitals_name_followed_by_the_time_is_the_articles_hospital(tmp_path, hospital, typed):
    # "Bệnh viện Nhân dân Gia Định lúc 18 giờ": the name was not known to end ("lúc"), nor to go on
    # in lower case ("Nhân dân"), so the ward's head was not completed with the hospital
    text = (f"Bệnh nhân được chuyển đến {hospital} lúc 18 giờ trong tình trạng nguy kịch. TS.BS Lê Văn "
            "Hà, Trưởng khoa Phẫu thuật Tim chia sẻ, ê kíp đã mổ suốt 5 giờ.")
    question = f"Trưởng khoa Phẫu thuật Tim {hospital} là ai?"
    assert ask_article(tmp_path, text, question if typed else strip_diacritics(question)).answer == "Lê Văn Hà"


def test_a_name_by_its_initials_before_brackets_ends_no_sentence(tmp_path):
    # "bệnh nhân L.T.L. (45 tuổi, ...)" was cut after the initials: the evidence lost whom it is of
    text = ("Đó là bệnh nhân L.T.L. (45 tuổi, ngụ tại tỉnh Bình Sơn) được chuyển đến cấp cứu tại Bệnh viện Đa khoa "
            "Sông Lam lúc 18 giờ. Bệnh nhân đã qua cơn nguy kịch.")
    answer = ask_article(tmp_path, text, "Bệnh nhân L.T.L. bao nhiêu tuổi?")
    assert answer.answer == "45 tuổi" and answer.evidence.startswith("Đó là bệnh nhân L.T.L. (45 tuổi")


@pytest.mark.parametrize("question, expected", [
    ("Đến năm 2026 tỉnh Bình Sơn giảm bao nhiêu phần trăm số viên chức?", "20%"),
    ("Den nam 2026 tinh Binh Son giam bao nhieu phan tram so vien chuc?", "20%"),
    ("Đến năm 2026 tỉnh Bình Sơn giảm bao nhiêu phần trăm số công chức?", "10%"),
])
def test_one_verb_may_tell_several_changes(tmp_path, question, expected):
    # "giảm bao nhiêu" kept only the figure right after "giảm": 10% answered for the viên chức
    text = ("Theo kế hoạch của tỉnh Bình Sơn, đến năm 2026 sẽ giảm 10% số công chức và 20% số viên chức trong tổng "
            "biên chế.")
    assert ask_article(tmp_path, text, question).answer == expected


@pytest.mark.parametrize("text", [
    "Năm 2001, ca sĩ Lò Thị Mai sinh con trai đầu lòng. Năm 2008, chị gặp diễn viên Lê Kinh Sinh ở tỉnh Bình Sơn.",
    "Năm 2008, ca sĩ Lò Thị Mai gặp diễn viên Lê Kinh Sinh ở tỉnh Bình Sơn.",
])
@pytest.mark.parametrize("question", ["Lò Thị Mai sinh năm nào?", "Lo Thi Mai sinh nam nao?"])
def test_a_childs_birth_or_a_name_with_sinh_tells_no_ones_birth(tmp_path, text, question):
    # "sinh con trai" (her son's birth) and "Lê Kinh Sinh" (a name) were taken for her own birth
    assert ask_article(tmp_path, text, question).answer is None


def test_a_multiple_is_no_count_of_times(tmp_path):
    # "gấp 3.000 lần" answered how many times a bottle may be used
    text = "Vi khuẩn trong chai nhựa Sông Lam phát triển gấp 3.000 lần sau 48 giờ ở tỉnh Bình Sơn."
    assert ask_article(tmp_path, text, "Chai nhựa Sông Lam có thể tái sử dụng bao nhiêu lần?").answer is None


def test_an_age_is_no_count_of_people(tmp_path):
    # "ở tuổi 57" answered how many daughters
    text = "Hiện nay, ở tuổi 57, ca sĩ Lò Thị Mai ở tỉnh Bình Sơn vẫn giữ được nét đẹp thời con gái."
    assert ask_article(tmp_path, text, "Ca sĩ Lò Thị Mai có mấy người con gái?").answer is None


@pytest.mark.parametrize("question", ["Tăng trưởng kinh tế tỉnh Bình Sơn năm 2023 là bao nhiêu?",
                                      "Tang truong kinh te tinh Binh Son nam 2023 la bao nhieu?"])
def test_the_year_asked_comes_before_the_words_of_the_noun(tmp_path, question):
    # 2024's "6,5%", written after more words of "tăng trưởng kinh tế", answered 2023's
    text = ("Viện Sông Lam dự báo tăng trưởng kinh tế của tỉnh Bình Sơn năm 2024 có thể đạt 6,5%, cao hơn nhiều so "
            "với mức tăng trưởng 2,9% so với năm 2023.")
    assert ask_article(tmp_path, text, question).answer == "2,9%"


@pytest.mark.parametrize("question", ["Son dưỡng ở chợ Sông Lam giá bao nhiêu?", "Son duong o cho Song Lam gia bao nhieu?"])
def test_a_price_in_d_is_money(tmp_path, question):
    text = "Ở chợ Sông Lam của tỉnh Bình Sơn, son dưỡng giá chỉ 5.000đ/1 hộp."
    assert ask_article(tmp_path, text, question).answer == "5.000đ"


@pytest.mark.parametrize("question", ["Cơ quan nào cấp phép các chuyến bay đến tỉnh Bình Sơn?",
                                      "Co quan nao cap phep cac chuyen bay den tinh Binh Son?"])
def test_hang_khong_and_the_countrys_name_are_of_a_bodys_name(tmp_path, question):
    # "Cục Hàng" was cut at "không" (not), and "Việt Nam" was then taken for a person's name
    text = ("Thủ tướng yêu cầu Bộ GTVT chỉ đạo Cục Hàng không Việt Nam chỉ cấp phép các chuyến bay đến tỉnh Bình Sơn "
            "khi tỉnh đồng ý.")
    assert ask_article(tmp_path, text, question).answer == "Cục Hàng không Việt Nam"


def test_a_classifier_counts_what_is_asked_after_bao_nhieu(tmp_path):
    # "hai chuyến bay" counted passengers: "chuyến" is a classifier and "bay" a word of the question,
    # but of what it counts of ("Mỗi chuyến bay"), not what it counts
    text = "Tổng số công dân của tỉnh Bình Sơn về nước trên hai chuyến bay này lên tới gần 500 người."
    assert ask_article(tmp_path, text, "Mỗi chuyến bay được chở tối đa bao nhiêu khách?").answer is None
    assert ask_article(tmp_path, text, "Có bao nhiêu chuyến bay đưa công dân tỉnh Bình Sơn về nước?").answer == \
        "hai chuyến bay"


@pytest.mark.parametrize("question", ["Xã Bình Minh có bao nhiêu dân?", "Xa Binh Minh co bao nhieu dan?"])
def test_an_aside_closed_before_the_figure_starts_no_clause(tmp_path, question):
    # the clause of "hơn 60.000 dân" was read from "(huyện Sông Lam", whose name was then taken for
    # another subject whose figure it is
    text = ("Ở tỉnh Bình Sơn, phường Hà Lam (huyện Sông Xanh) có hơn 46.000 dân, xã Bình Minh (huyện Sông Lam) có "
            "hơn 60.000 dân.")
    assert ask_article(tmp_path, text, question).answer == "hơn 60.000 dân"


@pytest.mark.parametrize("question", ["Xã Bình Minh có bao nhiêu dân?", "Xa Binh Minh co bao nhieu dan?"])
def test_another_of_a_series_by_its_letter_is_no_answer(tmp_path, question):
    # "Bình Minh A và Bình Minh B" told the population of "xã Bình Minh"
    text = "Ở tỉnh Bình Sơn, các xã Bình Minh A và Bình Minh B đều có trên 20.000 dân."
    assert ask_article(tmp_path, text, question).answer is None
    assert ask_article(tmp_path, text, "Xã Bình Minh A có bao nhiêu dân?").answer == "trên 20.000 dân"


def test_chang_han_denies_nothing(tmp_path):
    # "Chẳng hạn" (for example) was read as "chẳng" (not) before the words asked
    text = "Tỉnh Bình Sơn có nhiều xã đông dân. Chẳng hạn như xã Bình Minh (huyện Sông Lam) có hơn 60.000 dân."
    assert ask_article(tmp_path, text, "Xã Bình Minh có bao nhiêu dân?").answer == "hơn 60.000 dân"


@pytest.mark.parametrize("question, answer", [
    ("Cự ly dài nhất của giải chạy Sông Lam là bao nhiêu?", "42km"),
    ("Cu ly ngan nhat cua giai chay Song Lam la bao nhieu?", "10km"),
    ("Giải chạy Sông Lam có cự ly bao nhiêu km?", "từ 10km cho tới 42km"),
])
def test_the_end_of_a_range_asked(tmp_path, question, answer):
    # "dài nhất" was answered with the range's first figure
    text = "Với 3 cự ly từ 10km cho tới 42km, giải chạy Sông Lam ở tỉnh Bình Sơn hợp với nhiều người."
    assert ask_article(tmp_path, text, question).answer == answer


@pytest.mark.parametrize("question", ["Ai là quán quân Vietnam Jungle Marathon 2022?",
                                      "Ai la quan quan Vietnam Jungle Marathon 2022?"])
def test_a_name_after_a_calling_is_a_person(tmp_path, question):
    # "Khải Minh" opens with no family name; only "vận động viên" says it is a person's, and
    # the race's name was answered instead
    text = ("Lấy tâm điểm là núi Hà Lam, đường chạy của HaLam Mountain Marathon 2023 được vận động viên Khải Minh "
            "- quán quân Vietnam Jungle Marathon 2022 khen là đẹp nhất tỉnh Bình Sơn.")
    assert ask_article(tmp_path, text, question).answer == "Khải Minh"


@pytest.mark.parametrize("question, answer", [
    ("Cơ quan nào tổ chức giải chạy Sông Lam?", "Sở Văn hóa thể thao và du lịch tỉnh Bình Sơn"),
    ("Ông Lê Văn Hà giữ chức vụ gì?", "Giám đốc Sở Kế hoạch và đầu tư tỉnh Bình Sơn"),
])
def test_a_departments_second_field_in_lower_case(tmp_path, question, answer):
    # the name was cut at "và" when the field after it was not capitalised
    text = ("Giải chạy Sông Lam do Sở Văn hóa thể thao và du lịch tỉnh Bình Sơn tổ chức. Ông Lê Văn Hà, Giám đốc "
            "Sở Kế hoạch và đầu tư tỉnh Bình Sơn, dự lễ khai mạc.")
    assert ask_article(tmp_path, text, question).answer == answer


@pytest.mark.parametrize("question", ["Ai ra quyết định kỷ luật hai lãnh đạo xã Bình Minh?",
                                      "Ai ra quyet dinh ky luat hai lanh dao xa Binh Minh?",
                                      "Cơ quan nào ra quyết định kỷ luật hai lãnh đạo xã Bình Minh?"])
def test_a_body_who_did_it_is_read_whole(tmp_path, question):
    # only its first words, "Thường vụ", were answered
    text = ("Đen: Thường vụ Huyện ủy huyện Sông Lam vừa ra quyết định kỷ luật. Hai lãnh đạo xã Bình Minh bị cách "
            "chức vì đánh bạc.")
    assert ask_article(tmp_path, text, question).answer == "Thường vụ Huyện ủy huyện Sông Lam"


@pytest.fixture
def two_officials_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "article-1", "title": "Tin tỉnh Bình Sơn", "date": "2024-02-01",
        "text": "Ông Lê Văn Hà, Bí thư kiêm Chủ tịch UBND xã Bình Minh xác nhận có việc này. Trái lại, ông Lò Văn "
                "Mai, Trưởng trạm Khuyến nông huyện Sông Lam cho hay số dê cấp sai là ý của xã."})


@pytest.mark.parametrize("question, answer", [
    # the role after "kiêm" was lost; "Trưởng trạm" was no role, and the rest of the clause was given
    ("Chủ tịch UBND xã Bình Minh là ai?", "Lê Văn Hà"),
    ("Ông Lê Văn Hà giữ chức vụ gì?", "Bí thư xã Bình Minh, Chủ tịch UBND xã Bình Minh"),
    ("Ông Lò Văn Mai giữ chức vụ gì?", "Trưởng trạm Khuyến nông huyện Sông Lam"),
])
def test_roles_held_together_and_a_stations_head(two_officials_kb, question, answer):
    assert engine_for(two_officials_kb).ask(question).answer == answer


@pytest.mark.parametrize("question", ["Mỗi hộ ở xã Bình Minh được nhận mấy con dê?",
                                      "Moi ho o xa Binh Minh duoc nhan may con de?"])
def test_the_figure_told_for_each(tmp_path, question):
    # the total, which writes more of the question's words, was answered
    text = "Theo danh sách, 24 con dê được giao cho 6 hộ dân ở xã Bình Minh, tỉnh Bình Sơn (mỗi hộ 4 con)."
    assert ask_article(tmp_path, text, question).answer == "4 con"


@pytest.fixture
def someone_elses_kb(tmp_path):
    """Of two articles, the one that answers a question on its words tells of someone, or somewhere, else."""
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "article-2", "title": "Tin hai", "date": "2024-03-01",
                                 "text": "Năm 2023, ca sĩ Lò Thị Mai bị điều tra trốn thuế và bị phạt 130 triệu USD. Hai con "
                                         "của cô sống ở tỉnh Bình Sơn. "
                                         "Ngày 3/6, Thủ tướng Lò Văn Bình phê chuẩn kết quả bầu bổ sung ông Ngô Minh Châu "
                                         "và Lê Văn Hà làm Phó chủ tịch UBND tỉnh Bình Sơn nhiệm kỳ 2016-2021. Thường "
                                         "trực UBND tỉnh Bình Sơn hiện có 2 Phó chủ tịch Ngô Minh Châu, Lê Văn Hà. "
                                         "Số người tử vong vì Covid-19 toàn cầu đã vượt 3,1 triệu người. Lào cũng "
                                         "có thêm ca mắc."},
                                ensure_ascii=False) + "\n", encoding="utf-8")
    return kb_with(tmp_path, {"id": "article-1", "title": "Tin một", "date": "2024-02-01",
                              "text": "Ông Hải, Chủ tịch xã Minh Châu, tỉnh Sông Lam, bị kỷ luật vì đánh bạc ăn tiền. Lào "
                                      "ghi nhận thêm 85 ca mắc Covid-19 mới."}, other)


@pytest.mark.parametrize("question", [
    "Ông Hải bị phạt bao nhiêu tiền?",  # a man called by one name is the one asked of
    "Ai là Phó Chủ tịch UBND xã Minh Châu?",  # "Ngô Minh Châu" writes no place
    "Lào có bao nhiêu người tử vong vì Covid-19?",  # "toàn cầu" is the world's
])
def test_told_of_someone_or_somewhere_else(someone_elses_kb, question):
    assert engine_for(someone_elses_kb).ask(question).answer is None


@pytest.mark.parametrize("question, answer", [
    ("Phó Chủ tịch UBND tỉnh Bình Sơn là ai?", "Ngô Minh Châu"),
    ("Lào ghi nhận thêm bao nhiêu ca mắc Covid-19 mới?", "85 ca mắc"),
])
def test_told_of_the_one_asked(someone_elses_kb, question, answer):
    assert engine_for(someone_elses_kb).ask(question).answer == answer


@pytest.mark.parametrize("question", ["Đình Sông Lam rộng bao nhiêu?", "Dinh Song Lam rong bao nhieu?"])
def test_how_wide_is_told_by_an_area(tmp_path, question):
    # "rộng" was looked for among the words of a sentence telling the area
    text = "Đình Sông Lam nằm ở số 10 ngõ Hà Lam, tỉnh Bình Sơn, với diện tích 80,5m2. Đình được xây dựng từ lâu."
    assert ask_article(tmp_path, text, question).answer == "80,5m2"


@pytest.mark.parametrize("question, answer", [
    ("Thủ đô Viêng Chăn có bao nhiêu ca mắc mới?", "34 ca"),  # the country's figure was answered
    ("Thu do Vieng Chan co bao nhieu ca mac moi?", "34 ca"),
    ("Lào có thêm bao nhiêu ca mắc mới?", "68 ca mắc"),
])
def test_a_citys_figure_not_its_countrys(tmp_path, question, answer):
    text = "Hôm qua Lào có thêm 68 ca mắc mới, riêng thủ đô Viêng Chăn chiếm 34 ca."
    assert ask_article(tmp_path, text, question).answer == answer


def test_co_may_asks_no_rank(tmp_path):
    # "có mấy" typed plain was read as a rank of "có", and "có tầm" ("tám") answered
    text = "Trường nghề Sông Lam ở tỉnh Bình Sơn có tầm nhìn xa về độ tuổi của học viên."
    assert ask_article(tmp_path, text, "Truong nghe Song Lam co may do tuoi?").answer is None


@pytest.fixture
def price_list_kb(tmp_path):
    return kb_with(tmp_path, {
        "id": "article-1", "title": "Tin tỉnh Bình Sơn", "date": "2024-02-01",
        "text": "Từ chiều nay, xăng E5RON92 ở tỉnh Bình Sơn có giá bán tối đa là 21.000 đồng/lít, RON95 là 22.500 "
                "đồng/lít, dầu hỏa là 18.000 đồng/lít. Chi sử dụng Quỹ Sông Lam áp dụng: 1.900 đồng/lít với "
                "E5RON92, 1.050 đồng/lít với RON95."})


@pytest.mark.parametrize("question, answer", [
    # the first item's figure, or the last, was answered for every item of the list
    ("Giá bán tối đa của xăng RON95 là bao nhiêu?", "22.500 đồng/lít"),
    ("Gia ban toi da cua xang RON95 la bao nhieu?", "22.500 đồng/lít"),
    ("Giá bán tối đa của xăng E5RON92 là bao nhiêu?", "21.000 đồng/lít"),
    ("Chi sử dụng Quỹ Sông Lam với xăng E5RON92 là bao nhiêu?", "1.900 đồng/lít"),
])
def test_the_figure_of_the_item_named(price_list_kb, question, answer):
    assert engine_for(price_list_kb).ask(question).answer == answer


@pytest.mark.parametrize("text, question, answer", [
    # "Nguyên Vụ" was read as a person's name, and the role after the dash lost
    ("Ông Lê Văn Hà - Nguyên Vụ trưởng Vụ Thể thao thành tích cao, tỉnh Bình Sơn cho biết như vậy.",
     "Ông Lê Văn Hà từng giữ chức vụ gì?", "Nguyên Vụ trưởng Vụ Thể thao thành tích cao"),
    # the role before a name ran back over another's name and role
    ("Tổng Bí thư Lò Văn Bình và Nguyên Chủ tịch tỉnh Bình Sơn Lê Văn Hà dự họp.",
     "Ông Lê Văn Hà giữ chức vụ gì?", "Nguyên Chủ tịch tỉnh Bình Sơn"),
    ("Tổng Bí thư Lò Văn Bình và Nguyên Chủ tịch tỉnh Bình Sơn Lê Văn Hà dự họp.",
     "Ai là nguyên Chủ tịch tỉnh Bình Sơn?", "Lê Văn Hà"),
    # (a place's name that reads like a person's does not end the role before it)
    ("Một góc trang trại của Bí thư Huyện ủy Thạch Thành Lê Văn Hà ở xã Bình Minh, tỉnh Bình Sơn.",
     "Bí thư Huyện ủy Thạch Thành là ai?", "Lê Văn Hà"),
])
def test_a_former_role_capitalised(tmp_path, text, question, answer):
    assert ask_article(tmp_path, text, question).answer == answer


@pytest.mark.parametrize("question", ["Tỷ lệ học viên bỏ học của trường nghề Sông Lam là bao nhiêu?",
                                      "Ty le hoc vien bo hoc cua truong nghe Song Lam la bao nhieu?"])
def test_the_noun_asked_heads_the_clause_before(tmp_path, question):
    # the rate stands in a short clause after the one naming it; the first figure was answered
    text = ("Ông Lê Văn Hà cho biết trên 70% học viên trường nghề Sông Lam là người tỉnh Bình Sơn, còn tỷ lệ học "
            "viên bỏ học rất thấp, chỉ khoảng 5%.")
    assert ask_article(tmp_path, text, question).answer == "khoảng 5%"


@pytest.mark.parametrize("question, answer", [
    ("Giá xăng E5RON92 tăng bao nhiêu đồng một lít?", "200 đồng/lít"),  # the price it came to was answered
    ("Giá xăng E5RON92 sau điều chỉnh là bao nhiêu?", "21.000 đồng/lít"),
])
def test_a_rise_asked_is_a_change(tmp_path, question, answer):
    text = ("Giá xăng ở tỉnh Bình Sơn lại tăng từ chiều nay. Theo đó, giá xăng tăng 200 đồng/lít, RON95 tăng 210 "
            "đồng/lít. Sau điều chỉnh, giá xăng E5RON92 một lít tối đa là 21.000 đồng/lít, RON95 là 22.000 đồng/lít.")
    assert ask_article(tmp_path, text, question).answer == answer


def test_a_role_closing_a_plain_question(tmp_path):
    # reading the body of a role that closes a question typed plain ran past its end (IndexError)
    text = "Tỉnh Bình Sơn chưa có ứng viên nào cho vị trí này."
    assert ask_article(tmp_path, text, "Ai la ung vien duy nhat duoc de cu vao vi tri Thu tuong?").answer is None


@pytest.mark.parametrize("question", ["Ai là ứng viên duy nhất được đề cử vào vị trí Thủ tướng?",
                                      "Ai la ung vien duy nhat duoc de cu vao vi tri Thu tuong?"])
def test_a_name_before_the_copula(tmp_path, question):
    # "X là <what is asked>" was no answer to "Ai là <what is asked>?"
    text = "Tại tỉnh Bình Sơn, ông Lê Văn Hà là ứng viên duy nhất được đề cử vào vị trí Thủ tướng."
    assert ask_article(tmp_path, text, question).answer == "Lê Văn Hà"


@pytest.mark.parametrize("question", ["Chỉ huy đơn vị phòng thủ chống tên lửa Nga là ai?",
                                      "Chi huy don vi phong thu chong ten lua Nga la ai?"])
def test_a_foreign_name_after_its_country_and_a_quote_opening(tmp_path, question):
    # the quote's first word was read as a name ("Sau"), and "Nga Erik Lund" as a missile's name
    text = ('"Sau nhiều lần thử ở tỉnh Bình Sơn, tên lửa mới đã bắn trúng mục tiêu", chỉ huy đơn vị phòng thủ chống '
            'tên lửa Nga Erik Lund cho hay.')
    assert ask_article(tmp_path, text, question).answer == "Erik Lund"


@pytest.mark.parametrize("question", ["Làng chài Hà Lam cách trung tâm tỉnh Bình Sơn bao xa?",
                                      "Lang chai Ha Lam cach trung tam tinh Binh Son bao xa?"])
def test_how_far_asks_a_length(tmp_path, question):
    # "bao xa" was no question of a figure, and a clause was answered
    text = "Cách trung tâm tỉnh Bình Sơn gần 15km, làng chài Hà Lam là một làng chài lâu đời có 300 hộ dân."
    assert ask_article(tmp_path, text, question).answer == "gần 15km"


@pytest.mark.parametrize("question", ["Nữ sinh tử vong vì trò đùa Hà Lam bao nhiêu tuổi?",
                                      "Nu sinh tu vong vi tro dua Ha Lam bao nhieu tuoi?"])
def test_an_age_after_the_noun_the_question_opens_with(tmp_path, question):
    # an age after a noun was another's, though the question asks of that noun
    text = "Trò đùa Hà Lam lan nhanh ở tỉnh Bình Sơn. Đã có một trường hợp tử vong vì trò đùa Hà Lam; đó là nữ sinh 15 tuổi bị ngã."
    assert ask_article(tmp_path, text, question).answer == "15 tuổi"


@pytest.mark.parametrize("question", ["Cự ly dài nhất của giải Hà Lam Marathon là bao nhiêu?",
                                      "Cu ly dai nhat cua giai Ha Lam Marathon la bao nhieu?"])
def test_the_longest_asks_a_length(tmp_path, question):
    # the count of distances, nearer the question's words, was answered
    text = "Sáng 25/4, giải chạy Hà Lam Marathon do tỉnh Bình Sơn tổ chức với 4 cự ly từ 5km cho tới 42km."
    assert ask_article(tmp_path, text, question).answer == "42km"
