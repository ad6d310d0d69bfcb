"""Cut the short answer out of an evidence sentence, by what the question asks.

Each extractor proposes spans of the sentence that have the right shape (a name for "ai", a
number with its unit for "bao nhiêu", a date for "khi nào", "huyện X" for "huyện nào", ...);
the span closest to the words the sentence shares with the question wins. Spans made only of
question words are never answers. When no typed span fits, the slot next to the question's
own words is taken ("cơ chế gì" -> the words after "cơ chế").

One module per kind of answer: people.py ("ai"), figures.py ("bao nhiêu"), dates.py ("khi nào"),
places.py ("ở đâu"), orgs.py ("cơ quan nào"), clauses.py ("gì", "vì sao"); names.py (capitalised
runs), roles.py (is this the role asked?), doers.py (whose deed) and spans.py (the nearest span)
serve them.
"""
from __future__ import annotations

import re

from ..question import Question, asks_named_kind
from ..text import UPPER, is_vietnamese_syllable
from .clauses import ASKS_DISCIPLINE, ASKS_PURPOSE, discipline, purpose, quoted_slot, reason, remainder
from .dates import DATE_SPAN, date
from .documents import ASKS_DOCUMENT_NAMED, ASKS_DOCUMENT_NUMBER, ASKS_SYMBOL, document_named, document_number
from .figures import number
from .names import asked_name, capitalised, thing_named
from .orgs import asks_a_kind_of_body, org
from .people import agent, appositive, described_otherwise, only_married, person, title, whose_kin
from .places import ASKS_HOMETOWN, LOCALITY_NOUNS, hometown, of_other_levels, place
from .roles import asks_role
from .spans import Span, typed_as


_NAME_INSIDE = re.compile(rf"(?<=\s)[{UPPER}]")


def _names_one(text: str) -> bool:
    """A clause names someone or something: a capitalised word after its first, or a first word
    that is no Vietnamese syllable or goes on capitalised ("Canada là ...", "Hà Nội có ...",
    not the "Trận" that merely opens "Trận đấu được tổ chức ...")."""
    words = text.split()
    return bool(_NAME_INSIDE.search(text)) or bool(words) and words[0][:1].isupper() and (
        not is_vietnamese_syllable(words[0]) or len(words) > 1 and words[1][:1].isupper())


_YES_OR_NO = re.compile(r"\b(?:khong|chua|phai khong|dung khong)\s*$")


EXTRACTORS = {
    "person": [agent, person],
    "title": [title, appositive],
    "number": [number],
    "date": [date],
    "place": [place, org],
    "org": [org, place],
    "reason": [reason],
    "manner": [],
    "what": [],
    "other": [],
}


def extract(sentence: str, q: Question, places: frozenset[str] = frozenset()) -> Span | None:
    """The best typed span, else the slot, else the most relevant clause (those two marked
    untyped, so they count for less). `places`: names the article writes as places ("tại
    Kuwait"), which answer no "ai"."""
    quoted = quoted_slot(sentence, q)
    if quoted:
        return quoted
    if ASKS_DOCUMENT_NUMBER.search(q.folded):
        span = document_number(sentence, q)
        if span or ASKS_SYMBOL.search(q.folded):
            return span
    if ASKS_DOCUMENT_NAMED.search(q.folded) and (span := document_named(sentence, q)):
        return span
    if q.kind == "place" and ASKS_HOMETOWN.search(q.folded):
        return hometown(sentence, q)
    if asks_named_kind(q):
        return place(sentence, q)  # "bãi tắm nào" is answered by a beach's name or not at all
    if asks_a_kind_of_body(q):
        return org(sentence, q)  # "công ty nào": a company's name or nothing
    if ASKS_DISCIPLINE.search(q.folded):
        return discipline(sentence, q)
    if q.kind == "what" and ASKS_PURPOSE.search(q.folded) and (span := purpose(sentence, q)):
        return span
    locality = q.kind == "place" and bool(q.which) and q.which[0] in LOCALITY_NOUNS
    for extractor in EXTRACTORS.get(q.kind, []):
        if locality and extractor is org:
            continue  # "tỉnh nào": a school or a board of the sentence is no province
        span = person(sentence, q, places) if extractor is person else extractor(sentence, q)
        if span:
            return span
    if q.kind == "person":
        if q.copula and asks_role(q) or only_married(sentence, q):
            return None  # nobody here holds the role asked about, or is the spouse: no guessing
        span = _the_whole_body(sentence, capitalised(sentence, q, places), q)
        if span and q.copula and described_otherwise(sentence, (span.start, span.end, span.text), q):
            return None  # "Bà X - một nhà kinh tế học" is not the chief economist asked
        if span and whose_kin(sentence, (span.start, span.end, span.text), q):
            return None
        return span
    if q.kind in ("title", "number", "date", "author"):
        return None  # a number question answered without a number is no answer
    if locality:
        # "huyện nào", "tỉnh nào": a name ("Sa Thầy", "Toronto"), never a clause, nor the name
        # of a ward for a province
        return typed_as(capitalised(sentence, q, of_other_levels(sentence, q)), False)
    span = thing_named(sentence, q) or asked_name(sentence, q) or typed_as(remainder(sentence, q), False)
    if span and q.kind in ("place", "org") and q.which and not _names_one(span.text):
        return None  # "Nước nào đăng cai ...?": a clause that names no country, team or firm
    if span and q.kind == "place" and DATE_SPAN.fullmatch(span.text):
        return None  # "kết hôn ở đâu": "cuối tháng 3/2018" is when
    if not span and q.kind == "other" and _YES_OR_NO.search(q.folded):
        # "Có ai bị thương không?" of "Không có ai bị thương.": the sentence says nothing more
        # than the question, and that is the answer
        text = sentence.strip().rstrip(".!")
        return Span(text, 0, len(text), typed=False)
    return span


def _the_whole_body(sentence: str, span: Span | None, q: Question) -> Span | None:
    """"Ai ra quyết định kỷ luật?": a body may be who, read whole ("Thường vụ Huyện ủy huyện Đông
    Hưng"), not its first capitalised words."""
    body = span and org(sentence, q)
    if body and body.start <= span.start < body.end and body.end > span.end:
        return Span(body.text, body.start, body.end, False)
    return span
