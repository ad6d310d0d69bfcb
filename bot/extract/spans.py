"""Spans of a sentence, and which of several sits nearest the question's words; the phrase
helpers every extractor shares.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..contrast import COUNTRY_OR_PROVINCE
from ..question import Question
from ..text import UPPER, aligned_tokens, fold, tokens_folded


@dataclass
class Span:
    text: str
    start: int
    end: int
    typed: bool  # found by a pattern of the question's type (not the generic slot)


CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|\s[-–]\s")
_LEADING_JUNK = re.compile(r"^(?:là|của|đã|được|bị|bằng|với|tại|ở|thì|mà|và|nên|cho|rằng|đó là|chính là)\s+", re.I)


def clause_start(sentence: str, at: int, figures: bool = False) -> int:
    """Where the clause holding position `at` starts: after the last comma, semicolon, colon or
    opening bracket before it (a closing bracket ends an aside, not the clause: "X (Y) đã ...");
    with `figures`, a comma between digits ("100,3 tỷ") is a figure's, no break."""
    if not figures:
        opened = sentence.rfind("(", 0, at)
        if opened != -1 and sentence.find(")", opened, at) != -1:
            opened = -1  # "xã X (huyện Y) có ...": an aside closed before `at` starts no clause
        return max(max(sentence.rfind(p, 0, at) for p in ",;:"), opened) + 1
    breaks = [m.end() for m in _BREAK_PAST_FIGURES.finditer(sentence, 0, at)]
    return breaks[-1] if breaks else 0


_BREAK_PAST_FIGURES = re.compile(r"[;:(]|,(?!\d)|(?<!\d),")


def clause_end(sentence: str, at: int) -> int:
    """Where the clause holding position `at` ends: at the next comma, semicolon, colon or bracket."""
    return min((k for p in ",;:()" if (k := sentence.find(p, at)) != -1), default=len(sentence))


def clean(text: str) -> str:
    text = text.strip(" ,;:.…-–\"“”'‘’()")
    for _ in range(2):
        text = _LEADING_JUNK.sub("", text)
    return text.strip(" ,;:.…-–\"“”'‘’()")


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


def _proximity(span: tuple[int, int], toks, matched: list[int], sentence: str) -> float:
    """How near the span sits to the question's words: each word counted once, at its nearest
    place, by 1 / (1 + words between); a number of the question counts double. A span near
    several of the question's words beats one next to a single common word. Words past a
    semicolon are another clause's ("X là chủ dự án; đơn vị quản lý dự án là Y")."""
    s, e = span
    clause_end = sentence.find(";", e)
    clause = (sentence.rfind(";", 0, s) + 1, clause_end if clause_end >= 0 else len(sentence))
    matched = [k for k in matched if clause[0] <= toks[k][1] and toks[k][2] <= clause[1]]
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


def tells_more(text: str, q: Question) -> bool:
    """A span is an answer only if it says something the question does not."""
    toks = tokens_folded(fold(text))
    qset = set(q.tokens)
    return any(t not in qset for t in toks)


_BRACKET = re.compile(rf"\(\s*([{UPPER}][^()]*)\)")
_LISTED = re.compile(r"\svà\s|,[^,]*,")


# a person's details in brackets, not their name again: "(SN 1990, quê Khánh Hòa)", "(45 tuổi)"
_DETAILS = re.compile(r"\s*(?:SN|sinh|\d+\s+tuổi)\b")


def asked_by_another_name(sentence: str, q: Question) -> list[tuple[int, int]]:
    """Brackets that name, in another tongue or in short, the thing the question names just
    before them: "Tấn trò đời (La Comédie Humaine)", "Đảng Xã hội Thống nhất (Parti socialiste
    unifié, PSU)" say nothing the question does not. Two of the question's words must stand
    right before the bracket; a list ("Bộ ba đại gia (Roosevelt, Churchill, và Joseph
    Stalin)") names its members, not the thing again."""
    if "(" not in sentence:
        return []
    toks = aligned_tokens(sentence)
    qset = set(q.content)
    out = []
    for m in _BRACKET.finditer(sentence):
        if _LISTED.search(m.group(1)) or _DETAILS.match(m.group(1)):
            continue
        if q.kind == "place" and COUNTRY_OR_PROVINCE.fullmatch(m.group(1).strip()):
            continue  # "Bệnh viện Xanh Pôn (Hà Nội)": where it is
        before = [t for t, _, e in toks if e <= m.start()][-2:]
        if len(before) == 2 and all(t in qset for t in before):
            out.append(m.span(1))
    return out


def closest(cands: list[tuple[int, int, str]], sentence: str, q: Question, typed: bool = True,
             near: set[str] | None = None) -> Span | None:
    """The candidate nearest the question's words; with `near`, nearest those words first."""
    toks, matched = _question_positions(sentence, q)
    preferred = [i for i, (t, _, _) in enumerate(toks) if t in near] if near else []
    best = None
    aliases = asked_by_another_name(sentence, q)
    for s, e, text in cands:
        text = clean(text)
        if not text or not tells_more(text, q) or any(a <= s and e <= b for a, b in aliases):
            continue
        d = (_distance((s, e), toks, preferred) if preferred else 0.0, -_proximity((s, e), toks, matched, sentence))
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


def join_spans(sentence: str, first: tuple[int, int, str], second: tuple[int, int, str],
            join: re.Pattern) -> tuple[int, int, str] | None:
    """The span from one figure or date to the next when "đến", "tới" or a dash joins them (or
    the second starts with "tới", "cho tới"), with a "từ" before them if there is one; else None."""
    (s1, e1, _), (s2, e2, text2) = first, second
    between = sentence[e1:s2]
    if not (join.fullmatch(between) or (between.strip().lower() in ("", "cho") and re.match(r"(?:tới|đến)\s", text2, re.I))):
        return None
    start = s1 - 3 if sentence[max(0, s1 - 3):s1].lower() == "từ " else s1
    return start, e2, sentence[start:e2]


def typed_as(span: Span | None, typed: bool) -> Span | None:
    if span:
        span.typed = span.typed and typed
    return span
