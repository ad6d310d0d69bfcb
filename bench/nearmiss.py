#!/usr/bin/env python3
"""Near misses made from answerable questions, for the shared scorer.

    python bench/nearmiss.py --kb KB --out /tmp/nearmiss.yaml      # writes the questions
    python ../shared/eval/score.py /tmp/nearmiss.yaml --variants --show-wrong 0

A wrong confident answer is the worst outcome, and the likeliest one is a near miss: the
articles name the same people and places, but not the fact asked. Hand-written near misses are
few (bench/questions/news-nearmiss.yaml), and a rule written for one fixes that one. This script
makes many, the same way for every question: in each answerable question of the development
sets (../shared/eval/dev.yaml, bench/questions/news.yaml, news-nearmiss.yaml; never the
held-out sets) it changes one thing a reader could have asked about instead:

- a province to another province; a country to another country;
- a person's given name ("Nguyễn Anh Hào" -> "Nguyễn Anh Tuấn");
- a number (a year three years earlier, any other number plus one: "Quận 11" -> "Quận 12");
- a role to its deputy ("Chủ tịch" -> "Phó Chủ tịch"), or to another title ("Bí thư" <-> "Chủ tịch");
- one council for another ("UBND" <-> "HĐND"), one ministry or body for another ("Công an"
  -> "Viện Kiểm sát", "Sở Y tế" -> "Sở Tài chính"); a day of the month ("ngày 24/12" -> "25/12");
- a district, commune or ward for another the corpus names ("huyện Krông Nô" -> "huyện Tân Phú");
- a deed for another done to the same thing ("thành lập" -> "giải thể", "ban hành" -> "bãi bỏ",
  "phát hiện" -> "tiêu hủy").

With `--of-people N` it asks instead what no sentence tells of N people the articles name in
office: their year of birth, home town, age, school, spouse ("Ông X sinh năm nào?"); with
`--of-things N`, of N schools, firms, hospitals and departments: their founding year, staff,
seat, founder, capital ("Trường THPT X được thành lập năm nào?").

A change is kept only when no sentence of the knowledge base holds the new words together with
most (60%) of the question's other content words: the corpus then cannot answer it, and the
right reply is no answer. The check is lexical, so a few kept questions may still be answerable
by paraphrase; read a sample before trusting a figure (`--show-wrong` lists the answers). The
questions are derived from the shared sets at run time and are not kept in this repository.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

from paths import DEVELOPMENT_SETS

from bot.facts import PROVINCE_NAMES, SURNAMES  # noqa: E402
from bot.index import open_index  # noqa: E402
from bot.kb import KnowledgeBase  # noqa: E402
from bot.question import STOPWORDS  # noqa: E402
from bot.text import fold  # noqa: E402

COUNTRIES = ["Mỹ", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Pháp", "Nga", "Đức", "Lào", "Campuchia",
             "Thái Lan", "Singapore", "Úc", "Ấn Độ", "Indonesia", "Malaysia", "Philippines", "Italy", "Tây Ban Nha"]
GIVEN_NAMES = ["Hùng", "Lan", "Tuấn", "Minh", "Dũng", "Hương", "Thắng", "Phượng", "Khải", "Vinh"]
ROLES = ["Chủ tịch", "Bí thư", "Giám đốc", "Trưởng phòng", "Hiệu trưởng", "Tổng giám đốc", "Chánh án", "Viện trưởng"]
COUNCILS = {"UBND": "HĐND", "HĐND": "UBND"}
MINISTRIES = ["Bộ Y tế", "Bộ Công an", "Bộ Tài chính", "Bộ Quốc phòng", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Xây dựng",
              "Bộ Công Thương", "Bộ Ngoại giao", "Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo", "Bộ GTVT", "Bộ Giao thông vận tải"]
LEVELS = ["huyện", "quận", "xã", "phường", "thị xã"]
# bodies a near miss swaps: the police for the procuracy, one department for another
BODIES = {"Công an": "Viện Kiểm sát", "Viện Kiểm sát": "Tòa án", "Tòa án": "Viện Kiểm sát", "Sở Y tế": "Sở Tài chính",
          "Sở GD&ĐT": "Sở Y tế", "Sở Giáo dục và Đào tạo": "Sở Y tế", "Sở Tài chính": "Sở Xây dựng",
          "Sở LĐ-TB&XH": "Sở Nội vụ", "Sở Nội vụ": "Sở Tư pháp", "Sở Xây dựng": "Sở Giao thông vận tải"}
_LOCALITY = re.compile(r"\b(" + "|".join(LEVELS) + r") ((?:[A-ZĐ]\w*|\d+)(?: [A-ZĐ]\w*){0,2})(?!\w)(?! [A-ZĐ])")
_PROVINCES = sorted(p for p in PROVINCE_NAMES if " - " not in p)  # sorted: the same choices on every run
_NAME = re.compile(r"\b(?:" + "|".join(SURNAMES) + r")(?: [A-ZĐÂĂÊÔƠƯÁÀẢÃẠÍÌỈĨỊÉÈẺẼẸÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w*){2,3}")


def pick(options: list[str], seed: str, avoid: str) -> str:
    """The same choice on every run (no random state), never the word replaced."""
    options = [o for o in options if o != avoid]
    return options[int(hashlib.md5(seed.encode()).hexdigest(), 16) % len(options)]


def _whole(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _standing_alone(q: str, m: re.Match) -> bool:
    """Not part of a longer name: "Thái Lan" of "Lê Huỳnh Thái Lan", "Tiền Giang" of "Lê Tiền Giang"."""
    before = q[:m.start()].split()[-1:]
    after = q[m.end():].split()[:1]
    return not (before and m.start() > len(before[0]) + 1 and before[0][:1].isupper()) \
        and not (after and after[0][:1].isupper())


def _places(q: str, _) -> list[tuple[str, str, str]]:
    out = []
    for kind, names in (("province", _PROVINCES), ("country", COUNTRIES)):
        old = next((n for n in names if any(_standing_alone(q, m) for m in _whole(n).finditer(q))), None)
        if old:
            new = pick(names, q + old, old)
            out.append((kind, new, _whole(old).sub(new, q)))
    return out


def _number(q: str, _) -> list[tuple[str, str, str]]:
    m = re.search(r"(?<![\w/.,])(\d+)(?![\w/.,]\d|\w)", q)
    if not m:
        return []
    n = int(m.group(1))
    new = str(n - 3 if 1900 < n < 2100 else n + 1)
    return [("number", new, q[:m.start()] + new + q[m.end():])]


def _day(q: str, _) -> list[tuple[str, str, str]]:
    m = re.search(r"\bngày (\d{1,2})/(\d{1,2})\b", q)
    if not m:
        return []
    day = int(m.group(1)) % 28 + 1
    return [("date", f"{day}/{m.group(2)}", q[:m.start(1)] + str(day) + q[m.end(1):])]


def _person(q: str, _) -> list[tuple[str, str, str]]:
    m = _NAME.search(q)
    if not m:
        return []
    given = m.group().split()[-1]
    new = m.group()[:-len(given)] + pick(GIVEN_NAMES, q, given)
    return [("person", new, q[:m.start()] + new + q[m.end():])]


def _rank(q: str, _) -> list[tuple[str, str, str]]:
    for role in ROLES:
        m = _whole(role).search(q)
        if m and not re.search(r"(?i)(?:phó|ban)\s*$", q[:m.start()]):
            return [("rank", "Phó " + role, q[:m.start()] + "Phó " + role + q[m.end():])]
    return []


def _title(q: str, _) -> list[tuple[str, str, str]]:
    m = re.search(r"(?<!Phó )(?<!phó )\b(Bí thư|Chủ tịch|Giám đốc)\b", q)
    if not m:
        return []
    new = {"Bí thư": "Chủ tịch", "Chủ tịch": "Bí thư", "Giám đốc": "Chủ tịch"}[m.group(1)]
    return [("title", new, q[:m.start()] + new + q[m.end():])]


def _bodies(q: str, _) -> list[tuple[str, str, str]]:
    out = []
    old = next((n for n in MINISTRIES if _whole(n).search(q)), None)
    if old:
        new = pick([n for n in MINISTRIES if n.split()[1][:2] != old.split()[1][:2]], q + old, old)
        out.append(("ministry", new, _whole(old).sub(new, q)))
    for kind, table in (("body", BODIES), ("council", COUNCILS)):
        old = next((n for n in table if _whole(n).search(q)), None)
        if old:
            out.append((kind, table[old], _whole(old).sub(table[old], q, count=1)))
    return out


def _locality(q: str, localities: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    m = _LOCALITY.search(q)
    if not m or not localities.get(m.group(1)):
        return []
    new = pick(localities[m.group(1)], q, m.group(2))
    return [("locality", f"{m.group(1)} {new}", q[:m.start(2)] + new + q[m.end(2):])]


# one deed for another done to the same thing: the article tells the one, a reader asks the
# other ("giải thể ngày nào" of a school whose founding day is told); words of two syllables,
# and "tăng"/"giảm", so that no part of a longer word is swapped ("học sinh", "ghi nhận")
DEEDS = {"khởi công": "khánh thành", "khánh thành": "khởi công", "hoàn thành": "khởi công",
         "bổ nhiệm": "miễn nhiệm", "miễn nhiệm": "bổ nhiệm", "bắt giữ": "trả tự do", "khởi tố": "đình chỉ",
         "truy tố": "đình chỉ", "tăng": "giảm", "giảm": "tăng", "qua đời": "ra đời", "thành lập": "giải thể",
         "khai mạc": "bế mạc", "bế mạc": "khai mạc", "nhập khẩu": "xuất khẩu", "xuất khẩu": "nhập khẩu",
         "chiến thắng": "thất bại", "phê duyệt": "bác bỏ", "xây dựng": "phá dỡ", "tiếp nhận": "chuyển giao",
         "kỷ luật": "khen thưởng", "khen thưởng": "kỷ luật", "tuyên dương": "kỷ luật", "phát hiện": "tiêu hủy",
         "ban hành": "bãi bỏ", "kết thúc": "bắt đầu", "bắt đầu": "kết thúc", "tuyển dụng": "sa thải",
         "trao tặng": "nhận", "đầu tư": "rút vốn", "mở cửa": "đóng cửa", "nhập cảnh": "xuất cảnh"}
_DEED = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, DEEDS), key=len, reverse=True)) + r")(?![\w-])"
                   r"(?! (?:cường|trưởng|nghèo))")


def _deed(q: str, _) -> list[tuple[str, str, str]]:
    m = _DEED.search(q)
    if not m or q[m.start()].isupper() and m.start():
        return []  # a capitalised word is a name's ("Ban Tổ chức", "Nhà Xây dựng")
    new = DEEDS[m.group(1)]
    return [("deed", new, q[:m.start()] + new + q[m.end():])]


_CHANGES = [_places, _number, _person, _rank, _bodies, _day, _locality, _title, _deed]


def changes(q: str, localities: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(kind, new words, new question) for each change this question allows."""
    return [change for make in _CHANGES for change in make(q, localities)]


def names_after_levels(sentences) -> dict[str, list[str]]:
    """Localities the corpus names, by level ("huyện" -> ["Krông Nô", ...]), the 200 commonest
    each: a district swapped for another is one that exists."""
    counts: dict[str, dict[str, int]] = {}
    for sentence in sentences:
        for m in _LOCALITY.finditer(sentence):
            level = counts.setdefault(m.group(1), {})
            level[m.group(2)] = level.get(m.group(2), 0) + 1
    return {lv: sorted(sorted(names), key=lambda n: -names[n])[:200] for lv, names in counts.items()}


def _content(text: str) -> set[str]:
    return {t for t in fold(text).split() if t not in STOPWORDS and len(t) > 1}


def told_somewhere(sentence_keys, new: str, q: str) -> bool:
    """A sentence holding the new words and most of the question's others: perhaps answerable."""
    key = f" {fold(new)} "
    others = _content(q) - set(fold(new).split())
    return any(key in f" {s} " and len(others & set(s.split())) >= 0.6 * len(others) for s in sentence_keys)


# what a reader may ask of a person, and the words a sentence telling it would hold
ATTRIBUTES = [("sinh năm nào", ["sinh"]), ("quê ở đâu", ["que"]), ("bao nhiêu tuổi", ["tuoi"]),
              ("tốt nghiệp trường nào", ["tot nghiep"]), ("vợ là ai", ["vo", "chong"]),
              ("mất năm nào", ["mat", "chet", "qua doi", "tu tran", "tu vong", "hi sinh"])]


def of_people(index, count: int) -> list[dict]:
    """Near misses of another kind: what no sentence tells of a person the articles name ("Ông X
    sinh năm nào?" where X is named only in office). `count` people holding a role in the role
    facts (names of three words or more, taken in a fixed order); an attribute is asked only when
    no sentence holding the whole name holds its words. The check is lexical: a sentence that
    tells it by a pronoun ("Ông sinh năm 1960") is missed, so read a sample."""
    people = {r["person"] for a in index.articles for r in (a.facts or {}).get("roles", [])
              if r.get("person") and len(r["person"].split()) >= 3}
    return _untold(index, people, count, ATTRIBUTES, "attribute",
                   lambda person: "Bà" if " Thị " in person else "Ông")


# what a reader may ask of a school, a firm, a hospital, a department
THING_ATTRIBUTES = [("được thành lập năm nào", ["thanh lap"]), ("có bao nhiêu nhân viên", ["nhan vien"]),
                    ("có trụ sở ở đâu", ["tru so"]), ("do ai sáng lập", ["sang lap"]),
                    ("có vốn điều lệ bao nhiêu", ["von dieu le"])]
_THING = re.compile(r"\b((?:Công ty|Trường|Bệnh viện|Sở|Tập đoàn|Ngân hàng|Hội) (?:[A-ZĐ]\w*|TNHH|CP|THPT|THCS)"
                    r"(?: [A-ZĐ]\w*| \w+){1,3})")


def of_things(index, count: int) -> list[dict]:
    """The same for `count` schools, firms, hospitals and departments the articles name ("Trường
    THPT Cửa Tùng được thành lập năm nào?"), where no sentence holding the name holds the words."""
    things = {m.group(1) for sentence in index.sentences for m in _THING.finditer(sentence)}
    things = {t for t in things if all(w[:1].isupper() or w in ("TNHH", "CP") for w in t.split()[1:])}
    return _untold(index, things, count, THING_ATTRIBUTES, "thing", lambda thing: "")


def _untold(index, names: set[str], count: int, attributes, kind: str, honorific) -> list[dict]:
    """For `count` of the names (in a fixed order), each attribute no sentence holding the name
    tells: a question "<honorific> <name> <attribute>?"."""
    keys = [f" {k} " for k in index.sentence_keys]
    made = []
    for name in sorted(names, key=lambda n: hashlib.md5(n.encode()).hexdigest())[:count]:
        holding = [k for k in keys if f" {fold(name)} " in k]
        for tail, words in attributes:
            if not any(f" {w} " in k for w in words for k in holding):
                made.append({"q": f"{honorific(name)} {name} {tail}?".lstrip(), "a": [], "kind": kind, "from": name})
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", required=True, help="a knowledge base of the whole corpus (newsbot import)")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--of-people", type=int, default=0, metavar="N",
                    help="instead: attributes no sentence tells of N people the articles name")
    ap.add_argument("--of-things", type=int, default=0, metavar="N",
                    help="instead: attributes no sentence tells of N schools, firms, ... the articles name")
    ap.add_argument("sets", nargs="*", type=Path, default=DEVELOPMENT_SETS)
    args = ap.parse_args()
    index = open_index(KnowledgeBase(args.kb))
    keys = list(index.sentence_keys)
    localities = names_after_levels(index.sentences)
    of_names = bool(args.of_people or args.of_things)
    made = (of_people(index, args.of_people) if args.of_people else []) \
        + (of_things(index, args.of_things) if args.of_things else [])
    for path in args.sets if not of_names else ():
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            if not item["a"]:
                continue
            for kind, new, q in changes(item["q"], localities):
                if not told_somewhere(keys, new, q):
                    made.append({"q": q, "a": [], "kind": kind, "from": item["q"]})
    made_from = "people and things the articles name" if of_names else "answerable questions"
    header = f"# Near misses made by bench/nearmiss.py from {made_from}; the right reply is no answer.\n"
    args.out.write_text(header + yaml.safe_dump(made, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    by_kind = {k: sum(m["kind"] == k for m in made) for k in dict.fromkeys(m["kind"] for m in made)}
    print(f"{len(made)} near misses -> {args.out} {by_kind}", file=sys.stderr)


if __name__ == "__main__":
    main()
