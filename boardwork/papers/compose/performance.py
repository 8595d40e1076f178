"""The quarterly performance report: the count by rating and the change since last quarter, a
paragraph on each red and amber item (what, why, what next), then per theme a table of each
commitment with its lead, due date and status listed under it, rating (a RAG column), commentary with its delay reason and
the activities that evidence it, the change since last quarter and the year's trend."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from boardwork.boards.models import Board, Cycle
from boardwork.plans.models import Commitment, ProgressUpdate, Review

from ..document import Heading, Meta, Paper, Paragraph, Table
from . import narrative as n
from .common import (
    Numberer,
    _values,
    contact_for,
    front_matter,
    header_meta,
    month_of,
    next_cycle_label,
    paper_namer,
    purpose_for,
    wording,
)
from .end_of_year import STATE_LABELS, commitment_cell
from .grouping import duplicate_sets
from .names import spell_out
from .records import load_year, paper_slot, used_ref_info, year_organisations

RAG_ORDER = ["green", "amber", "red", "complete"]
RAG_WORDS = {"green": "Green", "amber": "Amber", "red": "Red", "complete": "Complete"}
RANK = {"red": 0, "amber": 1, "green": 2, "complete": 3}


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
    return RAG_WORDS.get(rag or "", "Not rated")


def change(c: n.CommitmentFact, quarter: int) -> str:
    now = c.latest(quarter)
    before = c.latest(quarter - 1) if quarter > 1 else None
    if now is None:
        return "No update yet"
    if now.quarter < quarter:
        return f"No update since Q{now.quarter}"
    if quarter == 1:
        return "First quarter"
    if before is None:
        return "New this quarter"
    if before.rag == now.rag:
        return f"Unchanged ({_rag_label(now.rag)})"
    return f"{_rag_label(before.rag)} to {_rag_label(now.rag)}"


def trend(c: n.CommitmentFact, quarter: int) -> str:
    """The year so far, quarter by quarter: 'Q1 Amber, Q2 Green, Q3 –, Q4 Green'."""
    by_q = {u.quarter: u.rag for u in c.updates if u.quarter <= quarter}
    return ", ".join(f"Q{q} {_rag_label(by_q[q]) if q in by_q else '–'}" for q in range(1, quarter + 1))


def _date(d: dt.date | None) -> str:
    return f"{d.day} {month_of(d)} {d.year}" if d else ""


def performance(board: Board, cycle: Cycle, quarter: int, style: Any = None) -> Paper:
    """Progress at the end of `quarter` of `cycle`."""
    v = _values(board, cycle, next_cycle_label(cycle), style)
    v["quarter"] = quarter
    year = load_year(board, cycle, quarter, linked_only=True)
    current = quarter >= latest_quarter(cycle)  # the state recorded now is the state at this quarter
    q_end = cycle.quarter_dates(quarter)[1]
    slot = paper_slot(board, cycle, "performance", quarter)
    evidence: dict[str, list[n.ActivityFact]] = {}
    for a in year.acts:
        if a.commitment and (a.date is None or a.date <= q_end):
            evidence.setdefault(a.commitment, []).append(a)

    rows_by_theme = [(t, year.commitments.get(t.pk, [])) for t in year.themes if year.commitments.get(t.pk)]
    all_cs = [c for _, cs in rows_by_theme for c in cs]
    counts: Counter = Counter()
    for c in all_cs:
        u = c.latest(quarter)
        counts[u.rag if u else None] += 1

    title = wording(style, "performance_title_template", **v)
    board_ref, cycle_ref = [board.ref], [cycle.ref]
    blocks: list = []
    num = Numberer()
    purpose = purpose_for(style, "performance_purpose", slot)
    front_matter(
        blocks,
        [
            ("Purpose of report", purpose),
            ("Summary", wording(style, "performance_summary_template", **v)),
            ("Recommendation", wording(style, "performance_recommendation_template", **v)),
            ("Action", wording(style, "performance_action_template", **v)),
        ],
        board_ref,
    )
    blocks.append(Heading(title, 1, refs=cycle_ref))

    blocks.append(Heading("Summary of progress", 2, refs=cycle_ref))
    total = len(all_cs)
    spread = [f"{n.count_word(counts[r])} {_rag_label(r).lower()}" for r in RAG_ORDER if counts.get(r)]
    if counts.get(None):
        spread.append(f"{n.count_word(counts[None])} not rated")
    text = (
        f"At the end of quarter {quarter} of {cycle.label}, {n.count_word(total)} "
        f"commitment{'s' if total != 1 else ''} {'are' if total != 1 else 'is'} reported on under "
        f"{n.count_word(len(rows_by_theme))} theme{'s' if len(rows_by_theme) != 1 else ''}"
    )
    if spread:
        text += ": " + n.join_words(spread)
    sents = [n.Sentence(n.sentence(text), cycle_ref + [c.ref for c in all_cs])]
    if quarter > 1:
        better = worse = same = 0
        for c in all_cs:
            now, before = c.latest(quarter), c.latest(quarter - 1)
            if now is None or before is None or now.quarter < quarter:
                continue
            d = RANK[now.rag] - RANK[before.rag]
            better, worse, same = better + (d > 0), worse + (d < 0), same + (d == 0)
        if better or worse or same:
            parts = [
                f"{n.count_word(k)} {w}"
                for k, w in ((better, "improved"), (worse, "worsened"), (same, "held"))
                if k
            ]
            sents.append(
                n.Sentence(
                    n.sentence(
                        f"Since quarter {quarter - 1}, {n.join_words(parts)} {'its' if total == 1 else 'their'} rating"
                    ),
                    [c.ref for c in all_cs],
                )
            )
    missing = [c for c in all_cs if not any(u.quarter == quarter for u in c.updates)]
    if missing:
        sents.append(
            n.Sentence(
                n.sentence(
                    f"{n.upper_first(n.count_word(len(missing)))} {'has' if len(missing) == 1 else 'have'} "
                    f"no update for quarter {quarter}"
                ),
                [c.ref for c in missing],
            )
        )
    summary = n.Para(sents)
    blocks.append(Paragraph(summary.text, num.top(), refs=summary.refs))
    summary_rows = [[_rag_label(r), str(counts.get(r, 0))] for r in RAG_ORDER]
    summary_rows.append(["Not rated", str(counts.get(None, 0))])
    summary_rows.append(["Total", str(total)])
    all_updates = [u.ref for c in all_cs for u in c.updates if u.quarter == quarter]
    blocks.append(
        Table(
            ["Rating", "Commitments"],
            summary_rows,
            refs=all_updates or cycle_ref,
            widths=[3, 1],
            rag_column=0,
        )
    )

    rated = {c.ref: u.rag for c in all_cs if (u := c.latest(quarter)) is not None}
    orgs = year_organisations(board, cycle)
    flagged = [c for c in all_cs if rated.get(c.ref) in ("red", "amber")]
    if flagged:
        # Where the work goes next: the next year's commitment that carries it forward, if any.
        objs = [year.commitment_objs[c.ref] for c in flagged if c.ref in year.commitment_objs]
        carried = dict(
            Commitment.objects.filter(carried_from__in=objs, review=Review.ACCEPTED).values_list(
                "carried_from_id", "theme__cycle__label"
            )
        )
        onward = {
            c.ref: carried.get(year.commitment_objs[c.ref].pk)
            for c in flagged
            if c.ref in year.commitment_objs
        }
        # The year's organisations, as the End of Year knows them (this report loads no partners).
        namer = paper_namer(board, style, year.acts, orgs=orgs)
        blocks.append(Heading("Red and amber items", 2, refs=[c.ref for c in flagged]))
        for c in sorted(flagged, key=lambda c: RANK[rated[c.ref]]):
            blocks.append(_flag_paragraph(c, quarter, num, current, onward.get(c.ref), namer, q_end))

    prev_q = f"Q{quarter - 1}" if quarter > 1 else None
    # The evidence lists' own namer: officers' acronyms in activity titles in full, no introductions.
    row_namer = paper_namer(board, style, year.acts, orgs=orgs)
    for t, cs in rows_by_theme:
        blocks.append(Heading(t.title, 2, refs=[t.ref]))
        table_rows, trefs = [], [t.ref]
        for c in cs:
            now = c.latest(quarter)
            # The commitment with its lead, due date and status listed under it (the table's item
            # column): a column of their own was too narrow for "Due 31 December 2023".
            what = commitment_cell(c, STATE_LABELS.get(c.state, c.state) if current else None)
            commentary = n.expand_shorthand(now.commentary.strip()) if now and now.commentary else ""
            if c.delay_reason.strip() and c.state in n.SLIPPED:
                commentary += ("\n" if commentary else "") + f"Why: {c.delay_reason.strip()}"
            # The change and the year's trend follow the commentary: two more narrow columns would
            # leave the commentary a word a line on an A4 page.
            since = change(c, quarter)
            commentary += ("\n" if commentary else "") + (f"Since {prev_q}: " if prev_q else "") + since
            year_so_far = trend(c, quarter)
            if year_so_far:
                commentary += f"\nYear so far: {year_so_far}"
            # The evidence closes the cell: its items (a line each, as the cell's bullets) run to the
            # end of the cell, so no other line reads as one of them.
            ev = evidence.get(c.ref, [])
            if ev:
                commentary += "\n" + "\n".join(evidence_lines(ev, row_namer, c.title))
            table_rows.append([what, _rag_label(now.rag if now else None), commentary])
            trefs += [c.ref] + ([now.ref] if now else []) + [a.ref for a in ev]
        header = ["Commitment", "Rating", "Commentary and trend"]
        blocks.append(Table(header, table_rows, refs=trefs, widths=[36, 11, 53], rag_column=1, item_column=0))

    meta = header_meta(
        Meta(title=title, body=board.name, purpose=purpose, contact=contact_for(board, cycle)), slot
    )
    return Paper(meta=meta, blocks=blocks, ref_info=used_ref_info(year.ref_info, blocks))


# Evidence items listed in a commitment's row before the rest are counted ("and 3 more"): the
# commentary column stays a few lines, and the End of Year tells the work in full.
_EVIDENCE_SHOWN = 3


def evidence_lines(acts: list[n.ActivityFact], namer: n.Namer, words: str = "") -> list[str]:
    """The activities that evidence a commitment, one line each ("May 2023 – Serious Violence Duty
    webinar") under "Evidence:", in date order; near-duplicate entries of one event are one line
    (`narrative.event_name`); an officer's acronyms in full where the records or the glossary spell
    them in four words or fewer (`words`: the commitment's title); a title's " - " a colon; past
    `_EVIDENCE_SHOWN` (+1) the rest are counted ("and 2 more")."""
    events = sorted(duplicate_sets(acts), key=lambda ev: min(a.date or dt.date.max for a in ev))
    items = []
    for ev in events:
        day = min((a.date for a in ev if a.date), default=None)
        said = " ".join([words, *(f"{a.title} {a.text}" for a in ev)])
        # Spelled as inside brackets: the full name alone, no acronym introduced in a table cell.
        name = n.upper_first(spell_out(f"({n.event_name(ev)})", namer, said, longest=4)[1:-1])
        name = re.sub(r"\s[-–]\s", ": ", name, count=1)
        items.append(f"{month_of(day)} {day.year} – {name}" if day else name)
    if len(items) > _EVIDENCE_SHOWN + 1:
        items = items[:_EVIDENCE_SHOWN] + [f"and {len(items) - _EVIDENCE_SHOWN} more"]
    return ["Evidence:", *items]


def _flag_paragraph(
    c: n.CommitmentFact,
    quarter: int,
    num: Numberer,
    state_is_current: bool,
    onward: str | None,
    namer: n.Namer,
    q_end: dt.date | None = None,
) -> Paragraph:
    """What, why, what next for one red or amber item, as sentences: the commitment and its rating
    (and the change since last quarter); why — its recorded delay reason, else what the quarter's
    update says in sentences; what next — carried into next year's plan, or its lead and due date."""
    now = c.latest(quarter)
    assert now is not None  # only rated commitments are flagged
    before = c.latest(quarter - 1) if quarter > 1 else None
    what = f"{n.upper_first(n.commitment_phrase(n.commitment_short(c.title)))} is rated {_rag_label(now.rag).lower()}"
    if before is not None and before.rag != now.rag and now.quarter == quarter:
        what += f", from {_rag_label(before.rag).lower()} in quarter {before.quarter}"
    if now.quarter < quarter:
        what += f" (its last update was for quarter {now.quarter})"
    reason = n.recorded_reason(c)
    if state_is_current and c.state in n.SLIPPED and not reason:
        # With no reason to give, the state joins the rating: "… is rated amber and is at risk", not
        # a sentence "It is at risk." under every item.
        what += ("," if "," in what or "(" in what else "") + f" and is {n.STATE_WORDS.get(c.state, c.state)}"
    sents = [n.Sentence(n.sentence(what), [c.ref, now.ref])]
    if state_is_current and c.state in n.SLIPPED and reason:
        # "It was dropped at the January meeting, as …", "It is deferred: it was held back for …".
        sents.append(n.Sentence(n.sentence(n.slip_text("It", c.state, reason)), [c.ref]))
    elif n.because_sentence(reason):
        sents.append(n.Sentence(n.because_sentence(reason), [c.ref]))
    dropped = state_is_current and c.state == "dropped"
    progress = n.note_sentences(now.commentary) if now.commentary.strip() and not dropped else ""
    if progress:
        sents.append(n.Sentence(progress, [now.ref]))
    if dropped:
        pass  # work the Board dropped has no next step to report
    elif onward:
        nxt = f"{c.owner} leads this work, which" if c.owner else "This work"
        sents.append(n.Sentence(n.sentence(f"{nxt} is carried forward into the {onward} work plan"), [c.ref]))
    elif c.owner or c.due:
        # A due date the quarter has reached is past when the report is read: "which was due by".
        past = c.due is not None and q_end is not None and c.due <= q_end
        who = f"{c.owner} leads this work" if c.owner else f"This work {'was' if past else 'is'}"
        if c.due:
            due = f"due by {_date(c.due)}"
            who += (f", which was {due}" if past else f", {due}") if c.owner else f" {due}"
        sents.append(n.Sentence(n.sentence(who), [c.ref]))
    # Acronyms spelled out at their first mention in the paper, from the commitment's own words.
    words = " ".join([c.title, c.delay_reason, *(u.commentary for u in c.updates)])
    for s in sents:
        s.text = spell_out(s.text, namer, words)
    p = n.Para(sents)
    return Paragraph(p.text, num.top(), refs=p.refs)
