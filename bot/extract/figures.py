"""Answers to "bao nhiêu" and "mấy": a figure with what it counts, in the measure asked, of the
subject asked (not another country's, nor another doer's), a range, a rank, a score, a count
written in words.
"""
from __future__ import annotations

import re

from ..contrast import COUNTRY_OR_PROVINCE, not_after_the_opposite_deed, told_at_another_place
from ..measures import (DURATION_UNITS, MULTIPLIERS, NUMERALS, QUANTIFIERS, UNIT_MEASURE, measure_asked, measure_of,
                        sum_asked, sums_told)
from ..question import (FUNCTION_WORDS, NAME_ALIASES, NOUNS_OPENING_SO, STOPWORDS, Question, is_function_word, per_question)
from ..text import UPPER, aligned_tokens, fold, is_vietnamese_syllable, strip_diacritics, tokens_folded
from .dates import DATE_SPAN, YEAR, periods_in
from .doers import CAPITALISED, LOWER, done_by_another
from .names import CAPITAL_RUN, ONE_SYLLABLE_COUNTRIES
from .spans import CLAUSE_END, Span, clause_end, clause_start, closest, join_spans, phrase_starts, token_keys


_NUM = r"\d+(?:[.,/]\d+)*"
_QUANTIFIERS = "|".join(QUANTIFIERS)  # "more than", "about", ...
# ("số" of "tần số", "chỉ số", "hệ số", "tỷ số" names the quantity, not the figure)
_QUANT_PREFIX = rf"(?:(?:{_QUANTIFIERS}|tới|tổng cộng|(?<!tần )(?<!chỉ )(?<!hệ )(?<!tỷ )(?<!tỉ )số)\s+)?"
_MONEY = r"(?:\s+(?:nghìn|ngàn|triệu|tỷ)){0,2}\s+(?:đô la(?: Mỹ)?|dollar|USD|euro|bảng Anh|yên|nhân dân tệ)"  # "2 nghìn tỷ USD"
_MONEY_END = re.compile(_MONEY + "$")
# a minus sign is part of the figure: "−15 °C" is not "15 °C"; so are a size's sides ("2x3 cm")
_NUMBER_SPAN = re.compile(_QUANT_PREFIX + r"(?<![\w.,/+-])(?:[−-](?=\d))?" + _NUM + r"(?:\s?[x×]\s?\d+(?:[.,]\d+)?)*(?:[-–]\d+(?=\s*[^\W\d_]|\s*%))?(?:" + _MONEY + r"|\s*%|\s?°[CF]\b|(?:\s*[^\W\d_]+(?:(?<=m)[23](?!\d))?(?:/[^\W\d_]+)?)?(?:\s+[^\W\d_]+)?)",
                          re.IGNORECASE)


_ASKS_CLOCK = re.compile(r"\bmay gio\b")
_ASKS_FACTOR = re.compile(r"\bgap (?:may|bao nhieu) lan\b")
_FACTOR = re.compile(r"\bgấp\s+(?:đôi|rưỡi|(?:\d+(?:[.,]\d+)?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+lần)?)(?!\w)",
                     re.IGNORECASE)
_AT_A_TIME = re.compile(r"(?<!\w)(?:lúc|vào|khoảng|từ|đến|tới)\s+$", re.IGNORECASE)  # "lúc 7 giờ", not "20 giờ học"
_CLOCK = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-4])(?:h(?:\d{2})?\b|:[0-5]\d\b(?!:)|\s+giờ(?:\s+\d{1,2}(?:\s+phút)?)?)"
                    r"(?:\s+(?:sáng|trưa|chiều|tối|đêm))?", re.IGNORECASE)


# counters a sentence often replaces by a more specific noun
_LOOSE_UNITS = {"nguoi", "nam", "lan", "cai", "chiec", "tien"}


def _ends_unit(word: str, plain: bool) -> bool:
    """A function word ends a unit, as written: "700 tu viện" is not "700 từ viện"; but the
    counters "người", "con" ("2.951.786 người", "100.000 con kiến") do not. "tới" does ("31 tới
    50 tuổi" is a range), and "mỗi"/"mọi"/"mới" ("900 mm mỗi năm"), "hồi" ("14.000 người hồi đầu
    thế kỷ")."""
    return is_function_word(word, plain) and fold(word) not in ("nguoi", "con") \
        or word.lower() in ("mỗi", "mọi", "gồm", "hồi") or plain and fold(word) in ("moi", "gom")


def number(sentence: str, q: Question) -> Span | None:
    if not _counts_what_is_asked(sentence, q):
        return None
    factors = [(m.start(), m.end(), m.group()) for m in _FACTOR.finditer(sentence)] \
        if _ASKS_FACTOR.search(q.folded) else []
    if factors:  # "gấp mấy lần": "gấp đôi", "gấp 3 lần", not a count nearby ("2,8 lần" is read as any figure)
        return closest(factors, sentence, q)
    if _ASKS_CLOCK.search(q.folded):  # "lúc mấy giờ": a time of day ("17h00", "7 giờ 30"), no count
        return closest([(m.start(), m.end(), m.group()) for m in _CLOCK.finditer(sentence)
                        if "h" in m.group().lower() or ":" in m.group() or _AT_A_TIME.search(sentence, 0, m.start())],
                       sentence, q)
    cands = []
    unit = q.unit
    plain = strip_diacritics(sentence) == sentence
    for m in _NUMBER_SPAN.finditer(sentence):
        text = m.group()
        nums = re.findall(_NUM, text)
        if not nums or any(n in q.numbers and _the_questions_own(sentence, m, n, q) for n in nums):
            continue
        words = text.split()
        # the unit ends at the first function word: "120 của Bộ" -> "120" (not in "đô la")
        for k, w in enumerate(words if not _MONEY_END.search(text) else []):
            if any(ch.isdigit() for ch in w):
                continue
            if _ends_unit(w, plain) and not (k == 0 or fold(words[k - 1]) in ("hon", "gan", "khoang", "tren", "duoi")) \
                    and (fold(w), fold(words[k + 1]) if k + 1 < len(words) else "") not in NOUNS_OPENING_SO:
                words = words[:k]
                break
        start = m.start()
        if words[0].lower() == "số" and len(words) > 1 and re.search(r"\bcon\s+$", sentence[max(0, start - 6):start], re.I):
            start = sentence.index(words[1], start)  # "con số 30 tỷ đồng": the figure, not "số"
            words = words[1:]
        text = " ".join(words)
        if words[-1] == "trở" and (bound := _OR_MORE.match(sentence, start + len(text))):
            text += bound.group()  # "20 điểm trở lên", not "20 điểm trở"
        cands.append((start, start + len(text), text))
    growth = bool(_GROWTH_WORDS & set(q.tokens))
    cands = [_with_its_quantifier(sentence, c) for c in cands if not _part_of_a_date(sentence, c)
             and (growth or not _TIMES_OVER.search(sentence, max(0, c[0] - 6), c[0]))]
    cands = [_with_currency(sentence, c) for c in _ranges(sentence, cands, q)]
    cands = [c for c in cands if not _part_of_the_next(sentence, c, cands)]
    cands = _for_each_as_asked(sentence, cands, q)
    # the subject's own figure before any is chosen by its unit: "thêm 68 ca mắc" is Lào's, and
    # would leave none of "thủ đô Vientiane chiếm 34 ca"
    cands = [c for c in cands if not _done_by_another(sentence, c, q)]
    ordinals = _ordinals(sentence, q) or _scores(sentence, q)
    if ordinals:  # "vòng mấy" is answered "vòng hai", a score "1-1", not by a count nearby
        cands = []
    spelled = ordinals or _spelled_counts(sentence, q)
    cands += spelled
    measures = measure_asked(q)
    if "duration" in measures:  # "kéo dài bao lâu": "từ 21 tháng 3 đến 6 tháng 4 năm 1930"
        cands += periods_in(sentence)
    if measures:  # "dài bao nhiêu", "bao nhiêu tấn": a figure in another measure is none
        measured = [(c, measure_of(sentence, c)) for c in cands]
        cands = [c for c, m in measured if m in measures
                 and not ("money" in measures and m == "percent" and not _as_a_change(sentence, c)
                          and not _ASKS_CHANGE.search(q.folded))]
        if not cands:
            return None
        if "duration" in measures:
            cands = [_to_its_time_unit(c) for c in cands]
        cands = [_to_its_unit(c) if measure_of(sentence, c) in _STORED else c for c in cands]
    if _ASKS_RISE_OR_FALL.search(q.text.lower()):
        # "tăng bao nhiêu đồng một lít": a change, not the price it came to ("có giá bán tối đa là
        # 17.988 đồng/lít"); the change may be written once for a list ("gia tăng 1,18 lần ung thư
        # chung; 1,22 lần ung thư vú")
        # (a quantifier read with the figure may end the comparative: "thấp hơn 6 triệu đồng")
        cands = [_comparative_hon(sentence, c) for c in cands
                 if _CHANGE_BEFORE_IT.search(sentence, 0, c[0] + len(_QUANTIFIER_OPENING.match(c[2])[0]))]
        if not cands:
            return None
    # "kỳ họp thứ mấy" asks for a rank: a bare figure ("khóa 14") is at best a guess
    typed = bool(ordinals) or not _ASKS_RANK.search(q.folded)
    per = _ASKS_PER.search(q.folded)
    rates = [c for c in cands if per and (re.match(rf"\s*(?:moi\s+)?(?:/|moi|mot)\s*{per.group(1)}\b",
                                                     strip_diacritics(sentence[c[1]:c[1] + 20].lower()))
                                          or _per_before(sentence, c, per.group(1)))]
    # ("tỷ số bao nhiêu" asks a score, not a number a thing is known by)
    identifier = re.search(r"\b(?<!ti )(?:so|thu|lan thu) may\b|\b(?<!ti )so (?:bao nhieu|nao)\b", q.folded)
    if identifier:
        unit = []  # "đơn vị bầu cử số mấy của Thanh Hóa": the words after it are no unit
        if identifier.group().startswith("so ") and not q.folded[:identifier.start()].endswith("con "):
            # (not "con số bao nhiêu", what figure)
            cands = [c for c in cands if _numbered(sentence, c, q, identifier.start())]
    else:
        # "Trường mầm non 10,", "Gói thầu 37 (", "Ban QLDA Điện 2": a number that names
        # something is not a count; counts are followed by what they count
        # (a name's word before the figure does not make it a name when the unit asked follows:
        # "bị cáo Lê Văn An 5 năm tù")
        counts = [c for c in cands if c in spelled or c in rates or not _names_something(sentence, c)
                  or _carries_unit(c, unit)]
        if counts:
            cands = counts
        elif cands:
            typed = False
    cands = [c for c in cands if not _of_another_of_its_kind(sentence, c, q)]
    if unit:
        # "bao nhiêu số ghế": any word of the unit but "số"/"lượng" will do ("247 ghế")
        unit_words = {"%"} if unit[:2] == ["phan", "tram"] else (set(unit) - {"so", "luong"}) or {unit[0]}
        unit_words |= {w for u in unit_words for w in _SAME_COUNT.get(u, ())}
        # "bao nhiêu mét vuông": any unit of the measure asked ("15.776,5 m2")
        unit_words |= {fold(u) for u, m in UNIT_MEASURE.items() if m in measures and m not in ("money",)}
        # what a rate is per is not what it counts: "18.000 đồng/chiếc" is a price, not "bao nhiêu chiếc"
        cands = [c for c in cands if not _per_the_unit(c, unit_words)]
        shared = [len(unit_words & _unit_words_of(counted)) if _counts_first(counted := _PER_UNIT.split(c[2])[0], unit_words)
                  else 0 for c in cands]
        # "bao nhiêu loài cá": "75 loài cá", not "138 loài động vật"
        with_unit = [_cut_after_unit(sentence, c, unit, q) for c, n in zip(cands, shared) if n and n == max(shared)] \
            or [paired for c in cands if (paired := _counted_with_the_next_noun(sentence, c, unit, q))]
        classified = [c for c in cands if _classifies(c, q)]
        if with_unit and _qualified_count(unit) and not measures:  # ("mét vuông" is a unit, not a noun qualified)
            # "bao nhiêu ca tử vong": "133 ca bệnh" and "16 giải khuyến khích" count other things
            with_unit = [c for c in with_unit if not _counts_another_kind(sentence, c, unit, q)]
            if not with_unit:
                return None
        elif with_unit and measures and len(unit) >= 2 and unit[1] not in ("vuong", "khoi") \
                and "duration" not in measures:  # ("bao nhiêu năm làm lãnh đạo": no thing is timed)
            # "bao nhiêu tấn tỏi": "50.000 tấn hành tím" weighs another crop
            with_unit = [c for c in with_unit if not _measures_another_thing(sentence, c, unit, q)]
            if not with_unit:
                return None
        if with_unit and not measures:
            with_unit = _most_of_the_count_asked(sentence, with_unit, q)
            if not with_unit:
                return None
        if with_unit:
            cands = with_unit
        elif classified:
            cands = classified
        elif (stated := _bare_after_unit(sentence, cands, unit_words) or _measured_after_unit(sentence, cands, unit_words, q)):
            cands = stated
        elif (listed := _listed_as_asked(sentence, cands, q)):
            cands = listed  # (counted in another noun: "40 mẫu ..., 23 làm thuốc trừ sâu")
        elif unit_words & _LOOSE_UNITS:
            # "bao nhiêu người" is often answered in "công nhân", "hộ dân", ...; "bao nhiêu tiền"
            # in a sum of money written right after the question's verb ("được giảm bao nhiêu
            # tiền": "giảm 4 triệu đồng"; not "bỏ ra 11 triệu đồng" for a loss), but a sum
            # named ("tiền thưởng") is not told by the verb alone
            if unit == ["tien"] and "money" in measures:
                cands = [c for c in cands if _after_the_verb_asked(sentence, c, q)] or cands
                typed = typed and any(_after_the_verb_asked(sentence, c, q) for c in cands)
            else:
                typed = False
            if unit[0] == "nguoi":  # ... but not in "7 tầng", "11 đột biến", nor "ở tuổi 57"
                cands = [c for c in cands if _counts_people(c, q) and not _AGE_BEFORE.search(sentence, 0, c[0])]
                if not cands:
                    return None
        else:
            return None  # "bao nhiêu phường": "quận 5" or "nhiệm kỳ 2016" is no answer
    if per:  # "bao nhiêu mỗi năm": a figure per year ("$70.000/năm"); any other is a guess
        cands, typed = (rates, typed) if rates else (cands, False)
    if "%" in q.text or "phan tram" in q.folded or _ASKS_RATE.search(q.folded):
        cands = [c for c in cands if "%" in c[2] or "phần trăm" in c[2]] or cands
    cands = [c for c in cands if not _counts_anothers(sentence, c, q) and not _done_by_another(sentence, c, q)
             and not _age_of_another(sentence, c, q) and not told_at_another_place(q, sentence, c[1])]
    cands = not_after_the_opposite_deed(q, sentence, cands)
    cands = _the_value_it_became(sentence, cands, q)
    cands = _as_compared(sentence, cands, q)
    cands = _of_the_sum_asked(sentence, _of_the_item_named(sentence, cands, q), q)
    # the year asked first: of "tăng trưởng kinh tế ... năm 2021 ... hơn 6 - 6,3%, cao hơn mức tăng
    # trưởng 2,93% so với năm 2020", 2020's is written with fewer words of the noun asked
    cands = _of_the_year_asked(sentence, cands, q)
    if not ordinals and not q.unit:
        # what "là bao nhiêu" asks is the noun the question opens with; not what "bao nhiêu cửa
        # hàng" or "phút thứ mấy" asks ("Chuỗi X có bao nhiêu cửa hàng": X is the owner)
        cands = _headed_as_asked(sentence, cands, q)
    cands = _of_the_noun_asked(sentence, cands, q)
    cands = _ending_as_asked(sentence, cands, q) or _after_the_words_asked(sentence, cands, q) \
        or _best_described(sentence, cands, q)
    cands = _not_a_conversion(sentence, cands)
    # "Năm 2023, tăng trưởng là bao nhiêu?": of "3,8% vào năm 2022 và 3,2% vào năm 2023" the
    # figure next to the question's own number
    span = _with_its_part(sentence, closest(cands, sentence, q, near=q.numbers))
    if span:
        span.typed = typed
    return span


_OR_MORE = re.compile(r" (?:lên|xuống)\b")
# "gấp 38.000 lần": a multiple, no count of times, unless a growth is asked ("tăng bao nhiêu lần")
_TIMES_OVER = re.compile(r"(?<!\w)gấp\s+$", re.IGNORECASE)
_GROWTH_WORDS = {"gap", "tang", "giam", "hon"}


def _ending_as_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"80 giờ ở chế độ GPS hoặc 65 ngày ở chế độ đồng hồ" for "bao lâu ở chế độ GPS": of two
    figures or more, the item that ends as the question does, whatever words the others share
    with it, or the words before them."""
    listed = _listed_as_asked(sentence, cands, q, least=2)
    return [c for c in cands if c[0] == listed[0][0]] if listed else []


# verbs a figure follows as what is reached: "đạt 13 triệu USD", "tăng 5%" ("giá" is before any price)
_REACHING = {"dat", "tang", "giam", "len", "xuong"}


def _after_the_words_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of several figures, the one the sentence writes right after the words the question writes
    before "bao nhiêu" (a quantifier between): "xuất khẩu ... đạt bao nhiêu" is "đạt 13 triệu USD",
    not "mức cao nhất trong 6 tháng"; "dung lượng tối đa bao nhiêu" "tối đa 1TB". Not after "là",
    "có" and the like, which any figure follows."""
    if len(cands) < 2 or not q.wh or q.wh[0] < 1:
        return []
    phrases = []
    for n in (2, 1):  # the last two words ("tối đa"), else a verb of reaching ("đạt")
        words = q.tokens[max(0, q.wh[0] - n):q.wh[0]]
        prior = q.tokens[q.wh[0] - n - 1:q.wh[0] - n] if q.wh[0] > n else []
        if len(words) < n or words[0] in STOPWORDS or words[-1] in ("la", "co", "duoc") \
                or n == 1 and words[0] not in _REACHING or prior and prior[0][0].isdigit():
            continue  # ("15-inch nặng bao nhiêu": "13-inch nặng 1,1kg" is the other's)
        phrases.append(words)
    if not phrases:
        return []
    before = [_keys_before(sentence, c) for c in cands]
    for words in phrases:
        out = [c for c, b in zip(cands, before) if b[-len(words):] == words]
        if len(out) == 1:
            return out
    return []


_QUANTIFIER_BEFORE = re.compile(rf"(?<!\w)(?:{_QUANTIFIERS})\s+$", re.IGNORECASE)


def _after_the_verb_asked(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """The figure comes right after the words the question writes before "bao nhiêu", from its
    last content word: "giảm 4 triệu đồng" for "được giảm bao nhiêu tiền", "bỏ ra 11 triệu đồng"
    for "bỏ ra bao nhiêu tiền"."""
    before = q.tokens[:q.wh[0]] if q.wh else []
    last = next((k for k in range(len(before) - 1, -1, -1) if before[k] not in STOPWORDS), None)
    if last is None:
        return False
    verb = before[last:]  # with the words after it: "bỏ ra"
    return _keys_before(sentence, cand)[-len(verb):] == verb


def _keys_before(sentence: str, cand: tuple[int, int, str]) -> list[str]:
    """The match keys of the words before a figure, past its quantifier ("đạt khoảng ...")."""
    start = cand[0]
    if (m := _QUANTIFIER_BEFORE.search(sentence, max(0, start - 12), start)):
        start = m.start()
    return tokens_folded(fold(sentence[max(0, start - 30):start]))


def _with_its_quantifier(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"năm 2018 là hơn 14.000 chiếc": "hơn" went with the year's span when the spans were cut; it
    is the figure's."""
    m = _QUANTIFIER_BEFORE.search(sentence, max(0, cand[0] - 12), cand[0])
    return (m.start(), cand[1], sentence[m.start():cand[1]]) if m else cand


def _numbered(sentence: str, cand: tuple[int, int, str], q: Question, asked_at: int) -> bool:
    """"ghế số mấy": a figure written as a number ("số 3", "số ghế 20B", "ghế 20B"), not a count
    ("4 tư lệnh ngồi ghế nóng")."""
    before = fold(sentence[max(0, cand[0] - 20):cand[0]]).split()
    noun = q.folded[:asked_at].split()[-1:]
    return bool(before) and (before[-1] == "so" or before[-1:] == noun)


def _part_of_a_date(sentence: str, cand: tuple[int, int, str]) -> bool:
    """A part of a date counts nothing: a date runs over the figure's start ("11 năm" of "tháng 11
    năm 1932", "10/6" of "ngày 10/6") or past its end ("21 tháng" of "21 tháng 3"), opens inside
    it ("0h ngày 8/10": the unit is the date's word), the figure is a day listed after a date, or
    it is an hour of the clock ("6h40 sáng nay").
    Looked for from 40 characters before: the whole sentence would cost a tenth of a millisecond
    per candidate sentence."""
    start, end, text = cand
    digit = start + next((k for k, ch in enumerate(text) if ch.isdigit()), 0)  # past "khoảng"
    return any(m.start() < start < m.end() or start < m.start() < end or m.start() == start and m.end() > end
               for m in DATE_SPAN.finditer(sentence, max(0, start - 40), end + 20)) or _listed_date(sentence, start) \
        or any(m.start() <= digit < m.end() for m in _TIME_OF_DAY.finditer(sentence, max(0, start - 8), end + 24))


# "trong 2 ngày 30/4 và 1/5": a day and month listed after a date word is a date, not the
# fraction "1/5"
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?![\d/])")
_DATE_LISTED_AFTER = re.compile(r"(?:\bngày|\bhôm|\d{1,2}/\d{1,2}\s*(?:và|,|-|–|đến|tới))\s*$", re.IGNORECASE)


# "lúc 6h40 sáng", "14h30 chiều nay": an hour of the clock, not a count of hours
# ("17 giờ 30 cùng ngày" too)
_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}\s?(?:h|giờ)\s?\d{0,2}\s+(?:sáng|trưa|chiều|tối|đêm|khuya|cùng ngày|hôm"
                          r"|ngày\s+\d+)(?!\w)|\blúc\s+\d{1,2}\s?(?:h|giờ)\s?\d{0,2}", re.IGNORECASE)


def _listed_date(sentence: str, at: int) -> bool:
    return bool(_DAY_MONTH.match(sentence, at)) and bool(_DATE_LISTED_AFTER.search(sentence, max(0, at - 20), at))


# -- whose figure and whose deed: a near miss names the same things the other way round -----
_WHOSE_ASKED = re.compile(rf"\b[Bb]ao nhi[eê]u((?:{LOWER}){{0,3}})\s+({CAPITALISED})")
_WHOSE_COUNTED = re.compile(rf"(?:{LOWER}){{0,3}}?\s+({CAPITALISED})")
# (after the kind of place it is: "Thủ đô Vientiane có bao nhiêu ca mắc mới?")
_SUBJECT_FIRST = re.compile(rf"^(?:(?:Thủ đô|Thành phố|Tỉnh|Nước|Quốc gia|Thu do|Thanh pho|Tinh|Nuoc|Quoc gia)\s+(?=[{UPPER}]))?"
                            rf"({CAPITALISED})((?:{LOWER})+?)\s+bao nhi[eê]u\b")


@per_question
def _whose_asked(q: Question) -> list[str]:
    """"bao nhiêu nhà ngoại giao Ba Lan" -> ba lan: the name written right after what the
    question counts; none when a function word stands between ("bao nhiêu thì quân của Jose
    de Urrea ...") or the counted noun is itself capitalised ("bao nhiêu Phó chủ tịch")."""
    m = _WHOSE_ASKED.search(q.text)
    if not m or not m.group(1) or any(w in FUNCTION_WORDS for w in m.group(1).split()):
        return []
    return tokens_folded(fold(m.group(2)))


def _counts_what_is_asked(sentence: str, q: Question) -> bool:
    """"bao nhiêu nhà ngoại giao Slovakia": the sentence with the figure names Slovakia; one
    about the Czech diplomats does not answer, however much else it shares."""
    whose = _whose_asked(q)
    return not whose or bool(set(whose) & set(tokens_folded(fold(sentence))))


def _counts_anothers(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"bao nhiêu nhà ngoại giao Ba Lan": "10 nhà ngoại giao Nga" counts another country's,
    though the sentence names Ba Lan too ("..., Ba Lan cũng trục xuất ...")."""
    whose = _whose_asked(q)
    counted = _WHOSE_COUNTED.match(sentence, cand[1])
    if not whose or not counted:
        return False
    if any(w in FUNCTION_WORDS and w != "của" for w in sentence[cand[1]:counted.start(1)].split()):
        return False  # "3 nhà ngoại giao vừa rời Nga": the name is no longer what is counted
    return not set(whose) & set(tokens_folded(fold(counted.group(1))))


# words that may stand right before a person's age without being whose it is: "năm nay 55
# tuổi", "ở tuổi", "hơn 60 tuổi", "đã 70 tuổi"
_BEFORE_AN_AGE = {"nay", "la", "da", "khi", "luc", "o", "hon", "gan", "khoang", "tron", "thi", "moi", "vua", "chi",
                  "con", "tho", "huong", "den", "toi", "tu", "tren", "duoi", "ngoai", "chua", "cung"}


def _age_of_another(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Ronaldo bao nhiêu tuổi?": "Người mẫu 27 tuổi ... hẹn hò với Cristiano Ronaldo" gives the
    model's age. An age written right after a noun is that noun's, unless the person asked is
    named beside it ("tiền đạo 36 tuổi Ronaldo", "ông Lâm, 55 tuổi")."""
    if "tuoi" not in q.unit or not q.entities:
        return False
    names = [alt for alternatives in q.entities for alt in alternatives]
    before = tokens_folded(fold(sentence[max(0, cand[0] - 40):cand[0]]))[-3:]
    after = tokens_folded(fold(sentence[cand[1]:cand[1] + 40]))[:3]
    if any(alt[-1] in before or alt[0] in after for alt in names):
        return False
    if len(before) >= 2 and before[-2:] == q.tokens[:2] and not set(before[-2:]) & STOPWORDS:
        return False  # "Nữ sinh ... bao nhiêu tuổi?": "nữ sinh 16 tuổi" is the one the question opens with
    word = sentence[:cand[0]].rstrip()
    return bool(word) and word[-1].isalpha() and bool(before) and before[-1] not in _BEFORE_AN_AGE


def _done_by_another(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Nga trục xuất bao nhiêu ...?": not "Ba Lan cũng thông báo trục xuất 3 ...", a figure
    of the same deed by another doer (the name closing in before the question's verb)."""
    m = _SUBJECT_FIRST.match(q.text)
    if not m:
        return False
    subject = m.group(1)
    if " " not in subject and subject not in ONE_SYLLABLE_COUNTRIES and is_vietnamese_syllable(subject):
        return False  # "Có bao nhiêu ...", "Tỉnh có bao nhiêu ...": no one named does it
    named = tokens_folded(fold(subject))
    named = set(named) | {t for alias in NAME_ALIASES.get(tuple(named), ()) for t in alias}  # "Hoa Kỳ" is "Mỹ"
    verb = [t for t in tokens_folded(fold(m.group(2))) if t not in STOPWORDS and t not in _FIGURE_WORDS]
    if not verb:
        return _anothers_figure(sentence, cand, named)
    return done_by_another(sentence, cand[0], verb, named)


_SUBJECT_WITHIN = 4  # words before a name that may be its clause's subject: "Chiến thắng này giúp Real Madrid"


def _anothers_figure(sentence: str, cand: tuple[int, int, str], named: set[str]) -> bool:
    """"Việt Nam có bao nhiêu ca ...?": not "Tỉnh Bình Sơn ghi nhận 1.400 ca", a figure whose
    clause names another before it, as its subject, and not the question's subject anywhere; a
    name deeper in the clause is its object ("nhà trường đã chính thức ra mắt APMS ... cho 3.500
    học viên"). Where its clause names no one, a sentence that names another before the clause
    and never the subject ("Hai đối thủ Barcelona và Sevilla ..., bám đuổi phía sau với 71 và 70
    điểm")."""
    start = clause_start(sentence, cand[0])
    if named & set(tokens_folded(fold(sentence[start:clause_end(sentence, cand[0])]))):
        return False
    before = [m.group() for m in CAPITAL_RUN.finditer(sentence, start, cand[0])
              if len(sentence[start:m.start()].split()) <= _SUBJECT_WITHIN]
    if not before and not named & set(tokens_folded(fold(sentence))):
        # (a place is no other subject: "Sau 3 năm kinh doanh tại Việt Nam, hãng đã có 12 cửa hàng")
        before = [m.group() for m in CAPITAL_RUN.finditer(sentence, 0, start)
                  if not COUNTRY_OR_PROVINCE.fullmatch(m.group()) and not _AT_A_PLACE.search(sentence, 0, m.start())]
    return any(not is_vietnamese_syllable(run) or " " in run or run in ONE_SYLLABLE_COUNTRIES for run in before)


_AT_A_PLACE = re.compile(r"(?<!\w)(?:tại|ở|đến|sang|về)\s+$", re.IGNORECASE)
_COUNT_VERBS = {"co", "con", "dat", "la", "chiem", "tuyen", "can"}
# kinds of which a sentence lists several, each with its own figure ("ngành y tế ..., ngành lao
# động ..."); not "tổng", "số" (which fold like other words and open any noun phrase)
_KINDS_COUNTED = {"nganh", "tinh", "huyen", "quan", "xa", "phuong", "thon", "ap", "khoa", "lop", "doi", "nhom",
                  "khu", "vung", "mien", "nuoc", "khoi", "cap", "hang"}


# kinds of the same level, of which a sentence may name one beside another ("Quận Thủ Đức ...;
# huyện Bình Chánh ...")
_SAME_LEVEL = {"quan": {"quan", "huyen"}, "huyen": {"quan", "huyen"}, "xa": {"xa", "phuong"}, "phuong": {"xa", "phuong"}}
# a time the question opens with before its subject: "Sáu tháng đầu năm 2019 huyện X có bao nhiêu ..."
_LEADING_TIME = {"trong", "nam", "thang", "quy", "tuan", "dau", "cuoi", "giua", "sau"} | {fold(w) for w in NUMERALS}


@per_question
def _subject_counted(q: Question) -> tuple[str, set[str]] | None:
    """"Ngành lao động có bao nhiêu người?" -> ("nganh", {"lao", "dong"}): the kind of thing the
    question's subject is and the words that tell which one it is."""
    toks = q.tokens
    k = next((i for i in range(len(toks) - 1) if toks[i:i + 2] == ["bao", "nhieu"]), None)
    subject = toks[:k] if k else []
    while subject and subject[-1] in _COUNT_VERBS:
        subject = subject[:-1]
    lead = next((i for i, t in enumerate(subject) if t not in _LEADING_TIME and not t.isdigit()), 0)
    if lead and subject[lead - 1].isdigit():
        subject = subject[lead:]
    if len(subject) < 2 or subject[0] not in _KINDS_COUNTED:
        return None
    which = {t for t in subject[1:3] if t not in STOPWORDS}
    return (subject[0], which) if which else None


def _of_another_of_its_kind(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Ngành lao động có bao nhiêu người hợp đồng?": not "ngành y tế còn khoảng 8.308 người hợp
    đồng lao động", a figure whose clause names another of the kind the question's subject is (or
    of its level) and not the one asked; where its clause names none, its part of the sentence up
    to a semicolon ("Quận Thủ Đức, năm 2018 có 47 trường hợp ...; huyện Bình Chánh, ...")."""
    subject = _subject_counted(q)
    if not subject:
        return False
    kind, which = subject
    kinds = _SAME_LEVEL.get(kind, {kind})
    told = _kinds_told(sentence[clause_start(sentence, cand[0]):cand[0]], kind, kinds) \
        or _kinds_told(sentence[sentence.rfind(";", 0, cand[0]) + 1:cand[0]], kind, kinds)
    return bool(told) and not any(which & set(words) for words in told) and told[-1][0] not in STOPWORDS


def _kinds_told(part: str, kind: str, kinds: set[str]) -> list[list[str]]:
    """The two words after each word of these kinds in the text: those that name one ("Quận Thủ
    Đức", "ngành y tế"), not a verb after a place's kind ("UBND quận xây dựng": its own)."""
    toks = aligned_tokens(part)
    return [[t for t, _, _ in toks[k + 1:k + 3]] for k in range(len(toks) - 1)
            if toks[k][0] in kinds and (kind not in _SAME_LEVEL or not part[toks[k + 1][1]].islower())]


# "rẻ hơn giá niêm yết bao nhiêu", "giảm bao nhiêu": a difference; "tăng lên bao nhiêu" is a level
_COMPARATIVES = "rẻ đắt cao thấp nhiều ít lớn nhỏ nhanh chậm".split()
_ASKS_DIFFERENCE = re.compile(rf"\b(?:{'|'.join(sorted({fold(w) for w in _COMPARATIVES}))}) hon\b"
                              r"|\b(?:tang|giam)(?: them)? bao nhieu\b|\bchenh lech\b")
# a figure told as a difference: "thấp hơn 6 triệu đồng", "giảm 6 triệu đồng" (not "hơn 10.400 ca",
# more than)
_DIFFERENCE_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(_COMPARATIVES)}) hơn|\b(?:tăng|giảm)(?: thêm)?|\bchênh lệch(?: là)?)"
                                r"\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.IGNORECASE)
_COMPARATIVE = re.compile(rf"\b(?:{'|'.join(_COMPARATIVES)})\s+$", re.IGNORECASE)


def _as_compared(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"bán 16 triệu đồng, thấp hơn 6 triệu đồng so với giá niêm yết": "rẻ hơn bao nhiêu" asks the
    difference, "giá bao nhiêu" the price; of several figures, those told as what is asked."""
    if len(cands) < 2:
        return cands
    cands = [_comparative_hon(sentence, c) for c in cands]
    differences = []
    for c in sorted(cands):
        # (one verb may tell several: "giảm 10% số công chức và 20% số viên chức")
        if _DIFFERENCE_BEFORE.search(sentence[max(0, c[0] - 20):c[0]]) \
                or differences and _NEXT_ITEM_OPENS.match(sentence, differences[-1][1], c[0]):
            differences.append(c)
    if _ASKS_DIFFERENCE.search(q.folded):
        return differences or cands
    return [c for c in cands if c not in differences] or cands


_NEXT_ITEM_OPENS = re.compile(r"[^,;:()]{0,40}?(?:,|\svà|\shoặc)\s+$")


def _comparative_hon(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"thấp hơn 6 triệu đồng": "hơn" is the comparison's, not "more than" of the figure."""
    s, e, text = cand
    if text.startswith("hơn ") and _COMPARATIVE.search(sentence[max(0, s - 10):s]):
        return s + 4, e, text[4:]
    return cand


_FROM = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)
_CHANGED_TO = re.compile(r"(?<!\w)(?:lên|xuống|còn)(?:\s+(?:còn|mức|tới|đến))?\s+$", re.IGNORECASE)
_ASKS_BEFORE = re.compile(r"\b(?:ban dau|luc dau|truoc day|truoc do|truoc khi)\b")


def _the_value_it_became(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"dân số giảm từ 14.000 người hồi đầu những năm 1900 xuống còn khoảng 3000 người": the
    figure it went to answers; the one it went from only when the question asks what was before
    ("ban đầu", "trước đây") or names the time told of it ("những năm 1900")."""
    if len(cands) < 2 or _ASKS_BEFORE.search(q.folded):
        return cands
    out = list(cands)
    for old in cands:
        if not _FROM.search(sentence, max(0, old[0] - 5), old[0]):
            continue
        end = clause_end(sentence, old[1])
        new = next((c for c in cands if old[1] < c[0] <= end and _CHANGED_TO.search(sentence, old[1], c[0])), None)
        if new:
            told_of_old = set(re.findall(r"\d+", sentence[old[1]:new[0]])) & q.numbers
            out.remove(new if told_of_old else old)
    return out


_CONVERSION_OPENS = re.compile(r"\s*\(\s*$")


def _not_a_conversion(sentence: str, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"-70 ⁰C (-94 ⁰F)", "9 bàn (5 bàn trong số đó ...)": a figure in brackets right after one of
    the same measure is that figure in another unit, or a part of it; the one the sentence tells
    answers."""
    told = {c: measure_of(sentence, c) for c in cands}
    return [c for c in cands if not any(o[1] <= c[0] and _CONVERSION_OPENS.fullmatch(sentence, o[1], c[0])
                                        and told[o] and told[o] == told[c] for o in cands)]


def _of_the_sum_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Lợi nhuận ròng ... là bao nhiêu?": of "doanh thu đạt 891,4 tỷ CNY (136,7 tỷ USD), ...,
    lợi nhuận ròng đạt 64,6 tỷ CNY (9,9 tỷ USD)" the figures told after "lợi nhuận"; a figure
    told after another sum ("doanh thu") in its clause answers another question. Only where the
    sentence names its sums before their figures (not "đạt 500 tỷ đồng doanh thu và 50 tỷ đồng
    lợi nhuận")."""
    asked = sum_asked(q)
    told = sums_told(sentence) if asked and cands else []
    if not told or any(0 <= start - c[1] <= 12 for c in cands for start, _, _ in told):
        return cands
    owners = [_sum_told_of(sentence, told, c[0]) for c in cands]
    return [c for c, family in zip(cands, owners) if family == asked] \
        or [c for c, family in zip(cands, owners) if family is None]


def _sum_told_of(sentence: str, told: list[tuple[int, int, str]], at: int) -> str | None:
    """The family of the last sum named before the figure at `at` in its own clause ("doanh thu
    đạt X, lãi ròng Y": Y is no revenue); a figure in brackets is of the clause of the brackets
    ("đạt 891,4 tỷ CNY (136,7 tỷ USD)")."""
    opening = clause_start(sentence, _outside_brackets(sentence, at), figures=True)
    return next((family for start, end, family in reversed(told) if opening <= start and end <= at), None)


def _outside_brackets(sentence: str, at: int) -> int:
    """Where the brackets around `at` open, or `at` when it is in none."""
    opening = sentence.rfind("(", 0, at)
    return opening if opening > sentence.rfind(")", 0, at) else at


_DESCRIBED = 7  # words of a figure and what it counts: "17.436 người sống tại tỉnh Quần đảo Loyauté"


def _best_described(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of several figures, those whose words after them (up to the next figure or the end of the
    clause) name most of what the question asks about: "600.000 người Mỹ gốc Pháp và 472.000
    người Mỹ gốc Ý" for "người Mỹ gốc Pháp"; where none does, those told before (_best_told_before)."""
    if len(cands) < 2:
        return cands
    # ("năm" of the question's "năm 2019" describes no figure: "73 trường hợp nhưng năm 2019 ...")
    dated = {t for t, n in zip(q.tokens, q.tokens[1:]) if n in q.numbers and t in _DATE_WORDS}
    asked = set(q.content) - q.numbers - dated
    ordered = sorted(cands)
    counts = []
    for k, (s, e, text) in enumerate(ordered):
        end = CLAUSE_END.search(sentence, e)
        stop = end.start() if end else len(sentence)
        words = _whole_last_word(sentence[s:stop].split(), q)
        if k + 1 < len(ordered) and ordered[k + 1][0] < stop:
            # the words before the next figure are its own ("2 tổ máy với tổng công suất 360 MW",
            # "9,2% và đồ uống có cồn giảm 12,9%"): this one's end at the first "và", or else at
            # the last function word before it
            words = sentence[s:ordered[k + 1][0]].split()[:_DESCRIBED]
            joined = [i for i, w in enumerate(words) if i and _ITEM_JOIN.fullmatch(f" {w.lower()} ")]
            cut = joined[:1] or [i for i, w in enumerate(words) if i and is_function_word(w)][-1:]
            words = words[:cut[0]] if cut else words
        year = YEAR.fullmatch(text)  # "A 1998 bản báo cáo": a year counts nothing
        counts.append(0 if year else len(asked & set(tokens_folded(fold(" ".join(words))))))
    top = max(counts)
    # one shared word is chance ("2 tổ máy" shares "máy" with "Nhà máy"); two describe
    if top >= 2:
        return [c for c, n in zip(ordered, counts) if n == top]
    return _best_told_before(sentence, ordered, q)


def _best_told_before(sentence: str, ordered: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of figures no words after them describe, items of one list, those with most of the
    question's word pairs in the few words of their own item right before them: "đồ uống không
    cồn giảm 9,2% và đồ uống có cồn giảm 12,9%" for "đồ uống có cồn giảm"."""
    if not all(_ITEM_JOIN.search(sentence[a[1]:b[0]]) for a, b in zip(ordered, ordered[1:])):
        return ordered  # not items of one list ("Phút 66, đội X ghi bàn ở hiệp thứ 2")
    pairs = set(q.pairs)
    counts = []
    for k, (s, _, _) in enumerate(ordered):
        before = sentence[max(clause_start(sentence, s, figures=True), ordered[k - 1][1] if k else 0):s]
        before = _ITEM_JOIN.split(before)[-1]  # ("... ở nam giới và khoảng 25%": the item's own words)
        keys = tokens_folded(fold(before))[-_DESCRIBED:]
        counts.append(len(pairs & {f"{a}_{b}" for a, b in zip(keys, keys[1:])}))
    top = max(counts)
    return [c for c, n in zip(ordered, counts) if n == top] if top and counts.count(top) < len(counts) else ordered


_ITEM_JOIN = re.compile(r"\s(?:và|còn|nhưng|hoặc)\s")  # what joins the items of a list of figures


def _of_the_year_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Năm 2018 ... bao nhiêu chiếc?": of "năm 2019 doanh số đạt trên 11.900 chiếc, năm 2018 là hơn
    14.000 chiếc", not a figure of another year than the one asked, where the sentence writes the
    one asked: the year right after it ("3,2% vào năm 2023"), else the last one written since the
    figure before it."""
    asked = {y for y in q.numbers if YEAR.fullmatch(y)}
    if not asked or not asked & set(YEAR.findall(sentence)) or len(cands) < 2:
        return cands
    kept, since = [], 0
    for c in sorted(cands):
        after = _YEAR_AFTER.match(sentence, c[1])
        years = [after.group(1)] if after else YEAR.findall(sentence, since, c[0])
        if not years or years[-1] in asked:
            kept.append(c)
        since = after.end() if after else c[1]
    return kept or cands


_ITEM_BREAK = re.compile(r"[,;:]\s")
_BY_ITS_FIGURE = 3  # words between a list item's name and its figure


def _of_the_item_named(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"xăng E5RON92 có giá bán tối đa là 17.988 đồng/lít, RON95 là 19.161 đồng/lít": of a list
    of named items, each with its figure, the figure of the item the question names (the one
    item writing one of the question's names right by its figure)."""
    if len(cands) < 2 or not q.entities:
        return cands
    starts = [0] + [m.end() for m in _ITEM_BREAK.finditer(sentence)]

    def item(at: int) -> int:
        return sum(1 for s in starts[1:] if s <= at)

    held = {item(c[0]) for c in cands}
    if len(held) < 2:
        return cands
    toks = aligned_tokens(sentence)
    keys = token_keys(toks)
    named = set()
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for alternatives in q.entities:
        spans = [(toks[k][1], toks[k + len(alt) - 1][2]) for alt in alternatives for k in phrase_starts(keys, alt)]
        for s, e in spans:
            spans_of.setdefault(item(s), []).append((s, e))
        # the name right by its figure ("RON95 là 19.161", "1.900 đồng/lít với E5RON92"), not the
        # subject of the whole list ("Dự án kho cảng LNG Thị Vải ... giai đoạn 1 là 1 triệu tấn")
        items = {item(c[0]) for c in cands for s, e in spans if item(s) == item(c[0])
                 and (len(sentence[e:c[0]].split()) <= _BY_ITS_FIGURE if e <= c[0] else
                      len(sentence[c[1]:s].split()) <= _BY_ITS_FIGURE if c[1] <= s else False)}
        if len(items) == 1:
            named |= items
    if len(named) != 1:
        return cands
    (k,) = named
    if k == min(held) and not any(c[1] <= s for c in cands if item(c[0]) == k for s, _ in spans_of[k]):
        # the first item's name before its figure may be the subject of the whole list ("Doanh thu
        # của Tập đoàn Sơn Hà năm 2023 đạt 89,1 tỷ CNY, ..., trong khi lợi nhuận ròng đạt ..."),
        # unlike a later item's or a name after its figure ("1.900 đồng/lít với E5RON92")
        return cands
    mine = [c for c in cands if item(c[0]) in named]
    others = {item(c[0]) for c in cands} - named
    ends = starts[1:] + [len(sentence)]
    # the other items name things too ("RON95 là ..."), not "tăng trưởng 23% so với năm 2019"
    if not any(CAPITAL_RUN.search(sentence, starts[k], ends[k]) for k in others):
        return cands
    return mine


_NOUN_IS = re.compile(r"(\w+)\s+(?:là|bằng)\s+$", re.IGNORECASE)


def _of_the_noun_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Tổng trọng lượng vàng là 189.820g và bạc là 1.727g": of figures each told after its own
    noun and "là", those whose noun the question names, where another's it does not."""
    if len(cands) < 2:
        return cands
    nouns = [m and fold(m.group(1)) for m in (_NOUN_IS.search(sentence, 0, c[0]) for c in cands)]
    asked = [n in q.content for n in nouns]
    if not any(asked) or not any(n and not a for n, a in zip(nouns, asked)):
        return cands
    return [c for c, a in zip(cands, asked) if a]


_YEAR_AFTER = re.compile(r"\s+(?:(?:vào|trong)\s+)?(?:năm\s+)?((?:1[0-9]|20)\d{2})\b", re.IGNORECASE)


_PER_UNIT = re.compile(r"/(?=[^\W\d_])")


def _unit_words_of(text: str) -> set[str]:
    return set(tokens_folded(fold(text))) | set(text)  # (the characters: "%")


# words a figure counts through before the noun: "75 loài cá", "3 con gấu"
_COUNTED_THROUGH = {"loai", "kieu", "dang", "giong", "nhom", "lo", "dot"}


def _counts_first(counted: str, unit_words: set[str]) -> bool:
    """The figure's first word after its number words is the unit asked (or a counter before it):
    "3 làm chất chống cháy" is no count of "hóa chất", "làm" is what the 3 do."""
    for word in counted.split():
        word = word.strip(",.;:()")
        key = fold(word)
        if key in unit_words or fold(re.sub(r"^[\d.,–-]+", "", word)) in unit_words:  # ("20km", "70-100kHz")
            return True
        # a figure, a range's words, and (spelt, where the article is: "lăm" is a figure's word, "làm" is not)
        if any(ch.isdigit() for ch in word) or not re.search(r"[^\W_]", word) or key in ("den", "toi", "tu") \
                or word.lower() in _FIGURE_SPELT \
                or (word == strip_diacritics(word) and key in _FIGURE_WORDS):
            continue
        return key in _CLASSIFIERS | _COUNTED_THROUGH
    return bool(unit_words & set(counted))  # "57%"


def _per_the_unit(cand: tuple[int, int, str], unit_words: set[str]) -> bool:
    """"18.000 đồng/chiếc" for "bao nhiêu chiếc": the unit asked is only what the figure is per."""
    counted, *per = _PER_UNIT.split(cand[2], 1)
    return bool(per) and bool(unit_words & _unit_words_of(per[0])) and not unit_words & _unit_words_of(counted)


_DATE_WORDS = {"nam", "thang", "ngay", "quy"}
_HEAD_SAID = 3  # words of the noun asked, in its order: "tỷ lệ" alone heads any rate
# words that end the noun a question opens its clause with ("Tổng chỉ tiêu | của Trường ...")
_HEAD_ENDS = set("của ở tại là trong cho với và thì được bị sẽ đã đang có bao mấy".split())
_HEAD_ENDS_PLAIN = {fold(w) for w in _HEAD_ENDS} | {"nhieu"}


@per_question
def _head_asked(q: Question) -> list[str]:
    """The noun the question's last clause opens with, as match keys: "tổng số người dương tính
    covid 19" of "Tính tới ngày 25/4, tổng số người dương tính Covid-19 ở Thái Lan là bao nhiêu?"."""
    head = []
    for word in q.text.split(",")[-1].split():
        if (fold(word) in _HEAD_ENDS_PLAIN) if not q.has_diacritics else (word.lower() in _HEAD_ENDS):
            break
        head += tokens_folded(fold(word))
    return head if len(head) >= _HEAD_SAID and not head[0][0].isdigit() else []


def _headed_as_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of several figures, those whose own clause writes before them most of the noun the
    question opens with, in its order ("... nâng tổng số người dương tính lên 55.460 người" for
    "tổng số người dương tính", not "gần 2500 trường hợp" before it); not one right after "của",
    which qualifies the noun ("Tổng chỉ tiêu của 6 ngành ... là 1.170")."""
    head = _head_asked(q)
    if len(cands) < 2 or not head:
        return cands
    said = [_head_said(tokens_folded(fold(sentence[clause_start(sentence, s, figures=True):s])), head)
            for s, _, _ in cands]
    if not max(said):
        # the noun may head the clause before a short one ("còn tỷ lệ tự đột biến rất thấp, chỉ
        # khoảng 10%"): the words since the figure before
        # (not for the first figure: the words before it may well be the whole sentence's subject,
        # "Với Galaxy Book Pro360, phiên bản màn hình 13-inch nặng 1,1kg và phiên bản 15-inch ...")
        # nor the words of the figure before it, up to its clause's end ("17.436 người sống tại
        # tỉnh Quần đảo Loyauté, 45.137 người ...")
        ends = sorted(e for _, e, _ in cands)
        said = [_head_said(tokens_folded(fold(sentence[_after_the_clause_of(sentence, ends, s):s])), head)
                for s, _, _ in cands]
    top = max(said)
    return [c for c, n in zip(cands, said) if n == top] if top else cands


def _after_the_clause_of(sentence: str, ends: list[int], at: int) -> int:
    """Where the clause after the figure before `at` (ending at one of `ends`) starts; `at` when
    there is no figure before it or no clause break between."""
    before = [e for e in ends if e <= at]
    brk = _CLAUSE_BREAK.search(sentence, before[-1], at) if before else None
    return brk.end() if brk else at


_CLAUSE_BREAK = re.compile(r"[,;]\s")


def _head_said(before: list[str], head: list[str]) -> int:
    """How many words of the noun asked (at least _HEAD_SAID), in order, the words before a
    figure write; none right after "của", which qualifies the noun."""
    if before and before[-1] == "cua":
        return 0
    return max((k for k in range(_HEAD_SAID, len(head) + 1)
                if any(before[i:i + k] == head[:k] for i in range(len(before)))), default=0)


def _whole_last_word(words: list[str], q: Question) -> list[str]:
    """The first _DESCRIBED words, and one more when it ends a word of two syllables the question
    says ("2 người trong số đó đã tử vong": "tử" alone is not "tử vong")."""
    if len(words) > _DESCRIBED and f"{fold(words[_DESCRIBED - 1])}_{fold(words[_DESCRIBED].strip(',.;:'))}" in q.pairs:
        return words[:_DESCRIBED + 1]
    return words[:_DESCRIBED]


def _bare_after_unit(sentence: str, cands: list[tuple[int, int, str]], unit_words: set[str]) -> list[tuple[int, int, str]]:
    """A bare figure that ends its clause after the unit was named: "tuổi thọ bình quân ... là
    81." answers "bao nhiêu tuổi", "... giáo viên ... là 5.139 người," "bao nhiêu giáo viên";
    not one right after it ("cơ sở 2")."""
    out = []
    for c in cands:
        # "nhu cầu đào tạo giáo viên ... là 5.139 người": people counted by the counter for any
        # people, once the sentence has said who they are
        of_people = re.fullmatch(_NUM + r" người", c[2]) and re.search(r"\blà\s+$", sentence[:c[0]])
        # ("trực 24/24": round the clock, no count)
        if not (re.fullmatch(_NUM, c[2]) and "/" not in c[2] or of_people) or not re.match(r"\s*(?:[.;,)]|$)", sentence[c[1]:]) \
                or YEAR.fullmatch(c[2]):  # a year is no count
            continue
        before = tokens_folded(fold(sentence[clause_start(sentence, c[0]):c[0]]))
        # "cơ sở 2", "tuyến số 5": a number right after the unit names one, it counts none
        if unit_words & set(before) and before[-1] not in unit_words | {"so"}:
            out.append(c)
    return out


# (a sum after its noun is another's: "giá tiền 1.350.000 đồng/mâm" is no loss "bao nhiêu tiền")
_MEASURED_AFTER = {"data", "charge", "length", "area", "mass", "volume"}


def _measured_after_unit(sentence: str, cands: list[tuple[int, int, str]], unit_words: set[str],
                         q: Question) -> list[tuple[int, int, str]]:
    """A figure in a unit of measure right after the noun asked of: "dữ liệu 10GB/tháng" answers
    "bao nhiêu dữ liệu", "pin 5.000 mAh" "bao nhiêu pin". Not for "mấy", which counts things:
    "phiên bản 3GB RAM" names one of the versions "mấy phiên bản" asks the number of."""
    if not q.wh or q.tokens[q.wh[0]] != "bao":
        return []
    out = []
    for c in cands:
        before = tokens_folded(fold(sentence[clause_start(sentence, c[0]):c[0]]))
        if before and before[-1] in unit_words and measure_of(sentence, c) in _MEASURED_AFTER:
            out.append(c)
    return out


_LIST_ITEM_END = re.compile(r"[,;.:]|\s(?:và|còn|hoặc)\s")
_LISTED = 3  # figures in one sentence, each told with what it is: a list


def _listed_as_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question,
                     least: int = _LISTED) -> list[tuple[int, int, str]]:
    """In a list of figures each followed by what it is ("40 mẫu được sử dụng làm chất dẻo, 28
    trong mỹ phẩm, 23 làm thuốc trừ sâu"), the one whose item ends as the question does
    ("bao nhiêu hóa chất được sử dụng làm thuốc trừ sâu": its last two words). None where no item
    does ("làm phân bón")."""
    if len(cands) < least or not q.wh:
        return []
    rest = [w for w in q.tokens[q.wh[1]:] if w not in q.unit]
    if len(rest) < 2:
        return []
    last = rest[-2:]
    if any(ch.isdigit() for w in last for ch in w):
        return []  # ("kể từ năm 2002" dates the question, it is no item's words)
    told = []
    for c in cands:
        figure = re.match(_QUANT_PREFIX + _NUM, c[2])
        if not figure:
            continue
        end = _LIST_ITEM_END.search(sentence, c[0] + figure.end())
        keys = tokens_folded(fold(sentence[c[0]:end.start() if end else len(sentence)]))
        if any(keys[i:i + 2] == last for i in range(len(keys) - 1)):
            told.append((c[0], c[0] + figure.end(), figure.group()))
    return told if len(told) == 1 else []


# nouns a count of people is written in: "bao nhiêu người" is answered "40 cán bộ chiến sĩ" (whole
# phrases: "công" alone is also "công trình", "nam" also "năm")
_PEOPLE_NOUNS = {fold(w) for w in (
    "người, dân, người dân, hộ, hộ dân, hộ gia đình, gia đình, ca, trường hợp, công nhân, học sinh, sinh viên, "
    "học viên, bệnh nhân, bệnh nhi, cán bộ, chiến sĩ, thí sinh, lao động, người lao động, khách, du khách, "
    "hành khách, lượt, nạn nhân, trẻ, trẻ em, em, cháu, cụ, thủy thủ, binh sĩ, quân nhân, nhân viên, giáo viên, "
    "bác sĩ, y bác sĩ, đại biểu, thành viên, cư dân, hội viên, đảng viên, vận động viên, cầu thủ, phụ nữ, "
    "nam giới, nữ giới, ngư dân, nông dân, tình nguyện viên, đối tượng, bị can, bị cáo, phạm nhân, tù nhân, "
    "công dân, cử tri, nhân khẩu, nghệ sĩ, ca sĩ, thương binh, liệt sĩ, f0, f1, f2").split(", ")}


_PLACE_WORDS = {"tren", "duoi", "trong", "ngoai", "giua", "ben", "canh", "truoc", "sau", "tai", "o"}


def _counts_people(cand: tuple[int, int, str], q: Question) -> bool:
    """A figure with no noun, or one counting people (the noun after it, past "hơn", "khoảng", a
    multiplier or a classifier, is a word people are counted in, or one the question says: "qua
    tay bao nhiêu người" of "24 bàn tay")."""
    words = [w for w in tokens_folded(fold(cand[2])) if not w[0].isdigit()]
    while words and (words[0] in _FIGURE_WORDS or words[0] in _CLASSIFIERS):
        words = words[1:]
    return not words or any(" ".join(words[:n]) in _PEOPLE_NOUNS for n in (1, 2, 3)) or words[0] in q.content \
        or len(words) > 1 and words[1] in q.content and words[1] not in _PLACE_WORDS


_AGE_BEFORE = re.compile(r"(?<!\w)tuổi\s+$", re.IGNORECASE)


# counters news writes for one another: "bao nhiêu ca mắc" is answered "10 trường hợp mắc"
_SAME_COUNT = {"ca": ("truong", "hop"), "hop": ("ca",)}


# words that stand between a count and the noun it counts: "48 chiếc F-15", "bốn cuộc chiến"
_CLASSIFIERS = {"chiec", "cuoc", "con", "cai", "buc", "ngoi", "toa", "tran", "dot", "chuyen", "bo"}


def _classifies(cand: tuple[int, int, str], q: Question) -> bool:
    """A figure whose classifier is followed by a word of the question counts what the question
    asks about, whatever noun the question used ("bao nhiêu phi cơ F-15": "48 chiếc F-15")."""
    words = tokens_folded(fold(cand[2]))
    return any(w in _CLASSIFIERS and nxt in _asked_after(q) for w, nxt in zip(words, words[1:]))


def _asked_after(q: Question) -> set[str]:
    """The question's content words after its question word: what it counts ("bao nhiêu phi cơ
    F-15"), not what it counts of ("Mỗi chuyến bay ... bao nhiêu khách")."""
    return set(q.content) & set(q.tokens[q.wh[1]:]) if q.wh else set(q.content)


# "tỷ lệ ... là bao nhiêu": a share, written as a percentage where the sentence has one
_ASKS_RATE = re.compile(r"\bti le\b")
# "bao nhiêu mỗi năm", "bao nhiêu ca mắc mới mỗi ngày": a figure per day, week, month, year or hour
_ASKS_PER = re.compile(r"\bbao nhieu(?: [a-z]+){0,4}? (?:moi|mot) (ngay|tuan|thang|nam|gio)\b")
_RANGE_JOIN = re.compile(r"(?:\s*°[CF])?\s*(?:–|-|—|(?:cho\s+)?(?:đến|tới))\s*", re.IGNORECASE)
# "cự ly dài nhất" is the upper end of "từ 5km cho tới 42km"; "ngắn nhất" the lower
_ASKS_HIGHEST = re.compile(r"\b(?:dai|cao|lon|nhieu|xa|nang|rong|sau|muon|dat) nhat\b|\btoi da\b")
_ASKS_LOWEST = re.compile(r"\b(?:ngan|thap|nho|gan|nhe|hep|nong|re|som) nhat\b")  # ("ít nhất": at least)
_JOIN_WORD = re.compile(r"(?:cho\s+)?(?:tới|đến)\s+", re.IGNORECASE)
_CURRENCY = re.compile(r"(?:US)?[$€£¥]\s?$")


# "Mỗi hộ được nhận mấy con dê?": "mỗi" written, or a plain "moi" opening the question ("mới" never does)
_PER_TIME = {"ngay", "tuan", "thang", "nam", "gio", "quy", "phut", "lan"}
_ASKS_EACH = re.compile(r"(?:(?<!\w)mỗi|^moi)\s+(\w+)", re.IGNORECASE)


def _for_each_as_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Mỗi hộ được nhận mấy con dê?": of "24 con dê được giao cho 6 hộ (mỗi hộ 4 con)", the
    figure told of each ("mỗi hộ 4 con", "4 con mỗi hộ"), where the sentence has one."""
    told = _each_told(q)
    if not told:
        return cands
    before, after = told
    text = sentence if q.has_diacritics else strip_diacritics(sentence)
    return [c for c in cands if before.search(text, max(0, c[0] - 20), c[0]) or after.match(text, c[1])] or cands


@per_question
def _each_told(q: Question) -> tuple[re.Pattern, re.Pattern] | None:
    """How a sentence tells the "mỗi X" the question asks of, as typed: right before a figure
    ("mỗi hộ 4 con") or right after it ("4 con mỗi hộ"); None when none is asked."""
    each = _ASKS_EACH.search(q.text)
    if not each or fold(each.group(1)) in _PER_TIME:
        return None  # ("mỗi ngày": a rate, read by `_ASKS_PER`)
    mark = "mỗi" if q.has_diacritics else "moi"
    word = re.escape(each.group(1) if q.has_diacritics else strip_diacritics(each.group(1)))
    return (re.compile(rf"(?<!\w){mark}\s+{word}\s+(?:(?:được|duoc|là|la)\s+)?$", re.IGNORECASE),
            re.compile(rf"\s+{mark}\s+{word}\b", re.IGNORECASE))


def _per_before(sentence: str, cand: tuple[int, int, str], per: str) -> bool:
    """"ngân sách hằng năm gồm 22 tỷ đồng": the figure's clause says it is one a year (not
    where a figure before it has it: "300.000 liều mỗi ngày để có 50 triệu người")."""
    before = strip_diacritics(sentence[clause_start(sentence, cand[0]):cand[0]].lower())
    return not any(ch.isdigit() for ch in before) and bool(re.search(rf"\b(?:hang|moi) {per}\b", before[-40:]))


def _ranges(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"từ 27 °C đến 30 °C", "1.020 tới 1.030 kg/m³": two figures joined by "đến"/"tới"/"–"
    are one answer, a range, which replaces its two ends; but the highest or lowest asked is
    the end it asks for."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(cands):
        joined = join_spans(sentence, cands[k], cands[k + 1], _RANGE_JOIN) if k + 1 < len(cands) else None
        out.append((_end_asked(cands[k], cands[k + 1], q) or joined) if joined else cands[k])
        k += 2 if joined else 1
    return out


def _end_asked(low: tuple[int, int, str], high: tuple[int, int, str], q: Question) -> tuple[int, int, str] | None:
    """The range of two figures, or the one end of it a question of the highest or lowest asks."""
    if _ASKS_HIGHEST.search(q.folded):
        word = _JOIN_WORD.match(high[2])
        return (high[0] + word.end(), high[1], high[2][word.end():]) if word else high
    if _ASKS_LOWEST.search(q.folded):
        return low
    return None


_PART_OF = re.compile(r"(?<![\w.,])(" + _QUANT_PREFIX + _NUM + r")\s+trong (?:tổng )?số\s+$", re.IGNORECASE)


def _part_of_the_next(sentence: str, cand: tuple[int, int, str], cands: list[tuple[int, int, str]]) -> bool:
    """"55" of "55 trong số 109 hóa chất": the part is told with the whole (`_with_its_part`)."""
    return any((part := _PART_OF.search(sentence, 0, c[0])) and part.start(1) == cand[0] for c in cands)


def _with_its_part(sentence: str, span: Span | None) -> Span | None:
    """"55 trong số 109 hóa chất": a whole the sentence takes a part of is answered with the
    part, which is what the sentence goes on to tell of."""
    part = span and _PART_OF.search(sentence, 0, span.start)
    if part:
        span.text, span.start = sentence[part.start(1):span.end], part.start(1)
    return span


def _the_questions_own(sentence: str, m: re.Match, number: str, q: Question) -> bool:
    """The figure is the question's own number ("Quận 4" of "Quận 4 có bao nhiêu phường"), not
    another figure that happens to be written alike ("diện tích 4 km2"): the same word is next to
    it on either side."""
    at = [k for k, t in enumerate(q.tokens) if t == number]
    if not at or YEAR.fullmatch(number):
        return True  # (a year the question names dates it: "giai đoạn 1996-2009" is no figure)
    before = tokens_folded(fold(sentence[max(0, m.start() - 30):m.start()]))[-1:]
    after = tokens_folded(fold(m.group()))
    after = after[after.index(number) + 1:][:1] if number in after else []
    return any(before and k and q.tokens[k - 1] == before[0] or after and k + 1 < len(q.tokens) and q.tokens[k + 1] == after[0]
               for k in at)


def _with_currency(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"$61,1 tỷ": a currency sign before the figure belongs to it."""
    s, e, text = cand
    m = _CURRENCY.search(sentence, 0, s)
    return (m.start(), e, sentence[m.start():e]) if m else cand


# ("một" alone is far more often "a"; "một triệu" is a figure)
_CARDINAL = r"(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ))?" \
            r"|một\s+(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ))"
_SPELLED_COUNT = re.compile(
    rf"(?<!\w)(?:(?:khoảng|gần|hơn|từ)\s+)?(?:(?P<fraction>(?:một|hai|ba)\s+phần\s+(?:hai|ba|tư|năm|mười)|một nửa)"
    rf"|{_CARDINAL}(?:\s+(?:đến|tới)\s+{_CARDINAL})?)(?P<unit>(?:\s+[^\W\d_]+){{1,2}})?", re.IGNORECASE)


# "năm" alone as the count: far more often "year" than "five"
_YEAR_WORD = re.compile(r"^(?:(?:khoảng|gần|hơn|từ)\s+)?năm\b(?!\s+(?:đến|tới)\b)", re.IGNORECASE)


_ORDINAL_WORDS = {"nhat", "nhi", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"}


# nouns counted in order ("lần thứ hai", "bang thứ 28", "nhiệm kỳ thứ hai"), unlike the verbs
# before "thứ" ("xếp thứ ba", "đứng thứ hai")
_ORDERED_NOUNS = {"lan", "bang", "ki", "khoa", "nguoi", "cuoc", "dot", "vong", "phan", "tap", "ban", "chuong"}


# "khóa XIV", "Đại hội XIII": a rank in Roman numerals, as Party and state bodies are counted
_ROMAN_NUMERAL = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


_NEXT_RANK = re.compile(r"\s+và\s+\d+\b(?![.,]\d)")


_ASKS_RANK = re.compile(r"\bthu may\b")
_ASKS_SCORE = re.compile(r"\bti so\b")
_SCORE = re.compile(r"(?<![\d/.,-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/.,-])")


def _scores(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """"tỷ số bao nhiêu": a score as written ("1-1", "2 - 0"), one figure, not a range."""
    if not _ASKS_SCORE.search(q.folded):
        return []
    return [(m.start(), m.end(), m.group()) for m in _SCORE.finditer(sentence)]


def _ordinals(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """"vòng mấy", "thứ mấy", "hạng mấy": the noun before "mấy" with a number or an ordinal
    word after it in the sentence ("vòng hai", "thứ nhì", "hạng 3")."""
    if not q.wh or q.wh[1] < 2 or q.tokens[q.wh[1] - 1] != "may":
        return []
    noun = q.tokens[q.wh[1] - 2]
    if noun in STOPWORDS:
        return []  # "có mấy độ tuổi" asks a count, whatever "có" is followed by ("có tầm nhìn")
    if q.unit and noun not in ("thu", "hang"):
        return []  # "mấy lần" (a unit after it) asks for a count; "thứ mấy trên thế giới" a rank
    before = q.tokens[q.wh[1] - 3] if q.wh[1] >= 3 else None
    toks = aligned_tokens(sentence)
    out = []
    for k, ((t, s, _), (n, ns, e)) in enumerate(zip(toks, toks[1:])):
        if t == noun and (n[0].isdigit() or n in _ORDINAL_WORDS or _ROMAN_NUMERAL.fullmatch(sentence[ns:e])):
            if k and toks[k - 1][0] == before and before in _ORDERED_NOUNS:  # "lần thứ hai", not "xếp thứ ba"
                s = toks[k - 1][1]
            elif noun not in ("thu", "hang"):
                s = _noun_whole(sentence, toks, k, q)  # "Hội nghị Trung ương 8", not "ương 8"
            if n[0].isdigit() and (more := _NEXT_RANK.match(sentence, e)):  # "thứ 11 và 12"
                e = more.end()
            out.append((s, e, sentence[s:e]))
        elif noun == "thu" and t == before and before not in STOPWORDS and n[0].isdigit():
            # "phút thứ mấy": "Phút 66" ranks as "phút thứ 66"; "thế kỷ thứ mấy": "thế kỷ 20" whole
            if k and q.wh[1] >= 4 and toks[k - 1][0] == q.tokens[q.wh[1] - 4]:
                s = toks[k - 1][1]
            out.append((s, e, sentence[s:e]))
    return out


def _noun_whole(sentence: str, toks: list[tuple[str, int, int]], k: int, q: Question) -> int:
    """Where the noun numbered at toks[k] starts: where it is the end of a name ("Trung ương",
    capitalised), back over the words before it the question writes before "mấy" too (three at
    most; "số", "tháng" are nouns of their own: "bầu cử số 3", "vào tháng 11")."""
    at = q.wh[1] - 2
    if k < 1 or at < 1 or not sentence[toks[k - 1][1]].isupper():
        return toks[k][1]
    j = 1
    while j <= 3 and k - j >= 0 and at - j >= 0 and toks[k - j][0] == q.tokens[at - j] \
            and toks[k - j][0] not in STOPWORDS:
        j += 1
    return toks[k - j + 1][1]


def _to_its_time_unit(cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"5 phút thay (vì)", "20 năm công (nghệ)": a length of time ends with its unit, past the
    last figure ("2 giờ 30 phút"; "rưỡi" is its own)."""
    s, _, text = cand
    words = list(re.finditer(r"\S+", text))
    for k, w in enumerate(words):
        if fold(w.group()) in DURATION_UNITS and not any(ch.isdigit() for v in words[k + 1:] for ch in v.group()):
            if k + 1 < len(words) and words[k + 1].group() == "rưỡi":
                k += 1
            end = words[k].end()
            return (s, s + end, text[:end])
    return cand


_STORED = {"data", "charge"}  # measures whose figure ends at its unit


def _to_its_unit(cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"128 GB bộ (nhớ)": a size of memory or of a battery ends with its unit ("10GB/tháng";
    a length goes on with what it measures: "hơn 60km đường biên giới")."""
    s, _, text = cand
    for w in re.finditer(r"\S+", text):
        if re.sub(r"^[\d.,]+", "", w.group()).lower().split("/")[0] in UNIT_MEASURE:
            return (s, s + w.end(), text[:w.end()])
    return cand


def _spelled_counts(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """Counts written in words: "hai lần", "từ năm đến tám lần", "một phần ba". A word number
    counts only what the question names right after it ("năm đạo luật" for a question about
    "đạo luật"), since "năm" is also "year" and "ba", "hai" are common syllables."""
    wanted = set(q.unit) or set(q.content)
    if "duration" in measure_asked(q):  # "sau bao lâu": "hai tháng"
        wanted = wanted | DURATION_UNITS
    plain = strip_diacritics(sentence) == sentence
    out = []
    for m in _SPELLED_COUNT.finditer(sentence):
        if re.search(r"\bthứ\s*$|\d\s*$|\bmột\s*$", sentence[:m.start()], re.IGNORECASE):
            # "thứ hai" is an ordinal (or Monday); "5 năm tù" is five years, not "năm tù"; and
            # "một năm ngày cưới" one year, not "năm ngày"
            continue
        unit_words = (m.group("unit") or "").split()
        kept = []
        for w in unit_words:
            if _ends_unit(w, plain):
                break
            kept.append(w)
        folded = [fold(w) for w in kept]
        # or a classifier and a word of the question: "bốn cuộc chiến" for "bao nhiêu trận chiến"
        classified = len(folded) > 1 and folded[0] in _CLASSIFIERS and folded[1] in _asked_after(q)
        if not m.group("fraction") and not (folded and folded[0] in wanted) and not classified:
            continue
        if _YEAR_WORD.search(m.group()) and not (folded and folded[0] in q.unit):
            continue  # "từ năm học 2021" is "since the school year", no five: only a unit asked counts
        unit_start = m.start("unit") if m.group("unit") else m.end()
        end = unit_start + len(" " + " ".join(kept)) if kept else unit_start
        out.append((m.start(), end, sentence[m.start():end]))
    # "một" alone is "a"; a span of time only as asked ("trải qua một năm" is no prison term)
    out += [(m.start(), m.end(), m.group()) for m in _ONE_SPAN_OF_TIME.finditer(sentence)
            if fold(m.group(1)) in wanted & DURATION_UNITS and _one_span_as_asked(sentence, m, q)]
    return out


def _one_span_as_asked(sentence: str, m: re.Match, q: Question) -> bool:
    """"một năm" asked by "bao lâu", or where the sentence goes on as the question's unit does
    ("một năm ngày cưới") or has the question's word before it ("kỷ niệm một năm")."""
    if "bao lau" in q.folded:
        return True
    after = tokens_folded(fold(sentence[m.end():m.end() + 30]))[:len(q.unit) - 1]
    before = tokens_folded(fold(sentence[max(0, m.start() - 30):m.start()]))[-1:]
    return len(q.unit) > 1 and after == q.unit[1:] or bool(q.wh) and q.wh[0] > 0 and before == q.tokens[q.wh[0] - 1:q.wh[0]]


_ONE_SPAN_OF_TIME = re.compile(
    r"(?<!\w)(?<!thứ )một\s+(" + "|".join(u for u, m in UNIT_MEASURE.items() if m == "duration") + r")(?!\w)", re.IGNORECASE)


_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm|chiếm|bằng)(?:\s+(?:hơn|gần|khoảng|trên|dưới))?\s*$", re.IGNORECASE)


# "mức tăng học phí là bao nhiêu", "tăng bao nhiêu": a change of a sum, often a share ("10%/năm")
_ASKS_CHANGE = re.compile(r"\bmuc (?:tang|giam)\b|\b(?:tang|giam) (?:them )?bao nhieu\b")


_QUANTIFIER_OPENING = re.compile(r"\D*")
# (as typed, unlike _ASKS_CHANGE on match keys: "tang" is also "tặng", "tầng")
_ASKS_RISE_OR_FALL = re.compile(r"(?<!\w)(?:tăng|giảm)(?: thêm)? bao nhiêu\b")
_CHANGE_BEFORE_IT = re.compile(rf"(?<!\w)(?:tăng|giảm|lên|xuống|thêm|chênh lệch|(?:{'|'.join(_COMPARATIVES)}) hơn)(?!\w)",
                               re.IGNORECASE)  # ("thấp hơn 6 triệu đồng so với giá niêm yết")


def _as_a_change(sentence: str, cand: tuple[int, int, str]) -> bool:
    """A share told of a sum ("kinh phí tăng 12%"), not of something else ("giải phóng hơn 99%
    mặt bằng"): a change or a part said right before it."""
    return bool(_CHANGE_BEFORE.search(sentence[:cand[0]]))


def _carries_unit(cand: tuple[int, int, str], unit: list[str]) -> bool:
    """The figure is written with every word of the unit asked ("5 năm tù" for "bao nhiêu năm tù")."""
    words = set(unit) - {"so", "luong"}
    return bool(words) and words <= set(tokens_folded(fold(cand[2])))


def _names_something(sentence: str, cand: tuple[int, int, str]) -> bool:
    """A bare number right after a word ("Gói thầu 37", "Trường mầm non 10,") names something;
    a number followed by a unit ("360 MW", "25%") counts something."""
    start, _, text = cand
    before = sentence[:start].rstrip().split()[-1:]
    if before and before[0][:1].isupper() and not before[0].isupper() and before[0][-1:] not in ",;:(":
        return True  # after a name's word: "Ban QLDA Điện 2 làm đại diện"
    if "%" in text or re.search(r"\d\s*(?:[^\W\d_]|°)", text):
        return False
    return bool(before) and before[0][-1:] not in ",;:(" and fold(before[0]) not in STOPWORDS


def _qualified_count(unit: list[str]) -> bool:
    """A count the question qualifies ("ca tử vong", "giải đặc biệt"), not a loose counter whose
    next word is often left out ("người dân") nor a multiplier ("tỷ đồng")."""
    return len(unit) >= 2 and unit[0] not in _LOOSE_UNITS | _MULTIPLIER_KEYS | _CLASSIFIERS | {"so", "luong"} \
        and not unit[1][0].isdigit() and unit[:2] != ["phan", "tram"]


_MULTIPLIER_KEYS = {fold(w) for w in MULTIPLIERS}


def _counts_another_kind(sentence: str, cand: tuple[int, int, str], unit: list[str], q: Question) -> bool:
    """The figure counts another noun ("43 loài đặc hữu" for "giải đặc biệt"), or its counter is
    followed by another word than the question's ("133 ca bệnh" for "ca tử vong")."""
    words = [w.strip(",.;:…()\"“”") for w in sentence[cand[0]:].split()[:10]]
    keys = [fold(w) for w in words]
    k = 0
    while k < len(keys) and (not keys[k] or keys[k][0].isdigit() or keys[k] in _FIGURE_WORDS or keys[k] == "den"):
        k += 1  # the figure: "hơn 3.000", "hai", "1,2 triệu", "năm đến sáu"
    while k < len(keys) and keys[k] in _CLASSIFIERS:
        k += 1  # "3000 cuộc hội thoại"
    if k >= len(keys):
        return False
    raw = sentence[cand[0]:].split()[:10]
    paired = next((j + 1 for j in range(k, min(k + 3, len(keys) - 1)) if raw[j].endswith(",")), None)
    if keys[k] != unit[0] and paired and keys[paired] == unit[0] \
            and _pairs_the_next_noun(sentence, cand, sentence.find(",", cand[0])):
        k = paired  # "6 cán bộ, chiến sĩ công an": the pair counts the noun asked too
    same = list(_SAME_COUNT.get(unit[0], ()))
    if same and keys[k:k + len(same)] == same:
        k += len(same) - 1  # "10 trường hợp mắc" for "ca mắc"
    elif keys[k] != unit[0]:
        return keys[k] not in unit  # "hai phái" counts "phe phái"
    if k + 1 >= len(words) or re.search(r"[,.;:…)]$", sentence[cand[0]:].split()[k]):
        return False  # the counter ends the phrase: "6 triệu tấn."
    following = words[k + 1]
    # "43 loài đặc hữu" for "bao nhiêu loài thực vật đặc hữu": a word of the question will do
    return bool(following) and keys[k + 1] not in q.content and keys[k + 1] not in unit \
        and not is_function_word(following) and not following[0].isdigit()


# the words of a figure before what it counts: "số 35", "hơn 3.000", "hai", "1,2 triệu"; as
# spelt, and as match keys
_FIGURE_SPELT = {"số", "hơn", "gần", "khoảng", "trên", "dưới", "chừng", "tới", "tổng", "cộng", "xấp", "xỉ"} \
    | MULTIPLIERS | NUMERALS
_FIGURE_WORDS = {fold(w) for w in _FIGURE_SPELT}


def _measures_another_thing(sentence: str, cand: tuple[int, int, str], unit: list[str], q: Question) -> bool:
    """The figure is in the unit asked but of another thing named right after it ("tấn hành tím"
    for "tấn tỏi"); a unit written otherwise ("80km") or ending the phrase tells nothing else."""
    after = [fold(w) for w in sentence[cand[0]:].split()[:4]]
    return unit[0] in after and _counts_another_kind(sentence, cand, unit, q)


_PAIRED_NOUN = re.compile(r",\s*((?:[^\W\d_]+\s+){0,4}[^\W\d_]+)")


def _pairs_the_next_noun(sentence: str, cand: tuple[int, int, str], comma: int) -> bool:
    """The noun after the comma at `comma` is counted with the figure's own noun, which is a
    noun, not a counter ("giáo viên tiểu học 2.431 người, giáo viên THCS ..." is a list of
    counts in "người")."""
    own = [k for w in re.findall(r"[^\W\d_]+", sentence[cand[0]:comma]) if (k := fold(w)) not in _FIGURE_WORDS]
    return bool(own) and own[0] not in _LOOSE_UNITS | _CLASSIFIERS | _MULTIPLIER_KEYS


def _counted_with_the_next_noun(sentence: str, cand: tuple[int, int, str], unit: list[str],
                                q: Question) -> tuple[int, int, str] | None:
    """"6 cán bộ, chiến sĩ công an" answers "bao nhiêu chiến sĩ công an": a count whose noun is
    paired by a comma with the noun asked counts both."""
    m = _PAIRED_NOUN.match(sentence, cand[1])
    if not m or not re.search(r"[^\W\d_]", cand[2]) or fold(m.group(1).split()[0]) not in unit \
            or not _pairs_the_next_noun(sentence, cand, m.start()):
        return None
    return _cut_after_unit(sentence, (cand[0], m.end(), sentence[cand[0]:m.end()]), unit, q)


def _cut_after_unit(sentence: str, cand: tuple[int, int, str], unit: list[str], q: Question) -> tuple[int, int, str]:
    """"16 phường đẩy" -> "16 phường": the answer ends with what the question counts, and with
    all of it: "4 Phó chủ tịch" for "bao nhiêu Phó chủ tịch", though a unit is read as two words."""
    s, _, text = cand
    words = text.split()
    for k, w in enumerate(words):
        if fold(w) in unit:
            kept = " ".join(words[:k + 1 + (1 if len(unit) > 1 and k + 1 < len(words) and fold(words[k + 1]) in unit else 0)])
            return s, *_with_the_rest_asked(sentence, s, s + len(kept), kept, q)
    return cand


_NEXT_WORD = re.compile(r" ([^\W\d_]+)\b")


def _most_of_the_count_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of figures cut after the unit asked (and the words the question goes on with), those
    that count the most of what the question names: "1,22 lần ung thư vú", not "1,18 lần ung
    thư chung"; and none that goes on to another kind where the sentence names the question's
    nowhere ("lần ung thư chung" for "lần ung thư phổi", "4 người con" for "người cháu")."""
    asked = q.tokens[q.wh[1]:] if q.wh else []
    matched = [sum(w in asked for w in tokens_folded(fold(c[2]))) for c in cands]
    cands = [c for c, n in zip(cands, matched) if n == max(matched)]
    said = set(tokens_folded(fold(sentence)))
    return [c for c in cands if not _counts_otherwise(sentence, c, asked, max(matched) - len(q.unit), said)]


# kin counted ("4 người con"): each another kind of the others; only people are counted as kin
# ("ngôi nhà vỏ hàu" folds to the words of "vợ")
_KIN_COUNTED = {"con", "chau", "chat", "vo", "chong", "anh", "chi", "em"}
_PEOPLE_COUNTED = {"nguoi", "dua"}


def _counts_otherwise(sentence: str, cand: tuple[int, int, str], asked: list[str], past_unit: int,
                      said: set[str]) -> bool:
    """The words after the figure part from the question's (`past_unit`: how many of its words
    beyond the unit the figure has matched; `said`: the sentence's match keys). Right after a bare unit the question's next word
    is often a verb ("bao nhiêu cử tri tham gia": "42.000 cử tri đi bầu"), and only kin asked
    must be the kin counted ("bao nhiêu người cháu": not "4 người con", "Hai người đính hôn")."""
    last = tokens_folded(fold(cand[2]))[-1:]
    if not last or last[0] not in asked:
        return False
    at = asked.index(last[0]) + 1
    if at >= len(asked) or asked[at] in STOPWORDS:
        return False
    nxt = _NEXT_WORD.match(sentence, cand[1])
    word = fold(nxt.group(1)) if nxt else ""
    if past_unit < 1:
        return last[0] in _PEOPLE_COUNTED and asked[at] in _KIN_COUNTED and word != asked[at]
    if not nxt or is_function_word(nxt.group(1)) or nxt.group(1)[0].isupper():
        return False
    return word not in asked and asked[at] not in said


def _with_the_rest_asked(sentence: str, start: int, end: int, text: str, q: Question) -> tuple[int, str]:
    """The figure's end and text once the words the question goes on with after the counted noun
    are added, in the question's order, up to a function word or a name ("4 Phó chủ tịch" of
    "bao nhiêu Phó chủ tịch Quốc hội khóa 14"). ("cấp" of "quyết định cấp sổ đỏ cho ..." is no
    part of the noun, but the question cannot tell: it is taken.)"""
    asked = q.tokens[q.wh[1]:] if q.wh else []
    last = fold(text.split()[-1])
    if last not in asked or sentence[start:end] != text:  # the figure as written, spaces and all
        return end, text
    at = asked.index(last) + 1
    while at < len(asked) and (m := _NEXT_WORD.match(sentence, end)) and fold(m.group(1)) == asked[at] \
            and not is_function_word(m.group(1)) and not m.group(1)[0].isupper():
        end, at = m.end(), at + 1
    return end, sentence[start:end]
