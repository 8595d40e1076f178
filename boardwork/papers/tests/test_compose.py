"""compose: records → Paper (end of year, work plan, performance)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle, Meeting, Membership, Person
from boardwork.papers import compose
from boardwork.papers.document import Heading, Paragraph, Table
from boardwork.papers.models import StoredPaper as PaperRecord
from boardwork.papers.style import HouseStyle
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Review, Theme


@pytest.fixture
def world(db):
    board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    y1 = Cycle.objects.create(
        board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    y2 = Cycle.objects.create(
        board=board, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31)
    )
    Meeting.objects.create(board=board, cycle=y1, date=dt.date(2020, 10, 5))
    agreed = Meeting.objects.create(board=board, cycle=y1, date=dt.date(2020, 12, 3))
    officer = Person.objects.create(name="Sam Taylor", role="Adviser", email="sam@example.org")
    Membership.objects.create(board=board, person=officer, role=Membership.Role.OFFICER)
    cs = Theme.objects.create(cycle=y1, title="Community safety", order=0, agreed_at=agreed)
    fire = Theme.objects.create(cycle=y1, title="Fire and rescue", order=1, agreed_at=agreed)
    paper = PaperRecord.objects.create(board=board, cycle=y1, title="Imported", sha256="a" * 64)

    def act(text, theme, review=Review.ACCEPTED, date=None, block=None, nations=""):
        a = Activity(board=board, cycle=y1, text=text, review=review, nations=nations)
        if block is not None:
            a.source_paper, a.source_block, a.source_paragraph = paper, block, str(block)
        a.set_date(date)
        a.save()
        a.themes.add(theme)
        return a

    acts = {
        "imp2": act("Imported second.", cs, block=20, date="2020-09"),
        "imp1": act("Imported first.", cs, block=10, date="2021-05"),
        "late": act("Entered in March.", cs, date="2021-03"),
        "early": act("Entered in October.", cs, date="2020-10"),
        "undated": act("Entered with no date.", cs),
        "pending": act("Waiting for review.", cs, review=Review.TO_REVIEW),
        "rejected": act("Rejected by the officer.", fire, review=Review.REJECTED),
        "fire": act("Ran the fire conference.", fire, date="2021-03-01", nations="wales"),
    }
    loose = Activity.objects.create(board=board, cycle=y1, text="Answered a minister's letter.")
    acts["loose"] = loose
    old = Commitment.objects.create(theme=cs, title="Develop work on resilience")
    cs2 = Theme.objects.create(cycle=y2, title="Community safety", order=0, continues=cs)
    c_carried = Commitment.objects.create(
        theme=cs2,
        title="Develop work on resilience",
        carried_from=old,
        delay_reason="Delayed by Covid-19",
        order=0,
    )
    c_new = Commitment.objects.create(theme=cs2, title="Host webinars", owner=officer, order=1)
    Commitment.objects.create(theme=cs2, title="Not yet reviewed", review=Review.TO_REVIEW, order=2)
    return {
        "board": board,
        "y1": y1,
        "y2": y2,
        "acts": acts,
        "themes": {"cs": cs, "fire": fire, "cs2": cs2},
        "commitments": {"old": old, "carried": c_carried, "new": c_new},
        "officer": officer,
    }


def texts(doc):
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def test_end_of_year_sections_numbering_and_refs(world, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        doc = compose.end_of_year(world["board"], world["y1"], HouseStyle.default())
    heads = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert heads[:4] == ["Purpose of report", "Summary", "Recommendation", "Action"]
    assert heads[4] == "Safer and Stronger Communities End of Year Report 2020/21 and 2021/22 work plan"
    assert [b.level for b in doc.blocks if isinstance(b, Heading)][4] == 1
    assert heads[5:] == [
        "Background",
        "Community safety",
        "Fire and rescue",
        "Other work",
        "2021/22 Priorities",
        "Implications for Wales",
        "Financial Implications",
        "Next steps",
        "Appendix 1: progress against the 2020/21 commitments",
    ]
    numbers = [b.number for b in doc.blocks if isinstance(b, Paragraph) and b.number]
    assert numbers[:3] == ["1", "1.1", "1.2"]
    tops = [n for n in numbers if "." not in n]
    assert tops == [str(i) for i in range(1, len(tops) + 1)]
    first = next(b for b in doc.blocks if isinstance(b, Paragraph) and b.number == "1")
    # The month of the meeting that agreed the themes (not the cycle's first meeting, in October).
    assert first.text.startswith("At its meeting in December the Board considered its priorities for 2020/21")
    assert "agreed two overarching themes" in first.text
    assert all(b.refs for b in doc.blocks), [b for b in doc.blocks if not b.refs]
    fire = next(b for b in doc.blocks if isinstance(b, Paragraph) and "fire conference" in b.text)
    assert fire.text == "In March we ran the fire conference."
    assert fire.refs == [world["acts"]["fire"].ref]
    assert set(doc.ref_info) == {r for b in doc.blocks for r in b.refs}
    assert doc.ref_info[world["acts"]["fire"].ref].url.endswith(f"/activities/{world['acts']['fire'].uid}/")


def test_end_of_year_without_agreed_meeting_names_no_month(world):
    Theme.objects.update(agreed_at=None)
    doc = compose.end_of_year(world["board"], world["y1"])
    first = next(b for b in doc.blocks if isinstance(b, Paragraph) and b.number == "1")
    assert first.text == "The Board's work in 2020/21 was organised under two overarching themes:"
    assert doc.meta.contact.name == "Sam Taylor" and doc.meta.body == world["board"].name


def test_end_of_year_only_accepted_in_paper_then_date_order(world):
    doc = compose.end_of_year(world["board"], world["y1"])
    body = texts(doc)
    assert not any("Waiting for review" in t or "Rejected by the officer" in t for t in body)
    # Imported paragraphs are a paper's own: told as written, in their paper's order (not by date).
    i = body.index("Imported first.")
    assert body[i : i + 2] == ["Imported first.", "Imported second."]
    # Entered ones are composed, each stated with its month.
    told = " ".join(body)
    assert "In October we entered in October." in told
    assert re.search(r"\b(In March we also|In March,|Later, in March,) we entered in March\.", told) or (
        "In March we also entered in March." in told
    )
    assert "entered with no date." in told


def test_end_of_year_plan_table_marks_carried_and_delayed(world):
    doc = compose.end_of_year(world["board"], world["y1"])
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ["Priority area", "Proposed activity"]
    assert table.rows == [
        [
            "Community safety",
            # Terse, as the board's tables are: the reason is told in the theme section.
            "Develop work on resilience (carried forward from 2020/21)\nHost webinars",
        ]
    ]
    c = world["commitments"]
    assert {c["carried"].ref, c["new"].ref, world["themes"]["cs2"].ref} <= set(table.refs)
    wales = next(b for b in doc.blocks if isinstance(b, Paragraph) and "Welsh LGA" in b.text)
    assert "fire and rescue also concerned Wales" in wales.text
    assert world["acts"]["fire"].ref in wales.refs


def test_end_of_year_without_next_cycle_or_style(world):
    world["y2"].delete()
    doc = compose.end_of_year(world["board"], world["y1"], None)
    # No plan table for a next year that is not recorded; the appendix is the only table.
    assert [b.header[0] for b in doc.blocks if isinstance(b, Table)] == ["Commitment"]
    assert any("2021/22 Priorities" == b.text for b in doc.blocks if isinstance(b, Heading))


def test_work_plan(world):
    Feedback.objects.create(
        cycle=world["y1"], theme=world["themes"]["cs"], text="More on resilience, please."
    )
    Feedback.objects.create(cycle=world["y2"], text="Keep the webinars.", person=world["officer"])
    doc = compose.work_plan(world["board"], world["y2"], HouseStyle.default())
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ["Priority area", "Proposed activity (lead, timing)"]
    # One row per priority area, its activities line by line with their leads.
    assert len(table.rows) == 1 and table.rows[0][0] == "Community safety"
    assert table.rows[0][1].split("\n")[1] == "Host webinars — Sam Taylor"
    assert all("Not yet reviewed" not in r[1] for r in table.rows)
    body = texts(doc)
    assert (
        "We propose to carry forward from 2020/21 our commitment to develop work on resilience. "
        "It was delayed by Covid-19." in body
    )
    feedback = [b for b in doc.blocks if isinstance(b, Table) and b.header == ["You said", "We propose"]][0]
    assert feedback.rows == [
        ["A member: More on resilience, please.", "Not yet answered in this plan"],
        ["Sam Taylor: Keep the webinars.", "Not yet answered in this plan"],
    ]
    assert doc.meta.purpose == "For decision."
    assert all(b.refs for b in doc.blocks)


def test_performance_counts_and_changes(world):
    c = world["commitments"]
    y1_cs = world["themes"]["cs"]
    other = Commitment.objects.create(theme=y1_cs, title="Support councils", due=dt.date(2020, 12, 15))
    quiet = Commitment.objects.create(theme=y1_cs, title="Nothing reported")
    ProgressUpdate.objects.create(commitment=c["old"], quarter=1, rag="amber", commentary="Slow start")
    ProgressUpdate.objects.create(commitment=c["old"], quarter=2, rag="green", commentary="Back on track")
    ProgressUpdate.objects.create(commitment=other, quarter=2, rag="red", commentary="Blocked")
    ProgressUpdate.objects.create(commitment=other, quarter=3, rag="green", commentary="Later news")
    assert compose.latest_quarter(world["y1"]) == 3
    doc = compose.performance(world["board"], world["y1"], 2, HouseStyle.default())
    summary = next(b for b in doc.blocks if isinstance(b, Table))
    assert summary.header == ["Rating", "Commitments"]
    assert dict(map(tuple, summary.rows)) == {
        "Green": "1",
        "Amber": "0",
        "Red": "1",
        "Complete": "0",
        "Not rated": "1",
        "Total": "3",
    }
    table = [b for b in doc.blocks if isinstance(b, Table)][1]
    assert table.header == ["Commitment", "Rating", "Commentary and trend"]
    assert table.rag_column == 1 and table.item_column == 0 and len(table.widths) == 3
    # The item column: the commitment's title first, its details (here none recorded) after it.
    rows = {r[0].split("\n")[0]: r for r in table.rows}
    assert rows["Develop work on resilience"][1] == "Green"
    assert rows["Develop work on resilience"][2].split("\n") == [
        "Back on track",
        "Since Q1: Amber to Green",
        "Year so far: Q1 Amber, Q2 Green",
    ]
    assert rows["Support councils"][1] == "Red"
    assert rows["Support councils"][2].split("\n")[:2] == ["Blocked", "Since Q1: New this quarter"]
    assert rows[quiet.title][1] == "Not rated" and rows[quiet.title][2].startswith("Since Q1: No update yet")
    red = next(
        b for b in doc.blocks if isinstance(b, Paragraph) and b.text.startswith("Our commitment to support")
    )
    # What, then what next, as sentences: the officer's one-word note is neither quoted nor passed
    # off as the paper's prose (the table beside it gives the note as written).
    assert red.text.startswith("Our commitment to support councils is rated red.")
    assert "Blocked" not in red.text and "update reads" not in red.text
    # A due date the reported quarter has reached is told as past.
    assert red.text.endswith("This work was due by 15 December 2020.")
    assert doc.meta.purpose == "For information."
    assert all(b.refs for b in doc.blocks)


def test_wording_falls_back_and_keeps_unknown_placeholders():
    assert compose.wording(None, "priorities_heading", next_cycle="2021/22") == "2021/22 Priorities"
    style = HouseStyle.default()
    style.purpose_default = "For {unknown} decision."
    assert compose.wording(style, "purpose_default") == "For {unknown} decision."


def test_work_plan_queries_do_not_grow_with_its_priority_areas(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as q:
            compose.work_plan(world["board"], world["y2"], HouseStyle.default())
        return len(q.captured_queries)

    first = queries()
    for k in range(5):
        old = Theme.objects.create(cycle=world["y1"], title=f"Area {k}", order=10 + k)
        new = Theme.objects.create(cycle=world["y2"], title=f"Area {k}", order=10 + k, continues=old)
        Commitment.objects.create(theme=new, title=f"Deliver area {k}", review=Review.ACCEPTED)
    assert queries() == first
