"""What the API and export tests add to the shared test world (conftest.py's `world`).

The boards, the personas (officer, member, outsider, admin, nobody — each with an API token), the
organisations and the policy are the shared world's. These tests also need records whose every
field they assert on (four activities of different date precisions and kinds, a formula-looking
text, a commitment with an owner and an update, a meeting with an agenda, a former officer), so
`add_api_records` makes them on the shared board, in a cycle of their own (2022/23) after the
world's two, and `api_world` hands a test the world with those names, as `world`: import it with
`from .api_fixtures import ApiWorld, api_world  # noqa: F401`.
"""

from __future__ import annotations

import copy
import datetime as dt
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from boardwork.activities.models import Activity, ActivityOrganisation, Organisation
from boardwork.boards.models import AgendaItem, ApiToken, Cycle, Meeting, Membership, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, ProgressUpdate, Review, Theme

from .web_fixtures import api_client

ROLES = ["officer", "member", "outsider", "anonymous"]


class ApiWorld(SimpleNamespace):
    """The shared world with the API records' names (see `add_api_records`)."""

    def client(self, role: str) -> Client:
        """A test client that authenticates as `role` with its API token (anonymous: none)."""
        return api_client(self, role)


def add_api_records(base: SimpleNamespace) -> ApiWorld:
    """The API tests' records on the shared world's board; returns the world with their names:
    `cycle` (2022/23, the records' own) and `cycle2` (2023/24, later, empty), `theme`, `theme2`,
    `commitment`, `activities` (four accepted) and `pending`, `person` (the member persona, a
    councillor), `org` (the world's Home Office, acronym HO), `org2` (NFCC), `meeting`,
    `paper_published` and `paper_private`, and a `former` officer among the users and tokens."""
    w = ApiWorld(**vars(copy.copy(base)))
    board = w.board
    w.cycle = Cycle.objects.create(
        board=board, label="2022/23", start=dt.date(2022, 9, 1), end=dt.date(2023, 8, 31)
    )
    w.cycle2 = Cycle.objects.create(
        board=board, label="2023/24", start=dt.date(2023, 9, 1), end=dt.date(2024, 8, 31)
    )
    w.theme = Theme.objects.create(cycle=w.cycle, title="Community safety", order=1)
    w.theme2 = Theme.objects.create(cycle=w.cycle, title="Fire and rescue", order=2)
    # The member persona is the councillor these records name (owner, attendee, person of an activity).
    w.person = Person.objects.get(user=w.users["member"])
    w.person.name, w.person.honorific, w.person.kind = "Nesil Caliskan", "Cllr", "councillor"
    w.person.party, w.person.council = "Labour", "Enfield"
    w.person.save()
    w.commitment = Commitment.objects.create(
        theme=w.theme, title="Lobby on the Domestic Abuse Bill", owner=w.person, state="on_track"
    )
    ProgressUpdate.objects.create(commitment=w.commitment, quarter=1, rag="green", commentary="Going well")
    Commitment.objects.create(theme=w.theme2, title='=HYPERLINK("http://evil")', owner_name="Fire team")
    Commitment.objects.create(theme=w.theme2, title="Pending import", review=Review.TO_REVIEW)
    w.org.acronym = "HO"
    w.org.save()
    w.org2 = Organisation.objects.create(name="National Fire Chiefs Council", acronym="NFCC")

    def act(text, date, precision, kinds, themes=(), orgs=(), policies=(), people=(), **kw):
        a = Activity.objects.create(
            board=board, cycle=w.cycle, text=text, date=date, date_precision=precision, kinds=kinds, **kw
        )
        a.themes.set(themes)
        a.policies.set(policies)
        a.people.set(people)
        for o in orgs:
            ActivityOrganisation.objects.create(activity=a, organisation=o, role="partner")
        return a

    w.activities = [
        act("Responded to the Home Office consultation on serious violence", dt.date(2022, 10, 14), "day",
            "consultation_response", themes=[w.theme], orgs=[w.org], title="Serious violence duty"),
        act("Briefing on the Domestic Abuse Bill, second reading", dt.date(2022, 12, 1), "month",
            "lobbying evidence", themes=[w.theme], policies=[w.policy], people=[w.person]),
        act("Fire safety webinar for 300 delegates", dt.date(2023, 1, 1), "year", "event training",
            themes=[w.theme2], orgs=[w.org2], reach="300 delegates"),
        act('-1 formula-looking text, with a comma; and "quotes"', None, "", "publication"),
    ]  # fmt: skip
    w.pending = act(
        "Imported, waiting for review", dt.date(2022, 11, 2), "day", "media", review=Review.TO_REVIEW
    )
    w.paper_published = StoredPaper.objects.create(
        board=board, cycle=w.cycle, title="Annual report", published=True, kind="end_of_year"
    )
    w.paper_private = StoredPaper.objects.create(
        board=board,
        cycle=w.cycle,
        title="Draft work plan",
        kind="work_plan",
        structure={"schema": "boardwork.paper/1", "blocks": []},
    )
    w.meeting = Meeting.objects.create(
        board=board,
        cycle=w.cycle,
        date=dt.date(2022, 12, 3),
        start_time=dt.time(11, 0),
        place="Smith Square, London; Room 1, 18",
        title="Board meeting",
    )
    AgendaItem.objects.create(meeting=w.meeting, number="1", title="Welcome, apologies; declarations")
    Meeting.objects.create(board=board, cycle=w.cycle, date=dt.date(2023, 3, 4))
    # A former officer: membership ended, so no access any more.
    former = get_user_model().objects.create_user("former")
    Membership.objects.create(
        board=board,
        person=Person.objects.create(name="Former Officer", user=former),
        role="officer",
        start=dt.date(2015, 1, 1),
        end=dt.date(2019, 1, 1),
    )
    w.users = {**w.users, "former": former}
    w.tokens = {**w.tokens, "former": ApiToken.issue(former, "tests")[1]}
    return w


@pytest.fixture(scope="module")
def _api_world_built(_world_built):
    """Made once per test module, inside conftest.py's module transaction (rolled back at its end)."""
    return add_api_records(_world_built)


@pytest.fixture(name="world")
def api_world(_api_world_built, db) -> ApiWorld:
    """The shared world with the API records, as `world` in the modules that import this fixture;
    a deep copy, so a test that changes an instance in memory does not leak into the next test."""
    return copy.deepcopy(_api_world_built)
