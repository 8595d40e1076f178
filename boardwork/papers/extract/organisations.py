"""Organisations a paper names: the gazetteer (shipped and learned names, aliases, acronyms), the
acronyms the paper defines itself, who wrote it, and Title-Case names of bodies not in the list."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from ...lib.dates import MONTH_NAMES, MONTH_PATTERN
from ...lib.names import TITLE_PATTERN, TITLE_WORDS
from ..document import clean
from .knowledge import generic_bodies, load_gazetteer
from .text import norm_text, plain, sentence_initial

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
    # (a task force's own: "the Paramilitary Crime Task Force (PCTF)")
    "force",
    "hub",
    "consortium",
    "company",
    "corporation",
}
# Headwords the generic Title-Case pattern accepts (a subset: "Office", "Service", "Hub" … are too
# often parts of other names).
GENERIC_HEADS = {
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
    "Commissioner",
    "Services",
    # A company or a club ("Northby Community Rehabilitation Company", "Eastfield Boxing Club").
    "Company",
    "Club",
}
# What a board, panel or department of a body is for, when that is the whole of its name ("Corporate
# Board", "Finance Panel", "Adult Services"): words of a function, not of a place or a proper name.
# A partnership's own networks and groups are named so too, by the work they do with communities
# ("the Community Engagement Network", "the Communities Board"; NOTES 2682).
_FUNCTION_WORDS = set(
    "corporate finance financial improvement scrutiny audit executive policy resources performance governance "
    "strategy strategic management leadership standards planning adult adults children's children young "
    "overview select health wellbeing housing environment environmental licensing operations operational "
    "programme project steering advisory working task finish people place economy economic regeneration "
    "transformation development partnerships joint senior officers members member delivery "
    "commissioning business services community communities engagement".split()
)
_NATION_SUFFIXES = {"Wales", "Scotland", "England", "Cymru", "UK", "Ireland"}
# Posts a person holds "of" a body ("Chair of the Finance Panel").
_POST_WORDS = {
    "Chair",
    "Chairman",
    "Chairwoman",
    "CEO",
    "Vice-Chair",
    "Director",
    "Leader",
    "Head",
    "Member",
    "Officer",
    "Executive",
    "President",
    "Secretary",
    "Clerk",
    "Adviser",
    "Advisor",
    "Manager",
    "Convenor",
    "Spokesperson",
}
# A post over a department ("the Head of Community Services", "Director of Children's Services"):
# the department is the council's own, not a body of its own.
_DEPARTMENT_POST = re.compile(r"\b(?:Head|Director|Manager)\s+of\s+$")
# Headwords of a body that may be followed by where it is ("the Ben Kinsella Trust in Islington");
# not "Service(s)" or "Police", which end posts and titles ("Inspector of Fire Services in Wales").
_PLACED_HEADS = {
    "Trust",
    "Council",
    "Partnership",
    "Board",
    "Association",
    "Forum",
    "Network",
    "Foundation",
    "Society",
    "Panel",
    "Alliance",
    "Federation",
    "Coalition",
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
LEAD_STOP = {
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
    *TITLE_WORDS,
    "minister",
    "if",
    "when",
    "where",
    "while",
    "although",
    "however",
    "further",
    *(m.lower() for m in MONTH_NAMES),
    *(d.lower() for d in calendar.day_name),
}
# `PaperOrgs._nation_before`: the headwords of a body a nation's name may open (a network, a forum, a
# board, an alliance, a partnership), the nation's words, and where a nation says where, not who.
_NATIONAL_HEADS = {"Network", "Forum", "Board", "Alliance", "Partnership"}
# (one list: the words a name already holds, and those that may stand before it)
_NATIONS_BEFORE = ("Wales", "Scotland", "England", "Cymru", "Scottish", "Welsh")
_NATION_WORDS = {*_NATIONS_BEFORE, "Ireland", "English", "UK", "British"}
_NATION_BEFORE = re.compile(
    r"(?<![A-Za-z])((?:(?:North|South|East|West|Mid)\s+)?(?:"
    + "|".join(_NATIONS_BEFORE)
    + r"|Northern\s+Ireland))\s+$"
)
_WHERE_BEFORE = re.compile(
    r"(?:\b(?:in|across|throughout|of|for|to|from|within|at|on)|\b(?:England|Wales|Scotland)\s+(?:and|&))\s+$"
)
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
    # Named only by what it does ("the Corporate Board"): taken for one of the author's own bodies
    # and left off the lists, as an internal one is; kept apart from `internal` so that what the
    # trained activity model counts of a unit (its organisations) is as it was trained on.
    by_function: bool = False


def entry_keys(item: Any) -> tuple[str, list[str], list[str]] | None:
    """What a gazetteer entry is known by: its canonical name, the forms of its name and aliases
    (matched in any case) and its acronyms (matched as written); None for an entry without a name."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        return None
    canon = clean(norm_text(item["name"]))
    forms = []
    for n in [canon, *[a for a in item.get("aliases") or [] if isinstance(a, str)]]:
        n = clean(norm_text(n))
        if n:
            forms.append(n)
            # A name is written with "&" or "and" as a page's style has it ("Ministry of Housing,
            # Communities & Local Government", "Westshire Fire & Rescue Service"): either is the name.
            for a, b in ((" and ", " & "), (" & ", " and ")):
                if a in n and (other := n.replace(a, b)) not in forms:
                    forms.append(other)
    acrs = [a.strip() for a in item.get("acronyms") or [] if isinstance(a, str) and a.strip()]
    return canon, forms, acrs


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
        return _EMPTY.extended(items)

    def extended(self, items: list[dict[str, Any]]) -> Gazetteer:
        """This gazetteer with `items` after its own entries (where two share a name, alias or
        acronym, the first keeps it). This one is left as it was, and its compiled patterns are
        shared: adding a paper's few recorded bodies to the shipped list costs those few, not a
        rebuild of the whole list."""
        entries = dict(self.entries)
        names = dict(self.names)
        spellings = dict(self.spellings)
        acronyms = dict(self.acronyms)
        new_names: set[str] = set()
        new_acronyms: set[str] = set()
        for it in items or []:
            keys = entry_keys(it)
            if keys is None:
                continue
            canon, forms, acrs = keys
            entries.setdefault(canon, dict(it, name=canon))
            for n in forms:
                low = n.lower()
                if low not in names:
                    names[low] = canon
                    new_names.add(low)
                spellings[low] = spellings.get(low, set()) | {n.split()[-1]}
            for a in acrs:
                if a not in acronyms:
                    acronyms[a] = canon
                    new_acronyms.add(a)
        return Gazetteer(
            entries,
            names,
            spellings,
            acronyms,
            _extended_lexicon(self.name_re, new_names, re.I),
            _extended_lexicon(self.acr_re, new_acronyms, 0),
        )

    def canonical(self, text: str) -> str | None:
        t = clean(norm_text(text))
        return (
            self.names.get(t.lower())
            or self.acronyms.get(t)
            or self.names.get(re.sub(r"^the\s+", "", t.lower()))
        )

    def entry(self, canonical: str) -> dict[str, Any]:
        return self.entries.get(canonical, {})


# A short form in its own definition's brackets ("… (WRC)").
_DEFINED_HERE = re.compile(r"\s*\)")
# A service a body is contracted or funded to deliver ("is contracted to deliver the county's
# Independent Advocacy Service", "runs the Westshire Mediation Service"): what it does, not who.
_DELIVERS_BEFORE = re.compile(
    r"\b(?:deliver|delivers|delivering|run|runs|running|operate|operates|operating|provide|provides|providing)"
    r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+)?(?:[\w-]+['\u2019]s\s+)?$"
)


def _service_delivered(text: str, c: OrgMatch) -> bool:
    return (
        c.via == "generic"
        and c.name.split()[-1] == "Service"
        and _DELIVERS_BEFORE.search(text[max(0, c.start - 60) : c.start]) is not None
    )


# A body's own directorate or department, named by its owner's possessive.
_OWNED_PART = re.compile(
    r"^(?P<owner>[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&-]*)*)['\u2019]s\s+(?:[A-Z][\w&-]*\s+){1,4}"
    r"(?:Directorate|Department)$"
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+")
# Compiled phrase patterns by (phrases, flags), shared by all lexicons of this process.
_SHARED_PATTERNS: dict[tuple[tuple[str, ...], int], re.Pattern[str]] = {}


def _lower_case_start(m: re.Match[str]) -> bool:
    return not m.group(0)[:1].isupper() and not m.group(0)[:1].isdigit()


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
        self.flags = flags
        self.groups = groups
        self.index: dict[str, re.Pattern[str]] = {}

    def _pattern(self, first: str) -> re.Pattern[str] | None:
        """The pattern of the phrases starting with `first`, compiled on first use and shared by
        every lexicon with the same phrases there: a paper's gazetteer is the shipped one (its
        patterns compiled in the sandbox's fork server) plus the few recorded organisations the
        paper may name (`orgindex`), and a gazetteer built from a list again (`extract(...,
        gazetteer=…)`) has most of its patterns the same as the last one's."""
        p = self.index.get(first)
        if p is None:
            ks = self.groups.get(first)
            if ks is None:
                return None
            key = (tuple(sorted(ks, key=lambda k: (-len(k), k))), self.flags)
            p = _SHARED_PATTERNS.get(key)
            if p is None:
                if len(_SHARED_PATTERNS) > 100_000:
                    _SHARED_PATTERNS.clear()
                p = _SHARED_PATTERNS[key] = re.compile(
                    "(?:"
                    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in key[0])
                    + r")(?![A-Za-z0-9])",
                    self.flags,
                )
            self.index[first] = p
        return p

    def extended(self, keys: set[str]) -> Lexicon:
        """A lexicon of these phrases and `keys`, sharing the patterns of the first words the
        new keys do not start."""
        out = Lexicon((), self.flags)
        out.groups = dict(self.groups)
        out.index = dict(self.index)
        for first, ks in Lexicon(keys, self.flags).groups.items():
            out.groups[first] = [*out.groups.get(first, []), *ks]
            out.index.pop(first, None)
        return out

    def compile_all(self) -> None:
        """Compile every pattern now (the fork server does, so that its workers inherit them)."""
        for first in self.groups:
            self._pattern(first)

    def finditer(self, text: str, passed_over: Any = None) -> Any:
        """The phrases in `text`, leftmost and longest, none inside another; a match `passed_over`
        says is not one (a name's words in lower case) hides nothing: a phrase may start inside it."""
        last_end = 0
        for t in _TOKEN.finditer(text):
            if t.start() < last_end:
                continue
            p = self._pattern(t.group(0).lower() if self.ci else t.group(0))
            if p is not None:
                m = p.match(text, t.start())
                if m and not (passed_over and passed_over(m)):
                    last_end = m.end()
                    yield m


def _alternation(keys: Any, flags: int) -> Lexicon | None:
    ks = {k for k in keys if k}
    return Lexicon(ks, flags) if ks else None


def _extended_lexicon(lex: Lexicon | None, keys: set[str], flags: int) -> Lexicon | None:
    if not keys:
        return lex
    if lex is None:
        return _alternation(keys, flags)
    return lex.extended(keys)


_EMPTY = Gazetteer({}, {}, {}, {}, None, None)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.build(load_gazetteer())


# "St. Albans City and District Council", "St. Helens Community Safety Partnership": a saint's
# abbreviation with its full stop opens a place's or a charity's name and is no sentence's end, so
# it is read as "St" and the name runs on over it. "Church St. The Council …" (a street's, before a
# sentence's opening word) is left as it is.
_SAINT_STOP = re.compile(
    r"(?<![A-Za-z])St\.(?=[ \t](?!(?:The|This|These|That|Those|It|Its|We|Our|A|An|In|On|At|He|She|They"
    r"|There|His|Her|I|If|As|By|For|To|But|And|Then|After|Before|When|While|Members|Officers"
    r"|Councillors)\b)[A-Z][a-z])"
)


_ACR_DEF = re.compile(r"\(\s*([A-Za-z][A-Za-z&]{1,11})\s*\)")
CONNECTORS = {"of", "and", "for", "on", "the", "in", "&", "to", "at", "de"}


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
    # What said who the author is: "stated" (given, letterhead, title, the meeting), "byline",
    # "we" (the one body doing the deeds of a first-person page), "named most" (frequency only,
    # the weakest), or None when nothing did.
    author_basis: str | None = None
    # The body of the board the paper is imported into, when the paper is another body's (canonical
    # names, as `authors`): never an organisation of the paper's activities, nor the author.
    board_bodies: set[str] = field(default_factory=set)
    # Bodies known by a short form learned from a name without a headword of its own ("Westshire
    # Rape Crisis (WRC)") or by a task force's ("… Task Force (PCTF)"): the text's learned names of
    # them are theirs, but are not counted towards who wrote the paper, so that knowing more short
    # forms cannot change a page's author (NOTES 2279).
    quiet_names: set[str] = field(default_factory=set)
    _learned_re: Lexicon | None = None
    _learned_name_re: Lexicon | None = None

    def is_author_or_internal(self, name: str) -> bool:
        return self._within(name, self.authors)

    def is_board_body(self, name: str) -> bool:
        """Is `name` the importing board's body or a body inside it, in another body's paper?"""
        return bool(self.board_bodies) and self._within(name, self.board_bodies)

    def _within(self, name: str, bodies: set[str]) -> bool:
        """Is `name` one of `bodies` or a body inside one of them?"""
        if name in bodies:
            return True
        parent = self.gaz.entry(name).get("parent")
        if parent and parent in bodies:
            return True
        if _same_body_key(name) in {_same_body_key(a) for a in bodies}:
            return True
        # The author's own arm under another headword: "Westmoor Fire and Rescue Service" for
        # "Westmoor Fire and Rescue Authority", "Northvale Borough Council" for "Northvale Council".
        stem = name.split()[:-1]
        for a in bodies:
            # The author's name less its headword ("Westshire Fire and Rescue" for "Westshire Fire and
            # Rescue Service"), or the author so called and the name in full: the same body, as fire
            # and rescue services are often called.
            short, full = sorted((name.replace("&", "and"), a.replace("&", "and")), key=len)
            if (
                _FIRE_AND_RESCUE_END.search(short)
                and full.startswith(short + " ")
                and len(full.split()) == len(short.split()) + 1
                and full.split()[-1] in GENERIC_HEADS
            ):
                return True
            astem = a.split()[:-1]
            if len(stem) >= 2 and stem == astem:
                return True
            # The council called with or without its tier: "Kingsford Council" for "Kingsford
            # District Council", "Northvale Borough Council" for "Northvale Council".
            if name.endswith(" Council") and a.endswith(" Council"):
                bare = [w for w in name.split() if w not in _COUNCIL_TIERS]
                if len(bare) >= 2 and bare == [w for w in a.split() if w not in _COUNCIL_TIERS]:
                    return True
        return False

    def find_for_author(self, text: str) -> list[OrgMatch]:
        """`find`, less the learned names of `quiet_names`: what the signs of who wrote a paper
        read, so that a short form newly known cannot make its body the author."""
        return [c for c in self.find(text) if not (c.via == "learned" and c.name in self.quiet_names)]

    def compile(self) -> None:
        self._learned_re = _alternation(self.learned.keys(), 0)
        self._learned_name_re = _alternation(self.learned_names.keys(), re.I)

    def find(self, text: str) -> list[OrgMatch]:
        """Organisations named in `text`, longest match first, without overlaps."""
        text = _SAINT_STOP.sub("St ", norm_text(text))
        cands: list[OrgMatch] = []
        if self.gaz.name_re:
            lex = self.gaz.name_re

            def passed_over(m: re.Match[str]) -> bool:
                """ "by the Independent Office for Police Conduct": "the Independent", a newspaper's
                name in lower case, is no name; "The Independent Office for Police Conduct": a
                name after "The" that runs on past it is the longer one. Neither hides the name
                that starts inside it."""
                if _lower_case_start(m):
                    return True
                if not m.group(0).startswith("The "):
                    return False
                nxt = _TOKEN.search(text, m.start() + 3)
                p = lex._pattern(nxt.group(0).lower() if lex.ci else nxt.group(0)) if nxt else None
                longer = p.match(text, nxt.start()) if p and nxt else None
                return longer is not None and longer.end() > m.end()

            for m in lex.finditer(text, passed_over=passed_over):
                s = m.group(0)
                key = re.sub(r"\s+", " ", s).lower()
                canon = self.gaz.names.get(key)
                if canon is None:
                    continue
                if s.split()[-1] not in self.gaz.spellings.get(key, ()):
                    continue  # "the independent review" is not The Independent: the headword's case counts
                if " " not in canon and s != canon and s not in (self.gaz.entry(canon).get("aliases") or []):
                    continue  # single words only as written ("Shelter", not "shelter")
                if " " not in s.strip() and sentence_initial(text, m.start()) and s not in self.gaz.acronyms:
                    continue
                if " " in s.strip() and _LONGER_NAME.match(text, m.end()):
                    continue  # "Gwent Police and Crime Commissioner": the known name opens another's
                if _OPENS_PROGRAMME_NAME.match(text, m.end()):
                    continue  # "the Shelter Tenancy Sustainment Advice project": a programme's name
                cands.append(OrgMatch(m.start(), m.end(), canon, s, "name"))
        if self._learned_name_re:
            for m in self._learned_name_re.finditer(text):
                canon = self.learned_names.get(re.sub(r"\s+", " ", m.group(0)).lower())
                if canon and m.group(0)[:1].isupper():
                    cands.append(OrgMatch(m.start(), m.end(), canon, m.group(0), "learned"))
        if self._learned_re:
            for m in self._learned_re.finditer(text):
                if (
                    self.learned[m.group(0)] in self.quiet_names
                    and text[m.start() - 1 : m.start()] == "("
                    and _DEFINED_HERE.match(text, m.end())
                ):
                    continue  # "Westshire Rape Crisis (WRC)": the definition, not a second mention
                cands.append(OrgMatch(m.start(), m.end(), self.learned[m.group(0)], m.group(0), "learned"))
        if self.gaz.acr_re:
            for m in self.gaz.acr_re.finditer(text):
                a = m.group(0)
                if a in self.blocked_acronyms or a in self.learned:
                    continue
                if _INSIDE_NAME_BEFORE.search(
                    text[max(0, m.start() - 40) : m.start()]
                ) and _LONGER_NAME.match(text, m.end()):
                    continue  # "Northshire Healthcare NHS Foundation Trust": the body is the whole name
                if _ACRONYM_OPENS_NAME.match(text, m.end()):
                    continue  # "the Westby NHS Violence Reduction Academy": a programme's or an academy's name
                canon = self.gaz.acronyms[a]
                if canon == _HEALTH_SERVICE and (area := _HEALTH_AREA_AFTER.match(text, m.end())):
                    # "NHS Lanarkshire", "NHS Westby and Eastfold": a health board named by its area
                    # after the health service's short form is a body of its own.
                    words = area.group(1).split()
                    if all(
                        _place_word(w)
                        and w.lower() not in _FUNCTION_WORDS
                        and w.lower().rstrip("s") not in _ORG_HEADS
                        for w in words
                        if w != "and"
                    ) and not _SERVICE_NOUN_AFTER.match(text, area.end(1)):
                        name = re.sub(r"\s+", " ", text[m.start() : area.end(1)])
                        canon = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
                        cands.append(OrgMatch(m.start(), area.end(1), canon, name, "acronym"))
                        continue
                cands.append(OrgMatch(m.start(), m.end(), canon, a, "acronym"))
        cands += _short_form_inside(text)
        cands += _legal_forms(text)
        # "Secretary of State for Communities and Local Government": a post's portfolio, not a body.
        cands = [c for c in cands if not _PORTFOLIO.search(text[max(0, c.start - 40) : c.start])]
        chosen = _non_overlapping(cands)
        chosen = [
            self._nation_before(text, self._local_branch(text, self._prefixed(text, c))) for c in chosen
        ]
        chosen = _non_overlapping(chosen)
        chosen += self._generic(text, chosen)
        chosen = [o for c in chosen if (o := self._owner_of_part(c)) is not None]
        chosen = [c for c in chosen if not _service_delivered(text, c)]
        for c in chosen:
            if "St  " in c.name:
                # (A saint's full stop read as a space: the name as one writes it without.)
                name = re.sub(r"\s+", " ", c.name)
                c.name = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
        chosen.sort(key=lambda c: c.start)
        owned = re.compile(r"(?:\b(?:our|its)|" + _author_possessive(self.author_words) + r")\s*$")
        for c in chosen:
            # "COSLA's Community Wellbeing Board", "our Finance Panel": the author's own body, whatever
            # the gazetteer knows of a namesake elsewhere.
            if self.is_author_or_internal(c.name) or owned.search(text[max(0, c.start - 40) : c.start]):
                c.internal = True
        return chosen

    def _owner_of_part(self, c: OrgMatch) -> OrgMatch | None:
        """ "Westshire Council's Housing Directorate", "WDC's Planning Department": a directorate
        or department named by its owner's possessive is a part of that body, no body of its own:
        the owner, when the paper or the gazetteer knows it by that name; else none."""
        m = _OWNED_PART.match(c.text) if c.via == "generic" else None
        if m is None:
            return c
        owner = m.group("owner")
        canon = self.learned.get(owner) or self.gaz.acronyms.get(owner) or self.gaz.canonical(owner)
        if canon is None:
            return None
        return OrgMatch(c.start, c.start + len(owner), canon, owner, "learned")

    def _prefixed(self, text: str, c: OrgMatch) -> OrgMatch:
        """'East of England LGA' → 'East of England Local Government Association' for bodies whose
        regional branches are named by prefixing a place (`prefixable` in the gazetteer)."""
        if not self.gaz.entry(c.name).get("prefixable") or c.via != "acronym":
            return c
        m = re.search(r"((?:[A-Z][a-z]+\s+(?:of\s+|and\s+)?){1,5})$", text[: c.start])
        if not m:
            return c
        words = m.group(1).split()
        while words and words[0].lower() in LEAD_STOP:
            words.pop(0)
        if not words or not (len(words) >= 2 or words[0].lower() in _COMPASS):
            return c
        if not any(w.lower() in _COMPASS for w in words) and len(words) < 3:
            return c
        prefix = " ".join(words)
        start = c.start - len(m.group(1)) + m.group(1).find(words[0])
        return OrgMatch(start, c.end, f"{prefix} {c.name}", text[start : c.end], "prefixed")

    def _nation_before(self, text: str, c: OrgMatch) -> OrgMatch:
        """ "Wales Safer Communities Network", "the Scottish Community Safety Network", "the North Wales
        Safer Communities Board": a nation (or a nation's part) just before a known network's, forum's
        or board's name that holds no place of its own names the national or regional body, a body of
        its own, named as written. Extension point: `_NATIONAL_HEADS` says which headwords take one."""
        if c.via != "name" or self.gaz.entry(c.name).get("kind") != "sector_body":
            return c
        words = c.name.split()
        if words[-1] not in _NATIONAL_HEADS or any(w in _NATION_WORDS for w in words):
            return c
        lo = max(0, c.start - 40)
        before = _NATION_BEFORE.search(text[lo : c.start])
        if not before:
            return c
        start = lo + before.start(1)
        # "work across England and Wales", "services in Scotland": where, not who.
        if _WHERE_BEFORE.search(text[max(0, start - 30) : start]):
            return c
        name = re.sub(r"\s+", " ", text[start : c.end])
        canon = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
        return OrgMatch(start, c.end, canon, text[start : c.end], "branch")

    def _local_branch(self, text: str, c: OrgMatch) -> OrgMatch:
        """ "Age UK Eastfield", "Citizens Advice Northshire", "Westshire Victim Support": a national
        charity's local branch is named by the charity's name and its place, after it or before it,
        and is a body of its own (its own trustees, its own contracts), named as the text names it."""
        if c.via != "name" or self.gaz.entry(c.name).get("kind") != "charity":
            return c
        start, end = c.start, c.end
        if (after := _PLACE_AFTER.match(text, end)) and all(_place_word(w) for w in after.group(1).split()):
            end = after.end(1)
        elif (before := _PLACE_BEFORE.search(text[max(0, start - 40) : start])) and all(
            _place_word(w) for w in before.group(1).split()
        ):
            start -= len(before.group(1))
        if (start, end) == (c.start, c.end):
            return c
        name = re.sub(r"\s+", " ", text[start:end])
        canon = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
        return OrgMatch(start, end, canon, text[start:end], "branch")

    def _tier_lists(self, mtext: str, out: list[OrgMatch]) -> str:
        """ "Eastby, Northfold and Southam District Councils": councils of one tier listed by their
        places before one plural headword, each a council of its own ("Eastby District Council" …),
        added to `out`; `mtext` returned with the list masked."""
        for lm in _TIER_LIST.finditer(mtext):
            places = _TIER_LIST_SPLIT.split(lm.group("places"))
            pos = lm.start("places")
            for place in places:
                words = place.split()
                while words and words[0].lower() in LEAD_STOP:
                    words.pop(0)
                at = mtext.find(place, pos)
                pos = at + len(place)
                if not words:
                    continue
                place = " ".join(words)
                name = f"{place} {lm.group('tier')} Council"
                start = mtext.find(place, at)
                canon = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
                internal = self.is_author_or_internal(canon) or any(w in place for w in self.author_words)
                out.append(OrgMatch(start, start + len(place), canon, name, "generic", internal=internal))
            mtext = mtext[: lm.start("places")] + "\0" * (lm.end() - lm.start("places")) + mtext[lm.end() :]
        return mtext

    def _generic(self, text: str, taken: list[OrgMatch]) -> list[OrgMatch]:
        """Named bodies not in the gazetteer: a Title-Case run ending in a body's headword
        ('Newcastle City Council', 'National Crime Reduction Board'), or 'London Borough of X'."""
        masked = list(text)
        for c in taken:
            masked[c.start : c.end] = "\0" * (c.end - c.start)
        mtext = "".join(masked)
        out: list[OrgMatch] = []
        mtext = self._tier_lists(mtext, out)
        for bm in _BOROUGH_RE.finditer(mtext):
            start = _university_start(mtext, bm)
            name = re.sub(r"\s+", " ", mtext[start : bm.end()])
            canon = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
            out.append(OrgMatch(start, bm.end(), canon, name, "generic"))
        for m in _runs(mtext):
            if any(o.start <= m.start() < o.end for o in out):
                continue
            tokens = [(t.group(0), t.start()) for t in re.finditer(r"\S+", m.group(0))]
            # Trim a sentence-initial verb or adverb ("Supported Newcastle City Council").
            first = 0
            if tokens and sentence_initial(mtext, m.start()) and re.search(r"(?:ed|ing|ly)$", tokens[0][0]):
                first = 1
            while first < len(tokens) and (
                (
                    tokens[first][0].lower().strip(",") in LEAD_STOP
                    # "National Joint Council …": a capitalised adjective inside a sentence starts the name.
                    and not (tokens[first][0] in _NAME_ADJECTIVES and first + 1 < len(tokens) - 1)
                )
                or _part_of(tokens, first)
            ):
                first += 1
            tokens = tokens[first:]
            # "Sharon Taylor OBE, Chair of the Finance Panel": a person and their post; the body is
            # what follows the post's "of", or its "for" when a body's name follows ("Team Manager for
            # the Northby Youth Offending Service", "Chief Fire Officer for Westshire Fire and Rescue
            # Service"), not a portfolio ("Director for Community Safety and Shared Services").
            post = next(
                (
                    i
                    for i in range(len(tokens) - 2, -1, -1)
                    if tokens[i][0].strip(",") in _POST_WORDS
                    and (
                        tokens[i + 1][0] == "of"
                        or (tokens[i + 1][0] == "for" and _post_for_body(tokens[i + 2 :]))
                    )
                ),
                None,
            )
            if post is not None:
                tokens = tokens[post + 2 :]
                while tokens and tokens[0][0].lower() in LEAD_STOP:
                    tokens = tokens[1:]
            # "the Ben Kinsella Trust in Islington": the name ends at its headword, the place after
            # "in" says where the body is.
            cut = next(
                (
                    i
                    for i in range(len(tokens) - 2, 0, -1)
                    if tokens[i][0] in _PLACED_HEADS and tokens[i + 1][0] == "in"
                ),
                None,
            )
            if cut is not None and tokens[-1][0] not in GENERIC_HEADS:
                tokens = tokens[: cut + 1]
            # A nation after the headword is part of the name ("Care Forum Wales", "Victim Support
            # Scotland").
            nation = (
                len(tokens) >= 3
                and tokens[-1][0].rstrip(".,;") in _NATION_SUFFIXES
                and tokens[-2][0] in GENERIC_HEADS
            )
            # A commissioner named for the area after the headword ("the Police and Crime
            # Commissioner for Northshire", "the Office of the Police, Fire and Crime Commissioner for
            # Essex"): the area is part of the name.
            for_area = next(
                (
                    i
                    for i in range(len(tokens) - 2, 0, -1)
                    if tokens[i][0] == "for"
                    and tokens[i - 1][0] == "Commissioner"
                    and len(tokens) - i - 1 <= 3
                    and all(t[0][:1].isupper() and t[0] not in GENERIC_HEADS for t in tokens[i + 1 :])
                ),
                None,
            )
            fire_and_rescue = _headed([t[0] for t in tokens]) and tokens[-1][0].rstrip(",") == "Rescue"
            if len(tokens) < 2 or (
                tokens[-1][0] not in GENERIC_HEADS and not nation and for_area is None and not fire_and_rescue
            ):
                continue
            if _signed_quotation(mtext, m.start(), tokens) or (
                for_area is not None
                and any(t[0].endswith(",") and t[0] != "Police," for t in tokens[: for_area - 1])
            ):
                # "Jo Bloggs, Police and Crime Commissioner for Northshire": a person's post; '… thrive”.
                # Jo Bloggs Police and Crime Commissioner “…': a quotation's signature, its comma lost
                continue
            tokens = _after_apposed_name(tokens)
            start = m.start() + tokens[0][1]
            end = m.start() + tokens[-1][1] + len(tokens[-1][0])
            name = mtext[start:end].rstrip(",")
            low = name.lower()
            if low.endswith(_SUBGROUP_ENDINGS) or plain(name) in generic_bodies():
                continue
            if name.endswith("Services") and _DEPARTMENT_POST.search(mtext[max(0, start - 30) : start]):
                continue  # "Head of Community Services": a council's own department, named by its post
            if _PORTFOLIO_POST.match(name) or _PORTFOLIO.search(mtext[max(0, start - 40) : start]):
                # "Cabinet Member for Safer Communities", "the Deputy Minister for Social Services": a
                # councillor's or a minister's portfolio, not a body (as for the gazetteer's names)
                continue
            if _DOCUMENT_WORDS & set(name.split()) and not _REVIEWING_BODY.search(name):
                continue  # "Annual Report of the Fire Authority" is a document's title
            if _PROGRAMME_AFTER.match(mtext, end):
                continue  # "the Business Education Alliance programme": a programme's name, not a body
            if _TITLED_BEFORE.search(mtext[max(0, start - 30) : start]):
                continue  # "a briefing entitled Fair Funding for Essential Services": a document's title
            if name.endswith(("Centre", "Center")) and _BUILT_BEFORE.search(
                mtext[max(0, start - 40) : start]
            ):
                continue  # "opened the new Eastby Leisure Centre": a building, not a body
            if name.endswith(("School", "College", "Academy")) and _AT_BEFORE.search(
                mtext[max(0, start - 10) : start]
            ):
                continue  # "the programme began this week at Eastby Community College": where, not who
            if _INDEFINITE_BEFORE.search(mtext[max(0, start - 60) : start]) and not _NOUN_AFTER.match(
                mtext, end
            ):
                continue  # "a Women's Safety Forum was launched": a body being set up, not one named
            words = [w for w in re.findall(r"[A-Za-z']+", name)]
            if all(w.lower() in LEAD_STOP or w.lower() in CONNECTORS for w in words[:-1]):
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
            known = self.gaz.canonical(name) or self.learned_names.get(low)
            # A body named only by what it does, with no place or name of its own ("the Corporate
            # Board", "the Finance Panel", "the Scrutiny Commission", "Adult Services"): one of the
            # author's own boards, panels or departments (EXTRACTION-NOTES 6), not another body.
            by_function = not known and (
                all(w.lower() in _FUNCTION_WORDS or w.lower() in CONNECTORS for w in words[:-1])
                # "the Building Safety Team", "the Youth Engagement Team": a team is a body's own
                # staff, whatever its work is called; its deeds are its body's, not another body's.
                or words[-1] in ("Team", "Teams")
            )
            canon = known or name
            out.append(
                OrgMatch(start, end, canon, name, "generic", internal=internal, by_function=by_function)
            )
        # A name the text says is a body, in an aside after it ("ICM Unlimited, an independent
        # research company"; "Victim Support, the national charity"), whatever its last word.
        # The same for a contractor named by what it was commissioned to do ("HMICFRS commissioned BMG
        # Research to carry out a study").
        named = _named_bodies(mtext)
        for group, at, counterpart in named:
            words = group.split()
            # ("the National Directorate for …": a capitalised adjective starts a longer name.)
            while (
                words
                and words[0].lower() in LEAD_STOP
                and not (words[0] in _NAME_ADJECTIVES and len(words) > 2)
            ):
                words.pop(0)
            if not words or (len(words) < 2 and not re.fullmatch(r"[A-Z]{2,}\w*", words[0])):
                continue
            name = " ".join(words)
            start = at + group.find(words[0])
            if words[-1] == "Fire" and (rescue := _RESCUE_AFTER.match(mtext, start + len(name))):
                # "worked with Westshire Fire and Rescue, …": the name's own "and" is no list's.
                name += rescue.group(0)
                words = name.split()
            if counterpart and words[-1] in _SCHEME_WORDS | _DOCUMENT_WORDS | _ROLE_PLURALS:
                # "funded by the Devon Local Area Agreement": a scheme or a plan, not a body; "supported
                # by the Independent Domestic Violence Advisors": people in a post
                continue
            end = start + len(name)
            if any(o.start < end and start < o.end for o in out) or plain(name) in generic_bodies():
                continue
            if sentence_initial(mtext, start) and len(words) < 2:
                continue
            if _PORTFOLIO.search(mtext[max(0, start - 40) : start]):
                continue  # "working with the Deputy Minister for Social Services": the minister's portfolio
            internal = any(w in name for w in self.author_words)
            canon = self.gaz.canonical(name) or self.learned_names.get(name.lower()) or name
            out.append(OrgMatch(start, end, canon, name, "generic", internal=internal))
        return out


# Words that count or part a body when "of" follows ("One of the Board's key roles", "Most of the
# Partnership's budget", "Two of the Forum's projects"): a sentence opening so names no body "One of
# the Board"; the body, if any, is named after the "of". "One" alone still opens a name ("One Westby
# Partnership"), and "Each", "Both", "All", "Some" are already in LEAD_STOP.
_PART_WORDS = {
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Most",
    "Much",
    "Part",
    "Half",
    "None",
    "Either",
    "Neither",
    "Few",
    "Majority",
    "Rest",
    "Remainder",
}


def _part_of(tokens: list[tuple[str, int]], i: int) -> bool:
    """Is token `i` a count or a part of a body ("One" in "One of the Board"), "of" after it?"""
    return tokens[i][0] in _PART_WORDS and i + 1 < len(tokens) and tokens[i + 1][0] == "of"


# One or two capitalised words after a charity's name, then what ends a name (a lower-case word, a
# stop, a bracket, a possessive): a place ("Age UK Eastfield runs …"), if `_place_word` says so of each.
_PLACE_AFTER = re.compile(r"((?:[ \t]+[A-Z][a-z][\w'-]*){1,2})(?=['\u2019]s\b|\s*[,.;:()]|\s+[a-z]|\s*$)")
# The same before it, after a lower-case word, a stop or the start ("with Westshire Victim Support").
_PLACE_BEFORE = re.compile(
    r"(?:^|[,;:(]\s*|(?<![A-Za-z'])[a-z][\w'-]*\s+)((?:[A-Z][a-z][\w'-]*[ \t]+){1,2})$"
)


def _place_word(word: str) -> bool:
    """Can `word` be a place's name next to a charity's? Not a headword, a post, a month or a day, a
    scheme's or a document's word, an opening word ("The", "Our") nor a verb or an adverb
    ("Supported", "Working", "Jointly")."""
    return not (
        word in GENERIC_HEADS
        or word in _POST_WORDS
        or word in _SCHEME_WORDS
        or word in _DOCUMENT_WORDS
        or word in _ROLE_PLURALS
        or word in _BRANCH_NOT_PLACE
        or word.lower() in LEAD_STOP
        or re.search(r"(?:ed|ing|ly)$", word)
    )


# Words after a charity's name that say what of it is meant, not where it is ("Victim Support Week",
# "the Age UK Helpline"), and heads of units inside it.
_BRANCH_NOT_PLACE = {
    "Week",
    "Day",
    "Month",
    "Awards",
    "Award",
    "Helpline",
    "Line",
    "Office",
    "Services",
    "Service",
    "Volunteers",
    "Volunteer",
    "Ambassadors",
    "Ambassador",
    "Shop",
    "Shops",
    "Campaign",
    "Appeal",
    "Chief",
    "Trustee",
    "Trustees",
    "Staff",
    "The",
}


def _named_bodies(mtext: str) -> list[tuple[str, int, bool]]:
    """(name, where, named as a counterpart) for the names the text's words say are bodies: described
    after them, commissioned, or named as the counterpart of work and the rest of its list."""
    named: list[tuple[str, int, bool]] = [
        (am.group(1), am.start(1), False)
        for am in (*_DESCRIBED_BODY.finditer(mtext), *_COMMISSIONED_BODY.finditer(mtext))
    ]
    for am in _COUNTERPART_BODY.finditer(mtext):
        if am.group(1):
            named.append((am.group(1), am.start(1), True))
        # The rest of the list the counterpart opens ("worked with Kingsford Homes, Riverside
        # Housing and the Salvation Army"): each item a name of its own (a known one, masked
        # here, is found already, and may open the list: "representatives of Westshire Police,
        # Safe Harbour and …").
        pos = am.end(1) if am.group(1) else am.end()
        while nm := _LIST_NEXT.match(mtext, pos):
            if nm.group(1) and not _POST_AFTER.match(mtext, nm.end(1)):
                named.append((nm.group(1), nm.start(1), True))
            pos = nm.end()
    return named


# A short form defined inside a body's name ("Westshire University Hospitals (WUH) NHS Foundation
# Trust"): the words it spells, the short form, then the rest of the name to a headword.
_SHORT_FORM_INSIDE = re.compile(
    r"((?:[A-Z][\w'&-]*\s+){1,6})\(([A-Z][A-Za-z&]{1,7})\)\s+((?:[A-Z][\w'&-]*\s+){0,3}"
    r"(?:" + "|".join(sorted(GENERIC_HEADS)) + r"))\b"
)


def _short_form_inside(text: str) -> list[OrgMatch]:
    """The whole name of a body whose short form is defined inside it, without the short form (its
    pieces would be read as the words before it and a body named by the rest)."""
    out = []
    for m in _SHORT_FORM_INSIDE.finditer(text):
        tokens = [(t.group(0), m.start(1) + t.start()) for t in re.finditer(r"\S+", m.group(1))]
        letters = m.group(2).replace("&", "").upper()
        spelled = tokens[len(tokens) - len(letters) :]
        if len(tokens) < len(letters) or "".join(w[0] for w, _ in spelled).upper() != letters:
            continue
        if plain(" ".join(w for w, _ in spelled)) in generic_bodies():
            continue  # "the Community Safety Partnership (CSP) Board": a kind of body's board, no name
        start = spelled[0][1]
        name = f"{' '.join(w for w, _ in spelled)} {m.group(3)}"
        out.append(OrgMatch(start, m.end(3), name, text[start : m.end(3)], "name"))
    return out


# A company's legal form ends its name, whatever the words before it ("Women's Aid Westshire Ltd",
# "Bright Futures CIC", "Safe Hands Training Limited"): the whole name is the body, even where a known
# body's name opens it. ("and" joins two names: "the minister and Northby Energy Ltd".)
_LEGAL_FORM = re.compile(
    r"(?<![\w'’&-])((?:(?!(?:Ltd|Limited|CIC)\b)[A-Z][\w'’&-]*\s+(?:(?:of|for|the|&|in|on)\s+)*){1,6}"
    r"(?:Ltd|Limited|CIC)\b)"
)


def _legal_forms(text: str) -> list[OrgMatch]:
    out = []
    for m in _LEGAL_FORM.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in LEAD_STOP:
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = m.start(1) + m.group(1).find(words[0])
        out.append(OrgMatch(start, start + len(name), name, name, "generic"))
    return out


def _post_for_body(rest: list[tuple[str, int]]) -> bool:
    """After a post's "for": a body's name ("the Northby Youth Offending Service"), not a portfolio
    (a list of services, "Safer Communities and Customer Services")."""
    if rest and rest[0][0] == "the":
        return True
    return bool(rest) and not any(t[0].endswith(",") for t in rest) and rest[-1][0] != "Services"


def _after_apposed_name(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """ "Jo Bloggs, Westshire Police and Crime Commissioner": a name of up to three words set off by a
    comma before a body's name, with no headword of its own, is the post's holder, a place or another
    body's short form ("funding from the OPCC, Westshire Council …"), not the start of the body's
    name; the body's name starts after the comma."""
    comma = next((i for i, t in enumerate(tokens[:3]) if t[0].endswith(",")), None)
    if comma is None or len(tokens) - comma - 1 < 2:
        return tokens
    if any(t[0].strip(",") in GENERIC_HEADS for t in tokens[: comma + 1]):
        return tokens  # "Northshire Police, Fire and Crime Commissioner": one body's name
    if (
        comma == 0
        and not tokens[0][0].strip(",").isupper()
        and len(tokens) > 3
        and tokens[1][0][:1].isupper()
        and tokens[2][0] in ("and", "&")
    ):
        # "Culture, Tourism and Sport Board", "Housing, Communities and Local Government Committee",
        # "Dorset, Devon and Cornwall Community Rehabilitation Company": one word, a comma, then two
        # joined by "and" is a list inside the body's own name (its remit, the places it serves).
        return tokens
    return tokens[comma + 1 :]


class _Run:
    """A piece of a Title-Case run, with the `re.Match` methods `_generic` uses."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos = text, start

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.pos


# "X and the Y" names two bodies; a bare headword before "and" ("the Council and Greater Manchester
# Police") is the writing body or a generic one, not the start of a name. ("Police and Crime
# Commissioner" keeps its "and": "Police" is not among these.)
_RUN_SPLIT = re.compile(
    r",?\s+and\s+the\s+|,\s+the\s+|'s\b|\s+(?:in|on|by|from|since|until)\s+(?=" + MONTH_PATTERN + r"\b)|"
    # "With North Yorkshire Police the Partnership ran …": a "the" inside a name follows a
    # connector ("Office of the …", "Minister for the …"); after a name's own word it starts another.
    r"(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\bin)(?<!\band)(?<!&)\s+the\s+"
)


# A post held in a body ("Chief Constable of Durham Constabulary"): the body follows "of".
_POST_OF = re.compile(
    r"^(?:Deputy |Assistant )?(?:Chief Constable|Chief Executive|Chief Fire Officer|Chief Officer|Chair(?:man)?|"
    r"Vice-Chair|Leader|Director|Head|President|Clerk|Chief of Staff|Commissioner|CEO|Chief Executive Officer) of (?:the )?"
)
# An inspection of a body ("Inspection of the Westshire Fire and Rescue Service", an inspectorate's
# report's title): the body is what follows, not "Inspection of …" as a name.
_INSPECTION_OF = re.compile(
    r"^(?:(?:Joint|Thematic|Full|Local|Area)\s+)?Inspection\s+(?:Report\s+)?(?:of|into)\s+(?:the\s+)?"
)
_NAME_ADJECTIVES = {"National", "Local", "Regional"}
_PORTFOLIO = re.compile(
    r"\b(?:Secretary of State|Minister|Ministers|Shadow \w+|Spokesperson) (?:for|of) (?:the )?$"
)
_PORTFOLIO_POST = re.compile(r"(?:Cabinet|Executive|Lead) Member (?:for|of)\b|Portfolio Holder (?:for|of)\b")
_BARE_HEAD_AND = re.compile(
    r"^(?:Council|Authority|Partnership|Board|Committee|Panel|Association|Service|Group)\s+and\s+"
)


# Words that follow "and" inside one body's name ("Office of the Police and Crime Commissioner").
_AND_COMPOUNDS = {"Crime", "Rescue", "Justice"}
# A paper headed by a commissioner's office ("Office of the Police and Crime Commissioner for
# Northshire … Annual Report") is the commissioner's, however often it names the force it holds to
# account: a police force is a body of its own, never the author of a commissioner's paper.
_COMMISSIONER_PAPER = re.compile(r"\bPolice,?\s+(?:Fire\s+(?:and|&)\s+)?(?:and|&)\s+Crime\s+Commissioner\b")
_FORCE_NAME = re.compile(r"\b(?:Police|Constabulary)$")


# What continues a known body's name into another body's ("Northshire Police and Crime Panel",
# "Northshire Police, Fire and Crime Commissioner", "Fire Service College Advisory Board"): the
# longer name is the body the text names, read by the headword patterns.
_LONGER_NAME = re.compile(
    r"(?:\s+(?:and|&)\s+(?:" + "|".join(sorted(_AND_COMPOUNDS)) + r")\b|,?\s+Fire,?\s+(?:and|&)\s+Crime\b|"
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:" + "|".join(sorted(GENERIC_HEADS - {"Services", "Service"})) + r")\b)"
)


# A known name that opens a programme's longer name, two or more capitalised words then the generic
# noun in lower case ("the Rape Crisis Sexual Violence Prevention programme"): the words name the
# programme, not the body, which the text may not name at all. (A capitalised "Fund" or "Programme"
# after the funder's name, "the Home Office Safer Streets Fund", is left as it is.)
_OPENS_PROGRAMME_NAME = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w'’-]*){2,5}\s+(?-i:programmes?|schemes?|projects?|initiatives?|campaigns?)\b"
)


# A capitalised word just before an acronym that opens a longer name ("Northshire Healthcare NHS
# Foundation Trust", "Westshire NHS Trust"): the acronym is inside that body's name.
_INSIDE_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|Our|Its|In|On|At|By|For|With|From|To)\b)[A-Z][a-z]+\s+$")


# Capitalised words ending a programme's, a plan's or an academy's name after a known short form ("the
# Westby NHS Violence Reduction Academy", "the NHS Safer Wards Programme"): the short form names no body
# there.
_ACRONYM_OPENS_NAME = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){1,4}\s+(?:Academy|Programme|Plan|Scheme|Project|Initiative|Campaign|Strategy|Fund)\b"
)
_HEALTH_SERVICE = "National Health Service"
# One to three capitalised words after "NHS", or two areas joined by "and", then what ends a name.
_HEALTH_AREA_AFTER = re.compile(
    r"((?:[ \t]+[A-Z][a-z][a-z-]*){1,3}(?:[ \t]+and(?:[ \t]+[A-Z][a-z][a-z-]*){1,2})?)"
    r"(?=['\u2019]s\b|\s*[,.;:()]|\s+[a-z]|\s*$)"
)
# One to three capitalised words just before "University of", after a comma, a bracket, a lower-case
# word or the start.
_NAME_BEFORE_UNIVERSITY = re.compile(
    r"(?:^|[,;:(]\s*|(?<![A-Za-z'])[a-z][\w'-]*\s+)((?:[A-Z][a-z][\w'-]*[ \t]+){1,3})$"
)
# A plural noun of staff or services after the capitalised words: they say what kind of the service's
# work, not where ("NHS Acute and Community services", "NHS Mental Health staff").
_SERVICE_NOUN_AFTER = re.compile(
    r"\s+(?:services?|staff|trusts?|bodies|providers?|workers?|colleagues|professionals|teams?|boards|"
    r"departments?|patients|units?|wards?|settings?|care|funding|budgets?)\b"
)
_NOT_NAME_OPENERS = {"In", "On", "At", "By", "For", "With", "From", "To", "Our", "Its", "And", "But", "Today"}


# A title or a post in a list ("…, Lord Jo Bloggs, and HM Chief Inspector of …").
_PEOPLE_IN_LIST = re.compile(
    r"(?:^|,\s+(?:and\s+)?)(?:"
    + TITLE_PATTERN
    + r"|HM|Her Majesty's|His Majesty's|Chief|Minister|Secretary)\s"
)


# The "and" between two names, not the one inside a name ("Northby District Council and Westshire Fire
# and Rescue Service": the second "and" is the fire service's own).
_AND_SPLIT = r",? and (?!(?:" + "|".join(sorted(_AND_COMPOUNDS)) + r")\b)"


# A commissioner named by the area after the post ("the Police and Crime Commissioner for Westshire")
# and the commissioner's office ("the Office of the Police and Crime Commissioner for Westshire",
# "the Westshire Office of the Police and Crime Commissioner").
_COMMISSIONER_FOR = re.compile(r"^(?P<post>.*\bCommissioner) for (?:the )?(?P<area>[A-Z][\w' -]*)$")
_OFFICE_OF = re.compile(
    r"\b(?:The )?Office of (?:the )?(?=(?:[A-Z][\w,]*\s+)*?(?:and |, )?(?:Crime )?Commissioner\b)"
)


def _same_body_key(name: str) -> str:
    """One spelling for the names one body goes by in the genre: "&" for "and", "The" before it
    dropped, a commissioner's area put before the post and the commissioner's office taken for the
    commissioner (the office is the commissioner's staff: "Office of the Police and Crime
    Commissioner for Westshire", "Westshire OPCC's" full name, is "Westshire Police and Crime
    Commissioner"), and a place's possessive read as the place ("Westshire's Community Safety
    Partnership", as a partnership's own report introduces itself, is the "Westshire Community Safety
    Partnership" its other pages name)."""
    key = re.sub(r"\s+", " ", name.replace("&", "and")).strip()
    key = re.sub(r"(?<=\w)['\u2019]s\b", "", key)
    key = re.sub(r"^[Tt]he ", "", key)
    key = _OFFICE_OF.sub("", key).strip()
    if m := _COMMISSIONER_FOR.match(key):
        key = f"{m.group('area')} {m.group('post')}"
    return key.lower()


def _headed(words: list[str]) -> bool:
    """Do `words` end in a body's headword? Or in "Fire and Rescue" ("Fire & Rescue"), as fire and
    rescue services are often named without their own headword ("Westshire Fire and Rescue")."""
    return bool(words) and (
        words[-1] in GENERIC_HEADS or _FIRE_AND_RESCUE_END.search(" ".join(words)) is not None
    )


_FIRE_AND_RESCUE_END = re.compile(r"\S\s+Fire\s+(?:and|&)\s+Rescue,?$")
# (not when the name goes on: "Fire and Rescue Service" is read by its headword)
_RESCUE_AFTER = re.compile(r"\s+(?:and|&)\s+Rescue\b(?!\s+[A-Z])")


def _split_between_heads(piece: str) -> list[str]:
    """ "West Mercia Police and Redditch Borough Council": two named bodies, each of two words or
    more ending in a headword ("Police and Crime Commissioner" stays whole)."""
    # "Amethyst Community Safety Intelligence Team, Cornwall Council": a team and the body it
    # belongs to, each ending in a headword, are two names whether a comma or "and" joins them.
    # A list's last item after a comma and "and" ("…, the Office of the Police & Crime Commissioner,
    # and Cheshire Fire & Rescue Service") is split the same way: the comma is the list's, not the
    # name's.
    # A list's commas are read before its "and"s: "Northshire Police, Northshire Fire and Rescue
    # Service" is two bodies, the second with its own "and".
    # ("Northshire Police, Fire and Crime Commissioner" stays one: the part after the comma opens
    # with one word before its "and".)
    # A list of three names or more ("the Willow Trust, Safe Harbour, Open Door Westshire, and
    # Northby NHS Trust") is split at its commas whatever the items' last words: a body's name holds
    # no such list ("Northshire Police, Fire and Crime Commissioner" has one comma, and its "Fire"
    # stays with the name before it).
    # (Not a list that names people by their titles and posts: "the Minister for Fire and Communities,
    # Lord Jo Bloggs, and HM Chief Inspector of Fire and Rescue Services".)
    if piece.count(", ") >= 2 and not _PEOPLE_IN_LIST.search(piece):
        items: list[str] = []
        for item in re.split(r",\s+(?:(?:and|&)\s+)?(?=[A-Z])", piece):
            if items and (item.split()[0] in _AND_COMPOUNDS or item.startswith("Fire")):
                items[-1] = f"{items[-1]}, {item}"
            else:
                items.append(item)
        return [q for p in items for q in _split_at(p, _AND_SPLIT)]
    return [q for p in _split_at(piece, r", (?=[A-Z])") for q in _split_at(p, _AND_SPLIT)]


def _next_name(nxt: str, seps: list[str], parts: list[str]) -> str:
    """The name that opens with the part `nxt`: the part itself, or with the parts after it up to
    the first that ends in a headword when they are joined by "and" ("Westshire Health and Social
    Care Partnership and Eastby Alcohol and Drug Partnership": the second name is "Eastby Alcohol
    and Drug Partnership", whose own "and" the split also stood at). The caller gives two parts on
    at most: a name holds one or two "and"s of its own, and a long run of them must not be read
    again from each "and"."""
    name = nxt
    for sep, part in zip(seps, parts, strict=False):
        if _headed(name.split()) or "," in sep:
            break
        name = f"{name}{sep}{part}"
    return name


def _split_at(piece: str, sep_pattern: str) -> list[str]:
    """`piece` split where `sep_pattern` stands between two names of two words or more that each end
    in a headword (see `_split_between_heads`)."""
    parts = re.split(sep_pattern, piece)
    seps = re.findall(sep_pattern, piece)
    out = [parts[0]]
    for i, (sep, nxt) in enumerate(zip(seps, parts[1:], strict=True)):
        left, right = out[-1].split(), _next_name(nxt, seps[i + 1 : i + 3], parts[i + 2 : i + 4]).split()
        if (
            len(left) >= 2
            and len(right) >= 2
            and (sep != ", " or len(nxt.split(" and ")[0].split()) >= 2)
            and _headed(left)
            and _headed(right)
            and right[0] not in _AND_COMPOUNDS
        ):
            # A team named with the body it belongs to is part of that body, not a body of its own.
            if sep == ", " and left[-1] in ("Team", "Unit"):
                out[-1] = ""
            out.append(nxt)
        else:
            out[-1] = f"{out[-1]}{sep}{nxt}"
    return [p for p in out if p]


# A quotation just closed before a run, and one opening (or the text ending) after it.
_QUOTE_CLOSED_BEFORE = re.compile(r"[”\"’'][.,]?\s*$|[.!?][”\"’']\s*$")
_QUOTE_OPENS_AFTER = re.compile(r"\s*(?:[“\"‘]|$)")
_COMMISSIONER_POST_OPENERS = {"Police", "Police,", "Victims'", "Victims’", "Fire", "Children's", "Children’s"}


def _university_start(mtext: str, bm: re.Match[str]) -> int:
    """Where a "University of X" name starts: "Queen Mary University of London", "Westby Hallam
    University of Applied Sciences": the capitalised words just before "University of" open the
    university's own name (not an opening word, a post's or a body's headword)."""
    start = bm.start()
    if not bm.group(0).startswith("University") or not (
        before := _NAME_BEFORE_UNIVERSITY.search(mtext[max(0, start - 60) : start])
    ):
        return start
    words = before.group(1).split()
    while words and (words[0].lower() in LEAD_STOP or words[0] in _NOT_NAME_OPENERS):
        words.pop(0)
    if words and not any(w in _POST_WORDS or w in GENERIC_HEADS for w in words):
        return start - len(" ".join(words)) - 1
    return start


def _signed_quotation(mtext: str, run_start: int, tokens: list[tuple[str, int]]) -> bool:
    """Is the run a quotation's signature whose comma the layout lost: a forename and a surname then a
    commissioner's post ("Jo Bloggs Police and Crime Commissioner"), just after a quotation closes and
    just before another opens or the text ends (a foreword's or a review's quoted voices)? The person
    and the post, not a body named. A place of two words opening with a compass point ("North Westshire
    Police and Crime Commissioner") is not a person."""
    if len(tokens) < 4 or tokens[-1][0] != "Commissioner" or tokens[2][0] not in _COMMISSIONER_POST_OPENERS:
        return False
    if (
        not all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", t[0]) for t in tokens[:2])
        or tokens[0][0].lower() in _COMPASS
    ):
        return False
    start = run_start + tokens[0][1]
    end = run_start + tokens[-1][1] + len(tokens[-1][0])
    return bool(
        _QUOTE_CLOSED_BEFORE.search(mtext[max(0, start - 8) : start]) and _QUOTE_OPENS_AFTER.match(mtext, end)
    )


def _runs(text: str) -> list[_Run]:
    out: list[_Run] = []
    for m in _TITLE_RUN.finditer(text):
        pos = m.start()
        pieces = [q for p in _RUN_SPLIT.split(m.group(0)) for q in _split_between_heads(p)]
        for piece in pieces:
            start = text.find(piece, pos)
            pos = start + len(piece)
            post = _POST_OF.match(piece) or _INSPECTION_OF.match(piece)
            if post:
                piece, start = piece[post.end() :], start + post.end()
            bare = _BARE_HEAD_AND.match(piece)
            if bare:
                piece, start = piece[bare.end() :], start + bare.end()
            if piece:
                out.append(_Run(piece, start))
    return out


def _author_possessive(words: tuple[str, ...]) -> str:
    if not words:
        return r"(?!x)x"
    # "the Council's Community Safety Team" in a council's paper, "the Authority's Prevention
    # Team" in a fire authority's: the author called by its headword owns the unit named after it.
    heads = sorted({w.split()[-1] for w in words if " " in w and w.split()[-1] in GENERIC_HEADS})
    own = [r"\b[Tt]he " + re.escape(h) + r"'s" for h in heads]
    return r"(?:" + "|".join([*(re.escape(w) + r"(?:'s)?" for w in words), *own]) + r")"


_CAPW = r"(?:[A-Z][A-Za-z'&-]*|[A-Z]{2,}s?)"
# A name does not run over a line break (a heading's last words and the next paragraph's first).
_TITLE_RUN = re.compile(_CAPW + r"(?:,?[ \t]+(?:(?:of|and|for|on|the|in|&)[ \t]+)*" + _CAPW + r")*")
_DESCRIBED_BODY = re.compile(
    r"((?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*),\s+(?:an?|the)\s+(?:independent\s+|national\s+|local\s+|"
    r"leading\s+|specialist\s+|private\s+|social\s+|registered\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:company|firm|consultancy|charity|agency|organisation|organization|think tank)\b"
)
# The verbs of a body taken on to do the work ("commissioned Ipsos UK to …", "funded Stop Hate … to").
_COMMISSIONING_VERBS = r"commissioned|appointed|engaged|funded|grant-funded"
_COMMISSIONED_BODY = re.compile(
    r"\b(?:" + _COMMISSIONING_VERBS + r")\s+"
    r"(?!(?:Councillor|Cllr|Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\b)"
    # (its short form may be defined on the way: "funded Stop Hate Westshire (SHW) to run …")
    r"((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)(?:\s+\((?-i:[A-Z][A-Za-z&]{1,11})\))?\s+to\s+(?:carry out|"
    r"undertake|conduct|deliver|evaluate|review|research|run|produce|assess|survey|study|analyse|analyze|"
    r"provide|support|offer)\b"
)
# A name after the words the genre uses for the body that did work with, for or to the author
# ("work commissioned from Hall Aitken", "the hub, run with Virgin Care", "referrals from Safer
# Places", "the visit, organised by Community First", "overseen by the Consultation Institute"),
# whatever its last word: a counterpart named, not a person (people are "led by", "chaired by",
# "presented by" them) nor a document.
_COUNTERPART_WORDS = (
    r"commissioned from|procured from|bought from|organised by|organized by|overseen by|run with|"
    r"run by|delivered by|hosted by|provided by|referrals? from|referred by|funded by|"
    r"comments made by|in partnership with|worked with|working with|works with|work with|alongside|"
    r"together with|jointly with|supported by|teamed up with|joined forces with|linked[ -]up with|"
    r"partnered with|in conjunction with|in collaboration with|"
    # a list of the bodies that took part ("the forum included representatives of Westshire Police,
    # Safe Steps and Fresh Start"), and a body named after the partner it is ("with our leisure
    # partner, Active Westshire")
    r"representatives of|representatives from|partners including|organisations including|"
    r"agencies including|partners such as|organisations such as|agencies such as|"
    r"partner,|provider,|contractor,|"
    # the body money went to ("grants were awarded to Eastfield Boys Club", "awarded £20,000 to Safe
    # Steps Westshire", "funding was given to …"): the body the work supported
    r"(?:awarded|granted|given|donated|allocated|paid|grants?|funding|donations?)\s+to|"
    r"(?<=£)\d[\d.,]*\s*(?:k|m|bn|million)?\s+(?:(?:in\s+)?(?:funding|grants?)\s+)?to"
)
_COUNTERPART_BODY = re.compile(
    r"\b(?:" + _COUNTERPART_WORDS + r")\s+(?:the\s+)?"
    r"(?!(?:Councillor|Cllr|Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness|Inspector|"
    r"Sergeant|Chief|Superintendent|Commander|Council|Government|Police|Service)\b)"
    # (its short form may follow: "worked with Age Concern Westshire (ACW)")
    # (a name may go on with what the body is for: "in partnership with the National Directorate for
    # Fire and Emergency Management in …")
    r"(?:((?:[A-Z][\w&'-]*\s+){1,3}[A-Z][\w&'-]*"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+(?:(?:and|&)\s+)?){0,3}[A-Z][\w&'-]*)?)"
    r"(?=\s*[,.;:)]|\s+\((?-i:[A-Z][A-Za-z&]{1,11})\)|"
    r"\s+(?:and|to|in|on|for|was|were|which|who|is|are|has|had)\b|$)|\0+(?=,))"
)
# A centre opened, built or refurbished is a building ("we opened the new Eastby Leisure Centre"),
# as one something is held at or in is a venue ("the AGM, hosted in the Northby Arts Centre") and one
# visited or toured a place ("a visit to the Eastby Area Control Centre"), not a body that did work.
_BUILT_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|near|opened|re-?opened|opening of|built|rebuilt|building of|refurbished|refurbishment of|renovated|"
    r"renovation of|extended|extension of|completed|construction of|constructed|closed|closure of|"
    r"designed|moved into|relocated to|visits? to|visited|tour of|toured)\s+(?:the\s+|a\s+|its\s+|our\s+)?"
    r"(?:new\s+|newly\s+\w+\s+)?$"
)
# "At" before a school's name: the place where the work was done ("began at Eastby Academy"); a school
# named as a partner or as where people came from ("with", "from") is still a body.
_AT_BEFORE = re.compile(r"\b[Aa]t\s+(?:the\s+)?$")
# A post set off after a name ("…, Jo Bloggs, the Chief Executive, said"): the name is a person's.
_POST_AFTER = re.compile(
    r",\s+(?:the\s+|its\s+|our\s+)?(?:[A-Z][\w&'-]*\s+){0,3}(?:" + "|".join(sorted(_POST_WORDS)) + r")\b"
)
# The next item of a list of names (after ", ", " and " or ", and ", "the" allowed): a name of two to
# four capitalised words, or a known name masked out (group 1 empty).
_LIST_NEXT = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:(?!(?:Councillor|Cllr|Dr|Mr|Mrs|Ms|Miss|Sir|Council|Government|Police|Service)\b)"
    r"((?:[A-Z][\w&'-]*\s+){1,3}[A-Z][\w&'-]*)(?=\s*[,.;:)]|\s+(?:and|to|in|on|for|was|were|which|who)\b|$)"
    r"|\0+)"
)
# An indefinite article before a name ("a Women's Safety Forum was launched", "a new Youth Panel
# has been set up"): a body being set up or described, the author's own, not another named; unless
# a noun follows the name ("a Home Affairs Committee session").
_COUNCIL_TIERS = {"District", "Borough", "City", "County", "Metropolitan"}
# The last word of what funds or frames work without being a body ("the Local Area Agreement", "the
# Safer Streets Fund", "the Troubled Families Programme").
_SCHEME_WORDS = {
    "Agreement",
    "Fund",
    "Funding",
    "Grant",
    "Programme",
    "Scheme",
    "Initiative",
    "Project",
    "Budget",
    "Framework",
    "Deal",
    "Award",
    "Awards",
}
# The last word of people in a post, named by the post's plural ("supported by the Independent Domestic
# Violence Advisors", "delivered by Community Safety Wardens"): staff in a role, not a body.
_ROLE_PLURALS = {
    "Advisors",
    "Advisers",
    "Advocates",
    "Officers",
    "Workers",
    "Wardens",
    "Volunteers",
    "Coordinators",
    "Co-ordinators",
    "Navigators",
    "Mentors",
    "Champions",
}
# (An adjective of how the body is made up may stand between: "a multi-agency Problem Solving Group
# was formed", "a joint Tasking Group", "a new local Safety Forum".)
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Aa] new)\s+(?:(?:multi-agency|multi-disciplinary|interagency|inter-agency|joint|local|new|"
    r"dedicated|countywide|county-wide|cross-party|partnership)\s+){0,2}(?:[A-Z][\w']*\s+)*$"
)
_NOUN_AFTER = re.compile(
    r"['\u2019]?s?\s+(?!(?:was|were|which|that|has|had|is|are|will|would|to|and|in|on|for|of|with|at)\b)[a-z]"
)
# A list of places before one plural council headword ("Eastby, Northfold and Southam District
# Councils", "Westvale and Mid Northshire District Councils"): a place is one to five capitalised
# words (with "of (the)", "upon", "on" inside), never a body's headword.
_PLACE_WORD = (
    r"(?!(?:"
    + "|".join(sorted(GENERIC_HEADS | {"Councils", "Service", "Services", "Police"}))
    + r")\b)[A-Z][\w'’.-]*"
)
_PLACE = _PLACE_WORD + r"(?:\s+(?:(?:of|of the|upon|on|and the)\s+)?" + _PLACE_WORD + r"){0,4}"
_TIER_LIST = re.compile(
    r"(?<![\w'’])(?P<places>" + _PLACE + r"(?:,\s+" + _PLACE + r")*,?\s+(?:and|&)\s+" + _PLACE + r")\s+"
    r"(?P<tier>District|Borough|County|City|Metropolitan Borough|Town|Parish)\s+Councils\b"
)
_TIER_LIST_SPLIT = re.compile(r",?\s+(?:and|&)\s+(?!the\b)|,\s+")
_BOROUGH_RE = re.compile(
    r"\b(?:(?:London|Royal) Borough|University|Council) of [A-Z][a-z]+"
    r"(?:(?:\s+(?:and|upon)\s+|-upon-|-on-|\s+)[A-Z][a-z]+)*"
)


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
        if w.lower() in CONNECTORS:
            if with_connectors:
                out.append(w[0])
            continue
        for part in re.split(r"-", w):
            if part:
                out.append(part[0])
                if not with_connectors:
                    break
    return "".join(out)


def _prefixes_spell(words: list[str], letters: str) -> bool:
    """Do the words' opening letters, one to three of each in order (the small words optional),
    spell the acronym the paper defines for them ("Office for Local Government (OFLOG)")?"""
    ws = [w.strip(",'").lower() for w in words if w.strip(",'")]
    target = letters.lower()

    @cache
    def spell(i: int, j: int) -> bool:
        if i == len(ws):
            return j == len(target)
        w = ws[i]
        if w in CONNECTORS and spell(i + 1, j):
            return True
        return any(
            j + n <= len(target) and w[:n] == target[j : j + n] and spell(i + 1, j + n)
            for n in range(1, min(3, len(w)) + 1)
        )

    return len(ws) >= 2 and spell(0, 0)


def _learn_initialisms(text: str, po: PaperOrgs) -> None:
    """An acronym the paper uses without defining it ("the SFRS consultation") whose letters are the
    initials of one body it names in full ("Scottish Fire and Rescue Service"): that body."""
    unknown = {
        a
        for a in re.findall(r"\b[A-Z]{3,6}\b", text)
        if a not in po.gaz.acronyms and a not in po.learned and a not in po.blocked_acronyms
    }
    if not unknown:
        return
    found = po.find(text)
    names = {c.name for c in found if len(c.name.split()) >= 3}
    # A known name with capitalised words written before it ("Scottish Community Safety Network",
    # where the gazetteer knows "Community Safety Network"): the longer name, as written, is the
    # body the acronym stands for when its letters say so.
    longer: set[str] = set()
    for c in found:
        if m := re.search(r"((?:\b[A-Z][a-z]+\s+){1,2})$", text[max(0, c.start - 40) : c.start]):
            words = m.group(1).split()
            while words and words[0] in ("The", "A", "An", "Our", "Its"):
                words = words[1:]
            if words:
                longer.add(" ".join([*words, text[c.start : c.end]]))

    def initials(n: str) -> tuple[str, str]:
        return _initials(n.split(), False), _initials(n.split(), True)

    learned = False
    for a in sorted(unknown):
        hits = {n for n in names if a in initials(n)}
        if not hits and len(wider := {n for n in longer if a in initials(n)}) == 1:
            hits = wider
            po.learned_names[next(iter(wider)).lower()] = next(iter(wider))
            learned = True
        if len(hits) == 1:
            name = hits.pop()
            po.learned[a] = name
            po.acronym_of.setdefault(name, a)
            learned = True
    if learned:  # (the patterns were compiled by the caller; most papers learn nothing here)
        po.compile()


def _spelled_past_place(words: list[str], letters: str) -> str | None:
    """The name before a short form that spells it but for the place the body serves, inside the
    name or after its "for" ("Office of the Westshire Police and Crime Commissioner (OPCC)", "Office
    of the Police and Crime Commissioner for Westshire (OPCC)"): the whole name, place and all. The
    place is one capitalised word, neither the name's first word nor a headword; three letters or
    more, so that a two-letter short form is not read into any long run of capitals."""
    if len(letters) < 3:
        return None
    for k in range(3, min(14, len(words)) + 1):
        cand = [w.strip(",;:") for w in words[-k:]]
        if not cand[0][:1].isupper() or cand[0].lower() in CONNECTORS:
            continue
        trials = []
        if len(cand) >= 4 and cand[-2] in ("for", "of") and cand[-3] in GENERIC_HEADS:
            trials.append(cand[:-2])
        trials += [
            cand[:i] + cand[i + 1 :]
            for i in range(1, len(cand) - 1)
            if re.fullmatch(r"[A-Z][a-z][\w-]*", cand[i]) and cand[i] not in GENERIC_HEADS
        ]
        for t in trials:
            if _initials(t, False).lower() == letters.lower():
                return " ".join(cand)
    return None


def _with_place(words: list[str], long: str) -> str:
    """ "the Westshire Youth Justice Service (YJS)": the place before the name its short form spells
    is part of the body's name as the paper writes it (one or two capitalised words, not an opening
    word nor another body's headword)."""
    k = len(long.split())
    before = words[: len(words) - k]
    added: list[str] = []
    while before and len(added) < 2:
        w = before[-1]
        if (
            not re.fullmatch(r"[A-Z][a-z][\w-]*", w)
            or w.lower() in LEAD_STOP
            or w in GENERIC_HEADS
            or re.search(r"(?:ed|ing|ly)$", w)
        ):
            break
        added.insert(0, w)
        before = before[:-1]
    # (an opening word of a sentence is no place: "Westshire" after a full stop is, "Funding" is not)
    # Two places joined make one area ("the Fermanagh and Omagh Policing and Community Safety
    # Partnership (PCSP)", "Ards and North Down …"): the first place and its "and" are the name's.
    if added and len(before) >= 2 and before[-1] == "and":
        first = before[-2]
        if (
            re.fullmatch(r"[A-Z][a-z][\w-]*", first)
            and first.lower() not in LEAD_STOP
            and first not in GENERIC_HEADS
            and not re.search(r"(?:ed|ing|ly|s)$", first)
        ):
            added[:0] = [first, "and"]
    return " ".join([*added, long]) if added else long


# The words before a body the work was done with, for or by ("worked with", "funded", "commissioned").
_COUNTERPART_LEAD = re.compile(
    r"\b(?:" + _COUNTERPART_WORDS + "|" + _COMMISSIONING_VERBS + r")\s+(?:the\s+)?$"
)


def _named_as_counterpart(text: str, at: int, long: str) -> bool:
    """ "worked with Age Concern Westshire (ACW)", "funded Stop Hate Westshire (SHW) to run …": a name
    defined with a short form whose last word is no body's headword is still a body's where the
    genre names the one the work was done with, for or by (elsewhere such a name is as often a
    programme's, a post's or a meeting's: "Integrated Offender Management (IOM)")."""
    window = text[max(0, at - len(long) - 80) : at]
    m = re.search(r"\s+".join(re.escape(w) for w in long.split()) + r"\W*$", window)
    return bool(m and _COUNTERPART_LEAD.search(window[: m.start()]))


def learn_paper_orgs(
    text: str,
    gaz: Gazetteer,
    author: str | None,
    body: str | None,
    not_author: set[str] | frozenset[str] = frozenset(),
) -> PaperOrgs:
    """Read the paper's own acronym definitions and work out who wrote it.

    not_author: bodies the paper is about (the host of an event its title names) that are not to
    be taken as its author for being named most."""
    text = _SAINT_STOP.sub("St ", norm_text(text))
    po = PaperOrgs(gaz)
    generic = generic_bodies()
    for m in _ACR_DEF.finditer(text):
        acr = m.group(1)
        if sum(ch.isupper() for ch in acr) < 2:
            continue
        plural = acr.endswith("s") and acr[-2:-1].isupper()
        letters = acr[:-1] if plural else acr
        before = re.sub(r"'s\s*$", "", text[max(0, m.start() - 200) : m.start()].rstrip())
        words = before.split()
        long = None
        # "the Greater Manchester Against Crime partnership (GMAC)": the lower-case headword after
        # the name is not part of the acronym.
        tail = ""
        if len(words) > 1 and words[-1].islower() and words[-1].strip(",") in _ORG_HEADS:
            tail, words = words[-1], words[:-1]
        for k in range(1, min(14, len(words)) + 1):
            cand = words[-k:]
            if not cand[0][:1].isupper():
                continue
            if (
                _initials(cand, False).lower() == letters.lower()
                or _initials(cand, True).lower() == letters.lower()
                or _prefixes_spell(cand, letters)
            ):
                long = " ".join(cand).strip(",;:")
                break
        else:
            long = _spelled_past_place(words, letters)
        if not long:
            continue
        long = _with_place(words, long)
        head = tail or re.sub(r"[^A-Za-z]", "", long.split()[-1]).lower()
        # "Office for Local Government (OFLOG)", "Department for Education (DfE)": the headword
        # comes first.
        if head not in _ORG_HEADS and len(long.split()) > 2 and long.split()[1] in ("for", "of"):
            head = long.split()[0].lower()
        # "Wales Centre for Public Policy (WCPP)": the headword is the word before "for" or "of",
        # wherever it stands, not the subject named after it.
        lw = long.split()
        if (
            head not in _ORG_HEADS
            and (at := next((i for i, w in enumerate(lw) if w in ("for", "of")), 0)) > 1
        ):
            head = re.sub(r"[^A-Za-z]", "", lw[at - 1]).lower()
        canon = gaz.canonical(long)
        if canon:
            po.learned[acr] = canon
            po.acronym_of.setdefault(canon, acr)
        elif plural or plain(long) in generic:
            po.blocked_acronyms.add(letters)
            po.blocked_acronyms.add(acr)
        elif (head in _ORG_HEADS and not head.endswith("s")) or _named_as_counterpart(text, m.start(), long):
            po.learned[acr] = long
            po.learned_names[long.lower()] = long
            po.acronym_of.setdefault(long, acr)
            if head == "force":
                po.quiet_names.add(long)
        elif whole := _read_as_body(gaz, long):
            # "Westshire Rape Crisis (WRC)", "Age UK Eastby (AUE)": a name the finder reads, whole, as
            # a body (a known charity's branch) though its last word is no headword; its short form
            # names that body.
            po.learned[acr] = whole
            po.acronym_of.setdefault(whole, acr)
            po.quiet_names.add(whole)
        else:
            # Defined here as something else (an Act, a strategy): not the gazetteer's body.
            po.blocked_acronyms.add(acr)
    po.compile()
    _learn_initialisms(text, po)

    # The author: named explicitly, else the paper's body (a board inside a larger body means
    # the larger body wrote it), else a body the paper names far more often than any other.
    authors: set[str] = set()
    for who in (author, body):
        if who:
            authors |= stated_bodies(who, po)
    staff = _staff_of(text, po, not_author) if not author and not body else None
    if not staff and not author and not body:
        staff = spokesperson_of(text, po, not_author)
    if author or body:
        po.author_basis = "stated"
    if staff:
        po.author_basis = "byline"
        # A byline in the text ("Thomas and Hannah from the LGIU travelled to …"): the body whose
        # staff report what they did wrote the page, however often it names another.
        authors.add(staff)
    elif not author and not body:
        # Nothing says who wrote it: a body the paper names far more often than any other.
        counts = Counter(
            c.name
            for c in po.find_for_author(text)
            if gaz.entry(c.name).get("kind") in (None, "sector_body", "council", "other")
            and c.name not in not_author
            and not (_FORCE_NAME.search(c.name) and _COMMISSIONER_PAPER.search(text[:600]))
        )
        # A body named once and then called by its headword ("Cheshire Fire and Rescue Service …
        # the Service …") is the one the paper is about: the bare headword counts for it, when
        # only one body named in the paper ends in that headword.
        heads = Counter(n.split()[-1] for n in counts)
        for n in list(counts):
            head = n.split()[-1]
            if heads[head] == 1 and head in GENERIC_HEADS:
                counts[n] += len(
                    re.findall(r"\b[Tt]he " + re.escape(head) + r"\b(?!\s+(?:of\s+)?[A-Z])", text)
                )
        top = counts.most_common(2)
        if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            authors.add(top[0][0])
            po.author_basis = "named most"
        elif _FIRST_PERSON.search(text):
            # A page that speaks as "we" and names one body as the doer of its deeds ("the LGA has
            # worked closely with …", "our response"): that body is the "we".
            doers = Counter(
                c.name
                for c in po.find_for_author(text)
                if _subject_at(text, c.start)
                and _DEED_AFTER.match(text, c.end)
                and gaz.entry(c.name).get("kind") in (None, "sector_body", "council", "other")
            )
            if len(doers) == 1:
                authors.add(next(iter(doers)))
                po.author_basis = "we"
    _author_inferred_weakly(text, po, not_author, authors)
    po.authors = authors
    names: list[str] = []
    for a in authors:
        names.append(a)
        names.extend(gaz.entry(a).get("acronyms") or [])
        # The acronym the paper itself defines for its author ("… Network (SCSN)") names it too.
        if po.acronym_of.get(a):
            names.append(po.acronym_of[a])
    po.author_words = tuple(sorted(set(names), key=len, reverse=True))
    return po


def _read_as_body(gaz: Gazetteer, long: str) -> str | None:
    """The body a name defined with a short form is, when the finder reads the whole name as one
    (not a programme's, a plan's or a post's name, which it reads as none): its canonical name."""
    found = PaperOrgs(gaz).find(long)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(long) and found[0].via != "generic":
        return found[0].name
    return None


def stated_bodies(who: str, po: PaperOrgs) -> set[str]:
    """The bodies a name given for a paper's author stands for, by their canonical names: the body
    and the body it is part of ("Safer and Stronger Communities Board": the LGA's), or the name as
    written with the bodies named inside it."""
    gaz = po.gaz
    canon = gaz.canonical(who) or po.learned_names.get(who.lower())
    if canon:
        parent = gaz.entry(canon).get("parent")
        return {canon, parent} if parent else {canon}
    out = {clean(who)}
    # "WLGA Council", "LGA Fire Services Management Committee": a body named inside the board's
    # name is the body that wrote the paper.
    out.update(c.name for c in po.find(who) if c.via != "generic")
    return out


# A statement's speaker and the body they speak for ("COSLA's Resources Spokesperson Councillor …",
# "…, WLGA Leader, said"): a press statement is the body's own.
_SPEAKS_FOR = re.compile(
    r"^(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Ss]pokes(?:person|man|woman)|President|Leader|Chief Executive|Chair(?:man)?)\b"
)


def spokesperson_of(text: str, po: PaperOrgs, not_author: set[str] | frozenset[str]) -> str | None:
    """The one body whose spokesperson, president or leader the page quotes, or None."""
    bodies = {
        c.name
        for c in po.find_for_author(text)
        if _SPEAKS_FOR.match(text[c.end : c.end + 60]) and c.name not in not_author
    }
    return next(iter(bodies)) if len(bodies) == 1 else None


# Named people "from the X" as the subject of a deed: the staff of X reporting their own work.
_STAFF_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:(?:,\s+|\s+and\s+)[A-Z][a-z]+)*\s+from\s+(?:the\s+)?$")
_STAFF_DEED = re.compile(r"\s+(?:\w+ed|went|met|spoke|gave|ran|took)\b")


# A body's own team as the doer ("The LGA's Research and Information team carried out …", "the
# Council's Community Safety Team led …"): the name, its possessive, the unit's name, the deed.
_OWN_UNIT_DEED = re.compile(
    r"['’]s\s+(?:[A-Z][\w&-]*\s+(?:(?:and|&)\s+)?){0,5}(?:[Tt]eam|[Uu]nit|[Dd]irectorate|[Dd]ivision|[Dd]epartment)"
    + _STAFF_DEED.pattern
)


def _staff_of(text: str, po: PaperOrgs, not_author: set[str] | frozenset[str]) -> str | None:
    """The one body whose named staff or own team are the subject of a deed ("Thomas and Hannah
    from the LGIU travelled …", "The LGA's Research and Information team carried out …"), if
    exactly one is."""
    found = {
        c.name
        for c in po.find_for_author(text)
        if c.name not in not_author
        and (
            (_STAFF_BEFORE.search(text[max(0, c.start - 80) : c.start]) and _STAFF_DEED.match(text, c.end))
            or (_subject_at(text, c.start) and _OWN_UNIT_DEED.match(text, c.end))
        )
    }
    return next(iter(found)) if len(found) == 1 else None


# The author basis of a body taken for the author on a weak sign (`_opening_subject`,
# `_council_of_members`): left off its activities' organisations with an unsure flag.
INFERRED_WEAKLY = "inferred weakly"

# After a body's name: the short form it goes by in brackets, then a finite verb ("(WVRP) hosted",
# "(WVRP) has launched", "(WVRP) had the privilege of hosting").
_SHORT_FORM_VERB = re.compile(
    r"\s*\([A-Z][A-Za-z&]{1,9}\)\s+(?:has|have|had|is|was|were|will|(?:also\s+|recently\s+)?"
    r"(?:[a-z]+ed|held|ran|met|took|gave|won|led|made|brought|began|set up))\b"
)
# A council's own members as the doers: its groups, councillors, leader, cabinet or members.
_MEMBERS_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:groups?|councillors|members|leader|cabinet|portfolio holders?)\b"
)
_BODY_KINDS = (None, "sector_body", "council", "other")
# What may come before the subject at a page's opening: a time ("On Monday,", "This week", "Today,",
# "Earlier this month") and "the".
_OPENING_BEFORE = re.compile(
    r"(?:(?:(?:On|This|Last|Earlier|Yesterday|Today)\b[\w ]{0,25}?),?\s+)?(?:[Tt]he\s+)?"
)


def _author_inferred_weakly(
    text: str, po: PaperOrgs, not_author: set[str] | frozenset[str], authors: set[str]
) -> None:
    """When nothing else found an author: a news page that opens on its author as the subject,
    named in full with the short form it goes by ("On Monday, the Westshire Violence Reduction
    Partnership (WVRP) hosted …"), a council's news of its own members' work ("Eastby Borough
    Council's political groups …"), a page quoting its head ("Jo Bloggs, Director, Westshire
    Violence Prevention Unit, said"), or one naming a service's own programme or team ("Westshire
    Fire Brigade's Learn and Live programme"). All weak signs: the author so found is left off,
    flagged."""
    if authors:
        return
    weak = _opening_subject(text, po, not_author)
    if not weak:
        found = po.find_for_author(text)  # (the paper's names, once for every sign that reads the whole text)
        weak = (
            _pair_opening_author(text, found, po, not_author)
            or _council_of_members(text, found, not_author)
            or _quoted_chair_of(text, found, not_author)
            or _own_parts_of(text, found, po, not_author)
            or _minister_of(text, found, not_author)
            or _commissioned_by(text, found, not_author)
        )
    if weak:
        authors.add(weak)
        po.author_basis = INFERRED_WEAKLY


# A report's cover naming the body that commissioned it ("Research commissioned by the Westshire
# Fire Authority", "An evaluation commissioned by …"): the report is that body's.
_COMMISSIONED_COVER = re.compile(
    r"(?:^|\n)\s*(?:(?:A|An)\s+)?(?:(?:independent|national)\s+)?(?:Research|Report|Study|Survey|Evaluation|Review|"
    r"Analysis|Assessment)\s+commissioned\s+by\s+(?:the\s+)?",
    re.I,
)


def _commissioned_by(text: str, found: list[OrgMatch], not_author: set[str] | frozenset[str]) -> str | None:
    """The body a report's cover says commissioned it, on a line of its own among the opening lines
    ("Public perceptions of fire and rescue services / Research commissioned by the Westshire Fire
    Authority"): the research done for it is its own work, done through a contractor. Said in a
    paragraph later on ("This analysis was carried out for the panel"), it is not."""
    for m in _COMMISSIONED_COVER.finditer(text[:400]):
        at = next((o for o in found if o.start == m.end()), None)
        if at is not None and at.name not in not_author:
            line_end = text.find("\n", at.end)
            if not text[at.end : line_end if line_end >= 0 else len(text)].strip(" .,"):
                return at.name
    return None


# A statement signed by a minister at its head ("Jo Bloggs, Minister for Local Government", "Jo
# Bloggs MS, Cabinet Secretary for Justice"): a government's own statement.
_MINISTER_BYLINE = re.compile(
    r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3},\s+(?:the\s+)?(?:(?:First|Deputy|Junior)\s+)?"
    r"(?:Minister|Cabinet Secretary)\b"
)
_GOVERNMENT = re.compile(r"\b(?:Government|Executive)$")


def _minister_of(text: str, found: list[OrgMatch], not_author: set[str] | frozenset[str]) -> str | None:
    """The government a page's minister speaks for: a page opening on a minister's name and post
    ("Jo Bloggs, Minister for Local Government") that names one government ("the Welsh Government,
    working with the four police forces, …") is that government's statement, told in the third
    person where it is not "we"; a page naming two governments, neither."""
    if not _MINISTER_BYLINE.match(text.lstrip()[:200]):
        return None
    governments = {o.name for o in found if _GOVERNMENT.search(o.name) and o.name not in not_author}
    return governments.pop() if len(governments) == 1 else None


# "Cllr Jo Bloggs, Chair of Westshire Fire Authority, said": a post of the body before its name, a
# quotation's verb after it; or the post and the body each set off by commas, as a press release
# signs its head ("Jo Bloggs, Director, Westshire Violence Prevention Unit, said").
_CHAIR_OF_BEFORE = re.compile(
    r",\s+(?:the\s+)?(?:Chair(?:man|woman)?|Leader|President|Chief Executive)\s+of\s+(?:the\s+)?$|"
    r"[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){1,2},\s+(?:Chair(?:man|woman)?|Leader|President|Chief Executive|Director),\s+$"
)
_SAID_AFTER = re.compile(r",?\s+(?:said|says|added|commented)\b")


def _quoted_chair_of(text: str, found: list[OrgMatch], not_author: set[str] | frozenset[str]) -> str | None:
    """The one body whose chair, leader, president or chief executive a page quotes by name
    ("Cllr Jo Bloggs, Chair of Westshire Fire Authority, said: …"): a body's own news quoting its
    head."""
    bodies = {
        c.name
        for c in found
        if c.name not in not_author
        and _CHAIR_OF_BEFORE.search(text[max(0, c.start - 60) : c.start])
        and _SAID_AFTER.match(text, c.end)
    }
    return next(iter(bodies)) if len(bodies) == 1 else None


# After a body's name: its possessive and one of its own parts or programmes, named ("Westshire Fire
# Brigade's Learn and Live programme", "… Fire and Rescue Service's Prevention Team").
_OWN_PART_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w&-]*\s+(?:(?:and|&)\s+)?){1,5}(?:[Tt]eam|[Uu]nit|[Pp]rogramme|[Ss]cheme)\b"
)


def _own_parts_of(
    text: str, found: list[OrgMatch], po: PaperOrgs, not_author: set[str] | frozenset[str]
) -> str | None:
    """The one body a page names with its own team, unit, programme or scheme by name ("Westshire
    Fire Brigade's Learn and Live programme"): a service's news of its own work, told in the third
    person. Two bodies so named: neither; nor a department's, a charity's or a regulator's
    programme (`_BODY_KINDS`), which a council's or a service's page takes part in."""
    named = {
        c.name
        for c in found
        if c.name not in not_author
        and po.gaz.entry(c.name).get("kind") in _BODY_KINDS
        and _OWN_PART_AFTER.match(text, c.end)
    }
    return next(iter(named)) if len(named) == 1 else None


def _opening_subject(text: str, po: PaperOrgs, not_author: set[str] | frozenset[str]) -> str | None:
    """The body that opens a page as its first sentence's subject, named with the short form it
    goes by and a verb after it: the page's own author telling its news in the third person."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", text.lstrip(), maxsplit=1)[0][:400]
    offset = len(text) - len(text.lstrip())
    for c in po.find_for_author(text[: offset + len(first)]):
        if (
            c.name not in not_author
            and po.gaz.entry(c.name).get("kind") in _BODY_KINDS
            and _OPENING_BEFORE.fullmatch(text[offset : c.start])
            and _SHORT_FORM_VERB.match(text, c.end)
        ):
            return c.name
    return None


# A paragraph opening on two bodies as one subject, each perhaps with its short form ("Westshire Fire
# and Rescue Service (WFRS) and the Eastby Community Safety Partnership (ECSP) have teamed up …",
# "Westshire Police and Westshire Fire & Rescue say …"): what joins the first to the second, and
# what may stand between the second and its verb.
_PAIR_JOIN = re.compile(r"\s*(?:\([A-Z][A-Za-z&]{1,9}\))?\s+(?:and|&)\s+(?:the\s+)?")
_PAIR_VERB = re.compile(r"\s*(?:\([A-Z][A-Za-z&]{1,9}\))?(?:,[^.]{0,120}?,)?\s+(?:have|say|said|are|will)\b")
# After a body's name or short form opening a later sentence on its own: a finite verb, perhaps
# after a dashed aside ("NIFRS – with the support of the PCSPs – has launched", "NIFRS will contact").
_ALONE_VERB = re.compile(
    r"\s*(?:[–—-][^–—.\n]{0,80}[–—-]\s*)?(?:has|have|had|will|is|was|(?:also\s+)?[a-z]+ed)\b"
)
_QUOTE_OPEN = '"“‘'


def _pair_opening(text: str, named: list[OrgMatch]) -> tuple[OrgMatch, OrgMatch] | None:
    """The two bodies a paragraph among a page's opening ones (its first 1,500 characters) names as
    its joint subject, or None."""
    # (bodies named by a proper name, not a bare headword or one of the author's own parts)
    found = [c for c in named if c.end <= 1500 and " " in c.name and not c.internal and not c.by_function]
    for i, a in enumerate(found):
        # (the next body named, past the first's own short form in brackets)
        b = next((c for c in found[i + 1 :] if c.name != a.name), None)
        line_start = text.rfind("\n", 0, a.start) + 1
        if (
            b is not None
            and _OPENING_BEFORE.fullmatch(text[line_start : a.start])
            and (j := _PAIR_JOIN.match(text, a.end)) is not None
            and j.end() == b.start
            and _PAIR_VERB.match(text, b.end)
        ):
            return a, b
    return None


def _acts_alone(text: str, found: list[OrgMatch], name: str, after: int) -> bool:
    """Does a sentence after `after` open on `name` (or its short form) alone, doing something?"""
    return any(
        c.name == name and c.start > after and _subject_at(text, c.start) and _ALONE_VERB.match(text, c.end)
        for c in found
    )


_STAFF_AT_BEFORE = re.compile(r"\b(?:at|of|from|for)\s+(?:the\s+)?$")
_SAYS_QUOTE_AFTER = re.compile(
    r",?[^.:\n"
    + _QUOTE_OPEN
    + r"]{0,60}?\b(?:said|says|added)\b:?\s*["
    + _QUOTE_OPEN
    + r"](?P<q>[^”’\"\n]{0,600})"
)


def _speaks_as_we_with(text: str, found: list[OrgMatch], name: str, other: str) -> bool:
    """Does one of `name`'s staff, quoted, speak as "we" working with `other` ("Group Manager at
    Westshire Fire & Rescue, Jo Bloggs said: “… we have been working closely with Westshire Police
    …”")?"""
    for c in found:
        if c.name != name or not _STAFF_AT_BEFORE.search(text[max(0, c.start - 12) : c.start]):
            continue
        m = _SAYS_QUOTE_AFTER.match(text, c.end)
        if m and re.search(r"\bwe\b", m.group("q"), re.I):
            q0, q1 = m.span("q")
            if any(o.name == other and q0 <= o.start < q1 for o in found):
                return True
    return False


def _pair_opening_author(
    text: str, found: list[OrgMatch], po: PaperOrgs, not_author: set[str] | frozenset[str]
) -> str | None:
    """A page opening on two bodies as one subject ("X (XA) and Y (YA) have teamed up …", "X and Y
    say …") is the news of one of them: the one the page then names alone doing the work ("XA will
    contact every school …") while the other never is, or the one whose own officer, quoted, speaks
    as "we" working with the other. Both or neither so told: no author. A weak sign, flagged."""
    pair = _pair_opening(text, found)
    if pair is None:
        return None
    a, b = pair
    alone = [
        c.name
        for c in (a, b)
        if _acts_alone(text, found, c.name, b.end)
        or _speaks_as_we_with(text, found, c.name, (b if c is a else a).name)
    ]
    if len(alone) != 1 or alone[0] in not_author or po.gaz.entry(alone[0]).get("kind") not in _BODY_KINDS:
        return None
    return alone[0]


def _council_of_members(
    text: str, found: list[OrgMatch], not_author: set[str] | frozenset[str]
) -> str | None:
    """The one council a page names, when its own councillors, groups or leader are the page's
    actors ("Eastby Borough Council's political groups …"): a council's news of its members."""
    councils = {c.name for c in found if c.name.endswith(" Council") and " " in c.name}
    if len(councils) != 1:
        return None
    (council,) = councils
    if council in not_author:
        return None
    if any(c.name == council and _MEMBERS_AFTER.match(text, c.end) for c in found):
        return council
    return None


def _subject_at(text: str, start: int) -> bool:
    """Does a name at `start` open its sentence or its main clause ("On 14 June, the LGA …")?"""
    if text[max(0, start - 4) : start].lower() == "the ":
        start -= 4
    return sentence_initial(text, start) or text[max(0, start - 2) : start] == ", "


_TITLED_BEFORE = re.compile(r"\b(?:entitled|titled|called|named)\s+[\"'\u2018\u201c]?$")
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# A name followed by the verb of a deed in the past ("… has worked", "… published").
_DEED_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:also\s+|recently\s+|now\s+)?\w+ed\b|\s+\w+ed\s+(?:the|a|an|to|with)\b"
)


# Words after a name that make it the name of a programme or a scheme rather than of a body.
_PROGRAMME_AFTER = re.compile(
    r"\s+(?:programmes?|schemes?|projects?|initiatives?|funds?|awards?|campaigns?)\b"
)

# A body named for the reviews or the inquiry it carries out, "Review" or "Inquiry" straight before
# its headword and no other document's word in the name ("the Child Safeguarding Practice Review
# Panel", "the Domestic Homicide Review Team"): a panel, board or group, not a document's title
# ("Annual Report of the Fire Authority", "the Review Board Report").
_REVIEWING_BODY = re.compile(
    r"^(?:(?!(?:Report|Plan|Act|Bill|Annual|Update|Minutes|Agenda|Conference|Summit|Guidance|Consultation)\b)"
    r"[A-Z][\w'’&-]*\s+)+(?:Review|Reviews|Inquiry)\s+(?:Panel|Board|Group|Team|Committee|Unit)$"
)
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


# A lead that announces a list of the bodies the work went to or was done with ("The organisations
# supporting the successful applicants include:", "The community and voluntary organisations
# involved are:", "The following groups were funded:"): the plural of a kind of body, then a verb
# that lists them, and the colon that opens the list.
LISTED_BODIES_LEAD = re.compile(
    r"^(?:[A-Za-z][\w'’-]*\s+){0,5}(?i:organisations|organizations|groups|charities|partners|agencies|bodies)\b"
    r"[^.:;]{0,80}?\b(?:include|includes|included|are|were|involved|funded|supported|awarded)\b[^.:;]{0,40}:\s*$"
)
_NAME_WORD = r"(?:[A-Z0-9][\w'’&.-]*)"
_NAME_RUN = _NAME_WORD + r"(?:\s+(?:(?:and|of|for|the|&|in|on)\s+)*" + _NAME_WORD + r")*"
# A name set off by what the item's body is ("Local charity, Eastby Cares will …", "Westshire arts
# organisation Open Stage will …"), one after which the kind of body follows ("St Anne's Big Local
# community organisation will …", "The Hub community centre in the town will …"), or one set off by
# where it is based or a comma ("Team Hub, based in …"), then what the body does.
_KIND_OF_BODY = (
    r"(?:organisation|organization|charity|group|hub|project|club|centre|enterprise|trust|company)"
)
_ITEM_DESCRIBED_FIRST = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}" + _KIND_OF_BODY + r",?\s+(?:the\s+)?(" + _NAME_RUN + r"),?\s+"
    r"(?:will|has|have|is|are|was|were|runs?|ran|works?|worked|provides?|provided|delivers?|delivered)\b"
)
_ITEM_KIND_AFTER = re.compile(
    r"^(?:The\s+)?(" + _NAME_RUN + r")\s+(?:[a-z]+\s+){0,2}" + _KIND_OF_BODY + r"\b"
)
_ITEM_SET_OFF = re.compile(
    r"^(?:The\s+)?("
    + _NAME_RUN
    + r")(?:,\s+(?:based|who|which|a|an|the)\b|\s+(?:will|has|have|is|are|was|were)\b)"
)
# An item that is nothing but a name ("Cycling Minds", "Far Association of Residence", "NE Youth").
_ITEM_NAME_ONLY = re.compile(r"^(?:The\s+)?(" + _NAME_RUN + r")\s*[.;,]?$")


def listed_body_name(item: str) -> str | None:
    """The name of the body an item of a list of bodies names (`LISTED_BODIES_LEAD`): the whole item
    when it is only a name, else the name that opens it before what the body does; None when the
    item opens with no such name."""
    item = norm_text(item).strip().lstrip("•·*-–— \t")
    for pattern in (_ITEM_NAME_ONLY, _ITEM_DESCRIBED_FIRST, _ITEM_KIND_AFTER, _ITEM_SET_OFF):
        m = pattern.match(item)
        if m is None:
            continue
        name = m.group(1).strip(" ,.;")
        words = name.split()
        if not words or len(words) > 8 or words[0].lower() in _FUNCTION_WORDS | TITLE_WORDS:
            continue
        return name
    return None
