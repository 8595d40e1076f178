"""Whether a paper reports work done at all: a paper of intentions, standing duties or business to
come (a strategy or a plan looking ahead, a consultation page, an invitation, a page describing a
standing service) tells what its author will do, should do or does as a rule, and no deed of its own.

Read from the paper's units as a whole, not from any one of them: a unit of such a paper can read as
work to the kinds' patterns ("the team provides home safety visits", "offers training"), and the unit
rules judge it alone. What says the genre is the title or the opening, and the paper's tense: a paper
that says it is a strategy, a plan, a consultation … , tells no deed as its author's own ("we held",
or under a heading such as "What we did last year") and at most one other (a statute's history,
another body's launch, a quotation), and speaks of aims, duties or the business to come in several of
its units, reports no work (`reports_no_work`). Any deed of its own and the paper is read unit by
unit as before. Used by `pipeline.read_paper` (`PaperRead.no_work`); `pipeline.extraction_of` then
proposes no activity, with or without the trained model (tests/data/real/NOTES.md 1015-1029). A
whole agenda (`business_to_come`) is judged by its shape instead: it names itself an agenda, lists a
meeting's business to come, and records nothing done (NOTES 1580-1586).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import norm_text, sentences

# A verb in the past or the perfect: a regular past ("launched", "agreed"), the common irregular ones,
# or "has/have/had" with a participle.
_PAST_VERB = re.compile(
    r"\b(?:\w{2,}ed|held|ran|met|led|made|gave|wrote|took|built|sent|won|began|spoke|saw|brought|"
    r"found|taught|went|paid|sold|bought|chose|drew|grew|rose|did|told|heard|kept|left|spent|"
    r"became|came|thought|understood|undertook|oversaw)\b",
    re.I,
)
_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,3}?(?:been|\w+ed|\w+en|done|made|held|met|led)\b", re.I
)
# Words that end as a past does and are not one, or participles set as adjectives after a noun or an
# article ("the proposed changes", "a shared approach", "based in"): not a deed told.
_NOT_PAST = frozenset(
    "need proceed indeed exceed succeed speed feed seed hundred kindred sacred embed shed bed breed red "
    "based called named related dedicated integrated focused targeted required needed concerned involved "
    "interested skilled experienced detailed limited united linked associated aligned proposed planned "
    "expected intended anticipated scheduled".split()
)
# What comes before a participle that makes it no deed of the past: a present or future passive ("is
# funded", "are required", "to be delivered", "being considered") or an article or a possessive ("the
# agreed plan", "our shared aims").
_NOT_DEED_BEFORE = frozenset("is are am be being to the a an our their its this these those".split())
# Work still to come, a duty, a wish or an aim: the sentence's past participles are not deeds.
_AHEAD = re.compile(
    r"\b(?:will|shall|would|should|must|(?-i:may)|might|could|can|going to|plans? to|intends? to|aims? to|"
    r"propose[sd]? to|wish(?:es)? to|seeks? to|hopes? to|needs? to|(?:is|are) to be|next year|"
    r"in the (?:coming|next) (?:year|months?|weeks?)|over the (?:coming|next)\b)\b",
    re.I,
)
# A sentence that speaks of what the body does as a rule or is for ("The partnership works with …",
# "The team provides …", "is responsible for", "Our priorities are"), or invites the reader ("Have your
# say", "Find out more", "you can").
_STANDING = re.compile(
    r"\b(?:works?|provides?|supports?|delivers?|helps?|offers?|brings?\s+together|co-?ordinates?|"
    r"oversees?|monitors?|leads?|meets?|aims?|seeks?|exists?|includes?|covers?|sets? out|describes?)\b|"
    r"\b(?:is|are)\s+(?:responsible|required|expected|committed|accountable|there to|a\s+(?:statutory\s+)?"
    r"(?:partnership|body|group|board|forum)|made up of)\b|"
    r"\b(?:priorities|aims|objectives|ambitions|purposes?|duties|responsibilities|roles?)\s+(?:are|is|include)\b|"
    r"^\W*(?:have your say|find out|take part|tell us|join us|read|download|click|see|visit|contact|"
    r"please)\b|\byou can\b|\bwe want\b",
    re.I,
)


# Where a clause ends: a deed and a plan told in one sentence ("We held three workshops, and will hold
# more next year") are read apart.
_CLAUSE = re.compile(r"[,;:()]|\s-\s|\b(?:and|but|while|whereas|that|which|who)\b", re.I)


def _deed_in(sentence: str) -> bool:
    """Does the sentence tell something done: a clause with a past or perfect verb and no future, duty
    or aim, the verb not a present passive nor an adjective?"""
    return any(_deed_in_clause(c) for c in _CLAUSE.split(sentence) if c and c.strip())


def _deed_in_clause(clause: str) -> bool:
    if _AHEAD.search(clause):
        return False
    if _PERFECT.search(clause):
        return True
    words = re.findall(r"[A-Za-z'-]+", clause)
    for i, w in enumerate(words):
        if not _PAST_VERB.fullmatch(w) or w.lower() in _NOT_PAST:
            continue
        if i > 0 and (words[i - 1].lower() in _NOT_DEED_BEFORE or w[:1].isupper()):
            # (a capitalised participle inside a sentence is most often a name's word)
            continue
        return True
    return False


def tells_deed(text: str) -> bool:
    """Does any sentence of `text` tell something done in the past?"""
    return any(_deed_in(s) for _, s in sentences(norm_text(text)) if s.strip())


def tells_intent(text: str) -> bool:
    """Does `text` speak of work to come, a duty, an aim or what the body does as a rule, and tell no
    deed?"""
    said = [s for _, s in sentences(norm_text(text)) if s.strip()]
    return (
        bool(said)
        and not any(_deed_in(s) for s in said)
        and any(_AHEAD.search(s) or _STANDING.search(s) for s in said)
    )


# A year named (not a statute's: "the Crime and Disorder Act 1998" says when a law was made, not what
# the body did).
_YEAR = re.compile(r"(?<!\bAct )(?<!\bOrder )(?<!\bRegulations )\b(19[5-9]\d|20\d\d)\b")

# The paper's genre said in its opening ("This strategy sets out …", "You are invited to …", "Have
# your say"; its title's, `_GENRE_NAMES`): a paper that states intentions, standing duties or
# business to come.
_GENRE_OPENING = re.compile(
    r"^\W*(?:(?:this|the|our) (?:strategy|plan|policy|framework|document|page|consultation) "
    r"(?:sets out|describes|explains|outlines|is)|you are (?:\w+ )?invited|we are (?:consulting|seeking)|"
    r"have your say)",
    re.I,
)

# A section whose heading tells what was done ("What we did last year", "Our achievements in 2024",
# "Highlights of the year", "Progress so far"): the deeds under it are the paper's report of work.
_PAST_HEADING = re.compile(
    r"\b(?:last year|(?:the|our|this) year in review|looking back|what (?:we|has been|have we) "
    r"(?:did|done|achieved|delivered)|achievements?|highlights|successes|progress|delivered|review of "
    r"(?:the year|20\d\d))\b",
    re.I,
)
# The author speaking of itself ("we", "our"), outside a quotation: its deed so told is its own work.
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)")

# How many of the paper's units may tell a deed that is not plainly the author's own (a statute's
# history, another body's launch told on the page, a quotation), and how many of its units, and what
# share of them, must speak of intentions, duties or business to come, before a paper of the genre is
# judged one that reports no work: a short page of headings and links tells no deed either, and says
# nothing of its genre.
MAX_DEED_UNITS = 1
MIN_INTENT_UNITS = 2
MIN_INTENT_SHARE = 0.4

# A notice that a meeting will be held ("Notice of meeting", "NOTICE OF SPECIAL MEETING"), and an
# agenda: the papers of a meeting to come (`nothing_found_note`, `business_to_come`).
_NOTICE_OF_MEETING = (
    r"\bnotice of (?:an? |the )?(?:\w+ ){0,3}meetings?\b",
    "a notice of meeting",
    "it tells of a meeting to come",
)
_NOTICE_OF_MEETING_LINE = re.compile(_NOTICE_OF_MEETING[0], re.I)
_AN_AGENDA = ("an agenda", "it lists business to come")

# The genres a title says ("Community Safety Strategy 2019-22", "Terms of Reference", "Agenda", "Our
# priorities", "How we make decisions", "Roles and responsibilities"), each in the words an officer
# reads with what such a paper does instead of reporting work: the reason `reports_no_work` gives.
# Tried in this order, so that a title naming two ("Police and Crime Plan consultation", "Strategy
# Group terms of reference") is read as the paper it is, not as the paper it is about.
_GENRE_NAMES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.I), name, does)
    for pattern, name, does in (
        (r"\bconsultation\b", "a consultation", "it asks for views on what is proposed"),
        (r"\b(?:invitation|invite)\b", "an invitation", "it invites the reader to what is to come"),
        (r"\bagenda\b", *_AN_AGENDA),
        (r"\bterms of reference\b", "terms of reference", "it states the body's remit and duties"),
        (r"\b(?:roles?|responsibilities)\b", "a page of roles and responsibilities", "it states duties"),
        (r"\bhow we\b", "a page on how the body works", "it describes its ways of working"),
        (r"\bdecisions?\b", "a page of decisions", "it says what is decided"),
        (r"\b(?:what is|about us)\b", "a page about the body", "it describes what the body is and does"),
        (r"\bguidance\b", "guidance", "it tells the reader what to do"),
        (r"\bproposals?\b", "proposals", "it sets out what is proposed"),
        (r"\b(?:strateg(?:y|ies)|strategic plan)\b", "a strategy", "it states aims and duties"),
        (r"\bframework\b", "a framework", "it states aims and duties"),
        (r"\bpolic(?:y|ies)\b", "a policy", "it states aims and duties"),
        (r"\bplans?\b", "a plan", "it states aims and work to come"),
        (r"\bprogramme\b", "a programme", "it sets out work to come"),
        (r"\bpriorities\b", "a statement of priorities", "it states aims"),
        (r"\bstatement\b", "a statement", "it states aims and duties"),
    )
)
# An opening that says it is a document or a page of the genre without naming which.
_ANY_GENRE = ("a paper of aims and duties", "it states aims, duties or business to come")
# The same for an opening that says its genre ("This strategy sets out …", "You are invited …").
_OPENING_NAMES: dict[str, tuple[str, str]] = {
    "strategy": ("a strategy", "it states aims and duties"),
    "plan": ("a plan", "it states aims and work to come"),
    "policy": ("a policy", "it states aims and duties"),
    "framework": ("a framework", "it states aims and duties"),
    "consultation": ("a consultation", "it asks for views on what is proposed"),
    "invitation": ("an invitation", "it invites the reader to what is to come"),
}


def genre_said(title: str | None, texts: list[str]) -> tuple[str, str] | None:
    """The genre the paper's title or its opening (its first two units) says it is (a strategy, a
    plan, an agenda, a consultation, terms of reference, a page of roles or decisions …), in plain
    words, with what such a paper does instead of reporting work; None when neither says one."""
    named = next(((name, does) for p, name, does in _GENRE_NAMES if title and p.search(title)), None)
    if named is not None:
        return named
    for t in texts[:2]:
        m = _GENRE_OPENING.search(t)
        if m is None:
            continue
        said = norm_text(m.group(0)).lower()
        if "invited" in said:
            return _OPENING_NAMES["invitation"]
        if "consulting" in said or "seeking" in said or "have your say" in said:
            return _OPENING_NAMES["consultation"]
        noun = next((n for n in _OPENING_NAMES if re.search(rf"\b{n}\b", said)), None)
        return _OPENING_NAMES[noun] if noun else _ANY_GENRE
    return None


# Genres of the business of meetings, named only where nothing was found (`nothing_found_note`): a
# notice that a meeting will be held, one that it is cancelled, a schedule of meetings. Not in
# `_GENRE_NAMES`, so no paper's extraction changes by them. Tried before `genre_said`'s, so that
# "Agenda: the meeting is cancelled" reads as the notice it is.
_MEETING_GENRES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern, re.I), name, does)
    for pattern, name, does in (
        (
            r"\b(?:meeting|agenda|session)\b.*\bcancell?ed\b|\bcancell?(?:ed|ation)\b.*\b(?:meeting|session)s?\b",
            "a notice that a meeting is cancelled",
            "it tells of a meeting that will not be held",
        ),
        _NOTICE_OF_MEETING,
        (
            r"\bmeetings? (?:schedule|calendar|dates)\b|\b(?:schedule|calendar) of meetings\b",
            "a schedule of meetings",
            "it lists meetings to come",
        ),
    )
)
# How many of the paper's first blocks are its opening, and the most words a block of the opening has
# to name the genre: a heading or a line ("AGENDA", "The meeting is cancelled."), not a paragraph
# that mentions an agenda.
OPENING_BLOCKS = 4
OPENING_WORDS = 12


def nothing_found_note(title: str | None, opening: list[str]) -> str | None:
    """Why a paper from which nothing was found (no activity, theme or plan) reports no work, in the
    words of `reports_no_work` ("this reads as an agenda — it lists business to come, not work
    done"), when its title or a short line of its opening (its first `OPENING_BLOCKS` blocks, each of
    at most `OPENING_WORDS` words) names a genre that tells no work: a notice of meeting, a cancelled
    meeting, a schedule of meetings, or one `genre_said` names. None otherwise (a news page with
    nothing found). Judges nothing: called only once the extraction found nothing."""
    lines = _genre_lines(title, opening)
    genre = next(
        ((name, does) for p, name, does in _MEETING_GENRES for t in lines if p.search(t)),
        None,
    ) or next(
        ((name, does) for t in lines for p, name, does in _GENRE_NAMES if p.search(t)),
        None,
    )
    return _reads_as(genre or genre_said(None, opening))


def _genre_lines(title: str | None, opening: list[str]) -> list[str]:
    """The lines that may name the paper's genre: its title, and each block of its opening (its first
    `OPENING_BLOCKS`) of at most `OPENING_WORDS` words."""
    lines = [norm_text(title or "")] + [
        t for t in (norm_text(o) for o in opening[:OPENING_BLOCKS]) if len(t.split()) <= OPENING_WORDS
    ]
    return [t for t in lines if t.strip()]


def _reads_as(genre: tuple[str, str] | None) -> str | None:
    """The officer's words for a paper of `genre` (its name, what it does instead), or None."""
    if genre is None:
        return None
    name, does = genre
    return f"this reads as {name} \N{EM DASH} {does}, not work done"


def own_deed(text: str, heading: str | None = None) -> bool:
    """Is the unit a deed the paper reports as its author's work: told in the first person outside a
    quotation ("In 2024 we held six workshops"), or under a heading that tells what was done ("What we
    did last year")?"""
    if heading and _PAST_HEADING.search(norm_text(heading)):
        return tells_deed(text)
    unquoted = _QUOTED.sub(" ", norm_text(text))
    return bool(_WE.search(unquoted)) and any(
        _deed_in(s) and _WE.search(s) for _, s in sentences(unquoted) if s.strip()
    )


def reports_no_work(title: str | None, units: Iterable[tuple[str, str | None]]) -> str | None:
    """Why the paper with this title reports no work, in words an officer reads ("this reads as a
    strategy — it states aims and duties, not work done": the genre `genre_said` names), or None;
    `units` are its units' texts, each with the heading of its section. Only a paper of the genre
    (`genre_said`) that reports no deed as its author's own (`own_deed`), tells at most `MAX_DEED_UNITS` other deeds
    (`tells_deed`, or a year before the latest the paper names, outside any plan) and in at least
    `MIN_INTENT_UNITS` units, and `MIN_INTENT_SHARE` of them, speaks of intentions, duties or what the
    body does as a rule (`tells_intent`). A plan with a section on what was done last year, or one
    telling "we held …", is read unit by unit as before."""
    said = [(t, h) for t, h in units if t and t.strip()]
    genre = genre_said(title, [t for t, _ in said]) if said else None
    if genre is None:
        return None
    years = [int(y) for t, _ in said for y in _YEAR.findall(norm_text(t))]
    latest = max(years, default=None)
    deeds = intent = 0
    for t, heading in said:
        if own_deed(t, heading):
            return None
        dated_past = latest is not None and any(int(y) < latest for y in _YEAR.findall(norm_text(t)))
        if tells_deed(t) or (dated_past and not _AHEAD.search(t)):
            deeds += 1
            if deeds > MAX_DEED_UNITS:
                return None
        else:
            intent += tells_intent(t)
    if intent >= MIN_INTENT_UNITS and intent >= MIN_INTENT_SHARE * len(said):
        return _reads_as(genre)
    return None


# A line that names the paper an agenda ("AGENDA", "Planning Commission Meeting Agenda", "Agenda for
# the meeting of the Board"), not one that names a part of one ("Agenda item 5", "Approval of the
# agenda", "Consent agenda", "Items not on the agenda") nor minutes kept with it ("Agenda and minutes").
_AGENDA_LINE = re.compile(
    r"^(?!.*\b(?:minutes|agenda items?\b\s*(?:no\.?\s*)?\d|(?:approv\w*|adopt\w*|changes to|review) of "
    r"(?:the )?agenda|(?:consent|tentative|addendum|supplementary) agenda|on (?:the|this) agenda)).*\bagenda\b",
    re.I,
)
# The business of a meeting to come, in the words its agenda gives it: the items every meeting has
# (call to order, roll call, apologies, declarations of interest, the minutes of the last meeting to
# approve, public comment, the consent calendar, any other business, the next meeting, adjournment),
# an item put as what the meeting is to do ("To receive …", "To consider …"), and a recommendation
# made to it ("Recommendation:", "Staff recommends …", "RECOMMENDED ACTION: Approve …").
_BUSINESS = re.compile(
    r"\b(?:call(?:ed)? (?:the )?(?:meeting )?to order|roll call|pledge (?:of allegiance|to (?:the )?flag)|"
    r"apologies(?: for absence)?|(?:declarations?|disclosures?) of (?:\w+ ){0,2}interests?|"
    r"(?:pecuniary|personal|prejudicial) interests?|(?:approv\w*|confirm\w*|adopt\w*) (?:of )?(?:the )?minutes|"
    r"minutes of (?:the )?(?:last|previous)|public (?:comments?|participation|questions|forum|hearings?)|"
    r"oral communications|audience participation|consent (?:calendar|agenda)|"
    r"any other (?:urgent )?business|(?:date|time) (?:and (?:time|place) )?of (?:the )?next meeting|"
    r"adjourn(?:ment|ed)?|exclusion of (?:the )?(?:press and )?public|closed session|recommended action|"
    r"(?:staff )?recommendations?\s*:|(?:staff|officers?) recommends?|it is recommended)\b|"
    r"^\W*(?:\w{1,6}[.)]?\s+)?(?:minutes\b|to (?:receive|consider|note|approve|agree|elect|appoint|confirm|"
    r"discuss|decide|determine|review|hear|answer|point out)\b)|"
    r"\((?:[^()]*\s)?(?:enclosed|attached|herewith|to follow)\)",
    re.I,
)
# What an account of a meeting says was done at it ("RESOLVED that …", "The minutes were approved",
# "Members noted the report"): minutes, not an agenda, whatever their cover says.
_RECORDED = re.compile(
    r"\bresolved\b|\b(?:was|were) (?:unanimously )?(?:agreed|approved|noted|received|adopted|carried|"
    r"resolved|elected|appointed)\b|\b(?:members?|councillors?|the (?:committee|council|panel|board|"
    r"commission|chair(?:man|person)?|meeting|partnership|authority))\s+(?:(?!(?:is|are|be|been|being|will|"
    r"to|may)\b)\w+\s+)?(?:noted|agreed|received|discussed|considered|welcomed|thanked|approved|heard|"
    r"reported|queried|questioned)\b",
    re.I,
)
# The most units of an agenda that may tell a deed outside its business and notices (a statute's
# history, a sentence of a notice), and the fewest items of business it lists.
MAX_AGENDA_DEEDS = 2
MIN_BUSINESS_UNITS = 3


def agenda_named(title: str | None, opening: list[str]) -> tuple[str, str] | None:
    """The genre of a meeting to come that the title or a short line of the opening (`_genre_lines`)
    names the paper — an agenda, or else a notice of meeting — or None."""
    lines = _genre_lines(title, opening)
    if any(_AGENDA_LINE.search(t) for t in lines):
        return _AN_AGENDA
    if any(_NOTICE_OF_MEETING_LINE.search(t) for t in lines):
        return _NOTICE_OF_MEETING[1], _NOTICE_OF_MEETING[2]
    return None


def business_to_come(
    title: str | None,
    opening: list[str],
    units: Iterable[tuple[str, str | None]],
    headings: Iterable[str] = (),
) -> str | None:
    """Why a paper that names itself an agenda or a notice of meeting (`agenda_named`) reports no
    work, in the officer's words (`_reads_as`), or None. A whole agenda lists the business of a
    meeting to come (at least `MIN_BUSINESS_UNITS` items of it among its `headings` and its units,
    `_BUSINESS`), records nothing done at it (`_RECORDED`), tells no deed as its author's own
    (`own_deed`) and at most `MAX_AGENDA_DEEDS` others outside its business and its notices to the
    public (`tells_deed`; a line, a caption in capitals, a notice to the reader or of what is to come
    is none). Its units can read as work to the kinds' patterns ("to receive required ethics
    training", "meetings are broadcast live", "approve the agreement"): what they say is to come. A
    report under an agenda item, minutes, or a pack whose reports tell work are read as before.
    `units` are the paper's units' texts, each with the heading of its section; `headings` the texts
    of all its headings, an item with nothing under it among them ("Apologies for absence")."""
    genre = agenda_named(title, opening)
    if genre is None:
        return None
    business = sum(bool(_BUSINESS.search(norm_text(h))) for h in set(headings))
    deeds = 0
    for t, heading in ((norm_text(t), h) for t, h in units if t and t.strip()):
        if _RECORDED.search(t) or own_deed(t, heading):
            return None
        if _BUSINESS.search(t):
            business += 1
        elif tells_deed(t) and not _line_or_notice(t):
            deeds += 1
            if deeds > MAX_AGENDA_DEEDS:
                return None
    return _reads_as(genre) if business >= MIN_BUSINESS_UNITS else None


# The most words of a unit that is a line of the page ("Dated: 8 December 2022.", "Agenda compiled by:
# Governance Services …"), not an account of anything done.
LINE_WORDS = 10
# A notice to the reader ("If you need assistance …", "Please note …", "Written materials … are
# available …"; "may" in lower case, not the month).
_TO_READER = re.compile(r"\b(?:you|your|please|(?-i:may)|available)\b", re.I)


def _line_or_notice(text: str) -> bool:
    """Is the unit a line of the page, a caption in capitals, or a notice to the reader or of what is
    to come, rather than a sentence telling something done?"""
    if len(text.split()) <= LINE_WORDS:
        return True
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return True
    return bool(_TO_READER.search(text) or _AHEAD.search(text))
