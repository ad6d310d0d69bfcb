"""Answering: question -> Answer(answer, evidence, source, confidence).

1. analyse the question (bot.question): its type, content words, names and numbers;
2. a hand-written FAQ entry that matches wins;
3. candidates: BM25 over sentences, boosted by BM25 of their article (bot.index);
4. rerank each candidate on the normalised text: weighted coverage of the question's words in
   the sentence and its context, shared word pairs, rapidfuzz similarity; names and numbers of
   the question must be in the candidate's article ("Quận 12" is not "Quận 11");
5. take the short answer from the best candidate by the question's type (bot.extract), or from
   the role facts stored at import for "who is <role>" / "what is <person>'s role";
6. under a confidence threshold, say "I don't know" and offer related articles.
When several articles name different holders of one role, the newest wins and says its date.
"""
from __future__ import annotations

import datetime as dt
import re
import time
import weakref
from functools import lru_cache, partial
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from .articles import Article
from .contrast import (countries_asked, denies_the_deed, kin_asked, lacks_the_kin_asked, provinces_in, tells_of_another_body,
                       tells_of_another_at, tells_of_another_country, tells_of_another_grade, tells_of_another_lettered,
                       tells_of_another_model, tells_of_another_number, tells_of_another_pair, tells_of_another_province,
                       tells_of_another_rank, tells_of_another_round, tells_of_another_side, tells_of_the_opposite_deed,
                       tells_the_other_way)
from .extract import Span, extract
from .extract.clauses import refers_back, told_whole
from .extract.places import places_in
from .extract.roles import GENERIC_ORG_WORDS, names_another_office, names_the_other_rank, rank_fit, role_of_another_place
from .extract.spans import clause_start, has_phrase, phrase_starts, token_keys
from .facts import FOLDED_SURNAMES, find_names, main_localities, role_head
from .index import Index
from .question import STOPWORDS, Question, addressed_names, analyse, asks_named_kind, is_stopword
from .subject import (asked_of_the_subject, is_their_name, names_the_person, subject_person, subject_span,
                      tells_nothing_asked_of)
from .synonyms import deed_words, deeds_told, retrieval_terms, tells_another_deed, tells_nothing_of_the_most
from .text import aligned_tokens, fold, is_vietnamese_syllable, mostly_without_diacritics, strip_diacritics, tokens_folded
from .typos import Speller

THRESHOLD = 0.45
MAX_ANSWER = 300
N_SENTENCES = 100
N_ARTICLES_RANKED = 300  # whose sentences are ranked for a question
RIVAL = 0.03  # answers of other articles this close to the best are rivals: the newest wins
N_ARTICLES = 40
# How a candidate sentence is scored (they sum to 1); chosen on the dev questions and ViQuAD.
ARTICLE_WEIGHT = 1.0  # how much the article's score lifts each of its sentences
FAR_NEEDLE = 0.9  # a name or number of the question found in the article but not by the evidence
PRINTED_AS_TYPED = 2000  # sentences read to see whether a name of the question is printed as typed
CONTRADICTED = 0.0  # how far an answer must outscore a sentence telling the story of another council, body or rank
TOLD_TOO = 0.3  # how much a role fact loses when its article tells none of the question's other words
SAID_WHERE = 0.6  # of the rare-word weight: a one-word place after "ở"/"tại" ("Huế") the article must name
AROUND, ELSEWHERE = 0.6, 0.4  # credit for a question word next to the sentence, or in its article
WEIGHTS = {"coverage": 0.25, "retrieval": 0.5, "anchor": 0.1, "pairs": 0.1, "similarity": 0.05}


@dataclass
class Answer:
    question: str
    answer: str | None
    evidence: str | None = None
    confidence: float = 0.0
    source: Article | None = None
    as_of: str | None = None  # the article date, said when newer articles won over older ones
    related: list[Article] = field(default_factory=list)
    kind: str = "other"
    ms: float = 0.0
    # the question as read, when a word of it was read as another: told to readers, kept out of
    # the JSONL contract, whose fields are fixed
    read_as: str | None = None

    @property
    def known(self) -> bool:
        return bool(self.answer)

    def to_json(self) -> dict:
        src = self.source
        return {
            "question": self.question,
            "answer": self.answer,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
            "source": {"id": src.id, "title": src.title, "date": src.date, "url": src.url} if src else None,
            "ms": round(self.ms, 2),
        }


@dataclass
class _Candidate:
    score: float
    answer: str
    evidence: str
    article: int  # position in index.articles
    typed: bool = True


def anchor_fit(q: Question, sentence: str, span: Span, reach: int = 60) -> float:
    """Share of the question's words next to the question word (the answer's neighbours: "hoàn
    thành" in "dự kiến hoàn thành khi nào") found close to the answer in the sentence."""
    left = [t for t in q.left if t not in STOPWORDS][-2:]
    right = [t for t in q.right if t not in STOPWORDS][:2]
    anchors = set(left + right)
    if not anchors:
        return 1.0
    near = {t for t, s, e in aligned_tokens(sentence) if s < span.end + reach and e > span.start - reach}
    return len(anchors & near) / len(anchors)


# Words of a sentence that tells who left an office, matched on the display text (folded,
# "nguyên" (former) would be every "Nguyễn"): the leaver comes after the first kind ("miễn nhiệm
# ... đối với ông X", "thay ông X") and before the second ("X, nguyên ...", "X nghỉ hưu").
_BEFORE_LEAVER = r"miễn nhiệm|thôi (?:giữ )?chức|thôi giữ|thay|kế nhiệm|tiền nhiệm"
_AFTER_LEAVER = r"nguyên|nghỉ hưu|thôi"
_HANDOVER = re.compile(rf"\b(?:{_BEFORE_LEAVER}|{_AFTER_LEAVER})\b")
_LEAVES_AFTER = re.compile(rf"\b(?:{_BEFORE_LEAVER})\b")
_LEFT_BEFORE = re.compile(rf"^\W{{0,3}}(?:{_AFTER_LEAVER})\b")


def _left_office(sentence: str, span: Span) -> bool:
    """Is the span the one who leaves: after "miễn nhiệm ... đối với ông", "thay ông", or just
    before ", nguyên ..." / "nghỉ hưu"?"""
    before = sentence[max(0, span.start - 120):span.start].lower()
    return bool(_LEAVES_AFTER.search(before) or _LEFT_BEFORE.search(sentence[span.end:span.end + 20].lower()))


@dataclass
class _Weighed:
    sentence_index: int
    article: int
    sentence: str
    base: float  # the score's parts that do not depend on the answer span
    factor: float  # the question's names and numbers: all near (1.0) or some farther
    bound: float  # the highest score the sentence can reach


def _runs_of(text: str, name: list[str]):
    """Each place text writes the words of name (match keys) in a row: its aligned tokens."""
    toks = aligned_tokens(text)
    return [toks[k:k + len(name)] for k in phrase_starts(token_keys(toks), name)]


def _capitalised_at(text: str, name: list[str], spelt_out: bool = False) -> bool:
    """Whether text writes the words of name in a row, each capitalised; `spelt_out`: each a
    word of its own, not the expansion of an abbreviation ("ĐBQH")."""
    return any(all(text[s:e][:1].isupper() for _, s, e in run)
               and not (spelt_out and len({s for _, s, _ in run}) < len(run)) for run in _runs_of(text, name))


def _words_told(q: Question, evidence: str) -> set[str]:
    """The question's content words the evidence writes, but for its names and numbers, which
    the article may complete ("Bí thư Quận ủy" in an article about Quận 5)."""
    named = {t for alternatives in q.entities for alt in alternatives for t in alt} | q.numbers
    return (set(q.content) - named) & set(tokens_folded(fold(evidence)))


def _written_as_asked(q: Question, text: str, name: list[str], person: bool = False) -> bool:
    """Whether text writes name (match keys) as the question does: capitalised, or spelled as
    typed; without diacritics typed, capitalised after its first word. A person's name (`person`)
    is capitalised: "đại dương" writes no "anh Dương"."""
    for run in _runs_of(text, name):
        capitals = [text[s:e][:1].isupper() for _, s, e in run]
        if q.has_diacritics and (all(capitals) or not person and all(q.mentions(t, text[s:e]) for t, s, e in run)):
            return True  # "Nam Định" for a typed "Nam Đinh"; "hòa bình" for "Hòa Bình"
        if not q.has_diacritics and all(capitals[1:] if len(run) > 1 else capitals):
            return True  # "sàn Coolcat" for "San Coolcat": the first may be any sentence's capital
    return False


def _spelt_as_typed(q: Question, text: str, name: list[str]) -> bool:
    """Whether text writes name (match keys) capitalised and spelled word for word as typed."""
    return any(all(q.mentions(t, text[s:e]) and text[s:e][:1].isupper() for t, s, e in run)
               for run in _runs_of(text, name))


_LOCALITY_LEVELS = ("xa", "phuong", "huyen", "quan", "tinh", "thi tran", "thanh pho", "tp")


def _asked_as_a_place(q: Question, name: tuple[str, ...]) -> bool:
    """Whether the question writes the name after a locality's level ("xã Minh Châu")."""
    asked = f" {' '.join(q.tokens)} "
    return any(f" {level} {' '.join(name)} " in asked for level in _LOCALITY_LEVELS)


def _only_in_a_persons_name(text: str, name: tuple[str, ...]) -> bool:
    """Whether every time the text writes the name it is within a person's ("Ngô Minh Châu")."""
    toks = aligned_tokens(text)
    people = find_names(text)
    return all(any(s <= toks[k][1] < e for s, e, _ in people) for k in phrase_starts(token_keys(toks), list(name)))


def _capitalised_in(q: Question, name: list[str]) -> bool:
    """Whether the question writes this name capitalised throughout, word by word, without a
    figure."""
    return not any(t[0].isdigit() for t in name) and _capitalised_at(q.text, name, spelt_out=True)


def _said_where(tokens: list[str], name: list[str]) -> bool:
    """"... ứng cử ở Thanh Hóa": a place the question sets its event in, which the article as a
    whole may tell (its heading, its first lines) rather than the sentence with the answer."""
    return has_phrase(tokens, ["o"] + name) or has_phrase(tokens, ["tai"] + name)


# one-word countries the articles write by that word (not "Úc", often "Australia"; "Mỹ", "Anh",
# "Ý", "Nhật", "Hàn" have other names or other meanings)
_ONE_WORD_COUNTRIES = {"phap", "nga", "duc", "lao", "bi", "sec"}
def _addressed_by_name(q: Question, word: str) -> bool:
    """"Chồng của bà Mậu là ai?": the question calls someone by one name, which, common word as
    its match key is ("mau"), the article must write as the question does."""
    return word in addressed_names(q)


_ENDS_A_SENTENCE = {"ha", "a", "nhe", "oi", "u", "nua", "vay"}  # particles: "hả", "à", "nhé", ...


def _opens_with_a_function_word(q: Question) -> bool:
    """The question's first word is a function word: "Việc", "Ở", "Theo"; with diacritics typed,
    as written; without, none of the particles that end a sentence ("Hà Tĩnh", "Ha Tinh" open
    with no "hả")."""
    first = q.text.split()[0] if q.text.split() else ""
    return is_stopword(first, plain=not q.has_diacritics) and fold(first) not in _ENDS_A_SENTENCE


def _foreign_word(token: str) -> bool:
    """A word no Vietnamese syllable is ("tolstoy", "ossetia"), and no Roman numeral ("XIX" is
    also written "19")."""
    return not is_vietnamese_syllable(token) and not re.fullmatch(r"[ivxlcdm]+", token)


def _query(q: Question) -> list[str]:
    """What retrieval looks for: the question's content words and word pairs, the kind of place
    a "which place" question names, and its function words too ("được thành lập vào", "là"):
    BM25 weighs them little, but of the sentences that share the content words they favour the
    one phrased like the question."""
    wh = range(*q.wh) if q.wh else range(0)
    # "ở bãi tắm nào": the answer's sentence names the kind of place ("bãi tắm Cửa Việt")
    which = [t for t in q.which if t not in q.content] if asks_named_kind(q) else []
    return q.content + q.pairs + which + [t for k, t in enumerate(q.tokens) if k not in wh and t not in q.content] \
        + retrieval_terms(q)  # "mất" asked, "qua đời" told


def _best(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k highest positive scores, best first."""
    found = np.flatnonzero(scores > 0)
    if len(found) > k:
        found = found[np.argpartition(-scores[found], k - 1)[:k]]
    return found[np.argsort(-scores[found], kind="stable")]


def _cached(engine: "Engine", method, maxsize: int):
    """A per-engine LRU cache of a method. It holds the engine weakly: a cache holding it would
    make a reference cycle, and a cycle alive when the next index is loaded (and frozen, see
    index._settled) is never collected, so every reload would keep the old index."""
    return lru_cache(maxsize=maxsize)(partial(method, weakref.proxy(engine)))


class Engine:
    def __init__(self, index: Index, today: dt.date | None = None, threshold: float = THRESHOLD):
        self.index = index
        self.today = today
        self.threshold = threshold
        # an article's words are asked for once per candidate sentence; the index never changes
        # under an engine, so each article is worked out once
        self._article_words = _cached(self, Engine._article_words, 4096)
        self._article_folded = _cached(self, Engine._article_folded, 4096)
        self._localities = _cached(self, Engine._localities, 4096)
        self._main_localities = _cached(self, Engine._main_localities, 4096)
        self._article_provinces = _cached(self, Engine._article_provinces, 4096)
        self._places = _cached(self, Engine._places, 4096)
        self._people = _cached(self, Engine._people, 1024)
        self._window_tokens = _cached(self, Engine._window_tokens, 8192)
        self._idf = lru_cache(maxsize=65536)(index.idf)
        self.speller = Speller(index)
        # a word in fewer than 1 sentence in 2,000 is rare enough to name something
        n = max(len(index.sentences), 1)
        self._rare_idf = float(np.log(1 + (n - n / 2000 + 0.5) / (n / 2000 + 0.5)))

    # -- public ----------------------------------------------------------------------------
    def ask(self, text: str) -> Answer:
        started = time.perf_counter()
        answer = self._ask(text)
        answer.ms = (time.perf_counter() - started) * 1000
        return answer

    # -- steps -----------------------------------------------------------------------------
    def _ask(self, text: str) -> Answer:
        read, mended = self._as_read(text)
        answer = self._answer(text, analyse(read))
        answer.read_as = read if mended else None
        return answer

    def _answer(self, text: str, q: Question) -> Answer:
        if not q.tokens:
            return Answer(question=text, answer=None)
        faq = self._faq(q)
        if faq:
            return faq
        content = self._correct(q.content)
        q.content = content
        if q.kind in ("person", "title"):  # only roles and titles are held to a name's spelling
            q.printed_names = self._printed_as_typed(q)
        query = _query(q)
        art_scores = self.index.article_scores(query)
        ranked = _best(art_scores, N_ARTICLES_RANKED)
        candidates = self._sentence_candidates(q, query, art_scores, ranked)
        near = list(dict.fromkeys(c.article for c in sorted(candidates, key=lambda c: -c.score)[:10]))
        if q.kind in ("person", "title") and not kin_asked(q):  # the holder of a role is no one's wife
            candidates += self._role_candidates(q, ranked[:N_ARTICLES].tolist(), near)
        if q.kind == "author":
            candidates += self._author_candidates(q, ranked[:5].tolist())
        best = self._pick(candidates, q)
        if best is None or best.score < self.threshold or best.score < getattr(q, "_contradicted", 0.0) + CONTRADICTED:
            related = [self.index.articles[int(i)] for i in ranked[:3]]
            return Answer(question=text, answer=None, confidence=best.score if best else 0.0,
                          related=related, kind=q.kind)
        article = self.index.articles[best.article]
        return Answer(
            question=text, answer=best.answer[:MAX_ANSWER], evidence=best.evidence,
            confidence=min(best.score, 1.0), source=article, kind=q.kind,
            as_of=article.date if getattr(best, "newest", False) else None,
        )

    def _printed_as_typed(self, q: Question) -> set[tuple[str, ...]]:
        """The question's names of two words or more some article prints capitalised and spelled
        as typed (looked for in at most PRINTED_AS_TYPED sentences holding all their words)."""
        if not q.has_diacritics:
            return set()
        keys, sentences = self.index.sentence_keys, self.index.sentences
        printed = set()
        for name in {tuple(alt) for alternatives in q.entities for alt in alternatives if len(alt) >= 2}:
            phrase = f" {' '.join(name)} "
            if any(phrase in f" {keys[j]} " and _spelt_as_typed(q, sentences[j], list(name))
                   for j in self.index.sentences_holding(name)[:PRINTED_AS_TYPED].tolist()):
                printed.add(name)
        return printed

    def _as_read(self, text: str) -> tuple[str, bool]:
        """The question as the engine reads it: slips of the finger mended, a question typed
        mostly without diacritics read as one typed without any, capitals where the articles
        write them, a province or country one slip away named right, tone marks no article
        prints mended; and whether a word was mended (the reader is then told how the question
        was read: only case and marks left off change otherwise)."""
        read = self.speller.mend_slips(text)
        mended = read != text
        if mostly_without_diacritics(read):
            read = strip_diacritics(read)
        read = self.index.casing.restore(read, self.index.sentences_with)
        for mend in (self.speller.mend_places, self.speller.mend_tones):
            before, read = read, mend(read)
            mended = mended or read != before
        return read, mended

    def _faq(self, q: Question) -> Answer | None:
        if not self.index.faq_keys:
            return None
        hit = process.extractOne(q.folded, self.index.faq_keys, scorer=fuzz.token_sort_ratio, score_cutoff=88)
        if not hit:
            return None
        entry = self.index.faq[hit[2]]
        return Answer(question=q.text, answer=entry.answer, evidence=entry.question,
                      confidence=hit[1] / 100, kind="faq")

    def _correct(self, content: list[str]) -> list[str]:
        """Replace words the knowledge base has never seen by the closest word it has (typos)."""
        return [self.speller.closest(t) for t in content]

    def _weight(self, token: str) -> float:
        idf = self._idf(token)
        return idf if idf > 0 else 8.0  # a word no article has weighs like a rare one

    def _sentence_candidates(self, q: Question, query: list[str], art_scores: np.ndarray,
                             ranked: np.ndarray) -> list[_Candidate]:
        index = self.index
        if not len(index.sentences):
            return []
        if not len(ranked):
            return []  # an article's words are its sentences' words (and its title's)
        # only the sentences of the best articles are ranked: the answer's article is among them,
        # and ranking every sentence made each question linear in the size of the archive
        pool = index.sentences_of_articles(np.sort(ranked))
        s_scores = index.sentence_scores_of(query, pool)
        if not len(pool) or s_scores.max() <= 0:
            return []
        combined = s_scores / s_scores.max()
        combined += ARTICLE_WEIGHT * (art_scores / art_scores.max())[index.sentence_article[pool]]
        top = self._distinct_best(combined, s_scores, pool)
        best = combined[top].max()
        weighed = [w for w in (self._weigh_sentence(q, int(pool[i]), float(combined[i] / best)) for i in top) if w]
        # Cutting the answer out (extract) is the costly step; a sentence whose score cannot
        # reach the top 10 articles' nor come within RIVAL of the best is never cut. The result
        # is the same as judging all: _pick and the role facts look no further.
        weighed.sort(key=lambda w: -w.bound)
        out: list[_Candidate] = []
        top_by_article: dict[int, float] = {}
        for w in weighed:
            if len(top_by_article) >= 10 and out:
                leader = max(c.score for c in out)
                if w.bound < min(leader - RIVAL, sorted(top_by_article.values())[-10]):
                    break
            cand = self._finish_sentence(q, w)
            if cand:
                out.append(cand)
                top_by_article[cand.article] = max(cand.score, top_by_article.get(cand.article, 0.0))
        return out

    def _distinct_best(self, combined: np.ndarray, s_scores: np.ndarray, pool: np.ndarray) -> list[int]:
        """The N_SENTENCES best of the pool (positions in it), each sentence text once: a story
        republished or copied many times would otherwise fill every place with one sentence.
        The same text has the same BM25 score, so texts are compared only where scores tie."""
        k = min(4 * N_SENTENCES, len(combined))
        top = np.argpartition(-combined, k - 1)[:k]
        top = top[np.argsort(-combined[top], kind="stable")]
        keys = self.index.sentence_keys
        first: dict[float, int] = {}
        texts: dict[float, set[str]] = {}
        out = []
        for i, score in zip(top.tolist(), s_scores[top].tolist()):
            if score in first:
                seen = texts.get(score)
                if seen is None:
                    seen = texts[score] = {keys[int(pool[first[score]])]}
                key = keys[int(pool[i])]
                if key in seen:
                    continue
                seen.add(key)
            else:
                first[score] = i
            out.append(i)
            if len(out) == N_SENTENCES:
                break
        return out

    def _window_tokens(self, i: int) -> tuple[frozenset[str], frozenset[str]]:
        """Tokens of the sentence, and of its neighbours and article title."""
        index = self.index
        pos = int(index.sentence_article[i])
        own = set(index.sentence_tokens(i))
        around: set[str] = set(index.title_keys[pos].split())
        rng = index.sentences_of(pos)
        for j in (i - 2, i - 1, i + 1):
            if j in rng:
                around.update(index.sentence_tokens(j))
        return frozenset(own), frozenset(around)

    def _coverage(self, q: Question, own: frozenset[str], around: frozenset[str], article: set[str],
                  told: set[str]) -> float:
        """Share of the question's words (weighted by rarity) in the sentence, or `told` by it in
        other words; words found only around it or elsewhere in its article count for less."""
        total = got = 0.0
        for t in q.content:
            w = self._weight(t)
            total += w
            if t in own or t in told:
                got += w
            elif t in around:
                got += AROUND * w
            elif t in article:
                got += ELSEWHERE * w
        return got / total if total else 0.0

    def _article_words(self, pos: int) -> set[str]:
        words: set[str] = set()
        for j in self.index.sentences_of(pos):
            words.update(self.index.sentence_tokens(j))
        return words

    def _article_folded(self, pos: int) -> str:
        return self.index.article_keys(pos)

    def _places(self, pos: int) -> frozenset[str]:
        return places_in(self.index.articles[pos].text)

    def _localities(self, pos: int) -> dict[str, str]:
        return main_localities(self.index.articles[pos])

    def _main_localities(self, pos: int) -> frozenset[str]:
        return frozenset(fold(name) for name in self._localities(pos).values())

    def _article_provinces(self, pos: int) -> set[str]:
        """The province the article is about, which its sentences naming none are of."""
        return provinces_in(", ".join(self._localities(pos).values()))

    def _needles(self, q: Question) -> tuple[list[list[list[str]]], list[list[list[str]]]]:
        """What the evidence must mention: (near the answer, anywhere in its article).

        Numbers and the names of places and institutions belong near the answer; a person's
        name or a rare single word may be anywhere in the article."""
        known = getattr(q, "_needles", None)
        if known is not None:
            return known
        near, article = list(q.number_needles), []
        # a name is held to the spelling the articles have, as the content words are ("Messtro")
        entities = [[[self.speller.closest(t) for t in alt] for alt in alternatives] for alternatives in q.entities]
        for alternatives in entities:
            first = alternatives[0]
            if first[0] == q.tokens[0] and len(first) >= 2 and (
                    _opens_with_a_function_word(q) or (len(first) >= 3 and self._idf(first[0]) < self._rare_idf)):
                # capitalised only as the question's first word: "Việc Adolf Hitler", "Vua Henry IV",
                # "Ở Montréal"
                alternatives = [a for a in (alt[1:] if alt[:1] == first[:1] else alt for alt in alternatives) if a]
                if not alternatives:
                    continue  # a one-word alternative ("Đ Ai ...") leaves nothing to look for
            ent = alternatives[0]
            if len(alternatives) == 1 and len(ent) == 1:
                if self._idf(ent[0]) >= self._rare_idf or not self.index.knows(ent[0]) \
                        or _foreign_word(ent[0]) or _addressed_by_name(q, ent[0]) \
                        or _said_where(q.tokens, ent) and self._idf(ent[0]) >= SAID_WHERE * self._rare_idf:
                    # "Ossetia", "Tolstoy": a name, however common; "ở Huế": the place asked, if
                    # not as common a word as "Mỹ" (the article may write "Hoa Kỳ")
                    article.append(alternatives)
            elif ent[0] in FOLDED_SURNAMES or _said_where(q.tokens, ent):
                article.append(alternatives)
            else:
                near.append(alternatives)
        # "Đức có bao nhiêu CLB ...?": a country of one word, common as its key is ("duc"), is one
        # the article must name as the question does
        article += [[[fold(c)]] for c in countries_asked(q) if fold(c) in _ONE_WORD_COUNTRIES
                    and not any([fold(c)] in alternatives for alternatives in entities)]
        span = subject_span(q)
        if not entities and span and not subject_person(q) and span[1] - span[0] >= 2:
            # "Sở Công Thương được thành lập năm nào?": a name made of an institution's words
            # only is no entity, but the thing asked about all the same
            article.append([q.tokens[span[0]:span[1]]])
        q._needles = (near, article)  # type: ignore[attr-defined]
        return near, article

    def _constraints(self, q: Question, pos: int, window: str, strict: bool = False) -> float | None:
        """None when the article lacks a name or number of the question; else a factor below 1
        when one is only far from the evidence (strict: then None too)."""
        factor = 1.0
        article_text = None
        near, anywhere = self._needles(q)
        for alternatives in near + anywhere:
            if not self._names_written(q, pos, alternatives):
                return None
            phrases = [f" {' '.join(n)} " for n in alternatives]
            if any(p in f" {window} " for p in phrases):
                continue
            # a long name may be written with words between ("Sở GD&ĐT Quảng Bình" vs "Sở Giáo dục
            # và Đào tạo tỉnh Quảng Bình"): all of its words in the evidence will do
            if any(len(n) >= 4 and set(n) <= set(window.split()) for n in alternatives):
                continue
            # "Con gái của Marian Rivera ...": whose kin is asked is written by one name too
            # ("Cô con gái lớn của Marian, bé Zia"), if one no Vietnamese word is ("Anh" is)
            if kin_asked(q) and any(len(n) >= 2 and any(_foreign_word(w) and f" {w} " in f" {window} "
                                                        for w in (n[0], n[-1])) for n in alternatives):
                continue
            # "UBND quận" in an article about Quận 11 is Quận 11's: the article completes it, as
            # it completes roles at import
            if any(f" {n[0]} " in f" {window} " and " ".join(n) in self._main_localities(pos) for n in alternatives):
                continue
            article_text = article_text or f" {self._article_folded(pos)} "
            if not any(p in article_text for p in phrases):
                return None
            if alternatives in near:
                if strict:
                    return None
                factor *= FAR_NEEDLE
        if q.relative_today:
            date = self.index.articles[pos].date
            if not date or date != (self.today or dt.date.today()).isoformat():
                return None
        return factor

    def _names_written(self, q: Question, pos: int, alternatives: list[list[str]]) -> bool:
        """A name the question writes capitalised ("Văn Bàn", "Văn Lâm") is one the article
        writes so too: its match key alone is also "văn bản" (a document), "vẫn làm". Written
        capitalised or, with diacritics typed, spelled as typed ("Hòa Bình" may be written "hòa
        bình")."""
        # asked for every candidate sentence: worked out once per question and article
        known = q.__dict__.setdefault("_names_written", {})
        key = (pos, tuple(map(tuple, alternatives)))
        if key not in known:
            capitalised = [alt for alt in alternatives if _capitalised_in(q, alt)]
            # a number, a lower-case word or an alias: the key will do
            known[key] = len(capitalised) < len(alternatives) \
                or any(self._writes_name(q, pos, tuple(alt)) for alt in capitalised)
        return known[key]

    def _writes_name(self, q: Question, pos: int, name: tuple[str, ...]) -> bool:
        index = self.index
        phrase = f" {' '.join(name)} "
        texts = [index.articles[pos].title] + [index.sentences[j] for j in index.sentences_of(pos)
                                                 if phrase in f" {index.sentence_keys[j]} "]
        if _asked_as_a_place(q, name) and all(_only_in_a_persons_name(text, name) for text in texts):
            return False  # "xã Minh Châu" is not written by "ông Ngô Minh Châu"
        # written only otherwise (its words apart, "Nghệ An ... Thái Thanh Quý"): not for this to say
        person = len(name) == 1 and _addressed_by_name(q, name[0])
        return len(texts) == 1 or any(_written_as_asked(q, text, list(name), person) for text in texts)

    def _weigh_sentence(self, q: Question, i: int, retrieval: float = 1.0) -> _Weighed | None:
        """Everything of a sentence's score but the answer cut from it, and the best score the
        sentence could reach (a typed answer right by the question's words)."""
        index = self.index
        pos = int(index.sentence_article[i])
        sentence = index.sentences[i]
        if q.replaced and not _HANDOVER.search(sentence.lower()):
            return None  # whom X replaced is told where the office changes hands
        own, around = self._window_tokens(i)
        # the neighbours in their own order: a name of two words is found as written ("Nam Định")
        rng = index.sentences_of(pos)
        window = " | ".join([index.sentence_keys[i], index.title_keys[pos]]
                            + [index.sentence_keys[j] for j in (i - 2, i - 1, i + 1) if j in rng])
        # "Ai là Bí thư phường X?": X must be in the sentence that names the Bí thư; roles
        # completed from the article's context come through the role facts instead
        strict = q.kind == "person" and q.copula
        factor = self._constraints(q, pos, index.sentence_keys[i], strict)
        if factor is None:
            return None
        if factor < 1.0:  # found in the article: accept nearer evidence without penalty
            nearby = self._constraints(q, pos, window)
            factor = max(factor, nearby or 0.0)
        told = deeds_told(q, sentence, subject_person(q)) if deed_words(q) else set()  # "mất" of "qua đời"
        if self._about_someone_else(q, i, pos) or tells_nothing_asked_of(q, sentence, self.speller.closest, told) \
                or tells_another_deed(q, told) or tells_nothing_of_the_most(q, sentence) \
                or lacks_the_kin_asked(q, sentence):
            return None
        beside = [j for j in (i - 1, i + 1) if j in rng]
        keys = index.sentence_keys[i]
        if self._of_another_place(q, i, pos, beside) or tells_of_another_rank(q, keys) \
                or tells_of_another_model(q, keys) or tells_of_another_lettered(q, sentence, keys):
            return None  # (another rank is no contradiction: "dài nhất" may tell "đứng thứ nhất")
        stoks = index.sentence_tokens(i)
        coverage = self._coverage(q, own, around, self._article_words(pos), told)
        pairs = [(a, b) for a, b in zip(q.tokens, q.tokens[1:]) if a not in STOPWORDS or b not in STOPWORDS]
        spairs = set(zip(stoks, stoks[1:]))
        pair_score = sum(p in spairs for p in pairs) / len(pairs) if pairs else 0.0
        similarity = fuzz.token_set_ratio(" ".join(q.content), " ".join(stoks)) / 100
        w = WEIGHTS
        base = (w["coverage"] * coverage + w["retrieval"] * retrieval + w["pairs"] * pair_score
                + w["similarity"] * similarity)
        if self._contradicts(q, i, pos, beside, stoks):
            # the same story told of another council, body or rank, or the opposite deed: no answer
            # itself, and when it matches the question best, the articles do not tell what was asked
            q._contradicted = max(getattr(q, "_contradicted", 0.0), base * factor)  # type: ignore[attr-defined]
            return None
        return _Weighed(i, pos, sentence, base, factor, (base + w["anchor"]) * factor)

    def _of_another_place(self, q: Question, i: int, pos: int, beside: list[int]) -> bool:
        """The sentence tells of another country or province than the question's (contrast.py);
        `beside`: its neighbours in the article."""
        index = self.index
        sentence = index.sentences[i]
        around = [index.articles[pos].title] + [index.sentences[j] for j in beside]
        return tells_of_another_country(q, sentence, around) \
            or tells_of_another_province(q, sentence, around, partial(self._article_provinces, pos))

    def _contradicts(self, q: Question, i: int, pos: int, beside: list[int], stoks: list[str]) -> bool:
        """The sentence tells the question's story of another rank, council or body of justice,
        number or side, or tells the opposite deed ("thành lập" for "giải thể")."""
        index = self.index
        return names_the_other_rank(q, stoks) or tells_of_another_body(
            q, index.sentence_keys[i], [index.title_keys[pos]] + [index.sentence_keys[j] for j in beside]) \
            or tells_of_the_opposite_deed(q, index.sentence_keys[i], index.sentences[i]) \
            or tells_of_another_number(q, index.sentence_keys[i]) \
            or tells_of_another_side(q, index.sentence_keys[i]) \
            or tells_of_another_at(q, index.sentence_keys[i]) \
            or tells_of_another_grade(q, index.sentence_keys[i]) \
            or tells_of_another_round(q, index.sentence_keys[i]) \
            or tells_the_other_way(q, index.sentence_keys[i]) \
            or tells_of_another_pair(q, index.sentences[i])

    def _about_someone_else(self, q: Question, i: int, pos: int) -> bool:
        """"Ông Đặng Trọng Thăng quê ở đâu?": "Ông Nguyễn Hồng Diên 53 tuổi, quê ..." tells
        another man's. When the question is about a person (their name opens it), a sentence that
        names people, none of them that person, is about someone else (not for "ai": whom it
        names is the answer). One that names nobody ("cán bộ nữ trên 50 tuổi, nam trên 55 tuổi")
        tells of them, when something is asked of them, only if the nearest of the three
        sentences before it that names anyone names them (it then says "ông", "anh" of them), or
        the article's title does, or the article names no one else; otherwise its figures and
        dates are someone else's or nobody's."""
        name = subject_person(q)
        if not name:
            return False
        sentence = self.index.sentences[i]
        names = find_names(sentence)
        spelt = self.speller.closest
        if names:
            if q.kind in ("person", "title"):
                # "Ông X vợ là ai?": whom it names is the answer, but of X, named here or just
                # before ("Ông X thay ai?" is told by the sentence on the one who left)
                return bool(asked_of_the_subject(q)) and not q.replaced \
                    and not names_the_person(q, name, sentence, names, spelt) and not self._named_before(q, name, i, pos)
            return not names_the_person(q, name, sentence, names, spelt)
        if len(name) == 1:  # "anh Dương" is followed through "anh" anywhere in an article naming him
            return bool(asked_of_the_subject(q)) and not self._named_in(q, name, pos)
        return bool(asked_of_the_subject(q)) and not names_the_person(q, name, sentence, [], spelt) \
            and not self._named_before(q, name, i, pos)

    def _named_in(self, q: Question, name: list[str], pos: int) -> bool:
        """Whether the article names the person anywhere (asked once per question and article)."""
        known = q.__dict__.setdefault("_named_in", {})
        if pos not in known:
            index = self.index
            known[pos] = any(is_their_name(name, keys) for keys in self._people(pos)) or any(
                names_the_person(q, name, index.sentences[j], [], self.speller.closest) for j in index.sentences_of(pos))
        return known[pos]

    def _named_before(self, q: Question, name: list[str], i: int, pos: int) -> bool:
        """Whether the person is the one a sentence naming nobody speaks of: the last named in the
        three sentences before it, the title's, or the article's only person (its lists, "Thành
        tích của X: - ...", are theirs)."""
        index = self.index
        rng = index.sentences_of(pos)
        for j in (i - 1, i - 2, i - 3):
            if j not in rng:
                continue
            text = index.sentences[j]
            names = find_names(text)
            if names or names_the_person(q, name, text, [], self.speller.closest):
                return names_the_person(q, name, text, names, self.speller.closest)
        title = index.articles[pos].title
        if names_the_person(q, name, title, find_names(title), self.speller.closest):
            return True
        people = self._people(pos)
        return bool(people) and all(is_their_name(name, keys) for keys in people)

    def _people(self, pos: int) -> frozenset[tuple[str, ...]]:
        """The full names an article writes (match keys)."""
        return frozenset(tuple(tokens_folded(fold(n[2]))) for j in self.index.sentences_of(pos)
                         for n in find_names(self.index.sentences[j]))

    def _finish_sentence(self, q: Question, weighed: _Weighed) -> _Candidate | None:
        sentence = weighed.sentence
        before = self._told_before(q, weighed)
        if before and (told := told_whole(before)):
            # the answer is outside the sentence that restates the question: half the credit
            # for sitting by the question's words
            score = (weighed.base + WEIGHTS["anchor"] / 2) * weighed.factor
            return _Candidate(score, told, f"{before} {sentence}", weighed.article)
        span = extract(sentence, q, self._places(weighed.article) if q.kind == "person" else frozenset())
        if span is None:
            return None
        if denies_the_deed(q, sentence, clause_start(sentence, span.start), span.end):
            # "không cần cách ly ... 14 ngày" tells no days of isolation ("hai đến ba lần so với
            # người không hút" denies nothing of the figure before it)
            return None
        typed = 1.0 if span.typed else 0.7
        if q.replaced and not _left_office(sentence, span):
            typed *= 0.8
        anchor = anchor_fit(q, sentence, span)
        if q.kind == "date" and anchor == 0.0:
            typed *= 0.85  # "hoàn thành khi nào": a date far from "hoàn thành" dates something else
        score = (weighed.base + WEIGHTS["anchor"] * anchor) * typed * weighed.factor
        return _Candidate(score, span.text, sentence, weighed.article, span.typed)

    def _told_before(self, q: Question, weighed: _Weighed) -> str | None:
        """The sentence before, when this one names the thing asked by a demonstrative ("Dự án
        này ..." for "Dự án nào ...?"): that sentence tells which."""
        i = weighed.sentence_index
        if i - 1 not in self.index.sentences_of(weighed.article) or not refers_back(weighed.sentence, q):
            return None
        return self.index.sentences[i - 1]

    # -- role facts ------------------------------------------------------------------------
    def _role_candidates(self, q: Question, best_articles: list[int], near: list[int]) -> list[_Candidate]:
        """Candidates from the role facts of the best articles and of the best sentences' articles."""
        out = []
        qset = set(q.content)
        for pos in dict.fromkeys(near + best_articles):
            article = self.index.articles[pos]
            roles = [r for r in article.facts.get("roles", []) if isinstance(r, dict) and r.get("person") and r.get("role")]
            if q.kind == "person":
                if q.copula:
                    out.extend(self._who_holds(q, qset, pos, roles))
            else:
                cand = self._roles_of(q, pos, roles)
                if cand:
                    out.append(cand)
        return out

    def _who_holds(self, q: Question, qset: set[str], pos: int, roles: list[dict]) -> list[_Candidate]:
        out = []
        for fact in roles:
            role_toks = tokens_folded(fold(str(fact["role"])))
            person_toks = set(tokens_folded(fold(str(fact["person"]))))
            if person_toks <= set(q.tokens):
                continue  # the question names this person: it does not ask for them
            role_nums = {t for t in role_toks if t[0].isdigit()}
            if q.numbers - role_nums:
                continue
            if not has_phrase(q.tokens, role_head(str(fact["role"]))):
                continue
            rset = set(role_toks)
            q_role = [t for t in q.content if t in rset]
            if not q_role:
                continue
            cov_q = sum(self._weight(t) for t in q_role) / sum(self._weight(t) for t in q.content)
            rank = rank_fit(q, role_toks)  # the whole role must be asked for: "Phó Bí thư" is not "Bí thư"
            if not rank:
                continue
            cov_r = sum(self._weight(t) for t in rset if t in qset) / sum(self._weight(t) for t in rset) * rank
            score = (0.55 * cov_q + 0.45 * cov_r) * self._told_too(q, rset, pos)
            # names and numbers of the question must be in the role or the sentence it came from
            where = " ".join(role_toks + tokens_folded(fold(str(fact.get("sentence") or ""))))
            if names_another_office(q, role_toks, set(where.split())) or role_of_another_place(q, str(fact["role"])) \
                    or tells_nothing_of_the_most(q, f"{fact['role']} {fact.get('sentence') or ''}") \
                    or self._constraints(q, pos, where, strict=True) is None:
                continue
            out.append(_Candidate(score + 0.05, str(fact["person"]), str(fact.get("sentence") or fact["role"]), pos))
        return out

    def _told_too(self, q: Question, role_words: set[str], pos: int) -> float:
        """"Ai là Phó chủ tịch tỉnh X ký văn bản về Y?": of the people holding the role, the
        one whose article also tells the rest of the question (weighted by rarity)."""
        rest = [t for t in q.content if t not in role_words]
        if not rest:
            return 1.0
        words = self._article_words(pos)
        told = sum(self._weight(t) for t in rest if t in words) / sum(self._weight(t) for t in rest)
        return 1 - TOLD_TOO * (1 - told)

    def _roles_of(self, q: Question, pos: int, roles: list[dict]) -> _Candidate | None:
        qtext = " " + " ".join(q.tokens) + " "
        mine = [r for r in roles if f" {' '.join(tokens_folded(fold(str(r['person']))))} " in qtext
                and q.spells(str(r["person"]))]
        if not mine:
            return None
        qset = set(q.tokens)
        role_toks = [tokens_folded(fold(str(r["role"]))) for r in mine]
        # roles the question already names ("Trước khi làm Chủ tịch tỉnh X") are not the answer
        # (as a reader shortens it: "Chủ tịch tỉnh X" for "Chủ tịch UBND tỉnh X")
        fresh = [r for r, toks in zip(mine, role_toks) if not set(toks) - GENERIC_ORG_WORDS <= qset]
        if not fresh:
            return None
        # the question's names and numbers are the article's ("Chủ tịch tỉnh Gia Lai" of a man
        # the article makes Chủ tịch of Nghệ An), and so is the rank of the role it names
        held = [t for toks in role_toks for t in toks]
        if self._constraints(q, pos, self._article_folded(pos)) is None or names_the_other_rank(q, held):
            return None
        answer = ", ".join(dict.fromkeys(str(r["role"]) for r in fresh[:3]))
        return _Candidate(0.9, answer, str(fresh[0].get("sentence") or answer), pos)

    def _author_candidates(self, q: Question, best_articles: list[int]) -> list[_Candidate]:
        """"Ai viết bài về X?": the byline of the article about X (of the five best articles)."""
        about = [t for t in q.content if t not in ("viet", "bai", "tac", "gia", "tin", "phong", "vien")]
        out = []
        for pos in best_articles:
            article = self.index.articles[pos]
            if not article.author:
                continue
            words = set(self._article_folded(pos).split())
            total = sum(self._weight(t) for t in about) or 1.0
            coverage = sum(self._weight(t) for t in about if t in words) / total
            if self._constraints(q, pos, " ".join(words)) is None:
                continue
            out.append(_Candidate(coverage, article.author, article.title, pos))
        return out

    # -- choice ----------------------------------------------------------------------------
    def _pick(self, candidates: list[_Candidate], q: Question) -> _Candidate | None:
        if not candidates:
            return None
        candidates.sort(key=lambda c: -c.score)
        best = candidates[0]
        # Articles disagree (a role changed hands): among near-equal answers from other, dated
        # articles, the newest wins and the reply says its date; one whose evidence writes fewer
        # of the question's words tells of something else ("mức lương trung bình của các phi hành
        # gia" for "của designer"; a deed may be told in other words: "nhường chỗ" for "thay")
        arts = self.index.articles
        told = len(_words_told(q, best.evidence))
        rivals = [c for c in candidates[1:8] if c.score >= best.score - RIVAL and c.article != best.article
                  and fold(c.answer) != fold(best.answer) and arts[c.article].date and arts[best.article].date
                  and arts[c.article].date != arts[best.article].date and told <= len(_words_told(q, c.evidence))]
        if rivals:
            newest = max([best] + rivals, key=lambda c: arts[c.article].date)
            newest.score = max(newest.score, best.score)
            newest.newest = True  # type: ignore[attr-defined]
            return newest
        return best
