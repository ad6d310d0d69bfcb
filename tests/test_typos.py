"""Questions typed in haste. A slip of the finger: the word no article has is read as the word
one slip away that the articles have, with the diacritics they write beside the same
neighbours. Marks left off half the words: the question is read as one typed without any."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT, engine_for

from bot.importer import import_paths


@pytest.mark.parametrize("question, expected", [
    ("Ai là Bí thư Quận ủy Qun 11?", "Trương Quốc Lâm"),      # a letter dropped
    ("Bí thư Qunậ ủy Quận 11 là ai?", "Trương Quốc Lâm"),     # two letters swapped
    ("Ai là Bí thư Quận ủy Quuận 11?", "Trương Quốc Lâm"),    # a letter doubled
    ("ai la bi thu quan uy qun 11", "Trương Quốc Lâm"),       # without diacritics
])
def test_a_slip_in_a_place_name_still_finds_the_answer(seed_kb, question, expected):
    assert engine_for(seed_kb).ask(question).answer == expected


def test_a_slip_in_a_persons_name_still_finds_their_role(seed_kb):
    assert engine_for(seed_kb).ask("Trương Quc Lâm giữ chức vụ gì?").answer == "Bí thư Quận ủy"


def test_a_slip_in_the_question_word_still_asks_for_a_figure(seed_kb):
    assert engine_for(seed_kb).ask("Quận 11 có bao nhiêêu phường?").answer == "16 phường"


def kb_with(tmp_path, text: str):
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / "a.jsonl"
    record = {"id": "quan-doi", "title": "Tin quận", "date": "2024-04-01", "text": text}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    import_paths(tmp_path / "kb", [source])
    return tmp_path / "kb"


def test_the_diacritics_come_from_the_words_beside_it(tmp_path):
    # "quân" is the commoner word overall, but before "7" the articles write "Quận"
    kb = kb_with(tmp_path, "Quân đội và quân dân cùng làm. Bộ đội quân khu giúp dân. Quân y khám bệnh. "
                           "Ông Lê Văn Hòa, Chủ tịch UBND Quận 7, thăm hỏi người dân.")
    engine = engine_for(kb)
    assert engine.speller.mend_slips("Ai là Chủ tịch UBND Qun 7?") == "Ai là Chủ tịch UBND Quận 7?"
    assert engine.ask("Ai là Chủ tịch UBND Qun 7?").answer == "Lê Văn Hòa"


def test_a_word_no_article_has_and_no_slip_explains_is_left_as_typed(tmp_path):
    kb = kb_with(tmp_path, "Ông Lê Văn Hòa, Chủ tịch UBND Quận 7, thăm bảo tàng thành phố.")
    engine = engine_for(kb)
    assert engine.speller.mend_slips("Ai sáng lập bảo tàng Guggenheim?") == "Ai sáng lập bảo tàng Guggenheim?"
    assert engine.ask("Ai sáng lập bảo tàng Guggenheim?").answer is None


@pytest.mark.parametrize("question", ["Ai là Chủ tịch UBND huyện Cư Jút?", "ai là chủ tịch ubnd huyện cư jút?"])
def test_a_foreign_word_is_no_slip_of_a_vietnamese_one(tmp_path, question):
    # "Jút" had been read as "sụt" (one letter away): no Vietnamese word starts with f, j, w or
    # z, so it is a name no article has, and the question gets no answer
    kb = kb_with(tmp_path, "Ông Lê Văn Hòa là Chủ tịch UBND huyện Tân Phú. Giá lúa sụt giảm mạnh.")
    engine = engine_for(kb)
    assert engine.speller.mend_slips(question) == question
    answer = engine.ask(question)
    assert answer.answer is None and answer.read_as is None


def syllables(n: int, leave_out: set[str]) -> list[str]:
    """n well-formed syllables without tones, for a knowledge base that has most of the language."""
    from bot.text import is_vietnamese_syllable

    onsets = "b c ch d g gh h k kh l m n ng nh p ph qu r s t th tr v x".split()
    rhymes = ("a ac ach ai am an ang anh ao ap at au ay e ec em en eng eo ep et i ich iem ien iet ieu im in inh ip it iu "
              "o oa oac oai oan oang oanh oat oc oe oi om on ong op ot u ua uan uat uc ui um un ung uoc uoi uom uon "
              "uong uot up ut uy uyen uyet").split()
    made = [o + r for o in onsets for r in rhymes]
    return [s for s in made if is_vietnamese_syllable(s) and s not in leave_out][:n]


def test_a_knowledge_base_that_has_the_language_reads_an_unknown_syllable_as_a_slip(tmp_path):
    news = "Ông Lê Văn Dục, Giám đốc Sở Xây dựng, dự hội nghị. "
    small = engine_for(kb_with(tmp_path / "small", news))
    # a small knowledge base may just not have the word: "gim" is left as typed
    assert small.speller.mend_slips("Gim đốc Sở Xây dựng là ai?") == "Gim đốc Sở Xây dựng là ai?"
    words = syllables(1200, leave_out={"gim"})
    large = engine_for(kb_with(tmp_path / "large", news + " ".join(words) + "."))
    assert large.speller.mend_slips("Gim đốc Sở Xây dựng là ai?") == "Giám đốc Sở Xây dựng là ai?"
    assert large.ask("Gim đốc Sở Xây dựng là ai?").answer == "Lê Văn Dục"


@pytest.mark.parametrize("question", ["Trường Can bộ tinh Lào Cai duoc thành lap ngay nào?",
                                      "Trường Cán bộ tỉnh Lào Cai được thành lập ngày nào?"])
def test_a_question_typed_with_marks_on_some_words_only_is_read_as_typed_without(tmp_path, question):
    # with marks on some words, a plain "ngay" could not be "ngày", and the question asked for no date
    kb = kb_with(tmp_path, "Trường Cán bộ tỉnh Lào Cai được thành lập ngày 15/4/1976. Bà Nguyễn Thị Lan "
                           "là Giám đốc Sở Y tế tỉnh Lào Cai.")
    assert engine_for(kb).ask(question).answer == "ngày 15/4/1976"


TONES = ("Ông Hà Văn Thắng là Giám đốc Sở Y tế tỉnh Yên Bái. Theo ông Trần Văn Nam, Sở Y tế tỉnh Lào Cai đã cấp "
         "500 liều vắc xin cho các huyện. Hai giám đốc sở đang làm việc. Ông Lê Văn Tâm là Giám đốc Sở Giáo dục "
         "tỉnh Lào Cai. Ông Đặng Văn Hòa, Chánh Văn phòng Sở Y tế tỉnh Lào Cai, đang họp. Ông Đặng Văn Hòa đang "
         "chuẩn bị báo cáo. Các đơn vị đang triển khai kế hoạch.")


def test_a_tone_no_article_prints_is_read_as_the_tone_they_print_beside_the_same_words(tmp_path):
    engine = engine_for(kb_with(tmp_path, TONES))
    # read as it came, "Giạm" is no title: the question asked for anyone at a Lào Cai department
    assert engine.ask("Giạm đốc Sở Y tế tỉnh Lào Cai là ai?").answer is None
    assert engine.ask("Ai lả Giám đốc Sở Y tế tỉnh Yên Bái?").answer == "Hà Văn Thắng"


def test_a_name_keeps_its_tone_though_a_commoner_word_folds_like_it(tmp_path):
    busy = " ".join(f"Hôm nay ông đang làm việc ở tổ {n}." for n in range(1, 61))  # "ông đang", not "ông Đặng"
    engine = engine_for(kb_with(tmp_path, busy + " " + TONES))
    # "ông đang" is commoner than "ông Đặng": a name is left to the articles' names
    assert engine.ask("ông đặng văn hòa giữ chức gì?").read_as is None  # no word read as another
    assert engine.ask("ông đặng văn hòa giữ chức gì?").answer.startswith("Chánh Văn phòng")


def test_a_question_word_is_never_mended_into_a_word_the_articles_print(tmp_path):
    # the articles print "ở đầu" and never "đâu": the reader's "ở đâu" still asks where
    engine = engine_for(kb_with(tmp_path, "Bà Lê Thị Hoa làm việc tại Trường Tiểu học Tân Phú. Nhà ở đầu ngõ 5. "
                                          "Nhà ở đầu ngõ 7. Nhà ở đầu ngõ 9."))
    assert engine.ask("Bà Lê Thị Hoa làm việc ở đâu?").read_as is None
    assert engine.ask("Bà Lê Thị Hoa làm việc ở đâu?").kind == "place"


def test_one_sighting_beside_the_same_word_is_too_few_to_change_a_tone(tmp_path):
    engine = engine_for(kb_with(tmp_path, "Nhiệt độ thì cao. Ngôi đền được xây lại năm 1990."))
    # "dỡ" is printed nowhere, and "độ thì" once: the reader's word stands
    assert engine.ask("Ngôi đền bị tháo dỡ thì ai xây lại?").read_as is None


@pytest.mark.parametrize("question", ["HĐNND Quận 11 ban hành bao nhiêu Nghị quyết?", "HND Quận 11 ban hành bao nhiêu Nghị quyết?",
                                      "HĐND Quận 11 ban hành bao nhiêu Nghị quyết?"])
def test_a_slip_in_an_abbreviation_is_read_as_the_abbreviation(seed_kb, question):
    # the index spells "HĐND" out, so no article has the word "hdnd" for "HĐNND" to be near
    assert engine_for(seed_kb).ask(question).answer == engine_for(seed_kb).ask(
        "Hội đồng nhân dân Quận 11 ban hành bao nhiêu Nghị quyết?").answer is not None


@pytest.mark.parametrize("question", ["Ai là Bí thư Tỉnh ủy Sóc Tăng?", "Ai là Bí thư Tỉnh ủy Sóc Trăng?"])
def test_a_slip_in_a_province_no_article_has_is_read_as_the_province(tmp_path, question):
    # "tăng" is a word of its own, but no article has "Sóc Tăng"; Sóc Trăng is a province
    kb = kb_with(tmp_path, "Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng, dự lễ. Giá xăng tăng mạnh.")
    assert engine_for(kb).ask(question).answer == "Lâm Văn Mẫn"


def test_a_persons_name_one_slip_from_a_province_is_left_as_typed(tmp_path):
    kb = kb_with(tmp_path, "Ông Lâm Văn Mẫn, Bí thư Tỉnh ủy Sóc Trăng, dự lễ.")
    # a run that goes on in capitals is a longer name, not a province with a slip
    assert engine_for(kb).ask("Ông Sóc Tăng Vĩnh là ai?").read_as is None


def test_a_word_typed_in_capitals_is_read_as_the_abbreviation_near_it(tmp_path):
    # "and" is one slip from "HND" too, and an article has it; capitals say it is "HĐND"
    kb = kb_with(tmp_path, "HĐND Quận 7 ban hành 12 nghị quyết. Quỹ Smith and Wesson tài trợ cho quận.")
    engine = engine_for(kb)
    assert engine.ask("HND Quận 7 ban hành bao nhiêu nghị quyết?").read_as == "HDND Quận 7 ban hành bao nhiêu nghị quyết?"
    assert engine.ask("HND Quận 7 ban hành bao nhiêu nghị quyết?").answer == "12 nghị quyết"


def test_a_short_code_typed_in_capitals_is_no_slip_of_another(tmp_path):
    # "UVD" had been read as "UV", and the band of the whole spectrum given as its wavelength
    kb = kb_with(tmp_path, "Chỉ số UV hôm nay rất cao. Tia UVA có bước sóng dài nhất, từ 315 đến 400 nm. "
                           "Tia UVB có bước sóng từ 280 đến 315 nm.")
    engine = engine_for(kb)
    assert engine.ask("Tia UVD có bước sóng bao nhiêu?").answer is None
    assert engine.ask("Tia UVB có bước sóng bao nhiêu?").answer == "từ 280 đến 315 nm"


def test_the_reader_is_told_how_a_question_with_a_slip_was_read(seed_kb):
    def ask(*args, stdin=None):
        proc = subprocess.run([sys.executable, "-m", "bot", "--kb", str(seed_kb), "ask", *args], input=stdin,
                              capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    shown = ask("Ai là Bí thư Quận ủy Qun 11?").splitlines()
    assert shown[:2] == ["Hiểu câu hỏi là: «Ai là Bí thư Quận ủy Quận 11?»", "Trương Quốc Lâm"]
    assert ask("Ai là Bí thư Quận ủy Quận 11?").splitlines()[0] == "Trương Quốc Lâm"  # as typed: nothing to say


def test_one_sighting_beside_a_content_word_is_enough_to_mend_a_tone(tmp_path):
    # "Giám đốc" is printed once; "đốc" is a content word, so once says which word "Giạm" is
    kb = kb_with(tmp_path, "Theo ông Trần Văn Nam, Sở Y tế tỉnh Lào Cai đã cấp 500 liều vắc xin cho các huyện. "
                           "Ông Lê Văn Tâm là Giám đốc Sở Giáo dục tỉnh Lào Cai.")
    answer = engine_for(kb).ask("Giạm đốc Sở Y tế tỉnh Lào Cai là ai?")
    assert answer.read_as == "Giám đốc Sở Y tế tỉnh Lào Cai là ai?"
    assert answer.answer is None  # not the director of the other department
