"""Vietnamese text: normalisation for display, match keys for retrieval, sentences, numbers.

Two forms of every text exist in newsbot:

* the *display* form (`normalize`): NFC, tone marks in the modern placement (hòa, thủy, Ủy),
  invisible and control characters gone, white space folded. This is what the knowledge base
  stores and what readers see.
* the *match key* (`fold`, `tokens`): lower case, no diacritics (đ -> d) and common
  abbreviations spelled out, so "ai la bi thu quan uy quan 11", "Ai là Bí thư Quận ủy Q.11" and
  "Bí thư Quận uỷ Quận 11" meet on the same tokens. Numbers stay whole tokens ("17/8/2016",
  "5,96", "287.000") so that "11" never matches "12".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Zero-width and bidi marks, soft hyphen, BOM: invisible, but they break matching.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# C0/C1 controls other than tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Old ("hoà", "thuỷ", "Uỷ") to modern ("hòa", "thủy", "Ủy") tone placement: in an open syllable
# ending in oa / oe / uy the tone sits on the first vowel. "qu" is a consonant, so "quý" stays.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
_OLD_TONE = re.compile(
    "(?<![qQ])([oO][aAeE]|[uU][yY])([" + _TONES + "])(?![^\\W\\d_]|[\u0300-\u036f])",
)


def _move_tone(match: re.Match) -> str:
    pair, tone = match.group(1), match.group(2)
    return pair[0] + tone + pair[1]


def fix_tone_placement(text: str) -> str:
    """hoà -> hòa, thuỷ -> thủy, Uỷ -> Ủy (returns NFC)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(_move_tone, decomposed))


# Anything normalize() would change in an NFC text; the knowledge base's own files have none, so
# loading them skips the work (it was a third of a cold start).
_ODD_CHARS = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r\t"
    "\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# two simple patterns scan several times faster than one with an alternation and a lookbehind;
# "quý" is a false alarm that only costs the full path
_OLD_TONE_OA = re.compile("[oO][àáãảạÀÁÃẢẠèéẽẻẹÈÉẼẺẸ](?![^\\W\\d_])")
_OLD_TONE_UY = re.compile("[uU][ỳýỷỹỵỲÝỶỸỴ](?![^\\W\\d_])")


def _is_normal(text: str) -> bool:
    return (unicodedata.is_normalized("NFC", text) and text[0] not in "\n " and text[-1] not in "\n "
            and "  " not in text and "\n " not in text and " \n" not in text
            and not _ODD_CHARS.search(text) and not _OLD_TONE_OA.search(text) and not _OLD_TONE_UY.search(text))


def normalize(text: str) -> str:
    """The display form: NFC, modern tone placement, no invisible characters, folded spaces."""
    if not text:
        return ""
    if _is_normal(text):
        return text
    return _normalize(text)


def _normalize(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = fix_tone_placement(text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _diacritics_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(code))[:1]
        if base != chr(code) and base.isascii():
            table[code] = base
    for code in range(0x300, 0x370):  # combining marks of text that arrives decomposed
        table[code] = None
    return table


_STRIP = _diacritics_table()


def strip_diacritics(text: str) -> str:
    """Letters without their marks (đ -> d); one str.translate, so it is cheap on long texts."""
    return text.translate(_STRIP)


# Abbreviations, written over folded (lower case, accent-free) text. Each becomes its long form,
# so the short and the long spelling produce the same tokens.
_ABBREV_WORDS = {
    "tphcm": "thanh pho ho chi minh", "hcmc": "thanh pho ho chi minh", "hcm": "ho chi minh",
    "ubmttq": "uy ban mat tran to quoc", "mttq": "mat tran to quoc", "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan", "ubkt": "uy ban kiem tra", "ubtvqh": "uy ban thuong vu quoc hoi",
    "hdtv": "hoi dong thanh vien", "hdqt": "hoi dong quan tri", "dbqh": "dai bieu quoc hoi",
    "qdnd": "quan doi nhan dan", "cand": "cong an nhan dan", "gddt": "giao duc va dao tao",
    "bch": "ban chap hanh", "btv": "ban thuong vu", "tw": "trung uong", "csgt": "canh sat giao thong",
    "thpt": "trung hoc pho thong", "thcs": "trung hoc co so", "bhxh": "bao hiem xa hoi",
    "bhyt": "bao hiem y te", "ttxvn": "thong tan xa viet nam", "lhq": "lien hop quoc",
    "kcn": "khu cong nghiep", "vn": "viet nam", "ldtbxh": "lao dong thuong binh va xa hoi",
    "sn": "sinh nam",  # "(SN 1992, trú tại ...)"
}
ABBREVIATIONS = frozenset(_ABBREV_WORDS)
# Spellings over several tokens, tried first ("tp. hcm" before "tp"); each with a cheap guard.
_ABBREV_PHRASES: list[tuple[str, re.Pattern, str]] = [
    ("tp", re.compile(r"\btp\s*\.?\s*hcm\b"), "thanh pho ho chi minh"),
    ("tp", re.compile(r"\btp\s*\.?\s*(?=[a-z])"), "thanh pho "),
    ("tx", re.compile(r"\btx\s*\.?\s*(?=[a-z])"), "thi xa "),
    ("ub", re.compile(r"\bub\s+mttq\b"), "uy ban mat tran to quoc"),
    ("gd", re.compile(r"\bgd\s*(?:&|-|va)\s*dt\b"), "giao duc va dao tao"),
    ("ld", re.compile(r"\bld\s*-\s*tb\s*(?:&|va)\s*xh\b"), "lao dong thuong binh va xa hoi"),
    ("q", re.compile(r"\bq\s*\.?\s*(?=\d)"), "quan "),
    ("p", re.compile(r"\bp\s*\.\s*(?=\d)"), "phuong "),
]
_ABBREV_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(_ABBREV_WORDS, key=len, reverse=True)) + r")\b")


def expand_abbreviations(folded: str) -> str:
    for guard, pattern, repl in _ABBREV_PHRASES:
        if guard in folded:
            folded = pattern.sub(repl, folded)
    return _ABBREV_WORD_RE.sub(lambda m: _ABBREV_WORDS[m.group()], folded)


# a syllable Vietnamese could write, diacritics aside: "ban", "nha", "hoa", "loan" (not "Texas",
# "Tolstoy", "Marc")
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def is_vietnamese_syllable(word: str) -> bool:
    return bool(_VIETNAMESE_SYLLABLE.fullmatch(strip_diacritics(word).lower()))


_LETTERS = re.compile(r"[^\W\d_]+")
# a word as written: letters and digits ("Quận", "11", "UBND", "F-15" is two)
WORD = re.compile(r"[^\W_]+")


def with_words(text: str, found: list[re.Match], words: list[str]) -> str:
    """The text with each word found in it (WORD matches, in order) replaced by the word given,
    the spaces and punctuation between them as they were."""
    out, last = [], 0
    for m, word in zip(found, words):
        out.append(text[last:m.start()] + word)
        last = m.end()
    return "".join(out) + text[last:]


def mostly_without_diacritics(text: str) -> bool:
    """Whether more than half of a text's Vietnamese syllables (abbreviations aside) carry no
    mark. Readers who type "Giám doc Sở Y tế Lao Cai la ai" leave marks off as it comes, and
    then a plain word may be any of the words it folds like: such a question is best read as
    one typed without diacritics. (A question written with care has 15% such words at the
    median, 36% at the 95th percentile: the development questions.)"""
    words = [w for w in _LETTERS.findall(text) if not w.isupper() and is_vietnamese_syllable(w)]
    plain = sum(1 for w in words if strip_diacritics(w) == w)
    return 0 < plain < len(words) and plain > len(words) / 2


# "kỳ"/"kì", "lý"/"lí", "Mỹ"/"Mĩ", "tỷ"/"tỉ", "quý"/"quí": after a consonant, y and i are one
# vowel spelled two ways, and both spellings are in print; the match key has i
_Y_AS_I = re.compile(r"\b(ch|gh|kh|ng|nh|ph|qu|th|tr|[bcdghklmnprstvx])y\b")


def _one_i(folded: str) -> str:
    return _Y_AS_I.sub(r"\1i", folded) if "y" in folded else folded


_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def spelling(word: str) -> str:
    """A word as written, for comparing spellings that differ only in i/y ("Kỳ", "Kì")."""
    return word.lower().translate(_Y_TO_I)


def without_tones(word: str) -> str:
    """A word with its tone mark dropped and its letters kept ("phưởng" -> "phương"): a slip of
    the tone is the commonest typo that keeps a word readable."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONES))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accent-free, one spelling of i/y, abbreviations spelled out: the form
    everything is matched in."""
    return expand_abbreviations(_one_i(strip_diacritics(normalize(text)).lower()))


# A token is a number (with its inner separators: 17/8/2016, 5,96, 287.000, 78/79, 09-tt/tu stays
# "09" "tt" "tu") or a run of letters/digits.
_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*|[^\W_]+")
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def tokens(text: str) -> list[str]:
    """Match-key tokens of a text."""
    return _TOKEN.findall(fold(text))


def tokens_folded(folded: str) -> list[str]:
    """Tokens of a text that is already folded."""
    return _TOKEN.findall(folded)


def numbers(text: str) -> set[str]:
    """The numbers a text states, as written (folded)."""
    return set(_NUMBER.findall(fold(text)))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) over the *display* text, for cutting answers out of it.

    Folding is done per character here (no abbreviation expansion) so offsets stay aligned.
    """
    folded = strip_diacritics(text).lower()
    if len(folded) != len(text):  # a character decomposed into more than one: realign slowly
        folded = "".join(strip_diacritics(c).lower()[:1] or " " for c in text)
    folded = _one_i(folded)
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


# Upper-case Latin letters with Vietnamese diacritics: a range like "À-Ỹ" would also take the
# lower-case letters that Unicode interleaves with them.
UPPER = "".join(c for r in ((0x41, 0x5B), (0xC0, 0x1B1), (0x1EA0, 0x1EFA)) for c in map(chr, range(*r))
                if c.isupper() and c.isalpha())

# Sentences end at . ! ? … (and a closing quote or bracket) before a capital, a digit or an
# opening quote; a short abbreviation ("TP.", "Q.", "ThS.") or a name's initial before the dot
# does not end one.
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[" + UPPER + "0-9])",
)
_ABBREV_BEFORE_DOT = re.compile(r"(?:\b(?:TP|Tp|Q|P|TX|ThS|TS|PGS|GS|BS|KS|Th|St|Mr|Mrs|Dr|Mc|v\.v|Ths)\.)$")
# a foreign name's initial: "Robert F. Kennedy", "Tracey J. Woodruff" (not "độ C.", nor "Serie A. Họ")
_INITIAL_BEFORE_DOT = re.compile(rf"\b[{UPPER}]\w+\s+[A-Z]\.$")
_NEXT_WORD = re.compile(r"\W*(\w+)")
# a name by its initials, then what is said of it in brackets: "bệnh nhân L.T.L. (45 tuổi, ...)"
_INITIALS_BEFORE_DOT = re.compile(rf"\b(?:[{UPPER}]\.){{2,}}$")


def _name_goes_on(line: str, at: int) -> bool:
    """The word at `at` is no Vietnamese word, so goes on with a name: "F. Kennedy"."""
    word = _NEXT_WORD.match(line, at)
    return bool(word) and not is_vietnamese_syllable(word.group(1))


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph (already normalised)."""
    out: list[str] = []
    for line in paragraph.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(line):
            piece = line[start:m.end()].strip()
            if _ABBREV_BEFORE_DOT.search(piece) or _INITIAL_BEFORE_DOT.search(piece) and _name_goes_on(line, m.end()) \
                    or _INITIALS_BEFORE_DOT.search(piece) and line.startswith("(", m.end()):
                continue
            if piece:
                out.append(piece)
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


# abbreviations written over several tokens ("GD&ĐT", "LĐ-TB&XH"), as _ABBREV_PHRASES expand them
_PHRASE_GUARDS = {"gd", "ld"}
_PHRASE_EXPANSIONS = {guard: repl for guard, _, repl in _ABBREV_PHRASES if guard in _PHRASE_GUARDS}
_PHRASE_PATTERNS = {guard: pattern for guard, pattern, _ in _ABBREV_PHRASES if guard in _PHRASE_GUARDS}


def _abbreviation_at(text: str, tok: str, start: int) -> int | None:
    """Where an abbreviation of several tokens starting at `start` ends in the text, if one does."""
    piece = "".join(strip_diacritics(c).lower()[:1] or " " for c in text[start:start + 24])  # offsets kept
    m = _PHRASE_PATTERNS[tok].match(piece)
    return start + m.end() if m else None


_SINGLE_ABBREV = {"tp": ["thanh", "pho"], "q": ["quan"], "tx": ["thi", "xa"]}


@lru_cache(maxsize=16384)
def aligned_tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """Match-key tokens of a display text with the character span each came from; an
    abbreviation expands to several tokens sharing its span ("UBND" -> uy ban nhan dan).
    Cached: a candidate sentence is aligned by several extractors, and popular sentences come
    back question after question."""
    out: list[tuple[str, int, int]] = []
    for tok, s, e in token_spans(text):
        if out and s < out[-1][2]:
            continue  # inside an abbreviation of several tokens, expanded already
        phrase = _abbreviation_at(text, tok, s) if tok in _PHRASE_GUARDS else None
        if phrase:
            out.extend((t, s, phrase) for t in _TOKEN.findall(_PHRASE_EXPANSIONS[tok]))
            continue
        if tok in _SINGLE_ABBREV:
            out.extend((t, s, e) for t in _SINGLE_ABBREV[tok])
            continue
        expanded = expand_abbreviations(tok)
        if expanded == tok:
            out.append((tok, s, e))
        else:
            out.extend((t, s, e) for t in _TOKEN.findall(expanded))
    return tuple(out)
