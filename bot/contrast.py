"""Names of one kind that exclude each other: the country (the council) a question asks
about, and another one a sentence speaks of.

A question about one country ("Italy có bao nhiêu ca mắc mới mỗi ngày?") is not answered by a
sentence about another ("Mỹ ghi nhận gần 100.000 ca mắc mới"), though an article about both
names Italy somewhere: the near miss answers with the other country's figure. A sentence that
names another country and not the one asked tells about that other country.

Names are read as written, capitalised and standing alone: "Nga" of "Nguyễn Thị Nga" and "Mỹ"
of "Mỹ Tho" are no countries. Việt Nam is left out: the articles name it beside every other.
"Anh" and "Ý" are left out too: as written they are also "anh" (a man, an honorific) and "Ý
kiến" opening a sentence.
"""
from __future__ import annotations

import re
from typing import Iterable

from .question import Question, per_question
from .facts import PROVINCE_NAMES
from .text import fold, is_vietnamese_syllable, strip_diacritics

# each line one country, its names as news writes them
_NAMES = """Mỹ, Hoa Kỳ
Trung Quốc
Nhật Bản, Nhật
Hàn Quốc
Triều Tiên
Anh Quốc
Liên Xô, Liên bang Xô viết
Nga
Pháp
Đức
Italy, Italia
Tây Ban Nha
Bồ Đào Nha
Hà Lan
Bỉ
Thụy Sĩ
Thụy Điển
Na Uy
Đan Mạch
Phần Lan
Ba Lan
Hy Lạp
Thổ Nhĩ Kỳ
Ukraine
Lào
Campuchia
Thái Lan
Myanmar
Malaysia
Singapore
Indonesia
Philippines
Ấn Độ
Pakistan
Iran
Iraq
Israel
Ai Cập
Úc, Australia
New Zealand
Canada
Mexico
Brazil
Argentina
Mông Cổ
Đài Loan"""
_COUNTRY_OF = {fold(name): line.split(", ")[0] for line in _NAMES.splitlines() for name in line.split(", ")}
_BY_LENGTH = sorted({name for line in _NAMES.splitlines() for name in line.split(", ")}, key=len, reverse=True)
_WRITTEN = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, _BY_LENGTH))})(?![\w-])")
_WORD_BEFORE = re.compile(r"(\w+)\.?\s$")
_WORD_AFTER = re.compile(r"^\s(\w+)")
_LEVEL_WORDS = {"tp", "tỉnh", "phố"}  # "TP Cần Thơ", "Tỉnh Bình Định", "Thành phố Đà Nẵng"


def _named(text: str, written: re.Pattern, of: dict[str, str]) -> set[str]:
    """The names a text writes standing alone: not the start or end of a longer capitalised
    name ("Nguyễn Thị Nga", "Mỹ Tho"), nor a language ("tiếng Pháp")."""
    found = set()
    for m in written.finditer(text):
        before = _WORD_BEFORE.search(text[:m.start()])
        after = _WORD_AFTER.match(text[m.end():])
        word = before.group(1).lower() if before else ""
        if word == "tiếng":
            continue  # "tiếng Pháp" is a language, spoken in Canada too
        if word in _LEVEL_WORDS or before and before.start() == 0:
            before = None  # "TP Cần Thơ"; the sentence's first word is capitalised as such ("Tuy Trung Quốc ...")
        if not any(w and w.group(1)[:1].isupper() for w in (before, after)):
            found.add(of[fold(m.group(1))])
    return found


def countries_in(text: str) -> set[str]:
    """The countries a text names as written (each by its first name in the list)."""
    return _named(text, _WRITTEN, _COUNTRY_OF)


@per_question
def countries_asked(q: Question) -> set[str]:
    """The countries the question names; typed without diacritics, by names of two words
    ("Han Quoc") or a foreign word ("Italy"), since one folded Vietnamese syllable ("lao",
    "duc", "my") is as often a common word."""
    if q.has_diacritics:
        return countries_in(q.text)
    words = [w for w in re.findall(r"\w+", q.text) if w[:1].isupper()]
    names = [f"{a} {b}" for a, b in zip(words, words[1:])] + [w for w in words if not is_vietnamese_syllable(w)]
    return {_COUNTRY_OF[fold(name)] for name in names if fold(name) in _COUNTRY_OF}


# Vietnam's provinces: a sentence naming none is of its article's province, as a role is
_PROVINCE_OF = {fold(name): name for name in PROVINCE_NAMES} | {fold(n): "TPHCM" for n in ("HCM", "TPHCM")}
_PROVINCE_WRITTEN = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, PROVINCE_NAMES + ['HCM', 'TPHCM']))})(?![\w-])")


def provinces_in(text: str) -> set[str]:
    return _named(text, _PROVINCE_WRITTEN, _PROVINCE_OF)


def _plain(text: str) -> str:
    return strip_diacritics(text).replace("Đ", "D").replace("đ", "d")


_PROVINCE_TYPED = re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, map(_plain, PROVINCE_NAMES)))})(?![\w-])")


@per_question
def provinces_asked(q: Question) -> set[str]:
    text = q.text if q.has_diacritics else _plain(q.text)
    return _named(text, _PROVINCE_WRITTEN if q.has_diacritics else _PROVINCE_TYPED, _PROVINCE_OF)


def tells_of_another_province(q: Question, sentence: str, around: list[str], article_provinces) -> bool:
    """The same of provinces; a sentence that names none is of its article's (`article_provinces()`)."""
    asked = provinces_asked(q)
    return bool(asked) and _another(asked, provinces_in(sentence) or article_provinces(), map(provinces_in, around))


# the councils of a locality, as match keys ("UBND" is written either way): "Chủ tịch HĐND
# tỉnh" is not "Chủ tịch UBND tỉnh", and what the UBND decided is not what the HĐND decided
COUNCILS = {("uy", "ban", "nhan", "dan"): "UBND", ("hoi", "dong", "nhan", "dan"): "HĐND"}


def councils_in(keys: str) -> set[str]:
    keys = f" {keys} "
    return {council for phrase, council in COUNCILS.items() if f" {' '.join(phrase)} " in keys}


@per_question
def councils_asked(q: Question) -> set[str]:
    return councils_in(" ".join(q.tokens))


def _another(asked: set[str], said: set[str], around: Iterable[set[str]]) -> bool:
    """Another one said than asked, and one asked missing here and around."""
    if not asked or not said - asked:
        return False
    missing = asked - said
    for names in around if missing else ():
        missing -= names
    return bool(missing)


def tells_of_another_country(q: Question, sentence: str, around: list[str]) -> bool:
    """The sentence names another country than those the question asks about, and misses one
    of them, as do the sentences `around` it (its neighbours and the title: "Pháp" written
    there is likely the sentence's subject too)."""
    asked = countries_asked(q)
    return bool(asked) and _another(asked, countries_in(sentence), map(countries_in, around))


# the bodies of justice: what the court decided is not what the procuracy or the police did
_JUSTICE = {("toa", "an"): "Tòa án", ("tand",): "Tòa án", ("vien", "kiem", "sat"): "Viện Kiểm sát",
            ("vksnd",): "Viện Kiểm sát", ("cong", "an"): "Công an"}


def justice_in(keys: str) -> set[str]:
    keys = f" {keys} "
    return {body for phrase, body in _JUSTICE.items() if f" {' '.join(phrase)} " in keys}


@per_question
def justice_asked(q: Question) -> set[str]:
    return justice_in(" ".join(q.tokens))


def tells_of_another_council(q: Question, keys: str, around_keys: list[str]) -> bool:
    """The same of councils and of bodies of justice, on match keys."""
    for asked, named_in in ((councils_asked(q), councils_in), (justice_asked(q), justice_in)):
        if asked and _another(asked, named_in(keys), map(named_in, around_keys)):
            return True
    return False
