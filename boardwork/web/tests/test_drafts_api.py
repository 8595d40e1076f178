"""The draft papers API (papers/api.py): the same workflow and rules as the web pages, per persona."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from django.test import Client

from boardwork.activities.models import Activity
from boardwork.boards.models import ApiToken, Membership, Person
from boardwork.papers.models import StoredPaper
from boardwork.web.tests.web_fixtures import build_world

PERSONAS = ["anonymous", "outsider", "member", "officer", "admin"]


@pytest.fixture(scope="module")
def _w(module_db):
    # Built once per module (conftest.py's module_db); each test gets a copy, its changes rolled back.
    w = build_world()
    User = type(w.users["officer"])
    w.users["officer2"] = User.objects.create_user("officer2", password="x")
    Membership.objects.create(
        board=w.board, person=Person.objects.create(name="Second", user=w.users["officer2"]), role="officer"
    )
    w.tokens = {p: ApiToken.issue(u, "t")[1] for p, u in w.users.items()}
    return w


@pytest.fixture
def w(_w, db):
    return copy.deepcopy(_w)


def client(w, persona):
    if persona == "anonymous":
        return Client()
    return Client(headers={"Authorization": f"Bearer {w.tokens[persona]}"})


def call(w, persona, method, url, body=None):
    c = client(w, persona)
    if body is None:
        return getattr(c, method)(url)
    return getattr(c, method)(url, json.dumps(body), content_type="application/json")


def create(w, persona="officer", kind="end_of_year"):
    return call(w, persona, "post", "/api/boards/sscb/drafts", {"kind": kind, "cycle": str(w.cycle.uid)})


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_create_and_read_a_draft(w, persona):
    r = create(w, persona)
    assert r.status_code == {"anonymous": 401, "outsider": 404, "member": 403}.get(persona, 201)
    uid = create(w).json()["uid"]
    r = call(w, persona, "get", f"/api/papers/{uid}/draft")
    assert r.status_code == {"anonymous": 401, "outsider": 404}.get(persona, 200)


def test_the_whole_workflow_through_the_api(w):
    d = create(w).json()
    assert d["status"] == "draft" and d["version"] == 1 and d["next_step"] == "officer"
    block = next(b for b in d["blocks"] if b["text"] == "The board met the Home Office about item 1.")
    assert block["editable"] and block["refs"]
    url = f"/api/papers/{d['uid']}/blocks/{block['key']}"
    r = call(w, "officer", "patch", url, {"version": 1, "text": "Rewritten through the API."})
    assert r.status_code == 200, r.content
    edited = next(b for b in r.json()["blocks"] if b["key"] == block["key"])
    assert (
        edited["text"] == "Rewritten through the API."
        and edited["edited"]
        and edited["refs"] == block["refs"]
    )
    assert call(w, "officer", "patch", url, {"version": 1, "text": "Stale."}).status_code == 409
    a = Activity.objects.create(
        board=w.board,
        cycle=w.cycle,
        date=dt.date(2021, 11, 3),
        date_precision="day",
        kinds="event",
        text="Gave evidence to the select committee.",
    )
    a.themes.add(w.theme2)
    r = call(w, "officer", "post", f"/api/papers/{d['uid']}/recompose", {"version": 2})
    assert r.status_code == 200
    added = [c["after"] for c in r.json()["changes"] if c["status"] == "added"]
    assert len(added) == 1 and added[0].endswith("evidence to the select committee.")
    assert [c["edited"] for c in r.json()["changes"] if c["key"] == block["key"]] == [True]
    # Publishing before sign-off is refused; the author cannot sign off; another officer can.
    assert call(w, "officer", "post", f"/api/papers/{d['uid']}/publish", {"publish": True}).status_code == 409
    r = call(w, "officer", "post", f"/api/papers/{d['uid']}/signoff", {"decision": "approved", "version": 3})
    assert r.status_code == 403
    r = call(w, "officer2", "post", f"/api/papers/{d['uid']}/signoff", {"decision": "returned", "version": 3})
    assert r.status_code == 422  # a return says why
    r = call(w, "officer2", "post", f"/api/papers/{d['uid']}/signoff", {"decision": "approved", "version": 3})
    assert r.status_code == 200 and r.json()["signed_off"]
    assert r.json()["steps"][0]["approved_by"] == "officer2"
    r = call(w, "officer", "post", f"/api/papers/{d['uid']}/publish", {"publish": True})
    assert r.status_code == 200 and r.json()["published"]
    assert call(w, "anonymous", "get", f"/api/papers/{d['uid']}").status_code == 200
    r = call(w, "officer", "post", f"/api/papers/{d['uid']}/publish", {"publish": False})
    assert r.status_code == 200 and not r.json()["published"]
    v = call(w, "member", "get", f"/api/papers/{d['uid']}/versions/3?against=1").json()
    assert v["against"] == 1 and any(c["status"] == "changed" and c["edited"] for c in v["changes"])


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_edit_recompose_and_sign_off(w, persona):
    d = create(w).json()
    key = next(b["key"] for b in d["blocks"] if b["editable"])
    r = call(w, persona, "patch", f"/api/papers/{d['uid']}/blocks/{key}", {"version": 1, "text": "Changed."})
    expect = {"anonymous": 401, "outsider": 404, "member": 403}.get(persona, 200)
    assert r.status_code == expect
    version = StoredPaper.objects.get(uid=d["uid"]).version
    r = call(w, persona, "post", f"/api/papers/{d['uid']}/recompose", {"version": version})
    assert r.status_code == expect
    version = StoredPaper.objects.get(uid=d["uid"]).version
    r = call(
        w, persona, "post", f"/api/papers/{d['uid']}/signoff", {"decision": "approved", "version": version}
    )
    # The author (officer) and a member hold no step of this board's chain (an officer other
    # than the author); an admin may act at any step.
    assert r.status_code == {"anonymous": 401, "outsider": 404, "member": 403, "officer": 403}.get(
        persona, 200
    )


def test_a_draft_of_another_kind_and_bad_references_are_refused(w):
    r = call(w, "officer", "post", "/api/boards/sscb/drafts", {"kind": "minutes", "cycle": str(w.cycle.uid)})
    assert r.status_code == 422
    other_cycle = w.other.cycles.first()
    r = call(
        w, "officer", "post", "/api/boards/sscb/drafts", {"kind": "work_plan", "cycle": str(other_cycle.uid)}
    )
    assert r.status_code == 422
    assert StoredPaper.objects.filter(status="draft").count() == 0


def test_a_table_block_is_not_edited_by_hand(w):
    d = create(w, kind="work_plan").json()
    table = next(b for b in d["blocks"] if b["type"] == "table")
    assert not table["editable"]
    r = call(
        w, "officer", "patch", f"/api/papers/{d['uid']}/blocks/{table['key']}", {"version": 1, "text": "x"}
    )
    assert r.status_code == 422 and "Tables are built from the records" in r.content.decode()
    assert StoredPaper.objects.get(uid=d["uid"]).version == 1
