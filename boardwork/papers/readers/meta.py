"""Find a paper's metadata (title, board, meeting date, item, purpose, contact) in its lines.

Shared by every reader: a reader lays the paper out as lines in reading order (cover block, page
headers, body) and calls `find_meta(lines)`. It gets back the `Meta` and the indexes of the lines
that are metadata only — running headers ("Safer Communities Board 13 July 2009"), "Item 4",
cover-table rows ("Report to: Cabinet", "Date of meeting: …", "Report author: …") and contact
blocks ("Contact Officer: …", "Phone No: … Email: …") — which must not become body blocks.

UK council papers come in many house styles, so the rules work on labels ("Report to", "Date",
"Contact officer", …) and on shapes ("<something> Board <date>"), never on one council's words.
Everything here is linear in the number of lines and uses anchored, non-backtracking patterns.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter

from ...lib.dates import MONTH_PATTERN, month_number
from ..document import Contact, Meta, clean

__all__ = [
    "find_meta",
    "parse_date",
    "find_date",
    "is_contact_line",
    "is_cover_label",
    "strip_inline_markup",
    "BODY_WORDS",
    "SECTION_LABELS",
]

# Nouns that name a decision-making body.
BODY_WORDS = (
    "Board",
    "Committee",
    "Sub-Committee",
    "Cabinet",
    "Council",
    "Panel",
    "Forum",
    "Executive",
    "Commission",
    "Assembly",
    "Partnership",
    "Authority",
)
_BODY_ALT = "|".join(re.escape(w) for w in BODY_WORDS)

# Front-matter and section labels a paper uses as headings: never the paper's title.
SECTION_LABELS = {
    "purpose",
    "purpose of report",
    "purpose of the report",
    "summary",
    "executive summary",
    "recommendation",
    "recommendations",
    "recommendation(s)",
    "action",
    "action required",
    "actions",
    "background",
    "introduction",
    "contents",
    "issues",
    "proposal",
    "proposals",
    "next steps",
    "conclusion",
    "conclusions",
    "financial implications",
    "legal implications",
    "implications",
    "risk",
    "risks",
    "appendices",
    "background papers",
    "reasons for recommendation",
    "reasons for recommendations",
    "reason for decision",
    "report",
    "for decision",
    "for information",
    "for direction",
    "for discussion",
    "for noting",
}

# Month names as `lib.dates` spells them, with the full stop some papers put after "Sept."
_MONTH_RE = MONTH_PATTERN + r"\.?"
_DAY_NAME = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# "13 July 2009", "13th July 2009", "Wednesday 8 September 2021", "8 Sept. 2021"
_DATE_DMY = re.compile(
    rf"\b{_DAY_NAME}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH_RE})\s*,?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "July 13, 2009" (seen in papers written from US templates)
_DATE_MDY = re.compile(
    rf"\b{_DAY_NAME}(?P<m>{_MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "13/07/2009", "13.07.2009", "13-07-09" — UK order, day first.
_DATE_NUM = re.compile(r"\b(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>(?:19|20)?\d\d)\b")
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")


def _iso(y: str, m: str | int, d: str) -> str | None:
    try:
        year = int(y)
        if year < 100:
            year += 2000
        month = m if isinstance(m, int) else int(m)
        return _dt.date(year, month, int(d)).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first UK-style date in `text` as (ISO date, (start, end) of the match), or None."""
    text = text or ""
    best: tuple[str, tuple[int, int]] | None = None
    for pat in (_DATE_ISO, _DATE_DMY, _DATE_MDY, _DATE_NUM):
        for m in pat.finditer(text):
            month = m.group("m")
            mm: str | int = (month_number(month) or 0) if month[:1].isalpha() else month
            iso = _iso(m.group("y"), mm, m.group("d"))
            if iso:
                if best is None or m.start() < best[1][0]:
                    best = (iso, m.span())
                break
    return best


def parse_date(text: str) -> str | None:
    """The first date in `text` as ISO yyyy-mm-dd ("13th July 2009", "13/07/2009" → "2009-07-13")."""
    found = find_date(text)
    return found[0] if found else None


_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")
_EMPH = re.compile(r"(\*\*|__)(?=\S)(.{1,400}?)(?<=\S)\1")
_MD_LINK = re.compile(r"\[([^\[\]]{0,500})\]\(([^()\s]{0,500})\)")


def strip_inline_markup(text: str) -> str:
    """Drop inline markup a text export keeps: <u>x</u>, **x**, __x__, [x](mailto:…) → x."""
    if "<" in text:
        text = _TAG.sub("", text)
    if "**" in text or "__" in text:
        text = _EMPH.sub(r"\2", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    return text


# -- labels ---------------------------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._%+'\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}")
_PHONE = re.compile(
    r"(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d ()\-]{7,16}\d(?:\s*(?:ext\.?|extension|x)\s*\d{2,6})?"
)
_PHONE_LABEL = r"(?:(?:tel(?:ephone)?|phone|direct\s+(?:line|dial)|mobile|mob)\.?(?:\s*(?:no|number)\.?)?)"
_EMAIL_LABEL = r"(?:e-?mail(?:\s+address)?)"
_CONTACT_LABEL = (
    r"(?:contact(?:\s+(?:officer|person|details|name))?(?:\(s\))?|report\s+author|author|lead\s+officer"
    r"|officer\s+contact|name\s+of\s+(?:contact\s+)?officer|report\s+contact|enquiries(?:\s+to)?)"
)
_ROLE_LABEL = r"(?:position|job\s+title|role|designation|title\s+of\s+officer)"

_LINE_CONTACT = re.compile(rf"^\s*{_CONTACT_LABEL}\s*[:\-–]\s*(?P<v>.*)$", re.IGNORECASE)
_LINE_CONTACT_BARE = re.compile(rf"^\s*{_CONTACT_LABEL}\s*:?\s*$", re.IGNORECASE)
_LINE_ROLE = re.compile(rf"^\s*{_ROLE_LABEL}\s*:\s*(?P<v>.*)$", re.IGNORECASE)
_LINE_PHONE = re.compile(rf"^\s*{_PHONE_LABEL}\s*[:.]?\s*(?P<v>.*)$", re.IGNORECASE)
_LINE_EMAIL = re.compile(rf"^\s*{_EMAIL_LABEL}\s*[:.]?\s*(?P<v>.*)$", re.IGNORECASE)
_LINE_ROLE_BARE = re.compile(rf"^\s*{_ROLE_LABEL}\s*:\s*$", re.IGNORECASE)
_LINE_PHONE_BARE = re.compile(rf"^\s*{_PHONE_LABEL}\s*:?\s*$", re.IGNORECASE)
_LINE_EMAIL_BARE = re.compile(rf"^\s*{_EMAIL_LABEL}\s*:?\s*$", re.IGNORECASE)

_ITEM = re.compile(
    r"^\s*(?:agenda\s+)?item(?:\s+(?:no|number)\.?)?\s*[:.]?\s*(?:no\.?\s*)?"
    r"(?P<v>[0-9]{1,3}(?:\.[0-9]{1,2})?[a-zA-Z]?|[A-Z])\s*$",
    re.IGNORECASE,
)
_ITEM_BARE = re.compile(r"^\s*(?:agenda\s+)?item(?:\s+(?:no|number)\.?)?\s*:?\s*$", re.IGNORECASE)
_ITEM_VALUE = re.compile(r"^\s*(?:no\.?\s*)?(?P<v>[0-9]{1,3}(?:\.[0-9]{1,2})?[a-zA-Z]?)\s*$", re.IGNORECASE)

_BODY_LABEL = re.compile(
    r"^\s*(?:report\s+to|meeting|to|committee|board|decision[-\s]maker|decision\s+taker|meeting\s+of"
    r"|name\s+of\s+(?:meeting|committee))\s*:\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_BODY_LABEL_BARE = re.compile(
    r"^\s*(?:report\s+to|meeting|committee|decision[-\s]maker|name\s+of\s+(?:meeting|committee))\s*:?\s*$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^\s*(?:date(?:\s+of\s+(?:the\s+)?(?:meeting|decision|committee|board|cabinet))?|meeting\s+date"
    r"|date\s+of\s+report)\s*:\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_DATE_LABEL_BARE = re.compile(
    r"^\s*(?:date(?:\s+of\s+(?:the\s+)?(?:meeting|decision|committee|board|cabinet))?|meeting\s+date)\s*:?\s*$",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"^\s*(?:report\s+title|title(?:\s+of\s+(?:the\s+)?report)?|subject|report\s+subject)\s*:\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_TITLE_LABEL_BARE = re.compile(
    r"^\s*(?:report\s+title|title\s+of\s+(?:the\s+)?report|subject)\s*:?\s*$", re.IGNORECASE
)
_PURPOSE_LABEL = re.compile(r"^\s*purpose(?:\s+of\s+(?:the\s+)?report)?\s*[:\-–]\s*(?P<v>.+)$", re.IGNORECASE)
_PURPOSE_HEAD = re.compile(r"^\s*purpose(?:\s+of\s+(?:the\s+)?report)?\s*:?\s*$", re.IGNORECASE)
_PURPOSE_VALUE = re.compile(
    r"^\s*(?:for\s+(?:direction|decision|information|discussion|noting|approval|comment|consideration|"
    r"endorsement|agreement|assurance)|to\s+(?:note|approve|decide|agree|comment)|information|decision|"
    r"discussion|noting|approval)\b[^.]{0,40}\.?\s*$",
    re.IGNORECASE,
)
# Cover-table rows that carry no Meta field but are cover furniture, not body text.
_OTHER_COVER = re.compile(
    r"^\s*(?:report\s+of|report\s+from|report\s+by|from|cabinet\s+member|portfolio(?:\s+holder)?|lead\s+member"
    r"|lead\s+councillor|responsible\s+officer|director|wards?(?:\(s\))?\s+affected|wards?|key\s+decision"
    r"|classification|status|exempt(?:\s+information)?|forward\s+plan\s+ref(?:erence)?|decision\s+reference"
    r"|reference|ref|is\s+this\s+a\s+key\s+decision|open\s*/\s*exempt|urgent|report\s+number"
    r"|report\s+no|paper\s+no|council\s+priority|corporate\s+priority)\.?\s*:\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_OTHER_COVER_BARE = re.compile(
    r"^\s*(?:report\s+of|report\s+from|report\s+by|cabinet\s+member|portfolio\s+holder|lead\s+member"
    r"|responsible\s+officer|wards?(?:\(s\))?\s+affected|key\s+decision|classification"
    r"|forward\s+plan\s+ref(?:erence)?|report\s+number)\s*:?\s*$",
    re.IGNORECASE,
)
# "Report of the Chief Executive", "Joint report of the Director of Place and …"
_REPORT_OF = re.compile(
    r"^\s*(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][^.]{2,120}$", re.IGNORECASE
)

_BODY_NAME = re.compile(
    rf"^\s*(?P<b>(?:the\s+)?[A-Z0-9][\w'’&,\-]*(?:\s+(?:[A-Z0-9&][\w'’&\-]*|and|of|for|the|&|on|in))*?"
    rf"\s+(?:{_BODY_ALT})(?:\s+\((?:[A-Za-z ]{{1,40}})\))?)\b",
)
_BODY_WORD = re.compile(rf"\b(?:{_BODY_ALT})\b")
# A named body inside running prose: "members of the Safer and Stronger Communities Board".
_BODY_IN_PROSE = re.compile(
    rf"\b(?P<b>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|and|of|for|&|on))*\s+(?:{_BODY_ALT}))\b(?!\s+(?:Member|Office))"
)
_LEADING_ARTICLE = re.compile(r"^(?:The|That|This|A|An|All|Our|At|To|Of|And)\s+")


_WRAPPED_EMAIL_END = re.compile(r"[A-Za-z0-9._%+'\-]{1,64}@[A-Za-z0-9.\-]{1,200}$")
_HEADER_SEP = re.compile(r"\s+[–—|\-]\s+|\s*\|\s*|\s{2,}")
_HEADER_ITEM = re.compile(
    r"^(?:agenda\s+)?item(?:\s+(?:no|number)\.?)?\s*[:.]?\s*(?P<v>[0-9]{1,3}[a-zA-Z]?)$", re.I
)


def _norm_title(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower().strip(" .:")


def _running_header(s: str) -> tuple[str, str, str | None] | None:
    """(body, ISO date, item) of a running header line, or None.

    The line is a body name and a date, in either order, and perhaps an agenda item, split by
    spaces or by dashes/bars: "Safer Communities Board 13 July 2009", "Cabinet | 8 February 2024",
    "Exampleshire Fire Authority – 21 June 2023 – Agenda item 9". Every part must be one of those
    three, so that a sentence naming a board and a date stays body text.
    """
    d = find_date(s)
    if not d:
        return None
    body = item = None
    for side in (s[: d[1][0]], s[d[1][1] :]):
        for part in _HEADER_SEP.split(side):
            part = clean(part).strip(" ,-–—|")
            if not part:
                continue
            im = _HEADER_ITEM.match(part)
            if im and item is None:
                item = im.group("v")
                continue
            bm = _BODY_NAME.match(part)
            if body is None and bm and bm.group("b") == part:
                body = part
                continue
            return None
    if body is None:
        return None
    return body, d[0], item


def _value(m: re.Match | None) -> str:
    return clean(m.group("v")) if m else ""


def is_contact_line(line: str) -> bool:
    """Is this line part of a contact block ("Contact Officer: …", "Phone No: …", "E-mail: …")?"""
    s = clean(strip_inline_markup(line or ""))
    if not s or len(s) > 300:
        return False
    for pat in (_LINE_CONTACT, _LINE_CONTACT_BARE, _LINE_ROLE, _LINE_PHONE, _LINE_EMAIL):
        m = pat.match(s)
        if m:
            if pat is _LINE_PHONE and "v" in m.groupdict() and m.group("v") and not _PHONE.search(s):
                continue
            if pat is _LINE_EMAIL and m.group("v") and not _EMAIL.search(s):
                continue
            if pat is _LINE_CONTACT and len(s.split()) > 25:
                continue
            return True
    return False


def is_cover_label(line: str) -> bool:
    """Is this line a cover-table label or label/value row ("Report to: Cabinet", "Date:")?"""
    s = clean(line or "")
    if not s or len(s) > 200:
        return False
    return any(
        p.match(s)
        for p in (
            _BODY_LABEL,
            _BODY_LABEL_BARE,
            _DATE_LABEL_BARE,
            _TITLE_LABEL_BARE,
            _OTHER_COVER,
            _OTHER_COVER_BARE,
            _ITEM,
            _ITEM_BARE,
        )
    ) or bool(_DATE_LABEL.match(s) and parse_date(s))


def _split_contact(value: str, contact: Contact) -> None:
    """Fill name/role/phone/email from one contact value: "Liz Hobson, Business Manager, 020 …"."""
    value = strip_inline_markup(value)
    email = _EMAIL.search(value)
    if email and not contact.email:
        contact.email = email.group(0).rstrip(".")
    if email:
        value = value[: email.start()] + " " + value[email.end() :]
    # A trailing phone label is the next field on the same line: "… Tel: 01234 …".
    value = re.sub(rf"\b{_PHONE_LABEL}\s*[:.]?", " ", value, flags=re.IGNORECASE)
    value = re.sub(rf"\b{_EMAIL_LABEL}\s*[:.]?", " ", value, flags=re.IGNORECASE)
    phone = _PHONE.search(value)
    if phone and not contact.phone:
        contact.phone = clean(phone.group(0))
    if phone:
        value = value[: phone.start()] + " " + value[phone.end() :]
    value = clean(value).strip(" ,;:-–|")
    if not value:
        return
    m = re.match(r"^(?P<n>[^,(;|–]+?)\s*(?:[,;|–]|\(|\s-\s)\s*(?P<r>.+?)\)?$", value)
    name, role = (m.group("n"), m.group("r")) if m else (value, None)
    name = clean(name).strip(" ,;")
    if name and not contact.name:
        contact.name = name
    if role and not contact.role:
        contact.role = clean(role).strip(" ,;()") or None


def _is_title_like(s: str) -> bool:
    if not s or len(s) > 200 or len(s.split()) > 25:
        return False
    low = s.lower().strip(" :.")
    if low in SECTION_LABELS:
        return False
    if s.endswith((".", ":", ";", ",")) and not s.endswith("etc."):
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    if re.match(r"^\(?[0-9]+(?:\.[0-9]+)*[.)]\s", s) or re.match(r"^\(?[a-z][.)]\s", s):
        return False
    if not re.search(r"[A-Za-z]{3}", s):
        return False
    return True


def find_meta(lines: list[str], title: str | None = None) -> tuple[Meta, set[int]]:
    """The paper's Meta and the indexes of the lines that are metadata only (not body).

    `lines` are the paper's lines in reading order. `title` is the level-1 heading when the reader
    knows it (DOCX "Heading 1", HTML <h1>); otherwise the first title-like line is used. A line is
    returned as metadata only when all of it is metadata (a running header, "Item 4", a cover-table
    row, a contact line); prose that merely mentions the board stays body.
    """
    meta = Meta()
    contact = Contact()
    skip: set[int] = set()
    n = len(lines)
    stripped = [clean(strip_inline_markup(x)) if len(x) < 5000 else "" for x in lines]
    body_votes: Counter[str] = Counter()
    pending_title_label = False
    in_contact_block = -10  # index of the last contact label line
    # Where meta.body came from, strongest last: 1 a lone name line in the cover (often just the
    # council's name), 2 a running header with the meeting date, 3 a cover row "Report to:
    # Cabinet" / "Meeting: …", which names the body the paper is for.
    body_rank = 0

    def set_body(value: str, rank: int) -> None:
        nonlocal body_rank
        value = _LEADING_ARTICLE.sub("", value)
        if value and (not meta.body or rank > body_rank):
            meta.body, body_rank = value, rank

    # An e-mail address wrapped at a hyphen or dot ("jo.bloggs@north-" / "vale.gov.uk"): the
    # continuation is read with its line and dropped with it.
    tails: dict[int, int] = {}
    for k in range(n - 1):
        s = stripped[k]
        if s and "@" in s and s[-1] in "-." and _WRAPPED_EMAIL_END.search(s):
            nxt = stripped[k + 1]
            if (
                nxt
                and " " not in nxt
                and _EMAIL.fullmatch(_WRAPPED_EMAIL_END.search(s).group(0) + nxt.rstrip(".,;"))
            ):
                stripped[k] = s + nxt
                stripped[k + 1] = ""
                tails[k] = k + 1

    def take_next(i: int) -> str | None:
        """The value cell after a bare label line (next non-empty line), marking it metadata."""
        for j in range(i + 1, min(n, i + 3)):
            if stripped[j]:
                skip.add(j)
                return stripped[j]
        return None

    i = 0
    while i < n:
        s = stripped[i]
        if not s or i in skip:
            i += 1
            continue
        words = len(s.split())

        # Running header "Safer Communities Board 13 July 2009", "Fire Authority – 21 June 2023 –
        # Agenda item 9" (the body, the meeting date and perhaps the item).
        if words <= 20 and _BODY_WORD.search(s):
            hdr = _running_header(s)
            if hdr:
                set_body(hdr[0], 2)
                meta.meeting_date = meta.meeting_date or hdr[1]
                if hdr[2]:
                    meta.item = meta.item or hdr[2]
                skip.add(i)
                i += 1
                continue

        m = _ITEM.match(s)
        if m:
            meta.item = meta.item or m.group("v")
            skip.add(i)
            i += 1
            continue
        if _ITEM_BARE.match(s):
            nxt = take_next(i)
            if nxt and _ITEM_VALUE.match(nxt):
                meta.item = meta.item or _ITEM_VALUE.match(nxt).group("v")
                skip.add(i)
            elif nxt is not None:
                skip.discard(i + 1 if stripped[i + 1] else i + 2)
            i += 1
            continue

        # Contact block.
        m = _LINE_CONTACT.match(s)
        if (
            m
            and words <= 30
            and (m.group("v") or "")
            and not m.group("v").lower().startswith(("the ", "us "))
        ):
            _split_contact(m.group("v"), contact)
            skip.add(i)
            in_contact_block = i
            i += 1
            continue
        if _LINE_CONTACT_BARE.match(s):
            nxt = take_next(i)
            if nxt is not None:
                if _LINE_ROLE.match(nxt) or _LINE_PHONE.match(nxt) or _LINE_EMAIL.match(nxt):
                    skip.discard(i + 1 if stripped[i + 1] else i + 2)
                else:
                    _split_contact(nxt, contact)
            skip.add(i)
            in_contact_block = i
            i += 1
            continue
        m = _LINE_ROLE.match(s)
        if m and i - in_contact_block <= 6:
            v = _value(m) or (take_next(i) or "")
            if v and not contact.role:
                contact.role = v
            skip.add(i)
            in_contact_block = i
            i += 1
            continue
        mp, me = _LINE_PHONE.match(s), _LINE_EMAIL.match(s)
        if (mp or me) and words <= 20:
            v = _value(mp or me)
            if not v:
                v = take_next(i) or ""
            if _PHONE.search(v) or _EMAIL.search(v):
                _split_contact(v, contact)
                skip.add(i)
                in_contact_block = i
                i += 1
                continue
        # A bare e-mail address or phone number right under a contact label.
        if i - in_contact_block <= 4 and words <= 6 and (_EMAIL.fullmatch(s) or _PHONE.fullmatch(s)):
            _split_contact(s, contact)
            skip.add(i)
            in_contact_block = i
            i += 1
            continue

        # Cover-table rows.
        m = _TITLE_LABEL.match(s)
        if m and words <= 30:
            v = _value(m)
            if v:
                # The value cell wrapped onto the next line(s) ("Title: Community Safety" / "Plan:
                # Annual Review"): follow it while it keeps spelling the known title.
                j = i + 1
                while title and j < min(n, i + 4) and _norm_title(v) != _norm_title(title):
                    if stripped[j] and _norm_title(title).startswith(_norm_title(v + " " + stripped[j])):
                        v = v + " " + stripped[j]
                        skip.add(j)
                    elif stripped[j]:
                        break
                    j += 1
                meta.title = meta.title or v
                skip.add(i)
                i += 1
                continue
        if _TITLE_LABEL_BARE.match(s):
            pending_title_label = True
            skip.add(i)
            i += 1
            continue
        if pending_title_label:
            pending_title_label = False
            meta.title = meta.title or s
            skip.add(i)
            i += 1
            continue
        m = _DATE_LABEL.match(s)
        if m and words <= 12:
            d = parse_date(m.group("v"))
            if d:
                meta.meeting_date = meta.meeting_date or d
                skip.add(i)
                i += 1
                continue
        if _DATE_LABEL_BARE.match(s):
            for j in range(i + 1, min(n, i + 3)):
                if stripped[j]:
                    d = parse_date(stripped[j])
                    if d and len(stripped[j].split()) <= 6:
                        meta.meeting_date = meta.meeting_date or d
                        skip.update((i, j))
                    break
            i += 1
            continue
        m = _BODY_LABEL.match(s)
        if m and words <= 15:
            v = _value(m)
            d = find_date(v)
            if d:
                meta.meeting_date = meta.meeting_date or d[0]
                v = clean(v[: d[1][0]] + " " + v[d[1][1] :]).strip(" ,-–")
            if v:
                set_body(v, 3 if _BODY_WORD.search(v) else 0)
            skip.add(i)
            i += 1
            continue
        if _BODY_LABEL_BARE.match(s):
            nxt = take_next(i)
            if nxt:
                d = find_date(nxt)
                v = nxt
                if d:
                    meta.meeting_date = meta.meeting_date or d[0]
                    v = clean(nxt[: d[1][0]] + " " + nxt[d[1][1] :]).strip(" ,-–")
                if v:
                    set_body(v, 3 if _BODY_WORD.search(v) else 0)
            skip.add(i)
            i += 1
            continue
        m = _PURPOSE_LABEL.match(s)
        if m and words <= 8 and _PURPOSE_VALUE.match(m.group("v")):
            meta.purpose = meta.purpose or clean(m.group("v"))
            skip.add(i)
            i += 1
            continue
        if _PURPOSE_HEAD.match(s):
            # "Purpose of report" then "For direction.": a heading and its paragraph, both body.
            for j in range(i + 1, min(n, i + 3)):
                if stripped[j]:
                    if _PURPOSE_VALUE.match(stripped[j]):
                        meta.purpose = meta.purpose or stripped[j]
                    break
            i += 1
            continue
        m = _OTHER_COVER.match(s)
        if m and words <= 20:
            skip.add(i)
            i += 1
            continue
        if _OTHER_COVER_BARE.match(s):
            take_next(i)
            skip.add(i)
            i += 1
            continue
        if _REPORT_OF.match(s) and words <= 14 and not s.endswith("."):
            skip.add(i)
            i += 1
            continue
        # A lone date line in the cover block ("Wednesday 8 September 2021").
        if i < 25 and words <= 6:
            d = find_date(s)
            if d and len(clean(s[: d[1][0]] + s[d[1][1] :]).strip(" ,-–|")) <= 3:
                meta.meeting_date = meta.meeting_date or d[0]
                skip.add(i)
                i += 1
                continue
        # A lone board name line in the cover block ("Safer Communities Board", "Cabinet").
        if i < 15 and words <= 10 and not s.endswith("."):
            bm = _BODY_NAME.match(s)
            full = (bm and bm.group("b") == s) or s in BODY_WORDS
            # Once a cover row has named the body, a later lone name is cover furniture only when
            # it is the council's own name ("Southdale District Council"); a title such as "Annual
            # Report of the Audit Committee" also ends in a body word and stays.
            if full and (body_rank < 2 or (s.endswith(" Council") and not re.search(r"\b(?:of|for)\b", s))):
                set_body(s, 1)
                skip.add(i)
                i += 1
                continue

        # Votes for the body named in prose, used only when no cover line names it.
        if len(s) < 3000 and _BODY_WORD.search(s):
            for bm in _BODY_IN_PROSE.finditer(s):
                name = _LEADING_ARTICLE.sub("", bm.group("b"))
                while _LEADING_ARTICLE.match(name):
                    name = _LEADING_ARTICLE.sub("", name)
                if len(name.split()) >= 2 and name.split()[0] not in BODY_WORDS:
                    body_votes[name] += 1
        i += 1

    for k, tail in tails.items():
        if k in skip:
            skip.add(tail)

    if not meta.body and body_votes:
        best = max(body_votes.items(), key=lambda kv: kv[1])
        if best[1] >= 2:
            meta.body = best[0]

    if title:
        meta.title = clean(title)
    if not meta.title:
        for k, s in enumerate(stripped):
            if k in skip or not s:
                continue
            if _is_title_like(s) and len(s.split()) >= 2:
                meta.title = s
                break
    if not contact.is_empty():
        meta.contact = contact
    return meta, skip
