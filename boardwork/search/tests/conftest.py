"""Search fixtures: papers and records on two boards, public and private, accepted and to review."""

import datetime as dt

import pytest


def make_paper(board, cycle, title, paragraphs, *, published=False, kind="end_of_year", table=None):
    from boardwork.papers.models import StoredPaper

    blocks = [{"type": "heading", "text": title, "level": 1}]
    blocks += [{"type": "paragraph", "text": t, "number": str(i + 1)} for i, t in enumerate(paragraphs)]
    if table:
        blocks.append({"type": "table", "header": table[0], "rows": table[1:]})
    return StoredPaper.objects.create(
        board=board,
        cycle=cycle,
        title=title,
        kind=kind,
        structure={"schema": "boardwork.paper/1", "blocks": blocks},
        published=published,
    )


@pytest.fixture
def archive(board, other_board, cycles):
    """Our board: a published and a private paper, accepted and to-review activities.
    The other board: a private paper and an accepted activity."""
    from boardwork.activities.models import Activity
    from boardwork.boards.models import Cycle
    from boardwork.plans.models import Theme

    c20, c21 = cycles
    other_cycle = Cycle.objects.create(
        board=other_board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    t20 = Theme.objects.create(cycle=c20, title="Counter-extremism")
    t21 = Theme.objects.create(cycle=c21, title="Counter-extremism and cohesion", continues=t20)
    public = make_paper(
        board,
        c20,
        "Safer communities end of year report",
        [
            "The Board responded to the Home Office consultation on the Prevent duty.",
            "Councils asked for better prevention of fraud and preventing harm online.",
            "The Welsh LGA joined our roundtable on community cohesion.",
        ],
        published=True,
        table=[["Theme", "Lead"], ["Domestic abuse", "Cllr Patel"]],
    )
    private = make_paper(
        board,
        c21,
        "Work plan 2021/22",
        ["We will lobby on licensing of taxis and private hire vehicles."],
        kind="work_plan",
    )
    other = make_paper(
        other_board,
        other_cycle,
        "Culture board annual report",
        ["Libraries and museums licensing reform, with the Prevent programme in museums."],
    )
    accepted = Activity.objects.create(
        board=board,
        cycle=c20,
        date=dt.date(2020, 11, 1),
        title="Prevent webinar",
        text="A webinar on Prevent for councillors.",
    )
    accepted.themes.add(t20)
    pending = Activity.objects.create(
        board=board,
        cycle=c21,
        date=dt.date(2021, 10, 1),
        title="Licensing roundtable",
        text="A roundtable on taxi licensing with councils.",
        review="to_review",
    )
    pending.themes.add(t21)
    theirs = Activity.objects.create(
        board=other_board,
        cycle=other_cycle,
        title="Museums licensing",
        text="Museum licensing evidence to DCMS.",
    )
    return {
        "public": public,
        "private": private,
        "other": other,
        "accepted": accepted,
        "pending": pending,
        "theirs": theirs,
        "themes": (t20, t21),
    }
