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
from collections.abc import Iterator

from ....lib.dates import MONTH_PATTERN, month_number
from ....lib.names import TITLE_PATTERN
from ...document import Contact, Meta, clean

__all__ = [
    "find_meta",
    "named_in_full",
    "parse_date",
    "find_date",
    "is_contact_line",
    "is_cover_label",
    "is_row_label",
    "is_salutation",
    "is_valediction",
    "is_dash_row",
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
# Bodies a cover's letterhead names whose last word is not a board's ("Nottinghamshire Fire and
# Rescue Service", "Gloucestershire Police and Crime Commissioner").
_LONE_BODY_ENDINGS = (
    " Fire and Rescue Service",
    " Police and Crime Commissioner",
    " Police, Fire and Crime Commissioner",
    # An association of councils names itself in the plural ("London Councils").
    " Councils",
)

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
# "13 July 2009", "13th July 2009", "Wednesday 8 September 2021", "8 Sept. 2021"; a PDF's export
# may set the raised ordinal apart: "20 th June 2011".
_DATE_DMY = re.compile(
    rf"\b{_DAY_NAME}(?P<d>[0-3]?\d)(?:\s?(?:st|nd|rd|th))?\s+(?:of\s+)?(?P<m>{_MONTH_RE})\s*,?\s+(?P<y>(?:19|20)\d\d)\b",
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
_DIGIT = re.compile(r"\d")  # what each date pattern's day or year must have


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
    if _DIGIT.search(text) is None:
        return None  # every pattern needs a digit: most lines are done with one scan
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
    # (One row for both, the officer who leads and writes: "Lead Officer and Report Author".)
    r"|lead\s+officer\s+(?:and|&)\s+report\s+author|report\s+author\s+(?:and|&)\s+lead\s+officer"
    r"|officer\s+contact|name\s+of\s+(?:contact\s+)?officer|report\s+contact|enquiries(?:\s+to)?"
    r"|contact\s+for\s+(?:further|more)\s+information)"
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
    # (Or said in full at the top of the paper: "THIS REPORT RELATES TO ITEM 4 ON THE AGENDA".)
    r"^\s*(?:this\s+(?:report|paper)\s+relates\s+to\s+)?(?:agenda\s+)?item(?:\s+(?:no|number)\.?)?\s*[:.]?\s*(?:no\.?\s*)?"
    # (A lettered item stands apart from the word: "Item B", not the plural "Agenda Items"; so does
    # a committee's reference, its letters before the number: "ITEM CM5".)
    # (A sub-item of a numbered item keeps its letter or roman number in brackets: "Agenda Item No.
    # 8(a)", "Item 5 (ii)".)
    r"(?P<v>[0-9]{1,3}(?:\.[0-9]{1,2})?(?:[a-zA-Z]|\s?\((?:[a-z]|[ivx]{1,4})\))?"
    r"|(?<=[\s:.])[A-Z](?:[A-Z]{0,2}[0-9]{1,3}[a-z]?)?)"
    r"(?:\s+(?:on|of)\s+the\s+agenda)?\s*$",
    re.IGNORECASE,
)
_ITEM_BARE = re.compile(r"^\s*(?:agenda\s+)?item(?:\s+(?:no|number)\.?)?\s*:?\s*$", re.IGNORECASE)
_ITEM_VALUE = re.compile(r"^\s*(?:no\.?\s*)?(?P<v>[0-9]{1,3}(?:\.[0-9]{1,2})?[a-zA-Z]?)\s*$", re.IGNORECASE)

# An addressee row's members of a body, their chair or mayor perhaps named first: the body.
_MEMBERS_OF = re.compile(
    r"^(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:and|&)\s+)?(?:all\s+)?(?i:members)\s+of\s+(?:the\s+)?(?P<b>[A-Z].{2,120})$"
)
_BODY_LABEL = re.compile(
    r"^\s*(?:report\s+to|meeting|to|committee|board|decision[-\s]maker|decision\s+taker|meeting\s+of"
    r"|name\s+of\s+(?:meeting|committee))\s*:\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_BODY_LABEL_BARE = re.compile(
    r"^\s*(?:report\s+to|meeting|committee|decision[-\s]maker|name\s+of\s+(?:meeting|committee))\s*:?\s*$",
    re.IGNORECASE,
)
# The meeting's date row, however the cover labels it ("Date:", "Date of meeting:", "Meeting date -",
# "Committee date:", "Date of Cabinet meeting:"); never the next or a past meeting's ("Date of next
# meeting: …"), which a cover lists as furniture.
_MEETING_DATE_WORDS = (
    r"(?:date(?:\s+of\s+(?:the\s+)?(?:meeting|decision|committee|board|cabinet))?"
    r"|date\s+of\s+(?!(?:the\s+)?(?:next|last|previous|future)\b)(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}meeting"
    r"|(?:(?:committee|board|cabinet|council|panel|forum)\s+)?meeting\s+date|(?:committee|board|cabinet|panel)\s+date)"
)
_DATE_LABEL = re.compile(
    rf"^\s*(?:{_MEETING_DATE_WORDS}|date\s+of\s+report|(?:made|decided)\s+at\s+meeting)"
    r"\s*(?::|\s[-–]\s)\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_DATE_LABEL_BARE = re.compile(rf"^\s*{_MEETING_DATE_WORDS}\s*:?\s*$", re.IGNORECASE)
# The same label with its value in the next cell, read onto the line with no colon ("Date of Meeting
# 5 March 2024", "Meeting Date\t05/03/2024"): taken only where a date opens the value.
_DATE_LABEL_CELL = re.compile(rf"^\s*{_MEETING_DATE_WORDS}\s+(?P<v>\S.*)$", re.IGNORECASE)
# A date label closing a row's value, the next cell read onto its line ("Meeting: Cabinet   Date: …").
_DATE_LABEL_AFTER = re.compile(rf"\s+{_MEETING_DATE_WORDS}\s*[:\-–]?$", re.IGNORECASE)
# An agenda's notice of the meeting it calls ("Notice is hereby given that a meeting of the Cabinet
# will be held at … on Tuesday 5 March 2024", "Meeting of the Licensing Committee to be held on …",
# "You are summoned to attend a meeting of the Council to be held …").
_MEETING_NOTICE = re.compile(
    r"^\s*(?:(?:notice\s+is\s+(?:hereby\s+)?given\s+that|you\s+are\s+(?:hereby\s+)?(?:summoned|requested|invited)"
    r"\s+to\s+attend)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?P<b>[A-Z][^.;:]{2,150}?)"
    r"\s+(?:(?:which\s+)?will\s+be|(?:is\s+)?to\s+be)\s+held\s+(?P<rest>.*)$",
    re.I,
)
_TITLE_LABEL = re.compile(
    r"^\s*(?:report\s+title|title(?:\s+of\s+(?:the\s+)?report)?|subject(?:\s*/\s*title)?|report\s+subject)\s*:\s*(?P<v>.*)$",
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
    # (A North American council report's "SUBMITTED BY:" row, who sends the report: its sender.)
    r"|submitted\s+by"
    r"|lead\s+councillor|responsible\s+officer|director|wards?(?:\(s\))?\s+affected|wards?|key\s+decision"
    r"|classification|status|exempt(?:\s+information)?|forward\s+plan\s+ref(?:erence)?|decision\s+reference"
    r"|reference|ref|is\s+this\s+a\s+key\s+decision|open\s*/\s*exempt|urgent|report\s+number"
    r"|report\s+no|paper\s+no|council\s+priority|corporate\s+priority"
    # A decision record's own rows ("Decision status: Recommendations Approved", "Is Key decision?:
    # Yes", "Publication date: 17/07/2012").
    r"|decision\s+status|is\s+key\s+decision\??|is\s+subject\s+to\s+call[\s-]in\??|publication\s+date"
    r"|decision\s+published|effective\s+from"
    # … and a forward plan's ("Decision type: Non-key", "Decision due: 17 Mar 2014 by …").
    r"|decision\s+type|decision\s+due|notice\s+of\s+proposed\s+decision(?:\s+first\s+published)?"
    r"|lead\s+director|department"
    # A cover's flags and areas ("PART OF PUBLISHED FORWARD PLAN: Yes", "Division(s): All").
    r"|part\s+of\s+(?:the\s+)?(?:published\s+)?forward\s+plan|divisions?(?:\(s\))?(?:\s+affected)?"
    r")\.?\s*:\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_OTHER_COVER_BARE = re.compile(
    r"^\s*(?:report\s+of|report\s+from|report\s+by|cabinet\s+member|portfolio\s+holder|lead\s+member"
    r"|lead\s+director|responsible\s+officer|wards?(?:\(s\))?\s+affected|key\s+decision|classification"
    r"|forward\s+plan\s+ref(?:erence)?|report\s+number)\s*:?\s*$",
    re.IGNORECASE,
)
_DIVISION = re.compile(r"\s+[-–]\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?")
_LETTERHEAD = re.compile(
    r"\b(?:Council|Councils|Authority|Service|Commissioner|Partnership)$|^(?:Borough|City|County)\s+of\s"
)
# A council's letterhead in the form "Borough of Poole", "London Borough of Hackney", "City of York Council".
_COUNCIL_OF = re.compile(
    r"^(?:The\s+)?(?:Royal\s+|London\s+|Metropolitan\s+)?(?:Borough|City|County|District|County\s+Borough)\s+of\s+"
    r"[A-Z][\w'’-]*(?:\s+(?:and\s+|upon\s+|on\s+)?[A-Z][\w'’-]*){0,3}$"
)
# A meeting group named alone on a cover ("Community Support Overview Group").
_MEETING_GROUP = re.compile(
    r"^(?:[A-Z][\w'’&-]*\s+){1,5}(?:Overview|Scrutiny|Steering|Executive|Working|Management|Advisory|Policy)\s+Group$"
)
_MEETING_BODY = re.compile(
    r"\b(?:Committee|Sub-Committee|Board|Panel|Cabinet|Executive|Forum|Group)(?:\s+[-–]\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?$"
)
_MEETING_ROW = re.compile(r"^\s*(?:time|venue|location|place)\s*:\s*(?P<v>.*)$", re.IGNORECASE)
# "Report of the Chief Executive", "Joint report of the Director of Place and …"
_REPORT_OF = re.compile(
    r"^\s*(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][^.]{2,120}$", re.IGNORECASE
)

_BODY_NAME = re.compile(
    rf"^\s*(?P<b>(?:the\s+)?[A-Z0-9][\w'’&,\-]*(?:\s+(?:[A-Z0-9&][\w'’&\-]*|and|of|for|the|&|on|in))*?"
    # (A division in brackets closes the name: "Scrutiny Board (Safer and Stronger Communities)".)
    rf"\s+(?:{_BODY_ALT})(?:\s+\((?:[A-Za-z ]{{1,60}})\))?)(?:\b|(?<=\)))",
)
BODY_NAME_WHOLE = re.compile(_BODY_NAME.pattern + r"\s*")
_BODY_WORD = re.compile(rf"\b(?:{_BODY_ALT})\b")
# A named body inside running prose: "members of the Safer and Stronger Communities Board". Not
# one whose name goes on with its nation ("comments made by Carers Forum Wales"): a national body
# the paper speaks of, which the name cut at its body word would make another, local one.
_CAPS_RUN_WORDS = r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|and|of|for|&|on))*"
_BODY_IN_PROSE = re.compile(
    rf"\b(?P<b>{_CAPS_RUN_WORDS}\s+(?:{_BODY_ALT}))\b"
    r"(?!\s+(?:Member|Office|Wales|Scotland|England|Cymru|UK|Northern Ireland)\b)"
)
# The run of capitals and joining words a body's name in prose is read from, as far as it goes.
_CAPS_RUN = re.compile(_CAPS_RUN_WORDS)
_CAP_START = re.compile(r"\b[A-Z]")


def _bodies_in_prose(s: str) -> Iterator[re.Match[str]]:
    """`_BODY_IN_PROSE.finditer(s)`, read in linear time. Where no body's name starts at a word, none
    starts at a later word of the same run of capitals (its body words are among the first's), so the
    rest of the run is skipped: `finditer` would try every word and scan to the run's end from each,
    quadratic on a long line of capitals."""
    pos = 0
    while (start := _CAP_START.search(s, pos)) is not None:
        m = _BODY_IN_PROSE.match(s, start.start())
        if m is not None:
            yield m
            pos = m.end()
        else:
            run = _CAPS_RUN.match(s, start.start())
            pos = run.end() if run else start.end()


_LEADING_ARTICLE = re.compile(r"^(?:The|That|This|A|An|All|Our|At|To|Of|And)\s+")


# A line that cannot end there: the next line goes on with it.
WRAPPED_BEFORE = re.compile(r"(?:^|\s)(?:of|and|for|the|to|by|on|in|with)$|[-–&,]$", re.IGNORECASE)
_WRAPPED_EMAIL_END = re.compile(r"[A-Za-z0-9._%+'\-]{1,64}@[A-Za-z0-9.\-]{1,200}$")
_HEADER_SEP = re.compile(r"\s+[–—|\-]\s+|\s*\|\s*|\s{2,}")
CLOCK = re.compile(r"[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|[0-9]{1,2}:[0-9]{2}", re.I)
_HEADER_ITEM = re.compile(
    r"^(?:agenda\s+)?item(?:\s+(?:no|number)\.?)?\s*[:.]?\s*(?P<v>[0-9]{1,3}[a-zA-Z]?)$", re.I
)
# A committee site's meeting line names the kind of meeting first, with a comma, when it is not an
# ordinary one ("Annual Meeting, Northshire Police and Crime Panel - Monday 6 June 2022 2.30 pm",
# "Extraordinary Meeting, Cabinet - …"): the kind is no part of the body's name.
_MEETING_KIND = re.compile(
    r"^(?:(?:Annual|Extraordinary|Special|Ordinary|Budget|General|Additional|Reconvened|Inaugural)\s+){1,2}"
    r"Meeting,\s+(?=[A-Z])"
)


# A person's name, perhaps after a rank or honorific, then a comma ("Carol Brown, Eastshire Fire and
# Rescue Service", "Supt Jo Bell, Northshire Police"): who attended and for whom, not the body.
_NAME_THEN_COMMA = re.compile(
    r"^(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Supt|Superintendent|Inspector|Sergeant|Chief\s+Inspector)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'’-]+),\s+\S"
)


# A meeting's record named after the body it is of ("Minutes of the Partnership Board", "Agenda for
# the Police and Crime Panel", "Notes of the Safer Northby Board"): the document's title, not a body
# (and, in the plain-text reader, a title that closes with its date is whole).
RECORD_TITLE = re.compile(
    r"^(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|agenda|(?:action\s+)?notes|summary|record)"
    r"\s+(?:of|for)\s",
    re.I,
)


# After a cover's date: its time or its place, short, in a row of commas ("…, 10:00 am, online via MS
# Teams", "…, Council Chamber, Navan", "… at 2pm in the Council Chamber").
_TIME_OR_PLACE = re.compile(
    r"^\s*(?:,|\s(?:at|in)\s)\s*(?:(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|[A-Z][\w'’&-]*)"
    r"(?:[\s,]+(?:[\w'’&.-]+)){0,9})\s*$"
)
_COUNCIL_COMMITTEE_MEETING = re.compile(
    r"^(?:[A-Z][\w'’&-]*\s+){1,6}(?:Council|Authority)\s+"
    r"(?P<b>[A-Z][\w'’,&-]*(?:\s+(?:[A-Z][\w'’,&-]*|and|of|for|&)){0,10}?\s+"
    r"(?:Committee|Sub-Committee|Panel|Board|Cabinet|Forum|Executive))\s+Meeting$"
)
# A body named by its kind alone ("Fire Authority", "City Council"), as an invitation or a title
# names it: the paper names it in full elsewhere ("Avon Fire Authority").
_GENERIC_BODY = re.compile(
    r"^(?:(?:City|County|Borough|District|Parish|Town|Fire(?:\s+and\s+Rescue)?|Police(?:\s+and\s+Crime)?|Combined)\s+)"
    r"(?:Council|Authority|Panel)$"
)
# Words before a body's name that are no part of it ("Members of the …", "Regular Meeting …").
_NOT_OF_NAME = {
    "the",
    "of",
    "to",
    "and",
    "for",
    "a",
    "by",
    "with",
    "at",
    "in",
    "on",
    "members",
    "member",
    "clerk",
    "meeting",
    "agenda",
    "regular",
    "special",
    "minutes",
    "report",
    "chair",
    "chairman",
    "dear",
    "your",
    "our",
    "this",
    "that",
    "new",
    "all",
}
# A minute's opening: "At a meeting of the … Committee held at … on <date>", "At the Annual Meeting of
# the … Panel held remotely on …".
_AT_A_MEETING = re.compile(
    r"^\s*at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?P<b>[A-Z][^.;:]{2,150}?)"
    r"\s+(?:held|convened)\s+(?P<rest>(?:at|in|on|by|remotely|virtually|via|online)\b.*)$",
    re.I,
)
# A record's title that names its meeting and the day it met ("Minutes of the meeting of the Audit
# Committee held on Tuesday 5 March 2024", "Agenda for the Licensing Committee meeting on …",
# "Meeting held on 5 March 2024"): the body named, and the text from "held" or "on" that holds the date.
_DATED_RECORD = re.compile(
    r"^\s*(?:(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|agenda|(?:action\s+)?notes|summary|record)"
    r"\s+(?:of|for)\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<b>[A-Z][^.;:]{2,150}?)|(?:[\w-]+\s+)?meeting)"
    r"\s+(?P<rest>(?:held\s+)?(?:(?:at|in|by|via|remotely|virtually|online)\b[^.;]{0,120}?\s+)?on\s+.*)$",
    re.I,
)
# (The minutes of an earlier meeting, an item of the record: "Minutes of the previous meeting held on …".)
# (Nor the next one's: "Next meeting on …".)
_EARLIER_MEETING = re.compile(r"\b(?:previous|last|earlier|preceding|next|future|following)\b", re.I)
_SMALL = {"and", "of", "the", "for", "on", "in", "to", "&"}
_REPORT_TO_LINE = re.compile(r"^\s*report\s+to\s+(?:the\s+)?(?P<b>[A-Z][^.:;,]{1,100})$", re.I)


# A body's own name as a publisher names itself: a board's word, or the plural or service word an
# association, network or service ends on ("East Midlands Councils", "Association of Police Authorities").
_PUBLISHER_END = BODY_WORDS + (
    "Councils",
    "Authorities",
    "Association",
    "Network",
    "Service",
    "Commissioner",
    "Alliance",
)
_PUBLISHER_NAME = re.compile(
    r"^(?P<b>[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|and|of|for|the|&|on|in)){0,9}?\s+(?:"
    + "|".join(re.escape(w) for w in _PUBLISHER_END)
    + r"))$"
)
# A page's footer or header giving its publisher with its contacts: "Northvale Councils | Tel: 01234
# 567890 | Email: info@example.org", "Westshire Network | www.example.org".
_FOOTER_SEP = re.compile(r"\s*[|•]\s*")
_FOOTER_CONTACT = re.compile(r"^(?:tel|telephone|phone|t|e|email|e-mail|web|website|www\.|https?:)\b", re.I)
# A consultation response's cover: "Response of the Association of …", "Submission by Northvale Council".
_RESPONSE_OF = re.compile(
    r"^\s*(?:(?:a|the)\s+)?(?:response|submission|written\s+evidence|evidence)\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?P<b>[A-Z].{2,120}?)\s*$",
    re.I,
)


_KIND_IN_BRACKETS = re.compile(rf"(?P<k>\b(?:{_BODY_ALT}))\s+\((?:[A-Za-z-]+\s+){{0,3}}(?:{_BODY_ALT})\)$")


# A press release's closing note on its issuer, a line of its own: "About Northvale Council", "About the
# Westshire Community Safety Network".
_ABOUT_BODY = re.compile(r"^\s*about\s+(?:the\s+)?(?P<b>[A-Z].{2,100}?)\s*:?\s*$", re.I)


def about_body(s: str) -> str | None:
    """The body a press release's "About X" note names (X a body's name, not a topic), or None."""
    m = _ABOUT_BODY.match(s)
    if m is None:
        return None
    name = _title_cased(m.group("b").strip(" .,:;"))
    found = _PUBLISHER_NAME.match(name)
    return found.group("b") if found else None


def publisher_in_footer(s: str) -> str | None:
    """The publisher a page's footer or header names beside its contacts, "East Midlands Councils |
    Tel: 01234 567890 | Email: …": the first part a body's name, another a phone, e-mail or web
    address; None otherwise."""
    parts = [p for p in _FOOTER_SEP.split(s.strip()) if p]
    if len(parts) < 2 or len(s) > 300:
        return None
    m = _PUBLISHER_NAME.match(clean(parts[0]).strip(" ,;:"))
    contact = any(_FOOTER_CONTACT.match(p) or _EMAIL.search(p) for p in parts[1:])
    return m.group("b") if m and contact else None


def responding_body(s: str) -> str | None:
    """The body a consultation response's cover line names as its author ("Response of the
    Association of Police Authorities", "Submission by Northvale Council"), or None."""
    m = _RESPONSE_OF.match(s)
    if m is None:
        return None
    name = m.group("b").strip(" .,:;")
    found = _PUBLISHER_NAME.match(name)
    return found.group("b") if found else None


def _title_cased(name: str) -> str:
    """A name set in capitals in its own case ("SAFER NORTHBY BOARD" → "Safer Northby Board")."""
    if not name.isupper():
        return name
    return " ".join(w.capitalize() if w.lower() not in _SMALL else w.lower() for w in name.split())


_DAY_ONLY = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)", re.I)
_PLACE_SMALL = {"of", "the", "and", "at", "in", "on", "via", "online", "by", "&"}
# After a decision's date: a dash and its title ("24/10/2014 - Update on the Action Plan").
_DATED_TITLE = re.compile(r"^\s*[-–—:]\s+(?P<t>[A-Z].{3,200})$")


def _named_before_body(s: str) -> bool:
    m = _NAME_THEN_COMMA.match(s)
    if m is None or any(w in BODY_WORDS for w in m.group("name").split()):
        return False
    # (The comma inside a body's own name is not one: "Essex Police, Fire and Crime Commissioner".)
    return not any(s.endswith(e) and "," in e and s.index(",") >= len(s) - len(e) for e in _LONE_BODY_ENDINGS)


def body_named_at(text: str) -> str | None:
    """The body's name `text` opens with ("Joint Policing Committee held on …"), or None."""
    m = _BODY_NAME.match(text)
    return m.group("b").strip() if m else None


def _norm_title(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower().strip(" .:")


_ON_THE_DATE = re.compile(r"\s+meeting(?:\s+held)?(?:\s+on)?$|(?:\s+held)?\s+on$", re.IGNORECASE)
# What may stand before a cover's date on its own line: "Held on", "Meeting held on", "To be held on".
_HELD_ON = re.compile(r"^\s*(?:(?:meeting\s+)?(?:to\s+be\s+)?held\s+(?:on\s+)?|on\s+)$", re.IGNORECASE)


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
            # (A colon may close the body's name as a dash does, "Audit Committee: 5 March 2024"; and
            # the name may run on into the date, "Audit Committee on 5 March 2024", "Cabinet meeting
            # held on …".)
            part = _ON_THE_DATE.sub("", clean(part).strip(" ,-–—|:"))
            if not part or CLOCK.fullmatch(part):
                continue  # the meeting's time ("Overview Board - Tuesday, 4 June 2019 2.00 pm")
            im = _HEADER_ITEM.match(part)
            if im and item is None:
                item = im.group("v")
                continue
            if RECORD_TITLE.match(part):
                return None  # a record's title with its date ("Minutes of the Board held on …")
            kind = _MEETING_KIND.match(part) if body is None else None
            named = part[kind.end() :] if kind else part
            bm = _BODY_NAME.match(named)
            if body is None and ((bm and bm.group("b") == named) or named in BODY_WORDS):
                body = named
                continue
            return None
    if body is None:
        return None
    return body, d[0], item


def _value(m: re.Match[str] | None) -> str:
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


# A cover table's row labels that a cover sets alone on a line, its value on the next one (a table
# flattened one cell a line): "Will this be a Key Decision?" / "No", "Lead Director" / a name.
# A minutes' attendance row or label ("Present: Cllr A Brown …", "In attendance:"): the record has
# begun, past its cover.
_ATTENDANCE_ROW = re.compile(r"^\s*(?:present|in\s+attendance|also\s+present)\s*:", re.I)
_ROW_LABEL_BARE = re.compile(
    r"^\s*(?:(?:will|is)\s+this\s+(?:be\s+)?a\s+key\s+decision\??|(?:final\s+)?decision[-\s]maker"
    r"|lead\s+(?:director|officer)(?:\s+and\s+report\s+author)?|report\s+author|urgency)\s*$",
    re.IGNORECASE,
)


def is_row_label(line: str) -> bool:
    """Is this line a cover table's label standing alone ("Wards affected", "Lead Director"), its
    value on the next line?"""
    s = clean(line or "")
    return any(p.match(s) for p in (_ROW_LABEL_BARE, _OTHER_COVER_BARE, _BODY_LABEL_BARE, _DATE_LABEL_BARE))


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
    # So is a name's own label in the value: "Contact Officer: Name: Justine Harris (Head of …)".
    value = re.sub(r"^\s*name\s*:\s*", "", value, flags=re.IGNORECASE)
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


# The titles of address lib.names knows, and two a cover line carries before a name ("Miss", which
# lib.names leaves out of running text, and a civic "Mayor").
_HONORIFIC = rf"(?:{TITLE_PATTERN}|Miss|Mayor)\.?"
# (Surnames such as "O'Neill" and "McDonald" have capitals inside.)
_NAME = r"(?:[A-Z]\.?\s+)*[A-Z][A-Za-z'’-]*[a-z](?:\s+(?:[A-Z]\.?\s+)?[A-Z][A-Za-z'’-]*[a-z]){0,2}"
_ROLE_WORD = (
    r"(?:Officer|Manager|Director|Head|Chief|Member|Chair|Chairman|Leader|Clerk|Commissioner|Adviser|Advisor"
    r"|Co-?ordinator|Lead|Councillor|Executive|Inspector|Superintendent|Analyst)"
)
# A word of a person's name, not of a role or a document ("… Lead Officer Report" is a title).
_NAME_WORD = (
    rf"(?!(?:{_ROLE_WORD}|Report|Plan|Update|Strategy|Review|Group|Board|Committee|Partnership|Council|Panel"
    r"|Team|Service|Services|Safety|Community|Communities)\b)[A-Z][a-z'’-]+"
)
# A role over its holder's name: "Neighbourhood Development Officer Pauline Dorey".
_ROLE_OVER_NAME = rf"(?P<role>(?:[A-Z][a-z'’&-]+\s+){{0,4}}{_ROLE_WORD})\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD}(?:-[A-Z][a-z]+)?)"
_PERSON_LINE = re.compile(
    rf"^{_ROLE_OVER_NAME}$"
    # A name and its role: "Councillor Lisa Spivey, Cabinet Member for …", "Jo Bloggs, Community Safety Manager".
    # (Or a minister's or a secretary's statement's byline: "Jo Bloggs, Minister for Local Government".)
    rf"|^(?:{_HONORIFIC}\s+{_NAME}|[A-Z][a-z'’-]+\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+),\s+(?=.*\b(?:{_ROLE_WORD}|Minister|Secretary)\b)"
    # A member listed after their council in capitals: "BARKING AND DAGENHAM Cllr Liam Smith".
    rf"|^[A-Z][A-Z0-9 &,'’.-]{{1,60}}\s{_HONORIFIC}\s+{_NAME}$"
)


_BYLINE = re.compile(rf"^{_ROLE_OVER_NAME}$")
# A name, then its role after a comma or a dash ("Jo Bloggs, Community Safety Officer", "Councillor
# Ann Lee – Executive Member for Community Safety"): a cover's byline the other way round. The name
# is a person's (no role or document word in it, perhaps after a title of address); the role names
# an office.
_NAME_THEN_ROLE = re.compile(
    rf"^(?:{_HONORIFIC}\s+)?(?P<name>{_NAME_WORD}(?:\s+[A-Z]\.?)?\s+{_NAME_WORD}(?:-[A-Z][a-z]+)?)"
    rf"\s*(?:,|\s[–—-])\s+(?P<role>(?:[A-Z][\w'’&-]*\s+){{0,5}}{_ROLE_WORD}\b[^.;:]{{0,80}})$"
)


_CONTACT_SENTENCE = re.compile(
    r"^for\s+(?:further|more)\s+information(?:\s+(?:about|on|regarding)\s+(?:this|the)\s+report)?,?\s+"
    r"(?:please\s+)?contact\s+(?P<who>[A-Z][A-Za-z'’ -]{3,80}?)\s+on\s+(?P<phone>\+?[0-9][0-9 ]{8,15}[0-9])\b",
    re.IGNORECASE,
)


def byline(line: str) -> tuple[str, str] | None:
    """(name, role) of a cover's byline, a role over its holder's name ("Neighbourhood Development
    Officer Pauline Dorey"), else None."""
    m = _BYLINE.match(clean(line or ""))
    return (m.group("name"), m.group("role")) if m else None


def name_then_role(line: str) -> tuple[str, str] | None:
    """(name, role) of a byline written name first ("Jo Bloggs, Community Safety Officer",
    "Councillor Ann Lee – Executive Member for …"), else None."""
    s = clean(line or "")
    m = _NAME_THEN_ROLE.match(s) if len(s) <= 160 else None
    return (m.group("name"), clean(m.group("role"))) if m else None


# A news item's byline: who wrote it, under its headline ("By Jane Smith", "By Jane Smith, Local
# Democracy Reporter", "Posted by Jo Bloggs", "Jane Smith, Local Democracy Reporter", "Local
# Democracy Reporter" alone). A line of the page, never its title or a heading (nor, through the
# sections, a theme). The name is a person's (`_NAME_WORD`: no role or document word), two to three
# words, so that a report's "By Ward" or "By Area and Theme" stays a heading.
_JOURNALIST = (
    r"(?:(?:local\s+democracy|chief|senior|political|crime|news|community|staff|trainee|junior|deputy)\s+)*"
    r"(?:reporter|correspondent|journalist|editor|writer)"
)
_PERSON_NAME = rf"(?:{_HONORIFIC}\s+)?{_NAME_WORD}(?:\s+[A-Z]\.?)?\s+{_NAME_WORD}(?:-[A-Z][a-z]+)?"
_NEWS_BYLINE = re.compile(
    rf"^(?:(?i:posted|written|words|reported)\s+)?(?i:by)\s+{_PERSON_NAME}"
    rf"(?:\s*(?:,|\||\s[–—-])\s+[^.;:]{{1,80}})?$"
    rf"|^(?:{_PERSON_NAME}\s*(?:,|\||\s[–—-])\s+)?(?:the\s+)?(?i:{_JOURNALIST})$"
)


def is_news_byline(line: str) -> bool:
    """Is the line a news item's byline ("By Jane Smith", "Jane Smith, Local Democracy Reporter",
    "Reporter")? See `_NEWS_BYLINE`."""
    s = clean(line or "")
    return 0 < len(s) <= 120 and _NEWS_BYLINE.match(s) is not None


def is_phone_line(line: str) -> bool:
    """Is the line a phone number alone, perhaps labelled ("01924 305310", "Tel: 0117 926 2061")?"""
    s = clean(line or "")
    m = _LINE_PHONE.match(s)
    s = m.group("v") if m and m.group("v") else s
    return _PHONE.fullmatch(s.strip()) is not None


_ROLE_LINE = re.compile(rf"^(?:[A-Z][a-z'’&-]+\s+){{0,4}}{_ROLE_WORD}(?:\s+(?:of|for|to)\s+\S.*)?$")
_HONORIFIC_ONLY = re.compile(rf"^{_HONORIFIC}$")


def role_under_byline(role: str, next_line: str) -> str | None:
    """The role a byline's next line states when the byline itself gave only a title of address
    ("Councillor David Reilly" over "Chair of the Police and Crime Panel 2019/20"), else None."""
    s = clean(next_line or "")
    if not _HONORIFIC_ONLY.match(role) or not s or len(s.split()) > 15 or s.endswith("."):
        return None
    return s if _ROLE_LINE.match(s) else None


# A signatory's name with initials ("Victor G D Lampe", "J. R. Smith") over an office: the offices a
# byline's role names, and those a notice's clerk signs as.
_SIGNED_NAME = re.compile(r"^(?:[A-Z]\.?\s+){0,3}[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.?|[A-Z][a-z'’-]+)){1,4}$")
_OFFICE = re.compile(rf"\b(?:{_ROLE_WORD}|Secretary|Solicitor|Treasurer|Mayor|Head\s+of)\b")
_NOT_A_NAME = re.compile(
    r"\b(?:Council|Committee|Board|Panel|Partnership|Authority|Service|Services|Report|Plan|Strategy|Safety)\b"
)


def signs_as(name: str, office: str) -> bool:
    """Is `name` a person's name (initials allowed) and `office` the office it signs as ("Victor G D
    Lampe" over "General Manager")?"""
    return bool(_SIGNED_NAME.match(name) and not _NOT_A_NAME.search(name) and _OFFICE.search(office))


# A letter's salutation and its valediction ("Dear Member", "Yours sincerely"): the letter's courtesies,
# never its title or a heading.
_SALUTATION = re.compile(r"^dear\s+[A-Za-z][\w.'’ -]{0,40}[,.]?$", re.I)
_VALEDICTION = re.compile(
    r"^(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards)[,.]?$", re.I
)


def is_salutation(line: str) -> bool:
    """Is this line a letter's salutation ("Dear Member,")?"""
    return bool(_SALUTATION.match(clean(line or "")))


def is_valediction(line: str) -> bool:
    """Is this line a letter's valediction ("Yours sincerely")?"""
    return bool(_VALEDICTION.match(clean(line or "")))


def is_letter_courtesy(line: str) -> bool:
    """Is this line a letter's salutation or valediction?"""
    return is_salutation(line) or is_valediction(line)


def is_person_line(line: str) -> bool:
    """A line naming a person and their role (a byline, a member listed, an officer attending): never
    a title or a heading."""
    s = clean(line or "")
    return 0 < len(s) <= 160 and _PERSON_LINE.match(s) is not None


# A label and its value with a dash after the colon ("Executive Member:- Iris Tarry"): a cover's row.
_DASH_ROW = re.compile(r"^[A-Z][A-Za-z'’()/ ]{0,40}:\s?[-–—]\s*\S")


def is_dash_row(line: str) -> bool:
    """Is this line a cover row written "Label:- value"?"""
    return bool(_DASH_ROW.match(clean(line or "")))


# The last word of a line that cannot end a name: a preposition, "that", an auxiliary or a verb that
# takes the list or the clause after it ("… included", "… asked about", "… agreed that").
# (Not a question's, which may end so: "Who we are", "What it is about".)
_GOES_ON = re.compile(
    r"^(?!(?:How|What|Why|Where|When|Who|Which)\s).*\s(?:about|that|including|include|includes|included|were"
    r"|was|are|is|as|namely|whether|than|will|would|should|must|can|has|have|had|such|which|who|whose)$"
)


def goes_on(line: str) -> bool:
    """Does the line end on a word that takes the list or the clause after it (`_GOES_ON`)?"""
    return _GOES_ON.match(line.strip()) is not None


def breaks_off(text: str) -> bool:
    """Does the line end on a word that takes what follows (a conjunction, an article, a preposition
    that cannot end a name, or one of `_GOES_ON`'s), so that it goes on into the next line?"""
    s = text.strip().rstrip(";,")
    return s.endswith((" and", " or", " the", " of", " to", " &")) or _GOES_ON.match(s) is not None


# What kind of document a line names: a paper's own name says it ("Annual Governance Statement"),
# a section's sub-head seldom does ("Redirected funding").
_DOCUMENT_WORDS = re.compile(
    r"\b(?:report|plan|strategy|review|update|agenda|minutes|assessment|programme|statement|notice)\b", re.I
)


def names_a_document(line: str) -> bool:
    """Does the line name a kind of document (a report, a plan, minutes …)?"""
    return _DOCUMENT_WORDS.search(line or "") is not None


# A sentence of the text: eight words or more closed by a full stop (not a cover's short note, "This
# report is public.", nor a lead-in closed by a colon).
_BODY_SENTENCE = re.compile(r"^(?:\S+\s+){7,}\S+[.!?]['\"’”)\]]*$")


def is_body_sentence(line: str) -> bool:
    """Is the line (or paragraph) a sentence of the text, or closes one: eight words or more and a
    full stop? The text has begun, and a paper's title stands over it."""
    return _BODY_SENTENCE.match(clean(line or "")) is not None


# A headline may open with the sum it reports ("£420,000 bid success for …", "£2m to tackle knife
# crime"): the sum, then words (not a figure's label, "£778,000 48 different").
_SUM_OPENING = re.compile(r"^[£$€][0-9][0-9,.]*(?:m|bn|k)?\s+(?:\S+\s+)?[‘'\"]?[A-Za-z]{2,}(?:\s+\S+){2,}")


def opens_as_heading(s: str) -> bool:
    """Does the line open as a title or a heading may: a capital, a digit, or the sum a headline
    reports ("£2m to tackle knife crime in …")?"""
    return bool(s) and (s[0].isupper() or s[0].isdigit() or _SUM_OPENING.match(s) is not None)


# A page's dateline: its section's name or its kind, a stroke or a bar, and the day it was put up
# ("News / 29th April 2019", "News | 24 April 2019", "Press release – 3 May 2021"): a line of the
# page's furniture over the headline, kept as text, neither the title nor a heading.
# (The section is one a site files its items under: a body's own name before a date is a meeting's
# running header or title, "Cabinet – 14 May 2024".)
_DATELINE_LEAD = re.compile(
    r"^\s*(?:(?:latest|local|council|corporate)\s+)?(?:news|press(?:\s+releases?)?|media(?:\s+releases?)?"
    r"|(?:press|media|news)\s+(?:release|statement)s?|blog(?:\s+post)?|articles?|stor(?:y|ies)|statements?"
    r"|announcements?|updates?|features?|opinion|insights?|events?)\s*[/|–—·•-]\s*$",
    re.I,
)
_DATELINE_TAIL = re.compile(r"^[\s,]*$")


def is_dateline(line: str) -> bool:
    """A page's section or kind and its date on one line ("News / 29th April 2019")."""
    s = line.strip()
    found = find_date(s) if s and len(s) <= 60 else None
    if found is None:
        return False
    a, b = found[1]
    before = re.sub(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)$", "", s[:a])
    return bool(_DATELINE_LEAD.match(before) and _DATELINE_TAIL.match(s[b:]))


# A web page's trail ("Home > News", "Home / Community safety / Partnerships"): where the page sits.
_BREADCRUMB = re.compile(r"^\s*(?:home|homepage)\s*(?:>|»|›|/|\|)\s*\S", re.I)
# A release's kind over its headline ("PRESS RELEASE", "Media release", "For immediate release"), and
# a government publication page's format over its title, as GOV.UK sets it ("Policy paper",
# "Corporate report", "Independent report", "Research and analysis", "Statutory guidance",
# "Consultation outcome", "Official statistics", "Transparency data", "News story"): the page's kind,
# not its title. (Only the bare label: "Corporate Report Writing Standards" names a document.)
_RELEASE_LABEL = re.compile(
    r"^\s*(?:(?:for\s+)?immediate\s+release|(?:press|media|news)\s+(?:release|statement|notice)"
    r"|policy\s+paper|(?:corporate|independent)\s+report|research\s+and\s+analysis|statutory\s+guidance"
    r"|consultation\s+outcome|(?:official|national)\s+statistics|transparency\s+data|news\s+story)\s*:?\s*$",
    re.I,
)


# A meeting page's note on the meeting under its date and place ("Note: Outside Body / Meeting",
# "Note: Special meeting"): a labelled line of the page's furniture, not its title.
_MEETING_NOTE = re.compile(r"^\s*notes?\s*:\s*\S", re.I)


def _is_title_like(s: str) -> bool:
    if not s or len(s) > 200 or len(s.split()) > 25:
        return False
    if is_dateline(s) or _BREADCRUMB.match(s) or _RELEASE_LABEL.match(s) or _MEETING_NOTE.match(s):
        return False
    if is_person_line(s) or is_dash_row(s) or is_letter_courtesy(s) or is_news_byline(s):
        return False
    low = s.lower().strip(" :.")
    if low in SECTION_LABELS:
        return False
    if s.endswith((".", ":", ";", ",")) and not s.endswith("etc."):
        return False
    if not opens_as_heading(s):
        return False
    if re.match(r"^\(?[0-9]+(?:\.[0-9]+)*[.)]\s", s) or re.match(r"^\(?[a-z][.)]\s", s):
        return False
    if not re.search(r"[A-Za-z]{3}", s):
        return False
    return True


def named_in_full(lines: list[str], body: str | None) -> str | None:
    """`body`, or where it names a body only by its kind (`_GENERIC_BODY`: "Fire Authority") the
    name the paper's first 80 lines give it most often in full, the place's name before it ("Avon
    Fire Authority"); a name set in capitals is given in title case."""
    if not body or not _GENERIC_BODY.match(body):
        return body
    pattern = re.compile(rf"\b{re.escape(body)}\b", re.IGNORECASE)
    names: Counter[str] = Counter()
    for line in lines[:80]:
        s = clean(line) if len(line) <= 2000 else ""
        for m in pattern.finditer(s):
            before = s[: m.start()].split()
            place: list[str] = []
            while before and len(place) < 3:
                w = before.pop().strip(",;:()")
                if not w or not w[0].isupper() or w.lower() in _NOT_OF_NAME or not w.isalpha():
                    break
                place.insert(0, w)
            if place:
                name = " ".join(place + [m.group(0)])
                names[name.title() if name.isupper() else name] += 1
    return max(names.items(), key=lambda kv: kv[1])[0] if names else body


def find_meta(lines: list[str], title: str | None = None) -> tuple[Meta, set[int]]:
    """The paper's Meta and the indexes of the lines that are metadata only (not body).

    `lines` are the paper's lines in reading order. `title` is the level-1 heading when the reader
    knows it (DOCX "Heading 1", HTML <h1>); otherwise the first title-like line is used. A line is
    returned as metadata only when all of it is metadata (a running header, "Item 4", a cover-table
    row, a contact line); prose that merely mentions the board stays body.
    """
    return _MetaScan(lines, title).run()


class _MetaScan:
    """One pass of `find_meta` over a paper's lines. Each `_…` line rule returns True when it has
    taken the line (the later rules do not see it)."""

    def __init__(self, lines: list[str], title: str | None) -> None:
        self.title = title
        self.meta = Meta()
        self.contact = Contact()
        self.skip: set[int] = set()
        self.n = len(lines)
        self.stripped = [clean(strip_inline_markup(x)) if len(x) < 5000 else "" for x in lines]
        self.body_votes: Counter[str] = Counter()
        self.pending_title_label = False
        self.in_contact_block = -10  # index of the last contact label line
        # Where meta.body came from, strongest last: 1 a lone name line in the cover (often just the
        # council's name), 2 a running header with the meeting date, 3 a cover row "Report to:
        # Cabinet" / "Meeting: …", which names the body the paper is for.
        self.body_rank = 0
        self.tails: dict[int, int] = {}
        self.rules = (
            self._publisher,
            self._header,
            self._item,
            self._contact,
            self._cover_title,
            self._cover_date_and_body,
            self._cover_other,
            self._cover_lone_lines,
            self._meeting_opening,
            self._vote,
        )

    def set_body(self, value: str, rank: int) -> None:
        # (A report addressed to the members of the body, with its chair or mayor before them, "TO:
        # Mayor Savage and Members of Northby Regional Council", "To: The Chair and Members of the
        # Audit Committee": the body is the one they are members of.)
        if m := _MEMBERS_OF.match(value):
            value = m.group("b")
        value = _LEADING_ARTICLE.sub("", re.sub(r"^the\s+(?=[A-Z])", "", value))  # "to the Cabinet"
        # (A line addressed to the body, "To the Cabinet Meeting …", loses its "To" first.)
        value = re.sub(r"^the\s+(?=[A-Z])", "", value)
        # (A body's kind in brackets after its name is no part of it: "Northshire Police and Crime Panel
        # (Statutory Joint Committee)"; a division in brackets, "(Safer Communities)", is kept.)
        value = _KIND_IN_BRACKETS.sub(r"\g<k>", value)
        if value and (not self.meta.body or rank > self.body_rank):
            self.meta.body, self.body_rank = value, rank

    def take_next(self, i: int) -> str | None:
        """The value cell after a bare label line (next non-empty line), marking it metadata."""
        for j in range(i + 1, min(self.n, i + 3)):
            if self.stripped[j]:
                self.skip.add(j)
                return self.stripped[j]
        return None

    def join_wrapped_emails(self) -> None:
        """An e-mail address wrapped at a hyphen or dot ("jo.bloggs@north-" / "vale.gov.uk"): the
        continuation is read with its line and dropped with it."""
        stripped = self.stripped
        for k in range(self.n - 1):
            s = stripped[k]
            end = _WRAPPED_EMAIL_END.search(s) if s and "@" in s and s[-1] in "-." else None
            if end:
                nxt = stripped[k + 1]
                if nxt and " " not in nxt and _EMAIL.fullmatch(end.group(0) + nxt.rstrip(".,;")):
                    stripped[k] = s + nxt
                    stripped[k + 1] = ""
                    self.tails[k] = k + 1

    def run(self) -> tuple[Meta, set[int]]:
        self.join_wrapped_emails()
        for i in range(self.n):
            s = self.stripped[i]
            if not s or i in self.skip:
                continue
            words = len(s.split())
            for rule in self.rules:
                if rule(i, s, words):
                    break
        return self.finish()

    def finish(self) -> tuple[Meta, set[int]]:
        meta, skip = self.meta, self.skip
        for k, tail in self.tails.items():
            if k in skip:
                skip.add(tail)

        if not meta.body and self.body_votes:
            best = max(self.body_votes.items(), key=lambda kv: kv[1])
            if best[1] >= 2:
                meta.body = best[0]

        meta.body = named_in_full(self.stripped, meta.body)

        if self.title:
            meta.title = clean(self.title)
        if not meta.title:
            meta.title = self._title_by_place()
        if not self.contact.is_empty():
            meta.contact = self.contact
        return meta, skip

    def _title_by_place(self) -> str | None:
        """The first title-like line, where no row or reader named the title. A title stands over
        the text: past the text's first sentence a line of title shape is a section's sub-head
        ("Funding for youth clubs"), and a page stored without its headline has none. A web page
        may open with notes on itself (its translation, its PDF), sentences too: a line naming a
        document under them ("Annual Governance Statement") is still the title, until a sub-head
        and the sentence after it show the text is under way."""
        in_text = passed = False
        for k, s in enumerate(self.stripped):
            if k in self.skip or not s:
                continue
            if _is_title_like(s) and len(s.split()) >= 2:
                # (Past the text's first sentence, a line that breaks off is a sentence wrapped:
                # "Assessment, which replaced the audits and was".)
                if not in_text or (names_a_document(s) and not breaks_off(s)):
                    return s
                passed = True
            elif is_body_sentence(s):
                if passed:
                    return None
                in_text = True
        return None

    def _publisher(self, i: int, s: str, words: int) -> bool:
        """A page's publisher named in its footer beside its contacts (the weakest sign, as a lone
        name line), or a response's author on its cover (as a header's body). The line is not taken:
        it stays text for the rules after."""
        if words <= 40 and ("|" in s or "•" in s) and (found := publisher_in_footer(s)):
            self.set_body(found, 1)
        elif i < 40 and words <= 20 and (found := responding_body(s)):
            self.set_body(found, 2)
        elif words <= 12 and (found := about_body(s)):
            self.set_body(found, 1)
        return False

    def _header(self, i: int, s: str, words: int) -> bool:
        """A running header ("Safer Communities Board 13 July 2009"): body, meeting date, perhaps the item."""
        # Running header "Safer Communities Board 13 July 2009", "Fire Authority – 21 June 2023 –
        # Agenda item 9" (the body, the meeting date and perhaps the item).
        if words <= 20 and _BODY_WORD.search(s):
            hdr = _running_header(s)
            # (A body named by its kind alone, "Cabinet – 5 March 2024", heads a cover; further down
            # such a line is a listed paper's or a past meeting's, unless the cover's date repeats.)
            if hdr and hdr[0] in BODY_WORDS and i >= 25 and self.meta.meeting_date != hdr[1]:
                hdr = None
            if hdr:
                self.set_body(hdr[0], 2)
                self.meta.meeting_date = self.meta.meeting_date or hdr[1]
                if hdr[2]:
                    self.meta.item = self.meta.item or hdr[2]
                self.skip.add(i)
                return True
        return False

    def _item(self, i: int, s: str, words: int) -> bool:
        """An agenda item line ("Item 4"), or a bare item label with its value on the next line."""
        m = _ITEM.match(s)
        if m:
            self.meta.item = self.meta.item or m.group("v")
            self.skip.add(i)
            return True
        if _ITEM_BARE.match(s):
            nxt = self.take_next(i)
            value = _ITEM_VALUE.match(nxt) if nxt else None
            if value:
                self.meta.item = self.meta.item or value.group("v")
                self.skip.add(i)
            elif nxt is not None:
                self.skip.discard(i + 1 if self.stripped[i + 1] else i + 2)
            return True
        return False

    def _contact(self, i: int, s: str, words: int) -> bool:
        """The contact block: name, role, phone and e-mail, labelled or right under a label."""
        # A cover's contact as a sentence ("For further information about this report please contact
        # Chief Fire Officer Jo Bloggs on 01234 567890 or …"): the contact, not body text.
        m = _CONTACT_SENTENCE.match(s) if i < 40 and words <= 45 else None
        if m and (found := byline(m.group("who"))):
            self.contact.name, self.contact.role = found
            self.contact.phone = self.contact.phone or clean(m.group("phone"))
            self.skip.add(i)
            return True
        # Contact block.
        m = _LINE_CONTACT.match(s)
        if (
            m
            and words <= 30
            and (m.group("v") or "")
            and not m.group("v").lower().startswith(("the ", "us "))
        ):
            _split_contact(m.group("v"), self.contact)
            self.skip.add(i)
            self.in_contact_block = i
            return True
        if _LINE_CONTACT_BARE.match(s):
            nxt = self.take_next(i)
            if nxt is not None:
                if _LINE_ROLE.match(nxt) or _LINE_PHONE.match(nxt) or _LINE_EMAIL.match(nxt):
                    self.skip.discard(i + 1 if self.stripped[i + 1] else i + 2)
                else:
                    _split_contact(nxt, self.contact)
            self.skip.add(i)
            self.in_contact_block = i
            return True
        m = _LINE_ROLE.match(s)
        if m and i - self.in_contact_block <= 6:
            v = _value(m) or (self.take_next(i) or "")
            if v and not self.contact.role:
                self.contact.role = v
            self.skip.add(i)
            self.in_contact_block = i
            return True
        mp, me = _LINE_PHONE.match(s), _LINE_EMAIL.match(s)
        if (mp or me) and words <= 20:
            v = _value(mp or me)
            if not v:
                v = self.take_next(i) or ""
            if _PHONE.search(v) or _EMAIL.search(v):
                _split_contact(v, self.contact)
                self.skip.add(i)
                self.in_contact_block = i
                return True
        # A bare e-mail address or phone number right under a contact label.
        if i - self.in_contact_block <= 4 and words <= 6 and (_EMAIL.fullmatch(s) or _PHONE.fullmatch(s)):
            _split_contact(s, self.contact)
            self.skip.add(i)
            self.in_contact_block = i
            return True
        return False

    def _cover_title(self, i: int, s: str, words: int) -> bool:
        """Cover-table title rows ("Title: …"), or a bare title label and its value."""
        # Cover-table rows.
        m = _TITLE_LABEL.match(s)
        if m and words <= 30:
            v = _value(m)
            if v:
                # The value cell wrapped onto the next line(s) ("Title: Community Safety" / "Plan:
                # Annual Review"): follow it while it keeps spelling the known title.
                j = i + 1
                while self.title and j < min(self.n, i + 4) and _norm_title(v) != _norm_title(self.title):
                    if self.stripped[j] and _norm_title(self.title).startswith(
                        _norm_title(v + " " + self.stripped[j])
                    ):
                        v = v + " " + self.stripped[j]
                        self.skip.add(j)
                    elif self.stripped[j]:
                        break
                    j += 1
                self.meta.title = self.meta.title or v
                self.skip.add(i)
                return True
        if _TITLE_LABEL_BARE.match(s):
            self.pending_title_label = True
            self.skip.add(i)
            return True
        if self.pending_title_label:
            self.pending_title_label = False
            self.meta.title = self.meta.title or s
            self.skip.add(i)
            return True
        return False

    def _cover_date_and_body(self, i: int, s: str, words: int) -> bool:
        """Cover-table date and body rows ("Date: 13 July 2009", "Meeting: Cabinet")."""
        m = _DATE_LABEL.match(s)
        if m and words <= 12:
            d = parse_date(m.group("v"))
            if d:
                self.meta.meeting_date = self.meta.meeting_date or d
                self.skip.add(i)
                return True
        m = _DATE_LABEL_CELL.match(s) if words <= 12 and not self.meta.meeting_date else None
        found = find_date(m.group("v")) if m else None
        if m and found and not _DAY_ONLY.sub("", m.group("v")[: found[1][0]]).strip():
            self.meta.meeting_date = found[0]
            self.skip.add(i)
            return True
        if _DATE_LABEL_BARE.match(s):
            for j in range(i + 1, min(self.n, i + 3)):
                if self.stripped[j]:
                    d = parse_date(self.stripped[j])
                    if d and len(self.stripped[j].split()) <= 6:
                        self.meta.meeting_date = self.meta.meeting_date or d
                        self.skip.update((i, j))
                    break
            return True
        m = _BODY_LABEL.match(s)
        if m and words <= 15:
            v = _value(m)
            found = find_date(v)
            if found:
                self.meta.meeting_date = self.meta.meeting_date or found[0]
                # ("Report to: Cabinet on 5 March 2024": the "on" goes with the date.)
                before = _ON_THE_DATE.sub("", v[: found[1][0]].rstrip())
                v = clean(_DATE_LABEL_AFTER.sub("", before) + " " + v[found[1][1] :]).strip(" ,-–")
            if v:
                self.set_body(v, 3 if _BODY_WORD.search(v) else 0)
            self.skip.add(i)
            return True
        if _BODY_LABEL_BARE.match(s):
            nxt = self.take_next(i)
            if nxt:
                found = find_date(nxt)
                v = nxt
                if found:
                    self.meta.meeting_date = self.meta.meeting_date or found[0]
                    before = _ON_THE_DATE.sub("", nxt[: found[1][0]].rstrip())
                    v = clean(before + " " + nxt[found[1][1] :]).strip(" ,-–")
                if v:
                    self.set_body(v, 3 if _BODY_WORD.search(v) else 0)
            self.skip.add(i)
            return True
        return False

    def _cover_other(self, i: int, s: str, words: int) -> bool:
        """Purpose rows, other cover furniture and "Report of …" lines."""
        m = _PURPOSE_LABEL.match(s)
        if m and words <= 8 and _PURPOSE_VALUE.match(m.group("v")):
            self.meta.purpose = self.meta.purpose or clean(m.group("v"))
            self.skip.add(i)
            return True
        if _PURPOSE_HEAD.match(s):
            # "Purpose of report" then "For direction.": a heading and its paragraph, both body.
            for j in range(i + 1, min(self.n, i + 3)):
                if self.stripped[j]:
                    if _PURPOSE_VALUE.match(self.stripped[j]):
                        self.meta.purpose = self.meta.purpose or self.stripped[j]
                    break
            return True
        m = _OTHER_COVER.match(s)
        if m and words <= 20:
            self.skip.add(i)
            return True
        if _OTHER_COVER_BARE.match(s):
            self.take_next(i)
            self.skip.add(i)
            return True
        if i < 30 and self._meeting_row(i, s, words):
            return True
        if _REPORT_OF.match(s) and words <= 14 and not s.endswith(".") and not self._goes_on(i):
            self.skip.add(i)
            return True
        return False

    def _goes_on(self, i: int) -> bool:
        """Does line i's sentence go on, with no blank line, on the next line in lower case ("Report
        of the Director on the partnership's" / "work in 2017.")? Then it is prose, not a row."""
        nxt = self.stripped[i + 1] if i + 1 < self.n else ""
        return bool(nxt) and nxt[0].islower()

    def _meeting_row(self, i: int, s: str, words: int) -> bool:
        """A meeting page's time and place ("Time: 14:00", "Venue:" over "Council Chamber")."""
        m = _MEETING_ROW.match(s)
        if m and m.group("v") and words <= 16:
            self.skip.add(i)
            return True
        if m and not m.group("v"):
            for j in range(i + 1, min(self.n, i + 3)):
                if self.stripped[j]:
                    if len(self.stripped[j].split()) <= 10 and not self.stripped[j].endswith("."):
                        self.skip.update((i, j))
                        return True
                    break
        return False

    def _cover_lone_lines(self, i: int, s: str, words: int) -> bool:
        """A lone date or board name line in the cover block."""
        # A lone date line in the cover block ("Wednesday 8 September 2021").
        if i < 25 and words <= 6 and not self._dates_listed(i):
            d = find_date(s)
            if d and len(clean(s[: d[1][0]] + s[d[1][1] :]).strip(" ,-–|")) <= 3:
                self.meta.meeting_date = self.meta.meeting_date or d[0]
                self.skip.add(i)
                return True
        # An agenda's heading lines set after its membership list ("Community Development Committee
        # MEETING" / "7 May 2018"): the date right under the meeting's name is the meeting's, however
        # far down the cover's names have pushed it.
        if (
            25 <= i < 120
            and words <= 6
            and not self.meta.meeting_date
            and self._lone_date(i)
            and self._under_meeting_name(i)
            and not self._dates_listed(i)
        ):
            found = find_date(s)
            if found:
                self.meta.meeting_date = found[0]
                self.skip.add(i)
                return True
        if i < 25 and words <= 16 and self._dated_meeting_line(i, s):
            return True
        # A committee site's meeting line: the council, its committee and "Meeting" ("Northby Borough
        # Council Community Overview and Scrutiny Panel Meeting"): the meeting is the committee's.
        # (The line stays, the page's heading.)
        if i < 10 and words <= 24 and self.body_rank < 2 and (m := _COUNCIL_COMMITTEE_MEETING.match(s)):
            self.set_body(m.group("b"), 2)
        # A lone board name line in the cover block ("Safer Communities Board", "Cabinet"), but not
        # the end of a line that wrapped ("… - Report of" / "Assistant Chief Executive").
        prev = self.stripped[i - 1] if i else ""
        if (
            i < 15
            and words <= 10
            and not s.endswith(".")
            and not WRAPPED_BEFORE.search(prev)
            and not _named_before_body(s)
            and not RECORD_TITLE.match(s)
            # (Nor a line after the attendance rows: the cover has ended, and "Public Forum" there
            # is the minutes' first item.)
            and not any(_ATTENDANCE_ROW.match(self.stripped[j]) for j in range(i))
        ):
            bm = _BODY_NAME.match(s)
            full = (bm and bm.group("b") == s) or s in BODY_WORDS or s.endswith(_LONE_BODY_ENDINGS)
            # (A name with a body word inside it, "Northby Partnership Board", is a body's name as a
            # whole: the shortest match stops at "Partnership".)
            full = full or bool(bm and BODY_NAME_WHOLE.fullmatch(s))
            # A body and its division ("Scrutiny Committee - Community"): the meeting's body.
            full = full or bool(bm and _DIVISION.fullmatch(s[len(bm.group("b")) :]))
            full = full or bool(_COUNCIL_OF.match(s) or _MEETING_GROUP.match(s))
            # Once a cover row has named the body, a later lone name is cover furniture only when
            # it is the council's own name ("Southdale District Council"); a title such as "Annual
            # Report of the Audit Committee" also ends in a body word and stays.
            if full and (
                self.body_rank < 2 or (s.endswith(" Council") and not re.search(r"\b(?:of|for)\b", s))
            ):
                if (
                    self.body_rank == 1
                    and _LETTERHEAD.search(self.meta.body or "")
                    and _MEETING_BODY.search(s)
                ):
                    # The organisation's letterhead, then its committee ("Lancashire Combined Fire
                    # Authority" / "Planning Committee"): the meeting is the committee's.
                    self.meta.body = _LEADING_ARTICLE.sub("", s)
                self.set_body(s, 1)
                self.skip.add(i)
                return True
        return False

    def _dated_meeting_line(self, i: int, s: str) -> bool:
        """A cover's line that opens with the meeting's date and goes on with its time or place
        ("20th July 2016, Council Chamber, Navan", "Thursday, 6 October 2022, 10:00 am, online"):
        the meeting's date, the line cover furniture. Or a dated line repeating the title above it,
        as a decision record heads its decision ("24/10/2014 - Update on the Action Plan" under
        "Update on the Action Plan"): the date only, the line kept as the record's heading."""
        found = find_date(s)
        if found is None or self.meta.meeting_date or self._dates_listed(i):
            return False
        head = _DAY_ONLY.sub("", s[: found[1][0]])
        rest = s[found[1][1] :]
        # ("Held on Tuesday 5 March 2024 at 2pm" under the body's name; but "held on 5 March 2024" in
        # lower case goes on with the title above it, "Summary of the Board Meeting" / "held on …", as
        # it does in capitals right under a record's title, "Minutes of the Board" / "Held on …".)
        if (
            head.strip()
            and s[0].isupper()
            and not (i and self.stripped[i - 1] and RECORD_TITLE.match(self.stripped[i - 1]))
            and _HELD_ON.match(head)
            and (not rest.strip() or _TIME_OR_PLACE.match(rest))
        ):
            self.meta.meeting_date = found[0]
            self.skip.add(i)
            return True
        if head.strip():
            return False
        prev = next((self.stripped[k] for k in range(i - 1, max(-1, i - 4), -1) if self.stripped[k]), "")
        title = _DATED_TITLE.match(rest)
        if title and prev and _norm_title(title.group("t")) == _norm_title(prev):
            self.meta.meeting_date = found[0]
            return False  # (the line stays: it heads the record)
        # (One of a list of dates, each with its time or place: "The new dates were:" / "Thursday 6
        # March 2014, 2.00 pm" / "Thursday 4 September 2014, 2.00 pm".)
        near = [self.stripped[k] for k in (i - 1, i + 1) if 0 <= k < self.n]
        if any((d := find_date(x)) and not _DAY_ONLY.sub("", x[: d[1][0]]).strip() for x in near):
            return False
        place = _TIME_OR_PLACE.match(rest)
        sentence = rest.rstrip().endswith(".") and not rest.rstrip().lower().endswith(("a.m.", "p.m."))
        if place is None or sentence or find_date(rest) is not None:
            return False
        # (A place's words are names; a sentence's are not: "1 May 2020, Northby Council launched".)
        if CLOCK.search(rest) is None and not all(
            w[0].isupper() or w[0].isdigit() or w.lower() in _PLACE_SMALL
            for w in re.findall(r"[\w'’&-]+", rest)
        ):
            return False
        self.meta.meeting_date = found[0]
        self.skip.add(i)
        return True

    def _lone_date(self, k: int) -> bool:
        s = self.stripped[k] if 0 <= k < self.n else ""
        d = find_date(s) if s and len(s.split()) <= 6 else None
        return bool(d and len(clean(s[: d[1][0]] + s[d[1][1] :]).strip(" ,-–|.")) <= 3)

    def _under_meeting_name(self, i: int) -> bool:
        """Is the line above line i (blank lines passed over) the name of a body that meets, alone
        or with "Meeting" after it ("Community Safety Committee", "AUDIT PANEL MEETING")? Not a
        headline or a sentence naming one."""
        prev = next((self.stripped[k] for k in range(i - 1, max(-1, i - 5), -1) if self.stripped[k]), "")
        if not prev or len(prev.split()) > 12 or prev.endswith("."):
            return False
        name = _title_cased(re.sub(r"\s+meeting$", "", prev, flags=re.I).strip())
        name = _LEADING_ARTICLE.sub("", name)
        return name in BODY_WORDS or bool(BODY_NAME_WHOLE.fullmatch(name))

    def _dates_listed(self, i: int) -> bool:
        """A date line among others, or under a lead that ends with a colon ("The following
        schedule of meetings was agreed:" / "25 January 2010" / "26 April 2010"): the dates of a
        list in the text, not the cover's date."""
        prev = next((k for k in range(i - 1, max(-1, i - 3), -1) if self.stripped[k]), -1)
        nxt = next((k for k in range(i + 1, min(self.n, i + 3)) if self.stripped[k]), -1)
        lead = self.stripped[prev] if prev >= 0 else ""
        if lead.endswith(":") and len(lead.split()) >= 4:
            return True
        return self._lone_date(prev) or self._lone_date(nxt)

    def _meeting_opening(self, i: int, s: str, words: int) -> bool:
        """A minute's opening line ("At a meeting of the Community Safety Committee held at County
        Hall on Tuesday 14 May 2013"): the body that met, over a letterhead's or a running header's
        guess, and the meeting's date. The line stays, the record's first paragraph."""
        m = _REPORT_TO_LINE.match(s) if i < 12 and words <= 12 else None
        if m is not None:
            # A cover's "Report to the Safer Northby Board" set with no colon: the body the paper is
            # for, unless a labelled row says which of its committees meets ("Report to the Council"
            # over "Committee: Cabinet"). The line stays, as the cover prints it.
            name = _title_cased(m.group("b").strip())
            # ("Report to Cabinet 5 March 2024": the body and the meeting's date.)
            found = find_date(name)
            if found and not name[found[1][1] :].strip():
                name = _ON_THE_DATE.sub("", name[: found[1][0]].rstrip())
                if name in BODY_WORDS or BODY_NAME_WHOLE.fullmatch(name):
                    self.meta.meeting_date = self.meta.meeting_date or found[0]
            if name in BODY_WORDS or BODY_NAME_WHOLE.fullmatch(name):
                self.set_body(name, 2)
            return False
        if i < 12 and words <= 40 and not self.meta.meeting_date and self._dated_record(i, s):
            return False
        if i < 15 and words <= 50 and not self.meta.meeting_date and (n := _MEETING_NOTICE.match(s)):
            found = find_date(n.group("rest"))
            if found and not _EARLIER_MEETING.search(s[: n.start("rest")]):
                self.meta.meeting_date = found[0]
                name = _title_cased(n.group("b").strip())
                if name in BODY_WORDS or BODY_NAME_WHOLE.fullmatch(name):
                    self.set_body(name, 1)
            return False
        m = _AT_A_MEETING.match(s) if i < 40 and words <= 60 else None
        if m is None:
            return False
        name = _title_cased(m.group("b").strip())
        bm = _BODY_NAME.match(name)
        if bm is not None and _BODY_WORD.search(bm.group("b")):
            # (A division in brackets is no part of the body's name: "… Committee (Police, Fire and
            # Community Safety)".)
            self.set_body(re.sub(r"\s*\(.*$", "", bm.group("b")), 3)
        found = find_date(m.group("rest"))
        if found and not self.meta.meeting_date:
            self.meta.meeting_date = found[0]
        return False

    def _dated_record(self, i: int, s: str) -> bool:
        """A record's title naming the meeting and its day ("Minutes of the meeting of the Audit
        Committee held on Tuesday 5 March 2024"): the meeting's date, and the body it names. The line
        stays, the record's title. Not the minutes of an earlier meeting, nor a line after the
        attendance rows (an item of the record by then), nor a sentence."""
        m = _DATED_RECORD.match(s)
        if m is None or s.endswith(".") or _EARLIER_MEETING.search(s):
            return False
        if any(_ATTENDANCE_ROW.match(self.stripped[j]) for j in range(i)):
            return False
        found = find_date(m.group("rest"))
        if found is None:
            return False
        self.meta.meeting_date = found[0]
        name = _title_cased(re.sub(r"\s+meeting$", "", (m.group("b") or "").strip(), flags=re.I))
        # (Only where no line has named the body: a letterhead over the record, "Northby Councils" over
        # "Minutes of the meeting of the Leaders' Committee …", names the body the record is of.)
        if name and (name in BODY_WORDS or BODY_NAME_WHOLE.fullmatch(name)):
            self.set_body(re.sub(r"\s*\(.*$", "", name), 1)
        return True

    def _vote(self, i: int, s: str, words: int) -> bool:
        """Count the bodies named in prose (used only when no cover line names the body)."""
        # Votes for the body named in prose, used only when no cover line names it.
        if len(s) < 3000 and _BODY_WORD.search(s):
            for bm in _bodies_in_prose(s):
                name = _LEADING_ARTICLE.sub("", bm.group("b"))
                while _LEADING_ARTICLE.match(name):
                    name = _LEADING_ARTICLE.sub("", name)
                if len(name.split()) >= 2 and name.split()[0] not in BODY_WORDS:
                    self.body_votes[name] += 1
        return False
