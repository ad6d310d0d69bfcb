"""Answers naming an organisation ("cơ quan nào"): a head word (Ủy ban, Sở, Công ty, ...) and its
name.
"""
from __future__ import annotations

import re

from ..contrast import COUNTRY_OR_PROVINCE
from ..facts import ROLE_STOP, find_names, joins_two_fields
from ..question import Question
from ..text import UPPER, fold, tokens_folded
from .names import CAP
from .places import foreign_word_ends, named_of_kind
from .spans import Span, closest, typed_as


_ORG_HEADS = (r"Ủy ban|Uỷ ban|UBKT|UBND|HĐND|Ban|Bộ|Sở|Cục|Chi cục|Tổng cục|Tập đoàn|Tổng công ty|Công ty|Hội đồng"
              r"|Viện|Trường|Bệnh viện|Ngân hàng|Tòa án|Viện kiểm sát|Công an|Quân khu|Văn phòng|Trung tâm|Đảng ủy"
              r"|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Hội|Liên đoàn|Quỹ|Câu lạc bộ|CLB|Báo|Đài|Học viện|Đại học"
              r"|Thanh tra|Kiểm toán|Thường vụ|Thường trực"
              rf"|(?:Đội|Phòng)(?=\s+[{UPPER}])")  # "Đội CSGT", not "Đội bóng nước Pháp", "Phòng khám"
_ORG_SPAN = re.compile(rf"(?<!\w)(?:{_ORG_HEADS})\b(?:\s+(?:[{UPPER}][^\s,.;:()]*|[a-zà-ỹđ]+(?:-[^\s,.;:()]+)?)){{0,16}}")


# a kind of body the question asks for ("công ty nào") -> the heads of names that are one
_KINDS_OF_BODY = {
    "cong ti": ("cong ti", "tong cong ti", "tap doan"), "doanh nghiep": ("cong ti", "tong cong ti", "tap doan"),
    "tap doan": ("tap doan", "cong ti", "tong cong ti"), "ngan hang": ("ngan hang",),
    "benh vien": ("benh vien",), "truong": ("truong", "dai hoc", "hoc vien"),
    "cau lac bo": ("cau lac bo", "clb"), "bo": ("bo",), "so": ("so",),
}
# the kinds whose names always carry their head word (not a company: "Vingroup", "Apple" are
# named without "Công ty")
_NAMED_WITH_THEIR_KIND = set(_KINDS_OF_BODY) - {"cong ti", "doanh nghiep", "tap doan"}


def asks_a_kind_of_body(q: Question) -> bool:
    """"Ngân hàng nào", "bệnh viện nào": the answer is a body of that kind or none (never a
    clause)."""
    return q.kind == "org" and " ".join(q.which) in _NAMED_WITH_THEIR_KIND


# a name, its country or place in brackets, then a comma and what it is: "Whirlpool (Mỹ), hãng sản xuất ..."
_NAME_THEN_KIND = re.compile(rf"({CAP}(?:\s+{CAP})*)\s*(?:\([^()]{{1,40}}\))?,\s+((?:\w+\s+){{1,2}})")


def _named_then_kind(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """"hãng nào sản xuất ...": "Whirlpool (Mỹ), hãng sản xuất chiếc máy giặt" names the maker
    before its kind."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _NAME_THEN_KIND.finditer(sentence)
            if " ".join(q.which) in _MAKERS and tokens_folded(fold(m.group(2)))[:len(q.which)] == q.which]


# kinds of body a name is told of after a comma ("Whirlpool (Mỹ), hãng ..."); not "ban" ("bạn đọc")
_MAKERS = {" ".join(tokens_folded(fold(kind)))
           for kind in ("hãng", "công ty", "tập đoàn", "doanh nghiệp", "nhà sản xuất", "tổ chức", "ngân hàng")}


def org(sentence: str, q: Question) -> Span | None:
    cands = named_of_kind(sentence, q) or _named_then_kind(sentence, q)
    typed = bool(cands) or q.which in ([], ["co", "quan"], ["don", "vi"], ["to", "chuc"])
    if not cands:
        names = find_names(sentence)
        places = None
        at = 0
        while m := _ORG_SPAN.search(sentence, at):
            at = m.end()
            if places is None:  # looked for only in a sentence with an organisation's head word
                places = [p.span() for p in COUNTRY_OR_PROVINCE.finditer(sentence)]
            if any(s <= m.start() < e for s, e in places):
                continue  # "Ban Nha" of "Tây Ban Nha" (or "Đài" of "Đài Loan") is no organisation
            phrase = _role_like(sentence[m.start():_name_ends(sentence, m, names, places)].strip())
            phrase = phrase[:foreign_word_ends(phrase)].rstrip()  # "... Viễn thông Canada quy định"
            phrase = _before_the_questions_verb(phrase, q)
            # the next name may start where this one was cut ("UBND tỉnh thông báo Thanh tra ...")
            at = m.start() + max(len(phrase), len(m.group().split()[0]))
            if len(phrase.split()) >= 2:
                cands.append((m.start(), m.start() + len(phrase), phrase))
        kinds = _KINDS_OF_BODY.get(" ".join(q.which))
        if kinds:  # "Công ty nào ...?": a ministry is no company
            cands = [c for c in cands if any(fold(c[2]).startswith(k + " ") for k in kinds)]
    span = typed_as(closest(_not_sent_to(sentence, cands, q), sentence, q), typed)
    return _with_the_body_above(sentence, span, cands)


_SENT_TO = re.compile(r"(?<!\w)gửi(?:\s+(?:cho|tới|đến))?\s+$", re.IGNORECASE)


def _not_sent_to(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Tổng cục Đường bộ đã có văn bản gửi Công ty X về việc đề nghị ...": the body a letter is
    sent to did not do what the letter says, unless the question asks of the sending."""
    if {"gui", "nhan"} & set(q.tokens):
        return cands
    return [c for c in cands if not _SENT_TO.search(sentence, max(0, c[0] - 12), c[0])] or cands


_UNIT_HEAD = re.compile(r"(?:Đội|Phòng|Khoa|Chi cục|Ban)\s")  # a unit within a body


def _with_the_body_above(sentence: str, span: Span | None, cands: list[tuple[int, int, str]]) -> Span | None:
    """"Đội CSGT TP Buôn Ma Thuột, Công an tỉnh Đắk Lắk": a unit keeps the body it belongs to,
    written right after it."""
    if span is None or not _UNIT_HEAD.match(span.text):
        return span  # (of bodies listed alike, "Sở Y tế, Sở Giáo dục", each is one)
    above = next((c for c in cands if sentence[span.end:c[0]] == ", "), None)
    if above is None:
        return span
    return Span(sentence[span.start:above[1]], span.start, above[1], span.typed)


_PERSON_BROUGHT_IN = re.compile(r"(?:\s+(?:do|của|cùng|với|và|gồm|là|có))*(?:\s+(?:đồng chí|ông|bà|anh|chị))?\s*$")


def _name_ends(sentence: str, m: re.Match, names: list[tuple[int, int, str]], places: list[tuple[int, int]]) -> int:
    """Where the organisation's name read by m ends: at a person's name ("UBND Nguyễn Thành
    Phong"), or after its province when the sentence goes on in lower case ("Sở Y tế Đồng Nai
    quy định ...")."""
    end = m.end()
    for s, _, _ in names:
        if m.start() < s < end:
            # "Bộ Chính trị do đồng chí Trần Kim Yến ...": the words bringing the name in are not
            # the organisation's
            end = m.start() + len(_PERSON_BROUGHT_IN.sub("", sentence[m.start():s]))
    for s, e in places:
        if m.start() < s and e < end and re.match(r" [a-zà-ỹđ]", sentence[e:e + 2]):
            return e
    return end


def _before_the_questions_verb(name: str, q: Question) -> str:
    """"Ban Bí thư Trung ương Đảng" of "... Đảng điều động ông ..." for "được điều động ...": a
    word of the question in lower case right after a capitalised one ends the name, unless the
    question writes the two together ("Sở Giáo dục và Đào tạo"). (After a lower-case word of the
    name it may be the name's own: "Chi cục Vệ sinh an toàn thực phẩm".)"""
    words = name.split()
    pairs = set(zip(q.tokens, q.tokens[1:]))
    for k in range(2, len(words)):
        word, key, before = words[k], fold(words[k]), fold(words[k - 1])
        if word[:1].islower() and words[k - 1][:1].isupper() and q.mentions(key, word) and (before, key) not in pairs:
            return " ".join(words[:k])
    return name


def _role_like(text: str) -> str:
    """An organisation name cut before the first verb, like a role phrase, or before the body it
    belongs to ("thuộc Sở Y tế"); a capitalised word is the name's own ("Ban Chỉ đạo", "Ủy ban
    Phát thanh-Truyền hình"), whatever verb it spells."""
    words = text.split()
    kept = []
    for k, w in enumerate(words):
        joins = joins_two_fields(words, k)  # "Sở Giáo dục và Đào tạo", "Sở Văn hóa thể thao và du lịch"
        aviation = w == "không" and words[k - 1] == "Hàng"  # "Cục Hàng không": no "không" (not)
        if k and w in ROLE_STOP and not joins and not aviation:
            break
        # "Chi cục Vệ sinh an toàn thực phẩm (trực) thuộc Sở Y tế": the body it belongs to is not
        # part of its name
        if k and (w == "thuộc" or w == "trực" and words[k + 1:k + 2] == ["thuộc"]):
            break
        kept.append(w)
    return " ".join(kept)
