"""Whose deed a sentence tells: the name closing in before the verb. A near miss names the same
deed done by another ("Ba Lan cũng thông báo trục xuất 3 nhà ngoại giao" for Nga's; "Thủ tướng
... ra quyết định kỷ luật" for the Ban Bí thư's)."""
from __future__ import annotations

import re

from ..question import is_function_word
from ..text import UPPER, aligned_tokens, fold, tokens_folded
from .spans import clause_start, phrase_starts, token_keys

CAPITALISED_WORD = rf"[{UPPER}][^\s,.;:()?]*"
CAPITALISED = rf"{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})*"  # "Ba Lan", "KRI Nanggala"
LOWER = r"\s+[a-zà-ỹđ]+"
# (a model's or a unit's number goes with its name: "mẫu Mazda 2 chỉ có giá ...")
_DOER = re.compile(rf"({CAPITALISED}(?:\s+\d+\b)?)(?:{LOWER}){{0,3}}\s*$")


def done_by_another(sentence: str, before: int, verb: list[str], named: set[str]) -> bool:
    """Whether, where the sentence last writes the verb (match keys) before `before`, the name
    closing in on it in its clause is none of `named` (match keys of the doer asked about)."""
    toks = aligned_tokens(sentence[:before])
    starts = phrase_starts(token_keys(toks), verb)
    if not starts:
        return False
    at = toks[starts[-1]][1]
    clause = sentence[clause_start(sentence, at):at]
    doer = _DOER.search(clause)
    if not doer or is_function_word(doer.group(1).lower()):
        return False  # "Với doanh thu ...": a word opening the sentence is no doer
    if _THE_BODY_SPOKEN_OF.match(clause, doer.start()):
        return False  # "Công ty dành ra ...": the company the article is about, not another
    return not set(tokens_folded(fold(doer.group(1)))) & named


# a body by its kind alone, opening the clause: the one the article speaks of
# ("Trường" alone is also a given name)
_THE_BODY_SPOKEN_OF = re.compile(r"(?:Công ty|Doanh nghiệp|Tập đoàn|Nhà trường|Bệnh viện|Ngân hàng|Hãng|Đơn vị"
                                 rf"|Cơ quan|Nhà máy)(?!\w)(?!\s+[{UPPER}])")
