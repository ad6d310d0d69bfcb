"""Answers to "ai": the person whose written role fits the question, on the doer's side of its verb,
the agent of a passive; and to "chức vụ gì" / "X là ai": a named person's roles or apposition.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..contrast import MARRIED, kin_asked, writes_the_kin
from ..facts import find_names, role_taken, roles_around
from ..question import STOPWORDS, Question, addressed_names, asks_a_name, named_words, per_question
from ..text import UPPER, aligned_tokens, fold, tokens_folded
from .doers import CAPITALISED, LOWER
from .names import (capital_runs, foreign_tail, is_foreign_name, past_question_name, peoples_named,
                    named_by_its_kind, with_lists, with_title)
from .places import within_a_place
from .roles import GENERIC_ORG_WORDS, asks_role, organisation_after, role_match, title_span
from .spans import CLAUSE_END, Span, clause_start, closest, has_phrase, phrase_starts, tells_more, token_keys


def person(sentence: str, q: Question, places: frozenset[str] = frozenset()) -> Span | None:
    if only_married(sentence, q):
        return married_to(sentence, q)
    # a foreign name keeps its title wherever it was found ("Thiếu tướng Fahd Ahmed Al-Fahd")
    names = [with_title(sentence, n) if is_foreign_name(n[2]) else n for n in find_names(sentence)]
    if of_whom := _named_after_of_whom(sentence, names, q):
        return of_whom
    role_asked = asks_role(q)
    # a foreign name ("Carlos Mendez", "Clovis I") competes with the Vietnamese names found
    tails = [foreign_tail(sentence, c) for c in capital_runs(sentence, q)]
    foreign = [with_title(sentence, c) for c in tails if c and not any(s < c[1] and c[0] < e for s, e, _ in names)]
    foreign = [past_question_name(sentence, c, q) for c in foreign
               if not _LEAGUE_LIKE.search(c[2]) and not _FIRM_LIKE.search(c[2])
               and not named_by_its_kind(c[2])]  # "Sao Kim" is written without marks too
    if beside_kin := _named_beside_the_kin(sentence, names + foreign, q):
        return beside_kin
    names, foreign = _not_whose_kin(sentence, names, q), _not_whose_kin(sentence, foreign, q)
    if not q.copula:
        # "Ai được Thủ tướng phê chuẩn ...": whoever the question names by a role is not the answer
        qset = set(q.tokens)
        became = _role_became(q)
        names = [(s, e, n) for s, e, n in names
                 if not any(set(toks) <= qset and not set(toks) <= became
                            for r in roles_around(sentence, s, e)
                            for toks in [tokens_folded(fold(r))])]
        names = _in_the_roles_clause(sentence, names, q)
    elif role_asked:
        # rank the names by how well the role written next to each fits the question
        scored = []
        said = set(tokens_folded(fold(sentence)))
        # a foreign name holds a role too ("Ngoại trưởng Australia Marise Payne"), but not the
        # end of an organisation's name ("... MTTQ Việt Nam TPHCM")
        holders = [c for c in foreign if c[2] not in places and not any(w.isupper() for w in c[2].split())]
        holders = [c for c in holders if not _a_body_not_a_holder(sentence, c, names + holders)]
        for s, e, name in names + holders:
            roles = roles_around(sentence, s, e)
            fit = max((role_match(q, r, said) for r in roles), default=0.0)
            if fit and tells_more(name, q):
                scored.append((fit, s, e, name))
        top = max((f for f, *_ in scored), default=0.0)
        if top < 0.5:
            # nobody here is said to hold the role asked about, unless the sentence says the
            # question's words of them ("Ứng cử viên duy nhất ... khóa 14 là bà Y")
            return _named_by_copula(sentence, names + holders, q)
        best = [(s, e, n) for f, s, e, n in scored if f == top]
        return closest(best, sentence, q)
    if q.copula and (named := _named_by_copula(sentence, names + foreign, q)):
        # "con gái ông X là bà Y" answers "Con gái ông X là ai?"
        return closest([(named.start, named.end, named.text)], sentence, q)
    # a people ("người Bồ Đào Nha") holds no one's name: "Đào Nha" is not a person
    peoples = peoples_named(sentence)
    taken = [c for c in names + foreign if not any(p[0] <= c[0] and c[1] <= p[1] for p in peoples)]
    if q.copula:
        taken = [c for c in taken if not described_otherwise(sentence, c, q)]
    peoples = [p for p in peoples if not any(s < p[1] and p[0] < e for s, e, _ in taken)]
    # "Kuwait" of "tại Kuwait" is nobody, nor a hyphened part of such a name ("Dương-Thái Bình Dương"
    # of "tại Ấn Độ Dương-Thái Bình Dương"; a person may follow a place: "tỉnh Bình Sơn Lê Thị Hoa")
    taken = [c for c in taken if c[2] not in places and not ("-" in c[2] and within_a_place(sentence, c))
             and not _a_bodys_name(sentence, c) and not _called_by_the_question(c, q)]
    if named := _named_after_the_noun_asked(sentence, taken, q):
        return named
    if q.copula and q.left and taken or asks_a_name(q):
        # "Chồng thứ hai của X là ai?" is answered by a name: "Cao Kỳ Tử", not "người Trung Quốc"
        # ("Ai là những người ...?" may well ask a people); "... tên là gì?" by a name always
        peoples = []
    cands = with_lists(sentence, taken + peoples)
    return closest(_on_the_doers_side(sentence, cands, q) or cands, sentence, q)


def _called_by_the_question(cand: tuple[int, int, str], q: Question) -> bool:
    """"Lê Hùng Dương" is the "anh Dương" the question names, not who it asks for."""
    words = cand[2].split()
    return len(words) > 1 and fold(words[-1]) in addressed_names(q)


# the head of a body's name: the run after it names the body ("Đại học Cambridge", "Trường
# Nguyễn Du"), nobody
_BODY_HEAD_BEFORE = re.compile(r"(?<!\w)(?:Đại học|Trường|Học viện|Viện|Bệnh viện|Ngân hàng|Công ty|Tập đoàn"
                               r"|Câu lạc bộ|CLB|Quỹ)\s+$")


def _a_bodys_name(sentence: str, cand: tuple[int, int, str]) -> bool:
    return bool(_BODY_HEAD_BEFORE.search(sentence, max(0, cand[0] - 16), cand[0]))


_BECAME = re.compile(r"\b(?:lam|giu chuc(?: vu)?|trung cu(?: chuc)?|nhan chuc)\s+(.+)$")


@per_question
def _role_became(q: Question) -> set[str]:
    """The words of the role the question asks who came to hold: "Chủ tịch Quốc hội" of "Ai được
    bầu làm Chủ tịch Quốc hội?" (its holder is the answer, not another of the story)."""
    m = _BECAME.search(" ".join(q.right))
    return set(m.group(1).split()) if m else set()


def _in_the_roles_clause(sentence: str, names: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    """"Ai được bầu làm Chủ tịch UBND tỉnh?" of "bầu ông A ... làm Chủ tịch HĐND tỉnh; ông B ...
    giữ chức Chủ tịch UBND tỉnh": the name in the clause that names the role asked."""
    span = title_span(q.tokens)
    if span is None or ";" not in sentence:
        return names
    role = q.tokens[span[0]:span[1]] + organisation_after(q.tokens, span[1])
    bounds = [m.span() for m in re.finditer(r"[^;]+", sentence)]
    holding = [(a, b) for a, b in bounds if has_phrase(tokens_folded(fold(sentence[a:b])), role)]
    if len(holding) != 1:
        return names
    a, b = holding[0]
    return [n for n in names if a <= n[0] < b] or names


_AFTER_CUA = re.compile(r"\bcủa\s+$", re.IGNORECASE)


def _a_body_not_a_holder(sentence: str, cand: tuple[int, int, str], others: list[tuple[int, int, str]]) -> bool:
    """"Chủ tịch Juventus, Andrea Agnelli", "(chủ tịch của Juventus)": a run the next name's role
    holds, or one written after "<title> của", is the role's body, nobody."""
    if _AFTER_CUA.search(sentence, max(0, cand[0] - 8), cand[0]) \
            and any(fold(role).endswith(" cua") for role in roles_around(sentence, cand[0], cand[1])):
        return True
    after = [o for o in others if o[0] >= cand[1]]
    if not after:
        return False
    s, e, _ = min(after)
    return any(cand[2] in role for role in roles_around(sentence, s, e))


# what follows a name after a comma or a spaced dash, to the next comma or spaced dash (the
# dash of "Covid-19" ends nothing)
_APPOSITIVE = re.compile(r"\s*(?:,|[-–](?=\s))\s*([^,;:()]+)")
_SPACED_DASH = re.compile(r"\s[-–]\s")
_DESCRIBED_ALIKE = 2  # words of the question's description an apposition shares to be of its kind


def described_otherwise(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Ai là nhà kinh tế trưởng ...?": a name the sentence describes right after it as
    something of that kind but not that ("Bà Radhika Rao - một nhà kinh tế học tại DBS") is not
    the one asked: the apposition shares two words of the question's description or more, and
    lacks one."""
    m = _APPOSITIVE.match(sentence, cand[1])
    if not m:
        return False
    described = set(tokens_folded(fold(_SPACED_DASH.split(m.group(1))[0])))
    asked = [t for t in q.content if t not in named_words(q)]
    shared = [t for t in asked if t in described]
    return len(shared) >= _DESCRIBED_ALIKE and len(shared) < len(asked)


_COPULA_BEFORE_NAME = re.compile(r"\s+là\s+(?:(?:ông|bà|anh|chị|đồng chí)\s+)?$")


def _named_by_copula(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> Span | None:
    """"<X> là bà Y" answers "<X> là ai?" when the words before "là" in its clause are mostly
    (70%) the question's; so does "Y là <X>" ("ông Nguyễn Văn A là ứng viên duy nhất được đề cử
    vào vị trí Thủ tướng" for "Ai là ứng viên duy nhất ...?"), by the words after it."""
    asked = q.content
    if not asked:
        return None
    for s, e, name in cands:
        m = _COPULA_BEFORE_NAME.search(sentence, 0, s)
        if m:
            clause = sentence[clause_start(sentence, m.start()):m.start()]
        elif q.tokens[:2] == ["ai", "la"] and (m := _COPULA_AFTER_NAME.match(sentence, e)):
            end = CLAUSE_END.search(sentence, m.end())
            clause = sentence[m.end():end.start() if end else len(sentence)]
        else:
            continue
        said = set(tokens_folded(fold(clause)))
        if sum(t in said for t in asked) >= 0.7 * len(asked):
            return Span(name, s, e, True)
    return None


_COPULA_AFTER_NAME = re.compile(r"\s+(?:vẫn\s+|sẽ\s+|chính\s+)?là\s+")


def _named_after_the_noun_asked(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> Span | None:
    """"Nhà khoa học nào ...?": the name the sentence writes a little after "nhà khoa học"
    ("nhà khoa học vật liệu người Pháp có tên Joseph Davidovits"), not another it names."""
    return _named_right_after(sentence, cands, q.which, 40, q) if q.which else None


def _named_right_after(sentence: str, cands: list[tuple[int, int, str]], phrase: list[str], reach: int,
                       q: Question) -> Span | None:
    """Of the candidates, the one nearest the question's words among those starting at most
    `reach` characters after the phrase (match keys) in the sentence."""
    toks = aligned_tokens(sentence)
    ends = [toks[k + len(phrase) - 1][2] for k in phrase_starts(token_keys(toks), phrase)]
    return closest([c for c in cands if any(0 <= c[0] - e <= reach for e in ends)], sentence, q)


_OF_WHOM = re.compile(r"(\w+)\s+cua\s+ai\b")


def _named_after_of_whom(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> Span | None:
    """"Nàng Mây là con gái của ai?": the name written right after "con gái của" ("con gái của
    Thần Núi"), not the one the question names before it."""
    m = _OF_WHOM.search(q.folded)
    if not m:
        return None
    # (with the capitalised runs: "Thần Núi" is no Vietnamese person's name)
    return _named_right_after(sentence, cands + capital_runs(sentence, q), [m.group(1), "cua"], 12, q)


# the words between a kin and the name set beside it: "vợ của Đại sứ Bỉ Peter Lescouhier" ends
# at the comma; the name after it may have a word for a child or a woman ("bé Zia", "cô Mai")
_KIN_REACH = 60
_BEFORE_A_NAME = r"(?:(?:bé|cô|cậu|nàng|chàng|anh|chị|ông|bà)\s+)?"


def _named_beside_the_kin(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> Span | None:
    """"Vợ Đại sứ Bỉ tên là gì?": the name the sentence sets beside the kin asked, before it
    ("bà Xiang Xueqiu, vợ của Đại sứ Bỉ Peter Lescouhier") or after its words ("Cô con gái lớn
    của Marian, bé Zia, đã ..."), not the one whose kin she is."""
    kin = kin_asked(q)
    if not kin:
        return None
    before, after = _beside_the_kin(kin)
    beside = [c for c in cands if before.match(sentence, c[1]) or after.search(sentence, 0, c[0])
              or _along_with_the_kin(sentence, c, kin, q)]
    return closest(beside, sentence, q) if beside else None


def _along_with_the_kin(sentence: str, cand: tuple[int, int, str], kin: str, q: Question) -> bool:
    """"ca sĩ Justin Bieber và vợ Hailey": the name right after the kin, where the one the question
    asks of is named just before, along with them ("và", "cùng"); "vợ ông X" is X's wife."""
    m = _along_with(kin).search(sentence, max(0, cand[0] - 40), cand[0])
    if not m:
        return False
    before = tokens_folded(fold(sentence[clause_start(sentence, m.start()):m.start()]))
    return bool(named_words(q) & set(before[-4:]))


@lru_cache(maxsize=None)
def _along_with(kin: str) -> re.Pattern:
    return re.compile(rf"\s(?:và|cùng|cùng với|bên)\s+(?:cô\s+|người\s+)?{kin}\s+$", re.IGNORECASE)


def married_to(sentence: str, q: Question) -> Span | None:
    """"Vợ của Khắc Việt là ai?": "Khắc Việt đã kết hôn với DJ Thanh Thảo" names her, the name right
    after the marriage where the one whose spouse is asked is named before it in its clause, and
    the other way round."""
    if kin_asked(q) not in ("vợ", "chồng"):
        return None
    named = named_words(q)
    for m in MARRIED.finditer(sentence):
        start = clause_start(sentence, m.start())
        before = _MARRIES.search(sentence, start, m.start())
        after = _SPOUSE.match(sentence, m.end())
        if not after:
            continue
        if named & set(tokens_folded(fold(sentence[start:m.start()]))):
            return Span(after.group(1), after.start(1), after.end(1), True)
        if before and named & set(tokens_folded(fold(after.group(1)))):
            return Span(before.group(1), before.start(1), before.end(1), True)
    return None


# who marries: the name closing in before the marriage ("Khắc Việt đã kết hôn với ...")
_MARRIES = re.compile(rf"({CAPITALISED})(?:{LOWER}){{0,3}}\s*$")


def only_married(sentence: str, q: Question) -> bool:
    """A wife or a husband asked of a sentence that tells a marriage, not the kin word: only the
    marriage's other party answers."""
    kin = kin_asked(q)
    return kin in ("vợ", "chồng") and not writes_the_kin(kin, sentence)


# the name after a marriage, past a title ("DJ Thanh Thảo", "là tiến sĩ Kwang Lim Koh")
_SPOUSE = re.compile(rf"(?:là\s+)?(?:(?:[{UPPER}]{{2,4}}|ca sĩ|nhạc sĩ|diễn viên|người mẫu|tiến sĩ|bác sĩ|doanh nhân|"
                     rf"nữ|nam|cô|anh|chị|ông|bà)\s+)*([{UPPER}][^\s,.;:()]*(?:\s+[{UPPER}][^\s,.;:()]*)*)")


def _not_whose_kin(sentence: str, cands: list[tuple[int, int, str]], q: Question) -> list[tuple[int, int, str]]:
    return [c for c in cands if not whose_kin(sentence, c, q)]


def whose_kin(sentence: str, cand: tuple[int, int, str], q: Question) -> bool:
    """"Chồng của bà X là ai?": "Linh" of "là chồng của bà Linh" is the name right after the kin
    asked, whose kin the one asked is, not who."""
    kin = kin_asked(q)
    return bool(kin) and bool(_whose_kin_pattern(kin).search(sentence, 0, cand[0]))


@lru_cache(maxsize=None)
def _whose_kin_pattern(kin: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){kin}\s+(?:của\s+)?{_BEFORE_A_NAME}(?:[\"“][^\"”]*[\"”]\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _beside_the_kin(kin: str) -> tuple[re.Pattern, re.Pattern]:
    """What follows a name set before the kin (", vợ của"), and what comes before one set after
    it ("con gái lớn của Marian, bé "): one pair for each kin word, asked of every sentence."""
    return (re.compile(rf"\s*,\s*(?:là\s+)?(?:\w+\s+)?{kin}(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w){kin}(?!\w)[^,.;:()]{{0,{_KIN_REACH}}},\s*{_BEFORE_A_NAME}$", re.IGNORECASE))


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
        # the subject right before the verb ("do Carlos Mendez dẫn đầu", "để Militao đánh đầu mở tỷ
        # số"), else the one opening the clause ("Ông A - Ủy viên ... - đã công bố"); the object:
        # the first after the verb
        nearest = max(side, key=lambda c: c[1])
        between = sentence[nearest[1]:at]
        out.append(nearest if not after and len(between.split()) <= _VERBS_BETWEEN and not re.search(r"[^\w\s]", between)
                   else side[0])
    return out


_VERBS_BETWEEN = 2  # words between a subject and the verb asked: "đã", "đánh đầu"


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
                    if not CLAUSE_END.search(sentence, start, stop):
                        cands.append((start, stop, sentence[start:stop]))
                    break
    before = [t for t in q.left[:-1] if t not in STOPWORDS][-2:]
    if not cands and q.left[-1] == "boi" and before:  # "thiết kế bởi ai": "thiết kế bởi <agent>"
        n = len(before)
        for k in range(len(seq) - n - 1):
            mark = toks[k + n]
            if seq[k:k + n] == before and sentence[mark[1]:mark[2]].lower() in ("bởi", "do"):
                start = toks[k + n + 1][1]
                end = CLAUSE_END.search(sentence, start)
                stop = end.start() if end else len(sentence)
                # "bởi Nathuram Godse tại tòa nhà Birla": where and when are no part of who
                adjunct = _ADJUNCT.search(sentence, start, stop)
                stop = adjunct.start() if adjunct else stop
                cands.append((start, stop, sentence[start:stop]))
    # "do ông Trần Văn Bảo dẫn đầu": the name, as the person answers have it
    cands = [(s + m.end(), e, t[m.end():]) if (m := _HONORIFIC.match(t)) else (s, e, t) for s, e, t in cands]
    return closest(cands, sentence, q)


_HONORIFIC = re.compile(rf"(?:ông|bà|anh|chị)\s+(?=[{UPPER}])")


# a letter or a code hyphened to a word names a league, a model or a team ("V-League",
# "U23-Việt Nam", "F-15"), never a person
_LEAGUE_LIKE = re.compile(r"(?<!\w)[A-Z0-9]{1,3}-[A-Z]")
# a web address, a firm's or club's word ("Cenhomes.vn", "Intracom Group", "Real Madrid"): a
# body, never a person, though a role may be written before it ("Chủ tịch HĐQT Cenhomes.vn")
_FIRM_LIKE = re.compile(
    r"\w\.(?:vn|com|net|org)\b|^(?:Real|Inter|AC|FC|CLB)\s|\s(?:Group|Corp|Corporation|Inc|Ltd|JSC|Holdings?|Bank|Capital"
    r"|Management|Partners|Media|Motors?|Airlines|Airways|Land|FC|Club|League|University|Institute|Foundation|Fund"
    r"|Times|News|Post|Journal|Company|Entertainment|Studios?|Pharma|Energy|Telecom|Technologies|Securities"
    r"|Insurance|Investment|Resort|Hotel)\.?$")


_ASKS_ROLE_TAKEN = re.compile(r"\b(?:dieu dong|bo nhiem|bau|phan cong|giao|chuyen) (?:lam|giu|dam nhiem|den|ve)\b")


def title(sentence: str, q: Question) -> Span | None:
    cands = []
    qset = set(q.tokens)
    for s, e, name in find_names(sentence):
        if not set(tokens_folded(fold(name))) <= qset or not q.spells(name):
            continue
        # roles the question already names ("Trước khi làm Chủ tịch tỉnh X") are not the answer
        roles = [r for r in roles_around(sentence, s, e)
                 if not set(tokens_folded(fold(r))) - GENERIC_ORG_WORDS <= qset]
        taken = role_taken(sentence, e) if _ASKS_ROLE_TAKEN.search(q.folded) else None
        if taken and taken in roles:  # "được điều động giữ chức gì": the role taken, not those held before
            roles = [taken]
        if roles:
            cands.append((s, e, ", ".join(dict.fromkeys(roles[:3]))))
    return closest(cands, sentence, q)


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
        if not q.spells(sentence[toks[i][1]:toks[i + n - 1][2]]):
            continue  # "Nguyễn Văn Thành" is not the "Nguyễn Văn Thạnh" asked about
        after = toks[i + n - 1][2]
        m = _APPOSITION_START.match(sentence, after)
        if not m or m.end() == after:
            continue
        end = CLAUSE_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        said = _THEN_SAID.search(sentence, m.end(), stop)
        stop = said.start() if said else stop
        if stop - m.end() > 1:
            cands.append((m.end(), stop, sentence[m.end():stop]))
    return closest(cands, sentence, q)


# a verb of saying that ends a description: '"...", ông X, đại diện một hệ thống bán lẻ cho biết.'
_THEN_SAID = re.compile(r"\s+(?:cho biết|chia sẻ|nói|cho hay|khẳng định|nhận định|nhấn mạnh|cho rằng)\s*[.!]?$")
