"""The whole paper: one pass over its units, putting the parts together into an `Extraction`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, NamedTuple

from ...lib.dates import PartialDate
from ..document import Heading, ListItem, Paper, Paragraph, clean
from ..extraction import ActivityFound, Extraction, OrganisationFound, PaperInfo, ReadAs, ThemeFound
from . import orgindex
from . import unsure as unsure_notes
from .dates import Cycle, detect_cycle, news_deed_told, news_lead_date, resolve_date, time_told
from .events import QUOTATION, QUOTED, Told, event_continuations
from .intentions import OPENING_BLOCKS, business_to_come, nothing_found_note, reports_no_work, tells_deed
from .kinds import (
    COUNTED_ANSWERS,
    POINTER,
    PRESS_CONTACT,
    action_cues,
    announced_kinds,
    classify,
    counts_help,
    gives_help,
    item_kinds,
    listed_deed_kinds,
    minute_pluperfect_deed,
    others_or_proceedings,
    partner_update,
    press_by_lede_only,
    study_found,
    with_counterpart,
)
from .knowledge import generic_bodies, load_policies
from .model import FUTURE, ActivityModel, UnitView, shipped_model
from .organisations import (
    INFERRED_WEAKLY,
    LISTED_BODIES_LEAD,
    Gazetteer,
    OrgMatch,
    PaperOrgs,
    default_gazetteer,
    learn_paper_orgs,
    listed_body_name,
    spokesperson_of,
    stated_bodies,
)
from .people import find_nations, find_people, named_on_the_page, page_people
from .plan import find_plan
from .policies import PolicyContext, find_policies
from .sections import (
    Section,
    Unit,
    build_units,
    classify_heading,
    front_label,
    is_deeds_heading,
    is_numbered,
    is_prose,
    is_purpose_or_summary,
    is_summary,
    opens_with_prose,
)
from .text import is_future, norm_text, plain, sentences

# Organisations read from the form of a name ("… City Council", "East of England LGA", an acronym
# the paper defines) rather than from the list of known ones: right most of the time, not always.
NEW_ORG_VIAS = ("generic", "prefixed", "learned", "branch")
_DUTY_LEAD = re.compile(
    # (a list of proposals, "The proposals came under three headings:", is a plan, often another's)
    r"\b(?:will|shall|must|should|in order to|so as to|aims? to|for the purpose of|(?:the|its|their) proposals\b|"
    r"(?:is|are) (?:required|expected|responsible) (?:to|for)|"
    # (a recommendation's lead, "The Cabinet Member is RECOMMENDED to:": what a decision would do)
    r"(?:is|are) (?:recommended|asked|invited|requested) to|(?:roles?|duties|responsibilities|tasks|functions|"
    r"powers) (?:include|includes|are)|statutory (?:tasks|duties|functions|requirements)|"
    # (a list of priorities or aims, "Our current strategy's priority areas are:", "The plan has four
    # priorities:": what is to be worked on, not work done)
    r"(?:priorit(?:y|ies)|priority areas|aims|objectives|ambitions)\s+(?:are|include|includes|will be)|"
    r"\bha(?:s|ve)\s+(?:\w+\s+)?(?:key\s+|main\s+|strategic\s+)?(?:priorities|aims|objectives))\b[^.!?]*:?\s*$",
    re.I,
)
# A lead saying how the body goes about its work ("The DCN adds value for its members by:", "We do
# this through:"): its items are the body's ways of working, not deeds, unless the lead is in the
# past ("We achieved this by:").
_MEANS_LEAD = re.compile(r"\b(?:by|through|via)\s*:\s*$", re.I)
_PAST_LEAD = re.compile(r"\b(?:has|have|had|was|were|did|\w{3,}ed)\b", re.I)
_TOPIC_LEAD = re.compile(
    r"\b(?:highlighted|covered|outlined|summarised|touched on|included|drew attention to)\b[^.!?:]*:\s*$",
    re.I,
)
# A lead whose subject is the body's deeds ("Actions have included:", "Our achievements this year
# included:", "Highlights of the year included:"): its items are those deeds, told as nouns ("The
# launch of a new helpline"), not topics a presenter named.
_DEEDS_INCLUDED = re.compile(
    r"\b(?:actions?|achievements?|successes|highlights|accomplishments|milestones|activities|work)\b"
    r"[^.!?:]{0,60}?\b(?:(?:has|have|had)\s+(?:also\s+)?)?included\s*:\s*$",
    re.I,
)
# (r34, NOTES 3750) A lead that tells its list as the body's work done, each item a deed with the
# lead as its subject (`kinds.listed_deed_kinds`): the deeds named ("Achievements this year include:",
# "Highlights:", "Key successes in 2024/25 were:", "Our work over the year included:", "What we did:"),
# the body itself as the subject of the items ("We have:", "This year we:", "Over the year the
# Partnership:", "The Board has also:") or a past verb of doing ("We delivered the following:").
_DEEDS_NOUN = (
    r"(?:achievements?|successes|highlights|accomplishments|outputs|milestones|"
    r"(?:activities|actions|work|projects|initiatives)(?=[^.!?:]{0,60}?\b(?:included|have included|has included|"
    r"were|undertaken|carried out|delivered|completed|during|over|(?:this|last|the past) year|in 20\d\d)\b))"
)
_LEAD_END = r"\s*(?::-?|\u2013|\u2014)\s*$"
_DEED_VERB_LEAD = (
    r"(?:made|did|achieved|delivered|completed|carried out|undertaken|worked|helped|supported|secured|won)"
)
_WORK_LEAD = re.compile(
    # the deeds named: "Highlights include:", "Key successes in 2025/26 were:", "Our work this year included:"
    r"(?:^\W*|\b(?:our|the|its|their|key|main|some|other|notable|major|recent|year's|year\u2019s|of)\s+)"
    r"(?:[\w-]+\s+){0,2}?" + _DEEDS_NOUN + r"\b[^.!?:]{0,80}?" + _LEAD_END + r"|"
    r"\bwhat\s+(?:we|the\s+\w+)\s+(?:did|(?:have|has)\s+(?:done|achieved|delivered))\b[^.!?:]{0,60}?"
    + _LEAD_END
    + r"|"
    # the body as the items' subject: "We have:", "This year we:", "Over the year the Partnership:",
    # "In 2025/26 Riverton Fire and Rescue Service have:"
    r"\b(?:we|(?:the|our)\s+(?:(?-i:[A-Z])[\w&'-]*\s+){0,4}?(?-i:[A-Z])[\w&'-]*)(?:\s+(?:have|has))?(?:\s+also)?"
    r"(?:\s+(?:delivered|achieved|completed|carried out|undertaken|done)\b[^.!?:]{0,40}?)?" + _LEAD_END + r"|"
    r"\b(?-i:[A-Z])[\w&'-]*(?:\s+(?:(?:&|and|of|for)\s+)?(?-i:[A-Z])[\w&'-]*){0,6}\s+(?:have|has)(?:\s+also)?"
    + _LEAD_END
    + r"|"
    # the year alone: "During the year:", "Over the past twelve months:"
    r"^\W*(?:during|over|throughout|in)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:year|twelve months|12 months)\b[^.!?:]{0,20}?"
    + _LEAD_END
    + r"|"
    # a past deed told of the list: "Here are some of the ways we made a difference:", "We delivered the following:"
    r"\b(?:we|it|they|our\s+(?:[\w&'-]+\s+){0,3}?[\w&'-]+|the\s+(?:(?-i:[A-Z])[\w&'-]*\s+){0,3}?(?-i:[A-Z])[\w&'-]*)"
    r"\s+(?:have\s+|has\s+)?(?:also\s+)?" + _DEED_VERB_LEAD + r"\b[^.!?:]{0,80}?" + _LEAD_END,
    re.I,
)
# What such a lead must not be: aims, priorities, plans, members, agenda items, recommendations,
# risks or work to come ("Our priorities for next year are:", "Members of the Board:").
_NOT_WORK_LEAD = re.compile(
    r"\b(?:aims?|priorit(?:y|ies)|plans?|planned|objectives?|ambitions?|targets?|members?|membership|agenda|"
    r"recommend\w*|risks?|challenges?|issues|concerns|next|future|forthcoming|upcoming|coming|proposed|"
    r"proposals?|terms of reference|purpose|roles?|duties|responsibilities|will|shall|would|should|must|"
    r"intend\w*|hope|aspire\w*|want|asked|invited|requested|points|comments|questions|observations|"
    r"discussion|discussed|findings|found)\b|"
    # (a paper or a speaker telling its topics: "The report highlights:")
    r"\b(?:report|paper|document|presentation|update|officer|speaker|it|this|he|she|they)\s+(?:also\s+)?"
    r"(?:highlights|outlines?|summarises|covers)\b",
    re.I,
)


def _last_sentence(text: str) -> str:
    """A lead's own sentence, the last of its paragraph (at most 200 characters of it)."""
    return re.split(r"(?<=[.!?])\s+(?=\W*[A-Z])", text[-300:])[-1][-200:]


def _work_items(units: list[Unit]) -> set[int]:
    """Items of a list its lead tells as the body's work done (`_WORK_LEAD`, not an aim, a plan, a
    membership or work to come) or of a list under a heading of the body's deeds
    (`sections.is_deeds_heading`)."""
    out = {
        id(it)
        for u in units
        if u.items
        and (last := _last_sentence(u.text))
        and _WORK_LEAD.search(last)
        and not _NOT_WORK_LEAD.search(last)
        and not is_future(last)
        for it in u.items
    }
    return out | {id(u) for u in units if u.is_item and is_deeds_heading(u.section.title)}


_FINITE = re.compile(
    r"\b(?:had|has|have|was|were|is|are|did)\b|\b(?:held|ran|met|led|made|gave|took|sent|won|began|spoke|\w{3,}ed)\b"
)
# Participles often used as adjectives: after another word ("four detailed evidence reports", "a
# shared approach") they are not the item's verb; first in the item ("Shared the findings …") they are.
_ADJECTIVE_PARTICIPLES = frozenset(
    "based called named related dedicated integrated shared focused targeted required needed concerned involved "
    "interested skilled experienced detailed limited united linked associated aligned".split()
)


def _has_finite(clause: str) -> bool:
    """Does an item's own clause have a verb of its own (so it reports something, not a topic)?"""
    for m in _FINITE.finditer(clause):
        if m.group(0).lower() in _ADJECTIVE_PARTICIPLES and clause[: m.start()].strip(" \t-\u2022*"):
            continue
        return True
    return False


def _first_clause(text: str) -> str:
    """An item's own clause: after a label ("Hate Crime Awareness Week: …"), up to its first comma."""
    text = text.split(":", 1)[1] if ":" in text[:60] else text
    return re.split(r",\s|;|\(", text, maxsplit=1)[0]


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")
# A resolution ("That a public consultation exercise be undertaken …", "That the Review was considered
# and its conclusions endorsed"): the decision of the meeting, not work it reports.
_RESOLUTION = re.compile(r"^\W*That\s+(?!(?:year|month|week|day|same|time|summer|autumn|winter|spring)\b)")


def extract(
    paper: Paper,
    *,
    gazetteer: list[dict[str, Any]] | None = None,
    author: str | None = None,
    board_body: str | None = None,
    policies: dict[str, Any] | None = None,
    recorded: dict[str, Any] | None = None,
    trained_model: bool = False,
) -> dict[str, Any]:
    """A `boardwork.extraction/1` dict for `paper`: `extract_typed(...).to_dict()`; with
    `trained_model` the rules and the shipped activity model (what an import uses), else the rules
    alone."""
    return extract_typed(
        paper,
        gazetteer=gazetteer,
        author=author,
        board_body=board_body,
        policies=policies,
        recorded=recorded,
        trained_model=trained_model,
    ).to_dict()


def extract_typed(
    paper: Paper,
    *,
    gazetteer: list[dict[str, Any]] | None = None,
    author: str | None = None,
    board_body: str | None = None,
    policies: dict[str, Any] | None = None,
    recorded: dict[str, Any] | None = None,
    trained_model: bool = False,
) -> Extraction:
    """What `extract` writes as JSON, typed, with what is kept beside the schema (`Extraction.no_work`,
    which an import shows its officer): the same arguments."""
    return extraction_of(
        paper,
        gazetteer=gazetteer,
        author=author,
        board_body=board_body,
        policies=policies,
        recorded=recorded,
        model=shipped_model() if trained_model else None,
    )


def extraction_of(
    paper: Paper,
    *,
    gazetteer: list[dict[str, Any]] | None = None,
    author: str | None = None,
    board_body: str | None = None,
    policies: dict[str, Any] | None = None,
    recorded: dict[str, Any] | None = None,
    model: ActivityModel | None = None,
) -> Extraction:
    """What `paper` says its board did and plans to do.

    gazetteer: organisations to recognise (the shape of `organisations.json`); defaults to the
        shipped list. To add organisations learned elsewhere pass `load_gazetteer() + learned`.
    author: the body that wrote the paper, when the caller knows it for certain (left off its own
        activities; nothing in the paper is asked who wrote it); without it, who wrote the paper is
        read from the paper (`paper_orgs`): its letterhead or `meta.body` (a board inside a larger
        body means the larger body), a byline, the "we" body, the body it names most.
    board_body: the body of the board the paper is imported into (what an import gives, ADR 0015):
        the author of a paper the paper itself says is this body's (or a body's inside it), or that
        says nothing of its author but names this body; a paper that names another body as its own
        is that body's, and this body is then no organisation of its activities nor of the paper.
    policies: policy knowledge (the shape of `policies.json`); defaults to the shipped file.
    recorded: organisations recorded beyond the gazetteer, in an `orgindex` file ({"path": …,
        "upto": …}): those of them the paper may name are added to the gazetteer.
    model: a trained activity classifier (`model.shipped_model()`, see ADR 0013) to add the units
        the rules passed over that it finds likely, flagged unsure, and drop the rule activities it
        finds very unlikely, in a paper its gate allows (`additions_open`); None (the default) for
        the rules alone. An import passes the shipped one (`extract(..., trained_model=True)`, ADR
        0013, 2026-12-04, the gate).
    """
    read = read_paper(
        paper,
        gazetteer=gazetteer,
        author=author,
        board_body=board_body,
        policies=policies,
        recorded=recorded,
        for_model=model is not None,
        model_adds=model is not None and model.add_at <= 1.0,
        add_share_max=1.0 if model is None else model.add_share_max,
    )
    if read.no_work is not None:
        # A paper of intentions, duties or business to come (`intentions.reports_no_work`): whatever
        # its units read as to the rules or the model, nothing in it is proposed as work done; why
        # goes with the extraction, for the officer who imports it.
        return replace(assemble(paper, read, []), no_work=read.no_work)
    if model is None:
        return _said_why_nothing(paper, assemble(paper, read, select(read.candidates)))
    for c in read.candidates:
        if c.view is not None:  # read for the model: every unit, or only the rules' activities
            c.probability = model.probability(c.view)
    chosen = select(read.candidates, model.add_at, model.veto_below, model.add_share_max)
    return _said_why_nothing(paper, assemble(paper, read, chosen))


def _said_why_nothing(paper: Paper, found: Extraction) -> Extraction:
    """`found`, with why nothing was found (`Extraction.no_work`, `intentions.nothing_found_note`)
    when it has no activity, theme or plan and the paper's title or opening names a genre that tells
    no work (a notice of meeting, an agenda, a schedule of meetings …). Only the note is added: what
    was found is left as it is."""
    if found.activities or found.themes or found.plan is not None:
        return found
    note = nothing_found_note(clean(paper.meta.title or ""), _opening(paper))
    return found if note is None else replace(found, no_work=note)


def _opening(paper: Paper) -> list[str]:
    """The texts of the paper's first `OPENING_BLOCKS` headings, paragraphs and items: where a cover
    names the paper's genre ("AGENDA", "NOTICE OF MEETING") when its title does not."""
    blocks = (b.text for b in paper.blocks if isinstance(b, (Heading, Paragraph, ListItem)))
    return list(islice(blocks, OPENING_BLOCKS))


@dataclass
class Candidate:
    """One unit of the paper as the rules read it: `rule` is their activity (None when they read
    none), `view` what the model sees of it (None when no model will weigh it: no model, or one that
    only vetoes and the rules read no activity here), `probability` the
    model's, once asked; `guess()` what the unit would be as an activity when the rules read none
    (its kinds read loosely)."""

    view: UnitView | None
    section_index: int
    rule: ActivityFound | None
    found: Found
    po: PaperOrgs
    cycle: Cycle
    probability: float | None = None
    # Why the unit only goes on telling the event an earlier activity told (`_event_told_on`): no
    # activity of its own, nor one the model may add.
    told_on: str | None = None
    # The unit of the deed a quotation comments on, when its media was only its lede's
    # (`_quotes_as_comment`): the model adds it back only where that deed's activity is not kept.
    comments_on: int | None = None
    # Whether the paper tells the unit as work done, so that the model does not veto it: an item under
    # a heading of the body's deeds (`sections.is_deeds_heading`), an achievement a lead lists
    # (`_achievements_listed`).
    told_done: bool = False

    def guess(self) -> ActivityFound:
        assert self.view is not None, "guessed only where a model was asked"
        kinds = list(self.view.loose_kinds) or item_kinds(self.view.text) or [_DEFAULT_KIND]
        return _activity(self.found, kinds, [], self.po, self.cycle)


@dataclass
class PaperRead:
    candidates: list[Candidate]
    sections: list[tuple[Section, list[str]]]
    po: PaperOrgs
    cycle: Cycle
    # Why the paper as a whole reports no work (`intentions.reports_no_work`), or None.
    no_work: str | None = None


def additions_open(candidates: list[Candidate], add_share_max: float = 1.0) -> bool:
    """Whether the model may add units to this paper: the rules read at least one activity in it
    (a paper they read nothing in is most often business, a decision or a page about the body, not
    a report of work) and at most `add_share_max` of its units as activities (a paper they read
    mostly as activities is one of a house they know; what they passed over there they passed over
    for a reason)."""
    rules = sum(c.rule is not None for c in candidates)
    return add_share_max >= 1.0 or (rules >= 1 and rules <= add_share_max * len(candidates))


def select(
    candidates: list[Candidate],
    add_at: float | None = None,
    veto_below: float | None = None,
    add_share_max: float = 1.0,
) -> list[tuple[int, ActivityFound]]:
    """The activities, with their section: the rules' ones the model does not find very unlikely
    (below `veto_below`), and units the rules passed over that the model finds likely (from
    `add_at`), flagged unsure with the model's confidence, in a paper `additions_open` allows.

    A rule activity the model cannot weigh is never vetoed (`_spared`)."""
    out: list[tuple[int, ActivityFound]] = []
    doubt_below = add_at
    if not additions_open(candidates, add_share_max):
        add_at = None
    kept: set[int] = set()
    for i, c in enumerate(candidates):
        p = c.probability
        if c.rule is not None:
            if p is None or veto_below is None or p >= veto_below or c.told_done or _spared(c.rule):
                out.append((c.section_index, kinds_doubted(c.rule, p, doubt_below)))
                kept.add(i)
        elif (
            p is not None
            and add_at is not None
            and p >= add_at
            and not _told_of_others(c)
            and c.told_on is None
            and (c.comments_on is None or c.comments_on not in kept)
        ):
            guess = c.guess()
            note = unsure_notes.likely_work(p)
            out.append(
                (c.section_index, replace(guess, confidence=round(p, 2), unsure=[note, *guess.unsure]))
            )
    return out


def kinds_doubted(a: ActivityFound, probability: float | None, below: float | None) -> ActivityFound:
    """`a`, flagged unsure (`unsure.kinds_together`) where the rules read two or more kinds in it and
    the model would not have added the paragraph as work on its own (its probability below `below`,
    the model's `add_at`). On the development papers such an activity's kinds or organisations are
    wrong in 11 of 23, where an unflagged activity's are in about one of seven. Only the
    flag changes, never what is found; without a model nothing is flagged here."""
    if len(a.kinds) < 2 or probability is None or below is None or probability >= below:
        return a
    why = Why(0.7, unsure_notes.kinds_together(a.kinds))
    conf = why.confidence if a.confidence is None else min(a.confidence, why.confidence)
    return replace(a, unsure=[*a.unsure, why.words], confidence=conf)


def _told_of_others(c: Candidate) -> bool:
    """Is the unit one the model may not add, whatever its probability: every sentence of it the
    meeting's own proceedings, a standing statement or a partner agency's own deed
    (`kinds.others_or_proceedings`, tests/data/real/NOTES.md 374), or the whole of it a partner's
    update to the meeting (`kinds.partner_update`, NOTES 377)? The model reads such a unit's words of
    work (a survey, a campaign, reports) and not whose they are."""
    view = c.view
    return view is not None and (
        others_or_proceedings(view.text, view.author_words) or partner_update(view.text, view.author_words)
    )


def _spared(rule: ActivityFound) -> bool:
    """Is the rule activity one the model never vetoes? One that names an organisation: a counterpart
    named is the rules' strongest evidence of work done with someone, and dropping the activity drops
    its organisations with it (the organisations the model cost on the held-out papers, ADR 0013). Nor
    one that tells help given by its result (`gives_help`): the people its work helped counted ("853
    survivors of domestic abuse were supported"), the services it gave counted ("724 food parcels
    packed for vulnerable people") or the money it gave others ("sourced additional funding for
    voluntary groups"). The model takes a paragraph of counts or sums for a paper's statistics or its budget,
    which the rules' patterns are not. Nor research told by the answers to the body's survey
    counted ("In total 107 councils responded to the survey"), or a study by what it found ("An
    evaluation of the projects has found that …"): the model takes the count or the findings for the
    paper's statistics too. Nor work done in a year or a month of its own (`_dated_deed`), nor a deed
    read from what the meeting was told in reported speech (`reported_kinds`), nor a visit a minute
    tells of (`minute_engagement_kinds`)."""
    if rule.organisations or counts_help(rule.text):
        return True
    if "support" in rule.kinds and gives_help(rule.text):
        return True
    if "research" in rule.kinds and (_COUNTED.search(rule.text) is not None or study_found(rule.text)):
        return True
    # (an item of the body's money spent, by its sum: the model takes it for the budget's line too)
    if ReadAs.SPENDING in rule.read_as:
        return True
    # (a deed told to the meeting in reported speech, `reported_kinds`, or a visit a minute tells of,
    # `minute_engagement_kinds`: the model was fitted on the rules' verdicts before they read such a
    # deed, when a minute's report of work read as no kind)
    if rule.read_as & _TOLD_IN_MINUTES:
        return True
    return _only_account(rule) or _dated_deed(rule) or _work_in_hand(rule)


# A date to the year or the month ("2021", "2018-03"): the period the work was done in. A date to the day
# is as often the paper's own stamp (the meeting whose minutes are approved, an article's publication
# line) as the day of a deed, and is not spared by it.
_PERIOD = re.compile(r"^\d{4}(?:-\d{2})?$")
# Work still to come, whatever its date: the model's own reading of a plan or a wish, and a deed
# "is to be" done.
_TO_BE_DONE = re.compile(r"\b(?:is|are) to be\b", re.I)


def _dated_deed(rule: ActivityFound) -> bool:
    """Is the rule activity work done in a year or a month of its own ("the team's enforcement work in
    2021", "In March 2018 the Partnership held a joint event")? The date is the rules' own reading of
    when the work was done; the veto took such deeds of the keys as it takes a paper's figures or its
    business, and they are most of the dated work it took (ADR 0013, 2026-12-06, what the veto
    takes). Not work told as still to come, nor one dated only to the day."""
    return (
        rule.date is not None
        and _PERIOD.match(rule.date) is not None
        and FUTURE.search(rule.text) is None
        and _TO_BE_DONE.search(rule.text) is None
    )


# Work told as in hand or as held, rather than in the simple past the model learnt deeds from: a
# progressive ("the Service is launching …", "programmes were taking place …"), work "under way" or "in
# progress", an event that "took place" or "had taken place", and work of the paper's own year told
# relatively ("this year the Service produced …", "… last year"). Not a trend of figures ("incidents were
# falling", "the budget rose by 3% this year"), which is the paper's statistics, nor "is going to" (work to come).
_IN_HAND = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|also\s+|still\s+)?(?!being\b|going\b)\w{3,}ing\b"
    r"|\b(?:under\s?way|in progress)\b"
    r"|\b(?:took|taken) place\b"
    r"|\b(?:this|last|the past) year\b",
    re.I,
)
_TREND = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+|generally\s+)?(?:falling|rising|increasing|decreasing|"
    r"growing|declining|improving|dropping|reducing|changing)\b"
    # (a figure's change told in the simple past: "the budget rose by 3% this year", "calls fell to …")
    r"|\b(?:rose|fell|increased|decreased|grew|dropped|declined|went (?:up|down))\s+(?:by|from|to)\b",
    re.I,
)


def _work_in_hand(rule: ActivityFound) -> bool:
    """Is the rule activity work told as in hand or as held (`_IN_HAND`), not as still to come? The
    schema keys work being done now as an activity (EXTRACTION-NOTES 2), and the veto took such units of
    the keys at five for each one not keyed among the development papers' rule activities it weighed
    below its threshold (tests/data/real/NOTES.md 3221): the model, fitted on deeds told in the simple
    past, reads a progressive or a relative year as the paper's description of itself."""
    return (
        _IN_HAND.search(rule.text) is not None
        and _TREND.search(rule.text) is None
        and FUTURE.search(rule.text) is None
        and _TO_BE_DONE.search(rule.text) is None
    )


# How a deed a minute tells of was read: from what the meeting was told, a visit, work done before it.
_TOLD_IN_MINUTES = frozenset({ReadAs.REPORTED, ReadAs.VISIT, ReadAs.EARLIER_IN_MINUTES})
# How a paper's only account of its work was read where the rules read nothing else (the summary of a
# covering report, a consultation page's own survey).
_ONLY_ACCOUNT = frozenset({ReadAs.SUMMARY, ReadAs.CONSULTATION})


def _only_account(rule: ActivityFound) -> bool:
    """Is the rule activity the paper's only account of its work, read from its summary or from its
    consultation dates because nothing else in it reads as work? The model, trained on papers whose
    work is told in their body, takes such a line for a cover line; the page has nothing else to tell."""
    return bool(rule.read_as & _ONLY_ACCOUNT)


def read_paper(
    paper: Paper,
    *,
    gazetteer: list[dict[str, Any]] | None = None,
    author: str | None = None,
    board_body: str | None = None,
    policies: dict[str, Any] | None = None,
    recorded: dict[str, Any] | None = None,
    for_model: bool = True,
    model_adds: bool = True,
    add_share_max: float = 1.0,
) -> PaperRead:
    """Every unit of the paper with what the rules make of it (`extraction_of`'s first step).
    `for_model`: read what the model weighs (each candidate's `view`); without it the views are None.
    `model_adds`: the model may add units the rules passed over, so every unit is read for it;
    without it (a model that only vetoes) only the rules' activities are; nor are they in a paper
    where `additions_open(…, add_share_max)` says the model may not add."""
    gaz = default_gazetteer() if gazetteer is None else Gazetteer.build(gazetteer)
    if recorded is not None:
        gaz = orgindex.gazetteer_for(paper.to_dict(), recorded, gaz, author, board_body)
    pol = load_policies() if policies is None else policies
    cycle = detect_cycle(paper)
    full_text = norm_text(paper.text())
    po = paper_orgs(paper, gaz, full_text, author, board_body)
    ctx = PolicyContext(
        full_text,
        cycle,
        [t for t in pol.get("transitions") or [] if isinstance(t, dict)],
        [n for n in pol.get("named") or [] if isinstance(n, dict) and isinstance(n.get("name"), str)],
    )
    units, sections = build_units(paper, cycle)
    _times_told(units, cycle)
    numbered = is_numbered(paper)
    # A paper that speaks for its author ("we", "our", "I"): work it reports without an actor is
    # the author's own.
    first_person = bool(_FIRST_PERSON.search(full_text))
    # A policy the title names is what "the strategy" means until the text names another.
    if paper.meta.title:
        find_policies(paper.meta.title, ctx, [], [])
        ctx.title_heads = dict(ctx.last_by_head)
    duty_items = _duty_items(units)
    work_items = _work_items(units)
    section_at = {id(s): i for i, (s, _) in enumerate(sections)}
    candidates: list[Candidate] = []
    seen: list[tuple[str | None, list[str]]] = []  # each unit's skip and the kinds the rules read in it
    last_section: Section | None = None
    for u in units:
        if u.section is not last_section:
            ctx.section_changed()
            ctx.last_by_head = dict(ctx.title_heads)
            last_section = u.section
            # A document the section heading names is what "the framework" under it means.
            if u.section.title and u.section.title != paper.meta.title:
                find_policies(u.section.title, ctx, [], [])
        orgs = po.find(u.text)
        people, people_spans = find_people(u.text, orgs)
        # Policies are read for every unit (to follow 'the legislation' and inquiry subjects),
        # but only activities keep them.
        policy_names = find_policies(u.text, ctx, orgs, people_spans)
        skip = _skipped(u, numbered, duty_items, po.author_words)
        kinds, unsure = _rule_kinds(u, po.author_words, first_person) if skip is None else ([], [])
        listed = False
        if skip is None and not kinds and id(u) in work_items:
            # (r34) an item of the body's work listed: the lead is its subject (NOTES 3750)
            kinds = listed_deed_kinds(u.text, po.author_words) or _noun_kinds(u.text)
            unsure = [Why(0.6, unsure_notes.ACHIEVEMENT_WITHOUT_VERB)] if kinds else []
            # (the lead tells the item done, as `_achievements_listed`'s: the model does not veto it)
            listed = bool(kinds)
        if skip == "excluded section" and _counted_answers(u, po.author_words, first_person):
            kinds = ["research"]
            unsure = [Why(0.7, unsure_notes.SURVEY_ANSWERS_COUNTED)]
        found = Found(u, orgs, people, people_spans, policy_names)
        rule = _activity(found, kinds, unsure, po, cycle) if kinds else None
        candidates.append(
            Candidate(
                None,
                section_at.get(id(u.section), -1),
                rule,
                found,
                po,
                cycle,
                told_done=listed or is_deeds_heading(u.section.title),
            )
        )
        seen.append((skip, kinds))
    _summary_when_nothing_else(candidates, po, cycle, first_person)
    _achievements_listed(candidates, po, cycle, first_person)
    _spending_listed(candidates, po, cycle)
    _funded_listed(candidates, po, cycle)
    _consultation_page_survey(candidates, po, cycle)
    _same_study_told_again(candidates)
    _quotes_as_comment(candidates, po.author_basis == NEWS_OF_OWN_PUBLICATION, po.author_basis == "stated")
    _event_told_on(candidates)
    _bodies_listed(candidates, po)
    _people_on_the_page(candidates)
    # What the model weighs is read only when a model will weigh it, and only for the units it may
    # change: the loose kinds of the units the rules skip are a fifth of the extraction's time, and a
    # model that only vetoes needs the rules' activities alone (a summary read as the paper's only
    # account of its work among them). A view is what the unit was when first read (its skip, the
    # kinds the rules read in it then), as in training.
    if for_model:
        model_adds = model_adds and additions_open(candidates, add_share_max)
        for at, (c, (skip, kinds)) in enumerate(zip(candidates, seen, strict=True)):
            if model_adds or c.rule is not None:
                f = c.found
                c.view = _view(
                    f.unit,
                    at / max(1, len(units) - 1),
                    numbered,
                    first_person,
                    skip,
                    kinds,
                    po,
                    f.orgs,
                    f.policy_names,
                    f.people,
                )
    title = clean(paper.meta.title or "")
    said = [(u.text, u.section.title) for u in units]
    # A paper of intentions or duties, or a whole agenda (business to come): nothing in it is work done.
    headings = [b.text for b in paper.blocks if isinstance(b, Heading)]
    no_work = reports_no_work(title, said) or business_to_come(title, _opening(paper), said, headings)
    return PaperRead(candidates, sections, po, cycle, no_work)


def _people_on_the_page(candidates: list[Candidate]) -> None:
    """A person the page names in full in one paragraph and by title and surname ("Ms Smith", "Cllr
    Smith") or by surname alone ("Smith said") in an activity's paragraph is that person, where exactly
    one person on the page has that surname (`people.named_on_the_page`). What the model weighs is the
    unit as first read, so only the activities' people change."""
    page = page_people([n for c in candidates for n in c.found.people])
    if not page:
        return
    for c in candidates:
        if c.rule is None:
            continue
        people = named_on_the_page(c.found.unit.text, c.rule.people, page)
        if people != c.rule.people:
            c.rule = replace(c.rule, people=people)


_COUNTED = re.compile(COUNTED_ANSWERS, re.I)


def _counted_answers(u: Unit, author_words: tuple[str, ...], first_person: bool) -> bool:
    """A paragraph of the purpose or the summary that counts the answers to the body's own survey ("All
    five CSPs responded to the Panel's survey", "In total 107 councils responded to the survey"): the
    one place such a paper tells that the survey was run, so it is read there, flagged unsure."""
    if not is_purpose_or_summary(u.section.title) or not _COUNTED.search(u.text):
        return False
    return "research" in classify(u.text, author_words=author_words, first_person=first_person)


def _summary_when_nothing_else(
    candidates: list[Candidate], po: PaperOrgs, cycle: Cycle, first_person: bool
) -> None:
    """A covering report whose body reports no work ("This report outlines the review … carried out
    by the Scrutiny Committee" under "Executive Summary", then only recommendations and
    implications): its summary is the only account of the work, so it is read, flagged unsure.
    Where the body reports work, the summary only repeats it and stays unread (NOTES 111)."""
    if any(c.rule is not None for c in candidates):
        return
    for c in candidates:
        u = c.found.unit
        if u.section.role != "excluded" or not is_summary(u.section.title) or u.is_item:
            continue
        if _skipped(replace(u, section=replace(u.section, role="untitled")), False, set()):
            continue
        kinds, unsure = _rule_kinds(u, po.author_words, first_person)
        if kinds:
            unsure = [*unsure, Why(0.7, unsure_notes.FROM_SUMMARY, ReadAs.SUMMARY)]
            a = _activity(c.found, kinds, unsure, po, cycle)
            # A summary names the paper's own subjects ("the draft Committee report", "the review of
            # Safety in the Town Centre"), not documents the work followed nor bodies it worked with:
            # only bodies known by name are kept.
            c.rule = replace(
                a, policies=[], organisations=[o for o in a.organisations if po.gaz.canonical(o) is not None]
            )


# A list of the year's achievements and an achievement in it told as a noun phrase (NOTES 585): the
# lead ("The main achievements during 2023-2024 included –", "Key achievements this year:") and an item
# opening with a deed made a noun ("The introduction of informal meetings.", "The launch of a
# …", "The establishment of …"). The item reports a deed done in the year, the lead says so.
_ACHIEVEMENTS_LEAD = re.compile(
    r"\b(?:achievements|successes|highlights|accomplishments)\b[^.;]{0,60}?"
    r"(?:\b(?:included?|were|are)\b\s*[:\u2013\u2014-]?|[:\u2013\u2014-])\s*$",
    re.I,
)
_NOMINAL_DEED = re.compile(
    r"^\W*(?:The\s+)?(?:successful\s+)?(?:introduction|launch|establishment|creation|setting up|development|"
    r"delivery|completion|adoption|publication|commissioning|holding|hosting|roll-?out)\s+of\s+\S",
    re.I,
)
# The kinds an achievement's nouns name, where its words name none the kinds' patterns read.
_ACHIEVEMENT_NOUNS = (
    (
        "partnership",
        re.compile(r"\b(?:meetings|networking|partnerships?|collaboration|joint working)\b", re.I),
    ),
    ("research", re.compile(r"\b(?:review|assessment|evaluation|survey|research|audit)\s+of\b", re.I)),
    ("event", re.compile(r"\b(?:conference|workshop|seminar|event)s?\b", re.I)),
    ("publication", re.compile(r"\b(?:publication|report|newsletter|guide)\b", re.I)),
)


def _after_lead(
    candidates: list[Candidate], is_lead: Callable[[str], bool], window: int
) -> Iterator[tuple[Candidate, Candidate]]:
    """(lead, candidate) for each candidate at most `window` units after the last unit whose text
    `is_lead` holds, in the same section: the items a lead announces ("… this year's achievements
    include:", "This expenditure includes:"), a sub-head or two between them. A list whose items
    each stand under a heading of their own, the first straight under the lead ("The main
    achievements included –" / "Enhance the Board's governance:" / "The introduction of …"), is the
    lead's all the same: its sections open inside the lead's list (NOTE 2661)."""
    lead_at: int | None = None
    under_heads = False
    for i, c in enumerate(candidates):
        if is_lead(c.found.unit.text):
            lead_at, under_heads = i, False
            continue
        if lead_at is not None and c.found.unit.section is not candidates[lead_at].found.unit.section:
            # (A section opened straight under the lead: the list's first sub-head.)
            under_heads = under_heads or (
                i == lead_at + 1 and c.found.unit.section is not candidates[i - 1].found.unit.section
            )
            if not under_heads:
                lead_at = None
        if lead_at is not None and i - lead_at <= window:
            yield candidates[lead_at], c


def _noun_kinds(text: str) -> list[str]:
    """The kinds of an achievement told as a noun phrase ("The launch of a befriending network"), by
    its nouns (`_ACHIEVEMENT_NOUNS`); none for a text that does not open so (`_NOMINAL_DEED`)."""
    if not _NOMINAL_DEED.match(text):
        return []
    return [k for k, pat in _ACHIEVEMENT_NOUNS if pat.search(text)]


def _achievements_listed(
    candidates: list[Candidate], po: PaperOrgs, cycle: Cycle, first_person: bool
) -> None:
    """Read an achievement told as a noun phrase, in a list whose lead names the year's achievements,
    a few units after it in the same section (a sub-head between: "Enhance PSB structures and
    governance:"). Flagged unsure: its kinds come from its nouns."""
    for lead, c in _after_lead(candidates, lambda t: bool(_ACHIEVEMENTS_LEAD.search(t)) and len(t) < 200, 4):
        u = c.found.unit
        if c.rule is not None or not _NOMINAL_DEED.match(u.text) or u.section.role == "excluded":
            continue
        kinds, unsure = _rule_kinds(u, po.author_words, first_person)
        if not kinds:
            kinds = _noun_kinds(u.text)
            unsure = [Why(0.6, unsure_notes.ACHIEVEMENT_WITHOUT_VERB)]
        if kinds:
            a = _activity(c.found, kinds, unsure, po, cycle)
            if u.section is not lead.found.unit.section:
                # (An item under a sub-head of the lead's list: the sub-head labels the item; the
                # lead's section is the one the achievement belongs to, and names its theme.)
                a = replace(a, theme=lead.found.unit.section.theme)
                c.section_index = lead.section_index
            c.rule = a
            c.told_done = True


# A lead telling the body's money spent or committed, its items to follow ("… of the 2024/25 budget
# has been spent or earmarked so far. This expenditure includes:", "The following grants have been
# awarded:"): done, in the perfect or the past, not a budget to come.
_SPENDING_LEAD = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?been\s+(?:spent|earmarked|allocated|awarded|granted|committed)\b|"
    r"\b(?:expenditure|spending|spend)\s+(?:so far\s+|to date\s+)?(?:includes?|included|was|comprises?|comprised)\b",
    re.I,
)
# An item of such a list that gives the sum and what it lets someone else do ("£4,000 to enable the
# youth service to run …", "£2,500 to fund a victims' advocate …", "£900 to continue the …"): help
# given. An item of a sum for a heading of the budget ("£1,000 for events"), a contribution or costs
# ("£500 toward expenses …") is the budget's own line, not read.
_SPENDING_ITEM = re.compile(
    r"^\W*£\s?\d[\d,]*(?:\.\d\d)?(?:k|m)?\s+(?:has been\s+\w+\s+)?to\s+"
    r"(?:fund|enable|continue|support|run|pay for|provide|deliver|commission|employ|extend)\b",
    re.I,
)


def _spending_listed(candidates: list[Candidate], po: PaperOrgs, cycle: Cycle) -> None:
    """Read an item of a list of the body's money spent or committed (`_SPENDING_LEAD`, up to six
    units before it in the same section) that gives a sum and what it lets someone else do
    (`_SPENDING_ITEM`): support given, flagged unsure. Not under a lead of a budget to come, not in
    an excluded section (implications, next year's plan), not a partner's update."""
    _money_given_listed(
        candidates,
        po,
        cycle,
        lambda t: bool(_SPENDING_LEAD.search(t)) and not _SPENDING_ITEM.match(t),
        lambda t: bool(_SPENDING_ITEM.match(t)),
        6,
        over_rules=False,
    )


def _money_given_listed(
    candidates: list[Candidate],
    po: PaperOrgs,
    cycle: Cycle,
    is_lead: Callable[[str], bool],
    is_item: Callable[[str], bool],
    window: int,
    over_rules: bool,
) -> None:
    """Read as support given, flagged unsure, each item (`is_item`) of a list of the body's money a lead
    announces (`is_lead`, up to `window` units before it in the same section); not in an excluded
    section, not under a lead that is a partner's update. `over_rules`: the item's money decides its
    kind even where the kinds' patterns read another in it."""
    for lead, c in _after_lead(candidates, is_lead, window):
        u = c.found.unit
        if (c.rule is not None and not over_rules) or u.section.role == "excluded" or not is_item(u.text):
            continue
        if partner_update(lead.found.unit.text, po.author_words):
            continue
        c.rule = _activity(
            c.found, ["support"], [Why(0.6, unsure_notes.MONEY_SPENT, ReadAs.SPENDING)], po, cycle
        )


# A lead telling projects funded, its items to follow ("The following projects were funded:",
# "Projects funded in 2021-22", "We funded the following groups:"): the body's grants given, told as
# sub-points with no verb of their own. Not projects to be funded, nor funded "by" another body.
_FUNDED_LEAD = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,4}?(?:projects?|schemes?|initiatives?|groups?|organisations?|bids?)\s+"
    r"(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+){0,2})?"
    r"(?:funded|grant[- ]aided|awarded\s+(?:funding|grants?))\b(?!\s+(?:by|from)\b)[^.;]{0,50}?[:\s.]*$|"
    r"\b(?:funded|awarded\s+(?:funding|grants?)\s+to)\s+the\s+following\b[^.;]{0,40}?[:\s.]*$",
    re.I,
)
# An item of such a list: a sum then what it paid for ("£25,000 mobile CCTV cameras for the town
# centre", "£4,000 to the youth club's summer scheme"), or what it paid for then its sum ("Street
# pastors – £3,500"). Not money the body took in ("£51,000 from the Commissioner").
_FUNDED_ITEM = re.compile(
    r"^\W*£\s?\d[\d,]*(?:\.\d\d)?\s*(?:k|m|million)?\s+(?!(?:from|received|income|allocation)\b)[\w(]|"
    r"^(?![^£]*\b(?:from|allocation|income|received)\b)[^£]{3,120}?\s[-–—:]\s*£\s?\d[\d,]*(?:\.\d\d)?"
    r"\s*(?:k|m|million)?\.?\s*$",
    re.I,
)


def _funded_listed(candidates: list[Candidate], po: PaperOrgs, cycle: Cycle) -> None:
    """Read an item of a list of projects the body funded (`_FUNDED_LEAD`, up to four units before it
    in the same section) told by its sum (`_FUNDED_ITEM`): support given, flagged unsure as a spending
    item is. Not in an excluded section, not under a lead that is a partner's update."""
    # (over the rules: an item the kinds' patterns read already is the money given: "£10,000 to the
    # business watch, which let its manager re-engage with members" is help, not the partnership its
    # words after the sum would make it)
    _money_given_listed(
        candidates,
        po,
        cycle,
        lambda t: len(t) < 120 and bool(_FUNDED_LEAD.search(t)) and not is_future(t),
        lambda t: bool(_FUNDED_ITEM.match(t)),
        4,
        over_rules=True,
    )


# The work a list of bodies belongs to: money or help given to several bodies, or bodies told of
# in the plural without their names ("has awarded grants … to eight community organisations",
# "The successful applicants cover a range of projects").
_MONEY_GIVEN = r"grants?|funding|funded|awarded|commissioned"
_TO_SEVERAL = re.compile(
    rf"\b(?:{_MONEY_GIVEN}|organisations|organizations|groups|charities|projects|applicants|partners|agencies)\b",
    re.I,
)
_GIVES_MONEY = re.compile(rf"\b(?:{_MONEY_GIVEN})\b", re.I)
# How far back the award a list of bodies belongs to may stand: a grants page tells of the fund and
# its applicants in a paragraph or three between the award and the list of bodies funded.
_AWARD_REACH = 6


def _bodies_listed(candidates: list[Candidate], po: PaperOrgs) -> None:
    """The bodies a list names under a lead of bodies (`organisations.LISTED_BODIES_LEAD`: "The
    organisations supporting the successful applicants include:") are the organisations of the work
    told just before the lead, in the same section (at most three units back), when that work is
    money or help given to several bodies or tells of them in the plural (`_TO_SEVERAL`): a grants
    page names the bodies funded in a list under the award. Money given a little further back (up to
    `_AWARD_REACH` units) comes before a nearer sentence that only tells of the bodies in the plural.
    The author is never one of them."""
    for i, lead in enumerate(candidates):
        u = lead.found.unit
        if not u.lead or not u.items or not LISTED_BODIES_LEAD.search(u.text):
            continue
        before = [
            (k, c)
            for k in range(i - 1, max(0, i - _AWARD_REACH) - 1, -1)
            if (c := candidates[k]).rule is not None
            and c.found.unit.section is u.section
            and not c.found.unit.is_item
        ]
        nearest = before[0][1] if before and before[0][0] >= i - 3 else None
        # The money given comes first: a sentence between it and the list that tells of the
        # applicants or projects in the plural ("The successful applicants cover a range of
        # projects") is about the same bodies, not the work they were funded by.
        work = next((c for _, c in before if _GIVES_MONEY.search(c.found.unit.text)), None) or (
            nearest if nearest is not None and _TO_SEVERAL.search(nearest.found.unit.text) else None
        )
        if work is None or work.rule is None:
            continue
        names = list(work.rule.organisations)
        unknown: list[str] = []
        for item in u.items:
            name = listed_body_name(item.text)
            name = po.gaz.canonical(name) or name if name else None
            if not name or name in names or po.is_author_or_internal(name):
                continue
            names.append(name)
            if po.gaz.canonical(name) is None:
                unknown.append(name)
        # One note for the list, not one per body: a grants page lists a score of bodies, and the
        # reviewer checks them against the one lead.
        unsure = list(work.rule.unsure)
        if unknown:
            unsure.append(unsure_notes.bodies_listed(unknown, clean(u.text)))
        if names != work.rule.organisations:
            conf = min(0.8, work.rule.confidence) if work.rule.confidence is not None else 0.8
            work.rule = replace(work.rule, organisations=names, unsure=unsure, confidence=conf)


# A consultation page's own dates ("Opened 23 Feb 2023", "Closed 12 Apr 2023", "Consultation start
# date: 05 July 2021"): the page is the body's own consultation or survey, run between them.
_CONSULTATION_DATES = re.compile(
    r"(?:^|(?<=\s))(?:Consultation\s+(?:start|end|closing|close)\s+date|Opened|Closed|Opens|Closes|Start date|End date)"
    r"\s*:?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d\b"
)
# The paragraph that says what was asked: the survey or the consultation named.
_ASKED = re.compile(r"\b(?:surveys?|questionnaires?|consultations?)\b", re.I)


def _consultation_page_survey(candidates: list[Candidate], po: PaperOrgs, cycle: Cycle) -> None:
    """A consultation hub's page (its opening and closing dates set on lines of their own) in which
    the rules read no work: the page is the body's own survey or consultation, so the first
    paragraph naming it is read as research, flagged unsure. Its findings and the dates are not."""
    if any(c.rule is not None for c in candidates):
        return
    dated = sum(len(_CONSULTATION_DATES.findall(c.found.unit.text)) for c in candidates)
    if dated < 2:
        return
    for c in candidates:
        u = c.found.unit
        if u.is_item or _CONSULTATION_DATES.search(u.text) or not _ASKED.search(u.text):
            continue
        if len(u.text.split()) < 8:
            continue
        a = _activity(
            c.found, ["research"], [Why(0.7, unsure_notes.FROM_CONSULTATION, ReadAs.CONSULTATION)], po, cycle
        )
        # (what was asked is no theme of the body's work: the page's "We asked" is a label)
        c.rule = replace(a, theme=None, policies=[], organisations=[])
        c.section_index = -1
        return


# A study named again by "the" alone, as the object of the work done on it ("Consultants have been
# hired to carry out the study", "The survey was carried out by the Research Unit"): the study an
# earlier paragraph told, not another.
_STUDY_AGAIN = re.compile(
    r"\b(?:carr(?:y|ied|ying) out|conduct(?:ed|ing)?|undert(?:ake|ook|aken|aking)|lead|led)\s+"
    r"the\s+(?:study|review|survey|evaluation|research|audit)\b(?!\s+(?:of|into|on)\b)|"
    r"^\W*The\s+(?:study|review|survey|evaluation|research|audit)\s+(?:was|has been|is being)\s+"
    r"(?:carried out|conducted|undertaken|led)\b",
    re.I,
)


def _same_study_told_again(candidates: list[Candidate]) -> None:
    """A paragraph that only tells more of a study an earlier paragraph reported (who was hired to
    carry it out, who conducted it) is that study, not a second one: its research reading is
    dropped where research is all the rules read in it."""
    told = False
    for c in candidates:
        if c.rule is None:
            continue
        if told and c.rule.kinds == ["research"] and _STUDY_AGAIN.search(c.found.unit.text):
            c.rule = None
            continue
        told = told or "research" in c.rule.kinds


# Work a news item reports in its own words, which a quotation after it comments on.
_REPORTED_WORK = {"publication", "research", "partnership", "support", "event", "training", "evidence"}
# Deeds a news item reports in its own words that a party's officer's quotation comments on.
_DEED_REPORTED = {"partnership", "support", "event", "training"}
# What a quotation's words make the rules read that is comment, not work: its speaker's praise of
# partners and mention of services. (Its being said to the press stays: an association's officers'
# comments in its own news are its media work in the keys, NOTES 18.)
_COMMENT_KINDS = {"support", "partnership"}


def _quotes_as_comment(
    candidates: list[Candidate], news_of_own_publication: bool = False, author_stated: bool = False
) -> None:
    """In a news item that reports work in its own words, the quoted comments of the parties'
    officers belong to that work (tests/data/real/NOTES.md 38, 50, 82): a quotation the rules read
    only as support or partnership is no activity of its own. A body's statement that is all
    quotation (an association's press statement) keeps what the rules read in it.
    `news_of_own_publication`: the page reports its author's publishing a report (`own_publication_body`);
    the author's officer quoted on the report is the page quoting, not the author's media work.
    `author_stated`: the paper's body is stated (its metadata, the importing board): a body's own
    statement keeps its officers' comments as its media work (NOTES 226), whatever deed it tells."""
    comment = _COMMENT_KINDS | {"media"} if news_of_own_publication else _COMMENT_KINDS
    quoted = [c for c in candidates if c.rule is not None and QUOTATION.match(c.found.unit.text)]
    if not quoted:
        return
    # A party's officer quoted on a deed the item reports in its own words (a partnership, a
    # service, an event, training) comments on that deed: its "said:" is not media work of its own
    # (NOTES 1045), as the support and partnership its words tell are not (below). A statement given
    # to the press (a spokesperson, a response to news), or any in a body's own stated statement,
    # keeps its media.
    deeds_in: dict[int, int] = {}
    for i, c in enumerate(candidates):
        if (
            c.rule is not None
            and not QUOTATION.match(c.found.unit.text)
            and _DEED_REPORTED & set(c.rule.kinds)
        ):
            deeds_in.setdefault(id(c.found.unit.section), i)
    for c in quoted:
        assert c.rule is not None
        at = deeds_in.get(id(c.found.unit.section))
        if (
            author_stated
            or at is None
            or "media" not in c.rule.kinds
            or not press_by_lede_only(c.found.unit.text)
        ):
            continue
        left = [k for k in c.rule.kinds if k != "media"]
        if left:
            c.rule = replace(c.rule, kinds=left)
            continue
        deed = candidates[at].rule
        assert deed is not None
        # The bodies its words name (those met, those thanked) are the deed's, told in it.
        orgs = [o for o in c.rule.organisations if o not in deed.organisations]
        candidates[at].rule = replace(deed, organisations=[*deed.organisations, *orgs])
        c.rule, c.comments_on = None, at
    quoted = [c for c in quoted if c.rule is not None]
    reported = next(
        (
            i
            for i, c in enumerate(candidates)
            if c.rule is not None
            and not QUOTATION.match(c.found.unit.text)
            and _REPORTED_WORK & set(c.rule.kinds)
        ),
        None,
    )
    if reported is None:
        return
    for c in quoted:
        assert c.rule is not None
        if set(c.rule.kinds) <= comment:
            # (issue #15, NOTES 3202) the author's officer quoted on the report the page says the
            # author published, read as media alone: the page quoting, which the model adds back only
            # where the publication's activity is not kept, as a quotation whose media was only its
            # lede's (above). The model reads the "said:" and not whose page it is, and a paper whose
            # rules read fewer units opens to its additions. A quotation telling partnership or
            # support in its own words is left to the model as before (the keys hold some).
            own_report_quoted = set(c.rule.kinds) <= {"media"}
            c.rule = None
            if own_report_quoted:
                c.comments_on = reported


def _as_told(candidates: list[Candidate]) -> list[Told]:
    """What `events.event_continuations` reads of each unit: its text, its section, the rules' kinds,
    organisations and date where they read an activity."""
    return [
        Told(
            c.found.unit.text,
            id(c.found.unit.section),
            None if c.rule is None else tuple(c.rule.kinds),
            () if c.rule is None else tuple(c.rule.organisations),
            None if c.rule is None else c.rule.date,
        )
        for c in candidates
    ]


def _event_told_on(candidates: list[Candidate]) -> None:
    """A paragraph that only goes on telling the event an activity before it told (`events`: "During
    the visit …", "The forum included …", a quotation of one present) is no activity of its own
    (tests/data/real/NOTES.md 985-987). The event's activity takes the date it gives the event ("At
    the seminar, held on 4 May, …") where it has none, and the people it names as met or taking
    part (the minister the delegation met, the session's chair), as the keys record them; not a
    quotation's speaker, nor its organisations, which the keys leave with the account (the bodies a
    concern was about, those attending)."""
    for i, (j, why) in event_continuations(_as_told(candidates)).items():
        c, anchor = candidates[i], candidates[j]
        assert c.rule is not None and anchor.rule is not None
        if anchor.rule.date is None and c.rule.date is not None:
            anchor.rule = replace(anchor.rule, date=c.rule.date)
        if why != QUOTED:
            people = [p for p in c.rule.people if p not in anchor.rule.people]
            anchor.rule = replace(anchor.rule, people=[*anchor.rule.people, *people])
        c.rule = None
        c.told_on = why


def _view(
    u: Unit,
    position: float,
    numbered: bool,
    first_person: bool,
    skip: str | None,
    kinds: list[str],
    po: PaperOrgs,
    orgs: list[OrgMatch],
    policy_names: list[str],
    people: list[str],
) -> UnitView:
    """What the model sees of a unit: with the kinds' words read loosely (any section, any list),
    which are the rules' own kinds where the rules read the unit as loosely."""
    if skip is None and not u.is_item and u.section.role != "background" and first_person:
        loose = kinds
    else:
        loose = classify(u.text, author_words=po.author_words, unknown_author=not po.author_words) or [
            k for k, _ in action_cues(u.text, po.author_words)
        ]
    return UnitView(
        text=u.text,
        role=u.section.role,
        section_title=u.section.title,
        is_item=u.is_item,
        has_number=u.number is not None,
        numbered_paper=numbered,
        first_person_paper=first_person,
        position=position,
        skip=skip,
        rule_kinds=tuple(kinds),
        loose_kinds=tuple(loose),
        author_words=po.author_words,
        n_orgs=sum(not o.internal for o in orgs),
        n_policies=len(policy_names),
        n_people=len(people),
    )


def _duty_items(units: list[Unit]) -> set[int]:
    """Items whose list lead says they are not work done."""
    # A list's lead says what its items are: duties ("the tasks the Panel must carry out:"), aims
    # ("a Link Member role in order to:") and plans ("the Panel will:") are not work done.
    duty_items = {
        id(it)
        for u in units
        if u.items
        and (_DUTY_LEAD.search(u.text) or _MEANS_LEAD.search(u.text) and not _PAST_LEAD.search(u.text))
        for it in u.items
    }
    # A presentation's highlights ("… presented the report and highlighted the following:") are its
    # topics; an item reports work only when it says something was done ("the Council had match
    # funded …"), not when it names a subject ("the strategic assessment, the information it gathered").
    duty_items |= {
        id(it)
        for u in units
        if u.items and _TOPIC_LEAD.search(u.text) and not _DEEDS_INCLUDED.search(u.text)
        for it in u.items
        if not _has_finite(_first_clause(it.text))
    }
    return duty_items


# An agenda's statement of what the meeting is asked to do ("To consider a response to …", "To
# note the annual report"): business to come, not work done.
_AGENDA_PURPOSE = re.compile(
    r"^\W*To\s+(?:consider|receive|note|agree|approve|endorse|discuss|scrutinise|scrutinize|comment on|"
    # (the last meeting's minutes put to it: "To confirm the minutes of the meeting held on …")
    r"confirm|sign|adopt)\b|"
    # the same told of the meeting ("Joint scrutiny committee is asked (a) to note the progress …",
    # "Members are recommended to …"): what it is asked to do, not work (NOTES 582)
    r"^\W*(?:The\s+)?(?:[\w-]+\s+){0,3}?(?i:committee|board|panel|cabinet|council|members)\s+(?:is|are)\s+"
    r"(?:therefore\s+)?(?:asked|invited|recommended|requested)\s+(?:\(\w\)\s+)?to\b"
)
# An aim, a priority or a duty set as a bare imperative, with no subject ("Collaborate with our
# partners", "Review the draft Police and Crime Plan", "Tackle domestic abuse;"): what the body is
# for or must do, as a plan's or a role page's lines are, not work done. (A noun in the same place,
# "Work of the Panel …", "Support for victims has grown", is not a verb.)
_IMPERATIVE = re.compile(
    r"^\W*(?:Collaborate|Work|Engage|Support|Deliver|Develop|Promote|Ensure|Reduce|Improve|Provide|Build|Keep|"
    r"Protect|Tackle|Help|Listen|Continue|Encourage|Make|Invest|Increase|Strengthen|Raise|Lobby|Campaign|"
    r"Respond|Publish|Hold|Run|Commission|Undertake|Review|Consult|Influence|Represent|Share|Identify|"
    r"Maintain|Create|Explore|Establish|Embed|Enable|Bring|Seek|Use|Scrutinise|Scrutinize|Challenge|Monitor|"
    r"Prevent|Safeguard|Empower|Champion|Oversee|Hear|"
    # (a recommendation's own verb: "Approve the contents of the proposed memoranda")
    r"Approve|Endorse)\s+"
    r"(?!(?:of|for|to|from|in|on|at|by|is|was|has|have|had|were|are|will|continues?|continued|includes?|"
    r"included|and|or)\b)"
    # (and no finite verb of its own before the first break: "Work with the youth team began in May")
    r"(?![^,;.:]*?\b(?:began|begun|started|continued|continues|was|were|is|are|has|have|had|will|took|grew|"
    r"increased|fell|rose|progressed|commenced|resumed)\b)"
)
# A statute described ("The Crime and Disorder Act 1998 created Community Safety Partnerships …"):
# what the law did or requires, not what anyone reporting did.
_STATUTE_SUBJECT = re.compile(
    # (an ampersand in the name, an aside after it: "The Crime & Disorder Act 1998 (as amended) requires")
    r"^\W*(?:The\s+)?(?:(?:[A-Z][\w'&,-]*|and|of|for|the|&)\s+){1,10}(?:Act|Regulations|Order)(?:\s+(?:19|20)\d\d)?"
    r"(?:\s+\([^)]{1,30}\))?\s+"
    r"(?:also\s+)?(?:created|established|gave|gives|placed|places|requires?|required|introduced|made|makes|"
    r"sets? out|set up|provides?|provided|imposed|imposes)\b|"
    # the same told of the bodies the law made, in the passive ("Community Safety Partnerships were set
    # up under the 1998 Crime & Disorder Act", "Police and Crime Panels are statutory bodies established
    # by the Police Reform and Social Responsibility Act 2011"): what a body is, not what it did (a
    # body set up "by the Council" or "in April 2011" names no statute, and is read as before)
    r"^\W*(?:The\s+|All\s+|Each\s+|Every\s+)?(?:[\w'&-]+\s+){1,8}?(?:was|were|is|are|has been|have been)\s+"
    r"(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?)?(?:first\s+|originally\s+|formally\s+)?"
    r"(?:set up|established|created|formed|constituted)\s+(?:under|by|through|in accordance with|as required by)\s+"
    r"(?:(?:section|s\.|part|schedule)\s+[\w.()]+\s+of\s+)?(?:the\s+)?"
    r"(?:(?:[A-Z0-9][\w'&,-]*|and|of|for|the|&)\s+){1,10}?(?:Act|Regulations|Order)\b"
)

# A recommendation put to the meeting in the impersonal ("It is recommended that the Planning Commission
# adopt …", "It is therefore proposed that the Board …", "Staff Recommendation: …", "Officers recommend
# that …"): what the meeting is asked to decide, as `_AGENDA_PURPOSE`'s are, not work done (NOTES 1841).
_RECOMMENDED = re.compile(
    r"^\W*(?:(?:staff|officers?'?|the)\s+)?recommend(?:ation|ed\s+action)s?\s*:|"
    r"^\W*it\s+is\s+(?:therefore\s+|also\s+|further\s+)?(?:recommended|proposed)\s+that\b|"
    r"^\W*(?:staff|officers?)\s+(?:recommends?|propose)\s+that\b",
    re.I,
)
# A duty stated: a body or an office bound by "must", "shall", "is required to" or "has a (statutory)
# duty to" ("As soon as practicable after producing an annual report, the Commissioner must send it to
# the Panel …", "Each partner shall share …"), the clause opening the sentence or after a comma, so
# that the body, not a thing ("more must be done"), is what is bound. What the body has to do, as the
# law or its terms of reference say, not what it did (NOTES 1842). Only a unit whose every sentence
# states a duty and tells no deed (`intentions.tells_deed`): "The Panel must review the precept; it
# reviewed it on 3 February" reports the review.
_DUTY_STATED = re.compile(
    # (after the law that binds it, "Under section 12 of the Act each Commissioner must …", and with the
    # paper's own short names in brackets, "each Police and Crime Commissioner ("the Commissioner")")
    r"(?:^\W*(?:(?:under|by virtue of|in accordance with)\s+[^,;:]{1,150}?\s+)?|,\s*)"
    r"(?:the|a|an|each|every|all|its|their|our)\s+(?:[\w'\u2019&-]+\s+|[(\[][^()\[\]]{1,40}[)\]]\s+){0,8}?"
    r"(?:must|shall|(?:is|are)\s+(?:legally\s+|statutorily\s+)?(?:required|obliged)\s+to|ha(?:s|ve)\s+to|"
    r"ha(?:s|ve)\s+(?:a|the)\s+(?:statutory\s+|legal\s+)?(?:duty|obligation)\s+to)\s+(?!not\b)",
    re.I,
)


# A seat held, told in the present ("Councillor Smith sits on the board of the Safer Roads Partnership",
# "The Council is a member of the Local Resilience Forum", "The Chief Executive is the Council's
# representative on the Panel", "Both councils are represented on the Board"): who belongs to which
# body, a standing description of membership, not work done with it (NOTES 1843). In the past ("The
# Committee's members sat on the Advisory Board, representing fire authorities") it is the year's work
# and is read as before.
_MEMBERSHIP_STATED = re.compile(
    r"\b(?:sits?|serves?)\s+(?:as\s+an?\s+(?:\w+\s+){0,2}?member\s+)?on\s+(?:the|a|an|its|their|our)\b|"
    r"\b(?:is|are)\s+(?:also\s+)?(?:an?\s+|the\s+)?(?:(?:full|voting|co-opted|core|statutory|founding)\s+)?"
    r"members?\s+of\s+(?:the|a|an|its|their|our)\b|"
    r"\b(?:is|are)\s+(?:also\s+)?represented\s+on\b|"
    r"\b(?:is|are)\s+(?:also\s+)?(?:the|a|an|its|their|our)\s+(?:[\w'\u2019]+\s+){0,2}?"
    r"representatives?\s+(?:on|to)\b",
    re.I,
)


# The Government's own deed told: a government, a department of state, a minister or a secretary of
# state as the subject of publishing, launching or announcing ("The Home Office published the Beating
# Crime Plan in July", "In 2021 the Scottish Government published a new strategy", "The Government has
# launched a consultation on new powers"): the background the paper's work stands in, not the body's
# deed, unless the paper is the Government's own (its author's name says so). The body's work told
# with the Government as the subject ("The Home Office has confirmed that our bid was successful",
# "The Government failed to respond to our calls") has other verbs and is read as before.
_GOVERNMENT_SUBJECT = (
    r"^\W*(?:(?:In|On|During|Since|Earlier|Last|This|At)\b[^,]{0,40}?,?\s+)?(?:the\s+)?"
    r"(?:(?:UK|Welsh|Scottish|British|Northern Ireland|Irish|Australian|New Zealand|Federal|State|national|"
    r"central)\s+)?"
    r"(?:Government|Home Office|Ministry of [A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?|"
    r"Department (?:of|for) [A-Z][\w,&' -]{0,60}?|Home Secretary|Secretary of State(?: for [A-Z][\w ,&'-]{0,60}?)?|"
    r"(?:Prime\s+)?Minister(?: for [A-Z][\w ,&'-]{0,60}?)?|Treasury|Cabinet Office|Chancellor)"
)
_GOVERNMENT_DEED = re.compile(
    _GOVERNMENT_SUBJECT
    + r"(?:\s+\([^)]{1,20}\))?,?\s+(?:has\s+|have\s+|had\s+|also\s+|recently\s+|now\s+|today\s+|"
    r"formally\s+|this week\s+|finally\s+){0,3}"
    r"(?:published|launched|announced|introduced|unveiled|released|issued|set out|laid)\b",
    re.I,
)
_GOVERNMENT_AUTHOR = re.compile(
    r"\b(?:Government|Office|Ministry|Department|Secretary|Minister|Treasury|Executive)\b", re.I
)
# A meeting's own business: the record of the last meeting received or agreed ("The notes of the Panel
# held on 13 December were received", "The minutes of the previous meeting were approved as a correct
# record"), whatever else a date in it reads as ("held on" is no event).
_RECORD_RECEIVED = re.compile(
    r"^\W*(?:the\s+)?(?:draft\s+|action\s+|public\s+)?(?:minutes|notes|record)\s+of\s+[^.;]{0,120}?"
    r"\b(?:was|were)\s+(?:duly\s+|then\s+|formally\s+)?(?:received|noted|agreed|approved|confirmed|signed|"
    r"accepted|adopted|taken as read)\b",
    re.I,
)
# A line to the reader: thanks given ("Thanks to everyone who supported the campaign"), an invitation to
# sign up or follow ("Sign up to our newsletter", "Follow us on social media"), or who answers the press
# ("For media enquiries please contact the press office": `kinds.PRESS_CONTACT`, its one home): the
# page's furniture, not work it reports.
_TO_THE_READER = re.compile(
    r"^\W*(?:(?:many|special|huge|a big|our|sincere|grateful)\s+)?(?:thanks|thank you)\s+(?:go(?:es)?\s+)?"
    r"(?:to|for)\b|"
    r"^\W*(?:sign up|subscribe|follow us|like us|register (?:now|here|online|for)|book (?:your|a) place)\b",
    re.I,
)


def _every_sentence(text: str, stated: re.Pattern[str]) -> bool:
    """Does every sentence of `text` say what `stated` matches, none of them telling a deed?"""
    said = [s for _, s in sentences(text) if s.strip()]
    return bool(said) and all(stated.search(s) and not tells_deed(s) for s in said)


def _government_told(text: str) -> bool:
    """Does every sentence of `text` tell the Government's own deed (`_GOVERNMENT_DEED`), and no other
    deed after it ("…, and the Association responded to it in June")?"""
    said = [s for _, s in sentences(text) if s.strip()]
    told = [_GOVERNMENT_DEED.match(s) for s in said]
    return bool(said) and all(
        m is not None and not tells_deed(s[m.end() :]) for s, m in zip(said, told, strict=True)
    )


# What the paper does in saying it ("I hereby certify that the foregoing agenda was posted …", "Notice
# is hereby given that the Board will meet …", "You are hereby summoned to attend …"): a clerk's
# certificate, a notice or a summons, the document's own act, not work it reports.
_PERFORMATIVE = re.compile(
    r"^\W*(?:(?:I|We)\s+(?:do\s+)?hereby\s+(?:certify|declare|confirm|attest|give\s+notice|give\s+public\s+notice)|"
    r"(?:Notice|Public\s+notice)\s+is\s+hereby\s+given|You\s+are\s+hereby\s+(?:summoned|requested|invited|notified))\b"
)


# A minute's procedural item that holds no work (NOTES 1310): the apologies, the attendance, the
# declarations of interest. Where the chair's remarks have no item of their own they run on under it
# ("2 DECLARATIONS OF INTEREST / NONE declared / The Chairman referred to the recent Member visit to
# …"): a paragraph that opens with the chair's own remarks ("The Chairman referred to …", "The Chair
# thanked …") and says nothing of interests, apologies, who attended or the meeting itself is not the
# item's, and is read for work like any other (its kinds' patterns decide).
_PROCEDURAL_ITEM = re.compile(
    r"^\W*(?:\d+[.)]?\s+)?(?:(?:welcome|chair(?:man)?'s welcome)\W+)?(?:apologies|declarations?|disclosures?|"
    r"sederunt|attendance|substitut)",
    re.I,
)
_CHAIRS_REMARK = re.compile(
    r"^\W*(?:The\s+)?(?:Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Convenor|Convener)\s+"
    r"(?:also\s+)?(?:referred|reported|thanked|congratulated|updated|informed|announced|noted|welcomed)\b"
)
_PROCEDURAL_MATTER = re.compile(
    r"\b(?:interests?|declar\w*|disclos\w*|apolog\w*|absence|absent|substitut\w*|present|attend\w*|"
    r"(?:to|welcomed\s+\w+(?:\s+\w+){0,3}\s+to)\s+(?:the|this)\s+meeting)\b",
    re.I,
)


def chairs_remarks_under_procedure(title: str | None, text: str) -> bool:
    """Is the unit the chair's remarks run on under a procedural item of a minute
    (`_PROCEDURAL_ITEM`), rather than the item's own business?"""
    return bool(
        title
        and _PROCEDURAL_ITEM.match(title)
        and _CHAIRS_REMARK.match(text)
        and not _PROCEDURAL_MATTER.search(text)
    )


def _skipped(u: Unit, numbered: bool, duty_items: set[int], author_words: tuple[str, ...] = ()) -> str | None:
    """Why the rules do not read a unit for work at all, or None when they do."""
    role = u.section.role
    if role == "excluded" and not chairs_remarks_under_procedure(u.section.title, u.text):
        return "excluded section"
    # In a numbered paper an unnumbered paragraph is a cover line or an aside, not a unit.
    if u.number is None and numbered and role != "untitled":
        return "unnumbered aside"
    if id(u) in duty_items:
        return "list of duties or topics"
    return _said_not_work(u.text, author_words)


def _said_not_work(text: str, author_words: tuple[str, ...] = ()) -> str | None:
    """Why a unit's text alone says it is no work done (`_skipped`'s reasons of the text), or None."""
    if _RESOLUTION.match(text):
        return "resolution"
    if partner_update(text, author_words):
        return "a partner's update to the meeting"
    if front_label(text):
        return "front matter set inline"
    if _AGENDA_PURPOSE.match(text) or _RECOMMENDED.match(text):
        return "what the meeting is asked to do"
    if _STATUTE_SUBJECT.match(text):
        return "a statute described"
    if _PERFORMATIVE.match(text):
        return "a formal statement the paper itself makes"
    if _every_sentence(text, _DUTY_STATED):
        return "a duty stated"
    if _every_sentence(text, _MEMBERSHIP_STATED):
        return "membership stated"
    if _government_told(text) and not any(_GOVERNMENT_AUTHOR.search(w) for w in author_words):
        return "the Government's own deed"
    if _RECORD_RECEIVED.match(text):
        return "the meeting's own business"
    if _TO_THE_READER.match(text) or PRESS_CONTACT.match(text):
        return "a line to the reader"
    if _IMPERATIVE.match(text):
        return "an aim or duty set as an imperative"
    # A paragraph introducing a list is an activity only if it reports work itself.
    if len(sentences(text)) == 1 and POINTER.search(text):
        return "list lead"
    return None


def not_work(text: str, author_words: tuple[str, ...] = ()) -> str | None:
    """Why the rules read no work in a unit's text on its own (no section, list or paper around it),
    or None where they read some: a reason `_skipped` gives from the text, or no kind read (the
    kinds' patterns, then the body as the subject of a deed). For measuring what these judgements
    spare on text read under earlier rules (`bench/first_reading_losses.py`)."""
    said = _said_not_work(text, author_words)
    if said is not None:
        return said
    if classify(text, author_words=author_words, unknown_author=not author_words):
        return None
    if reported_kinds(text, author_words) or announced_kinds(text, author_words):
        return None
    if action_cues(text, author_words):
        return None
    return "no kind read"


# Work told to a meeting in reported speech, backshifted, as minutes tell it (NOTES 1210): the
# reporting verb and its "that" ("The Policy Officer confirmed that …", "He reported that …", "Officers
# informed the committee that …"), then the deed in the past perfect ("… the Panel's report had been
# published", "… the PCSP had taken part in joint initiatives with the PSNI"), which the kinds'
# patterns, written for the deed told as done, do not read.
_REPORTED = re.compile(
    r"\b(?:said|reported|confirmed|informed|told|advised|explained|stated|reminded|updated|added|announced)\b"
    r"[^.;:\"\u201c]{0,60}?\bthat\s+",
    re.I,
)
# ("had" and a participle, or "had been": not "had" as a verb of its own, "the Panel had a reserve fund")
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:also|already|now|recently|since|successfully)\s+)?(?:(been\s+)|(?=[a-z]+(?:ed|en|wn)\b|"
    r"(?:met|held|led|made|run|set|sent|spent|built|won|begun|brought|bought|done|told|put|paid|sought|kept|"
    r"found|taught|lost|read|heard)\b))",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;](?:\s|$)")
# A speaker who is another service's officer ("The Deputy Chief Fire Officer said that crews had …" in
# a council committee's minutes): that service's update to the meeting, not the author's work. By
# the service the title names, and the words that make the author that service.
_SPEAKER_SERVICES = (
    (re.compile(r"\bFire\b"), re.compile(r"\bFire\b")),
    (
        re.compile(r"\b(?:Police|Constabulary|Constable|Inspector|Superintendent|Sergeant|PCSO)\b"),
        re.compile(r"\b(?:Police|Constabulary)\b"),
    ),
    (re.compile(r"\bCommissioner\b"), re.compile(r"\b(?:Commissioner|PCC|PFCC|OPCC)\b")),
)


def _other_service_speaker(speaker: str, author_words: tuple[str, ...]) -> bool:
    """Does the speaker's title name a service the author is not (`_SPEAKER_SERVICES`)?"""
    return any(
        title.search(speaker) and not any(own.search(w) for w in author_words)
        for title, own in _SPEAKER_SERVICES
    )


def reported_kinds(text: str, author_words: tuple[str, ...] = ()) -> list[str]:
    """The kinds of the deeds a unit reports to the meeting in the past perfect ("He reported that the
    PCSP had taken part in joint initiatives with the PSNI"), each reported clause read as told ("the
    PCSP took part …": `had been` as `was`, `had` dropped), or none. A clause with no past perfect
    (what the meeting was told is, will be or must be) reads nothing; nor one told by another service's
    officer (`_other_service_speaker`)."""
    out: list[str] = []
    for m in _REPORTED.finditer(text):
        starts = [e.end() for e in _CLAUSE_END.finditer(text, 0, m.start())]
        if _other_service_speaker(text[starts[-1] if starts else 0 : m.start()], author_words):
            continue
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.end() : end.start() + 1 if end else len(text)]
        if not _PLUPERFECT.search(clause):
            continue
        told = _PLUPERFECT.sub(lambda h: "was " if h.group(1) else "", clause)
        for k in classify(told, author_words=author_words, unknown_author=not author_words):
            if k not in out:
                out.append(k)
    return out


# The body's engagement told in its minutes as a visit, a noun the kinds' verbs do not read (NOTES
# 1310): the chair or an officer "referred to the recent Member visit to the Govan Area Control
# Centre", "reported on the recent visit of the new High Sheriff to Fire and Rescue Headquarters".
# Members' visit to a named place is work with the body visited; a visitor received at the body's own
# premises is an event it hosted.
_VISIT_TOLD = (
    r"\b(?:referred|reported|spoke|mentioned|updated\b[^.;]{0,40}?\bon|thanked\b[^.;]{0,80}?\bfor)\s+"
    r"(?:to\s+|on\s+|about\s+|of\s+)?(?:the|a|their|his|her)\s+(?:recent\s+|successful\s+)?"
)
MINUTE_ENGAGEMENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "partnership",
        re.compile(
            _VISIT_TOLD + r"(?:(?:Member|Members'?|Panel|Committee|Board|Authority|Councillors'?)\s+)?"
            r"visits?\s+(?:by\s+(?:the\s+)?(?:Members|Panel|Committee|Board|Chair(?:man)?)\s+)?to\s+(?:the\s+)?"
            r"(?-i:[A-Z])",
            re.I,
        ),
    ),
    (
        "event",
        re.compile(
            _VISIT_TOLD + r"visits?\s+(?:of|by)\s+[^.;]{1,60}?\bto\s+(?:the\s+|our\s+|its\s+)?"
            r"(?:[A-Z][\w&'-]*\s+){0,5}(?-i:Headquarters|HQ|Station|Offices|Control\s+Room)\b",
            re.I,
        ),
    ),
)
# (a visit still to come: "referred to the Members' visit to the control room planned for May")
_VISIT_TO_COME = re.compile(
    r"\b(?:planned|proposed|arranged|scheduled|forthcoming|upcoming|next|will|would|shall|to be|to take place)\b",
    re.I,
)


def minute_engagement_kinds(text: str) -> list[str]:
    """The kinds of a visit a minute tells of as the body's engagement (`MINUTE_ENGAGEMENTS`), or
    none: not a visit still to come (`_VISIT_TO_COME` in the rest of its sentence)."""
    out: list[str] = []
    for kind, pattern in MINUTE_ENGAGEMENTS:
        for m in pattern.finditer(text):
            end = _CLAUSE_END.search(text, m.end())
            if not _VISIT_TO_COME.search(text[m.end() : end.start() if end else len(text)]):
                out.append(kind)
                break
    return out


class Why(NamedTuple):
    """One reason the rules are unsure of an activity, as raised: how sure they are, the note in an
    officer's words (`extract.unsure`, the one home for them) and, where the reading decides what the
    pipeline does with the activity, its code (`ReadAs`, tested by `_spared` and `_only_account`; the
    words never are)."""

    confidence: float
    words: str
    read_as: ReadAs | None = None


def _rule_kinds(u: Unit, author_words: tuple[str, ...], first_person: bool) -> tuple[list[str], list[Why]]:
    """The kinds the rules read in a unit, and why they are unsure of them, with how sure."""
    role = u.section.role
    if u.is_item and role != "background":
        kinds = item_kinds(u.text, author_words)
    else:
        kinds = classify(
            u.text,
            strict=(role == "background"),
            author_words=author_words,
            first_person=first_person,
            unknown_author=not author_words,
        )
    unsure: list[Why] = []
    if kinds and minute_pluperfect_deed(u.text, author_words):
        # (`kinds.minute_pluperfect_deed`: a minute's account of work done before the meeting, beside its
        # business; the model was fitted on verdicts in which the business sentence made such a unit no work)
        unsure.append(Why(0.7, unsure_notes.EARLIER_WORK_IN_MINUTES, ReadAs.EARLIER_IN_MINUTES))
    if not kinds:
        kinds = reported_kinds(u.text, author_words)
        if kinds:
            unsure.append(Why(0.7, unsure_notes.TOLD_TO_THE_MEETING, ReadAs.REPORTED))
    if not kinds:
        kinds = announced_kinds(u.text, author_words)
        if kinds:
            unsure.append(Why(0.7, unsure_notes.ANNOUNCED))
    if not kinds:
        kinds = minute_engagement_kinds(u.text)
        if kinds:
            unsure.append(Why(0.7, unsure_notes.VISIT_IN_MINUTES, ReadAs.VISIT))
    if not kinds:
        # No kind's own words: an activity still when the body is the subject of a deed.
        cues = action_cues(u.text, author_words)
        kinds = [k for k, _ in cues]
        if cues:
            unsure.append(Why(0.6, unsure_notes.kind_guessed([v for _, v in cues])))
    # (A deed told in the passive with no doer named is no longer flagged: on
    # the development papers the author's work in 32 of the 34 matched activities flagged for it
    # alone, fewer wrong than among the activities not flagged at all; NOTES 3262.)
    return kinds, unsure


# The kind a paragraph the model takes for an activity gets when no kind's words are in it: the
# keys' commonest for what the rules miss (services to residents, see tests/data/real/NOTES.md 3).
_DEFAULT_KIND = "support"


@dataclass
class Found:
    unit: Unit
    orgs: list[OrgMatch]
    people: list[str]
    people_spans: list[tuple[int, int]]
    policy_names: list[str]


def _times_told(units: list[Unit], cycle: Cycle) -> None:
    """Set `Unit.told`, the dates told before the units they date: an event's time paragraph
    (`dates.time_told`, "Took place 10 - 17 October 2022.") dates the units after it in its section
    and under a heading of its deeds that follows ("What did we do?"), until another section; a page's
    opening paragraph telling a deed in the present perfect takes the page's own day
    (`dates.news_lead_date`)."""
    # (the lead, or the paragraph after it where the lead only sets the scene and tells no deed of its
    # own, no date and none of the page's news: "Members have told us … / Our President has written …")
    leads = list(islice((u for u in units if len(u.text.split()) >= 8), 2))
    for i, lead in enumerate(leads):
        day = news_lead_date(lead.text, cycle)
        if day:
            lead.told = day
            break
        if i == 0 and (resolve_date(lead.text, cycle) or news_deed_told(lead.text)):
            break
    carried: tuple[Section, str] | None = None
    for u in units:
        if carried is not None and u.section is not carried[0]:
            carried = (u.section, carried[1]) if is_deeds_heading(u.section.title) else None
        when = time_told(u.text, cycle)
        if when:
            carried = (u.section, when)
        elif carried is not None and u.told is None:
            u.told = carried[1]


def _activity(f: Found, kinds: list[str], unsure: list[Why], po: PaperOrgs, cycle: Cycle) -> ActivityFound:
    u = f.unit
    unsure = list(unsure)
    for name in _unplaced_names(u.text, f.orgs, f.people_spans, f.policy_names):
        unsure.append(Why(0.7, unsure_notes.name_not_known(name)))
    org_names: list[str] = []
    for o in f.orgs:
        if o.internal and o.name in po.authors and po.author_basis in ("named most", INFERRED_WEAKLY):
            # Only frequency said this body wrote the paper: a partnership's paper names its
            # member council most, a blog the body it reports on. Left off, but flagged; as is a
            # body taken for the author on a weak sign (a news page's opening subject, a
            # council's own members as its actors).
            why = (
                unsure_notes.author_named_most(o.name)
                if po.author_basis == "named most"
                else unsure_notes.author_inferred(o.name)
            )
            if Why(0.7, why) not in unsure:
                unsure.append(Why(0.7, why))
        if o.internal or o.by_function or plain(o.name) in generic_bodies():
            continue
        if _contrast_only(u.text, o.start, o.end) or _quoted_stance(u.text, o.start, o.end):
            continue
        if po.is_board_body(o.name):
            # Another body's paper imported into the board of this one: the board's own body is no
            # organisation of the paper's activities, but work done with it is done in partnership.
            if "partnership" not in kinds and with_counterpart(u.text, o.start, o.end):
                kinds = [*kinds, "partnership"]
            continue
        if not po.author_words and _deed_subject(u.text, o.end, o.start):
            # A page whose author is not known reports the work of the body that did it: that body
            # is the page's, not a counterpart of its own work ("the Home Office launched …").
            continue
        if o.name not in org_names:
            org_names.append(o.name)
            if o.via in NEW_ORG_VIAS and po.gaz.canonical(o.name) is None:
                unsure.append(Why(0.8, unsure_notes.organisation_by_its_name(o.name)))
        if "partnership" not in kinds and with_counterpart(u.text, o.start, o.end):
            kinds = [*kinds, "partnership"]
    return ActivityFound(
        paragraph=u.number,
        theme=u.section.theme,
        kinds=kinds,
        date=resolve_date(u.text, cycle, po.author_words) or u.told,
        organisations=org_names,
        policies=f.policy_names,
        people=f.people,
        nations=find_nations(u.text, f.orgs),
        text=u.text,
        confidence=min(w.confidence for w in unsure) if unsure else None,
        unsure=[w.words for w in unsure],
        read_as=frozenset(w.read_as for w in unsure if w.read_as is not None),
    )


# After a body's name: the verb of a deed it did ("… launched the new strategy", "… have now
# published", "… commissioned Ipsos UK to …"), the body its subject.
_DEED_AFTER_NAME = re.compile(
    r"(?:'s?)?(?:\s+\([A-Z]{2,}s?\))?\s+(?:(?:has|have|had)\s+)?(?:(?:now|also|recently|jointly|then|first)\s+)?"
    r"(?:published|launched|commissioned|issued|released|produced|carried out|conducted|undertook|held|hosted|"
    r"ran|led|wrote|set up|funded|awarded|responded|submitted)\b"
)


# A person's name, then the post that names the body set off by commas ("Jo Bloggs, the Police and
# Crime Commissioner for Westshire, held …"): the body is the subject of the deed the holder did.
_HOLDER_BEFORE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){1,2},\s+(?:the\s+)?$")


def _deed_subject(text: str, end: int, start: int | None = None) -> bool:
    """Is the body named up to `end` the subject of a deed the text reports (`_DEED_AFTER_NAME`)?
    With `start`, also a post-holder's body in apposition: "Jo Bloggs, the Police and Crime
    Commissioner for Westshire, held a seminar" (the name before, the comma after)."""
    if _DEED_AFTER_NAME.match(text, end) is not None:
        return True
    return (
        start is not None
        and text[end : end + 1] == ","
        and _HOLDER_BEFORE.search(text[max(0, start - 60) : start]) is not None
        and _DEED_AFTER_NAME.match(text, end + 1) is not None
    )


# A quotation that opens on a body's stance, its speaker's own words ("“The Westshire Probation
# Association welcomes this research …", "‘Northvale Council is delighted to …"): the body says
# what it thinks of another's work; it is the statement's speaker, not a body the work was done
# with, for or to, and the keys leave it off (the author's own welcome, most often).
_QUOTE_OPENS = re.compile(r"(?:^|[\s(])[“\"‘']\s*(?:[Tt]he\s+)?$")
_STANCE_AFTER = re.compile(
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?\s+(?:(?:very|strongly|warmly|fully|also)\s+)?"
    r"(?:welcomes|applauds|supports|endorses|(?:is|are)\s+(?:(?:very|so|really)\s+)?"
    r"(?:delighted|pleased|proud|glad|happy|committed))\b"
)


def _quoted_stance(text: str, start: int, end: int) -> bool:
    """Is the body at `start`-`end` the subject opening a quotation with its stance
    (`_QUOTE_OPENS`, `_STANCE_AFTER`)?"""
    return _QUOTE_OPENS.search(text, 0, start) is not None and _STANCE_AFTER.match(text, end) is not None


# A body named only as what the deed lies outside, in a phrase set before the clause ("Beyond the
# Commission, we ran two courses", "Apart from the Panel's own budget, the Board funded …"): the
# frame of the deed, not a body it was done with, for, or to. ("Alongside" and "As well as" join a
# partner to the deed, and are not read so.)
_CONTRAST_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)\s*(?:Beyond|Besides|Apart from|Aside from|Outside(?: of)?|Other than)\s+[^,.;:!?]{0,80}$"
)
_CONTRAST_CLOSES = re.compile(r"[^,.;:!?]{0,60},")


def _contrast_only(text: str, start: int, end: int) -> bool:
    """Is the body at `start`-`end` named in a fronted contrast phrase (`_CONTRAST_BEFORE`) that
    a comma closes before the clause it frames?"""
    return (
        _CONTRAST_BEFORE.search(text, 0, start) is not None and _CONTRAST_CLOSES.match(text, end) is not None
    )


def assemble(paper: Paper, read: PaperRead, chosen: list[tuple[int, ActivityFound]]) -> Extraction:
    """The `Extraction` of a paper from its chosen activities (`extraction_of`'s last step)."""
    # A page with no title that opens with its text (a news story stored without its headline): its
    # sub-heads break the story up; they are not themes of the author's work.
    if not paper.meta.title and opens_with_prose(paper):
        chosen = [(idx, replace(a, theme=None)) for idx, a in chosen]
    active_sections: list[int] = []
    for idx, a in chosen:
        if a.theme and idx >= 0 and read.sections[idx][0].theme and idx not in active_sections:
            active_sections.append(idx)
    themes: list[ThemeFound] = []
    for idx in active_sections:
        s, numbers = read.sections[idx]
        existing = next((t for t in themes if t.title == s.title), None)
        if existing:
            existing.paragraphs += [n for n in numbers if n not in existing.paragraphs]
        else:
            themes.append(ThemeFound(s.title, list(numbers)))

    return Extraction(
        paper=PaperInfo(
            title=paper_title(paper, read.cycle),
            body=paper.meta.body,
            meeting_date=paper.meta.meeting_date,
        ),
        cycle=read.cycle.label,
        themes=themes,
        activities=[a for _, a in chosen],
        plan=find_plan(paper, read.cycle),
        organisations=all_organisations(paper, read.po),
    )


# The opening of a meeting's record: "At a MEETING of the …", "Minutes of the …", a "Present:" list.
_RECORD_OPENING = re.compile(r"^\W*(?:at an? (?:\w+ ){0,3}meeting of|minutes of|present\b)", re.I)
# A meeting's formalities, the first items of most minutes, which a reader may take for the title
# of a short minute that prints none: never what the paper is listed under.
_FORMALITY = re.compile(
    r"^\W*(?:\d+[.)]?\s+)?(?:declarations? of (?:members'? )?interests?|apologies(?: for absence)?|"
    r"confirmation of (?:the )?minutes|minutes of (?:the )?(?:previous|last) meeting|minutes\W*$|matters arising|"
    r"present|in attendance)",
    re.I,
)


def paper_title(paper: Paper, cycle: Cycle) -> str | None:
    """The title a paper is listed under: its own, else what it says of itself.

    Many minutes and letters print no title line. Their first heading is usually an item
    ("DECLARATION OF INTEREST", "Purpose of report"), which would list the paper under a formality
    (and a reader may have taken a formality for the title of a short minute),
    so the body and the meeting's date name it instead ("Minutes: Police Committee, 20 January
    2014"); failing those, the first heading that names a subject (not front matter, background or a
    formality) where it stands over the text (a heading after the text's first sentences is a
    section's sub-head, not the paper's name); failing that, the paper's opening sentence, a news
    page's lead stored without its headline, shortened (`_lead_title`); else None (the caller falls
    back to the file's name).
    """
    meta = paper.meta
    if meta.title and not _FORMALITY.match(meta.title):
        return meta.title
    if meta.body or meta.meeting_date:
        when = _display_date(meta.meeting_date)
        named = ", ".join(x for x in (meta.body, when) if x)
        opening = [clean(b.text) for b in paper.blocks[:8] if isinstance(b, (Heading, Paragraph))]
        return f"Minutes: {named}" if any(_RECORD_OPENING.match(t) for t in opening) else named
    for b in paper.blocks:
        if isinstance(b, Heading):
            if classify_heading(b.text, cycle).role == "theme":
                return clean(b.text)
        elif isinstance(b, (Paragraph, ListItem)) and is_prose(b.text):
            break
    return _lead_title(paper)


# A stored title's room: a lead longer than this is cut at a word and marked as cut.
_LEAD_TITLE_CHARS = 90
# The words a cut lead may not end on: it would read as a fragment ("… the attention of").
_TRAILING_SMALL_WORD = re.compile(
    r"(?:\s+(?:the|a|an|and|or|but|of|to|in|on|at|by|for|from|with|into|as|that|which|who|when|"
    r"while|its|their|his|her|this|these|was|were|is|are|has|have|had|be|been)|[\s,;:–—-]+)+$",
    re.I,
)


def _lead_title(paper: Paper) -> str | None:
    """The opening sentence of a paper whose text opens with prose (a news page stored without its
    headline tells what happened in its first sentence), its full stop taken off, cut at a word within
    `_LEAD_TITLE_CHARS` with an ellipsis; None where the paper opens otherwise."""
    first = next((b for b in paper.blocks if isinstance(b, Paragraph)), None)
    if first is None or not opens_with_prose(paper):
        return None
    text = clean(first.text)
    lead = clean(sentences(text)[0][1]).rstrip(".!")
    if len(lead) <= _LEAD_TITLE_CHARS:
        return lead
    cut = lead[: _LEAD_TITLE_CHARS + 1].rsplit(" ", 1)[0]
    cut = _TRAILING_SMALL_WORD.sub("", cut)
    return cut + "…" if cut else None


def _display_date(iso: str | None) -> str | None:
    try:
        return PartialDate.from_iso(iso).display() if iso else None
    except ValueError:  # a reader's date the partial-date type refuses: left out of the title
        return None


# A name in capitals where a counterpart stands ("commissioned from Hall Aitken", "run with Virgin
# Care and …", "comments made by Care Forum Wales"): a body or a person the rules cannot place.
_COUNTERPART_NAME = re.compile(
    r"\b(?:commissioned(?: from)?|run with|with|by|from|alongside)\s+"
    r"((?-i:[A-Z][a-z][\w'&-]*)(?:\s+(?-i:[A-Z][\w'&-]*)){1,3})(?=\s+(?:to|and|on|in|for|are|is|was|were|who|has|have)\b|[,.;:)]|$)"
)
_PLACE_OR_TIME = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|North|South|East|West|Northern|Greater|England|Wales|Scotland|"
    r"Councillor|Cllr|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness|Professor|The|Our|This|These)\b"
)


# A name ending in a document's, an event's or a scheme's word is not a body's.
_DOCUMENT_END = re.compile(
    r"\b(?:Reviews?|Plans?|Strateg(?:y|ies)|Reports?|Assessments?|Act|Bill|Programmes?|Schemes?|Funds?|Awards?|"
    r"Weeks?|Days?|Conferences?|Summits?|Guidance|Framework|Charter|Campaign|Project|Pilot)$"
)


def _unplaced_names(
    text: str, orgs: list[Any], people_spans: list[tuple[int, int]], policy_names: list[str]
) -> list[str]:
    """Capitalised names where a counterpart stands that are neither a known or learned
    organisation, a person nor a policy: the reviewer should look, the rules do not guess."""
    text = norm_text(text)
    taken = [(o.start, o.end) for o in orgs] + list(people_spans)
    out: list[str] = []
    for m in _COUNTERPART_NAME.finditer(text):
        name = m.group(1)
        if any(s < m.end(1) and m.start(1) < e for s, e in taken) or _PLACE_OR_TIME.match(name):
            continue
        if _DOCUMENT_END.search(name):
            continue
        if any(name.lower() in p.lower() or p.lower() in name.lower() for p in policy_names):
            continue
        if name not in out:
            out.append(name)
    return out


def paper_orgs(
    paper: Paper, gaz: Gazetteer, full_text: str, author: str | None = None, board_body: str | None = None
) -> PaperOrgs:
    """Who wrote the paper, with the organisations it defines (`author_evidence`, then
    `learn_paper_orgs`): the one place the author given, the importing board's body and what the
    paper says of itself are weighed.

    `author`, known for certain, is the author and nothing is inferred (a `board_body` other than it
    is only kept off the activities and the organisations). Without it the paper says who wrote it,
    if anything does; then, given `board_body` (an import into a board of that body):
    - a paper whose author so found is that body or a body inside it is the board's own, and is read
      as if its body were given as the author (as the board's papers always were);
    - a paper that names another body as its own (its letterhead or masthead, a byline, the "we"
      body, the body it names most) is that body's, read as when nothing is given, with the board's
      body kept off its activities and its organisations (`PaperOrgs.board_bodies`);
    - a paper that names no author is the board's own when it names the board's body (the body a
      board's paper speaks of is its own); one that names neither is of unknown origin, read as
      when nothing is given: taking the board's body for the author of a page that never names it
      would have the rules look for an actor the page does not have."""

    def learned(given: str | None) -> PaperOrgs:
        head, body, not_author, news = author_evidence(paper, gaz, given, full_text)
        po = learn_paper_orgs(full_text, gaz, head, body, not_author=not_author)
        if news:
            po.author_basis = NEWS_OF_OWN_PUBLICATION
        return po

    po = learned(author)
    if not board_body:
        return po
    board = PaperOrgs(gaz, authors=stated_bodies(board_body, po))
    named = po.authors or {o.name for o in po.find(full_text)}
    if any(board.is_author_or_internal(a) for a in named):
        return po if author else learned(board_body)
    po.board_bodies = board.authors
    return po


def author_evidence(
    paper: Paper, gaz: Gazetteer, author: str | None = None, full_text: str | None = None
) -> tuple[str | None, str | None, set[str], bool]:
    """What says who wrote the paper, strongest first: the author given, else the letterhead
    (a body named in the title or opening headings); the body the paper is for (its meeting);
    bodies not to be taken as the author for being named most (an event's host); and whether the
    author is known only as the body a news page reports publishing its own document.
    `learn_paper_orgs` falls back on the text (a byline, "we", frequency) only when the first two
    say nothing. `full_text`: the paper's normalised text, where the caller has it already."""
    head = author or letterhead(paper, gaz)
    body = paper.meta.body
    owner = None if head else title_owner(paper)
    if not head and not owner and not body:
        # A page with no letterhead: the body whose site published it ("… | Local Government
        # Association" in its <title>) wrote it, when that name is a body's name.
        head = publisher_body(paper, gaz)
    news = False
    if head and not author and not owner and not body:
        # "Westshire Fire and Rescue publish …" over "Westshire Fire and Rescue Service has published
        # its …": the headline's short name is the body the opening names in full, and the page is
        # the news of its own publication, read as below.
        own = own_publication_body(paper, gaz)
        if own and own != head and PaperOrgs(gaz, authors={own}).is_author_or_internal(head):
            head, news = own, True
        elif gaz.canonical(head) is None and _shortened(head, lead := lead_funding_body(paper, gaz)):
            # "Police and Commissioner announces further funding …" over "Angelique Foster,
            # Derbyshire Police and Crime Commissioner, has secured an extra £1m …": a headline
            # names the body short, in words no body is called by; the lead names it in full.
            head = lead
    if not head and not owner and not body:
        # A news report of a body's own publication ("X Fire and Rescue Service has published its
        # statement of assurance"): the page reports the body's work from its report, so the
        # body is the author of what the page tells, not an organisation of its own activities.
        head = own_publication_body(paper, gaz)
        news = head is not None
        head = head or lead_funding_body(paper, gaz)
    if owner:
        # "The Safer Cornwall Strategic Assessment was prepared by …" in a paper titled "Strategic
        # Assessment 2015/16": the body owning the paper's own document wrote it, whatever body the
        # text names most.
        head = owner
        if body and body.lower() not in (paper.meta.title or "").lower():
            body = None
    # "Annual Report to the LGA Board" under another body's letterhead: the board the paper goes
    # to is its reader, not its author.
    if head and body and not author and addressed_to(paper.meta.title, body):
        body = None
    # Minutes of a meeting that "received the annual report of the Chair of the Redditch
    # Community Safety Partnership": the body named in the item's title presented it; the meeting
    # wrote the paper.
    if head and body and not author:
        flat = " ".join((full_text if full_text is not None else norm_text(paper.text())).split())
        if re.search(_PRESENTED_BY.pattern + re.escape(head), flat):
            head = None
    return head, body, set() if head or body else event_hosts(paper, gaz), news


def _shortened(short: str, full: str | None) -> bool:
    """Is `short` the name `full` less some of its words (its words all in `full`, in order)?"""
    if not full or short == full:
        return False
    rest = iter(full.lower().split())
    return all(w in rest for w in short.lower().split())


def publisher_body(paper: Paper, gaz: Gazetteer) -> str | None:
    """The publisher the reader found in the file's metadata (a site's name), when the whole of
    it names one body ("Local Government Association", "East Suffolk Council"); a site that is not
    a body ("GOV.UK", a village news site carrying a commissioner's column) says nothing."""
    name = clean(paper.meta.publisher or "")
    if not name:
        return None
    found = PaperOrgs(gaz).find(name)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        return found[0].name
    return None


# The author basis of a news page reporting its author's publication of its own report.
NEWS_OF_OWN_PUBLICATION = "news of its own publication"


# After a body's name at the opening of a news page: an acronym in brackets and the name of the
# body's holder ("… Commissioner (PCC) Dafydd Llywelyn"), then the verb of publishing and a
# possessive: the document published is the body's own ("has published its latest annual report").
_OWN_PUBLICATION_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?(?:,?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})?,?\s+"
    r"(?:has\s+(?:today\s+|now\s+|recently\s+)?(?:published|launched|released)|"
    r"(?:today\s+)?(?:published|publishes|launched|launches|released|releases))\s+"
    r"(?:its|his|her|their)\s+(?:[\w/-]+\s+){0,4}?"
    r"(?:report|statement|plan|strategy|review|assessment|accounts|summary|update)\b"
)


def own_publication_body(paper: Paper, gaz: Gazetteer) -> str | None:
    """The body a news page's opening sentence reports publishing its own document ("Staffordshire
    Fire and Rescue Service has published its latest performance report", "… Commissioner (PCC)
    Dafydd Llywelyn has published his latest annual report"), or None: the name must open the
    sentence, and only the first paragraph is read (a later "X has published its plan" is news of
    another body in a paper that has an author)."""
    first = next((b for b in paper.blocks if isinstance(b, Paragraph)), None)
    return None if first is None else _body_opening(first, gaz, _OWN_PUBLICATION_AFTER)


def _body_opening(
    lead: Paragraph, gaz: Gazetteer, after: re.Pattern[str], holder_first: bool = False
) -> str | None:
    """The body whose name opens the first sentence of `lead` (after "the"; with `holder_first`, after
    its holder's name and a comma too: "Angelique Foster, Derbyshire Police and Crime Commissioner,
    has …") when what follows the name matches `after` (the deed the page reports), or None."""
    text = clean(lead.text)
    opening = next((sent for _, sent in sentences(text)), text)
    for o in PaperOrgs(gaz).find(opening):
        start = o.start - 4 if opening[max(0, o.start - 4) : o.start].lower() == "the " else o.start
        opens = start == 0 or (holder_first and _HOLDER_FIRST.fullmatch(opening[:start]) is not None)
        if opens and after.match(opening, o.end):
            return o.name
    return None


# (the thirty-third round) After a body's name at the opening of a news page: its acronym and its
# holder's name as for a publication, then money the body gave or won, by its sum ("The Northumbria
# Violence Reduction Unit today announced it has awarded over £12,000 …", "has secured an extra £1m
# from the Home Office …"): the page tells the body's own deed, as a news page of its publication does.
_LEAD_FUNDING_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?(?:,?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})?,?\s+"
    r"(?:(?:today\s+|has\s+)?announced\s+(?:today\s+)?(?:that\s+)?(?:it|she|he|they)\s+)?"
    r"(?:has|have)\s+(?:today\s+|now\s+|also\s+|successfully\s+)?"
    r"(?:awarded|allocated|distributed|granted|secured|won|been\s+awarded)\s+"
    r"(?:(?:a\s+total\s+of|almost|nearly|over|more\s+than|some|around|about|up\s+to|an\s+(?:extra|additional))\s+)?£\d"
)
# A lead is prose: some words, and a full stop after the first sentence's last. Read word by word
# rather than as one pattern: `^(?:\S+\s+){7,}?[^.!?]*?\S[.!?](?:\s|$)`, its meaning, ran in time
# quadratic in a long paragraph with no full stop (12 s on 100 kB).
_WORD_RUN = re.compile(r"\S+")
_END_MARKS = frozenset(".!?")


def _is_lead_prose(text: str) -> bool:
    """Seven words or more, then a word of two or more characters that ends a sentence ("." "!" "?")
    with no stop among its characters but the last two: the text opens with a sentence of prose."""
    if not text or text[0].isspace():
        return False
    for k, m in enumerate(_WORD_RUN.finditer(text)):
        word = m.group()
        if k >= 7 and len(word) >= 2 and word[-1] in _END_MARKS and not _END_MARKS.intersection(word[:-2]):
            return True
    return False


# A person's name and a comma before the body's name ("Angelique Foster, Derbyshire Police and Crime
# Commissioner, has secured …"): the holder named first.
_HOLDER_FIRST = re.compile(r"(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+,\s+(?:the\s+)?$")


def lead_funding_body(paper: Paper, gaz: Gazetteer) -> str | None:
    """The body a news page's opening sentence reports giving or winning money by its sum
    (`_LEAD_FUNDING_AFTER`), or None: the name opens the sentence, or follows its holder's name and a
    comma. Only the lead is read: the first paragraph that is a sentence of prose (a date line or a
    photograph's caption over it ends with no full stop: "Published on: Friday, 27th October 2023",
    "PCC Angelique Foster outside Police HQ"), among the page's first few blocks."""
    paragraphs = (b for b in paper.blocks[:6] if isinstance(b, Paragraph))
    first = next((b for b in paragraphs if _is_lead_prose(clean(b.text))), None)
    return None if first is None else _body_opening(first, gaz, _LEAD_FUNDING_AFTER, holder_first=True)


def letterhead(paper: Paper, gaz: Gazetteer) -> str | None:
    """The body a paper is headed with ("MID AND WEST WALES FIRE AUTHORITY", "LGA in Parliament"):
    an organisation named in its title or opening headings wrote it."""
    lines = [paper.meta.title or ""] + [clean(b.text) for b in paper.blocks[:6] if isinstance(b, Heading)]
    po = PaperOrgs(gaz)
    for line in lines:
        # Capitals say nothing about which words are names: read a line set in capitals as a title.
        text = line.title().replace(" And ", " and ").replace(" Of ", " of ") if line.isupper() else line
        for o in po.find(text):
            # "NILGA AGM 2023 – …": a body's event in a title is what the paper is about; a blog or
            # a news item reporting it is usually written by someone who attended.
            if _EVENT_AFTER.match(text, o.end):
                continue
            # "Inspection of the Westshire Fire and Rescue Service …": an inspectorate's report is
            # titled by the body it inspected, which never wrote it.
            if _INSPECTED_BEFORE.match(text[: o.start]):
                continue
            # "Council leaders plead for more funds from Westshire Government ministers": a body
            # a headline's verb reaches through a preposition is the one the news is addressed to.
            if _headline_object_before(text[: o.start]):
                continue
            # "Westshire Fire and Rescue Service Transformation Consultation" on a council's page
            # (the page has a body of its own): the page is about the other body's proposals.
            if (
                paper.meta.body
                and _CONSULTATION_AFTER.match(text, o.end)
                and o.name != gaz.canonical(paper.meta.body)
            ):
                continue
            # A headline whose subject is a body ("Scottish Government fails to respond to …"): the
            # news may be another body's about what it did; the body whose spokesperson the page
            # quotes wrote it ("COSLA's Resources Spokesperson … said").
            if _HEADLINE_VERB.match(text, o.end):
                quoted = spokesperson_of(norm_text(paper.text()), po, frozenset())
                if quoted and quoted != o.name:
                    return quoted
            return o.name
    return None


# A headline sentence running up to a body ("… plead for more funds from ", "… lobbied hard
# with "): a lower-case word other than a preposition or article before a preposition that reaches
# the body, with no stop (".", ":", "|", a dash) between; "Response from the …" or "Report of the
# Chief Fire Officer to the …" has none. Read in two steps (`_headline_object_before`): one pattern
# from any word to the line's end scans to the end from every word, quadratic on a long line.
_PREPOSITION_TO_BODY = re.compile(r"\s(?:from|to|with|against)\s+(?:the\s+)?$")
_HEADLINE_WORD = re.compile(
    r"\b(?!(?:of|and|the|to|for|from|with|on|in|at|by|a|an|its|their|our|against)\b)[a-z]{3,}\b"
)
_HEADLINE_STOPS = ".:|–-"


def _headline_object_before(text: str) -> bool:
    """Does `text` (a title up to a body's name) end with a preposition a headline's word reaches?"""
    prep = _PREPOSITION_TO_BODY.search(text)
    if prep is None:
        return False
    start = max(text.rfind(c, 0, prep.start()) for c in _HEADLINE_STOPS) + 1
    # (`endpos` at the preposition's space: the word must end before it, as the one pattern had it)
    return _HEADLINE_WORD.search(text, start, prep.start()) is not None


# A present-tense verb after a name in a title: the title is a headline sentence.
_HEADLINE_VERB = re.compile(
    r"\s+(?:(?:has|is|was|will|must|to)\b|(?!(?:News|Plans|Papers|Minutes|Services|Updates|Awards|Accounts|"
    r"Statistics|Highlights|Matters|Headlines|Results)\b)(?-i:[a-z]\w+s)\b)"
)


# A body's consultation named after it in a title ("… Transformation Consultation"); "… Consultation
# Response" is a response, of whoever wrote it.
_CONSULTATION_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}Consultation\b(?!\s+(?:Response|Document|Paper))"
)


# A body's event named after the body ("NILGA AGM 2023", "LGA Annual Conference").
_EVENT_AFTER = re.compile(
    r"(?:'s)?\s+(?:(?:\d{4}\s+)?(?:AGM|Annual General Meeting|Annual Conference|Conference|Summit|Awards))\b"
)


# A meeting receiving another body's report ("Members received the annual report of the Chair of the").
_PRESENTED_BY = re.compile(
    r"\b(?:received|considered|noted)\s+(?:the|an?)\s+(?:\w+\s+){0,2}report\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:Chair|Chairman|Leader|Director)\s+of\s+(?:the\s+)?)?"
)


_OWNER_NOT = re.compile(
    r"^(?:The|This|Our|Its|Their|Draft|Final|Annual|New|Latest|First|Second|Third|Full|Current|Previous|Last|"
    r"Council|Partnership|Authority|Board|Panel|Committee|Service|Group|Network|Commissioner|Cabinet)$"
)


def title_owner(paper: Paper) -> str | None:
    """The name the text puts before the paper's own title ("The Safer Cornwall Strategic
    Assessment …" in a paper titled "STRATEGIC ASSESSMENT 2015/16"): the document's owner."""
    title = paper.meta.title or ""
    core = [
        w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", title) if w.lower() not in ("of", "and", "the", "for")
    ]
    if not 2 <= len(core) <= 4:
        return None
    pattern = re.compile(
        r"\b[Tt]he\s+((?:[A-Z][\w&-]*\s+){1,5}?)(?i:" + r"\s+".join(re.escape(w) for w in core) + r")\b"
    )
    owners = set()
    for m in pattern.finditer(" ".join(norm_text(paper.text()).split())):
        words = m.group(1).split()
        if any(_OWNER_NOT.match(w.removesuffix("'s")) for w in words):
            continue
        owners.add(" ".join(words).removesuffix("'s"))
    return next(iter(owners)) if len(owners) == 1 else None


def event_hosts(paper: Paper, gaz: Gazetteer) -> set[str]:
    """Bodies whose event the paper's title names ("NILGA AGM 2023"), or that its title says were
    inspected ("Inspection of the Westshire Fire and Rescue Service"): the paper is about them, so
    being named most does not make them its author."""
    po = PaperOrgs(gaz)
    title = paper.meta.title or ""
    return {
        o.name
        for o in po.find(title)
        if _EVENT_AFTER.match(title, o.end) or _INSPECTED_BEFORE.match(title[: o.start])
    }


# A title opening on an inspection of a body ("Inspection of the …", "Joint Inspection of …", "HM
# Inspectorate's Thematic Inspection of …" is another body's name first): the body after it.
_INSPECTED_BEFORE = re.compile(
    r"^\s*(?:(?:An?|The|Joint|Thematic|Full|Local|Area|Follow-up|Follow-Up)\s+)?[Ii]nspection\s+"
    r"(?:[Rr]eport\s+)?(?:of|into|on)\s+(?:the\s+)?$"
)


def addressed_to(title: str | None, body: str) -> bool:
    """Does the title say the paper is a report *to* `body` ("… Annual Report to LGA Leadership
    Board")? Then the body is the paper's reader."""
    if not title:
        return False
    return bool(
        re.search(r"\b(?:[Rr]eport|[Uu]pdate|[Ss]ubmission)\s+to\s+(?:the\s+)?" + re.escape(body), title)
    )


def all_organisations(paper: Paper, po: PaperOrgs) -> list[OrganisationFound]:
    """Every organisation the paper names (not its author or bodies inside it), with the acronym
    when the paper itself uses one."""
    text = norm_text(paper.text())
    out: dict[str, str | None] = {}
    for line in text.split("\n"):
        for o in po.find(line):
            if (
                o.internal
                or o.by_function
                or plain(o.name) in generic_bodies()
                or o.name in out
                or po.is_board_body(o.name)
            ):
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
    return [OrganisationFound(n, a) for n, a in out.items()]
