"""Line-level typography left in text sources: page furniture, letter-spaced lines, paragraph
labels ("12.", "1.1", "(a)", "(iv)") and bullet glyphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import clean
from .meta import find_date

# -- line level ---------------------------------------------------------------------------------

# "Page 3 of 12", "3 of 12", "- 3 -", a lone page number, "3 | Page", viewer captions.
_PAGE_FURNITURE = re.compile(
    # (A year and the next, "2014/15", is the period a cover names, not "page 2014 of 15".)
    r"^\s*(?!(?:19|20)\d\d\s*/\s*\d\d\s*$)(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}"
    r"|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4})\s*(?:[-–—|]\s*(?:print|close|back\s+to\s+top)\s*)?$",
    re.IGNORECASE,
)
_VIEWER = re.compile(
    r"^\s*(?:downloaded\s+(?:from|on)\b.{0,120}|printed\s+(?:on|from|by)\b.{0,120}|print\s+this\s+page"
    # A web page's print link on a line of its own ("Print" over each page of an agenda).
    r"|print"
    # A contents list's column head over its page numbers ("Page", "Page No.").
    r"|page\s*(?:no\.?|number)?"
    r"|this\s+page\s+(?:is\s+)?(?:intentionally\s+)?(?:left\s+)?blank\.?|back\s+to\s+top(?:\s+of\s+(?:the\s+)?page)?"
    # A site's skip links, one or several on a line ("Skip to content Skip to menu").
    r"|(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|menu|navigation|search)\s*)+"
    # A web page's link back to the meeting's agenda ("Return to Agenda"), its accessibility menu.
    r"|(?:return|back)\s+to\s+(?:the\s+)?agenda|accessibility\s+(?:options|tools)"
    # A site's menu button ("Open menu").
    r"|(?:open|close)\s+menu"
    r"|page\s+\d{1,4}\s+of\s+\d{1,4}\b.{0,40}"
    # A footer dated when the page was made ("3/10/16 Page 2 of 13").
    r"|\d{1,2}/\d{1,2}/\d{2,4}\s+page\s+\d{1,4}\s+of\s+\d{1,4})\s*$",
    re.IGNORECASE,
)


# A document's file path printed as its footer ("R:\\PCP\\MEETING\\PCP MINUTES - 25 OCTOBER 2012.DOC - 1",
# "\\\\server\\committees\\minutes.docx"): page furniture, wherever it stands.
_FILE_PATH = re.compile(
    r"^\s*(?:[A-Za-z]:\\|\\\\)(?:[^\\]+\\)*[^\\]+\.(?i:docx?|pdf|rtf|odt|xlsx?)\b(?:\s*[-–]?\s*[0-9]{1,4})?\s*$"
)


# A line drawn with one character ("=====" under a title, "-----" or "*****" between items): a rule,
# not text.
_RULE_LINE = re.compile(r"^\s*(?:={3,}|-{3,}|_{3,}|\*{3,}|~{3,}|#{3,})\s*$")


# A web page's publication line ("Posted on 12 May 2023", "Published 3 October 2023", "Last updated:
# 4 June 2021 at 10:15"): when the page was put up, not the meeting's date nor a heading.
_PUBLISHED = re.compile(
    r"^\s*(?:(?:first|date)\s+)?(?:posted|published|updated|last\s+(?:updated|modified|reviewed))(?:\s+on)?\s*:?\s*",
    re.I,
)
# A news item's own date set as a labelled row under its headline ("Published: Thursday, 17th
# October 2019", "Date published: 22 June 2020"), as "Date: 22 June 2020" is: the item's date line,
# a paragraph, kept. A site's strap ("Published 3 October 2023", "Posted on 12 May 2023") and a
# line saying when the page was first put up or last changed stay furniture.
# ("Published on: Friday, 27th October 2023" is the same row with its preposition.)
_PUBLISHED_LABEL = re.compile(r"^\s*(?:date\s+)?(?:posted|published)(?:\s+on)?\s*:", re.I)
# The label alone on its line, its date on the next or none at all ("First published:" / "19 July
# 2013" / "Last updated:"): the page's publication rows, kept as text as the row with its date is;
# a label, not a heading, and the date under it the page's, not the meeting's.
_PUBLICATION_LABEL = re.compile(
    r"^\s*(?:(?:first|date|last)\s+)?(?:posted|published|updated|modified|reviewed)(?:\s+on)?\s*:\s*$", re.I
)
# A photograph's caption or credit, labelled ("Pictured: …", "Pictured (left to right): …", "Photo:
# …", "Image credit: …"): a line of the page beside its picture, never a heading.
# (Set in brackets too, "(Image: Northby Council)"; a bare "Credit: …"; or a picture's maker, "Photo by
# Jo Bloggs".)
_CAPTION = re.compile(
    r"^\s*\(?\s*(?:pictured(?:\s+(?:above|below|left|right))?|photo(?:graph)?(?:\s+credits?)?|image(?:\s+credits?)?"
    r"|picture(?:\s+credits?)?|caption|credits?)\s*(?:\([^)]{1,30}\))?\s*:\s*\S"
    r"|^\s*\(?\s*(?:photo(?:graph)?|picture|image)s?\s+(?:by|courtesy\s+of)\s+[A-Z]",
    re.I,
)
# A web page's links and labels round its item: "Read more", "Related news", "Share this page",
# "Share on Facebook", "Tags: …", "Filed under: …". Lines of the page, never headings (nor, through
# the sections, themes).
_PAGE_LINKS = re.compile(
    r"^\s*(?:read\s+more(?:\s+(?:news|stories|articles|about\s+this))?|(?:more|latest|other)\s+(?:news|stories)"
    r"|related\s+(?:news|stories|articles|links|pages|content|items|posts|documents|information)"
    r"|share(?:\s+(?:this|the))?(?:\s+(?:page|article|story|post|item|news))?"
    r"|share\s+(?:on|via)\s+(?:facebook|twitter|x|linkedin|whatsapp|email)(?:\s*[,|/]\s*\w+)*"
    r"|(?:share|follow\s+us)\s+on\s+social\s+media)\s*[.:]?\s*$"
    r"|^\s*(?:tags?|tagged(?:\s+with)?|topics?|categor(?:y|ies)|filed\s+under|posted\s+in)\s*:\s*\S",
    re.I,
)
_PUBLISHED_BEFORE = re.compile(r"^[\s,]*(?:[A-Z][a-z]+day)?[\s,]*$")
_PUBLISHED_AFTER = re.compile(r"^[\s,]*(?:(?:at\s+)?[0-9]{1,2}[:.][0-9]{2}\s*(?:[ap]\.?m\.?)?)?\s*$", re.I)


def _publication_date(line: str) -> re.Match[str] | None:
    """The publication label a line opens with, if the rest of the line is only a date (after its
    weekday, before its time)."""
    m = _PUBLISHED.match(line)
    if m is None or len(line) > 80:
        return None
    rest = line[m.end() :]
    found = find_date(rest)
    if found is None:
        return None
    a, b = found[1]
    return m if _PUBLISHED_BEFORE.match(rest[:a]) and _PUBLISHED_AFTER.match(rest[b:]) else None


def _publication_line(line: str) -> bool:
    return _publication_date(line) is not None and not _PUBLISHED_LABEL.match(line)


def is_item_date_line(line: str) -> bool:
    """A news item's own date as a labelled row ("Published: Thursday, 17th October 2019"): a
    paragraph, neither furniture nor a heading."""
    return _publication_date(line) is not None and _PUBLISHED_LABEL.match(line) is not None


def is_publication_label(line: str) -> bool:
    """A page's publication label alone on its line ("First published:", "Last updated:")."""
    return _PUBLICATION_LABEL.match(line) is not None


def is_caption(line: str) -> bool:
    """A photograph's labelled caption or credit ("Pictured: Councillor Jo Bloggs with …")."""
    return len(line) <= 300 and _CAPTION.match(line) is not None


def is_page_links(line: str) -> bool:
    """A web page's link or label round its item ("Read more", "Share this page", "Tags: …"); see
    `_PAGE_LINKS`."""
    return len(line) <= 200 and _PAGE_LINKS.match(line) is not None


def is_page_furniture(line: str) -> bool:
    """A line that is page furniture wherever it appears: page numbers, viewer captions, a
    document's file path, a rule drawn with one character, a web page's publication line."""
    s = line.strip()
    if s and len(s) <= 160 and (_PAGE_FURNITURE.match(s) or _VIEWER.match(s)):
        return True
    return bool(_FILE_PATH.match(line) or _RULE_LINE.match(line)) or _publication_line(line)


_SPACED = re.compile(r"^(?:\S ){1,}\S$")


def unletterspace(line: str) -> str:
    """ "E n d  o f  Y e a r" → "End of Year": letters split by one space, words by two or more."""
    s = line.strip()
    if len(s) < 7 or len(s) > 400 or "  " not in s and not _SPACED.match(s):
        return line
    parts = re.split(r" {2,}|\t", s)
    if not all(_SPACED.match(p) or len(p) == 1 for p in parts):
        return line
    letters = sum(len(p.replace(" ", "")) for p in parts)
    if letters < 5:
        return line
    indent = line[: len(line) - len(line.lstrip())]
    return indent + " ".join(p.replace(" ", "") for p in parts)


# Paragraph labels. Whole numbers need a dot or bracket ("12.", "12)"); multi-level ones may omit
# the final dot ("1.1 Text"). Letters and small roman numerals: "a.", "a)", "(a)", "(iv)".
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xv)"
_LABEL = re.compile(
    r"^(?P<lab>\((?:[0-9]{1,3}|[a-zA-Z]|" + _ROMAN + r")\)"
    r"|[0-9]{1,3}(?:\.[0-9]{1,3}){1,4}\.?"
    r"|[0-9]{1,3}[.)]"
    r"|(?:[a-zA-Z]|" + _ROMAN + r")[.)])"
    r"(?:\s+|$)"
)
_BULLET = re.compile(r"^(?P<b>[-–•·*▪■►➢✓❖◦○●□Ø§>]|\uf0b7|\uf0a7|\uf0d8|\uf076|\uf0fc|o(?=\s))\s+")
SUB_BULLETS = {"o", "◦", "○", "▪", "■", "§", "\uf0a7", "–"}


@dataclass
class Marker:
    kind: str | None  # "num" (1, 1.1), "alpha" (a, iv), "bullet", or None
    number: str | None
    glyph: str | None
    text: str  # the line's text after the marker


def parse_marker(text: str) -> Marker:
    """Split a stripped line into its list/paragraph marker and the text after it."""
    glyph = None
    rest = text
    b = _BULLET.match(rest)
    if b:
        glyph = b.group("b")
        rest = rest[b.end() :]
    m = _LABEL.match(rest)
    if m and rest[m.end() :].strip():
        raw = m.group("lab")
        lab = re.sub(r"^\(|[.)]+$", "", raw)
        after = rest[m.end() :]
        # "A. N. Other" or "e. g." are initials, not labels; a label is followed by a word.
        if len(lab) == 1 and lab.isalpha() and re.match(r"^[A-Za-z]\.", after):
            pass
        # "I. " at the start of a sentence is a capital-I label only when followed by a capital word.
        elif lab.isdigit() or "." in lab or after[:1].isupper() or after[:1].isdigit() or lab.islower():
            kind = "num" if lab[0].isdigit() else "alpha"
            return Marker(
                kind,
                lab.lower() if kind == "alpha" and lab.isupper() and len(lab) > 1 else lab,
                glyph,
                after.strip(),
            )
    if glyph:
        return Marker("bullet", None, glyph, rest.strip())
    return Marker(None, None, None, text.strip())


def strip_bullet(text: str) -> str:
    """A table cell line without its bullet glyph."""
    b = _BULLET.match(text.strip())
    return text.strip()[b.end() :] if b else text.strip()


def labelled(text_lines: list[str]) -> tuple[Marker, list[str]]:
    """Take a paragraph label or bullet off the first line of a block ("12. The Board…")."""
    if not text_lines:
        return Marker(None, None, None, ""), text_lines
    first = text_lines[0].lstrip()
    mk = parse_marker(clean(first))
    if mk.kind is None:
        return mk, text_lines
    return mk, [mk.text] + text_lines[1:]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower().strip(" .:")
