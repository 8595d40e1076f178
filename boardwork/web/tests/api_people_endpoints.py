"""The people and record hygiene endpoints (api/people.py) in the API permission matrix: test_api.py
adds them to its ENDPOINTS. Each role meets a fresh world, so a merge or withdraw by one role does
not change what the next one finds."""

from __future__ import annotations

READ = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}
# Organisations, policies and people are shared by every board: an officer of every board that
# uses the two records merges them (here, the officer's board alone), else an administrator.
MERGE_SHARED = {"officer": 200, "member": 403, "outsider": 403, "anonymous": 401}


def write(ok=201):
    return {"officer": ok, "member": 403, "outsider": 404, "anonymous": 401}


def _appointment(w):
    from boardwork.activities.models import Appointment

    return Appointment.objects.get_or_create(board=w.board, person=w.person, organisation=w.org)[0]


def _withdrawn(w):
    from boardwork.activities import services
    from boardwork.activities.models import Activity

    a = Activity.all_objects.get(pk=w.activities[1].pk)
    if a.withdrawn_on is None:
        services.withdraw_activity(a)
    return a


def _new(model, **fields):
    return model.objects.create(**fields)


def _org(w):
    return type(w.org)


PEOPLE_ENDPOINTS = [
    ("appointments", "get", lambda w: f"/api/boards/{w.board.slug}/appointments", None, READ),
    ("appointment-create", "post", lambda w: f"/api/boards/{w.board.slug}/appointments",
     lambda w: {"person": str(w.person.uid), "organisation": str(w.org2.uid), "role": "Representative"}, write()),
    ("appointment-update", "patch", lambda w: f"/api/appointments/{_appointment(w).uid}",
     lambda w: {"version": 1, "end": "2030-01-01"}, write(200)),
    ("person-activities", "get", lambda w: f"/api/boards/{w.board.slug}/people/{w.person.uid}/activities", None,
     READ),
    ("activity-withdraw", "post", lambda w: f"/api/activities/{w.activities[0].uid}/withdraw",
     lambda w: {"version": 1, "reason": "Entered twice"}, write(200)),
    ("activity-reinstate", "post", lambda w: f"/api/activities/{_withdrawn(w).uid}/reinstate",
     lambda w: {"version": _withdrawn(w).version}, write(200)),
    ("activity-merge", "post", lambda w: f"/api/activities/{w.activities[1].uid}/merge",
     lambda w: {"into": str(w.activities[0].uid)}, write(200)),
    ("organisation-merge", "post", lambda w: f"/api/organisations/{_new(_org(w), name='Home Office (dup)').uid}/merge",
     lambda w: {"into": str(w.org.uid)}, MERGE_SHARED),
    ("policy-merge", "post", lambda w: f"/api/policies/{_new(type(w.policy), title='Domestic Abuse Act').uid}/merge",
     lambda w: {"into": str(w.policy.uid)}, MERGE_SHARED),
    ("person-merge", "post", lambda w: f"/api/people/{_new(type(w.person), name='Duplicate').uid}/merge",
     lambda w: {"into": str(w.person.uid)}, MERGE_SHARED),
    ("changes", "get", lambda w: f"/api/boards/{w.board.slug}/changes", None, write(200)),
    ("signoff-chain", "get", lambda w: f"/api/boards/{w.board.slug}/signoff-chain", None, READ),
    ("signoff-chain-put", "put", lambda w: f"/api/boards/{w.board.slug}/signoff-chain",
     lambda w: {"roles": ["officer", "chair"]}, write(200)),
]  # fmt: skip
