"""The policy's rules as people meet them, through the web pages and the API on the same records
(issue #12.4: they used to disagree), and the page cache's CSRF marker (issue #12.5)."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from boardwork.activities.models import Organisation
from boardwork.boards.models import ApiToken
from boardwork.plans.models import Commitment, Feedback, Review

from .web_fixtures import client_for, world_fixture  # noqa: F401


def api_client(world, persona) -> Client:
    if persona == "anonymous":
        return Client()
    _, key = ApiToken.issue(world.users[persona], "test")
    return Client(headers={"Authorization": f"Bearer {key}"})


@pytest.fixture
def more(world):
    """Another member's feedback, a commitment waiting for review and a rejected activity."""
    from django.contrib.auth import get_user_model

    from boardwork.activities.models import Activity
    from boardwork.boards.models import Membership, Person

    other = get_user_model().objects.create_user("second", password="a-long-test-password")
    person = Person.objects.create(name="Cllr Second", user=other)
    Membership.objects.create(board=world.board, person=person, role="member")
    Feedback.objects.create(
        cycle=world.cycle, text="Someone else's view on youth services", person=person, author=other
    )
    world.pending_commitment = Commitment.objects.create(
        theme=world.theme, title="Imported plan awaiting review", review=Review.TO_REVIEW
    )
    world.rejected = Activity.objects.create(
        board=world.board, cycle=world.cycle, text="A rejected reading of paragraph 9", review=Review.REJECTED
    )
    return world


# -- feedback ------------------------------------------------------------------------------------


def test_a_member_reads_only_their_own_feedback_on_the_web_and_the_api(more):
    w = more
    web = client_for(w, "member").get(reverse("feedback", args=["sscb"]) + "?cycle=2021/22").content.decode()
    api = api_client(w, "member").get(f"/api/cycles/{w.cycle.uid}/feedback").json()
    assert "Focus on serious violence" in web
    assert "youth services" not in web and "Second" not in web
    assert [f["text"] for f in api] == ["Focus on serious violence"]


def test_officers_read_everyones_feedback_with_names_on_both(more):
    w = more
    for persona in ("officer", "admin"):
        web = client_for(w, persona).get(reverse("feedback", args=["sscb"]) + "?cycle=2021/22")
        api = api_client(w, persona).get(f"/api/cycles/{w.cycle.uid}/feedback").json()
        assert "youth services" in web.content.decode() and "Cllr Second" in web.content.decode()
        assert {f["text"] for f in api} == {
            "Focus on serious violence",
            "Someone else's view on youth services",
        }
        assert "Cllr Second" in {f["author"] for f in api}


def test_members_theme_page_shows_no_feedback(more):
    url = reverse("theme", args=["sscb", more.theme.uid])
    assert "Focus on serious violence" not in client_for(more, "member").get(url).content.decode()
    assert "Focus on serious violence" in client_for(more, "officer").get(url).content.decode()


# -- records by review state ---------------------------------------------------------------------


def test_members_never_see_records_to_review_or_rejected(more):
    w = more
    web, api = client_for(w, "member"), api_client(w, "member")
    for state in ("", "?review=to_review", "?review=rejected", "?review=to_review&review=rejected"):
        log = web.get(reverse("activities", args=["sscb"]) + state).content.decode()
        assert "Wrote to the Home Office" not in log and "rejected reading" not in log, state
        rows = api.get("/api/boards/sscb/activities" + state).json()["results"]
        assert all(r["review"] == "accepted" for r in rows), state
    for record in (w.pending, w.rejected):
        assert web.get(reverse("activity", args=["sscb", record.uid])).status_code == 404
        assert api.get(f"/api/activities/{record.uid}").status_code == 404
    assert web.get(reverse("commitment", args=["sscb", w.pending_commitment.uid])).status_code == 404
    assert api.get(f"/api/commitments/{w.pending_commitment.uid}").status_code == 404
    assert 'name="review"' not in web.get(reverse("activities", args=["sscb"])).content.decode()
    theme = web.get(reverse("theme", args=["sscb", w.theme.uid])).content.decode()
    assert "awaiting review" not in theme
    assert "awaiting review" not in str(api.get("/api/boards/sscb/commitments").json())
    paper = web.get(reverse("paper", args=["sscb", w.paper.uid])).content.decode()
    assert "Wrote to the Home Office" not in paper
    csv = b"".join(web.get(reverse("export-activities", args=["sscb", "csv"])).streaming_content)
    assert b"Wrote to the Home Office" not in csv


def test_officers_see_them_on_both(more):
    w = more
    web, api = client_for(w, "officer"), api_client(w, "officer")
    assert web.get(reverse("activity", args=["sscb", w.pending.uid])).status_code == 200
    assert api.get(f"/api/activities/{w.rejected.uid}").status_code == 200
    assert web.get(reverse("commitment", args=["sscb", w.pending_commitment.uid])).status_code == 200
    assert "awaiting review" in web.get(reverse("theme", args=["sscb", w.theme.uid])).content.decode()
    log = web.get(reverse("activities", args=["sscb"]) + "?review=rejected").content.decode()
    assert "rejected reading" in log and 'name="review"' in log
    assert (
        "Wrote to the Home Office" in web.get(reverse("paper", args=["sscb", w.paper.uid])).content.decode()
    )


# -- composing -----------------------------------------------------------------------------------


def test_composing_is_officers_work_on_both(world):
    report = "/api/boards/sscb/report?kind=work_plan&fmt=md"
    for persona, ok in (("member", False), ("officer", True), ("admin", True)):
        web = client_for(world, persona).get(reverse("compose", args=["sscb"]))
        api = api_client(world, persona).get(report)
        extract = api_client(world, persona).post(f"/api/papers/{world.paper.uid}/extract")
        assert (web.status_code == 200) is ok, persona
        assert (api.status_code == 200) is ok, (persona, api.content[:200])
        assert (extract.status_code == 200) is ok, persona
        if not ok:
            assert web.status_code == api.status_code == extract.status_code == 403
            assert "compose" in api.json()["detail"] and "compose" in web.content.decode()
    page = client_for(world, "member").get(reverse("papers", args=["sscb"])).content.decode()
    assert reverse("compose", args=["sscb"]) not in page


# -- a board one cannot read is a board that does not exist --------------------------------------

BOARD_ROUTES = [
    "/api/boards/{slug}",
    "/api/boards/{slug}/cycles",
    "/api/boards/{slug}/meetings",
    "/api/boards/{slug}/calendar",
    "/api/boards/{slug}/themes",
    "/api/boards/{slug}/commitments",
    "/api/boards/{slug}/activities",
    "/api/boards/{slug}/papers",
    "/api/boards/{slug}/report?kind=work_plan",
]


@pytest.mark.parametrize("persona", ["outsider", "anonymous"])
def test_the_api_answers_a_hidden_board_as_a_missing_one(world, persona):
    # Nothing of the board published: nothing about it is public.
    world.published.unpublish()
    client = api_client(world, persona)
    for route in BOARD_ROUTES:
        hidden = client.get(route.format(slug="sscb"))
        missing = client.get(route.format(slug="no-such-board"))
        assert hidden.status_code == missing.status_code and hidden.status_code in (401, 404), route
        assert hidden.json() == {k: v.replace("no-such-board", "sscb") for k, v in missing.json().items()}, (
            route
        )
    web = client_for(world, persona)
    for name in ("board", "activities", "papers", "feedback"):
        hidden, missing = (
            web.get(reverse(name, args=["sscb"])),
            web.get(reverse(name, args=["no-such-board"])),
        )
        assert hidden.status_code == missing.status_code, name


@pytest.mark.parametrize("persona", ["outsider", "anonymous"])
def test_the_api_answers_a_hidden_record_as_a_missing_one(world, persona):
    import uuid

    client = api_client(world, persona)
    nowhere = uuid.uuid4()
    for route, uid in (
        ("/api/themes/{}", world.theme.uid),
        ("/api/commitments/{}", world.commitment.uid),
        ("/api/commitments/{}/updates", world.commitment.uid),
        ("/api/activities/{}", world.activity.uid),
        ("/api/cycles/{}/feedback", world.cycle.uid),
        ("/api/papers/{}", world.paper.uid),
    ):
        hidden, missing = client.get(route.format(uid)), client.get(route.format(nowhere))
        assert (hidden.status_code, hidden.json()) == (missing.status_code, missing.json()), route


def test_a_board_with_published_papers_lists_them_to_anyone(world):
    for persona in ("anonymous", "outsider"):
        r = api_client(world, persona).get("/api/boards/sscb/papers")
        assert r.status_code == 200 and [p["title"] for p in r.json()] == ["Published work plan"]


# -- the CSRF marker (issue #12.5) ---------------------------------------------------------------

FORGED = [
    "bw-csrf-token-mark",  # the old fixed marker
    "bw-csrf-",
    '" name="csrfmiddlewaretoken" value="bw-csrf-00000000000000000000000000000000',
    "<!--bw:account-->",
]


def test_a_marker_typed_into_a_record_never_carries_a_viewers_token(world):
    website = "https://evil.example/?t=" + "&u=".join(FORGED)
    Organisation.objects.filter(pk=world.org.pk).update(website=website)
    url = reverse("organisation", args=[world.org.uid])
    for persona in ("officer", "member", "outsider", "officer"):  # the last one from the cache
        c = client_for(world, persona)
        html = c.get(url).content.decode()
        tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert tokens and all(len(t) == 64 for t in tokens)  # a real (masked) Django token
        for token in set(tokens):
            assert html.count(token) == html.count(f'name="csrfmiddlewaretoken" value="{token}"'), persona
        cookie = c.cookies["csrftoken"].value
        assert cookie not in html
        links = re.findall(r'<a class="govuk-link" href="(https://evil[^"]*)"', html)
        assert links and all("bw-csrf" in link and all(t not in link for t in tokens) for link in links)


def test_personalise_replaces_only_its_own_nonce_in_the_token_field():
    from django.test import RequestFactory

    from boardwork.web import pagecache

    nonce = "a" * 32
    mark = pagecache._csrf_mark(nonce)
    html = (
        f'<a href="https://evil.example/?t={mark}">x</a>'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{mark}">'
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{pagecache._csrf_mark("b" * 32)}">'
    )
    request = RequestFactory().get("/")
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.messages.storage.fallback import FallbackStorage

    request.user = AnonymousUser()
    request.session = {}
    request._messages = FallbackStorage(request)
    out = pagecache.personalise((nonce, html), request)
    token = re.search(r'value="([^"]+)"', out).group(1)
    assert token != mark and len(token) == 64
    assert out.count(token) == 1
    assert f"?t={mark}" in out  # the look-alike in the link is left as it was
    assert pagecache._csrf_mark("b" * 32) in out  # another rendering's marker is not this page's
