"""The API for people and engagement and for record hygiene (api/people.py): appointments, a
person's activities, withdraw / reinstate / merge, the change log and the sign-off chain. Who may
call each endpoint is held by test_routes_policy.py; these tests hold what the endpoints do."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from boardwork.activities.models import Activity, Appointment
from boardwork.boards.models import Change, Membership, Person
from boardwork.papers import drafts
from boardwork.search.models import SearchDoc

from .web_fixtures import api_client, world_fixture  # noqa: F401


def api(w, persona="officer") -> Client:
    return api_client(w, persona)


def send(c, method, url, body=None):
    return getattr(c, method)(url, json.dumps(body or {}), content_type="application/json")


def test_appointments_are_created_listed_and_edited(world):
    c = api(world)
    person = world.users["member"].person
    r = send(c, "post", "/api/boards/sscb/appointments",
             {"person": str(person.uid), "organisation": str(world.org2.uid), "role": "Representative",
              "start": "2021-01-01", "end": "2020-01-01"})  # fmt: skip
    assert r.status_code == 422  # ends before it starts
    r = send(c, "post", "/api/boards/sscb/appointments",
             {"person": str(person.uid), "organisation": str(world.org2.uid), "role": "Representative",
              "start": "2021-01-01"})  # fmt: skip
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["organisation_name"] == "National Police Chiefs' Council" and body["current"] is True
    listed = api(world, "member").get(f"/api/boards/sscb/appointments?person={person.uid}").json()
    assert [a["uid"] for a in listed] == [body["uid"]]
    r = send(c, "patch", f"/api/appointments/{body['uid']}", {"version": 1, "end": "2021-06-30"})
    assert r.status_code == 200 and r.json()["current"] is False
    ap = Appointment.objects.get(uid=body["uid"])
    assert [ch.action for ch in Change.history(ap)] == ["edit", "created"]
    assert (
        send(c, "patch", f"/api/appointments/{body['uid']}", {"version": 1, "role": "x"}).status_code == 409
    )


def test_withdraw_and_reinstate_through_the_api(world):
    c = api(world)
    a = world.activities[0]
    r = send(c, "post", f"/api/activities/{a.uid}/withdraw", {"version": a.version, "reason": "Duplicate"})
    assert r.status_code == 200 and r.json()["withdrawn"] is True
    assert not SearchDoc.objects.filter(kind="activity", object_id=a.pk).exists()
    # Gone from the activity list and the record's own endpoint; still reinstatable.
    uids = [x["uid"] for x in c.get("/api/boards/sscb/activities").json()["results"]]
    assert str(a.uid) not in uids
    assert c.get(f"/api/activities/{a.uid}").status_code == 404
    version = r.json()["version"]
    assert send(c, "post", f"/api/activities/{a.uid}/withdraw", {"version": version}).status_code == 409
    r = send(c, "post", f"/api/activities/{a.uid}/reinstate", {"version": version})
    assert r.status_code == 200 and r.json()["withdrawn"] is False
    assert c.get(f"/api/activities/{a.uid}").status_code == 200


def test_merge_through_the_api(world):
    c = api(world)
    dup, keep = world.activities[4], world.activities[0]
    r = send(c, "post", f"/api/activities/{dup.uid}/merge", {"into": str(keep.uid)})
    assert r.status_code == 200 and r.json()["uid"] == str(keep.uid)
    assert not Activity.objects.filter(pk=dup.pk).exists()
    other = world.other_activity
    assert send(c, "post", f"/api/activities/{keep.uid}/merge", {"into": str(other.uid)}).status_code == 422
    # Shared records: an officer of every board using them, else an administrator.
    dup_person = Person.objects.create(name="Member")
    Membership.objects.create(board=world.other, person=dup_person, role="member")
    url = f"/api/people/{dup_person.uid}/merge"
    body = {"into": str(world.users["member"].person.uid)}
    r = send(c, "post", url, body)
    assert r.status_code == 403 and "administrator" in r.json()["detail"]
    assert send(api(world, "admin"), "post", url, body).status_code == 200
    assert not Person.objects.filter(pk=dup_person.pk).exists()


def test_change_log_and_person_activities(world):
    c = api(world)
    person = world.users["member"].person
    world.activities[1].people.add(person)
    a = world.activities[0]
    send(c, "post", f"/api/activities/{a.uid}/withdraw", {"version": a.version})
    log = c.get("/api/boards/sscb/changes?action=withdrawn").json()
    assert [(x["record"], x["uid"], x["user"]) for x in log["changes"]] == [
        ("activity", str(a.uid), "officer")
    ]
    assert c.get("/api/boards/sscb/changes?kind=nonsense").status_code == 422
    acts = api(world, "member").get(f"/api/boards/sscb/people/{person.uid}/activities").json()
    assert [x["uid"] for x in acts] == [str(world.activities[1].uid)]


@pytest.mark.parametrize(
    "roles,status", [(["officer", "chair"], 200), (["chair", "chair"], 422), (["boss"], 422)]
)
def test_signoff_chain_through_the_api(world, roles, status):
    c = api(world)
    assert c.get("/api/boards/sscb/signoff-chain").json()["roles"] == ["officer"]
    r = send(c, "put", "/api/boards/sscb/signoff-chain", {"roles": roles})
    assert r.status_code == status, r.content
    assert drafts.chain_for(world.board) == (roles if status == 200 else ["officer"])


PERSON_DETAIL = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}


@pytest.mark.parametrize("persona", sorted(PERSON_DETAIL))
def test_person_detail_lists_their_appointments_from_to(world, persona):
    import datetime as dt

    person = world.users["member"].person
    Appointment.objects.create(
        board=world.board, person=person, organisation=world.org2, role="Representative",
        start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31),
    )  # fmt: skip
    Appointment.objects.create(board=world.other, person=person, organisation=world.org, role="Observer")
    c = Client() if persona == "anonymous" else api(world, persona)
    r = c.get(f"/api/boards/sscb/people/{person.uid}")
    assert r.status_code == PERSON_DETAIL[persona]
    if r.status_code == 200:
        # This board's appointments only (the other board's is not this board's to show).
        assert [
            (a["organisation_name"], a["role"], a["start"], a["end"], a["current"])
            for a in r.json()["appointments"]
        ] == [("National Police Chiefs' Council", "Representative", "2020-09-01", "2021-08-31", False)]


def test_someone_who_only_represents_the_board_has_a_person_record(world):
    outside = Person.objects.create(name="Alex Outside")
    Appointment.objects.create(board=world.board, person=outside, organisation=world.org2, role="Observer")
    r = api(world).get(f"/api/boards/sscb/people/{outside.uid}")
    assert r.status_code == 200 and r.json()["memberships"] == [] and len(r.json()["appointments"]) == 1
