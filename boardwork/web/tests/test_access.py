"""The persona matrix: every web view × officer of the board / member / outsider (officer of
another board) / anonymous, asserting the status code each one gets."""

from __future__ import annotations

import pytest
from django.urls import reverse

from .web_fixtures import PERSONAS, client_for, world_fixture  # noqa: F401

READ = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 302}
EDIT_PAGE = {"officer": 200, "member": 403, "outsider": 404, "anonymous": 302}
EDIT_POST = {"officer": 302, "member": 403, "outsider": 404, "anonymous": 302}
ANY_BOARD = {"officer": 200, "member": 200, "outsider": 200, "anonymous": 302}
# Merging shared records: an officer of every board that uses them (the officer's board alone
# here; the outsider is an officer of another board only), else an administrator.
MERGE_POST = {"officer": 302, "member": 403, "outsider": 403, "anonymous": 302}
PUBLIC = {"officer": 200, "member": 200, "outsider": 200, "anonymous": 200}


def s(w):
    return w.board.slug


# (name, method, url builder, POST data builder or None, expected by persona)
CASES = [
    ("board", "get", lambda w: reverse("board", args=[s(w)]), None, READ),
    ("theme", "get", lambda w: reverse("theme", args=[s(w), w.theme.uid]), None, READ),
    ("commitment", "get", lambda w: reverse("commitment", args=[s(w), w.commitment.uid]), None, READ),
    (
        "commitment update",
        "post",
        lambda w: reverse("commitment", args=[s(w), w.commitment.uid]),
        lambda w: {"quarter": "2", "rag": "green", "commentary": "Back on track"},
        EDIT_POST,
    ),
    (
        "commitment edit",
        "get",
        lambda w: reverse("commitment_edit", args=[s(w), w.commitment.uid]),
        None,
        EDIT_PAGE,
    ),
    (
        "commitment edit post",
        "post",
        lambda w: reverse("commitment_edit", args=[s(w), w.commitment.uid]),
        lambda w: {
            "title": "Changed",
            "owner_name": "",
            "due": "",
            "state": "at_risk",  # as its latest rating (amber) says
            "delay_reason": "",
            "version": str(w.commitment.version),
        },
        EDIT_POST,
    ),
    ("activities", "get", lambda w: reverse("activities", args=[s(w)]), None, READ),
    (
        "activities filtered",
        "get",
        lambda w: reverse("activities", args=[s(w)]) + "?kind=lobbying&q=home",
        None,
        READ,
    ),
    ("activity", "get", lambda w: reverse("activity", args=[s(w), w.activity.uid]), None, READ),
    ("activity add", "get", lambda w: reverse("activity_add", args=[s(w)]), None, EDIT_PAGE),
    (
        "activity add post",
        "post",
        lambda w: reverse("activity_add", args=[s(w)]),
        lambda w: {"text": "Met the minister", "date": "2021-10", "kinds": ["lobbying"]},
        EDIT_POST,
    ),
    (
        "activity quick add",
        "post",
        lambda w: reverse("activity_quick_add", args=[s(w)]),
        lambda w: {"text": "Spoke at a conference", "date": "2021", "kind": "event"},
        EDIT_POST,
    ),
    (
        "activity edit",
        "get",
        lambda w: reverse("activity_edit", args=[s(w), w.activity.uid]),
        None,
        EDIT_PAGE,
    ),
    (
        "activity edit post",
        "post",
        lambda w: reverse("activity_edit", args=[s(w), w.activity.uid]),
        lambda w: {"text": "Edited", "version": str(w.activity.version)},
        EDIT_POST,
    ),
    (
        "suggest",
        "get",
        lambda w: reverse("suggest", args=[s(w), "organisations"]) + "?organisations=Hom",
        None,
        READ,
    ),
    ("feedback", "get", lambda w: reverse("feedback", args=[s(w)]), None, READ),
    (
        "feedback post",
        "post",
        lambda w: reverse("feedback", args=[s(w)]),
        lambda w: {"text": "More on fire safety"},
        {"officer": 302, "member": 302, "outsider": 404, "anonymous": 302},
    ),
    ("rollover", "get", lambda w: reverse("rollover", args=[s(w)]), None, EDIT_PAGE),
    ("papers", "get", lambda w: reverse("papers", args=[s(w)]), None, READ),
    ("paper", "get", lambda w: reverse("paper", args=[s(w), w.paper.uid]), None, READ),
    ("paper download", "get", lambda w: reverse("paper_download", args=[s(w), w.paper.uid]), None, READ),
    ("upload", "get", lambda w: reverse("upload", args=[s(w)]), None, EDIT_PAGE),
    ("compose", "get", lambda w: reverse("compose", args=[s(w)]), None, EDIT_PAGE),
    (
        "review accept",
        "post",
        lambda w: reverse("review_record", args=[s(w), w.paper.uid, "activity", w.pending.uid, "accept"]),
        lambda w: {"version": str(w.pending.version)},
        EDIT_POST,
    ),
    (
        "review reject",
        "post",
        lambda w: reverse("review_record", args=[s(w), w.paper.uid, "activity", w.pending.uid, "reject"]),
        lambda w: {"version": str(w.pending.version)},
        EDIT_POST,
    ),
    (
        "accept all",
        "post",
        lambda w: reverse("accept_all", args=[s(w), w.paper.uid]),
        lambda w: {},
        EDIT_POST,
    ),
    (
        "publish",
        "post",
        lambda w: reverse("paper_publish", args=[s(w), w.paper.uid]),
        lambda w: {},
        EDIT_POST,
    ),
    ("organisations", "get", lambda w: reverse("organisations"), None, ANY_BOARD),
    ("organisation", "get", lambda w: reverse("organisation", args=[w.org.uid]), None, ANY_BOARD),
    (
        "organisation merge",
        "post",
        lambda w: reverse("organisation_merge", args=[w.org2.uid]),
        lambda w: {"into": "Home Office"},
        MERGE_POST,
    ),
    ("public papers", "get", lambda w: reverse("public_papers"), None, PUBLIC),
    ("public paper", "get", lambda w: reverse("public_paper", args=[w.published.uid]), None, PUBLIC),
    (
        "public paper download",
        "get",
        lambda w: reverse("public_paper_download", args=[w.published.uid]),
        None,
        PUBLIC,
    ),
    (
        "unpublished paper is not public",
        "get",
        lambda w: reverse("public_paper", args=[w.paper.uid]),
        None,
        {p: 404 for p in PERSONAS},
    ),
    ("home", "get", lambda w: reverse("home"), None, PUBLIC),
    (
        "sign in",
        "get",
        lambda w: reverse("login"),
        None,
        {"officer": 302, "member": 302, "outsider": 302, "anonymous": 200},
    ),
]


def check(w, persona, name, method, url, data, expected):
    c = client_for(w, persona)
    target = url(w)
    r = c.get(target) if method == "get" else c.post(target, data(w))
    assert r.status_code == expected[persona], (name, persona, r.status_code)
    if persona == "anonymous" and expected[persona] == 302:
        assert r["Location"].startswith(reverse("login")), "anonymous visitors are sent to sign in"


def test_persona_matrix_reading(world):
    """Every GET page for every persona, on one world (reading changes nothing)."""
    for name, method, url, data, expected in CASES:
        if method == "get":
            for persona in PERSONAS:
                check(world, persona, name, method, url, data, expected)


# Refused personas first: a refusal changes nothing, so the one allowed persona runs last on the
# same untouched world.
ORDER = ["anonymous", "outsider", "member", "officer"]


@pytest.mark.parametrize(
    "name,method,url,data,expected",
    [c for c in CASES if c[1] == "post"],
    ids=[c[0] for c in CASES if c[1] == "post"],
)
def test_persona_matrix_changing(world, name, method, url, data, expected):
    allowed = [p for p in ORDER if expected[p] in (200, 302) and p != "anonymous"]
    for persona in [p for p in ORDER if p not in allowed] + allowed:
        check(world, persona, name, method, url, data, expected)


def test_admin_sees_every_board_and_may_merge(world):
    c = client_for(world, "admin")
    assert c.get(reverse("board", args=["fsmc"])).status_code == 200
    r = c.post(reverse("organisation_merge", args=[world.org2.uid]), {"into": "Home Office"})
    assert r.status_code == 302
    world.org.refresh_from_db()
    assert "National Police Chiefs' Council" in world.org.aliases


def test_user_on_no_board_sees_no_directory(world):
    c = client_for(world, "nobody")
    assert c.get(reverse("organisations")).status_code == 404
    assert c.get(reverse("board", args=["sscb"])).status_code == 404


def test_outsider_cannot_reach_records_through_their_own_board(world):
    """Object-level: a record of board A addressed under board B's URL is 404, even for B's officer."""
    c = client_for(world, "outsider")
    assert c.get(reverse("activity", args=["fsmc", world.activity.uid])).status_code == 404
    assert c.get(reverse("theme", args=["fsmc", world.theme.uid])).status_code == 404
    assert c.get(reverse("paper", args=["fsmc", world.paper.uid])).status_code == 404
    r = c.post(
        reverse("review_record", args=["fsmc", world.paper.uid, "activity", world.pending.uid, "accept"])
    )
    assert r.status_code == 404


def test_organisation_page_shows_only_visible_boards_activities(world):
    from boardwork.activities.models import ActivityOrganisation

    ActivityOrganisation.objects.create(activity=world.other_activity, organisation=world.org)
    r = client_for(world, "member").get(reverse("organisation", args=[world.org.uid]))
    assert b"Other board&#x27;s work" not in r.content and b"Other board's work" not in r.content
    r = client_for(world, "outsider").get(reverse("organisation", args=[world.org.uid]))
    assert b"Activity 1" not in r.content
