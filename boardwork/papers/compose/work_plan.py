"""The work plan for a cycle: one row per priority area with its proposed activities, lead and
timing; what is carried forward and why (only work actually carried, with the current reason);
members' feedback beside the plan items that answer it ("You said / We propose") or flagged as not
yet answered; Implications for Wales, Financial Implications, Next steps."""

from __future__ import annotations

import re
from typing import Any

from django.db.models import Prefetch

from boardwork.boards.models import Board, Cycle, Meeting
from boardwork.plans.models import Commitment, Feedback, Review

from ..document import Heading, Meta, Paper, Paragraph, Table
from . import narrative as n
from .common import (
    Numberer,
    _values,
    commitment_line,
    contact_for,
    front_matter,
    header_meta,
    month_of,
    next_cycle_label,
    paper_namer,
    purpose_for,
    reason_and_note,
    wording,
)
from .names import spell_out
from .records import accepted_commitments, commitment_info, meeting_info, paper_slot, used_ref_info

WORDING = {
    "plan_you_said_intro": (
        "Members gave their views on the Board's priorities. The table below sets each piece of feedback "
        "beside the proposed activity that answers it."
    ),
    "plan_not_answered": "Not yet answered in this plan",
    "plan_unanswered_template": (
        # What officers do about it is a next step (`next_steps`), said once there.
        "{count} of the {total} pieces of feedback {verb} not yet answered by a proposed activity: {them}."
    ),
    "plan_none_answered_template": (
        "None of the {total} pieces of feedback is answered by a proposed activity yet: {them}."
    ),
    "plan_next_steps_template": (
        "Subject to members' agreement, officers will take the work plan for {cycle} forward and report "
        "progress against it to the Board each quarter."
    ),
}


def _w(style: Any, key: str, **values: Any) -> str:
    template = getattr(style, key, None) if style is not None else None
    if not isinstance(template, str):
        template = WORDING[key]
    return template.format(**values)


def timing(c) -> str:
    return f"by {month_of(c.due)} {c.due.year}" if c.due else ""


def plan_line(c, style: Any) -> str:
    """'Publish the handbook (carried forward from 2022/23: …) — Marcus Leary, by December 2023'."""
    who_when = ", ".join(x for x in (c.owner_display or "", timing(c)) if x)
    # A title that introduced a list in its paper ("…, including:") ends before the list's opener.
    line = re.sub(r",?\s+including:(?=\s|$)|:$", "", commitment_line(c, style))
    return f"{line} — {who_when}" if who_when else line


# How the paragraphs on carried work open, in turn after the first: papers do not open every
# paragraph of a section with the same words.
_CARRIED_FRAMES = (
    "We propose to carry forward from {cy} {c}",
    "{C} also carries forward from {cy}",
    "We also propose to carry forward from {cy} {c}",
)


def carried_sentence(c, turn: int = 0) -> str:
    """'We propose to carry forward from 2023/24 our commitment to publish …' (the `turn`-th such
    paragraph opens another way: '… also carries forward from 2023/24', 'We also propose …'), then
    why in the paper's words: the recorded reason as a sentence ('It was held back for …', 'This is
    because …'), or — where the record gives only a quarterly note — that note told as sentences
    (`note_sentences`), never quoted as typed."""
    src = c.carried_from
    phrase = n.commitment_phrase(c.title)
    frame = _CARRIED_FRAMES[0 if turn == 0 else 1 + (turn - 1) % 2]
    # As a subject, a long title is named by its first part ("… on modern slavery also carries …").
    subject = n.upper_first(n.commitment_phrase(n.commitment_short(c.title)))
    text = n.sentence(frame.format(cy=src.theme.cycle.label, c=phrase, C=subject))
    reason, note = reason_and_note(c)
    told = note or n.because_sentence(reason)
    if told.startswith("This is because "):
        # One sentence, not "… carries forward from 2023/24. This is because DHSC did not …".
        return f"{text.rstrip('.')}, because {told.removeprefix('This is because ')}"
    return f"{text} {told}" if told else text


def next_steps(
    board: Board, cycle: Cycle, slot: Any, planned: list, open_feedback: list, info: dict[str, Any]
) -> list[tuple[str, list[str]]]:
    """The plan's next steps from the records: the proposed activities still to be agreed or with no
    lead or timing, the feedback the plan does not yet answer, and the Board's next meeting (after
    the one this paper goes to), where the first progress report comes."""
    out: list[tuple[str, list[str]]] = []
    pending = list(
        Commitment.objects.filter(theme__cycle=cycle, review=Review.TO_REVIEW).order_by("order", "id")
    )
    if pending:
        titles = n.join_words([f"“{n.commitment_short(c.title)}”" for c in pending])
        one = len(pending) == 1
        out.append(
            (
                n.sentence(
                    f"{n.upper_first(n.count_word(len(pending)))} further proposed "
                    f"{'activity is' if one else 'activities are'} still to be agreed: {titles}"
                ),
                [c.ref for c in pending],
            )
        )
    unled = [c for t in planned for c in t.accepted if not c.owner_display]
    if unled:
        out.append(
            (
                n.sentence(
                    "Officers will confirm who leads "
                    + n.join_words([f"“{n.commitment_short(c.title)}”" for c in unled])
                ),
                [c.ref for c in unled],
            )
        )
    if open_feedback:
        names = n.join_words([f.giver_name("a member") for f in open_feedback])
        out.append(
            (
                n.sentence(f"Officers will come back to {names} on the points this plan does not yet answer"),
                [f.ref for f in open_feedback],
            )
        )
    after = slot.meeting.date if slot is not None else None
    meetings = Meeting.objects.filter(board=board).order_by("date", "id")
    nxt = meetings.filter(date__gt=after).first() if after else meetings.filter(date__gte=cycle.start).first()
    if nxt is not None:
        info[nxt.ref] = meeting_info(nxt, board)
        d = nxt.date
        out.append(
            (
                f"The Board’s next meeting, on {d.day} {month_of(d)} {d.year}, will receive the first "
                f"progress report on the {cycle.label} work plan.",
                [nxt.ref],
            )
        )
    return out


def work_plan(board: Board, cycle: Cycle, style: Any = None) -> Paper:
    """The work plan for `cycle` (usually the coming year)."""
    prev = cycle.previous()
    v = _values(board, cycle, next_cycle_label(cycle), style)
    v["previous_cycle"] = prev.label if prev else "last year"
    slot = paper_slot(board, cycle, "work-plan")
    themes = list(
        cycle.themes.order_by("order", "id")
        .select_related("continues")  # each priority area's paragraph cites the theme it continues
        .prefetch_related(
            Prefetch(
                "commitments",
                queryset=accepted_commitments()
                .prefetch_related("answers_feedback", "carried_from__updates", "carried_from__carried_from")
                .order_by("order", "id"),
                to_attr="accepted",
            )
        )
    )
    feedback = list(
        Feedback.objects.filter(cycle__in=[c for c in (cycle, prev) if c is not None])
        .select_related("person", "theme")
        .order_by("created", "id")
    )
    info: dict[str, Any] = {}
    for t in themes:
        for c in t.accepted:
            info[c.ref] = commitment_info(c, board.slug)

    title = wording(style, "plan_title_template", **v)
    blocks: list = []
    num = Numberer()
    board_ref, cycle_ref = [board.ref], [cycle.ref]
    purpose = purpose_for(style, "plan_purpose", slot)
    front_matter(
        blocks,
        [
            ("Purpose of report", purpose),
            ("Summary", wording(style, "plan_summary_template", **v)),
            ("Recommendation", wording(style, "plan_recommendation_template", **v)),
            ("Action", wording(style, "plan_action_template", **v)),
        ],
        board_ref,
    )
    blocks.append(Heading(title, 1, refs=cycle_ref))

    planned = [t for t in themes if t.accepted]
    blocks.append(Heading("Background", 2, refs=cycle_ref))
    blocks.append(
        Paragraph(
            wording(style, "plan_background_template", count=n.count_word(len(planned)), **v),
            num.top(),
            refs=cycle_ref + [t.ref for t in planned],
        )
    )
    for t in planned:
        refs = [t.ref] + ([t.continues.ref] if t.continues is not None else [])
        blocks.append(Paragraph(t.title, num.sub(), refs=refs))

    blocks.append(Heading("Proposed work plan", 2, refs=cycle_ref))
    rows, trefs = [], []
    for t in planned:
        # One row per priority area; each proposed activity on its own line with its lead and timing
        # (separate Lead and Timing columns would drift out of line as activities wrap).
        rows.append([t.title, "\n".join(plan_line(c, style) for c in t.accepted)])
        trefs += [t.ref, *(c.ref for c in t.accepted)]
    if rows:
        blocks.append(
            Paragraph(
                "The table below sets out the proposed activity under each priority area:",
                num.top(),
                refs=cycle_ref,
            )
        )
        blocks.append(
            Table(["Priority area", "Proposed activity (lead, timing)"], rows, refs=trefs, widths=[1, 3])
        )
    else:
        blocks.append(
            Paragraph(f"No activity has been agreed for {cycle.label} yet.", num.top(), refs=cycle_ref)
        )

    namer = paper_namer(board, style, [])  # acronyms in the plan's sentences, spelled out once
    carried = [c for t in planned for c in t.accepted if c.carried_from_id]
    if carried:
        blocks.append(Heading("Work carried forward", 2, refs=cycle_ref))
        for turn, c in enumerate(carried):
            src = c.carried_from
            assert src is not None  # filtered on carried_from_id above
            info[src.ref] = commitment_info(src, board.slug)
            words = " ".join(x or "" for x in (c.title, src.title, c.delay_reason, src.delay_reason))
            blocks.append(
                Paragraph(
                    spell_out(carried_sentence(c, turn), namer, words), num.top(), refs=[c.ref, src.ref]
                )
            )

    answers: dict[int, list] = {}
    if feedback:
        blocks.append(Heading("Members' feedback", 2, refs=cycle_ref))
        blocks.append(Paragraph(_w(style, "plan_you_said_intro"), num.top(), refs=[f.ref for f in feedback]))
        for t in planned:
            for c in t.accepted:
                for f in c.answers_feedback.all():
                    answers.setdefault(f.pk, []).append(c)
        fb_rows, fb_refs, open_ = [], [], []
        for f in feedback:
            who = f.giver_name("A member")
            said = f"{who}: {f.text.strip()}"
            by = answers.get(f.pk, [])
            fb_rows.append([said, "\n".join(c.title.strip() for c in by) or _w(style, "plan_not_answered")])
            fb_refs += [f.ref, *(c.ref for c in by)]
            info[f.ref] = _feedback_info(f, board)
            if not by:
                open_.append(f)
        blocks.append(Table(["You said", "We propose"], fb_rows, refs=fb_refs, widths=[1, 1]))
        if open_:
            names = [f.giver_name("a member") for f in open_]
            blocks.append(
                Paragraph(
                    _w(
                        style,
                        # "None of the three …", not "Three of the three …".
                        "plan_none_answered_template"
                        if len(open_) == len(feedback) > 1
                        else "plan_unanswered_template",
                        # "None of the three …", not "Three of the three …".
                        count="None"
                        if len(open_) == len(feedback) > 1
                        else n.upper_first(n.count_word(len(open_))),
                        total=n.count_word(len(feedback)),
                        verb="is" if len(open_) == 1 or len(open_) == len(feedback) else "are",
                        them=("the points raised by " + n.join_words(names)),
                    ),
                    num.top(),
                    refs=[f.ref for f in open_],
                )
            )

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
    blocks.append(Heading("Next steps", 2, refs=board_ref))
    open_feedback = [f for f in feedback if not answers.get(f.pk)] if feedback else []
    for text, refs in next_steps(board, cycle, slot, planned, open_feedback, info):
        blocks.append(Paragraph(text, num.top(), refs=refs))
    blocks.append(Paragraph(_w(style, "plan_next_steps_template", **v), num.top(), refs=board_ref))
    meta = header_meta(
        Meta(title=title, body=board.name, purpose=purpose, contact=contact_for(board, cycle)), slot
    )
    from .records import year_base_info

    return Paper(
        meta=meta,
        blocks=blocks,
        ref_info=used_ref_info({**year_base_info(board, cycle, themes), **info}, blocks),
    )


def _feedback_info(f, board):
    from ..document import RefInfo
    from .records import _url

    d = f.created.date() if f.created else None
    who = f.giver_name("a member")
    return RefInfo(
        label=f"Feedback from {who}: {f.text.strip()[:80]}",
        date=d.isoformat() if d else None,
        url=_url("feedback", board.slug),
    )
