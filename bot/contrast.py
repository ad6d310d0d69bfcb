"""Names of one kind that exclude each other: the country, province, council or body of
justice a question asks about, and another one a sentence speaks of.

A question about one country ("Italy có bao nhiêu ca mắc mới mỗi ngày?") is not answered by a
sentence about another ("Mỹ ghi nhận gần 100.000 ca mắc mới"), though an article about both
names Italy somewhere: the near miss answers with the other country's figure. A sentence that
names another country and not the one asked tells about that other country.

Names are read as written, capitalised and standing alone: "Nga" of "Nguyễn Thị Nga" and "Mỹ"
of "Mỹ Tho" are no countries. Việt Nam is left out: the articles name it beside every other.
"Anh" and "Ý" are left out too: as written they are also "anh" (a man, an honorific) and "Ý
kiến" opening a sentence. A sentence naming no province is of its article's province, as a role
is completed at import. Councils (UBND, HĐND) and bodies of justice (Tòa án, Viện Kiểm sát,
Công an) are read on match keys, where an abbreviation and its long form are one.

The same holds of other things a sentence tells instead of what was asked: another number of
the same thing ("AFF Cup 2014" for 2018), the opposite deed ("thành lập" for "giải thể"),
another kin ("con gái" for "con trai"), and the deed denied ("không cần cách ly").
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from .question import LOCALITY_WORDS, Question, named_words, per_question, spelled_number
from .facts import COUNTRY_LINES, COUNTRY_NAMES, PROVINCE_NAMES
from .text import UPPER, WORD, aligned_tokens, fold, is_vietnamese_syllable, strip_diacritics, tokens_folded

_COUNTRY_OF = {fold(name): line.split(", ")[0] for line in COUNTRY_LINES for name in line.split(", ")}
# Ho Chi Minh City by its initials only: "Hồ Chí Minh" is as often the President
_PROVINCE_OF = {fold(name): name for name in PROVINCE_NAMES} | {fold(n): "TPHCM" for n in ("HCM", "TPHCM")}
_WORD_BEFORE = re.compile(r"(\w+)\.?\s$")
_WORD_AFTER = re.compile(r"^\s(\w+)")
_LEVEL_WORDS = {"tp", "tỉnh", "phố"}  # "TP Cần Thơ", "Tỉnh Bình Định", "Thành phố Đà Nẵng"


def _pattern(names) -> re.Pattern:
    return re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, sorted(set(names), key=len, reverse=True)))})(?![\w-])")


def _typed_plain(names) -> re.Pattern:
    """The names as typed without diacritics: of two words or more ("Han Quoc", "Tra Vinh") or a
    foreign word ("Italy"); one folded Vietnamese syllable ("Lao", "Duc", "My") is as often a
    common word or a person's name."""
    return _pattern(p for p in map(strip_diacritics, names) if " " in p or not is_vietnamese_syllable(p))


# provinces and countries of two or three words: the names a slip or a lower-case question is
# checked against ("Bà Rịa - Vũng Tàu", four words, is left out)
PLACES_OF_TWO_OR_THREE_WORDS = [name for name in (*PROVINCE_NAMES, *COUNTRY_NAMES)
                                if len(WORD.findall(name)) in (2, 3)]
# any country or province as written, standing alone ("Ban" of "Tây Ban Nha" heads no committee)
COUNTRY_OR_PROVINCE = _pattern(COUNTRY_NAMES + PROVINCE_NAMES)
_COUNTRIES = (_pattern(COUNTRY_NAMES), _typed_plain(COUNTRY_NAMES), _COUNTRY_OF)
_PROVINCES = (_pattern(PROVINCE_NAMES + ["HCM", "TPHCM"]), _typed_plain(PROVINCE_NAMES), _PROVINCE_OF)


def _named(text: str, written: re.Pattern, of: dict[str, str]) -> set[str]:
    """The names a text writes standing alone: not the start or end of a longer capitalised
    name ("Nguyễn Thị Nga", "Mỹ Tho"), nor a language ("tiếng Pháp")."""
    return {of[fold(m.group(1))] for m in _standing_alone(text, written)}


def _standing_alone(text: str, written: re.Pattern) -> Iterator[re.Match]:
    for m in written.finditer(text):
        before = _WORD_BEFORE.search(text[:m.start()])
        after = _WORD_AFTER.match(text[m.end():])
        word = before.group(1).lower() if before else ""
        if word == "tiếng":
            continue  # "tiếng Pháp" is a language, spoken in Canada too
        if word in _LEVEL_WORDS or before and before.start() == 0:
            before = None  # "TP Cần Thơ"; the sentence's first word is capitalised as such ("Tuy Trung Quốc ...")
        if not any(w and w.group(1)[:1].isupper() for w in (before, after)):
            yield m


def countries_written(text: str) -> list[tuple[int, int, str]]:
    """Where a text names a country, as written: "hiện sống tại Nhật Bản"."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _standing_alone(text, _COUNTRIES[0])]


def _asked(q: Question, kind: tuple[re.Pattern, re.Pattern, dict[str, str]]) -> set[str]:
    written, typed, of = kind
    return _named(q.text, written, of) if q.has_diacritics else _named(strip_diacritics(q.text), typed, of)


def countries_in(text: str) -> set[str]:
    """The countries a text names as written (each by its first name in the list)."""
    return _named(text, _COUNTRIES[0], _COUNTRY_OF)


def provinces_in(text: str) -> set[str]:
    return _named(text, _PROVINCES[0], _PROVINCE_OF)


@per_question
def countries_asked(q: Question) -> set[str]:
    return _asked(q, _COUNTRIES)


@per_question
def provinces_asked(q: Question) -> set[str]:
    return _asked(q, _PROVINCES)


# bodies, as match keys: "Chủ tịch HĐND tỉnh" is not "Chủ tịch UBND tỉnh", and what the UBND
# decided is not what the HĐND (nor the Quốc hội) decided; what the court decided is not what
# the procuracy or the police did
COUNCILS = {("uy", "ban", "nhan", "dan"): "UBND", ("hoi", "dong", "nhan", "dan"): "HĐND"}
# the elected assemblies: a session of a province's HĐND is none of the Quốc hội
_ASSEMBLIES = {("quoc", "hoi"): "Quốc hội", ("hoi", "dong", "nhan", "dan"): "HĐND"}
_JUSTICE = {("toa", "an"): "Tòa án", ("tand",): "Tòa án", ("vien", "kiem", "sat"): "Viện Kiểm sát",
            ("vksnd",): "Viện Kiểm sát", ("cong", "an"): "Công an"}


def _bodies_in(keys: str, bodies: dict[tuple[str, ...], str]) -> set[str]:
    keys = f" {keys} "
    return {body for phrase, body in bodies.items() if f" {' '.join(phrase)} " in keys}


@per_question
def bodies_asked(q: Question) -> list[tuple[set[str], dict[tuple[str, ...], str]]]:
    keys = " ".join(q.tokens)
    return [(asked, group) for group in (COUNCILS, _ASSEMBLIES, _JUSTICE) if (asked := _bodies_in(keys, group))]


def _another(asked: set[str], said: set[str], around: Iterable[set[str]]) -> bool:
    """Another one said than asked, and one asked missing here and around."""
    if not said - asked:
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
    if not asked:
        return False
    told = countries_in(sentence)
    if not told and _WORLDWIDE.search(sentence) and not _WORLDWIDE.search(q.text):
        return True  # "Số người tử vong vì Covid-19 toàn cầu": the world's, not Lào's
    return _another(asked, told, map(countries_in, around))


# the whole world, which a sentence naming no country may speak of instead of its article's
_WORLDWIDE = re.compile(r"\b(?:toàn cầu|thế giới)\b", re.IGNORECASE)


def tells_of_another_province(q: Question, sentence: str, around: list[str], article_provinces) -> bool:
    """The same of provinces; a sentence that names none is of its article's (`article_provinces()`)."""
    asked = provinces_asked(q)
    if not asked:
        return False
    told = provinces_in(sentence)
    if not told and _NATIONWIDE.search(sentence):
        return True  # "tại Việt Nam, từ ngày 19/4 - 25/4 ghi nhận 52 ca mắc mới": the country's, not Hà Nội's
    return _another(asked, told or article_provinces(), map(provinces_in, around))


# the whole country, which a sentence naming no province may speak of instead of its article's
_NATIONWIDE = re.compile(r"\b(?:tại|ở) Việt Nam\b|\b(?:cả|toàn) nước\b|\btoàn quốc\b|\bnước ta\b", re.IGNORECASE)


def tells_of_another_body(q: Question, keys: str, around_keys: list[str]) -> bool:
    """The same of councils and bodies of justice, on match keys (`keys`: the sentence's)."""
    return any(_another(asked, _bodies_in(keys, group), (_bodies_in(k, group) for k in around_keys))
               for asked, group in bodies_asked(q))


# words before a number that date or rank it rather than name a thing by it: "năm 2008" in a
# question is the time of what is asked, which a sentence may tell of other years too
_NOT_NAMING = {"nam", "thang", "ngay", "ki", "nien", "quy", "tuan", "gio", "phut", "luc", "thu", "lan", "khoang",
               "hon", "gan", "tren", "duoi", "tu", "den", "toi"}


@per_question
def _numbered_asked(q: Question) -> list[tuple[str, str]]:
    """The question's numbers with the word that names them before: ("cup", "2018") of "AFF Cup
    2018", ("quan", "11") of "Quận 11", ("khoa", "14") of "khóa 14"."""
    return [(n[0], n[1]) for needles in q.number_needles for n in needles
            if len(n) == 2 and n[1][:1].isdigit() and not n[0][:1].isdigit() and n[0] not in _NOT_NAMING]


def tells_of_another_number(q: Question, keys: str) -> bool:
    """The sentence (its match keys) numbers what the question numbers, by other numbers and
    never by the question's: "AFF Cup 2014, 2016" for "AFF Cup 2018", "Quận 12" for "Quận 11"."""
    for word, number in _numbered_asked(q):
        runs = [m.group(1).split() for m in re.finditer(rf"(?<!\S){word} ((?:\d\S* (?:va )?)+)", f"{keys} ")]
        if runs and not any(number in run for run in runs):
            return True
    return False


# the side of a place: "phía nam" is not "phía bắc" ("nam" only after these nouns: it is also a
# year, five, a man; not "phần đông", most)
_SIDE = re.compile(r"(?<!\S)(phia|mien|huong|cuc|bo|canh|man) ((?:bac|nam|dong|tay)(?: (?:bac|nam|dong|tay))?)(?!\S)")


def tells_of_another_side(q: Question, keys: str) -> bool:
    """The sentence (its match keys) tells of another side than the question's, and never of
    the question's: "nhà ga ... ở phía nam" for "nhà ga phía bắc". Only for a figure or a date
    of a thing the side picks out: a question of where ("Ở phía tây nam của bang Arkansas là
    bang nào?") is answered by a sentence that tells sides of other places."""
    return _another_of_the_noun(_SIDE, _sides_asked(q), keys)


def _another_of_the_noun(pattern: re.Pattern, asked: set[tuple[str, str]], keys: str) -> bool:
    """Of each (noun, word) asked, the keys write the noun with `pattern`'s other words only."""
    for noun, word in asked:
        said = {m.group(2) for m in pattern.finditer(keys) if m.group(1) == noun}
        if said and word not in said:
            return True
    return False


@per_question
def _sides_asked(q: Question) -> set[tuple[str, str]]:
    """("phia", "bac") of "nhà ga phía bắc": the sides a question of a figure or a date names."""
    return {m.groups() for m in _SIDE.finditer(" ".join(q.tokens))} if q.kind in ("number", "date") else set()


_PAIR = re.compile(rf"([{UPPER}][^\s,.;:()?]*(?:\s+[{UPPER}][^\s,.;:()?]*)+)\s+v[àa]\s+([{UPPER}][^\s,.;:()?]*)\s+[{UPPER}]")


@per_question
def _pairs_asked(q: Question) -> list[tuple[str, str]]:
    """("taylor swift", "calvin") of "Taylor Swift và Calvin Harris hẹn hò từ khi nào?": two
    named together, each in two words or more, the first as match keys, the second by its
    first word; only for a figure or a date (a question of what or who may be told in other
    names: "Pháp và Mỹ" of "Pháp và Hoa Kỳ")."""
    if q.kind not in ("number", "date"):
        return []
    return [(" ".join(tokens_folded(fold(m.group(1)))), fold(m.group(2))) for m in _PAIR.finditer(q.text)]


_NAMED_RUN = re.compile(rf"[{UPPER}][^\s,.;:()?\"“”]*(?:\s+[{UPPER}][^\s,.;:()?\"“”]*)+")


def tells_of_another_pair(q: Question, sentence: str) -> bool:
    """The sentence names the question's first of two with someone else and never the second:
    "Taylor Swift và Harry Styles hẹn hò ...", "Taylor Swift hẹn hò với Toby Hemingway ..." for
    "Taylor Swift và Calvin Harris"."""
    pairs = _pairs_asked(q)
    if not pairs:
        return False  # (most questions: the sentence is not read)
    keys = f" {' '.join(tokens_folded(fold(sentence)))} "
    for first, second in pairs:
        if f" {first} " not in keys or f" {second} " in keys:
            continue
        if any(first not in (run := " ".join(tokens_folded(fold(m.group())))) and not first.startswith(run)
               for m in _NAMED_RUN.finditer(sentence) if m.start()):
            return True
    return False


# the grade of a medal or a prize: "huy chương bạc" is not "huy chương đồng", "giải nhì" not "giải nhất"
_GRADE = re.compile(r"(?<!\S)(huy chuong|giai thuong|giai) (vang|bac|dong|nhat|nhi|ba|khuyen khich|dac biet)(?!\S)")


def tells_of_another_grade(q: Question, keys: str) -> bool:
    """The sentence (its match keys) tells of another grade of the medal or prize the question
    names, and never of the question's: "Huy chương đồng Olympic" for "Huy chương bạc Olympic"."""
    return _another_of_the_noun(_GRADE, _grades_asked(q), keys)


@per_question
def _grades_asked(q: Question) -> set[tuple[str, str]]:
    return {m.groups() for m in _GRADE.finditer(" ".join(q.tokens))}


def tells_the_other_way(q: Question, keys: str) -> bool:
    """The sentence (its match keys) tells the question's "A sang B" (exports, visits) the other
    way round only: "xuất khẩu của Trung Quốc sang Triều Tiên" for "của Triều Tiên sang Trung Quốc"."""
    ways = _ways_asked(q)
    if not ways:
        return False
    keys = _without_kinds(keys.split())
    return any(f" {b} sang {a} " in keys and f" {a} sang {b} " not in keys for a, b in ways)


# the kind a place is named with ("tỉnh Bình Sơn sang Lào"), left out where the way is read
_PLACE_KINDS = LOCALITY_WORDS | {"nuoc"}


def _without_kinds(tokens: list[str]) -> str:
    return f" {' '.join(t for t in tokens if t not in _PLACE_KINDS)} "


@per_question
def _ways_asked(q: Question) -> list[tuple[str, str]]:
    names = [" ".join(t for t in alternatives[0] if t not in _PLACE_KINDS) for alternatives in q.entities]
    asked = _without_kinds(q.tokens)
    return [(a, b) for a in names for b in names if a and b and a != b and f" {a} sang {b} " in asked]


# the rank of one of a kind: "lần siêu trăng thứ hai" is not "lần siêu trăng thứ ba"
_ORDINAL = re.compile(r"(?<!\S)(\S+) thu (nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d+)(?!\S)")


def tells_of_another_rank(q: Question, keys: str) -> bool:
    """The sentence (its match keys) tells of another of the kind by its rank than the question's,
    and never of the question's: "Lần siêu trăng thứ hai ... ngày 26/5" for "Lần siêu trăng thứ ba
    ... ngày nào?"."""
    asked = _ranks_asked(q)
    if not asked:
        return False
    ranks = [(m.group(1), _rank(m.group(2))) for m in _ORDINAL.finditer(keys)]
    # (the rank asked written of any noun, the sentence may tell it: "Chiến tranh Boer lần thứ
    # hai, Chiến tranh thế giới thứ nhất", "các vùng lớn thứ tư và thứ năm")
    return any(rank not in {r for _, r in ranks} and any(n == noun for n, _ in ranks) for noun, rank in asked)


def _rank(word: str) -> str:
    """One rank, however written: "thứ 2", "thứ hai", "thứ nhì" are "hai"."""
    return "hai" if word == "nhi" else spelled_number(word, "thu") or word


@per_question
def _ranks_asked(q: Question) -> set[tuple[str, str]]:
    return {(m.group(1), _rank(m.group(2))) for m in _ORDINAL.finditer(" ".join(q.tokens))}


# the words that make a model of another ("iPhone 12 Pro Max" is no "iPhone 12 Pro")
# (not "SE": "sẽ" folds to it)
_VARIANTS = {"max", "plus", "pro", "mini", "ultra", "lite", "note", "prime"}


def tells_of_another_model(q: Question, keys: str) -> bool:
    """The sentence (its match keys) writes a name of the question's, of two words or more, only
    as the start of another model's ("iPhone 12 Pro Max chiếm khoảng 60%" for "iPhone 12 Pro
    chiếm bao nhiêu phần trăm?")."""
    models = _models_asked(q)
    if not models:
        return False
    toks = keys.split()
    other = _VARIANTS - set(q.tokens)
    return any(ends and all(k < len(toks) and toks[k] in other for k in ends) for ends in _ends_of(toks, models))


def tells_of_another_lettered(q: Question, sentence: str, keys: str) -> bool:
    """The sentence (and its match keys) writes a name of the question's, of two words or more,
    only followed by a capital letter the question does not write: another place or thing of the
    series ("Vĩnh Lộc A và Vĩnh Lộc B" for "Xã Vĩnh Lộc")."""
    names = [alt for alternatives in q.entities for alt in alternatives if len(alt) >= 2]
    # (most sentences write no letter alone, nor the name: no need to read them whole)
    if not _A_LETTER.search(keys) or not any(f" {' '.join(name)} " in f" {keys} " for name in names):
        return False
    toks = aligned_tokens(sentence)
    asked = set(q.text.split())
    lettered = [len(w) == 1 and w.isupper() and w not in asked for w in (sentence[s:e] for _, s, e in toks)]
    return any(ends and all(k < len(toks) and lettered[k] for k in ends)
               for ends in _ends_of([key for key, _, _ in toks], names))


_A_LETTER = re.compile(r"(?:^| )[a-z](?: |$)")


def _ends_of(toks: list[str], phrases: list[list[str]]) -> Iterator[list[int]]:
    """For each phrase, where each of its occurrences in the tokens ends (the next token's index)."""
    for phrase in phrases:
        n = len(phrase)
        yield [i + n for i in range(len(toks) - n + 1) if toks[i:i + n] == phrase]


@per_question
def _models_asked(q: Question) -> list[list[str]]:
    """The question's names of two words or more with a figure ("iphone 12", "12 pro")."""
    names = [alt for alternatives in q.entities + q.number_needles for alt in alternatives]
    return [n for n in names if len(n) >= 2 and any(ch.isdigit() for t in n for ch in t)]


# the round of a contest: "vòng bán kết" is not "vòng chung kết"
_ROUND = re.compile(r"(?<!\S)()(ban ket|chung ket|tu ket|vong loai|vong bang|so khao|chung khao)(?!\S)")


def tells_of_another_round(q: Question, keys: str) -> bool:
    """The sentence (its match keys) tells of another round of a contest than the question's,
    and never of the question's: "vòng bán kết ... ngày 18/4" for "Vòng chung kết ... khi nào?"."""
    return _another_of_the_noun(_ROUND, _rounds_asked(q), keys)


@per_question
def _rounds_asked(q: Question) -> set[tuple[str, str]]:
    return {m.groups() for m in _ROUND.finditer(" ".join(q.tokens))}


# what the question says is at a place or a body ("nhà kinh tế trưởng tại DBS", "Đại sứ Hàn Quốc
# tại Bỉ"): a sentence that says the same words at another one ("... tại Nomura"), and never the
# one asked, or the two the other way round ("Đại sứ quán Bỉ tại Hàn Quốc"), tells of another
_CAPS = rf"[{UPPER}][^\s,.;:?!()]*(?:\s+[{UPPER}0-9][^\s,.;:?!()]*)*"
_AT_NAME = re.compile(rf"(?:(?<=\s)|^)(?:({_CAPS})\s+)?(?:tại|tai)\s+((?:châu\s+|chau\s+)?{_CAPS})")  # ("tại châu Âu")


@per_question
def _at_asked(q: Question) -> list[tuple[str, str, str]]:
    """(the two words before "tại", the name after it, the name just before it) of each "... tại
    <name>" the question writes capitalised, as match keys."""
    out = []
    for m in _AT_NAME.finditer(q.text):
        before = tokens_folded(fold(q.text[:m.start(2)]))[-3:-1]
        if len(before) == 2:
            out.append((" ".join(before), " ".join(tokens_folded(fold(m.group(2)))),
                        " ".join(tokens_folded(fold(m.group(1) or "")))))
    return out


def tells_of_another_at(q: Question, keys: str) -> bool:
    """The sentence (its match keys) tells the question's "X tại <name>" of another place or body,
    or of the two names the other way round."""
    keys = f" {keys} "
    for before, name, other in _at_asked(q):
        if f" {name} " not in keys and f" {before} tai " in keys:
            return True
        if other and f" {name} tai {other} " in keys and f" {other} tai {name} " not in keys:
            return True
    return False


# a figure's own phrase told at a place: "9 cửa hàng bán lẻ tại Hà Nội" (a few lower-case words may
# come between)
_TOLD_AT = re.compile(rf"(?:\s+(?![{UPPER}])[^\W\d_]+){{0,3}}\s+(?:tại|tai)\s+({_CAPS})")


def told_at_another_place(q: Question, sentence: str, end: int) -> bool:
    """The phrase ending at `end` goes on "tại <name>" with another name than the question's
    "tại <name>": "9 cửa hàng bán lẻ tại Hà Nội" answers no "bao nhiêu cửa hàng tại TP HCM"."""
    asked = {name for _, name, _ in _at_asked(q)}
    m = _TOLD_AT.match(sentence, end) if asked else None
    return bool(m) and " ".join(tokens_folded(fold(m.group(1)))) not in asked


# deeds that exclude each other, done to the same thing: a school's founding day does not answer
# when it was dissolved, the number of documents issued not how many were repealed. Each line:
# one deed's words | the opposite deed's. Read on match keys, where every word here is
# unambiguous; "tăng"/"giảm" only as written ("giam" is also to detain, "tang" a storey).
_OPPOSITE_DEEDS = """khởi công, động thổ | khánh thành, hoàn thành
bổ nhiệm | miễn nhiệm, cách chức, bãi nhiệm
thành lập | giải thể
khai mạc | bế mạc
nhập khẩu | xuất khẩu
nhập cảnh | xuất cảnh
ban hành | bãi bỏ, hủy bỏ
khởi tố, truy tố | đình chỉ
kỷ luật | khen thưởng, tuyên dương
bắt đầu | kết thúc
mở cửa | đóng cửa
tuyển dụng | sa thải
phê duyệt | bác bỏ"""


def _deed_keys(words: str) -> list[tuple[str, ...]]:
    return [tuple(fold(w).split()) for w in words.split(", ")]


_DEED_GROUPS = [tuple(_deed_keys(side) for side in line.split(" | ")) for line in _OPPOSITE_DEEDS.splitlines()]
# "tăng cường" (strengthen), "tăng trưởng" (growth), "giảm nghèo" (a programme's name) are no
# rise or fall of a figure
_WRITTEN_RISE_FALL = re.compile(r"(?<!\w)(tăng|giảm)(?!\w)(?!\s+(?:cường|trưởng|nghèo|thiểu|giá))",
                                re.IGNORECASE)


def _says(keys: str, phrases: list[tuple[str, ...]]) -> bool:
    keys = f" {keys} "
    return any(f" {' '.join(p)} " in keys for p in phrases)


@per_question
def _deeds_asked(q: Question) -> list[tuple[list[tuple[str, ...]], list[tuple[str, ...]]]]:
    """(the deed asked, its opposite) for each opposite pair the question names one side of."""
    keys = " ".join(q.tokens)
    out = []
    for one, other in _DEED_GROUPS:
        if _says(keys, one) and not _says(keys, other):
            out.append((one, other))
        elif _says(keys, other) and not _says(keys, one):
            out.append((other, one))
    return out


@per_question
def _rise_or_fall_asked(q: Question) -> str | None:
    said = {m.group(1).lower() for m in _WRITTEN_RISE_FALL.finditer(q.text)} if q.has_diacritics else set()
    return said.pop() if len(said) == 1 else None


def tells_of_the_opposite_deed(q: Question, keys: str, sentence: str) -> bool:
    """The sentence tells the opposite deed of the question's ("thành lập" for "giải thể", "tăng"
    for "giảm") and not the deed asked: it is the near miss of another event."""
    if any(_says(keys, other) and not _says(keys, asked) for asked, other in _deeds_asked(q)):
        return True
    asked = _rise_or_fall_asked(q)
    if not asked:
        return False
    said = {m.group(1).lower() for m in _WRITTEN_RISE_FALL.finditer(sentence)}
    return bool(said) and asked not in said


def not_after_the_opposite_deed(q: Question, sentence: str,
                                cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates (spans of the sentence) the deed named last before them does not make the
    opposite deed's: of "bắt đầu từ tháng 4 và kết thúc vào tháng 3", "tháng 3" tells when it
    ends, not when it begins."""
    pairs = _deeds_asked(q)
    if not pairs or not cands:
        return cands
    toks = aligned_tokens(sentence)
    keys = tuple(t for t, _, _ in toks)
    # for each pair the question names, where the sentence ends a deed of it, and whether the asked one
    told = [[(toks[k + len(p) - 1][2], side) for side, phrases in ((True, asked), (False, other))
             for p in phrases for k in range(len(keys) - len(p) + 1) if keys[k:k + len(p)] == p]
            for asked, other in pairs]

    def after_the_opposite(at: int) -> bool:
        lasts = (max((t for t in deeds if t[0] <= at), default=None) for deeds in told)
        return any(last and not last[1] for last in lasts)
    return [c for c in cands if not after_the_opposite(c[0])]


# kin a question asks someone's ("Vợ của ông X là ai?", "Con gái ông X làm nghề gì?"): a sentence
# that does not name that kin tells of someone else ("con gái" is not "con trai"). A kin of one
# syllable only before whose kin it is ("vợ của", "vợ Roosevelt", "mẹ ông X") or as "X vợ là ai":
# "công bố", "vợ chồng", "công ty mẹ" ask nobody's. Without diacritics "vo" is also "Võ", "bo"
# also "bộ": there the kin of two syllables and "vợ/chồng của", "X vợ là ai" only.
_KIN_OF_TWO = ["con gái", "con trai", "con rể", "con dâu", "anh trai", "em trai", "chị gái", "em gái", "người yêu",
               "bạn gái", "bạn trai", "hôn thê", "hôn phu"]
_KIN_TYPED = re.compile(r"(?<!\w)(" + "|".join(_KIN_OF_TWO) + r")(?!\w)"
                        rf"|(?<!\w)(?<!công ty )(?<!tập đoàn )(vợ|chồng|bố|mẹ)(?=\s+(?:của|ông|bà|anh|chị|cô|[{UPPER}])|\s+là\s+ai\b)")
_KIN_PLAIN = {fold(k): k for k in _KIN_OF_TWO} | {"vo": "vợ", "chong": "chồng", "bo": "bố", "me": "mẹ"}
_KIN_PLAIN_RE = re.compile(r"(?<!\w)(" + "|".join(fold(k) for k in _KIN_OF_TWO) + r")(?!\w)"
                           r"|^(vo|chong|bo|me) cua\b|\b(vo|chong|bo|me) la ai\b")


@per_question
def kin_asked(q: Question) -> str | None:
    """The kin the question asks someone's, as written ("vợ"), if any."""
    # (the question's first word lower-cased: "Vợ của ...")
    m = _KIN_TYPED.search(q.text[:1].lower() + q.text[1:]) if q.has_diacritics else _KIN_PLAIN_RE.search(q.folded)
    if not m:
        return None
    kin = next(g for g in m.groups() if g).lower()
    return kin if q.has_diacritics else _KIN_PLAIN[kin]


def lacks_the_kin_asked(q: Question, sentence: str) -> bool:
    """The question asks someone's kin and the sentence (as written) does not name it (a wife or a
    husband may be named by the marriage: "kết hôn với X")."""
    kin = kin_asked(q)
    return bool(kin) and not writes_the_kin(kin, sentence) and not (kin in ("vợ", "chồng") and MARRIED.search(sentence))


def writes_the_kin(kin: str, sentence: str) -> bool:
    return bool(re.search(rf"(?<!\w){kin}(?!\w)", sentence.lower()))


# a marriage, the spouse named right after it
MARRIED = re.compile(r"(?<!\w)(?:kết hôn với|kết hôn cùng|cưới|lấy)\s+", re.IGNORECASE)


# a deed the sentence denies ("không cần thực hiện cách ly tại nhà trong 14 ngày") tells no figure
# or day of it; "không chỉ", "không ít", "chưa từng có" deny nothing
_DENIAL = re.compile(r"(?<!\w)(?:không|chưa|chẳng)(?!\s+(?:chỉ|những|ít|kém|thua|riêng|từng có|hạn)\b)(?:\s+\S+){0,3}\s+$",
                     re.IGNORECASE)
_ASKS_DENIED = re.compile(r"\b(?:khong|chua|chang)\b")
# a clause answer keeps its "không"; a name may be listed as the exception ("ngoại trừ Nga")
_DENIED_OF = {"number", "date"}


def denies_the_deed(q: Question, sentence: str, a: int, b: int) -> bool:
    """The clause of the answer up to its end (sentence[a:b]) denies a word of the question the
    reader did not ask denied: "Du khách phải cách ly bao nhiêu ngày?" of "... mà không cần thực
    hiện cách ly tại nhà trong 14 ngày"."""
    if q.kind not in _DENIED_OF or _ASKS_DENIED.search(q.folded):
        return False
    asked = set(q.content) - named_words(q)
    return any(key in asked and _DENIAL.search(sentence, max(a, a + s - 30), a + s)
               for key, s, _ in aligned_tokens(sentence[a:b]) if a + s > 0)
