"""The author's line at the end of an article ("Mỹ Hạnh", "Nam Phương - Hồng Hải", "T. Thủy").

The page text of the first user's site and the shared corpus's records both end with it; the
records have no author field, so the line is the only place their author is told.
"""
from __future__ import annotations

import re

from ..text import UPPER

# A capitalised word, or an initial and its name ("T.Thủy"); names may be joined by " - ".
_WORD = f"[{UPPER}](?:\\.\\s?[{UPPER}])?[^\\s.!?:;,]*"
_NAME = f"{_WORD}(?:\\s+{_WORD}){{0,4}}"
BYLINE = re.compile(f"^{_NAME}(?:\\s+[-–]\\s+{_NAME})?(?:\\s*\\([^)]{{1,40}}\\))?$")
# "Theo IFL Science": the source the text was taken from, told after the byline
_TAKEN_FROM = re.compile(r"^\(?Theo\s+\S.{0,58}$")
# the corpus glues some source lines to the byline: "T.ThủyTheo TS"
_GLUED_SOURCE = re.compile(r"(?<=[^\W\d_])Theo\s.*$")


def is_byline(line: str) -> bool:
    return len(line) <= 60 and bool(BYLINE.match(line))


def trailing_byline(paragraphs: list[str]) -> str | None:
    """The byline among an article's last paragraphs, past the lines naming a source."""
    k = len(paragraphs) - 1
    while k > 0 and _TAKEN_FROM.match(paragraphs[k]):
        k -= 1
    if k < 1:
        return None
    line = _GLUED_SOURCE.sub("", paragraphs[k])
    return line if is_byline(line) else None
