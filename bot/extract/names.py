"""Runs of capitalised words: foreign names with their titles, peoples ("người Tây Ban Nha"), names
in a row, the name a sentence gives ("tên là gì").
"""
from __future__ import annotations

import re

from ..facts import LEVEL_OF, SURNAMES
from ..question import FUNCTION_WORDS, HONORIFICS_SPELT, STOPWORDS, Question, asks_a_name, named_words
from ..text import UPPER, aligned_tokens, fold, is_vietnamese_syllable, strip_diacritics
from .spans import Span, closest, phrase_starts, tells_more, token_keys, typed_as


_PEOPLE = re.compile(rf"(?<!\w)[Nn]gười\s+[{UPPER}][^\s,.;:()“”\"]*(?:\s+[{UPPER}][^\s,.;:()“”\"]*)*")


def peoples_named(sentence: str) -> list[tuple[int, int, str]]:
    """A people is an answer to "ai": "người Tây Ban Nha", "người Anh"; a foreign name after
    it is someone of that people ("người Ý Renzo Piano")."""
    out = []
    for m in _PEOPLE.finditer(sentence):
        words = list(re.finditer(r"\S+", m.group()))
        k = 2
        while k < len(words) and is_vietnamese_syllable(words[k].group()):
            k += 1
        end = m.start() + words[k - 1].end()
        more = _LOWER_HALF.match(sentence, end)
        if more and f"{words[k - 1].group().lower()} {more.group(1)}" in _HALF_CAPITALISED:
            end = more.end()  # "người Cộng sản", "người Xã hội"
        out.append((m.start(), end, sentence[m.start():end]))
    return out


# words of a party or movement written with the first syllable capitalised: "Cộng sản", "Dân chủ"
_HALF_CAPITALISED = {"cộng sản", "xã hội", "dân chủ", "cộng hòa", "bảo thủ", "tự do", "lao động", "dân tộc"}
_LOWER_HALF = re.compile(r" ([a-zà-ỹđ]+)\b")


def is_foreign_name(text: str) -> bool:
    """Written without Vietnamese diacritics and not an acronym: "Clovis I", "Mitterrand"."""
    return strip_diacritics(text) == text and not text.replace(" ", "").isupper()


# titles written before a foreign name, which is often a bare surname ("Đại tá French")
_TITLES = set("""tướng, đô đốc, đại tá, thiếu tướng, trung tướng, thượng tướng, đại tướng, thống chế,
nguyên soái, nữ hoàng, hoàng đế, vua, tổng thống, thủ tướng, giáo hoàng, hoàng tử, công chúa, thái tử,
bá tước, công tước, hầu tước, nam tước, giáo sư, tiến sĩ, bác sĩ, thánh, thống đốc, tổng đốc, đại sứ,
ngoại trưởng, bộ trưởng, thị trưởng, linh mục, giám mục, hồng y, sa hoàng, quốc vương, nữ vương,
thiếu tá, trung tá, đại úy, lord, sir""".replace("\n", " ").split(", "))
_TITLE_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")\s+$", re.IGNORECASE)


def foreign_tail(sentence: str, run: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The foreign name that ends a run of capitalised words: "Henri Giraud" of "Tướng Henri
    Giraud", "Renzo Piano" of "(người) Ý Renzo Piano"."""
    s, e, text = run
    words = list(re.finditer(r"\S+", text))
    k = len(words)
    while k and strip_diacritics(words[k - 1].group()) == words[k - 1].group():
        k -= 1
    if k == len(words) or not words[k].group()[:1].isupper():
        return None
    if k and all(is_vietnamese_syllable(w.group()) for w in words[k:]):
        return None  # "Tây Ban Nha", "Bồ Đào Nha": syllables that need no diacritics, one name
    if len(words) == 1 and is_vietnamese_syllable(text) and re.match(r"\s+[a-zà-ỹđ]", sentence[e:]):
        return None  # "Trung" of "Ủy ban Trung ương": a word of a lower-case phrase, no name
    start = s + words[k].start()
    return (start, e, sentence[start:e]) if is_foreign_name(sentence[start:e]) else None


def past_question_name(sentence: str, cand: tuple[int, int, str], q: Question) -> tuple[int, int, str]:
    """"Ngoại trưởng Australia Marise Payne" for "Ngoại trưởng Australia là ai?": the title and
    the name the question gives lead the run; the answer is who comes after them."""
    s, e, _ = cand
    named = named_words(q)
    qset = set(q.tokens)
    words = list(re.finditer(r"\S+", sentence[s:e]))
    k = 0
    while k < len(words) and fold(words[k].group()) in qset:
        k += 1
    if k and words[k - 1].group().lower() in _TITLES:
        k -= 1  # "Lord Willingdon" for "người thừa kế Lord Irwin": the title stays with the name
    skipped = {fold(w.group()) for w in words[:k]}
    if not k or k == len(words) or not skipped & named or not words[k].group()[:1].isupper():
        return cand
    start = s + words[k].start()
    return (start, e, sentence[start:e])


def with_title(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"Đô đốc Febvrier Despointes", "Tướng Henri Giraud": the title before a foreign name stays."""
    s, e, _ = cand
    m = _TITLE_BEFORE.search(sentence, max(0, s - 20), s)
    return (m.start(), e, sentence[m.start():e]) if m and m.group()[:1].isupper() else cand


# a capitalised word: "Sa", "Thầy", "KRI"
CAP = rf"[{UPPER}][^\s,.;:()]*"


LIST_AND = r"\s*,\s*(?:và\s+)?|\s+và\s+"  # ", ", ", và ", " và " between names in a row


_LIST_JOIN = re.compile(rf"(?:{LIST_AND}|\s+với\s+)(?:(?:ông|bà)\s+)?")


def with_lists(sentence: str, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names in a row ("Houston, San Antonio, và Dallas", "Jarnac, Charente") are also one
    answer, the list, offered before its first name so that it wins a tie."""
    if len(cands) < 2:
        return cands
    ordered = sorted(set(cands))
    chains: list[list[tuple[int, int, str]]] = []
    for c in ordered:
        if chains and chains[-1][-1][1] <= c[0] and _LIST_JOIN.fullmatch(sentence[chains[-1][-1][1]:c[0]]):
            chains[-1].append(c)
        else:
            chains.append([c])
    out = list(cands)
    for chain in chains:
        if len(chain) > 1:
            s, e = chain[0][0], chain[-1][1]
            out.insert(out.index(chain[0]), (s, e, sentence[s:e]))
    return out


# (a particle between capitalised words stays in the name: "Gazzetta dello Sport", "Ben bin Laden")
CAPITAL_RUN = re.compile(rf"(?:(?<=[\s(“\"])|^)[{UPPER}][^\s,.;:()“”\"]*(?:\s+(?:[{UPPER}][^\s,;:()“”\"]*|(?:de|van|von|la)(?!\w)"
                         rf"|(?:del|della|dello|der|bin|dos|das)(?=\s+[{UPPER}])))*")


_AFTER_PLACE_WORD = re.compile(r"\b(?:tại|ở)\s+$", re.IGNORECASE)
# the nouns a sentence names a thing by, which a person's name never follows: "tàu Apollo 11",
# "cá Lamprey", "lễ trao giải Oscar", "LHP Venice", "công ty Amazon", "tờ Gazzetta dello Sport",
# the day of "sáng thứ Hai"
_THING_NOUNS = ("thứ", "tàu", "tàu ngầm", "máy bay", "tên lửa", "cá", "loài", "giống", "virus", "biến chủng", "vắc xin",
                "lễ", "giải", "giải thưởng", "lễ trao giải", "LHP", "liên hoan phim", "phim", "sách", "cuốn",
                "bài hát", "ca khúc", "album", "tờ", "báo", "tạp chí", "kênh", "đài", "trang", "mạng", "ứng dụng",
                "công ty", "hãng", "tập đoàn", "thương hiệu", "ngân hàng", "đội", "đội tuyển", "CLB", "câu lạc bộ",
                "sân", "sân vận động", "giải đấu", "dự án", "chiến dịch", "sông", "núi", "đảo", "biển", "vịnh", "hồ",
                "chùa", "đền", "cầu", "đường", "phố", "khách sạn", "nhà máy", "siêu thị", "trường", "bệnh viện")
_AFTER_THING_NOUN = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_THING_NOUNS, key=len, reverse=True)) + r")\s+$",
                               re.IGNORECASE)


# names of one syllable that a verb follows ("Pháp quay lại ..."): no word goes on from them
ONE_SYLLABLE_COUNTRIES = {"Anh", "Pháp", "Nga", "Mỹ", "Đức", "Ý", "Nhật", "Lào", "Hàn", "Úc", "Bỉ", "Séc"}
_NEXT_SYLLABLE = re.compile(r" ([a-zà-ỹđ]+)")


# "anh Dương dành ...": after a form of address, a name
_CALLED_BY = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(HONORIFICS_SPELT))})\s+$", re.IGNORECASE)


def whole_word(sentence: str, run: tuple[int, int, str]) -> tuple[int, int, str]:
    """One capitalised Vietnamese syllable is the first of a word the sentence goes on with in
    lower case ("Quốc hội", "Hoàng đế"), unless a function word follows ("Hoàng và ..."), it is
    a country's name or an abbreviation ("CIA cố gắng"), or a name someone is called by ("anh
    Dương dành tiền")."""
    s, e, text = run
    m = _NEXT_SYLLABLE.match(sentence, e)
    if " " in text or text in ONE_SYLLABLE_COUNTRIES or not is_vietnamese_syllable(text) or not m \
            or len(text) > 1 and text.isupper() \
            or m.group(1) in FUNCTION_WORDS or _CALLED_BY.search(sentence, max(0, s - 5), s):
        return run
    return s, m.end(), sentence[s:m.end()]


def capitalised(sentence: str, q: Question, places: frozenset[str] = frozenset()) -> Span | None:
    runs = [c for c in capital_runs(sentence, q) if c[2] not in places]
    if q.kind == "person" and asks_a_name(q):
        # a name is capitalised throughout: "Thám hiểm" is none (though "Hoàng đế" may be who)
        runs = [r for r in runs if whole_word(sentence, r) == r]
    runs = [whole_word(sentence, c) for c in runs]
    runs = [r for r in runs if r[2].lower() not in LEVEL_OF]  # "TP" of "TP. HCM" names no place
    if q.kind == "person":
        # "Sao Hỏa" is no one; whom the question names is not who it asks for
        runs = [r for r in runs if not named_by_its_kind(r[2]) and tells_more(r[2], q)]
    return typed_as(closest(with_lists(sentence, runs), sentence, q), False)


_OPENING_MARKS = " \"“”'‘’(«-–—"  # what may stand before a sentence's first word ('"Sau hàng loạt ...')


def capital_runs(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """Any run of capitalised words (foreign names: "Franklin D. Roosevelt"); at the sentence
    start only a run of two or more words without diacritics ("Francisco Vasquez de Coronado
    mô tả …") or one foreign word ("Canada là ..."), since the first word of every sentence is
    capitalised."""
    cands = [(m.start(), m.end(), m.group()) for m in CAPITAL_RUN.finditer(sentence)
             if sentence[:m.start()].strip(_OPENING_MARKS) or (" " in m.group() and strip_diacritics(m.group()) == m.group()
                              and m.group().split()[0].lower() not in FUNCTION_WORDS)  # "Khi Chia rẽ ..."
             or (" " not in m.group() and not is_vietnamese_syllable(m.group()))
             or _honorific_and_name(m.group())]
    cands = [_past_a_country(c) for c in cands]
    # ("thế kỷ XVIII" names no one)
    cands = [c for c in cands if not ROMAN.fullmatch(c[2]) and not _a_direction(sentence, c)]
    if q.kind == "person":
        cands = [c for c in cands if not _names_no_one(sentence, c)]
    return cands


def _past_a_country(run: tuple[int, int, str]) -> tuple[int, int, str]:
    """"chống tên lửa Nga Sergei Grabchuk": the country a foreign name follows is not its own."""
    first, _, rest = run[2].partition(" ")
    if first in ONE_SYLLABLE_COUNTRIES and len(rest.split()) >= 2 and not all(map(is_vietnamese_syllable, rest.split())):
        return run[1] - len(rest), run[1], rest
    return run


_COMPASS = {"Đông", "Tây", "Nam", "Bắc"}
_TOWARDS = re.compile(r"(?<!\w)(?:phía|hướng|miền)\s+$", re.IGNORECASE)


def _a_direction(sentence: str, run: tuple[int, int, str]) -> bool:
    """"phía Đông", "hướng Tây Bắc", "miền Bắc": a direction or a region, neither a person nor a
    place's name."""
    return set(run[2].split()) <= _COMPASS and bool(_TOWARDS.search(sentence, max(0, run[0] - 8), run[0]))


def named_by_its_kind(run: str) -> bool:
    """"Sao Hỏa", "Núi Bà": a thing or a place named by its kind ("Sao", a star), not a person
    (who may be named by given names alone: "Thu Trà")."""
    words = [w.strip(".,;:!?\"“”'") for w in run.split()]
    return len(words) >= 2 and words[0] in _KIND_OPENING and words[0] not in SURNAMES


# kinds of thing or place that open a name written capitalised ("Sao Kim", "Sông Hồng")
_KIND_OPENING = {"Sao", "Núi", "Sông", "Đảo", "Vịnh", "Chợ", "Phố", "Cầu", "Chùa", "Đền", "Làng", "Thôn",
                 "Biển", "Hang", "Động", "Thác", "Đèo", "Hồ",
                 # and the places of the country's map: "TP Điện Biên Phủ", "Bản Co Hói"
                 "TP", "Tp", "TX", "Tỉnh", "Huyện", "Quận", "Phường", "Xã", "Bản", "Ấp", "Xóm"}


def _honorific_and_name(run: str) -> bool:
    """"Ông Antonino Camarda, thị trưởng ...": a sentence opening with "Ông"/"Bà" and a foreign
    name (a Vietnamese one is found by its family name; "Anh" opens "Anh Quốc" too)."""
    words = run.split()
    return len(words) >= 2 and words[0].lower() in ("ông", "bà") and not is_vietnamese_syllable(fold(words[1]))


def _names_no_one(sentence: str, run: tuple[int, int, str]) -> bool:
    """A run that names a place ("tại Hà Nội"), a thing by its noun ("tàu Apollo 11"), or holds a
    digit ("Covid-19", "SARS-CoV-2": a disease's, a model's name), not who."""
    start, _, text = run
    return bool(_AFTER_PLACE_WORD.search(sentence, 0, start) or _AFTER_THING_NOUN.search(sentence, max(0, start - 30), start)
                or any(ch.isdigit() for ch in text))


ROMAN = re.compile(r"[IVXLC]+")


_ASKS_NAME = re.compile(r"\b(?:ten|ten goi|biet danh)(?: la)? gi\b")
_NAME_RUN = rf"{CAP}(?:\s+(?:{CAP}|\d+\b))*"
_CALLED = re.compile(rf"(?:tên gọi|tên là|mang tên|có tên|tên)\s+(?:là\s+)?({_NAME_RUN})")
# a name in quotes, lower case as it may be, after the words it names ('đặt tên chú chó là "bé Trề"')
_CALLED_IN_QUOTES = re.compile(r"(?:tên gọi|mang tên|có tên|tên)\s+(?:(?:[^\W\d_]+\s+){0,3}?là\s+)?"
                               r"[\"“]([^\"”]{1,40})[\"”]")
_NAME_AFTER = re.compile(rf"\s+({_NAME_RUN})")


def asked_name(sentence: str, q: Question) -> Span | None:
    """"... tên là gì?": the name the sentence gives ("có tên gọi Bắc Đẩu"), or the name written
    right after a word of the question, spelled as typed ("tàu ngầm KRI Nanggala 402"; "tỉnh
    Quảng Nam" is not after the "tinh" of "vệ tinh")."""
    if q.kind != "what" or not _ASKS_NAME.search(q.folded):
        return None
    cands = [(m.start(1), m.end(1), m.group(1)) for pattern in (_CALLED, _CALLED_IN_QUOTES)
             for m in pattern.finditer(sentence)]
    if not cands:
        asked = set(q.left) - STOPWORDS
        for t, s, e in aligned_tokens(sentence):
            m = _NAME_AFTER.match(sentence, e) if t in asked and q.mentions(t, sentence[s:e]) else None
            if m:
                cands.append((m.start(1), m.end(1), m.group(1)))
    # a name that goes on in lower case ("Chấp trì chân lý") is not cut
    return closest([c for c in cands if _ends_plainly(sentence, c[1])], sentence, q)


def thing_named(sentence: str, q: Question) -> Span | None:
    """"Ứng dụng nào giúp ...?": the name the sentence gives a thing of the kind the question
    opens with, written after the kind ("ứng dụng Do It Later") or before "là" and the kind
    ("Puma Image Compressor là ứng dụng miễn phí"); a name, not a Vietnamese word that opens
    the sentence ("Đây là ứng dụng")."""
    kind = _kind_asked(q)
    if not kind:
        return _named_after_the_kind(sentence, q)
    toks = aligned_tokens(sentence)
    keys = token_keys(toks)
    cands = []
    for i in phrase_starts(keys, kind):
        after = _TITLE_AFTER.match(sentence, toks[i + len(kind) - 1][2])
        if after and _a_name(after.group(1)):  # with its kind: "Hiệp ước Velasco"
            cands.append((toks[i][1], after.end(1), sentence[toks[i][1]:after.end(1)]))
        before = _NAME_BEFORE_IS.search(sentence, 0, toks[i][1])
        if before and _a_name(before.group(1)):
            cands.append((before.start(1), before.end(1), before.group(1)))
    if len({c[2] for c in cands}) != 1:
        return None  # a list of them ("quảng trường Bastille ...; quảng trường Étoile ...") is for the clause to tell
    # a guess where the sentence tells little else the question asks: the one that names a
    # thing of the kind need not be the one that tells what is asked of it
    rest = [t for t in q.content if t not in kind]
    told = sum(t in keys for t in rest) >= len(rest) / 2
    return typed_as(closest(cands, sentence, q), told)


def _kind_asked(q: Question) -> list[str]:
    """The noun before "nào" opening a question of what ("Ứng dụng nào", "Loại thuốc nào")."""
    if q.kind != "what" or not q.wh or q.tokens[q.wh[0]:q.wh[1]] != ["nao"] or not 1 <= q.wh[0] <= 2:
        return []
    kind = q.tokens[:q.wh[0]]
    return [] if any(t in STOPWORDS for t in kind) else kind


def _named_after_the_kind(sentence: str, q: Question) -> Span | None:
    """"dùng chip gì", "chạy hệ điều hành gì": the name the sentence writes right after the
    kind closing the question ("chip MediaTek Helio G35" -> "MediaTek Helio G35"; "Đạo luật
    Foraker" whole, its kind capitalised), the kind as the question's last three, two or one
    words, the longest the sentence writes. "làm nghề gì" is answered by no name, and none is
    found; a name that goes on in lower case ("vai trò Phó Tổng thống") is none."""
    if q.kind != "what" or not q.wh or q.tokens[q.wh[0]:q.wh[1]] != ["gi"] or q.wh[0] < 2:
        return None
    before = q.tokens[max(0, q.wh[0] - 3):q.wh[0]]
    # ("tên gì" is asked_name's; "cái gì", "điều gì", "việc gì", "làm gì" ask no kind)
    if before[-1] in ("ten", "cai", "dieu", "viec", "lam"):
        return None
    toks = aligned_tokens(sentence)
    keys = token_keys(toks)
    for kind in (before[k:] for k in range(len(before))):
        if any(t in STOPWORDS or t[0].isdigit() for t in kind):
            continue
        cands = []
        for i in phrase_starts(keys, kind):
            after = _TITLE_AFTER.match(sentence, toks[i + len(kind) - 1][2])
            if after and _a_name(after.group(1)) and _ends_plainly(sentence, after.end(1)):
                # a kind written capitalised is of the name: "Đạo luật Foraker"
                start = toks[i][1] if sentence[toks[i][1]].isupper() else after.start(1)
                cands.append((start, after.end(1), sentence[start:after.end(1)]))
        if cands:
            rest = [t for t in q.content if t not in kind]
            told = sum(t in keys for t in rest) >= len(rest) / 2
            return typed_as(closest(cands, sentence, q), told)
    return None


# a name, or a title in English ("The Making of the Mahatma")
_TITLE_AFTER = re.compile(rf"\s+({_NAME_RUN}(?:\s+(?:of|the|and|in|on|for|to)(?:\s+the)?\s+{_NAME_RUN})*)")
_NAME_BEFORE_IS = re.compile(rf"({_NAME_RUN})\s+là\s+(?:một\s+)?$")


def _a_name(run: str) -> bool:
    words = run.split()
    return len(words) >= 2 or not is_vietnamese_syllable(words[0])


def _ends_plainly(sentence: str, end: int) -> bool:
    nxt = re.match(r"\s*([^\s\w]|\w+)?", sentence[end:]).group(1)
    return not nxt or not nxt[0].isalnum() or nxt.lower() in FUNCTION_WORDS
