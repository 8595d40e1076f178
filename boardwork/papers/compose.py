"""Records → `Paper`: the board's own papers, composed from what it recorded.

Three papers, each a plain `Paper` (no file is written here: `services.render_report` hands the
result to a writer):

- `end_of_year(board, cycle, style)` — the End of Year Report in the sections council board papers
  use: Purpose of report, Summary, Recommendation, Action, the title, Background (the themes
  agreed, as numbered sub-paragraphs), one section per theme with its accepted activities (then
  "Other work" for accepted activities under no theme of the year), the next
  cycle's priorities (introduction and the "Priority area | Proposed activity" table), Implications
  for Wales, Financial Implications, Next steps.
- `work_plan(board, cycle, style)` — the plan for `cycle`: priority areas, proposed activities and
  owners, what carries forward from the year before and why, and members' feedback per theme.
- `performance(board, cycle, quarter, style)` — each commitment's RAG rating and commentary for
  the quarter, what changed since the quarter before, and a count by rating.

Rules shared by all three:

- Only ACCEPTED activities and commitments appear (imported records wait for review).
- Body paragraphs are numbered continuously through the paper, "1", "1.1" … "53", as council papers
  are; the front matter (purpose, summary, recommendation, action) is not numbered.
- Every block's `refs` names the records it came from ("activity:<uid>", "theme:<uid>",
  "commitment:<uid>", "progressupdate:<uid>", "cycle:<uid>", "board:<uid>") so a reader of the
  report can go back to the record, and a writer can show sources.
- Order of a theme's activities: activities imported from a paper keep that paper's order (papers
  tell a story; re-sorting by date would scramble it), older papers first; activities entered in
  Boardwork follow, by date, undated ones last.
- Standard wording comes from the `HouseStyle` (`purpose_default`, `recommendation_template`, …);
  wording the style does not define yet falls back to `DEFAULT_WORDING` below, and a style can
  override any of those keys by defining an attribute of the same name.

The functions read the database (one query per kind of record, prefetching what they loop over)
but never write to it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

from django.db.models import F, Prefetch

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle, Membership
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Review, Theme

from .document import Contact, Heading, Meta, Paper, Paragraph, Table
from .writers.style import HouseStyle

MONTHS = "January February March April May June July August September October November December".split()
NUMBER_WORDS = "no one two three four five six seven eight nine ten eleven twelve".split()

# Wording the house style may not carry yet. Placeholders: {board} {board_short} {cycle}
# {next_cycle} {organisation} {count} {month} {themes}.
DEFAULT_WORDING: dict[str, str] = {
    "purpose_default": "For direction.",
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
    "delayed_marker": "({reason})",
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
# The default order is the default house style's: one list, kept in writers/style.py.
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


def count_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


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


def next_cycle_label(cycle: Cycle) -> str:
    nxt = cycle.next()
    if nxt is not None:
        return nxt.label
    from .services import next_label

    return next_label(cycle.label) or "next year"


def contact_for(board: Board, cycle: Cycle) -> Contact | None:
    """The contact officer: the board's supporting officer, else the last imported paper's contact."""
    today = min(dt.date.today(), cycle.end)
    m = (
        Membership.objects.filter(board=board, role=Membership.Role.OFFICER)
        .current(today)
        .select_related("person")
        .first()
        or Membership.objects.filter(board=board, role=Membership.Role.OFFICER)
        .select_related("person")
        .first()
    )
    if m is not None:
        p = m.person
        return Contact(name=p.display_name, role=p.role or None, phone=p.phone or None, email=p.email or None)
    from .models import Paper as PaperRecord

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


def _first_meeting_month(cycle: Cycle) -> str:
    first = cycle.meetings.order_by("date").first()
    return MONTHS[(first.date if first else cycle.start).month - 1]


def activity_sort_key(a: Activity) -> tuple:
    """Imported activities in their paper's order (older papers first), then entered ones by date."""
    if a.source_paper_id is not None and a.source_block is not None:
        paper_created = getattr(a, "paper_created", None)
        return (
            0,
            paper_created or dt.datetime.min.replace(tzinfo=dt.UTC),
            a.source_paper_id,
            a.source_block,
            a.pk,
        )
    return (
        1,
        a.date is None,
        a.date or dt.date.max,
        a.created or dt.datetime.max.replace(tzinfo=dt.UTC),
        a.pk,
    )


def _accepted_activities(board: Board, cycle: Cycle):
    # Only the paper's date, not the paper: its stored structure is a large JSON per row.
    return (
        Activity.objects.filter(board=board, cycle=cycle, review=Review.ACCEPTED)
        .annotate(paper_created=F("source_paper__created"))
        .only("uid", "text", "date", "date_precision", "nations", "source_paper", "source_block", "created")
    )


def _theme_ids(board: Board, cycle: Cycle) -> dict[int, list[int]]:
    """Accepted activity id → ids of its themes in `cycle` (one query on the link table, no Theme
    rows, no list of ids: a board year can hold thousands of activities)."""
    out: dict[int, list[int]] = defaultdict(list)
    links = Activity.themes.through.objects.filter(
        activity__board=board, activity__cycle=cycle, activity__review=Review.ACCEPTED, theme__cycle=cycle
    )
    for aid, tid in links.values_list("activity_id", "theme_id"):
        out[aid].append(tid)
    return out


def _accepted_commitments():
    return Commitment.objects.filter(review=Review.ACCEPTED).select_related(
        "owner", "carried_from__theme__cycle"
    )


def commitment_line(c: Commitment, style: Any) -> str:
    """A commitment as a table line, marked when it is carried forward or delayed."""
    text = c.title.strip()
    marks = []
    if c.carried_from_id is not None:
        src = c.carried_from.theme.cycle.label
        if src not in text:
            marks.append(wording(style, "carried_marker", from_cycle=src))
    if c.delay_reason and c.delay_reason.strip().lower() not in text.lower():
        marks.append(wording(style, "delayed_marker", reason=c.delay_reason.strip().rstrip(".")))
    return " ".join([text, *marks])


# ---------------------------------------------------------------------------------------------------
# End of year
# ---------------------------------------------------------------------------------------------------


def end_of_year(board: Board, cycle: Cycle, style: Any = None) -> Paper:
    """The End of Year Report for `cycle`, with the next cycle's proposed priorities."""
    nxt = cycle.next()
    nxt_label = nxt.label if nxt else next_cycle_label(cycle)
    v = _values(board, cycle, nxt_label, style)
    board_ref, cycle_ref = [board.ref], [cycle.ref]
    themes = list(cycle.themes.order_by("order", "id"))
    by_theme: dict[int, list[Activity]] = defaultdict(list)
    unthemed: list[Activity] = []
    rank = {t.pk: (t.order, t.pk) for t in themes}
    accepted = list(_accepted_activities(board, cycle))
    links = _theme_ids(board, cycle)
    for a in accepted:
        ts = sorted(links.get(a.pk, []), key=rank.__getitem__)
        if ts:
            by_theme[ts[0]].append(a)  # an activity is told once, under its first theme
        else:
            unthemed.append(a)  # accepted but under no theme of the year: told after the themes
    for acts in [*by_theme.values(), unthemed]:
        acts.sort(key=activity_sort_key)

    next_commitments: list[tuple[Theme, list[Commitment]]] = []
    if nxt is not None:
        cs = _accepted_commitments().filter(theme__cycle=nxt).order_by("order", "id")
        grouped: dict[int, list[Commitment]] = defaultdict(list)
        for c in cs:
            grouped[c.theme_id].append(c)
        next_commitments = [
            (t, grouped[t.pk]) for t in nxt.themes.order_by("order", "id") if grouped.get(t.pk)
        ]
    delayed = [c for _, cs in next_commitments for c in cs if c.is_delayed or c.carried_from_id]

    title = wording(style, "title_template", **v)
    blocks: list = []
    num = Numberer()

    def front(name: str, text: str) -> None:
        blocks.append(Heading(SECTION_HEADINGS[name], 2, refs=board_ref))
        blocks.append(Paragraph(text, None, refs=board_ref))

    def background() -> None:
        blocks.append(Heading("Background", 2, refs=cycle_ref))
        if themes:
            blocks.append(
                Paragraph(
                    wording(
                        style,
                        "themes_agreed_template",
                        month=_first_meeting_month(cycle),
                        count=count_word(len(themes)),
                        **v,
                    ),
                    num.top(),
                    refs=cycle_ref + [t.ref for t in themes],
                )
            )
            for t in themes:
                blocks.append(Paragraph(t.title, num.sub(), refs=[t.ref]))
        blocks.append(Paragraph(wording(style, "overview_template", **v), num.top(), refs=cycle_ref))
        if delayed:
            blocks.append(
                Paragraph(wording(style, "delays_template", **v), num.top(), refs=[c.ref for c in delayed])
            )
        blocks.append(Paragraph(wording(style, "feedback_template", **v), num.top(), refs=cycle_ref))

    def achievements() -> None:
        for t in themes:
            acts = by_theme.get(t.pk)
            if not acts:
                continue
            blocks.append(Heading(t.title, 2, refs=[t.ref]))
            for a in acts:
                blocks.append(Paragraph(a.text, num.top(), refs=[a.ref]))
        if unthemed:
            blocks.append(Heading(wording(style, "other_work_heading", **v), 2, refs=cycle_ref))
            for a in unthemed:
                blocks.append(Paragraph(a.text, num.top(), refs=[a.ref]))

    def priorities() -> None:
        refs = [nxt.ref] if nxt else cycle_ref
        blocks.append(Heading(wording(style, "priorities_heading", **v), 2, refs=refs))
        if not next_commitments:
            blocks.append(Paragraph(wording(style, "priorities_none_template", **v), num.top(), refs=refs))
            return
        continuing = [t for t, _ in next_commitments if t.continues_id]
        if len(continuing) * 2 >= len(next_commitments):
            blocks.append(
                Paragraph(
                    wording(style, "priorities_continuity_template", **v),
                    num.top(),
                    refs=[t.ref for t in continuing],
                )
            )
        blocks.append(Paragraph(wording(style, "priorities_table_intro", **v), num.top(), refs=refs))
        rows, trefs = [], []
        for t, cs in next_commitments:
            rows.append([t.title, "\n".join(commitment_line(c, style) for c in cs)])
            trefs += [t.ref, *(c.ref for c in cs)]
        blocks.append(Table(["Priority area", "Proposed activity"], rows, refs=trefs))
        blocks.append(Paragraph(wording(style, "priorities_closing", **v), num.top(), refs=refs))

    def wales() -> None:
        blocks.append(Heading("Implications for Wales", 2, refs=board_ref))
        welsh = [a for acts in by_theme.values() for a in acts if "wales" in a.nation_list]
        text = wording(style, "wales_default", **v)
        refs = list(board_ref)
        if welsh:
            names = []
            for t in themes:
                if any(a in by_theme.get(t.pk, []) for a in welsh):
                    names.append(
                        t.title.lower() if t.title[:1].isupper() and t.title[1:2].islower() else t.title
                    )
            text += " " + wording(style, "wales_activities_template", themes=_join(names), **v)
            refs += [a.ref for a in welsh]
        blocks.append(Paragraph(text, num.top(), refs=refs))

    def financial() -> None:
        blocks.append(Heading("Financial Implications", 2, refs=board_ref))
        blocks.append(Paragraph(wording(style, "financial_template", **v), num.top(), refs=board_ref))

    def next_steps() -> None:
        blocks.append(Heading("Next steps", 2, refs=board_ref))
        blocks.append(Paragraph(wording(style, "next_steps_template", **v), num.top(), refs=board_ref))

    texts = {
        "Purpose of report": getattr(style, "purpose_default", None) or DEFAULT_WORDING["purpose_default"],
        "Summary": wording(style, "summary_template", **v),
        "Recommendation": wording(style, "recommendation_template", **v),
        "Action": wording(style, "action_template", **v),
    }
    builders = {
        "Background": background,
        "Achievements": achievements,
        "Priorities": priorities,
        "Implications for Wales": wales,
        "Financial Implications": financial,
        "Next steps": next_steps,
    }
    order = list(getattr(style, "section_order", None) or DEFAULT_SECTION_ORDER)
    title_done = False
    for name in order:
        if name in FRONT:
            front(name, texts[name])
            continue
        if not title_done:
            # The paper's own title opens the body, after the front-sheet sections.
            blocks.append(Heading(title, 1, refs=cycle_ref))
            title_done = True
        if name in builders:
            builders[name]()
    if not title_done:
        blocks.append(Heading(title, 1, refs=cycle_ref))

    meta = Meta(
        title=title,
        body=board.name,
        purpose=texts["Purpose of report"],
        contact=contact_for(board, cycle),
    )
    return Paper(meta=meta, blocks=blocks)


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------------------------------------------
# Work plan
# ---------------------------------------------------------------------------------------------------


def work_plan(board: Board, cycle: Cycle, style: Any = None) -> Paper:
    """The work plan for `cycle` (usually the coming year): priority areas, proposed activities and
    their owners, what is carried forward from the year before and why, and members' feedback."""
    prev = cycle.previous()
    v = _values(board, cycle, next_cycle_label(cycle), style)
    v["previous_cycle"] = prev.label if prev else "last year"
    themes = list(
        cycle.themes.order_by("order", "id").prefetch_related(
            Prefetch(
                "commitments",
                queryset=_accepted_commitments().order_by("order", "id"),
                to_attr="accepted",
            )
        )
    )
    feedback = list(
        Feedback.objects.filter(cycle__in=[c for c in (cycle, prev) if c is not None]).select_related(
            "person"
        )
    )
    by_theme: dict[int | None, list[Feedback]] = defaultdict(list)
    for f in sorted(feedback, key=lambda f: f.created):
        by_theme[f.theme_id].append(f)

    title = wording(style, "plan_title_template", **v)
    blocks: list = []
    num = Numberer()
    board_ref, cycle_ref = [board.ref], [cycle.ref]
    for name, key in (
        ("Purpose of report", None),
        ("Summary", "plan_summary_template"),
        ("Recommendation", "plan_recommendation_template"),
        ("Action", "plan_action_template"),
    ):
        blocks.append(Heading(name, 2, refs=board_ref))
        text = (
            (getattr(style, "purpose_default", None) or DEFAULT_WORDING["purpose_default"])
            if key is None
            else wording(style, key, **v)
        )
        blocks.append(Paragraph(text, None, refs=board_ref))
    blocks.append(Heading(title, 1, refs=cycle_ref))

    planned = [t for t in themes if t.accepted]
    blocks.append(Heading("Background", 2, refs=cycle_ref))
    blocks.append(
        Paragraph(
            wording(style, "plan_background_template", count=count_word(len(planned)), **v),
            num.top(),
            refs=cycle_ref + [t.ref for t in planned],
        )
    )
    for t in planned:
        refs = [t.ref] + ([t.continues.ref] if t.continues_id else [])
        blocks.append(Paragraph(t.title, num.sub(), refs=refs))

    blocks.append(Heading("Proposed work plan", 2, refs=cycle_ref))
    rows, trefs = [], []
    for t in planned:
        for c in t.accepted:
            rows.append([t.title, commitment_line(c, style), c.owner_display or ""])
            trefs += [c.ref]
        trefs.append(t.ref)
    if rows:
        blocks.append(
            Paragraph(
                "The table below sets out the proposed activity under each priority area:",
                num.top(),
                refs=cycle_ref,
            )
        )
        blocks.append(Table(["Priority area", "Proposed activity", "Lead"], rows, refs=trefs))
    else:
        blocks.append(
            Paragraph(f"No activity has been agreed for {cycle.label} yet.", num.top(), refs=cycle_ref)
        )

    carried = [c for t in planned for c in t.accepted if c.carried_from_id or c.delay_reason]
    if carried:
        blocks.append(Heading("Work carried forward", 2, refs=cycle_ref))
        for c in carried:
            src = c.carried_from.theme.cycle.label if c.carried_from_id else v["previous_cycle"]
            why = c.delay_reason.strip().rstrip(".") if c.delay_reason else ""
            text = f"{c.title.strip().rstrip('.')} is carried forward from {src}"
            text += f": {why[:1].lower() + why[1:]}." if why else "."
            refs = [c.ref] + ([c.carried_from.ref] if c.carried_from_id else [])
            blocks.append(Paragraph(text, num.top(), refs=refs))

    if feedback:
        blocks.append(Heading("Members' feedback", 2, refs=cycle_ref))
        theme_ids = {t.pk: t for t in themes}
        earlier = {t.continues_id: t for t in themes if t.continues_id}
        shown: set[int] = set()
        for t in themes:
            items = by_theme.get(t.pk, []) + (by_theme.get(t.continues_id, []) if t.continues_id else [])
            if not items:
                continue
            blocks.append(Heading(t.title, 3, refs=[t.ref]))
            for f in items:
                shown.add(f.pk)
                blocks.append(Paragraph(_feedback_text(f), num.top(), refs=[f.ref]))
        rest = [
            f
            for f in feedback
            if f.pk not in shown
            and (f.theme_id is None or (f.theme_id not in theme_ids and f.theme_id not in earlier))
        ]
        if rest:
            blocks.append(Heading("General", 3, refs=cycle_ref))
            for f in rest:
                blocks.append(Paragraph(_feedback_text(f), num.top(), refs=[f.ref]))

    blocks.append(Heading("Implications for Wales", 2, refs=board_ref))
    blocks.append(Paragraph(wording(style, "wales_default", **v), num.top(), refs=board_ref))
    blocks.append(Heading("Financial Implications", 2, refs=board_ref))
    blocks.append(
        Paragraph(
            wording(style, "financial_template", **{**v, "next_cycle": cycle.label}),
            num.top(),
            refs=board_ref,
        )
    )
    meta = Meta(
        title=title,
        body=board.name,
        purpose=getattr(style, "purpose_default", None) or DEFAULT_WORDING["purpose_default"],
        contact=contact_for(board, cycle),
    )
    return Paper(meta=meta, blocks=blocks)


def _feedback_text(f: Feedback) -> str:
    who = f.person.display_name if f.person_id else ""
    return f"{who}: {f.text.strip()}" if who else f.text.strip()


# ---------------------------------------------------------------------------------------------------
# Performance
# ---------------------------------------------------------------------------------------------------

RAG_ORDER = [
    ProgressUpdate.Rag.GREEN,
    ProgressUpdate.Rag.AMBER,
    ProgressUpdate.Rag.RED,
    ProgressUpdate.Rag.COMPLETE,
]


def latest_quarter(cycle: Cycle) -> int:
    """The latest quarter of `cycle` with a progress update (1 when there is none)."""
    q = (
        ProgressUpdate.objects.filter(commitment__theme__cycle=cycle)
        .order_by("-quarter")
        .values_list("quarter", flat=True)
        .first()
    )
    return q or 1


def _rag_label(rag: str | None) -> str:
    if not rag:
        return "Not rated"
    return ProgressUpdate.Rag(rag).label


def performance(board: Board, cycle: Cycle, quarter: int, style: Any = None) -> Paper:
    """Progress at the end of `quarter`: per theme and commitment the RAG rating, commentary and
    the change since the quarter before; and a count of commitments by rating."""
    v = _values(board, cycle, next_cycle_label(cycle), style)
    v["quarter"] = quarter
    updates = ProgressUpdate.objects.filter(quarter__lte=quarter).order_by("quarter", "created", "id")
    themes = list(
        cycle.themes.order_by("order", "id").prefetch_related(
            Prefetch(
                "commitments",
                queryset=_accepted_commitments()
                .order_by("order", "id")
                .prefetch_related(Prefetch("updates", queryset=updates, to_attr="upto")),
                to_attr="accepted",
            )
        )
    )
    rows_by_theme: list[
        tuple[Theme, list[tuple[Commitment, ProgressUpdate | None, ProgressUpdate | None]]]
    ] = []
    counts: Counter = Counter()
    for t in themes:
        rows = []
        for c in t.accepted:
            now = next((u for u in reversed(c.upto) if u.quarter <= quarter), None)
            before = next((u for u in reversed(c.upto) if u.quarter < quarter), None)
            rows.append((c, now, before))
            counts[now.rag if now else None] += 1
        if rows:
            rows_by_theme.append((t, rows))

    title = wording(style, "performance_title_template", **v)
    board_ref, cycle_ref = [board.ref], [cycle.ref]
    blocks: list = []
    num = Numberer()
    for name, key in (
        ("Purpose of report", None),
        ("Summary", "performance_summary_template"),
        ("Recommendation", "performance_recommendation_template"),
        ("Action", "performance_action_template"),
    ):
        blocks.append(Heading(name, 2, refs=board_ref))
        text = (
            (getattr(style, "purpose_default", None) or "For information.")
            if key is None
            else wording(style, key, **v)
        )
        blocks.append(Paragraph(text, None, refs=board_ref))
    blocks.append(Heading(title, 1, refs=cycle_ref))

    blocks.append(Heading("Summary of progress", 2, refs=cycle_ref))
    total = sum(counts.values())
    all_updates = [now.ref for _, rows in rows_by_theme for _, now, _ in rows if now]
    blocks.append(
        Paragraph(
            f"At the end of quarter {quarter} of {cycle.label}, {total} commitment{'s' if total != 1 else ''} "
            f"{'are' if total != 1 else 'is'} reported on under {len(rows_by_theme)} theme"
            f"{'s' if len(rows_by_theme) != 1 else ''}.",
            num.top(),
            refs=cycle_ref,
        )
    )
    summary_rows = [[_rag_label(r), str(counts.get(r, 0))] for r in RAG_ORDER]
    summary_rows.append(["Not rated", str(counts.get(None, 0))])
    summary_rows.append(["Total", str(total)])
    blocks.append(Table(["Rating", "Commitments"], summary_rows, refs=all_updates or cycle_ref))

    prev_q = f"Q{quarter - 1}" if quarter > 1 else None
    for t, rows in rows_by_theme:
        blocks.append(Heading(t.title, 2, refs=[t.ref]))
        table_rows, trefs = [], [t.ref]
        for c, now, before in rows:
            table_rows.append(
                [
                    c.title.strip(),
                    _rag_label(now.rag if now else None),
                    (now.commentary.strip() if now else ""),
                    _change(now, before, quarter, prev_q),
                ]
            )
            trefs += [c.ref] + ([now.ref] if now else [])
        header = ["Commitment", "Rating", "Commentary", f"Since {prev_q}" if prev_q else "Change"]
        blocks.append(Table(header, table_rows, refs=trefs))

    meta = Meta(title=title, body=board.name, purpose=blocks[1].text, contact=contact_for(board, cycle))
    return Paper(meta=meta, blocks=blocks)


def _change(
    now: ProgressUpdate | None, before: ProgressUpdate | None, quarter: int, prev_q: str | None
) -> str:
    if now is None:
        return "No update yet"
    if now.quarter < quarter:
        return f"No update since Q{now.quarter}"
    if prev_q is None:
        return "First quarter"
    if before is None:
        return "New this quarter"
    if before.rag == now.rag:
        return f"Unchanged ({_rag_label(now.rag)})"
    return f"{_rag_label(before.rag)} to {_rag_label(now.rag)}"
