"""Cut the short answer out of an evidence sentence, by what the question asks.

Each extractor proposes spans of the sentence that have the right shape (a name for "ai", a
number with its unit for "bao nhiêu", a date for "khi nào", "huyện X" for "huyện nào", ...);
the span closest to the words the sentence shares with the question wins. Spans made only of
question words are never answers. When no typed span fits, the slot next to the question's
own words is taken ("cơ chế gì" -> the words after "cơ chế").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .contrast import COUNCILS, COUNTRY_OR_PROVINCE
from .facts import LOCALITY, ROLE_HEADS, find_names, role_asked, role_head, roles_after, roles_before
from .measures import MULTIPLIERS, NUMERALS, measure_asked, measure_of
from .question import (FUNCTION_WORDS, NAME_ALIASES, NAMED_KINDS, NOUNS_OPENING_SO, STOPWORDS, STOPWORDS_AS_WRITTEN,
                       Question, asks_named_kind, is_function_word, per_question)
from .text import UPPER, aligned_tokens, fold, is_vietnamese_syllable, strip_diacritics, tokens_folded


# folded words of role titles ("bi", "thu", "chu", "tich", "giam", "doc", ...)
ROLE_WORDS = {t for head in ROLE_HEADS for t in tokens_folded(fold(head))} - {"nguyen", "tan"}
# role titles as word sequences: a question asks about a role when it names one ("bi thu"), not
# when it merely has one of their common syllables ("nguoi", "quoc", "to")
_ROLE_PHRASES = {tuple(tokens_folded(fold(head))) for head in ROLE_HEADS}
_LONGEST_ROLE = max(map(len, _ROLE_PHRASES))


def asks_deputy(q: Question) -> bool:
    """The role asked is a deputy's ("Phó Chủ tịch UBND tỉnh"): the head's role is not it."""
    toks = q.tokens
    return any(t == "pho" and any(tuple(toks[k + 1:k + 1 + len(p)]) == p for p in _ROLE_PHRASES)
               for k, t in enumerate(toks))


def _title_spans(toks: list[str]):
    """Where each role title in the tokens starts and ends, the longest at each place ("pho chu
    tich", not also "chu tich")."""
    k = 0
    while k < len(toks):
        n = next((n for n in range(min(_LONGEST_ROLE, len(toks) - k), 0, -1)
                  if tuple(toks[k:k + n]) in _ROLE_PHRASES), 0)
        if n:
            yield k, k + n
        k += n or 1


def _role_titles(toks: list[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The role titles named in the tokens, each with the words after it ("chu tich", "quoc hoi")."""
    return [(tuple(toks[s:e]), tuple(toks[e:e + 4])) for s, e in _title_spans(toks)]


@per_question
def _titles_asked(q: Question) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return _role_titles(q.tokens)


def names_the_other_rank(q: Question, toks: list[str]) -> bool:
    """The sentence speaks of the head where the question asks about the deputy ("Chủ tịch TP"
    for "được bầu Phó Chủ tịch TP"), of the deputy only where it asks about the head, of the
    title in the other council ("Chủ tịch UBND" for "Chủ tịch HĐND"), or of another title of the
    same body ("Chủ tịch Quốc hội" for "Bí thư Quốc hội")."""
    asked = _titles_asked(q)
    if not asked:
        return False
    named = _role_titles(toks)
    said = {title for title, _ in named}
    for title, after in asked:
        other = title[1:] if title[0] == "pho" else ("pho",) + title
        if other in said and title not in said:
            return True
        council = COUNCILS.get(after)
        councils = {COUNCILS.get(a) for t, a in named if t == title} - {None}
        if council and councils and council not in councils:
            return True
        body = after[:2]
        if title not in said and len(body) == 2 and body[0] not in STOPWORDS \
                and any(t != title and (a[:2] == body or len(t) > 2 and t[-2:] == body) for t, a in named):
            return True
    return False


@per_question
def asks_role(q: Question) -> bool:
    toks = q.tokens
    spans = {tuple(toks[i:i + n]) for n in range(1, _LONGEST_ROLE + 1) for i in range(len(toks) - n + 1)}
    return not spans.isdisjoint(_ROLE_PHRASES)


# words of institution names a reader leaves out ("Chủ tịch tỉnh" for "Chủ tịch UBND tỉnh")
GENERIC_ORG_WORDS = {"uy", "ban", "nhan", "dan", "hoi", "dong"}


@dataclass
class Span:
    text: str
    start: int
    end: int
    typed: bool  # found by a pattern of the question's type (not the generic slot)


_NUM = r"\d+(?:[.,/]\d+)*"
_QUANT_PREFIX = r"(?:(?:hơn|gần|khoảng|trên|dưới|chừng|tới|tổng cộng|số|xấp xỉ)\s+)?"
_MONEY = r"(?:\s+(?:nghìn|ngàn|triệu|tỷ))?\s+(?:đô la(?: Mỹ)?|dollar|USD|euro|bảng Anh|yên|nhân dân tệ)"
_MONEY_END = re.compile(_MONEY + "$")
# a minus sign is part of the figure: "−15 °C" is not "15 °C"
_NUMBER_SPAN = re.compile(_QUANT_PREFIX + r"(?<![\w.,/-])(?:[−-](?=\d))?" + _NUM + r"(?:[-–]\d+(?=\s+[^\W\d_]))?(?:" + _MONEY + r"|\s*%|\s?°[CF]\b|(?:\s*[^\W\d_]+(?:/[^\W\d_]+)?)?(?:\s+[^\W\d_]+)?)",
                          re.IGNORECASE)
_ERA = r"(?:\s+(?:TCN|SCN|trước Công nguyên|sau Công nguyên)\b)?"
_DATE_SPAN = re.compile(
    r"(?:(?:ngày|sáng|chiều|tối|trưa|đêm)\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\b"
    # "ngày 2-11" (a hyphen only after a day word: "8-9 trận" is no date), "24.3.2021" (a year
    # after the dots: "3.5" is a figure)
    r"|(?:ngày|sáng|chiều|tối|trưa|đêm)\s+\d{1,2}-\d{1,2}(?:-\d{4})?\b(?!-)"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|(?:tháng\s+)?\d{1,2}/\d{4}\b"
    r"|(?:ngày\s+)?(?:\d{1,2}(?:\s*,\s*|\s+và\s+|\s*[-–]\s*))?\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|(?:(?:đầu|cuối|giữa|thượng tuần|trung tuần|hạ tuần)\s+)?tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
    r"|(?:(?:đầu|cuối|giữa)\s+)?(?:(?:những|các) năm\s+)?(?:thập niên|thập k[ỷỉ]|những năm|các năm)\s+\d{2,4}\b"
    rf"|(?:(?:đầu|cuối|giữa)\s+)?(?:mùa (?:xuân|hè|hạ|thu|đông)\s+)?năm\s+\d{{3,4}}\b{_ERA}"
    rf"|(?:(?:đầu|cuối|giữa)\s+)?(?:thế k[ỷỉ]|thiên niên k[ỷỉ])\s+(?:\d+|[IVXLC]+)\b{_ERA}"
    r"|\b(?:1\d|20)\d{2}\b",
    re.IGNORECASE,
)
# "từ năm 1937 tới năm 1939", "1642–1651": a period, for "thời gian nào", "giai đoạn nào"
_PERIOD_JOIN = re.compile(r"\s*(?:–|-|—|đến|tới|cho đến)\s*", re.IGNORECASE)
_ASKS_PERIOD = re.compile(r"\b(?:khoang thoi gian|thoi gian|giai doan|thoi ki|nhung nam) nao\b")
_ORG_HEADS = (r"Ủy ban|Uỷ ban|UBKT|UBND|HĐND|Ban|Bộ|Sở|Cục|Chi cục|Tổng cục|Tập đoàn|Tổng công ty|Công ty|Hội đồng"
              r"|Viện|Trường|Bệnh viện|Ngân hàng|Tòa án|Viện kiểm sát|Công an|Quân khu|Văn phòng|Trung tâm|Đảng ủy"
              r"|Thành ủy|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Hội|Liên đoàn|Quỹ|Câu lạc bộ|CLB|Báo|Đài|Học viện|Đại học")
_ORG_SPAN = re.compile(rf"(?<!\w)(?:{_ORG_HEADS})\b(?:\s+(?:[{UPPER}][^\s,.;:()]*|[a-zà-ỹđ]+)){{0,8}}")
_REASON_CUE = re.compile(r"(?:vì lý do|với lý do|lý do là|lý do|nguyên nhân là|nguyên nhân|bởi vì|vì|do|bởi)\s+", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|\s[-–]\s")
_LEADING_JUNK = re.compile(r"^(?:là|của|đã|được|bị|bằng|với|tại|ở|thì|mà|và|nên|cho|rằng|đó là|chính là)\s+", re.I)


def _clean(text: str) -> str:
    text = text.strip(" ,;:.-–\"“”'‘’()")
    for _ in range(2):
        text = _LEADING_JUNK.sub("", text)
    return text.strip(" ,;:.-–\"“”'‘’()")


def _question_positions(sentence: str, q: Question) -> tuple[list[tuple[str, int, int]], list[int]]:
    toks = aligned_tokens(sentence)
    wanted = set(q.content)
    return toks, [i for i, (t, _, _) in enumerate(toks) if t in wanted]


def _distance(span: tuple[int, int], toks, matched: list[int]) -> float:
    """Characters from the span to the nearest question word in the sentence."""
    if not matched:
        return 1000.0
    s, e = span
    best = 1e9
    for i in matched:
        _, ts, te = toks[i]
        if te <= s:
            best = min(best, s - te)
        elif ts >= e:
            best = min(best, ts - e)
        else:
            best = min(best, 0)
    return best


def _proximity(span: tuple[int, int], toks, matched: list[int]) -> float:
    """How near the span sits to the question's words: each word counted once, at its nearest
    place, by 1 / (1 + words between); a number of the question counts double. A span near
    several of the question's words beats one next to a single common word."""
    s, e = span
    inside = [k for k, (_, ts, te) in enumerate(toks) if ts >= s and te <= e]
    first = inside[0] if inside else next((k for k, (_, ts, _) in enumerate(toks) if ts >= s), len(toks))
    last = inside[-1] if inside else first - 1
    nearest: dict[str, int] = {}
    for k in matched:
        if first <= k <= last:
            continue
        gap = first - k - 1 if k < first else k - last - 1
        word = toks[k][0]
        nearest[word] = min(gap, nearest.get(word, gap))
    return sum((2.0 if w[0].isdigit() else 1.0) / (1 + gap) for w, gap in nearest.items())


def _novel(text: str, q: Question) -> bool:
    """A span is an answer only if it says something the question does not."""
    toks = tokens_folded(fold(text))
    qset = set(q.tokens)
    return any(t not in qset for t in toks)


def _closest(cands: list[tuple[int, int, str]], sentence: str, q: Question, typed: bool = True,
             near: set[str] | None = None) -> Span | None:
    """The candidate nearest the question's words; with `near`, nearest those words first."""
    toks, matched = _question_positions(sentence, q)
    preferred = [i for i, (t, _, _) in enumerate(toks) if t in near] if near else []
    best = None
    for s, e, text in cands:
        text = _clean(text)
        if not text or not _novel(text, q):
            continue
        d = (_distance((s, e), toks, preferred) if preferred else 0.0, -_proximity((s, e), toks, matched))
        if best is None or d < best[0]:
            best = (d, Span(text, s, e, typed))
    return best[1] if best else None


def phrase_starts(seq: list[str], phrase: list[str]) -> list[int]:
    """Where the phrase starts in the sequence, each time it is there (never for an empty one)."""
    n = len(phrase)
    return [i for i in range(len(seq) - n + 1) if seq[i:i + n] == phrase] if n else []


def has_phrase(seq: list[str], phrase: list[str]) -> bool:
    return bool(phrase_starts(seq, phrase))


def token_keys(toks) -> list[str]:
    """The match keys of aligned tokens."""
    return [t for t, _, _ in toks]


# bodies whose next words say their field, as written: "Sở Y tế", "Bộ Công Thương", "Viện Toán học"
_FIELD_BODIES = {"sở", "bộ", "cục", "vụ", "viện", "trường", "phòng"}
_PLAIN_BODIES = {strip_diacritics(b) for b in _FIELD_BODIES}


@per_question
def body_asked(q: Question) -> list[str]:
    """The words saying the field of the body the role asked about belongs to ("y te" of
    "Giám đốc Sở Y tế Lào Cai"), up to the place, which the article may complete."""
    toks, at = _field_body(q)
    places = {t for alternatives in q.entities for alt in alternatives if len(alt) > 1 for t in alt}
    body = []
    for t in toks[at + 1:at + 4] if at is not None else []:
        # the body's own first word is no place ("Sở LĐ-TB&XH Bình Thuận": the initials are a name
        # too) and no function word ("Sở Tư pháp": "tư" folds like "từ")
        if (t in places or t in STOPWORDS) and body or t in _LOCALITY_NOUNS or t[0].isdigit():
            break
        body.append(t)
    return body


def _field_body(q: Question) -> tuple[list[str], int | None]:
    """The question's role tokens and where its field body ("Sở", "Bộ") is among them. As
    written, "viện" is told from "viên" (of "thành viên"); without diacritics the body must
    follow the role's title ("giam doc so ...")."""
    if q.has_diacritics:
        role = role_asked(q.text) or ""
        aligned = aligned_tokens(role)
        at = next((k for k, (_, ts, te) in enumerate(aligned)
                   if role[ts:te].lower() in _FIELD_BODIES and k >= len(role_head(role))), None)
        return token_keys(aligned), at
    for k in range(len(q.tokens)):
        for n in range(_LONGEST_ROLE, 0, -1):
            if tuple(q.tokens[k:k + n]) in _ROLE_PHRASES and q.tokens[k + n:k + n + 1] and q.tokens[k + n] in _PLAIN_BODIES:
                return q.tokens, k + n
    return [], None


def names_another_body(q: Question, said: set[str]) -> bool:
    """"Giám đốc Sở VHTTDL tỉnh Lào Cai" is not the "Giám đốc Sở Y tế Lào Cai" asked about:
    a word of the body asked about that the role and its sentence (`said`) do not have."""
    return any(t not in said for t in body_asked(q))


_LEVELS = {"tinh", "quan", "huyen", "xa", "phuong", "thanh", "thi", "tp"}


def _organisation(toks: list[str], start: int, stop: set[str] = frozenset()) -> list[str]:
    """The organisation a role's title is of: its words after the title, up to the place
    ("uy ban nhan dan" of "pho chu tich uy ban nhan dan tinh thai binh"; "tinh uy" whole)."""
    out = []
    for k in range(start, len(toks)):
        t = toks[k]
        # a capitalised word opening it is the organisation's own ("Tập đoàn"), not a place
        if t[0].isdigit() or t in stop and out or t in STOPWORDS \
                or t in _LEVELS and toks[k + 1:k + 2] != ["uy"] and not (out and out[-1] in _LEVELS):
            break
        out.append(t)
    return out


def _title_span(toks: list[str]) -> tuple[int, int] | None:
    """Where the first role title in the tokens starts and ends (the longest there)."""
    return next(_title_spans(toks), None)


def _title_end(toks: list[str]) -> int | None:
    span = _title_span(toks)
    return span[1] if span else None


@per_question
def organisation_asked(q: Question) -> list[str]:
    end = _title_end(q.tokens)
    places = {t for alternatives in q.entities for alt in alternatives for t in alt}
    return _organisation(q.tokens, end, places) if end is not None else []


def names_another_organisation(q: Question, role_tokens: list[str]) -> bool:
    """"Phó Chủ tịch Ủy ban Trung ương MTTQ" is not the "Phó Chủ tịch UBND tỉnh" asked about:
    the role names an organisation, and not the one asked. A role naming none ("Chủ tịch tỉnh")
    may be any."""
    asked = organisation_asked(q)
    end = _title_end(role_tokens)
    said = _organisation(role_tokens, end) if asked and end is not None else []
    return bool(said) and not set(asked) <= set(said)


def names_another_office(q: Question, role_tokens: list[str], said: set[str]) -> bool:
    """The role is of another department (its sentence or role, `said`, lacks the field asked;
    the role alone when it names its own department) or another organisation than the one asked."""
    end = _title_end(role_tokens)
    if end is not None and role_tokens[end:end + 1] and role_tokens[end] in _PLAIN_BODIES:
        said = set(role_tokens)  # "Giám đốc Sở GD&ĐT": whatever else the sentence says, not Sở LĐ-TB&XH
    return names_another_body(q, said) or names_another_organisation(q, role_tokens)


def rank_fit(q: Question, role_tokens: list[str]) -> float:
    """Whether a role is of the rank asked: "Phó Bí thư" (deputy), "nguyên Bí thư" (former) do
    not answer a question about the "Bí thư", nor the "Chủ tịch" one about the "Phó Chủ tịch"
    (0); "Quyền" (acting) only half."""
    first = role_tokens[0]
    if first in ("pho", "nguyen", "tong", "uy") and first not in q.tokens or asks_deputy(q) and first != "pho":
        return 0.0
    return 0.5 if first == "quyen" and "quyen" not in q.tokens else 1.0


def role_match(q: Question, role: str, sentence_tokens: set[str] = frozenset()) -> float:
    """How well a role phrase fits the role the question names (0..1)."""
    rtoks = tokens_folded(fold(role))
    if not rtoks or not has_phrase(q.tokens, role_head(role)):
        return 0.0  # "Chủ tịch UBND quận 12" does not answer who the "Bí thư" is
    rank = rank_fit(q, rtoks)
    if not rank or names_another_office(q, rtoks, set(rtoks) | sentence_tokens):
        return 0.0
    qset = set(q.content)
    shared = [t for t in rtoks if t in qset]
    if not shared:
        return 0.0
    asked = [t for t in q.content if t in ROLE_WORDS or t in rtoks]
    cov_q = len(set(shared)) / max(len(set(asked)), 1)
    cov_r = len(shared) / len(rtoks) * rank
    return 0.6 * cov_q + 0.4 * cov_r


def person(sentence: str, q: Question, places: frozenset[str] = frozenset()) -> Span | None:
    # a foreign name keeps its title wherever it was found ("Thiếu tướng Fahd Ahmed Al-Fahd")
    names = [_with_title(sentence, n) if _foreign_name(n[2]) else n for n in find_names(sentence)]
    role_asked = asks_role(q)
    # a foreign name ("Carlos Mendez", "Clovis I") competes with the Vietnamese names found
    tails = [_foreign_tail(sentence, c) for c in _capital_runs(sentence, q)]
    foreign = [_with_title(sentence, c) for c in tails if c and not any(s < c[1] and c[0] < e for s, e, _ in names)]
    foreign = [_past_question_name(sentence, c, q) for c in foreign if not _LEAGUE_LIKE.search(c[2])]
    if not q.copula:
        # "Ai được Thủ tướng phê chuẩn ...": whoever the question names by a role is not the answer
        qset = set(q.tokens)
        names = [(s, e, n) for s, e, n in names
                 if not any(set(tokens_folded(fold(r))) <= qset for r in roles_before(sentence, s) + roles_after(sentence, e))]
        names = _in_the_roles_clause(sentence, names, q)
    elif role_asked:
        # rank the names by how well the role written next to each fits the question
        scored = []
        said = set(tokens_folded(fold(sentence)))
        # a foreign name holds a role too ("Ngoại trưởng Australia Marise Payne"), but not the
        # end of an organisation's name ("... MTTQ Việt Nam TPHCM")
        holders = [c for c in foreign if c[2] not in places and not any(w.isupper() for w in c[2].split())]
        for s, e, name in names + holders:
            roles = roles_before(sentence, s) + roles_after(sentence, e)
            fit = max((role_match(q, r, said) for r in roles), default=0.0)
            if fit and _novel(name, q):
                scored.append((fit, s, e, name))
        top = max((f for f, *_ in scored), default=0.0)
        if top < 0.5:
            # nobody here is said to hold the role asked about, unless the sentence says the
            # question's words of them ("Ứng cử viên duy nhất ... khóa 14 là bà Y")
            return _named_by_copula(sentence, names + holders, q)
        best = [(s, e, n) for f, s, e, n in scored if f == top]
        return _closest(best, sentence, q)
    # a people ("người Bồ Đào Nha") holds no one's name: "Đào Nha" is not a person
    peoples = _peoples(sentence)
    taken = [c for c in names + foreign if not any(p[0] <= c[0] and c[1] <= p[1] for p in peoples)]
    peoples = [p for p in peoples if not any(s < p[1] and p[0] < e for s, e, _ in taken)]
    taken = [c for c in taken if c[2] not in places]  # "Kuwait" of "tại Kuwait" is nobody
    cands = _lists(sentence, taken + peoples)
    return _closest(_on_the_doers_side(sentence, cands, q) or cands, sentence, q)


def _in_the_roles_clause(sentence: str, names: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Ai được bầu làm Chủ tịch UBND tỉnh?" of "bầu ông A ... làm Chủ tịch HĐND tỉnh; ông B ...
    giữ chức Chủ tịch UBND tỉnh": the name in the clause that names the role asked."""
    span = _title_span(q.tokens)
    if span is None or ";" not in sentence:
        return names
    role = q.tokens[span[0]:span[1]] + _organisation(q.tokens, span[1])
    bounds = [m.span() for m in re.finditer(r"[^;]+", sentence)]
    holding = [(a, b) for a, b in bounds if has_phrase(tokens_folded(fold(sentence[a:b])), role)]
    if len(holding) != 1:
        return names
    a, b = holding[0]
    return [n for n in names if a <= n[0] < b] or names


_COPULA_BEFORE_NAME = re.compile(r"\s+là\s+(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$")


def _named_by_copula(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> Span | None:
    """"<X> là bà Y" answers "<X> là ai?" when the words before "là" in its clause are mostly
    (70%) the question's."""
    asked = q.content
    if not asked:
        return None
    for s, e, name in cands:
        m = _COPULA_BEFORE_NAME.search(sentence, 0, s)
        if not m:
            continue
        clause = sentence[max(sentence.rfind(p, 0, m.start()) for p in ",;:(") + 1:m.start()]
        said = set(tokens_folded(fold(clause)))
        if sum(t in said for t in asked) >= 0.7 * len(asked):
            return Span(name, s, e, True)
    return None


_AUXILIARIES = {"da", "se", "dang", "vua", "cung", "moi", "tung", "con"}


def _on_the_doers_side(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Ai công bố quyết định?": who is written before the verb ("Ông A - Ủy viên ... - đã công bố
    quyết định phân công ông B"); "Ai được bổ nhiệm?": who is written after it ("trao quyết định
    bổ nhiệm ông B"), or before it where the sentence says "B được bổ nhiệm"."""
    right = [t for t in q.right if t not in _AUXILIARIES]
    passive = right[:1] in (["duoc"], ["bi"])
    verb = right[1:3] if passive else right[:2]
    if not verb or verb[0] in STOPWORDS or len(verb) < 2 or verb[1] in STOPWORDS:
        verb = verb[:1]
    if not verb or verb[0] in STOPWORDS:
        return []
    toks = aligned_tokens(sentence)
    seq = token_keys(toks)
    out = []
    for k in phrase_starts(seq, verb):
        marked = k and seq[k - 1] in ("duoc", "bi")
        after = passive and not marked
        at = toks[k + len(verb) - 1][2] if after else toks[k][1]
        side = sorted((c for c in cands if (c[0] >= at if after else c[1] <= at)), key=lambda c: (c[0], -c[1]))
        if not side:
            continue
        # the subject right before the verb ("do Carlos Mendez dẫn đầu"), else the one opening the
        # clause ("Ông A - Ủy viên ... - đã công bố"); the object: the first after the verb
        nearest = max(side, key=lambda c: c[1])
        between = sentence[nearest[1]:at]
        out.append(nearest if not after and len(between.split()) <= 1 and not re.search(r"[^\w\s]", between)
                   else side[0])
    return out


# the words that introduce who did something in a passive ("bị X bác bỏ", "thiết kế bởi X"),
# folded and as written
_AGENT_MARKS = {"do": "do", "boi": "bởi", "bi": "bị", "duoc": "được"}


_ADJUNCT = re.compile(r"\s(?:tại|ở|vào|trong|khi|từ|sau khi|trước khi|năm|ngày|tháng)\s")


def agent(sentence: str, q: Question) -> Span | None:
    """Who did it, for "bị ai bác bỏ?", "do ai tài trợ?", "thiết kế bởi ai?": the words between
    the passive's mark and the question's verb ("bị chính quyền Nam Ossetia bác bỏ"), or after
    the verb and "bởi" ("thiết kế bởi kiến trúc sư Ieoh Ming Pei"), lower-case heads and all."""
    if not q.left or q.left[-1] not in _AGENT_MARKS:
        return None
    toks = aligned_tokens(sentence)
    seq = token_keys(toks)
    cands = []
    verb = [t for t in q.right if t not in STOPWORDS][:2]
    if verb:  # "bị ai bác bỏ": "bị <agent> bác bỏ"
        for k, (t, s, e) in enumerate(toks):
            if sentence[s:e].lower() not in _AGENT_MARKS.values():
                continue
            for j in range(k + 2, min(k + 12, len(seq) - len(verb) + 1)):
                if seq[j:j + len(verb)] == verb:
                    start, stop = toks[k + 1][1], toks[j - 1][2]
                    if not _CLAUSE_END.search(sentence, start, stop):
                        cands.append((start, stop, sentence[start:stop]))
                    break
    before = [t for t in q.left[:-1] if t not in STOPWORDS][-2:]
    if not cands and q.left[-1] == "boi" and before:  # "thiết kế bởi ai": "thiết kế bởi <agent>"
        n = len(before)
        for k in range(len(seq) - n - 1):
            mark = toks[k + n]
            if seq[k:k + n] == before and sentence[mark[1]:mark[2]].lower() in ("bởi", "do"):
                start = toks[k + n + 1][1]
                end = _CLAUSE_END.search(sentence, start)
                stop = end.start() if end else len(sentence)
                # "bởi Nathuram Godse tại tòa nhà Birla": where and when are no part of who
                adjunct = _ADJUNCT.search(sentence, start, stop)
                stop = adjunct.start() if adjunct else stop
                cands.append((start, stop, sentence[start:stop]))
    # "do ông Trần Văn Bảo dẫn đầu": the name, as the person answers have it
    cands = [(s + m.end(), e, t[m.end():]) if (m := _HONORIFIC.match(t)) else (s, e, t) for s, e, t in cands]
    return _closest(cands, sentence, q)


_HONORIFIC = re.compile(rf"(?:ông|bà|anh|chị)\s+(?=[{UPPER}])")
_PEOPLE = re.compile(rf"(?<!\w)[Nn]gười\s+[{UPPER}][^\s,.;:()“”\"]*(?:\s+[{UPPER}][^\s,.;:()“”\"]*)*")


def _peoples(sentence: str) -> list[tuple[int, int, str]]:
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


def _foreign_name(text: str) -> bool:
    """Written without Vietnamese diacritics and not an acronym: "Clovis I", "Mitterrand"."""
    return strip_diacritics(text) == text and not text.replace(" ", "").isupper()


# titles written before a foreign name, which is often a bare surname ("Đại tá French")
_TITLES = set("""tướng, đô đốc, đại tá, thiếu tướng, trung tướng, thượng tướng, đại tướng, thống chế,
nguyên soái, nữ hoàng, hoàng đế, vua, tổng thống, thủ tướng, giáo hoàng, hoàng tử, công chúa, thái tử,
bá tước, công tước, hầu tước, nam tước, giáo sư, tiến sĩ, bác sĩ, thánh, thống đốc, tổng đốc, đại sứ,
ngoại trưởng, bộ trưởng, thị trưởng, linh mục, giám mục, hồng y, sa hoàng, quốc vương, nữ vương,
thiếu tá, trung tá, đại úy, lord, sir""".replace("\n", " ").split(", "))
_TITLE_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")\s+$", re.IGNORECASE)


def _foreign_tail(sentence: str, run: tuple[int, int, str]) -> tuple[int, int, str] | None:
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
    return (start, e, sentence[start:e]) if _foreign_name(sentence[start:e]) else None


# a letter or a code hyphened to a word names a league, a model or a team ("V-League",
# "U23-Việt Nam", "F-15"), never a person
_LEAGUE_LIKE = re.compile(r"(?<!\w)[A-Z0-9]{1,3}-[A-Z]")


def _past_question_name(sentence: str, cand: tuple[int, int, str], q: Question) -> tuple[int, int, str]:
    """"Ngoại trưởng Australia Marise Payne" for "Ngoại trưởng Australia là ai?": the title and
    the name the question gives lead the run; the answer is who comes after them."""
    s, e, _ = cand
    named = {t for alternatives in q.entities for alt in alternatives for t in alt}
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


def _with_title(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"Đô đốc Febvrier Despointes", "Tướng Henri Giraud": the title before a foreign name stays."""
    s, e, _ = cand
    m = _TITLE_BEFORE.search(sentence, max(0, s - 20), s)
    return (m.start(), e, sentence[m.start():e]) if m and m.group()[:1].isupper() else cand


# counters a sentence often replaces by a more specific noun
_LOOSE_UNITS = {"nguoi", "nam", "lan", "cai", "chiec", "tien"}
# words before a place's name; not "người" ("người Anh" is a people, an answer to "ai")
_PLACE_BEFORE = re.compile(rf"(?<!\w)(?:tại|ở|nước|sang|miền|vùng|bang|tỉnh|thành phố|thủ đô|chính phủ)\s+"
                           rf"([{UPPER}][^\s,.;:()“”\"]*(?:\s+[{UPPER}][^\s,.;:()“”\"]*)*)")


def places_in(text: str) -> frozenset[str]:
    """The names a text writes as places: "tại Kuwait", "sang Syria", "chính phủ Gruzia"."""
    return frozenset(m.group(1) for m in _PLACE_BEFORE.finditer(text))


def _ends_unit(word: str, plain: bool) -> bool:
    """A function word ends a unit, as written: "700 tu viện" is not "700 từ viện"; but the
    counters "người", "con" ("2.951.786 người", "100.000 con kiến") do not. "tới" does ("31 tới
    50 tuổi" is a range), and "mỗi"/"mọi"/"mới" ("900 mm mỗi năm")."""
    return is_function_word(word, plain) and fold(word) not in ("nguoi", "con") \
        or word.lower() in ("mỗi", "mọi") or plain and fold(word) == "moi"


def number(sentence: str, q: Question) -> Span | None:
    if not _counts_what_is_asked(sentence, q):
        return None
    cands = []
    unit = q.unit
    plain = strip_diacritics(sentence) == sentence
    for m in _NUMBER_SPAN.finditer(sentence):
        text = m.group()
        nums = re.findall(_NUM, text)
        if not nums or any(n in q.numbers for n in nums):
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
        text = " ".join(words)
        cands.append((m.start(), m.start() + len(text), text))
    # "11 năm" of "tháng 11 năm 1932", "10/6" of "ngày 10/6": a part of a date counts nothing
    cands = [c for c in cands if not _inside_a_date(sentence, c[0])]
    cands = [_with_currency(sentence, c) for c in _ranges(sentence, cands)]
    ordinals = _ordinals(sentence, q) or _scores(sentence, q)
    if ordinals:  # "vòng mấy" is answered "vòng hai", a score "1-1", not by a count nearby
        cands = []
    spelled = ordinals or _spelled_counts(sentence, q)
    cands += spelled
    measures = measure_asked(q)
    if measures:  # "dài bao nhiêu", "bao nhiêu tấn": a figure in another measure is none
        measured = [(c, measure_of(sentence, c)) for c in cands]
        cands = [c for c, m in measured if m in measures
                 and not ("money" in measures and m == "percent" and not _as_a_change(sentence, c))]
        if not cands:
            return None
    # "kỳ họp thứ mấy" asks for a rank: a bare figure ("khóa 14") is at best a guess
    typed = bool(ordinals) or not _ASKS_RANK.search(q.folded)
    per = _ASKS_PER.search(q.folded)
    rates = [c for c in cands if per and re.match(rf"\s*(?:moi\s+)?(?:/|moi|mot)\s*{per.group(1)}\b",
                                                    strip_diacritics(sentence[c[1]:c[1] + 20].lower()))]
    identifier = re.search(r"\b(?:so|thu|lan thu) may\b|\bso (?:bao nhieu|nao)\b", q.folded)
    if identifier:
        unit = []  # "đơn vị bầu cử số mấy của Thanh Hóa": the words after it are no unit
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
    if unit:
        # "bao nhiêu số ghế": any word of the unit but "số"/"lượng" will do ("247 ghế")
        unit_words = {"%"} if unit[:2] == ["phan", "tram"] else (set(unit) - {"so", "luong"}) or {unit[0]}
        unit_words |= {w for u in unit_words for w in _SAME_COUNT.get(u, ())}
        shared = [len(unit_words & (set(tokens_folded(fold(c[2]))) | set(c[2]))) for c in cands]
        # "bao nhiêu loài cá": "75 loài cá", not "138 loài động vật"
        with_unit = [_cut_after_unit(c, unit) for c, n in zip(cands, shared) if n and n == max(shared)]
        classified = [c for c in cands if _classifies(c, q)]
        if with_unit and _qualified_count(unit):
            # "bao nhiêu ca tử vong": "133 ca bệnh" and "16 giải khuyến khích" count other things
            with_unit = [c for c in with_unit if not _counts_another_kind(sentence, c, unit, q)]
            if not with_unit:
                return None
        if with_unit:
            cands = with_unit
        elif classified:
            cands = classified
        elif (stated := _bare_after_unit(sentence, cands, unit_words)):
            cands = stated
        elif unit_words & _LOOSE_UNITS:
            typed = False  # "bao nhiêu người" is often answered in "công nhân", "hộ dân", ...
        else:
            return None  # "bao nhiêu phường": "quận 5" or "nhiệm kỳ 2016" is no answer
    if per:  # "bao nhiêu mỗi năm": a figure per year ("$70.000/năm"); any other is a guess
        cands, typed = (rates, typed) if rates else (cands, False)
    if "%" in q.text or "phan tram" in q.folded or _ASKS_RATE.search(q.folded):
        cands = [c for c in cands if "%" in c[2] or "phần trăm" in c[2]] or cands
    cands = [c for c in cands if not _counts_anothers(sentence, c, q) and not _done_by_another(sentence, c, q)]
    cands = _as_compared(sentence, cands, q)
    cands = _best_described(sentence, cands, q)
    # "Năm 2023, tăng trưởng là bao nhiêu?": of "3,8% vào năm 2022 và 3,2% vào năm 2023" the
    # figure next to the question's own number
    span = _closest(cands, sentence, q, near=q.numbers)
    if span:
        span.typed = typed
    return span


def _inside_a_date(sentence: str, at: int) -> bool:
    """Whether a date that starts before `at` runs past it (looked for in the 40 characters
    before: the whole sentence would cost a tenth of a millisecond per candidate sentence)."""
    return any(m.start() < at < m.end() for m in _DATE_SPAN.finditer(sentence, max(0, at - 40), at + 20))


# -- whose figure and whose deed: a near miss names the same things the other way round -----
_CAPITALISED = rf"[{UPPER}][^\s,.;:()?]*(?:\s+[{UPPER}][^\s,.;:()?]*)*"  # "Ba Lan", "KRI Nanggala"
_LOWER = r"\s+[a-zà-ỹđ]+"
_WHOSE_ASKED = re.compile(rf"\b[Bb]ao nhi[eê]u((?:{_LOWER}){{0,3}})\s+({_CAPITALISED})")
_WHOSE_COUNTED = re.compile(rf"(?:{_LOWER}){{0,3}}?\s+({_CAPITALISED})")
_SUBJECT_FIRST = re.compile(rf"^({_CAPITALISED})((?:{_LOWER})+?)\s+bao nhi[eê]u\b")
_DOER = re.compile(rf"({_CAPITALISED})(?:{_LOWER}){{0,3}}\s*$")


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


def _done_by_another(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Nga trục xuất bao nhiêu ...?": not "Ba Lan cũng thông báo trục xuất 3 ...", a figure
    of the same deed by another doer (the name closing in before the question's verb)."""
    m = _SUBJECT_FIRST.match(q.text)
    if not m:
        return False
    subject = m.group(1)
    if " " not in subject and subject not in _ONE_SYLLABLE_COUNTRIES and is_vietnamese_syllable(subject):
        return False  # "Có bao nhiêu ...", "Tỉnh có bao nhiêu ...": no one named does it
    named = tokens_folded(fold(subject))
    named = set(named) | {t for alias in NAME_ALIASES.get(tuple(named), ()) for t in alias}  # "Hoa Kỳ" is "Mỹ"
    verb = [t for t in tokens_folded(fold(m.group(2))) if t not in STOPWORDS and t not in _FIGURE_WORDS]
    if not verb:
        return _anothers_figure(sentence, cand, named)
    toks = aligned_tokens(sentence[:cand[0]])
    starts = phrase_starts(token_keys(toks), verb)
    if not starts:
        return False
    at = toks[starts[-1]][1]
    doer = _DOER.search(sentence[max(sentence.rfind(p, 0, at) for p in ",;:(") + 1:at])
    return bool(doer) and not set(tokens_folded(fold(doer.group(1)))) & named


_CLAUSE_BOUNDS = re.compile(r"[^,;:()]+")


def _anothers_figure(sentence: str, cand: tuple[int, int, str], named: set[str]) -> bool:
    """"Việt Nam có bao nhiêu ca ...?": not "Tỉnh Bình Sơn ghi nhận 1.400 ca", a figure whose
    clause names another before it and not the question's subject anywhere."""
    clause = next((m for m in _CLAUSE_BOUNDS.finditer(sentence) if m.start() <= cand[0] < m.end()), None)
    if clause is None or named & set(tokens_folded(fold(clause.group()))):
        return False
    before = [m.group() for m in _CAPITAL_RUN.finditer(sentence, clause.start(), cand[0])]
    return any(not is_vietnamese_syllable(run) or " " in run for run in before)


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
    differences = [c for c in cands if _DIFFERENCE_BEFORE.search(sentence[max(0, c[0] - 20):c[0]])]
    if _ASKS_DIFFERENCE.search(q.folded):
        return differences or cands
    return [c for c in cands if c not in differences] or cands


def _comparative_hon(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"thấp hơn 6 triệu đồng": "hơn" is the comparison's, not "more than" of the figure."""
    s, e, text = cand
    if text.startswith("hơn ") and _COMPARATIVE.search(sentence[max(0, s - 10):s]):
        return s + 4, e, text[4:]
    return cand


_YEAR = re.compile(r"1\d{3}|20\d\d")
_DESCRIBED = 7  # words of a figure and what it counts: "17.436 người sống tại tỉnh Quần đảo Loyauté"


def _best_described(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """Of several figures, those whose words after them (up to the next figure or the end of the
    clause) name most of what the question asks about: "600.000 người Mỹ gốc Pháp và 472.000
    người Mỹ gốc Ý" for "người Mỹ gốc Pháp"."""
    if len(cands) < 2:
        return cands
    asked = set(q.content) - q.numbers
    ordered = sorted(cands)
    counts = []
    for k, (s, e, text) in enumerate(ordered):
        end = _CLAUSE_END.search(sentence, e)
        stop = end.start() if end else len(sentence)
        words = sentence[s:stop].split()[:_DESCRIBED]
        if k + 1 < len(ordered) and ordered[k + 1][0] < stop:
            # the words before the next figure are its own ("2 tổ máy với tổng công suất 360 MW"):
            # this one's end at the last function word before it
            words = sentence[s:ordered[k + 1][0]].split()[:_DESCRIBED]
            cut = [i for i, w in enumerate(words) if i and is_function_word(w)]
            words = words[:cut[-1]] if cut else words
        year = _YEAR.fullmatch(text)  # "A 1998 bản báo cáo": a year counts nothing
        counts.append(0 if year else len(asked & set(tokens_folded(fold(" ".join(words))))))
    top = max(counts)
    # one shared word is chance ("2 tổ máy" shares "máy" with "Nhà máy"); two describe
    return [c for c, n in zip(ordered, counts) if n == top] if top >= 2 else cands


def _bare_after_unit(sentence: str, cands: list[tuple[int, int, str]], unit_words: set[str]) -> list[tuple[int, int, str]]:
    """A bare figure that ends its clause after the unit was named: "tuổi thọ bình quân ... là
    81." answers "bao nhiêu tuổi", "... giáo viên ... là 5.139 người," "bao nhiêu giáo viên"."""
    out = []
    for c in cands:
        # "nhu cầu đào tạo giáo viên ... là 5.139 người": people counted by the counter for any
        # people, once the sentence has said who they are
        of_people = re.fullmatch(_NUM + r" người", c[2]) and re.search(r"\blà\s+$", sentence[:c[0]])
        if not (re.fullmatch(_NUM, c[2]) or of_people) or not re.match(r"\s*(?:[.;,)]|$)", sentence[c[1]:]) \
                or _YEAR.fullmatch(c[2]):  # a year is no count
            continue
        clause_start = max(sentence.rfind(p, 0, c[0]) for p in ",;:(") + 1
        if unit_words & set(tokens_folded(fold(sentence[clause_start:c[0]]))):
            out.append(c)
    return out


# counters news writes for one another: "bao nhiêu ca mắc" is answered "10 trường hợp mắc"
_SAME_COUNT = {"ca": ("truong", "hop"), "hop": ("ca",)}


# words that stand between a count and the noun it counts: "48 chiếc F-15", "bốn cuộc chiến"
_CLASSIFIERS = {"chiec", "cuoc", "con", "cai", "buc", "ngoi", "toa", "tran", "dot", "chuyen", "bo"}


def _classifies(cand: tuple[int, int, str], q: Question) -> bool:
    """A figure whose classifier is followed by a word of the question counts what the question
    asks about, whatever noun the question used ("bao nhiêu phi cơ F-15": "48 chiếc F-15")."""
    words = tokens_folded(fold(cand[2]))
    return any(w in _CLASSIFIERS and nxt in q.content for w, nxt in zip(words, words[1:]))


# "tỷ lệ ... là bao nhiêu": a share, written as a percentage where the sentence has one
_ASKS_RATE = re.compile(r"\bti le\b")
# "bao nhiêu mỗi năm", "bao nhiêu ca mắc mới mỗi ngày": a figure per day, week, month, year or hour
_ASKS_PER = re.compile(r"\bbao nhieu(?: [a-z]+){0,4}? (?:moi|mot) (ngay|tuan|thang|nam|gio)\b")
_RANGE_JOIN = re.compile(r"(?:\s*°[CF])?\s*(?:–|-|—|đến|tới)\s*", re.IGNORECASE)
_CURRENCY = re.compile(r"(?:US)?[$€£¥]\s?$")


def _ranges(sentence: str, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"từ 27 °C đến 30 °C", "1.020 tới 1.030 kg/m³": two figures joined by "đến"/"tới"/"–"
    are one answer, a range, which replaces its two ends."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(cands):
        joined = _joined(sentence, cands[k], cands[k + 1], _RANGE_JOIN) if k + 1 < len(cands) else None
        out.append(joined or cands[k])
        k += 2 if joined else 1
    return out


def _joined(sentence: str, first: tuple[int, int, str], second: tuple[int, int, str],
            join: re.Pattern) -> tuple[int, int, str] | None:
    """The span from one figure or date to the next when "đến", "tới" or a dash joins them (or
    the second starts with "tới"), with a "từ" before them if there is one; else None."""
    (s1, e1, _), (s2, e2, text2) = first, second
    between = sentence[e1:s2]
    if not (join.fullmatch(between) or (not between.strip() and re.match(r"(?:tới|đến)\s", text2, re.I))):
        return None
    start = s1 - 3 if sentence[max(0, s1 - 3):s1].lower() == "từ " else s1
    return start, e2, sentence[start:e2]


def _with_currency(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    """"$61,1 tỷ": a currency sign before the figure belongs to it."""
    s, e, text = cand
    m = _CURRENCY.search(sentence, 0, s)
    return (m.start(), e, sentence[m.start():e]) if m else cand


_CARDINAL = r"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:mươi|trăm|nghìn|ngàn|triệu))?"
_SPELLED_COUNT = re.compile(
    rf"(?<!\w)(?:(?:khoảng|gần|hơn|từ)\s+)?(?:(?P<fraction>(?:một|hai|ba)\s+phần\s+(?:hai|ba|tư|năm|mười)|một nửa)"
    rf"|{_CARDINAL}(?:\s+(?:đến|tới)\s+{_CARDINAL})?)(?P<unit>(?:\s+[^\W\d_]+){{1,2}})?", re.IGNORECASE)


_ORDINAL_WORDS = {"nhat", "nhi", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"}


# nouns counted in order ("lần thứ hai", "bang thứ 28", "nhiệm kỳ thứ hai"), unlike the verbs
# before "thứ" ("xếp thứ ba", "đứng thứ hai")
_ORDERED_NOUNS = {"lan", "bang", "ki", "khoa", "nguoi", "cuoc", "dot", "vong", "phan", "tap", "ban", "chuong"}


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
    if q.unit and noun not in ("thu", "hang"):
        return []  # "mấy lần" (a unit after it) asks for a count; "thứ mấy trên thế giới" a rank
    before = q.tokens[q.wh[1] - 3] if q.wh[1] >= 3 else None
    toks = aligned_tokens(sentence)
    out = []
    for k, ((t, s, _), (n, _, e)) in enumerate(zip(toks, toks[1:])):
        if t == noun and (n[0].isdigit() or n in _ORDINAL_WORDS):
            if k and toks[k - 1][0] == before and before in _ORDERED_NOUNS:  # "lần thứ hai", not "xếp thứ ba"
                s = toks[k - 1][1]
            if n[0].isdigit() and (more := _NEXT_RANK.match(sentence, e)):  # "thứ 11 và 12"
                e = more.end()
            out.append((s, e, sentence[s:e]))
        elif noun == "thu" and t == before and before not in STOPWORDS and n[0].isdigit():
            # "phút thứ mấy": "Phút 66" ranks as "phút thứ 66"; "thế kỷ thứ mấy": "thế kỷ 20" whole
            if k and q.wh[1] >= 4 and toks[k - 1][0] == q.tokens[q.wh[1] - 4]:
                s = toks[k - 1][1]
            out.append((s, e, sentence[s:e]))
    return out


def _spelled_counts(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """Counts written in words: "hai lần", "từ năm đến tám lần", "một phần ba". A word number
    counts only what the question names right after it ("năm đạo luật" for a question about
    "đạo luật"), since "năm" is also "year" and "ba", "hai" are common syllables."""
    wanted = set(q.unit) or set(q.content)
    plain = strip_diacritics(sentence) == sentence
    out = []
    for m in _SPELLED_COUNT.finditer(sentence):
        if re.search(r"\bthứ\s*$|\d\s*$", sentence[:m.start()], re.IGNORECASE):
            continue  # "thứ hai" is an ordinal (or Monday); "5 năm tù" is five years, not "năm tù"
        unit_words = (m.group("unit") or "").split()
        kept = []
        for w in unit_words:
            if _ends_unit(w, plain):
                break
            kept.append(w)
        folded = [fold(w) for w in kept]
        # or a classifier and a word of the question: "bốn cuộc chiến" for "bao nhiêu trận chiến"
        classified = len(folded) > 1 and folded[0] in _CLASSIFIERS and folded[1] in q.content
        if not m.group("fraction") and not (folded and folded[0] in wanted) and not classified:
            continue
        unit_start = m.start("unit") if m.group("unit") else m.end()
        end = unit_start + len(" " + " ".join(kept)) if kept else unit_start
        out.append((m.start(), end, sentence[m.start():end]))
    return out


_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm|chiếm|bằng)(?:\s+(?:hơn|gần|khoảng|trên|dưới))?\s*$", re.IGNORECASE)


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
    words = [w.strip(",.;:()\"“”") for w in sentence[cand[0]:].split()[:10]]
    keys = [fold(w) for w in words]
    k = 0
    while k < len(keys) and (not keys[k] or keys[k][0].isdigit() or keys[k] in _FIGURE_WORDS):
        k += 1  # the figure: "hơn 3.000", "hai", "1,2 triệu"
    while k < len(keys) and keys[k] in _CLASSIFIERS:
        k += 1  # "3000 cuộc hội thoại"
    if k >= len(keys):
        return False
    same = list(_SAME_COUNT.get(unit[0], ()))
    if same and keys[k:k + len(same)] == same:
        k += len(same) - 1  # "10 trường hợp mắc" for "ca mắc"
    elif keys[k] != unit[0]:
        return keys[k] not in unit  # "hai phái" counts "phe phái"
    if k + 1 >= len(words) or re.search(r"[,.;:)]$", sentence[cand[0]:].split()[k]):
        return False  # the counter ends the phrase: "6 triệu tấn."
    following = words[k + 1]
    # "43 loài đặc hữu" for "bao nhiêu loài thực vật đặc hữu": a word of the question will do
    return bool(following) and keys[k + 1] not in q.content and keys[k + 1] not in unit \
        and not is_function_word(following) and not following[0].isdigit()


# the words of a figure before what it counts: "số 35", "hơn 3.000", "hai", "1,2 triệu"
_FIGURE_WORDS = {"so", "hon", "gan", "khoang", "tren", "duoi", "chung", "toi", "tong", "cong", "xap", "xi"} \
    | _MULTIPLIER_KEYS | {fold(w) for w in NUMERALS}


def _cut_after_unit(cand: tuple[int, int, str], unit: list[str]) -> tuple[int, int, str]:
    """"16 phường đẩy" -> "16 phường": the answer ends with what the question counts."""
    s, _, text = cand
    words = text.split()
    for k, w in enumerate(words):
        if fold(w) in unit:
            kept = " ".join(words[:k + 1 + (1 if len(unit) > 1 and k + 1 < len(words) and fold(words[k + 1]) in unit else 0)])
            return s, s + len(kept), kept
    return cand


def date(sentence: str, q: Question) -> Span | None:
    cands = []
    for m in _DATE_SPAN.finditer(sentence):
        nums = re.findall(r"\d+", m.group())
        if nums and all(n in q.numbers or n in "".join(q.numbers) for n in nums) and q.numbers:
            continue
        cands.append((m.start(), m.end(), m.group()))
    if _ASKS_PERIOD.search(q.folded):
        periods = _periods(sentence, cands)
        cands = periods or cands
    cands = _end_of_life(sentence, cands, q)
    cands = _date_pairs(sentence, cands)
    if "nam nao" in q.folded or "nam may" in q.folded:
        years = [c for c in cands if re.search(r"\b(?:1[5-9]|20)\d{2}\b", c[2])]
        cands = years or cands
    if re.search(r"\bngay (?:nao|may|bao nhieu)\b|\bhom nao\b", q.folded):
        # "ngày nào" asks for a day: "28/12/2020", not "cuối năm 2020"
        days = [c for c in cands if re.search(r"\d{1,2}/\d{1,2}|ngày\s+\d", c[2], re.I)]
        cands = days or cands
    return _closest(cands, sentence, q)


_LIFESPAN = re.compile(r"\((\d{3,4})\s*[-–]\s*(\d{3,4})\)")
# as written ("mất", died, is not "mặt", side); a question typed without diacritics by its key
_DEATH_WORDS = ["mất", "qua đời", "chết", "từ trần", "tạ thế", "không còn sống", "hi sinh", "hy sinh"]
_BIRTH_WORDS = ["sinh ra", "sinh năm", "sinh vào", "được sinh", "năm sinh", "ra đời", "chào đời"]


def _words_pattern(words: list[str]) -> dict[bool, re.Pattern]:
    """The words as written (typed: True) and by their keys (False)."""
    return {typed: re.compile(r"(?<!\w)(?:" + "|".join(w if typed else fold(w) for w in words) + r")(?!\w)")
            for typed in (True, False)}


_ASKS_DEATH = _words_pattern(_DEATH_WORDS)
_ASKS_BIRTH = _words_pattern(_BIRTH_WORDS)


def _end_of_life(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Alain Bombard (1924-2005)": a person's years in brackets; asked when they died, the
    second, when they were born, the first."""
    typed = q.has_diacritics
    asked = q.text.lower() if typed else q.folded
    death, birth = _ASKS_DEATH[typed].search(asked), _ASKS_BIRTH[typed].search(asked)
    if not (death or birth):
        return cands
    g = 2 if death else 1
    for m in _LIFESPAN.finditer(sentence):
        if any(c[0] == m.start(g) for c in cands):
            return [(m.start(g), m.end(g), m.group(g))]
    return cands


# "năm 1879 và 1880", "các thế kỷ XVIII và XIX": a second year or century written bare after "và"
# belongs to the same date
_BARE_YEAR_AFTER = re.compile(r"\s+và\s+(\d{3,4}|[IVXLC]+)\b(?![.,]\d|\s*%)")


def _date_pairs(sentence: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each date with the bare year or century "và" adds to it; the bare one is no date alone."""
    out: list[tuple[int, int, str]] = []
    for s, e, text in dates:
        m = _BARE_YEAR_AFTER.match(sentence, e)
        last = text.split()[-1]
        if m and (m.group(1).isdigit() == last.isdigit()) and (last.isdigit() or _ROMAN.fullmatch(last)):
            out = [c for c in out if c[1] <= s]
            out.append((s, m.end(), sentence[s:m.end()]))
        elif not out or s >= out[-1][1]:
            out.append((s, e, text))
    return out


def _periods(sentence: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two dates joined by "đến", "tới" or a dash, with a "từ" before them if there is one."""
    return [span for a, b in zip(dates, dates[1:]) if (span := _joined(sentence, a, b, _PERIOD_JOIN))]


# "Đảng Nhân dân Mông Cổ": a lower-case syllable between capitalised ones is part of the name
_OR_LOWER_INSIDE_NAME = rf"|[a-zà-ỹđ]+(?=\s+[{UPPER}])"


# an organisation's name capitalises the first syllable of each word: "Đảng Xã hội", "Tổ chức Y tế
# Thế giới"; the lower-case syllable is no function word ("Đảng Dân chủ là"), and none follows a
# name capitalised throughout ("Đảng Nhân dân Mông Cổ giành ...")
_CAP = rf"[{UPPER}][^\s,.;:()]*"
_LOWER_SYLLABLE = r"\s+(?!(?:" + "|".join(sorted(FUNCTION_WORDS | STOPWORDS_AS_WRITTEN, key=len, reverse=True)) \
    + r")(?!\w))[a-zà-ỹđ]+"
_ORG_WORD = rf"(?:{_CAP}(?:\s+{_CAP})+|{_CAP}(?:{_LOWER_SYLLABLE})?)"


def _which(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """"huyện nào" -> "huyện Sa Thầy" (the noun of the question followed by a name or number)."""
    if not q.which:
        return []
    cands = _named_after(sentence, q, q.which)
    if not cands and len(q.which) > 1 and asks_named_kind(q):
        cands = _named_after(sentence, q, q.which[-1:])  # "vùng biển nào": "trên biển Nhật Bản"
    return cands


_BRIDGE_STOPS = "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True))  # "sân bay chính của Paris" names none


def _named_after(sentence: str, q: Question, noun: list[str]) -> list[tuple[int, int, str]]:
    """Where the sentence writes the noun followed by a name or number ("huyện Sa Thầy")."""
    toks = aligned_tokens(sentence)
    cands = []
    for i in phrase_starts(token_keys(toks), noun):
        start = toks[i][1]
        after = toks[i + len(noun) - 1][2]
        word = _ORG_WORD if q.kind == "org" else _CAP
        # "sân bay quốc tế Nội Bài": a named kind of place may say more of its kind before the name
        bridge = rf"(?:(?!(?:{_BRIDGE_STOPS})\s)[a-zà-ỹđ]+\s+){{0,2}}" if noun[-1] in NAMED_KINDS else ""
        m = re.match(rf"\s+(?:số\s+)?{bridge}((?:\d+|{word})(?:\s+(?:\d+\b|{word}{_OR_LOWER_INSIDE_NAME}))*)",
                     sentence[after:])
        if m:
            end = after + _foreign_word_ends(m.group()) if q.kind == "org" else after + m.end()
            cands.append((start, end, sentence[start:end]))
    return cands


def _foreign_word_ends(name: str) -> int:
    """Where a name read by _ORG_WORD ends: at a foreign word followed by a lower-case one
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
    rf"\b(?:ở|tại|về|đến|sang|vào)\s+((?:vùng|miền|dãy núi|núi|sông|hồ|vịnh|biển|đảo|quần đảo|thị trấn|"
    rf"thủ đô|bang|tiểu bang|làng|cảng|khu vực|trạm|bảo tàng|viện bảo tàng|"
    rf"cao nguyên|đồng bằng|thung lũng|bán đảo|eo biển|quảng trường|đại lộ|công viên|cung điện|điện|nhà thờ|chùa|đền|vùng đất)(?:\s+{_DIRECTION})?\s+{_CAP}(?:\s+{_CAP})*)")


# place kinds written capitalised as the first word of a name that goes on in lower case
# between its capitalised words ("Khu di tích Quốc gia đặc biệt Cố đô Hoa Lư", "Vườn quốc gia
# Cát Tiên", "Sân vận động Mỹ Đình")
_KIND_FIRST = {"Khu", "Làng", "Vườn", "Cụm", "Chùa", "Đền", "Sân", "Bến", "Cảng", "Chợ", "Lăng", "Nhà", "Bảo",
               # institutions, whose names go on in lower case too: "Trường Tiểu học Tân Phú", "Bệnh viện Đa khoa"
               "Trường", "Bệnh", "Viện", "Học", "Đại", "Trung", "Công", "Ngân", "Khách", "Sở", "Bộ", "Cục", "Ủy",
               "Tòa", "Văn", "Tập"}
_BRIDGED = re.compile(rf"(?:\s+(?:(?:[a-zà-ỹđ]+\s+){{0,3}}){_CAP})*")


def _whole_place(sentence: str, run: tuple[int, int, str]) -> tuple[int, int, str]:
    """"tại Tây bộ Canada": a capitalised syllable going on in lower case, and the name after;
    "tại Khu di tích ... Cố đô Hoa Lư": a place kind's name, lower-case words and all."""
    if run[2].split()[0] in _KIND_FIRST:
        m = _BRIDGED.match(sentence, run[0] + len(run[2].split()[0]))
        bridged = m and not any(w in FUNCTION_WORDS for w in m.group().split())
        if bridged and m.end() > run[1]:
            return run[0], m.end(), sentence[run[0]:m.end()]
    s, e, text = _whole_word(sentence, run)
    if e == run[1]:
        return run
    more = re.match(rf"\s+{_CAP}(?:\s+{_CAP})*", sentence[e:])
    e = e + more.end() if more else e
    return s, e, sentence[s:e]


_ASKS_NATIONALITY = re.compile(r"\bnguoi (?:nuoc|quoc gia) nao\b|\bquoc tich\b")


_ASKS_HOMETOWN = re.compile(r"\bque(?: quan)?(?: (?:o|tai))? (?:o )?dau\b|\bque (?:o )?(?:tinh|huyen|xa) nao\b")
_HOMETOWN = re.compile(r"\bquê(?:\s+quán)?(?:\s+(?:ở|tại))?\s+")
_ONE_PLACE = rf"(?:{LOCALITY.pattern}|{_CAP}(?:\s+{_CAP})*)"
_HOMETOWN_PLACES = re.compile(rf"{_ONE_PLACE}(?:,\s*{_ONE_PLACE})*")  # "xã Hồng Minh, huyện Hưng Hà"


def hometown(sentence: str, q: Question) -> Span | None:
    """"X quê ở đâu?": the place written after "quê" ("quê xã Hồng Minh, huyện Hưng Hà"), or
    none: another place of the sentence, or an office ("Tỉnh ủy"), is not where X is from."""
    m = _HOMETOWN.search(sentence)
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


# "bị kỷ luật bằng hình thức gì": the Party's and the state's disciplinary measures, as written
_ASKS_DISCIPLINE = re.compile(r"\b(?:ki luat|xu li|xu phat)\b.*\bhinh thuc (?:gi|nao)\b"
                              r"|\bhinh thuc (?:ki luat|xu li|xu phat) (?:gi|nao)\b"
                              r"|\b(?:ki luat|xu li) (?:nhu the nao|ra sao|the nao)\b")
_DISCIPLINES = ["tạm đình chỉ công tác", "đình chỉ công tác", "khai trừ ra khỏi Đảng", "khai trừ khỏi Đảng",
                "khai trừ", "khiển trách", "cảnh cáo", "cách chức", "cách tất cả các chức vụ", "giáng chức",
                "buộc thôi việc", "hạ bậc lương", "bãi nhiệm", "miễn nhiệm", "phê bình",
                "kiểm điểm rút kinh nghiệm", "xóa tư cách"]
_DISCIPLINE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _DISCIPLINES), key=len, reverse=True))
                         + r")(?!\w)", re.IGNORECASE)


def discipline(sentence: str, q: Question) -> Span | None:
    """"bị kỷ luật bằng hình thức gì?": the measure the sentence names ("khiển trách", "cách
    chức"), or none: a clause about the case is no answer to which measure."""
    cands = [(m.start(), m.end(), m.group()) for m in _DISCIPLINE.finditer(sentence) if _novel(m.group(), q)]
    # "khiển trách đối với ông A, ... và cảnh cáo ông B": the measure named before the person asked
    at = _name_at(sentence, q)
    before = [c for c in cands if at is not None and c[1] <= at]
    return _closest(before[-1:] or cands, sentence, q)


def _name_at(sentence: str, q: Question) -> int | None:
    """Where the sentence writes the first name of three or more words the question has."""
    toks = aligned_tokens(sentence)
    for alternatives in q.entities:
        starts = phrase_starts(token_keys(toks), alternatives[0]) if len(alternatives[0]) >= 3 else []
        if starts:
            return toks[starts[0]][1]
    return None


def place(sentence: str, q: Question) -> Span | None:
    if _ASKS_NATIONALITY.search(q.folded):  # "người nước nào": "người Pháp"
        peoples = [p for p in _peoples(sentence) if _novel(p[2], q)]
        if peoples:
            return _closest(peoples, sentence, q)
    cands = _which(sentence, q)
    typed = bool(cands) or not q.which
    if not cands and asks_named_kind(q):
        return None  # "bãi tắm nào": a district or a town of the sentence is no beach
    if not cands:
        cands = [(m.start(), m.end(), m.group()) for m in LOCALITY.finditer(sentence)]
        for m in re.finditer(rf"\b(?:ở|tại|quê|về)\s+({_CAP}(?:\s+{_CAP})*)", sentence):
            cands.append(_whole_place(sentence, (m.start(1), m.end(1), m.group(1))))
            cands += _items_after(sentence, m.end(1))
        for m in _NAMED_PLACE.finditer(sentence):  # "tại dãy núi Altai", "về thị trấn Hyde Park"
            cands.append((m.start(1), m.end(1), m.group(1)))
        for m in re.finditer(r"\b(?:đơn vị bầu cử|đơn vị)\s+số\s+\d+", sentence):
            cands.append((m.start(), m.end(), m.group()))
    # "huyện nào của Kon Tum": of several districts in the sentence, the one next to Kon Tum
    qualifier = {t for t in q.right[:4] if t not in STOPWORDS}
    return _typed(_closest(_lists(sentence, cands), sentence, q, near=qualifier), typed)


_AND = r"\s*,\s*(?:và\s+)?|\s+và\s+"  # ", ", ", và ", " và " between names in a row
_NEXT_ITEM = re.compile(rf"({_AND})({_CAP}(?:\s+{_CAP})*)")


def _items_after(sentence: str, end: int) -> list[tuple[int, int, str]]:
    """The names listed after a place ("tại Koumac, Nandaï, Tontouta, Plum, và Nouméa"), if the
    list ends with "và": a bare comma may as well start the next clause ("tại Hà Nội, ông A ...")."""
    items = []
    while (m := _NEXT_ITEM.match(sentence, end)):
        items.append((m.start(2), m.end(2), m.group(2)))
        end = m.end()
        if "và" in m.group(1):
            return items
    return []


_LIST_JOIN = re.compile(rf"(?:{_AND}|\s+với\s+)(?:(?:ông|bà)\s+)?")


def _lists(sentence: str, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
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


def _typed(span: Span | None, typed: bool) -> Span | None:
    if span:
        span.typed = span.typed and typed
    return span


def org(sentence: str, q: Question) -> Span | None:
    cands = _which(sentence, q)
    typed = bool(cands) or q.which in ([], ["co", "quan"], ["don", "vi"], ["to", "chuc"])
    if not cands:
        names = find_names(sentence)
        places = None
        for m in _ORG_SPAN.finditer(sentence):
            if places is None:  # looked for only in a sentence with an organisation's head word
                places = [p.span() for p in COUNTRY_OR_PROVINCE.finditer(sentence)]
            if any(s <= m.start() < e for s, e in places):
                continue  # "Ban Nha" of "Tây Ban Nha" (or "Đài" of "Đài Loan") is no organisation
            end = m.end()
            for s, e, _ in names:  # "UBND Nguyễn Thành Phong": the organisation ends at the name
                if m.start() < s < end:
                    end = s
            phrase = _role_like(sentence[m.start():end].strip())
            if len(phrase.split()) >= 2:
                cands.append((m.start(), m.start() + len(phrase), phrase))
    return _typed(_closest(cands, sentence, q), typed)


def _role_like(text: str) -> str:
    """An organisation name cut before the first verb, like a role phrase."""
    words = text.split()
    kept = []
    from .facts import ROLE_STOP

    for k, w in enumerate(words):
        if k and w.lower() in ROLE_STOP:
            break
        kept.append(w)
    return " ".join(kept)


def title(sentence: str, q: Question) -> Span | None:
    cands = []
    qset = set(q.tokens)
    for s, e, name in find_names(sentence):
        if not set(tokens_folded(fold(name))) <= qset:
            continue
        # roles the question already names ("Trước khi làm Chủ tịch tỉnh X") are not the answer
        roles = [r for r in roles_before(sentence, s) + roles_after(sentence, e)
                 if not set(tokens_folded(fold(r))) - GENERIC_ORG_WORDS <= qset]
        if roles:
            cands.append((s, e, ", ".join(dict.fromkeys(roles[:3]))))
    return _closest(cands, sentence, q)


# brackets after the name ("Franklin D. Roosevelt (1882 – 1945) là ...") are passed over
_APPOSITION_START = re.compile(r"(?:\s*\([^()]*\))*\s*(?:,|\s[-–]\s|là\b)\s*")


def appositive(sentence: str, q: Question) -> Span | None:
    """What the sentence says the question's subject is: "Gaston Defferre, đối thủ của ông," or
    "X là <description>", for "X là ai?"."""
    subject = q.left[:-1] if q.left and q.left[-1] == "la" else q.left
    if not subject:
        return None
    toks = aligned_tokens(sentence)
    seq = token_keys(toks)
    n = len(subject)
    cands = []
    for i in phrase_starts(seq, subject):
        after = toks[i + n - 1][2]
        m = _APPOSITION_START.match(sentence, after)
        if not m or m.end() == after:
            continue
        end = _CLAUSE_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        if stop - m.end() > 1:
            cands.append((m.end(), stop, sentence[m.end():stop]))
    return _closest(cands, sentence, q)


def reason(sentence: str, q: Question) -> Span | None:
    cands = []
    for m in _REASON_CUE.finditer(sentence):
        if _CONSEQUENCE_CUE.match(sentence, m.start()):
            continue
        # a reason after its event runs to the end of the sentence ("bị hoãn vì mưa lớn, đường
        # ngập"); one that opens the sentence ends at its comma ("Vì mưa lớn, lễ khởi công bị hoãn")
        opens = not sentence[:m.start()].strip(" \"“(")
        end = (_CLAUSE_END if opens else _SENTENCE_PART_END).search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        # "vì ...", "do ...": the conjunction stays, as a reader answers "tại sao" ("Vì lỗi của
        # ..."); "lý do", "nguyên nhân" (the reason) do not
        keep = m.group().strip().lower() in ("vì", "do", "bởi", "bởi vì")
        cands.append((m.start(), stop, sentence[m.start() if keep else m.end():stop]))
    for m in _CONSEQUENCE_CUE.finditer(sentence):
        # "X, vì thế Y": X is the reason for Y
        starts = [e.end() for e in _CLAUSE_END.finditer(sentence, 0, max(m.start() - 2, 0))]
        start = starts[-1] if starts else 0
        if m.start() - start > 1:
            cands.append((start, m.start(), sentence[start:m.start()]))
    return _closest(cands, sentence, q)


_CONSEQUENCE_CUE = re.compile(r"\b(?:vì thế|vì vậy|do đó|do vậy|bởi vậy|bởi thế)\b", re.I)
_SENTENCE_PART_END = re.compile(r"[;.!?](?=\s|$)")


_QUOTES = re.compile("[\"“‘']")


def quoted_slot(sentence: str, q: Question) -> Span | None:
    """A quoted name right after the words before the question word: 'cơ chế “một cửa”'. Not
    for a figure or a date, and for "ai" only a capitalised one (not 'ông Bắc “bật mí”')."""
    if not _QUOTES.search(sentence) or q.kind in ("number", "date"):
        return None  # most sentences quote nothing: spare the slot search
    span = slot(sentence, q)
    return span if span and span.typed and (q.kind != "person" or span.text[:1].isupper()) else None


def slot(sentence: str, q: Question) -> Span | None:
    """The words that fill the question's gap: after the words before the question word, or
    before the words after it."""
    toks = aligned_tokens(sentence)
    seq = token_keys(toks)
    # the last/first three words around the question word, stopwords included: folding makes
    # "cơ" and "có" alike, so dropping stopwords would break "cơ chế gì"
    left = q.left[-3:]
    right = q.right[:3]
    cands = []
    for n in range(len(left), 0, -1):  # longest anchor first, any n words of the last three
        quoted = []
        for a in range(len(left) - n + 1):
            anchor = left[a:a + n]
            if all(t in STOPWORDS for t in anchor):
                continue
            for i in phrase_starts(seq, anchor):
                after = toks[i + n - 1][2]
                m = re.match(r"\s*[\"“‘']([^\"”’']{1,80})[\"”’']", sentence[after:])
                if m:  # a quoted name right after the anchor: 'chơi "phỏm"'
                    quoted.append((after, after + m.end(), m.group(1)))
                    continue
                end = _CLAUSE_END.search(sentence, after + 1)
                stop = end.start() if end else len(sentence)
                if stop - after > 1:
                    cands.append((after, stop, sentence[after:stop]))
        if quoted:
            span = _closest(quoted, sentence, q)
            if span:
                span.typed = True
                return span
        if cands:
            break
    if not cands:
        for n in range(len(right), 0, -1):
            anchor = right[:n]
            if all(t in STOPWORDS for t in anchor):
                continue
            for i in phrase_starts(seq, anchor):
                before = toks[i][1]
                starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, before)]
                start = starts[-1] if starts else 0
                if before - start > 1:
                    cands.append((start, before, sentence[start:before]))
            if cands:
                break
    span = _closest(cands, sentence, q, typed=False)
    if span:
        span.typed = False
    return span


def _compound(sentence: str, a: tuple[str, int, int], b: tuple[str, int, int], pairs: set) -> bool:
    """Two adjacent words, written as one phrase, that the question does not have together."""
    return (a[0], b[0]) not in pairs and a[0] not in STOPWORDS and b[0] not in STOPWORDS \
        and sentence[a[2]:b[1]] == " "


def remainder(sentence: str, q: Question) -> Span | None:
    """The part of the sentence that says something new: from its first word the question does
    not have to the end of the phrase of its last."""
    toks = aligned_tokens(sentence)
    novel = [k for k, (t, s, e) in enumerate(toks) if t not in STOPWORDS and not q.mentions(t, sentence[s:e])]
    if not novel:
        return None
    first, last = novel[0], novel[-1]
    # a question word glued to the new part makes a new compound with it ("xích đạo" is not the
    # question's "chủ đạo"): it stays
    pairs = set(zip(q.tokens, q.tokens[1:]))
    keys = token_keys(toks)
    if first > 0 and _compound(sentence, toks[first - 1], toks[first], pairs) \
            and tuple(keys[first - 2:first]) not in pairs:
        first -= 1
    first = _with_leading_words(sentence, toks, first, q)
    first = _with_noun_asked(sentence, toks, keys, first, q)
    start, end = toks[first][1], toks[last][2]
    # the answer runs to the end of its phrase, question words and all: "tác động đến chính
    # trường và thanh niên Mông Cổ", not "... thanh niên"
    stop = _PHRASE_END.search(sentence, end)
    end = _past_open_marks(sentence, start, stop.start() if stop else len(sentence))
    # "Năm 2004, toàn vùng có ...": the time the sentence opens with answers no "what"
    if q.kind != "date" and (opening := _OPENING_DATE.match(sentence, start)) and opening.end() < end:
        start = opening.end()
    # "Tuy nhiên, ...", "Về mặt địa lý, ...": how the sentence ties to the one before is no answer
    if (opening := _OPENING_CONNECTIVE.match(sentence)) and start < opening.end() < end:
        start = opening.end()
    start = _after_restated_subject(sentence, toks, start, end, q)
    text = _clean_closed(sentence[start:end])
    return Span(text, start, end, False) if text else None


def _after_restated_subject(sentence: str, toks, start: int, end: int, q: Question) -> int:
    """"Khu vực tốt nhất để ngắm tháp Eiffel là sân giữa ...": when the words before the first
    "là" of the answer are mostly (70%) the question's, what follows "là" is the answer (60% cut
    two right answers short on ViQuAD)."""
    inside = [(t, s, e) for t, s, e in toks if start <= s and e <= end]
    copula = next((i for i, (_, s, e) in enumerate(inside) if sentence[s:e] == "là"), None)
    if not copula:
        return start
    before = [(t, s, e) for t, s, e in inside[:copula] if t not in STOPWORDS]
    after = [t for t, _, _ in inside[copula + 1:] if t not in STOPWORDS]
    if not before or not after or sum(q.mentions(t, sentence[s:e]) for t, s, e in before) < 0.7 * len(before):
        return start
    return inside[copula + 1][1]


_OPENING_DATE = re.compile(r"(?:(?:vào|từ|đến|trong|sau|trước)\s+)?(?:" + _DATE_SPAN.pattern + r"),\s*", re.IGNORECASE)
_OPENING_CONNECTIVE = re.compile(
    r"\W{0,2}(?:tuy nhiên|tuy vậy|mặc dù vậy|dù vậy|ngược lại|đồng thời|cuối cùng|hơn nữa|ngoài ra|thật ra|"
    r"thực ra|giờ đây|ngày nay|hiện nay|mặt khác|trong khi đó|bên cạnh đó|theo đó|do đó|sau đó|vì vậy|vì thế|"
    r"do vậy|bởi vậy|nhìn chung|nói chung|thêm vào đó|trước đó|khi đó|lúc đó|lúc ấy|khi ấy|"
    r"về mặt [^\W\d]+(?: [^\W\d]+)?|(?:vào )?(?:thế kỷ|thế kỉ) (?:\d+|[IVXLC]+))\s*,\s*", re.IGNORECASE)
_QUANTIFIERS = {"một", "những", "các", "nhiều", "mỗi", "mọi", "hai", "ba"}
# "sự sụp đổ", "việc mở rộng", "người quyết định ở lại": the word that makes the rest a noun
_NOUN_MAKERS = {"sự", "việc", "người"}
# words whose first syllable is written like a function word: "thế kỷ", "từ chối"
_OPENED_BY_A_FUNCTION_WORD = set("""thế kỷ, thế kỉ, thế giới, thế hệ, thế lực, thế chiến, thế vận, từ chối,
từ khước, từ bỏ, từ chức, từ giã, từ biệt, từ trần, từ thiện, anh quốc""".replace("\n", " ").split(", "))


def _with_leading_words(sentence: str, toks, first: int, q: Question) -> int:
    """Words written onto the answer's first new word stay with it: a quantifier ("một cuộc đảo
    chính", "những người bạn"), the word that makes it a noun ("Việc mở rộng"), a capitalised
    word of the same name ("Người Đức", "Anh Quốc"), a syllable that only folds like a function
    word ("cung cấp"), unless it ends a name of the question ("Mông Cổ" of "người điếc ở Mông Cổ
    sử dụng ...")."""
    while first > 0 and sentence[toks[first - 1][2]:toks[first][1]] == " ":
        word = sentence[toks[first - 1][1]:toks[first - 1][2]]
        lower = word.lower()
        # a capitalised word joins a capitalised one only: "Hoa Kỳ triển khai" is no name
        named = sentence[toks[first][1]:toks[first][1] + 1].isupper()
        pair = f"{lower} {sentence[toks[first][1]:toks[first][2]].lower()}"
        if lower in _QUANTIFIERS or lower in _NOUN_MAKERS or pair in _OPENED_BY_A_FUNCTION_WORD \
                or (named and word[:1].isupper() and _names_with(lower, sentence, toks[first])) \
                or (fold(word) in STOPWORDS and lower not in FUNCTION_WORDS
                    and not (word[:1].isupper() and q.mentions(toks[first - 1][0], word))):
            first -= 1
        elif (negation := _negated(sentence, toks, first)) is not None:
            return negation
        else:
            break
    return first


def _with_noun_asked(sentence: str, toks, keys: list[str], first: int, q: Question) -> int:
    """The noun of "<noun> nào" written right before the answer heads it: "Tổ chức phi chính phủ
    Freedom House" for "tổ chức nào", "Biên giới chung của Canada ..." for "đường biên giới nào"."""
    asked = [k for k, t in enumerate(q.tokens) if t == "nao"]
    if not asked:
        return first
    k = asked[-1]
    for n in (2, 1):
        noun = q.tokens[max(0, k - n):k]
        if len(noun) == n and first - n >= 0 and keys[first - n:first] == noun and not set(noun) <= STOPWORDS \
                and all(sentence[toks[j][2]:toks[j + 1][1]] == " " for j in range(first - n, first)):
            return first - n
    return first


_NEGATIONS = {"không", "chưa", "chẳng", "chả", "đừng", "chớ"}
_AFTER_NEGATION = {"có", "phải", "được", "bị", "hề", "còn", "thể"}


def _negated(sentence: str, toks, first: int) -> int | None:
    """Where a negation before the answer starts ("không hài lòng", "không có nhân cách"), or None:
    an answer without its "không" says the opposite."""
    def word(k: int) -> str:
        return sentence[toks[k][1]:toks[k][2]].lower() if k >= 0 else ""
    if word(first - 1) in _NEGATIONS:
        return first - 1
    if word(first - 1) in _AFTER_NEGATION and word(first - 2) in _NEGATIONS \
            and sentence[toks[first - 2][2]:toks[first - 1][1]] == " ":
        return first - 2
    return None


def _names_with(lower: str, sentence: str, after: tuple[str, int, int]) -> bool:
    """A capitalised word before the answer is part of its name ("Anh Quốc", "Đạo luật Jones"),
    unless it is a function word capitalised to start the sentence ("Theo đó"); "Người" before a
    name is a people ("Người Đức")."""
    if lower not in FUNCTION_WORDS:
        return True
    return lower == "người" and sentence[after[1]:after[1] + 1].isupper()


# the end of a phrase: a comma or stop before a space, a dash between spaces (not a bracket or a
# quote, which a phrase may hold: 'gọi là "Cuộc chiến của mọi cuộc chiến"', 'Bapu (người cha ...)')
_PHRASE_END = re.compile(r"[,;:.!?](?=\s|$)|\s[-–]\s")
_MARKS = [("(", ")"), ("“", "”"), ('"', '"')]


def _is_open(text: str, open_: str, close: str) -> bool:
    """Whether the text opens the mark more often than it closes it."""
    return text.count(open_) % 2 == 1 if open_ == close else text.count(open_) > text.count(close)


def _past_open_marks(sentence: str, start: int, end: int) -> int:
    """Move the end past the closing mark of a bracket or quote opened inside the phrase."""
    text = sentence[start:end]
    for open_, close in _MARKS:
        if _is_open(text, open_, close):
            k = sentence.find(close, end)
            if k != -1:
                end = k + 1
    return end


def _clean_closed(text: str) -> str:
    """_clean, but a closing mark whose opening mark is in the text stays."""
    cleaned = _clean(text)
    tail = text.rstrip(" ,;:.")
    for open_, close in _MARKS:
        if tail.endswith(close) and cleaned and not cleaned.endswith(close) and _is_open(cleaned, open_, close):
            cleaned += close
    return cleaned


EXTRACTORS = {
    "person": [agent, person],
    "title": [title, appositive],
    "number": [number],
    "date": [date],
    "place": [place, org],
    "org": [org, place],
    "reason": [reason],
    "manner": [],
    "what": [],
    "other": [],
}


_CAPITAL_RUN = re.compile(rf"(?:(?<=[\s(“\"])|^)[{UPPER}][^\s,.;:()“”\"]*(?:\s+(?:[{UPPER}][^\s,;:()“”\"]*|de|van|von|la))*")


_AFTER_PLACE_WORD = re.compile(r"\b(?:tại|ở)\s+$", re.IGNORECASE)


# names of one syllable that a verb follows ("Pháp quay lại ..."): no word goes on from them
_ONE_SYLLABLE_COUNTRIES = {"Anh", "Pháp", "Nga", "Mỹ", "Đức", "Ý", "Nhật", "Lào", "Hàn", "Úc", "Bỉ", "Séc"}
_NEXT_SYLLABLE = re.compile(r" ([a-zà-ỹđ]+)")


def _whole_word(sentence: str, run: tuple[int, int, str]) -> tuple[int, int, str]:
    """One capitalised Vietnamese syllable is the first of a word the sentence goes on with in
    lower case ("Quốc hội", "Hoàng đế"), unless a function word follows ("Hoàng và ...") or it is
    a country's name."""
    s, e, text = run
    m = _NEXT_SYLLABLE.match(sentence, e)
    if " " in text or text in _ONE_SYLLABLE_COUNTRIES or not is_vietnamese_syllable(text) or not m \
            or m.group(1) in FUNCTION_WORDS:
        return run
    return s, m.end(), sentence[s:m.end()]


def capitalised(sentence: str, q: Question, places: frozenset[str] = frozenset()) -> Span | None:
    runs = [_whole_word(sentence, c) for c in _capital_runs(sentence, q) if c[2] not in places]
    return _typed(_closest(_lists(sentence, runs), sentence, q), False)


def _capital_runs(sentence: str, q: Question) -> list[tuple[int, int, str]]:
    """Any run of capitalised words (foreign names: "Franklin D. Roosevelt"); at the sentence
    start only a run of two or more words without diacritics ("Francisco Vasquez de Coronado
    mô tả …") or one foreign word ("Canada là ..."), since the first word of every sentence is
    capitalised."""
    cands = [(m.start(), m.end(), m.group()) for m in _CAPITAL_RUN.finditer(sentence)
             if m.start() or (" " in m.group() and strip_diacritics(m.group()) == m.group()
                              and m.group().split()[0].lower() not in FUNCTION_WORDS)  # "Khi Chia rẽ ..."
             or (" " not in m.group() and not is_vietnamese_syllable(m.group()))]
    cands = [c for c in cands if not _ROMAN.fullmatch(c[2])]  # "thế kỷ XVIII" names no one
    if q.kind == "person":  # "… tại Hà Nội": a place, not who
        cands = [c for c in cands if not _AFTER_PLACE_WORD.search(sentence, 0, c[0])]
    return cands


_ROMAN = re.compile(r"[IVXLC]+")
_LOCALITY_NOUNS = {"tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong", "ap", "thon", "ban", "to"}


def extract(sentence: str, q: Question, places: frozenset[str] = frozenset()) -> Span | None:
    """The best typed span, else the slot, else the most relevant clause (those two marked
    untyped, so they count for less). `places`: names the article writes as places ("tại
    Kuwait"), which answer no "ai"."""
    quoted = quoted_slot(sentence, q)
    if quoted:
        return quoted
    if q.kind == "place" and _ASKS_HOMETOWN.search(q.folded):
        return hometown(sentence, q)
    if asks_named_kind(q):
        return place(sentence, q)  # "bãi tắm nào" is answered by a beach's name or not at all
    if _ASKS_DISCIPLINE.search(q.folded):
        return discipline(sentence, q)
    for extractor in EXTRACTORS.get(q.kind, []):
        span = person(sentence, q, places) if extractor is person else extractor(sentence, q)
        if span:
            return span
    if q.kind == "person":
        if q.copula and asks_role(q):
            return None  # nobody here holds the role asked about: no guessing
        return capitalised(sentence, q, places)
    if q.kind in ("title", "number", "date", "author"):
        return None  # a number question answered without a number is no answer
    if q.kind == "place" and q.which and q.which[0] in _LOCALITY_NOUNS:
        # "huyện nào", "tỉnh nào": a name ("Sa Thầy", "Toronto"), never a clause
        return _typed(capitalised(sentence, q), False)
    return asked_name(sentence, q) or _typed(remainder(sentence, q), False)


_ASKS_NAME = re.compile(r"\b(?:ten|ten goi|biet danh)(?: la)? gi\b")
_NAME_RUN = rf"{_CAP}(?:\s+(?:{_CAP}|\d+\b))*"
_CALLED = re.compile(rf"(?:tên gọi|tên là|mang tên|có tên|tên)\s+(?:là\s+)?({_NAME_RUN})")
_NAME_AFTER = re.compile(rf"\s+({_NAME_RUN})")


def asked_name(sentence: str, q: Question) -> Span | None:
    """"... tên là gì?": the name the sentence gives ("có tên gọi Bắc Đẩu"), or the name written
    right after a word of the question ("tàu ngầm KRI Nanggala 402")."""
    if q.kind != "what" or not _ASKS_NAME.search(q.folded):
        return None
    cands = [(m.start(1), m.end(1), m.group(1)) for m in _CALLED.finditer(sentence)]
    if not cands:
        asked = set(q.left) - STOPWORDS
        for t, _, e in aligned_tokens(sentence):
            m = _NAME_AFTER.match(sentence, e) if t in asked else None
            if m:
                cands.append((m.start(1), m.end(1), m.group(1)))
    # a name that goes on in lower case ("Chấp trì chân lý") is not cut
    return _closest([c for c in cands if _ends_plainly(sentence, c[1])], sentence, q)


def _ends_plainly(sentence: str, end: int) -> bool:
    nxt = re.match(r"\s*([^\s\w]|\w+)?", sentence[end:]).group(1)
    return not nxt or not nxt[0].isalnum() or nxt.lower() in FUNCTION_WORDS

