"""The plain-text reader's layout engine: lines → `Paper` blocks.

A text export has lost the document's structure; what is left is typography in characters:
paragraph labels ("12.", "- 12.", "1.1.", "(a)"), bullet glyphs, indentation, blank lines, short
lines that are headings, tab-indented table cells, page furniture and hyphenated line ends. This
module turns such lines into blocks; `columns` finds tables laid out in columns of spaces.

Everything runs in time linear in the input: patterns are anchored and bounded, and loops call
`limits.check_time()`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ....lib.dates import MONTH_PATTERN
from ...document import Block, Contact, Heading, ListItem, Meta, Paragraph, Table, clean
from .._shared.markers import (
    _BULLET,
    SUB_BULLETS,
    Marker,
    _norm,
    is_caption,
    is_item_date_line,
    is_page_furniture,
    is_page_links,
    is_publication_label,
    parse_marker,
    unletterspace,
)
from .._shared.meta import (
    BODY_NAME_WHOLE,
    BODY_WORDS,
    RECORD_TITLE,
    SECTION_LABELS,
    body_named_at,
    breaks_off,
    byline,
    find_date,
    find_meta,
    goes_on,
    is_body_sentence,
    is_cover_label,
    is_dash_row,
    is_dateline,
    is_letter_courtesy,
    is_news_byline,
    is_person_line,
    is_phone_line,
    is_row_label,
    is_salutation,
    is_valediction,
    name_then_role,
    named_in_full,
    names_a_document,
    opens_as_heading,
    role_under_byline,
    signs_as,
    strip_inline_markup,
)
from .._shared.pipe_tables import cell_text, is_pipe_row, pipe_table
from ..limits import Limits
from .columns import _CONNECTOR_END, _space_table


@dataclass
class Unit:
    """One paragraph-sized piece of text (or a table) before it becomes a block."""

    text: str
    kind: str | None = None  # marker kind
    number: str | None = None
    glyph: str | None = None
    indent: int = 0
    gap: int = 0  # blank (or dropped) lines before it
    table: Table | None = None
    lines: list[str] = field(default_factory=list)
    row: bool = False  # a "Label: value" row among others, with no blank line between
    repeat: bool = False  # the title printed again with the item's number ("54 <title>")
    # The named rule that decided whether the unit is a heading ("" where none did: a line judged by
    # its shape alone, a numbered paragraph, a list item). A second opinion on the headings (the
    # heading model) leaves a named rule's verdict alone.
    rule: str = ""
    # A line the layout reads as a paragraph whatever its shape, never a heading: a minute's name in
    # capitals run into its text, the minute's number taken off ("38. APOLOGIES Apologies were …",
    # `_minute_numbers_before_capitals`), or a contents list's entry (`_contents_rows`).
    text_line: bool = False
    # The rule that made a heading-shaped unit text, by name ("" where none did; `_classify`), for
    # the benches' error classes only: no rule reads it.
    excluded: str = ""


def _indent(line: str) -> int:
    n = 0
    for ch in line:
        if ch == " ":
            n += 1
        elif ch == "\t":
            n += 4
        elif ch in "\u00a0\u2002\u2003":
            n += 1
        else:
            break
    return n


# (A lead-in may close with the old colon-dash: "To receive Committee Reports:-".)
_END_SENTENCE = re.compile(r"(?:[.!?:;…]|:-)['\"’”)\]]*$")


def is_heading_text(text: str) -> bool:
    """Could this unmarked line be a heading? Short, no final stop, starts with a capital or digit."""
    s = text.strip()
    # (Dashes between a title's parts are not words: "Activity - Work Programme - Report of …".)
    if not s or len(s) > 120 or len([w for w in s.split() if w not in "-–—|"]) > 14:
        return False
    if s[-1] in ".:;,!" or s.endswith(("-", "–", "(", "&", " and", " or", " the", " of", " to")):
        return False
    if goes_on(s):
        return (
            False  # (a sentence's lead-in that goes on: "Key points raised included", "Members asked about")
        )
    if s.endswith("?") and len(s.split()) > 8:
        return False
    if not (s[0].isupper() or s[0].isdigit()):
        return False
    if not re.search(r"[A-Za-z]{2}", s):
        return False
    if "@" in s or s.startswith("http") or "www." in s or is_letter_courtesy(s):
        return False
    # A line that is mostly numbers is a figure, not a heading ("2020/21 £125,000"); two words make
    # a heading all the same ("Work in 2013/14").
    letters = sum(c.isalpha() for c in s)
    if letters >= len(s) * 0.5 or len(re.findall(r"\b[A-Za-z]{2,}\b", s)) >= 2:
        return True
    # A name and the years it covers ("Strategy 2016/2020", "Plan 2020-23") is a title all the same.
    return bool(_NAME_AND_YEARS.match(s))


# A meeting named by the day it was held ("Minutes of the meeting of the Board held on 4 May 2021",
# "Confirmation of Minutes - Meeting held on Tuesday 9 February 2021"); not one yet to be held (a
# summons' cover line).
# A day's date in a title ("4 May 2021", "3rd June, 2019") and the weekday that may go before it.
_DAY_DATE = r"[0-9]{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+(?:19|20)[0-9]{2}"
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_MEETING_HELD_ON = re.compile(
    r"\b(?:meeting|minutes)\b(?!.*\bto be held\b).*\bheld\s+on\s+(?:\w+day,?\s+)?" + _DAY_DATE + "$",
    re.I,
)


_NAME_AND_YEARS = re.compile(r"^[A-Z][A-Za-z]{3,}\s+(?:19|20)[0-9]{2}(?:\s?[/–-]\s?(?:19|20)?[0-9]{2})?$")


# A meeting's page of items saved as text with its table flattened: the head "No. | Item |" over
# "---|---|", each item one line ("Apologies For Absence To receive apologies … Minutes: Apologies
# were received from …"), closed by a lone "|" (and an empty row of lone "|").
_FLAT_TABLE_HEAD = re.compile(r"^\s*no\.?\s*\|\s*item\s*\|?\s*$", re.I)
_FLAT_TABLE_RULE = re.compile(r"^\s*-{2,}\s*\|\s*-{2,}\s*\|?\s*$")
_LONE_PIPE = re.compile(r"^\s*\|\s*$")
_RUN_IN_MINUTES = re.compile(r"^(?P<item>\S.*?)\s+Minutes:\s+(?P<minute>\S.*)$")
# Where an item's description opens after its name: "To receive …", "Members are reminded …".
_ITEM_DESCRIPTION = re.compile(
    r"\s(?=(?:To\s+(?:receive|consider|approve|note|agree|confirm|review|elect|appoint|declare|report|"
    r"discuss|hear|scrutinise|determine)\b|Members\s+(?:are|will\s+be|should)\s|The\s+(?:Chair|Chairman|"
    r"Chairperson|Panel|Committee|Board|Council)\s+(?:to|will)\s))"
)


def _unflatten_item_rows(lines: list[str]) -> list[str]:
    """Such a page's lines as the page set them: the table's head and lone pipes gone, each item's
    name, description, "Minutes:" and minute on lines of their own, blank lines between. Other
    papers are returned as they are."""
    if not any(_FLAT_TABLE_HEAD.match(x) for x in lines[:60]):
        return lines
    out: list[str] = []
    for x in lines:
        if _FLAT_TABLE_HEAD.match(x) or _FLAT_TABLE_RULE.match(x) or _LONE_PIPE.match(x):
            out.append("")
            continue
        m = _RUN_IN_MINUTES.match(x) if len(x) < 2000 else None
        row = x.rstrip().removesuffix("|").rstrip()
        parts = _ITEM_DESCRIPTION.split(m.group("item") if m else row, maxsplit=1)
        if m is None and not (len(parts) == 2 and is_heading_text(parts[0].strip())):
            out.append(row)  # (an item with no description: its name, or text as it stands)
            continue
        minute = m.group("minute").rstrip().removesuffix("|").rstrip() if m else ""
        for part in [*parts, *(("Minutes:", minute) if m else ())]:
            out += [part.strip(), ""]
    return out


# A bare whole number set apart from its text by a run of spaces ("1   The Panel considered …"): a
# paragraph label in a hanging-indent layout, where "1." would be ambiguous with a year or a figure
# otherwise.
# (An agenda sets its items' titles in capitals too: "1   APPEALS AGAINST REFUSAL OF INSPECTION …".)
# A page kept as one long line (a records viewer's text layer): its page marks ("Page | 2") with the
# running header after each, and its numbered points ("1. Open time for …", "2. Approval of …") and
# lettered ones ("a. …", "b. …") run together. The line is broken where the page and the points
# start: each page mark a page's edge, the header after it on a line of its own; each point in the
# run's sequence (1, 2, 3 …; a, b, c …) a line of its own.
_FLAT_LINE = 1000
_FLAT_PAGE_MARK = re.compile(r"(?<!\S)Page\s*\|?\s*(?P<n>[0-9]{1,3})(?:\s+of\s+[0-9]{1,3})?(?=\s)", re.I)
_FLAT_ROLL = re.compile(r"(?<=\s)(?:Present|In\s+attendance|Members\s+present|Attendees)\s*:", re.I)
_FLAT_POINT = re.compile(r"(?<=[^\s(])\s+(?P<n>[0-9]{1,2}|[a-z])\.\s+(?=[A-Z])")


def _point_run(line: str, first: str) -> list[int]:
    """Where the points of one numbering start in `line` (1, 2, 3 … or a, b, c …), in order."""
    at: list[int] = []
    want = first
    for m in _FLAT_POINT.finditer(line):
        if m.group("n") == want:
            at.append(m.start("n"))
            want = str(int(want) + 1) if want.isdigit() else chr(ord(want) + 1)
    return at if len(at) >= 2 else []


def _unflatten_text_layer(lines: list[str]) -> list[str]:
    if not any(len(x) > _FLAT_LINE for x in lines):
        return lines
    out: list[str] = []
    for line in lines:
        if len(line) <= _FLAT_LINE:
            out.append(line)
            continue
        cuts: set[int] = set(_point_run(line, "1")) | set(_point_run(line, "a"))
        marks = list(_FLAT_PAGE_MARK.finditer(line))
        if len(marks) >= 2 and [int(m.group("n")) for m in marks] == list(
            range(int(marks[0].group("n")), int(marks[0].group("n")) + len(marks))
        ):
            # (The running header is the words every page mark has after it, three or more.)
            tails = [line[m.end() :].split()[:20] for m in marks]
            same = 0
            while all(len(t) > same for t in tails) and len({t[same] for t in tails}) == 1:
                same += 1
            for m in marks:
                cuts.add(m.start())
                cuts.add(m.end())
                if same >= 3:
                    rest = line[m.end() :]
                    end = m.end() + len(rest) - len(rest.lstrip())
                    for w in rest.split()[:same]:
                        end = line.index(w, end) + len(w)
                    cuts.add(end)
        if not cuts:
            out.append(line)  # (a long paragraph, not a page's text layer)
            continue
        # (The cover before the points: the meeting's date and the roll's first label each open a
        # line, "… Minutes of the Regular Meeting" / "December 14, 2022 …" / "Present: …".)
        found = find_date(line[:300])
        if found is not None and found[1][0] > 0:
            cuts |= {found[1][0], found[1][1]}
        if roll := _FLAT_ROLL.search(line, 0, 600):
            cuts.add(roll.start())
        edges = {m.start() for m in marks} if len(marks) >= 2 else set()
        starts = sorted({0} | cuts)
        for a, b in pairwise([*starts, len(line)]):
            part = line[a:b].strip()
            if part:
                # (A page mark starts a page: a form feed before it, as a text with its pages kept.)
                out.extend(("\f" + part if a in edges else part, ""))
    return out


_HANGING_NUMBER = re.compile(r"^\s{0,8}(?P<n>[0-9]{1,3})\s{2,}(?P<t>(?:[A-Z][a-z]+|[A-Z]{2,}\b)(?:\s\S.*)?)$")


# A minute's number and title ("10/22  Emergency Cover Review", "39/20 MINUTES OF THE PREVIOUS
# MEETING"): minutes number their items by year; the title heads what follows.
_MINUTE = re.compile(
    r"^\s{0,8}(?:[0-9]{1,3}/[0-9]{2,4}|[A-Z]{1,4}/[0-9]{1,3}/[0-9]{2,4})\.?\s+(?P<t>[A-Z].{2,119})$"
)


# A note closing a title: an agenda item's pages in the pack ("(pp 1- 3)", "(pp9 - 10)", "(page
# 4)") or the reference of its papers ("(Folio ref. 2017/091-096)", "(Minute 84)", "(Appendix A)").
_CLOSING_NOTE = re.compile(
    r"\s*\((?:(?:pp?|pages?)\.?\s*[0-9]{1,4}(?:\s*[-–]\s*[0-9]{1,4})?"
    r"|(?:folio\s+)?(?:ref(?:erence)?|folio|minute|item|appendix|annex)\.?\s*(?:no\.?\s*)?"
    r"[A-Z0-9][\w/.-]{0,20}(?:\s*[-–]\s*[\w/.-]{1,20})?)\)\s*$",
    re.I,
)


def _minute_heading(line: str) -> Marker | None:
    m = _MINUTE.match(line.rstrip())
    # (A note closing the title, "(Folio ref. 2017/091-096)", is not part of its length.)
    if (
        not m
        or re.search(r"\S\s{2,}\S", m.group("t"))
        or not is_heading_text(_CLOSING_NOTE.sub("", m.group("t")))
    ):
        return None
    return Marker("minute", None, None, re.sub(r"\s+", " ", m.group("t")).strip())


# Minutes that name each item after its number and the word ("Item 1:Apologies for Absence.",
# "Item 4 - Police Matters", "Agenda Item 6: Community Safety Update"), two items at least: the
# item's name is the minute's heading, without its number or the full stop closing it. (Or after
# the word "Minute", perhaps with the year's number, and no mark between: "Minute 12 Apologies",
# "Minute 14/24 Police Report".)
_ITEM_LABEL = re.compile(
    r"^\s*(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<n>[0-9]{1,3}[a-z]?)\s*[:.–-]"
    r"|minute\s+(?:no\.?\s*)?(?P<m>[0-9]{1,3}(?:/[0-9]{2,4})?[a-z]?)\s*(?:[:.–-]|(?=\s(?-i:[A-Z]))))"
    r"\s*(?P<t>[A-Z].{2,160}?)\.?\s*$",
    re.I,
)


def _item_label(line: str) -> Marker | None:
    m = _ITEM_LABEL.match(line)
    if not m or len(m.group("t").split()) > 20 or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", m.group("t")):
        return None  # (a sentence after it, or two: minutes' text, not an item's name)
    return Marker("item", m.group("n") or m.group("m"), None, re.sub(r"\s+", " ", m.group("t")).strip())


# An agenda's item number and title set with one space ("01 Apologies for Absence", "6 Chairman's
# Announcements"): web pages of agendas and minutes print the item's number before its title.
_ITEM_TITLE = re.compile(r"^\s{0,3}(?P<n>[0-9]{1,3}[a-z]?) (?P<t>[A-Z][A-Za-z'’(].*)$")
# A count of those at the meeting in the minutes' own words ("10 Members present, 1 Member not
# present at the start of the meeting", "12 Councillors were in attendance"): a line of the minutes,
# not an item's number and title; its verb in lower case ("3 Members Present" is an item's title).
_COUNT_LINE = re.compile(
    r"^[A-Z][a-z]+(?:\s+of\s+the\s+[a-z]+)?\s+(?:(?:were|was)\s+)?(?:not\s+)?(?:present|absent|in\s+attendance)\b"
    r"(?:\s*$|\s*[,;(]|\s+(?:and|at|for|from|with|in)\b)"
)
_STARTS_WITH_MONTH = re.compile(rf"^(?:{MONTH_PATTERN})\b", re.I)


def _item_title(line: str, prev_line: str, gap: int, units: list[Unit]) -> Marker | None:
    """An item's number and title on one line, where a new unit starts anyway: after a blank line,
    a finished sentence or another item's title (never inside a wrapped sentence, where "12 Members
    attended" would be the sentence's own words)."""
    m = _ITEM_TITLE.match(line.rstrip())
    if not m or "  " in m.group("t") or _STARTS_WITH_MONTH.match(m.group("t")):
        return None  # "8 December 2021 …" is a date
    t = m.group("t").strip()
    if not is_heading_text(t) or len(t.split()) > 12:
        return None
    if _COUNT_LINE.match(t) and (m.group("n") != "1" or not t.split()[0].endswith("s")):
        return None  # "10 Members present, …" counts them ("1 Members present" is the first item)
    prev = prev_line.strip()
    starts = (
        gap > 0
        or not prev
        or not units
        or bool(_END_SENTENCE.search(prev))
        or (units[-1].kind == "item" and len(units[-1].lines) == 1)
        # (Or after the attendance's rows, "In attendance: Jo Brandt (Democracy Advisor)", which
        # close without a stop on a page with no blank lines.)
        or _ATTENDANCE.match(prev) is not None
        # An item's status closing the one before ("For decision"): short, and no sentence.
        or (
            len(prev) <= 40 and is_heading_text(prev) and units[-1].kind is None and len(units[-1].lines) == 1
        )
        # The first item straight under the paper's title or another line of heading shape, on a
        # page copied with no blank lines ("Community Safety Partnership Annual Report" / "1 PURPOSE
        # OF REPORT"): the numbering's first number, whatever the length of the line above.
        or (
            m.group("n").lstrip("0") == "1"
            and is_heading_text(prev)
            and not _CONNECTOR_END.search(prev)
            and units[-1].kind is None
            and len(units[-1].lines) == 1
            and not any(u.kind == "item" for u in units)
        )
    )
    return Marker("item", m.group("n"), None, t) if starts else None


# A paragraph's number padded with a zero and set with one space ("01 Funding Streams – the Clerk
# confirmed …", "02 …"): minutes number the points under an item so; no sentence opens with "01".
# (A short title so numbered is an agenda's item, _item_title.)
_PADDED_NUMBER = re.compile(r"^\s{0,3}(?P<n>0[1-9]) (?P<t>[A-Z].*)$")


def _padded_number(line: str) -> Marker | None:
    m = _PADDED_NUMBER.match(line.rstrip())
    if not m or is_heading_text(m.group("t")):
        return None
    return Marker("num", m.group("n"), None, m.group("t").strip())


# A heading's number in a form of the council's own, before a short title on a line of its own:
# the committee's letters and a number in any case ("PU1 Purpose of the Report", "A1.2 Background",
# "R/3 Next steps"), "Item 2" with no stop after it, "No 1." or "Para 2", a number closed by a dash, colon or slash ("1 - Purpose",
# "2: Background", "3/ …"), in brackets ("[1]") or after "§". The number is the section's, not part of
# its title, where the paper numbers two headings at least so, in order, and the form could not
# open a sentence of the body ("12 - 15 year olds …" goes on in lower case; a long line or one
# closed by a stop is prose).
_CODED_NUMBER = re.compile(
    r"^\s{0,3}(?P<code>(?P<letters>[A-Z]{1,3})(?:[0-9]{1,2}(?:\.[0-9]{1,2})?|/[0-9]{1,3})"
    r"|(?:Agenda\s|AGENDA\s)?(?:Item|ITEM)\s(?:No\.?\s?)?[0-9]{1,3}[a-z]?"
    r"|No\.?\s?[0-9]{1,3}\.?|Para(?:graph)?\.?\s[0-9]{1,3}\.?"
    r"|[0-9]{1,3}(?:\s?[-–:/]|\.-)|\[[0-9]{1,3}\]|§\s?[0-9]{1,3})\s+(?P<t>[A-Z].*)$"
)
_LETTERED_NUMBER = re.compile(r"^\s{0,3}(?P<code>[A-Z]|[IVX]{2,5})\.\s+(?P<t>[A-Z].*)$")
_ROMAN_VALUES = {
    r: k
    for k, r in enumerate(
        "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(), start=1
    )
}
# (Quarters, halves, periods and key stages count in the same shape: "Q1 April to June", "KS2".)
_NOT_CODES = {"Q", "H", "P", "T", "KS", "FY", "M"}


def _coded_heading_lines(lines: list[str], drop: set[int]) -> dict[int, Marker]:
    """The lines that open with a heading's number in a form of the paper's own (`_CODED_NUMBER`),
    each scheme used twice at least with its numbers in order, as items without their numbers."""
    by_scheme: dict[str, list[tuple[int, tuple[int, ...], str, str]]] = {}
    for i, x in enumerate(lines):
        if i in drop or not x.strip() or x.startswith("\t"):
            continue
        flat = re.sub(r"[ \t]+", " ", x).rstrip()
        m = _CODED_NUMBER.match(flat)
        if not m or _item_scheme(flat.strip()) is not None or parse_marker(flat.strip()).kind is not None:
            continue
        code, t = m.group("code"), m.group("t").strip()
        if m.group("letters") in _NOT_CODES or "  " in t or not is_heading_text(t) or len(t.split()) > 12:
            continue
        if _STARTS_WITH_MONTH.match(t):
            continue
        scheme = re.sub(r"[0-9]+", "#", re.sub(r"\s+", "", code))
        nums = tuple(int(n) for n in re.findall(r"[0-9]+", code))
        by_scheme.setdefault(scheme, []).append(
            (i, nums, re.sub(r"\.$", "", re.sub(r"[^0-9A-Za-z./]", "", code)), t)
        )
    # Sections lettered or numbered in capital roman with a stop ("I. PURPOSE", "II. BACKGROUND";
    # "A. Purpose of the Report", "B. …"): the first may read as a list's letter, so all are
    # gathered here, a sequence of letters or of roman numerals.
    lettered = [
        (i, m.group("code"), m.group("t").strip())
        for i, x in enumerate(lines)
        if i not in drop
        and not x.startswith("\t")
        and (m := _LETTERED_NUMBER.match(re.sub(r"[ \t]+", " ", x).rstrip()))
        and "  " not in m.group("t")
        and is_heading_text(m.group("t"))
        and len(m.group("t").split()) <= 12
    ]
    if lettered and all(c in _ROMAN_VALUES for _, c, _ in lettered):
        by_scheme["roman."] = [(i, (_ROMAN_VALUES[c],), c, t) for i, c, t in lettered]
    elif lettered and all(len(c) == 1 for _, c, _ in lettered):
        by_scheme["letter."] = [(i, (ord(c),), c, t) for i, c, t in lettered]
    out: dict[int, Marker] = {}
    for scheme, found in by_scheme.items():
        if len(found) < 2 or any(b[1] <= a[1] for a, b in pairwise(found)):
            continue
        # (A list numbered so runs line after line; a paper's sections have their text between them,
        # save the committee's items of an agenda, which may have none.)
        if not re.match(r"^(?:[A-Z]{1,3}/?#|(?:Agenda|AGENDA)?(?:Item|ITEM)#)", scheme):
            between = [
                any(lines[j].strip() and j not in drop for j in range(a[0] + 1, b[0]))
                for a, b in pairwise(found)
            ]
            if not all(between):
                continue
        for i, _, number, t in found:
            out[i] = Marker("item", number, None, t)
    return out


def _hanging_number(line: str) -> Marker | None:
    m = _HANGING_NUMBER.match(line)
    if not m or re.search(r"\S\s{2,}\S", m.group("t")):
        return None  # further runs of spaces: columns of a table
    return Marker("num", m.group("n"), None, re.sub(r"\s+", " ", m.group("t")).strip())


# A label standing alone on its line ("RECOMMENDATIONS:", "Resolved:"): a heading over what follows.
_LABEL_LINE = re.compile(r"^(?:[A-Z][A-Za-z'()/&-]*\s?){1,4}:$")


# Or in sentence case, a noun phrase: "Reasons for the decision:", "Alternative options considered:"
# (a lead-in clause, "Members made the following comments:", is a paragraph).
# (Its first word may join a capital with a hyphen: "Non-Members also present:".)
_SENTENCE_LABEL = re.compile(r"^[A-Z][a-z'()/&-]*(?:-[A-Z][a-z]+)?(?:\s[a-z][a-z'()/&-]*){1,3}:$")
_LEAD_IN_WORDS = set(
    "following made raised said include includes including were was are is has have had be as we they he"
    " she it this these".split()
)


# A lead-in clause with its subject before its verb ("The afternoon sessions featured:", "Our officers
# attended:"): a determiner opens it and a verb in the past closes it. A label without the determiner
# names a list ("Alternative options considered:"); with it, the line tells of what follows.
_SUBJECT_THEN_VERB = re.compile(r"^(?:The|This|These|Those|Our|Their|Its|Each|Every|All)\s.*\s[a-z]{2,}ed$")


# A decision record's own labels, each over its part of the record ("The subject of the decision:",
# "The reason for the decision:", "Details of the decision:", "Background to the decision:"): what
# the decision was about, why, and what it was, however many small words the house puts before it.
# (A row's date, "Date of decision:", is a cover row; a clause, "Members commented on the decision:",
# names no part of the record.)
_DECISION_LABEL = re.compile(
    r"^(?:The\s+)?(?i:subject|reasons?|details|summary|background|basis|grounds|purpose|nature|scope)"
    r"\s+(?:of|for|to|behind)\s+(?:the|this)\s+(?i:decisions?)\s*:$"
)


def is_label_heading(text: str) -> bool:
    s = text.strip()
    if len(s) > 40:
        return False
    if _LABEL_LINE.match(s) or _DECISION_LABEL.match(s):
        return True
    if not _SENTENCE_LABEL.match(s):
        return False
    return not _lead_in_clause(s.rstrip(":"))


def _lead_in_clause(body: str) -> bool:
    """Is a line closing with a colon (`body`, the colon taken off) a clause leading into what follows
    rather than a label naming it: a lead-in word ("Members made the following comments:", "We
    found:"), a clause that breaks off at its colon ("The partnership aims to:"), or a subject and its
    verb in the past ("The afternoon sessions featured:")?"""
    return bool(
        _LEAD_IN_WORDS & set(body.lower().split()) or breaks_off(body) or _SUBJECT_THEN_VERB.match(body)
    )


def _tab_table(groups: list[list[str]]) -> Table | None:
    """A table flattened into tab-indented lines: each group of lines (between blank lines) is a row,
    each line starting with a tab starts a cell, other lines continue the cell above."""
    rows: list[list[list[str]]] = []
    for g in groups:
        cells: list[list[str]] = []
        for line in g:
            if line.startswith("\t") or not cells:
                cells.append([line.strip()])
            else:
                cells[-1].append(line.strip())
        rows.append(cells)
    widths = Counter(len(r) for r in rows)
    width = widths.most_common(1)[0][0]
    if width < 2 or widths[width] < max(2, len(rows) // 2):
        return None
    header = None
    first = rows[0]
    if (
        len(first) == width
        and all(len(c) == 1 and not _BULLET.match(c[0]) for c in first)
        and all(len(c[0].split()) <= 8 for c in first)
    ):
        header = [cell_text(c[0]) for c in first]
        rows = rows[1:]
    out: list[list[str]] = []
    for r in rows:
        texts = [cell_text("\n".join(c)) for c in r]
        if header and [_norm(c) for c in texts] == [_norm(h) for h in header]:
            continue  # the header repeated at the top of a new page
        if len(texts) > width:
            # Extra texts (a cell whose continuation line kept its tab) belong to the last column.
            texts = texts[: width - 1] + ["\n".join(texts[width - 1 :])]
        texts += [""] * (width - len(texts))
        out.append(texts)
    if not out:
        return None
    return Table(header=header, rows=out)


def _inline_tab_rows(lines: list[str]) -> Table | None:
    """Consecutive lines with tab-separated cells ("Name\tRole\tPhone")."""
    rows = [[c for c in re.split(r"\t+", x.strip())] for x in lines]
    widths = Counter(len(r) for r in rows)
    width = widths.most_common(1)[0][0]
    if width < 2 or len(rows) < 2:
        return None
    header = None
    if all(len(c.split()) <= 6 and not _BULLET.match(c) for c in rows[0]) and len(rows[0]) == width:
        header = [cell_text(c) for c in rows[0]]
        rows = rows[1:]
    body = []
    for r in rows:
        cells = [cell_text(c) for c in r][:width]
        body.append(cells + [""] * (width - len(cells)))
    return Table(header=header, rows=body)


# A second opinion on the headings: given the units the emitter read and the blocks it made of them
# (one a table or a unit with text, in order), the blocks to keep (`heading_model.HeadingModel.revise`).
ReviseHeadings = Callable[[list["Unit"], list[Block]], list[Block]]


def layout(
    text: str, limits: Limits, *, title: str | None = None, revise_headings: ReviseHeadings | None = None
) -> tuple[Meta, list[Block]]:
    """Plain text → (Meta, blocks). See the module docstring for what is recognised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = _unflatten_text_layer(_unflatten_item_rows(text.split("\n")))
    # Form feeds mark page breaks: a page break is a gap, and the lines either side are where page
    # headers and footers sit.
    lines: list[str] = []
    page_edge: set[int] = set()
    for k, raw in enumerate(raw_lines):
        if k % 2000 == 0:
            limits.check_time(f"line {k + 1}")
        if "\f" in raw:
            parts = raw.split("\f")
            for j, p in enumerate(parts):
                if j:
                    page_edge.add(len(lines))
                    lines.append("")
                lines.append(p)
        else:
            lines.append(raw)
    lines = [unletterspace(strip_inline_markup(x).replace("\u00a0", " ")) for x in lines]
    _lone_bullets_and_dashed_labels(lines)
    _run_in_numbers(lines)
    named_minutes = _minute_numbers_before_capitals(lines)

    drop: set[int] = {i for i, x in enumerate(lines) if is_page_furniture(x)}
    drop |= _continued_headers(lines)
    drop |= _draft_stamps(lines)
    # A web page's first line naming the kinds of document it holds ("Agenda and minutes",
    # "Agendas, reports and minutes"): the site's label of the meeting's page, not the paper's
    # title (one kind alone, "Minutes", is the title: the paper is that document).
    first = next((i for i, x in enumerate(lines) if x.strip() and i not in drop), None)
    if first is not None and _PAGE_KINDS_LABEL.match(lines[first]):
        drop.add(first)
    _join_cover_values(lines, drop)

    running = _running_headers(lines, drop, page_edge)

    # find_meta reads the first copy of each running header too: "Fire Authority – 21 June 2023"
    # names the body and the meeting date even though it is not body text.
    first_running: dict[str, int] = {}
    for i in sorted(running):
        first_running.setdefault(_norm(lines[i]), i)
    shown = set(first_running.values())
    # A web page of minutes prints a bare "Agenda item" (or "Issue - meetings", "Decision details")
    # over the item's title: a label of the page, neither the title nor a heading (with its number
    # on the next line it is the item, read below).
    item_title: int | None = None  # the line the bare label stands over: the item's title
    item_number: str | None = None
    # (One "Agenda item 7: …" line is an item's page and its title; two or more are the items of
    # minutes or an agenda, each the heading of its own, "Agenda Item 1: Apologies for absence".)
    one_item = sum(1 for x in lines if _ITEM_AND_TITLE.match(x)) == 1
    for i, x in enumerate(lines):
        if _BARE_ITEM_LABEL.match(x):
            # (Past a second label: a page's title "… - Agenda item" over its own "Agenda item".)
            at = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if lines[j].strip() and not _BARE_ITEM_LABEL.match(lines[j])
                ),
                None,
            )
            nxt = lines[at] if at is not None else ""
            if not re.match(r"^\s*(?:no\.?\s*)?\d{1,3}(?:\.\d{1,2})?[a-z]?\s*$", nxt, re.I):
                drop.add(i)
                # Over a meeting's page, the label stands over the meeting's name and date, which
                # the cover rules read; over an item's page, over the item's title.
                meeting_page = _MEETING_PAGE_LABEL.match(x) is not None
                # (The item's title may close with a full stop: "… Annual Report 2018/19.")
                titled = nxt.rstrip().endswith(".") and not nxt.rstrip().endswith("..")
                if (
                    item_title is None
                    and at is not None
                    and is_heading_text(nxt.rstrip().rstrip(".") if titled else nxt)
                    and not meeting_page
                    and not is_cover_label(nxt)  # "Decision Maker: Executive": a row, not a title
                    and not (titled and at + 1 < len(lines) and lines[at + 1].strip())
                ):
                    item_title = at
                    if titled:
                        lines[at] = lines[at].rstrip().rstrip(".")
        elif item_title is None and i < 40 and one_item and (m := _ITEM_AND_TITLE.match(x)):
            # "Agenda item 7: Annual Report on …": the item's number and its title on one line.
            item_number, lines[i] = m.group("n"), m.group("t")
            item_title = i
            # A title that wrapped goes on, with no blank line, on the next line.
            j = i + 1
            while (
                j < min(len(lines), i + 3)
                and lines[j].strip()
                and parse_marker(lines[j].strip()).kind is None
            ):
                lines[i], lines[j] = lines[i].rstrip() + " " + lines[j].strip(), ""
                j += 1
    trail_title = _drop_site_furniture(lines, drop)
    notice_values = _notice_label_columns(lines, drop)
    # A cover's period ("April 2005 to March 2008") right under its title lines: what the paper
    # covers, neither a heading nor body text.
    for i in range(1, min(len(lines), 12)):
        if _COVER_PERIOD.match(lines[i]) and lines[i - 1].strip() and i - 1 not in drop:
            drop.add(i)
    corner_item = _corner_item(lines, drop)
    meta_lines = [("" if i in drop and i not in shown else x) for i, x in enumerate(lines)]
    _blank_attachment_label(meta_lines)
    _notice_date_row(lines, meta_lines, notice_values)
    meta_lines = _cover_lines(meta_lines)
    meta, meta_idx = find_meta(meta_lines, title=title)
    meta.item = meta.item or corner_item
    _cover_byline(meta_lines, meta, meta_idx)
    _letter_signature(meta_lines, meta, meta_idx)
    _letter_meeting_date(meta_lines, meta)
    for x in meta_lines[:40]:
        # "Meeting: 12/12/2022 - Scrutiny Committee (Item 54)": the item, not part of the body's name.
        if m := _ITEM_IN_BRACKETS.search(x):
            meta.item = meta.item or m.group("n")
            if meta.body and (b := _ITEM_IN_BRACKETS.search(meta.body)):
                meta.body = meta.body[: b.start()].rstrip() or None
            break
    _second_language_letterhead(lines, meta, meta_idx)
    if title is None and item_title is not None:
        # The item's title is the paper's, even when it names a body ("Police and Crime Panel",
        # which the cover's rules would take for the board's name).
        meta_idx.discard(item_title)
        meta.title = clean(lines[item_title])
        meta.item = meta.item or item_number
    if title is None:
        _title_under_trail(lines, trail_title, item_title, drop, meta, meta_idx)
        _minute_reference_off_title(lines, meta)
        _meeting_line_title(lines, drop, meta, meta_idx)
        _council_meeting_title(lines, drop, meta, meta_idx)
        _addressee_over_title(lines, drop, meta, meta_idx)
        _letter_subject(lines, drop, meta, meta_idx)
    _title_past_stamps(title, meta, meta_lines)
    if title is None and meta.title and _norm(meta.title) in first_running:
        # A running header or footer is not the title unless the body repeats it (see _blocks): the
        # title is the first title-like line past the running ones, if the cover has one.
        meta.title = _title_past_running(meta_lines, running, meta)
    for i in sorted(meta_idx):
        # A line the next goes on from in lower case, no blank line between ("Council" / "was
        # reminded of …" in a page saved with its own line breaks), opens a sentence: it is text,
        # not a cover's line.
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (
            i > 0
            and i not in running
            and len(lines[i].split()) <= 3
            and nxt[:1].islower()
            and not _END_SENTENCE.search(lines[i].rstrip())
        ):
            meta_idx.discard(i)
            if meta.body and _norm(meta.body) == _norm(lines[i]):
                meta.body = None
    _news_date_lines(lines, meta_idx)
    _publication_dates(lines, meta, meta_idx)
    meta.body = named_in_full(lines, meta.body)
    _item_report_lines(lines, meta_idx)
    drop |= meta_idx

    units = _units(lines, drop, limits, page_edge, title=meta.title, named_minutes=named_minutes)
    units = _headings_inside_paragraphs(units)
    units = _settle_items(units, meta)
    if meta.title:
        # The item's title repeated with its number over the text ("54 BCP Community Safety
        # Partnership Annual Report"): the title again, its number the item's.
        for u in units[:12]:
            m = _NUMBER_AND_TEXT.match(u.text) if u.kind is None and u.table is None else None
            if m and _norm(m.group("t")) == _norm(meta.title):
                u.text, u.repeat = m.group("t"), True
                meta.item = meta.item or m.group("n")
    _items_named_by_meeting_lines(lines, units)
    if title is None:
        _minutes_title(units, meta)
    blocks = _blocks(
        units, meta, title, limits, revise_headings, item_page=title is None and item_title is not None
    )
    return meta, blocks


# A draft's or version's stamp and its date ("Draft One – 16 April 2020", "Version 2.1, March 2021",
# "DRAFT v3 - 5 May 2022"): the document's state, set on its cover and in its page headers.
_DRAFT_STAMP = re.compile(
    r"^(?:(?:draft|version|revision)\b\.?\s*(?:v?[0-9]+(?:\.[0-9]+)*[a-z]?|one|two|three|four|five|six|[ivx]{1,4})?"
    r"|v[0-9]+(?:\.[0-9]+)*)"
    r"\s*(?:\(?(?:final|draft|revised|amended|for\s+consultation)\)?)?\s*[-–—:,|]?\s*(?P<d>\S.*)$",
    re.I,
)
# A page header closing with the stamp after the page's number ("Annual Report 2019-2020    2    Draft
# One – 16 April 2020"): cells set apart by wide gaps.
_PAGE_NUMBER_CELL = re.compile(r"^(?:page\s+)?[0-9]{1,3}(?:\s+of\s+[0-9]{1,3})?$", re.I)


def _draft_stamp(s: str) -> bool:
    """A line that is a draft's or version's stamp with its date, nothing else."""
    m = _DRAFT_STAMP.match(s.strip())
    d = m.group("d").strip() if m else ""
    return bool(m and (_lone_date(d) or _MONTH_YEAR.fullmatch(d)))


def _title_past_stamps(title: str | None, meta: Meta, meta_lines: list[str]) -> None:
    """A draft's or version's stamp ("Draft 2 – 16 April 2020") opening a cover is no title: the
    paper's title is the first title-like line past it (where no reader gave the title)."""
    if title is None and meta.title and _draft_stamp(meta.title):
        meta.title = find_meta([("" if _draft_stamp(x) else x) for x in meta_lines])[0].title


def _draft_stamps(lines: list[str]) -> set[int]:
    """The lines that carry a draft's stamp where the paper repeats it (page furniture, which the
    reader drops): the stamp alone, or closing a page header after the page's number. A stamp met
    once is left as text (under the title it is a line of the cover)."""
    found: dict[int, str] = {}
    for i, x in enumerate(lines):
        cells = re.split(r"\s{3,}", x.strip())
        if _draft_stamp(cells[-1]) and (len(cells) == 1 or _PAGE_NUMBER_CELL.match(cells[-2])):
            found[i] = _norm(cells[-1])
    counts = Counter(found.values())
    return {i for i, k in found.items() if counts[k] >= 2}


def _continued_headers(lines: list[str]) -> set[int]:
    """A line printed at the head of a page again with a mark that it goes on ("OVERVIEW PANEL -
    Continued", "Minutes (cont'd)"), its text a line met earlier in the paper: the page's running
    header, furniture as a page number is, not text."""
    seen: set[str] = set()
    out: set[int] = set()
    for i, x in enumerate(lines):
        m = _CONTINUED.search(x)
        if m is not None and len(x.split()) <= 14 and _norm(x[: m.start() + 1]) in seen:
            out.add(i)
        seen.add(_norm(x))
    return out


# A section's or paragraph's number run into its first word by the export ("1.0Relevant Background
# Information", "1.1Members will be aware …"), perhaps after the opening quotation mark of a report
# quoted in a minute ("“1.0Relevant …").
_RUN_IN_NUMBER = re.compile(r"^(?P<i>\s*)[\"“‘]?(?P<n>[0-9]{1,2}\.[0-9]{1,2})(?=[A-Z][a-z])")


def _run_in_numbers(lines: list[str]) -> None:
    """Set apart, in place, the numbers a paper runs into its lines' first words: the paper's
    numbering, where two lines at least are so set (one alone may be a figure), the opening
    quotation mark before the first taken off with it."""
    hits = [i for i, x in enumerate(lines) if _RUN_IN_NUMBER.match(x)]
    if len(hits) < 2:
        return
    for i in hits:
        m = _RUN_IN_NUMBER.match(lines[i])
        assert m is not None
        lines[i] = f"{m.group('i')}{m.group('n')} {lines[i][m.end() :]}"


# A minute's number before its name in capitals run into the minute's text on the same line ("38.
# APOLOGIES Apologies for absence were received …", "1. APOLOGIES FOR ABSENCE. Cllrs …", "40.TO
# RECEIVE DECLARATION OF INTEREST Councillor …"): the name is a label, the line a paragraph, and the
# number the minute's, not the paragraph's (NOTES 33, 238, 253). The text after the name opens with
# a word in the text's own case ("Apologies", "The", "Cllrs"), or the name closes with a stop or a
# colon; one word alone is a name only if four letters long at least and closed or followed so ("CCN
# gave evidence …", "NOTED the report …", "NHS England has …" are a paragraph's own words).
_CAPS_WORD = r"(?:[A-Z][A-Z'’&/-]*|&)"
_NUMBER_BEFORE_CAPS_NAME = re.compile(
    r"^(?P<i>\s*)(?P<n>[0-9]{1,3})[.)]\s*"
    rf"(?P<name>{_CAPS_WORD}(?:\s+{_CAPS_WORD})*?)"
    r"(?P<close>[.:]?)\s+(?P<text>[A-Z][a-z]+\b.*[a-z].*)$"
)


def _minute_numbers_before_capitals(lines: list[str]) -> frozenset[int]:
    """Take off, in place, the minute's number before a name in capitals run into its text, where
    the paper sets two minutes at least so, their numbers counting up (one alone may be a
    paragraph's own number before an acronym); the lines so read."""
    hits: list[tuple[int, re.Match[str]]] = []
    for i, x in enumerate(lines):
        m = _NUMBER_BEFORE_CAPS_NAME.match(x)
        if m is None:
            continue
        name = m.group("name")
        words = re.findall(r"[A-Z]{2,}", name)
        if len(words) >= 2 or (words and len(words[0]) >= 4 and name == words[0]):
            hits.append((i, m))
    numbers = [int(m.group("n")) for _, m in hits]
    if len(hits) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return frozenset()
    for i, m in hits:
        lines[i] = f"{m.group('i')}{m.group('name')}{m.group('close')} {m.group('text')}"
    return frozenset(i for i, _ in hits)


# A contents list's entry: the section's number ("1.", "2A:"), its name, and its page number set
# apart at the line's end ("1. Executive Summary                 1").
_CONTENTS_ROW = re.compile(r"^\s*[0-9]{1,2}[A-Z]?[.:]?\s+[A-Z](?:\S| (?=\S))*\s{3,}(?P<page>[0-9]{1,3})\s*$")
# Its column head or title over the list ("Page", "Contents", "Item  Subject  Page").
_CONTENTS_HEAD = re.compile(r"^\s*(?:(?:table\s+of\s+)?contents|.*\bpages?(?:\s+no\.?)?)\s*$", re.I)


def _contents_rows(lines: list[str]) -> set[int]:
    """The lines of a contents list: three entries at least, their page numbers counting up, under
    the list's column head or title (the line above the first entry, past blank lines). Its entries
    are paragraphs numbered by their section, each with its page number (NOTES 93, 400), not the
    rows of a table."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if not _CONTENTS_ROW.match(lines[i]):
            i += 1
            continue
        above = next((k for k in range(i - 1, max(-1, i - 5), -1) if lines[k].strip()), None)
        run, pages, j, last = [], [], i, i
        while j < n and j - last <= 4:
            m = _CONTENTS_ROW.match(lines[j])
            if m:
                run.append(j)
                pages.append(int(m.group("page")))
                last = j
            j += 1
        headed = above is not None and _CONTENTS_HEAD.match(lines[above]) is not None
        if headed and len(run) >= 3 and all(a < b for a, b in pairwise(pages)):
            out.update(run)
        i = last + 1
    return out


def _items_named_by_meeting_lines(lines: list[str], units: list[Unit]) -> None:
    """An issue page's meeting lines name each meeting's item ("Meeting: 21/07/2011 - Council (Item
    217)"): the line opening with that number under it ("217 Annual Review of the Community Safety
    Partnership Plan 2011 - 2012 (Policy Framework)") is the item's title, its number taken off,
    however long a title it is."""
    numbers = {m.group("n") for x in lines if (m := _ITEM_IN_BRACKETS.search(x))}
    if not numbers:
        return
    for u in units:
        m = (
            _NUMBER_AND_TEXT.match(u.text)
            if u.kind is None and u.table is None and len(u.lines) == 1
            else None
        )
        if (
            m
            and m.group("n") in numbers
            and len(m.group("t").split()) <= 25
            and not _END_SENTENCE.search(m.group("t").rstrip())
        ):
            u.kind, u.number, u.text = "item", m.group("n"), m.group("t")


# "MEETING OF POLICE AND CRIME PANEL", "Meeting of the Community Safety Partnership": the meeting's
# line, naming the body.
_MEETING_LINE = re.compile(r"^\s*(?i:meeting\s+of)\s+(?:(?i:the)\s+)?(?P<b>[A-Z].{2,80})$")
# A date at the line's start, perhaps after its weekday, and a place after it ("Thursday 25 October 2012
# East Herts District Council Wallfields,"): the meeting's dateline.
_WEEKDAY_ONLY = re.compile(r"^(?:[A-Z][a-z]+day,?)?$")
_PLACE = re.compile(r"^[\s,]*(?:[A-Z][\w'’&.-]*,?(?:\s+|$)){0,8}[,.]?\s*$")


def _meeting_line_title(lines: list[str], drop: set[int], meta: Meta, meta_idx: set[int]) -> None:
    """Minutes whose only title is the meeting's line ("MEETING OF POLICE AND CRIME PANEL" over its
    dateline, the members present straight after): that line is the title, and the body is what it
    names (NOTES 252). Over a report's own title it stays the meeting's line (NOTES 237)."""
    content = [i for i, x in enumerate(lines) if x.strip() and i not in drop][:3]
    if len(content) < 3:
        return
    a, b, c = content
    m = _MEETING_LINE.match(lines[a].strip())
    found = find_date(lines[b])
    if (
        m is None
        or a not in meta_idx
        or len(lines[a].split()) > 10
        or found is None
        or not _WEEKDAY_ONLY.match(lines[b][: found[1][0]].strip())
        or not _PLACE.match(lines[b][found[1][1] :])
        or not (_ROW_OPENS_LINE.match(lines[c].strip()) or _ATTENDANCE.match(lines[c]))
    ):
        return
    meta_idx.discard(a)
    meta_idx.add(b)
    meta.title = clean(lines[a])
    meta.meeting_date = meta.meeting_date or found[0]
    body = clean(m.group("b"))
    if _all_caps(body):
        words = body.title().split(" ")
        body = " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))
    if meta.body is None or _norm(meta.body).endswith(_norm(body)):
        meta.body = body


# The Welsh, Irish or Gaelic words for a council before its English name on one line ("Cyngor
# Cymuned Cefn Community Council", "Comhairle Contae … County Council").
_OTHER_LANGUAGE_COUNCIL = re.compile(
    r"^(?:cyngor\s+(?:cymuned|tref|dinas|sir|bwrdeistref\s+sirol)|comhairle\s+(?:contae|cathrach|baile))\s+"
    r"(?P<en>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,5}?\s+(?:Community|Town|City|County|Borough|County\s+Borough)\s+Council)$",
    re.I,
)


def _second_language_letterhead(lines: list[str], meta: Meta, meta_idx: set[int]) -> None:
    """A council's name in capitals over the paper, then the same name in the council's other
    language ("NORTHSHIRE COUNTY COUNCIL" / "COMHAIRLE CHONTAE …", "CYNGOR SIR …"): both are the
    letterhead, in no block. The second line names no body in English (a committee's name under
    the council's is the meeting's body, read by find_meta) and holds no figure."""
    if not meta.body:
        return
    if m := _OTHER_LANGUAGE_COUNCIL.match(meta.body):
        # Both names on one line ("CYNGOR CYMUNED CEFN COMMUNITY COUNCIL"): the body is the English.
        meta.body = m.group("en")
        return
    at = next((i for i in range(min(len(lines), 6)) if lines[i].strip()), None)
    if at is None or at not in meta_idx or _norm(lines[at]) != _norm(meta.body):
        return
    j = next((i for i in range(at + 1, min(len(lines), at + 4)) if lines[i].strip()), None)
    if j is None or j in meta_idx:
        return
    s = lines[j].strip()
    words = s.split()
    if (
        1 <= len(words) <= 6
        and _all_caps(s)
        and not re.search(r"[0-9]", s)
        and not any(w.strip(",.").capitalize() in BODY_WORDS for w in words)
        and ":" not in s
        and _norm(s) not in _DOCUMENT_TITLES
    ):
        # (Over the paper's own title; a capitals line over the text is the title itself.)
        k = next((i for i in range(j + 1, min(len(lines), j + 4)) if lines[i].strip()), None)
        nxt = lines[k].strip() if k is not None else ""
        if _MINUTES_OF.match(nxt) or is_heading_text(nxt):
            meta_idx.add(j)


# A body's name in capitals ("NORTHSHIRE POLICE AND CRIME PANEL", "SCRUTINY BOARD (SAFER AND STRONGER
# COMMUNITIES)", "WESTSHIRE FIRE AND RESCUE SERVICE"): a masthead.
_MASTHEAD = re.compile(
    rf"^(?=[^a-z]*$)[A-Z][A-Z'’&,. -]{{2,80}}\b(?:{'|'.join(w.upper() for w in BODY_WORDS)}|SERVICE|COMMISSIONER|COUNCILS)"
    r"(?:\s*\([A-Z'’&,. -]{2,60}\))?$"
)


def _running_headers(lines: list[str], drop: set[int], page_edge: set[int]) -> set[int]:
    """The lines that are running headers or footers (added to `drop` in place, and returned)."""
    # Running headers/footers: short lines that recur (three times, or at two page edges).
    counts: Counter[str] = Counter()
    for i, x in enumerate(lines):
        s = x.strip()
        if s and len(s) <= 120 and i not in drop and not x.startswith("\t"):
            counts[_norm(s)] += 1
    edge_lines = _edge_lines(lines, page_edge)
    running: set[int] = set()
    # A web page of a board's decisions sets the same section labels over each item ("What was
    # discussed" / "What we decided"), each copy after a blank line and directly over a longer line
    # of its text: headings repeated, not a page's running header (a page without page breaks has
    # none of those; a site's repeated furniture stands apart, not over prose).
    over_text: dict[str, list[bool]] = {}
    for i, x in enumerate(lines):
        s = x.strip()
        if s and i not in drop and counts[_norm(s)] >= 3:
            prev_blank = i == 0 or not lines[i - 1].strip()
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            over_text.setdefault(_norm(s), []).append(
                prev_blank and len(nxt) > 2 * len(s) and nxt[:1].isupper() and is_heading_text(s)
            )
    section_labels = {k for k, v in over_text.items() if all(v)}
    edge_counts = Counter(_norm(lines[i]) for i in edge_lines)
    # The masthead (the body's name in capitals among the paper's first lines) set again once
    # further down: the next page's header, not a heading.
    opening = [i for i, x in enumerate(lines) if x.strip() and i not in drop][:3]
    mastheads = {_norm(lines[i]) for i in opening if _MASTHEAD.match(lines[i].strip())}
    for i, x in enumerate(lines):
        s = x.strip()
        if not s or i in drop or x.startswith("\t"):
            continue
        key = _norm(s)
        # Only short lines: a repeated sentence or paragraph is body text, however often it recurs.
        short = 2 <= len(s.split()) <= 12 and not (s.endswith(".") and len(s.split()) > 6)
        # A note wholly in brackets recurs under an agenda's items ("(Report of the Director of
        # Resources enclosed)", "(Enclosed)"): the items' own lines, never a running header.
        short = short and not (s.startswith("(") and s.endswith(")"))
        if short and not page_edge and key in section_labels:
            short = False
        if (
            (counts[key] >= 3 and short and parse_marker(s).kind is None)
            or (edge_counts[key] >= 2 and i in edge_lines)
            or (counts[key] == 2 and short and _dated_header(s))
            or (counts[key] == 2 and key in mastheads and i > opening[-1])
        ):
            drop.add(i)
            running.add(i)

    # A short line set flush right past the page's middle ("APA Response – Executive Summary" at
    # column 50, ending near column 85): a PDF's running header kept in place by the text export,
    # not a heading. (A cover's centred lines start nearer the middle and stay.)
    for i, x in enumerate(lines):
        s = x.strip()
        if i >= 10 and i not in drop and _indent(x) >= 40 and len(x.rstrip()) >= 70 and len(s.split()) <= 8:
            if is_heading_text(s) and not re.search(r"\d\s*$", s):
                drop.add(i)
                running.add(i)
    return running


def _title_past_running(meta_lines: list[str], running: set[int], meta: Meta) -> str | None:
    """The title `find_meta` finds with the running header's lines left out, when it takes a dated
    running header's first copy for the title ("Eastby Borough Council - Cabinet - 14 March 2023"
    over "Domestic Abuse Strategy"); None otherwise, as before."""
    if not any(_dated_header(meta_lines[i]) for i in running if i < len(meta_lines)):
        return None
    again, _ = find_meta([("" if i in running else x) for i, x in enumerate(meta_lines)])
    return again.title if again.title and _norm(again.title) != _norm(meta.title or "") else None


def _dated_header(s: str) -> bool:
    """A line in parts set apart by dashes or bars, one of them the meeting's full date ("Eastby
    Borough Council - Cabinet - 14 March 2023"): a page's running header, met on two pages of a copy
    that lost its page breaks, as it is on three."""
    parts = re.split(r"\s+[-–—|]\s+", s.strip())
    return len(parts) >= 2 and any(find_date(p) and _lone_date(p) for p in parts)


# An item's number on a line of its own ("2.", and a sub-item's "4a" with or without its stop).
_BARE_ITEM_NUMBER = re.compile(r"^\s*[0-9]{1,3}(?:[a-z]\.?|\.)\s*$")
# An agenda item's label set in the top right corner of a report's first page ("6b", "Item 6b").
_CORNER_ITEM = re.compile(
    r"^\s{30,}(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<a>[0-9]{1,2}[a-z]?)|(?P<b>[0-9]{1,2}[a-z]))\s*$", re.I
)


def _cover_byline(lines: list[str], meta: Meta, meta_idx: set[int]) -> None:
    """A cover's byline among its first lines ("Neighbourhood Development Officer Pauline Dorey"):
    the paper's contact, not body text (its index added to `meta_idx`)."""
    if meta.contact is not None and (meta.contact.name or meta.contact.email):
        return
    seen = 0
    for i, x in enumerate(lines[:30]):
        if i in meta_idx and (found := _name_then_role_alone(lines, i)):
            # (A member's row the cover set apart as its furniture: "Councillor Ann Lee – Executive
            # Member for …" under a decision's heading is the paper's contact all the same.)
            meta.contact = meta.contact or Contact()
            meta.contact.name, meta.contact.role = found
            return
        if not x.strip() or i in meta_idx:
            continue
        seen += 1
        if seen > 6:
            return
        if _GROUP_ROW.match(x.strip()) or _ATTENDANCE.match(x):
            # Minutes listing who attended ("Elected Members: …", "Present: …"): a name and rank
            # after it ("Inspector Jo Bloggs") is one of them, not a byline.
            return
        if found := byline(x) or _name_then_role_alone(lines, i):
            meta.contact = meta.contact or Contact()
            meta.contact.name, meta.contact.role = found
            meta_idx.add(i)
            # (The byline's phone number on the line under it: "01924 305310".)
            if i + 1 < len(lines) and is_phone_line(lines[i + 1]):
                meta.contact.phone = meta.contact.phone or clean(lines[i + 1]).split(":")[-1].strip()
                meta_idx.add(i + 1)
                return
            # "Councillor David Reilly" over "Chair of the … Panel": the line under states the role.
            if i + 1 < len(lines) and (role := role_under_byline(found[1], lines[i + 1])):
                meta.contact.role = role
                meta_idx.add(i + 1)
            return


def _name_then_role_alone(lines: list[str], i: int) -> tuple[str, str] | None:
    """(name, role) of a byline written name first on line i (`name_then_role`), standing alone: the
    line after it blank, the end, or the byline's phone number, and neither line next to it another
    person's (a list of members or officers, whose first is no byline)."""
    found = name_then_role(lines[i])
    if found is None:
        return None
    after = lines[i + 1] if i + 1 < len(lines) else ""
    if (i and lines[i - 1].strip()) or (after.strip() and not is_phone_line(after)):
        return None
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        near = clean(lines[k]).rstrip(".") if 0 <= k < len(lines) else ""
        if near and (is_person_line(near) or name_then_role(near)):
            return None
    return found


_SIGNATORY = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}$")


def _letter_signature(lines: list[str], meta: Meta, meta_idx: set[int]) -> None:
    """A covering letter's signature under its valediction ("Yours sincerely" over "Jo Bloggs" over
    "Clerk to the Authority"): the paper's contact, unless it names another person as contact; the
    two lines are not body text (their indexes added to `meta_idx`)."""
    named = meta.contact.name if meta.contact is not None else None
    if named and _SIGNATORY.match(named):
        return
    if not any(is_valediction(x) for x in lines[:80]):
        _notice_signature(lines, meta, meta_idx)
        return
    for v, x in enumerate(lines[:80]):
        if not is_valediction(x):
            continue
        j = next((k for k in range(v + 1, min(len(lines), v + 4)) if lines[k].strip()), None)
        if j is None or j + 1 >= len(lines):
            return
        name, role = clean(lines[j]), clean(lines[j + 1])
        ends = j + 2 >= len(lines) or not lines[j + 2].strip()
        if _SIGNATORY.match(name) and role and ends and len(role.split()) <= 12 and not role.endswith("."):
            meta.contact = meta.contact or Contact()
            meta.contact.name, meta.contact.role = name, role
            meta_idx.update((j, j + 1))
            if meta.title and clean(meta.title) == name:
                meta.title = None  # the signatory's name is not the letter's title
        return


def _notice_signature(lines: list[str], meta: Meta, meta_idx: set[int]) -> None:
    """A notice of meeting signed with no valediction ("… to consider the business set out below."
    / "Victor G D Lampe" / "General Manager"): the name over its office, closing the notice's
    paragraph, is the paper's contact and not body text (its two indexes added to `meta_idx`)."""
    for j in range(2, min(len(lines) - 1, 80)):
        # (The office straight under the name, or after one blank line: "Jane Doe" / "" / "General
        # Manager", as New South Wales councils' notices set them.)
        r = j + 1 if lines[j + 1].strip() or j + 2 >= len(lines) else j + 2
        name, role = clean(lines[j]), clean(lines[r])
        if not signs_as(name, role):
            continue
        if r > j + 1 and ("," in role or len(role.split()) > 5):
            continue  # (set apart, a row's label over its value: "Lead Director" / "Ann Lee, Director …")
        if len(role.split()) > 8 or role.endswith(".") or (r + 1 < len(lines) and lines[r + 1].strip()):
            continue
        above = next((k for k in range(j - 1, -1, -1) if lines[k].strip()), None)
        if above is None or lines[j - 1].strip() or not clean(lines[above]).endswith("."):
            continue
        meta.contact = meta.contact or Contact()
        meta.contact.name, meta.contact.role = name, role
        meta_idx.update((j, r))
        return


_INVITATION = re.compile(r"\b(?:invited|summoned|requested)\s+to\s+attend\s+(?:a|the)\s+meeting\b", re.I)


def _letter_meeting_date(lines: list[str], meta: Meta) -> None:
    """A covering letter dated over its salutation invites members to the meeting on another day
    ("You are invited to attend the meeting of the Fire Authority … on Friday 24 September 2010"):
    the meeting's date is the invitation's, not the letter's. A summons with no letter round it
    ("You are summoned to attend a meeting of Eccleshall Parish Council, to be held … on Wednesday
    January 16th, 2019") is the meeting's line too: its date and body where the cover gave none."""
    salutation = next((i for i, x in enumerate(lines[:60]) if is_salutation(x)), None)
    if salutation is None:
        summons = next((i for i, x in enumerate(lines[:15]) if _INVITATION.search(x)), None)
        if summons is None:
            return
        text = " ".join(x.strip() for x in lines[summons : summons + 4] if x.strip())
        if meta.meeting_date is None and (found := find_date(text)):
            meta.meeting_date = found[0]
        if meta.body is None and (m := _SUMMONS_BODY.search(text)):
            meta.body = m.group("b")
        return
    para: list[str] = []
    for x in lines[salutation + 1 : salutation + 12]:
        if x.strip():
            para.append(x.strip())
        elif para:
            break
    text = " ".join(para)
    if _INVITATION.search(text) and (found := find_date(text)):
        meta.meeting_date = found[0]


# The body a summons names: "… a meeting of Eccleshall Parish Council, to be held …".
_SUMMONS_BODY = re.compile(
    rf"\battend\s+(?:a|the)\s+meeting\s+of\s+(?:the\s+)?(?P<b>(?:(?:[A-Z][\w&'’-]*|and|of|&)\s+){{0,6}}(?:{'|'.join(BODY_WORDS)}))(?=[,.]|\s+(?:to\s+be\s+held|on|at|in)\b)"
)


def _lone_date(s: str) -> bool:
    """A date alone on its line, perhaps after its weekday ("18 September 2015", "Wednesday, 16
    June 2021")."""
    s = s.strip()
    d = find_date(s) if s and len(s.split()) <= 6 else None
    return bool(d and len(clean(s[: d[1][0]] + s[d[1][1] :]).strip(" ,-–|.")) <= 3)


def _news_date_line(prev: str, line: str, nxt: str) -> bool:
    """A date alone on its line between a headline and the item's first paragraph ("Council
    backs new strategy" / "18 September 2015" / "The Council has …"): the news item's date line,
    a paragraph (not the cover's date, which stands among its rows over the title or a label)."""
    p, n = prev.strip(), nxt.strip()
    return (
        _lone_date(line)
        and len(p.split()) >= 3
        and not _END_SENTENCE.search(p)
        and any(c.islower() for c in p)
        and len(n.split()) >= 15
        and n[:1].isupper()
    )


def _news_date_lines(lines: list[str], meta_idx: set[int]) -> None:
    """News items' date lines the cover's rules took for the meeting's date line: text all the
    same (the date they gave the paper stays)."""
    for i in sorted(meta_idx):
        if not _lone_date(lines[i]):
            continue
        prev = next((lines[k] for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), "")
        nxt = next((lines[k] for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), "")
        if _news_date_line(prev, lines[i], nxt):
            meta_idx.discard(i)


def _publication_dates(lines: list[str], meta: Meta, meta_idx: set[int]) -> None:
    """A date alone under the page's publication label ("First published:" / "19 July 2013"): when
    the page was put up, text as the label is, and not the meeting's date the cover's rules took it
    for."""
    for i in sorted(meta_idx):
        if not _lone_date(lines[i]):
            continue
        prev = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k].strip()), None)
        if prev is not None and is_publication_label(lines[prev]):
            meta_idx.discard(i)
            found = find_date(lines[i])
            if found is not None and meta.meeting_date == found[0]:
                meta.meeting_date = None


def _corner_item(lines: list[str], drop: set[int]) -> str | None:
    """The item label alone in the top right corner of the first page: the item's number, not body
    text (marked dropped in place)."""
    first = next((i for i, x in enumerate(lines[:20]) if x.strip() and i not in drop), None)
    m = _CORNER_ITEM.match(lines[first]) if first is not None else None
    if m is None or first is None:
        return None
    drop.add(first)
    return m.group("a") or m.group("b")


def _drop_site_furniture(lines: list[str], drop: set[int]) -> int | None:
    """Mark a web page's own furniture in its opening lines as dropped, in place; the index of the
    page's name under a breadcrumb trail set one link a line, if there is one (`_trail_one_a_line`)."""
    trail_title = _trail_one_a_line(lines, drop)
    # A web page's breadcrumb trail ("Home > Council and Democracy > Issue") and the site section's
    # name over it ("Council and democracy"): the site's navigation, not the paper.
    for i in range(min(len(lines), 40)):
        parts = [p.strip() for p in lines[i].split(" > ")]
        if len(parts) >= 3 and all(0 < len(p.split()) <= 5 for p in parts):
            drop.add(i)
            above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].strip()), None)
            if above is not None and _norm(lines[above]) in {_norm(p) for p in parts}:
                drop.add(above)
    # The column heads of a web page's table of items ("Items", "No. Item"), and the label of the
    # links to an item's papers ("Additional documents:"): page furniture.
    for i in range(min(len(lines), 40)):
        if _ITEMS_TABLE_HEAD.match(lines[i]) or _DOCUMENTS_LABEL.match(lines[i]):
            drop.add(i)
    # A site's contact strip over the page ("In an emergency call 999", "For general enquiries call
    # 0115 …", "Monday - Friday -"): the site's, not the paper's, and never its title.
    for i in range(min(len(lines), 20)):
        if _CALL_LINE.match(lines[i]) or _OPENING_HOURS.match(lines[i]):
            drop.add(i)
            # The strip's other lines set with it, no blank line between ("Contact Information",
            # "Report a crime online", "For non emergencies call 101 - …"): all the site's, when
            # each is short and none is a sentence.
            lo, hi = i, i
            while lo > 0 and lines[lo - 1].strip():
                lo -= 1
            while hi + 1 < len(lines) and lines[hi + 1].strip():
                hi += 1
            stanza = range(lo, hi + 1)
            if all(len(lines[j].split()) <= 12 and not lines[j].rstrip().endswith(".") for j in stanza):
                drop.update(stanza)
        # "Call us at" over its number on the next line: the site's, not the paper's.
        elif _CALL_LEAD.match(lines[i]) and i + 1 < len(lines) and _PHONE_ONLY.match(lines[i + 1]):
            drop.update((i, i + 1))
    # A web page's link to one of the meeting's documents, set as a row ("Agenda: Read the Agenda",
    # "Minutes: View the minutes"), and a site's row of social media links ("YouTube Instagram
    # LinkedIn"): the site's, not the paper's, and never its title.
    for i in range(min(len(lines), 40)):
        if _DOCUMENT_LINK_ROW.match(lines[i]) or _social_links(lines[i]):
            drop.add(i)
    # A site's badge in the page's opening, an award held over the years ("Open and Transparent
    # Quality Mark 2016/17, 2017/18, 2018/19 and 2019/20"): the site's, not the page's title.
    for i in range(min(len(lines), 12)):
        if (
            _BADGE.search(lines[i])
            and len(_YEARS.findall(lines[i])) >= 2
            and not _END_SENTENCE.search(lines[i])
        ):
            drop.add(i)
    _drop_letterhead(lines, drop)
    # A link card in the page's opening lines: a linked page's name with its one-line blurb straight
    # under it ("Community trigger" / "How you can use the community trigger process to …"), no blank
    # line between and no full stop: the site's pointer to another page, not a section of this one.
    for i in range(1, min(len(lines), 20)):
        name, blurb = lines[i - 1].strip(), lines[i].strip()
        if (
            name
            and i - 1 not in drop
            and len(name.split()) <= 5
            and is_heading_text(name)
            and _CARD_BLURB.match(blurb)
            and not blurb.endswith((".", ":"))
        ):
            drop.update((i - 1, i))
    return trail_title


def _title_under_trail(
    lines: list[str],
    trail_title: int | None,
    item_title: int | None,
    drop: set[int],
    meta: Meta,
    meta_idx: set[int],
) -> None:
    """The page's name under its breadcrumb trail (`_trail_one_a_line`) is its title, even when it
    names a body ("Community Safety Partnership"), which the cover's rules would take for the body
    (an item's title under a bare "Agenda item" label, `item_title`, comes first)."""
    if trail_title is None or trail_title in drop or item_title is not None:
        return
    meta_idx.discard(trail_title)
    meta.title = clean(lines[trail_title])
    if meta.body and _norm(meta.body) == _norm(meta.title):
        meta.body = None


# A site's controls on lines of their own over a page's breadcrumb trail.
_SITE_CONTROL = re.compile(
    r"^\s*(?:(?:main\s+|site\s+)?menu|search(?:\s+(?:this\s+)?site)?|sign\s+in|log\s+in|my\s+account"
    r"|translate(?:\s+this\s+page)?|cookies?(?:\s+settings)?)\s*$",
    re.I,
)


def _trail_one_a_line(lines: list[str], drop: set[int]) -> int | None:
    """A web page's breadcrumb trail copied one link a line: "Home" first, then the site's sections
    ("Community and living" / "Community safety"), each a short name, then the page's own name over
    its prose. The trail is the site's navigation, in no block; its last short line, straight over
    the prose, is the page's title and stays."""
    content = [i for i, x in enumerate(lines[:40]) if x.strip() and i not in drop]
    # (The site's own controls may come first, one a line: "Menu", "Search", "Sign in".)
    controls = 0
    while controls < min(4, len(content) - 1) and _SITE_CONTROL.match(lines[content[controls]]):
        controls += 1
    before, content = content[:controls], content[controls:]
    if not content or _norm(lines[content[0]]) != "home":
        return None
    short = []
    for i in content[1:9]:
        text = clean(lines[i])
        if len(text.split()) <= 6 and is_heading_text(text) and ":" not in text:
            short.append(i)
            continue
        break
    else:
        return None  # (no prose within reach: a menu, not a trail over a page)
    if not short:
        return None
    drop.update(before)
    drop.add(content[0])
    drop.update(short[:-1])
    return short[-1]


_NOTICE_LABELS = re.compile(
    r"^\s*(?:(?:meeting\s+)?(?:date|time|room|venue|location|place)\s*:\s*){1,6}$|^\s*meeting\s+room\s*:\s*$",
    re.I,
)
_SPLIT_LABELS = re.compile(r"(?i)\b(?:date|time|room|venue|location|place)\s*:")


def _notice_label_columns(lines: list[str], drop: set[int]) -> set[int]:
    """A notice of meeting that sets its rows as two columns, the labels first ("Date:" / "Time:" /
    "Meeting Room:" / "Venue:", or "Date: Time: Meeting Room: Venue:" on one line) and then their
    values (the date, the time, the room and the address), as New Zealand and Australian councils'
    agendas open. The labels, their values set apart from them, are not body (NOTES 32's column
    labels); nor are the values, which say the meeting's date and place: the lines of both are
    dropped, and the values' lines returned for the cover's rules to read the date from."""
    labels: list[int] = []
    count = 0
    for i in range(min(len(lines), 30)):
        x = lines[i]
        if not x.strip() or i in drop:
            continue
        if _NOTICE_LABELS.match(x):
            labels.append(i)
            count += len(_SPLIT_LABELS.findall(x))
        elif labels:
            break
    if count < 2:
        return set()
    # The values: the first line after the labels opens with a date; on one line when the labels
    # were (a page without blank lines), else one stanza a label, each line short and no sentence.
    at = next((i for i in range(labels[-1] + 1, len(lines)) if lines[i].strip()), None)
    if at is None or not (d := find_date(lines[at])) or d[1][0] > 12:
        return set()
    values = {at}
    if len(labels) > 1:
        i, stanzas = at, 1
        while i + 1 < len(lines) and stanzas <= count:
            nxt = lines[i + 1]
            if not nxt.strip():
                stanzas += 1
                i += 1
                continue
            if len(nxt.split()) > 10 or _END_SENTENCE.search(nxt.rstrip()) or stanzas > count:
                break
            values.add(i + 1)
            i += 1
    drop.update(labels)
    drop.update(values)
    return values


def _notice_date_row(lines: list[str], meta_lines: list[str], values: set[int]) -> None:
    """The notice's values name the meeting's date: the cover's rules are given it as a date row
    ("Date: Tuesday, 11 March 2025"), the time and place after it left out."""
    for i in values:
        if found := find_date(lines[i]):
            meta_lines[i] = "Date: " + lines[i][found[1][0] : found[1][1]]


_PHONE_ROW = re.compile(
    r"^\s*(?:phone|tel|telephone|fax|facsimile)\s*[.:]?\s*[(+0-9][0-9 ()+-]{5,}\s*$", re.I
)
_WEB_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)


# A letterhead's postal address (North American, Australasian and Irish bodies write to a box):
# its first line the box ("P.O. Box 1749", "PO Box 123", "Private Bag 9", "Locked Bag 5"), its last
# the town or region with its postal code ("B3J 3A5 Canada", "Wellington 6140", "Northtown NT1 2AB",
# "Springfield, IL 62701", "Dublin D02 X285").
_POST_BOX = re.compile(
    r"^(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Private\s+Bag|Locked\s+Bag)\s+[0-9]{1,6},?$", re.I
)
_POSTAL_CODE = re.compile(
    r"(?:\b[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9]|\b[A-Z]{1,2}[0-9][0-9A-Z]?\s[0-9][A-Z]{2}|\b[A-Z]{2}\s[0-9]{5}(?:-[0-9]{4})?"
    r"|\b[A-Z][0-9][0-9W]\s[0-9A-Z]{4}|(?<=[a-z,])\s[0-9]{4})(?:,?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?\.?$"
)


def _postal_address(lines: list[str], first: int, end: int) -> bool:
    """The stanza `lines[first:end]` a letterhead's postal address (`_POST_BOX`, `_POSTAL_CODE`): two
    to six short lines, none a sentence."""
    stanza = [lines[i].strip() for i in range(first, end)]
    return (
        2 <= len(stanza) <= 6
        and all(len(x) <= 80 and len(x.split()) <= 8 and not _END_SENTENCE.search(x) for x in stanza)
        and _POST_BOX.match(stanza[0]) is not None
        and _POSTAL_CODE.search(stanza[-1]) is not None
    )


def _drop_letterhead(lines: list[str], drop: set[int]) -> None:
    """A council's letterhead at the head of the paper: its building or address, its phone and fax
    rows and its web address set one under another ("Civic Administration Building" / "Phone: (06)
    …" / "Fax: …" / "WWW.…govt.nz"), no blank line between. The sender's, not the paper's: no block
    (the building's name had been read as a heading)."""
    first = next((i for i, x in enumerate(lines[:10]) if x.strip() and i not in drop), None)
    if first is None:
        return
    # (Up to its last phone, fax or web row, within its first six lines: a page with no blank lines
    # sets the agenda's own lines straight under it.)
    end = first
    while end < len(lines) and lines[end].strip() and end - first < 6:
        end += 1
    if _postal_address(lines, first, end):
        drop.update(range(first, end))
        return
    rows = [i for i in range(first, end) if _PHONE_ROW.match(lines[i]) or _WEB_ADDRESS.match(lines[i])]
    if not rows:
        return
    stanza = range(first, rows[-1] + 1)
    if (
        any(_PHONE_ROW.match(lines[i]) for i in rows)
        and any(_WEB_ADDRESS.match(lines[i]) for i in rows)
        and all(len(lines[i].split()) <= 8 and not _END_SENTENCE.search(lines[i].rstrip()) for i in stanza)
    ):
        drop.update(stanza)


_DOCUMENTS_LABEL = re.compile(r"^\s*additional\s+documents\s*:\s*$", re.I)
_DOCUMENT_LINK_ROW = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z ]{2,30}?)\s*:\s*(?:read|view|download|see|open)\s+(?:the\s+)?(?P=label)\s*$",
    re.I,
)
_BADGE = re.compile(r"\b(?:quality\s+mark|kitemark|charter\s+mark|award|accreditation|accredited)\b", re.I)
_SOCIAL_NETWORKS = {
    "facebook",
    "twitter",
    "youtube",
    "instagram",
    "linkedin",
    "flickr",
    "tiktok",
    "pinterest",
}


def _social_links(line: str) -> bool:
    """A row of a site's social media links: a few capitalised names, two at least of them networks'
    (a misspelt one among them is the site's all the same)."""
    words = line.split()
    return (
        2 <= len(words) <= 8
        and all(re.fullmatch(r"[A-Z][A-Za-z]+", w) for w in words)
        and sum(w.lower() in _SOCIAL_NETWORKS for w in words) >= 2
    )


_CARD_BLURB = re.compile(
    r"^(?:How\s+(?:you|to)\s+(?:can\s+)?[a-z]+|Find\s+out|Learn\s+(?:more|about)|Details\s+of|Information\s+(?:about|on))\s+\S"
)
_CALL_LINE = re.compile(
    r"^\s*(?:[A-Z][a-z]*(?:\s+[a-z]+){0,4}\s+)?call\s+(?:us\s+on\s+)?\+?[0-9][0-9 ]{2,15}\s*$"
)
_CALL_LEAD = re.compile(r"^\s*(?:call|phone|ring)\s+us(?:\s+(?:at|on))?\s*:?\s*$", re.I)
_PHONE_ONLY = re.compile(r"^\s*\+?[0-9][0-9 ]{6,15}\s*$")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_OPENING_HOURS = re.compile(rf"^\s*{_WEEKDAY}\s*[-–—]\s*{_WEEKDAY}\b[^.]{{0,30}}$", re.I)


def _minute_reference_off_title(lines: list[str], meta: Meta) -> None:
    """An item's page that states its item on a line of its own ("Agenda Item No. 8(a)") and sets
    the minute's reference before the title ("C3488 Vale of Glamorgan Public Services Board - …"):
    the reference is the minute's number, not part of the title (as an item's number is not, NOTES
    33)."""
    if not (meta.item and meta.title and (ref := _MINUTE_REFERENCE.match(meta.title))):
        return
    at = next((i for i, x in enumerate(lines[:40]) if _norm(x) == _norm(meta.title)), None)
    if at is not None:
        meta.title = meta.title[ref.end() :]
        lines[at] = _MINUTE_REFERENCE.sub("", lines[at], count=1)


def _minutes_title(units: list[Unit], meta: Meta) -> None:
    """Minutes open with their title, "MINUTES of the meeting of the Council held at … on <date>,
    at 5.00 pm." (full stop and all, over the members present): the title, and the meeting's date
    ("Minutes of the meeting held on 20 July 2007")."""
    first = next((u for u in units if u.table is None), None)
    if first is not None and first.kind is None and _MINUTES_OF.match(first.text):
        if len(first.text.split()) <= 40:
            meta.title = clean(first.text).rstrip(".")
    else:
        # Under the committee's name set over two lines ("COMMUNITY" / "SAFETY SCRUTINY committee"),
        # which find_meta took for the title: the minutes' own line is the title.
        for k, u in enumerate(units[1:3], start=1):
            if u.kind is not None or u.table is not None:
                break
            if _MINUTES_OF.match(u.text):
                names = all(len(v.text.split()) <= 6 and not _END_SENTENCE.search(v.text) for v in units[:k])
                if names and len(u.text.split()) <= 40:
                    meta.title = clean(u.text).rstrip(".")
                break
    if (
        meta.title
        and not meta.meeting_date
        and _MINUTES_OF.match(meta.title)
        and (d := find_date(meta.title))
    ):
        meta.meeting_date = d[0]
    if meta.title and not meta.meeting_date:
        meta.meeting_date = _meeting_title_date(meta.title)
        if meta.meeting_date and (b := _BODY_OPENS_MEETING_TITLE.match(meta.title)):
            # (The body it opens with, named in full, over any other line's guess: a member council
            # named in the attendance, the body's short form.)
            meta.body = clean(b.group("b"))
    m = _MINUTES_OF.match(meta.title) if meta.title else None
    if m and m.group("caps") and not meta.body:
        # The body's name run in before "minutes of the meeting": the body, in its own words.
        name = m.group("caps")
        if name.split()[-1].capitalize() in BODY_WORDS:
            meta.body = " ".join(w.capitalize() if w.isalpha() else w for w in name.split())
    if meta.title and not meta.body:
        meta.body = _body_of_minutes_title(clean(meta.title))


def _body_of_minutes_title(title: str) -> str | None:
    """The body a minutes' title names: "Minutes of Joint Policing Committee held on …", "Minutes
    of the meeting of the Safer Towns Board held …", "Community Safety Scrutiny Panel Minutes"."""
    m = _MINUTES_OF_BODY.match(title)
    if m:
        rest = m.group("rest")
        # (The name in capitals and the rest not: "… of the SAFER NORTHBY PARTNERSHIP BOARD held on
        # 14 May 2013": the name is what comes before "held", whole.)
        head = re.split(r"\s+held\s", rest, maxsplit=1, flags=re.I)[0].strip()
        if head != rest and _all_caps(head) and len(head.split()) >= 2:
            named = " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in head.split())
            if BODY_NAME_WHOLE.fullmatch(named):
                return named
        if _all_caps(re.split(r"[0-9]", rest, maxsplit=1)[0]):
            # In capitals ("MINUTES OF MAYO COUNTY COUNCIL MEETING HELD ON …"): the body's name read
            # in its own case.
            rest = " ".join(w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in rest.split())
        return body_named_at(rest)
    m = _BODY_THEN_MINUTES.match(title)
    if m and body_named_at(m.group("b")) == m.group("b"):
        return m.group("b")
    return None


_BARE_SECTION_NUMBER = re.compile(r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}\.?\s*$")


def _settle_items(units: list[Unit], meta: Meta) -> list[Unit]:
    """Keep the item titles `_item_title` found only where the paper has several (an agenda's or
    minutes' items); one alone at the top is the paper's title and its number the item's; one alone
    elsewhere is text as printed."""
    # A web page of minutes sets the item's number on a line of its own over the title ("2." /
    # "Minutes"): the number and title of one item.
    merged: list[Unit] = []
    for k, u in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        if (
            u.kind is None
            and u.table is None
            and _BARE_ITEM_NUMBER.match(u.text)
            and nxt is not None
            and nxt.kind is None
            and nxt.table is None
            and is_heading_text(nxt.text)
            and len(nxt.lines) == 1
        ):
            nxt.kind, nxt.number = "item", u.text.strip().rstrip(".")
            nxt.gap = max(nxt.gap, u.gap)
            continue
        if (
            u.kind is None
            and u.table is None
            and _BARE_SECTION_NUMBER.match(u.text)
            and nxt is not None
            and nxt.kind is None
            and nxt.table is None
            and _END_SENTENCE.search(nxt.text.rstrip())
            and not is_heading_text(nxt.text)
        ):
            # A report saved from a table, its paragraphs' numbers in a column of their own ("1.1"
            # over "In 2000 the Inspectorate …"): the paragraph's number.
            nxt.kind, nxt.number = "num", u.text.strip().rstrip(".")
            nxt.gap = max(nxt.gap, u.gap)
            continue
        merged.append(u)
    units = merged
    items = [k for k, u in enumerate(units) if u.kind == "item"]
    if len(items) != 1:
        return units
    u = units[items[0]]
    full = f"{u.number} {u.text}"
    if (meta.item and u.number == meta.item) or items[0] == 0:
        # The item the meeting line named ("(Item 9)"), or the one at the top: its title, without
        # the number, which is the item's.
        meta.item = meta.item or u.number
        u.repeat = True  # the item's own heading, under the title when the page prints one
        if meta.title and _norm(meta.title) == _norm(full):
            meta.title = u.text
    else:
        u.text = full
    u.kind, u.number = None, None
    return units


_NUMBER_AND_TEXT = re.compile(r"^(?P<n>[0-9]{1,3}[a-z]?)\s+(?P<t>[A-Z].*)$")
# A minute's reference before an item's title: the committee's letters and the minute's running
# number ("C3488", "EX1021"); three digits at least, so that most roads ("A38 …") are not taken for
# one, and only under an item's own row (a road's longer number, "A483 …", elsewhere stays).
_MINUTE_REFERENCE = re.compile(r"^\s*[A-Z]{1,3}[0-9]{3,5}\s+(?=[A-Z])")
_ITEM_IN_BRACKETS = re.compile(r"\s*\((?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<n>[0-9]{1,3}[a-z]?)\)\s*$", re.I)
_COVER_PERIOD = re.compile(
    rf"^\s*(?:{MONTH_PATTERN}\s+)?(?:19|20)[0-9]{{2}}\s+(?:to|until)\s+(?:{MONTH_PATTERN}\s+)?(?:19|20)[0-9]{{2}}\s*$",
    re.I,
)
# The months a cover's report covers, the year given once ("January to March 2016", "October –
# December 2015 Data").
_COVER_MONTHS = re.compile(
    rf"^\s*(?:{MONTH_PATTERN})\s+(?:to|until|[-–—])\s+(?:{MONTH_PATTERN})\s+(?:19|20)[0-9]{{2}}(?:\s+data)?\s*$",
    re.I,
)
_DOC_KIND = r"(?:draft\s+)?(?:agendas?|minutes|reports?|decisions|meetings)"
_PAGE_KINDS_LABEL = re.compile(
    rf"^\s*{_DOC_KIND}(?:\s*,\s*{_DOC_KIND})*\s*(?:,\s*)?(?:and|&)\s+{_DOC_KIND}\s*$", re.I
)
_BARE_ITEM_LABEL = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]+,?\s+){0,4}[A-Z][a-z]+\s+-\s+)?(?:agenda\s+item|issue\s+-\s+(?:meetings|decisions)"
    r"|decision\s+details|meeting\s+details|meeting\s+documents|public\s+document\s+pack)\s*:?\s*$",
    re.I,
)
# Who attended, as a label and its names ("PRESENT: Councillor J Jones (Mayor) in the Chair").
_ATTENDANCE = re.compile(
    r"^\s*(?:present|also\s+present|in\s+attendance|apologies(?:\s+for\s+absence)?|councillors|officers"
    r"|members(?:\s+present)?|membership)\s*:\s*\S",
    re.I,
)
# The same label alone on its line with its colon ("Present:", "Apologies:"), the names set apart
# on the lines under it: the list's label, a paragraph as the rows are, not a heading (set without the colon,
# "Apologies for Absence" is the minute's heading).
_IN_THE_CHAIR = re.compile(r"\bin\s+the\s+chair\s*\.?\s*$", re.I)
_ATTENDANCE_LABEL = re.compile(
    # (Or those invited to the item, on a web page of an item's minutes: "Invitees:".)
    r"^\s*(?:present|also\s+present|in\s+attendance|apologies(?:\s+received)?|members\s+present|officers(?:\s+present)?"
    r"|invitees"
    # (Or the roll's parts, each over its rows: "Members:", "Officials:", "Councillors:", "Attendees:".)
    # (Or who they are, before it: "Officials in attendance:", "Non-Members also present:".)
    # ("Members of the public present:" names its four words.)
    r"|(?:[A-Za-z-]+\s+){1,4}(?:present|in\s+attendance))\s*:-?\s*$"
    # (Or without its colon, the words that can only say who attended: "Present", "In Attendance",
    # "Also Present"; "Apologies" alone may be the minute's heading.)
    r"|^\s*(?:(?:also|members)\s+)?present\s*$|^\s*(?:(?:[A-Za-z-]+\s+){1,2})?in\s+attendance\s*$",
    re.I,
)
_YEARS = re.compile(r"(?:19|20)[0-9]{2}(?:\s?[/–-]\s?(?:19|20)?[0-9]{2})?")
# A cover's month ("October 2019"): when the issue came out, not a heading.
_MONTH_YEAR = re.compile(rf"(?:{MONTH_PATTERN})\s+(?:19|20)[0-9]{{2}}", re.I)
# (Or with no word "meeting", the committee's name and "held": "Minutes of Joint Policing Committee
# held on 19th October 2009", the place and time after it.)
_MINUTES_OF = re.compile(
    # (Minutes not yet approved say so first: "Draft Minutes of the Ordinary Meeting held on …",
    # "Unconfirmed minutes of …".)
    # (A community council's page may run its name in capitals into the line: "MILNATHORT
    # COMMUNITY COUNCIL minutes of the meeting held on …".)
    r"^\s*(?-i:(?P<caps>[A-Z][A-Z'’&\-]+(?:\s+[A-Z][A-Z'’&\-]+){0,5})\s+)?"
    # (A Scottish council's minutes call themselves a "Minute": "MINUTE of MEETING of the … held …".)
    r"(?:(?:draft|provisional|unconfirmed|unapproved|approved|confirmed)\s+)?minutes?\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){0,8}?(?:meeting\b|held\s+(?:on|at|in)\s)",
    re.I,
)
_ITEMS_TABLE_HEAD = re.compile(
    r"^\s*(?:items|(?:note\s+)?no\.?\s+item|item\s+no\.?\s+agenda\s+item(?:\s+details)?(?:\s+status)?"
    # (Or the item's number and what was resolved: "Item Number Item/Resolution".)
    r"|item\s+(?:no\.?|number)\s+item(?:\s*/\s*resolution)?)\s*$",
    re.I,
)
# (An agenda pack's "Public Document Pack" stands over the meeting's cover in the same way.)
_MEETING_PAGE_LABEL = re.compile(
    r"^\s*(?:meeting\s+details|meeting\s+documents|public\s+document\s+pack)\s*:?\s*$", re.I
)
_ITEM_AND_TITLE = re.compile(
    r"^\s*agenda\s+item\s+(?:no\.?\s*)?(?P<n>[0-9]{1,3}[a-z]?)\s*[:.–-]\s*(?P<t>[A-Z].{2,160})$", re.I
)
# After a meeting's date: its time, and perhaps where it was held.
# (Or its hours on the 24-hour clock, alone after it: "30 May 2018 - 10:00 to 11:30".)
_AT_TIME = re.compile(
    r"^\s*[,–-]?\s*(?:at\s+|from\s+)?(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])"
    r"|[0-9]{1,2}:[0-9]{2}(?:\s*(?:to|-|–)\s*[0-9]{1,2}:[0-9]{2})?\s*$)",
    re.I,
)
# Or before it, alone.
_TIME_ONLY = re.compile(
    r"^\s*(?:at\s+)?(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|[0-9]{1,2}[:.][0-9]{2})\s*[,–-]?\s*$",
    re.I,
)
_TIME_INTO_DATE = re.compile(r"(?<=[0-9][ap]m)(?=[0-9])", re.I)
# Before it: the meeting's body, as a word of its own ("Cabinet - ", "Council, ").
_MEETING_OF = re.compile(rf"^\s*(?:{'|'.join(BODY_WORDS)})\s*[-–—|,:]\s*$")
_BODY_REPORT = re.compile(rf"^(?P<b>{'|'.join(BODY_WORDS)})\s+(?i:report)$")
_SMALL_WORDS = {"of", "and", "the", "for", "on", "to", "in", "at", "a", "an", "by"}
_PART_OPEN = re.compile(r"^\s*part\s+(?:[12]|i{1,2})\s*\((?:open|not open|exempt)[^)]*\)\s*", re.I)
# (Or with its place first: "Meeting to be held in Civic Hall, Leeds on Monday, 11th March, 2013 at 10.00 am".)
_HELD_ON = re.compile(
    r"^\s*(?:(?:annual|extraordinary|special|ordinary|general)\s+){0,2}(?:meeting|date of meeting)\s+"
    r"(?:to be\s+)?held\s+(?:(?:in|at)\s+[^.;:]{1,80}?\s+)?on\s+",
    re.I,
)
_TO_BODY = re.compile(r"^\s*(?:report\s+)?to\s+(?:the\s+)?(?=[A-Z])")
_MEETING_ON = re.compile(
    r"\s+(?:(?i:meeting)\s*)?(?:(?i:to be held)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])"
)


# A council's minutes opening with its name, the meeting and its date on one line ("Northshire Town
# Council Monthly Meeting Wednesday 20th January 2016"): the title word for word, the council the
# body and the date the meeting's.
_BODY_MEETING_DATE = re.compile(
    rf"^(?!To\s)(?P<b>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|the|&)\s+)?){{0,6}}(?:{'|'.join(BODY_WORDS)}))\s+"
    r"(?:(?:Monthly|Ordinary|Annual|Special|Extraordinary|Full|General)\s+){0,2}Meeting\s+(?:held\s+)?(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+(?:19|20)[0-9]{2}\.?$"
)


# A title naming the meeting by its day: the body's name or "Meeting" straight before a day's date,
# perhaps its weekday, the copy perhaps running the name into the date ("Eastby Fire Authority14 June
# 2019", "Westford Town Council Meeting Monday 3rd June 2019 at 7pm", "Northshire Police and Crime
# Panel - 12 March 2020").
_NAMED_BEFORE_DATE = re.compile(
    rf"(?:\b(?:{'|'.join(BODY_WORDS)})|\bmeeting)\s*[-–,:]?\s*" + _WEEKDAY_BEFORE + "(?=" + _DAY_DATE + ")",
    re.I,
)


# Such a title opening with the body's name, straight before "Meeting" or the date ("Westford
# Parish Council Meeting Monday 3rd June 2019 …", "Eastby Fire Authority14 June 2019").
_BODY_OPENS_MEETING_TITLE = re.compile(
    rf"^(?!To\s)(?P<b>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|the|upon|&)\s+)?){{0,6}}(?:{'|'.join(BODY_WORDS)}))"
    r"(?=\s+(?:(?:Monthly|Ordinary|Annual|Special|Extraordinary|Full|General)\s+){0,2}Meeting\b|\s*[-–,]?\s*"
    + _WEEKDAY_BEFORE
    + _DAY_DATE
    + ")"
)


def _meeting_title_date(title: str) -> str | None:
    """The day of the meeting a title names by its date (`_NAMED_BEFORE_DATE`), else None (a
    report's "Annual Report 1 April 2017 to 31 March 2018", a comment's "… - 26 October 2018")."""
    m = _NAMED_BEFORE_DATE.search(title)
    if m is None:
        return None
    found = find_date(title[m.end() :])
    return found[0] if found and found[1][0] == 0 else None


def _council_meeting_title(lines: list[str], drop: set[int], meta: Meta, meta_idx: set[int]) -> None:
    """The first line naming the council, its meeting and the date (_BODY_MEETING_DATE) is the
    minutes' title, and gives their body and date."""
    first = next((i for i, x in enumerate(lines) if x.strip() and i not in drop), None)
    if first is None or not (m := _BODY_MEETING_DATE.match(lines[first].strip())):
        return
    meta.title = clean(lines[first])
    meta.body = meta.body or clean(m.group("b"))
    if meta.meeting_date is None and (found := find_date(lines[first])):
        meta.meeting_date = found[0]
    meta_idx.discard(first)


# A cover's line naming the meeting a report goes to ("Report to Cabinet", "Report to the Police and
# Crime Panel"), with no colon: who the report is for, not what it is called.
# And the decision-maker's office alone, no name ("Cabinet Member for Community Safety", "Portfolio
# Holder for Communities"): whose decision it is.
_ADDRESSEE = re.compile(
    r"^\s*(?:(?:a\s+)?report\s+to\s+(?:the\s+)?|(?:the\s+)?(?:(?:cabinet|executive|lead)\s+member|"
    r"portfolio\s+holder)\s+for\s+)[A-Z][^:;.]{1,80}$",
    re.I,
)
_AUTHOR_LINE = re.compile(r"^\s*(?:joint\s+)?report\s+(?:of|by|from)\s", re.I)


_NUMBERED_ITEM_TITLE = re.compile(r"^\s{0,3}[0-9]{1,3}[a-z]?\.?\s+(?P<t>[A-Z][a-z])")


def _item_report_lines(lines: list[str], meta_idx: set[int]) -> None:
    """An author line straight under an item's number and title ("7 Safeguarding Training" over
    "Report of the Principal Licensing Officer"), in minutes or on an item's page, is the item's
    text: the report the meeting had before it, not the cover's author row (which stands under a
    title with no number, or alone at the head of the report)."""
    for i in sorted(meta_idx):
        if not _AUTHOR_LINE.match(lines[i]):
            continue
        prev = next((lines[j] for j in range(i - 1, max(-1, i - 4), -1) if lines[j].strip()), "")
        # (A cover's date, "14 March 2023", is no item's number and title.)
        if (m := _NUMBERED_ITEM_TITLE.match(prev)) and not _STARTS_WITH_MONTH.match(prev[m.start("t") :]):
            meta_idx.discard(i)


# A section's number before its name ("1. Purpose", "2) Background", "3.1 Options"): under an
# addressee it opens the report's text, not its title.
_SECTION_NUMBERED = re.compile(r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?\s+(?=[A-Z])")


def _addressee_over_title(lines: list[str], drop: set[int], meta: Meta, meta_idx: set[int]) -> None:
    """A cover that opens with the meeting the report goes to ("Report to Cabinet") or the office
    that decides ("Cabinet Member for Community Safety") over the report's own name ("Community
    Safety Partnership Plan 2023-26"), perhaps with the date or the author's line between: the name
    is the title, the addressee's line a cover line in no block (as a "Report to:" row is). With no such name under it ("Report to the Council" over the cover's rows,
    "Subject: …") the line is left to the other rules."""
    content = [i for i, x in enumerate(lines[:60]) if x.strip() and i not in drop]
    at = next((i for i in content[:6] if _ADDRESSEE.match(lines[i])), None)
    if at is None or (meta.title and not _norm(meta.title).startswith(_norm(lines[at]))):
        return
    for j in [i for i in content if i > at][:3]:
        text = clean(lines[j])
        if j in meta_idx and (
            find_date(text)
            or _norm(text) == _norm(meta.body or "")
            or is_person_line(text)
            or _AUTHOR_LINE.match(text)
            or (meta.contact is not None and meta.contact.name and meta.contact.name in text)
        ):
            continue  # (the date, the body, the author's byline: the cover's, read already)
        if _AUTHOR_LINE.match(text) or _ADDRESSEE.match(text) or find_date(text):
            continue  # (and the date it is for: "Decision to be taken on or after 14 March 2023")
        if (
            is_heading_text(text)
            and ":" not in text
            and len(text.split()) >= 2
            and _norm(text) not in SECTION_LABELS
            and not is_person_line(text)
            # (The first numbered section's name, "1. Purpose of the report", is the report's text.)
            and not _SECTION_NUMBERED.match(text)
        ):
            meta.title = text
            meta_idx.add(at)
            # (The name read as a cover line, not the title, when the addressee's line was taken
            # for the title: it is the title's line, a unit of the text.)
            meta_idx.discard(j)
        return


# The label an attachment carries at its head, naming the paper it goes with ("Annex 2 to the
# report of the Director of Housing", "Appendix A to Item 7", "Enclosure 1 to the minutes of …"):
# where it belongs in the pack, a line of the text, neither the title nor a heading.
_ATTACHMENT_LABEL = re.compile(
    r"^\s*(?:annex|appendix|enclosure|attachment)\s+[A-Z0-9]{1,3}\s+to\s+(?:the\s+|this\s+)?"
    r"(?:report|item|agenda\s+item|minutes?|letter|paper)\b[^.;:]*$",
    re.I,
)


def _blank_attachment_label(meta_lines: list[str]) -> None:
    """Blank, in the lines the cover's rules read, the attachment's label among the paper's first
    three lines (`_ATTACHMENT_LABEL`): never the title."""
    content = [i for i, x in enumerate(meta_lines[:40]) if x.strip()]
    for i in content[:3]:
        if _ATTACHMENT_LABEL.match(meta_lines[i]):
            meta_lines[i] = ""


def _letter_subject(lines: list[str], drop: set[int], meta: Meta, meta_idx: set[int]) -> None:
    """A letter names its subject straight under the salutation, a line of its own between blank
    lines ("Dear Ms Smith," / "" / "Safer Streets Fund 2021 - Round Two Bid" / "" / "Please find
    enclosed …"): that line is the letter's title, not a line above the salutation that the cover's
    rules took for one (the letterhead, a reference, the addressee). A line that ends a sentence or
    goes on into the next is the letter's first paragraph."""
    at = next((i for i, x in enumerate(lines[:60]) if i not in drop and is_salutation(x)), None)
    if at is None:
        return
    j = next((k for k in range(at + 1, min(len(lines), at + 3)) if lines[k].strip()), None)
    if j is None or lines[j - 1].strip() or (j + 1 < len(lines) and lines[j + 1].strip()):
        return
    text = clean(lines[j])
    nxt = next((x.strip() for x in lines[j + 1 : j + 4] if x.strip()), "")
    if (
        is_heading_text(text)
        and not _END_SENTENCE.search(text)
        and 2 <= len(text.split()) <= 16
        and parse_marker(text).kind is None
        and not is_person_line(text)
        and not nxt[:1].islower()
    ):
        # (The line stays a unit of the text: the title's heading is made from it.)
        meta.title = text
        meta_idx.discard(j)


def _cover_lines(lines: list[str]) -> list[str]:
    """The cover's lines as `find_meta` should read them: a cover set in capitals read as words
    ("TO COUNCIL ON WEDNESDAY 18 MAY 2011" → "Council 18 May 2011"), and the "To the …" and
    "Part 1 (Open to the public)" wrappers around the body, date and item taken off."""
    out = list(lines)
    seen = 0
    for i, x in enumerate(lines):
        s = x.strip()
        if not s:
            continue
        seen += 1
        if seen > 12:
            break
        if (len(s) > 100 and not _HELD_ON.match(s)) or parse_marker(s).kind is not None:
            break
        letters = [c for c in s if c.isalpha()]
        if len(letters) >= 4 and all(c.isupper() for c in letters):
            words = s.title().split(" ")
            s = " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))
        if seen == 1 and _BODY_MEETING_DATE.match(s):
            continue  # the minutes' title, word for word (_council_meeting_title)
        s = _PART_OPEN.sub("", s)
        s = _BODY_REPORT.sub(r"\g<b>", s)  # "CABINET REPORT": a report to the Cabinet
        held = _HELD_ON.match(s) is not None
        s = _HELD_ON.sub("", s)  # "Meeting to be held on Monday 17 July 2023": the date
        # (A time run into the date in the export: "4.00pm20 January 2021".)
        s = _TIME_INTO_DATE.sub(" ", s)
        if (found := find_date(s)) and not _MINUTES_OF.match(s):
            # ("Minutes of the meeting held on 20 July 2007" is a title, kept word for word.)
            s = _MEETING_ON.sub(" ", _TO_BODY.sub("", s))
            a, b = found[1]
            before, after = s[: found[1][0]], s[found[1][1] :]
            if (
                (_AT_TIME.match(after) and not before.strip(" ,"))
                # Or its time first: "4.00pm 20 January 2021", "10:00, 6 October 2022".
                or (_TIME_ONLY.match(before) and not after.strip(" ,."))
                or (_MEETING_OF.match(before) and not after.strip(" ,."))
                # "Annual meeting to be held on Friday, 27 June 2008 in the Training Suite …, at
                # 11.00am": the meeting's line, its place and time after the date.
                or (held and not before.strip(" ,"))
            ):
                # A minutes' dateline: "Thursday, 6 October 2022, 10:00 am, online via MS Teams",
                # "Cabinet - 19 June 2023": the meeting's date, neither the title nor a heading.
                s = s[a:b]
        out[i] = s
    return out


_COVER_ROW = re.compile(r"^(?P<label>\s*[A-Z][^:]{0,40}:)(?P<gap>\s{2,})(?P<value>\S.*)$")


# A cover row's value that stands for a signature ("Original Signed", "Original signed by", "Signed"):
# the signer is named on the line under it.
_SIGNED_ROW = re.compile(r"^[A-Z][A-Za-z ]{1,30}:\s*(?i:(?:original(?:ly)?\s+)?signed(?:\s+by)?):?$")


def _join_cover_values(lines: list[str], drop: set[int]) -> None:
    """Join a cover-table value that wraps within its column back onto its row, in place.

    A text export lays a cover table out as "Title:        Community Safety Partnership" with
    the rest of the value on the next line, indented to the value column ("              Plan:
    Annual Review"). The continuation is appended to the row and its own line blanked, so that
    find_meta reads the whole value.
    """
    for i in range(len(lines) - 1):
        signed = _SIGNED_ROW.match(lines[i].strip()) if i not in drop else None
        nxt = lines[i + 1]
        if (
            signed
            and i + 1 not in drop
            and nxt.strip()
            and not _SIGNED_ROW.match(nxt.strip())
            and not _ROW_LINE.match(nxt)
            and not _END_SENTENCE.search(nxt.rstrip())
            and len(nxt.split()) <= 16
        ):
            # A row signed for its sender ("SUBMITTED BY: Original Signed" / "Jo Bloggs, Chair, …"):
            # the signer's name and post on the next line, at any indent, are the row's value.
            lines[i] = lines[i].rstrip() + " " + nxt.strip()
            lines[i + 1] = ""
            continue
        m = _COVER_ROW.match(lines[i])
        if not m or i in drop or len(m.group("label").split()) > 5:
            continue
        col = m.start("value")
        j = i + 1
        while j < len(lines) and j not in drop and lines[j].strip():
            nxt = lines[j]
            ind = len(nxt) - len(nxt.lstrip(" "))
            # Exactly under the value (a pdftotext column may shift by one character).
            if abs(ind - col) > 1 or _COVER_ROW.match(nxt.strip()) and "  " in nxt.strip():
                break
            lines[i] = lines[i].rstrip() + " " + nxt.strip()
            lines[j] = ""
            j += 1


def _edge_lines(lines: list[str], page_edge: set[int] | frozenset[int]) -> set[int]:
    """Indexes of the first and last two non-blank lines of each page (pages split at form feeds)."""
    if not page_edge:
        return set()
    bounds = [0] + sorted(page_edge) + [len(lines)]
    out: set[int] = set()
    for a, b in zip(bounds, bounds[1:], strict=False):
        idx = [i for i in range(a, b) if lines[i].strip()]
        out.update(idx[:2])
        out.update(idx[-2:])
    return out


# A "Label: value" row of a record ("Decision type: Non-key", "Lead director: Director of …").
_ROW_LINE = re.compile(r"^\s*[A-Z][A-Za-z()/'’ -]{1,45}\??:\s+\S")


def _prose_line(line: str) -> bool:
    """A line of a paragraph of its own between two rows, not a row's value wrapped: a numbered
    paragraph, or a line closing a sentence."""
    return re.match(r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s", line) is not None or line.rstrip().endswith(
        (".", "!", "?")
    )


def _row_block(lines: list[str]) -> set[int]:
    """Indexes of the "Label: value" lines set one under another with no blank line between: a
    record's rows, each its own paragraph and none a heading."""
    out: set[int] = set()
    run: list[int] = []
    for i, x in enumerate([*lines, ""]):
        if x.strip():
            run.append(i)
            continue
        hits = [k for k in run if _ROW_LINE.match(lines[k])]
        # (Set one under another: a row's value may wrap onto one line before the next row, but
        # two "Label: value" lines with prose between them — "Priority one: Anti-social behaviour"
        # and "Priority two: …" each over its paragraph, on a page with no blank lines — are no
        # record's rows.)
        group: list[int] = []
        for k in [*hits, len(lines) + 3]:
            if group and (k - group[-1] > 2 or (k - group[-1] == 2 and _prose_line(lines[k - 1]))):
                if len(group) >= 2:
                    out.update(group)
                group = []
            group.append(k)
        run = []
    return out


# Minutes that set each item's number apart from its name by a wide run of spaces, the name alone
# on its line between blank lines ("4          To declare any personal and/or prejudicial interest.",
# "2         Apologies" over "were received from: …"): the item's number and name, however the name
# ends, where three such lines at least count up, each over its minute's text. (An agenda's items
# so set, one under another, "1    Evacuation Procedure." / "2    Apologies for Absence.", are its
# list, not headings over text.)
_SPACED_ITEM = re.compile(r"^\s{0,8}(?P<n>[0-9]{1,3})\s{3,}(?P<t>[A-Z][^\s].*?)\s*$")


def _spaced_items(lines: list[str], drop: set[int]) -> dict[int, Marker]:
    found: dict[int, Marker] = {}
    last = 0
    for i, x in enumerate(lines):
        m = _SPACED_ITEM.match(x) if i not in drop else None
        if m is None:
            continue
        name = m.group("t")
        alone = (i == 0 or not lines[i - 1].strip() or i - 1 in drop) and (
            i + 1 >= len(lines) or not lines[i + 1].strip()
        )
        n = int(m.group("n"))
        if not alone or "  " in name or len(name.split()) > 14 or n <= last:
            continue
        after = next((y for j, y in enumerate(lines[i + 1 :], i + 1) if y.strip() and j not in drop), "")
        if not after or re.match(r"^\s{0,8}[0-9]{1,3}[.)]?\s", after):
            continue
        last = n
        found[i] = Marker("item", m.group("n"), None, name.rstrip(" .:;"))
    return found if len(found) >= 3 else {}


# Points numbered with a bare number and one space, no stop or bracket after it ("1 Counties should
# not be merged." / "2 Councillors should …"): a newsletter's or a submission's numbered points where
# the copy lost the list's formatting. Each opens its own block (after a blank line), is a whole
# sentence (its block closes with a stop) of five words at least, and the series counts 1, 2, 3 …
# from 1, two points at least. A figure opening a sentence ("12 members attended.") counts no
# series; a heading's number and name, with no stop, is `_item_title`'s.
_BARE_POINT = re.compile(r"^\s{0,3}(?P<n>[1-9][0-9]?) (?P<t>[A-Z][a-z'’]*\b.*)$")


def _bare_points(lines: list[str], drop: set[int]) -> dict[int, Marker]:
    found: list[tuple[int, Marker]] = []
    out: dict[int, Marker] = {}

    def close() -> None:
        if len(found) >= 2:
            out.update(found)
        found.clear()

    for i, x in enumerate(lines):
        if i in drop or not x.strip():
            continue
        m = _BARE_POINT.match(x.rstrip()) if len(x) <= 2000 else None
        opens = i == 0 or not lines[i - 1].strip() or i - 1 in drop
        if m is None or not opens:
            if opens and found:
                close()
            continue
        n = int(m.group("n"))
        if n != len(found) + 1:
            close()
            if n != 1:
                continue
        j = i
        while j + 1 < len(lines) and lines[j + 1].strip() and j + 1 not in drop and j - i < 12:
            j += 1
        block = " ".join(y.strip() for y in lines[i : j + 1])
        # (A number and a short name over its text with no blank line, "1 Purpose" / "The report …",
        # is a section's heading: a point wraps from a line of seven words or more, or goes on in
        # lower case.)
        wraps = j == i or len(m.group("t").split()) >= 7 or lines[i + 1].lstrip()[:1].islower()
        text = m.group("t")
        words = len(block.split()) - 1
        if (
            words < 5
            or not wraps
            or not re.search(r"[.!?]['\"’”)]*$", lines[j].rstrip())
            or _STARTS_WITH_MONTH.match(text)
            or "  " in text.strip()
        ):
            close()
            continue
        found.append((i, Marker("num", m.group("n"), None, text.strip())))
    close()
    return out


def _units(
    lines: list[str],
    drop: set[int],
    limits: Limits,
    page_edge: set[int] | frozenset[int] = frozenset(),
    title: str | None = None,
    named_minutes: frozenset[int] = frozenset(),
) -> list[Unit]:
    """Group lines into units: paragraphs (joining hard-wrapped lines), list items and tables. The
    paper's title (`title`, as the cover reading found it) on a line of its own is a unit of its
    own: on a page with no blank lines the prose on the next line is its text, not its
    continuation, unless it goes on in lower case or from a connector (a title that wraps onto a
    line of heading shape is joined by `_join_wrapped_headings`)."""
    title_norm = _norm(title) if title else ""
    rows = _row_block(lines)
    spaced = _spaced_items(lines, drop)
    points = _bare_points(lines, drop)
    content = [x for i, x in enumerate(lines) if i not in drop and x.strip() and not x.startswith("\t")]
    labelled_items = sum(1 for x in content if _ITEM_LABEL.match(x)) >= 2
    lengths = [len(x.rstrip()) for x in content]
    wrap = 0
    if len(lengths) >= 5:
        lengths.sort()
        p90 = lengths[int(len(lengths) * 0.9) - 1]
        near = sum(1 for n in lengths if n >= 0.7 * p90)
        # Hard-wrapped text: most lines end near one width, and that width is a screen's, not a paragraph's.
        if 30 <= p90 <= 130 and near >= 0.4 * len(lengths):
            wrap = p90

    schemed = _schemed_item_lines(lines, drop)
    coded = _coded_heading_lines(lines, drop)
    contents = _contents_rows(lines)
    units: list[Unit] = []
    gap = 0
    i = 0
    n = len(lines)
    prev_line = ""
    no_table_until = 0
    no_space_table_until = 0
    while i < n:
        if i % 500 == 0:
            limits.check_time(f"line {i + 1}")
        line = lines[i]
        if i in drop or not line.strip():
            gap += 1
            i += 1
            prev_line = ""
            continue
        hanging = (
            spaced.get(i)
            or points.get(i)
            or (_item_label(line) if labelled_items else None)
            or _hanging_number(line)
            or _minute_heading(line)
            or _item_title(line, prev_line, gap, units)
            or _padded_number(line)
            or coded.get(i)
        )
        if (
            hanging is None
            and i >= no_space_table_until
            and "  " in line.strip()
            and "\t" not in line
            and i not in contents
        ):
            table, j = _space_table(lines, i, drop, page_edge)
            # Not a table: do not scan the same run again from each of its lines.
            no_space_table_until = j
            if table:
                units.append(Unit(text="", table=table, gap=gap))
                gap, i, prev_line = 0, j, ""
                continue
        # Tables: a run of tab-indented lines (cells), rows separated by blank lines.
        if line.startswith("\t") and line.strip() and i >= no_table_until:
            j = i
            groups: list[list[str]] = []
            group: list[str] = []
            while j < n:
                x = lines[j]
                if j in drop:
                    j += 1
                    continue
                if not x.strip():
                    if group:
                        groups.append(group)
                        group = []
                    j += 1
                    continue
                if not group and not x.startswith("\t"):
                    break
                group.append(x)
                j += 1
            if group:
                groups.append(group)
            table = _tab_table(groups) if len(groups) >= 2 else None
            no_table_until = j  # not a table: do not scan the same run again from each line
            if table:
                units.append(Unit(text="", table=table, gap=gap))
                gap = 0
                i = j
                prev_line = ""
                continue
        if "|" in line and i >= no_table_until and is_pipe_row(line):
            j = i
            while j < n and j not in drop and lines[j].strip() and is_pipe_row(lines[j]):
                j += 1
            no_table_until = j
            if j - i >= 2:
                table = pipe_table(lines[i:j])
                if table:
                    units.append(Unit(text="", table=table, gap=gap))
                    gap, i, prev_line = 0, j, ""
                    continue
        if "\t" in line.strip() and i >= no_table_until:
            j = i
            width = len(re.split(r"\t+", line.strip()))
            while (
                j < n
                and j not in drop
                and lines[j].strip()
                and len(re.split(r"\t+", lines[j].strip())) == width
            ):
                j += 1
            no_table_until = j
            if j - i >= 2 and width >= 2:
                table = _inline_tab_rows(lines[i:j])
                if table:
                    units.append(Unit(text="", table=table, gap=gap))
                    gap, i, prev_line = 0, j, ""
                    continue

        stripped = re.sub(r"[ \t]+", " ", line).strip()
        mk = hanging or parse_marker(stripped)
        ind = _indent(line)
        cur = units[-1] if units and units[-1].table is None else None
        joined = False
        run_in = _MINUTE_RUN_IN.match(stripped) if mk.kind is None else None
        if run_in:
            # "82/23 Apologies: Cllr A Smith sent his apologies." (the minute's number is the
            # minute's, not kept); closing its line with its colon, the minute's name over its text.
            label, value = run_in.group("label"), run_in.group("value")
            if value:
                mk = Marker(None, None, None, f"{label} {value}")
            else:
                mk = Marker("minute", None, None, label.rstrip(":").rstrip())
        # An item numbered in the paper's own scheme ("II DECLARATIONS OF INTEREST", "CS3 ANTI-SOCIAL
        # BEHAVIOUR") after a sentence's end or under a line of heading shape starts its own unit on a
        # page copied with no blank lines, as it does after a blank line.
        item_line = i in schemed and (
            bool(_END_SENTENCE.search(prev_line.rstrip()))
            or (cur is not None and len(cur.lines) == 1 and is_heading_text(cur.text))
        )
        if (
            cur is not None
            and gap == 0
            and prev_line
            and not run_in
            and i not in named_minutes
            and i not in contents
            and not (_RESOLUTION_OPENS.match(stripped) and _END_SENTENCE.search(prev_line.rstrip()))
            and not item_line
            and not _ROW_OPENS_LINE.match(stripped)
            and not (
                title_norm
                and len(cur.lines) == 1
                and _norm(cur.text) == title_norm
                and (
                    _lone_date(stripped)
                    # (A minutes' title closed by its date is whole: "Minutes of the meeting … held on
                    # 10 June 2008" / "Cllr A Jones chaired the meeting".)
                    or (
                        _YEARS_AT_END.search(cur.text) is not None
                        and RECORD_TITLE.match(cur.text) is not None
                    )
                    or (
                        not _opens_sentence(cur.text)
                        and (_opens_sentence(stripped) or not is_heading_text(stripped))
                    )
                )
                and not stripped[:1].islower()
                and not _CONNECTOR_END.search(prev_line.rstrip())
            )
        ):
            text = _continuation(cur, mk.kind, stripped, prev_line, ind, wrap)
            if text is not None:
                cur.text, joined = text, True
        if cur is not None and joined:
            cur.lines.append(line)
            prev_line = line
            i += 1
            continue
        units.append(
            Unit(
                text=mk.text,
                kind=mk.kind,
                number=mk.number,
                glyph=mk.glyph,
                indent=ind,
                gap=gap,
                lines=[line],
                row=i in rows,
                text_line=i in named_minutes or i in contents,
            )
        )
        gap = 0
        prev_line = line
        i += 1
    return units


_LONE_BULLET = re.compile(r"^\s*[-•·–]\s*$")
_DASHED_LABEL = re.compile(r"^(?P<l>\s*[A-Z][A-Za-z'’/&-]*(?:\s+[A-Za-z][A-Za-z'’/&-]*){0,2}):-\s*$")


def _lone_bullets_and_dashed_labels(lines: list[str]) -> None:
    """Two ways of setting a line that older exports and pages keep (in place)."""
    # A bullet set alone on its line over its text (a PDF's export of a list, "-" / "The Board
    # had …"): the bullet opens the item its next line starts.
    for k in range(len(lines) - 1):
        if _LONE_BULLET.match(lines[k]) and lines[k + 1].strip() and not _LONE_BULLET.match(lines[k + 1]):
            lines[k], lines[k + 1] = "", lines[k].strip() + " " + lines[k + 1].lstrip()
    # A label closing its line the old way, with a colon and a dash ("Matters arising:-"), is a
    # label as one closing with a colon is (an attendance label's row keeps it as printed).
    for k, x in enumerate(lines):
        if (m := _DASHED_LABEL.match(x)) and not _ATTENDANCE_LABEL.match(m.group("l") + ":"):
            lines[k] = m.group("l") + ":"


_LABEL_OVER_TEXT = re.compile(r"^(?:[A-Z][A-Za-z'/&-]*\s?){1,4}:(?P<note>\s*\([^)]{1,60}\))?$")

# Minutes set with no blank line between their rows and minutes: a minute's number before a label
# run into its text ("82/23 Apologies: Cllr A Smith sent his apologies.", "84/23 County
# Councillor's Report:" over its points) starts a minute of its own, as an attendance row does
# ("Present: …", "Council Employees Present: …", "Members of the Public Present: …"), however the
# line above ends.
_MINUTE_RUN_IN = re.compile(
    r"^[0-9]{1,3}/[0-9]{2,4}\.?\s+(?P<label>[A-Z][A-Za-z'’`()&/ -]{2,120}?\s*:)(?:\s+(?P<value>\S.*))?$"
)
# A resolution opening its line after a sentence's end ("RESOLVED that the report be noted.",
# "Resolved: That …", "RESOLVED: - That …"): the minute's decision, a paragraph of its own, not the
# last line of the point over it on a page copied with no blank lines (the point keeps its number
# and its own text).
_RESOLUTION_OPENS = re.compile(r"^(?:RESOLVED|Resolved)\b\s*(?:[:–—-]\s*-?\s*)?(?:that|THAT|That)?\b")
_ROW_OPENS_LINE = re.compile(
    r"^(?:[A-Z][A-Za-z]*\s+(?:(?:of|the)\s+){0,2}){0,3}(?i:present|in\s+attendance|apologies)\s*:\s*\S"
)


def _minutes_label(u: Unit) -> bool:
    """A web page's "Minutes:" label over an item's minute heads it: blank line or not, whatever
    its first line (a label of its own, "Discussion:", "Background:"), and under the item's title."""
    return u.text.rstrip().endswith(":") and _norm(u.text) == "minutes"


def _continuation(
    cur: Unit, kind: str | None, stripped: str, prev_line: str, ind: int, wrap: int
) -> str | None:
    """`cur`'s text with the line `stripped` added, when the line continues it; else None."""
    if kind is not None:
        return None
    if (
        cur.kind in ("minute", "item")
        and len(cur.lines) == 1
        and not _CONNECTOR_END.search(prev_line.rstrip())
        and (_opens_sentence(stripped) or (_END_SENTENCE.search(stripped) and len(stripped.split()) >= 4))
    ):
        # A minute's or an item's title over its text set with a hanging indent, no blank line
        # between ("8/22   Apologies for Absence" / "       Apologies were received from …"): the
        # title heads the text; a title that wraps goes on with its own words, not a sentence.
        return None
    if stripped[:1].isupper() and _ATTENDANCE_LABEL.match(stripped) and not cur.text.rstrip().endswith(","):
        # Who attended, labelled on a line of its own ("Present", "In attendance:") under the
        # minutes' title or another line, no blank line between: the attendance opens; nothing
        # wraps onto its label.
        return None
    label = _LABEL_OVER_TEXT.match(cur.text) if len(cur.lines) == 1 and cur.kind is None else None
    if label and _minutes_label(cur):
        return None
    if (
        label or (len(cur.lines) == 1 and cur.kind is None and _all_caps(cur.text))
    ) and _ATTENDANCE_LABEL.match(cur.text):
        # An attendance label with the names straight under it ("Present:" / "Councillor …"): the
        # list's heading, in the text's own case as in capitals (NOTES 121), however many words it
        # takes in capitals ("MEMBERS OF THE PUBLIC PRESENT:").
        return None
    if label and not label.group("note") and _section_label_over_text(cur.text, stripped):
        return None
    if label and (label.group("note") or not _all_caps(cur.text)):
        # A label in the text's own case with its text straight under it, no blank line between
        # ("Witnesses:" over the names), or one with a note ("BACKGROUND DOCUMENTS: (Available for
        # public inspection)"): one paragraph. A label in capitals ("PRESENT:") is set as a heading.
        return cur.text + " " + stripped
    if (
        _norm(stripped.rstrip(":")) in SECTION_LABELS
        and is_heading_text(stripped.rstrip(":"))
        and len(cur.lines) == 1
        and is_heading_text(cur.text)
        and not _CONNECTOR_END.search(prev_line.rstrip())
    ):
        # A report's usual section label ("Purpose of report", "Background") under a line of heading
        # shape, the report's name: a title does not wrap onto a section's label.
        return None
    if re.search(r"[A-Za-z]-$", prev_line.rstrip()) and stripped[:1].islower():
        # "far-" / "right": a hyphenated word split at the line end keeps its hyphen.
        return cur.text.rstrip() + stripped
    if (
        _END_SENTENCE.search(prev_line.rstrip())
        and (_LABEL_OVER_TEXT.match(stripped) or _SENTENCE_LABEL.match(stripped))
        and len(stripped.split()) <= 3
    ):
        # A bare label after a sentence's end ("… for 2022/23." / "Minutes:"), in the text's own
        # case too ("… every quarter." / "Financial implications:"): the label of what follows,
        # however long the line above.
        return None
    if (
        _END_SENTENCE.search(prev_line.rstrip())
        and _QUESTION_HEAD.match(stripped)
        and len(stripped.split()) <= 16
        and (not wrap or len(stripped) < 0.8 * wrap)
    ):
        # A question of its own after a sentence's end, shorter than the lines the text fills ("…
        # people who live nearby." / "What can the council do to tackle it in my area?"): a page's
        # question heading, or a sentence of its own; either way not the paragraph going on.
        return None
    if (
        len(cur.lines) == 1
        and _QUESTION_HEAD.match(cur.text.strip())
        and stripped[:1].isupper()
        and (not wrap or len(prev_line.strip()) < 0.8 * wrap)
    ):
        # (Nor does the answer under such a question go on from it.)
        return None
    if not _END_SENTENCE.search(prev_line.rstrip()) and (
        stripped[:1].islower()
        or _CONNECTOR_END.search(prev_line.rstrip())
        # (Or a bracket left open: "… Chief Superintendent Smith (Northshire" / "Police).")
        or prev_line.count("(") > prev_line.count(")")
    ):
        # A page saved with its own line breaks, short lines and mid-sentence ("To consider a" /
        # "report by the Manager …", "The Conwy and Denbighshire CSP's" / "action plan was …"): a
        # line that cannot end ("… by", "… a") or one the next goes on from in lower case is the
        # sentence going on, however short. (A heading ends neither way; text never starts a new
        # paragraph in lower case.)
        return cur.text + " " + stripped
    prev_len = len(prev_line.rstrip())
    if (
        wrap
        and prev_len >= 0.6 * wrap
        and not (is_heading_text(cur.text) and len(cur.lines) == 1 and prev_len < 0.8 * wrap)
        # (Not a short line of heading shape after a sentence's end: on a page copied with no blank
        # lines, "… make recommendations." / "Background" is a paragraph's end and the next
        # section's name; a wrapped paragraph's own short line is its last and closes with a stop.)
        and not (
            _END_SENTENCE.search(prev_line.rstrip())
            and is_heading_text(stripped)
            and len(stripped.split()) <= 8
            and len(stripped) < 0.5 * wrap
        )
        and not _heading_over_longer_sentence(cur, prev_line, stripped)
        and not _heading_over_sentence_start(cur, stripped)
    ):
        return cur.text + " " + stripped
    if (
        not wrap
        and prev_len >= 60
        and not _END_SENTENCE.search(prev_line.rstrip())
        and not cur.kind
        and (
            len(stripped) >= 40
            or stripped[:1].islower()
            or (stripped[-1:] in ".!?" and len(stripped.split()) >= 3)
        )
        # (A line in capitals over one in the text's case is a heading over its text.)
        and _all_caps(prev_line) == _all_caps(stripped)
        # (Nor a line of heading shape over a longer whole sentence: a line cut at a width is not
        # followed by a longer one; "How the Partnership will measure progress against its
        # priorities" / "The Partnership will report quarterly to …" is a heading over its text.)
        and not _heading_over_longer_sentence(cur, prev_line, stripped)
    ):
        # A long line that stops mid-sentence goes on with the next long one, even in a paper too
        # short or too broken up by short lines (names, cover rows) to show its wrap width; a short
        # line under a long title ("Background") is a heading of its own.
        return cur.text + " " + stripped
    if cur.kind and ind > cur.indent and not _END_SENTENCE.search(prev_line.rstrip()):
        # A hanging indent under a list item or a numbered paragraph's text, the sentence not yet
        # ended: even a short paper, too short to show its wrap width, goes on here.
        return cur.text + " " + stripped
    return None


# A record's section labels besides a report's usual ones (SECTION_LABELS): a decision notice's
# "Decision:", an issue page's "Decisions:" and "Discussion:".
_RECORD_LABELS = frozenset({"decision", "decisions", "discussion"})


def _section_label_over_text(label: str, stripped: str) -> bool:
    """A section's label alone on its line ("Purpose:", "Decisions:") over the text it heads, no
    blank line between: a heading (NOTES 32), where the label is a report's or a record's usual
    section or the line under it opens a sentence ("Decisions:" / "The report set out …"); names
    under a label ("Witnesses:" / "Jo Bloggs, …") are its paragraph."""
    name = _norm(label.rstrip().rstrip(":"))
    return (
        name in SECTION_LABELS
        or name in _RECORD_LABELS
        or _opens_sentence(stripped)
        or _prose_not_names(stripped)
    )


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "to", "of", "in", "for", "with", "by", "on", "is", "are", "was", "were"}
)


def _prose_not_names(line: str) -> bool:
    """A line of prose, not a list of names and offices: eight words at least, two or more small
    words of a sentence among them ("Safer Merton forms part of the Community Safety Partnership."),
    no honorific ("Councillor", "Mr"), not a person and their role."""
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    return (
        len(words) >= 8
        and len({w for w in words if w in _FUNCTION_WORDS}) >= 2
        and not _HONORIFIC_WORD.search(line)
        and not is_person_line(line)
    )


def _heading_over_longer_sentence(cur: Unit, prev_line: str, stripped: str) -> bool:
    """`cur` one line of heading shape, and `stripped` (the line under it) a whole sentence that is
    longer than that line: two units, not one paragraph wrapped."""
    return (
        len(cur.lines) == 1
        and cur.kind is None
        and is_heading_text(cur.text)
        and _END_SENTENCE.search(stripped) is not None
        and len(stripped) >= len(prev_line.rstrip()) + 10
    )


def _heading_over_sentence_start(cur: Unit, stripped: str) -> bool:
    """`cur` one line of heading shape, itself no sentence's start, and `stripped` (the line under it)
    the start of a sentence ("Introduction and purpose of this assessment" / "This strategic
    assessment looks at …"): a heading over its text, however near the wrap width the heading
    reaches. A sentence broken at the width goes on with its own words, never with a new sentence's
    first word (a line that stops on a connector, "… to" / "The Panel", is joined before this)."""
    return (
        len(cur.lines) == 1
        and cur.kind is None
        and is_heading_text(cur.text)
        and _opens_sentence(stripped)
        and not _opens_sentence(cur.text)
    )


_YEARS_AT_END = re.compile(r"\b(?:19|20)[0-9]{2}(?:\s?[/–-]\s?(?:19|20)?[0-9]{2})?\s*$")


def _flat(units: list[Unit]) -> bool:
    """A page copied with no blank line between its paragraphs (a web page's text, a table's cells
    one a line). (A line or two a cover's rows left, taken out as the meeting's date or place,
    leave a gap.)"""
    n = len(units)
    return n >= 8 and sum(u.gap > 0 for u in units) <= max(2, n // 10)


def _prose_under(units: list[Unit], i: int) -> bool:
    """Is the unit after unit i, straight under it, a paragraph of whole sentences (the section's
    text under its name, "Annual Report 2020/21" / "Chair Person's remarks" / "As Chair Person I am
    delighted …")?"""
    if i + 1 >= len(units):
        return False
    v = units[i + 1]
    return (
        v.gap == 0
        and v.kind is None
        and v.table is None
        and len(v.text.split()) >= 10
        and _END_SENTENCE.search(v.text.rstrip()) is not None
    )


def _join_wrapped_headings(units: list[Unit], meta: Meta) -> list[Unit]:
    """Join a title or heading that wrapped onto a second line back into one unit.

    A line directly under a heading-like line (no blank between) continues it when
    - together they spell (the start of) the title a cover row gave ("Title: …");
    - it is the paper's opening heading (nothing but metadata before it), the next line is also
      heading-like, set in the same case, and is not a section label ("Annual Report on Prevention
      and Protection" / "Activity 2022/23" / "Purpose of report"): a title set large wraps early
      (but a question is whole: "How did we do in 2011-12?" / "An assessment of …" are two);
    - or the first line cannot end a heading ("… agreed by the" / "Board in 2022") or the second
      starts lower-case.
    A title found only by position (meta.title equal to the first line) becomes the joined text.
    """
    out: list[Unit] = []
    title_norm = _norm(meta.title or "")
    seen_body = False
    flat = _flat(units)
    schemes = _item_schemes(units)
    for i, u in enumerate(units):
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(out) == 1
            and not seen_body
            and prev.kind is None
            and u.kind is None
            and prev.table is None
            and u.table is None
            and u.gap <= 1
            and prev.text.endswith(":")
            and is_heading_text(prev.text[:-1])
            and len(prev.text.split()) <= 6
            and is_heading_text(u.text)
        ):
            # A cover's title set over two lines at its colon ("Delivering Safer Communities:" / "A
            # guide to effective partnership working"): one title.
            joined = prev.text + " " + u.text
            if title_norm in (_norm(prev.text), _norm(u.text)):
                meta.title = clean(joined)
                title_norm = _norm(joined)
            prev.text = joined
            prev.lines.extend(u.lines)
            continue
        if (
            prev is not None
            and not seen_body
            and len(out) == 1
            and prev.table is None
            and prev.kind is None
            and u.table is None
            and u.kind is None
            and u.gap == 0
            and is_heading_text(prev.text)
            and _YEARS.fullmatch(u.text.strip())
        ):
            # The cover's title over its year ("Annual Report" / "2014/15"): one title.
            prev.text = prev.text + " " + u.text.strip()
            prev.lines.extend(u.lines)
            if title_norm and title_norm == _norm(prev.text.rsplit(" ", 1)[0]):
                meta.title = clean(prev.text)
                title_norm = _norm(prev.text)
            continue
        if (
            prev is not None
            and prev.table is None
            and prev.kind is None
            and u.table is None
            and u.kind is None
            and u.gap == 0
            and len(prev.lines) <= 2
            and len(prev.text) + len(u.text) <= 160
            and is_heading_text(u.text if u.text[:1].isupper() else u.text.capitalize())
            and (is_heading_text(prev.text) or _CONNECTOR_END.search(prev.text))
        ):
            joined = prev.text + " " + u.text
            spells_title = bool(title_norm) and (
                title_norm == _norm(joined) or title_norm.startswith(_norm(joined) + " ")
            )
            opening = (
                not seen_body
                and len(out) == 1
                and _norm(u.text) not in SECTION_LABELS
                and not prev.text.endswith((":", "?"))
                and _all_caps(prev.text) == _all_caps(u.text)
                # A line naming again what the line above names ("Essex Fire & Rescue
                # Consultation" / "Fire & Rescue Service", a page's title over its category) is a
                # line of its own: a title that wraps does not repeat its words across the break.
                and not _content_words(prev.text) & _content_words(u.text)
                # (Nor a title closed by its year, "Annual Report 2024/25" / "Foreword from the
                # Chair": the section under it, on a page with no blank lines.)
                and not (
                    u.gap == 0
                    and _YEARS_AT_END.search(prev.text)
                    and is_heading_text(u.text)
                    and (flat or _prose_under(units, i))
                )
                # (Nor what a title's wrap never is: a date or a period ("18 September 2015",
                # "January to March 2016"), a row ("SIG Name: …"), a foreword, or anything under a
                # document's one-word title ("Minutes" / "Chairman's Announcements").)
                and not _not_the_title_going_on(prev.text, u.text)
                # (Nor the first item under the title, numbered in the paper's scheme or as a
                # section: "MINUTES OF THE MEETING …" / "I APOLOGIES FOR ABSENCE", "Annual Report
                # 2022/23" / "Section 1. Introduction".)
                and not _numbered_first_item(u, schemes)
            )
            wrapped = bool(_CONNECTOR_END.search(prev.text)) or u.text[:1].islower()
            if spells_title or opening or wrapped:
                if title_norm and title_norm == _norm(prev.text):
                    meta.title = clean(joined)
                    title_norm = _norm(joined)
                prev.text = joined
                prev.lines.extend(u.lines)
                continue
        if out:
            seen_body = True
        out.append(u)
    return out


# A section's word and number opening a line ("Section 1. Introduction", "Part 2: Our priorities").
_SECTION_LEAD = re.compile(r"^(?:Section|Part|Chapter)\s+[0-9]{1,2}[.:]?\s+[A-Z]")


_PERIOD_LINE = re.compile(
    rf"^(?:(?:{MONTH_PATTERN})\s+(?:(?:19|20)[0-9]{{2}}\s+)?(?:to|-|–)\s+(?:{MONTH_PATTERN})\s+(?:19|20)[0-9]{{2}}"
    rf"|(?:{MONTH_PATTERN})\s+(?:19|20)[0-9]{{2}})$",
    re.I,
)
_FOREWORD = re.compile(r"\bforeword\b", re.I)


def _not_the_title_going_on(title: str, line: str) -> bool:
    """Is `line`, straight under the opening title-like line `title`, something a title never wraps
    onto: a date or a period, a labelled row, a foreword's heading, the label of who attended
    ("Present", "In attendance:": the minutes' attendance opens), or anything under a document's
    one-word title?"""
    s = line.strip()
    return (
        _lone_date(s)
        or _ATTENDANCE_LABEL.match(s) is not None
        or _PERIOD_LINE.match(s) is not None
        or _ROW.match(s) is not None
        or _FOREWORD.search(s) is not None
        or _norm(title) in _DOCUMENT_TITLES
    )


def _content_words(text: str) -> set[str]:
    """The longer words of a line, lower-cased, without the small words of titles."""
    return {
        w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _SMALL_WORDS | {"with", "from", "into"}
    }


def _all_caps(text: str) -> bool:
    """Set in capitals ("COMMUNITY SAFETY STRATEGY"): a title set large wraps in its own case, so a
    line in another case under it ("Reigate and Banstead") is a line of its own."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _blocks(
    units: list[Unit],
    meta: Meta,
    title: str | None,
    limits: Limits,
    revise: ReviseHeadings | None = None,
    *,
    item_page: bool = False,
) -> list[Block]:
    units = _rejoin_page_breaks(units)
    units = _join_wrapped_headings(units, meta)
    units = _slashed_item_rows(units)
    units = _drop_item_subtitles(units)
    kept, blocks = _classify(units, meta, title, limits, item_page=item_page)
    return revise(kept, blocks) if revise is not None else blocks


def _classify(
    units: list[Unit], meta: Meta, title: str | None, limits: Limits, *, item_page: bool = False
) -> tuple[list[Unit], list[Block]]:
    """The units kept (a cover table's cells are not) and their blocks, each unit marked with the
    named rule that decided it, if one did (`Unit.rule`)."""
    # 2. Headings: unmarked heading-like lines.
    signature = _signature_lines(units) | _sign_off_lines(units)
    cand = []
    for k, u in enumerate(units):
        shape = _heading_shaped(units, k, meta)
        # Why a heading-shaped unit is text, kept on the unit for the benches' error classes
        # (`bench/scores.py --summary`: which rule a missed heading fell to).
        u.excluded = _not_heading_because(units, k, meta, signature) if shape else ""
        cand.append(shape and not u.excluded)
    # Minutes that close their items' names in capitals with a full stop set a sub-item's name so
    # too, in the text's own case (_stopped_sub_item).
    if sum(1 for u in units if _capitals_with_stop(u)) >= 2:
        for k in range(len(units) - 1):
            cand[k] = cand[k] or _stopped_sub_item(units[k], units[k + 1])
    # A page that heads its sections with questions ("What do we class as anti-social behaviour?")
    # sets a longer question the same way ("What do we do to tackle and reduce anti-social
    # behaviour?"): a heading when it stands alone over prose, though too long for a heading-like
    # line elsewhere.
    if any(cand[k] and _QUESTION_HEAD.match(u.text.strip()) for k, u in enumerate(units)):
        for k, u in enumerate(units[:-1]):
            nxt = units[k + 1]
            if (
                not cand[k]
                and u.kind is None
                and u.table is None
                and len(u.lines) == 1
                and _QUESTION_HEAD.match(u.text.strip())
                and len(u.text.split()) <= 16
                and nxt.table is None
                and nxt.kind is None
                and _END_SENTENCE.search(nxt.text.rstrip())
                and not _QUESTION_HEAD.match(nxt.text.strip())
            ):
                cand[k] = True
    for k, u in enumerate(units[:-1]):
        if not cand[k] and _submitted_item_title(u, units[k + 1]):
            cand[k] = True
    for k, u in enumerate(units[:-1]):
        if not cand[k] and _long_label_over_prose(units, k):
            u.excluded = _not_heading_because(units, k, meta, signature)
            cand[k] = not u.excluded
    # A section's name longer than a heading-like line, set apart as the paper's other headings are
    # ("How the Partnership has worked with communities to reduce anti-social behaviour in the town
    # centre" between blank lines, over its paragraph).
    if sum(cand) >= 3:
        for k in range(1, len(units) - 1):
            if not cand[k] and _long_heading_alone(units, k):
                cand[k] = True
    names = _attendance_names(units) | _membership_by_office(units)
    for k in names:
        if cand[k]:
            units[k].excluded = "a list of names"
        cand[k] = False
    if meta.title and any(_norm(units[k].text) == _norm(meta.title) for k in names | signature):
        # A name at the head of the list, or a letter's signatory ("Yours faithfully," / "Jo
        # Bloggs", which find_meta may meet first on a page with no title line), is not the title.
        meta.title = None
    title_key = _title_key(units, cand, meta, title)
    if title is None and not item_page and meta.title and _not_a_title(meta.title):
        # Minutes that open at their first item ("Apologies for Absence", "In Attendance") or their
        # attendance row have no title line: the line is the item's heading (level 2) or the row's
        # paragraph, never the paper's title (an item's own page, "Agenda item" over "Apologies",
        # is titled by it).
        if title_key == _norm(meta.title):
            title_key = None
        meta.title = None
    is_heading = _headings(units, cand, title_key)
    _mark_named_rules(units, cand, is_heading)
    cells = _cover_table_cells(units, is_heading, title_key)
    kept = [k for k in range(len(units)) if k not in cells]
    blocks = _emit([units[k] for k in kept], [is_heading[k] for k in kept], title_key, limits)
    return [units[k] for k in kept], blocks


# The verb of a speaker's line over what they said ("Jo Bloggs, the Partnership's Chair, explains:").
_SPEAKS_END = re.compile(
    r"\b(?:said|says|say|comments|commented|explains|explained|adds|added|states|stated|writes|wrote|notes|"
    r"noted|told|tells|reports|reported|responds|responded|remarks|remarked|concludes|concluded)$",
    re.I,
)
_WHOLE_SENTENCE_END = re.compile(r"[.!?]['\"’”)\]]*$")


def _long_label_over_prose(units: list[Unit], k: int) -> bool:
    """A section's label closing with its colon, longer than a label line (`is_label_heading` takes
    four words), alone on its line over the section's prose ("Enhance partnership structures and
    governance:" / "The introduction of informal meetings gave …"): a heading, as its shorter
    fellows are (NOTE 2661). A line closing with a colon is text where it leads into what follows:
    a clause (`_lead_in_clause`, a subject and its verb, a speaker's "… explains:"), a person and
    their role or any line with a comma, or a lead over a list, a table or a line that is no whole
    sentence ("Officers in attendance:" / "Jo Bloggs, Head of Housing")."""
    u = units[k]
    s = u.text.strip()
    if u.kind is not None or u.table is not None or len(u.lines) != 1 or not s.endswith(":"):
        return False
    body = s[:-1].rstrip()
    nxt = units[k + 1] if k + 1 < len(units) else None
    return (
        not is_label_heading(s)
        and len(body.split()) <= 10
        and is_heading_text(body)
        and "," not in body
        and not _lead_in_clause(body)
        and not _SUBJECT_AND_VERB.match(body)
        and not _SUBJECT_THEN_AUXILIARY.match(body)
        and not _SPEAKS_END.search(body)
        and not is_person_line(body)
        and nxt is not None
        and nxt.kind is None
        and nxt.table is None
        and nxt.text.strip()[:1].isupper()
        and len(nxt.text.split()) >= 8
        and _WHOLE_SENTENCE_END.search(nxt.text.rstrip()) is not None
    )


def _heading_shaped(units: list[Unit], k: int, meta: Meta) -> bool:
    """Has the unit a heading's shape (before the rules that rule such lines out as text)?"""
    u = units[k]
    return (
        u.table is None
        and u.kind is None
        and (
            is_heading_text(u.text)
            or is_label_heading(u.text)
            or (k < 3 and _MINUTES_OF.match(u.text) is not None and len(u.text.split()) <= 40)
            # (Its repeat over the report after the cover sheet too: the title again.)
            or _long_title(u, meta)
            or _capitals_with_stop(u)
            # An attendance label in capitals, however many words it takes ("MEMBERS OF THE PUBLIC
            # PRESENT:"), as its shorter fellows are ("COUNCILLORS PRESENT:").
            or (
                _all_caps(u.text) and _ATTENDANCE_LABEL.match(u.text) is not None and len(u.text.split()) <= 6
            )
        )
    )


# A government publication page's note of the nations it holds for, under its date ("Applies to
# England", "Applies to England and Wales", "Applies to England, Scotland and Wales").
_APPLIES_TO = re.compile(
    r"^\s*applies\s+to\s+(?:England|Wales|Scotland|Northern\s+Ireland|the\s+UK|all\s+of\s+the\s+UK)"
    r"(?:\s*(?:,|and)\s*(?:England|Wales|Scotland|Northern\s+Ireland))*\s*$",
    re.I,
)


def _not_heading_because(units: list[Unit], k: int, meta: Meta, signature: set[int]) -> str:
    """The name of the first rule that makes a heading-shaped unit a line of text ("" where none
    does). Named so that a heading the rules miss can be counted by the rule it fell to."""
    u = units[k]
    t = u.text
    is_title = _norm(t) == _norm(meta.title or "")
    checks: tuple[tuple[str, Callable[[], object]], ...] = (
        ("attendance", lambda: _ATTENDANCE.match(t)),
        # (Who chaired the meeting, "Mr A Smith in the Chair", says something: not a heading.)
        ("in the chair", lambda: _IN_THE_CHAIR.search(t)),
        ("cover date", lambda: k < 4 and _MONTH_YEAR.fullmatch(t.strip())),
        # (Nor the months a cover's report covers: "January to March 2016".)
        ("cover months", lambda: k < 8 and _COVER_MONTHS.match(t)),
        ("reference", lambda: _REFERENCE_LINE.match(t)),
        ("version", lambda: _VERSION_LINE.match(t)),
        # (Nor a government page's note of where it holds, under its date: "Applies to England",
        # "Applies to England and Wales".)
        ("applies to", lambda: _APPLIES_TO.match(t)),
        # (Nor an attachment's label at its head: "Annex 2 to the report of the Director of …".)
        ("attachment label", lambda: k < 3 and _ATTACHMENT_LABEL.match(t)),
        ("row", lambda: u.row),
        ("text line", lambda: u.text_line),
        # A person and their role ("Councillor Lisa Spivey, Cabinet Member for …") and a label
        # over a clause ("Please note: Certain items may be recorded"): lines of text, not headings.
        ("person", lambda: is_person_line(t)),
        ("label and clause", lambda: _LABEL_AND_CLAUSE.match(t)),
        ("label by", lambda: _LABEL_BY.match(t)),
        # (Nor who a report is by, "Report of the Principal Licensing Officer", where a cover's rules
        # left it in the text: a line of the item, not a section's name.)
        ("author line", lambda: _AUTHOR_LINE.match(t) and len(t.split()) <= 8),
        ("purpose clause", lambda: _PURPOSE_CLAUSE.match(t)),
        ("report clause", lambda: _REPORT_CLAUSE.match(t)),
        # (Nor a sentence with no stop: its subject and a finite verb, "The Service will focus on the
        # following areas in 2023/24" over a list; nor a table's or a figure's source note.)
        ("subject and verb", lambda: _SUBJECT_AND_VERB.match(t)),
        # (Nor one with another subject, below the title: a news page's headline may say, "Night
        # patrols are back", and is its title.)
        (
            "subject then auxiliary",
            lambda: (_SUBJECT_THEN_AUXILIARY.match(t) or _BODY_DID.match(t)) and not is_title,
        ),
        ("source note", lambda: _SOURCE_NOTE.match(t)),
        ("postcode", lambda: _POSTCODE.search(t)),
        ("subject lead", lambda: _SUBJECT_LEAD.match(t)),
        ("resolution lead", lambda: _RESOLUTION_LEAD.match(t)),
        ("resolved", lambda: _RESOLVED_ALONE.match(t)),
        # (A lead-in word with its colon over a list goes on from the sentence before: "Except:",
        # "Including:" over "(a) …", not a section's name.)
        ("lead-in word", lambda: _LEAD_IN_WORD.match(t)),
        # (Nor a motion's outcome alone, "CARRIED", "Lost", or a resolution's number over it,
        # "Resolution number WC/2025/11": lines of the minutes, as "Resolved" alone is.)
        ("vote outcome", lambda: _VOTE_OUTCOME.match(t)),
        ("resolution number", lambda: _RESOLUTION_NUMBER.match(t)),
        ("mover", lambda: _MOVER_ROW.match(t)),
        ("officer row", lambda: _OFFICER_ROW.match(t)),
        # (Nor a line that only lists or names people: several names after their plural style or
        # between semicolons, an office and its holder, who takes an action; nor one joining word.)
        ("names line", lambda: _names_line(t.strip())),
        ("names going on", lambda: _names_going_on(units, k)),
        ("lone joining word", lambda: t.strip().lower() in _JOINING_WORDS),
        ("online venue", lambda: _ONLINE_VENUE.match(t)),
        # (Nor a heading printed again over the next page with its mark, "Housing - Continued",
        # "Minutes (cont'd)": the section goes on, no new one opens.)
        ("continued", lambda: _CONTINUED.search(t)),
        # (A page's blurb, "Details of fixed penalty notices …", but not a decision record's label,
        # "Details of the decision:".)
        ("link blurb", lambda: _LINK_BLURB.match(t) and not _DECISION_LABEL.match(t.strip())),
        ("link", lambda: _LINK_LINE.search(t)),
        # (A key fact, "1,200 home safety visits": a line of the text, but for the paper's own
        # headline opening with its sum, "£2m to tackle knife crime in Northby".)
        ("statistic", lambda: _STATISTIC.match(t.strip()) and not is_title),
        ("form row", lambda: _form_row(clean(t))),
        ("dash row", lambda: is_dash_row(t)),
        # (A news item's labelled date line, "Published: Thursday, 17th October 2019", a paragraph.)
        ("item date", lambda: is_item_date_line(t)),
        # (Nor the page's other furniture lines: its publication label alone ("Last updated:"), its
        # dateline ("News / 29th April 2019"), a photograph's caption ("Pictured: …").)
        ("publication label", lambda: is_publication_label(t)),
        ("dateline", lambda: is_dateline(t)),
        ("caption", lambda: is_caption(t)),
        # (Nor a news item's byline, "By Jane Smith, Local Democracy Reporter", nor the page's links
        # and labels round the item, "Read more", "Share this page", "Tags: …".)
        ("byline", lambda: is_news_byline(t)),
        ("page links", lambda: is_page_links(t)),
        # (Nor the line straight under the item's dated row, no blank line between, "Published on:
        # …" / "PCC Jo Bloggs outside the station": the picture's caption set with the date.)
        ("under a date row", lambda: k > 0 and u.gap == 0 and is_item_date_line(units[k - 1].text)),
        # (Nor a news item's date alone on its line under the headline, over the item's text.)
        (
            "news date",
            lambda: (
                0 < k < len(units) - 1
                and u.kind is None
                and units[k + 1].kind is None
                and _news_date_line(units[k - 1].text, t, units[k + 1].text)
            ),
        ),
        ("signature", lambda: k in signature),
        ("first line of a paragraph", lambda: _first_line_of_paragraph(units, k)),
        ("speaker", lambda: _speaker_line(units, k)),
    )
    return next((name for name, test in checks if test()), "")


# One joining word alone on its line ("Of", "And", "&"): a word of a cover's title or a graphic's
# label set over several lines, never a section's name of its own ("A" is left: an index's letter).
_JOINING_WORDS = frozenset({"of", "and", "&", "the", "for", "on", "to", "in", "at", "by", "with"})
# A mark that a heading or a running header goes on from the page before ("Housing - Continued",
# "Minutes (cont'd)", "Agenda: cont."), closing its line; `_continued_headers` and the headings read it.
_CONTINUED = re.compile(r"\S\s*(?:[-–—:,]\s*|\(\s*)(?:continued|cont['’]?d|cont)\.?\s*\)?\s*$", re.I)
# A meeting held online, on a line of its own under its date ("Via Zoom", "Held via Microsoft
# Teams", "Virtual meeting on Zoom"): where it met, not a heading.
_ONLINE_VENUE = re.compile(
    r"^\s*(?:(?:held\s+)?(?:virtually\s+)?(?:via|on|by)|(?:virtual|remote|online)\s+meeting\s+(?:via|on|by))\s+"
    r"(?:zoom|(?:microsoft\s+|ms\s+)?teams|skype|webex|google\s+meet|video\s*(?:link|conference))\b"
    r"[^.]{0,30}$",
    re.I,
)
# A person's name as a list of who attended writes it, with a style before it ("Cllr", "Mrs") or
# not, and what they are in brackets after it ("Jo Bloggs (Chair)").
_LISTED_NAME = re.compile(
    r"^(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev|Supt|Insp|PC|PCSO|Sgt)\.?\s+)?"
    r"(?:[A-Z]\.?\s+){0,2}[A-Z][a-z'’]+(?:[-\s][A-Z][a-z'’]+){0,2}(?:\s+\([^)]{1,40}\))?$"
)
# An office and its holder on a line ("Chief Officer: Jo Bloggs", "Lead Officer - Ann Lee"): the
# office's last word one of those below.
_OFFICE_AND_HOLDER = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,3}(?:Officer|Chair(?:man|person)?|Clerk|Secretary|Manager|Director|Lead|"
    r"Contact|Author|Executive|Treasurer|Convener|Convenor)\s*[:–—-]\s+(?P<name>.+)$"
)
# Who takes an action, under a minute ("Action - Rachel Young", "ACTION: JB", "Action by: All"): the
# minute's line, not the name of what follows.
_ACTION_OWNER = re.compile(r"^(?i:action)(?:\s+(?i:by|owner))?\s*[:–—-]\s*(?P<who>[A-Z].{0,60})$")
_INITIALS = re.compile(r"^(?:[A-Z]{2,4}|All(?:\s+members)?)(?:\s*(?:[/,&]|and)\s*[A-Z]{2,4})*$")


def _names_line(t: str) -> bool:
    """A line that lists or names people and says nothing else: several names after their plural
    style ("Councillors Ann Lee, Jo Bloggs and Sam Roe"), an office and its holder ("Chief Officer:
    Jo Bloggs"), who takes an action ("Action - Jo Bloggs")."""
    if _STYLED_NAMES.match(t):
        return True
    action = _ACTION_OWNER.match(t)
    if action is not None:
        who = action["who"].strip().rstrip(".")
        return _LISTED_NAME.match(who) is not None or _INITIALS.match(who) is not None
    office = _OFFICE_AND_HOLDER.match(t)
    return office is not None and _LISTED_NAME.match(office["name"].strip()) is not None


def _names_going_on(units: list[Unit], k: int) -> bool:
    """Names between semicolons ("Ann Lee; Jo Bloggs") on the line after one that closes with a
    semicolon or a comma: the list of who attended going on, not a heading."""
    if k == 0 or not units[k - 1].text.rstrip().endswith((";", ",")):
        return False
    parts = [p.strip() for p in units[k].text.strip().rstrip(";.").split(";")]
    return len(parts) >= 2 and all(_LISTED_NAME.match(p) and len(p.split()) >= 2 for p in parts)


_PLAIN_NAME = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?$")
_REPORTING_VERB = re.compile(
    r"^\s+(?:presented|introduced|reported|gave|outlined|explained|updated|advised|informed|said|spoke|"
    r"provided|delivered|summarised|summarized|highlighted|told)\b"
)


def _speaker_line(units: list[Unit], k: int) -> bool:
    """A person's name alone on its line in minutes, which the next paragraph opens with as it
    reports what that person did ("Jo Bloggs" / "Jo Bloggs presented the report …"): who spoke, not
    a section's name."""
    u = units[k]
    if u.kind is not None or u.table is not None or len(u.lines) != 1:
        return False
    text = u.text.strip()
    if not _PLAIN_NAME.match(text) or k + 1 >= len(units):
        return False
    nxt = units[k + 1].text.strip()
    return nxt.startswith(text) and _REPORTING_VERB.match(nxt[len(text) :]) is not None


_FINITE_VERB = re.compile(r"\b(?:will|is|are|was|were|has|have|had|can|could|should|must|would|may|shall)\b")
# A verb in the past before its object or clause ("Members noted the report …", "thanked officers
# for …" is not caught; "agreed that …" is), and a person's honorific: a sentence's, not a name's.
_PAST_VERB = re.compile(r"\b[a-z]{2,}ed\s+(?:the|a|an|that|this|these|those|its|their|his|her|our|all|any)\b")
_HONORIFIC_WORD = re.compile(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|Supt|Inspector|Sergeant|Sir)\b\.?")
_QUESTION_WORD = re.compile(r"^(?:How|What|Why|Where|When|Who|Which)\s")


def _names_not_says(s: str) -> bool:
    """A line that names rather than says: no finite or past verb (save a question's, "How the
    Partnership has worked …"), no sentence's opening word, no honorific."""
    return (
        (_QUESTION_WORD.match(s) is not None or not (_FINITE_VERB.search(s) or _PAST_VERB.search(s)))
        and not _HONORIFIC_WORD.search(s)
        and not _opens_sentence(s)
        and not _PURPOSE_CLAUSE.match(s)
        and not is_person_line(s)
    )


def _headings_inside_paragraphs(units: list[Unit]) -> list[Unit]:
    """On a page with no blank lines whose paragraphs run to the wrap width, a section's name wrapped
    into the paragraph over it and the one under it ("… in the year to March 2023." / "How the
    Partnership has worked with communities …" / "The Partnership ran …"): a line after a sentence's
    end, with no stop of its own, that names rather than says, over a line that opens a sentence,
    is a unit of its own. (A sentence broken at the width goes on with its own words, never with a
    new sentence's first word.)"""
    out: list[Unit] = []
    for u in units:
        lines = [x.strip() for x in u.lines]
        if u.kind is not None or u.table is not None or len(lines) < 3 or u.text != " ".join(lines):
            out.append(u)
            continue
        start = 0
        parts: list[tuple[int, int]] = []
        for i in range(1, len(lines) - 1):
            line = lines[i]
            words = line.split()
            if (
                i > start
                and lines[i - 1].endswith((".", "!", "?"))
                and not line.endswith((".", "!", "?", ":", ";", ","))
                and (is_heading_text(line) or 15 <= len(words) <= 20)
                and not _CONNECTOR_END.search(line)
                and not _all_caps(line)
                and not re.search(r"[:;()|@]|\s[-–—]\s", line)
                and _names_not_says(line)
                and _opens_sentence(lines[i + 1])
            ):
                parts += [(start, i), (i, i + 1)]
                start = i + 1
        if not parts:
            out.append(u)
            continue
        parts.append((start, len(lines)))
        for n, (a, b) in enumerate(parts):
            out.append(
                Unit(
                    text=" ".join(lines[a:b]),
                    indent=_indent(u.lines[a]),
                    gap=u.gap if n == 0 else 0,
                    lines=u.lines[a:b],
                )
            )
    return out


def _long_heading_alone(units: list[Unit], k: int) -> bool:
    """A line of 15 to 20 words set apart by blank lines on both sides, with no stop or colon of its
    own, over a paragraph of whole sentences: a section's long name ("Reducing reoffending by young
    people and adults through joined-up work with probation and health services"), not a sentence
    left without its stop — it has no finite verb (save a question's, "How the Partnership has
    worked …"), no sentence's opening word, no bracket, dash or colon, and is no person's line."""
    u, nxt = units[k], units[k + 1]
    s = u.text.strip()
    words = s.split()
    return (
        u.kind is None
        and u.table is None
        and not u.row
        and len(u.lines) == 1
        # (Set apart by blank lines, or on a page with none, after a sentence's end and over a line
        # that opens a sentence.)
        and (
            (u.gap > 0 and nxt.gap > 0)
            or (units[k - 1].text.rstrip().endswith((".", "!", "?")) and _opens_sentence(nxt.lines[0]))
        )
        and 15 <= len(words) <= 20
        and s[:1].isupper()
        and not re.search(r"[.:;,!?)(\]\-–—|/@]$|[:;()|@]|\s[-–—]\s|[.!?]\s", s)
        and sum(w[:1].isupper() for w in words) * 2 < len(words)
        and _names_not_says(s)
        and nxt.kind is None
        and nxt.table is None
        and len(nxt.text.split()) >= 8
        and nxt.text.rstrip().endswith((".", "!", "?"))
    )


# The formalities that open minutes, and their labels: an item's name ("Apologies for Absence",
# "01 Apologies for Absence", "Apologies and Deputy Members", "Declarations of Interest",
# "Appointment of Chair", "49 Minutes"), an attendance row ("Present: …", "Also Present: …") or a
# web page's "Minutes:" label.
_FORMALITY = re.compile(
    r"^(?:[0-9]{1,3}[a-z]?\.?\s+(?=\S))?(?:apologies(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+[\w'’ -]{3,40})?"
    r"|(?:also\s+)?in\s+attendance|(?:members\s+|also\s+)?present|attendance"
    r"|declarations?\s+of\s+(?:members['’]?\s+)?interests?"
    r"|(?:appointment|election)\s+of\s+(?:the\s+)?(?:vice[- ])?chair(?:man|person)?"
    r"(?:\s+(?:and|&)\s+(?:the\s+)?(?:vice[- ])?chair(?:man|person)?)?)\s*:?\s*$",
    re.I,
)
_NUMBERED_MINUTES = re.compile(r"^[0-9]{1,3}[a-z]?\.?\s+minutes\s*$|^minutes\s*:\s*$", re.I)


def _not_a_title(text: str) -> bool:
    s = text.strip()
    return bool(
        _FORMALITY.match(s) or _NUMBERED_MINUTES.match(s) or _ATTENDANCE.match(s) or _ROW_OPENS_LINE.match(s)
    )


# A minute that opens with the report taken ("There was submitted a report by the Chief
# Superintendent …", Scottish councils' minutes).
_SUBMITTED = re.compile(r"^There\s+(?:was|were)\s+submitted\b")


def _submitted_item_title(u: Unit, nxt: Unit) -> bool:
    """The line set alone over a minute that opens "There was submitted a report …" names the item,
    whatever its shape: "Report by Chief Superintendent, Police Scotland." closes with a full stop,
    as such minutes set their items' names. A short line in title case, not a sentence of the
    minutes ("The Committee then considered the following matter.")."""
    text = u.text.strip()
    if (
        u.kind is not None
        or u.table is not None
        or nxt.kind is not None
        or nxt.table is not None
        or len(u.lines) != 1
        or not _SUBMITTED.match(nxt.text)
        or not text[:1].isupper()
        or len(text.split()) > 16
        or text.endswith((":", ";", ","))
    ):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long = [w for w in words if len(w) >= 4 and w.lower() not in _SMALL_WORDS | {"with", "from", "into"}]
    return bool(long) and sum(w[0].isupper() for w in long) * 2 >= len(long) + 1


def _mark_named_rules(units: list[Unit], cand: list[bool], is_heading: list[bool]) -> None:
    """Mark the units whose verdict a named rule gave rather than the shape of the line: an item's
    or a minute's number over its name; a heading the shape alone would not make (a minutes' title
    closing with a full stop or a date, a title too long for a heading-like line, capitals with a
    stop, a question); a line of heading shape a rule ruled out (an attendance list, a person and
    their office, a signature, a cover's date or reference, a labelled clause, a line under the
    title, a run of rows); a letter's courtesies. (The emitter marks the rest: `_emit`.)"""
    for k, u in enumerate(units):
        if u.table is not None or u.rule:
            continue
        if u.kind in ("minute", "item"):
            u.rule = "item"
        elif u.kind is None:
            shape = is_heading_text(u.text) or is_label_heading(u.text)
            if is_heading[k] and _minutes_label(u):
                # (A web page's "Minutes:" label the rules kept heads the minute on every such page,
                # whatever the lines round it; the heading model's word counts do not overrule it.)
                u.rule = "label"
            elif (cand[k] and not is_heading[k]) or (shape and not cand[k]):
                u.rule = "not a heading"
            elif cand[k] and not shape:
                u.rule = "heading"
            elif is_heading[k] and len(u.lines) == 2 and _CONNECTOR_END.search(u.lines[0].strip()):
                # (A heading the rules joined back from the line it broke off at a connecting word,
                # "Progress against the priorities agreed by" / "the Committee in March": its length
                # is the wrap's, not a sentence's, so the heading model's word counts do not overrule
                # it. Other joins stay the model's: an item's name over its "(Report by …)" line.)
                u.rule = "heading"
            elif is_letter_courtesy(clean(u.text)):
                u.rule = "courtesy"
            elif shape and _MEETING_HELD_ON.search(u.text):
                # (A minute's or an agenda's name of the meeting it records, by its date: "Minutes of
                # the meeting of the Board held on 4 May 2021", "Confirmation of Minutes - Meeting
                # held on 9 February 2021": a heading, as the minutes' title is.)
                u.rule = "heading"
            elif breaks_off(u.text):
                # (A line broken off on a word that takes what follows is a clause, never a heading,
                # whatever else its shape: "Rural Crime Task Group - Findings Report of", "… received; and".)
                u.rule = "not a heading"


# The named rules (`Unit.rule`) whose verdict is a heading; the others' is text.
HEADING_RULES = frozenset({"item", "heading", "label"})


def named_verdict(u: Unit) -> bool | None:
    """What the named rule that decided the unit said (True a heading, False text), or None where no
    named rule decided it."""
    return (u.rule in HEADING_RULES) if u.rule else None


# A table of minutes flattened one row a line, its cells set apart by " / ": the column heads
# ("Item / Discussion / Action") and each item's number and title ("3. / Presentation on …").
_SLASHED_HEAD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?(?: / [A-Z][a-z]+(?: [a-z]+)?){1,4}$")
_SLASHED_TITLE = re.compile(r"^/\s+(?=[A-Z])")


def _first_line_of_paragraph(units: list[Unit], k: int) -> bool:
    """Text saved with the page's own line breaks, no blank lines: a short line in the text's own
    case after a sentence's end ("… Councillor Ray Jelf." / "Acting Chief" / "Constable Sara
    Thornton and …") is the first line of the next paragraph, not a heading, when the lines after
    it run on past the line's end (the next does not end a sentence, and more follow it)."""
    if k < 1 or k + 1 >= len(units):
        return False
    prev, u, nxt = units[k - 1], units[k], units[k + 1]
    return (
        u.gap == 0
        and nxt.gap == 0
        and u.kind is None
        and nxt.kind is None
        and prev.table is None
        and nxt.table is None
        and len(u.lines) == 1
        and not _all_caps(u.text)
        and not u.text.rstrip().endswith(":")  # (a label: "Present:", "Minutes:")
        and prev.text.rstrip().endswith(".")
        and len(nxt.lines) >= 2
        and not _END_SENTENCE.search(nxt.lines[0].rstrip())
        and not nxt.lines[0].rstrip().endswith(":")
        # (Not a line under which a sentence begins, "Background" / "The Police and Justice Act
        # 2006 requires …": a sentence's line broken on the page goes on with its own words, not
        # with a new sentence's first word, and the short line, itself no sentence's start, heads it.)
        and not (_opens_sentence(nxt.lines[0]) and not _opens_sentence(u.text))
        # (Nor a report's usual section label: "… the information provided." / "Background" /
        # "Until June 2019 the Chair was …".)
        and _norm(u.text) not in SECTION_LABELS
        # A sentence broken early on the page goes on into the next line: in lower case, from a
        # line that opens a sentence itself ("The Scrutiny" / "Committee considered …"), or from a
        # rank or office into its holder's name ("Acting Chief" / "Constable Sara Thornton and …").
        # A short line naming a topic over a line in capitals ("Shoplifting" / "Shoplifting had
        # risen …", "Anti-social behaviour hotspots" / "Reports of …") heads it.
        and (
            nxt.lines[0].lstrip()[:1].islower()
            or _opens_sentence(u.text)
            or _RANK_GOES_ON.search(u.text.rstrip()) is not None
            or _CONNECTOR_END.search(u.text.rstrip()) is not None
        )
    )


# The last word of a line that goes on into a person's name or office on the next: a rank, an
# honorific, an office ("Acting Chief" / "Constable …", "Deputy" / "Police and Crime Commissioner").
_RANK_GOES_ON = re.compile(
    r"\b(?:Acting|Interim|Deputy|Assistant|Chief|Senior|Principal|Head|Director|Lead|Executive|Councillor|Cllr"
    r"|Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Professor|Superintendent|Supt|Inspector|Sergeant|Constable|Mayor"
    r"|Commissioner|Leader|Chair|Chairman|Vice)\.?$"
)


# The closed-class words a sentence of a report or minute opens with (determiners, pronouns, a few
# prepositions), "To" before a verb ("To present the annual report …") and a resolution's "RESOLVED".
_SENTENCE_OPENER = re.compile(
    r"^\s*(?:(?:The|This|These|That|Those|It|Its|We|Our|They|Their|There|He|She|In|During|Following|"
    r"Since|An?|Each|Every|All)\s+\S|To\s+[a-z]{3,}\s|(?:RESOLVED|Resolved)\b)"
)


def _opens_sentence(line: str) -> bool:
    return _SENTENCE_OPENER.match(line) is not None


_SIGN_OFF = re.compile(
    r"^\s*(?:signed|signature|chair(?:man|person)?(?:['’]s\s+signature)?|date[d]?)\b(?:\s*(?:by\s+the\s+)?"
    r"\(?chair(?:man|person)?\)?)?[\s:._…-]*$",
    re.I,
)


def _sign_off_lines(units: list[Unit]) -> set[int]:
    """A record's sign-off: "Signed" alone on its line (dots or a rule for the signature after it),
    and the "Chair" and "Date" lines under it, blank lines between or not: the chair signs the
    minutes there, and the lines head nothing."""
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.table is not None or u.kind is not None or not re.match(r"^\s*signed\b", u.text, re.I):
            continue
        if not _SIGN_OFF.match(u.text):
            continue
        out.add(k)
        for j in range(k + 1, min(len(units), k + 4)):
            if units[j].table is not None or not _SIGN_OFF.match(units[j].text):
                break
            out.add(j)
    return out


def _signature_lines(units: list[Unit]) -> set[int]:
    """The lines under a letter's valediction ("Yours faithfully," / "Jo Bloggs" / "Depute Chief
    Executive/" "Director of …"): the signatory's name and office (two lines at most), blank lines
    between or not, up to a sentence, a label or a numbered line; they sign the letter and head
    nothing."""
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.table is not None or not is_valediction(u.text):
            continue
        for j in range(k + 1, min(len(units), k + 3)):
            v = units[j]
            text = clean(v.text)
            if (
                v.table is not None
                or v.kind is not None
                or len(text.split()) > 12
                or text.endswith((".", ":"))  # (a label after the signature, "Notes:", heads its notes)
                # (The signatory's name and office already read off into the paper's meta leave a
                # gap of their lines: what stands after that gap, a newsletter's next part's name
                # over its text, is past the signature.)
                or v.gap >= 3
            ):
                break
            out.add(j)
    return out


def _item_subtitle(units: list[Unit], k: int, numbered: bool = True) -> bool:
    """Is unit k a numbered item title's second line: a short line of its own straight under it (no
    blank line), no sentence, with a blank line after it ("1.  Apologies for Absence" / its name in
    the council's other language, "Liesgeulan", "Ymddiheuriadau")? (With `numbered` false: under
    an unnumbered title set apart, "Community Safety" over the items of that part.)"""
    if k < 1 or k + 1 >= len(units):
        return False
    title, u, nxt = units[k - 1], units[k], units[k + 1]
    text = clean(u.text)
    return (
        (title.kind == "num" if numbered else title.kind is None and title.gap > 0 and len(title.lines) == 1)
        and title.table is None
        and is_heading_text(clean(title.text))
        and len(clean(title.text).split()) <= 10
        and u.kind is None
        and u.table is None
        and u.gap == 0
        and len(u.lines) == 1
        and is_heading_text(text)
        and not text.endswith(":")
        and len(text.split()) <= 12
        and nxt.gap > 0
    )


def _drop_item_subtitles(units: list[Unit]) -> list[Unit]:
    """Agendas and minutes that set a second line under every numbered item's title (its name in
    the council's other language) keep the title as the item's heading and the second line in no
    block, as a letterhead's other language is (note 140): two such items at least, so that a
    title over a one-line heading of its own stays as it is."""
    subs = {k for k in range(len(units)) if _item_subtitle(units, k)}
    if len(subs) < 2:
        return units
    # The paper sets its part headings so too ("Community Safety" / its name in the other language).
    subs |= {k for k in range(len(units)) if k - 1 not in subs and _item_subtitle(units, k, numbered=False)}
    out = []
    for k, u in enumerate(units):
        if k in subs:
            continue
        if k - 1 in subs:
            u.gap = max(u.gap, 1)
        out.append(u)
    return out


def _slashed_item_rows(units: list[Unit]) -> list[Unit]:
    """Minutes kept in a table of items and saved as text one row a line: each row's number and
    title ("2. / Matters arising from the Minutes") is the item's heading, without its number, and
    the column heads over the first row are furniture. Only where two rows at least are so set."""
    rows = {
        k
        for k, u in enumerate(units)
        if u.kind == "num" and u.table is None and _SLASHED_TITLE.match(u.text) and len(u.lines) <= 1
    }
    if len(rows) < 2:
        return units
    out: list[Unit] = []
    for k, u in enumerate(units):
        if k in rows:
            u.kind, u.number = "item", None
            u.text = _SLASHED_TITLE.sub("", u.text)
        elif u.kind is None and u.table is None and _SLASHED_HEAD.match(u.text.strip()) and k + 1 in rows:
            continue
        out.append(u)
    return out


# A name and the office after a dash ("Cllr Jo Bloggs - Cabinet Member Communities.", "Supt Ann Lee –
# South Wales Police"): two to five words of the name, each with a capital.
_NAME_DASH_OFFICE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*\s+[-–—]\s+[A-Z][^.;:]{1,100}\.?$")
_NAMES_ROW = re.compile(r"^[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,3}\s*:\s*\S")
# Attendance set out by group, the group's row first ("Elected Members: Cllrs. …", "County Council
# Officials: …"): the rows of the other groups ("An Garda Síochána: Superintendent …") and the
# group's further members on lines of their own ("Inspector …") follow it, blank lines between or not.
_GROUP_ROW = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s+){0,3}(?i:members|officials|officers|representatives|councillors)\s*:\s*\S"
)


# An office alone on its line in a committee's or board's membership ("Chairperson", "Deputy
# Chairperson", "Members", "Ex-officio"), the holders' names under it.
_OFFICE_LABEL = re.compile(
    r"^\s*(?:(?:deputy|vice)[- ]?)?(?:chair(?:man|person|woman)?|convener|convenor|mayor|members?"
    r"|ex[- ]officio(?:\s+members?)?|co-?opted\s+members?|independent\s+members?)\s*:?\s*$",
    re.I,
)


def _member_name(text: str) -> bool:
    """A member's name as a membership lists it ("Cr Dr Jo Bloggs", "Mayor Hon Ann Lee, CNZM, JP",
    "IMSB Member Tim Kake"): a few capitalised words, no sentence, no "of" or "the" unless a comma
    sets honours or an office after the name."""
    words = text.split()
    return (
        0 < len(words) <= (10 if "," in text else 6)
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ":", ";"))
        and ("," in text or not {w.lower() for w in words} & _SMALL_WORDS)
        and sum(w[:1].isupper() for w in words) * 2 > len(words)
        and not re.search(r"[0-9]", text)
    )


def _membership_by_office(units: list[Unit]) -> set[int]:
    """A membership set out office by office: "Chairperson" / "Cr Jo Bloggs" / "Deputy Chairperson"
    / "Cr Ann Lee" / "Members" / the members' names, one a line, blank lines between or not (New
    Zealand and Australian councils' agendas open so). Two offices at least, each straight over a
    name: the offices and the names are the list's lines, not headings (each was read as a heading
    over the name under it, or every other name as one)."""
    out: set[int] = set()
    k = 0
    n = len(units)
    while k < n:
        u = units[k]
        if u.table is not None or u.kind is not None or not _OFFICE_LABEL.match(u.text):
            k += 1
            continue
        run: list[int] = []
        offices = 0
        j = k
        while j < n:
            v = units[j]
            if v.table is not None or v.kind is not None:
                break
            if _OFFICE_LABEL.match(v.text):
                nxt = units[j + 1] if j + 1 < n else None
                if nxt is None or nxt.table is not None or nxt.kind is not None or not _member_name(nxt.text):
                    break
                offices += 1
            elif not _member_name(v.text):
                break
            run.append(j)
            j += 1
        if offices >= 2:
            out.update(run)
        k = max(j, k + 1)
    return out


# Names after their plural style, joined by "and" ("Councillors Brian Jones and Carol Brown", "Cllrs
# A Smith and B Jones"): a line of who attended.
_STYLED_NAMES = re.compile(
    r"^(?:Councillors|Cllrs\.?|Aldermen|Messrs\.?)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"(?:(?:,|\s+and|\s+&)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+$"
)


def _attendance_names(units: list[Unit]) -> set[int]:
    """The lines listed under an attendance label alone on its line ("Present:-", "In Attendance:"):
    names ("Lord Provost Ann LEE"), their groups ("BAILIES", "COUNCILLORS") and "Label: names" rows
    ("Chairperson: Ann Lee"), up to the first sentence ("Councillor Ann LEE, Convener, in the
    Chair."). Short and unstopped as they are, they are the list's lines, not headings or a title."""
    out: set[int] = set()
    for k, u in enumerate(units):
        if u.table is not None or u.kind is not None:
            continue
        # (Or under a group's row: rows and names alike, as a list by group mixes them.)
        by_group = _GROUP_ROW.match(u.text) is not None and not _END_SENTENCE.search(u.text.rstrip())
        if not by_group and not _ATTENDANCE_LABEL.match(u.text):
            continue
        rows: bool | None = None  # a list of "Label: names" rows, or of names
        for j in range(k + 1, min(len(units), k + 60)):
            v = units[j]
            text = v.text.strip()
            if v.table is not None or v.kind is not None or _ATTENDANCE_LABEL.match(text):
                break
            row = _NAMES_ROW.match(text) is not None
            rows = row if rows is None else rows
            # (A name has no "of" or "the" unless a comma sets its office after it: the line after
            # the list that names an item, "Adoption of Minutes", ends it.)
            # (Or after a dash, with or without a full stop: "Jo Bloggs - Head of Performance and
            # Partnership Services.")
            office = _NAME_DASH_OFFICE.match(text) is not None
            # (An initial "A" after the first word is a name's, "Cllr A Smith", not the article.)
            words = {w.lower() for n, w in enumerate(text.split()) if n == 0 or w != "A"}
            # (Or several names after their plural style, "Councillors Brian Jones and Carol Brown".)
            styled = _STYLED_NAMES.match(text) is not None
            name = (
                # (Longer with an office after a comma: "Bill McQueen, Board Member, Scottish Fire
                # & Rescue Service".)
                len(text.split()) <= (16 if "," in text or office or styled else 8)
                and (not text.endswith(".") or office)
                and ("," in text or office or styled or not words & _SMALL_WORDS)
            )
            # (A line straight over a sentence of prose is the heading of what follows the list,
            # "APOLOGIES" over "Apologies were received from …", not its last name.)
            after = units[j + 1] if j + 1 < len(units) else None
            # (Nor is a name with its office after a comma, "Bill McQueen, Board Member, …", set
            # straight over prose: a heading over prose has no comma unless in capitals.)
            heads_prose = (
                not row
                and ("," not in text or _all_caps(text))
                and after is not None
                and after.table is None
                and len(after.text.split()) > 10
                and _END_SENTENCE.search(after.text.rstrip()) is not None
            )
            if ((row and rows) or (name and not rows) or (by_group and (row or name))) and not heads_prose:
                out.add(j)
                continue
            break
    return out


# An item's number before a title in capitals, a space after it: roman ("IV", "III(a)"), or the
# committee's letters and a number ("PU1", "CM5"), perhaps with the year's after it ("CSC005-24").
_ROMAN_ITEM = re.compile(
    r"^(?:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:\([a-z]\))?|(?P<letters>[A-Z]{1,4})[0-9]{1,3}[a-z]?(?:[-/][0-9]{2})?)\s+"
    r"(?=[A-Z][A-Z0-9'’&,()/ –-]*[A-Z0-9]$)"
)


def _schemed_item_lines(lines: list[str], drop: set[int]) -> set[int]:
    """The lines that open with an item's number in a scheme the paper uses twice at least (roman,
    or the committee's letters and a number) before a title in capitals."""
    by_scheme: dict[str, list[int]] = {}
    for i, x in enumerate(lines):
        if i not in drop and (scheme := _item_scheme(re.sub(r"[ \t]+", " ", x).strip())):
            by_scheme.setdefault(scheme, []).append(i)
    return {i for found in by_scheme.values() if len(found) >= 2 for i in found}


def _item_schemes(units: list[Unit]) -> set[str]:
    """The item numbering schemes (`_item_scheme`) the paper's units use twice at least."""
    count = Counter(_item_scheme(u.text) for u in units if u.kind is None and u.table is None)
    return {k for k, v in count.items() if k and v >= 2}


def _numbered_first_item(u: Unit, schemes: set[str]) -> bool:
    """A line numbered in the paper's item scheme ("I APOLOGIES FOR ABSENCE") or as a section
    ("Section 1. Introduction"): an item or a section of its own, not a line of the cover."""
    return _item_scheme(u.text) in schemes or _SECTION_LEAD.match(u.text) is not None


def _item_scheme(text: str) -> str | None:
    """How an item's number before its title in capitals is set: "roman", or the committee's
    letters ("PU" of "PU1"); None when the line has no such number."""
    m = _ROMAN_ITEM.match(text)
    return None if m is None else (m.group("letters") or "roman")


# An item's name in capitals closing with a full stop ("ADOPTION OF MINUTES.", "1 SUSPENSION OF
# STANDING ORDERS."): minutes that stop every line set their headings so too.
_CAPITALS_WITH_STOP = re.compile(r"^(?:[0-9]{1,3}\s+)?[A-Z][A-Z'’&,()/ -]{2,100}[A-Z)]\.$")


# (A sentence in capitals says something: "NO DECLARATIONS OF INTEREST WERE MADE.")
_FINITE_WORDS = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "shall",
    "may",
}


def _stopped_sub_item(u: Unit, nxt: Unit) -> bool:
    """A sub-item's name in the text's own case closing with a full stop ("Post of Superintendent in
    Northtown."), in minutes that stop their items' names in capitals: a phrase of four to ten
    words with no verb, on its own line set apart, over prose."""
    text = u.text.strip()
    words = text.rstrip(".").split()
    return (
        u.kind is None
        and u.table is None
        and len(u.lines) <= 1
        and u.gap > 0
        and nxt.gap > 0
        and 4 <= len(words) <= 10
        and text.endswith(".")
        and "." not in text[:-1]
        and ":" not in text
        and is_heading_text(text[:-1])
        and not {w.lower() for w in words} & _FINITE_WORDS
        and not any(w.islower() and w.endswith("ed") for w in words)
        and nxt.kind is None
        and nxt.table is None
        and len(nxt.text.split()) > 10
    )


def _capitals_with_stop(u: Unit) -> bool:
    text = u.text.strip()
    return (
        len(u.lines) <= 1
        and not {w.lower() for w in text.rstrip(".").split()} & _FINITE_WORDS
        and 2 <= len(text.split()) <= 12
        and _CAPITALS_WITH_STOP.match(text) is not None
        and is_heading_text(text[:-1])
    )


# A question set as a heading: a question word or auxiliary first, the question mark last.
_QUESTION_HEAD = re.compile(
    r"^(?:What|How|Why|Who|When|Where|Which|Can|Could|Do|Does|Is|Are|Should|Will|Would)\b[^.?!:;]*\?$"
)


def _long_title(u: Unit, meta: Meta) -> bool:
    """The cover's title, too long for a heading-like line ("Annual Report of the Police and Crime
    Commissioner for Northshire on the Police and Crime Plan 2016-17") or opening with the sum a
    headline reports ("£2m to tackle knife crime in …", which a heading-like line may not: a figure's
    label in an infographic opens so): the line find_meta took for the title, on its own, with no
    full stop, still a heading."""
    text = u.text.strip()
    return (
        bool(meta.title)
        and _norm(text) == _norm(meta.title or "")
        and (14 < len(text.split()) <= 25 or (not text[:1].isalnum() and opens_as_heading(text)))
        and not _END_SENTENCE.search(text)
        and len(u.lines) <= 2
    )


def _rejoin_page_breaks(units: list[Unit]) -> list[Unit]:
    # 1. A paragraph broken by a page gap: the next piece starts lower-case and the text before does
    #    not end a sentence.
    # A repeated heading-like line (a running title) between the two halves of a broken sentence is
    # a page header: drop it so that the halves can be joined.
    repeats = Counter(_norm(u.text) for u in units if u.table is None and u.kind is None)
    kept: list[Unit] = []
    for k, u in enumerate(units):
        if (
            0 < k < len(units) - 1
            and u.kind is None
            and u.table is None
            and repeats[_norm(u.text)] >= 2
            and is_heading_text(u.text)
            and kept
            and kept[-1].table is None
            and not _END_SENTENCE.search(kept[-1].text)
            and not is_heading_text(kept[-1].text)
            and units[k + 1].kind is None
            and units[k + 1].text[:1].islower()
        ):
            units[k + 1].gap = max(units[k + 1].gap, 1)
            continue
        kept.append(u)
    units = kept
    merged: list[Unit] = []
    for u in units:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.table is None
            and u.table is None
            and u.kind is None
            and u.gap > 0
            and not u.text[:1].isupper()
            and not _END_SENTENCE.search(prev.text)
            # (A heading-like line does not run on past a blank line, nor does a minute's or an
            # item's title after its number: "18/004 Matters arising" / "01 Funding Streams – …".)
            and not (prev.kind in (None, "minute", "item") and is_heading_text(prev.text))
            # (Nor does a sentence in the text's own case go on in capitals: "… Flintshire County
            # Council" / "1 1 SERIOUS INCIDENT" is the next item's heading.)
            and not (_all_caps(u.text) and not _all_caps(prev.text))
            # A note wholly in brackets after a blank line ("(Enclosed)", "(Report of the Director
            # enclosed)" under an agenda's item) is a line of its own, not the sentence going on.
            and not (u.text.startswith("(") and u.text.rstrip().endswith(")"))
            # (Nor a contents list's entry, "2A:   Increasing Community Engagement   20".)
            and not (u.lines and _CONTENTS_ROW.match(u.lines[0]))
        ):
            prev.text = (
                prev.text + ("" if prev.text.endswith("-") and prev.text[-2:-1].isalpha() else " ") + u.text
            )
            continue
        merged.append(u)
    units = merged

    return units


_MINUTES_OF_BODY = re.compile(
    r"^\s*(?:(?:draft|provisional|unconfirmed|unapproved|approved|confirmed)\s+)?minutes?\s+of\s+"
    r"(?:(?:the|a)\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(?P<rest>[A-Z].*)$",
    re.I,
)
_BODY_THEN_MINUTES = re.compile(r"^\s*(?P<b>[A-Z].{3,100}?)\s+minutes\s*$", re.I)
# A title wrapped before the meeting's date ("Summary of the … Board Meeting" / "held on 05 March
# 2013"): the second line goes on with "held on" and the date.
_WRAPPED_HELD_ON = re.compile(r"^\s+held\s+(?:on|at|in)\s", re.I)
_MEETING_HELD = re.compile(r"\bmeeting\s+held\s+on\s", re.I)
_DOCUMENT_TITLES = {"minutes", "agenda", "agenda and minutes", "agenda and draft minutes", "draft minutes"}


def _title_key(units: list[Unit], cand: list[bool], meta: Meta, title: str | None) -> str | None:
    """The title's comparison key (and meta.title set from its line)."""
    n = len(units)
    # The title: a heading-like line that recurs, else the first title-like line found by find_meta,
    # provided it comes before the numbered body begins.
    first_num = next((k for k, u in enumerate(units) if u.kind == "num"), n)
    title_key = None
    first_cand = next((k for k in range(min(n, 6)) if cand[k]), None)
    if title:
        title_key = _norm(title)
    elif first_cand is not None and _norm(units[first_cand].text) in _DOCUMENT_TITLES:
        # The document's own name set first under the letterhead ("CHESHIRE FIRE AUTHORITY" /
        # "MINUTES", "Agenda"): the title, whatever title-like line find_meta met first.
        title_key = _norm(units[first_cand].text)
    elif (doc := _document_title(units, cand, first_num)) is not None:
        title_key = doc
    else:
        seen: Counter[str] = Counter(_norm(u.text) for k, u in enumerate(units) if cand[k])
        for k, u in enumerate(units):
            if cand[k] and seen[_norm(u.text)] >= 2 and _norm(u.text) not in SECTION_LABELS:
                # A label set over each item of a page ("What was discussed", three times) under
                # the page's own first line: that line is the title, the label a section's.
                if seen[_norm(u.text)] >= 3 and first_cand == 0 and k > 0:
                    break
                # A web page's first line, a phrase of three words or more set apart ("How we make
                # decisions"), over a section whose name recurs ("Decision Making" and again under
                # "Meetings"): the page's title. (A one-word label over a title that recurs,
                # "Guidance", is the site's category.)
                if first_cand == 0 and k > 0 and len(units[0].text.split()) >= 3 and units[1].gap > 0:
                    title_key = _norm(units[0].text)
                    break
                if len(u.text.split()) >= 2:
                    title_key = _norm(u.text)
                    break
        if title_key is None and meta.title:
            # (find_meta reads lines: a title that wrapped after "… Report of", or a headline whose
            # second line goes on in lower case, "… anti-social behaviour" / "in the town centre",
            # is its first line.)
            wrapped = _CONNECTOR_END.search(meta.title) is not None
            for k, u in enumerate(units[: max(first_num, 1) + 1]):
                rest = clean(u.text)[len(clean(meta.title)) :]
                if cand[k] and (
                    _norm(u.text) == _norm(meta.title)
                    or (
                        wrapped
                        or _WRAPPED_HELD_ON.match(_norm(u.text)[len(_norm(meta.title)) :])
                        or rest[1:2].islower()
                    )
                    and _norm(u.text).startswith(_norm(meta.title) + " ")
                ):
                    title_key = _norm(u.text)
                    break
    if title_key is None and not title and meta.title:
        # find_meta took the first line of a paragraph for the title ("The Board received a report
        # updating it on …"): a heading above that paragraph (a minute's item title, "Minutes") is
        # the title instead.
        mt = _norm(meta.title)
        prose = next(
            (
                k
                for k, u in enumerate(units)
                if u.kind is None
                and u.table is None
                and not cand[k]
                and _norm(u.text).startswith(mt)
                and len(_norm(u.text)) > len(mt)
            ),
            None,
        )
        for k, u in enumerate(units[: prose or 0]):
            text = clean(u.text)
            item_title = u.kind in ("minute", "num") and is_heading_text(text) and len(text.split()) <= 10
            if cand[k] or item_title:
                title_key = _norm(u.text)
                if item_title and u.number and not meta.item:
                    meta.item = u.number
                break
    if title_key is not None and not title:
        title_key = _document_named_title(units, cand, title_key, first_num)
    if not title and _subhead_under_text(units, cand, title_key or _norm(meta.title or "")):
        meta.title = None
        return None
    if title_key is not None:
        # The title heading is the paper's title.
        for k, u in enumerate(units):
            if (cand[k] or u.kind in ("minute", "num")) and _norm(u.text) == title_key:
                meta.title = clean(u.text)
                if (
                    not meta.meeting_date
                    and _MEETING_HELD.search(meta.title)
                    and (d := find_date(meta.title))
                ):
                    # "Summary of the … Board Meeting held on 05 March 2013": the meeting's date.
                    meta.meeting_date = d[0]
                break
    # Otherwise meta.title stays what find_meta found (a "Title:" cover row, or None).

    return title_key


def _subhead_under_text(units: list[Unit], cand: list[bool], key: str) -> bool:
    """Is the line taken for the title a section's sub-head, under the text's first sentences
    ("Redirected Funding" on a news page stored without its headline)? A title stands over the text. A line naming a document under a web page's notes on itself (its
    translation, its PDF: "Annual Governance Statement") is the title all the same."""
    if not key:
        return False
    at = next(
        (k for k, u in enumerate(units) if (cand[k] or u.kind in ("minute", "num")) and _norm(u.text) == key),
        None,
    )
    if at is None or names_a_document(units[at].text):
        return False
    return any(u.table is None and not cand[k] and is_body_sentence(u.text) for k, u in enumerate(units[:at]))


def _document_named_title(units: list[Unit], cand: list[bool], title_key: str, first_num: int) -> str:
    """A site's or a cover's line taken for the title that names no document ("Keeping you and your
    loved ones safe", "STATES OF JERSEY"), with a heading-like line naming one set a little further
    down the opening, no prose between ("Annual Report – Fire"): that line is the title."""
    at = next((k for k, u in enumerate(units) if cand[k] and _norm(u.text) == title_key), None)
    if at is None or names_a_document(units[at].text) or len(_YEARS.findall(units[at].text)) == 1:
        # (A title with a year names its period, "HOW DID WE DO IN 2011-12?"; a site's badge lists
        # several, "Quality Mark 2016/17, 2017/18 and 2018/19".)
        return title_key
    for k in range(at + 1, min(len(units), first_num, at + 6)):
        u = units[k]
        if k == at + 1 and u.gap == 0:
            break  # set straight under it: its subtitle
        named = names_a_document(u.text) and _norm(u.text) not in SECTION_LABELS | _DOCUMENT_TITLES
        # (Who the report is by, "Report of the Licensing Officer", names the author, not the paper.)
        if cand[k] and named and not _AUTHOR_LINE.match(u.text):
            return _norm(u.text)
        if not cand[k] and (len(u.text.split()) > 12 or _END_SENTENCE.search(u.text)):
            break  # prose: past the opening
    return title_key


def _document_title(units: list[Unit], cand: list[bool], first_num: int) -> str | None:
    """An agenda pack's own name further down its cover ("SCRUTINY BOARD (…)" / the meeting /
    "MEMBERSHIP" / the members / "A G E N D A"): the title, when the heading-like lines above it are
    only the cover's short labels, none naming a document."""
    prose = False
    for k in range(min(len(units), first_num, 15)):
        text = units[k].text
        if not cand[k]:
            prose = prose or len(text.split()) >= 8 or _END_SENTENCE.search(text.rstrip()) is not None
            continue
        # (In the text's own case, "Agenda", only before any prose: "Minutes" after an item's text is
        # that item's name.)
        if (
            _norm(text) in _DOCUMENT_TITLES
            and (_all_caps(text) or not prose)
            and not text.rstrip().endswith(":")
        ):
            return _norm(text)
        if _VENUE.match(clean(text)):
            continue  # (where the meeting is held: "Committee Room 2, Town Hall")
        if len(text.split()) > 3 or names_a_document(text):
            return None
    return None


# Where a meeting is held, as a cover sets it on a line of its own: a room or a building, a comma, the
# building or the town ("Committee Room 2, Town Hall", "Council Chamber, Civic Centre, Northby").
_VENUE = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){0,3}(?:Room|Chamber|Suite|Hall|Centre|Offices|House|Headquarters)"
    r"(?:\s+[0-9A-Z]{1,3})?,\s+(?:[A-Z][\w'’.-]*[ ,]*){1,6}$"
)


def _headings(units: list[Unit], cand: list[bool], title_key: str | None) -> list[bool]:
    """Which heading-like units are headings (not closing lines or a label's content)."""
    n = len(units)
    is_heading = list(cand)
    # A page copied with no blank line between its paragraphs (a web page's text, a table's cells
    # one a line) cannot set its headings apart: a run of short lines is no sign of a list there.
    flat = _flat(units)
    schemes = _item_schemes(units)
    # Heading-like lines over a report's title, near the top: a site's strapline, a letterhead, a
    # page's label ("Keeping you and your loved ones safe", "STATES OF JERSEY", "Guidance"), not
    # sections. (Over "Minutes" or "Agenda" the body's name is a heading in some keys: left alone.)
    at = next((k for k in range(min(n, 8)) if cand[k] and _norm(units[k].text) == title_key), None)
    if at is not None and title_key not in _DOCUMENT_TITLES:
        for k in range(at):
            is_heading[k] = False
            units[k].excluded = units[k].excluded or "over the title"
    # A run of three or more heading-like lines with no blank line between is a list (members
    # present, "BEXLEY Cllr Teresa O'Neill"), not headings; so is a run of "Label: value" rows.
    k = 0
    while k < n:
        if not cand[k]:
            k += 1
            continue
        j = k + 1
        while j < n and cand[j] and units[j].gap == 0:
            j += 1
        rows = sum(bool(_ROW.match(units[x].text)) for x in range(k, j))
        opening = not any(cand[x] for x in range(k))  # a cover's lines set one under another
        if (j - k >= 3 and not opening) or (j - k >= 2 and rows == j - k):
            for x in range(k, j):
                is_heading[x] = False
                units[x].excluded = "a run of heading-like lines"
            if flat and rows < j - k and _names_section_over_prose(units, j - 1):
                # (And the section's own heading straight over it, named so too: "Committee – Terms
                # of Reference" over "Fields of Activity".)
                x = j - 1
                while x >= k and _section_name(units[x]):
                    is_heading[x] = True
                    units[x].excluded = ""
                    units[x].rule = "heading"  # a named verdict (ADR 0014): the model does not undo it
                    x -= 1
        k = j
    subtitle: set[int] = set()
    for k in range(n):
        if not cand[k]:
            continue
        u = units[k]
        if k + 1 >= n:
            is_heading[k] = False  # nothing follows: a closing line, not a heading
            units[k].excluded = "nothing after it"
            continue
        if (
            _norm(u.text) in _ITEM_STATUS
            and k > 0
            and not cand[k - 1]
            and _starts_item(units[k + 1], cand[k + 1])
        ):
            # An agenda item's status after its summary ("For decision"), the next item's title
            # straight after: the item's last line, not a heading over the next.
            is_heading[k] = False
            units[k].excluded = "an item's status"
            continue
        if _ATTENDANCE_LABEL.match(u.text) and k > 0 and units[k + 1].gap > 0:
            # (With the names straight under it, no blank line, "PRESENT:" heads them as a
            # minute's heading does.)
            is_heading[k] = False
            units[k].excluded = "attendance label"
            continue
        if _apologies_in_attendance(units, cand, k):
            is_heading[k] = False
            units[k].excluded = "apologies in attendance"
            continue
        if _norm(u.text) == title_key or _norm(u.text) in SECTION_LABELS:
            continue
        # Directly under another heading: it is that heading's content when the heading is a
        # front-matter label ("Action" / "Officers to action") or when it has no content of its own.
        p = k - 1
        if (
            p >= 0
            and u.gap == 0
            and (p in subtitle or is_heading[p] and _norm(units[p].text) == title_key)
            # (Not the attendance label under a minutes' title: "Present:" heads the names; nor a
            # web page's "Minutes:" label set straight under the item's title, or under the page's
            # own labels there: it heads the minute.)
            and not _ATTENDANCE_LABEL.match(u.text)
            and not _minutes_label(u)
            # (On a page with no blank lines, a section's name straight over its prose is the
            # first section, not a subtitle: "Annual Report 2024/25" / "Foreword from the Chair".)
            and not (flat and _names_section_over_prose(units, k))
            and not (_first_section_over_prose(units, k) and units[k + 1].gap == 0)
            # (Nor a foreword, "Annual Report 2022/23" / "Chair's Foreword" / prose, nor a record's
            # section label, "Community Safety Partnership Annual Report" / "Decision:".)
            and not _FOREWORD.search(u.text)
            and _norm(u.text) not in _RECORD_LABELS
            # (Nor the first item, numbered in the paper's scheme or as a section: "MINUTES OF THE
            # MEETING …" / "I APOLOGIES FOR ABSENCE".)
            and not _numbered_first_item(u, schemes)
        ):
            # Set right under the title, no blank line between, and not a wrap of it: the title's
            # subtitle or cover lines ("HOW DID WE DO IN 2011-12?" / "AN ASSESSMENT OF …").
            is_heading[k] = False
            units[k].excluded = "under the title"
            subtitle.add(k)
            continue
        if (
            u.text.rstrip().endswith(":")
            and cand[k + 1]
            and units[k + 1].text.rstrip().endswith(":")
            and not _minutes_label(u)
        ):
            # A label straight over another label ("Decision number:" / "Decision:"): a column's
            # label with its value elsewhere, not a heading with nothing under it.
            is_heading[k] = False
            units[k].excluded = "a label over a label"
            continue
        if _cover_line_under_title(units, cand, k, title_key):
            is_heading[k] = False
            units[k].excluded = "a cover line under the title"
            continue
        if _MONTH_YEAR.fullmatch(u.text.strip()) and cand[k + 1]:
            # A month and year on a line of their own with a heading straight after ("July 2014" /
            # "1 Introduction"): a cover's date, heading nothing.
            is_heading[k] = False
            units[k].excluded = "a cover's month"
            continue
        if p >= 0 and is_heading[p] and _norm(units[p].text) != title_key and not _minutes_label(u):
            label = _norm(units[p].text) in SECTION_LABELS
            next_is_heading = k + 1 < n and cand[k + 1]
            # (Under a section's label, a short name set apart over a bulleted list of its own heads
            # that list: "Executive summary" / "Methodology" / "• The survey was …", a sub-section.)
            sub_section = label and not next_is_heading and _heads_own_list(u, units[k + 1])
            # (Nor the first of a section's short sub-headings, "Implications" / "Financial" / "None
            # arising …" / "Legal" / "The Council has duties …": shaped like a later sibling.)
            sub_section = sub_section or (
                label and not next_is_heading and _first_of_siblings(units, cand, k)
            )
            if (label or next_is_heading) and not sub_section:
                is_heading[k] = False
                units[k].excluded = "under a section's label" if label else "between two heading-like lines"
        elif (
            p >= 0
            and units[p].kind in ("minute", "item")
            and k + 1 < n
            and units[k + 1].kind in ("minute", "item")
        ):
            # The one line between two items' titles ("2. Matters arising" / "There were no
            # matters arising" / "3. …"): the first item's text, not a heading of its own.
            is_heading[k] = False
            units[k].excluded = "between two items"
    return is_heading


def _section_name(u: Unit) -> bool:
    """A short line naming a section, not a person, an office or a row: it has a small word inside
    ("of", "and") or is a report's usual section label; no comma, no figures."""
    if u.kind is not None or u.table is not None or is_person_line(u.text) or _ROW.match(u.text):
        return False
    words = u.text.split()
    named = _norm(u.text) in SECTION_LABELS or bool({w.lower() for w in words[1:-1]} & _SMALL_WORDS)
    return named and "," not in u.text and not re.search(r"[0-9]", u.text)


_SERVICE_WORDS = ("Service", "Services", "Police", "Constabulary", "Trust", "Office", "Team", "Network")


def _first_section_over_prose(units: list[Unit], k: int) -> bool:
    """On a page with no blank lines, a short line in the text's own case straight under the title
    and over the paper's prose — a numbered paragraph, or a paragraph of whole sentences ("MINUTES" /
    "Chair's Announcements" / "The Chair asked Members …", "ANNUAL REPORT 2017-18" / "The Panel's
    work during the year" / "1. The Panel held …"): the first section's name, not a subtitle (a
    subtitle is followed by more of the cover: a date, a byline, a period)."""
    if k + 1 >= len(units):
        return False
    u, after = units[k], units[k + 1]
    text = u.text.strip()
    return (
        len(u.lines) == 1
        and u.kind is None
        and u.table is None
        and len(text.split()) <= 6
        and not _all_caps(text)
        and not _opens_sentence(text)
        and not _YEARS.search(text)
        and not find_date(text)
        and not is_person_line(text)
        # (Nor a body's name, "Fire & Rescue Service" under a news item's headline: a tag.)
        and text.split()[-1].capitalize() not in (*BODY_WORDS, *_SERVICE_WORDS)
        and after.table is None
        and (
            after.kind == "num"
            or (
                after.kind is None
                and len(after.text.split()) >= 10
                and _END_SENTENCE.search(after.text.rstrip()) is not None
                and not is_person_line(after.text)
            )
        )
    )


def _names_section_over_prose(units: list[Unit], k: int) -> bool:
    """The last of a run of short lines, straight over a paragraph of prose, naming a section rather
    than a person or a row ("Fields of Activity" under a cover's rows, over "The development of
    policy … including:"): a section name has a small word ("of", "and") or is a report's usual
    section label, where a name or an office has neither."""
    if k + 1 >= len(units) or not _section_name(units[k]):
        return False
    after = units[k + 1]
    return (
        after.table is None
        and after.kind is None
        and len(after.text.split()) >= 10
        and _END_SENTENCE.search(after.text.rstrip()) is not None
    )


_APOLOGIES = re.compile(r"^\s*apologies(?:\s+for\s+absence)?\s*$", re.I)
_NAME_CONNECTORS = {"and", "of", "the", "for", "on", "to", "in", "de", "van", "von", "le", "la"}


def _apologies_in_attendance(units: list[Unit], cand: list[bool], k: int) -> bool:
    """ "APOLOGIES" alone in the attendance block ("PRESENT" / the members / "Also present:" / the
    officers) over a row of names, not prose: the list's label, as "PRESENT" is (NOTES 207), where
    over "Apologies were received from …" it is the minute's heading."""
    u, nxt = units[k], units[k + 1]
    if not _APOLOGIES.match(u.text) or nxt.kind is not None or nxt.table is not None:
        return False
    # (The attendance block is a short run at the head of the minutes: looked for a few units back.)
    label = next(
        (j for j in range(k - 1, max(k - 12, 0) - 1, -1) if _ATTENDANCE_LABEL.match(units[j].text)), None
    )
    if label is None or any(
        units[x].kind is not None or (cand[x] and not _ATTENDANCE_LABEL.match(units[x].text))
        for x in range(label + 1, k)
    ):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", nxt.text) if w.lower() not in _NAME_CONNECTORS]
    return len(words) >= 2 and sum(w[0].islower() for w in words) == 0


def _first_of_siblings(units: list[Unit], cand: list[bool], k: int) -> bool:
    """A short name (three words or fewer) straight under a section's label, over a sentence of its
    own, with a sibling further on: another short heading-like line after text, set apart as it is,
    before the next longer heading-like line."""
    u = units[k]
    if len(u.text.split()) > 3 or u.kind is not None or not _END_SENTENCE.search(units[k + 1].text.rstrip()):
        return False
    for j in range(k + 2, min(len(units), k + 9)):
        v = units[j]
        if not cand[j]:
            continue
        return (
            len(v.text.split()) <= 3
            and v.kind is None
            and not cand[j - 1]
            and (v.gap > 0) == (u.gap > 0)
            and _all_caps(v.text) == _all_caps(u.text)
        )
    return False


def _heads_own_list(u: Unit, nxt: Unit) -> bool:
    """A short name (four words at most) on a line of its own with a bulleted list after a blank
    line: the list's heading, not the content of the label over it."""
    return (
        len(u.lines) == 1
        and len(u.text.split()) <= 4
        and not _END_SENTENCE.search(u.text.rstrip())
        and nxt.kind == "bullet"
        and nxt.gap > 0
    )


def _cover_table_cells(units: list[Unit], is_heading: list[bool], title_key: str | None) -> set[int]:
    """A cover's table of rows set one cell a line ("Wards affected" / "All", "Classification" /
    "Public", "Lead Director" / a name): a run of four or more short one-line units with two cover
    labels or more among them is the table's cells, metadata like a cover's "Label: value" rows and
    none of them a heading — but for the run's last line when prose follows it and neither it nor
    the line over it is a label ("Executive Summary" over its paragraph; a label's value may be
    prose, which stays). Returns the cells' indexes."""
    n = len(units)
    cells: set[int] = set()
    k = 0
    while k < n:
        j = k
        while j < n and _cell(units[j]) and _norm(units[j].text) != title_key:
            j += 1
        labels = {x for x in range(k, j) if is_row_label(units[x].text)}
        if j - k >= 4 and len(labels) >= 2:
            last = j - 1
            heads_prose = (
                j < n and units[j].table is None and units[j].kind is None and not {last, last - 1} & labels
            )
            cells.update(range(k, last if heads_prose else j))
        elif j - k >= 2:
            # (A cover row's label and its short value left alone when the rest of the cover was
            # read as the cover's metadata: "Is this a key decision?" / "No", cells still.)
            for x in labels:
                if x + 1 < j and len(units[x + 1].text.split()) <= 3:
                    cells.update((x, x + 1))
        k = max(j, k + 1)
    return cells


def _cell(u: Unit) -> bool:
    """A short one-line unit with no full stop: a cover table's cell, a label or its value."""
    text = u.text.strip()
    return (
        u.table is None
        and u.kind is None
        and len(u.lines) <= 1
        and 0 < len(text.split()) <= 10
        and not text.endswith(".")
    )


_ITEM_STATUS = {
    "for decision",
    "for information",
    "for noting",
    "for discussion",
    "for direction",
    "for approval",
}


def _starts_item(u: Unit, cand: bool) -> bool:
    return u.kind in ("item", "minute") or (u.kind == "num" and is_heading_text(u.text)) or cand


_SENTENCE_CASE_NAME = re.compile(r"^[A-Z][a-z'’-]+(?: [a-z][a-z'’-]*){0,4}$")


def _sentence_case_name(u: Unit) -> bool:
    """A line of one to five words in sentence case, its first word's capital the only one: a
    section's name ("Contact information"), not a proper name or a date."""
    return (
        u.kind is None
        and u.table is None
        and len(u.lines) == 1
        and bool(_SENTENCE_CASE_NAME.match(u.text.strip()))
    )


def _cover_line_under_title(units: list[Unit], cand: list[bool], k: int, title_key: str | None) -> bool:
    """A heading-like line between the title and the first section, with nothing of its own under
    it (the next line is heading-like too): a cover line ("Amethyst Community Safety Intelligence
    Team" / "Acknowledgements", "Special Interest Group annual report to LGA Board" / "Membership")."""
    if _NUMBERED_SECTION.match(units[k].text):
        return False  # (a part of the document numbered as such is a section, not a cover line)
    if _minutes_label(units[k]):
        # (A web page's "Minutes:" under the item's title heads the minute, whatever its first line:
        # a partner's name, "Police Scotland", or a label of its own, "Purpose:".)
        return False
    if _sentence_case_name(units[k]) and units[k].gap > 0 and k + 1 < len(units) and units[k + 1].gap > 0:
        # (A short phrase in sentence case set apart by blank lines names a section, "Welcome" over
        # "Welcome from our Chair", "Contact information" over its rows: a cover's own lines are
        # names and dates, "Amethyst Community Safety Intelligence Team", "October 2019".)
        return False
    nxt = k + 1
    while (
        nxt < len(units)
        and not cand[nxt]
        and units[nxt].kind is None
        and len(units[nxt].lines) == 1
        # (A row with a sentence for its value, "Study Support Evaluation: Members were told of
        # …", is the section's text, not a cover row.)
        and (
            _ROW.match(units[nxt].text)
            and len(units[nxt].text.split()) <= 12
            or len(units[nxt].text.split()) <= 4
        )
    ):
        nxt += 1  # past the cover's rows and short lines ("Website: www.…", "October 2019")
    if title_key is None or nxt >= len(units) or not cand[nxt]:
        return False
    t = next((x for x in range(k) if cand[x] and _norm(units[x].text) == title_key), None)
    if t is None:
        return False
    # Only short cover lines between the title and it, no prose and no other heading-like line; and
    # not many (past a membership listed one a line, a section's name is no cover line).
    return k - t <= 9 and all(
        not cand[x] and units[x].table is None and units[x].kind is None and len(units[x].text.split()) <= 8
        for x in range(t + 1, k)
    )


def _emit(units: list[Unit], is_heading: list[bool], title_key: str | None, limits: Limits) -> list[Block]:
    blocks: list[Block] = []
    indents = sorted({u.indent for u in units if u.kind and u.kind != "item"})
    rank = {v: r for r, v in enumerate(indents)}
    list_glyph: str | None = None
    list_indent = 0
    item_titles, listed = _numbers_head_items(units)
    nums = [k for k, u in enumerate(units) if u.kind == "num" and u.table is None]
    named = set() if item_titles else _names_over_prose(units, _lists_under_a_lead(units, nums))
    titled = False
    # A letter's addressees over its salutation ("(2) APPROPRIATE OFFICERS" over "Dear Member"): the
    # letter's address block, where no line heads a section.
    salutation = next((k for k, u in enumerate(units[:40]) if u.table is None and is_salutation(u.text)), -1)
    # Minutes that number their items before capitals, in roman numerals ("I DECLARATIONS OF
    # INTEREST", "II …", "III(a) …") or with the committee's letters ("PU1 APOLOGIES …", "PU2 …"):
    # the item's number, not part of its heading (two at least set the same way, so that a lone
    # "I" stays a word and a road's "A1" its name).
    schemes = Counter(
        _item_scheme(clean(u.text)) for k, u in enumerate(units) if is_heading[k] and u.table is None
    )

    def is_title(text: str, item: bool = False) -> bool:
        # A page that prints the title again with the item's number ("113 Response to …", the number
        # taken off) has the repeat as the item's heading; the title set again bare over the report
        # after its cover sheet is the title again.
        nonlocal titled
        if _norm(text) != title_key or (item and titled):
            return False
        titled = True
        return True

    for k, u in enumerate(units):
        if k % 500 == 0:
            limits.check_time(f"paragraph {k + 1}")
        if u.table is not None:
            blocks.append(u.table)
            list_glyph = None
            continue
        text = clean(u.text)
        if not text:
            continue
        if u.kind in ("minute", "item"):
            blocks.append(Heading(text=text, level=1 if is_title(text, item=True) else 2))
            list_glyph = None
            continue
        if k < salutation:
            u.rule = "address"  # (the letter's address block: no line heads a section)
        if is_heading[k] and not (k < salutation and _norm(text) != title_key):
            level = 1 if is_title(text, item=u.repeat) else 2
            if (m := _ROMAN_ITEM.match(text)) and schemes[m.group("letters") or "roman"] >= 2:
                text = text[m.end() :]
                u.rule = "item"
            heading = _section_number(text, units[k + 1 :])
            if heading != text:
                u.rule = "item"  # (its number over its name)
            blocks.append(Heading(text=heading.rstrip(":"), level=level))
            list_glyph = None
            continue
        if (
            u.kind == "num"
            and u.number is not None
            and k > salutation
            and (
                k in item_titles
                or k in named
                or _numbered_heading(u, units[k + 1 :], text)
                or _ITEM_REPORT_OF.search(text)
            )
        ):
            level = 2 if "." not in u.number.removesuffix(".0") else 3
            if k in item_titles and text.endswith(".") and not text.endswith(".."):
                text = text[:-1]  # (the house's stop closing an item's name, not the heading's)
            blocks.append(Heading(text=text, level=1 if is_title(text, item=True) else level))
            u.rule = "item"
            continue
        if u.kind == "num":
            blocks.append(Paragraph(text=text, number=u.number))
            if k in listed:
                u.rule = "not a heading"  # (a minute's list under its lead, not an item)
            list_glyph = None
            continue
        if u.kind == "bullet" and _label_over_prose(u, units[k + 1 : k + 2]):
            # A section's label that lost its number to a bullet in the export ("- Purpose of
            # report" over its paragraph): the section's heading.
            blocks.append(Heading(text=text, level=2))
            u.rule = "label"
            list_glyph = None
            continue
        if u.kind in ("alpha", "bullet"):
            depth = 1 + rank.get(u.indent, 0)
            if u.kind == "bullet":
                if list_glyph is None:
                    list_glyph, list_indent = u.glyph, u.indent
                elif u.glyph != list_glyph and u.glyph in SUB_BULLETS and u.indent == list_indent:
                    depth += 1  # a different, "sub" glyph at the same indent: nested bullets
            blocks.append(ListItem(text=text, number=u.number, depth=depth))
            continue
        list_glyph = None
        blocks.append(Paragraph(text=text, number=None))
    return blocks


# A short label and a clause after it, its verb a finite one ("Please note: Certain or all items on
# this agenda may be recorded"): a labelled sentence, where a label and a title ("Priority 1:
# Reducing crime") names a section.
_LABEL_AND_CLAUSE = re.compile(
    r"^[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}: [A-Z].*\b(?:may|will|must|should|can|could|would|is|are|was|were"
    r"|has|have|had)\b(?: [a-z]+){1,}"
)
# What an item asks, as an infinitive clause with no full stop ("To approve the Annual Report for
# 2017/18", "To receive any apologies"): a sentence of the item, not a heading ("To the Cabinet" is
# an address).
_PURPOSE_CLAUSE = re.compile(r"^To\s+(?!(?:the|a|an|all|our|be)\b)(?:[a-z]+ly\s+)?[a-z]{3,}\s+\S")
# The paper speaking of itself, a clause with its verb ("This report makes the following
# recommendations to the Executive: That"): the lead of what follows, not a heading.
_REPORT_CLAUSE = re.compile(r"^(?:This|The)\s+(?:report|paper)\s+[a-z]+s\b")
# A web page's blurb for itself or for a linked page ("Find out how the council handles complaints of
# …", "Details of fixed penalty notices for …", "Learn more about …"): a line of text, not a heading.
_LINK_BLURB = re.compile(
    r"^(?:Find\s+out|Learn\s+(?:more|about)|Read\s+(?:more|about)|Details\s+of|Information\s+(?:about|on))\s+\S"
)
# A line that sends the reader elsewhere ("… please visit our Hate Crime page", "Click here to book",
# "Download the full report (PDF, 2MB)", "Call us at", "In an emergency call 999"): a link's or a
# call's line of a web page or a newsletter, never a heading (no development key has one as a heading).
_LINK_LINE = re.compile(
    r"\b(?:please\s+visit|click\s+here|visit\s+(?:our|the)\s+[\w'’&, -]{0,40}?(?:page|website|web\s+site)\b"
    r"|call\s+(?:999|101|111)\b)|^\s*(?:download|call\s+us)\b|\((?:pdf|word|docx?|xlsx?)\b[^)]{0,20}\)"
    # (Or a page's sharing and return links, "Share this page", "Share on Facebook", "Back to news",
    # and a press release's closing mark, "ENDS", "- Ends -": the page's controls and the release's
    # end, never the head of what follows.)
    r"|^\s*(?:share\s+(?:this|on|via)\b.{0,30}|back\s+to\s+(?:the\s+)?(?:news|latest\s+news|top|previous\s+page)"
    r"|[-–—]*\s*ends\s*[-–—]*)\s*$",
    re.I,
)
# A figure and what it counts, in the text's case ("1,200 home safety visits", "£50,000 given to
# local groups", "85% of residents feel safe"): a report's key fact, a line of the text, not a
# heading (a year opening a headline, "2018 winners …", is no figure).
_STATISTIC = re.compile(
    r"^(?:[£$€]\s?[0-9][0-9,.]*|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?\s?%"
    r"|(?!(?:19|20)[0-9]{2}\b)[0-9]+(?:\.[0-9]+)?)(?:[kmb]n?\b|\s?(?:million|billion|per\s+cent))?\s+[a-z]"
)
# A clause with its subject and a finite verb, left without a stop ("The Service will focus on the
# following areas in 2023/24", "The number of applications had declined"): a sentence, however
# short, the lead-in of a list or a line of the text, not a heading (a heading names; it does not
# say).
_SUBJECT_AND_VERB = re.compile(
    r"^(?:The|This|These|That|Those|There|It)\s+(?:[\w'’&-]+\s+){0,6}"
    r"(?:will|is|are|was|were|has|have|had|can|could|should|must|would|may|shall)\s+[a-z]"
)
# The same with any subject, a name or a plural ("Members were reassured by the reply", "No
# declarations of interest were made", "Victims are supported"), and with a subject doing the
# minutes' business in the past tense ("The Panel noted the report", "Members agreed the
# recommendations"); not a question's opening ("What we have achieved") nor a thing and a clause
# about it ("Noise we can look into", "Services you can use"), which name a section.
_SUBJECT_THEN_AUXILIARY = re.compile(
    r"^(?!(?:How|What|Why|Where|When|Who|Which|Whether|If|As)\b)[A-Z][\w'’-]*(?:\s+(?!(?:we|you|they|I)\b)[\w'’&-]+){0,5}?\s+"
    r"(?:(?:will|can|could|should|must|would|may|shall)\s+(?:not\s+)?[a-z]{2,}"
    # (After "is", "were", "has" a participle, so that a line saying what a thing is stays a heading
    # when it is one: "Street briefings are back".)
    r"|(?:is|are|was|were|has|have|had)\s+(?:not\s+)?(?:been\s+|being\s+)?"
    r"(?:[a-z]{2,}(?:ed|en|ing)|made|held|set|put|met|done|kept|sent|heard|told|found|paid|brought|"
    r"built|led|seen|spent|won|lost|cut|run|begun|shown|known)\b)"
)
_BODY_DID = re.compile(
    r"^(?:The\s+)?(?:Members?|Councillors|Officers|Panel|Committee|Board|Partnership|Cabinet|Chair|Chairman|"
    r"Group|Forum|Authority|Council)\s+(?:noted|agreed|resolved|received|considered|discussed|approved|"
    r"welcomed|thanked|asked|requested|endorsed|supported|accepted)\s+[a-z]"
)
# A note under a table or a figure ("Source: Eastshire Police recorded crime", "Note: figures are
# provisional"): a line of text, not a heading.
_SOURCE_NOTE = re.compile(r"^\s*(?:Sources?|Data\s+sources?|Notes?|NB)\s*:\s+\S", re.I)
# An address's line, closing on its postcode ("County Hall, Northtown NT1 2AB", "Eastford EF1 2XY",
# "Hurstville NSW 2220"): a line of a contact block or a letterhead, never a heading.
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}[0-9][0-9A-Z]?\s[0-9][A-Z]{2}|(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)\s[0-9]{4})\.?\s*$"
)
# The subject of a resolution or list set on its own line with a colon ("The Committee:" over
# "Resolved: - …", "The Board:" over what it agreed): the start of a sentence, not a label.
_SUBJECT_LEAD = re.compile(r"^(?:The|This|That)\s+[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,3}\s*:$")
# A resolution's lead-in, the clause its lettered or numbered parts finish ("RESOLVED – that Cabinet"
# over "a) Notes …", "Agreed that the Board:"): the opening of a sentence, not a heading.
_RESOLUTION_LEAD = re.compile(
    r"^(?:RESOLVED|Resolved|AGREED|Agreed|RECOMMENDED|Recommended|DECIDED|Decided)\s*(?:[-–—:,]\s*)?(?:that|THAT)\b"
)
# "Resolved" alone on its line over the resolution ("RESOLVED:", "Resolved:-", "Resolved –"): the
# resolution's opening word set apart, a paragraph, not a heading over it, over lettered or numbered
# resolutions as over one sentence.
_LEAD_IN_WORD = re.compile(
    r"^\s*(?:except|excluding|including|namely|notably|particularly|especially|in\s+particular"
    r"|such\s+as|for\s+example|for\s+instance|unless|but)\s*:\s*$",
    re.I,
)
_VOTE_OUTCOME = re.compile(
    r"^\s*(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:carried|lost|defeated|fell)(?:\s+(?:unanimously|by\s+[0-9]+\s+votes?"
    r"(?:\s+to\s+[0-9]+)?|on\s+the\s+chair(?:man|person)?['’]s\s+casting\s+vote))?\s*\.?\s*$",
    re.I,
)
_RESOLUTION_NUMBER = re.compile(
    r"^\s*(?:resolution|decision|minute)\s+(?:number|no\.?|ref(?:erence)?\.?)\s*:?\s*[A-Z0-9][A-Z0-9/.-]*[0-9]\s*$",
    re.I,
)
_RESOLVED_ALONE = re.compile(r"^\s*(?:RESOLVED|Resolved)\s*(?:[:–—-]\s*-?\s*)?$")
# A motion's mover or seconder on a line of its own ("Proposed by Cllr. H. Kenny", "Seconded by
# Councillor …"): a line of the minutes, not a heading.
_MOVER_ROW = re.compile(r"^\s*(?:Proposed|Seconded|Moved)\s+by\s*:?\s+\S", re.I)
# A form's row answered in a word ("Key decision: No", "Is subject to call in?: Yes", "Division(s):
# All", "Chief Officer approval: N/A", "Decision type: Non-key") or by a day's date, perhaps with the
# meeting's name after it ("Decision published: 20/05/2020", "Made at meeting: 19/05/2020 -
# Executive"), and a record's sign-off with its signatory ("Signature: Jo Bloggs", "Signed: …"): rows
# of a decision record or a cover, never headings (a label heads text set under it; these carry their
# value on the line).
_ANSWER_ROW = re.compile(
    r"^[A-Z][^:]{0,60}:\s*(?:yes|no|n/?a|none|nil|all|tbc|not\s+applicable|key|non-key)\.?\s*$", re.I
)
_DATE_ROW = re.compile(
    r"^[A-Z][A-Za-z()'’ /-]{0,40}:\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19|20)?[0-9]{{2}}|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN}),?\s+(?:19|20)[0-9]{{2}})"
    r"(?:\s+[-–—]\s+[A-Z][\w'’&, -]{0,60})?\s*$",
    re.I,
)
_SIGN_OFF_ROW = re.compile(
    r"^(?:[A-Z][\w'’]*\s+){0,3}(?:signed|signature|approval|authorisation|authorised|countersigned)\s*:\s*\S",
    re.I,
)
# A meeting's day and clock time with no word naming minutes or a meeting ("Thursday 4 September 2014,
# 2.00 pm venue TBC", "Thursday, 6 October 2022, 10:00 am, online via MS Teams", "Full Authority 30 May
# 2018 - 10:00 to 11:30"): when and where it meets, a cover's or a notice's line, not a heading (the
# minutes' titles that give a clock time name the minutes or the meeting: "Minutes of … held on …").
_WHEN_LINE = re.compile(
    rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\b.*?"
    r"(?:\b[0-9]{1,2}[:.][0-9]{2}\b|\b[0-9]{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))",
    re.I,
)
_MEETING_WORDS = re.compile(r"\b(?:minutes|meeting|held|agenda|summons)\b", re.I)


def _form_row(text: str) -> bool:
    """A row of a form or a record, or a meeting's when and where (the patterns above)."""
    return bool(
        _ANSWER_ROW.match(text)
        or _DATE_ROW.match(text)
        or _SIGN_OFF_ROW.match(text)
        or (_WHEN_LINE.search(text) and not _MEETING_WORDS.search(text))
    )


# A meeting's officer named on a row of their own ("Chair: Councillor P Vaughan", "Clerk: Mr D
# Smith"): a row of who attended, not a label over text.
_OFFICER_ROW = re.compile(
    r"^\s*(?:Chair(?:man|person)?|Vice[- ]Chair(?:man|person)?|Clerk|Presiding|In\s+the\s+Chair)\s*:\s*"
    r"(?:Cllrs?\.?|Councillors?|County\s+Councillor|Mr|Mrs|Ms|Miss|Dr|Rev)\b"
)
# A label ending in a preposition and its value ("Agenda compiled by: Governance Services, Civic
# Hall"): a row naming who or where, not a title.
_LABEL_BY = re.compile(r"^[A-Z][A-Za-z'’ ]{0,40}\b(?:by|to|for|from|with|at)\s*:\s+\S")
# A report's reference on a line of its own ("Report Reference SC043", "Ref: CAB1234"): a paragraph
# of the cover, not a heading.
# A cover's version line ("Version 2.2 FINAL, October 2015"): a paragraph of the cover.
_VERSION_LINE = re.compile(r"^\s*(?:version|v)\s?[0-9]{1,3}(?:\.[0-9]{1,3})*\b", re.I)
# "Label: value" set as a row of its own ("SIG Name: County Councils Network (CCN)").
_ROW = re.compile(r"^[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}: \S")
_REFERENCE_LINE = re.compile(
    r"^\s*(?:report\s+)?ref(?:erence)?\.?(?:\s+no\.?)?\s*:?\s*[A-Z]{1,6}[-/ ]?[0-9]{1,6}[A-Z]?\s*$", re.I
)
# An agenda's item: the report's title and whose it is ("5  Making … Safer - Report of the Chief
# Executive"), which heads the report's summary.
_ITEM_REPORT_OF = re.compile(r"\s[-–—]\s+(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][^.]*$", re.I)


def _numbers_head_items(units: list[Unit]) -> tuple[set[int], set[int]]:
    """The numbered units that head the paper's items, where its numbers head items rather than
    paragraphs (none otherwise), and the numbered lines of the lists inside its minutes. Minutes and
    agendas number each item's title ("1.  Apologies and Declarations of Interest", "2.  Brexit:
    Update Report") and leave the prose under it unnumbered: every numbered line is a short title,
    most of them have unnumbered prose straight after them (an agenda's "Apologies for Absence" may
    have none), and the last one does. A list numbered again from the first under a minute's lead
    closing with a colon ("… on the following issues:" / "1. Homes for Ukraine scheme", "2. …") is
    that minute's list, not items: its numbers stay."""
    nums = [k for k, u in enumerate(units) if u.kind == "num" and u.table is None]
    listed = _lists_under_a_lead(units, nums)
    items = _items_numbered(units, [k for k in nums if k not in listed])
    return items, (listed if items else set())


def _lists_under_a_lead(units: list[Unit], nums: list[int]) -> set[int]:
    """The numbered lines of lists numbered again from the first under a lead closing with a colon
    ("… on the following issues:" / "1. Homes for Ukraine scheme", "2. …")."""
    listed: set[int] = set()
    for k in nums:
        prev = units[k - 1] if k > 0 else None
        if (
            k > nums[0]
            and k not in listed
            and (units[k].number or "").rstrip(".") in _FIRST_NUMBERS
            and prev is not None
            and prev.kind is None
            and prev.table is None
            and prev.text.rstrip().endswith(":")
        ):
            j = k
            while j < len(units) and units[j].kind == "num" and units[j].table is None:
                listed.add(j)
                j += 1
    return listed


def _series_key(number: str | None) -> tuple[str, int] | None:
    """A paragraph number's place in its series: the numbers over it and its own ("3.2" → ("3.", 2),
    "2." and "2.0" → ("", 2)); None for a number that is not all digits."""
    parts = (number or "").rstrip(".").removesuffix(".0").split(".")
    if not all(p.isdigit() for p in parts):
        return None
    return ".".join(parts[:-1]) + ("." if len(parts) > 1 else ""), int(parts[-1])


def _names_over_prose(units: list[Unit], skip: set[int]) -> set[int]:
    """Numbered lines that name sections, in a paper whose numbers do not all head items (where they
    all do, `_items_numbered` has them): a short line with no end stop and its section's prose
    straight under it, unnumbered ("2. Progress in the year" / "The partnership met four times …") or
    numbered a level down ("3. Next steps" / "3.1 …"). A numbered paragraph says something and closes
    with its stop. A numbered list's items stand one under another, so an item straight under the
    one numbered before it is the list's, even the last with the text after the list under it; and
    a number met twice among the paper's numbered lines (a list counting again from the first, where
    no lead closing with a colon set it apart: `skip`) leaves its series in doubt."""
    keys = {k: _series_key(u.number) for k, u in enumerate(units) if u.kind == "num" and k not in skip}
    seen = Counter(keys.values())
    out: set[int] = set()
    for k, key in keys.items():
        u = units[k]
        if key is None or seen[key] > 1 or u.table is not None or k + 1 >= len(units):
            continue
        above, n = key
        if k > 0 and keys.get(k - 1) == (above, n - 1) and not _minute_among_sentences(units, keys, k):
            continue  # (a list's item under the one before it)
        text, nxt = clean(u.text), units[k + 1]
        after = clean(nxt.text)
        prose = (
            nxt.kind is None
            and nxt.table is None
            and not is_heading_text(after)
            and _END_SENTENCE.search(after) is not None
        )
        below = nxt.kind == "num" and (_series_key(nxt.number) or ("", 0))[0] == f"{above}{n}."
        if (
            len(_CLOSING_NOTE.sub("", text).split()) <= 12
            and (_names_section(text) or (prose and _numbered_label(text)))
            and (prose or below)
        ):
            out.add(k)
    return out


def _names_section(text: str) -> bool:
    """A numbered line of a section's name: heading-shaped, no end stop."""
    return is_heading_text(text) and not _END_SENTENCE.search(text)


def _numbered_label(text: str) -> bool:
    """A section's name closing with a colon, over its prose ("3. Financial implications:" / "There
    are none …"): a label, not a clause leading into a list ("2. During the year we:")."""
    return text.endswith(":") and is_label_heading(text)


def _minute_among_sentences(units: list[Unit], keys: dict[int, tuple[str, int] | None], k: int) -> bool:
    """Minutes that number each minute, a one-line decision ("2. The minutes were agreed.") and a
    minute with its title and prose ("3. Anti-social behaviour" / "The Inspector reported …") alike:
    a short line straight under a numbered sentence, with the series going on past its prose, is a
    minute's title and no list's item (a list's items are of one shape, one under another)."""
    prev = clean(units[k - 1].text)
    if not _WHOLE_SENTENCE_END.search(prev) or is_heading_text(prev) or len(prev.split()) < 5:
        return False
    key = keys[k]
    if key is None:
        return False
    above, n = key
    # (The series goes on past the prose: the next number of this level is the one after. Read
    # forward from there; sorting every key again for each numbered line costs the paper's length
    # squared.)
    nxt = next(
        (v for j in range(k + 2, len(units)) if (v := keys.get(j)) is not None and v[0] == above), None
    )
    return nxt == (above, n + 1)


_AGENDA_BUSINESS = re.compile(r"^To\s+(?:receive|confirm|consider|note|approve|agree|adopt)\s", re.I)


def _items_numbered(units: list[Unit], nums: list[int]) -> set[int]:
    """`nums` (the numbered units, the minutes' lists left out) if they head items, else none."""
    if not nums:
        return set()
    if len(nums) == 1:
        # A minute of one item ("1.  Local Government Finance Settlement"): its title is a heading
        # when unnumbered prose, two paragraphs or more, follows it.
        k = nums[0]
        after = units[k + 1 : k + 3]
        one = (
            is_heading_text(clean(units[k].text))
            and len(clean(units[k].text).split()) <= 10
            and len(after) == 2
            and all(u.kind is None and u.table is None and not is_heading_text(clean(u.text)) for u in after)
        )
        return {k} if one else set()
    with_prose = 0
    last_has_prose = False
    # An agenda's items, two of its formalities among them ("Apologies for absence", "Minutes of the
    # last meeting", "Date of next meeting"): many items have no text under them, the last one too.
    agenda = sum(1 for k in nums if _AGENDA_FORMALITY.match(clean(units[k].text))) >= 2
    # Minutes that close every item's name with a full stop ("1. To receive apologies for absence.",
    # "4. Police report."): the house's style, not a sentence, where no name says anything (no
    # finite verb); each name is judged without it, and each has its minute's prose under it (an
    # agenda's items so set, one under another, stay its numbered lines).
    stopped = _names_closed_by_stops([clean(units[k].text) for k in nums])
    for k in nums:
        text = clean(units[k].text)
        if stopped:
            text = text[:-1]
        # (A town or parish council's minutes name an item by the agenda's business, "To receive
        # Members' Declarations of Interest in respect of the business to be transacted": as long
        # as a heading-like line may be.)
        # (An agenda's pointer to the item's pages, "(Pages 7 - 30)", is not part of its length.)
        bare = _CLOSING_NOTE.sub("", text)
        if not is_heading_text(text) or (len(bare.split()) > 10 and not _AGENDA_BUSINESS.match(text)):
            return set()
        nxt = units[k + 1] if k + 1 < len(units) else None
        prose = (
            nxt is not None
            and nxt.kind is None
            and nxt.table is None
            and not is_heading_text(clean(nxt.text))
        ) or _sub_heading_over_prose(units, k + 1)
        if not prose and not (nxt is None and agenda) and (nxt is None or nxt.kind != "num"):
            return set()
        if stopped and not prose:
            return set()
        with_prose += prose
        last_has_prose = prose
    if agenda:
        return set(nums) if with_prose else set()
    return set(nums) if last_has_prose and with_prose * 2 > len(nums) else set()


def _names_closed_by_stops(texts: list[str]) -> bool:
    """Two item names or more, every one closed by a single full stop and none saying anything (no
    finite verb: "To receive apologies for absence.", "Matters arising.", not "The Panel noted the
    report.")."""
    return len(texts) >= 2 and all(
        t.endswith(".")
        and not t.endswith("..")
        and not _FINITE_VERB.search(t)
        and not _PAST_VERB.search(t)
        and not _SUBJECT_AND_VERB.match(t)
        and not goes_on(t[:-1])
        for t in texts
    )


_AGENDA_FORMALITY = re.compile(
    r"^(?:apologies\b|declarations?\s+of\s+(?:\w+\s+)?interests?\b|minutes\b|(?:any\s+other|urgent)\s+business\b"
    r"|date\s+of\s+(?:the\s+)?next\s+meeting\b|public\s+(?:questions|participation)\b|work\s+programme\b)",
    re.I,
)


def _sub_heading_over_prose(units: list[Unit], k: int) -> bool:
    """Unit `k` an unnumbered sub-heading with its section's prose under it ("2. Progress against the
    plan" / "Neighbourhood policing" / "The Commissioner funded …"): a numbered section's title over its
    first sub-section, which opens the section as prose would."""
    if k + 1 >= len(units):
        return False
    u, nxt = units[k], units[k + 1]
    text, after = clean(u.text), clean(nxt.text)
    return (
        u.kind is None
        and u.table is None
        and is_heading_text(text)
        and len(text.split()) <= 8
        and not _all_caps(text)
        and nxt.kind is None
        and nxt.table is None
        and not is_heading_text(after)
        and len(after.split()) >= 6
        and _END_SENTENCE.search(after) is not None
    )


def _next_number(rest: list[Unit]) -> str | None:
    """The label of the next numbered paragraph, if it comes before any other heading-like line."""
    for u in rest[:3]:
        if u.kind == "num":
            return u.number
    return None


_FIRST_NUMBERS = {"1", "a", "A", "i", "I"}


def _label_over_prose(u: Unit, nxt: list[Unit]) -> bool:
    """A section's label ("Purpose of report", "Background") on a numbered or bulleted line of its
    own, with unmarked prose straight under it: the section's heading, not an item."""
    return (
        _norm(clean(u.text)).rstrip(":") in SECTION_LABELS
        and len(nxt) == 1
        and nxt[0].kind is None
        and nxt[0].table is None
        and not is_heading_text(clean(nxt[0].text))
    )


def _numbered_heading(u: Unit, rest: list[Unit], text: str) -> bool:
    """A numbered line that heads a section rather than being a paragraph: "1. Purpose" or
    "1.0 Purpose" followed by "1.1 …", or a short line in capitals ("4. ANNUAL REPORT")."""
    # (A date's ordinal in a name set in capitals, "MINUTES OF THE MEETING HELD ON 21st JANUARY
    # 2015", leaves it in capitals.)
    caps = _ORDINAL_SUFFIX.sub("", text)
    if text.endswith(".") and not text.endswith("..") and _all_caps(caps):
        # (Minutes that close their items' names with a full stop: "2. MINUTES OF THE LAST MEETING.")
        text, caps = text[:-1], caps[:-1]
    if not is_heading_text(text) or u.number is None:
        return False
    # Its own numbered items straight under it, counting again from the first: set further in
    # ("1. Scope of responsibility" over "   1. The Authority is …", "   2. …"), or lettered where
    # it is numbered ("121  Procedural Business" over "(a) Declaration of Substitutes: …", "(b) …"):
    # a section's or a minute's number and title.
    first = rest[0] if rest else None
    if (
        first is not None
        and first.kind in ("num", "alpha")
        and (first.indent > u.indent or first.kind != u.kind)
        and first.number in _FIRST_NUMBERS
        and len(text.split()) <= 12
    ):
        return True
    if _label_over_prose(u, rest[:1]):
        return True  # "4. Background" over its unnumbered paragraphs
    base = u.number.removesuffix(".0")
    nxt = _next_number(rest)
    if nxt is not None and nxt.startswith(base + ".") and nxt != u.number and len(text.split()) <= 12:
        return True
    # (An agenda's pointer to the item's pages, "(pp 16 - 21)", or a reference closing the title,
    # "(Minute 84)", is not part of the title's case or length.)
    bare = _CLOSING_NOTE.sub("", caps)
    letters = [c for c in bare if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(bare.split()) <= 12


_ORDINAL_SUFFIX = re.compile(r"(?<=[0-9])(?:st|nd|rd|th)\b")


# (Set twice, the minute's number and the item's, in minutes exported from a PDF: "1 1 SERIOUS
# INCIDENT".)
_SECTION_NUMBER = re.compile(r"^(?P<n>[0-9]{1,2})(?:\.0)?(?:\s+(?P=n))?\s+(?=[A-Z])")


# A document's part named with its number and a full stop before the part's name ("Section 1. About
# the Survey", "Part 2. Our Priorities"): the number is the section's, as "1." is. (Set with a dash,
# "Section 1 – Executive Summary", the keys keep it as the heading's name: left whole.)
_NUMBERED_SECTION = re.compile(r"^(?:section|part)\s+(?:[0-9]{1,2}|[ivx]{1,4})\.\s+(?=[A-Z])", re.I)


def _section_number(text: str, rest: list[Unit]) -> str:
    """A heading's own section number ("3 THE REPORT" over "3.1 …", "Section 1. About the Survey") is
    not part of its text."""
    if m := _NUMBERED_SECTION.match(text):
        return text[m.end() :]
    m = _SECTION_NUMBER.match(text)
    if m is None:
        return text
    nxt = _next_number(rest)
    if nxt is not None and nxt.startswith(m.group("n") + "."):
        return text[m.end() :]
    # A section's number over its unnumbered prose ("1 Independent Chair's Introduction" / "Welcome
    # to …"): the section's, not part of its title.
    first = rest[0] if rest else None
    if (
        first is not None
        and first.kind is None
        and first.table is None
        and _END_SENTENCE.search(first.text)
        # (However short the prose, under an item's name in capitals: "1 APOLOGIES, ETC" over
        # "Apologies were received from …".)
        and (len(first.text.split()) > 12 or _all_caps(text[m.end() :]))
    ):
        return text[m.end() :]
    return text
