"""The API for running the cycle: the rules behind the plan, quarter grid, meetings and actions
endpoints (the permission matrix is in test_api.py)."""

from __future__ import annotations

import datetime as dt
import json

from boardwork.boards.models import Action, Change, Meeting, Person
from boardwork.plans.models import ProgressUpdate, Theme

from .api_fixtures import ApiWorld, _api_world_built, api_world  # noqa: F401


def send(client, method, url, body):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def test_quarter_saved_twice_edits_the_one_update_of_the_quarter(world: ApiWorld):
    c = world.client("officer")
    url = f"/api/cycles/{world.cycle.uid}/quarters/2"
    body = {"updates": [{"commitment": str(world.commitment.uid), "rag": "amber", "commentary": "Slipping"}]}
    assert send(c, "put", url, body).json() == {"saved": 1}
    body["updates"][0]["rag"] = "red"
    assert send(c, "put", url, body).json() == {"saved": 1}
    assert list(
        ProgressUpdate.objects.filter(commitment=world.commitment, quarter=2).values_list("rag", flat=True)
    ) == ["red"]
    rows = c.get(url).json()
    row = next(r for r in rows if r["commitment"] == str(world.commitment.uid))
    assert (row["rag"], row["previous_quarter"], row["previous_rag"]) == ("red", 1, "green")


def test_quarter_refuses_another_cycles_commitment_and_saves_nothing(world: ApiWorld):
    other = Theme.objects.create(cycle=world.cycle2, title="Later").commitments.create(title="Later work")
    body = {"updates": [
        {"commitment": str(world.commitment.uid), "rag": "amber"},
        {"commitment": str(other.uid), "rag": "green"},
    ]}  # fmt: skip
    r = send(world.client("officer"), "put", f"/api/cycles/{world.cycle.uid}/quarters/3", body)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "updates", 1, "commitment"]
    assert not ProgressUpdate.objects.filter(quarter=3).exists()


def test_member_sees_no_to_review_commitments_in_the_plan(world: ApiWorld):
    titles = [
        c["title"]
        for t in world.client("member").get(f"/api/cycles/{world.cycle.uid}/plan").json()["themes"]
        for c in t["commitments"]
    ]
    assert "Pending import" not in titles and "Lobby on the Domestic Abuse Bill" in titles
    titles = [
        c["title"]
        for t in world.client("officer").get(f"/api/cycles/{world.cycle.uid}/plan").json()["themes"]
        for c in t["commitments"]
    ]
    assert "Pending import" in titles


def test_theme_order_must_list_every_theme_once(world: ApiWorld):
    r = send(
        world.client("officer"),
        "post",
        f"/api/cycles/{world.cycle.uid}/theme-order",
        {"themes": [str(world.theme2.uid)]},
    )
    assert r.status_code == 422
    r = send(world.client("officer"), "post", f"/api/cycles/{world.cycle.uid}/theme-order",
             {"themes": [str(world.theme2.uid), str(world.theme.uid)]})  # fmt: skip
    assert [t["uid"] for t in r.json()["themes"]] == [str(world.theme2.uid), str(world.theme.uid)]


def test_merge_only_within_a_cycle(world: ApiWorld):
    later = Theme.objects.create(cycle=world.cycle2, title="Later theme")
    r = send(
        world.client("officer"), "post", f"/api/themes/{world.theme.uid}/merge", {"into": str(later.uid)}
    )
    assert r.status_code == 422
    assert Theme.objects.filter(pk=world.theme.pk).exists()


def test_theme_lineage_refused_to_a_later_cycle(world: ApiWorld):
    later = Theme.objects.create(cycle=world.cycle2, title="Later theme")
    r = send(
        world.client("officer"),
        "patch",
        f"/api/themes/{world.theme.uid}/plan",
        {"version": 1, "continues": str(later.uid)},
    )
    assert r.status_code == 422
    world.theme.refresh_from_db()
    assert world.theme.continues is None


def test_meeting_attendance_only_of_the_boards_people_and_not_both(world: ApiWorld):
    stranger = Person.objects.create(name="Not On The Board")
    c = world.client("officer")
    r = send(
        c,
        "post",
        f"/api/boards/{world.board.slug}/meetings",
        {"date": "2023-06-10", "attendees": [str(stranger.uid)]},
    )
    assert r.status_code == 422
    r = send(c, "post", f"/api/boards/{world.board.slug}/meetings",
             {"date": "2023-06-10", "attendees": [str(world.person.uid)], "apologies": [str(world.person.uid)]})  # fmt: skip
    assert r.status_code == 422
    assert not Meeting.objects.filter(date=dt.date(2023, 6, 10)).exists()
    r = send(
        c,
        "post",
        f"/api/boards/{world.board.slug}/meetings",
        {"date": "2023-06-10", "attendees": [str(world.person.uid)]},
    )
    assert r.status_code == 201
    body = r.json()
    assert body["cycle"] == str(world.cycle.uid) and body["attendees"][0]["uid"] == str(world.person.uid)


def test_meeting_patch_refuses_a_stale_version(world: ApiWorld):
    c = world.client("officer")
    url = f"/api/meetings/{world.meeting.uid}"
    assert send(c, "patch", url, {"version": 1, "place": "Online"}).status_code == 200
    assert send(c, "patch", url, {"version": 1, "place": "Stale"}).status_code == 409
    world.meeting.refresh_from_db()
    assert world.meeting.place == "Online"


def test_action_closed_by_a_later_meeting_and_filtered(world: ApiWorld):
    a = Action.objects.create(
        meeting=world.meeting, text="Write to the minister", owner="Sam Taylor", due=dt.date(2023, 1, 1)
    )
    later = Meeting.objects.get(date=dt.date(2023, 3, 4))
    c = world.client("officer")
    r = c.get(f"/api/boards/{world.board.slug}/actions?overdue=true&owner=sam")
    assert [x["uid"] for x in r.json()] == [str(a.uid)] and r.json()[0]["overdue"] is True
    earlier = Meeting.objects.create(board=world.board, date=dt.date(2020, 1, 1))
    r = send(
        c,
        "post",
        f"/api/actions/{a.uid}/close",
        {"version": 1, "status": "done", "closed_by": str(earlier.uid)},
    )
    assert r.status_code == 422
    r = send(
        c,
        "post",
        f"/api/actions/{a.uid}/close",
        {"version": 1, "status": "done", "closed_by": str(later.uid), "note": "Sent"},
    )
    assert r.status_code == 200
    assert (r.json()["status"], r.json()["closed_on"], r.json()["closed_by"]) == (
        "done",
        "2023-03-04",
        str(later.uid),
    )
    assert Change.history(a).filter(action="closed").exists()
    assert c.get(f"/api/boards/{world.board.slug}/actions?status=open").json() == []
    assert send(c, "post", f"/api/actions/{a.uid}/close", {"version": 2, "status": "done"}).status_code == 409


def test_people_list_shows_roles_over_time(world: ApiWorld):
    people = world.client("member").get(f"/api/boards/{world.board.slug}/people").json()
    former = next(p for p in people if p["name"] == "Former Officer")
    assert former["memberships"][0]["current"] is False and former["memberships"][0]["role"] == "officer"
    assert (
        world.client("member")
        .get(f"/api/boards/{world.board.slug}/people/{Person.objects.create(name='X').uid}")
        .status_code
        == 404
    )


def test_feedback_answers_only_with_the_boards_commitments(world: ApiWorld):
    fb = world.cycle.feedback.create(text="More on knife crime")
    foreign = Theme.objects.create(cycle=world.other.cycles.first(), title="Other").commitments.create(
        title="Theirs"
    )
    c = world.client("officer")
    assert (
        send(c, "put", f"/api/feedback/{fb.uid}/answers", {"commitments": [str(foreign.uid)]}).status_code
        == 422
    )
    r = send(c, "put", f"/api/feedback/{fb.uid}/answers", {"commitments": [str(world.commitment.uid)]})
    assert r.status_code == 200 and list(fb.answered_by.all()) == [world.commitment]
