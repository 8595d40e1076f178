"""The demo board's papers: quarterly commentaries sit on the commitments they are about, and the
performance report built from the demo reads as an account of each commitment."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command

from boardwork.boards.models import Board
from boardwork.papers import compose
from boardwork.papers.document import Paragraph, Table
from boardwork.plans.models import ProgressUpdate

STOP = set(
    "a an and the of on for to in with by from at as is are be was were this that our its their than "
    "more less now first new work started planned some delay year government councils council".split()
)


def stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:6] for w in words if w not in STOP and len(w) > 2}


@pytest.fixture
def demo(db):
    call_command("demo", stdout=open("/dev/null", "w"))
    return Board.objects.get(slug="sscb")


def test_each_q2_commentary_is_about_its_commitment(demo):
    updates = ProgressUpdate.objects.filter(
        commitment__theme__cycle__board=demo, commitment__theme__cycle__label="2021/22", quarter=2
    ).select_related("commitment")
    assert updates.count() == 12
    off = [
        (u.commitment.title[:60], u.commentary)
        for u in updates
        if not stems(u.commentary) & stems(u.commitment.title)
    ]
    assert off == []


def test_demo_performance_report_flags_and_themes(demo):
    cycle = demo.cycles.get(label="2021/22")
    doc = compose.performance(demo, cycle, 2)
    flags = [
        b.text for b in doc.blocks if isinstance(b, Paragraph) and b.text.startswith("Our commitment to")
    ]
    # The commitment named by its title's first part, not its two sentences.
    serious = next(t for t in flags if "Police, Crime, Sentencing and Courts Bill is rated" in t)
    assert "Also, engage" not in serious
    assert "rated red, from amber in quarter 1" in serious and "serious violence duty" in serious
    first = next(
        b for b in compose.end_of_year(demo, cycle).blocks if isinstance(b, Paragraph) and b.number == "1"
    )
    assert first.text.startswith(
        "At its meeting in September the Board considered its priorities for 2021/22"
    )
    assert all(t.widths for t in doc.blocks if isinstance(t, Table))


def test_demo_papers_keep_the_genre_rules(demo):
    """The End of Year and work plan of each demo year read as the board's own: no template joint
    opening a sentence, no stage in brackets after a policy's name, a policy named once in a
    paragraph (paragraphs of earlier papers, told as written, aside), no "three of the three"."""
    from boardwork.activities.models import Activity, Policy

    titles = [p.title for p in Policy.objects.all() if len(p.title.split()) >= 3]
    as_written = {" ".join(a.text.split()) for a in Activity.objects.filter(board=demo)}
    docs = []
    for label in ("2008/09", "2020/21", "2021/22"):
        cycle = demo.cycles.get(label=label)
        docs += [compose.end_of_year(demo, cycle), compose.work_plan(demo, cycle)]
    checked = 0
    for doc in docs:
        for b in doc.blocks:
            if not isinstance(b, Paragraph) or " ".join(b.text.split()) in as_written:
                continue
            checked += 1
            sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", b.text)
            assert not any(
                s.startswith(("In relation to", "With regard to", "In respect of")) for s in sentences
            )
            for t in titles:
                assert not re.search(re.escape(t) + r" \((?!the |[A-Z]{2,}\))", b.text), (t, b.text)
                assert b.text.lower().count(t.lower()) <= 1, (t, b.text)
            assert not re.search(r"\b(\w+) of the \1\b", b.text, re.I), b.text
            assert not re.search(r"\bone commitment\b.*\beach of them\b", b.text), b.text
    assert checked > 40


def test_demo_work_plan_answers_its_members_feedback(demo):
    """Each member's feedback on the 2021/22 priorities is answered in that year's work plan by the
    commitments that take it up (feedback on a theme by that theme's work), as a clerk records it:
    the "You said / We propose" table proposes something for every row, and no paragraph lists
    feedback as not yet answered. The feedback was given before the meeting that agreed the plan
    (not on the day the demo was built)."""
    from boardwork.plans.models import Feedback

    cycle = demo.cycles.get(label="2021/22")
    agreed = cycle.themes.first().agreed_at
    feedback = list(Feedback.objects.filter(cycle=cycle).prefetch_related("answered_by__theme"))
    assert len(feedback) == 3
    for f in feedback:
        assert f.created.date() < agreed.date, f.text
        by = list(f.answered_by.all())
        assert by, f.text
        assert all(c.theme.cycle_id == cycle.pk for c in by), f.text
        if f.theme_id is not None:
            assert all(c.theme_id == f.theme_id for c in by), f.text
    doc = compose.work_plan(demo, cycle)
    table = next(b for b in doc.blocks if isinstance(b, Table) and b.header == ["You said", "We propose"])
    assert len(table.rows) == 3
    assert all(we_propose and we_propose != "Not yet answered in this plan" for _, we_propose in table.rows)
    said = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert not [t for t in said if "not yet answered" in t or "is answered by a proposed activity yet" in t]
