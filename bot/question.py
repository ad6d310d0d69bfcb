"""What a Vietnamese question asks: its type (from the question words), the words around the
question word (the slot the answer fills), the content words to retrieve with, and the names
and numbers an answer must be about.

Everything is computed on the match key, so "Ai là Bí thư Quận ủy Quận 11?" and
"ai la bi thu quan uy quan 11" analyse the same; capitals, where the reader typed them, add
named entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import wraps

from .facts import FOLDED_SURNAMES, ROLE_HEADS, SURNAMES
from .text import (UPPER, WORD, aligned_tokens, fold, is_vietnamese_syllable, normalize, spelling, strip_diacritics,
                   tokens_folded, without_tones)

# places named after the kind of place they are: "bãi tắm Cửa Việt", "biển Nhật Bản", "hồ thủy
# điện Sê San 4"; "<kind> nào" asks for one by name
_NAMED_KINDS = ["vung bien", "bien", "song", "ho thuy dien", "thuy dien", "ho", "nui", "dao", "bai tam", "bai bien",
                "san bay", "cang", "lang", "thon", "vinh", "deo", "cua khau", "khu du lich", "khu cong nghiep"]
NAMED_KINDS = {kind.split()[-1] for kind in _NAMED_KINDS}


def per_question(fn):
    """Work out what depends on the question alone once, and keep it on the question: the
    extractors ask it again for every candidate sentence."""
    key = f"_{fn.__module__}.{fn.__name__}"  # two modules may each have a `_deeds_asked`

    @wraps(fn)
    def once(q: "Question"):
        known = q.__dict__
        if key not in known:
            known[key] = fn(q)
        return known[key]
    return once


@per_question
def named_words(q: "Question") -> frozenset[str]:
    """The match keys of the names the question gives, in any of their spellings."""
    return frozenset(t for alternatives in q.entities for alt in alternatives for t in alt)


def asks_named_kind(q: "Question") -> bool:
    """"bãi tắm nào", "vùng biển nào": a place asked for by the kind of place it is."""
    return q.kind == "place" and bool(q.which) and q.which[-1] in NAMED_KINDS

# (type, pattern over the folded question). First match wins, so specific before general.
_TYPE_PATTERNS: list[tuple[str, str]] = [
    # the byline of an article ("Ai viết bài về X?"), not the author of a book
    ("author", r"\bai (?:viet|dua) (?:bai|tin)\b|\btac gia (?:cua )?(?:bai|tin)\b|\b(?:phong vien|nguoi viet bai) (?:nao|la ai)\b"),
    ("title", r"\b(?:giu|dam nhiem|dam nhan|lam) (?:chuc vu|chuc danh|cuong vi|vi tri|chuc) (?:gi|nao)\b"
              r"|\b(?:chuc vu|chuc danh|cuong vi|(?<!to )chuc) (?:gi|nao)\b"),
    # ("xã hội nào", "đại hội nào", typed plain, ask no "hồi nào")
    ("date", r"\b(?:khi nao|bao gio|luc nao|(?<!xa )(?<!dai )(?<!quoc )(?<!hiep )hoi nao|thoi gian nao|thoi diem nao|ngay nao|thang nao|nam nao"
             r"|ngay bao nhieu|nam bao nhieu|ngay may|hom nao|the ki nao|dip nao|giai doan nao|nam may)\b"),
    # ("có vị gì" asks a taste: no "có vì gì" is said)
    ("reason", r"\b(?:vi sao|tai sao|vi li do gi|li do (?:gi|nao)|nguyen nhan (?:gi|nao)|(?<!co )vi gi|do dau)\b"),
    ("manner", r"\b(?:nhu the nao|the nao|ra sao|bang cach nao|ra lam sao)\b"),
    ("number", r"\bbao nhieu\b|\bbao lau\b|\bbao xa\b|\b(?:so|thu|lan) may\b|\bmay (?=[a-z])|\bmay\s*$"),
    ("place", r"\b(?:o dau|tai dau|den dau|dau\s*$|noi nao|cho nao|dia diem nao|vung nao|khu vuc nao"
              r"|huyen nao|tinh nao|xa nao|phuong nao|(?<!co )quan nao|thanh pho nao|nuoc nao|quoc gia nao|thi xa nao"
              r"|dia phuong nao|don vi bau cu (?:so )?nao"
              rf"|(?:{'|'.join(_NAMED_KINDS)}) nao)\b"),
    # "cầu thủ nào", "ca sĩ nào": a person asked by what they are
    ("person", r"\b(?:ai|nguoi nao|(?<!don )vi nao|nhan vat nao|ong nao|ba nao)\b"
               r"|\b(?:cau thu|ca si|dien vien|nghe si|van dong vien|vdv|huan luyen vien|hlv|tien dao|tien ve|hau ve"
               r"|thu mon|nha khoa hoc|nha van|nha tho|nha bao|phong vien|nhac si|hoa si|thi sinh|ung cu vien|ung vien) nao\b"),
    # ("cơ sở nào", "lập trường nào", "môi trường nào" ask no department or school)
    ("org", r"\b(?:co quan|don vi|to chuc|tap doan|cong ti|doanh nghiep|ban|bo|(?<!co )so|nganh"
            r"|(?<!lap )(?<!moi )(?<!thi )(?<!hien )(?<!quang )truong|doi|cau lac bo"
            r"|benh vien|ngan hang|hang|dang|quan uy|huyen uy|tinh uy|thanh uy|hoi|hiep hoi|lien doan"
            r"|(?<!con )(?<!nha )(?<!thong )bao|trung tam|hoc vien|uy ban|cuc|toa an|vien kiem sat|quy"
            r"|xi nghiep|hop tac xa|nha may) nao\b"),
    ("what", r"\b(?:cai gi|dieu gi|viec gi|la gi|gi|nao)\b"),
]
_TYPE_RE = [(t, re.compile(p)) for t, p in _TYPE_PATTERNS]

# "máy" (machine) also folds to "may": not a question word in these.
_MAY_NOT_WH = re.compile(r"\b(?:nha|cong ti|nganh|xuong) may\b|\bmay (?:bay|tinh|moc|man|mac|in|dien|phat|chu|anh|lanh|bom|xuc|cay|gat)\b")

STOPWORDS = set("""
la cua va cac nhung duoc da co trong tai o ve cho voi mot nay thi ma se dang khong hay hoac
nhu tu den theo sau truoc khi vao ra len xuong con cung rat nhieu it nua the vay a u nhe oi ha
ong ba anh chi em hien nay hom viec bao nhieu may ai gi nao dau sao nguoi
""".split())
# the same words as written: a syllable that only folds like one ("tu viện", "cơ chế", "bá tước")
# is a content word's
STOPWORDS_AS_WRITTEN = set("""
là của và các những được đã có trong tại ở về cho với một này thì mà sẽ đang không hay hoặc
như từ đến theo sau trước khi vào ra lên xuống còn cũng rất nhiều ít nữa thế vậy à ư nhé ơi hả
ông bà anh chị em hiện nay hôm việc bao nhiêu mấy ai gì nào đâu sao người
""".split())


# function words as written, for telling where a name, unit or clause ends: the STOPWORDS but
# those that start content words ("việc thành lập", "bao gồm", "hiện đại") or only end a sentence
# ("à", "nhé"), and conjunctions, prepositions and pronouns too common in answers to be
# stopwords ("vì", "để", "bởi", "nó")
FUNCTION_WORDS = (STOPWORDS_AS_WRITTEN - set("bao nhiêu mấy hiện nay hôm việc à ư nhé ơi hả".split())) \
    | set("nên bị do bởi vì để nhưng đó họ nó tới qua lại đều chỉ mới đây".split())
FOLDED_FUNCTION_WORDS = {fold(w) for w in FUNCTION_WORDS}


def is_stopword(word: str, plain: bool = False) -> bool:
    """Whether a word as written is a function word: "từ" is, "tu" of "tu viện" is not. In a
    text written without diacritics (plain) "tu" may be either, and counts as one."""
    return fold(word) in STOPWORDS and (plain or word.lower() in STOPWORDS_AS_WRITTEN)


# words of two syllables each of which folds like a stopword, common in the news: typed without
# diacritics, "chu dau tu" is "chủ đầu tư", not "chu" + "đâu" + "từ" (counted in the corpus;
# "co the" is left out, as often "có thể" as "cơ thể")
_PLAIN_COMPOUNDS = {("dau", "tu"), ("bao", "ve"), ("thi", "dau"), ("bao", "chi"), ("dang", "tai"), ("da", "dang"),
                    ("trong", "tai"), ("thi", "the")}


def plain_compounds(toks: list[str]) -> set[int]:
    """The positions of the words of such compounds in a question typed without diacritics."""
    return {j for k in range(len(toks) - 1) if (toks[k], toks[k + 1]) in _PLAIN_COMPOUNDS for j in (k, k + 1)}


def is_function_word(word: str, plain: bool = False) -> bool:
    """A stopword or function word as written ("vì", not "vi" of "vi phạm"): where a unit or a
    description ends. In a text written without diacritics (plain), any word that folds like one."""
    return word.lower() in FUNCTION_WORDS or plain and fold(word) in FOLDED_FUNCTION_WORDS \
        or is_stopword(word, plain)

# Words that start capitalised in questions but are roles or institutions, not names.
_NOT_ENTITY = set("""
ai la bi thu pho chu tich quyen tong giam doc truong ban uy vien thuong vu truc ubnd hdnd mttq
nhan dan hoi dong dang quan huyen tinh thanh pho xa phuong thi bo so cuc nha nuoc chinh phu
quoc trung uong to tp nguyen tan ong ba anh chi co dong cong an kiem sat
khi truoc sau lan tu den doan cai nhung cac theo tai trong mot moi hang nam ngay thang""".split())

_COPULA = re.compile(r"^(?:hien nay |hien |hom nay )?ai (?:hien |dang )?(?:la|lam|giu|dam nhiem|dam nhan)\b"
                     r"|\bla (?:ai|nguoi nao)\s*$|^(?:nguoi nao|ai) dang\b")
# "X thay ai làm Y?", "X kế nhiệm ai?": the answer is whoever held Y before X
REPLACED = re.compile(r"\b(?:thay (?:the )?ai|ke nhiem ai|thay cho ai)\b")
# "Có ai bị thương không?", "Vụ cháy có làm ai bị thương không?": "ai" is anyone, the question a yes or no
_ANYONE = re.compile(r"\bco\b(?:\s+\w+){0,3}\s+ai\b.*\bkhong\s*$")
# "Chủ tịch HĐND TPHCM tên gì?": a name asked of someone described by a role or as a person is
# "Ai là ...?" in other words; "Công ty ... tên gì?" is not
_NAME_ASKED = re.compile(r"\b(?:ho )?ten (?:that |day du |khai sinh )?(?:la )?(?:gi|chi)\s*$")
_PERSON_NOUNS = {fold(h) for h in ROLE_HEADS} | {
    "nguoi", "ong", "ba", "vo", "chong", "con trai", "con gai", "tai xe", "nghi pham", "benh nhan", "cau thu",
    "huan luyen vien", "hlv", "ca si", "dien vien", "phong vien", "tac gia", "nan nhan", "bi can", "bi cao",
    "chien si", "ung vien", "thu khoa", "nha bao", "nha van", "nha tho", "nha khoa hoc", "nha nghien cuu",
    "nha ngoai cam", "nha dau tu", "nha thiet ke", "giao vien", "co giao", "thay giao", "bac si",
    # people told by age or sex, as news tells who did what before it names them
    "co gai", "chang trai", "thanh nien", "nam thanh nien", "thieu nien", "thieu nu", "phu nu",
    "co be", "cau be", "be gai", "be trai", "hoc sinh", "sinh vien", "nu sinh", "nam sinh",
    "co dau", "chu re", "doi tuong", "van dong vien", "vdv", "tay dua"}
# the person the name is asked of opens the question: "Nguyên lý mà ông đề xướng tên là gì?" is not
_PERSON_NOUN_RE = re.compile(r"(?:vi |tan |nguyen )?(?:" + "|".join(sorted(_PERSON_NOUNS, key=len, reverse=True)) + r")\b")
# "hôm nay", "bây giờ": only an article of today answers ("giá vàng hôm nay"). Not "lúc bấy giờ",
# "thời bấy giờ" (at that time), nor "hiện tại", "lúc này", "hiện nay": those ask for the latest,
# which the newest article gives anyway
RELATIVE_TODAY = re.compile(r"\b(?:hom nay|toi nay|sang nay|chieu nay|trua nay|dem nay|tuan nay"
                            r"|(?<!luc )(?<!thoi )(?<!khi )(?<!tu )bay gio)\b")




@dataclass
class Question:
    text: str  # display form
    folded: str
    tokens: list[str]
    kind: str  # person|title|author|number|date|place|org|reason|manner|what|other
    wh: tuple[int, int] | None  # token span of the question phrase
    content: list[str]  # tokens to retrieve with, in order, no duplicates
    numbers: set[str] = field(default_factory=set)
    entities: list[list[list[str]]] = field(default_factory=list)  # names, each with its alternative spellings
    which: list[str] = field(default_factory=list)  # "huyen" in "huyen nao", "tap doan" in "tap doan nao"
    unit: list[str] = field(default_factory=list)  # "van ban" in "bao nhieu van ban"
    pairs: list[str] = field(default_factory=list)  # adjacent word pairs, for retrieval
    number_needles: list[list[list[str]]] = field(default_factory=list)  # alternatives per number
    relative_today: bool = False
    replaced: bool = False  # asks whom someone replaced
    copula: bool = False  # "Ai là X?", "X là ai?": X describes the answer itself
    has_diacritics: bool = True
    # names of the question the articles print spelled as typed (match keys): those are held to
    # their spelling; a name printed only otherwise is taken for a slip ("Trương Quộc Lâm")
    printed_names: set[tuple[str, ...]] = field(default_factory=set)

    def mentions(self, key: str, surface: str) -> bool:
        """Whether a word of the evidence (its match key and its text) is one of the question's.

        Keys alone confuse words that differ only in diacritics ("Nguyện" and "Nguyên" are both
        "nguyen"); where the reader typed diacritics, the word must be spelled as they typed it."""
        forms = self._forms()
        if key not in forms:
            return False
        typed = forms[key]
        if not typed or not self.has_diacritics or fold(surface) != key:
            return True  # an abbreviation's word, or a reader who typed no diacritics
        return spelling(surface) in typed

    def spells(self, name: str) -> bool:
        """Whether the question writes every word of this name as the evidence does, where the
        articles print the question's spelling of it (`printed_names`): "Nguyễn Văn Thành" is
        another man than the "Nguyễn Văn Thạnh" asked about, though their match keys are one."""
        keys = tuple(tokens_folded(fold(name)))
        held = any(keys[k:k + len(p)] == p for p in self.printed_names for k in range(len(keys) - len(p) + 1))
        return not held or all(self.mentions(key, name[s:e]) for key, s, e in aligned_tokens(name))

    def mentions_loosely(self, key: str, surface: str) -> bool:
        """As `mentions`, but a tone typed wrong is forgiven ("phưởng" for "phường"), and a word
        typed without diacritics in a question typed with them matches any spelling."""
        if self.mentions(key, surface):
            return True
        typed = self._forms().get(key, ())
        return key in typed or without_tones(spelling(surface)) in {without_tones(t) for t in typed}

    def _forms(self) -> dict[str, set[str]]:
        """Each match key of the question -> the spellings the reader typed for it (lower case,
        i for y; empty when it came from an abbreviation, which has no spelling to compare)."""
        known = self.__dict__.get("_forms_cache")
        if known is None:
            known = {t: set() for t in self.tokens}
            for word in WORD.findall(self.text):
                key = fold(word)
                if key in known:
                    known[key].add(spelling(word))
            self.__dict__["_forms_cache"] = known
        return known

    @property
    def left(self) -> list[str]:
        return self.tokens[: self.wh[0]] if self.wh else self.tokens

    @property
    def right(self) -> list[str]:
        return self.tokens[self.wh[1]:] if self.wh else []


def _span_of(folded: str, toks: list[str], start_char: int, end_char: int) -> tuple[int, int]:
    """Token span covering the characters [start_char, end_char) of folded."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\d+(?:[.,/]\d+)*|[^\W_]+", folded)]
    first = next((i for i, (s, e) in enumerate(spans) if e > start_char), len(spans))
    last = next((i for i, (s, e) in reversed(list(enumerate(spans))) if s < end_char), first - 1)
    return first, last + 1


# question words that fold to the letters of common words, as the reader spells them
_SPELT = {"may": ("mấy", "number"), "dau": ("đâu", "place"), "hoi": ("hồi", "date"),
          # "vũ khí nào", "thế lực nào", "chiến thắng nào", "miền Nam nào" ask for no date
          "khi": ("khi", "date"), "luc": ("lúc", "date"), "thang": ("tháng", "date"), "nam": ("năm", "date"),
          "ngay": ("ngày", "date"), "vi": ("vì", "reason")}  # "có vị gì" asks no "vì gì"


# the nouns of "<noun> nào" as written: "thay đổi nào", "văn bản nào", "khủng bố nào", "vệ tinh
# nào", "mặt hàng nào" ask for no team, board, ministry, province or firm
_NOUN_SPELT = {"doi": "đội", "ban": "ban", "bo": "bộ", "so": "sở", "tinh": "tỉnh", "hang": "hãng", "bao": "báo",
               "dang": "đảng", "xa": "xã", "nuoc": "nước", "vung": "vùng", "nganh": "ngành", "quan": "quận",
               # the kinds of place of one syllable: "tiền đạo nào" asks no island, "họ nào" no lake
               "dao": "đảo", "song": "sông", "ho": "hồ", "nui": "núi", "lang": "làng", "thon": "thôn",
               "vinh": "vịnh", "deo": "đèo", "cang": "cảng", "bien": "biển"}


def asks_a_name(q: Question) -> bool:
    """"Nhà ngoại cảm ... tên là gì?": a name, never a people ("người Sao Hỏa")."""
    return bool(_NAME_ASKED.search(q.folded))


def _written_from(m: re.Match, folded: str, written: list[str] | None) -> list[str]:
    """The question's words as the reader wrote them, from the first word of a match on."""
    return written[len(tokens_folded(folded[:m.start()])):] if written else []


def _misspelt_noun(m: re.Match, folded: str, written: list[str] | None) -> bool:
    """Whether the noun before "nào" of a match is written otherwise than the question noun."""
    words = m.group().split()
    if len(words) != 2 or words[1] != "nao" or words[0] not in _NOUN_SPELT:
        return False
    here = _written_from(m, folded, written)
    return bool(here) and here[0].lower() != _NOUN_SPELT[words[0]]


_AI_NAMES = {"Cập", "cập", "Len", "Lao"}


def _in_a_name(m: re.Match, folded: str, written: list[str] | None) -> bool:
    """Whether the "ai" matched is the first syllable of "Ai Cập" (Egypt), "Ai Len", "Ai Lao"."""
    here = _written_from(m, folded, written) if m.group() == "ai" else []
    return len(here) >= 2 and here[0] == "Ai" and here[1] in _AI_NAMES


def classify(folded: str, text: str | None = None, written: list[str] | None = None) -> tuple[str, re.Match | None]:
    not_wh = [m.span() for m in _MAY_NOT_WH.finditer(folded)]
    # a question typed with diacritics spells its question word: "nhà máy may" has no "mấy",
    # "dẫn đầu" no "đâu", "Hội nào" no "hồi nào"
    typed = text is not None and strip_diacritics(text) != text
    absent = {(w, kind) for w, (spelt, kind) in _SPELT.items() if typed and not re.search(rf"\b{spelt}\b", text.lower())}
    no_may = ("may", "number") in absent
    maybe: tuple[str, re.Match] | None = None
    for kind, pattern in _TYPE_RE:
        for m in pattern.finditer(folded):
            if any((w, kind) in absent for w in m.group().split() if w != "may"):
                continue
            if typed and kind in ("org", "place") and _misspelt_noun(m, folded, written):
                continue
            if kind == "person" and _in_a_name(m, folded, written):
                continue
            if "dau" in m.group().split():
                if m.group().strip() == "dau":  # a bare "dau" at the end may be "dẫn đầu": any other question word is surer
                    maybe = maybe or (kind, m)
                    continue
            if kind == "number" and m.group().strip() == "may" or m.group().startswith("may "):
                # "mấy" and "máy" fold alike: "nhà máy", "máy bay" are not question words, and
                # another question word ("nhà may may o huyen nao") is the surer one
                if no_may or any(s <= m.start() < e for s, e in not_wh):
                    continue
                if typed and (here := _written_from(m, folded, written)) \
                        and strip_diacritics(here[0]) != here[0] and here[0].lower() != "mấy":
                    continue  # "Điện máy Thiên Phú ... trong mấy tháng": the "máy" typed is no "mấy"
                maybe = maybe or (kind, m)
                continue
            return kind, m
    return maybe if maybe else ("other", None)


def _entities(text: str) -> list[list[list[str]]]:
    """Names in the question: runs of capitalised words (a lone capital at the start is just the
    sentence's), less leading titles and institution words ("Chủ tịch UBND huyện Cư Jút" ->
    "cu jut"). Each is a list of alternative spellings: "Tập đoàn Điện lực Việt Nam (EVN)" may be
    found as either."""
    out: list[list[list[str]]] = []
    first_word = True
    spelt = strip_diacritics(text) != text
    for piece, bracketed in _bracket_pieces(text):
        for run in _capital_runs(piece, skip_lone_first=first_word):
            ent = _entity_tokens(run, spelt) if spelt or not _after_a_locality(piece, run) \
                else tokens_folded(fold(" ".join(run)))
            # "Quận 4 TP HCM": the number is the locality's (a number needle), the name after it
            # another ("Năm 2020 Kia Seltos" stays whole: a year is no locality's)
            while fold(run[0]) in LOCALITY_WORDS and ent and ent[0][0].isdigit() and len(ent) > 1:
                ent = ent[1:]
            if not ent or all(t in LOCALITY_WORDS for t in ent):
                continue  # ("Quận 3 TP | Sông Xanh": "TP" alone names nothing)
            if bracketed and out:
                out[-1].append(ent)  # an abbreviation in brackets is another name for the last one
            else:
                out.append([ent] + [list(alias) for alias in NAME_ALIASES.get(tuple(ent), ())] + _spelt_out(ent)
                           + _without_the_institution(ent) + _a_date_opening(ent))
        first_word = first_word and not piece.strip()
    return out


def _a_date_opening(ent: list[str]) -> list[list[str]]:
    """"Ngày 5/3/2020 ...": a date capitalised as the question's first word is found written in
    words too ("ngày 5 tháng 3, 2020")."""
    if len(ent) == 2 and ent[0] in ("ngay", "thang"):
        return [([ent[0]] if ent[0] == "ngay" else []) + words for words in _date_in_words(ent[1])]
    return []


# the kinds of locality, as match keys, by their level: a "huyện" is where a "quận" is asked of, a
# "phường" where a "xã" is
LOCALITY_LEVELS = {"quan": "district", "huyen": "district", "thi xa": "district", "xa": "commune",
                   "phuong": "commune", "tinh": "province", "tp": "province", "thanh pho": "province"}
_LOCALITY_BEFORE = rf"\b(?:{'|'.join(LOCALITY_LEVELS)})\s+"


LOCALITY_WORDS = {w for kind in LOCALITY_LEVELS for w in kind.split()}


def _after_a_locality(piece: str, run: list[str]) -> bool:
    """Whether a run typed without diacritics follows the kind of a locality: "quan Nam Tu Liem"
    is a district's name whole, though "Nam" and "Tu" read as "năm" and "từ" elsewhere."""
    return bool(re.search(_LOCALITY_BEFORE + r"\s+".join(map(re.escape, run)) + r"(?!\w)", piece, re.IGNORECASE))


# One country, two names in print: an article that writes "Mỹ" answers a question that says
# "Hoa Kỳ". Only this way: "Mỹ" alone is too common a word to be a name the article must have,
# so it is not made one by its alias.
NAME_ALIASES = {("hoa", "ki"): [("mi",)]}


# the initials of a kind of body as an article may spell them out: "ĐH Bách khoa" is written
# "Đại học Bách khoa" as often
_SPELT_OUT = {"dh": ["dai", "hoc"], "dhqg": ["dai", "hoc", "quoc", "gia"]}


def _spelt_out(name: list[str]) -> list[list[str]]:
    return [_SPELT_OUT[name[0]] + name[1:]] if name and name[0] in _SPELT_OUT and len(name) > 1 else []


def _bracket_pieces(text: str) -> list[tuple[str, bool]]:
    pieces, pos = [], 0
    for m in re.finditer(r"\(([^()]{1,40})\)", text):
        pieces += [(text[pos:m.start()], False), (m.group(1), True)]
        pos = m.end()
    return pieces + [(text[pos:], False)]


def _capital_runs(text: str, skip_lone_first: bool) -> list[list[str]]:
    """Runs of capitalised words (a number may continue one: "Quận 11"); a comma between two
    words ends a run ("Tehran, Roosevelt, Churchill" are three names)."""
    matches = list(re.finditer(r"\d+(?:[.,]\d+)+|[^\W_][^\s,.;:?!()\"“”]*", text))  # "1.000 CFP"
    runs: list[list[str]] = []
    current: list[str] = []
    start = 0
    for k, m in enumerate(matches):
        w = m.group()
        adjacent = k > 0 and not (re.search(r"[,;:]", text[matches[k - 1].end():m.start()]))
        if current and adjacent and (w[:1].isupper() or any(ch.isdigit() for ch in w)) \
                and not (_abbreviation(current[-1]) and current[-1] not in _KIND_ABBREVIATIONS
                         and not _abbreviation(w) and w[:1].isupper()) \
                or current and adjacent and _institution_goes_on(current, w, matches[k + 1:k + 2]):
            current.append(w)
            continue
        _close_run(runs, current, skip_lone_first and start == 0)
        current, start = ([w] if w[:1].isupper() else []), k
    _close_run(runs, current, skip_lone_first and start == 0)
    return runs


# kinds of institution written with their first syllable capitalised before a name: "Học viện
# Múa" is one name (not "Học" and "Múa", a word as common as "mua")
# (not a corporation's: "Tập đoàn Điện lực Việt Nam" is named as the body a role is of)
_INSTITUTIONS = {("hoc", "vien"), ("benh", "vien"), ("nha", "hat"), ("nha", "may"), ("dai", "hoc"), ("trung", "tam")}


def _without_the_institution(ent: list[str]) -> list[list[str]]:
    """"Bệnh viện Bạch Mai" may be written "BV Bạch Mai": a name of two words or more will do
    alone ("Múa" of "Học viện Múa" will not)."""
    return [ent[2:]] if tuple(ent[:2]) in _INSTITUTIONS and len(ent) >= 4 else []


def _institution_goes_on(current: list[str], word: str, following: list[re.Match]) -> bool:
    """The run is the first syllable of a kind of institution, and this word its second, with a
    name after it."""
    return len(current) == 1 and (fold(current[0]), fold(word)) in _INSTITUTIONS and word[:1].islower() \
        and bool(following) and following[0].group()[:1].isupper()


# the initials of a kind of body, whose name follows them: "ĐH Bách khoa", "THPT Chu Văn An"
_KIND_ABBREVIATIONS = {"ĐH", "DH", "CĐ", "THPT", "THCS", "BV", "CLB", "ĐHQG"}


def _abbreviation(word: str) -> bool:
    """"LĐ-TB&XH", "UBND": a body's initials, whose run a place name after them does not go on
    ("Sở LĐ-TB&XH Bình Thuận" names a department and a province)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# words that open a question capitalised but are no part of the name after them ("Ngoài Israel",
# "Lúc 18 tuổi", "Vợ Đại sứ"), as written: "Bến Tre", "Đế quốc" fold like "bên", "để" but are names
_OPENING_WORDS = set("""ngoài lúc nhờ dưới trên giữa bên tới vào về với qua cho bởi vì nếu tuy kể cùng
sau trước trong theo khi tại ở từ đến để vợ chồng mẹ bố cha""".split())


def _close_run(runs: list[list[str]], run: list[str], lone_first_skipped: bool) -> None:
    """Keep the run, unless it is the question's capitalised first word alone (and a Vietnamese
    word); that word is no part of the name if it is a preposition."""
    if lone_first_skipped and len(run) > 1 and run[0].lower() in _OPENING_WORDS:
        run, lone_first_skipped = run[1:], False
    if run and not (lone_first_skipped and len(run) == 1 and is_vietnamese_syllable(run[0])):
        runs.append(run)  # a foreign name starts the question as well as any word: "Tolstoy qua đời ..."


# Words of _NOT_ENTITY that also open names ("Nam Định", "Đồng Nai", "Thanh Hóa", "Tân Bình",
# "Nguyễn ..."): they are a title's or a date's only when more of one follows ("Năm 2020",
# "Đồng chí", "Thành phố", "Tân Bí thư").
_OPENS_NAMES_TOO = set("nam ngay thang lan dong thanh hoi tan nguyen phu trung quoc ba to co cong an bo truong tong".split())


def _title_goes_on(toks: list[str], k: int) -> bool:
    """Whether the word at k is one of a title, a date or an institution: more of one follows it
    ("Năm 2020", "Thành phố"), or nothing does ("Trưởng" of "Trưởng đoàn", capitalised alone)."""
    if k + 1 == len(toks):
        return True
    after = toks[k + 1]
    if after in _TITLE_ONLY_AFTER:
        return toks[k] in _TITLE_ONLY_AFTER[after]
    return after in _NOT_ENTITY or after.isdigit()


# words of _NOT_ENTITY that go on a title only after these: "Công an", "Tổng cục", "Phó Cục
# trưởng", "Bộ Quốc phòng"; "Hội An", "Tân An", "Nam Cực", "Phú Quốc", "Trung Quốc" are places
_TITLE_ONLY_AFTER = {"an": {"cong"}, "cuc": {"tong", "pho"}, "quoc": {"bo"}}


# the title, date and institution words of _OPENS_NAMES_TOO as written: "Ba Lan", "Nam Định",
# "Thanh Hóa" are not "bà", "năm", "thành"
_TITLE_SPELLINGS = set("""năm ngày tháng lần đồng thành hội tân nguyên phủ trung quốc bà tổ cô công an bộ
trưởng tổng""".split())


_FAMILY_NAMES_NOT_TITLES = frozenset(SURNAMES - {"Đoàn"})  # "Tỉnh Đoàn" is a title as written
HONORIFICS_SPELT = {"ông", "bà", "anh", "chị"}  # before a person's name
HONORIFICS = {fold(h) for h in HONORIFICS_SPELT}
# a one-word name after a form of address: "bà Mậu", "anh Hoạt"
_ADDRESSED = re.compile(rf"(?<!\w)(?i:ông|bà|anh|chị|cô|ong|ba|chi|co)\s+([{UPPER}]\w*)(?!\w)(?!\s+[{UPPER}])")


@per_question
def addressed_names(q: Question) -> frozenset[str]:
    """The names, as match keys, the question calls someone by alone: "dương" of "anh Dương"."""
    return frozenset(fold(m.group(1)) for m in _ADDRESSED.finditer(q.text))


# the function words of _NOT_ENTITY as written: spelt otherwise they open a name ("Trọng Hoàng",
# "Tú Anh")
_FUNCTION_SPELLINGS = {"khi": {"khi"}, "truoc": {"trước"}, "sau": {"sau"}, "tu": {"từ"}, "den": {"đến"},
                       "cai": {"cái"}, "nhung": {"những"}, "cac": {"các"}, "theo": {"theo"}, "tai": {"tại"},
                       "trong": {"trong"}, "mot": {"một"}, "moi": {"mọi", "mỗi", "mới"}}


def _entity_tokens(run: list[str], spelt: bool = False) -> list[str]:
    """The name a run of capitalised words gives; `spelt`: the question has its diacritics, so a
    word is what it is written as."""
    toks = tokens_folded(fold(" ".join(run)))
    written = run if spelt and len(run) == len(toks) else None  # an abbreviation spelt out has no spelling
    k = 0
    while k < len(toks) and toks[k] in _NOT_ENTITY and (toks[k] not in _OPENS_NAMES_TOO or _title_goes_on(toks, k)):
        if written and toks[k] in _OPENS_NAMES_TOO and written[k].lower() not in _TITLE_SPELLINGS:
            break  # "Ba" of "Ba Lan" is no "bà"
        if written and toks[k] in _FUNCTION_SPELLINGS and written[k].lower() not in _FUNCTION_SPELLINGS[toks[k]]:
            break  # "Trọng" of "Trọng Hoàng" is no "trong"
        if _a_persons_name_opens(toks, k, written, len(run)):
            break
        k += 1
    ent = toks[k:]
    return [] if all(t.isdigit() for t in ent) else ent


def _a_persons_name_opens(toks: list[str], k: int, written: list[str] | None, words: int) -> bool:
    """A person's name of three words or more starts at k: "Đặng Trọng Thăng" is no "Đảng",
    "Tô Lâm" no "tổ". Typed without diacritics, after an honorific ("Ong Dang Trong Thang"), or
    as a whole run of three or four capitalised words ("Nguyen Anh Tuan", not "nguyên")."""
    if len(toks) - k < 3:
        return False
    if written:
        return written[k] in _FAMILY_NAMES_NOT_TITLES
    return toks[k] in FOLDED_SURNAMES and (k > 0 and toks[k - 1] in HONORIFICS or k == 0 and len(toks) == words <= 4)


def _number_needles(toks: list[str], k: int, percent: bool = False) -> list[list[str]]:
    """A number must be found with the word it counts or names beside it ("quận 12", "3 quận"),
    so "12" in "12-12" does not stand for "Quận 12". Any of the returned phrases will do. A long
    number, or one written with "%" (which says what it is, as a word would), will do alone."""
    def word(t: str) -> bool:
        return t not in STOPWORDS and not t[0].isdigit()

    needles = []
    if k and word(toks[k - 1]):
        needles.append([toks[k - 1], toks[k]])
    if k + 1 < len(toks) and word(toks[k + 1]) and k + 1 not in ():
        needles.append([toks[k], toks[k + 1]])
    # "nhiệm kỳ thứ 2" is also written "nhiệm kỳ thứ hai", "8 quận" "tám quận"
    needles += [[spelled_number(t, n[i - 1] if i else "") if t == toks[k] else t for i, t in enumerate(n)]
                for n in needles if spelled_number(toks[k], "")]
    if percent or len(toks[k].replace(".", "").replace(",", "")) >= 3:
        needles.append([toks[k]])  # "Nghị định số 660" is found as "Nghị quyết 660", "25%" as "gần 25%"
    return (needles or [[toks[k]]]) + _date_in_words(toks[k])


_MONTH_YEAR = re.compile(r"(?:(\d{1,2})/)?(\d{1,2})/(\d{4})")


def _date_in_words(token: str) -> list[list[str]]:
    """"6/2019" is also written "tháng 6 năm 2019", "tháng 6, 2019", "tháng 6-2019"; "5/6/2019"
    "ngày 5 tháng 6 năm 2019"."""
    m = _MONTH_YEAR.fullmatch(token)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return []
    day, month, year = m.groups()
    if day:
        return [[day, "thang", month, "nam", year], [day, "thang", month, year], [day, month, year]]
    return [[month, "nam", year], [month, year]]


_CARDINALS = "mot hai ba bon nam sau bay tam chin muoi".split()


def spelled_number(number: str, before: str) -> str:
    """The folded word for a number from 1 to 10 ("thứ 1" is "thứ nhất", "thứ 4" "thứ tư")."""
    if not number.isdecimal() or not 1 <= int(number) <= 10:  # "²" is a digit, not a number
        return ""
    if before == "thu" and number in ("1", "4"):
        return "nhat" if number == "1" else "tu"
    return _CARDINALS[int(number) - 1]


def analyse(raw: str) -> Question:
    text = normalize(raw).strip().rstrip("?？!. ")
    folded = fold(text)
    toks = tokens_folded(folded)
    written = _as_written(text, toks)
    kind, m = classify(folded, text, written)
    copula = bool(_COPULA.search(folded))
    if kind == "person" and _ANYONE.search(folded):
        kind, m = "other", None  # "Có ai bị thương không?" asks whether, not who
    if kind == "what" and (named := _NAME_ASKED.search(folded)) and _PERSON_NOUN_RE.match(folded[:named.start()]):
        kind, m, copula = "person", named, True
    wh = _span_of(folded, toks, m.start(), m.end()) if m else None
    if kind == "person" and m and wh and wh[0] > 0 and toks[wh[0] - 1] == "la" and wh[1] >= len(toks):
        # "<Name> là ai?" asks for a title when the subject is a person's name
        subject = re.split(r"\s+(?:là|la)\s+ai\b", text, flags=re.I)[0]
        if _looks_like_name(subject):
            kind = "title"
    which: list[str] = []
    if kind in ("org", "place", "person") and m and m.group().endswith("nao"):
        which = m.group().split()[:-1]
        if kind == "person" and which[-1:] in (["nguoi"], ["vi"], ["ong"], ["ba"], ["vat"]):
            which = []  # "người nào", "vị nào", "nhân vật nào": anyone
    has_diacritics = strip_diacritics(text) != text
    # without diacritics (or where the key and the text do not align) a word is only its key
    plain = written is None or not has_diacritics
    written = written or toks
    unit: list[str] = []
    if kind == "number" and wh and toks[wh[0]:wh[1]] != ["bao", "lau"]:  # "bao lâu" has no unit after it
        unit = _unit_after(toks[wh[1]: wh[1] + 3], written[wh[1]: wh[1] + 3], plain)
    # the question phrase ("giữ chức vụ gì", "khi nào", "huyện nào") is not what to look for
    wh_positions = set(range(*wh)) if wh else set()
    content: list[str] = []
    compounds = plain_compounds(toks) if plain else set()
    for k, t in enumerate(toks):
        if is_stopword(written[k], plain) and k not in compounds or k in wh_positions or t in content:
            continue
        content.append(t)
    if kind == "person":  # "nhà khoa học" of "Nhà khoa học nào ...?" is what the sentence calls them
        content += [t for t in which if t not in content]
    pairs = [f"{toks[k]}_{toks[k + 1]}" for k in range(len(toks) - 1)
             if k not in wh_positions and k + 1 not in wh_positions
             and not (is_stopword(written[k], plain) and is_stopword(written[k + 1], plain))]
    nums = {t for t in toks if any(ch.isdigit() for ch in t)}
    # a number is matched with the word it counts or names: "quận 12" is not "12-12"
    percents = set(re.findall(r"(\d+(?:[.,]\d+)*)\s*%", text))
    number_needles = [_number_needles(toks, k, t in percents) for k, t in enumerate(toks) if t[0].isdigit()]
    return Question(
        text=text, folded=folded, tokens=toks, kind=kind, wh=wh, content=content or toks[:],
        numbers=nums, entities=_entities(text), which=which, unit=unit, pairs=pairs,
        number_needles=number_needles,
        relative_today=bool(RELATIVE_TODAY.search(folded)) and not re.search(r"bấy\s+giờ", text.lower()),
        replaced=bool(REPLACED.search(folded)),
        copula=copula,
        has_diacritics=has_diacritics,
    )


_PER = {"ngay", "tuan", "thang", "nam", "gio", "nguoi", "lan"}


def _unit_after(words: list[str], written: list[str], plain: bool) -> list[str]:
    """What "bao nhiêu" counts: the words right after it, up to a function word ("bao nhiêu
    cho dự án" counts nothing named; "bao nhiêu tu viện" counts "tu viện")."""
    if words[:1] == ["moi"] or words[:1] == ["mot"] and words[1:2] and words[1] in _PER:
        return []  # "bao nhiêu mỗi tháng" asks for a rate ("3,63 triệu đồng/tháng"), not months
    unit = []
    for k, t in enumerate(words[:2]):  # the third word only tells whether the second opens a noun
        if _unit_ends_at(words, written, k, plain):
            break
        unit.append(t)
    return unit


def _unit_ends_at(words: list[str], written: list[str], k: int, plain: bool) -> bool:
    """Whether the unit after "bao nhiêu" ends at word k: at a function word, but not "người",
    "năm", a noun that opens with one ("bị can") or "ba" after a noun ("giải ba": three, not
    "bà"); always at "so với" ("giảm bao nhiêu so với giá niêm yết")."""
    pair = tuple(words[k:k + 2])
    if pair == ("so", "voi") or words[k] == "moi":  # "bao nhiêu tiền mỗi năm": per year, no "tiền mỗi"
        return True
    return is_function_word(written[k], plain) and words[k] not in ("nguoi", "nam") \
        and pair not in NOUNS_OPENING_SO and not (k and words[k] == "ba")


# nouns whose first word is a function word (or typed without marks reads as one): "bao nhiêu bị
# can" counts accused, not "bị"; "bao nhieu ca tu vong" counts deaths, not cases "từ" somewhere;
# "bao nhieu cua hang" counts shops ("cửa hàng"), not "của"
NOUNS_OPENING_SO = {("bi", "can"), ("bi", "cao"), ("bi", "hai"), ("tu", "vong"), ("cua", "hang")}


def _as_written(text: str, toks: list[str]) -> list[str] | None:
    """Each match-key token of the question as the reader wrote it (an abbreviation's spelled
    out tokens share its text); None where they do not align."""
    aligned = aligned_tokens(text)
    if [t for t, _, _ in aligned] != toks:
        return None
    return [text[s:e] for _, s, e in aligned]


def _looks_like_name(subject: str) -> bool:
    """A person's name (not a role: "Bí thư Quận ủy Quận 11 là ai?" asks for a person)."""
    words = subject.split()
    called = words[:1] and words[0].lower() in HONORIFICS_SPELT | HONORIFICS
    words = [w for w in words if w.lower() not in ("ông", "bà", "đồng", "chí", "ong", "ba", "dong", "chi")]
    if called and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return True  # "Ông Lạc Huy", "Bà Thu Trà": whoever is called so is a person
    if len(words) == 1:
        # "Godse", "Mendès-France": one capitalised word no Vietnamese syllable is, a foreign name
        return words[0][:1].isupper() and not is_vietnamese_syllable(words[0]) and fold(words[0]) not in _NOT_ENTITY
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    if words[0] in SURNAMES or fold(words[0]) in FOLDED_SURNAMES:
        return True
    # a name of another language ("Gaston Defferre"): no word of it a role or an institution
    return not any(fold(w) in _NOT_ENTITY for w in words) and strip_diacritics(subject) == subject
