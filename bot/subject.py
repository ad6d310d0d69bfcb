"""The person or thing a question opens with, and what it asks of them.

"Ông X sinh năm nào?" asks X's year of birth: a sentence that names X but not his birth, or
that tells another man's, has a year that is no answer. "Trường X được thành lập năm nào?" asks
the school's founding: the day of a signing it hosted is none. The engine (answer.py) drops
such sentences; this module says who or what is asked about, what is asked of them, and
whether a sentence names them.
"""
from __future__ import annotations

import itertools
import re
from typing import Callable

from .facts import FOLDED_SURNAMES, SURNAMES
from .measures import MEASURE_ADJECTIVES, measure_asked, measured_in
from .question import FOLDED_FUNCTION_WORDS, HONORIFICS, STOPWORDS, Question, is_function_word, per_question
from .synonyms import deed_words
from .text import UPPER, aligned_tokens, fold, tokens_folded


@per_question
def subject_person(q: Question) -> list[str]:
    """The person whose name opens the question ("Ông Đặng Trọng Thăng quê ở đâu?"), if one does:
    the capitalised words after "Ông", "Bà", ... (one to four), or a name of three or more words
    starting with a family name (as written when diacritics are typed)."""
    toks = q.tokens[1:] if q.tokens[:1] and q.tokens[0] in HONORIFICS else q.tokens
    words = q.text.split()
    if len(toks) < len(q.tokens):  # "Ông Đoàn Ngọc Hải ...": the capitalised words after "Ông"
        named = list(itertools.takewhile(lambda w: w[:1].isupper(), words[1:5]))
        # (one word will do: "Ông Hải bị phạt bao nhiêu tiền?" asks of a man the article calls so)
        if named and toks[:len(named)] == tokens_folded(fold(" ".join(named))):
            return toks[:len(named)]
    written = words[len(q.tokens) - len(toks)] if len(words) > len(q.tokens) - len(toks) else ""
    for alternatives in q.entities:
        name = alternatives[0]
        if len(name) >= 3 and toks[:len(name)] == name and name[0] in FOLDED_SURNAMES \
                and (not q.has_diacritics or written in SURNAMES):
            return name
    return []


# words that ask of a person's office, not of a deed or a thing ("giữ chức vụ gì", "làm gì"), and
# function words ("do" of "do ai sáng lập" is in any sentence)
_NOT_ASKED = {"giu", "chuc", "vu", "lam", "nhiem"}
# "sống ở làng nào": where someone lives is where they are ("doanh nhân ở làng Pembarthi"); "thuộc
# tỉnh nào", "nằm ở đâu": where a place lies is written beside it ("xã Sông Lam, tỉnh Bình Định")
_DWELLING = {"song", "thuoc", "nam"}  # (not "cư trú": "trú" folds as "trụ" of "trụ sở")


# the kinds of question whose answer a sentence about a thing gives only if it tells what is
# asked: a figure, a date, a name or a place of any sentence naming it is a confident wrong
# answer; what, how and why are often told in other words than the question's (ViQuAD lost 14
# answers with them, and 5 with places: the price of 114 fewer false answers of 656)
_ASKED_OF_THINGS = {"number", "date", "person", "place"}


@per_question
def subject_span(q: Question) -> tuple[int, int] | None:
    """The tokens of the person or thing the question opens with: the person's name after "Ông"
    (subject_person), or a run of capitalised words and numbers ("Trường THPT Cửa Tùng",
    "Quận 11", "Paris", not a lone "Con" that merely opens the sentence)."""
    name = subject_person(q)
    if name:
        start = q.tokens.index(name[0]) if name[0] in q.tokens else 0
        return start, start + len(name)
    if q.kind not in _ASKED_OF_THINGS:
        return None
    toks = aligned_tokens(q.text)
    end = 0
    while end < len(toks) and (q.text[toks[end][1]:toks[end][2]][:1].isupper() or toks[end][0][0].isdigit()):
        end += 1
    words = {s for _, s, _ in toks[:end]}
    named = any(alt == q.tokens[:len(alt)] for alternatives in q.entities for alt in alternatives)
    return (0, end) if end and (len(words) >= 2 or named) and end < len(toks) else None


@per_question
def asked_of_the_subject(q: Question) -> list[list[str]]:
    """What the question asks of the person or thing it opens with, as the runs of its words
    beyond the name, as typed: ["sinh"] of "Ông X sinh năm nào?", ["tot", "nghiep"] of "... tốt
    nghiệp trường nào?", ["thanh", "lap"] of "Trường X được thành lập năm nào?"; none for "X là
    ai?" or "X giữ chức vụ gì?"."""
    span = subject_span(q)
    if not span or q.kind == "title":
        return []
    wh = range(*q.wh) if q.wh else range(0)
    toks = aligned_tokens(q.text)
    thing = not subject_person(q)
    runs: list[tuple[int, list[str]]] = []
    for k, t in enumerate(q.tokens):
        goes_on = bool(runs) and runs[-1][0] == k - 1
        if span[0] <= k < span[1] or k in wh or t in q.numbers or t in _NOT_ASKED \
                or _a_stopword(q, t, toks[k], goes_on) or q.kind == "place" and t in _DWELLING \
                or thing and k and q.text[toks[k][1]:toks[k][2]][:1].isupper():
            continue  # a name asked of a thing is looked for elsewhere (_constraints)
        if runs and runs[-1][0] == k - 1:
            runs[-1] = (k, runs[-1][1] + [t])
        else:
            runs.append((k, [t]))
    return [run for _, run in runs]


def _a_stopword(q: Question, key: str, tok: tuple[str, int, int], goes_on: bool) -> bool:
    """A stopword or function word by its match key; but one typed otherwise that goes on a word
    asked is that word's: "cửa" of "tạm đóng cửa" is no "của" (and "tạm đóng" no word of two
    syllables the sentence must write whole). Not one that starts a run: "đẳng" of "Trường Cao
    đẳng" is the name's, nothing asked."""
    if key not in STOPWORDS and key not in FOLDED_FUNCTION_WORDS:
        return False
    written = q.text[tok[1]:tok[2]]
    # (a word typed without marks may be the function word: "quê o tỉnh nao")
    return not goes_on or is_function_word(written, plain=written.lower() == key)


def tells_nothing_asked_of(q: Question, sentence: str, spelt: Callable[[str], str], deeds_said: set[str]) -> bool:
    """A sentence that names the person asked about but none of what is asked of them ("Ông X sinh
    năm nào?" of "ông X, Phó Giám đốc Sở, cho biết năm 2021 ...") does not answer: any date,
    figure or name in it would be a confident wrong answer. Two words in a row are one word of two
    syllables and must be there whole ("tốt nghiệp", not the "tốt" of "thực hiện tốt"); of one
    or of three and more ("bị tố chơi bài"), any word will do; each as typed (of one or two, a tone
    typed wrong forgiven), not a capitalised name's ("vợ" is not "Võ"), or as the knowledge base
    spells a word it never saw (`spelt`); a deed of synonyms.py by any of its words (`deeds_said`:
    the question's words whose deed the sentence tells, synonyms.deeds_told)."""
    runs = asked_of_the_subject(q)
    if not runs:
        return False
    if any(set(run) <= MEASURE_ADJECTIVES for run in runs) and measured_in(sentence, measure_asked(q)):
        # "Đình X rộng bao nhiêu?": "diện tích 70,5m2" tells how wide, in the measure asked
        runs = [run for run in runs if not set(run) <= MEASURE_ADJECTIVES]
        if not runs:
            return False
    toks = aligned_tokens(sentence)
    present = {key for key, _, _ in toks}
    deeds = deed_words(q)
    if deeds:  # "mất" asked: "qua đời" tells it, "mất tích" does not
        if any(set(run) & deeds_said for run in runs):
            return False
        runs = [run for run in runs if not set(run) <= deeds]
        if not runs:
            return True
    for run in runs:
        loose = len(run) <= 2  # of a long run one word will do, so it must be the word typed
        for phrase in [run] if len(run) == 2 else [[t] for t in run]:
            if not all(t in present or spelt(t) in present for t in phrase):
                continue  # most sentences hold none of the words: no need to look where
            for k in range(len(toks) - len(phrase) + 1):
                if all(_word_said(q, t, toks[k + j], sentence, spelt, loose) for j, t in enumerate(phrase)):
                    return False
    return True


def _word_said(q: Question, typed: str, tok: tuple[str, int, int], sentence: str, spelt: Callable[[str], str],
               loose: bool) -> bool:
    key, s, e = tok
    if s and sentence[s:e][:1].isupper():
        return False  # "vợ" asked is no word of a name ("Võ Văn Tâm")
    if key != typed:
        return key == spelt(typed)
    return q.mentions_loosely(key, sentence[s:e]) if loose else q.mentions(key, sentence[s:e])


def is_their_name(name: list[str], keys) -> bool:
    """Whether a full name found (match keys) is the person's whole name or its last words ("Hòa
    Bình" of "Lê Hòa Bình"), or, for one word ("anh Dương", "bà Helena"), the full name's last
    or first word ("Lê Hùng Dương", "Helena Petrovna Blavatsky")."""
    if len(name) == 1:
        return len(keys) >= 2 and name[0] in (keys[0], keys[-1])
    return len(keys) >= 2 and tuple(name[-len(keys):]) == tuple(keys)


_NEXT_CAPITALISED = re.compile(rf"\s+[{UPPER}]")


def names_the_person(q: Question, name: list[str], sentence: str, names: list[tuple[int, int, str]],
                     spelt: Callable[[str], str]) -> bool:
    """Whether the sentence names the person: by their whole name or its last words, on match
    keys ("Lê Hòa Bình" for a typed "Le Hòa Binh"), or by the given name alone, capitalised,
    spelled out (not the "thành" of "TP") and as typed ("Ánh" is not "Anh"), or as the articles
    spell a name typed wrong (`spelt`: "Bìnhh" is "Bình"). A full name the given name is part of
    must be the person's ("Nguyễn Thị Bích Ngọc" is not "Nguyễn Thị Ngọc Bích"), and the given
    name alone ends the capitalised words it stands in ("Thăng Long" is a place)."""
    if any(is_their_name(name, tokens_folded(fold(n[2]))) for n in names):
        return True
    given = name[-1]
    spelled = spelt(given)
    for key, s, e in aligned_tokens(sentence):
        surface = sentence[s:e]
        if key not in (given, spelled) or not surface[:1].isupper() or fold(surface) != key \
                or key == given and not q.mentions(key, surface):
            continue
        if _NEXT_CAPITALISED.match(sentence, e):
            continue  # the first word of another name ("Thăng Long" is no "Thăng")
        if not any(n[0] <= s < n[1] for n in names):
            return True
    return False
