"""Facts extracted from an article at import, stored in its YAML for an editor to read and fix.

* roles: who holds which role, the organisation completed from the article's context
  ("Trương Quốc Lâm, Bí thư Quận ủy" in an article about Quận 11 -> "Bí thư Quận ủy Quận 11"),
  as of the article's date;
* numbers: a number with what it counts ("92 văn bản", "16 phường");
* dates: dates of events and documents, with the words before them;
* byline: the author.

Everything here works on display text (diacritics and capitals carry the signal for names).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable

from .articles import Article
from .text import UPPER, fold, is_vietnamese_syllable, split_sentences

# Vietnamese family names (the first syllable of a full name), as written.
SURNAMES = set("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Cao Lương Thái
Tăng Trương Mai Lâm Hà Tô Trịnh Đoàn La Chu Kiều Quách Tạ Lưu Tống Khúc Thạch Giang Kim Mạc
Lại Nghiêm Phùng Vương Tiêu Diệp Mạch Tôn Âu Hứa Thân Cung Châu Bạch Chung Khổng Lục
Phương Tào Thiều Từ Vi Y Lò Lữ Nông Hầu Triệu Đàm Doãn Trình Ninh Viên Khương Hán Ngụy Lã
Điểu Thào Giàng Sùng Vừ Mùa Ksor Rơ Siu Nay Rah Bế Hoàng Lộc Đậu Hồng Cù Đới Nguyên Phí Ứng
Chử Tất Cầm Sử Mã Chẩu Giản Kha
""".split())
FOLDED_SURNAMES = frozenset(fold(s) for s in SURNAMES)  # as a reader types them without diacritics

# Heads of role phrases, longest first so "Phó Chủ tịch" wins over "Chủ tịch".
ROLE_HEADS = sorted({
    "Bí thư", "Phó Bí thư", "Tổng Bí thư", "Chủ tịch", "Phó Chủ tịch", "Quyền Chủ tịch",
    "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Quyền Giám đốc",
    "Trưởng ban", "Phó Trưởng ban", "Trưởng Ban", "Phó Trưởng Ban", "Trưởng đoàn", "Phó Trưởng đoàn",
    "Ủy viên", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Chủ nhiệm", "Phó Chủ nhiệm",
    "Trưởng phòng", "Phó Trưởng phòng", "Chánh Văn phòng", "Chánh văn phòng", "Chánh án",
    "Viện trưởng", "Phó Viện trưởng", "Hiệu trưởng", "Phó Hiệu trưởng", "Tư lệnh", "Phó Tư lệnh",
    "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Tổng cục trưởng", "Đại sứ",
    "Người phát ngôn", "Chính ủy", "Tổng Thư ký", "Tổng Kiểm toán", "Thống đốc", "Phó Thống đốc",
    "Đại biểu", "Trưởng Công an", "Phó Trưởng Công an", "Chủ tịch nước", "Phó Chủ tịch nước",
    "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Chánh Thanh tra", "Phó Chánh Thanh tra",
    "Tổng Biên tập", "Phó Tổng Biên tập", "Trưởng khoa", "Trưởng Khoa", "Chỉ huy trưởng",
    "Trưởng Công an", "Trưởng phòng", "Trưởng ấp", "Trưởng thôn", "Trưởng bản", "Tổ trưởng",
    "Kế toán trưởng", "Nguyên Bí thư", "Nguyên Chủ tịch", "Nguyên Giám đốc", "Quyền Bộ trưởng",
    "Trưởng Ban", "Giáo sư", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng", "Đại tá",
    "Thường vụ",  # "Thường vụ Tỉnh ủy": a member of the standing committee
    "Ngoại trưởng", "Tổng thống", "Thị trưởng", "Huấn luyện viên", "HLV", "Đội trưởng", "Lãnh sự",
    "Tổng Lãnh sự", "Tham mưu trưởng", "Tổng Tham mưu trưởng",
    "Trưởng trạm", "Trạm trưởng", "Trưởng chi nhánh", "Trưởng đài",
}, key=len, reverse=True)
# "Ban Bí thư", "Ban Giám đốc" are bodies, not a person's role
# any role may have a deputy ("Phó Chỉ huy trưởng", "Phó Chánh án")
_ROLE_HEAD_RE = re.compile(r"(?<!Ban )(?<!ban )(?:nguyên |tân |quyền )?(?:phó )?(?:" + "|".join(re.escape(h) for h in ROLE_HEADS) + r")\b",
                           re.IGNORECASE)

# Words that end a role phrase: verbs and function words ("làm Trưởng đoàn", "đã có", "phát biểu").
ROLE_STOP = set("""
làm đã đang sẽ được bị phát chia báo kết cho tại trong khi là cùng đến dự nói nhấn yêu đề khẳng
ký trúng thay xin với về từ trên để nhằm này đó thì mà vừa cũng không có đi thăm tiếp chủ trì
đọc giữ nhận ngày sáng chiều tối hôm lúc vào theo sau trước như vì nên nhưng hay hoặc
và kiêm gồm ông bà anh chị ra trả gửi trao tặng vẫn còn lại chỉ xác
""".split())
# the second field of a ministry's or department's name, often written in lower case after "và"
# ("Sở Văn hóa thể thao và du lịch", "Bộ Tài nguyên và môi trường")
_SECOND_FIELDS = ("du lich", "moi truong", "dau tu", "dao tao", "cong nghe", "truyen thong", "xa hoi",
                  "phat trien nong thon")


def joins_two_fields(words: list[str], k: int) -> bool:
    """Whether words[k], a "và", joins two fields of one body's name: before a capitalised word
    ("Sở Giáo dục và Đào tạo") or a ministry's second field ("Sở Tài nguyên và môi trường")."""
    after = [w.strip(",.;:()\"“”") for w in words[k + 1:k + 4]]
    return words[k] == "và" and bool(after) and (
        after[0][:1].isupper() or any(fold(" ".join(after)).startswith(f) for f in _SECOND_FIELDS))


_PLACE_CUE = re.compile(r"(?:\b(?:tại|ở|TP|Tp|phố|đường|Đường|tỉnh|huyện|quận|xã|phường|sông|cầu|chợ|trường|Trường|"
                        r"tư tưởng|Tư tưởng|lăng|Lăng|bảo tàng|Bảo tàng|phong trào|giải|Giải|số)\.?\s+)$")
_PERSON_CUE = re.compile(r"(?<!\w)(?:ông|bà|đồng chí|anh|chị|Ông|Bà|Đồng chí|Anh|Chị|Thiếu tướng|Trung tướng|Thượng tướng|"
                         r"Đại tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Tiến sĩ|TS\.|PGS\.TS\.?|GS\.TS\.?|Bác sĩ|"
                         r"Luật sư|Nhà báo|nhà báo|bác sĩ|luật sư|"
                         # one known by a calling, often by a given name alone ("vận động viên Trọng Nhơn")
                         # (not "HLV", "Giáo sư": roles, which roles_before must keep)
                         r"(?i:vận động viên|VĐV|cầu thủ|thủ môn|tiền đạo|tiền vệ|hậu vệ|võ sĩ|"
                         r"ca sĩ|nghệ sĩ|diễn viên|nhạc sĩ|nhà văn|nhà thơ|họa sĩ|người mẫu|hoa hậu|á hậu|"
                         r"kỹ sư|thầy giáo|cô giáo|học sinh|sinh viên|nữ sinh|nam sinh|bệnh nhân))\s+$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?|\d+(?:[.,/]\d+)*|\S")


# Vietnam's provinces and centrally run cities. Many open with a family name ("Hà Nội", "Thái
# Bình", "Lâm Đồng") and are no person ("ông Mẫn ra Hà Nội làm Phó chủ tịch ..."); named alone
# ("tại Hà Tĩnh") they say where an article is.
PROVINCE_NAMES = sorted({p for p in """An Giang, Bà Rịa - Vũng Tàu, Bắc Giang, Bắc Kạn, Bạc Liêu, Bắc Ninh, Bến Tre,
Bình Định, Bình Dương, Bình Phước, Bình Thuận, Cà Mau, Cần Thơ, Cao Bằng, Đà Nẵng, Đắk Lắk, Đắk Nông,
Điện Biên, Đồng Nai, Đồng Tháp, Gia Lai, Hà Giang, Hà Nam, Hà Nội, Hà Tĩnh, Hải Dương, Hải Phòng,
Hậu Giang, Hòa Bình, Hưng Yên, Khánh Hòa, Kiên Giang, Kon Tum, Lai Châu, Lâm Đồng, Lạng Sơn, Lào Cai,
Long An, Nam Định, Nghệ An, Ninh Bình, Ninh Thuận, Phú Thọ, Phú Yên, Quảng Bình, Quảng Nam, Quảng Ngãi,
Quảng Ninh, Quảng Trị, Sóc Trăng, Sơn La, Tây Ninh, Thái Bình, Thái Nguyên, Thanh Hóa, Thừa Thiên Huế,
Tiền Giang, Trà Vinh, Tuyên Quang, Vĩnh Long, Vĩnh Phúc, Yên Bái""".replace("\n", " ").split(", ")}, key=len, reverse=True)
_PROVINCES = {fold(p) for name in PROVINCE_NAMES for p in name.split(" - ")}
# each line one country, its names as news writes them
_COUNTRIES_AS_WRITTEN = """Mỹ, Hoa Kỳ
Trung Quốc
Nhật Bản, Nhật
Hàn Quốc
Triều Tiên
Anh Quốc
Liên Xô, Liên bang Xô viết
Nga
Pháp
Đức
Italy, Italia
Tây Ban Nha
Bồ Đào Nha
Hà Lan
Bỉ
Thụy Sĩ
Thụy Điển
Na Uy
Đan Mạch
Phần Lan
Ba Lan
Hy Lạp
Thổ Nhĩ Kỳ
Ukraine
Lào
Campuchia
Thái Lan
Myanmar
Malaysia
Singapore
Indonesia
Philippines
Ấn Độ
Pakistan
Iran
Iraq
Israel
Ai Cập
Úc, Australia
New Zealand
Canada
Mexico
Brazil
Argentina
Mông Cổ
Đài Loan"""
COUNTRY_LINES = _COUNTRIES_AS_WRITTEN.splitlines()
COUNTRY_NAMES = [name for line in COUNTRY_LINES for name in line.split(", ")]
_COUNTRIES = {fold(name) for name in COUNTRY_NAMES}
_CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}  # centrally run: "TP Hà Nội", not "Tỉnh Hà Nội"
# a province by its name alone, not after its level (LOCALITY counts those) nor inside a longer name
_PROVINCE_NAMED = re.compile(r"(?<!tỉnh )(?<!Tỉnh )(?<!phố )(?<!TP )(?<![\w.])("
                             + "|".join(map(re.escape, PROVINCE_NAMES)) + r")(?![\w])(?!\s+[" + UPPER + r"])")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper() or word in {"A", "Y"}


def _name_start(run: list[str]) -> int | None:
    """Where the name starts in a run of capitalised words: at the last block of family names
    that leaves 2-5 words ("tỉnh Đồng Nai Nguyễn Phú Cường" -> "Nguyễn Phú Cường", while
    "Lê Trương Hải Hiếu" keeps both family names)."""
    # "Tỉnh ủy Sơn La Nguyễn Đắc Quỳnh": the "La" that ends a province is no family name
    ends_province = [k > 0 and fold(f"{run[k - 1]} {w}") in _PROVINCES for k, w in enumerate(run)]
    family = [w in SURNAMES and not ends_province[k] for k, w in enumerate(run)]
    starts = [k for k in range(len(run)) if family[k] and (k == 0 or not family[k - 1])]
    # "Nguyễn Thị Kim Ngân": a family name followed by "Thị" or "Văn" starts the name, though
    # "Kim" is a family name too, and though one comes before it ("huyện Tương Dương Nguyễn Văn
    # Hải": "Dương" ends the district)
    for k in (k for k in range(len(run)) if family[k]):
        if 3 <= len(run) - k <= 5 and run[k + 1] in ("Thị", "Văn"):
            return k
    for k in reversed(starts):
        if 2 <= len(run) - k <= 5:
            return k
    return None


def find_names(sentence: str) -> list[tuple[int, int, str]]:
    """Person names: 2-5 capitalised syllables starting with a family name, or after a person cue
    ("ông", "bà", "đồng chí"). Returns (start, end, name)."""
    found = []
    words = list(re.finditer(r"[^\W\d_]+", sentence))
    i = 0
    while i < len(words):
        w = words[i].group()
        if not _is_cap(w):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and _is_cap(words[j + 1].group()) \
                and sentence[words[j].end():words[j + 1].start()] in (" ", "-"):  # "Al-Fahd"
            j += 1
        run = [m.group() for m in words[i:j + 1]]
        role = _ROLE_HEAD_RE.match(sentence, words[i].start())
        if role and role.end() > words[j].end():
            i = j + 1  # "Nguyên Vụ trưởng", "Tổng Bí thư": the capitalised words of a role, no name
            continue
        # the cues end where the name starts; looking at the 40 characters before it (longer
        # than any cue) instead of the whole prefix keeps this linear in the sentence
        at = words[i].start()
        cue = _PERSON_CUE.search(sentence, max(0, at - 40), at)
        start = _name_start(run)
        at = words[i + start].start() if start is not None else 0
        if start is not None and _PLACE_CUE.search(sentence, max(0, at - 40), at):
            start = None  # "TP Hồ Chí Minh", "đường Trần Phú": a place named after a person
        if start is not None and not all(is_vietnamese_syllable(w) for w in run[start + 1:]):
            start = None  # "La Liga": a family name before a word no Vietnamese name has
        if fold(" ".join(run)) in _PROVINCES | _COUNTRIES:  # "Thái Lan" reads like a surname and a name
            i = j + 1
            continue
        if start is not None:
            # the name is at the run's end: "Chủ tịch HĐTV EVN Dương Quang Thành"
            s, e = words[i + start].start(), words[j].end()
            found.append((s, e, sentence[s:e]))
        elif cue and 2 <= len(run) <= 5:
            s, e = words[i].start(), words[j].end()
            found.append((s, e, sentence[s:e]))
        i = j + 1
    return found


_DOTTED = {"TP", "Tp", "Q", "P", "H", "X", "TX", "TT"}


def role_phrase(text: str) -> str | None:
    """The role at the start of text, cut before the first verb/function word."""
    text = text.strip()
    m = _ROLE_HEAD_RE.match(text)
    if not m:
        return None
    words = text.split()
    kept: list[str] = []
    head_len = len(m.group().split())
    for k, w in enumerate(words):
        bare = w.strip(",.;:()\"“”")
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if k >= head_len and (bare.lower() in ROLE_STOP or not bare) and not bare[:1].isupper():
            # "và" joining two fields of a name, and "dự khuyết" (alternate member), are in the role
            if not joins_two_fields(words, k) and not (bare.lower() == "dự" and nxt.startswith("khuyết")):
                break
        if k >= head_len and bare in _DOTTED and w == bare + "." and (nxt[:1].isupper() or nxt[:1].isdigit()):
            kept.append(w)  # "HĐND TP. HCM": the dot of an abbreviation ends no role
            continue
        kept.append(bare)
        if w != bare or len(kept) >= 14:
            break
    phrase = " ".join(kept).strip()
    return phrase or None


_AFTER_NAME = re.compile(r"^\s*(?:\([^()]{0,60}\))?\s*(?:,|\s[-–]\s)")
_BECOMES = re.compile(r"\s*(?:đã\s+|vừa\s+|sẽ\s+)?(?:kiêm(?: nhiệm)?|làm|giữ chức(?: vụ)?|là|được bầu (?:làm|giữ chức)|trúng cử(?: chức)?"
                      r"|được (?:bổ nhiệm|điều động) (?:làm|giữ chức)|được phân công làm|được giao làm)\s+", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;]|\s[-–]\s")


# "Thành ủy viên", "Tỉnh uỷ viên": a member of the Party committee, written between a name and
# its roles ("Bà X, Thành ủy viên, Bí thư Quận ủy Cầu Giấy")
_COMMITTEE_MEMBER = re.compile(r"\s*(?:nguyên\s+)?(?:Thành|Tỉnh|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)\s+viên\s*", re.IGNORECASE)


def roles_after(sentence: str, end: int) -> list[str]:
    """Role phrases right after a name: "NAME, Ủy viên ..., Bí thư Huyện ủy Long Thành, đã ...",
    "NAME (sinh năm 1969), Phó Chủ tịch ...", "NAME - Tổng giám đốc ...", "NAME ... làm Trưởng đoàn"."""
    rest = sentence[end:]
    bracket = _ROLE_IN_BRACKETS.match(rest)
    if bracket and role_phrase(bracket.group(1)):  # "NAME (Phó Giám đốc Học viện ...) trình bày"
        # ("NAME (Bí thư Quận ủy) được điều động giữ chức ...": and the role held next)
        taken = role_taken(sentence, end)
        return _of_the_lists_body(_roles_listed(bracket.group(1))) + ([taken] if taken else [])
    m = _AFTER_NAME.match(rest)
    if m:
        roles = _roles_listed(rest[m.end():])
    else:
        became = _BECOMES.match(rest)
        roles = [phrase] if became and (phrase := role_phrase(rest[became.end():])) else []
    return _of_the_lists_body(roles)


_ROLE_IN_BRACKETS = re.compile(r"\s*\(([^()]{3,200})\)")


def role_taken(sentence: str, end: int) -> str | None:
    """The role a name (ending at `end`) is said to take, past its roles in brackets: "NAME (Bí
    thư Quận ủy Quận 3) được điều động giữ chức Trưởng ban Tổ chức Thành ủy"."""
    bracket = _ROLE_IN_BRACKETS.match(sentence, end)
    became = _BECOMES.match(sentence, bracket.end() if bracket else end)
    return role_phrase(sentence[became.end():]) if became else None


def _roles_listed(text: str) -> list[str]:
    """The roles a name is followed by, separated by commas or dashes, up to a verb, the next
    person of a list or what is no role."""
    roles: list[str] = []
    for seg in _SEPARATOR.split(text):
        if _COMMITTEE_MEMBER.fullmatch(seg):
            continue  # "Thành ủy viên": a member of the committee, and the roles go on
        became = _BECOMES.match(seg)
        if became:  # "NAME, Ủy viên ..., Chủ nhiệm ..., làm trưởng đoàn": the roles end there
            if extra := role_phrase(seg[became.end():]):
                roles.append(extra)
            break
        phrase = role_phrase(seg)
        names = find_names(seg)
        if not phrase or (names and names[0][0] < seg.find(phrase) + len(phrase)):
            break  # the next person of a list: their roles, not ours
        roles.append(_left_with_the_first(roles, phrase))
        if names:  # "…, Chủ tịch UBND huyện X và ông Y": the list moves on to Y
            break
        if len(phrase.split()) < len(seg.split()):  # the phrase ended inside the segment
            tail = seg.strip()[len(phrase):]
            became = _BECOMES.match(tail)
            if became and (extra := role_phrase(tail[became.end():])):
                roles.append(extra)
            break
    return roles


_FORMER = re.compile(r"(?:nguyên|cựu)\s", re.IGNORECASE)
_OWN_TIME = re.compile(r"(?:nguyên|cựu|nay|hiện|đương|tân|quyền)\s", re.IGNORECASE)
_LEVEL_WORD = re.compile(r"\b(huyện|tỉnh|thành|quận|xã|phường|thị)\b", re.IGNORECASE)


def _left_with_the_first(roles: list[str], phrase: str) -> str:
    """"nguyên phó bí thư Huyện ủy, chủ tịch UBND huyện": a role listed after one left, of the
    same level (the two a district's leader holds together), was left too. Of another level it
    may be held now ("nguyên Phó Chủ tịch nước, Chủ tịch Hội Khuyến học"), and one that says
    its own time ("nay là ...") says so."""
    if not roles or not _FORMER.match(roles[0]) or _OWN_TIME.match(phrase):
        return phrase
    levels = {m.lower() for m in _LEVEL_WORD.findall(roles[0])}
    return f"nguyên {phrase}" if levels & {m.lower() for m in _LEVEL_WORD.findall(phrase)} else phrase


def roles_before(sentence: str, start: int) -> list[str]:
    """Role phrases right before a name: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Đồng Nai NAME"."""
    before = _PERSON_CUE.sub("", sentence[:start]).rstrip()
    if before.endswith(","):
        return _role_opening(before[:-1])
    if not before or before.endswith((";", ":")):
        return []
    roles: list[str] = []
    for seg in reversed(_SEGMENT_BREAK.split(before)):
        seg = seg.strip()
        at = _role_tail(seg)
        if at is None:
            break
        roles.insert(0, seg[at:].strip())
        if at > 0:  # something else precedes the role: the list ends here
            break
    return _of_the_lists_body(roles)


# "Chủ tịch Florentino Perez của Real Madrid": the body a bare title is of, named after the name
# (up to six words, ending on a capitalised one: "Công ty Sông Xanh")
_OF_BODY_AFTER = re.compile(r"\s*(?:của|thuộc)\s+([" + UPPER + r"][^\s,.;:()]*(?:\s+[^\s,.;:()]+){0,5})")


@lru_cache(maxsize=4096)
def roles_around(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The role phrases before and after the name at sentence[start:end]; a bare title before it
    is of the body written right after the name ("Chủ tịch Florentino Perez của Real Madrid" is
    the Chủ tịch of Real Madrid, not of any body asked). Cached: the extractors ask it of the
    same names, and popular sentences come back question after question."""
    before = roles_before(sentence, start)
    body = _body_named(_OF_BODY_AFTER.match(sentence, end))
    if body:
        before = [f"{role} {body}" if _bare_title(role) else role for role in before]
    return tuple(before + roles_after(sentence, end))


_ADVERBS = {"từng", "vừa", "cũng", "còn", "mới", "luôn", "vẫn", "rất", "thì", "mà", "nhưng", "và", "hay", "hoặc"}


def _body_named(match: re.Match | None) -> str | None:
    """The body's words up to a verb or function word, ending on a capitalised one."""
    if not match:
        return None
    words = []
    for w in match.group(1).split():
        if w.lower() in ROLE_STOP or w.lower() in _ADVERBS:
            break
        words.append(w)
    while words and not _is_cap(words[-1]):
        words.pop()
    return " ".join(words) or None


def _bare_title(role: str) -> bool:
    head = _ROLE_HEAD_RE.match(role)
    return bool(head) and head.end() == len(role)


def _of_the_lists_body(roles: list[str]) -> list[str]:
    """"Phó Chủ tịch, Tổng thư ký Hội Luật gia Việt Nam": a bare title in a list of roles is of
    the body the next role names ("Phó Chủ tịch Hội Luật gia Việt Nam"), not any body at all."""
    heads = [_ROLE_HEAD_RE.match(r) for r in roles]
    out = list(roles)
    for k, (role, head) in enumerate(zip(roles, heads)):
        if not head or head.end() < len(role):
            continue  # it names its own body
        body = next((later[h.end():].strip() for later, h in zip(roles[k + 1:], heads[k + 1:])
                     if h and h.end() < len(later)), None)
        if body and _PARTY_TITLE.search(head.group()) and (level := _STATE_BODY_LEVEL.match(body)):
            body = body[level.start(1):]  # "Bí thư kiêm Chủ tịch UBND xã X": the Bí thư of xã X, not of its UBND
        if body:
            out[k] = f"{role} {body}"
    return out


_PARTY_TITLE = re.compile(r"bí thư$", re.IGNORECASE)
_STATE_BODY_LEVEL = re.compile(r"(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+((?:tỉnh|thành phố|TP|huyện|quận|thị xã|"
                               r"xã|phường|thị trấn)\b.*)", re.IGNORECASE)


_SEGMENT_BREAK = re.compile(r"[,;:(]|\s[-–]\s")


def _role_tail(seg: str) -> int | None:
    """Where the role phrase that ends the segment starts: at a role head whose phrase runs to
    the segment's end."""
    # (not one running over another's name and on: "Tổng Bí thư Nguyễn Phú Trọng và Nguyên Chủ
    # tịch nước"; a place's name may look like a person's: "Bí thư Huyện ủy Thạch Thành")
    return next((h.start() for h in _ROLE_HEAD_RE.finditer(seg)
                 if role_phrase(seg[h.start():]) == seg[h.start():].strip(" ,.;:\"“”")
                 and not any(seg.startswith(" và ", h.start() + e) for _, e, _ in find_names(seg[h.start():]))), None)


def _role_opening(before: str) -> list[str]:
    """"Chủ tịch Juventus, Andrea Agnelli ...": a role and a comma before a name are the name's
    when nothing but lower-case words comes before the role; in "ông A, Chủ tịch UBND tỉnh,
    ông B" the role is A's."""
    seg = _SEGMENT_BREAK.split(before)[-1]
    at = _role_tail(seg)
    if at is None:
        return []
    opener = (before[:len(before) - len(seg)] + seg[:at]).strip()
    words = opener.split()
    # a name ends the opener ("ông Trần Văn Bình Chủ tịch ..."); a capital that opens the
    # sentence ("Theo Chủ tịch UBND tỉnh, ông A") does not
    if opener and (opener[-1] in ",;:()-–" or len(words) > 1 and words[-1][:1].isupper()):
        return []
    return [seg[at:].strip()]


def role_asked(text: str) -> str | None:
    """The role a question names: "Giám đốc Sở Y tế Lào Cai" of "Giám đốc Sở Y tế Lào Cai là ai?"."""
    m = _ROLE_HEAD_RE.search(text)
    return role_phrase(text[m.start():]) if m else None


def role_head(role: str) -> list[str]:
    """Folded words of the title that starts a role: "Phó Chủ tịch UBND tỉnh X" -> pho chu tich."""
    m = _ROLE_HEAD_RE.match(role.strip())
    return fold(m.group()).split() if m else []


# Localities, for completing "Bí thư Quận ủy" with the article's district.
LOCALITY = re.compile(
    r"\b(Quận|quận|Huyện|huyện|Tỉnh|tỉnh|Thị xã|thị xã|Phường|phường|Xã|xã|TP\.?|Thành phố|thành phố"
    # villages: "thôn Đông", "ấp 3"; a "bản" of two capitalised words ("bản Co Hói", not "bản Hiến pháp")
    r"|Thôn|thôn|Ấp|ấp|Xóm|xóm|bản(?=\s+[" + UPPER + r"]\S*\s+[" + UPPER + r"]))"
    # (the one province named with a dash, whichever dash: "Bà Rịa – Vũng Tàu")
    r"\s+(Bà Rịa\s*[-–]\s*Vũng Tàu|\d+|(?:[" + UPPER + r"][^\s,.;:()]*)(?:\s+[" + UPPER + r"][^\s,.;:()]*){0,3})"
)
LEVEL_OF = {"quận": "quận", "huyện": "huyện", "tỉnh": "tỉnh", "thị xã": "thị xã", "phường": "phường",
             "xã": "xã", "tp": "thành phố", "tp.": "thành phố", "thành phố": "thành phố",
             "thôn": "thôn", "ấp": "ấp", "xóm": "xóm", "bản": "bản"}
# "Quận ủy" -> district level, "UBND quận" -> district level, ...
_BARE_ORG = re.compile(r"\b(Quận|Huyện|Tỉnh|Thành|Thị)\s+ủy$|\b(quận|huyện|tỉnh|thành phố|thị xã|phường|xã)$",
                       re.IGNORECASE)
_UY_LEVEL = {"quận": "quận", "huyện": "huyện", "tỉnh": "tỉnh", "thành": "thành phố", "thị": "thị xã"}


def _weighted_texts(article: Article) -> list[tuple[int, str]]:
    """The article's texts with how much a name in each counts: the title twice."""
    return [(2, article.title)] + [(1, p) for p in article.captions + article.paragraphs]


def main_localities(article: Article) -> dict[str, str]:
    """The most mentioned locality of each level ("quận" -> "Quận 11")."""
    counts: dict[str, Counter] = {}
    for weight, text in _weighted_texts(article):
        for m in LOCALITY.finditer(text):
            level = LEVEL_OF[m.group(1).lower()]
            name = m.group(2)
            if name.split()[0].lower() in ("ủy", "uỷ"):
                continue
            counts.setdefault(level, Counter())[name] += weight
        if re.search(r"\bTP\.?\s?HCM\b|TPHCM|Thành phố Hồ Chí Minh", text):
            counts.setdefault("thành phố", Counter())["Hồ Chí Minh"] += weight
        for m in _PROVINCE_NAMED.finditer(text):  # "tại Hà Tĩnh": a province by its name alone
            name = m.group(1)
            counts.setdefault("thành phố" if name in _CITIES else "tỉnh", Counter())[name] += weight
    out = {}
    for level, counter in counts.items():
        name, _ = counter.most_common(1)[0]
        out[level] = ("TPHCM" if name == "Hồ Chí Minh" else
                      f"{level.capitalize()} {name}" if level != "thành phố" else f"TP {name}")
    return out


# a province's departments by their field, as news writes them; "Giám đốc Sở Y tế" and no more
# is the department of the article's province
_DEPARTMENT = re.compile(r"\bSở\s+(?:" + "|".join(sorted((re.escape(f) for f in """Y tế, Giáo dục và Đào tạo, GD&ĐT,
GD-ĐT, Tài chính, Xây dựng, Nội vụ, Tư pháp, Công Thương, Kế hoạch và Đầu tư, KH&ĐT, Lao động - Thương binh và
Xã hội, LĐ-TB&XH, LĐTBXH, Giao thông vận tải, Giao thông Vận tải, GTVT, Nông nghiệp và Phát triển nông thôn,
NN&PTNT, Tài nguyên và Môi trường, TN&MT, Thông tin và Truyền thông, TT&TT, Văn hóa, Thể thao và Du lịch,
Văn hóa - Thể thao và Du lịch, VH-TT&DL, VHTTDL, Khoa học và Công nghệ, KH&CN, Ngoại vụ""".replace("\n", " ").split(", ")),
                                                                key=len, reverse=True)) + r")$")


# a hospital by its name: "Bệnh viện Nhi Đồng 1", "Bệnh viện Đa khoa tỉnh Phú Thọ"
_NAME_WORD = rf"(?:Trung ương|Quân đội|Đa khoa|Nhân dân|Nhi đồng|Phụ sản|Hữu nghị|[{UPPER}][^\s,.;:()]*|\d+)"
_HOSPITAL = re.compile(rf"\bBệnh viện\s+({_NAME_WORD}(?:\s+(?:(?:tỉnh|thành phố|khu vực)\s+)?{_NAME_WORD})*)")
# where a hospital's name surely ends: at a number, a stop or a function word ("Bệnh viện Bạch
# Mai cho biết"); not at a lower-case word that may be more of it ("Bệnh viện Phụ sản"), nor at
# a dash ("Bệnh viện Việt Nam - Thụy Điển Uông Bí")
_NAME_ENDS = re.compile(r"\s*(?:$|[,.;:()]|(?:là|cho|của|đã|và|với|về|vào|tại|ở|trong|đang|vừa|cũng|lúc|khi|sau|từ"
                        r"|do|để|theo|thì|nhưng|nên|bằng)(?!\w))")
# a hospital's ward: "Trưởng khoa Tai Mũi Họng" and no institution is a ward of the article's
# hospital (if it names one more than any other)
_WARD = re.compile(rf"\b[Kk]hoa\s+[{UPPER}]")
_OF_AN_INSTITUTION = re.compile(r"\b(?:Bệnh viện|BV|Viện|Trường|Đại học|ĐH|Học viện|Trung tâm)\b", re.IGNORECASE)


def main_hospital(article: Article) -> str | None:
    """The hospital the article names most, if one is named more than any other."""
    counts: Counter = Counter()
    for weight, text in _weighted_texts(article):
        counts.update({f"Bệnh viện {m.group(1)}": weight for m in _HOSPITAL.finditer(text)
                       if m.group(1)[-1].isdigit() or _NAME_ENDS.match(text, m.end())})
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def complete_org(role: str, localities: dict[str, str]) -> str:
    """"Bí thư Quận ủy" + {"quận": "Quận 11"} -> "Bí thư Quận ủy Quận 11"; "Giám đốc Sở Y tế"
    + {"tỉnh": "Tỉnh Bình Sơn"} -> "Giám đốc Sở Y tế Tỉnh Bình Sơn"; "Trưởng khoa Nhi" +
    {"bệnh viện": "Bệnh viện Sông Lam"} -> "Trưởng khoa Nhi Bệnh viện Sông Lam"."""
    if _WARD.search(role) and not _OF_AN_INSTITUTION.search(role):
        return f"{role} {localities['bệnh viện']}" if "bệnh viện" in localities else role
    if _DEPARTMENT.search(role):
        place = localities.get("tỉnh") or localities.get("thành phố")
        return f"{role} {place}" if place else role
    m = _BARE_ORG.search(role)
    if not m:
        return role
    level = _UY_LEVEL[m.group(1).lower()] if m.group(1) else m.group(2).lower()
    place = localities.get(level)
    if not place:
        return role
    if m.group(2):  # "UBND quận" -> "UBND Quận 11"
        return role[:m.start()] + place
    return f"{role} {place}"


def extract_roles(article: Article) -> list[dict[str, Any]]:
    localities = main_localities(article)
    if hospital := main_hospital(article):
        localities["bệnh viện"] = hospital
    seen: set[tuple[str, str]] = set()
    roles = []
    for sentence in iter_sentences(article):
        for start, end, name in find_names(sentence):
            for phrase in roles_around(sentence, start, end):
                full = complete_org(phrase, localities)
                key = (name, fold(full))
                if key in seen:
                    continue
                seen.add(key)
                fact = {"person": name, "role": full}
                if full != phrase:
                    fact["as_written"] = phrase
                fact["sentence"] = sentence
                roles.append(fact)
    return roles


_COUNT = re.compile(r"(?<![\d.,/-])(\d+(?:[.,]\d+)*)\s+((?:[^\W\d_]+\s?){1,2})")
_COUNT_STOP = {"năm", "tháng", "ngày", "giờ", "phút", "và", "của", "là", "đã", "được", "với", "người"}


def extract_numbers(article: Article) -> list[dict[str, Any]]:
    out = []
    for sentence in iter_sentences(article):
        for m in _COUNT.finditer(sentence):
            unit = m.group(2).strip()
            first = unit.split()[0]
            if first.lower() in _COUNT_STOP - {"người"}:
                continue
            words = unit.split()
            if len(words) > 1 and words[1].lower() in ROLE_STOP | _COUNT_STOP:
                words = words[:1]
            out.append({"value": m.group(1), "counts": " ".join(words), "sentence": sentence})
    return out


_DATE = re.compile(
    r"\b(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}\b|\bngày\s+\d{1,2}/\d{1,2}\b|\btháng\s+\d{1,2}/\d{4}\b"
    r"|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\bnăm\s+\d{4}\b",
    re.IGNORECASE,
)


def extract_dates(article: Article) -> list[dict[str, Any]]:
    out = []
    for sentence in iter_sentences(article):
        for m in _DATE.finditer(sentence):
            before = sentence[max(0, m.start() - 60):m.start()].split()[-6:]
            out.append({"date": m.group(), "what": " ".join(before).strip(" ,;:"), "sentence": sentence})
    return out


def iter_sentences(article: Article) -> Iterable[str]:
    for para in article.captions + article.paragraphs:
        yield from split_sentences(para)


def extract_facts(article: Article) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "roles": extract_roles(article),
        "numbers": extract_numbers(article),
        "dates": extract_dates(article),
    }
    if article.author:
        facts["byline"] = article.author
    return {k: v for k, v in facts.items() if v}
