"""Deeds a reader and an article name in different words: "Yuri Gagarin mất khi nào?" of "Ông
chết ... vào ngày 27/3/1968", "qua đời" of "từ trần".

Only deeds that are one deed whatever the word: "sáng lập" (to found) is not "thành lập" (to set
up, often by a council's decision), nor "ra đời" (came into being) a birth. A word of one
syllable must be written as in the table, where the reader typed diacritics: "mất" is not the
"mặt" of "có mặt" nor "mắt" (eye).
"""
from __future__ import annotations

from .question import STOPWORDS, Question, per_question
from .text import aligned_tokens, fold, spelling

_SAME_DEEDS = [
    ("mất", "chết", "qua đời", "từ trần", "tử vong", "hy sinh", "tạ thế", "thiệt mạng", "tử nạn", "băng hà"),
    ("kết hôn", "cưới", "thành hôn", "lấy vợ", "lấy chồng"),
]
# (written, its match keys)
_GROUPS = [[(spelling(deed), fold(deed).split()) for deed in deeds] for deeds in _SAME_DEEDS]
# "mất" is a death only standing alone: not "mất tích" (missing), "mất điện", "mất việc"
_ALONE = {"mat", "cuoi"}
_AFTER_ALONE = STOPWORDS | {"nam", "ngay", "thang", "luc", "hoi", "tai", "vi", "do", "nhu", "the", "sau", "truoc"}


def _at(keys: list[str], phrase: list[str]) -> list[int]:
    n = len(phrase)
    return [k for k in range(len(keys) - n + 1) if keys[k:k + n] == phrase
            and not (n == 1 and phrase[0] in _ALONE and k + 1 < len(keys) and keys[k + 1] not in _AFTER_ALONE)]


@per_question
def _deeds_of_the_table(q: Question) -> list[tuple[frozenset[str], list[tuple[str, list[str]]]]]:
    """The deeds of the table the question names: the question's words that name each, and the
    ways of saying it."""
    found = []
    for group in _GROUPS:
        for written, phrase in group:
            if len(phrase) == 1 and not q.mentions(phrase[0], written):
                continue  # "mặt", "mắt" typed
            for k in _at(q.tokens, phrase):
                found.append((frozenset(q.tokens[k:k + len(phrase)]), group))
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
    for words, group in _deeds_of_the_table(q):
        if any((len(phrase) > 1 or spelling(sentence[toks[k][1]:toks[k][2]]) == written)
               and not _of_another(keys, k + len(phrase), person)
               for written, phrase in group for k in _at(keys, phrase)):
            told |= words
    return told


def _of_another(keys: list[str], after: int, person: list[str]) -> bool:
    """"cái chết của người bạn thân": the deed of whoever "của" names, unless that is the person."""
    return keys[after:after + 1] == ["cua"] and not (person and person[-1] in keys[after + 1:after + 6])


def retrieval_terms(q: Question) -> list[str]:
    """The other ways of saying the question's deeds as retrieval terms: a word, or a pair of
    words as the index keeps pairs ("qua_doi"; "qua" and "doi" alone are in any article)."""
    return list(dict.fromkeys("_".join(phrase) for words, group in _deeds_of_the_table(q)
                              for _, phrase in group if set(phrase) != words))
