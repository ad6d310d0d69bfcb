import unicodedata

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text import aligned_tokens, fold, mostly_without_diacritics, normalize, numbers, split_sentences, tokens


def test_nfd_input_is_the_same_text_as_nfc():
    nfc = "Bí thư Quận ủy Quận 11"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert normalize(nfd) == nfc
    assert tokens(nfd) == tokens(nfc)


def test_old_tone_placement_is_normalised_for_display_and_matching():
    assert normalize("Thành uỷ, hoà bình, thuỷ điện, Uỷ ban, khoẻ") == "Thành ủy, hòa bình, thủy điện, Ủy ban, khỏe"
    assert fold("Thành uỷ") == fold("Thành ủy")


def test_tone_placement_leaves_closed_syllables_and_qu_alone():
    assert normalize("hoàng quý quỳnh hoàn toàn hoặc xoắn khuyết") == "hoàng quý quỳnh hoàn toàn hoặc xoắn khuyết"


def test_accent_free_key_matches_unaccented_typing():
    assert tokens("Ai là Bí thư Quận ủy Quận 11?") == tokens("ai la bi thu quan uy quan 11")
    assert fold("Đồng Nai") == "dong nai"


def test_i_and_y_after_a_consonant_are_one_spelling():
    # both spellings are in print and readers type either
    for a, b in [("Hoa Kỳ", "Hoa Kì"), ("lý do", "lí do"), ("thế kỷ", "thế kỉ"), ("5 tỷ đồng", "5 tỉ đồng"),
                 ("nước Mỹ", "nước Mĩ"), ("quý I", "quí I")]:
        assert tokens(a) == tokens(b), (a, b)
    # but not where y is part of a longer vowel
    assert tokens("Huy") != tokens("Hui") and tokens("thủy") != tokens("thủi")


def test_abbreviations_equal_their_long_forms():
    long_form = tokens("Thành phố Hồ Chí Minh")
    for short in ("TP.HCM", "TPHCM", "TP HCM", "TP. HCM"):
        assert tokens(short) == long_form, short
    assert tokens("UBND Q.11") == tokens("Ủy ban nhân dân Quận 11")
    assert tokens("HĐND") == tokens("Hội đồng nhân dân")
    assert tokens("MTTQ") == tokens("Mặt trận Tổ quốc")
    long_form = tokens("Sở Lao động - Thương binh và Xã hội")
    for short in ("Sở LĐ-TB&XH", "Sở LĐTBXH", "Sở LĐ - TB và XH"):
        assert tokens(short) == long_form, short


def test_an_abbreviation_over_several_tokens_aligns_with_what_it_stands_for():
    # the words of "GD&ĐT" all come from its own characters, as those of "UBND" do
    text = "Sở GD&ĐT tỉnh"
    aligned = aligned_tokens(text)
    assert [t for t, _, _ in aligned] == tokens(text) == ["so", "giao", "duc", "va", "dao", "tao", "tinh"]
    assert {text[s:e] for t, s, e in aligned[1:6]} == {"GD&ĐT"}


def test_numbers_are_exact_tokens():
    assert "11" in tokens("Quận 11") and "12" not in tokens("Quận 11")
    assert numbers("ban hành 92 văn bản ngày 17/8/2016") == {"92", "17/8/2016"}
    assert "93" not in numbers("92 văn bản")


def test_invisible_and_control_characters_are_dropped():
    assert normalize("Quận\u200b 11\x07") == "Quận 11"


def test_sentences_split_at_full_stops_but_not_after_abbreviations():
    text = "Ông A đến TP. HCM lúc 5 giờ. Bà B nói “xin chào.” Chiều 7/12, đoàn làm việc."
    assert split_sentences(text) == ["Ông A đến TP. HCM lúc 5 giờ.", "Bà B nói “xin chào.”",
                                     "Chiều 7/12, đoàn làm việc."]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("aAoOuUyYqQeEđ hòàáảãạỳýỷỹỵèéẻẽẹÀÈỲ\n\t\u00a0\u200b\u0300\u0301\r.1")),
                    max_size=40))
def test_the_fast_path_of_normalize_changes_nothing_the_full_one_would(text):
    from bot.text import _normalize

    assert normalize(text) == (_normalize(text) if text else "")
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize("text, expected", [
    ("Trường Cán bộ tỉnh Lào Cai được thành lập ngày nào?", False),   # written with care
    ("Ai là Bí thư Quận ủy Quận 11?", False),
    ("ai la bi thu quan uy quan 11", False),                         # no marks at all: plain already
    ("Trường Can bộ tinh Lào Cai duoc thành lap ngay nào?", True),    # marks on some words only
    ("Giám doc Sở Y tế tinh Lao Cai la ai?", True),
])
def test_a_question_with_marks_left_off_most_words_is_told_from_one_written_with_care(text, expected):
    assert mostly_without_diacritics(text) is expected


def test_a_foreign_name_s_initial_ends_no_sentence():
    # "Robert F. Kennedy" and "Thomas Mc. Clelland" had been cut in two sentences at the initial
    assert split_sentences("Ông Peter K. Lind và ông Thomas Mc. Clelland phát biểu. Nhiệt độ giảm còn 0 độ C. "
                           "Đội Sông Lam đứng thứ 5 Serie A. Họ còn 3 trận.") == [
        "Ông Peter K. Lind và ông Thomas Mc. Clelland phát biểu.", "Nhiệt độ giảm còn 0 độ C.",
        "Đội Sông Lam đứng thứ 5 Serie A.", "Họ còn 3 trận."]
