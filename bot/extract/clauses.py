"""Answers that are words of the sentence rather than a name or a figure: the reason, a quoted term,
the slot beside the question's words, the part the question does not say, a disciplinary
measure named.
"""
from __future__ import annotations

import re

from ..question import FUNCTION_WORDS, STOPWORDS, Question, is_function_word, per_question
from ..text import aligned_tokens, fold, strip_diacritics, tokens_folded
from .dates import DATE_SPAN
from .doers import CAPITALISED_WORD, LOWER, done_by_another
from .spans import CLAUSE_END, Span, clean, closest, phrase_starts, tells_more, token_keys


_REASON_CUE = re.compile(r"(?:vì lý do|với lý do|lý do là|lý do|nguyên nhân là|nguyên nhân|bởi vì|vì|do|bởi)\s+", re.I)


# "bị kỷ luật bằng hình thức gì": the Party's and the state's disciplinary measures, as written
ASKS_DISCIPLINE = re.compile(r"\b(?:ki luat|xu li|xu phat)\b.*\bhinh thuc (?:gi|nao)\b"
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
    chức"), or none: a clause about the case is no answer to which measure. When the question
    names who decides ("Ban Bí thư quyết định ..."), not a measure another decided ("Thủ tướng
    ... ra quyết định kỷ luật bằng hình thức ...")."""
    cands = [_with_the_posts(sentence, (m.start(), m.end(), m.group())) for m in _DISCIPLINE.finditer(sentence)
             if tells_more(m.group(), q)]
    decider = _decider_asked(q)
    if decider:
        cands = [c for c in cands if not done_by_another(sentence, c[0], *decider)]
    # "khiển trách đối với ông A, ... và cảnh cáo ông B": the measure named before the person asked
    at = _name_at(sentence, q)
    before = [c for c in cands if at is not None and c[1] <= at]
    return closest(before[-1:] or cands, sentence, q)


# a removal from office names the posts it removes from ("cách chức tất cả các chức vụ trong Đảng",
# "cách chức Ủy viên Ban Thường vụ Tỉnh ủy"), to the clause's end or whom it is of ("đối với ông A")
_REMOVALS = re.compile(r"(?:cách chức|cách tất cả các chức vụ|giáng chức|miễn nhiệm|bãi nhiệm)$", re.IGNORECASE)
_POSTS = re.compile(r"\s+((?:(?!(?<!\w)(?:đối với|ông|bà|đồng chí|vì|do|theo|nhằm|để)\s)[^,;.()])+)")


def _with_the_posts(sentence: str, cand: tuple[int, int, str]) -> tuple[int, int, str]:
    s, e, text = cand
    posts = _POSTS.match(sentence, e) if _REMOVALS.search(text) else None
    if not posts or not posts.group(1).strip():
        return cand
    end = posts.start(1) + len(posts.group(1).rstrip())
    return (s, end, sentence[s:end])


# "Ban Bí thư quyết định ...", "Ban Thường vụ Tỉnh ủy đã kỷ luật ...": a name of capitalised words,
# each with at most one lower-case syllable after it, before the verb of deciding
_NAME_WORD = rf"{CAPITALISED_WORD}(?:{LOWER})?"
_DECIDER = re.compile(rf"^({_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+(?:da\s+|se\s+)?"
                      r"(quyet dinh|ki luat|ky luat|xu li|xu ly|xu phat)\b")


@per_question
def _decider_asked(q: Question) -> tuple[list[str], set[str]] | None:
    """The verb of deciding and the decider's words, when the question opens with who decides."""
    m = _DECIDER.match(strip_diacritics(q.text))
    if not m:
        return None
    words = m.group(1).split()
    # "Ông A bị Ban Bí thư kỷ luật ...": the one disciplined comes before the passive's mark
    marks = [k for k, w in enumerate(words) if w in ("bi", "duoc")]
    decider = words[marks[-1] + 1:] if marks else words
    return (tokens_folded(fold(m.group(2))), set(tokens_folded(fold(" ".join(decider))))) if decider else None


def _name_at(sentence: str, q: Question) -> int | None:
    """Where the sentence writes the first name of three or more words the question has."""
    toks = aligned_tokens(sentence)
    for alternatives in q.entities:
        starts = phrase_starts(token_keys(toks), alternatives[0]) if len(alternatives[0]) >= 3 else []
        if starts:
            return toks[starts[0]][1]
    return None


def reason(sentence: str, q: Question) -> Span | None:
    cands = []
    for m in _REASON_CUE.finditer(sentence):
        if _CONSEQUENCE_CUE.match(sentence, m.start()):
            continue
        # a reason after its event runs to the end of the sentence ("bị hoãn vì mưa lớn, đường
        # ngập"); one that opens the sentence ends at its comma ("Vì mưa lớn, lễ khởi công bị hoãn")
        opens = not sentence[:m.start()].strip(" \"“(")
        end = (CLAUSE_END if opens else _SENTENCE_PART_END).search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        # "vì ...", "do ...": the conjunction stays, as a reader answers "tại sao" ("Vì lỗi của
        # ..."); "lý do", "nguyên nhân" (the reason) do not
        keep = m.group().strip().lower() in ("vì", "do", "bởi", "bởi vì")
        cands.append((m.start(), stop, sentence[m.start() if keep else m.end():stop]))
    for m in _CONSEQUENCE_CUE.finditer(sentence):
        # "X, vì thế Y": X is the reason for Y
        starts = [e.end() for e in CLAUSE_END.finditer(sentence, 0, max(m.start() - 2, 0))]
        start = starts[-1] if starts else 0
        if m.start() - start > 1:
            cands.append((start, m.start(), sentence[start:m.start()]))
    return closest(cands, sentence, q)


# "để làm gì", "nhằm mục đích gì": what a deed is done for, told after "để", "nhằm" or "vì"
# ("xây các kim tự tháp vì họ đang tìm nơi trú ẩn")
ASKS_PURPOSE = re.compile(r"\bde lam gi\b|\b(?:nham|voi) muc dich (?:gi|nao)\b|\bmuc dich (?:la gi|gi)\b")
_PURPOSE_CUE = re.compile(r"(?<!\w)(?:nhằm mục đích|với mục đích|mục đích là|nhằm|để|vì)\s+", re.I)


def purpose(sentence: str, q: Question) -> Span | None:
    """The clause a purpose is told in, with its cue ("để tìm nơi trú ẩn"), to the end of the
    sentence's part."""
    cands = []
    for m in _PURPOSE_CUE.finditer(sentence):
        end = _SENTENCE_PART_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        cands.append((m.start(), stop, sentence[m.start():stop]))
    return closest(cands, sentence, q)


_CONSEQUENCE_CUE = re.compile(r"\b(?:vì thế|vì vậy|do đó|do vậy|bởi vậy|bởi thế)\b", re.I)
_SENTENCE_PART_END = re.compile(r"[;.!?](?=\s|$)")


# "Dự án này", "Hành động đó", "hệ thống phòng thủ tên lửa này": a thing told before, named again
_DEMONSTRATIVES = {"này", "đó", "ấy"}
_BETWEEN_NOUN_AND_DEMONSTRATIVE = 4
_OPENING_WORDS = 2  # "Những lời chỉ trích này", "Tuy nhiên, dự án này"


def refers_back(sentence: str, q: Question) -> bool:
    """Whether the sentence before tells which thing is asked, since this one opens by pointing
    back at it: "Dự án này được áp dụng, dẫn đến ..." for "Dự án nào sau khi được áp dụng đã dẫn
    đến ...?". A demonstrative later in the sentence may point inside it ("Sunni, Shia; những
    trường phái này ..."). (Tried and left out: a cause told before, "Hành động này ... khiến
    ..." for "Tại sao ...?", which as often points at a cause told after it.)"""
    if q.kind not in ("what", "other") or not q.wh or q.tokens[q.wh[1] - 1] != "nao":
        return False
    toks = aligned_tokens(sentence)
    keys = token_keys(toks)
    for n in range(min(3, len(q.left)), 0, -1):
        noun = q.left[-n:]
        if all(t in STOPWORDS for t in noun):
            continue
        for k in phrase_starts(keys, noun):
            if k > _OPENING_WORDS:
                break
            if _demonstrative_after(sentence, toks, k + n):
                return True
    return False


def told_whole(sentence: str) -> str:
    """A sentence given whole as the answer, without the time or the tie it opens with ("Năm
    2019, ...", "Tuy nhiên, ...")."""
    start = 0
    for opening in (_OPENING_DATE, _OPENING_CONNECTIVE):
        m = opening.match(sentence, start)
        if m and m.end() < len(sentence):
            start = m.end()
    return _clean_closed(sentence[start:])


def _demonstrative_after(sentence: str, toks, k: int) -> bool:
    """Whether a demonstrative ends the noun phrase going on from token k ("phòng thủ tên lửa
    này"): with no function word before it ("công trình trong số đó", of them, points at no
    thing told before) and no clause ending."""
    for j in range(k, min(k + 1 + _BETWEEN_NOUN_AND_DEMONSTRATIVE, len(toks))):
        _, s, e = toks[j]
        word = sentence[s:e]
        if word in _DEMONSTRATIVES:
            return not CLAUSE_END.search(sentence, toks[k - 1][2], s)
        if is_function_word(word):
            return False
    return False


_QUOTES = re.compile("[\"“‘']")


def quoted_slot(sentence: str, q: Question) -> Span | None:
    """A quoted name right after the words before the question word: 'cơ chế “một cửa”'. Not
    for a figure or a date, and for "ai" only a capitalised one (not 'ông Bắc “bật mí”')."""
    if not _QUOTES.search(sentence) or q.kind in ("number", "date"):
        return None  # most sentences quote nothing: spare the slot search
    if q.kind == "org" and q.which:
        return None  # "báo nào": a body named after its kind ("báo X"), not a title quoted nearby
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
                end = CLAUSE_END.search(sentence, after + 1)
                stop = end.start() if end else len(sentence)
                if stop - after > 1:
                    cands.append((after, stop, sentence[after:stop]))
        if quoted:
            span = closest(quoted, sentence, q)
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
                starts = [m.end() for m in CLAUSE_END.finditer(sentence, 0, before)]
                start = starts[-1] if starts else 0
                if before - start > 1:
                    cands.append((start, before, sentence[start:before]))
            if cands:
                break
    span = closest(cands, sentence, q, typed=False)
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


_OPENING_DATE = re.compile(r"(?:(?:vào|từ|đến|trong|sau|trước)\s+)?(?:" + DATE_SPAN.pattern + r"),\s*", re.IGNORECASE)
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
    """clean, but a closing mark whose opening mark is in the text stays."""
    cleaned = clean(text)
    tail = text.rstrip(" ,;:.")
    for open_, close in _MARKS:
        if tail.endswith(close) and cleaned and not cleaned.endswith(close) and _is_open(cleaned, open_, close):
            cleaned += close
    return cleaned
