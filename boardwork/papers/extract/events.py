"""One event told over several paragraphs: the paragraphs after the deed that only go on telling it.

A news page, an annual report or a minute often tells one event (a visit, a conference, a launch, a
meeting with a minister) over consecutive paragraphs: the deed, then who attended, what was said
to whom, quotations from those present, "during the visit", "the event also heard". Only the deed
is an activity (tests/data/real/NOTES.md 770, 985); the paragraphs after it add its account. A
paragraph continues the event just told when it is in the same section, close after it, refers back
to it (`continuation`) and reports no new deed of its own: no kind of work the event's paragraph
did not read (beyond the event's own words: its partners, its being an event, its coverage), and
no date of its own unless it names the event outright ("At the seminar, held on 4 May, …").
Numbered paragraphs that each report their own deed do not refer back and stay apart.

Pure functions of the units' text and what the rules read in them (`Told`), so that the same
judgement can be laid over the rules' verdicts of another commit (`bench/first_reading_losses.py`).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from .text import sentences

# The nouns an event is told by, in two families: a meeting with someone (a visit, talks, a
# roundtable, a delegation) and a gathering the body held or attended (a conference, a launch, a
# workshop). A paragraph naming one family's noun refers back to an event of that family.
_MEETING_NOUNS = (
    r"visit|meeting|talks|roundtable|round table|discussion|briefing|delegation|tour|hearing|agm|"
    r"annual general meeting"
)
_GATHERING_NOUNS = (
    r"conference|summit|forum|seminar|workshop|webinar|launch|ceremony|reception|roadshow|exhibition|"
    r"festival|celebration|awards|open day|fun day|sessions?|courses?|training|campaign|programme|"
    r"week of action|day of action"
)
# Nouns that refer back to any event ("the event", "the day", "the occasion").
_ANY_NOUNS = r"event|day|occasion|evening|afternoon|morning"
_NOUN = rf"(?:{_MEETING_NOUNS}|{_GATHERING_NOUNS}|{_ANY_NOUNS})"

# The event in the paragraph that tells the deed: a family's noun or the verb of a meeting ("visited
# the department", "met the minister"). A word's family is read from the word itself (`_family`).
_EVENT_WORD = re.compile(
    rf"\b(?:{_MEETING_NOUNS}|{_GATHERING_NOUNS})s?\b|\b(?:visited|met|toured|launched|hosted|held|staged)\b",
    re.I,
)
_MEETING_WORD = re.compile(rf"^(?:{_MEETING_NOUNS}|visited|met|toured)s?$", re.I)

# A paragraph that refers back to the event: its opening tells where or when in the event the rest
# happened ("During the talks …", "At the seminar, …", "Speaking at the event, …"), or has the
# event as its subject ("The forum included …", "The visit was also …", "The session closed with
# …"), or the event's company as its subject ("Those attending heard …", "Delegates also …").
# "After"/"Following the visit" opens a deed of its own done after it (a letter written, a report
# sent): not a continuation.
_DETERMINER = r"(?:the|this|that|these|those|today's|yesterday's|last week's|(?:his|her|their|our|its)\s)"
_MODIFIERS = r"(?:[\w'’-]+\s+){0,3}?"
# A count of the event's own occasions ("Six workshops were run …", "All 12 sessions …"): the
# occasions the paragraph before told, counted.
_COUNT = (
    r"(?:all\s+|each of the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|several|many|both)\s"
)
_BACK_REFERENCE = re.compile(
    # (after a leading phrase of its own: "Run by the youth service, the course …")
    rf"^\W*(?:[^,.;:\"\u201c]{{0,120}},\s+)??"
    rf"(?:(?:during|at|throughout|in the course of|over the course of|"
    rf"(?:speaking|addressing \w+|talking|opening|closing)\s+(?:at|to))\s+"
    rf"{_DETERMINER}\s*{_MODIFIERS}(?P<at>{_NOUN})s?\b|"
    rf"(?:{_DETERMINER}|{_COUNT})\s*{_MODIFIERS}(?P<subject>{_NOUN})s?"
    # (the event the subject of a verb of its own, not the first word of a document's name: "The
    # conference report was published …")
    r"(?:,\s+(?:which|where|when|who)\b|\s+(?:also\s+|itself\s+)?(?:was|were|is|are|has|have|had|included|includes|"
    r"heard|saw|featured|covered|focused|focussed|brought|closed|opened|ended|began|started|took|gave|"
    r"provided|attracted|drew|welcomed|allowed|offered|explored|examined|looked|discussed|considered|"
    r"involved|consisted|comprised|lasted|supports|supported|aims|aimed|helps|helped|forms|formed|follows|"
    r"followed|builds|built|complements|complemented)\b)|"
    r"(?:those|people|members|councillors|guests|delegates|attendees|participants|visitors|speakers)\s+"
    r"(?:attending|present|who attended|at the (?:event|meeting|conference|session)s?|also|heard|"
    r"included|were|took part|enjoyed|had)\b)",
    re.I,
)
# Who was there: "… also attended", "was attended by …", "was chaired by …", "joined by …".
_ATTENDANCE = re.compile(
    r"\b(?:also\s+attended|(?:were|was)\s+(?:also\s+)?(?:attended|chaired|opened|addressed|hosted|joined)\s+by|"
    r"(?:was|were)\s+(?:also\s+)?(?:present|in attendance)|attendees\s+included|speakers\s+included|"
    r"guests\s+included)\b",
    re.I,
)
# What was said to the body met ("warned the department's officials …", "urged the minister to …",
# "pressed the chief constable on …"): the talk at a meeting, told after the meeting was.
_TALK = re.compile(
    r"\b(?:told|asked|urged|alerted|appealed\s+to|pressed|raised\s+with|warned|briefed|reminded|"
    r"made\s+the\s+case\s+to|put\s+(?:it|the\s+case)\s+to|explained\s+to|outlined\s+to|set\s+out\s+to)\s+"
    r"(?:the\s+|him\s|her\s|them\s)",
    re.I,
)
# The holder of a post the body met, named by the post alone ("the minister", "the Secretary of
# State"): who a meeting's paragraphs tell the talk was with.
_POST_MET = re.compile(
    r"\b(?:the|him|her)\s+(?:[\w'’-]+\s+){0,3}?(?:minister|secretary of state|secretary|commissioner|"
    r"chief constable|chief executive|chief fire officer|mayor|leader|chair|chairman|mp)\b",
    re.I,
)
# A paragraph that is a quotation: opened by a quotation mark, or a speaker's lede then the quotation
# ('Councillor X, leader of the council, said: "…"'); the pipeline reads quotations by it too. Its
# speaker said to be one of those present ("Councillor X, who chaired the session, said") gives the
# event's own account.
QUOTATION = re.compile(
    r"^\W{0,3}[\"\u201c]|^[^\"\u201c.]{0,160}?\b(?:said|says|added|commented|explained)\s*(?::|,)\s*[\"\u201c]"
)
_PRESENT_SPEAKER = re.compile(
    r"\bwho\s+(?:led|attended|chaired|hosted|opened|organised|organized|spoke|took part|was there|joined)\b",
    re.I,
)
# A paragraph that opens on a new deed's own marker ("In addition, …", "Separately, …"): not a
# continuation, whatever it names.
_NEW_DEED = re.compile(
    r"^\W*(?:in addition|additionally|separately|elsewhere|meanwhile|also\s+(?:in|this|last|during)|"
    r"furthermore|other work|the (?:council|partnership|panel|board|authority|service|association) also)\b",
    re.I,
)
# What a paragraph telling an event may read beyond the kinds of its deed: the event's partners, its
# being an event, its being covered or spoken of.
_EVENT_OWN_KINDS = frozenset({"partnership", "event", "media"})


# Why a quotation is the event's account (`continuation`): its speaker is no person the event met.
QUOTED = "a quotation of one present at the event"


@dataclass(frozen=True)
class Told:
    """What the judgement needs of one unit: its text, its section (any value that is equal for
    units of the same section), the kinds the rules read in it (None when they read no activity),
    the organisations its activity names and its activity's date."""

    text: str
    section: Hashable
    kinds: tuple[str, ...] | None
    organisations: tuple[str, ...] = ()
    date: str | None = None


def event_words(text: str) -> set[str]:
    """The words by which `text` tells an event ("visited", "conference", "roundtable"), lower case."""
    return {m.group(0).lower() for m in _EVENT_WORD.finditer(text)}


def _family(word: str) -> str:
    return "meeting" if _MEETING_WORD.match(word) else "gathering"


def refers_back(text: str, anchor_words: set[str]) -> bool:
    """Does the opening of `text` refer back to an event told by `anchor_words`: by a noun of the
    same family ("During the meeting" after "visited the Home Office"), or by a noun that names
    any event ("The event also heard")?"""
    first = next((s for _, s in sentences(text)), text)
    m = _BACK_REFERENCE.match(first)
    if m is None:
        return False
    noun = (m.group("at") or m.group("subject") or "").lower()
    if not noun:  # the event's company as the subject ("Those attending heard …")
        return bool(anchor_words)
    if re.fullmatch(_ANY_NOUNS, noun):
        return bool(anchor_words)
    return any(_same_event(noun, w) for w in anchor_words)


# Gatherings named by one word for the occasions and another for what was given at them ("training
# sessions", "the courses", "the training").
_TAUGHT = frozenset({"training", "session", "course", "workshop", "seminar", "webinar"})


# The noun of an event told by its verb ("launched the campaign" is told again as "the launch").
_VERB_NOUNS = {"launched": "launch", "visited": "visit", "toured": "tour", "met": "meeting"}


def _same_event(noun: str, word: str) -> bool:
    """Can `noun` name the event `word` told? Any noun of a meeting a meeting ("the meeting" after
    "visited"); a gathering only by its own noun ("the conference" after "a conference"), or the
    occasions of teaching by each other's."""
    noun = noun.lower().removesuffix("s")
    word = _VERB_NOUNS.get(word.lower(), word.lower().removesuffix("s"))
    if _family(noun) == "meeting":
        return _family(word) == "meeting"
    return noun == word or (noun in _TAUGHT and word in _TAUGHT)


# The kind an event's own noun names: the occasions of teaching are training, a campaign to the
# public is media (NOTES 3).
_NOUN_KINDS = {"training": "training", "session": "training", "course": "training", "campaign": "media"}


def _named_kinds(anchor_words: set[str]) -> set[str]:
    return {k for w in anchor_words if (k := _NOUN_KINDS.get(w.lower().removesuffix("s")))}


def _names_event(text: str, anchor_words: set[str]) -> bool:
    """Does `text` name the event `anchor_words` told, by any of its nouns ("The talks were frank")?"""
    return any(
        _same_event(w, a)
        for w in event_words(text)
        if not w.endswith("ed") and w != "met"
        for a in anchor_words
    )


def continuation(anchor: Told, unit: Told, anchor_words: set[str]) -> str | None:
    """Why `unit` (an activity the rules read, after `anchor` in the same section) only goes on
    telling the event `anchor` told, or None when it may report a deed of its own."""
    if not anchor_words or unit.kinds is None or anchor.kinds is None:
        return None
    text = unit.text
    if _NEW_DEED.match(text):
        return None
    new_kinds = set(unit.kinds) - set(anchor.kinds) - _EVENT_OWN_KINDS - _named_kinds(anchor_words)
    if new_kinds:
        return None
    if refers_back(text, anchor_words):
        # (named outright, the event may be dated here: "At the seminar, held on 4 May, …")
        return "refers back to the event"
    if unit.date is not None and unit.date != anchor.date:
        return None
    quoted = QUOTATION.match(text)
    if (
        quoted
        # (a quotation that reports work of its own, "Since the pilot we have trained 200 staff",
        # is the speaker's account of another deed; one that only speaks of the event
        # reads its being said, or the event's own kinds)
        and not set(unit.kinds) - set(anchor.kinds) - {"media"} - _named_kinds(anchor_words)
        and not QUOTATION.match(anchor.text)
        and (
            _PRESENT_SPEAKER.search(text[: quoted.end()]) or _names_event(text[quoted.end() :], anchor_words)
        )
    ):
        return QUOTED
    if _ATTENDANCE.search(text) and not set(unit.kinds) - _EVENT_OWN_KINDS - set(anchor.kinds):
        return "who attended the event"
    meeting = any(_family(w) == "meeting" for w in anchor_words)
    if meeting and _TALK.search(text):
        met = [o for o in anchor.organisations if o and o.lower() in text.lower()]
        if met or _POST_MET.search(text):
            return "what was said at the meeting"
    return None


def event_continuations(units: Sequence[Told], reach: int = 2) -> dict[int, tuple[int, str]]:
    """{index of a unit: (index of the activity whose event it goes on telling, why)}.

    Each activity the rules read opens a story; a later activity in the same section, at most
    `reach` units after the story's last paragraph, that only continues it (`continuation`) joins
    it; any other activity opens a new story, as does a change of section."""
    out: dict[int, tuple[int, str]] = {}
    anchor: int | None = None
    words: set[str] = set()
    last = -1
    for i, u in enumerate(units):
        if anchor is not None and (u.section != units[anchor].section or i - last > reach):
            anchor = None
        if u.kinds is None:
            continue
        why = continuation(units[anchor], u, words) if anchor is not None else None
        if anchor is not None and why is not None:
            out[i] = (anchor, why)
            last = i
            continue
        anchor, words, last = i, event_words(u.text), i
    return out
