"""Answers to "ở đâu" and "<kind> nào": the place of the kind asked, a locality, a place named with
its kind, a hometown; and the names an article writes as places ("tại Kuwait").
"""
from __future__ import annotations

import re

from ..contrast import COUNTRY_OR_PROVINCE, countries_asked, countries_in, countries_written
from ..facts import COUNTRY_NAMES, LEVEL_OF, LOCALITY, PROVINCE_NAMES, find_names
from ..question import FUNCTION_WORDS, NAMED_KINDS, STOPWORDS, STOPWORDS_AS_WRITTEN, Question, asks_named_kind
from ..subject import is_their_name, subject_person
from ..text import UPPER, aligned_tokens, fold, is_vietnamese_syllable, tokens_folded
from .names import CAP, LIST_AND, peoples_named, whole_word, with_lists
from .spans import Span, closest, phrase_starts, tells_more, token_keys, typed_as


# words before a place's name; not "người" ("người Anh" is a people, an answer to "ai")
_PLACE_BEFORE = re.compile(rf"(?<!\w)(?:tại|ở|nước|sang|miền|vùng|bang|tỉnh|thành phố|thủ đô|chính phủ"
                           # places of a province, named like people ("thôn Kim Chung", "xã Lê Lợi")
                           rf"|huyện|quận|thị xã|thị trấn|xã|phường|thôn|ấp|xóm|bản|làng)\s+"
                           rf"([{UPPER}][^\s,.;:()“”\"]*(?:\s+[{UPPER}][^\s,.;:()“”\"]*)*)")


def places_in(text: str) -> frozenset[str]:
    """The names a text writes as places: "tại Kuwait", "sang Syria", "chính phủ Gruzia"."""
    return frozenset(m.group(1) for m in _PLACE_BEFORE.finditer(text))


def within_a_place(sentence: str, cand: tuple[int, int, str]) -> bool:
    """The span is part of a name the sentence writes as a place ("Dương-Thái Bình Dương" of "tại
    Ấn Độ Dương-Thái Bình Dương")."""
    return any(m.start(1) <= cand[0] and cand[1] <= m.end(1) for m in _PLACE_BEFORE.finditer(sentence))


# "Đảng Nhân dân Mông Cổ": a lower-case syllable between capitalised ones is part of the name
_OR_LOWER_INSIDE_NAME = rf"|[a-zà-ỹđ]+(?=\s+[{UPPER}])"


# an organisation's name capitalises the first syllable of each word: "Đảng Xã hội", "Tổ chức Y tế
# Thế giới"; the lower-case syllable is no function word ("Đảng Dân chủ là"), and none follows a
# name capitalised throughout ("Đảng Nhân dân Mông Cổ giành ...")
_LOWER_SYLLABLE = r"\s+(?!(?:" + "|".join(sorted(FUNCTION_WORDS | STOPWORDS_AS_WRITTEN, key=len, reverse=True)) \
    + r")(?!\w))[a-zà-ỹđ]+"
_ORG_WORD = rf"(?:{CAP}(?:\s+{CAP})+|{CAP}(?:{_LOWER_SYLLABLE})?)"


_ASKS_COUNTRY_AT = re.compile(r"\b(?:o|tai|sang|den) (?:nuoc|quoc gia) nao\b")
_AT_A_COUNTRY = re.compile(r"\b(?:ở|tại|sang|đến)\s+(?:nước\s+)?$", re.IGNORECASE)


def named_of_kind(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """"huyện nào" -> "huyện Sa Thầy" (the noun of the question followed by a name or number)."""
    if not q.which:
        return []
    cands = _named_after(sentence, q, q.which)
    if not cands and len(q.which) > 1 and asks_named_kind(q):
        cands = _named_after(sentence, q, q.which[-1:])  # "vùng biển nào": "trên biển Nhật Bản"
    if not cands and _ASKS_COUNTRY_AT.search(q.folded):  # "sống ở nước nào": "hiện sống tại Nhật Bản"
        asked = countries_asked(q)
        cands = [c for c in countries_written(sentence)
                 if _AT_A_COUNTRY.search(sentence, 0, c[0]) and not countries_in(c[2]) & asked]
    return cands


_BRIDGE_STOPS = "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True))  # "sân bay chính của Paris" names none


def _named_after(sentence: str, q: Question, noun: list[str]) -> list[tuple[int, int, str]]:
    """Where the sentence writes the noun followed by a name or number ("huyện Sa Thầy")."""
    toks = aligned_tokens(sentence)
    cands = []
    for i in phrase_starts(token_keys(toks), noun):
        start = toks[i][1]
        after = toks[i + len(noun) - 1][2]
        word = _ORG_WORD if q.kind == "org" else CAP
        # "sân bay quốc tế Nội Bài": a named kind of place may say more of its kind before the name
        bridge = rf"(?:(?!(?:{_BRIDGE_STOPS})\s)[a-zà-ỹđ]+\s+){{0,2}}" if noun[-1] in NAMED_KINDS else ""
        m = re.match(rf"\s+(?:số\s+)?{bridge}((?:\d+|{word})(?:\s+(?:\d+\b|{word}{_OR_LOWER_INSIDE_NAME}))*)",
                     sentence[after:])
        if m:
            end = after + foreign_word_ends(m.group()) if q.kind == "org" else after + m.end()
            if q.kind == "org" and _LEGAL_FORM.match(m.group(1)):
                # "Công ty Cổ phần đầu tư bất động sản Vinaland": a company named by its legal form
                # goes on in lower case to its own name; past a name, only to a road's code
                # ("Công ty TNHH BOT quốc lộ 1K")
                goes_on = _TO_ITS_NAME if _LEGAL_FORM.fullmatch(m.group(1)) else _TO_ITS_CODE
                more = goes_on.match(sentence, after + m.end())
                end = more.end() if more else end
            if q.kind == "org" and (local := _ITS_LOCALITY.match(sentence, end)):
                end = local.end()  # "Trung tâm GDNN-GDTX quận Cầu Giấy": the locality's is another
            cands.append((start, end, sentence[start:end]))
    return cands


_ITS_LOCALITY = re.compile(r"\s+" + LOCALITY.pattern)
_LEGAL_FORM = re.compile(r"Cổ phần|CP|TNHH(?: MTV)?|Trách nhiệm hữu hạn(?: một thành viên)?")
_TO_ITS_NAME = re.compile(rf"(?:\s+(?!(?:{_BRIDGE_STOPS})\s)[a-zà-ỹđ]+){{1,6}}(?:\s+{CAP})+")
_TO_ITS_CODE = re.compile(r"(?:\s+[a-zà-ỹđ]+){1,3}\s+\d+[A-ZĐ]+\b")


def foreign_word_ends(name: str) -> int:
    """Where an organisation's name ends: at a foreign word followed by a lower-case one
    ("Tập đoàn Vingroup thực hiện"), since only a Vietnamese word continues in lower case."""
    words = list(re.finditer(r"\S+", name))
    for w, nxt in zip(words, words[1:]):
        if w.group()[:1].isupper() and nxt.group()[:1].islower() and not is_vietnamese_syllable(w.group()):
            return w.end()
    return len(name)


# a place named with the kind of place it is, after a word of where: "tại dãy núi Altai", "ở
# miền tây Mông Cổ" (tried and left out: a bare direction, "ở phía nam", and "châu", "tại châu
# Âu": too wide to answer where)
_DIRECTION = r"(?:phía\s+)?(?:bắc|nam|đông|tây)(?:\s+(?:bắc|nam))?"
_NAMED_PLACE = re.compile(
    rf"\b(?:ở|tại|về|đến|sang|vào|ra)\s+((?:số\s+\d+[\w/]*\s+)?(?:vùng\s+(?=[Cc]ao nguyên|[Đđ]ồng bằng))?(?:vùng|miền|dãy núi|núi|sông|hồ|vịnh|biển|đảo|quần đảo|thị trấn|"
    rf"thủ đô|bang|tiểu bang|làng|cảng|khu vực|trạm|bảo tàng|viện bảo tàng|"
    # an address: "tại số 8 ngõ Nguyễn Hữu Huân", "ra chợ Hàng Bè"
    rf"chợ|phố|đường|ngõ|ngách|hẻm|thôn|xóm|ấp|"
    rf"[Cc]ao nguyên|[Đđ]ồng bằng|thung lũng|bán đảo|eo biển|quảng trường|đại lộ|công viên|cung điện|điện|nhà thờ|chùa|đền|vùng đất)(?:\s+{_DIRECTION})?\s+{CAP}(?:\s+{CAP})*)")


# place kinds written capitalised as the first word of a name that goes on in lower case
# between its capitalised words ("Khu di tích Quốc gia đặc biệt Cố đô Hoa Lư", "Vườn quốc gia
# Cát Tiên", "Sân vận động Mỹ Đình")
_KIND_FIRST = {"Khu", "Làng", "Vườn", "Cụm", "Chùa", "Đền", "Sân", "Bến", "Cảng", "Chợ", "Lăng", "Nhà", "Bảo",
               # institutions, whose names go on in lower case too: "Trường Tiểu học Tân Phú", "Bệnh viện Đa khoa"
               "Trường", "Bệnh", "Viện", "Học", "Đại", "Trung", "Công", "Ngân", "Khách", "Sở", "Bộ", "Cục", "Ủy",
               "Tòa", "Văn", "Tập"}
_BRIDGED = re.compile(rf"(?:\s+(?:(?:[a-zà-ỹđ]+\s+){{0,3}}){CAP})*")


def _whole_place(sentence: str, run: tuple[int, int, str]) -> tuple[int, int, str]:
    """"tại Tây bộ Canada": a capitalised syllable going on in lower case, and the name after;
    "tại Khu di tích ... Cố đô Hoa Lư": a place kind's name, lower-case words and all."""
    if run[2].split()[0] in _KIND_FIRST:
        m = _BRIDGED.match(sentence, run[0] + len(run[2].split()[0]))
        bridged = m and not any(w in FUNCTION_WORDS for w in m.group().split())
        if bridged and m.end() > run[1]:
            return run[0], m.end(), sentence[run[0]:m.end()]
    s, e, text = whole_word(sentence, run)
    if e == run[1]:
        return run
    more = re.match(rf"\s+{CAP}(?:\s+{CAP})*", sentence[e:])
    e = e + more.end() if more else e
    return s, e, sentence[s:e]


_ASKS_NATIONALITY = re.compile(r"\bnguoi (?:nuoc|quoc gia) nao\b|\bquoc tich\b")


ASKS_HOMETOWN = re.compile(r"\bque(?: quan)?(?: (?:o|tai))? (?:o )?dau\b|\bque (?:o )?(?:tinh|huyen|xa) nao\b")
_HOMETOWN = re.compile(r"\bquê(?:\s+quán)?(?:\s+(?:ở|tại))?\s+")
_ONE_PLACE = rf"(?:{LOCALITY.pattern}|{CAP}(?:\s+{CAP})*)"
_HOMETOWN_PLACES = re.compile(rf"{_ONE_PLACE}(?:,\s*{_ONE_PLACE})*")  # "xã Hồng Minh, huyện Hưng Hà"


def hometown(sentence: str, q: Question) -> Span | None:
    """"X quê ở đâu?": the place written after "quê" ("quê xã Hồng Minh, huyện Hưng Hà"), not
    another's ("anh Y (SN 1990, quê Z)"), or none: another place of the sentence, or an office
    ("Tỉnh ủy"), is not where X is from."""
    m = next((m for m in _HOMETOWN.finditer(sentence) if not _of_another_named(sentence, m.start(), q)), None)
    if not m:
        return None
    rest = sentence[m.end():]
    run = _HOMETOWN_PLACES.match(rest)
    if not run:
        return None
    start = m.end()
    if q.which:  # "quê ở tỉnh nào": of "xã Hòa An, huyện Phú Hòa, tỉnh Phú Yên" the province
        for place in LOCALITY.finditer(run.group()):
            if fold(place.group(1)).split()[0] == q.which[0]:
                return Span(place.group(), start + place.start(), start + place.end(), typed=True)
    return Span(run.group(), start, start + run.end(), typed=True)


def _of_another_named(sentence: str, at: int, q: Question) -> bool:
    """"anh Trương Công Tiệp (SN 1990, quê Khánh Hòa)": a home town in brackets after a name is
    that person's, not the one the question asks about."""
    opened = sentence.rfind("(", 0, at)
    if opened == -1 or ")" in sentence[opened:at]:
        return False
    name = subject_person(q)
    before = sentence[:opened].rstrip()
    owner = [n for n in find_names(sentence) if n[1] == len(before)]
    return bool(name and owner) and not is_their_name(name, tokens_folded(fold(owner[0][2])))


_IN_BRACKETS = re.compile(rf"\(\s*({CAP}(?:\s+{CAP})*(?:,\s*{CAP}(?:\s+{CAP})*)*)\s*\)")


def _province_in_brackets(sentence: str) -> list[tuple[int, int, str]]:
    """"Bệnh viện Đa khoa Xanh Pôn (Hà Nội)", "anh T. (Văn Giang, Hưng Yên)": a province or
    country in brackets after a name says where it is."""
    out = []
    for m in _IN_BRACKETS.finditer(sentence):
        last = m.group(1).split(",")[-1].strip()
        if COUNTRY_OR_PROVINCE.fullmatch(last):
            out.append((m.start(1), m.end(1), m.group(1)))
    return out


def _names_the_subject(text: str, q: Question) -> bool:
    """"Bệnh viện Xanh Pôn ở đâu?": "Bệnh viện Đa khoa Xanh Pôn" is what is asked about, not where."""
    if q.which:
        return False  # "khu vực nào của Mông Cổ": "miền tây Mông Cổ" names the place it is in
    toks = tokens_folded(fold(text))
    return any(len(name) >= 2 and phrase_starts(toks, name) for alternatives in q.entities for name in alternatives)


_ASKS_WHOSE_PART = re.compile(r"\b(?:thuoc|nam o|nam tai|o) (?:(tinh|thanh pho)|nuoc|quoc gia) nao\b")
# a place written after a name, in brackets or after a comma: "Sa Pa (Lào Cai)", "Minh Tân, huyện Hưng Hà"
_LOCALITY_AFTER = re.compile(r"\s*(?:\(|,)\s*((?:" + LOCALITY.pattern.removeprefix(r"\b") + r")|[^\W\d_][^(),.;]*?(?=\s*(?:[),.;]|$)))")
_LOCALITY_KIND = re.compile(r"^(?:tỉnh|thành phố|TP\.?)\s+", re.IGNORECASE)


def _its_own_locality(sentence: str, q: Question) -> tuple[int, int, str] | None:
    """"Thị xã Sa Pa thuộc tỉnh nào": the province the sentence writes with Sa Pa ("thị xã Sa Pa
    (Lào Cai)", "xã Minh Tân, huyện Hưng Hà, tỉnh Thái Bình"), not another one the sentence names
    ("người tỉnh Quảng Nam ... lên thị xã Sa Pa (Lào Cai)")."""
    asked = _ASKS_WHOSE_PART.search(q.folded)
    if not asked or not q.entities:
        return None
    # "tỉnh nào": a province of ours, or one written as such ("tỉnh Chiết Giang"); not "(Trung Quốc)"
    of_kind = (lambda place: bool(_LOCALITY_KIND.match(place)) or place in PROVINCE_NAMES) if asked.group(1) \
        else (lambda place: place in COUNTRY_NAMES)
    toks = aligned_tokens(sentence)
    keys = token_keys(toks)
    for alternatives in q.entities:
        for name in alternatives:
            for k in phrase_starts(keys, name):
                at = toks[k + len(name) - 1][2]
                while after := _LOCALITY_AFTER.match(sentence, at):
                    if of_kind(after.group(1)):
                        return after.start(1), after.end(1), after.group(1)
                    at = after.end(1)
    return None


def place(sentence: str, q: Question) -> Span | None:
    if _ASKS_NATIONALITY.search(q.folded):  # "người nước nào": "người Pháp"
        peoples = [p for p in peoples_named(sentence) if tells_more(p[2], q)]
        if peoples:
            return closest(peoples, sentence, q)
    own = _its_own_locality(sentence, q)
    if own:
        return Span(own[2], own[0], own[1], True)
    cands = _with_items_after(sentence, named_of_kind(sentence, q))
    typed = bool(cands) or not q.which
    if not cands and asks_named_kind(q):
        return None  # "bãi tắm nào": a district or a town of the sentence is no beach
    if not cands:
        # "tỉnh nào": "phường Đống Đa" is no province; a name alone ("ở Bình Định") may be one
        cands = [(m.start(), m.end(), m.group()) for m in LOCALITY.finditer(sentence)
                 if not _another_level(q, m.group(1))]
        # ("gốc từ đâu": "một gia đình gốc Ma-rốc")
        cue = r"ở|tại|quê|về|gốc" if "goc" in q.tokens else r"ở|tại|quê|về"
        for m in re.finditer(rf"\b(?:{cue})\s+({CAP}(?:\s+{CAP})*)", sentence):
            cands.append(_whole_place(sentence, (m.start(1), m.end(1), m.group(1))))
            cands += _items_after(sentence, m.end(1))
        for m in _NAMED_PLACE.finditer(sentence):  # "tại dãy núi Altai", "về thị trấn Hyde Park"
            cands.append((m.start(1), m.end(1), m.group(1)))
        for m in re.finditer(r"\b(?:đơn vị bầu cử|đơn vị)\s+số\s+\d+", sentence):
            cands.append((m.start(), m.end(), m.group()))
        cands += _province_in_brackets(sentence)
        if _ASKS_FROM.search(q.folded):
            # "bắt nguồn từ đâu": "từ sông băng Langjökull"; a place not come from is a guess
            from_places = [_whole_place(sentence, (m.start(1), m.end(1), m.group(1))) for m in _FROM_PLACE.finditer(sentence)]
            cands, typed = (from_places, typed) if from_places else (cands, False)
    cands = [_with_surroundings(sentence, c) for c in cands if not _names_the_subject(c[2], q)]
    # "huyện nào của Kon Tum": of several districts in the sentence, the one next to Kon Tum
    qualifier = {t for t in q.right[:4] if t not in STOPWORDS}
    return typed_as(closest(with_lists(sentence, cands), sentence, q, near=qualifier), typed)


_ASKS_FROM = re.compile(r"\btu dau\b")
# a name after "từ", with up to two lower-case words of its kind before it ("sông băng")
# ("từ bỏ", "từ chối", "từ chức": verbs, not "from")
_FROM_PLACE = re.compile(rf"\btừ\s+(?!(?:bỏ|chối|chức|trần|giã|biệt|thiện|khi|lâu|đó|đây|nay)\s)"
                         rf"((?:(?!(?:{_BRIDGE_STOPS})\s)[a-zà-ỹđ]+\s+){{0,2}}{CAP}(?:\s+{CAP})*)")
_SURROUNDINGS = re.compile(rf"\s+(?:gần|ở|tại|thuộc|trên đảo|trên bán đảo)\s+{CAP}(?:\s+{CAP})*")


def _with_surroundings(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"Stalag IXA gần Ziegenhain", "Cupids và Ferryland trên đảo Newfoundland": a place keeps
    the larger place it is written in or near, which tells a reader where it is."""
    s, e, _ = cand
    m = _SURROUNDINGS.match(sentence, e)
    return (s, m.end(), sentence[s:m.end()]) if m else cand


_NEXT_ITEM = re.compile(rf"({LIST_AND})({CAP}(?:\s+{CAP})*)")


def _another_level(q: Question, noun: str) -> bool:
    """The question asks for a locality of one level ("tỉnh nào") and `noun` ("phường", "TP") is
    of another (compared by the level's first word, as "tỉnh nào", "thành phố nào" fold)."""
    asked = q.which[0] if q.which and q.which[0] in LOCALITY_NOUNS else None
    return asked is not None and fold(LEVEL_OF[noun.lower()]).split()[0] != asked


def of_other_levels(sentence: str, q: Question) -> frozenset[str]:
    """The names of the sentence's localities of another level than the one asked ("Đống Đa" of
    "phường Đống Đa" for "tỉnh nào")."""
    return frozenset(m.group(2) for m in LOCALITY.finditer(sentence) if _another_level(q, m.group(1)))


_PLURAL_BEFORE = re.compile(r"(?:các|những)\s+$", re.IGNORECASE)


def _with_items_after(sentence: str, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"các quận Hải Châu, Thanh Khê và Liên Chiểu": a place of the kind asked, with the names
    listed after it, is one answer, offered first so that it wins a tie."""
    out = []
    for s, e, text in cands:
        plural = _PLURAL_BEFORE.search(sentence, max(0, s - 8), s)
        items = _items_after(sentence, e, listed=bool(plural))
        if items:
            start = plural.start() if plural else s
            out.append((start, items[-1][1], sentence[start:items[-1][1]]))
        out.append((s, e, text))
    return out


def _items_after(sentence: str, end: int, listed: bool = False) -> list[tuple[int, int, str]]:
    """The names listed after a place ("tại Koumac, Nandaï, Tontouta, Plum, và Nouméa"), if the
    list ends with "và": a bare comma may as well start the next clause ("tại Hà Nội, ông A ...").
    `listed`: the place is said to be several ("các tỉnh Hà Tĩnh, Quảng Bình, Quảng Trị"), so
    the names its commas join are its own."""
    items = []
    while (m := _NEXT_ITEM.match(sentence, end)):
        items.append((m.start(2), m.end(2), m.group(2)))
        end = m.end()
        if "và" in m.group(1):
            return items
    return items if listed else []


LOCALITY_NOUNS = {"tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong", "ap", "thon", "ban", "to"}
