"""Countries a question asks about, and another country a sentence speaks of.

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

from .question import Question, per_question
from .text import fold, is_vietnamese_syllable

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
_WORD_BEFORE = re.compile(r"(\w+)\s$")
_WORD_AFTER = re.compile(r"^\s(\w+)")


def countries_in(text: str) -> set[str]:
    """The countries a text names as written (each by its first name in the list), standing
    alone: not the start or end of a longer capitalised name."""
    found = set()
    for m in _WRITTEN.finditer(text):
        before = _WORD_BEFORE.search(text[:m.start()])
        after = _WORD_AFTER.match(text[m.end():])
        if before and before.group(1).lower() == "tiếng":
            continue  # "tiếng Pháp" is a language, spoken in Canada too
        if before and before.start() == 0:
            before = None  # the sentence's first word is capitalised as such ("Tuy Trung Quốc ...")
        if not any(w and w.group(1)[:1].isupper() for w in (before, after)):
            found.add(_COUNTRY_OF[fold(m.group(1))])
    return found


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


def tells_of_another_country(q: Question, sentence: str, around: list[str]) -> bool:
    """The sentence names another country than those the question asks about, and misses one
    of them, as do the sentences `around` it (its neighbours and the title: "Pháp" written
    there is likely the sentence's subject too)."""
    asked = countries_asked(q)
    if not asked:
        return False
    said = countries_in(sentence)
    if not said - asked:
        return False
    missing = asked - said
    for text in around if missing else ():
        missing -= countries_in(text)
    return bool(missing)
