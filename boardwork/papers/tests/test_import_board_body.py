"""Importing through the service (`services.import_paper`): the board's body is given to the
extractor as the importing board's (ADR 0015), so another body's paper keeps its own author and the
board's body is not recorded as an organisation of its activities. Invented papers."""

from __future__ import annotations

import pytest

from boardwork.activities.models import Activity
from boardwork.boards.models import Board
from boardwork.papers import services

LGA = "Local Government Association"

COUNCIL_NEWS = """New community safety hub opens in the town centre

Published: 12 April 2021

A new community safety hub has opened in the town centre. Sam Green and Priya Shah from Eastby Borough Council opened the hub with Westshire Police on 6 April 2021, and officers will staff it five days a week.

The team also met the Local Government Association in February 2021 to share what the hub has learned.
"""

OWN_PAPER = """Local Government Association

Safer Communities Board

End of year report 2020/21

Community safety

1. The LGA held a webinar for councillors on rural crime with the Northshire Youth Trust in June 2020.

2. We published guidance for councils on anti-social behaviour in September 2020.
"""


@pytest.fixture
def board(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Board.objects.create(name="Safer Communities Board", slug="scb", organisation=LGA)


def _organisations(paper) -> dict[str, set[str]]:
    """Each imported activity's first words → the names of its organisations."""
    return {
        a.text[:40]: {o.name for o in a.organisations.all()}
        for a in Activity.objects.filter(source_paper=paper).prefetch_related("organisations")
    }


def test_a_councils_news_page_imported_into_the_associations_board_keeps_the_council_as_its_author(board):
    res = services.import_paper(COUNCIL_NEWS.encode(), "hub.txt", board, cycle="2020/21")
    assert res.status == "imported", res.reason
    orgs = _organisations(res.paper)
    # The council's own deed, told by its officers' byline, is recorded with its partner; neither
    # the council nor the board's body is an organisation of the page's activities.
    assert [v for k, v in orgs.items() if k.startswith("A new community safety hub")] == [
        {"Westshire Police"}
    ]
    assert not set().union(*orgs.values()) & {"Eastby Borough Council", LGA}
    assert not {o["name"] for o in res.extraction["organisations"]} & {"Eastby Borough Council", LGA}
    # Extracting the stored paper again (the review screen's "read again") weighs it the same way
    # (the partner, recorded now, is no longer flagged as new).
    again = services.extract_stored(res.paper)
    assert [(a["kinds"], a["organisations"]) for a in again["activities"]] == [
        (a["kinds"], a["organisations"]) for a in res.extraction["activities"]
    ]


def test_the_associations_own_board_paper_still_has_its_body_as_the_author(board):
    res = services.import_paper(OWN_PAPER.encode(), "eoy.txt", board)
    assert res.status == "imported", res.reason
    orgs = _organisations(res.paper)
    assert {"Northshire Youth Trust"} in orgs.values()
    assert LGA not in set().union(*orgs.values())
