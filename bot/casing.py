"""Capital letters for a question typed all in lower case, written as the knowledge base writes
the same words.

The engine knows a name by its capitals ("Cư Jút", "Huawei", "UBND"), and a name in a question
must be in the article that answers it. Readers on a phone type "ai là chủ tịch ubnd huyện cư
jút": without capitals that question names nobody, and the engine answered it from the first
district chief it found. At indexing, `Casing.learn` counts how the articles write each word and
each run of two or three words with capitals (a word opening a sentence does not count); when a
lower-case question comes, `Casing.restore` capitalises the runs and words that the articles write
with capitals in most of the sentences they are in (how many sentences hold them at all, the
retrieval index knows). Longer runs come first: "nam định" is a province although "nam" and
"định" alone are mostly lower case, "đặng trọng thăng" a person although "đang trong" is common.
A Vietnamese syllable alone is left as typed: "pháp" is of "biện pháp" as often as it is France,
and "đạo" of "lãnh đạo"; a foreign word or an abbreviation alone ("huawei", "ubnd") is not.
A person is named by a surname after "ông", "bà", "anh", "chị", and a place by the words after
"huyện", "phường", ..., whether or not any article has the name: "ông cao tiến minh" is nobody the
articles know, not Cao Tiến Dũng, and "phường thanh hà" is not Thanh Bình.
Words are matched by their match key, so "cu jut" and "cư jút" both get capitals; the reader's
own letters are kept, only their case changes. The counts only grow with new articles, so an
import of a few articles adds theirs instead of counting the whole knowledge base again.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Callable, Sequence

from .contrast import PLACES_OF_TWO_OR_THREE_WORDS
from .facts import FOLDED_SURNAMES, SURNAMES
from .question import HONORIFICS, HONORIFICS_SPELT, STOPWORDS, is_function_word, is_stopword
from .text import UPPER, WORD, fold, is_vietnamese_syllable, spelling, strip_diacritics, with_words

# words with a capital letter, one space apart: "Hà Nội, Đà Nẵng" is two runs, not one
_CAP_WORD = rf"[^\W_]*[{UPPER}][^\W_]*"
_CAPITALISED_RUN = re.compile(rf"(?<![^\W_]){_CAP_WORD}(?: {_CAP_WORD})*(?![^\W_])")
# written with capitals in at least this share of the sentences holding it: "Huawei" is, "bình"
# (Bình Dương, bình thường) is not
SHARE = 0.7
MIN_TIMES = 2  # a run written once with capitals may be a headline's
# the phrases that ask: never part of a name ("thù lao bao nhiêu" is not "Lao Bảo")
_ASKING = {("bao", "nhieu"), ("la", "ai"), ("ai", "la"), ("khi", "nao"), ("o", "dau"), ("the", "nao"), ("vi", "sao"),
           ("tai", "sao"), ("gi",), ("nao",), ("dau",), ("may",)}

_SURNAMES_SPELT = {spelling(s) for s in SURNAMES}
# provinces and countries of two or three words, as spelt in lower case; not those that are
# also common words ("hòa bình" is peace, "hải dương" the ocean, "thái bình dương" the Pacific)
_PLACES_SPELT = {spelling(name.lower()) for name in PLACES_OF_TWO_OR_THREE_WORDS} \
    - {spelling(w) for w in ("hòa bình", "hải dương", "thái bình")}
# the words before a place's name: as keys, as spelt, and those that are no other word typed
# without marks ("quan", "tinh", "xa" are also "quan hệ", "tình hình", "cách xa")
_UNITS_SPELT = {"tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố"}
_UNITS = {fold(u) for u in _UNITS_SPELT}
_PLAIN_UNITS = {"huyen", "phuong", "thi xa", "thi tran", "thanh pho"}
_AFTER_A_NAME = {"la", "co", "da", "se", "dang", "va", "cua", "o", "tai", "duoc", "bi", "thi", "cho", "voi", "trong",
                 "nam", "ngay", "thang", "vao", "tu", "den", "khi", "sau", "truoc", "nay", "con", "cung", "moi", "vua"}
# a unit and a word it makes a common noun with: no place's name follows
_UNIT_NOUNS = {"xa hoi", "xa vien", "xa nha", "huyen nha", "tinh nha", "tinh lo", "huyen lo", "tinh uy", "huyen uy",
               "quan uy", "thanh uy", "thi uy", "xa uy", "tinh doan", "huyen doan", "quan doan", "thanh doan"}
# how many sentences hold a run of match keys, in any case (the retrieval index answers it)
SentencesWith = Callable[[tuple[str, ...]], int]


def _mask(word: str) -> str:
    """Which letters are capitals: "Cư" -> "T" (the first), "UBND" -> "A" (all), "iPhone" ->
    "lUlll" (letter by letter)."""
    if len(word) == 1 or word[1:].islower():
        return "T"
    if word.isupper():
        return "A"
    return "".join("U" if c.isupper() else "l" for c in word)


def _apply(mask: str, word: str) -> str:
    if mask == "A":
        return word.upper()
    if mask == "T" or len(mask) != len(word):  # a letter the key spells otherwise: the first only
        return word[:1].upper() + word[1:]
    return "".join(c.upper() if m == "U" else c for c, m in zip(word, mask))


class Casing:
    def __init__(self, capitals: dict[str, Counter] | None = None, runs: Counter | None = None,
                 opening: Counter | None = None):
        self.capitals = capitals or defaultdict(Counter)  # key -> its spellings with capitals
        self.runs = runs or Counter()  # "key key" or "key key key" -> times written with capitals
        # sentences opened by a word or run: capitalised there by the sentence, whatever it is
        self.opening = opening or Counter()

    @classmethod
    def learn(cls, sentences: Sequence[str], progress: Callable[[str], None] | None = None) -> Casing:
        casing = cls()
        for n, sentence in enumerate(sentences, 1):
            first = WORD.search(sentence)
            for m in _CAPITALISED_RUN.finditer(sentence) if first else ():
                found = m.group().split(" ")
                if m.start() == first.start():
                    casing._count_opening(found)
                    found = found[1:]
                casing._count(found)
            if progress and n % 100_000 == 0:
                progress(f"learnt the capitals of {n}/{len(sentences)} sentences")
        return casing

    def _count(self, found: list[str]) -> None:
        keys = [fold(w) for w in found]
        for key, word in zip(keys, found):
            self.capitals[key][word] += 1
        for size in (2, 3):
            for k in range(len(keys) - size + 1):
                self.runs[" ".join(keys[k:k + size])] += 1

    def _count_opening(self, found: list[str]) -> None:
        keys = [fold(w) for w in found[:3]]
        for size in range(1, len(keys) + 1):
            self.opening[" ".join(keys[:size])] += 1

    def plus(self, other: Casing) -> Casing:
        """The counts of both (an import adds its new articles' counts to the old ones)."""
        capitals: dict[str, Counter] = defaultdict(Counter)
        for source in (self.capitals, other.capitals):
            for key, spellings in source.items():
                capitals[key].update(spellings)
        return Casing(capitals, self.runs + other.runs, self.opening + other.opening)

    def restore(self, question: str, sentences_with: SentencesWith) -> str:
        """The question with capitals where the articles write them, when it was typed without
        any (a capital opening it does not count); else the question unchanged."""
        if any(c.isupper() for c in question[1:]):
            return question
        found = list(WORD.finditer(question))
        keys = [fold(m.group()) for m in found]
        typed = strip_diacritics(question) != question
        run_of = self._runs_in(keys, [m.group() for m in found] if typed else None, sentences_with)
        restored = with_words(question, found, [_apply(self._mask_of(key, size > 1), m.group()) if size else m.group()
                                                for m, key, size in zip(found, keys, run_of)])
        if run_of[:1] == [1]:  # "iPhone" keeps its small i
            return restored
        return restored[:1].upper() + restored[1:]

    def _runs_in(self, keys: list[str], typed: list[str] | None, sentences_with: SentencesWith) -> list[int]:
        """For each word, the size of the run of words to capitalise it is in (0: none)."""
        asking = _asking(keys)
        taken = list(asking)
        run_of = [0] * len(keys)
        for size in (3, 2):  # "lâm đồng" typed so is the province, though "làm đồng" folds alike
            for i in range(len(keys) - size + 1):
                if typed and not any(taken[i:i + size]) and spelling(" ".join(typed[i:i + size])) in _PLACES_SPELT:
                    taken[i:i + size] = [True] * size
                    run_of[i:i + size] = [size] * size
        for size in (3, 2, 1):
            for i in range(len(keys) - size + 1):
                if size == 1 and is_vietnamese_syllable(keys[i]):
                    continue  # alone, "pháp" is of "biện pháp" as often as it is France
                if size == 1 and not taken[i] and _a_foreign_word_no_article_has(keys[i], sentences_with):
                    taken[i], run_of[i] = True, 1
                    continue
                if not any(taken[i:i + size]) and self._written_with_capitals(
                        keys[i:i + size], typed[i:i + size] if typed else None, sentences_with):
                    taken[i:i + size] = [True] * size
                    run_of[i:i + size] = [size] * size
        named = self._persons_named(keys, typed, asking, sentences_with) \
            + self._places_named(keys, taken, typed, asking, sentences_with)
        for start, size in named:
            run_of[start:start + size] = [size] * size
        return run_of

    def _places_named(self, keys: list[str], taken: list[bool], typed: list[str] | None, asking: list[bool],
                      sentences_with: SentencesWith) -> list[tuple[int, int]]:
        """Where a place is named: the two words after "tỉnh", "huyện", "quận", "xã", "phường",
        "thị xã", "thị trấn", "thành phố" (one, when a function word or a phrase that asks comes
        second), that no run of capitals already holds: "phường thanh hà" is a ward whether or not
        any article has it. Not a word the unit makes a common noun with ("xã hội", "tỉnh ủy"), nor
        two words the articles only write in lower case ("huyện triển khai")."""
        words = typed or keys

        def free(k: int) -> bool:
            if k >= len(keys) or not keys[k].isalpha() or taken[k] or asking[k]:
                return False
            # typed without marks, "ha" of "thanh ha" may be "hả": only the words a name is followed by end it
            return keys[k] not in _AFTER_A_NAME if typed is None else not is_function_word(words[k])
        found = []
        for i in range(len(keys) - 1):
            if taken[i] or not _a_unit_ends_at(keys, typed, i) or not free(i + 1) \
                    or f"{keys[i]} {keys[i + 1]}" in _UNIT_NOUNS:
                continue
            size = 2 if free(i + 2) else 1
            if size == 2 and i + 3 < len(keys) and keys[i + 3] in _DIRECTIONS and free(i + 3):
                size = 3  # "phường điện nam bắc" is Điện Nam Bắc, whatever "điện năm" is
            if size > 1 and self._only_in_lower_case(keys[i + 1:i + 1 + size], sentences_with):
                continue
            found.append((i + 1, size))
        return found

    def _persons_named(self, keys: list[str], typed: list[str] | None, asking: list[bool],
                       sentences_with: SentencesWith) -> list[tuple[int, int]]:
        """Where a person is named: a surname after "ông", "bà", "anh", "chị" and the words after
        it (three in all at most, up to a function word or a phrase that asks), or three words
        from a surname that open a question asking who they are ("phạm uyên dũng là ai"). Their
        capitals make the name one the answer's article must have, whether the articles know it
        or not: "ông cao tiến minh" is not Cao Tiến Dũng. Not where the articles write the
        surname and the next word only in lower case ("ông cao tuổi")."""
        found = []
        for i, key in enumerate(keys):
            # typed with marks, spelt as one: "ánh kim" has no honorific
            after_honorific = i > 0 and (typed[i - 1].lower() in HONORIFICS_SPELT if typed
                                         else keys[i - 1] in HONORIFICS)
            if key not in FOLDED_SURNAMES or not (after_honorific or i == 0) \
                    or typed and spelling(typed[i]) not in _SURNAMES_SPELT \
                    or not typed and key in STOPWORDS:  # "ông mắc bệnh" has no "Mạc", "ong la" no "La"
                continue
            size = 1
            while size < 3 and i + size < len(keys) and not asking[i + size] \
                    and (not typed and size == 1 and keys[i + 1] == "thi"  # "Thị", never "thì", after a surname
                         or not is_stopword(typed[i + size] if typed else keys[i + size], plain=not typed)):
                size += 1
            if size < 2 or not after_honorific and (size < 3 or keys[i + size:i + size + 2] != ["la", "ai"]):
                continue
            if not self._only_in_lower_case(keys[i:i + 2], sentences_with):
                found.append((i, size))
        return found

    def _only_in_lower_case(self, run: list[str], sentences_with: SentencesWith) -> bool:
        """Whether the articles write a run of words, never with capitals ("cao tuổi"; "cao
        tiến" of "nâng cao tiến độ" is also "Cao Tiến Dũng")."""
        return not self.runs.get(" ".join(run)) and sentences_with(tuple(run)) > self.opening.get(" ".join(run), 0)

    def _mask_of(self, key: str, in_a_run: bool) -> str:
        """How to capitalise a word: as the articles most often do; in a run of words, as a name
        ("Ai Cập", though "AI" alone is commoner)."""
        if key not in self.capitals:  # a word no article has: a name, as a foreign word is
            return "T"
        spellings = self.capitals[key]
        if in_a_run:
            titled = Counter({w: n for w, n in spellings.items() if _mask(w) == "T"})
            spellings = titled or spellings
        return _mask(spellings.most_common(1)[0][0])

    def _written_with_capitals(self, run: list[str], typed: list[str] | None, sentences_with: SentencesWith) -> bool:
        """Whether the articles write these keys with capitals; `typed`, the words as the reader
        typed them with diacritics, must be spelt as the articles spell them ("lao bao" is no
        "Lao Bảo")."""
        if any(key not in self.capitals for key in run):
            return False
        if typed and any(spelling(w) not in {spelling(s) for s in self.capitals[k]} for k, w in zip(run, typed)):
            return False
        if len(run) == 1:
            times = sum(self.capitals[run[0]].values())
        else:
            times = self.runs.get(" ".join(run), 0)
        if times < MIN_TIMES:
            return False
        if any(" " in key for key in run):  # an abbreviation ("UBND" is "uy ban nhan dan")
            return len(run) == 1
        elsewhere = sentences_with(tuple(run)) - self.opening.get(" ".join(run), 0)
        return times >= SHARE * elsewhere


def _a_foreign_word_no_article_has(key: str, sentences_with: SentencesWith) -> bool:
    """"guggenheim", "jút": not Vietnamese, and in no article. Written with a capital it would
    be a name the answer's article must have; so it is here, and a question about a museum no
    article names gets no answer rather than another museum's founder."""
    return key.isalpha() and " " not in key and len(key) > 2 and not sentences_with((key,))


# the third word of a place named after its neighbour's two ("Điện Nam Bắc", "Hòa Hiệp Trung");
# not "hạ" (folded "ha" may be the particle "hả")
_DIRECTIONS = {"bac", "nam", "dong", "tay", "trung", "thuong"}


def _a_unit_ends_at(keys: list[str], typed: list[str] | None, i: int) -> bool:
    """Whether the word at i ends "huyện", "thị xã", ... spelt as the unit ("hà tĩnh" and "quan
    niệm" have none); typed without marks, only a unit that is no other word ("quan hệ")."""
    for size in (2, 1):
        if i - size + 1 < 0:
            continue
        run = " ".join(keys[i - size + 1:i + 1])
        if run in (_UNITS if typed else _PLAIN_UNITS):
            return not typed or spelling(" ".join(typed[i - size + 1:i + 1])) in _UNITS_SPELT
    return False


def _asking(keys: list[str]) -> list[bool]:
    """Which words belong to a phrase that asks."""
    out = [False] * len(keys)
    for i in range(len(keys)):
        for size in (1, 2):
            if tuple(keys[i:i + size]) in _ASKING:
                out[i:i + size] = [True] * size
    return out
