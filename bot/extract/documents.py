""""Công văn ... có số hiệu là gì?": a document's number and symbol as the sentence writes it
("377/HTQTCT-HT", "86/2015/NĐ-CP", "15-NQ/TW"); "theo nghị quyết nào?": the document by its
number ("Nghị quyết 39").
"""
from __future__ import annotations

import re

from ..question import Question
from ..text import UPPER, fold
from .spans import Span, closest

# the kinds of document, as written
_KINDS = ["văn bản", "công văn", "nghị định", "nghị quyết", "quyết định", "thông tư", "chỉ thị", "kế hoạch",
          "thông báo", "công điện", "thông tri", "kết luận", "luật", "pháp lệnh"]
_DOCUMENTS = "|".join(fold(k) for k in _KINDS)
# "số hiệu": only a number and symbol answers; "Nghị định số mấy": one best, a bare number will do
ASKS_SYMBOL = re.compile(r"\b(?:so hieu|ki hieu)\b")
ASKS_DOCUMENT_NUMBER = re.compile(rf"\b(?:so hieu|ki hieu)\b|\b(?:{_DOCUMENTS})\b.*\bso (?:may|bao nhieu)\b")
# a number, a year perhaps, and the issuer's symbol in capitals (spaced too: "15 - CT / TW")
_SEP = r"\s?[/-]\s?"
_SYMBOL = rf"[{UPPER}][{UPPER}0-9&]*"  # in capitals: "HTQTCT", "UBND-DL1", "NĐ-CP" ("3 - Quảng Nam" is none)
_NUMBER_AND_SYMBOL = re.compile(
    rf"(?<![\w/])\d+(?:/\d{{2,4}})?{_SEP}{_SYMBOL}(?:{_SEP}{_SYMBOL})*(?![\w/])")


# "theo nghị quyết nào": the document by its number, as written ("Nghị quyết 39", "Quyết định số
# 1234/QĐ-UBND")
ASKS_DOCUMENT_NAMED = re.compile(rf"\b(?:{_DOCUMENTS}) nao\b")
_DOCUMENT_NAMED = re.compile(
    rf"(?<!\w)(?i:{'|'.join(_KINDS)})\s+(?:số\s+)?\d+(?:(?:/\d{{2,4}})?{_SEP}{_SYMBOL}(?:{_SEP}{_SYMBOL})*)?(?![\w/])")


def document_named(sentence: str, q: Question) -> Span | None:
    cands = [(m.start(), m.end(), m.group()) for m in _DOCUMENT_NAMED.finditer(sentence)]
    return closest(cands, sentence, q)


def document_number(sentence: str, q: Question) -> Span | None:
    cands = [(m.start(), m.end(), m.group()) for m in _NUMBER_AND_SYMBOL.finditer(sentence)]
    return closest(cands, sentence, q)
