"""The role a question asks about, and whether a role written in a sentence is that one: its rank
("Phó", "nguyên", "Quyền"), its council (UBND or HĐND), its department ("Sở Y tế") and its
organisation.
"""
from __future__ import annotations

import re

from ..contrast import COUNCILS, provinces_asked, provinces_in
from ..facts import FOLDED_SURNAMES, LOCALITY, ROLE_HEADS, role_asked, role_head
from ..question import LOCALITY_LEVELS, STOPWORDS, Question, named_words, per_question
from ..text import aligned_tokens, fold, strip_diacritics, tokens_folded
from .places import LOCALITY_NOUNS
from .spans import has_phrase, token_keys


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


# bodies whose next words say their field, as written: "Sở Y tế", "Bộ Công Thương", "Viện Toán học"
_FIELD_BODIES = {"sở", "bộ", "cục", "vụ", "viện", "trường", "phòng"}
_PLAIN_BODIES = {strip_diacritics(b) for b in _FIELD_BODIES}


@per_question
def body_asked(q: Question) -> list[str]:
    """The words saying the field of the body the role asked about belongs to ("y te" of
    "Giám đốc Sở Y tế Lào Cai"), up to the place, which the article may complete."""
    toks, at = _field_body(q)
    # (a name read as running from the title, "Trưởng Phòng GD&ĐT", holds no place)
    places = {t for alternatives in q.entities for alt in alternatives
              if len(alt) > 1 and (at is None or toks[at] not in alt) for t in alt}
    body: list[str] = []
    joined = False
    words = toks[at + 1:at + 6] if at is not None else []
    for k, t in enumerate(words):
        # "và" joins the field's parts ("Giáo dục và Đào tạo", "Tài nguyên và Môi trường")
        joins = t == "va" and bool(body) and k + 1 < len(words) \
            and words[k + 1] not in places | STOPWORDS | LOCALITY_NOUNS
        # the body's own first word is no place ("Sở LĐ-TB&XH Bình Thuận": the initials are a name
        # too) and no function word ("Sở Tư pháp": "tư" folds like "từ"); three words say the
        # field, five where "và" joins two
        if (t in places or t in STOPWORDS) and body and not joins or t in LOCALITY_NOUNS or t[0].isdigit() \
                or len(body) >= (5 if joined else 3):
            break
        joined |= joins
        body.append(t)
    return body


def _field_body(q: Question) -> tuple[list[str], int | None]:
    """The question's role tokens and where its field body ("Sở", "Bộ") is among them. As
    written, "viện" is told from "viên" (of "thành viên"); without diacritics the body must
    follow the role's title ("giam doc so ...")."""
    if q.has_diacritics:
        role = role_asked(q.text) or ""
        aligned = aligned_tokens(role)
        head = role_head(role)
        # the body after the title ("Giám đốc Sở Y tế") or closing it ("Trưởng Phòng GD&ĐT")
        at = next((k for k, (_, ts, te) in enumerate(aligned)
                   if role[ts:te].lower() in _FIELD_BODIES and (k >= len(head) or k == len(head) - 1)), None)
        return token_keys(aligned), at
    for k in range(len(q.tokens)):
        for n in range(min(_LONGEST_ROLE, len(q.tokens) - k), 0, -1):  # (a role closing the question too)
            if tuple(q.tokens[k:k + n]) in _ROLE_PHRASES and q.tokens[k + n:k + n + 1] and q.tokens[k + n] in _PLAIN_BODIES:
                return q.tokens, k + n
            if tuple(q.tokens[k:k + n]) in _ROLE_PHRASES and q.tokens[k + n - 1] in _PLAIN_BODIES and q.tokens[k + n:k + n + 1]:
                return q.tokens, k + n - 1  # "truong phong gd&dt": the title closes with the body
    return [], None


def names_another_body(q: Question, said: set[str]) -> bool:
    """"Giám đốc Sở VHTTDL tỉnh Lào Cai" is not the "Giám đốc Sở Y tế Lào Cai" asked about:
    a word of the body asked about that the role and its sentence (`said`) do not have."""
    return any(t not in said for t in body_asked(q))


_LEVELS = {"tinh", "quan", "huyen", "xa", "phuong", "thanh", "thi", "tp"}


def organisation_after(toks: list[str], start: int, stop: set[str] = frozenset()) -> list[str]:
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


def title_span(toks: list[str]) -> tuple[int, int] | None:
    """Where the first role title in the tokens starts and ends (the longest there)."""
    return next(_title_spans(toks), None)


def _title_end(toks: list[str]) -> int | None:
    span = title_span(toks)
    return span[1] if span else None


@per_question
def organisation_asked(q: Question) -> list[str]:
    end = _title_end(q.tokens)
    return organisation_after(q.tokens, end, named_words(q)) if end is not None else []


def names_another_organisation(q: Question, role_tokens: list[str]) -> bool:
    """"Phó Chủ tịch Ủy ban Trung ương MTTQ" is not the "Phó Chủ tịch UBND tỉnh" asked about:
    the role names an organisation, and not the one asked. A role naming none ("Chủ tịch tỉnh")
    may be any."""
    asked = organisation_asked(q)
    end = _title_end(role_tokens)
    said = organisation_after(role_tokens, end) if asked and end is not None else []
    # "Phó Viện trưởng Viện Nghiên cứu Quản lý kinh tế trung ương (CIEM)" is of the "CIEM" asked:
    # the role names it after the words where the organisation is read to end
    return bool(said) and not set(asked) <= set(said) and not set(asked) <= set(role_tokens[end:])


# words of a role that name no organisation of its own: titles, councils, boards, levels
_UNNAMING = ROLE_WORDS | GENERIC_ORG_WORDS | _LEVELS | {"quan", "tri", "uy", "cua", "viet", "nam"}


def _of_another_named(q: Question, role_tokens: list[str]) -> bool:
    """"Chủ tịch HĐQT Cenhomes.vn" is not the "Chủ tịch HĐQT Cen Land" asked about: the role
    names a body by its own name after the title, and none of the names the question gives."""
    end = _title_end(role_tokens)
    named = named_words(q) - _UNNAMING
    own = set(role_tokens[end:]) - _UNNAMING if end is not None else set()
    return bool(named) and bool(own) and not own & named and not own & set(q.tokens)


def _bare_of_a_body_unsaid(q: Question, role_tokens: list[str], said: set[str]) -> bool:
    """"Ai là Chủ tịch AC Milan?" of "Chủ tịch La Liga": a bare title in a sentence is the role
    asked only where the sentence names the body the question does (else the words after it are
    the body). Role facts are not held to this: a bare one is completed by its article."""
    if len(role_tokens) > 3 or _title_end(role_tokens) != len(role_tokens):
        return False  # not a bare title ("Chủ tịch", "Phó Giám đốc"; "Chánh án TAND tối cao" is whole)
    named = _bodies_named(q) - _UNNAMING
    return bool(named) and not named <= said


@per_question
def _bodies_named(q: Question) -> frozenset[str]:
    """The words of the names the question gives, less a person's ("Ai làm trưởng đoàn kiểm tra
    ông Lương Trí Tiên?" names no body the head of the team is of)."""
    return frozenset(t for alternatives in q.entities for alt in alternatives
                     if not (2 <= len(alt) <= 4 and alt[0] in FOLDED_SURNAMES) for t in alt)


def names_another_office(q: Question, role_tokens: list[str], said: set[str]) -> bool:
    """The role is of another department (its sentence or role, `said`, lacks the field asked;
    the role alone when it names its own department) or another organisation than the one asked."""
    end = _title_end(role_tokens)
    if end is not None and role_tokens[end:end + 1] and (
            role_tokens[end] in _PLAIN_BODIES or role_tokens[end - 1] in _PLAIN_BODIES):
        # "Giám đốc Sở GD&ĐT", "Trưởng Phòng Quản lý thi": whatever else the sentence says, the
        # role names its own department
        said = set(role_tokens)
    return names_another_body(q, said) or names_another_organisation(q, role_tokens) \
        or _of_another_named(q, role_tokens)


def role_of_another_place(q: Question, role: str) -> bool:
    """"Giám đốc Sở Y tế Yên Bái" is not the "Giám đốc Sở Y tế TP Hà Nội" asked about, though
    its sentence names Hà Nội (as where a bus runs), nor is the "Chủ tịch UBND quận Tân Phú" the
    one of "quận Nam Tân": the role names its own province or locality, and not the one asked."""
    # (most questions name no place: the role is read only when one does, as it is for each name
    # a sentence gives)
    asked = provinces_asked(q)
    if asked and (said := provinces_in(role)) and asked.isdisjoint(said):
        return True
    localities = _localities_asked(q)
    named = _localities_named(role) if localities else {}
    # ("huyện Văn Giang Hưng" of a role read across "Văn Giang (Hưng Yên)" is Văn Giang)
    return any(level in named and not any(f"{name} ".startswith(f"{n} ") or f"{n} ".startswith(f"{name} ")
                                          for n in named[level])
               for level, name in localities)


_PLAIN_LOCALITY = re.compile(strip_diacritics(LOCALITY.pattern))  # the same, typed without diacritics


def _localities_named(text: str, pattern: re.Pattern = LOCALITY) -> dict[str, set[str]]:
    """The localities a text names, as {level group: {folded names}}."""
    named: dict[str, set[str]] = {}
    for m in pattern.finditer(text):
        level = LOCALITY_LEVELS.get(fold(m.group(1)).rstrip("."))
        if level:
            named.setdefault(level, set()).add(" ".join(tokens_folded(fold(m.group(2)))))
    return named


@per_question
def _localities_asked(q: Question) -> list[tuple[str, str]]:
    named = _localities_named(q.text, LOCALITY if q.has_diacritics else _PLAIN_LOCALITY)
    return [(level, name) for level, names in named.items() for name in names]


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
    said = set(rtoks) | sentence_tokens
    if not rank or names_another_office(q, rtoks, said) or _bare_of_a_body_unsaid(q, rtoks, said) \
            or role_of_another_place(q, role):
        return 0.0
    qset = set(q.content)
    shared = [t for t in rtoks if t in qset]
    if not shared:
        return 0.0
    asked = [t for t in q.content if t in ROLE_WORDS or t in rtoks]
    cov_q = len(set(shared)) / max(len(set(asked)), 1)
    cov_r = len(shared) / len(rtoks) * rank
    return 0.6 * cov_q + 0.4 * cov_r
