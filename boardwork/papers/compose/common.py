"""What the three papers share: standard wording (house style keys with defaults), paragraph
numbering, the contact officer, the board's short name and the next cycle's label."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from boardwork.boards.models import Board, Cycle, Membership
from boardwork.lib.dates import MONTH_NAMES

from ..document import Contact, Heading, Meta, Paragraph
from ..style import HouseStyle
from .names import Namer, parse_glossary
from .narrative import (
    ActivityFact,
    OrgFact,
    expand_shorthand,
    lower_first,
    note_sentences,
    short_reason,
)

# Wording the house style may not carry yet. Placeholders: {board} {board_short} {cycle}
# {next_cycle} {organisation} {count} {month} {themes}.
DEFAULT_WORDING: dict[str, str] = {
    "purpose_default": "For direction.",
    # The Purpose line by paper kind: an end of year report asks for direction, a work plan for a
    # decision, a performance report is for information (an agenda item's recorded purpose wins).
    "plan_purpose": "For decision.",
    "performance_purpose": "For information.",
    "summary_template": (
        "This paper sets out the {board_short} end of year report, including initial proposals for the "
        "{next_cycle} work plan."
    ),
    "recommendation_template": (
        "That members of the {board} note the end of year report and consider the Board’s work "
        "priorities for {next_cycle}."
    ),
    "action_template": (
        "Officers to prepare a paper setting out the proposed work plan for {next_cycle} in line with "
        "the Board’s feedback, for consideration at the first meeting of the {board} in {next_cycle}."
    ),
    "title_template": "{board_short} End of Year Report {cycle} and {next_cycle} work plan",
    "themes_agreed_template": (
        "At its meeting in {month} the Board considered its priorities for {cycle} and agreed {count} "
        "overarching themes:"
    ),
    "themes_template": "The Board's work in {cycle} was organised under {count} overarching themes:",
    "new_theme_template": "{theme} was a new theme for {cycle}.",
    "appendix_pointer_template": "The table in Appendix 1 sets out progress against each of them.",
    "appendix_pointer_one_template": "The table in Appendix 1 sets out its progress.",
    "appendix_heading": "Appendix 1: progress against the {cycle} commitments",
    "unplaced_heading": "Other work",
    "overview_template": (
        "This paper provides an overview of the achievements delivered against these themes and seeks an "
        "initial steer from the Board on its priorities for {next_cycle}."
    ),
    "delays_template": (
        "Some work planned for {cycle} was delayed; where it continues into {next_cycle} it is marked in "
        "the table below."
    ),
    "feedback_template": (
        "Feedback from members on their priorities for next year will subsequently be developed into a "
        "full paper for consideration at the first meeting of the {next_cycle} Board cycle."
    ),
    "priorities_heading": "{next_cycle} Priorities",
    "other_work_heading": "Other work",
    "priorities_continuity_template": (
        "It is expected that the themes for the {next_cycle} work priorities will remain broadly "
        "consistent with {cycle}, with a number of workstreams continuing into the new Board cycle."
    ),
    "priorities_table_intro": (
        "The table below sets out some initial thinking on workstreams that will continue into the new "
        "Board cycle, subject to the Board’s views:"
    ),
    "priorities_none_template": (
        "Officers will bring proposals for the {next_cycle} work plan to the first meeting of the Board "
        "in {next_cycle}."
    ),
    "priorities_closing": "The Board’s views on any other areas they would like us to focus on would be very helpful.",
    "wales_default": (
        "We will work with colleagues at the Welsh LGA to identify areas where our work will be applicable "
        "to Wales, and where WLGA may wish to use our work as a basis for Welsh specific work of its own."
    ),
    "wales_activities_template": "This year our work on {themes} also concerned Wales.",
    "financial_template": (
        "None. The work priorities identified for {next_cycle} will be delivered within the planned "
        "staffing budget."
    ),
    "next_steps_template": (
        "Members are asked to note the end of year report for {cycle} and to give their views on the "
        "Board’s priorities for {next_cycle}."
    ),
    "carried_marker": "(carried forward from {from_cycle})",
    "delayed_marker": "(delayed: {reason})",
    # work plan
    "plan_title_template": "{board_short} work plan {cycle}",
    "plan_summary_template": "This paper sets out the proposed {board_short} work plan for {cycle}.",
    "plan_recommendation_template": "That members of the {board} agree the work plan for {cycle}.",
    "plan_action_template": "Officers to take forward the work plan for {cycle} in line with the Board’s views.",
    "plan_background_template": (
        "The proposed work plan for {cycle} has {count} priority areas. It builds on the end of year report "
        "for {previous_cycle} and members' feedback on the Board's priorities."
    ),
    # performance
    "performance_title_template": "{board_short} performance report {cycle} Q{quarter}",
    "performance_summary_template": (
        "This paper reports progress against the {board_short} work plan for {cycle} at the end of quarter "
        "{quarter}."
    ),
    "performance_recommendation_template": "That members of the {board} note progress in quarter {quarter}.",
    "performance_action_template": "Officers to continue to deliver the work plan in line with members' steer.",
}

# The headings of the end-of-year report, by the house style's `section_order` names.
SECTION_HEADINGS = {
    "Purpose of report": "Purpose of report",
    "Summary": "Summary",
    "Recommendation": "Recommendation",
    "Action": "Action",
    "Background": "Background",
    "Implications for Wales": "Implications for Wales",
    "Financial Implications": "Financial Implications",
    "Next steps": "Next steps",
}
# The default order is the default house style's: one list, kept in papers/style.py.
DEFAULT_SECTION_ORDER = HouseStyle().section_order
FRONT = ("Purpose of report", "Summary", "Recommendation", "Action")


def wording(style: Any, key: str, **values: Any) -> str:
    """Standard wording `key` from the style (or DEFAULT_WORDING), placeholders filled."""
    template = getattr(style, key, None) if style is not None else None
    if not isinstance(template, str):
        template = DEFAULT_WORDING[key]

    class _Keep(dict):
        def __missing__(self, k):  # an unknown placeholder stays visible rather than failing
            return "{" + k + "}"

    return template.format_map(_Keep(values))


def board_short(board: Board) -> str:
    """'Safer and Stronger Communities Board' → 'Safer and Stronger Communities'."""
    name = board.name.strip()
    for suffix in (" Board", " Committee"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


class Numberer:
    """Continuous paragraph numbers: top() → '1', '2' …; sub() → '1.1', '1.2' under the last top."""

    def __init__(self) -> None:
        self.n = 0
        self.s = 0

    def top(self) -> str:
        self.n += 1
        self.s = 0
        return str(self.n)

    def sub(self) -> str:
        self.s += 1
        return f"{self.n}.{self.s}"


def _values(board: Board, cycle: Cycle, nxt_label: str, style: Any) -> dict[str, Any]:
    return {
        "board": board.name,
        "board_short": board_short(board),
        "cycle": cycle.label,
        "next_cycle": nxt_label,
        "organisation": getattr(style, "organisation", None) or board.organisation,
    }


def following_label(cycle: Cycle) -> str:
    """The label of the year after `cycle` ("2008/09" → "2009/10"), whatever cycles are recorded."""
    from ..services import next_label

    return next_label(cycle.label) or "next year"


def next_cycle(cycle: Cycle) -> Cycle | None:
    """The recorded cycle that follows `cycle`, only when it is the very next year: a 2008/09 paper
    must not present 2020/21's plan as its next year's."""
    nxt = cycle.next()
    return nxt if nxt is not None and nxt.label == following_label(cycle) else None


def next_cycle_label(cycle: Cycle) -> str:
    nxt = next_cycle(cycle)
    return nxt.label if nxt is not None else following_label(cycle)


def contact_for(board: Board, cycle: Cycle) -> Contact | None:
    """The contact officer: the board's lead officer (a supporting officer whose post says so), else
    its first supporting officer, else the last imported paper's contact."""
    today = min(dt.date.today(), cycle.end)
    officers = Membership.objects.filter(board=board, role=Membership.Role.OFFICER).select_related("person")
    current = list(officers.current(today)) or list(officers)
    lead = [m for m in current if "lead officer" in (m.person.role or "").lower()]
    m = (lead or current or [None])[0]
    if m is not None:
        p = m.person
        return Contact(name=p.display_name, role=p.role or None, phone=p.phone or None, email=p.email or None)
    from ..models import StoredPaper as PaperRecord

    paper = (
        PaperRecord.objects.filter(board=board, cycle=cycle)
        .exclude(contact_name="")
        .order_by("-created")
        .first()
    )
    if paper is not None:
        return Contact(
            name=paper.contact_name,
            role=paper.contact_role or None,
            phone=paper.contact_phone or None,
            email=paper.contact_email or None,
        )
    return None


def month_of(day: dt.date) -> str:
    return MONTH_NAMES[day.month - 1]


def front_matter(blocks: list, texts: list[tuple[str, str]], refs: list[str]) -> None:
    """Purpose of report, Summary, Recommendation, Action: unnumbered, as council papers have them."""
    for name, text in texts:
        blocks.append(Heading(name, 2, refs=refs))
        blocks.append(Paragraph(text, None, refs=refs))


def header_meta(meta: Meta, slot) -> Meta:
    """The meeting date and item number from the agenda item the paper goes to, when recorded."""
    if slot is not None:
        meta.meeting_date = slot.meeting.date.isoformat()
        meta.item = slot.number
    return meta


def purpose_for(style: Any, key: str, slot) -> str:
    """The Purpose line: the agenda item's recorded purpose, else the paper kind's standard one."""
    recorded = str(getattr(slot, "purpose", None) or "").strip()
    if recorded:
        p = recorded
        return p if p.endswith(".") else p + "."
    if key == "purpose_default":
        return getattr(style, "purpose_default", None) or DEFAULT_WORDING["purpose_default"]
    return wording(style, key)


def paragraphs(blocks: list, paras, num: Numberer, *, sub: bool = False) -> None:
    """Narrative paragraphs (`narrative.Para`) as numbered Paper paragraphs keeping their refs."""
    for p in paras:
        blocks.append(Paragraph(p.text, num.sub() if sub else num.top(), refs=p.refs))


_DELAYED_PREFIX = re.compile(
    r"^\s*(delayed|carried forward|carried over)\s+from\s+\d{4}/\d{2,4}\s*[:,-]\s*", re.I
)


def _names_older_cycle(reason: str, src) -> bool:
    """Does the reason say the work failed in a year before `src`'s ("Not delivered in 2022/23")?
    Then it is the reason of an older rollover, not why `src` slipped."""
    here = src.theme.cycle.start.year
    return any(int(y) < here for y in re.findall(r"\b(20\d\d)/\d{2}\b", reason))


def current_reason(c: Any) -> str:
    """Why work is late *now*: for work carried forward, the reason it slipped in the year it comes
    from (never a reason copied along from an older rollover); for new work, its own delay reason.
    A leading "Delayed from 2020/21:" is dropped (the paper says where it comes from)."""
    reason, note = _reason_or_note(c)
    text = expand_shorthand(_DELAYED_PREFIX.sub("", reason or note))
    return text[:1].upper() + text[1:] if text else ""


def _reason_or_note(c: Any) -> tuple[str, str]:
    """(recorded reason, '') or ('', the last quarterly note of the work it carries)."""
    own = (c.delay_reason or "").strip()
    if c.carried_from_id is None:
        return own, ""
    src = c.carried_from
    older = {(x.delay_reason or "").strip() for x in src.chain()[1:]} - {""}
    src_reason = (src.delay_reason or "").strip()
    if own and own != src_reason and own not in older and not _names_older_cycle(own, src):
        return own, ""
    if src_reason and src_reason not in older and not _names_older_cycle(src_reason, src):
        return src_reason, ""
    latest = src.latest_update()
    return "", latest.commentary.strip() if latest and latest.rag != "complete" else ""


def reason_and_note(c: Any) -> tuple[str, str]:
    """(recorded reason, note) for work that is late: `current_reason`'s first clause when it is a
    recorded reason; when it is only the last quarterly update of the work it carries, that note
    told as sentences (`note_sentences`) instead — a paper never prints an officer's note as typed."""
    reason, note = _reason_or_note(c)
    if note:
        return "", note_sentences(note)
    return expand_shorthand(short_reason(current_reason(c))) if reason else "", ""


def commitment_line(c: Any, style: Any, *, brief: bool = False) -> str:
    """A commitment as a plan-table line: carried-forward wording only for work actually carried
    (with the current reason); new work with a delay reason is marked as delayed, not carried.
    `brief`: a table of a paper that gives the reasons elsewhere (the End of Year's priorities,
    whose theme sections and Appendix 1 say why) — the recorded title and the bare mark, as the
    board's own tables are terse."""
    if brief:
        text = c.title.strip().rstrip(".")
        if c.carried_from_id is not None:
            return f"{text} " + wording(style, "carried_marker", from_cycle=c.carried_from.theme.cycle.label)
        return text
    text = c.title.strip().rstrip(".")
    # A plan's line gives the reason's first clause (the full reason is in the record), or the
    # last update's note in sentences.
    reason, note = reason_and_note(c)
    reason = reason or "; ".join(
        lower_first(re.sub(r"^The\b", "the", x.rstrip("."))) for x in re.split(r"(?<=\.)\s+", note) if x
    )
    if reason and re.match(r"(dropped|deferred)\b", reason, re.I):
        return f"{text} ({lower_first(reason)})"
    if c.carried_from_id is not None:
        mark = wording(style, "carried_marker", from_cycle=c.carried_from.theme.cycle.label)
        if reason:
            mark = mark[:-1] + f": {lower_first(reason)})" if mark.endswith(")") else mark
        return f"{text} {mark}"
    if reason:
        return f"{text} " + wording(style, "delayed_marker", reason=lower_first(reason))
    return text


def paper_namer(
    board: Board, style: Any, acts: list[ActivityFact], *, orgs: list[OrgFact] | None = None
) -> Namer:
    """The namer of one paper: the house style's glossary, the year's recorded organisations (those
    of `acts`, and `orgs` where the paper loads activities without theirs), and the board's own
    organisation's acronym left as typed."""
    glossary = getattr(style, "glossary", None)
    if not isinstance(glossary, list):
        glossary = HouseStyle().glossary
    keep = frozenset(x for x in (board.organisation_acronym,) if x)
    return Namer(parse_glossary(glossary), [o for a in acts for o in a.orgs] + list(orgs or []), keep)
