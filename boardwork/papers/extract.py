"""`extract`: a `Paper` → what it says the board did and plans to do (`boardwork.extraction/1`).

Pure functions: no Django and no I/O beyond loading the knowledge files shipped in
`boardwork/activities/data/` (organisations, policies, generic kinds of body). The rules are for the
genre — UK council and board papers that report a year's work ("end of year report", "annual
report", a Cabinet report's "activities" section) — never for one paper's words.

The pipeline, one pass over the paper's blocks:

1. the *cycle* the paper reports on (title, meeting date, most-cited "2020/21" in the body);
2. *units*: each numbered paragraph (unnumbered follow-on paragraphs are joined to it) and each
   bullet (a bullet takes the number of the paragraph that introduces it);
3. each unit's *section*: a theme (a heading over reported work), background (strict rules),
   or excluded (purpose, recommendations, implications, next steps, next year's plan …);
4. for each unit, the *kinds* of work it reports (clause-level patterns; future-tense clauses
   do not count), and when it has any it is an *activity*, with its date, organisations,
   policies, people and nations;
5. the next cycle's *plan* from a two-column "priority | activity" table;
6. every organisation named anywhere in the paper.

Extension points: `extract(..., gazetteer=…)` takes organisations learned elsewhere (the same
shape as `organisations.json`); `KIND_PATTERNS` holds the kind rules; the data files hold the
knowledge.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .document import Heading, ListItem, Paper, Paragraph, Table, clean

SCHEMA = "boardwork.extraction/1"
DATA_DIR = Path(__file__).resolve().parent.parent / "activities" / "data"

KINDS = (
    "consultation_response",
    "evidence",
    "lobbying",
    "event",
    "training",
    "publication",
    "research",
    "partnership",
    "support",
    "media",
)
NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
ORG_KINDS = (
    "government_department",
    "parliamentary_committee",
    "regulator",
    "sector_body",
    "council",
    "charity",
    "media",
    "other",
)

# ------------------------------------------------------------------------------------------------
# Knowledge files


@lru_cache(maxsize=1)
def _load_json(name: str) -> Any:
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return json.load(f)


def load_gazetteer() -> list[dict[str, Any]]:
    """The shipped organisations (`organisations.json`): a list of
    {"name", "acronyms", "aliases", "kind", optional "parent", "prefixable", "note"}."""
    return list(_load_json("organisations.json"))


def load_policies() -> dict[str, Any]:
    """The shipped policy knowledge (`policies.json`): Bill → Act transitions and named programmes."""
    return _load_json("policies.json")


@lru_cache(maxsize=1)
def _generic_bodies() -> frozenset[str]:
    return frozenset(_plain(g) for g in _load_json("generic_bodies.json")["generic"])


# ------------------------------------------------------------------------------------------------
# Small text helpers

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def _norm_text(text: str) -> str:
    """Straight quotes and hyphens; same length as the input so offsets stay valid."""
    return (text or "").translate(_QUOTES)


def _plain(s: str) -> str:
    """Lower-case comparison key: straight quotes, no 'the', singular last word."""
    s = _norm_text(s).lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.endswith("ies") and len(s) > 4:
        s = s[:-3] + "y"
    elif s.endswith("s") and not s.endswith(("ss", "'s", "us")):
        s = s[:-1]
    return s


def _cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def _sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs."""
    out, pos = [], 0
    for part in _SENT_SPLIT.split(text):
        i = text.find(part, pos)
        if i < 0:
            i = pos
        out.append((i, part))
        pos = i + len(part)
    return out


_CLAUSE_BOUNDARY = re.compile(r"[.;:!?()\[\]]|,\s|\s-\s")


def _clause_before(text: str, pos: int) -> str:
    """The text of the clause up to `pos` (from the last clause boundary)."""
    start = 0
    for m in _CLAUSE_BOUNDARY.finditer(text, 0, pos):
        start = m.end()
    return text[start:pos]


# Markers that put a clause in the future (or the hypothetical): such work is not yet done.
_FUTURE_CI = re.compile(
    r"\b(?:will|shall|would|could|should|intends?|intending|plan(?:s|ning)? to|aim(?:s|ing)? to|"
    r"scheduled|due to (?:be|report|publish|take|start|begin|launch|complete|meet|run|hold|close)|"
    r"due (?:at|in|on|by)|expect(?:s|ed|ing)? to|anticipated?|forthcoming|going to|able to|hope(?:s|d)? to|"
    r"propos(?:e|es|ed|ing) to|seek(?:s|ing)? to|wants? to|looking to|next (?:year|month)|"
    r"later (?:this|in the) year|in future)\b",
    re.I,
)
_FUTURE_CS = re.compile(r"\b(?:may|might)\b")


def _is_future(clause: str) -> bool:
    """Is the clause leading up to a match about the future? Only its last few words count, so a
    'will' early in a long sentence does not reach a later "and working with …"."""
    tail = " ".join(clause.split()[-8:])
    return bool(_FUTURE_CI.search(tail) or _FUTURE_CS.search(tail))


# ------------------------------------------------------------------------------------------------
# Cycle and dates

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_CYCLE_RE = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*(?:/|-|to)\s*((?:19|20)?\d\d)(?![\d/])")


def _cycles_in(text: str) -> list[int]:
    """Start years of board/financial years written '2020/21', '2020-2021', '2020 to 21'."""
    out = []
    for m in _CYCLE_RE.finditer(_norm_text(text)):
        a, b = int(m.group(1)), m.group(2)
        b_full = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if b_full == a + 1:
            out.append(a)
    return out


def format_cycle(start: int | None) -> str | None:
    return None if start is None else f"{start}/{(start + 1) % 100:02d}"


@dataclass
class Cycle:
    """The year a paper reports on. `start_month` is when the year begins: September for a board
    year (boards meet from the autumn to the summer), April for a financial year."""

    start: int | None = None
    start_month: int = 9
    not_after: date | None = None  # the meeting date: work reported cannot be later

    @property
    def label(self) -> str | None:
        return format_cycle(self.start)

    def first_day(self) -> date | None:
        return None if self.start is None else date(self.start, self.start_month, 1)

    def last_day(self) -> date | None:
        if self.start is None:
            return None
        m, y = self.start_month - 1, self.start + 1
        if m == 0:
            m, y = 12, self.start
        return date(y, m, calendar.monthrange(y, m)[1])

    def year_of_month(self, month: int) -> int | None:
        if self.start is None:
            return None
        year = self.start if month >= self.start_month else self.start + 1
        if self.not_after and date(year, month, 1) > self.not_after:
            year -= 1  # "in June" in a paper for a February meeting is the June before
        return year


def detect_cycle(paper: Paper) -> Cycle:
    """The cycle a paper reports on: the earliest year named in its title ("End of Year Report
    2020/21 and 2021/22 work plan" → 2020/21); else the board year of its meeting date (a July
    2009 meeting closes 2008/09); else the year the body cites most."""
    body = paper.text()
    # Boards and committees work to a board year (autumn to summer); councils, authorities and
    # services report on the financial year (April to March).
    who = f"{paper.meta.body or ''} {paper.meta.title or ''}"
    if re.search(r"\bfinancial year\b|\b1 April\b|\bApril\s+(?:19|20)\d\d\s+to\s+March\b", body, re.I):
        start_month = 4
    elif re.search(r"\b(?:Board|Committee|Panel|Forum|Commission)\b", who) or re.search(
        r"\bboard (?:year|cycle)", body, re.I
    ):
        start_month = 9
    elif re.search(r"\b(?:Council|Cabinet|Authority|Service|Executive|Trust)\b", who):
        start_month = 4
    else:
        start_month = 9
    title_cycles = _cycles_in(paper.meta.title or "")
    if not title_cycles:
        for b in paper.blocks[:6]:
            if isinstance(b, Heading) and b.level == 1:
                title_cycles = _cycles_in(b.text)
                if title_cycles:
                    break
    md = _iso_date(paper.meta.meeting_date)
    if title_cycles:
        return Cycle(min(title_cycles), start_month, md)
    if md:
        start = md.year - 1 if md.month < start_month else md.year
        # A September meeting that takes an "end of year"/"annual" report closes the year before.
        if md.month in (start_month, start_month + 1) and re.search(
            r"end of (?:the )?year|annual report|year in review|review of the year", body[:3000], re.I
        ):
            start -= 1
        return Cycle(start, start_month, md)
    counted = Counter(_cycles_in(body))
    if counted:
        return Cycle(counted.most_common(1)[0][0], start_month)
    return Cycle(None, start_month)


def _iso_date(s: str | None) -> date | None:
    if not s:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_YEAR = r"((?:19|20)\d\d)(?!\s*[/-]\s*\d)(?!\d)"
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    ("dmy", re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")),
    (
        "day",
        re.compile(
            r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?)?\s+("
            + _MONTH_RE
            + r")\b,?(?:\s+"
            + _YEAR
            + r")?"
        ),
    ),
    ("month_year", re.compile(r"\b(" + _MONTH_RE + r"),?\s+" + _YEAR)),
    (
        "month",
        re.compile(
            r"\b(?:[Ii]n|[Dd]uring|[Oo]n|[Bb]y|[Uu]ntil|[Tt]hroughout|[Ff]rom|[Ee]arly|[Ll]ate|[Ss]ince|"
            r"(?:the )?(?:end|beginning|start|middle) of)\s+(?:early |late |mid-?)?("
            + _MONTH_RE
            + r")\b(?!\s*(?:19|20)\d\d)"
        ),
    ),
    ("season_year", re.compile(r"\b(?:[Ss]pring|[Ss]umm?er|[Aa]utumn|[Ww]inter)\s+" + _YEAR)),
    (
        "year",
        re.compile(
            r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Aa]cross|[Ee]arly|[Ll]ate|[Mm]id-?|(?:the )?(?:end|beginning|start) of)\s+"
            + _YEAR
        ),
    ),
]
_DATE_SKIP_BEFORE = re.compile(
    r"(?:\b(?:published|issued|released|launched|updated|dated)\b[^,;]{0,20}$)|"
    r"(?:\b(?:due|deadline|closes|closing|by|since|until|meeting(?: in| on| of)?)\s*(?:in|on|at|of|the|beginning|end|start|of\s)*\s*$)",
    re.I,
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)


def resolve_date(text: str, cycle: Cycle, author_words: tuple[str, ...] = ()) -> str | None:
    """When the work in `text` was done, as precisely as the text allows ('2020-12', '2021-05-18',
    '2020'), resolving bare months against the cycle. Deadlines, future dates, board meetings and
    the dates other bodies published things are not the work's date; a board year ('2020/21') or a
    bare season is no date at all."""
    text = _norm_text(text)
    best: tuple[int, int, str] | None = None  # (-precision, position, value)
    for kind, pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            value, precision = _date_value(kind, m, cycle)
            if value is None:
                continue
            clause = _clause_before(text, m.start())
            if _is_future(clause):
                continue
            skip = _DATE_SKIP_BEFORE.search(clause)
            if skip:
                word = skip.group(0).strip().split()[0].lower()
                if word in ("published", "issued", "released", "launched", "updated", "dated"):
                    # Our own publishing ("we published … in May") is our act; another body's is not.
                    owner = clause[: skip.start()]
                    if not (_WE.search(owner) or any(w in owner for w in author_words)):
                        continue
                else:
                    continue
            cand = (-precision, m.start(), value)
            if best is None or cand < best:
                best = cand
    return best[2] if best else None


def _date_value(kind: str, m: re.Match[str], cycle: Cycle) -> tuple[str | None, int]:
    try:
        if kind == "iso":
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return d.isoformat(), 3
        if kind == "dmy":
            d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return d.isoformat(), 3
        if kind == "day":
            day, day2, mon, year = m.group(1), m.group(2), MONTHS[m.group(3).lower()], m.group(4)
            y = int(year) if year else cycle.year_of_month(mon)
            if y is None:
                return None, 0
            if day2:  # a range of days: the month is as precise as it gets
                return f"{y}-{mon:02d}", 2
            return date(y, mon, int(day)).isoformat(), 3
        if kind == "month_year":
            return f"{int(m.group(2))}-{MONTHS[m.group(1).lower()]:02d}", 2
        if kind == "month":
            mon = MONTHS[m.group(1).lower()]
            y = cycle.year_of_month(mon)
            return (f"{y}-{mon:02d}", 2) if y else (None, 0)
        if kind in ("season_year", "year"):
            return m.group(1), 1
    except (ValueError, KeyError):
        return None, 0
    return None, 0


# ------------------------------------------------------------------------------------------------
# Organisations

_ORG_HEADS = {
    "council",
    "committee",
    "commission",
    "forum",
    "board",
    "association",
    "group",
    "agency",
    "authority",
    "institute",
    "institution",
    "trust",
    "partnership",
    "network",
    "team",
    "panel",
    "federation",
    "society",
    "foundation",
    "alliance",
    "centre",
    "center",
    "unit",
    "inspectorate",
    "ombudsman",
    "executive",
    "office",
    "service",
    "department",
    "ministry",
    "commissioner",
    "secretariat",
    "college",
    "union",
    "coalition",
    "taskforce",
    "hub",
    "consortium",
    "company",
    "corporation",
}
# Headwords the generic Title-Case pattern accepts (a subset: "Office", "Service", "Hub" … are too
# often parts of other names).
_GENERIC_HEADS = {
    "Council",
    "Committee",
    "Commission",
    "Forum",
    "Board",
    "Association",
    "Group",
    "Agency",
    "Authority",
    "Institute",
    "Trust",
    "Partnership",
    "Network",
    "Team",
    "Panel",
    "Federation",
    "Society",
    "Foundation",
    "Alliance",
    "Centre",
    "Unit",
    "Inspectorate",
    "Ombudsman",
    "Service",
    "Coalition",
    "Consortium",
    "Police",
    "Constabulary",
    "University",
    "College",
}
# Sub-groups a body sets up for itself (named after their topic) are not organisations in their own right.
_SUBGROUP_ENDINGS = (
    "working group",
    "task and finish group",
    "steering group",
    "sub-group",
    "subgroup",
    "project group",
)
_LEAD_STOP = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "our",
    "their",
    "its",
    "his",
    "her",
    "each",
    "every",
    "both",
    "all",
    "any",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "following",
    "through",
    "beyond",
    "building",
    "alongside",
    "and",
    "of",
    "as",
    "also",
    "since",
    "after",
    "before",
    "during",
    "under",
    "via",
    "new",
    "local",
    "national",
    "regional",
    "some",
    "many",
    "several",
    "members",
    "member",
    "dear",
    "chair",
    "vice",
    "deputy",
    "cllr",
    "councillor",
    "lord",
    "baroness",
    "sir",
    "dame",
    "mr",
    "mrs",
    "ms",
    "dr",
    "professor",
    "minister",
    "if",
    "when",
    "where",
    "while",
    "although",
    "however",
    "further",
    *(m.lower() for m in calendar.month_name if m),
    *(d.lower() for d in calendar.day_name),
}
# Words that open a phrase before a policy's name but are not part of it.
_POLICY_LEAD = {
    *"the a an this that these those our their its his her following under through and of in on at by".split(),
    *"for with from to as also since after before during via including recent forthcoming proposed".split(),
    *"current previous".split(),
    *(m.lower() for m in calendar.month_name if m),
}
_COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "greater",
    "central",
    "midlands",
    "eastern",
    "western",
    "northern",
    "southern",
}


@dataclass
class OrgMatch:
    start: int
    end: int
    name: str  # canonical
    text: str  # as written
    via: str  # "name", "acronym", "learned", "generic"
    internal: bool = False


@dataclass
class Gazetteer:
    """Organisations by name, alias and acronym, compiled for matching.

    Names and aliases match case-insensitively but must start with a capital as written ("Fire
    protection Board" is the Fire Protection Board); single-word names and acronyms match only as
    written. Possessives ("Home Office's") and "-led" match through word boundaries."""

    entries: dict[str, dict[str, Any]]
    names: dict[str, str]  # lower-case name/alias → canonical
    spellings: dict[str, set[str]]  # lower-case name/alias → last words as written
    acronyms: dict[str, str]  # acronym as written → canonical
    name_re: Lexicon | None
    acr_re: Lexicon | None

    @classmethod
    def build(cls, items: list[dict[str, Any]]) -> Gazetteer:
        entries: dict[str, dict[str, Any]] = {}
        names: dict[str, str] = {}
        spellings: dict[str, set[str]] = {}
        acronyms: dict[str, str] = {}
        for it in items or []:
            if not isinstance(it, dict) or not isinstance(it.get("name"), str) or not it["name"].strip():
                continue
            canon = clean(_norm_text(it["name"]))
            entries.setdefault(canon, dict(it, name=canon))
            for n in [canon, *[a for a in it.get("aliases") or [] if isinstance(a, str)]]:
                n = clean(_norm_text(n))
                if n:
                    names.setdefault(n.lower(), canon)
                    spellings.setdefault(n.lower(), set()).add(n.split()[-1])
            for a in it.get("acronyms") or []:
                if isinstance(a, str) and a.strip():
                    acronyms.setdefault(a.strip(), canon)
        return cls(
            entries,
            names,
            spellings,
            acronyms,
            _alternation(names.keys(), re.I),
            _alternation(acronyms.keys(), 0),
        )

    def canonical(self, text: str) -> str | None:
        t = clean(_norm_text(text))
        return (
            self.names.get(t.lower())
            or self.acronyms.get(t)
            or self.names.get(re.sub(r"^the\s+", "", t.lower()))
        )

    def entry(self, canonical: str) -> dict[str, Any]:
        return self.entries.get(canonical, {})


_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+")


class Lexicon:
    """Many phrases matched at word starts, longest first, indexed by their first word.

    One regex alternation of a thousand names is slow in Python's engine (it tries every name at
    every position); looking up each word of the text in a dict and trying only the names that
    start with it is fast. `finditer` yields `re.Match` objects like a pattern's."""

    def __init__(self, keys: Any, flags: int) -> None:
        self.ci = bool(flags & re.I)
        groups: dict[str, list[str]] = {}
        for k in {k for k in keys if k}:
            m = _TOKEN.match(k)
            if m:
                groups.setdefault(m.group(0).lower() if self.ci else m.group(0), []).append(k)
        self.index = {
            first: re.compile(
                "(?:"
                + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(ks, key=len, reverse=True))
                + r")(?![A-Za-z0-9])",
                flags,
            )
            for first, ks in groups.items()
        }

    def finditer(self, text: str) -> Any:
        last_end = 0
        for t in _TOKEN.finditer(text):
            if t.start() < last_end:
                continue
            p = self.index.get(t.group(0).lower() if self.ci else t.group(0))
            if p is not None:
                m = p.match(text, t.start())
                if m:
                    last_end = m.end()
                    yield m


def _alternation(keys: Any, flags: int) -> Lexicon | None:
    ks = {k for k in keys if k}
    return Lexicon(ks, flags) if ks else None


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.build(load_gazetteer())


_ACR_DEF = re.compile(r"\(\s*([A-Za-z][A-Za-z&]{1,11})\s*\)")
_CONNECTORS = {"of", "and", "for", "on", "the", "in", "&", "to", "at", "de"}


@dataclass
class PaperOrgs:
    """Organisation knowledge for one paper: the gazetteer plus what the paper defines itself
    ("National Water Safety Forum (NWSF)"), the author and the bodies inside it."""

    gaz: Gazetteer
    learned: dict[str, str] = field(default_factory=dict)  # acronym → canonical (this paper)
    learned_names: dict[str, str] = field(default_factory=dict)  # lower name → canonical
    blocked_acronyms: set[str] = field(default_factory=set)  # defined as something else here
    acronym_of: dict[str, str] = field(default_factory=dict)  # canonical → acronym the paper uses
    authors: set[str] = field(default_factory=set)  # canonical names of the writing body
    author_words: tuple[str, ...] = ()
    _learned_re: Lexicon | None = None
    _learned_name_re: Lexicon | None = None

    def is_author_or_internal(self, name: str) -> bool:
        if name in self.authors:
            return True
        parent = self.gaz.entry(name).get("parent")
        if parent and parent in self.authors:
            return True
        # The author's own arm under another headword: "Westmoor Fire and Rescue Service" for
        # "Westmoor Fire and Rescue Authority", "Northvale Borough Council" for "Northvale Council".
        stem = name.split()[:-1]
        for a in self.authors:
            astem = a.split()[:-1]
            if len(stem) >= 2 and stem == astem:
                return True
        return False

    def compile(self) -> None:
        self._learned_re = _alternation(self.learned.keys(), 0)
        self._learned_name_re = _alternation(self.learned_names.keys(), re.I)

    def find(self, text: str) -> list[OrgMatch]:
        """Organisations named in `text`, longest match first, without overlaps."""
        text = _norm_text(text)
        cands: list[OrgMatch] = []
        if self.gaz.name_re:
            for m in self.gaz.name_re.finditer(text):
                s = m.group(0)
                if not s[:1].isupper() and not s[:1].isdigit():
                    continue
                key = re.sub(r"\s+", " ", s).lower()
                canon = self.gaz.names.get(key)
                if canon is None:
                    continue
                if s.split()[-1] not in self.gaz.spellings.get(key, ()):
                    continue  # "the independent review" is not The Independent: the headword's case counts
                if " " not in canon and s != canon and s not in (self.gaz.entry(canon).get("aliases") or []):
                    continue  # single words only as written ("Shelter", not "shelter")
                if " " not in s.strip() and _sentence_initial(text, m.start()) and s not in self.gaz.acronyms:
                    continue
                cands.append(OrgMatch(m.start(), m.end(), canon, s, "name"))
        if self._learned_name_re:
            for m in self._learned_name_re.finditer(text):
                canon = self.learned_names.get(re.sub(r"\s+", " ", m.group(0)).lower())
                if canon and m.group(0)[:1].isupper():
                    cands.append(OrgMatch(m.start(), m.end(), canon, m.group(0), "learned"))
        if self._learned_re:
            for m in self._learned_re.finditer(text):
                cands.append(OrgMatch(m.start(), m.end(), self.learned[m.group(0)], m.group(0), "learned"))
        if self.gaz.acr_re:
            for m in self.gaz.acr_re.finditer(text):
                a = m.group(0)
                if a in self.blocked_acronyms or a in self.learned:
                    continue
                canon = self.gaz.acronyms[a]
                cands.append(OrgMatch(m.start(), m.end(), canon, a, "acronym"))
        chosen = _non_overlapping(cands)
        chosen = [self._prefixed(text, c) for c in chosen]
        chosen = _non_overlapping(chosen)
        chosen += self._generic(text, chosen)
        chosen.sort(key=lambda c: c.start)
        for c in chosen:
            if self.is_author_or_internal(c.name):
                c.internal = True
        return chosen

    def _prefixed(self, text: str, c: OrgMatch) -> OrgMatch:
        """'East of England LGA' → 'East of England Local Government Association' for bodies whose
        regional branches are named by prefixing a place (`prefixable` in the gazetteer)."""
        if not self.gaz.entry(c.name).get("prefixable") or c.via != "acronym":
            return c
        m = re.search(r"((?:[A-Z][a-z]+\s+(?:of\s+|and\s+)?){1,5})$", text[: c.start])
        if not m:
            return c
        words = m.group(1).split()
        while words and words[0].lower() in _LEAD_STOP:
            words.pop(0)
        if not words or not (len(words) >= 2 or words[0].lower() in _COMPASS):
            return c
        if not any(w.lower() in _COMPASS for w in words) and len(words) < 3:
            return c
        prefix = " ".join(words)
        start = c.start - len(m.group(1)) + m.group(1).find(words[0])
        return OrgMatch(start, c.end, f"{prefix} {c.name}", text[start : c.end], "prefixed")

    def _generic(self, text: str, taken: list[OrgMatch]) -> list[OrgMatch]:
        """Named bodies not in the gazetteer: a Title-Case run ending in a body's headword
        ('Newcastle City Council', 'National Crime Reduction Board'), or 'London Borough of X'."""
        masked = list(text)
        for c in taken:
            masked[c.start : c.end] = "\0" * (c.end - c.start)
        mtext = "".join(masked)
        out: list[OrgMatch] = []
        for m in _BOROUGH_RE.finditer(mtext):
            out.append(OrgMatch(m.start(), m.end(), m.group(0), m.group(0), "generic"))
        for m in _TITLE_RUN.finditer(mtext):
            if any(o.start <= m.start() < o.end for o in out):
                continue
            tokens = [(t.group(0), t.start()) for t in re.finditer(r"\S+", m.group(0))]
            # Trim a sentence-initial verb or adverb ("Supported Newcastle City Council").
            first = 0
            if tokens and _sentence_initial(mtext, m.start()) and re.search(r"(?:ed|ing|ly)$", tokens[0][0]):
                first = 1
            while first < len(tokens) and tokens[first][0].lower().strip(",") in _LEAD_STOP:
                first += 1
            tokens = tokens[first:]
            if len(tokens) < 2 or tokens[-1][0] not in _GENERIC_HEADS:
                continue
            start = m.start() + tokens[0][1]
            end = m.start() + tokens[-1][1] + len(tokens[-1][0])
            name = mtext[start:end].rstrip(",")
            low = name.lower()
            if low.endswith(_SUBGROUP_ENDINGS) or _plain(name) in _generic_bodies():
                continue
            if _DOCUMENT_WORDS & set(name.split()):
                continue  # "Annual Report of the Fire Authority" is a document's title
            words = [w for w in re.findall(r"[A-Za-z']+", name)]
            if all(w.lower() in _LEAD_STOP or w.lower() in _CONNECTORS for w in words[:-1]):
                continue
            internal = bool(self.author_words) and (
                any(
                    re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", name)
                    for w in self.author_words
                )
                or re.search(
                    r"(?:\b(?:our|its)|" + _author_possessive(self.author_words) + r")\s*$",
                    text[max(0, start - 30) : start],
                )
                is not None
            )
            canon = self.gaz.canonical(name) or self.learned_names.get(low) or name
            out.append(OrgMatch(start, end, canon, name, "generic", internal=internal))
        return out


def _author_possessive(words: tuple[str, ...]) -> str:
    if not words:
        return r"(?!x)x"
    return r"(?:" + "|".join(re.escape(w) for w in words) + r")(?:'s)?"


_CAPW = r"(?:[A-Z][A-Za-z'&-]*|[A-Z]{2,}s?)"
_TITLE_RUN = re.compile(_CAPW + r"(?:,?\s+(?:(?:of|and|for|on|the|in|&)\s+)*" + _CAPW + r")*")
_BOROUGH_RE = re.compile(
    r"\b(?:(?:London|Royal) Borough|University|Council) of [A-Z][a-z]+"
    r"(?:(?:\s+(?:and|upon)\s+|-upon-|-on-|\s+)[A-Z][a-z]+)*"
)


def _sentence_initial(text: str, pos: int) -> bool:
    """Is `pos` the first word of a sentence (or of a bullet or cell)?"""
    before = text[:pos].rstrip(" \t\"'(\u00b7\u2022")
    return not before or before[-1] in ".!?:;\n\0"


def _non_overlapping(cands: list[OrgMatch]) -> list[OrgMatch]:
    cands = sorted(cands, key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[OrgMatch] = []
    for c in cands:
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return chosen


def _initials(words: list[str], with_connectors: bool) -> str:
    out = []
    for w in words:
        w = w.strip(",'")
        if not w:
            continue
        if w.lower() in _CONNECTORS:
            if with_connectors:
                out.append(w[0])
            continue
        for part in re.split(r"-", w):
            if part:
                out.append(part[0])
                if not with_connectors:
                    break
    return "".join(out)


def learn_paper_orgs(text: str, gaz: Gazetteer, author: str | None, body: str | None) -> PaperOrgs:
    """Read the paper's own acronym definitions and work out who wrote it."""
    text = _norm_text(text)
    po = PaperOrgs(gaz)
    generic = _generic_bodies()
    for m in _ACR_DEF.finditer(text):
        acr = m.group(1)
        if sum(ch.isupper() for ch in acr) < 2:
            continue
        plural = acr.endswith("s") and acr[-2:-1].isupper()
        letters = acr[:-1] if plural else acr
        before = re.sub(r"'s\s*$", "", text[max(0, m.start() - 200) : m.start()].rstrip())
        words = before.split()
        long = None
        for k in range(1, min(14, len(words)) + 1):
            cand = words[-k:]
            if not cand[0][:1].isupper():
                continue
            if (
                _initials(cand, False).lower() == letters.lower()
                or _initials(cand, True).lower() == letters.lower()
            ):
                long = " ".join(cand).strip(",;:")
                break
        if not long:
            continue
        head = re.sub(r"[^A-Za-z]", "", long.split()[-1]).lower()
        canon = gaz.canonical(long)
        if canon:
            po.learned[acr] = canon
            po.acronym_of.setdefault(canon, acr)
        elif plural or _plain(long) in generic:
            po.blocked_acronyms.add(letters)
            po.blocked_acronyms.add(acr)
        elif head in _ORG_HEADS and not head.endswith("s"):
            po.learned[acr] = long
            po.learned_names[long.lower()] = long
            po.acronym_of.setdefault(long, acr)
        else:
            # Defined here as something else (an Act, a strategy): not the gazetteer's body.
            po.blocked_acronyms.add(acr)
    po.compile()

    # The author: named explicitly, else the paper's body (a board inside a larger body means
    # the larger body wrote it), else a body the paper names far more often than any other.
    authors: set[str] = set()
    for who in (author, body):
        if not who:
            continue
        canon = gaz.canonical(who) or po.learned_names.get(who.lower())
        if canon:
            authors.add(canon)
            parent = gaz.entry(canon).get("parent")
            if parent:
                authors.add(parent)
        else:
            authors.add(clean(who))
    if not author and not body:
        # Nothing says who wrote it: a body the paper names far more often than any other.
        counts = Counter(
            c.name
            for c in po.find(text)
            if gaz.entry(c.name).get("kind") in (None, "sector_body", "council", "other")
        )
        top = counts.most_common(2)
        if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            authors.add(top[0][0])
    po.authors = authors
    words: list[str] = []
    for a in authors:
        words.append(a)
        words.extend(gaz.entry(a).get("acronyms") or [])
    po.author_words = tuple(sorted(set(words), key=len, reverse=True))
    return po


_DOCUMENT_WORDS = {
    "Report",
    "Plan",
    "Strategy",
    "Review",
    "Act",
    "Bill",
    "Programme",
    "Annual",
    "Update",
    "Conference",
    "Summit",
    "Inquiry",
    "Consultation",
    "Guidance",
    "Framework",
    "Agenda",
    "Minutes",
}

# ------------------------------------------------------------------------------------------------
# Kinds of work


def _vn(verbs: str, nouns: str, gap: int = 7) -> re.Pattern[str]:
    """A verb then, within `gap` words of the same clause, a noun."""
    return re.compile(
        r"\b" + verbs + r"\b(?:\s+[^\s.;:,()]+){0," + str(gap) + r"}?\s+" + nouns + r"\b",
        re.I,
    )


_V_EVENT = (
    r"(?:held|hold(?:s|ing)?|host(?:ed|s|ing)?|co-host(?:ed|ing)?|organis(?:ed|es|ing)|organiz(?:ed|es|ing)|ran|run|running|"
    r"deliver(?:ed|s|ing)?|stag(?:ed|ing)|conven(?:ed|ing)|spoke|speak(?:s|ing)?|present(?:ed|s|ing)?|"
    r"chair(?:ed|s|ing)?|attend(?:ed|s|ing)?|took part|taken part|tak(?:e|es|ing) part|participat(?:ed|es|ing)|"
    r"facilitat(?:ed|es|ing)|arrang(?:ed|ing)|put on)"
)
_N_EVENT = (
    r"(?:webinars?|conferences?|round-?tables?|round tables?|workshops?|seminars?|debates?|summits?|"
    r"masterclass(?:es)?|events?|symposi(?:um|a)|sessions?|exhibitions?|fringe meetings?|listening exercises?)"
)
_V_TRAIN = (
    r"(?:deliver(?:ed|s|ing)?|provid(?:ed|es|ing|e)|ran|run|running|offer(?:ed|s|ing)?|develop(?:ed|s|ing)?|"
    r"launch(?:ed|es|ing)?|design(?:ed|ing)?|commission(?:ed|ing)?|host(?:ed|ing)?|produc(?:ed|ing)|"
    r"creat(?:ed|ing)|roll(?:ed|ing) out)"
)
_N_TRAIN = (
    r"(?:training|courses?|leadership (?:programmes?|academy|essentials)|development programmes?|"
    r"learning (?:videos?|modules?|resources?)|e-learning|videos?|induction(?: programme)?s?|mentoring|"
    r"coaching|bootcamps?|modules?)"
)
_V_PUB = (
    r"(?:publish(?:ed|es|ing)?|launch(?:ed|es|ing)?|produc(?:ed|es|ing|e)|develop(?:ed|s|ing)?|issu(?:ed|es|ing)|"
    r"updat(?:ed|ing)|draft(?:ed|ing)|wr(?:ote|itten|iting)|provid(?:ed|es|ing)|creat(?:ed|ing)|compil(?:ed|ing)|"
    r"releas(?:ed|ing)|refresh(?:ed|ing)|revis(?:ed|ing)|support(?:ed|ing)? councils with)"
)
_N_PUB = (
    r"(?:guidance|guides?|handbooks?|toolkits?|case stud(?:y|ies)|position statements?|reports?|briefings?|"
    r"guidance notes?|charters?|codes?|frameworks?|leaflets?|factsheets?|publications?|resources?|"
    r"checklists?|bulletins?|newsletters?|good practice|best practice|templates?|protocols?|standards?|"
    r"model (?:policy|policies|constitution)|FAQs?)"
)

_LOBBY_STRONG = re.compile(
    r"\b(?:lobb(?:y|ied|ies|ying)|campaign(?:ed|ing)|urg(?:ed|es|ing)|"
    # A campaign is lobbying when it is for or against something, not a public-information one.
    r"(?:our|vociferous|successful|national|lobbying|political|parliamentary|sustained) campaigns?|"
    r"campaigns? (?:for|against|to (?:secure|stop|ensure|protect|get|raise|change|win|keep))|"
    r"wr(?:ote|itten) (?:\w+ )?to (?:the )?(?:minister|secretary of state|chancellor|prime minister|home secretary|"
    r"government|mps|ministers|all mps|peers|[A-Z][a-z]+ Minister)|"
    r"brief(?:ed|ing|ings)? (?:for )?(?:mps|peers|ministers|parliamentarians|members of parliament)|"
    r"parliamentary briefings?|"
    r"met (?:with )?(?:the )?(?:minister|ministers|secretary of state|mps)|"
    r"press(?:ed|ing) (?:the )?(?:government|ministers?)|called on (?:the )?government|made the case|"
    r"business case|views to (?:the )?government|passage of (?:the )?[^.;]{0,60}?(?:Bill|Act)\b|"
    r"submission[^.;]{0,60}?spending (?:review|round)|spending review submission|amendments? to the [A-Z])",
    re.I,
)
_LOBBY_WEAK = re.compile(
    r"\b(?:rais(?:ed|e|es|ing) (?:[\w']+\s+){0,2}?concerns?|express(?:ed|es|ing) (?:[\w']+\s+)?concerns?|"
    r"highlight(?:ed|s|ing)|welcom(?:ed|es|ing)|argu(?:ed|es|ing)|oppos(?:ed|es|ing)|call(?:ed|ing) for|"
    r"push(?:ed|ing) for|made representations|representations to|making clear|made clear|our position)\b",
    re.I,
)

KIND_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "consultation_response",
        re.compile(
            r"\b(?:responded to|(?:a|our|its|formal|written|joint|sector|detailed|consultation|submitted|LGA's) respon(?:se|ses) to|"
            r"responding to (?:the |a |an |its |their )?[^.;]{0,60}?(?:consultation|review|call for evidence|inquiry|investigation|proposals|white paper|green paper)|"
            r"submitted (?:a |our |an )?(?:formal |written |joint |detailed )?(?:consultation )?(?:response|submission)|"
            r"consultation responses?|(?:sector|formal|joint|written|our|detailed) response\b|"
            r"(?:made|sent) (?:a |our )?submission to|"
            r"contribut(?:ed|ing) to (?:the )?[^.;]{0,50}?consultation\b|"
            r"submission to (?:the )?[^.;]{0,60}?(?:consultation|(?<!spending )review|inquiry|call for evidence|investigation))",
            re.I,
        ),
    ),
    (
        "consultation_response",
        re.compile(
            r"\b(?:consultation|review|investigation|call for evidence|inquiry)\b[^.;]{0,80}?\b(?:which|that) "
            r"(?:we|the [A-Z]\w*|our \w+) (?:inputted|input|fed|contributed|responded)\b",
            re.I,
        ),
    ),
    (
        "evidence",
        re.compile(
            r"\b(?:(?:gave|give|giving|given|submitted|submit(?:ting)?|provided|provide|providing|presented|sent|offered|"
            r"contributed|contribute|contributing)\s+(?:[\w-]+\s+){0,3}?evidence|"
            r"(?:oral|written|supplementary)\s+evidence|evidence sessions?|called to give evidence|appeared before|"
            r"(?:provided|provide|providing|submitted|sent|gave)\s+(?:\w+\s+){0,2}?information\s+to\s+(?:the |its |an? )?"
            r"[^.;]{0,40}?(?:review|inquiry|inspection|committee|commission|investigation))\b",
            re.I,
        ),
    ),
    ("event", _vn(_V_EVENT, _N_EVENT)),
    (
        "event",
        re.compile(
            r"\b" + _N_EVENT + r"\b[^.;:]{0,60}?\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
            r"(?:held|hosted|run|delivered|organised|staged|attended)\b|\b"
            + _N_EVENT
            + r"\b[^.;:]{0,40}?\btook place\b|"
            r"\b(?:guest |keynote )?speakers (?:included|at)\b",
            re.I,
        ),
    ),
    ("training", _vn(_V_TRAIN, _N_TRAIN)),
    (
        "training",
        re.compile(
            r"\b(?:training (?:courses?|sessions?|programmes?|for (?:officers|members|councillors))|Leadership Essentials)\b|"
            r"\btraining\b[^.;]{0,20}?\b(?:was |were )?(?:delivered|provided|run)\b",
            re.I,
        ),
    ),
    ("publication", _vn(_V_PUB, _N_PUB)),
    (
        "publication",
        re.compile(
            r"\b" + _N_PUB + r"\b[^.;:]{0,60}?\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?"
            r"(?:launched|published|issued|released)\b",
            re.I,
        ),
    ),
    (
        "research",
        re.compile(
            r"\b(?:(?-i:[Cc]ommissioned|commission(?:ing|s)?)|carr(?:ied|ying|y) out|conduct(?:ed|ing|s)?|"
            r"undert(?:ook|aking|aken|ake)|"
            r"complet(?:ed|ing)|led|lead(?:ing)?)\s+(?:[^\s.;:]+\s+){0,4}?(?:research|stud(?:y|ies)|surveys?|evaluations?|"
            r"analys[ie]s|audits?|mapping|an? (?:\w+ )?review|evidence reviews?|(?:needs |impact )?assessments?)\b|"
            r"\bundert(?:ook|aking|aken|ake)\s+(?:[\w-]+\s+){0,2}?(?:work|research|analysis) (?:on|into|to)\b|"
            r"\b(?-i:[Cc]ommissioned)\b[^.;]{0,60}?\bto (?:evaluate|review|research|assess|study|examine|explore|"
            r"investigate|map|analyse)\b",
            re.I,
        ),
    ),
    (
        "partnership",
        re.compile(
            r"\b(?:work(?:ed|ing|s)?\s+(?:closely\s+|jointly\s+|together\s+|hard\s+|in partnership\s+)?(?:with|alongside)|"
            r"in partnership|partnership with|engag(?:e|ed|es|ing|ement) with|liais(?:e|ed|es|ing) with|"
            r"relationships? with|discussions? with|involvement in|"
            r"contribut(?:e|ed|es|ing) (?:an? \w+ view )?to (?:the |government |key |wider |strategic |national )*(?:discussions?|development|work|strategic|shaping)|"
            r"input(?:ted)? into (?:the |key |a )?[\w-]+|feed(?:ing)? into|fed into|"
            r"members(?:hip)? of (?:the )?[A-Z]|member of (?:the )?[A-Z]|sits? on|sat on|seats? on|position on|"
            r"represent(?:ed|ing|s)? [^.;]{0,30}?\bon\b|"
            r"attend(?:ed|s|ing)? (?:the |a |regular |regularly )?[^.;]{0,60}?(?:board|group|forum|network|committee|panel|meetings)|"
            r"networks?|working groups?|task and finish group|steering group|advisory (?:board|group)|"
            r"joint(?:ly)?|(?:delivered|run|organised|developed) (?:jointly )?with|in conjunction with|seconded to|"
            r"together with (?:our )?partners|multi-agency|"
            r"conven(?:e|ed|es|ing)|collaborat\w+|co-?ordinat\w+ with|"
            r"played (?:an? )?(?:important |key |leading |central |active )?role|"
            r"host(?:ed|ing|s)? the (?:[A-Z][\w']*\s+){1,5}(?:Team|Group|Network|Forum|Board|Unit|Secretariat|Partnership))\b",
        ),
    ),
    (
        "support",
        re.compile(
            r"\b(?:(?:bespoke|tailored|targeted|intensive|direct|one-to-one|practical|hands-on|specialist|improvement|peer) support|"
            r"support(?:ed)? (?:to|for) (?:a|the|individual|particular|specific|several|two|three|\d+) (?:councils?|authorit(?:y|ies)|areas?)|"
            r"support to councils|support(?:ed|ing)? (?:[A-Z][\w'-]+ ){1,4}(?:Council|Authority|Borough)|"
            r"peer (?:challenges?|reviews?)|"
            r"(?:safe and well|home (?:fire )?safety|home) (?:visits|checks)|visits to (?:\S+ ){0,2}?(?:households|residents|homes|families|schools)|"
            r"support(?:ed|ing)? (?:a|one|two|three|several|individual|particular) (?:councils?|authorit(?:y|ies)))\b",
        ),
    ),
    (
        "media",
        re.compile(
            r"\b(?:media (?:coverage|work|interviews?|appearances?|campaigns?|statements?|enquiries|briefings?|lines?)|"
            r"(?:press|news) (?:releases?|coverage|statements?|conferences?)|interview(?:s|ed)?|rebuttals?|op-eds?|"
            r"broadcasts?|documentar(?:y|ies)|(?:took|take|taking|taken) part in an? (?:[A-Z]\w* )?(?:programme|documentary|show|podcast)|"
            r"appeared on|radio|television|TV (?:programme|interview|appearance)s?|letters? to the editor|podcasts?|"
            r"(?:awareness|safety|public|media|communications|joint|recruitment|publicity|advertising|marketing|information) campaigns?)\b",
            re.I,
        ),
    ),
]
_STRONG_KINDS = {"consultation_response", "evidence", "publication", "research", "training", "media"}
_POINTER = re.compile(
    r"\b(?:is|are) available (?:here|at|on|from|via|online)\b|\bcan be (?:found|viewed|accessed|read)\b|"
    r"\b(?:see|set out in|attached (?:at|as)|at) (?:appendix|annex)\b|\bis attached\b",
    re.I,
)
_INTERNAL_BUSINESS = re.compile(
    r"\bpriorit(?:y|ies)\b|\bbusiness plan|\bwork ?plan\b|\bwork programme\b|\bthis (?:paper|report)\b", re.I
)


def _match_kind(pat: re.Pattern[str], kind: str, text: str) -> list[re.Match[str]]:
    if pat.flags & re.I:
        return list(pat.finditer(text))
    # Case-sensitive patterns: also try with the first letter of each sentence lowered so that
    # "Working with …" at a sentence start still counts.
    lowered = re.sub(r"(^|[.!?;:]\s+)([A-Z])(?=[a-z])", lambda m: m.group(1) + m.group(2).lower(), text)
    return list(pat.finditer(lowered))


# A clause whose subject is another body ("The CMA have now published their final report").
_OTHER_SUBJECT = re.compile(
    r"\b(?:[A-Z]{2,}[a-z]?s?|Government|Minister|Commissioner|Commission|Committee|Inspectorate|Department|"
    r"Ministry|Agency|Authority)\b"
)
_OWN_KINDS = {"publication", "research"}


def _by_other_body(clause: str, author_words: tuple[str, ...]) -> bool:
    if _WE.search(clause):
        return False
    for w in author_words:
        if w in clause:
            return False
    return bool(_OTHER_SUBJECT.search(clause))


def classify(text: str, *, strict: bool = False, author_words: tuple[str, ...] = ()) -> list[str]:
    """The kinds of work a paragraph reports, in the order they are first mentioned.

    A kind counts only in a clause that is not about the future ("we have scheduled a webinar",
    "we intend to run …"). Mild lobbying words ("highlighted", "welcomed", "raised concerns") do
    not make a consultation response or evidence also lobbying. `strict` (background sections)
    keeps only the unmistakable kinds and ignores sentences about the board's own planning."""
    text = _norm_text(text)
    if strict:
        text = " ".join(s for _, s in _sentences(text) if not _INTERNAL_BUSINESS.search(s))
    found: dict[str, int] = {}
    for kind, pat in KIND_PATTERNS:
        for m in _match_kind(pat, kind, text):
            clause = _clause_before(text, m.start())
            if _is_future(clause):
                continue
            if kind in _OWN_KINDS and _by_other_body(clause, author_words):
                continue
            found[kind] = min(found.get(kind, m.start()), m.start())
            break
    strong_lobby = next(
        (m for m in _LOBBY_STRONG.finditer(text) if not _is_future(_clause_before(text, m.start()))), None
    )
    weak_lobby = next(
        (m for m in _LOBBY_WEAK.finditer(text) if not _is_future(_clause_before(text, m.start()))), None
    )
    if strong_lobby:
        found["lobbying"] = strong_lobby.start()
    elif weak_lobby and not ({"consultation_response", "evidence"} & found.keys()) and not strict:
        found["lobbying"] = weak_lobby.start()
    if strict:
        found = {k: v for k, v in found.items() if k in _STRONG_KINDS or (k == "lobbying" and strong_lobby)}
    return [k for k, _ in sorted(found.items(), key=lambda kv: kv[1])]


_ITEM_NOUNS: list[tuple[str, re.Pattern[str]]] = [
    (
        kind,
        re.compile(
            r"^\W*(?:(?:an?|the|our|new|\d[\d,]*|several|two|three|four|five|six)\s+)?(?:[^\s.;:,]+\s+){0,4}?"
            + nouns
            + r"\b",
            re.I,
        ),
    )
    for kind, nouns in (
        ("training", _N_TRAIN),
        ("event", _N_EVENT),
        ("publication", _N_PUB + r"|protocols?|films?"),
        ("research", r"(?:research|stud(?:y|ies)|surveys?|evaluations?|(?:needs )?assessments?)"),
        ("media", r"(?:media (?:coverage|campaigns?)|press releases?|interviews?|(?:\w+ )?campaigns?)"),
    )
]


def item_kinds(text: str) -> list[str]:
    """Kinds for a bullet that is only a noun phrase ("training for 240 social care staff on …",
    "a multi-agency hoarding protocol adopted by …"): its verb is in the sentence introducing the
    list. The phrase's head noun names the kind."""
    text = _norm_text(text)
    if _STARTS_WITH_VERB.match(text):
        return classify(text)
    out = []
    for kind, pat in _ITEM_NOUNS:
        if pat.search(text) and not _is_future(text[:40]):
            out.append(kind)
    for kind in classify(text):
        if kind not in out:
            out.append(kind)
    return out


_STARTS_WITH_VERB = re.compile(
    r"^\W*(?!(?:training|funding|briefing|meeting|mentoring|coaching|housing|planning|licensing|building|"
    r"safeguarding|policing|learning|networking|recruiting|shared|need|seed|speed|feed)\b)"
    r"(?:\w+(?:ed|ing)|held|ran|met|led|made|gave|wrote|took|built|set|sent|won|began|spoke|saw|hosted|"
    r"launched|published|delivered|supported|responded|provided)\b",
    re.I,
)


# ------------------------------------------------------------------------------------------------
# Policies


_BILL_ACT = re.compile(
    r"((?:(?:[A-Z][\w'()-]*|\d{4}),?\s+(?:(?:and|of|for|on|in|to|&|of the)\s+)*){1,10})(Bill|bill|Act)\b(?:\s+((?:19|20)\d\d)\b)?"
)
_POLICY_HEADS = (
    r"Strategy|strategy|Review|Inquiry|Consultation|Report|report|Framework|Code|Standard|Charter|Guidance|Plan|"
    r"Programme|White Paper|Green Paper|Regulations|Duty|Handbook|Toolkit|Protocol|Concordat|Action Plan"
)
_TITLE_POLICY = re.compile(
    r"((?:(?:[A-Z][\w'-]*|COVID|\d{4}|\d{1,2})\s+(?:(?:and|of|for|on|in|to|&|against)\s+)*){1,10})("
    + _POLICY_HEADS
    + r")\b"
    r"((?:\s+(?:of|for|on)\s+(?:[A-Z][\w'-]*\s*(?:(?:and|of|for|on|in|&)\s+)*)+)*)"
    r"(?:\s+((?:19|20)\d\d(?:\s*-\s*(?:19|20)?\d\d)?))?"
)
_OBJ_STOP = re.compile(
    r"[,.;:()\"]|\s(?:was|were|is|are|has|have|had|which|that|who|setting|commissioned|published|led|carried|by|"
    r"from|with|to|and (?:the|we|our|it|its|this|a|an)|as|in (?:19|20)\d\d|(?:on|in|during) (?:\d+|"
    + _MONTH_RE
    + r"))\b"
)
_POSSESSIVE_POLICY = re.compile(
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})'s\s+(?:\([A-Za-z]+\)\s+)?((?:[A-Za-z][\w-]*\s+){0,4}?)"
    r"(review|consultation|investigation|inquiry|strategy)\b(\s+(?:into|of|on)\s+)?"
)
_ADJ_REVIEW = re.compile(
    r"\b([Ii]ndependent|[Nn]ational|[Ff]undamental|[Rr]apid|[Ss]trategic)\s+(review|inquiry)\s+(of|into)\s+"
)
# "the Home Office consultation on emergency evacuation information sharing": a body's named
# consultation or review without a possessive. (Committee inquiries have their own rule above.)
_BODY_POLICY = re.compile(
    r"\bthe\s+(?:[A-Z][\w&-]*\s+(?:(?:for|of|and)\s+)?){1,6}(consultation|review|investigation|call for evidence)"
    r"\s+(on|into)\s+(?!(?:the\s+)?(?:same|this|that|these|those|it|them)\b)"
)
_LOWER_STRATEGY = re.compile(r"\b(?:a|an|the|new)\s+((?:[a-z][\w-]*\s+){1,4})strategy\b")
_NAMED_GUIDANCE = re.compile(r"(?<=\s)(Guidance|Guide) (for|on|to) ")
_GUIDE_TITLED = re.compile(
    r"\b(?:guide|handbook|report|toolkit|publication|document|guidance)s?,?\s+[\"']?([A-Z][^,;()\"]{5,120}?)[\"']?(?=[,;.(]|\s+(?:which|that)\b)"
)
_COLON_GUIDANCE = re.compile(
    r"\b(?:the|our|its)\s+([A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}:\s+(?:[\w-]+\s+){0,4}?(?:guidance|guide))\b"
)
_ANAPHOR = re.compile(r"\bthe (?:legislation|Act|Bill)\b(?!\s+[A-Z0-9])")
_POLICY_STOP = {
    "annual report",
    "end of year report",
    "final report",
    "this report",
    "the report",
    "work plan",
    "business plan",
    "action plan",
    "delivery plan",
    "report",
    "plan",
    "review",
    "strategy",
    "code",
    "standard",
    "programme",
}


@dataclass
class PolicyContext:
    """What policies mean across a paper: Bills that became Acts, inquiry subjects for 'the same
    subject', the last Bill/Act for 'the legislation'."""

    paper_text: str
    cycle: Cycle
    transitions: list[dict[str, Any]]
    named: list[dict[str, Any]]
    short_forms: dict[str, str] = field(default_factory=dict)  # "Core Code" → its full name
    last_inquiry_subject: str | None = None
    last_legislation: str | None = None

    def bill_to_act(self, name: str) -> str:
        m = re.match(r"(.*)\bBill$", name)
        if not m:
            return name
        stem = m.group(1).strip()
        found = re.search(re.escape(stem) + r"\s+Act\b(?:\s+((?:19|20)\d\d))?", self.paper_text, re.I)
        if found:
            return f"{stem} Act" + (f" {found.group(1)}" if found.group(1) else "")
        first, last = self.cycle.first_day(), self.cycle.last_day()
        if first and last:
            for t in self.transitions:
                if _plain(t.get("bill", "")) == _plain(name):
                    assent = _iso_date(t.get("royal_assent"))
                    if assent and first <= assent <= last:
                        return re.sub(r"\s+(?:19|20)\d\d$", "", t.get("act", name))
        return name


def _strip_lead(words: list[str]) -> list[str]:
    while words and (words[0].lower().strip(",") in _POLICY_LEAD or words[0].lower() in _CONNECTORS):
        words = words[1:]
    return words


def find_policies(
    text: str, ctx: PolicyContext, orgs: list[OrgMatch], people_spans: list[tuple[int, int]]
) -> list[str]:
    """Named Bills, Acts, strategies, consultations, reviews, inquiries, reports and guidance."""
    text = _norm_text(text)
    found: list[tuple[int, str]] = []

    def add(pos: int, name: str) -> None:
        name = clean(name).strip(" ,;:-")
        if name and _plain(name) not in _POLICY_STOP and len(name) > 3:
            found.append((pos, _cap_first(name)))

    org_spans = [(o.start, o.end) for o in orgs]

    def in_org(pos: int) -> bool:
        return any(s <= pos < e for s, e in org_spans)

    # Bills and Acts ("Police, Crime, Sentencing and Courts Bill"; "Coroners and Justice bill").
    for m in _BILL_ACT.finditer(text):
        words = _strip_lead(m.group(1).split())
        if not words or all(w.lower().strip(",") in _CONNECTORS for w in words):
            continue
        name = " ".join(words).rstrip(",") + " " + m.group(2).capitalize()
        if m.group(3):
            name += " " + m.group(3)
        pos = m.start(1) + m.group(1).find(words[0])
        if in_org(pos) or text[m.end() : m.end() + 10].startswith(" Committee"):
            continue  # "Public Bill Committee"
        name = ctx.bill_to_act(name)
        add(pos, name)
        ctx.last_legislation = name
    for m in _ANAPHOR.finditer(text):
        if ctx.last_legislation and not any(p <= m.start() < p + len(n) for p, n in found):
            add(m.start(), ctx.last_legislation)

    # Committee inquiries: "<Committee> inquiry into <subject>".
    for o in orgs:
        if "committee" not in o.name.lower():
            continue
        tail = text[o.end : o.end + 200]
        m = re.match(
            r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:inquiry|inquiries|review)\s+(?:into|on)\s+", tail, re.I
        )
        if not m:
            continue
        rest = tail[m.end() :]
        stop = _OBJ_STOP.search(rest)
        subject = rest[: stop.start()] if stop else rest
        subject = re.sub(r"^the\s+", "", subject.strip())
        if re.fullmatch(r"(?:same|this|that) (?:subject|issue|topic|matter)", subject, re.I):
            subject = ctx.last_inquiry_subject or ""
        if subject:
            ctx.last_inquiry_subject = subject
            add(o.start, f"{o.name} inquiry into {subject}")

    # Possessive reviews and consultations: "the Law Commission's hate crime review",
    # "Lord Walney's review into political violence", "the Government's Protect duty consultation".
    for m in _POSSESSIVE_POLICY.finditer(text):
        words = [
            w
            for w in m.group(2).split()
            if w.lower() not in ("the", "a", "an", "two-part", "new", "latest", "own")
        ]
        noun = m.group(3)
        if words and any(w.lower() in ("our", "their", "its", "his", "her") for w in words):
            continue
        if m.group(4):
            rest = text[m.end() :]
            stop = _OBJ_STOP.search(rest)
            subject = re.sub(r"^the\s+", "", (rest[: stop.start()] if stop else rest[:120]).strip())
            if not subject or re.search(r"\b(?:" + _POLICY_HEADS + r"|Bill|Act)\b", subject):
                continue
            if len(subject.split()) <= 3 and m.group(4).strip() == "into" and not words:
                add(m.start(2) if words else m.start(3), f"{subject} {noun}")
            else:
                prefix = " ".join(words + [noun])
                add(m.start(3), f"{prefix}{m.group(4).rstrip()} {subject}")
        elif words:
            add(m.start(2), " ".join(words + [noun]))

    for m in _BODY_POLICY.finditer(text):
        rest = text[m.end() :]
        stop = _OBJ_STOP.search(rest)
        subject = re.sub(r"^the\s+", "", (rest[: stop.start()] if stop else rest[:120]).strip())
        if subject and not re.search(r"\b(?:" + _POLICY_HEADS + r"|Bill|Act)\b", subject):
            add(m.start(1), f"{m.group(1).capitalize()} {m.group(2)} {subject}")

    for m in _ADJ_REVIEW.finditer(text):
        rest = text[m.end() :]
        stop = _OBJ_STOP.search(rest)
        subject = (rest[: stop.start()] if stop else rest[:120]).strip()
        if subject:
            add(m.start(), f"{m.group(1)} {m.group(2)} {m.group(3)} {subject}")

    # Title-Case names ending in a policy headword ("Tackling Violence Against Women and Girls
    # Strategy", "the 2020 Spending Review", "State of Fire 2020 report").
    for m in _TITLE_POLICY.finditer(text):
        words = _strip_lead(m.group(1).split())
        if not words:
            continue
        pos = m.start(1) + m.group(1).find(words[0])
        if text[max(0, pos - 1) : pos] == "(" and text[m.end() : m.end() + 1] == ")":
            continue  # a short form being defined: "(Core Code)"
        short = re.match(r"\s*\(([A-Z][\w -]{1,40})\)", text[m.end() :])
        if in_org(pos) and not re.search(r"[A-Z]", " ".join(words[1:])):
            continue  # "Home Office guidance": described, not named
        lead_year = None
        if re.fullmatch(r"(?:19|20)\d\d", words[0]):
            lead_year = words.pop(0)
        if not words and m.group(2)[0].islower():
            continue
        if all(w.isdigit() for w in words) or (words and words[0].isdigit() and len(words) == 1):
            continue
        head = m.group(2)
        name = " ".join(words + [head]) + (m.group(3) or "").rstrip()
        if m.group(4):
            name += " " + m.group(4)
        elif lead_year:
            name += " " + lead_year
        if head[0].islower() and not words:
            continue
        if short:
            ctx.short_forms[short.group(1)] = name
        name = ctx.short_forms.get(name, name)
        add(pos, name)

        if head.lower() in ("inquiry", "review") and m.group(3):
            ctx.last_inquiry_subject = m.group(3).strip()

    for m in _LOWER_STRATEGY.finditer(text):
        words = m.group(1).split()
        if any(
            w in _LEAD_STOP
            or w in _CONNECTORS
            or w in ("other", "wider", "overall", "joint", "own", "long-term")
            for w in words
        ):
            continue
        add(m.start(1), " ".join(words) + " strategy")

    for m in _NAMED_GUIDANCE.finditer(text):
        if _sentence_initial(text, m.start()):
            continue
        rest = text[m.end() :]
        stop = re.search(r"[,.;:()]|\s(?:which|that|was|were|is|are)\b", rest)
        subject = (rest[: stop.start()] if stop else rest[:120]).strip()
        if subject:
            add(m.start(), f"{m.group(1)} {m.group(2)} {subject}")
    for m in _COLON_GUIDANCE.finditer(text):
        if not in_org(m.start(1)):
            add(m.start(1), m.group(1))
    for m in _GUIDE_TITLED.finditer(text):
        title = m.group(1).strip()
        if ":" in title or len(title.split()) >= 3:
            add(m.start(1), title)

    # Named programmes and strategies from the knowledge file ("Prevent").
    for item in ctx.named:
        names = [item.get("name", "")] + list(item.get("aliases") or [])
        # Named programmes are proper names: matched as written, capitals and all.
        flags = 0
        if item.get("requires") and item["requires"] not in ctx.paper_text:
            continue
        for n in names:
            if not n:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text, flags):
                if item.get("case_sensitive") and _sentence_initial(text, m.start()):
                    continue
                add(m.start(), item["name"])

    # Drop names inside a longer name found at the same place; keep order of appearance.
    found.sort(key=lambda pn: (pn[0], -len(pn[1])))
    out: list[str] = []
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    for pos, name in found:
        key = _plain(name)
        if key in seen:
            continue
        if any(s <= pos < e for s, e in spans) and any(_plain(name) in _plain(o) for o in out):
            continue
        seen.add(key)
        out.append(name)
        spans.append((pos, pos + len(name)))
    return out


# ------------------------------------------------------------------------------------------------
# People

_PERSON_TITLE = re.compile(
    r"\b(Cllr\.?|Councillor|Lord|Baroness|Lady|Sir|Dame|Dr\.?|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?)\s+"
    r"((?:[A-Z][a-z][A-Za-z'-]*)(?:\s+(?:[A-Z][a-z][A-Za-z'-]*|[A-Z]\.)){0,3}(?:\s+of\s+[A-Z][a-z]+)?)(?='s\b|[^A-Za-z'-]|$)"
)
_PERSON_VERB = re.compile(
    r"\b(?:commissioned|appointed|invited|chaired by|led by|presented by|joined by|written by|authored by|"
    r"conducted by|carried out by|speakers? (?:included|were|was))\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z'-]+){1,2})(?=[\s,.;)]|$)"
)
_NOT_NAMES = {
    "Mayor",
    "Chancellor",
    "Chief",
    "Justice",
    "Lieutenant",
    "Advocate",
    "President",
    "Speaker",
    "Chairman",
    "Privy",
    "Bishop",
    "Commissioner",
    "Minister",
    "Secretary",
    "Chair",
    "Inspector",
    "Lords",
    "Lord",
}


def find_people(text: str, orgs: list[OrgMatch]) -> tuple[list[str], list[tuple[int, int]]]:
    """Named people: a title (Cllr, Lord, Baroness, Sir, Dame, Dr, Professor, Mr/Mrs/Ms) and a
    name, or a full name after 'commissioned', 'led by', 'speakers included' …"""
    text = _norm_text(text)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _PERSON_TITLE.finditer(text):
        words = m.group(2).split()
        if not words or words[0] in _NOT_NAMES:
            continue
        cut = []
        for w in words:
            if w in _NOT_NAMES or w.isupper():
                break
            cut.append(w)
        if not cut:
            continue
        title = "Cllr" if m.group(1).rstrip(".") in ("Cllr", "Councillor") else m.group(1).rstrip(".")
        name = re.sub(r"'s$", "", f"{title} {' '.join(cut)}")
        out.append(name)
        spans.append((m.start(), m.end()))
    org_spans = [(o.start, o.end) for o in orgs]
    for m in _PERSON_VERB.finditer(text):
        name = m.group(1)
        if any(s <= m.start(1) < e for s, e in org_spans) or name.split()[-1] in _GENERIC_HEADS:
            continue
        if any(s <= m.start(1) < e for s, e in spans):
            continue
        out.append(name)
        spans.append((m.start(1), m.end(1)))
    seen: set[str] = set()
    uniq = []
    for n in out:
        if n.lower() not in seen:
            seen.add(n.lower())
            uniq.append(n)
    return uniq, spans


def find_nations(text: str, orgs: list[OrgMatch]) -> list[str]:
    """England, Wales, Scotland, Northern Ireland named outside organisation names."""
    text = list(_norm_text(text))
    for o in orgs:
        text[o.start : o.end] = " " * (o.end - o.start)
    t = "".join(text)
    found = set()
    if re.search(r"\bNorthern Ireland\b", t):
        found.add("Northern Ireland")
        t = re.sub(r"\bNorthern Ireland\b", " ", t)
    if re.search(r"\bEngland\b|\bEnglish\b", t):
        found.add("England")
    if re.search(r"\bWales\b|\bWelsh\b", t):
        found.add("Wales")
    if re.search(r"\bScotland\b|\bScottish\b", t):
        found.add("Scotland")
    if re.search(r"\b(?:UK-wide|across the UK|all four nations|four nations)\b", t):
        found.update(NATIONS)
    return [n for n in NATIONS if n in found]


# ------------------------------------------------------------------------------------------------
# Sections and units

_NUM_PREFIX = re.compile(
    r"^\s*(?:(?:section|part)\s+)?(?:\d+(?:\.\d+)*|[A-Za-z]|[ivxlc]+)[.)]?\s+(?=\S)", re.I
)
_FRONT = re.compile(
    r"^(?:purpose(?: of (?:the )?report)?|summary|executive summary|report summary|recommendations?|"
    r"actions?(?: required)?|decisions? required|decision|contact(?: officer| details)?|appendi(?:x|ces)\b.*|annex\b.*|"
    r"background papers|list of appendices|glossary|report author|wards? affected|key decision|is the report confidential\??|"
    r"reasons? for (?:the )?(?:recommendations?|decisions?)|alternative options(?: considered)?|for (?:information|decision|discussion|direction)|"
    r"links to .*|corporate priorities|document information|version control|sign[- ]off|references?)$",
    re.I,
)
_IMPLICATIONS = re.compile(
    r"implications|^(?:financial|legal|equalit|risk|resource|staffing|human resources|environmental|climate|procurement|"
    r"consultation with|consultees|comments of|statutory officer|monitoring officer|section 151|data protection|"
    r"health and safety implications)",
    re.I,
)
_PLANNING = re.compile(
    r"next steps|conclusions?|way forward|looking ahead|forward (?:look|plan)|future (?:work|priorities|plans)|"
    r"priorities for|focus for|work ?plan|work programme for|plans? for (?:19|20)\d\d|next year|year ahead|coming year|"
    r"propos(?:als|ed)|\bpriorities$|^priorities\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"^(?:background|introduction|context|overview|the board|about (?:the|this) (?:board|report))\b", re.I
)


@dataclass
class Section:
    title: str | None
    role: str  # "theme", "background", "excluded", "untitled"
    level: int = 2


def classify_heading(text: str, cycle: Cycle, parent: Section | None = None, level: int = 2) -> Section:
    """What a section heading says about the paragraphs under it."""
    title = clean(_norm_text(text))
    bare = _NUM_PREFIX.sub("", title).strip(" :.")
    low = bare.lower()
    if parent is not None and level > parent.level and parent.role in ("excluded", "background"):
        return Section(title, parent.role, level)
    if _FRONT.match(low) or _IMPLICATIONS.search(low):
        return Section(title, "excluded", level)
    cycles = _cycles_in(bare)
    if cycle.start is not None and cycles and max(cycles) > cycle.start:
        return Section(title, "excluded", level)
    if _PLANNING.search(low):
        return Section(title, "excluded", level)
    if _BACKGROUND.match(low):
        return Section(title, "background", level)
    return Section(title, "theme", level)


@dataclass
class Unit:
    number: str | None
    text: str
    section: Section
    is_item: bool = False
    lead: bool = False  # a paragraph that introduces a list ("… and we have:")
    items: list[Unit] = field(default_factory=list)


def build_units(paper: Paper, cycle: Cycle) -> tuple[list[Unit], list[tuple[Section, list[str]]]]:
    """Units in document order and, per section, the paragraph numbers under it."""
    numbered = any(isinstance(b, Paragraph) and b.number for b in paper.blocks)
    units: list[Unit] = []
    sections: list[tuple[Section, list[str]]] = []
    title = clean(paper.meta.title or "")
    section = Section(None, "untitled")
    stack: list[Section] = []
    counter = 0
    current_number: str | None = None
    last_para: Unit | None = None
    sections.append((section, []))
    for b in paper.blocks:
        if isinstance(b, Heading):
            if b.level <= 1 or (title and clean(b.text) == title):
                section = Section(clean(b.text), "untitled", b.level)
                stack = []
            else:
                while stack and stack[-1].level >= b.level:
                    stack.pop()
                section = classify_heading(b.text, cycle, stack[-1] if stack else None, b.level)
                stack.append(section)
            sections.append((section, []))
            current_number, last_para = None, None
            continue
        if isinstance(b, Table):
            last_para = None
            continue
        text = clean(b.text)
        if not text:
            continue
        if isinstance(b, Paragraph):
            if numbered:
                if b.number:
                    current_number = b.number
                elif last_para is not None and not last_para.items:
                    last_para.text = f"{last_para.text} {text}"
                    continue
            else:
                counter += 1
                current_number = str(counter)
            u = Unit(current_number, text, section)
            units.append(u)
            last_para = u
            if current_number and current_number not in sections[-1][1]:
                sections[-1][1].append(current_number)
        else:  # ListItem
            if last_para is not None and (
                last_para.lead or last_para.text.rstrip().endswith((":", "-", "including"))
            ):
                last_para.lead = True
                u = Unit(last_para.number, text, section, is_item=True)
                last_para.items.append(u)
            else:
                if not numbered:
                    counter += 1
                    current_number = str(counter)
                elif b.number and not current_number:
                    current_number = b.number
                u = Unit(current_number, text, section, is_item=True)
                if current_number and current_number not in sections[-1][1]:
                    sections[-1][1].append(current_number)
            units.append(u)
    return units, sections


# ------------------------------------------------------------------------------------------------
# Plan


_PLAN_THEME_HDR = re.compile(r"priorit|theme|area|objective|outcome|goal|ambition|aim\b", re.I)
_PLAN_ACT_HDR = re.compile(
    r"activit|action|commitment|workstream|deliverable|task|what we will|proposed|plan|work", re.I
)
_BULLET = re.compile(r"^\s*(?:[\u00b7\u2022\u25aa\u25cf\u2013\u2014*\-o]|\d+[.)]|[a-z][.)])\s+")


def _strip_bullet(s: str) -> str:
    return clean(_BULLET.sub("", s))


def find_plan(paper: Paper, cycle: Cycle) -> dict[str, Any] | None:
    """The next cycle's work plan from a two-column 'priority | activity' table, one item a line."""
    themes: list[dict[str, Any]] = []
    plan_cycle: int | None = cycle.start + 1 if cycle.start is not None else None
    heading_text = ""
    for b in paper.blocks:
        if isinstance(b, Heading):
            heading_text = b.text
            continue
        if not isinstance(b, Table) or not b.rows and not b.header:
            continue
        header = b.header
        rows = list(b.rows)
        if not header and rows:
            header, rows = rows[0], rows[1:]
        if not header or len(header) < 2:
            continue
        theme_col = next((i for i, h in enumerate(header) if _PLAN_THEME_HDR.search(h or "")), None)
        act_col = next(
            (i for i, h in enumerate(header) if i != theme_col and _PLAN_ACT_HDR.search(h or "")),
            None,
        )
        if theme_col is None or act_col is None:
            continue
        for row in rows:
            if len(row) <= max(theme_col, act_col):
                continue
            title = _strip_bullet(row[theme_col].replace("\n", " ")).rstrip(".:")
            items = [_strip_bullet(line) for line in (row[act_col] or "").split("\n")]
            items = [i for i in items if i]
            if not title and not items:
                continue
            existing = next((t for t in themes if t["title"] == title), None)
            if existing:
                existing["activities"].extend(items)
            else:
                themes.append({"title": title, "activities": items})
        hc = _cycles_in(heading_text)
        if plan_cycle is None and hc:
            plan_cycle = max(hc)
    if not themes:
        themes = _list_plan(paper, cycle)
    if not themes:
        return None
    return {"cycle": format_cycle(plan_cycle), "themes": themes}


def _list_plan(paper: Paper, cycle: Cycle) -> list[dict[str, Any]]:
    """A plan written as bullets under a next-year heading ("Priorities for 2024/25"): short
    bullets are priority areas; longer ones are the activities of one theme named by the heading."""
    items: list[str] = []
    heading: str | None = None
    in_plan = False
    for b in paper.blocks:
        if isinstance(b, Heading):
            low = b.text.lower()
            cycles = _cycles_in(b.text)
            in_plan = b.level > 1 and (
                (cycle.start is not None and bool(cycles) and max(cycles) > cycle.start)
                or bool(re.search(r"priorities for|work ?plan|focus for|forward plan|year ahead", low))
            )
            if in_plan and not items:
                heading = clean(b.text)
            elif items:
                break
        elif in_plan and isinstance(b, ListItem):
            t = _strip_bullet(b.text).rstrip(";.")
            if t:
                items.append(t)
    if not items:
        return []
    if all(len(i.split()) <= 8 for i in items):
        return [{"title": _cap_first(i), "activities": []} for i in items]
    return [{"title": heading or "Priorities", "activities": items}]


# ------------------------------------------------------------------------------------------------
# The whole paper


def extract(
    paper: Paper,
    *,
    gazetteer: list[dict[str, Any]] | None = None,
    author: str | None = None,
    policies: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A `boardwork.extraction/1` dict for `paper`.

    gazetteer: organisations to recognise (the shape of `organisations.json`); defaults to the
        shipped list. To add organisations learned elsewhere pass `load_gazetteer() + learned`.
    author: the body that wrote the paper (left off its own activities); defaults to the paper's
        `meta.body` (a board inside a larger body means the larger body) or the body it names most.
    policies: policy knowledge (the shape of `policies.json`); defaults to the shipped file.
    """
    gaz = _default_gazetteer() if gazetteer is None else Gazetteer.build(gazetteer)
    pol = load_policies() if policies is None else policies
    cycle = detect_cycle(paper)
    full_text = _norm_text(paper.text())
    po = learn_paper_orgs(full_text, gaz, author, paper.meta.body)
    ctx = PolicyContext(
        full_text,
        cycle,
        [t for t in pol.get("transitions") or [] if isinstance(t, dict)],
        [n for n in pol.get("named") or [] if isinstance(n, dict) and isinstance(n.get("name"), str)],
    )
    units, sections = build_units(paper, cycle)

    activities: list[dict[str, Any]] = []
    active_sections: list[int] = []
    last_section: Section | None = None
    for u in units:
        if u.section is not last_section:
            ctx.last_legislation = None
            last_section = u.section
        orgs = po.find(u.text)
        people, people_spans = find_people(u.text, orgs)
        # Policies are read for every unit (to follow 'the legislation' and inquiry subjects),
        # but only activities keep them.
        policy_names = find_policies(u.text, ctx, orgs, people_spans)
        role = u.section.role
        if role == "excluded" or u.number is None and role != "untitled":
            continue
        # A paragraph introducing a list is an activity only if it reports work itself.
        if len(_sentences(u.text)) == 1 and _POINTER.search(u.text):
            continue
        if u.is_item and role != "background":
            kinds = item_kinds(u.text)
        else:
            kinds = classify(u.text, strict=(role == "background"), author_words=po.author_words)

        if not kinds:
            continue
        org_names: list[str] = []
        for o in orgs:
            if o.internal or _plain(o.name) in _generic_bodies():
                continue
            if o.name not in org_names:
                org_names.append(o.name)
        theme = u.section.title if role == "theme" else None
        activities.append(
            {
                "paragraph": u.number,
                "theme": theme,
                "kinds": kinds,
                "date": resolve_date(u.text, cycle, po.author_words),
                "organisations": org_names,
                "policies": policy_names,
                "people": people,
                "nations": find_nations(u.text, orgs),
                "text": u.text,
            }
        )
        if role == "theme":
            idx = next(i for i, (s, _) in enumerate(sections) if s is u.section)
            if idx not in active_sections:
                active_sections.append(idx)

    themes: list[dict[str, Any]] = []
    for idx in active_sections:
        s, numbers = sections[idx]
        existing = next((t for t in themes if t["title"] == s.title), None)
        if existing:
            existing["paragraphs"] += [n for n in numbers if n not in existing["paragraphs"]]
        else:
            themes.append({"title": s.title, "paragraphs": list(numbers)})

    return {
        "schema": SCHEMA,
        "paper": {
            "title": paper.meta.title
            or next((clean(b.text) for b in paper.blocks if isinstance(b, Heading)), None),
            "body": paper.meta.body,
            "meeting_date": paper.meta.meeting_date,
        },
        "cycle": cycle.label,
        "themes": themes,
        "activities": activities,
        "plan": find_plan(paper, cycle),
        "organisations": all_organisations(paper, po),
    }


def all_organisations(paper: Paper, po: PaperOrgs) -> list[dict[str, Any]]:
    """Every organisation the paper names (not its author or bodies inside it), with the acronym
    when the paper itself uses one."""
    text = _norm_text(paper.text())
    out: dict[str, str | None] = {}
    for line in text.split("\n"):
        for o in po.find(line):
            if o.internal or _plain(o.name) in _generic_bodies() or o.name in out:
                continue
            acr = po.acronym_of.get(o.name)
            if acr is None:
                for a in po.gaz.entry(o.name).get("acronyms") or []:
                    if a not in po.blocked_acronyms and re.search(
                        r"(?<![A-Za-z0-9])" + re.escape(a) + r"(?![A-Za-z0-9])", text
                    ):
                        acr = a
                        break
            out[o.name] = acr
    return [{"name": n, "acronym": a} for n, a in out.items()]
