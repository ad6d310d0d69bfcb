"""Deeds a reader and an article name in different words: "Yuri Gagarin mất khi nào?" of "Ông
chết ... vào ngày 27/3/1968", "qua đời" of "từ trần"; and the ways of saying that someone is
first by a measure ("nhiều nhất", "dẫn đầu", "kỷ lục").

Only deeds that are one deed whatever the word: "sáng lập" (to found) is not "thành lập" (to set
up, often by a council's decision), nor "ra đời" (came into being) a birth. A word of one
syllable must be written as in the table, where the reader typed diacritics: "mất" is not the
"mặt" of "có mặt" nor "mắt" (eye).
"""
from __future__ import annotations

import re

from .question import HONORIFICS_SPELT, STOPWORDS, Question, per_question
from .text import aligned_tokens, fold, spelling

_SAME_DEEDS = {
    "died": ("mất", "chết", "qua đời", "từ trần", "tử vong", "hy sinh", "tạ thế", "thiệt mạng", "tử nạn", "băng hà"),
    "married": ("kết hôn", "cưới", "thành hôn", "lấy vợ", "lấy chồng"),
    "born": ("sinh", "sinh ra", "chào đời"),
}
# each deed's ways of saying it: (as written, its match keys)
_GROUPS = {deed: [(spelling(w), fold(w).split()) for w in ways] for deed, ways in _SAME_DEEDS.items()}
_OF_A_LIFESPAN = {"born", "died"}
# "mất" is a death only standing alone: not "mất tích" (missing), "mất điện", "mất việc"; "sinh"
# a birth, not "sinh viên", "sinh sống", nor "học sinh", "hy sinh", "vệ sinh", "phát sinh", "tuyển sinh"
_ALONE = {"mat", "cuoi", "sinh"}
# a person's years in brackets: "Alain Bombard (1924-2005)"
LIFESPAN = re.compile(r"\((\d{3,4})\s*[-–]\s*(\d{3,4})\)")
_AFTER_ALONE = STOPWORDS | {"nam", "ngay", "thang", "luc", "hoi", "tai", "vi", "do", "nhu", "the", "sau", "truoc",
                            "ra"}
# "ra mắt" (to debut), "có mặt", "bề mặt", "trước mặt", "đôi mắt", "giải mật" (declassified),
# "bí mật", "bảo mật", "thân mật", "khuôn mặt", "gặp mặt", "vắng mặt", "thay mặt", "lộ mặt", and
# "bị mất" (lost), typed without diacritics
_BEFORE_MAT = {"ra", "co", "be", "truoc", "doi", "giai", "bi", "bao", "than", "khuon", "gap", "vang", "thay", "lo"}
_BEFORE_SINH = {"hoc", "hi", "ve", "san", "phat", "nay", "giang", "song", "tai", "bam", "so", "cuu", "thi", "ki",
                "sat", "ho", "ban", "dan", "tro", "thu", "sieu", "ong", "tuyen"}


# "sinh con", "sinh bé": a child's birth, told of the mother, not her own
_CHILD_AFTER_SINH = [["con"], ["be"], ["chau"], ["doi"]]


def _at(keys: list[str], phrase: list[str]) -> list[int]:
    n = len(phrase)
    return [k for k in range(len(keys) - n + 1) if keys[k:k + n] == phrase
            and not (n == 1 and phrase[0] in _ALONE and k + 1 < len(keys) and keys[k + 1] not in _AFTER_ALONE)
            and not (phrase[0] == "sinh" and k and keys[k - 1] in _BEFORE_SINH)
            and not (phrase == ["sinh"] and keys[k + 1:k + 2] in _CHILD_AFTER_SINH)
            and not (phrase == ["mat"] and k and keys[k - 1] in _BEFORE_MAT)]


@per_question
def _deeds_of_the_table(q: Question) -> list[tuple[frozenset[str], str]]:
    """The deeds of the table the question names: the question's words that name each, and the
    deed."""
    found = []
    for deed, ways in _GROUPS.items():
        for written, phrase in ways:
            if len(phrase) == 1 and not q.mentions(phrase[0], written):
                continue  # "mặt", "mắt" typed
            for k in _at(q.tokens, phrase):
                if "khi" in q.tokens[max(0, k - 5):k]:
                    continue  # "Trước khi chết, ông sống ở đâu?": when, not what is asked
                found.append((frozenset(q.tokens[k:k + len(phrase)]), deed))
    return found


@per_question
def deed_words(q: Question) -> frozenset[str]:
    """The question's words that name a deed of the table."""
    return frozenset().union(*(words for words, _ in _deeds_of_the_table(q)))


def deeds_told(q: Question, sentence: str, person: list[str]) -> set[str]:
    """The question's words whose deed the sentence tells, in the same words or in others ("mất"
    of "qua đời"; not of "mất tích" nor "có mặt"), and not of another than the person asked
    ("cái chết của người bạn thân")."""
    toks = aligned_tokens(sentence)
    keys = [key for key, _, _ in toks]
    told: set[str] = set()
    lifespan = bool(LIFESPAN.search(sentence))  # born and died
    for words, deed in _deeds_of_the_table(q):
        if lifespan and deed in _OF_A_LIFESPAN:
            told |= words
            continue
        if any((len(phrase) > 1 or spelling(sentence[toks[k][1]:toks[k][2]]) == written or _of_an_abbreviation(toks, k))
               and not _of_another(sentence, toks, k + len(phrase), person) and not _of_a_name(sentence, toks, k)
               for written, phrase in _GROUPS[deed] for k in _at(keys, phrase)):
            told |= words
    return told


def _of_a_name(sentence: str, toks, k: int) -> bool:
    """"Liêu Kinh Sinh": a deed's word capitalised inside the sentence is a name's (not one of
    an abbreviation's long form: "SN 1990")."""
    return k > 0 and sentence[toks[k][1]:toks[k][1] + 1].isupper() and not _of_an_abbreviation(toks, k)


# "của họ", "của ông": whoever the text spoke of just before, the person asked of where the
# sentence is theirs (whether it is, _about_someone_else judges)
_BACK_TO_THEM = {"họ", "mình", "cô"} | HONORIFICS_SPELT


def _of_another(sentence: str, toks, after: int, person: list[str]) -> bool:
    """"cái chết của người bạn thân": the deed of whoever "của" names, unless that is the person
    or a pronoun ("Đám cưới của họ", not "của ông Nguyễn Văn A")."""
    keys = [key for key, _, _ in toks]
    if keys[after:after + 1] != ["cua"] or person and person[-1] in keys[after + 1:after + 6]:
        return False
    words = [sentence[start:end] for _, start, end in toks[after + 1:after + 3]]
    return not (words and words[0] in _BACK_TO_THEM and (len(words) == 1 or not words[1][:1].isupper()))


def retrieval_terms(q: Question) -> list[str]:
    """The other ways of saying the question's deeds as retrieval terms: a word, or a pair of
    words as the index keeps pairs ("qua_doi"; "qua" and "doi" alone are in any article)."""
    return list(dict.fromkeys("_".join(phrase) for words, deed in _deeds_of_the_table(q)
                              for _, phrase in _GROUPS[deed] if set(phrase) != words))


# the kinds of question whose answer only a sentence telling the deed gives: "Ca nghi nhiễm sinh
# năm nào?" is not answered by the day a sentence says the case was isolated
# (not "how many": "số người chết" is told as killed, "sát hại trên 30.000 người")
_ASKED_OF_THE_DEED = {"date", "place"}


def _of_an_abbreviation(toks, k: int) -> bool:
    """The token at k is one of an abbreviation's long form ("sinh" of "SN 1992"): those share
    their span of the text."""
    return any(0 <= j < len(toks) and j != k and toks[j][1:] == toks[k][1:] for j in (k - 1, k + 1))


def tells_another_deed(q: Question, told: set[str]) -> bool:
    """The question asks when or where of a deed of the table (born, died, married), and the
    sentence tells none of its ways of saying it (`told`: deeds_told of the sentence)."""
    return q.kind in _ASKED_OF_THE_DEED and bool(deed_words(q)) and not told


# "nhất" that is no superlative: "duy nhất" (only), "thống nhất" (unified), "thứ nhất" (first of
# a list), "ít nhất" (at least), "nhất trí" (agree), "nhất là" (above all), nor "thường nhật"
# (daily) nor "Nhật Bản" (Japan) where the reader typed no diacritics; in the question's
# keys, and as the sentence writes it, since "Nhật" (Japan, "Phạm Nhật Vượng") folds like it
_NOT_BEFORE_NHAT = ("duy", "thống", "đồng", "hợp", "thứ", "độc", "chuyên", "ít")
_NOT_AFTER_NHAT = ("trí", "định", "quán", "là", "thiết", "thời", "loạt", "nguyên")


def _not_superlative(before: list[str], after: list[str], nhat: str) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(before)}) {nhat}\b|\b{nhat} (?:{'|'.join(after)})\b")


_NOT_SUPERLATIVE_WRITTEN = _not_superlative(list(_NOT_BEFORE_NHAT), list(_NOT_AFTER_NHAT), "nhất")
_NOT_SUPERLATIVE = _not_superlative([fold(w) for w in _NOT_BEFORE_NHAT] + ["thuong"],
                                    [fold(w) for w in _NOT_AFTER_NHAT] + ["ban"], "nhat")

# measures of how much, one measure whatever the word: "nhiều ca nhất" is "số ca cao nhất", and
# the first by them is said to lead too ("dẫn đầu", "đứng đầu", "đầu bảng"); the least by such a
# measure ("thấp nhất") is no answer to the most, nor the most to the least. Other measures are
# often said in other words ("đẹp nhất" of "tốt nhất", "tôn kính" of "tôn trọng"): any first
# will do for them.
_MOST = ("nhiều", "cao", "lớn", "đông", "rộng")
_LEAST = ("ít", "thấp", "nhỏ", "hẹp")
_MEASURES = {fold(w): group for group in (_MOST, _LEAST) for w in group}
_LEADS = r"|\b(?:dẫn|đứng|đi) đầu\b|\bđầu bảng\b"
_FIRST_BY = {
    _MOST: re.compile(rf"\b(?:{'|'.join(_MOST)})(?: \w+){{0,5}} nhất\b" + _LEADS),
    _LEAST: re.compile(rf"\b(?!(?:{'|'.join(_MOST)}) )\w+ nhất\b"),
    None: re.compile(r"\bnhất\b|\bk[ỷỉ] lục\b" + _LEADS),
}

# the kinds of question a sentence that names no first answers with a confident wrong name ("tỉnh
# Bokeo" for the province with the most cases); what, why and how are told in other words too
# often (ViQuAD lost 16 answers and gained 5 with every kind)
_FIRST_BY_A_MEASURE = {"person", "org", "place"}


@per_question
def _told_the_most(q: Question) -> re.Pattern | None:
    """What a sentence must say of the question's answer when the question asks who, which body
    or where is first by a measure ("Tỉnh nào có nhiều ca mắc nhất?", "Ai là người giàu nhất?"):
    the measure and "nhất" ("nhiều ... nhất", "cao nhất", "giàu nhất"); None for other questions,
    and for "Cuộc diễu hành lớn nhất diễn ra khi nào?", which names its subject by a measure."""
    if q.kind not in _FIRST_BY_A_MEASURE or (q.has_diacritics and "nhất" not in q.text.lower()):
        return None  # "Thủ tướng Nhật Bản": "Nhật" folds like "nhất"
    right = _NOT_SUPERLATIVE.sub(" ", " ".join(q.right)).split()
    if "nhat" not in right[1:]:
        return None
    at = right.index("nhat", 1)
    # "nhiều ca mắc nhất": the measure opens the words "nhất" closes
    measure = next((w for w in right[max(0, at - 6):at] if w in _MEASURES), right[at - 1])
    return _FIRST_BY[_MEASURES.get(measure)]


def tells_nothing_of_the_most(q: Question, sentence: str) -> bool:
    """The question asks who or what is first by a measure, and the sentence says of nobody
    that they are first by it."""
    told = _told_the_most(q)
    return told is not None and not told.search(_NOT_SUPERLATIVE_WRITTEN.sub(" ", sentence.lower()))
