"""Questions typed all in lower case, as readers type on a phone: the names in them are found
from how the articles write the same words."""
import json

import pytest

from conftest import engine_for

from bot.importer import import_paths
from bot.index import open_index
from bot.kb import KnowledgeBase

ARTICLES = [
    {"id": "tan-phu", "title": "Huyện Tân Phú làm đường nông thôn", "date": "2024-03-01",
     "text": "Ông Nguyễn Văn Hải, Chủ tịch UBND huyện Tân Phú, cho biết huyện đã làm 12 km đường giao thông nông thôn. "
             "Năm 2025, UBND huyện Tân Phú sẽ làm thêm 5 km đường."},
    {"id": "krong-no", "title": "Mưa lớn gây ngập", "date": "2024-03-02",
     "text": ("Mưa lớn kéo dài khiến nhiều xã của huyện Krông Nô bị ngập. Đoàn công tác của tỉnh đã đến huyện "
              "Krông Nô để hỗ trợ người dân. Tại huyện Krông Nô, 120 hộ dân phải di dời.")},
    {"id": "lao-bao", "title": "Hàng hóa qua cửa khẩu tăng", "date": "2024-03-03",
     "text": "Hàng hóa qua cửa khẩu Lao Bảo tăng mạnh. Từ tháng 4, cửa khẩu Lao Bảo mở cửa đến 22 giờ."},
    {"id": "nghe-thuat", "title": "Đoàn nghệ thuật lưu diễn", "date": "2024-03-04",
     "text": "Mỗi diễn viên của đoàn nhận thù lao 5 triệu đồng cho mỗi buổi diễn."},
]


def import_records(tmp_path, records, name="articles"):
    source = tmp_path / f"{name}.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    import_paths(tmp_path / "kb", [source])
    return tmp_path / "kb"


@pytest.fixture
def kb(tmp_path):
    return import_records(tmp_path, ARTICLES)


def restore(kb, question):
    index = open_index(KnowledgeBase(kb))
    return index.casing.restore(question, index.sentences_with)


@pytest.mark.parametrize("typed, restored", [
    ("ai là chủ tịch ubnd huyện krông nô?", "Ai là chủ tịch UBND huyện Krông Nô?"),
    ("ai la chu tich ubnd huyen krong no", "Ai la chu tich UBND huyen Krong No"),
    # capitals typed anywhere after the first letter are the reader's own: left as they are
    ("Ai là chủ tịch ubnd huyện Krông nô?", "Ai là chủ tịch ubnd huyện Krông nô?"),
])
def test_a_question_typed_in_lower_case_gets_the_capitals_the_articles_write(kb, typed, restored):
    assert restore(kb, typed) == restored


@pytest.mark.parametrize("question", ["ai là chủ tịch ubnd huyện krông nô?", "ai la chu tich ubnd huyen krong no"])
def test_a_lower_case_question_about_a_place_no_article_answers_for_gets_no_answer(kb, question):
    # the articles name Krông Nô, and a district chairman, but not Krông Nô's chairman
    assert engine_for(kb).ask(question).answer is None


@pytest.mark.parametrize("question", ["ai là chủ tịch ubnd huyện tân phú?", "ai la chu tich ubnd huyen tan phu"])
def test_a_lower_case_question_the_articles_answer_is_answered(kb, question):
    assert engine_for(kb).ask(question).answer == "Nguyễn Văn Hải"


@pytest.mark.parametrize("question", ["diễn viên nhận thù lao bao nhiêu mỗi buổi diễn?",
                                      "dien vien nhan thu lao bao nhieu moi buoi dien"])
def test_the_words_that_ask_are_never_part_of_a_name(kb, question):
    # "lao bao" folds like the border gate "Lao Bảo", which the articles write with capitals
    assert "Lao Bao" not in restore(kb, question) and "Lao Bảo" not in restore(kb, question)
    assert engine_for(kb).ask(question).answer == "5 triệu đồng"


def test_a_syllable_alone_keeps_its_case_and_a_run_is_written_as_a_name(tmp_path):
    kb = import_records(tmp_path, [{"id": "ai-cap", "title": "Du lịch", "date": "2024-03-05", "text": (
        "Du khách đến Ai Cập tăng. Kim tự tháp Ai Cập đón nhiều khách. Ứng dụng AI giúp dịch cho khách. "
        "Công nghệ AI được dùng rộng rãi, và khách quen dùng AI. Người dân ở Pháp và khách từ Pháp thích món phở.")}])
    # "pháp" alone is of "biện pháp" as often as it is France; "ai cập" is a name, not "AI Cập"
    assert restore(kb, "biện pháp nào giúp khách đến ai cập?") == "Biện pháp nào giúp khách đến Ai Cập?"


def test_a_word_typed_with_diacritics_is_capitalised_only_as_the_articles_spell_it(tmp_path):
    kb = import_records(tmp_path, [
        {"id": "da-nang", "title": "Du lịch", "date": "2024-03-07",
         "text": "Khách đến Đà Nẵng tăng. Từ tháng 5, Đà Nẵng mở thêm bãi tắm, và khách ở Đà Nẵng lâu hơn. Mùa Hè Rực Rỡ là tên lễ hội."},
        {"id": "may-xay", "title": "Giá đồ gia dụng", "date": "2024-03-08",
         "text": "Một chiếc máy xay đa năng giá 2 triệu đồng."}])
    # "đa năng" (of many uses) folds like "Đà Nẵng" but is not spelt like it
    assert restore(kb, "máy xay đa năng giá bao nhiêu?") == "Máy xay đa năng giá bao nhiêu?"
    assert engine_for(kb).ask("máy xay đa năng giá bao nhiêu?").answer == "2 triệu đồng"
    # a run the articles write with capitals once may be a headline's way: left as typed
    assert restore(kb, "mùa hè rực rỡ là gì") == "Mùa hè rực rỡ là gì"


def test_an_import_adds_the_capitals_of_its_articles_to_the_old_counts(tmp_path):
    kb = import_records(tmp_path, ARTICLES[:2], "first")
    assert restore(kb, "ai la chu tich tan uyen") == "Ai la chu tich tan uyen"
    import_records(tmp_path, [{"id": "tan-uyen", "title": "Tin huyện", "date": "2024-03-06", "text": (
        "Bà Lê Thị Hoa, Chủ tịch UBND huyện Tân Uyên, dự lễ khánh thành. Huyện Tân Uyên có 9 xã.")}], "second")
    assert restore(kb, "ai la chu tich tan uyen") == "Ai la chu tich Tan Uyen"
    added = open_index(KnowledgeBase(kb)).casing
    counted_again = open_index(KnowledgeBase(kb), use_cache=False).casing
    assert (added.capitals, added.runs, added.opening) == (counted_again.capitals, counted_again.runs,
                                                           counted_again.opening)


@pytest.mark.parametrize("question", ["ai sáng lập bảo tàng guggenheim?", "ai sang lap bao tang guggenheim"])
def test_a_foreign_word_no_article_has_is_a_name_the_answer_must_have(tmp_path, question):
    kb = import_records(tmp_path, [{"id": "bao-tang", "title": "Bảo tàng", "date": "2024-03-09",
                                    "text": "Ông Lê Văn Nam sáng lập bảo tàng Tân Phú năm 1990."}])
    # typed "Guggenheim", the museum must be in the answer's article; typed in lower case, too
    assert restore(kb, question).endswith("Guggenheim") or restore(kb, question).endswith("Guggenheim?")
    assert engine_for(kb).ask(question).answer is None


PEOPLE = [
    {"id": "dong-nai", "title": "Đồng Nai có tân Chủ tịch", "date": "2024-04-01",
     "text": ("Ông Cao Tiến Dũng được bầu giữ chức Chủ tịch UBND tỉnh Đồng Nai. "
              "Tỉnh yêu cầu các chủ đầu tư nâng cao tiến độ giải ngân vốn. "
              "Ông Phạm Uyên Nguyên là Bí thư Thành ủy Biên Hòa. "
              "Cụ Lê Văn Tư là người cao tuổi nhất xã Tân Phú. "
              "Anh Trần Văn Minh giữ chức vụ Bí thư Đoàn xã Tân Phú. "
              "Bà Nguyễn Thị Hoa bán cháo giò đã 62 tuổi.")},
]


@pytest.mark.parametrize("question, expected", [
    ("ông cao tiến dũng giữ chức vụ gì?", "Chủ tịch UBND tỉnh Đồng Nai"),
    ("ong cao tien dung giu chuc vu gi", "Chủ tịch UBND tỉnh Đồng Nai"),
    # another given name is another person, though the articles never wrote this one
    ("ông cao tiến minh là ai?", None),
    ("chức vụ của ông cao tiến minh là gì?", None),
    ("chuc vu cua ong cao tien minh la gi", None),
    ("phạm uyên dũng là ai?", None),
    # "thị" is no "thì" after a surname, typed with marks or without
    ("bà nguyễn thị phượng bán cháo giò bao nhiêu tuổi?", None),
    ("ba nguyen thi phuong ban chao gio bao nhieu tuoi?", None),
    ("bà nguyễn thị hoa bán cháo giò bao nhiêu tuổi?", "62 tuổi"),
])
def test_a_persons_name_typed_in_lower_case_is_a_name_the_answer_must_have(tmp_path, question, expected):
    # "ông cao tiến minh" had been answered with Cao Tiến Dũng's office: without capitals the
    # question named nobody
    assert engine_for(import_records(tmp_path, PEOPLE)).ask(question).answer == expected


def test_a_surname_before_words_the_articles_only_write_in_lower_case_names_nobody(tmp_path):
    # "Cao" is a surname, but "ông cao tuổi" is an old man
    kb = import_records(tmp_path, PEOPLE)
    assert restore(kb, "ông cao tuổi nhất xã tân phú là ai?") == "Ông cao tuổi nhất xã Tân Phú là ai?"
    # and "ánh" is no "anh": "ánh kim" is a metallic sheen, not a Mr Kim
    assert restore(kb, "ngoài ánh kim thì kiến có màu nào?") == "Ngoài ánh kim thì kiến có màu nào?"


WARD = [{"id": "thanh-binh", "title": "Phường Thanh Bình có Bí thư mới", "date": "2024-05-01",
         "text": ("Ông Lê Văn Hải được bầu làm Bí thư Đảng ủy phường Thanh Bình. "
                  "Phường Thanh Bình có 12 khu phố. Phường sẽ chăm lo an sinh xã hội. "
                  "Hội giảng nhà giáo Hà Tĩnh trao 8 giải ba.")}]


@pytest.mark.parametrize("question, expected", [
    ("bí thư đảng ủy phường thanh bình là ai?", "Lê Văn Hải"),
    ("bi thu dang uy phuong thanh binh la ai?", "Lê Văn Hải"),
    # a ward no article has is a ward all the same, and Thanh Bình's secretary is not its
    ("bí thư đảng ủy phường thanh hà là ai?", None),
    ("bi thu dang uy phuong thanh ha la ai?", None),
])
def test_the_place_after_a_ward_or_district_typed_in_lower_case_is_a_name(tmp_path, question, expected):
    assert engine_for(import_records(tmp_path, WARD)).ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("bí thư đảng ủy phường tân phú trung là ai?", "Trần Minh Hòa"),
    # "Tân Phú" with a "bắc" after it had been read: Tân Phú Trung's secretary was given
    ("bí thư đảng ủy phường tân phú bắc là ai?", None),
])
def test_a_ward_named_by_its_neighbours_two_words_and_a_direction_is_named_whole(tmp_path, question, expected):
    records = [{"id": "tan-phu-trung", "title": "Phường Tân Phú Trung có Bí thư mới", "date": "2024-05-01",
                "text": "Ông Trần Minh Hòa được bầu làm Bí thư Đảng ủy phường Tân Phú Trung."}]
    assert engine_for(import_records(tmp_path, records)).ask(question).answer == expected


@pytest.mark.parametrize("typed, restored", [
    ("phường có chăm lo an sinh xã hội không?", "Phường có chăm lo an sinh xã hội không?"),  # society, no commune
    # "tĩnh" of Hà Tĩnh is no "tỉnh": "trao" is no place's name
    ("hội giảng nhà giáo hà tĩnh trao bao nhiêu giải ba?", "Hội giảng nhà giáo Hà Tĩnh trao bao nhiêu giải ba?"),
    ("huyen co bao nhieu xa?", "Huyen co bao nhieu xa?"),
    ("thần học theo quan niệm của giáo hội là gì?", "Thần học theo quan niệm của giáo hội là gì?"),  # no "quận"
])
def test_a_word_that_only_looks_like_a_unit_names_no_place(tmp_path, typed, restored):
    assert restore(import_records(tmp_path, WARD), typed) == restored


def test_a_province_typed_in_lower_case_with_its_marks_is_the_province(tmp_path):
    # "lâm đồng" folds like "làm đồng" (farm work), which these articles write far more often, so
    # the counts gave it no capitals, and Đắk Lắk's figure was given for Lâm Đồng
    kb = import_records(tmp_path, [
        {"id": "su-pham", "title": "Hỗ trợ sinh viên sư phạm", "date": "2024-06-01",
         "text": "Sinh viên sư phạm ở Đắk Lắk được hỗ trợ 3,63 triệu đồng mỗi tháng."},
        {"id": "mua-vu", "title": "Vào vụ mới", "date": "2024-06-02",
         "text": "Nông dân làm đồng từ sáng sớm. Cả nhà cùng làm đồng. Trẻ em cũng ra làm đồng. Lâm Đồng mưa lớn."}])
    assert restore(kb, "sinh viên ở lâm đồng được hỗ trợ bao nhiêu mỗi tháng?").startswith("Sinh viên ở Lâm Đồng")
    assert engine_for(kb).ask("sinh viên sư phạm ở lâm đồng được hỗ trợ bao nhiêu mỗi tháng?").answer is None
    # "hòa bình" is peace as often as the province: left as typed
    assert restore(kb, "cách mạng hòa bình diễn ra khi nào?") == "Cách mạng hòa bình diễn ra khi nào?"
