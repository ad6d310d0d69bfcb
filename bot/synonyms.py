"""Deeds a reader and an article name in different words: "Yuri Gagarin mất khi nào?" of "Ông
chết ... vào ngày 27/3/1968", "qua đời" of "từ trần".

Only deeds that are one deed whatever the word: "sáng lập" (to found) is not "thành lập" (to set
up, often by a council's decision), nor "ra đời" (came into being) a birth. A word of one
syllable must be written as in the table, where the reader typed diacritics: "mất" is not the
"mặt" of "có mặt" nor "mắt" (eye).
"""
from __future__ import annotations

import re

from .question import STOPWORDS, Question, per_question
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
# a birth, not "sinh viên", "sinh sống", nor "học sinh", "hy sinh", "vệ sinh", "phát sinh"
_ALONE = {"mat", "cuoi", "sinh"}
# a person's years in brackets: "Alain Bombard (1924-2005)"
LIFESPAN = re.compile(r"\((\d{3,4})\s*[-–]\s*(\d{3,4})\)")
_AFTER_ALONE = STOPWORDS | {"nam", "ngay", "thang", "luc", "hoi", "tai", "vi", "do", "nhu", "the", "sau", "truoc",
                            "ra"}
_BEFORE_SINH = {"hoc", "hi", "ve", "san", "phat", "nay", "giang", "song", "tai", "bam", "so", "cuu", "thi", "ki",
                "sat", "ho", "ban", "dan", "tro", "thu", "sieu", "ong"}


def _at(keys: list[str], phrase: list[str]) -> list[int]:
    n = len(phrase)
    return [k for k in range(len(keys) - n + 1) if keys[k:k + n] == phrase
            and not (n == 1 and phrase[0] in _ALONE and k + 1 < len(keys) and keys[k + 1] not in _AFTER_ALONE)
            and not (phrase[0] == "sinh" and k and keys[k - 1] in _BEFORE_SINH)]


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
        if any((len(phrase) > 1 or spelling(sentence[toks[k][1]:toks[k][2]]) == written)
               and not _of_another(keys, k + len(phrase), person)
               for written, phrase in _GROUPS[deed] for k in _at(keys, phrase)):
            told |= words
    return told


def _of_another(keys: list[str], after: int, person: list[str]) -> bool:
    """"cái chết của người bạn thân": the deed of whoever "của" names, unless that is the person."""
    return keys[after:after + 1] == ["cua"] and not (person and person[-1] in keys[after + 1:after + 6])


def retrieval_terms(q: Question) -> list[str]:
    """The other ways of saying the question's deeds as retrieval terms: a word, or a pair of
    words as the index keeps pairs ("qua_doi"; "qua" and "doi" alone are in any article)."""
    return list(dict.fromkeys("_".join(phrase) for words, deed in _deeds_of_the_table(q)
                              for _, phrase in _GROUPS[deed] if set(phrase) != words))


# the kinds of question whose answer only a sentence telling the deed gives: "Ca nghi nhiễm sinh
# năm nào?" is not answered by the day a sentence says the case was isolated
# (not "how many": "số người chết" is told as killed, "sát hại trên 30.000 người")
_ASKED_OF_THE_DEED = {"date", "place"}


def tells_another_deed(q: Question, told: set[str]) -> bool:
    """The question asks when or where of a deed of the table (born, died, married), and the
    sentence tells none of its ways of saying it (`told`: deeds_told of the sentence)."""
    return q.kind in _ASKED_OF_THE_DEED and bool(deed_words(q)) and not told
