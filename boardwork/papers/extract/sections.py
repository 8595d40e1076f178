"""A paper's sections and units: what each heading says about the paragraphs under it (a theme,
background, or excluded: purpose, recommendations, implications, next year's plan …), and the
numbered paragraphs and bullets that are the units of work."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...lib.cycles import cycles_in
from ..document import Heading, ListItem, Paper, Paragraph, Table, clean
from .dates import Cycle
from .text import norm_text

_NUM_PREFIX = re.compile(
    r"^\s*(?:(?:section|part)\s+)?(?:\d+(?:\.\d+)*|[A-Za-z]|[ivxlc]+)[.)]?\s+(?=\S)", re.I
)
_FRONT = re.compile(
    r"^(?:purpose(?: of (?:the )?report)?|summary|executive summary|report summary|recommendations?|"
    r"actions?(?: required)?|decisions? required|decision|contact(?: officer| details)?|appendi(?:x|ces)\b.*|annex\b.*|"
    r"background papers|list of appendices|glossary|report author|wards? affected|key decision|is the report confidential\??|"
    r"reasons? for (?:the )?(?:recommendations?|decisions?)|alternative options(?: considered)?|for (?:information|decision|discussion|direction)|"
    r"links to .*|corporate priorities|document information|version control|sign[- ]off|references?|"
    # A web page's links to elsewhere ("Featured pages", "Related content") report nothing.
    # What the body is for ("Aim", "Our vision"): a standing statement, not work done in the period.
    r"(?:our |the |its )?(?:aims?|vision|mission)(?: (?:and|&) (?:objectives|values|aims?|vision))?|"
    r"featured (?:pages|content|links)|related (?:pages|links|content|documents|information|news)|useful links|"
    r"see also|further (?:information|reading)|more information|downloads|contact us|follow us|share this page|"
    # A meeting's decisions and its formalities are not work reported.
    r"resolved|resolutions?|decisions?|agreed|what (?:we|the \w+) (?:decided|agreed)|apologies(?: for absence)?.*|declarations? of interests?.*|"
    r"minutes (?:of|from)\b.*|(?:the )?(?:previous|last) (?:meeting'?s? )?minutes|matters arising\b.*)$",
    re.I,
)
# Who leads the body and speaks for it: a chair, a leader, a commissioner, a chief officer.
_LEADER = (
    r"(?:(?:vice[- ])?chair(?:man|woman|person| person)?|leader|president|mayor|commissioner|"
    r"chief (?:executive|officer|fire officer|constable))"
)
# A heading of the record's layout, not of its content: a web page of minutes labels the record of
# an item "Minutes:" ("Agenda item", "Item 36"); what is under it is the item itself.
_LAYOUT = re.compile(
    r"^(?:minutes|(?:agenda )?item(?: no\.?)?(?: \d+[a-z]?)?|draft minutes|record of (?:the )?meeting|"
    # A board's web page of decisions sets "What was discussed" over each item's summary.
    r"what was discussed|what (?:we|the \w+) discussed|"
    # A decision notice labels its statement "Decision summary" (or "Summary of decision"): what is
    # under it is the decision itself, under no theme (NOTES 584).
    r"decision summary|summary of (?:the )?decision|"
    # A foreword by the chair or the commissioner ("Chair and Vice Chair Foreword", "Commissioner's
    # foreword"): the paper's own work told by its leaders, under no theme of its own.
    r"(?:[\w'\u2019]+ ){0,5}foreword|foreword (?:by|from) [\w'\u2019., ]{1,80}|"
    # ("Forward" alone is the same heading misspelt: a report has no part called so.)
    r"forward|"
    # A meeting's opening formalities under one heading ("Welcome, apologies and declarations of
    # interest") and the last minutes' approval with the actions arising from them ("Approval of last
    # minutes and review of actions"): items of the meeting's order, not areas of the author's work;
    # what is under them (the chair's update, an action log's work done) is still read.
    r"(?:welcome|introductions?)\b.{0,40}\b(?:apologies|declarations?)\b.*|"
    r"(?:approval|confirmation|adoption) of (?:the )?(?:last |previous )?(?:meeting'?s? )?minutes\b.*|"
    # A parish or town council's agenda item set as what the meeting is to do with the last minutes'
    # matters ("To note matters arising from the minutes", "To receive any matters arising"): an item
    # of the meeting's order, not an area of work; what the clerk reports under it (a letter sent, a
    # reply awaited) is read under no theme (NOTES 2970).
    r"to (?:note|receive|consider|review|report) (?:any )?matters arising\b.*)$",
    re.I,
)
# A part of a report that is no subject of its work: the leader's words set as a part of their own,
# as a foreword is ("Chair's Announcements", "Chairman's remarks", "Welcome from our Chair", "A
# message from the Commissioner"), and the report's summary of what it tells, named as such
# ("Summary of progress", "Report highlights"). What is under it is read as under a theme (the
# activity model was trained on such parts read so), but it names no theme (`Section.part`).
_REPORT_PART = re.compile(
    r"^(?:(?:the )?"
    + _LEADER
    + r"(?:'s|s'|\u2019s|s\u2019)? (?:announcements|remarks|welcome|message|introduction|statement)|"
    r"(?:an? )?(?:welcome|message|introduction) from (?:our |the |your )?(?:[\w'\u2019-]+ ){0,3}?"
    + _LEADER
    + r"|summary of (?:our )?progress|progress summary|(?:(?:report|key|the year'?s?) )?highlights)$",
    re.I,
)
# A cover report's own section of the issues it raises ("Key issues", "Main issues", "Issues for
# consideration"), with the sub-heads under it ("3. Key issues" / "3.1 Capacity and resource"): the
# report's points in the order it argues them, not the board's priority areas (a work plan's or a
# report's against priorities, which the keys take as themes). What is under it is read as under a
# theme, as a report's body is, but it names none (`Section.part`).
_REPORT_ISSUES = re.compile(
    r"^(?:(?:the )?(?:key |main )?issues(?: (?:for (?:consideration|decision|discussion)|arising))?)$", re.I
)
# A heading that names what is under it as the body's deeds done ("What did we do?", "What we have
# delivered", "Our achievements", "Key achievements 2023/24", "Highlights of the year"), not what the
# body does or will do ("What we do", "What we will do", "Future highlights"): its items are work
# done, however short ("hate crime awareness training"), which the activity model takes for a list of
# topics (`pipeline.Candidate.told_done`).
_DEEDS_HEADING = re.compile(
    r"^\W*(?:what\s+did\s+we\s+(?:do|deliver|achieve)|"
    r"what\s+we(?:\s+have|['\u2019]ve)?\s+(?:did|done|delivered|achieved)|"
    r"(?:(?:our|key|main)\s+){0,2}(?:achievements|successes|accomplishments|highlights)"
    r"(?:\s+(?:of|in|for|during|over)\s+(?:the\s+|this\s+|our\s+)?(?:\S+\s*){0,3})?"
    r"(?:\s+\d{4}(?:\s*[/\u2013-]\s*\d{2,4})?)?)\W*$",
    re.I,
)
# Of those, the ones that label the work rather than name a part of it, so a part of the report
# (`Section.part`) that names no theme, as "Highlights" and "Report highlights" are: the reader's
# question ("What did we do?", as "What was discussed" labels a decision page's items) and the
# achievements named as a list ("Our achievements", "Key achievements 2023/24", "Highlights of the
# year"). A heading that says what the body did ("What we achieved", "What we did in 2015/16") names
# the part of the report it heads: the keys keep it as a theme (NOTES 1959).
_DEEDS_LABEL = re.compile(
    r"^\W*(?:what\s+did\s+we\s+(?:do|deliver|achieve)|"
    r"(?:(?:our|key|main)\s+){0,2}(?:achievements|successes|accomplishments|highlights)"
    r"(?:\s+(?:of|in|for|during|over)\s+(?:the\s+|this\s+|our\s+)?(?:\S+\s*){0,3})?"
    r"(?:\s+\d{4}(?:\s*[/\u2013-]\s*\d{2,4})?)?)\W*$",
    re.I,
)


def is_deeds_heading(title: str | None) -> bool:
    """Does the heading, numbered or not, name what is under it as the body's deeds done
    (`_DEEDS_HEADING`)?"""
    return bool(_DEEDS_HEADING.match(_NUM_PREFIX.sub("", clean(norm_text(title or ""))).strip()))


# A meeting's item named by those who report to it ("Portfolio Holder's Reports and Performance
# Dashboard", "Cabinet Member's Update", "Leader's Report", or the member alone): the teller, not an
# area of the work; what is under it is read, under no theme, as a minute's item named by its paper is.
_TELLERS_REPORT = re.compile(
    r"^(?:the )?(?:portfolio[- ]holders?|cabinet members?|executive members?|lead members?|leader|chair(?:man)?)"
    r"(?:'s|s'|\u2019s|s\u2019)?\s+(?:reports?|updates?)\b"
)
# (the member alone, over the report a minute records: "Cllr Blunden", "Cllr J. Ames"; by the short
# title only, as "Councillor Development" or "Councillor and Stakeholder engagement" is a theme)
_MEMBER_ALONE = re.compile(r"^Cllr\.?\s+(?:[A-Z][\w'.-]*\s+)?[A-Z][\w'-]+$")
# A heading of the body's own money ("Financial position", "Budget update", "Finance report"): its
# accounts, not an area of its work; what is under it is read, under no theme.
_OWN_MONEY = re.compile(
    r"^(?:the )?(?:financial|finance|budget) (?:position|update|monitoring|report|summary|statement|outturn)s?$"
)
# A heading about a report's implications: the word itself, or a topic alone or with "impact" and
# the like ("Equalities", "Risk management") — not a theme that starts with such a word
# ("Equality and community cohesion", "Climate change adaptation").
_IMPLICATIONS = re.compile(
    r"implications|^(?:financial|finance|legal|equalit(?:y|ies)(?: and diversity)?|risks?|resources?|staffing|"
    r"human resources|environmental|climate|procurement|sustainability(?: or environmental impact)?|"
    r"data protection|health and safety)"
    r"(?:\s+(?:impacts?|considerations?|issues|assessments?|management|comments|analysis|and \w+ impacts?))?$|"
    r"^(?:consultation with|consultees|comments of|statutory officer|monitoring officer|section 151|assessment of risk)",
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


_DECISION = re.compile(r"^\W*(?:decisions?|resolved|resolutions?|agreed)\W*$", re.I)
_SUMMARY = re.compile(r"^\W*(?:executive |report )?summary\W*$", re.I)


def is_summary(title: str | None) -> bool:
    """Is this heading a report's summary ("Executive Summary", "Summary")?"""
    return bool(_SUMMARY.match(title or ""))


_PURPOSE = re.compile(r"^\W*purpose(?: of (?:the |this )?report)?\W*$", re.I)


def is_purpose_or_summary(title: str | None) -> bool:
    """Is this heading, numbered or not, a report's purpose or its summary ("1. Purpose", "Executive
    summary")?"""
    bare = _NUM_PREFIX.sub("", clean(title or ""))
    return is_summary(bare) or bool(_PURPOSE.match(bare))


@dataclass
class Section:
    title: str | None
    role: str  # "theme", "background", "excluded", "untitled"
    level: int = 2
    # A part of the report read as a theme's section is, that names no theme (`_REPORT_PART`).
    part: bool = False

    @property
    def theme(self) -> str | None:
        """The theme the section names: its title, where it is a theme's and no report's part."""
        return self.title if self.role == "theme" and not self.part else None


# How the paper's own study was done ("Methodology", "Survey method", "About the survey"): the work
# itself, told step by step, wherever it stands (research reports set it under their summary).
_METHOD = re.compile(
    r"^(?:(?:research|survey|study|evaluation|review) )?(?:methodology|methods?|approach)$|"
    r"^about (?:the|this|our) (?:survey|research|study|evaluation|consultation)$",
    re.I,
)


# A news item's headline telling a deed in the present, its doer first in capitals ("LAMA Puts Forward
# Suggestions to …", "Commissioner Launches Annual Report", "NILGA Group Meets Minister of State"): the
# item's headline in a newsletter or a news page, not a theme of the author's work (no development key
# names one as a theme; round r34, NOTES 3600). The verb is one of the genre's headline verbs, in the
# third person with its capital, so a topic heading ("Community Safety Plans", "Partners and Networks")
# stays a theme.
_HEADLINE_DEED = re.compile(
    r"^(?:[A-Z][\w&'.-]*\s+){1,5}(?-i:Puts|Launches|Wins|Calls|Welcomes|Responds|Publishes|Sets|Hosts|Holds|"
    r"Backs|Urges|Secures|Announces|Makes|Meets|Takes|Steps|Gives|Joins|Signs|Writes|Lobbies|Presses|Submits|"
    r"Delivers|Brings|Opens|Celebrates|Unveils|Receives|Marks|Helps|Warns|Reveals|Appoints|Elects)\s+\S"
)


def classify_heading(text: str, cycle: Cycle, parent: Section | None = None, level: int = 2) -> Section:
    """What a section heading says about the paragraphs under it."""
    title = clean(norm_text(text))
    bare = _NUM_PREFIX.sub("", title).strip(" :.")
    low = bare.lower()
    if _METHOD.match(low):
        # (read as the paper's own work, but not a theme of it: a layout heading, as "Minutes:" is)
        return Section(title, "untitled", level)
    if parent is not None and level > parent.level and parent.role in ("excluded", "background"):
        return Section(title, parent.role, level)
    if parent is not None and level > parent.level and parent.part and is_report_issues(parent.title):
        return Section(title, "theme", level, part=True)
    if _LAYOUT.match(low) or _OWN_MONEY.match(low) or _TELLERS_REPORT.match(low) or _MEMBER_ALONE.match(bare):
        return Section(title, "untitled", level)
    if _HEADLINE_DEED.match(bare):
        return Section(title, "untitled", level)
    if _FRONT.match(low) or _IMPLICATIONS.search(low):
        return Section(title, "excluded", level)
    cycles = cycles_in(bare)
    if cycle.start is not None and cycles and max(cycles) > cycle.start:
        return Section(title, "excluded", level)
    if _PLANNING.search(low):
        return Section(title, "excluded", level)
    if _BACKGROUND.match(low):
        return Section(title, "background", level)
    part = _REPORT_PART.match(low) or _DEEDS_LABEL.match(low) or _REPORT_ISSUES.match(low)
    return Section(title, "theme", level, part=bool(part))


def is_report_issues(title: str | None) -> bool:
    """Is the heading, numbered or not, a cover report's section of its issues (`_REPORT_ISSUES`)?"""
    return bool(_REPORT_ISSUES.match(_NUM_PREFIX.sub("", clean(norm_text(title or ""))).strip(" :.")))


@dataclass
class Unit:
    number: str | None
    text: str
    section: Section
    is_item: bool = False
    lead: bool = False  # a paragraph that introduces a list ("… and we have:")
    items: list[Unit] = field(default_factory=list)
    # A date told before the unit for the work it tells (`pipeline._times_told`): an event's time
    # paragraph above it, or the page's own day for its opening deed. Used where its text has none.
    told: str | None = None


# A paragraph that opens with a front-matter label of its own ("Purpose: to seek agreement to …",
# "Reasons for the decision: …") is that section set inline, as decision records and issue pages
# print them: it says what the paper is for, not what was done.
_INLINE_LABEL = re.compile(r"^([A-Za-z][A-Za-z' ]{1,48}):\s+\S")


def front_label(text: str) -> str | None:
    """The front-matter label a paragraph opens with ("Purpose"), or None."""
    m = _INLINE_LABEL.match(text)
    if m is None:
        return None
    label = m.group(1).strip()
    low = label.lower()
    if _FRONT.match(low) or _IMPLICATIONS.search(low):
        return label
    return None


def is_numbered(paper: Paper) -> bool:
    """Does the paper number its paragraphs? In one that does not (minutes, a web page), every
    paragraph is a unit, with no number: a paragraph's number is only ever the one printed. A run
    of numbered lines that only lists topics under a lead ending in a colon ("… on the following
    issues:" over "1. Homes for Ukraine scheme", "2. Planning") is a numbered list in an
    unnumbered paper, not its paragraphs' numbers. So is a run of numbered lines under a lead that
    puts a decision or a recommendation to the meeting ("That Cabinet resolves to:", "RESOLVED that
    the Committee:", "Members are recommended to:"): the decision's own items, in minutes or an
    issue page that number nothing else. So is a run under a lead over the points a submission or a
    response made (`_POINTS_LEAD`) when the run counts from one: a run that goes on from the
    paragraphs before it ("2.", "3." after a numbered "1.") is the paper's own numbering."""
    lead = False  # in a run of numbered lines right under a lead ending in a colon
    decision = False  # … and that lead puts a decision or a recommendation to the meeting
    points = False  # … or is a lead over the points made, and its run counts from one
    first = False  # the next numbered line is the first of the run
    for b in paper.blocks:
        if not isinstance(b, Paragraph):
            lead = decision = points = False
            continue
        if not b.number:
            text = clean(b.text)
            lead = text.endswith(":")
            decision = lead and bool(_DECISION_LEAD.match(text))
            points = lead and bool(_POINTS_LEAD.search(text))
            first = True
            continue
        if first:
            points = points and bool(_FIRST_OF_A_COUNT.fullmatch(b.number))
            first = False
        if not (decision or points or (lead and _TOPIC_LINE.match(clean(b.text)))):
            return True
    return False


# A list's first number: "1", "1.", "(1)", "1)".
_FIRST_OF_A_COUNT = re.compile(r"\W*0*1\W*")


# A lead over the points a submission or a response made, ending in a colon ("In its submission the
# association made these points:", "We raised the following points:"): the points are its list, in
# a page that numbers nothing else, not the paper's paragraph numbers (NOTE 3702).
_POINTS_LEAD = re.compile(
    r"\b(?:these|the\s+following|following|its|our|their|the|key|main)\s+(?:[a-z]+\s+){0,2}points\s*:$", re.I
)


# A lead putting a decision or a recommendation to the meeting, ending in a colon: "That Cabinet
# resolves to:", "RESOLVED – that the Panel:", "It is recommended that the Board:", "Recommendations:",
# "The Committee is asked to:", "Members are recommended to:".
_DECISION_LEAD = re.compile(
    r"^\W*(?:(?:it\s+(?:is|was)\s+)?(?:resolved|recommended|agreed|decided)\b[^.;]{0,80}|"
    r"that\s+[^.;]{0,60}?\b(?:resolves?|agrees?|decides?|approves?|notes?)\b[^.;]{0,40}|"
    r"recommendations?|decisions?(?:\s+made)?|"
    r"[^.;]{0,60}?\b(?:is|are)\s+(?:therefore\s+)?(?:asked|invited|recommended|requested)\s+to\b[^.;]{0,40})"
    r"\s*:$",
    re.I,
)


# A meeting's minutes, by the paper's title ("Minutes", "Minutes of the meeting held …").
_MINUTES_TITLE = re.compile(r"^\W*minutes\b", re.I)
# The label a meeting's published record sets before each item's minute ("Agenda item / Scrutiny
# Work Programme 2021/22 / Minutes: / The Committee considered …").
_MINUTES_LABEL = re.compile(r"^\W*minutes\W*$", re.I)
# An agenda's item "Minutes" asks the meeting to confirm an earlier meeting's minutes: its text
# names them ("To confirm the minutes of the meeting held on …").
_EARLIER_MINUTES = re.compile(r"\bminutes\b", re.I)


def reads_as_minutes(paper: Paper) -> bool:
    """Is `paper` a meeting's minutes, or the minute of one of its items? By its title ("Minutes of
    the meeting …") or by the "Minutes" label a meeting's published record sets before an item's
    minute, whatever the item's own title names (a minute of an item "Work Programme 2021/22" is
    minutes, not a work plan). An agenda's item "Minutes" (to confirm an earlier meeting's) is not
    such a label."""
    if _MINUTES_TITLE.match(clean(paper.meta.title or "")):
        return True
    blocks = paper.blocks
    for i, b in enumerate(blocks):
        if isinstance(b, Heading) and _MINUTES_LABEL.match(b.text):
            nxt = next((x for x in blocks[i + 1 :] if isinstance(x, (Paragraph, ListItem))), None)
            if nxt is not None and not _EARLIER_MINUTES.search(nxt.text):
                return True
    return False


# An item title naming a paper ("… Document", "… Update Report", "… Paper").
# (The period it covers may follow: "Performance Report - 2022-23 Quarter 4", "Update Report Q2 2024/25".)
_DOCUMENT_ITEM = re.compile(
    r"\b(?:[Dd]ocument|[Rr]eport|[Pp]aper)"
    r"(?:\W+(?:(?:19|20)\d\d(?:\W(?:19|20)?\d\d)?|[Qq]uarter \d|[Qq]\d|[Hh]alf[- ]year|[Yy]ear[- ]end|[Mm]id[- ]year)){0,3}\W*$"
)


# A paragraph that carries on the one before it: it opens in lower case, mid-sentence.
_CARRIED_ON = re.compile(r"^[\W\d]*[a-z]")


# A listed topic: a short phrase, not a sentence (no final stop, at most ten words).
_TOPIC_LINE = re.compile(r"^(?!(?:\S+\s+){10})[^.;:]+$")


def is_prose(text: str) -> bool:
    """A sentence of the text, not a cover's line ("Report of the Chief Fire Officer"): eight words
    or more."""
    return len(clean(text).split()) >= 8


def opens_with_prose(paper: Paper) -> bool:
    """Does the paper's text open with a sentence, before any heading or list (a news page stored
    without its headline opens so)?"""
    first = next((b for b in paper.blocks if isinstance(b, (Heading, Paragraph, ListItem))), None)
    return isinstance(first, Paragraph) and is_prose(first.text)


def build_units(paper: Paper, cycle: Cycle) -> tuple[list[Unit], list[tuple[Section, list[str]]]]:
    """Units in document order and, per section, the paragraph numbers under it."""
    numbered = is_numbered(paper)
    # Minutes, or the record of one item of a meeting (an issue page, a decision record: the item's
    # number in its metadata), whose item heading names the report the meeting took.
    minutes = bool(_MINUTES_TITLE.match(clean(paper.meta.title or ""))) or bool(paper.meta.item)
    units: list[Unit] = []
    sections: list[tuple[Section, list[str]]] = []
    title = clean(paper.meta.title or "")
    section = Section(None, "untitled")
    stack: list[Section] = []
    current_number: str | None = None
    # Whether current_number is a list item's own letter or number, not a numbered paragraph's.
    item_label = False
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
                if minutes and section.role == "theme" and _DOCUMENT_ITEM.search(section.title or ""):
                    # A minute's item named by the paper it took ("Lobbying Document", "Brexit:
                    # Update Report") is business taken, not a theme of the author's work.
                    section = Section(section.title, "untitled", section.level)
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
        if isinstance(b, Paragraph) and not b.number and _METHOD.match(text.strip(" :.").lower()):
            # A method label read as a paragraph ("Methodology" over its bullets): the section it names.
            section = classify_heading(text, cycle, section, section.level + 1)
            stack.append(section)
            sections.append((section, []))
            current_number, last_para = None, None
            continue
        if isinstance(b, Paragraph):
            if b.number and section.role == "excluded" and _SUMMARY.match(section.title or ""):
                # Numbered paragraphs under "Summary" are the report itself (a short paper's body),
                # not a cover summary of it.
                section = Section(section.title, "untitled", section.level)
            if numbered:
                if b.number:
                    current_number = b.number
                elif last_para is not None and not last_para.items:
                    if _CARRIED_ON.match(text):
                        # A sentence carried over a break ("… the Board / agreed to …") is the same
                        # paragraph.
                        last_para.text = f"{last_para.text} {text}"
                        continue
                    # A paragraph of its own under a numbered one (a resolution, an officer's account, a
                    # fund launched) is its own unit, with no number: a number is only the one printed.
                    current_number = None
            else:
                current_number = None
            item_label = False
            u = Unit(current_number, text, section)
            units.append(u)
            last_para = u
            if current_number and current_number not in sections[-1][1]:
                sections[-1][1].append(current_number)
        else:  # ListItem
            if (
                b.number
                and getattr(b, "depth", 1) <= 1
                and section.role == "excluded"
                and _DECISION.match(section.title or "")
            ):
                # A minute's "Decision" covers its own lines; the next lettered or numbered item of the
                # minutes ("b. Culture, Tourism & Sport Board – Cllr …") opens the next report.
                section = Section(None, "untitled", section.level)
                sections.append((section, []))
                last_para = None
            if last_para is not None and (
                last_para.lead or last_para.text.rstrip().endswith((":", "-", "including"))
            ):
                last_para.lead = True
                u = Unit(last_para.number, text, section, is_item=True)
                last_para.items.append(u)
            else:
                if not numbered:
                    # A lettered item ("(a) Between August and October …") keeps its own label.
                    current_number = b.number
                elif b.number and (not current_number or item_label):
                    # Items labelled under a heading with no numbered paragraph above them in the
                    # section ("Commission Member Reports" / "a. …" / "b. …") are units of their own,
                    # as in a paper with no numbers; under a numbered paragraph they are its
                    # sub-items and carry its number.
                    current_number, item_label = b.number, True
                u = Unit(current_number, text, section, is_item=True)
                if current_number and current_number not in sections[-1][1]:
                    sections[-1][1].append(current_number)
            units.append(u)
    return units, sections
