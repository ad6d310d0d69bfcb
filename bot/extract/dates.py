"""Answers to "khi nào", "năm nào", "ngày nào": dates as Vietnamese news writes them, periods, the
years of a life.
"""
from __future__ import annotations

import re

from ..contrast import not_after_the_opposite_deed
from ..question import STOPWORDS, Question, named_words, per_question
from ..subject import subject_person
from ..synonyms import LIFESPAN
from ..text import UPPER, aligned_tokens, fold, tokens_folded
from .names import ROMAN
from .spans import Span, closest, join_spans, phrase_starts, token_keys


_ERA = r"(?:\s+(?:TCN|SCN|trước Công nguyên|sau Công nguyên)\b)?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
# a day and a month that can be one ("86/2015" is no date), and not a document's number
# ("Nghị định 86/2015/NĐ-CP", "Thông tư 05/2021/TT-BGDĐT")
_NOT_A_NUMBER = r"\b(?!/\w)"
DATE_SPAN = re.compile(
    # days running to a date: "từ 29 đến 31/5", "29-31/5"
    rf"(?:từ\s+)?(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+)?(?<![\d/.,]){_DAY}\s*(?:đến|tới|[-–])\s*{_DAY}/{_MONTH}"
    rf"(?:/\d{{4}})?{_NOT_A_NUMBER}"
    rf"|(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+)?(?<![\d/.,]){_DAY}/{_MONTH}(?:/\d{{4}})?{_NOT_A_NUMBER}"
    # "ngày 2-11" (a hyphen only after a day word: "8-9 trận" is no date), "24.3.2021" (a year
    # after the dots: "3.5" is a figure)
    r"|(?:ngày|sáng|chiều|tối|trưa|đêm)\s+\d{1,2}-\d{1,2}(?:-\d{4})?\b(?!-)"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b"
    rf"|(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+)?(?<![\d/.,]){_MONTH}/\d{{4}}{_NOT_A_NUMBER}"
    # "tháng 6-2015": a hyphen only after the month word
    rf"|(?:(?:đầu|cuối|giữa)\s+)?tháng\s+{_MONTH}-\d{{4}}\b(?!-)"
    r"|(?:ngày\s+)?(?:\d{1,2}(?:\s*,\s*|\s+và\s+|\s*[-–]\s*))?\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|(?:(?:đầu|cuối|giữa|thượng tuần|trung tuần|hạ tuần)\s+)?tháng\s+\d{1,2}(?:\s+năm\s+(?:\d{4}|nay|ngoái|trước)\b)?"
    r"|(?:(?:đầu|cuối|giữa)\s+)?(?:(?:những|các) năm\s+)?(?:thập niên|thập k[ỷỉ]|những năm|các năm)\s+\d{2,4}\b"
    rf"|(?:(?:đầu|cuối|giữa)\s+)?(?:mùa (?:xuân|hè|hạ|thu|đông)\s+)?năm\s+\d{{3,4}}\b{_ERA}"
    rf"|(?:(?:đầu|cuối|giữa)\s+)?(?:thế k[ỷỉ]|thiên niên k[ỷỉ])\s+(?:\d+|[IVXLC]+)\b{_ERA}"
    r"|\b(?:1\d|20)\d{2}\b",
    re.IGNORECASE,
)
# "từ năm 1937 tới năm 1939", "1642–1651": a period, for "thời gian nào", "giai đoạn nào"
_PERIOD_JOIN = re.compile(r"\s*(?:–|-|—|đến|tới|cho đến)\s*", re.IGNORECASE)
_ASKS_PERIOD = re.compile(r"\b(?:khoang thoi gian|thoi gian|giai doan|thoi ki|nhung nam) nao\b")


# "có từ cách đây 20 năm", "3 năm trước": a time told from the day of writing
_AGO = re.compile(r"(?:(?:từ\s+)?cách đây\s+(?:khoảng\s+|hơn\s+|gần\s+)?\d+\s+(?:năm|tháng|tuần|ngày)"
                  r"|(?<![\d.,])\d+\s+(?:năm|tháng|tuần|ngày)\s+trước"
                  # "từ đầu năm nay", "cuối năm ngoái" ("năm nay" alone is as often "this year's")
                  r"|(?:đầu|cuối|giữa)\s+năm\s+(?:nay|ngoái|trước))(?!\w)", re.IGNORECASE)


def date(sentence: str, q: Question) -> Span | None:
    cands = []
    for m in DATE_SPAN.finditer(sentence):
        nums = re.findall(r"\d+", m.group())
        if nums and all(n in q.numbers or n in "".join(q.numbers) for n in nums) and q.numbers:
            continue
        cands.append((m.start(), m.end(), m.group()))
    if not cands:  # a date written as such, when there is one, says more
        cands = [(m.start(), m.end(), m.group()) for m in _AGO.finditer(sentence)]
    if _ASKS_PERIOD.search(q.folded):
        periods = _periods(sentence, cands)
        cands = periods or cands
    cands = _end_of_life(sentence, cands, q)
    cands = _date_pairs(sentence, _listed_together(sentence, cands))
    cands = _not_of_another_year(sentence, cands, q)
    cands = [c for c in cands if not _born_to_another(sentence, c, q)]
    cands = not_after_the_opposite_deed(q, sentence, cands)
    if _ASKS_END.search(q.folded):
        cands = [c for c in cands if _END_BEFORE.search(sentence, 0, c[0])]
    if "nam nao" in q.folded or "nam may" in q.folded:
        # "năm nào" asks for a year: "năm 1945", "thế kỷ XVIII", never "chiều 28/11"
        years = [c for c in cands if re.search(r"\b(?:1[5-9]|20)\d{2}\b", c[2])]
        cands = years or [c for c in cands if _TELLS_A_YEAR.search(c[2])]
    if re.search(r"\bngay (?:nao|may|bao nhieu)\b|\bhom nao\b", q.folded):
        # "ngày nào" asks for a day: "28/12/2020", not "cuối năm 2020"
        cands = [c for c in cands if re.search(r"\d{1,2}[/.-]\d{1,2}|ngày\s+\d|\d\s+tháng", c[2], re.I)]
    return closest(_nearest_the_deed(sentence, _of_the_words_asked(sentence, cands, q), q), sentence, q)


# "anh Trương Công Tiệp (SN 1990, quê Khánh Hòa)": the year of birth of the name before the bracket
_BORN_IN_BRACKETS = re.compile(rf"((?:[{UPPER}]\w*\s+){{0,4}})\(\s*(?:SN|sinh(?:\s+năm)?)\s+$")


def _born_to_another(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Ông Lê Nguyễn Thanh Tùng sinh năm nào?": not 1990 of "anh Trương Công Tiệp (SN 1990"; a
    year of birth in brackets belongs to the name before them (a one-word name may be the last
    word of the one asked)."""
    asked = subject_person(q)
    m = _BORN_IN_BRACKETS.search(sentence, 0, cand[0]) if asked else None
    if not m or not m.group(1).strip():
        return False
    written = tokens_folded(fold(m.group(1)))
    return written != asked and written != asked[-1:]


def _of_the_words_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Chiều 3/6, ... ra thông cáo về kỳ họp thứ 12 (từ 29 đến 31/5)": a date alone in brackets
    dates the words before them, so of several dates it answers only a question that names them."""
    if len(cands) < 2:
        return cands
    kept = []
    for c in cands:
        opening = sentence.rfind("(", 0, c[0])
        if opening >= 0 and not sentence[opening + 1:c[0]].strip() and sentence[c[1]:].lstrip().startswith(")"):
            before = [t for t in tokens_folded(fold(sentence[max(0, opening - 30):opening])) if t not in STOPWORDS]
            if before and not set(before[-2:]) & set(q.content):
                continue
        kept.append(c)
    return kept or cands


@per_question
def _deed_asked(q: Question) -> list[str]:
    """The words of the deed whose date is asked, right before the question phrase: "bế mạc" of
    "Kỳ họp thứ 7 bế mạc ngày nào?"."""
    if not q.wh or q.wh[0] < 2 or q.tokens[q.wh[0] - 1] in STOPWORDS:
        return []
    deed = q.tokens[q.wh[0] - 2:q.wh[0]]
    return [] if set(deed) & (named_words(q) | STOPWORDS) or any(t[0].isdigit() for t in deed) else deed


def _nearest_the_deed(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of "khai mạc ngày 25/5 và bế mạc ngày 15/6", the date nearest the deed asked ("bế mạc")."""
    deed = _deed_asked(q)
    if not deed or len(cands) < 2:
        return cands
    toks = aligned_tokens(sentence)
    said = [(toks[k][1], toks[k + len(deed) - 1][2]) for k in phrase_starts(token_keys(toks), deed)]
    if not said:
        return cands
    gap = {c: min(max(c[0] - e, s - c[1], 0) for s, e in said) for c in cands}
    return [c for c in cands if gap[c] == min(gap.values())]


# "kéo dài đến ngày nào", "tạm dừng đến khi nào": the day it ends, written after "đến", "tới",
# "hết" (the day a document was signed is no answer)
# (after what lasts: "Đến thời điểm nào thì ..." opening the question asks "by when")
_ASKS_END = re.compile(r"(?<=\w )(?:den|toi|cho den|den het) (?:ngay|khi|luc|thang|nam) (?:nao|may)\b"
                       r"|(?<=\w )(?:den|toi|cho den) bao gio\b")
# (a time of day may come first: "tới hết 16h ngày 22/4")
_END_BEFORE = re.compile(r"(?:đến|tới|hết|trước)\s+(?:(?:hết|ngày)\s+)?(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:\s*phút)?)?\s+)?$",
                         re.IGNORECASE)
_TELLS_A_YEAR = re.compile(r"\d{3,4}|thế k|thiên niên|thập niên|thập k|những năm|các năm", re.IGNORECASE)


# a year, from 1000 to 2099
YEAR = re.compile(r"\b(?:1[0-9]|20)\d{2}\b")
# a year the question names as a bound, not as the time of what is asked: "sau năm 1945"
_BOUND = re.compile(r"\b(?:sau|truoc|tu|ke tu|den|toi|cho den|hon|gan)(?: nam)? ((?:1[0-9]|20)\d{2})\b")


@per_question
def _years_asked(q: Question) -> set[str]:
    """The years the question names as the time of what it asks (not "sau năm 1945")."""
    return set(YEAR.findall(q.folded)) - set(_BOUND.findall(q.folded))


def _not_of_another_year(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Kỳ thi tốt nghiệp THPT 2021 diễn ra khi nào?": a date of 2020, in a sentence that does
    not write 2021, is of another exam. (A sentence that writes the question's year may date
    another event of the story: "đắc cử năm 1997 và một lần nữa vào năm 2001"; nor is a year
    the question names as a bound, "sau năm 1945", the time asked.)"""
    asked = _years_asked(q)
    if not asked or asked & set(YEAR.findall(sentence)):
        return cands
    return [c for c in cands if not YEAR.findall(c[2])]


# as written ("mất", died, is not "mặt", side); a question typed without diacritics by its key
_DEATH_WORDS = ["mất", "qua đời", "chết", "từ trần", "tạ thế", "không còn sống", "hi sinh", "hy sinh"]
_BIRTH_WORDS = ["sinh ra", "sinh năm", "sinh vào", "được sinh", "năm sinh", "ra đời", "chào đời"]


def _words_pattern(words: list[str]) -> dict[bool, re.Pattern]:
    """The words as written (typed: True) and by their keys (False)."""
    return {typed: re.compile(r"(?<!\w)(?:" + "|".join(w if typed else fold(w) for w in words) + r")(?!\w)")
            for typed in (True, False)}


_ASKS_DEATH = _words_pattern(_DEATH_WORDS)
_ASKS_BIRTH = _words_pattern(_BIRTH_WORDS)


def _end_of_life(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Alain Bombard (1924-2005)": a person's years in brackets; asked when they died, the
    second, when they were born, the first."""
    typed = q.has_diacritics
    asked = q.text.lower() if typed else q.folded
    death, birth = _ASKS_DEATH[typed].search(asked), _ASKS_BIRTH[typed].search(asked)
    if not (death or birth):
        return cands
    g = 2 if death else 1
    for m in LIFESPAN.finditer(sentence):
        if any(c[0] == m.start(g) for c in cands):
            return [(m.start(g), m.end(g), m.group(g))]
    return cands


# "năm 1879 và 1880", "các thế kỷ XVIII và XIX": a second year or century written bare after "và"
# belongs to the same date
_BARE_YEAR_AFTER = re.compile(r"\s+và\s+(\d{3,4}|[IVXLC]+)\b(?![.,]\d|\s*%)")


def _date_pairs(sentence: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each date with the bare year or century "và" adds to it; the bare one is no date alone."""
    out: list[tuple[int, int, str]] = []
    for s, e, text in dates:
        m = _BARE_YEAR_AFTER.match(sentence, e)
        last = text.split()[-1]
        if m and (m.group(1).isdigit() == last.isdigit()) and (last.isdigit() or ROMAN.fullmatch(last)):
            out = [c for c in out if c[1] <= s]
            out.append((s, m.end(), sentence[s:m.end()]))
        elif not out or s >= out[-1][1]:
            out.append((s, e, text))
    return out


_AND = re.compile(r"\s+và\s+")


def _listed_together(sentence: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two dates joined by "và" are one answer: "giữa tháng 6 và tháng 7", "30/4 và 1/5"."""
    out: list[tuple[int, int, str]] = []
    for cand in dates:
        joined = join_spans(sentence, out[-1], cand, _AND) if out else None
        if joined:
            out[-1] = joined
        else:
            out.append(cand)
    return out


def periods_in(sentence: str) -> list[tuple[int, int, str]]:
    """The spans from one date to another a sentence writes: "từ 21 tháng 3 đến 6 tháng 4 năm
    1930" tells how long as well as when."""
    return _periods(sentence, [(m.start(), m.end(), m.group()) for m in DATE_SPAN.finditer(sentence)])


def _periods(sentence: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two dates joined by "đến", "tới" or a dash, with a "từ" before them if there is one."""
    return [span for a, b in zip(dates, dates[1:]) if (span := join_spans(sentence, a, b, _PERIOD_JOIN))]
