"""A small world for the web page tests: two boards, a user in each role, and records of every kind.

Built once per test module by conftest.py's `world` fixture; `from .web_fixtures import
world_fixture  # noqa: F401` names it in a module, `fresh_world_fixture` builds one per test instead.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from boardwork.activities.models import Activity, ActivityOrganisation, Organisation, Policy
from boardwork.boards.models import ApiToken, Board, Cycle, Meeting, Membership, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Review, Theme

PERSONAS = ["officer", "member", "outsider", "anonymous"]
PASSWORD = "a-long-test-password"


def build_world(n_activities: int = 6) -> SimpleNamespace:
    User = get_user_model()
    w = SimpleNamespace()
    w.board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    w.other = Board.objects.create(name="Fire Services Management Committee", slug="fsmc")
    w.cycle1 = Cycle.objects.create(
        board=w.board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    w.cycle = Cycle.objects.create(
        board=w.board, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31)
    )
    Cycle.objects.create(board=w.other, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31))
    w.old_theme = Theme.objects.create(cycle=w.cycle1, title="Community safety 2020", order=1)
    w.theme = Theme.objects.create(cycle=w.cycle, title="Community safety", order=1, continues=w.old_theme)
    w.theme2 = Theme.objects.create(cycle=w.cycle, title="Counter-extremism", order=2)
    w.old_commitment = Commitment.objects.create(
        theme=w.old_theme, title="Review the violence reduction guidance", state="deferred"
    )
    w.commitment = Commitment.objects.create(
        theme=w.theme, title="Review the violence reduction guidance", carried_from=w.old_commitment
    )
    ProgressUpdate.objects.create(
        commitment=w.commitment, quarter=1, rag="amber", commentary="Delayed by Covid-19"
    )
    w.org = Organisation.objects.create(name="Home Office", kind="government_department")
    w.org2 = Organisation.objects.create(name="National Police Chiefs' Council", acronym="NPCC")
    w.policy = Policy.objects.create(title="Domestic Abuse Bill", kind="bill")
    w.activities = []
    for i in range(n_activities):
        a = Activity.objects.create(
            board=w.board,
            cycle=w.cycle,
            date=dt.date(2021, 9 + (i % 4), 1 + i % 27),
            date_precision="day",
            kinds="lobbying" if i % 2 else "event training",
            title=f"Activity {i}",
            text=f"The board met the Home Office about item {i}.",
        )
        a.themes.add(w.theme if i % 2 else w.theme2)
        ActivityOrganisation.objects.create(activity=a, organisation=w.org, role="partner")
        ActivityOrganisation.objects.create(activity=a, organisation=w.org2)
        a.policies.add(w.policy)
        w.activities.append(a)
    w.activity = w.activities[0]
    w.other_activity = Activity.objects.create(board=w.other, text="Other board's work", kinds="event")
    w.paper = StoredPaper.objects.create(
        board=w.board,
        cycle=w.cycle,
        kind="end_of_year",
        title="End of year report <2021>",
        structure={
            "format": "boardwork.paper/1",
            "meta": {"title": "End of year report"},
            "blocks": [
                {"type": "heading", "text": "Background", "level": 2},
                {
                    "type": "paragraph",
                    "number": "1",
                    "text": "We wrote <script>alert('x')</script> to the Home Office.",
                },
            ],
        },
    )
    w.pending = Activity.objects.create(
        board=w.board,
        cycle=w.cycle,
        text="Wrote to the Home Office <script>alert('x')</script>",
        review=Review.TO_REVIEW,
        source_paper=w.paper,
        source_paragraph="1",
        source_block=1,
    )
    w.published = StoredPaper.objects.create(
        board=w.board, title="Published work plan", structure=w.paper.structure
    )
    w.published.publish()
    Meeting.objects.create(board=w.board, date=dt.date.today() + dt.timedelta(days=30), place="Smith Square")

    def user(name, board, role, superuser=False):
        u = User.objects.create_user(name, password=PASSWORD, is_superuser=superuser, is_staff=superuser)
        if board:
            p = Person.objects.create(name=name.title(), user=u)
            Membership.objects.create(board=board, person=p, role=role)
        return u

    w.users = {
        "officer": user("officer", w.board, "officer"),
        "member": user("member", w.board, "member"),
        "outsider": user("outsider", w.other, "officer"),
        "admin": user("admin", None, None, superuser=True),
        "nobody": user("nobody", None, None),
    }
    Feedback.objects.create(
        cycle=w.cycle, theme=w.theme, text="Focus on serious violence", author=w.users["member"]
    )
    # Each persona's API token (the key; only its hash is stored), for `api_client`.
    w.tokens = {name: ApiToken.issue(u, "tests")[1] for name, u in w.users.items()}
    return w


def api_client(w, persona: str) -> Client:
    """A client that calls the API as `persona` with its token (anonymous: none)."""
    if persona == "anonymous":
        return Client()
    return Client(headers={"Authorization": f"Bearer {w.tokens[persona]}"})


def client_for(w, persona: str) -> Client:
    c = Client()
    if persona != "anonymous":
        c.force_login(w.users[persona])
    return c


@pytest.fixture(name="world")
def world_fixture(world):
    """The world conftest.py builds once per test module from `build_world` (a copy per test)."""
    return world


@pytest.fixture(name="world")
def fresh_world_fixture(db):
    """A world built for the one test, for modules with transactional tests (they empty the tables,
    so a world shared by the module would not survive them)."""
    return build_world()
