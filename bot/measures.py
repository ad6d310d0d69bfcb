"""What a figure measures, and which measure a question asks for.

A figure answers only in the measure asked: "bao nhiêu tấn" is not answered by "10.000 đồng/kg"
(a price), "dài bao nhiêu" not by "hai thi thể" or "1980", "kinh phí là bao nhiêu" not by the
address "8-12 Lê Duẩn". A near miss (the article names the same things but not this figure)
otherwise gets the nearest figure as a confident answer.
"""
from __future__ import annotations

import re

from .question import Question, per_question
from .text import fold, strip_diacritics

# units as written after a figure, by what they measure
_UNITS = {
    "length": "m mét met km cm mm dm kilômét kilomet dặm",
    "area": "ha hécta hecta m2 m² km2 km² mẫu sào",
    "mass": "tấn kg g gam gram kilogam tạ yến",
    "volume": "lít lit ml m3 m³",
    "temperature": "°c °f độ oc ⁰c ⁰f",  # "38,5oC", "-70 ⁰C"
    "duration": "giây phút giờ tiếng ngày tuần tháng năm",
    "data": "gb mb tb kb byte",  # "10GB/tháng", "64GB ROM"
    "charge": "mah",  # a battery's: "pin 5.000 mAh"
    "money": "đồng đ usd euro eur đô đôla dollar yên yen rupee rúp rub won baht bath bạt franc peso cad aud "
             "tệ ringgit rupiah kíp riel krone krona real lira "
             "vnd cny rmb jpy gbp krw thb inr sgd hkd chf twd idr myr rub",  # ISO codes: "891,4 tỷ CNY"
}
UNIT_MEASURE = {u: measure for measure, units in _UNITS.items() for u in units.split()}
DURATION_UNITS = {fold(u) for u, m in UNIT_MEASURE.items() if m == "duration"}  # as match keys
_PLAIN_UNIT_MEASURE = {strip_diacritics(u): m for u, m in UNIT_MEASURE.items() if u not in ("đô", "tạ", "đ")}
_WORDS = re.compile(r"[^\W\d_][^\s\-–,;]*")
_TIME = {"h", "giờ", "s", "giây", "phút", "ngày", "năm", "tháng"}
MULTIPLIERS = {"nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "trăm", "chục"}
NUMERALS = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "lăm", "tư"}
# words a figure opens with that say how near it is: "hơn 3.000", "chừng 5 tháng"
QUANTIFIERS = ("hơn", "gần", "khoảng", "trên", "dưới", "chừng", "xấp xỉ")
_ABOUT = {key for w in QUANTIFIERS for key in fold(w).split()} | {"toi", "den", "tu"}  # and "từ 4 đến 6"
_BY = re.compile(r"(?<=\d)\s?[x×]\s?(?=\d)")  # the sides of a size: "2x3 cm"
_CURRENCY_SIGN = re.compile(r"(?:US)?[$€£¥]")
_CURRENCY_WORDS = re.compile(r"\b(?:nhân dân tệ|bảng anh|đô la)\b")

# the unit right after "bao nhiêu": "bao nhiêu tấn", "bao nhiêu km", "bao nhiêu tiền"
_ASKED_UNIT = {u: m for u, m in UNIT_MEASURE.items() if u not in ("g", "đô", "yên")} | {"tiền": "money"}
_ASKED_PLAIN_UNIT = {strip_diacritics(u): m for u, m in _ASKED_UNIT.items()
                     if u not in ("tiền", "đồng", "đ", "tạ", "yến", "mẫu", "sào")}  # "tiến", "động", ...
_AFTER_ASKING = re.compile(r"\bbao\s+nhi[eê]u\s+(\S+)(?:\s+(vu[oô]ng|kh[oố]i)\b)?")
_SQUARED = {"vuông": "area", "vuong": "area", "khối": "volume", "khoi": "volume"}  # "mét vuông", "mét khối"
_PLAIN_DEGREE = re.compile(r"\s+si\b")
# the word before "bao nhiêu": "dài bao nhiêu", "nặng bao nhiêu"; without diacritics not "sau"
# (also "sâu", deep)
_ASKED_BY_ADJECTIVE = {"dài": {"length"}, "cao": {"length"}, "xa": {"length"}, "sâu": {"length"},
                       "rộng": {"length", "area"}, "nặng": {"mass"},
                       "giá": {"money", "amount"}}  # "trị giá bao nhiêu", "bán giá bao nhiêu"
_ASKED_BY_PLAIN_ADJECTIVE = {strip_diacritics(w): m for w, m in _ASKED_BY_ADJECTIVE.items() if w != "sâu"}
_BEFORE_ASKING = re.compile(r"(\S+)\s+bao\s+nhi[eê]u\b")
_HOW_MANY = {"count", "amount", None}  # a count, or a bare figure
# what the question says it is asking the figure of ("tổng kinh phí ... là bao nhiêu"): the
# measures each noun asks, and for a sum a sentence may tell beside others ("doanh thu đạt ...,
# lợi nhuận ròng đạt ...") its family, whose words name the same sum ("số tiền", "giá trị" may be
# any sum, "số lượng" any count: no family)
_NOUN_TABLE = [
    ({"money"}, "revenue", "doanh thu"), ({"money"}, "profit", "loi nhuan"),
    ({"money"}, "cost", "kinh phi, chi phi, von dau tu, tong von, von dieu le, von hoa, so von, ngan sach, muc dau tu"),
    ({"money"}, "pay", "muc luong, tien luong, thu nhap, tien thuong"),
    ({"money"}, "fine", "tien phat, muc phat"),
    ({"money"}, "price", "gia ban, muc gia, gia ve, hoc phi, le phi, muc phi"),
    ({"money"}, None, "so tien, tri gia, gia tri"),
    ({"length"}, "length", "chieu dai, do dai"), ({"length"}, "height", "chieu cao, do cao"),
    ({"length"}, "depth", "do sau"), ({"length"}, None, "kich thuoc"),
    ({"area"}, "area", "dien tich"), ({"mass"}, "mass", "trong luong, khoi luong, can nang"),
    ({"temperature"}, "temperature", "nhiet do"), ({"charge", "data"}, None, "dung luong"),
    (_HOW_MANY, "population", "dan so, so dan"), (_HOW_MANY, None, "so nguoi, so luong"),
]
_FIGURE_NOUNS = {noun: (measures, family) for measures, family, nouns in _NOUN_TABLE for noun in nouns.split(", ")}


def _nouns_re(nouns) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(nouns, key=len, reverse=True)) + r")\b")


# ("nhiệt độ cao" is read as "nhiet do", which stands first)
_ASKED_BY_NOUN = _nouns_re(_FIGURE_NOUNS)
_SUM_NOUN = _nouns_re(noun for noun, (_, family) in _FIGURE_NOUNS.items() if family)
_ASKS_SHARE = re.compile(r"\b(?:ti le|phan tram|ti trong)\b")
# how many people or things: a count, never a share of them ("chiếm 11,3% cư dân" is not how
# many they are); but "tăng trưởng dân số", "mật độ dân số" ask a rate
_ASKS_RATE_OF = re.compile(r"\b(?:tang truong|toc do|mat do|chiem|ti suat)\b")
# "Giá vàng ... là bao nhiêu?": a price (as typed: "gia" is also "gia đình", "già"), not "đánh giá",
# nor "chỉ số giá tiêu dùng" (an index, which moves by a share)
_ASKS_PRICE = re.compile(r"(?<!đánh )(?<!chỉ số )\bgiá\b(?! trị)")
# without diacritics only as the first word before a lower-case noun: not "Gia đình", "Gia Lai"
_PLAIN_PRICE_FIRST = re.compile(r"[Gg]ia\s+(?!dinh\b|tang\b|han\b|nhap\b|su\b|cong\b|toc\b|vi\b|giam\b|tri\b)[a-z]")


# ("cao nhất" is not among them: "mức lương cao nhất" is money)
_ASKS_LONGEST = re.compile(r"\b(dai|xa|sau|rong) nhat\b")
MEASURE_ADJECTIVES = {fold(w) for w in _ASKED_BY_ADJECTIVE if w != "giá"}  # "rộng bao nhiêu", as match keys
_FIGURE_AND_UNIT = re.compile(r"\d(?:[\d.,]*\d)?\s?(" + "|".join(sorted(map(re.escape, UNIT_MEASURE), key=len, reverse=True))
                              + r")(?!\w)", re.IGNORECASE)


def measured_in(sentence: str, measures: set[str]) -> bool:
    """Whether the sentence writes a figure in one of the measures ("diện tích 70,5m2" is area)."""
    return any(UNIT_MEASURE.get(m.group(1).lower()) in measures for m in _FIGURE_AND_UNIT.finditer(sentence))


@per_question
def measure_asked(q: Question) -> set[str]:
    """The measures a figure may answer the question in; empty when the question does not say."""
    if q.kind != "number" or not q.wh:
        return set()
    if "bao lau" in q.folded:
        return {"duration"}  # "ít nhất bao lâu": "30 phút", not the 3 points of a list
    if "bao xa" in q.folded:
        return {"length"}  # "cách trung tâm bao xa": "gần 20km"
    start = q.wh[0]
    if q.unit:
        if len(q.unit) > 1 and q.unit[1] == "tuoi" and q.unit[0] in DURATION_UNITS:
            return {"age"}  # "bao nhiêu ngày tuổi"
        after = _AFTER_ASKING.search(q.text.lower())
        word = after.group(1) if after else ""
        measure = _ASKED_UNIT.get(word) if q.has_diacritics else _ASKED_PLAIN_UNIT.get(word)
        if measure == "length" and after and after.group(2):
            measure = _SQUARED[after.group(2)]
        if not q.has_diacritics and word == "tien" and not _PLAIN_DEGREE.match(q.text.lower(), after.end()):
            measure = "money"  # "bao nhieu tien" is money; "bao nhieu tien si" counts doctors
        return {measure, "amount"} if measure == "money" else ({measure} if measure else set())
    longest = _ASKS_LONGEST.search(q.folded)
    if longest:  # "Cự ly dài nhất ... là bao nhiêu?": a length, not "4 cự ly"
        return {"length", "area"} if longest.group(1) == "rong" else {"length"}
    before = _BEFORE_ASKING.search(q.text.lower())
    if before:
        word = before.group(1)
        measures = _ASKED_BY_ADJECTIVE.get(word) if q.has_diacritics else _ASKED_BY_PLAIN_ADJECTIVE.get(word)
        if measures:
            return measures
    asking = re.search(r"\bbao\s+nhiêu\b", q.text.lower())
    if q.has_diacritics and asking and _ASKS_PRICE.search(q.text.lower(), 0, asking.start()) \
            and not _ASKS_SHARE.search(q.folded) or not q.has_diacritics and _PLAIN_PRICE_FIRST.match(q.text):
        return {"money", "amount"}  # a price; "tăng 400%" tells how it changed
    # the first noun of a figure ("Thu nhập bình quân trên tổng dân số ..."), but not the "số
    # người" of "Đa số người dùng" (the most of them)
    before = " ".join(q.tokens[:start])
    m = next((m for m in _ASKED_BY_NOUN.finditer(before) if not before.endswith("da ", 0, m.start())), None)
    if m and not _ASKS_SHARE.search(q.folded):  # "tỷ lệ diện tích ... là bao nhiêu": a share
        measures = _FIGURE_NOUNS[m.group()][0]
        if measures is _HOW_MANY and _ASKS_RATE_OF.search(q.folded):
            return set()
        # a sum may be told as a share of another ("tăng 12%") or without its currency ("1.399 tỷ")
        return measures | ({"amount", "percent"} if "money" in measures else set())
    return set()


@per_question
def sum_asked(q: Question) -> str | None:
    """The family of the sum the question names before asking ("Lợi nhuận ròng ... bao nhiêu" ->
    profit), or None."""
    if q.kind != "number" or not q.wh:
        return None
    m = _SUM_NOUN.search(" ".join(q.tokens[:q.wh[0]]))
    return _FIGURE_NOUNS[m.group()][1] if m else None


def sums_told(sentence: str) -> list[tuple[int, int, str]]:
    """Where the sentence names a sum, with its family (character offsets into the sentence)."""
    return [(m.start(), m.end(), _FIGURE_NOUNS[m.group()][1])
            for m in _SUM_NOUN.finditer(strip_diacritics(sentence).lower())]


def measure_of(sentence: str, cand: tuple[int, int, str]) -> str | None:
    """What a figure measures: a measure of _UNITS, "percent", "speed", "amount" (a multiplier and
    nothing after it, "1.399 tỷ"), "count" (any other noun after it) or None (a bare figure)."""
    start, _, text = cand
    if "°" in text:
        return "temperature"
    if "%" in text or "phần trăm" in text.lower():
        return "percent"
    if _CURRENCY_WORDS.search(text.lower()) or _CURRENCY_SIGN.search(text) \
            or _CURRENCY_SIGN.search(sentence[max(0, start - 3):start]):  # "$70.000", "US$ 5"
        return "money"
    words = _WORDS.findall(_BY.sub(" ", text.lower()))  # "5,96km" is "km"; "2x3 cm" is "cm"
    if words[:1] == ["số"]:
        words = words[1:]  # "con số 30 tỷ đồng": the figure's word, not its unit
    # "hai thi thể", "hai năm" (its last word is the unit); after a figure "năm" is a year: "3 năm"
    while len(words) > 1 and words[0] in NUMERALS and not any(ch.isdigit() for ch in text):
        words = words[1:]
    multiplied = False
    while words and (words[0] in MULTIPLIERS or fold(words[0]) in _ABOUT):
        multiplied |= words[0] in MULTIPLIERS
        words = words[1:]
    if not words:
        return "amount" if multiplied else None
    base, _, per = words[0].partition("/")
    measure = UNIT_MEASURE.get(base) or (_PLAIN_UNIT_MEASURE.get(base) if base == strip_diacritics(base) else None)
    if measure == "length" and per in _TIME:
        return "speed"
    if measure == "length" and len(words) > 1 and words[1] in _SQUARED:
        return _SQUARED[words[1]]  # "60.000 dặm vuông"
    if measure == "duration" and (words[1:2] == ["tuổi"] or _AGE_AFTER.match(sentence, cand[1])):
        return "age"  # "bé 7 ngày tuổi" is how old, not how long
    return measure or "count"


_AGE_AFTER = re.compile(r"\s*tuổi\b", re.IGNORECASE)
