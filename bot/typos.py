"""Words typed with a slip of the finger, written as the articles write them.

"Ai là Bí thư Quận ủy Qun 11?", "Trương Quc Lâm giữ chức vụ gì?", "Quận 11 có bao nhiêêu
phường?": one letter dropped, doubled or swapped turns a word into one no article has, and the
question then names a place or person nobody wrote about, or loses its question word, and the
bot said it did not know. Before a question is read, each word the knowledge base has never seen
is replaced by a word it has (or a word questions are made of) one such slip away: optimal string
alignment distance 1 on the match key; of several, the one the articles write next to the
question's neighbouring words, then the commonest. Typed with diacritics, the word gets them
back as the articles write it beside the same neighbours ("Qun 11" -> "Quận 11", though "quân"
is commoner); its capitals are the reader's. A word typed in capitals one slip from an
abbreviation is that abbreviation ("HĐNND", "UBBND", "HND"; the index spells them out, so they
are added to the words it knows). A capitalised run no article has, one slip from a province or
a country of two words or more, is that place ("Tanh Hóa", "Sóc Tăng": real words, but no
article has them together), unless the run goes on in capitals (a person's longer name).

A tone the articles never print for that word ("Giạm đốc", "lả ai", "ỡ phút") is mended the
same way, once capitals are restored: to the spelling the articles print beside the same
neighbours, seen there once beside a content word or twice beside a question word. Names
(capitalised words past the first) and the question words themselves are the reader's: "Đặng"
is rarer than "đang", and the articles may print "ở đầu" but never "ở đâu".

Left as typed: a word two slips away, a word no Vietnamese word starts like ("Jút" of "Cư Jút" is
a name, not "sụt"), or one the articles have with another meaning ("Sóc Tăng" for "Sóc Trăng"):
guessing wider would turn names nobody wrote about into names somebody did, the wrong confident
answer this bot must not give. And in a knowledge base too small to have most of the language, a
well-formed syllable it lacks ("sáng" is no slip of "tàng").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .contrast import PLACES_OF_TWO_OR_THREE_WORDS
from .question import STOPWORDS, STOPWORDS_AS_WRITTEN
from .text import (ABBREVIATIONS, WORD, fold, is_vietnamese_syllable, spelling, strip_diacritics, token_spans,
                   with_words)

if TYPE_CHECKING:
    from .index import Index

MIN_LETTERS = 3  # "Qun" for "Quận"; two letters are too few to tell a slip from another word
CACHE = 4096
SURFACE_SAMPLES = 20  # sentences read to see how the articles write a word
MIN_BESIDE = 2  # times a spelling is seen beside the neighbours before it is taken
PRINTED_SAMPLES = 50  # sentences read to see whether the articles print a spelling at all
PRINTED_BESIDE_SAMPLES = 200  # sentences read to see whether they print it beside a word (pairs are rarer)
# a knowledge base that has this many syllables has nearly every one in use (the 3,324 articles
# of the shared corpus have 1,666 without their tones, the seed article 215): a well-formed
# syllable it lacks is then more likely a slip than a word it never printed
KNOWS_THE_LANGUAGE = 1000
SHORT_CODE = 4  # letters: a word typed in capitals this short is a code, mended only to an abbreviation


def _question_words() -> dict[str, str | None]:
    """The words questions are made of, as written, by key: a small knowledge base may have no
    "bao nhiêu" for "bao nhiêêu" to be read as (None where two fold alike: "nhiều", "nhiêu")."""
    own: dict[str, str | None] = {}
    for word in STOPWORDS_AS_WRITTEN:
        key = fold(word)
        own[key] = word if key not in own else None
    return own


QUESTION_WORDS = _question_words()
# provinces and countries of two words or more, by their keys ("Bà Rịa - Vũng Tàu": four words)
PLACE_NAMES = {tuple(WORD.findall(fold(name))): name for name in PLACES_OF_TWO_OR_THREE_WORDS}
_DOUBLED = re.compile(r"([a-z])\1")
# letters no Vietnamese syllable starts with (Telex types tones with them, but after the letters
# they mark: "sutj", never "jút")
_FOREIGN_INITIALS = set("fjwz")
Neighbour = tuple[str, str | None]  # a neighbouring word's key, and its spelling if typed with marks


class Speller:
    def __init__(self, index: Index):
        self.index = index
        self._closest: dict[str, str] = {}
        self._near: dict[str, list[str]] = {}
        self._printed: dict[str, bool] = {}

    @cached_property
    def vocab(self) -> list[str]:
        """The words a slip is read as: the index's, the words questions are made of and the
        abbreviations, which the index spells out. Made at the first unknown word, not at start."""
        words = [t for t in self.index.words() if not t[0].isdigit()]
        return words + sorted((set(QUESTION_WORDS) | ABBREVIATIONS) - set(words))

    @cached_property
    def knows_the_language(self) -> bool:
        """Whether the knowledge base has most syllables in use (worked out at the first unknown
        word: most questions have none)."""
        return sum(1 for w in self.vocab if w.isalpha() and is_vietnamese_syllable(w)) >= KNOWS_THE_LANGUAGE

    # -- the question, before it is read --------------------------------------------------
    def mend_slips(self, question: str) -> str:
        """The question with each word no article has replaced by the known word one slip away."""
        def mend(word: str, key: str, left: Neighbour | None, right: Neighbour | None, typed: bool) -> str:
            if not self._unknown(key):
                return word
            near = self._one_slip_away(key)
            if word.isupper():  # typed in capitals: an abbreviation ("HĐNND", "UBBND"), if one is near
                # a short code is no slip of another ("UVD" is not "UV", "WTO" not "WHO")
                near = [c for c in near if c in ABBREVIATIONS] or (near if len(key) > SHORT_CODE else [])
            best = self._best_of(near, left, right)
            if not best:
                return word
            if best in ABBREVIATIONS:
                return _cased_like(word, best)
            return _cased_like(word, self._written(best, left, right) if typed else best)
        return _word_by_word(question, mend)

    def mend_places(self, question: str) -> str:
        """The question with a capitalised run of words no article has, one slip from a
        province or a country of two words or more, spelt as that place ("Tanh Hóa", "Sóc
        Tăng", "Đài Lon"): those lists are closed; a run that goes on in capitals is a longer
        name, and left alone."""
        found = list(WORD.finditer(question))
        keys = [fold(m.group()) for m in found]
        out, last, i = [], 0, 0
        while i < len(found):
            place = self._place_near(found, keys, i)
            if place:
                size, name = place
                out.append(question[last:found[i].start()] + name)
                last, i = found[i + size - 1].end(), i + size
            else:
                i += 1
        return "".join(out) + question[last:]

    def _place_near(self, found: list[re.Match], keys: list[str], i: int) -> tuple[int, str] | None:
        for size in (3, 2):
            run = tuple(keys[i:i + size])
            if len(run) < size or not all(m.group()[:1].isupper() for m in found[i:i + size]) \
                    or run in PLACE_NAMES or self.index.sentences_with(run):
                continue
            if i + size < len(found) and found[i + size].group()[:1].isupper():
                continue  # part of a longer name: "Sóc Tăng Vĩnh" is somebody
            for name_keys, name in PLACE_NAMES.items():
                if len(name_keys) == size and _one_word_one_slip(run, name_keys):
                    return size, name
        return None

    def mend_tones(self, question: str) -> str:
        """The question with each lower-case word typed in a spelling no article prints ("Giạm
        đốc", "lả ai") spelt as the articles print it beside the same neighbours. Run on
        capitals restored: a name is left to the articles' names ("Đặng" is rarer than "đang")."""
        def mend(word: str, key: str, left: Neighbour | None, right: Neighbour | None, typed: bool) -> str:
            if not typed or (left and word[:1].isupper()) or word.lower() in STOPWORDS_AS_WRITTEN \
                    or not self._never_printed(word, key):
                return word  # a question word is the reader's, printed or not ("ở đâu" is no "ở đầu")
            beside = self._beside(key, left, right)
            if not beside or _cased_like(word, beside) == word or self._printed_beside(word, key, left, right):
                return word  # "chó nghe": the rare spelling, printed beside the same word all the same
            return _cased_like(word, beside)
        return _word_by_word(question, mend)

    def _printed_beside(self, word: str, key: str, left: Neighbour | None, right: Neighbour | None) -> bool:
        """Whether the articles print the word as typed beside a neighbour that is a content word
        ("trúng và" says nothing): a spelling rare among its key's sentences ("chó" among "cho")
        is no slip there. (Read as text: the sentences of a pair are few.)"""
        spelt = spelling(word)
        postings = self.index.sentence_postings
        if postings is None:
            return False
        for neighbour, at in ((left, 1), (right, 0)):
            if neighbour and neighbour[0] not in QUESTION_WORDS and neighbour[0] not in STOPWORDS:
                run = (neighbour[0], key) if at else (key, neighbour[0])
                other = neighbour[1] or neighbour[0]  # ("nghe" has no marks to type)
                pair = re.compile(rf"(?<!\w){re.escape(other + ' ' + spelt if at else spelt + ' ' + other)}(?!\w)")
                if any(pair.search(spelling(self.index.sentences[j]))
                       for j in postings.docs(f"{run[0]}_{run[1]}")[:PRINTED_BESIDE_SAMPLES].tolist()):
                    return True
        return False

    def _unknown(self, key: str) -> bool:
        # an abbreviation spelled out ("ubnd") has a space in its key, and is known; a figure is
        # never a slip
        if len(key) < MIN_LETTERS or not key.isalpha() or " " in key or key in QUESTION_WORDS or self.index.knows(key):
            return False
        if key[0] in _FOREIGN_INITIALS:
            return False  # "Jút", "Zelensky": no Vietnamese word starts so; a foreign name, not a slip
        # a well-formed syllable may be a word a small knowledge base just does not have ("sáng"
        # is no slip of "tàng"), unless a letter is doubled ("quuận")
        return self.knows_the_language or not is_vietnamese_syllable(key) or bool(_DOUBLED.search(key))

    def _one_slip_away(self, key: str) -> list[str]:
        if key not in self._near:
            if len(self._near) > CACHE:
                self._near.clear()
            hits = process.extract(key, self.vocab, scorer=OSA.distance, score_cutoff=1, limit=None)
            self._near[key] = [h[0] for h in hits]
        return self._near[key]

    def _best_of(self, candidates: list[str], left: Neighbour | None, right: Neighbour | None) -> str | None:
        """The candidate the articles write next to the question's neighbouring words, then the
        commonest."""
        if not candidates:
            return None
        df = self.index.sentences_with

        def weight(c: str) -> tuple[int, int]:
            beside = (df((left[0], c)) if left else 0) + (df((c, right[0])) if right else 0)
            return beside, df((c,))
        return max(candidates, key=weight)

    def _never_printed(self, word: str, key: str) -> bool:
        """A word typed with marks that the articles holding its key never print in that
        spelling ("Giạm đốc", "lả ai"): a tone slip, if its neighbours say which word it is."""
        if strip_diacritics(word) == word or " " in key or not self.index.knows(key):
            return False
        spelt = spelling(word)
        if spelt not in self._printed:
            if len(self._printed) > CACHE:
                self._printed.clear()
            pattern = re.compile(rf"(?<!\w){re.escape(spelt)}(?!\w)")
            postings = self.index.sentence_postings
            self._printed[spelt] = any(pattern.search(spelling(self.index.sentences[j]))
                                       for j in postings.docs(key)[:PRINTED_SAMPLES].tolist())
        return not self._printed[spelt]

    def _beside(self, key: str, left: Neighbour | None, right: Neighbour | None,
                at_least: int = MIN_BESIDE) -> str | None:
        """How the articles most often write a key beside the question's neighbouring words (a
        neighbour typed with marks must be spelt so there too), in lower case; None when they
        do so fewer than `at_least` times, a sighting beside a content word counting twice (to
        mend a tone, one "giám đốc" is enough, one "độ thì" is not for "tháo dỡ thì"; a word no
        article has takes any spelling it is seen with)."""
        share: Counter = Counter()  # each neighbour votes with the shares of its spellings
        times: Counter = Counter()
        for neighbour, at in ((left, 1), (right, 0)):
            if neighbour:
                run = (neighbour[0], key) if at else (key, neighbour[0])
                seen = self._surfaces(f"{run[0]}_{run[1]}", run, at, neighbour[1])
                share.update({w: n / seen.total() for w, n in seen.items()})
                # beside a content word one sighting counts twice: "giám" beside "đốc" says more
                # than "độ" beside "thì"
                weight = 1 if neighbour[0] in QUESTION_WORDS else 2
                times.update({w: n * weight for w, n in seen.items()})
        best = share.most_common(1)[0][0] if share else None
        return best if best and times[best] >= at_least else None

    def _written(self, key: str, left: Neighbour | None, right: Neighbour | None) -> str:
        """How the articles most often write a match key, diacritics and all, in lower case:
        beside the question's neighbouring words when they have them ("quan" before "11" is
        "quận", before "chức" it is "quan"), else as a question word or anywhere."""
        beside = self._beside(key, left, right, at_least=1)
        if beside:
            return beside
        if QUESTION_WORDS.get(key):
            return QUESTION_WORDS[key]
        seen = self._surfaces(key, (key,), 0)
        return seen.most_common(1)[0][0] if seen else key

    def _surfaces(self, term: str, run: tuple, at: int, other_spelt: str | None = None) -> Counter:
        """How the word at `at` of a run of keys is written in the sentences holding the run;
        with `other_spelt`, only where the run's other word is spelt so."""
        postings = self.index.sentence_postings
        seen: Counter = Counter()
        for j in postings.docs(term)[:SURFACE_SAMPLES].tolist() if postings is not None else []:
            sentence = self.index.sentences[j]
            spans = token_spans(sentence)
            toks = [t for t, _, _ in spans]
            for k in range(len(toks) - len(run) + 1):
                if tuple(toks[k:k + len(run)]) != run:
                    continue
                if other_spelt is not None:
                    _, start, end = spans[k + 1 - at]
                    if spelling(sentence[start:end]) != other_spelt:
                        continue
                _, start, end = spans[k + at]
                seen[sentence[start:end].lower()] += 1
        return seen

    # -- a content word, after it is read -------------------------------------------------
    def closest(self, t: str) -> str:
        """A word the knowledge base has never seen, as the closest word it has (a wider match
        than a slip, for retrieval and for names, which are held to the articles' spelling)."""
        if t[0].isdigit() or len(t) < 4 or self.index.knows(t):
            return t
        if t not in self._closest:
            if len(self._closest) > CACHE:
                self._closest.clear()
            hit = process.extractOne(t, self.vocab, scorer=fuzz.ratio, score_cutoff=80)
            self._closest[t] = hit[0] if hit else t
        return self._closest[t]


def _one_word_one_slip(run: tuple[str, ...], name: tuple[str, ...]) -> bool:
    differ = [(a, b) for a, b in zip(run, name) if a != b]
    return len(differ) == 1 and OSA.distance(*differ[0]) == 1


def _word_by_word(question: str, mend) -> str:
    """The question with each word as `mend` gives it, from its key, its neighbours and whether
    the question was typed with marks."""
    found = list(WORD.finditer(question))
    keys = [fold(m.group()) for m in found]
    typed = strip_diacritics(question) != question
    return with_words(question, found, [mend(m.group(), keys[i], _neighbour(found, keys, i - 1, -1),
                                             _neighbour(found, keys, i + 1, 0), typed)
                                        for i, m in enumerate(found)])


def _neighbour(found: list[re.Match], keys: list[str], i: int, part: int) -> Neighbour | None:
    """The question's word at i as a neighbour: its key (of an abbreviation spelled out, the
    word next to ours: the last or the first) and, typed with marks, its spelling."""
    if not 0 <= i < len(found):
        return None
    word = found[i].group()
    spelt = spelling(word) if strip_diacritics(word) != word and " " not in keys[i] else None
    return keys[i].split()[part], spelt


def _cased_like(typed: str, word: str) -> str:
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word
