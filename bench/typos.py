#!/usr/bin/env python3
"""Questions typed the way readers type them, for the shared scorer.

    python bench/typos.py --out /tmp/typos.yaml                      # writes the questions
    python ../shared/eval/score.py /tmp/typos.yaml --show-wrong 0    # accuracy by way of typing

The shared scorer's --variants asks each question as written and with every diacritic removed.
Readers on a phone type in more ways than those two; this script asks each question of the
development sets (../shared/eval/dev.yaml, bench/questions/news.yaml, news-nearmiss.yaml; never
the held-out sets) in five more, each made the same way for every question, with no random state:

- lower:   all lower case, diacritics kept ("ai là bí thư quận ủy quận 11?");
- plain:   all lower case without diacritics ("ai la bi thu quan uy quan 11?"), the way the
           product's own example is typed;
- mixed:   diacritics left off every other word ("Ai la Bí thu Quận uy Quận 11?"), as when a
           keyboard's Vietnamese input is switched on halfway;
- tone:    one word with the wrong tone mark ("Bí thư Quận ủy" -> "Bí thư Quận ũy"; hỏi and ngã
           are the usual confusion, else the tone is dropped);
- letter:  one slip of a finger in one word of four letters or more, never in a figure: two
           letters swapped, one dropped, or one doubled ("Trương" -> "Truơng", "Quận" -> "Qậun").

Each question keeps its gold answers (an unanswerable one stays unanswerable), and its kind is
the way of typing, so the scorer's by-kind lines read as accuracy by way of typing. The
questions are derived from the shared sets at run time and are not kept in this repository.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import unicodedata
from pathlib import Path

import yaml

from paths import DEVELOPMENT_SETS

from bot.text import strip_diacritics  # noqa: E402

TONES = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
# the tone a hurried reader puts instead: hỏi and ngã are confused everywhere in the country
WRONG_TONE = {"\u0309": "\u0303", "\u0303": "\u0309", "\u0300": "\u0309", "\u0301": "\u0323", "\u0323": "\u0301"}


def _seed(text: str, salt: str) -> int:
    return int(hashlib.md5((salt + text).encode()).hexdigest(), 16)


def lower(q: str) -> str:
    return q.lower()


def plain(q: str) -> str:
    return strip_diacritics(q).lower()


def mixed(q: str) -> str:
    words = q.split(" ")
    start = _seed(q, "mixed") % 2
    return " ".join(strip_diacritics(w) if i % 2 == start else w for i, w in enumerate(words))


def _with_tone(word: str) -> int | None:
    """Where the tone mark is in the decomposed word, if it has one."""
    return next((i for i, c in enumerate(word) if c in TONES), None)


def tone(q: str) -> str | None:
    words = [unicodedata.normalize("NFD", w) for w in q.split(" ")]
    marked = [i for i, w in enumerate(words) if _with_tone(w) is not None]
    if not marked:
        return None
    i = marked[_seed(q, "tone") % len(marked)]
    w, at = words[i], _with_tone(words[i])
    w = w[:at] + w[at + 1:]
    end = at  # the new mark goes after the vowel's other marks (ậ is a, dot, circumflex)
    while end < len(w) and unicodedata.combining(w[end]):
        end += 1
    words[i] = w[:end] + WRONG_TONE[words[i][at]] + w[end:]
    return unicodedata.normalize("NFC", " ".join(words))


def letter(q: str) -> str | None:
    words = q.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long:
        return None
    seed = _seed(q, "letter")
    i = long[seed % len(long)]
    w = words[i]
    at = 1 + seed // 7 % (len(w) - 2)  # never the first letter: readers see that one
    slip = seed // 3 % 3
    if slip == 0:
        w = w[:at] + w[at + 1] + w[at] + w[at + 2:]
    elif slip == 1:
        w = w[:at] + w[at + 1:]
    else:
        w = w[:at] + w[at] + w[at:]
    words[i] = w
    return " ".join(words)


WAYS = {"lower": lower, "plain": plain, "mixed": mixed, "tone": tone, "letter": letter}


def typed(item: dict) -> list[dict]:
    out = []
    for way, make in WAYS.items():
        q = make(item["q"])
        if q and q != item["q"]:
            out.append({"q": q, "a": list(item["a"]), "kind": way, "from": item["q"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("sets", nargs="*", type=Path, default=DEVELOPMENT_SETS)
    args = ap.parse_args()
    made = [m for path in args.sets for item in yaml.safe_load(path.read_text(encoding="utf-8")) for m in typed(item)]
    header = "# Questions as readers type them, made by bench/typos.py from the development sets.\n"
    args.out.write_text(header + yaml.safe_dump(made, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    by_way = {k: sum(m["kind"] == k for m in made) for k in WAYS}
    print(f"{len(made)} questions -> {args.out} {by_way}", file=sys.stderr)


if __name__ == "__main__":
    main()
