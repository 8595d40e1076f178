"""The End of Year Report: front sheet, Background (themes agreed at which meeting, delivery against
the year's commitments, a pointer to Appendix 1), one narrative section per theme, work still to
place, the next year's priorities, Implications for Wales, Financial Implications, Next steps and
Appendix 1 (the commitments table, the 2009 paper's shape)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from boardwork.boards.models import Board, Cycle

from ..document import Heading, Meta, Paper, Paragraph, Table
from . import narrative as n
from .common import (
    DEFAULT_SECTION_ORDER,
    FRONT,
    SECTION_HEADINGS,
    Numberer,
    _values,
    commitment_line,
    contact_for,
    header_meta,
    month_of,
    next_cycle,
    next_cycle_label,
    paper_namer,
    paragraphs,
    purpose_for,
    wording,
)
from .records import accepted_commitments, commitment_info, load_year, meeting_info, paper_slot, used_ref_info

STATE_LABELS = {
    "planned": "Planned",
    "on_track": "On track",
    "at_risk": "At risk",
    "off_track": "Off track",
    "complete": "Complete",
    "deferred": "Deferred",
    "dropped": "Dropped",
}
RAG_WORDS = {"green": "Green", "amber": "Amber", "red": "Red", "complete": "Complete"}


def _theme_name_in_text(title: str) -> str:
    return title.lower() if title[:1].isupper() and title[1:2].islower() else title


def commitment_cell(c: Any, state: str | None = None) -> str:
    """A commitment as a table's item cell: its title, then its lead, due date and status (when
    given), one a line, which the writers list under the title."""
    due = f"{c.due.day} {month_of(c.due)} {c.due.year}" if c.due else ""
    details = [f"Lead: {c.owner}" if c.owner else "", f"Due: {due}" if due else ""]
    details.append(f"Status: {state}" if state else "")
    return "\n".join([c.title, *(d for d in details if d)])


def commitments_table(year, quarter: int | None = None) -> Table:
    """Appendix 1: each commitment (with its lead, due date and status listed under it), its rating
    (RAG coloured) and the latest commentary, with the reason where it slipped. Three columns, so
    the commitment has a third of the width and the progress half: five narrow columns left the
    commitment a word or two a line."""
    rows, refs = [], []
    for t in year.themes:
        for c in year.commitments.get(t.pk, []):
            u = c.latest(quarter)
            progress = n.expand_shorthand(u.commentary.strip()) if u and u.commentary else ""
            reason = c.delay_reason.strip()
            if reason and c.state in n.SLIPPED and reason not in progress:
                progress = (progress + "\n" if progress else "") + f"Why: {reason}"
            rows.append(
                [
                    commitment_cell(c, STATE_LABELS.get(c.state, c.state)),
                    RAG_WORDS.get(u.rag, "") if u else "Not rated",
                    progress,
                ]
            )
            refs += [c.ref] + ([u.ref] if u else [])
    return Table(
        ["Commitment", "Rating", "Progress"],
        rows,
        refs=refs,
        widths=[38, 11, 51],
        rag_column=1,
        item_column=0,
    )


def year_delivery(year) -> n.Para | None:
    """The year's delivery in one paragraph: how many of the commitments are complete, on track,
    slipped (counts from the records)."""
    cs = year.all_commitments
    if not cs:
        return None
    counts = Counter(c.state for c in cs)
    parts = [
        f"{n.count_word(counts[s])} {'is' if counts[s] == 1 else 'are'} {n.STATE_WORDS[s]}"
        for s in ("complete", "on_track", "planned", "at_risk", "off_track", "deferred", "dropped")
        if counts.get(s)
    ]
    if len(cs) == 1:
        text = (
            f"The one commitment in the Board's {year.cycle.label} work plan is {n.STATE_WORDS[cs[0].state]}"
        )
    else:
        text = (
            f"Of the {n.count_word(len(cs))} commitments in the Board's {year.cycle.label} work plan, "
            f"{n.join_words(parts)}"
        )
    return n.Para([n.Sentence(n.sentence(text), [c.ref for c in cs])])


def _themes_agreed(blocks: list, num: Numberer, year, style: Any, v: dict) -> None:
    """'At its meeting in September the Board … agreed six overarching themes:' and the themes:
    the month from the meeting that agreed them, the count from the records."""
    themes, board, cycle = year.themes, year.board, year.cycle
    cycle_ref = [cycle.ref]
    if themes:
        meetings = Counter(t.agreed_at for t in themes if t.agreed_at_id)
        if meetings:
            meeting, count = meetings.most_common(1)[0]
            text = wording(
                style,
                "themes_agreed_template",
                month=month_of(meeting.date),
                count=n.count_word(count),
                **v,
            )
            refs = cycle_ref + [meeting.ref] + [t.ref for t in themes if t.agreed_at_id == meeting.pk]
            year.ref_info[meeting.ref] = meeting_info(meeting, board)
        else:
            text = wording(style, "themes_template", count=n.count_word(len(themes)), **v)
            refs = cycle_ref + [t.ref for t in themes]
        blocks.append(Paragraph(text, num.top(), refs=refs))
        for t in themes:
            blocks.append(Paragraph(t.title, num.sub(), refs=[t.ref]))
        if cycle.previous() is not None:
            for t in themes:
                if not t.continues_id:
                    blocks.append(
                        Paragraph(
                            wording(style, "new_theme_template", theme=t.title, **v),
                            num.top(),
                            refs=[t.ref],
                        )
                    )


def end_of_year(board: Board, cycle: Cycle, style: Any = None) -> Paper:
    """The End of Year Report for `cycle`, with the next year's proposed priorities."""
    nxt = next_cycle(cycle)
    nxt_label = next_cycle_label(cycle)
    v = _values(board, cycle, nxt_label, style)
    board_ref, cycle_ref = [board.ref], [cycle.ref]
    year = load_year(board, cycle)
    themes = year.themes
    theme_by_ref = {t.ref: t for t in themes}
    commitment_theme = {c.ref: c.theme for c in year.all_commitments if c.theme}
    placed, unplaced = n.place_activities(year.acts, commitment_theme, [t.ref for t in themes])
    slot = paper_slot(board, cycle, "end-of-year")

    next_commitments: list[tuple[Any, list[Any]]] = []
    if nxt is not None:
        grouped: dict[int, list[Any]] = defaultdict(list)
        for c in accepted_commitments().filter(theme__cycle=nxt).order_by("order", "id"):
            grouped[c.theme_id].append(c)
        next_commitments = [
            (t, grouped[t.pk]) for t in nxt.themes.order_by("order", "id") if grouped.get(t.pk)
        ]
        for _, cs in next_commitments:
            for c in cs:
                year.ref_info[c.ref] = commitment_info(c, board.slug)

    title = wording(style, "title_template", **v)
    blocks: list = []
    num = Numberer()
    namer = paper_namer(board, style, year.acts)

    def background() -> None:
        blocks.append(Heading("Background", 2, refs=cycle_ref))
        _themes_agreed(blocks, num, year, style, v)
        blocks.append(Paragraph(wording(style, "overview_template", **v), num.top(), refs=cycle_ref))
        delayed = [c for _, cs in next_commitments for c in cs if c.is_delayed or c.carried_from_id]
        if delayed:
            blocks.append(
                Paragraph(wording(style, "delays_template", **v), num.top(), refs=[c.ref for c in delayed])
            )
        d = year_delivery(year)
        if d is not None:
            count = len(year.all_commitments)
            key = "appendix_pointer_one_template" if count == 1 else "appendix_pointer_template"
            pointer = wording(style, key, count=n.count_word(count), **v)
            blocks.append(Paragraph(d.text + " " + pointer, num.top(), refs=d.refs))
        blocks.append(Paragraph(wording(style, "feedback_template", **v), num.top(), refs=cycle_ref))

    def achievements() -> None:
        for t in themes:
            cs = year.commitments.get(t.pk, [])
            acts = placed.get(t.ref, [])
            if not acts and not cs:
                continue
            blocks.append(Heading(t.title, 2, refs=[t.ref]))
            paragraphs(blocks, n.theme_paragraphs(acts, cs, namer), num)
        if unplaced:
            # Work no record places under a theme is told as the Board's other work, as papers
            # gather it; the readiness check lists it for an officer who would rather place it.
            blocks.append(Heading(wording(style, "unplaced_heading", **v), 2, refs=cycle_ref))
            paragraphs(blocks, n.theme_paragraphs(unplaced, [], namer), num)

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
            rows.append([t.title, "\n".join(commitment_line(c, style, brief=True) for c in cs)])
            trefs += [t.ref, *(c.ref for c in cs)]
        blocks.append(Table(["Priority area", "Proposed activity"], rows, refs=trefs, widths=[1, 3]))
        blocks.append(Paragraph(wording(style, "priorities_closing", **v), num.top(), refs=refs))

    def wales() -> None:
        blocks.append(Heading("Implications for Wales", 2, refs=board_ref))
        text = wording(style, "wales_default", **v)
        refs = list(board_ref)
        # Work done in Wales (Wales its only nation) is what a reader looks for here; work that
        # merely applies in Wales among other nations would name every theme.
        welsh = {t: [a for a in acts if a.nations == ["wales"]] for t, acts in placed.items()}
        names = [_theme_name_in_text(theme_by_ref[t].title) for t, acts in welsh.items() if acts]
        if names:
            text += " " + wording(style, "wales_activities_template", themes=n.join_words(names), **v)
            refs += [a.ref for acts in welsh.values() for a in acts]
        blocks.append(Paragraph(text, num.top(), refs=refs))

    def financial() -> None:
        blocks.append(Heading("Financial Implications", 2, refs=board_ref))
        blocks.append(Paragraph(wording(style, "financial_template", **v), num.top(), refs=board_ref))

    def next_steps() -> None:
        blocks.append(Heading("Next steps", 2, refs=board_ref))
        blocks.append(Paragraph(wording(style, "next_steps_template", **v), num.top(), refs=board_ref))

    texts = {
        "Purpose of report": purpose_for(style, "purpose_default", slot),
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
            blocks.append(Heading(SECTION_HEADINGS[name], 2, refs=board_ref))
            blocks.append(Paragraph(texts[name], None, refs=board_ref))
            continue
        if not title_done:
            blocks.append(Heading(title, 1, refs=cycle_ref))
            title_done = True
        if name in builders:
            builders[name]()
    if not title_done:
        blocks.append(Heading(title, 1, refs=cycle_ref))
    if year.all_commitments:
        blocks.append(Heading(wording(style, "appendix_heading", **v), 2, refs=cycle_ref))
        blocks.append(commitments_table(year))

    meta = header_meta(
        Meta(
            title=title,
            body=board.name,
            purpose=texts["Purpose of report"],
            contact=contact_for(board, cycle),
        ),
        slot,
    )
    if slot is not None:
        year.ref_info[slot.meeting.ref] = meeting_info(slot.meeting, board)
    return Paper(meta=meta, blocks=blocks, ref_info=used_ref_info(year.ref_info, blocks))
