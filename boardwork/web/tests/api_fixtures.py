"""A small world for the API and export tests: two boards and one user in each role.

Import the fixtures into a test module with `from .api_fixtures import *  # noqa: F403`.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from boardwork.activities.models import Activity, ActivityOrganisation, Organisation, Policy
from boardwork.boards.models import AgendaItem, ApiToken, Board, Cycle, Meeting, Membership, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

ROLES = ["officer", "member", "outsider", "anonymous"]


@dataclass
class World:
    board: Board
    other: Board
    cycle: Cycle
    cycle2: Cycle
    theme: Theme
    theme2: Theme
    commitment: Commitment
    org: Organisation
    org2: Organisation
    policy: Policy
    person: Person
    activities: list[Activity]
    pending: Activity
    paper_published: StoredPaper
    paper_private: StoredPaper
    meeting: Meeting
    users: dict = field(default_factory=dict)
    tokens: dict = field(default_factory=dict)

    def client(self, role: str) -> Client:
        """A test client that authenticates as `role` with its API token (anonymous: none)."""
        if role == "anonymous":
            return Client()
        return Client(headers={"Authorization": f"Bearer {self.tokens[role]}"})


def make_world() -> World:
    User = get_user_model()
    board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    other = Board.objects.create(name="Other Board", slug="other")
    cycle = Cycle.objects.create(
        board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
    )
    cycle2 = Cycle.objects.create(
        board=board, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31)
    )
    Cycle.objects.create(board=other, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31))
    theme = Theme.objects.create(cycle=cycle, title="Community safety", order=1)
    theme2 = Theme.objects.create(cycle=cycle, title="Fire and rescue", order=2)
    person = Person.objects.create(
        name="Nesil Caliskan", honorific="Cllr", kind="councillor", party="Labour", council="Enfield"
    )
    commitment = Commitment.objects.create(
        theme=theme, title="Lobby on the Domestic Abuse Bill", owner=person, state="on_track"
    )
    ProgressUpdate.objects.create(commitment=commitment, quarter=1, rag="green", commentary="Going well")
    Commitment.objects.create(theme=theme2, title='=HYPERLINK("http://evil")', owner_name="Fire team")
    Commitment.objects.create(theme=theme2, title="Pending import", review=Review.TO_REVIEW)
    org = Organisation.objects.create(name="Home Office", acronym="HO", kind="government_department")
    org2 = Organisation.objects.create(name="National Fire Chiefs Council", acronym="NFCC")
    policy = Policy.objects.create(title="Domestic Abuse Bill", kind="bill")

    def act(text, date, precision, kinds, themes=(), orgs=(), policies=(), people=(), **kw):
        a = Activity.objects.create(
            board=board, cycle=cycle, text=text, date=date, date_precision=precision, kinds=kinds, **kw
        )
        a.themes.set(themes)
        a.policies.set(policies)
        a.people.set(people)
        for o in orgs:
            ActivityOrganisation.objects.create(activity=a, organisation=o, role="partner")
        return a

    activities = [
        act(
            "Responded to the Home Office consultation on serious violence",
            dt.date(2020, 10, 14),
            "day",
            "consultation_response",
            themes=[theme],
            orgs=[org],
            title="Serious violence duty",
        ),
        act(
            "Briefing on the Domestic Abuse Bill, second reading",
            dt.date(2020, 12, 1),
            "month",
            "lobbying evidence",
            themes=[theme],
            policies=[policy],
            people=[person],
        ),
        act(
            "Fire safety webinar for 300 delegates",
            dt.date(2021, 1, 1),
            "year",
            "event training",
            themes=[theme2],
            orgs=[org2],
            reach="300 delegates",
        ),  # fmt: skip
        act('-1 formula-looking text, with a comma; and "quotes"', None, "", "publication"),
    ]
    pending = act(
        "Imported, waiting for review", dt.date(2020, 11, 2), "day", "media", review=Review.TO_REVIEW
    )
    Activity.objects.create(board=other, text="Another board's activity", date=dt.date(2020, 10, 1))
    paper_published = StoredPaper.objects.create(
        board=board, title="Annual report", published=True, kind="end_of_year"
    )
    paper_private = StoredPaper.objects.create(
        board=board,
        title="Draft work plan",
        kind="work_plan",
        structure={"schema": "boardwork.paper/1", "blocks": []},
    )
    meeting = Meeting.objects.create(
        board=board,
        cycle=cycle,
        date=dt.date(2020, 12, 3),
        start_time=dt.time(11, 0),
        place="Smith Square, London; Room 1, 18",
        title="Board meeting",
    )
    AgendaItem.objects.create(meeting=meeting, number="1", title="Welcome, apologies; declarations")
    Meeting.objects.create(board=board, cycle=cycle, date=dt.date(2021, 3, 4))

    w = World(
        board=board, other=other, cycle=cycle, cycle2=cycle2, theme=theme, theme2=theme2, commitment=commitment,
        org=org, org2=org2, policy=policy, person=person, activities=activities, pending=pending,
        paper_published=paper_published, paper_private=paper_private, meeting=meeting,
    )  # fmt: skip
    for name, on_board, role in (
        ("officer", board, Membership.Role.OFFICER),
        ("member", board, Membership.Role.MEMBER),
        ("outsider", other, Membership.Role.OFFICER),
    ):
        user = User.objects.create_user(name)  # no password: hashing one costs ~0.3 s
        p = person if name == "member" else Person.objects.create(name=f"{name.title()} Person", user=user)
        if name == "member":
            p.user = user
            p.save()
        Membership.objects.create(board=on_board, person=p, role=role, start=dt.date(2019, 1, 1))
        w.users[name] = user
        w.tokens[name] = ApiToken.issue(user, "tests")[1]
    # A former officer: membership ended, so no access any more.
    former = User.objects.create_user("former")
    Membership.objects.create(
        board=board,
        person=Person.objects.create(name="Former Officer", user=former),
        role="officer",
        start=dt.date(2015, 1, 1),
        end=dt.date(2019, 1, 1),
    )
    w.users["former"] = former
    w.tokens["former"] = ApiToken.issue(former, "tests")[1]
    admin = User.objects.create_superuser("admin", password=None)
    w.users["admin"] = admin
    w.tokens["admin"] = ApiToken.issue(admin, "tests")[1]
    return w


@pytest.fixture(scope="module")
def _world_data(module_db):
    """The world, made once per test module inside conftest.py's module transaction (rolled back at
    the end, like TestCase.setUpTestData); each test runs in a savepoint inside it."""
    return make_world()


@pytest.fixture
def world(_world_data, db) -> World:
    # A deep copy, so a test that changes an instance in memory does not leak into the next test.
    return copy.deepcopy(_world_data)
