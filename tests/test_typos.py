"""Questions typed in haste. A slip of the finger: the word no article has is read as the word
one slip away that the articles have, with the diacritics they write beside the same
neighbours. Marks left off half the words: the question is read as one typed without any."""
import json

import pytest

from conftest import engine_for

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
    assert engine.speller.correct("Ai là Chủ tịch UBND Qun 7?") == "Ai là Chủ tịch UBND Quận 7?"
    assert engine.ask("Ai là Chủ tịch UBND Qun 7?").answer == "Lê Văn Hòa"


def test_a_word_no_article_has_and_no_slip_explains_is_left_as_typed(tmp_path):
    kb = kb_with(tmp_path, "Ông Lê Văn Hòa, Chủ tịch UBND Quận 7, thăm bảo tàng thành phố.")
    engine = engine_for(kb)
    assert engine.speller.correct("Ai sáng lập bảo tàng Guggenheim?") == "Ai sáng lập bảo tàng Guggenheim?"
    assert engine.ask("Ai sáng lập bảo tàng Guggenheim?").answer is None


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
    assert small.speller.correct("Gim đốc Sở Xây dựng là ai?") == "Gim đốc Sở Xây dựng là ai?"
    words = syllables(1200, leave_out={"gim"})
    large = engine_for(kb_with(tmp_path / "large", news + " ".join(words) + "."))
    assert large.speller.correct("Gim đốc Sở Xây dựng là ai?") == "Giám đốc Sở Xây dựng là ai?"
    assert large.ask("Gim đốc Sở Xây dựng là ai?").answer == "Lê Văn Dục"


@pytest.mark.parametrize("question", ["Trường Can bộ tinh Lào Cai duoc thành lap ngay nào?",
                                      "Trường Cán bộ tỉnh Lào Cai được thành lập ngày nào?"])
def test_a_question_typed_with_marks_on_some_words_only_is_read_as_typed_without(tmp_path, question):
    # with marks on some words, a plain "ngay" could not be "ngày", and the question asked for no date
    kb = kb_with(tmp_path, "Trường Cán bộ tỉnh Lào Cai được thành lập ngày 15/4/1976. Bà Nguyễn Thị Lan "
                           "là Giám đốc Sở Y tế tỉnh Lào Cai.")
    assert engine_for(kb).ask(question).answer == "ngày 15/4/1976"
